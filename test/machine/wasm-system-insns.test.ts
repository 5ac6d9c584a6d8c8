// The wasm tier's inline exclusives (InsnEmitter.loadExclusive/storeExclusive), PSTATE.DAIF
// reads and writes (InsnEmitter.daif/setDaif), MRS of CTR_EL0 and the cache maintenance it
// compiles to nothing: each program runs once on the interpreter and once with every block
// compiled to WebAssembly, and the two must end in the same state, which is also checked
// against what the architecture says (which STXRs fail, where the interrupt is taken).
//
// ZVM_JIT is read when the CPU modules load: each run sets it and imports a fresh module
// graph (vi.resetModules), so both tiers run in this one file.

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import type { CpuModel } from '../../src/machine/board/virt.ts';

const RAM_BASE = 0x4000_0000;
const CODE0 = RAM_BASE + 0x8000; // PE 0's program
const CODE1 = RAM_BASE + 0x9000; // PE 1's
const TABLES = RAM_BASE + 0x10_0000;
const DATA = RAM_BASE + 0x20_0000;
const ITERATIONS = 40;

type Tier = 'interp' | 'wasm';

async function boardFor(tier: Tier, smp: number, cpu: CpuModel = 'cortex-a53') {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const { PageTableBuilder, s1Attrs } = await import('../../src/machine/mmu/builder.ts');
  const board = new VirtBoard({ ramSize: 4 << 20, smp, cpu, virtualization: false, serial: [() => {}] });
  const g = { gs: 12, startLevel: 1, startBits: 9 };
  const b = new PageTableBuilder(board.bus.ram, RAM_BASE, TABLES);
  const root = b.root(g);
  for (let pa = CODE0; pa < CODE1 + 0x1000; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
  for (let pa = DATA; pa < DATA + 0x2000; pa += 4096) b.map(root, g, pa, 3, pa, s1Attrs({ attrIndx: 0 }));
  board.reset(BigInt(CODE0), 0n);
  return { board, root };
}

function load(ram32: Int32Array, at: number, source: string): number[] {
  const words = assemble(source);
  words.forEach((w, i) => (ram32[(at - RAM_BASE) / 4 + i] = w));
  return words;
}

/** Turns the MMU on for `cpu` with the test's tables, at EL1. */
function mmuOn(cpu: Cpu, root: number): void {
  cpu.sys.set('TTBR0_EL1', BigInt(root));
  cpu.sys.set('MAIR_EL1', 0xffn);
  cpu.sys.set('TCR_EL1', BigInt(25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23)));
  cpu.sys.set('SCTLR_EL1', cpu.sys.get('SCTLR_EL1') | 1n);
}

/** Counts calls of `cpu.markExclusive` (the handlers' marking; compiled code marks inline). */
function countMarks(cpu: Cpu): { n: number } {
  const count = { n: 0 };
  const original = cpu.markExclusive.bind(cpu);
  cpu.markExclusive = (pa: number) => {
    count.n++;
    original(pa);
  };
  return count;
}

// PE 0: each iteration loads-exclusive the granule at x22 and stops after the `b` (the test
// then lets PE 1 act), then store-exclusives it; then a pair, the 32-bit and byte forms, and
// a STXR after a CLREX. x27 counts PE 0's failed STXRs, x29 the failed second ones, x28 the
// failed STXPs, x18 the failed narrow ones, x17 the ones after CLREX.
const PE0 = `
loop:
  ldr   x14, [x22, #16]        // an ordinary load: its full path puts the page in the fast view
  ldxr  x5, [x22]
  b     1f
1:
  add   x19, x19, x5
  stxr  w6, x2, [x22]
  add   x27, x27, x6
  stxr  w16, x19, [x22]        // the monitor was cleared either way: fails
  add   x29, x29, x16
  ldaxp x7, x8, [x23]
  add   x19, x19, x8
  stlxp w9, x19, x2, [x23]
  add   x28, x28, x9
  ldxp  w7, w8, [x23]
  stxp  w9, w8, w7, [x23]
  add   x28, x28, x9
  ldaxr w10, [x24]
  add   w10, w10, #3
  stlxr w11, w10, [x24]
  add   x18, x18, x11
  ldxrb w10, [x25]
  add   w10, w10, #1
  stxrb w11, w10, [x25]
  add   x18, x18, x11
  ldxrh w10, [x15]
  stxrh w11, w2, [x15]
  add   x18, x18, x11
  ldxr  x12, [x22]
  clrex
  stxr  w13, x2, [x22]
  add   x17, x17, x13
  add   x2, x2, #1
  b     loop
`;
// Instructions of PE 0's loop up to the first b (one block), and after it.
const PE0_HEAD = 3;
const PE0_TAIL = assemble(PE0).length - PE0_HEAD;

