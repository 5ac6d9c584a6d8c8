// The board's event counters (VirtBoard.counters(), `--stats`): data accesses counted per
// decoded block (interpreted, compiled, cut short by the budget or by an exception),
// page-table walks for data and for fetches, and MMIO reads and writes.

import { describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { assemble } from '../../tools/asm.ts';

// Data accesses are counted only with ZVM_COUNT_DATA_ACCESSES=1, read when the CPU modules
// load: set before they are imported (each test file has its own module graph).
process.env.ZVM_COUNT_DATA_ACCESSES = '1';
const { VirtBoard } = await import('../../src/machine/board/virt.ts');
const { a64Decoder } = await import('../../src/machine/cpu/insns/index.ts');
const { PageTableBuilder, s1Attrs } = await import('../../src/machine/mmu/builder.ts');
const { makeCpu, RAM_BASE } = await import('../helpers/cpu.ts');
type Geometry = import('../../src/machine/mmu/builder.ts').Geometry;

const ACCESSORS = ['ld8', 'ld16', 'ld32', 'ld64', 'st8', 'st16', 'st32', 'st64', 'dataAddress'] as const;

/**
 * Wraps the PE's memory helpers to count the data accesses the handlers really make: each
 * outermost call of ld8..st64 or dataAddress (not those they make themselves).
 */
function spyAccesses(cpu: Cpu): { count: number } {
  const seen = { count: 0 };
  let depth = 0;
  const target = cpu as unknown as Record<string, (...a: number[]) => unknown>;
  for (const name of ACCESSORS) {
    const original = target[name].bind(cpu);
    target[name] = (...a: number[]) => {
      if (depth === 0) seen.count++;
      depth++;
      try {
        return original(...a);
      } finally {
        depth--;
      }
    };
  }
  return seen;
}

// One iteration: 13 instructions, 2 of them not memory accesses; x0 = a 64-byte aligned
// buffer, x22 = x0 + 64, x20 = the iteration count.
const LOOP = `
1:
  ldr   x1, [x0]
  str   x1, [x0, #8]
  ldp   x2, x3, [x0, #16]
  stp   x2, x3, [x0, #32]
  ldrb  w4, [x0, #3]
  strh  w4, [x0, #6]
  ldr   q0, [x0, #48]
  ld1   {v1.16b, v2.16b}, [x0]
  ldxr  x5, [x22]
  stxr  w6, x5, [x22]
  ldr   w7, [x0, x21]
  subs  x20, x20, #1
  b.ne  1b
  hlt   #0
`;
/** Data accesses of one iteration, by hand: 1 1 2 2 1 1 2 4 2 2 1. */
const PER_ITERATION = 19;

function loopCpu(iterations: number): { cpu: Cpu; words: number[] } {
  const cpu = makeCpu();
  const words = assemble(LOOP);
  words.forEach((w, i) => (cpu.bus.ram32[i] = w));
  cpu.setX(0, BigInt(RAM_BASE + 0x1000));
  cpu.setX(20, BigInt(iterations));
  cpu.setX(21, 12n);
  cpu.setX(22, BigInt(RAM_BASE + 0x1040));
  return { cpu, words };
}

/** Data accesses of `insn` as its decoder row gives them (Row.dataAccesses). */
const dataAccessesOf = (insn: number): number => a64Decoder().dataAccesses(a64Decoder().decode(insn), insn);

describe('event counters', () => {
  it('gives each load/store encoding the number of accesses its handler makes', () => {
    const { words } = loopCpu(1);
    expect(words.slice(0, 11).map(dataAccessesOf)).toEqual([1, 1, 2, 2, 1, 1, 2, 4, 2, 2, 1]);
    expect(words.slice(11).map(dataAccessesOf)).toEqual([0, 0, 0]);
    expect(dataAccessesOf(0xf9800000 | 0)).toBe(0); // PRFM PLDL1KEEP, [x0]
    expect(dataAccessesOf(0xd50b7420 | 0)).toBe(1); // DC ZVA, x0
    expect(dataAccessesOf(0xd5087620 | 0)).toBe(0); // DC IVAC, x0: no translation here
    // Counts that depend on fields (structures, register counts, sizes) and the atomics.
    const more = assemble(`
      ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]
      st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]
      ld2 {v0.4s, v1.4s}, [x0], #32
      st1 {v0.8b, v1.8b, v2.8b}, [x0]
      ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0], x1
      ld3 {v0.s, v1.s, v2.s}[1], [x0]
      ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
      stp q0, q1, [x0]
      ldr q0, [x0, x1]
      ldxp x0, x1, [x2]
      casp x0, x1, x2, x3, [x4]
      ldaddal w0, w1, [x2]
      prfm pldl1keep, [x0, x1]
    `);
    expect(more.map(dataAccessesOf)).toEqual([64, 8, 8, 3, 8, 3, 4, 4, 2, 3, 4, 2, 0]);
  });

  it('counts the data accesses of interpreted blocks, without changing what retires', () => {
    const { cpu } = loopCpu(10);
    const seen = spyAccesses(cpu);
    cpu.run(10_000);
    expect(cpu.halt?.kind).toBe('undefined'); // HLT without a debugger
    expect(cpu.retired).toBe(10 * 13);
    expect(cpu.dataAccesses).toBe(10 * PER_ITERATION);
    expect(seen.count).toBe(cpu.dataAccesses);
  });

  it('counts blocks cut short by the budget (single steps and slices)', () => {
    const { cpu } = loopCpu(10);
    const seen = spyAccesses(cpu);
    for (let i = 0; i < 200 && cpu.halt === null; i++) cpu.run(1 + (i % 5));
    expect(cpu.retired).toBe(10 * 13);
    expect(cpu.dataAccesses).toBe(10 * PER_ITERATION);
    expect(seen.count).toBe(cpu.dataAccesses);
  });

  it('counts compiled blocks the same (the loop runs past the JIT threshold)', () => {
    const n = 30_000;
    const { cpu } = loopCpu(n);
    const seen = spyAccesses(cpu);
    while (cpu.halt === null) cpu.run(1_000_000);
    expect(cpu.retired).toBe(n * 13);
    expect(cpu.dataAccesses).toBe(n * PER_ITERATION);
    expect(seen.count).toBe(cpu.dataAccesses);
  });

  it('counts only the accesses of the instructions that retired when one faults', () => {
    const cpu = makeCpu();
    assemble('ldp x1, x2, [x0]\nstr x1, [x0, #16]\nldr x3, [x9]\nstr x3, [x0]\nb .').forEach((w, i) => (cpu.bus.ram32[i] = w));
    cpu.setX(0, BigInt(RAM_BASE + 0x1000));
    cpu.setX(9, 0x1000_0000n); // nothing there: an external abort, with no vectors a halt
    cpu.run(100);
    expect(cpu.halt?.kind).toBe('fault');
    expect(cpu.retired).toBe(2);
    expect(cpu.dataAccesses).toBe(3);
  });

  it('counts page-table walks for data and fetches, and MMIO reads and writes', () => {
    const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    const code = RAM_BASE + 0x8000;
    const tables = RAM_BASE + 0x10_0000;
    const buffer = RAM_BASE + 0x20_0000;
    const uart = 0x0900_0000;
    assemble(`
      msr ttbr0_el1, x11
      msr tcr_el1, x12
      msr mair_el1, x13
      isb
      mrs x9, sctlr_el1
      orr x9, x9, #1
      msr sctlr_el1, x9
      isb
      ldr x1, [x0]
      ldr x1, [x0, #8]
      str x1, [x0, #0x1000]
      ldr x1, [x0, #0x2000]
      ldr x1, [x0, #0x3008]
      ldr x1, [x0, #0x1010]
      ldr w2, [x3, #0x18]       // UARTFR
      mov w4, #'k'
      str w4, [x3]              // UARTDR
      ldr w2, [x3, #0x18]
    1: b 1b
    `).forEach((w, i) => (board.bus.ram32[(code - RAM_BASE) / 4 + i] = w));
    const g: Geometry = { gs: 12, startLevel: 1, startBits: 9 };
    const b = new PageTableBuilder(board.bus.ram, RAM_BASE, tables);
    const root = b.root(g);
    for (let pa = code; pa < code + 0x1000; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
    for (let pa = buffer; pa < buffer + 0x4000; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
    b.map(root, g, uart, 3, uart, s1Attrs({ attrIndx: 1, pxn: true, uxn: true }));
    board.reset(BigInt(code), 0n);
    const cpu = board.cpus[0];
    cpu.setX(0, BigInt(buffer));
    cpu.setX(3, BigInt(uart));
    cpu.setX(11, BigInt(root));
    cpu.setX(12, 25n | (1n << 8n) | (1n << 10n) | (3n << 12n) | (1n << 23n) | (2n << 32n));
    cpu.setX(13, 0x00ffn);
    const before = board.counters();
    expect(board.run(1000)).toBeNull();
    const k = board.counters();
    expect(k.retired - before.retired).toBeGreaterThan(18); // then the final loop
    // Four buffer pages and the UART page; the code page once the MMU is on.
    expect(k.dataWalks - before.dataWalks).toBe(5);
    expect(k.fetchWalks - before.fetchWalks).toBe(1);
    expect(k.mmioReads - before.mmioReads).toBe(2);
    expect(k.mmioWrites - before.mmioWrites).toBe(1);
    expect(k.dataAccesses - before.dataAccesses).toBe(9);
  });
});
