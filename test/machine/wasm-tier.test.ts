// The wasm tier's inline loads and stores (InsnEmitter.load/store: the TLB lookup in the
// compiled code) with the MMU on, which the differential ISA suite (MMU off) never reaches:
// one loop program of loads and stores of every size and addressing form, through TLB hits
// and misses across pages, unaligned accesses, a store into a page of executed code, faulting
// accesses taken to the vectors, stores while an exclusive monitor is marked, and an SVC
// (which counts itself as retired: the vector reads the counter), and MRS of the system
// registers compiled code reads from the register file or computes (CNTVCT_EL0). It runs
// once on the interpreter and once with every block compiled to WebAssembly; the two must
// end in the same state, and the wasm run must have taken the inline fast path.
//
// ZVM_JIT is read when the CPU modules load: each run sets it and imports a fresh module
// graph (vi.resetModules), so both tiers run in this one file.

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';
import { countFullPaths } from '../helpers/full-paths.ts';

const RAM_BASE = 0x4000_0000;
const CODE = RAM_BASE + 0x8000; // the program, then the vectors at CODE + 0x800
const TABLES = RAM_BASE + 0x10_0000;
const DATA = RAM_BASE + 0x20_0000; // 8 mapped pages
const DATA_PAGES = 8;
const HOLE = DATA + DATA_PAGES * 0x1000; // unmapped: translation faults
const ITERATIONS = 300;
const BUDGET = 200_000;