// PE 1: four steps, a block each, one per iteration of PE 0's: a store to the granule PE 0
// marked (its STXR must fail), a store to another granule (it must not), a load-exclusive of
// PE 0's granule (PE 0's STXR succeeds and clears it), and a STXR that must therefore fail
// (x26 counts them).
const PE1 = `
loop1:
  str   x3, [x22, #8]
  b     1f
1:
  str   x3, [x22, #0x100]
  b     2f
2:
  ldxr  x4, [x22]
  b     3f
3:
  stxr  w5, x3, [x22]
  add   x26, x26, x5
  b     loop1
`;

interface ExclusiveResult {
  x0: bigint[];
  x1: bigint[];
  data: Uint8Array;
  marks: number;
  compiled: number;
}

async function runExclusives(tier: Tier): Promise<ExclusiveResult> {
  const { board, root } = await boardFor(tier, 2);
  const ram32 = board.bus.ram32;
  load(ram32, CODE0, PE0);
  load(ram32, CODE1, PE1);
  const [pe0, pe1] = board.cpus;
  for (const [cpu, code] of [[pe0, CODE0], [pe1, CODE1]] as const) {
    mmuOn(cpu, root);
    cpu.setPC(BigInt(code));
    cpu.setX(22, BigInt(DATA + 0x40));
    cpu.setX(23, BigInt(DATA + 0x1080));
    cpu.setX(24, BigInt(DATA + 0x10c0));
    cpu.setX(25, BigInt(DATA + 0x10c5));
    cpu.setX(15, BigInt(DATA + 0x10c6));
  }
  pe1.setX(3, 0x1234n);
  const marks0 = countMarks(pe0);
  const marks1 = countMarks(pe1);
  for (let k = 0; k < ITERATIONS; k++) {
    expect(pe0.run(PE0_HEAD)).toBe(PE0_HEAD);
    if (k % 4 !== 0) expect(pe1.run(2)).toBe(2);
    expect(pe0.run(PE0_TAIL)).toBe(PE0_TAIL);
    if (k % 4 === 3) expect(pe1.run(3)).toBe(3);
  }
  expect(pe0.getPC()).toBe(BigInt(CODE0));
  expect(pe1.getPC()).toBe(BigInt(CODE1));
  return {
    x0: Array.from({ length: 31 }, (_, r) => pe0.getX(r)),
    x1: Array.from({ length: 31 }, (_, r) => pe1.getX(r)),
    data: board.bus.ram.slice(DATA - RAM_BASE, DATA - RAM_BASE + 0x2000),
    marks: marks0.n + marks1.n,
    compiled: pe0.jitStats().compiledRetired,
  };
}

describe('wasm tier exclusives', () => {
  it('fail and succeed as on the interpreter, with another PE storing and marking in between', async () => {
    const ref = await runExclusives('interp');
    const got = await runExclusives('wasm');
    const quarter = ITERATIONS / 4;
    expect(ref.x0[27]).toBe(BigInt(quarter)); // failed after PE 1's store to the granule only
    expect(ref.x1[26]).toBe(BigInt(quarter)); // PE 1's STXR after PE 0's succeeded
    expect(ref.x0[29]).toBe(BigInt(ITERATIONS));
    expect(ref.x0[28]).toBe(0n);
    expect(ref.x0[18]).toBe(0n);
    expect(ref.x0[17]).toBe(BigInt(ITERATIONS)); // after CLREX
    expect(got.x0.map((v) => v.toString(16))).toEqual(ref.x0.map((v) => v.toString(16)));
    expect(got.x1.map((v) => v.toString(16))).toEqual(ref.x1.map((v) => v.toString(16)));
    expect(Buffer.from(got.data).equals(Buffer.from(ref.data))).toBe(true);
    // Compiled, and marking inline (the handlers mark only on a fast-view miss).
    expect(got.compiled).toBeGreaterThan(ITERATIONS * (PE0_HEAD + PE0_TAIL) * 0.8);
    expect(ref.marks).toBeGreaterThan(6 * ITERATIONS);
    expect(got.marks).toBeLessThan(ref.marks / 10);
  });
});

