// Unaligned loads and stores with the MMU on, which compiled code's memory paths serve from
// the TLB's fast view (memory-paths.ts) where the architecture allows them: Normal memory
// with SCTLR_EL1.A clear, within one page. Everywhere else they must behave as the
// interpreter's full path does: an access that crosses into a page mapped elsewhere reads
// and writes both pages, one to Device memory or with SCTLR_EL1.A set takes an Alignment
// fault, and a store into a line of executed code is seen by the next run of that code.
// The program runs on the interpreter and with every block compiled to WebAssembly; both
// must end in the same state, which must be the architecture's.
//
// ZVM_JIT is read when the CPU modules load: each run sets it and imports a fresh module
// graph (vi.resetModules).

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';
import { EL1_GEOMETRY, EL1_MMU_ON, EL1_TCR } from '../helpers/el1-mmu.ts';
import { countFullPaths } from '../helpers/full-paths.ts';

const RAM_BASE = 0x4000_0000;
const CODE = RAM_BASE + 0x8000; // two pages: the program, then the vectors at CODE + 0x800
const TABLES = RAM_BASE + 0x10_0000;
const NORMAL = 0x2000_0000; // a page of Normal memory
const DEVICE = 0x2000_1000; // RAM mapped as Device-nGnRnE
const SPLIT = 0x2000_4000; // two VA pages on physical pages apart: SPLIT -> PA_LOW, SPLIT + 0x1000 -> PA_HIGH
const PA_NORMAL = RAM_BASE + 0x20_0000;
const PA_DEVICE = RAM_BASE + 0x20_1000;
const PA_HIGH = RAM_BASE + 0x20_5000;
const PA_LOW = RAM_BASE + 0x20_9000;
const ROUNDS = 40;
const VALUE_BASE = 0x0102030405060708n;
// MAIR_EL1: attribute 0 Normal write-back, attribute 1 Device-nGnRnE.
const MAIR = 0x00ff;

// x0 NORMAL, x1 SPLIT + 0x1000, x2 DEVICE, x14 the MOVZ to patch, x16 its halfword template,
// x18 the values' base, x25 ROUNDS. Faults: x30 counts them, x20/x21 the last ESR and FAR.
const PROGRAM = `
  ${EL1_MMU_ON}
  adr x17, vectors
  msr vbar_el1, x17
  isb
  mov x3, #0
  mov x19, #0
  mov x26, #0
  mov x30, #0
loop:
  // within a Normal page: every size, loads and stores
  add x4, x18, x3
  stur x4, [x0, #0x81]
  ldur x5, [x0, #0x81]
  sturh w4, [x0, #0xa3]
  ldurh w6, [x0, #0xa3]
  stur w4, [x0, #0xc5]
  ldursw x7, [x0, #0xc5]
  add x22, x0, #0x81
  ldp x8, x9, [x22]
  add x19, x19, x5
  eor x19, x19, x6
  add x19, x19, x7
  eor x19, x19, x9
  // across the two pages of SPLIT (physically apart)
  stur x4, [x1, #-3]
  ldur x10, [x1, #-3]
  ldur w11, [x1, #-2]
  add x19, x19, x10
  eor x19, x19, x11
  // Device memory: Alignment faults (the vector skips the access), after an aligned load
  // put the page into the fast view
  ldr x12, [x2]
  ldur x12, [x2, #1]
  stur w4, [x2, #5]
  // a store into the MOVZ below, one byte into it: its immediate becomes the round number
  orr w17, w16, w3
  sturh w17, [x14, #1]
  b patched
patched:
  movz x15, #0
  add x26, x26, x15
  // with SCTLR_EL1.A set, even Normal memory faults
  tst x3, #7
  b.ne 1f
  mrs x17, sctlr_el1
  orr x17, x17, #2
  msr sctlr_el1, x17
  isb
  ldr x13, [x0]
  ldur x13, [x0, #0x81]
  bic x17, x17, #2
  msr sctlr_el1, x17
  isb
1:
  add x3, x3, #1
  cmp x3, x25
  b.ne loop
  b .

  .balign 2048
vectors:
  .balign 0x200
  b .
  .balign 0x200
  // current EL with SPx, synchronous: record ESR and FAR, count, skip the instruction
  mrs x20, esr_el1
  mrs x21, far_el1
  add x30, x30, #1
  mrs x24, elr_el1
  add x24, x24, #4
  msr elr_el1, x24
  eret
`;

interface Result {
  x: bigint[];
  normal: Uint8Array;
  split: Uint8Array;
  compiledRetired: number;
  /** Calls of the PE's load and store full paths (outermost ones). */
  fullPaths: number;
}