// Registers on entry: x0 = DATA, x1 = DATA + 0x1000 (second page), x9 = HOLE, x10 = the
// last doubleword of the last mapped page (a pair there faults on its second access), x11-x13 = TCR/MAIR/TTBR, x14 = the address of the patched instruction,
// x16 = MOVZ X15 template, x22/x23 = exclusive-monitor addresses, x25 = iterations.
const PROGRAM = `
  msr ttbr0_el1, x13
  msr tcr_el1, x11
  msr mair_el1, x12
  adr x17, vectors
  msr vbar_el1, x17
  isb
  mrs x17, sctlr_el1
  orr x17, x17, #1
  msr sctlr_el1, x17
  isb
  mov x2, #0
  mov x19, #0
  mov x26, #0
  mov sp, x0
  add sp, sp, #0x3000
  msr sp_el0, x1
  msr tpidrro_el0, x0
loop:
  // byte, halfword, word, doubleword: register offset, unsigned offset, unscaled
  strb  w2, [x0, x2]
  ldrb  w3, [x0, x2]
  ldrsb x4, [x0, x2]
  ldrsb w5, [x0, x2, lsl #0]
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  strh  w2, [x1, x2, lsl #1]
  ldrh  w3, [x1, x2, lsl #1]
  sub   w6, wzr, w2
  strh  w6, [x1, #0x800]
  ldrsh x4, [x1, #0x800]
  ldrsh w5, [x1, #0x800]
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  str   w6, [x0, #0x404]
  ldr   w3, [x0, #0x404]
  ldrsw x4, [x0, #0x404]
  sxtw  x7, w2
  str   w6, [x1, w2, uxtw #2]
  ldr   w5, [x1, x7, sxtx #2]
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  mul   x7, x2, x2
  str   x7, [x0, #0x600]
  ldr   x3, [x0, #0x600]
  add   x18, x0, #0x700
  stur  x19, [x18, #0xf3]      // unaligned: the full path
  ldur  x4, [x18, #0xf3]
  ldur  w5, [x18, #0xf1]
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  add   x18, x0, #0xf00
  stur  x19, [x18, #0xfd]      // unaligned across a page boundary
  ldur  x3, [x18, #0xfd]
  ldurh w4, [x18, #0xff]
  ldursw x5, [x18, #0xfe]
  stur  w5, [x18, #0xf8]       // aligned, unscaled
  ldur  x6, [x18, #0xf8]
  eor   x19, x19, x6
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  // pairs, pre- and post-index, SP base
  stp   x2, x19, [sp, #-16]!
  stp   w19, w2, [sp, #-8]!
  ldpsw x3, x4, [sp], #8
  ldp   w5, w6, [sp, #-8]
  ldp   x3, x4, [sp], #16
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  add   x19, x19, x6
  stnp  x19, x2, [x1, #0x100]
  ldnp  x5, x6, [x1, #0x100]
  eor   x19, x19, x6
  // DC ZVA zeroes a 64-byte block of the first page (compiled: InsnEmitter.zeroBlock)
  str   x19, [x0, #0x1c8]
  str   x19, [x0, #0x208]
  lsl   x18, x2, #6
  and   x18, x18, #0xfc0
  add   x18, x18, x0
  dc    zva, x18
  ldr   x3, [x0, #0x1c8]
  ldr   x4, [x0, #0x208]
  add   x19, x19, x3
  eor   x19, x19, x4
  // the walking pointer: post-index across four data pages (TLB hits and misses)
  mov   x7, #248
  mul   x7, x2, x7
  and   x7, x7, #0x3ff8
  add   x8, x0, x7
  add   x8, x8, #0x3000
  str   x19, [x8], #248
  ldr   x3, [x8, #-248]!
  ldr   x4, [x8], #248
  add   x19, x19, x3
  eor   x19, x19, x4
  strb  w19, [x8, #-1]!
  ldrb  w3, [x8], #1
  add   x19, x19, x3
  and   x7, x2, #7
  ldr   x3, [x0, x7, lsl #3]
  str   x3, [x0, x7, lsl #3]
  add   x19, x19, x3
  ror   x19, x19, #7
  // system registers compiled code reads itself (sysregs.ts FAST_READ_ROWS)
  msr   tpidr_el1, x19
  mrs   x3, tpidr_el1
  mrs   x4, sp_el0
  mrs   x5, tpidrro_el0
  mrs   x18, cntvct_el0
  add   x29, x29, x18
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  // literals on the code page, and a prefetch (no effect)
  ldr   x3, literal
  ldrsw x4, literal
  ldr   w5, literal
  prfm  pldl1keep, [x0, #64]
  add   x19, x19, x3
  eor   x19, x19, x4
  add   x19, x19, x5
  // self-modifying code: a MOVZ X15 later on this page gets a new immediate
  orr   w17, w16, w2, lsl #5
  str   w17, [x14]
  b     patched
patched:
  movz  x15, #0
  add   x26, x26, x15
  // an SVC counts as retired when taken (its vector reads the counter: x29 depends on it)
  svc   #0
  nop                          // skipped: the vector returns to ELR + 4
  // exclusive monitor marked: a store elsewhere keeps it, one to its granule clears it
  ldxr  x5, [x22]
  str   x2, [x23]
  stxr  w6, x19, [x22]
  add   x27, x27, x6
  ldxr  x5, [x22]
  str   x2, [x22, #8]
  stxr  w6, x19, [x22]
  add   x27, x27, x6
  add   x19, x19, x5
  // faults every 32 iterations: a load with write-back, and a pair whose second access faults
  tst   x2, #31
  b.ne  1f
  mov   x3, #0x1111
  mov   x4, #0x2222
  ldp   x3, x4, [x9, #16]!
  add   x28, x28, x3
  ldp   x3, x4, [x10]
  add   x28, x28, x4
  stp   x3, x4, [x10]
  str   w2, [x9], #4
  tlbi  vmalle1                // the TLB refills from here
  dsb   sy
  isb
1:
  add   x2, x2, #1
  cmp   x2, x25
  b.ne  loop
  b     .                      // the end (the runs' budget ends here)
  .balign 8
literal:
  .quad 0x0123456789abcdef

  .balign 2048
vectors:
  .balign 0x200
  b .
  .balign 0x200
  // current EL with SPx, synchronous: record ESR, FAR, ELR and skip the instruction
  mrs   x20, esr_el1
  mrs   x21, far_el1
  mrs   x24, elr_el1
  mrs   x18, cntvct_el0
  add   x29, x29, x20
  eor   x29, x29, x21
  add   x29, x29, x18
  add   x30, x30, #1
  add   x24, x24, #4
  msr   elr_el1, x24
  eret
`;

interface Result {
  x: bigint[];
  sp: bigint;
  pc: bigint;
  pstate: number;
  retired: number;
  data: Uint8Array;
  code: Uint8Array;
  compiledRetired: number;
  accessorCalls: number;
  counterReads: number;
  dataWalks: number;
}