// DAIF: an IRQ line is up all along. MRS DAIF, DAIFClr of A (I still masked: nothing
// taken). Then a loop whose MSR DAIF, X3 masks everything until its 21st pass writes 0: the
// IRQ is taken right after that MSR (x20: ELR). The vector sets SPSR.I and returns. Then a
// loop of DAIFSet and DAIFClr: taken right after each DAIFClr (x23: the last ELR). Each loop
// first runs the block after its MSR (`b 2f`, `b 4f`), so that the region compiled at the MSR
// holds it: compiled code that went on there would take the IRQ late, or (DAIFSet) never.
const DAIF_PROGRAM = `
  adr   x1, vectors
  msr   vbar_el1, x1
  isb
  mrs   x5, daif
  msr   daifclr, #4
  mrs   x6, daif
  mov   x3, #0x3c0
  mov   x1, #0
  b     2f
1:
  msr   daif, x3
2:
  add   x1, x1, #1
  cmp   x1, #20
  csel  x3, xzr, x3, eq
  cmp   x1, #21
  b.ne  1b
  mov   x1, #0
  b     4f
3:
  msr   daifclr, #2
4:
  msr   daifset, #2
  add   x1, x1, #1
  cmp   x1, #5
  b.ne  3b
  msr   daifset, #3
  mrs   x9, daif
  b     .
  .balign 2048
vectors:
  b .
  .balign 0x200
  b .
  .balign 0x80
  // current EL with SPx, IRQ: record ELR and return with I set
  mrs   x24, elr_el1
  cbnz  x20, 5f
  mov   x20, x24
  b     6f
5:
  mov   x23, x24
6:
  add   x21, x21, #1
  mrs   x22, spsr_el1
  orr   x22, x22, #0x80
  msr   spsr_el1, x22
  eret
`;

async function runDaif(tier: Tier): Promise<{ x: bigint[]; pc: bigint; retired: number; pstate: number; compiled: number; words: number[] }> {
  const { board } = await boardFor(tier, 1);
  const words = load(board.bus.ram32, CODE0, DAIF_PROGRAM);
  const cpu = board.cpus[0];
  const { INT_IRQ } = await import('../../src/machine/cpu/interrupts.ts');
  cpu.setInterruptLine(INT_IRQ, true);
  cpu.run(2000);
  return { x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)), pc: cpu.getPC(), retired: cpu.retired, pstate: cpu.getPstate(), compiled: cpu.jitStats().compiledRetired, words };
}

describe('wasm tier PSTATE.DAIF', () => {
  it('takes a pending IRQ right after the MSR that unmasks it, as the interpreter', async () => {
    const ref = await runDaif('interp');
    const got = await runDaif('wasm');
    const at = (insn: string): bigint => BigInt(CODE0 + 4 * ref.words.indexOf(assemble(insn)[0]));
    expect(ref.x[5]).toBe(0x3c0n);
    expect(ref.x[6]).toBe(0x2c0n); // A cleared, I still masked
    expect(ref.x[20]).toBe(at('msr daif, x3') + 4n);
    expect(ref.x[23]).toBe(at('msr daifclr, #2') + 4n);
    expect(ref.x[21]).toBe(5n); // the MSR DAIF, then four DAIFClrs
    expect(ref.x[1]).toBe(5n);
    expect(ref.x[9]).toBe(0xc0n);
    expect(ref.pc).toBe(at('b .'));
    expect(got.x.map((v) => v.toString(16))).toEqual(ref.x.map((v) => v.toString(16)));
    expect(got.pc).toBe(ref.pc);
    expect(got.pstate).toBe(ref.pstate);
    expect(got.retired).toBe(ref.retired);
    expect(got.compiled).toBeGreaterThan(got.retired / 2);
  });
});

// MRS CTR_EL0 and cache maintenance by VA to the PoU (op1 = 3: no effect here, allowed at EL0)
// at EL1 and EL0; an EL1-only one (IC IALLU, op1 = 0) at EL0 is UNDEFINED (EC 0).
const CACHE_PROGRAM = `
  adr   x1, vectors
  msr   vbar_el1, x1
  mrs   x5, ctr_el0
  dc    cvau, x0
  ic    ivau, x0
  dc    civac, x0
  adr   x1, el0
  msr   elr_el1, x1
  msr   spsr_el1, xzr
  eret
el0:
  mrs   x6, ctr_el0
  dc    cvau, x0
  ic    ivau, x0
  add   x7, x7, #1
  ic    iallu
  add   x8, x8, #1
  b     .
  .balign 2048
vectors:
  b .
  .balign 0x400
  // lower EL, synchronous
  mrs   x9, esr_el1
  mrs   x10, elr_el1
  b     .
`;