function findWord(words: number[], w: number): number {
  const i = words.findIndex((v) => v >>> 0 === w);
  if (i < 0) throw new Error(`no word ${w.toString(16)} in the program`);
  return i;
}

async function run(tier: 'interp' | 'wasm'): Promise<Result> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const { PageTableBuilder, s1Attrs } = await import('../../src/machine/mmu/builder.ts');
  const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const words = assemble(PROGRAM);
  words.forEach((w, i) => (board.bus.ram32[(CODE - RAM_BASE) / 4 + i] = w));
  const g = EL1_GEOMETRY;
  const b = new PageTableBuilder(board.bus.ram, RAM_BASE, TABLES);
  const root = b.root(g);
  const normal = s1Attrs({ attrIndx: 0 });
  for (let pa = CODE; pa < CODE + 0x2000; pa += 4096) b.map(root, g, pa, 3, pa, normal);
  b.map(root, g, NORMAL, 3, PA_NORMAL, normal);
  b.map(root, g, DEVICE, 3, PA_DEVICE, s1Attrs({ attrIndx: 1 }));
  b.map(root, g, SPLIT, 3, PA_LOW, normal);
  b.map(root, g, SPLIT + 0x1000, 3, PA_HIGH, normal);
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  const patchAt = CODE + 4 * findWord(words, 0xd280000f); // movz x15, #0
  const regs: Record<number, bigint> = {
    0: BigInt(NORMAL), 1: BigInt(SPLIT + 0x1000), 2: BigInt(DEVICE), 11: BigInt(EL1_TCR), 12: BigInt(MAIR), 13: BigInt(root),
    14: BigInt(patchAt), 16: 0x8000n, 18: VALUE_BASE, 25: BigInt(ROUNDS),
  };
  for (const [r, v] of Object.entries(regs)) cpu.setX(Number(r), v);
  const fullPaths = countFullPaths(cpu);
  board.run(200_000);
  expect(cpu.getPC()).toBe(BigInt(CODE + 4 * findWord(words, 0x14000000))); // b .
  const ram = board.bus.ram;
  return {
    x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)),
    normal: ram.slice(PA_NORMAL - RAM_BASE, PA_NORMAL - RAM_BASE + 0x1000),
    split: Uint8Array.from([...ram.slice(PA_LOW - RAM_BASE + 0xff8, PA_LOW - RAM_BASE + 0x1000), ...ram.slice(PA_HIGH - RAM_BASE, PA_HIGH - RAM_BASE + 8)]),
    compiledRetired: cpu.jitStats().compiledRetired,
    fullPaths: fullPaths(),
  };
}

describe('unaligned accesses with the MMU on', () => {
  it('compiled code gives the interpreter\'s state: fast within Normal pages, faults and page crossings as the architecture says', async () => {
    const ref = await run('interp');
    const got = await run('wasm');
    // The program did what it is meant to: every round; two Device faults a round and one
    // strict-alignment fault every eighth; the patched MOVZ seen each round (0 + 8 + 16 ...).
    expect(ref.x[3]).toBe(BigInt(ROUNDS));
    expect(ref.x[30]).toBe(BigInt(2 * ROUNDS + ROUNDS / 8));
    expect(ref.x[26]).toBe(BigInt(8 * ((ROUNDS * (ROUNDS - 1)) / 2)));
    expect(Number(ref.x[20]) >>> 26).toBe(0x25); // Data Abort, same EL
    expect(Number(ref.x[20]) & 0x3f).toBe(0x21); // Alignment fault
    // The last round's values, across the split pages: the doubleword stored at SPLIT + 0xffd.
    const last = VALUE_BASE + BigInt(ROUNDS - 1);
    expect(ref.x[10]).toBe(last);
    const bytes = new DataView(ref.split.buffer);
    expect(bytes.getBigUint64(5, true)).toBe(last);
    expect(got.compiledRetired).toBeGreaterThan(0);
    // Compiled, the 8 unaligned accesses a round to the Normal page stay in wasm: the full
    // path serves the Device, page-crossing and code-line ones (5 a round), the strict
    // rounds' and the refills after each SCTLR_EL1 write (262 measured); through the full
    // path the Normal ones would add 8 a round.
    expect(ref.fullPaths).toBeGreaterThan(13 * ROUNDS);
    expect(got.fullPaths).toBeLessThan(7 * ROUNDS);
    expect(got.x).toEqual(ref.x);
    expect(got.normal).toEqual(ref.normal);
    expect(got.split).toEqual(ref.split);
  });
});
