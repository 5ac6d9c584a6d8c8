// RAM offsets at and above 2^31 (PA >= 0xC000_0000 with RAM at 0x4000_0000): the default
// system's Linux VM lives at PA 0x9000_0000-0xD000_0000. Bitwise arithmetic on such offsets
// turns negative in JS; code and data there must work like anywhere else.
import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';

const GIB = 2 ** 30;

describe('RAM above 2 GiB of offset', () => {
  it('executes code and loads/stores data at PA 0xC000_1000 and 0xFFFF_F000', () => {
    const board = new VirtBoard({ ramSize: 3 * GIB, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [] });
    const code = 0xc000_1000;
    const data = 0xffff_f000;
    // movz x0,#42 ; movz x1,#0xf000 ; movk x1,#0xffff,lsl #16 ; str x0,[x1] ; ldr x2,[x1] ; add x3,x2,#1 ; b .
    const prog = [0xd2800540, 0xd29e0001, 0xf2bfffe1, 0xf9000020, 0xf9400022, 0x91000443, 0x14000000];
    const ram32 = board.bus.ram32;
    prog.forEach((insn, i) => (ram32[(code - 0x4000_0000) / 4 + i] = insn | 0));
    board.reset(BigInt(code));
    board.run(100);
    const cpu = board.cpus[0]!;
    expect(cpu.getX(0)).toBe(42n);
    expect(cpu.getX(2)).toBe(42n);
    expect(cpu.getX(3)).toBe(43n);
    expect(cpu.getPC()).toBe(BigInt(code + 6 * 4));
    expect(ram32[(data - 0x4000_0000) / 4]).toBe(42);
  });
});