async function runCache(tier: Tier): Promise<{ x: bigint[]; retired: number; compiled: number; words: number[] }> {
  const { board } = await boardFor(tier, 1);
  const words = load(board.bus.ram32, CODE0, CACHE_PROGRAM);
  const cpu = board.cpus[0];
  cpu.setX(0, BigInt(DATA));
  cpu.run(200);
  return { x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)), retired: cpu.retired, compiled: cpu.jitStats().compiledRetired, words };
}

describe('wasm tier CTR_EL0 and cache maintenance', () => {
  it('reads CTR_EL0 and ignores PoU maintenance at EL1 and EL0; IC IALLU at EL0 is UNDEFINED', async () => {
    const ref = await runCache('interp');
    const got = await runCache('wasm');
    expect(ref.x[5]).toBe(0x8444c004n);
    expect(ref.x[6]).toBe(0x8444c004n);
    expect(ref.x[7]).toBe(1n);
    expect(ref.x[8]).toBe(0n);
    expect(ref.x[9] >> 26n).toBe(0n);
    expect(ref.x[10]).toBe(BigInt(CODE0 + 4 * ref.words.indexOf(assemble('ic iallu')[0])));
    expect(got.x.map((v) => v.toString(16))).toEqual(ref.x.map((v) => v.toString(16)));
    expect(got.retired).toBe(ref.retired);
    expect(got.compiled).toBeGreaterThan(0);
  });
});

// FEAT_LSE atomics of every kind and size on one page, with values that change every pass
// (negative ones for the signed MIN/MAX), CAS and CASP that match (the value just loaded)
// and that do not, and on odd passes an exclusive mark held meanwhile (the atomics then take
// their handlers, which clear it on a write to its granule: the STXR after must fail).
// x26 and x27 fold the registers the atomics load; x25 counts the failed STXRs.
const ATOMICS_PROGRAM = `
loop:
  lsl     x3, x2, #3
  sub     x4, xzr, x2
  mul     x5, x2, x2
  eor     x5, x5, x4, lsl #17
  tst     x2, #1
  b.eq    1f
  ldxr    x30, [x17]
1:
  ldadd   x3, x6, [x0]
  ldclr   x4, x7, [x0]
  ldeor   x5, x8, [x0]
  ldset   x3, x9, [x0]
  ldsmax  x4, x10, [x0]
  ldsmin  x5, x11, [x0]
  ldumax  x3, x12, [x0]
  ldumin  x4, x13, [x0]
  add     x26, x26, x6
  eor     x26, x26, x7
  add     x26, x26, x8
  eor     x26, x26, x9
  add     x26, x26, x10
  eor     x26, x26, x11
  add     x26, x26, x12
  eor     x26, x26, x13
  ldaddal w4, w6, [x1]
  ldsmaxb w4, w7, [x14]
  ldsminh w5, w8, [x15]
  lduminl w3, w9, [x1]
  ldumaxa w4, w10, [x1]
  ldclrb  w3, w11, [x14]
  ldeorh  w4, w12, [x15]
  ldsmin  w5, w13, [x1]
  add     x27, x27, x6
  eor     x27, x27, x7
  add     x27, x27, x8
  eor     x27, x27, x9
  add     x27, x27, x10
  eor     x27, x27, x11
  add     x27, x27, x12
  eor     x27, x27, x13
  swp     x5, x13, [x16]
  swpal   w3, w12, [x1]
  swpb    w4, w11, [x14]
  swph    w5, w10, [x15]
  ldr     x19, [x16]
  cas     x19, x3, [x16]
  mov     x21, x4
  casal   x21, x5, [x16]
  ldrh    w22, [x15]
  cash    w22, w4, [x15]
  casb    w23, w5, [x14]
  casl    w9, w3, [x1]
  add     x27, x27, x13
  eor     x27, x27, x12
  add     x27, x27, x11
  eor     x27, x27, x10
  add     x27, x27, x19
  eor     x27, x27, x21
  add     x27, x27, x22
  eor     x27, x27, x23
  add     x27, x27, x9
  ldp     x6, x7, [x28]
  casp    x6, x7, x4, x5, [x28]
  ldp     x8, x9, [x28]
  add     x9, x9, #1           // the low doubleword matches, the high one does not
  caspal  x8, x9, x10, x11, [x28]
  ldr     x12, [x29]
  lsr     x13, x12, #32
  casp    w12, w13, w4, w5, [x29]
  caspa   w10, w11, w12, w13, [x29]
  add     x26, x26, x6
  eor     x26, x26, x7
  add     x26, x26, x8
  eor     x26, x26, x9
  add     x26, x26, x10
  eor     x26, x26, x11
  add     x26, x26, x12
  eor     x26, x26, x13
  ldadd   x3, x6, [x17]
  stxr    w30, x4, [x17]
  add     x25, x25, x30
  clrex
  add     x2, x2, #1
  cmp     x2, x24
  b.ne    loop
  b       .
`;

