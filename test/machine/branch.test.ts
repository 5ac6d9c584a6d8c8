// A64 branches (src/machine/cpu/insns/branch.ts). Encodings from aarch64-linux-gnu-as; the
// B.cond truth table was recorded by running every condition under every NZCV value on
// qemu-aarch64.

import { describe, expect, it } from 'vitest';
import { Bus } from '../../src/machine/bus/bus.ts';
import { Cpu } from '../../src/machine/cpu/cpu.ts';
import { a64Decoder } from '../../src/machine/cpu/insns/index.ts';
import { makeCpu, runWords, RAM_BASE } from '../helpers/cpu.ts';

const BASE = BigInt(RAM_BASE);

/** Runs one branch at RAM_BASE + 0x100 and returns the PE (PC = next instruction). */
function step(word: number, regs: Record<number, bigint> = {}, flags = 0): Cpu {
  const cpu = makeCpu(1 << 16);
  cpu.setPC(BASE + 0x100n);
  for (const [n, v] of Object.entries(regs)) cpu.setX(Number(n), BigInt.asUintN(64, v));
  cpu.setPstate(((flags << 28) | (cpu.el << 2) | cpu.spSel) >>> 0);
  runWords(cpu, [word]);
  expect(cpu.halt).toBeNull();
  return cpu;
}

const at = (off: number) => BASE + 0x100n + BigInt(off);