async function runProgram(tier: 'interp' | 'wasm'): Promise<Result> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const { PageTableBuilder, s1Attrs } = await import('../../src/machine/mmu/builder.ts');
  const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const words = assemble(PROGRAM);
  const ram32 = board.bus.ram32;
  words.forEach((w, i) => (ram32[(CODE - RAM_BASE) / 4 + i] = w));
  const patchAt = CODE + 4 * findWord(words, 0xd280000f); // movz x15, #0
  const g = { gs: 12, startLevel: 1, startBits: 9 };
  const b = new PageTableBuilder(board.bus.ram, RAM_BASE, TABLES);
  const root = b.root(g);
  for (let pa = CODE; pa < CODE + 0x2000; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
  for (let pa = DATA; pa < HOLE; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  const regs: Record<number, number> = {
    0: DATA,
    1: DATA + 0x1000,
    9: HOLE,
    10: HOLE - 8,
    11: 25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23),
    12: 0xff,
    13: root,
    14: patchAt,
    16: 0xd280000f,
    22: DATA + 0x7800,
    23: DATA + 0x7900,
    25: ITERATIONS,
  };
  for (const [r, v] of Object.entries(regs)) cpu.setX(Number(r), BigInt(v));
  const accessorCalls = countFullPaths(cpu);
  let counterReads = 0;
  const readVirtualCount = cpu.timer.readVirtualCount.bind(cpu.timer);
  cpu.timer.readVirtualCount = (noOffset?: boolean) => {
    counterReads++;
    return readVirtualCount(noOffset);
  };
  expect(board.run(BUDGET)).toBeNull();
  expect(cpu.getPC()).toBe(BigInt(CODE + 4 * findWord(words, 0x14000000))); // b .
  expect(cpu.retired).toBe(BUDGET);
  const stats = cpu.jitStats();
  expect(stats.tier).toBe(tier);
  return {
    x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)),
    sp: cpu.getX(31),
    pc: cpu.getPC(),
    pstate: cpu.getPstate(),
    retired: cpu.retired,
    data: board.bus.ram.slice(DATA - RAM_BASE, HOLE - RAM_BASE),
    code: board.bus.ram.slice(CODE - RAM_BASE, CODE - RAM_BASE + 0x1000),
    compiledRetired: stats.compiledRetired,
    accessorCalls: accessorCalls(),
    counterReads,
    dataWalks: cpu.mmu.dataWalks,
  };
}

function findWord(words: number[], w: number): number {
  const i = words.findIndex((v) => v >>> 0 === w);
  if (i < 0) throw new Error(`no word ${w.toString(16)} in the program`);
  return i;
}

describe('wasm tier loads and stores with the MMU on', () => {
  it('ends in the interpreter\'s state and takes the inline TLB path', async () => {
    const ref = await runProgram('interp');
    const got = await runProgram('wasm');
    // The program did what it is meant to: all iterations, the patched code seen, four
    // faults every 32 iterations that left their registers unchanged (no write-back, no
    // register of a pair loaded), and of the two STXRs of an iteration the second failing.
    const faulting = Math.ceil(ITERATIONS / 32);
    expect(ref.x[2]).toBe(BigInt(ITERATIONS));
    expect(ref.x[26]).toBe(BigInt((ITERATIONS * (ITERATIONS - 1)) / 2));
    expect(ref.x[30]).toBe(BigInt(4 * faulting + ITERATIONS));
    expect(ref.x[28]).toBe(BigInt(faulting * 0x3333));
    expect(ref.x[9]).toBe(BigInt(HOLE));
    expect(ref.x[21]).toBe(BigInt(HOLE)); // FAR of the last fault (the STR; an SVC leaves FAR)
    expect(ref.x[20] >> 26n).toBe(0x15n); // the last exception: an SVC
    expect(ref.x[27]).toBe(BigInt(ITERATIONS));
    expect(got.x.map((v) => v.toString(16))).toEqual(ref.x.map((v) => v.toString(16)));
    expect(got.sp).toBe(ref.sp);
    expect(got.pc).toBe(ref.pc);
    expect(got.pstate).toBe(ref.pstate);
    expect(got.retired).toBe(ref.retired);
    expect(Buffer.from(got.data).equals(Buffer.from(ref.data))).toBe(true);
    expect(Buffer.from(got.code).equals(Buffer.from(ref.code))).toBe(true);
    expect(got.dataWalks).toBe(ref.dataWalks);
    // Nearly everything ran compiled, and nearly every access there took the inline path:
    // the PE's accessors saw only misses, unaligned and marked-line accesses and faults.
    expect(got.compiledRetired / got.retired).toBeGreaterThan(0.9);
    expect(ref.accessorCalls).toBeGreaterThan(30 * ITERATIONS);
    expect(got.accessorCalls).toBeLessThan(ref.accessorCalls / 3);
    // Every MRS of CNTVCT_EL0 computed in compiled code, with the interpreter's values.
    expect(ref.counterReads).toBeGreaterThan(ITERATIONS);
    expect(got.counterReads).toBe(0);
  });
});