const ATOMIC_ACCESSORS = ['ld8', 'ld16', 'ld32', 'ld64', 'st8', 'st16', 'st32', 'st64'] as const;

async function runAtomics(tier: Tier, model: CpuModel): Promise<{ x: bigint[]; pc: bigint; retired: number; data: Uint8Array; accessorCalls: number; esr: bigint }> {
  const { board, root } = await boardFor(tier, 1, model);
  const words = load(board.bus.ram32, CODE0, ATOMICS_PROGRAM);
  // The synchronous vector at the current EL: b . (UNDEFINED on a PE without FEAT_LSE).
  load(board.bus.ram32, DATA + 0x1200, 'b .');
  const cpu = board.cpus[0];
  mmuOn(cpu, root);
  cpu.sys.set('VBAR_EL1', BigInt(DATA + 0x1000));
  const regs: Record<number, number> = { 0: DATA, 1: DATA + 8, 14: DATA + 16, 15: DATA + 18, 16: DATA + 24, 17: DATA + 0x40, 28: DATA + 32, 29: DATA + 48, 24: ITERATIONS * 4 };
  for (const [r, v] of Object.entries(regs)) cpu.setX(Number(r), BigInt(v));
  cpu.setX(23, 0x5an);
  let accessorCalls = 0;
  const target = cpu as unknown as Record<string, (...a: number[]) => unknown>;
  for (const name of ATOMIC_ACCESSORS) {
    const original = target[name].bind(cpu);
    target[name] = (...a: number[]) => {
      accessorCalls++;
      return original(...a);
    };
  }
  cpu.run(words.length * ITERATIONS * 4 + 100);
  return {
    x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)),
    pc: cpu.getPC(),
    retired: cpu.retired,
    data: board.bus.ram.slice(DATA - RAM_BASE, DATA - RAM_BASE + 0x100),
    accessorCalls,
    esr: cpu.sys.get('ESR_EL1'),
  };
}

describe('wasm tier FEAT_LSE atomics', () => {
  it('end in the interpreter\'s state, inline on a PE with FEAT_LSE', async () => {
    const ref = await runAtomics('interp', 'cortex-a55');
    const got = await runAtomics('wasm', 'cortex-a55');
    expect(ref.x[2]).toBe(BigInt(ITERATIONS * 4)); // every pass ran, to the final b .
    expect(ref.pc).toBe(BigInt(CODE0 + 4 * (assemble(ATOMICS_PROGRAM).length - 1)));
    expect(ref.x[25]).toBe(BigInt(ITERATIONS * 4)); // every STXR failed: its mark was cleared
    expect(got.x.map((v) => v.toString(16))).toEqual(ref.x.map((v) => v.toString(16)));
    expect(got.retired).toBe(ref.retired);
    expect(Buffer.from(got.data).equals(Buffer.from(ref.data))).toBe(true);
    // The handlers' accesses: on odd passes (a mark held) and the first ones only.
    expect(ref.accessorCalls).toBeGreaterThan(60 * ITERATIONS * 4);
    expect(got.accessorCalls).toBeLessThan(ref.accessorCalls * 0.6);
  });

  it('are UNDEFINED on a PE without it, compiled too', async () => {
    const ref = await runAtomics('interp', 'cortex-a53');
    const got = await runAtomics('wasm', 'cortex-a53');
    expect(got.pc).toBe(ref.pc);
    expect(got.esr).toBe(ref.esr);
    expect(got.retired).toBe(ref.retired);
    expect(ref.pc).toBe(BigInt(DATA + 0x1200));
    expect(ref.esr >> 26n).toBe(0n);
    expect(ref.x[6]).toBe(0n); // the first LDADD loaded nothing
  });
});