describe('branches', () => {
  it('B and BL (imm26, both directions, extremes)', () => {
    expect(step(0x14000040 /* b .+0x100 */).getPC()).toBe(at(0x100));
    expect(step(0x17fffffe /* b .-8 */).getPC()).toBe(at(-8));
    const c = step(0x94000010 /* bl .+0x40 */, { 30: 0n });
    expect(c.getPC()).toBe(at(0x40));
    expect(c.getX(30)).toBe(at(4));
    expect(step(0x15ffffff /* b .+0x7fffffc */).getPC()).toBe(at(0x7fffffc));
    expect(step(0x16000000 /* b .-0x8000000 */).getPC()).toBe(at(-0x8000000));
  });

  it('B.cond: every condition under every NZCV (qemu truth table; AL and NV always taken)', () => {
    // bit f of the mask: taken when NZCV = f (N = bit 3 ... V = bit 0)
    const taken = [0xf0f0, 0x0f0f, 0xcccc, 0x3333, 0xff00, 0x00ff, 0xaaaa, 0x5555,
      0x0c0c, 0xf3f3, 0xaa55, 0x55aa, 0x0a05, 0xf5fa, 0xffff, 0xffff];
    for (let cond = 0; cond < 16; cond++) {
      for (let f = 0; f < 16; f++) {
        const cpu = step(0x54000080 | cond /* b.<cond> .+0x10 */, {}, f);
        const want = (taken[cond] >> f) & 1 ? at(0x10) : at(4);
        expect(cpu.getPC(), `cond ${cond} nzcv ${f}`).toBe(want);
      }
    }
    expect(step(0x547fffea /* b.ge .+0xffffc */).getPC()).toBe(at(0xffffc));
    expect(step(0x5480000b /* b.lt .-0x100000 */, {}, 0b1000).getPC()).toBe(at(-0x100000));
  });

  it('CBZ/CBNZ test 32 or 64 bits', () => {
    const hiOnly = 1n << 40n;
    expect(step(0x34000103 /* cbz w3, .+0x20 */, { 3: hiOnly }).getPC()).toBe(at(0x20));
    expect(step(0xb4000103 /* cbz x3, .+0x20 */, { 3: hiOnly }).getPC()).toBe(at(4));
    expect(step(0xb5000103 /* cbnz x3, .+0x20 */, { 3: hiOnly }).getPC()).toBe(at(0x20));
    expect(step(0x35ffff03 /* cbnz w3, .-0x20 */, { 3: hiOnly }).getPC()).toBe(at(4));
    expect(step(0x35ffff03 /* cbnz w3, .-0x20 */, { 3: 1n }).getPC()).toBe(at(-0x20));
    expect(step(0xb4000103 /* cbz x3, .+0x20 */, { 3: 0n }).getPC()).toBe(at(0x20));
  });

  it('TBZ/TBNZ select the bit with b5:b40', () => {
    expect(step(0xb6f80183 /* tbz x3, #63, .+0x30 */, { 3: 1n << 63n }).getPC()).toBe(at(4));
    expect(step(0xb7f80183 /* tbnz x3, #63, .+0x30 */, { 3: 1n << 63n }).getPC()).toBe(at(0x30));
    expect(step(0xb7f80183 /* tbnz x3, #63, .+0x30 */, { 3: (1n << 63n) - 1n }).getPC()).toBe(at(4));
    expect(step(0x3607ff83 /* tbz w3, #0, .-0x10 */, { 3: 2n }).getPC()).toBe(at(-0x10));
    expect(step(0x37280043 /* tbnz w3, #5, .+8 */, { 3: 0x20n }).getPC()).toBe(at(8));
    expect(step(0x361bffe0 /* tbz w0, #3, .+0x7ffc */, { 0: 0n }).getPC()).toBe(at(0x7ffc));
    expect(step(0xb7440000 /* tbnz x0, #40, .-0x8000 */, { 0: 1n << 40n }).getPC()).toBe(at(-0x8000));
  });

  it('BR, BLR, RET (BLR X30 reads the target before writing the link)', () => {
    expect(step(0xd61f00a0 /* br x5 */, { 5: 0x1234_5678_9abcn }).getPC()).toBe(0x1234_5678_9abcn);
    const c = step(0xd63f00a0 /* blr x5 */, { 5: BASE + 0x800n });
    expect(c.getPC()).toBe(BASE + 0x800n);
    expect(c.getX(30)).toBe(at(4));
    const d = step(0xd63f03c0 /* blr x30 */, { 30: BASE + 0x900n });
    expect(d.getPC()).toBe(BASE + 0x900n);
    expect(d.getX(30)).toBe(at(4));
    expect(step(0xd65f03c0 /* ret */, { 30: BASE + 0x40n }).getPC()).toBe(BASE + 0x40n);
    expect(step(0xd65f00a0 /* ret x5 */, { 5: BASE + 0x44n }).getPC()).toBe(BASE + 0x44n);
  });

  it('PC-relative targets carry into and borrow from the high half', () => {
    // RAM just below and across 4 GiB: 0xfff0_0000 .. 0x1_000f_ffff
    const bus = new Bus(0xfff0_0000, 2 << 20);
    const cpu = new Cpu(bus, a64Decoder(), 0);
    const put = (addr: number, w: number) => {
      bus.ram32[(addr - 0xfff0_0000) >>> 2] = w | 0;
    };
    put(0xffff_fff0, 0x14000008); // b .+0x20 -> 0x1_0000_0010
    put(0x1_0000_0010, 0x97fffff8); // bl .-0x20 -> 0xffff_fff0
    cpu.setPC(0xffff_fff0n);
    cpu.run(1);
    expect(cpu.getPC()).toBe(0x1_0000_0010n);
    cpu.run(1);
    expect(cpu.getPC()).toBe(0xffff_fff0n);
    expect(cpu.getX(30)).toBe(0x1_0000_0014n);
    expect(cpu.halt).toBeNull();
  });

  it('a loop: count down with SUBS and B.NE', () => {
    const cpu = makeCpu(1 << 16);
    cpu.setX(0, 1000n);
    // 0: subs x0, x0, #1 ; 4: add x1, x1, #2 ; 8: b.ne 0 ; c: brk #0
    runWords(cpu, [0xf1000400, 0x91000821, 0x54ffffc1, 0xd4200000], 3000);
    expect(cpu.getX(0)).toBe(0n);
    expect(cpu.getX(1)).toBe(2000n);
    expect(cpu.getPC()).toBe(BASE + 0xcn);
    expect(cpu.retired).toBe(3000);
  });
});
