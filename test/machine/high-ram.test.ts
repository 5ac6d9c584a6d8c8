// RAM offsets at and above 2^31 (PA >= 0xC000_0000 with RAM at 0x4000_0000): the default
// system's Linux VM lives at PA 0x9000_0000-0xD000_0000. Bitwise arithmetic on such offsets
// turns negative in JS; code and data there must work like anywhere else.
import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { PageTableBuilder, s1Attrs } from '../../src/machine/mmu/builder.ts';
import { assemble } from '../../tools/asm.ts';
import { EL1_GEOMETRY, EL1_MAIR, EL1_MMU_ON, EL1_TCR } from '../helpers/el1-mmu.ts';

const GIB = 2 ** 30;

const MMU_CODE = 0x4000_8000;

/**
 * A one-PE board (3 GiB of RAM) that runs, at MMU_CODE, code turning its stage-1 MMU on (4 KiB
 * pages, MMU_CODE identity-mapped, and the VA -> PA pages of `maps`) followed by `then`.
 */
function mmuBoard(maps: [va: number, pa: number][], then: string): { board: VirtBoard; cpu: Cpu } {
  const board = new VirtBoard({ ramSize: 3 * GIB, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [] });
  const g = EL1_GEOMETRY;
  const b = new PageTableBuilder(board.bus.ram, 0x4000_0000, 0x4010_0000);
  const root = b.root(g);
  b.map(root, g, MMU_CODE, 3, MMU_CODE, s1Attrs({ attrIndx: 0 }));
  for (const [va, pa] of maps) b.map(root, g, va, 3, pa, s1Attrs({ attrIndx: 0 }));
  const words = assemble(`
    ${EL1_MMU_ON}
    ${then}
  `);
  words.forEach((w, i) => (board.bus.ram32[(MMU_CODE - 0x4000_0000) / 4 + i] = w));
  board.reset(BigInt(MMU_CODE));
  const cpu = board.cpus[0]!;
  cpu.setX(11, BigInt(EL1_TCR));
  cpu.setX(12, BigInt(EL1_MAIR));
  cpu.setX(13, BigInt(root));
  return { board, cpu };
}

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

  it('keeps such pages on the TLB fast path with the MMU on (a RAM offset is not "no RAM")', () => {
    const va = 0x1000_0000;
    const pa = 0xc000_2000;
    const { board, cpu } = mmuBoard([[va, pa]], `
      mov x0, #42
      str x0, [x1]
      ldr x2, [x1]
      add x3, x2, #1
      b .
    `);
    cpu.setX(1, BigInt(va));
    board.run(100);
    expect(cpu.getX(3)).toBe(43n);
    expect(board.bus.ram32[(pa - 0x4000_0000) / 4]).toBe(42);
    // The page is in the TLB as RAM: the next access needs no walk and no full path.
    expect(cpu.mmu.ramData(va + 8, 0, false)).toBe(pa - 0x4000_0000 + 8);
    expect(cpu.mmu.ramData(va, 0, true)).toBe(pa - 0x4000_0000);
  });

  it('ends a block at the end of its 4 KiB page there too: the next virtual page maps elsewhere', () => {
    // VA page va -> PA 0xc000_3000, VA page va + 0x1000 -> PA 0xc000_5000 (not the next PA page).
    const va = 0x1000_0000;
    const { board, cpu } = mmuBoard([[va, 0xc000_3000], [va + 0x1000, 0xc000_5000]], 'br x4');
    const at = (pa: number, insns: number[]) => insns.forEach((w, i) => (board.bus.ram32[(pa - 0x4000_0000) / 4 + i] = w | 0));
    at(0xc000_3ff8, [0xd2800020, 0xd2800021]); // movz x0,#1 ; movz x1,#1 (the page's last two)
    at(0xc000_5000, [0xd28000e2, 0x14000000]); // movz x2,#7 ; b .  (what VA va + 0x1000 holds)
    at(0xc000_4000, [0xd2800122, 0x14000000]); // movz x2,#9 ; b .  (the next PA page: not executed)
    cpu.setX(4, BigInt(va + 0xff8));
    board.run(100);
    expect(cpu.getX(1)).toBe(1n);
    expect(cpu.getX(2)).toBe(7n);
    expect(cpu.getPC()).toBe(BigInt(va + 0x1004));
  });
});