// MRS and MSR of the exception registers a hypervisor saves, restores and reads on every
// trap (sysregs.ts FAST_READ_ROWS), at EL2: plainly, then on odd passes with HCR_EL2.E2H set,
// where ELR_EL1 means ELR_EL2 (the handler: VHE redirection); finally at EL1, where MRS
// ELR_EL2 is UNDEFINED. x20 and x21 fold what was read.
const EL2_REGS_PROGRAM = `
  adr   x1, vectors1
  msr   vbar_el1, x1
  mov   x12, #(1 << 31)
  orr   x12, x12, #(1 << 34)
  mov   x15, #(1 << 31)
  msr   hcr_el2, x15
  isb
  mov   x2, #0
loop:
  add   x3, x2, #0x40
  lsl   x4, x2, #4
  msr   elr_el2, x3
  msr   spsr_el2, x4
  msr   esr_el2, x4
  msr   far_el2, x3
  msr   hpfar_el2, x4
  msr   elr_el1, x4
  msr   spsr_el1, x3
  mrs   x5, elr_el2
  mrs   x6, spsr_el2
  mrs   x7, esr_el2
  mrs   x8, far_el2
  mrs   x9, hpfar_el2
  mrs   x10, elr_el1
  mrs   x11, spsr_el1
  add   x20, x20, x5
  eor   x20, x20, x6, lsl #1
  add   x20, x20, x7, lsl #2
  eor   x20, x20, x8, lsl #3
  add   x20, x20, x9, lsl #4
  eor   x20, x20, x10, lsl #5
  add   x20, x20, x11, lsl #6
  tst   x2, #1
  b.eq  1f
  msr   hcr_el2, x12
  isb
  mrs   x13, elr_el1
  msr   elr_el1, x2
  mrs   x14, elr_el2
  msr   hcr_el2, x15
  isb
  mrs   x10, elr_el1
  add   x21, x21, x13
  eor   x21, x21, x14, lsl #7
  add   x21, x21, x10, lsl #9
1:
  add   x2, x2, #1
  cmp   x2, #${ITERATIONS}
  b.ne  loop
  adr   x1, el1
  msr   elr_el2, x1
  mov   x1, #0x3c5
  msr   spsr_el2, x1
  eret
el1:
  mrs   x16, elr_el2
  b     .
  .balign 2048
vectors1:
  b .
  .balign 0x200
  mrs   x17, esr_el1
  mrs   x18, elr_el1
  b     .
`;

async function runEl2Regs(tier: Tier): Promise<{ x: bigint[]; pc: bigint; retired: number; compiled: number; words: number[] }> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: 'max', virtualization: true, serial: [() => {}] });
  const words = load(board.bus.ram32, CODE0, EL2_REGS_PROGRAM);
  board.reset(BigInt(CODE0), 0n);
  const cpu = board.cpus[0];
  expect(cpu.el).toBe(2);
  cpu.run(words.length * ITERATIONS * 2);
  return { x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)), pc: cpu.getPC(), retired: cpu.retired, compiled: cpu.jitStats().compiledRetired, words };
}

describe('wasm tier exception registers at EL2', () => {
  it('read and write the register file as the interpreter, with VHE redirection and EL1 UNDEFINED left to the handlers', async () => {
    const ref = await runEl2Regs('interp');
    const got = await runEl2Regs('wasm');
    const at = (insn: string): bigint => BigInt(CODE0 + 4 * ref.words.indexOf(assemble(insn)[0]));
    expect(ref.x[2]).toBe(BigInt(ITERATIONS));
    const last = BigInt(ITERATIONS - 1);
    expect(ref.x[5]).toBe(last + 0x40n); // ELR_EL2 of the last pass
    expect(ref.x[10]).toBe(last * 16n); // ELR_EL1 of the last pass, read with E2H clear
    expect(ref.x[13]).toBe(ref.x[3]); // ELR_EL1 with E2H: ELR_EL2, written this pass
    expect(ref.x[14]).toBe(last); // MSR ELR_EL1 with E2H wrote ELR_EL2
    expect(ref.x[17] >> 26n).toBe(0n); // MRS ELR_EL2 at EL1: UNDEFINED
    expect(ref.x[18]).toBe(at('mrs x16, elr_el2'));
    expect(got.x.map((v) => v.toString(16))).toEqual(ref.x.map((v) => v.toString(16)));
    expect(got.pc).toBe(ref.pc);
    expect(got.retired).toBe(ref.retired);
    expect(got.compiled).toBeGreaterThan(got.retired / 2);
  });
});
