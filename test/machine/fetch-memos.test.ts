// What the PE memoises of instruction fetches (the run loop's successor links, the wasm
// tier's jump cache) outlives TLBIs of other pages but never a TLBI of its own page, even
// when the page's TLB entry was evicted in between (Tlb.fetchGen): a program calls two
// functions at virtual addresses, one on a 4 KiB page and one inside a 2 MiB block, remaps
// both to other code, evicts the page's TLB entry with a load that uses the same TLB slot,
// invalidates the page and another page of the block by VA, and calls them again. It must
// see the new code on the interpreter and with every block compiled to WebAssembly.
//
// ZVM_JIT is read when the CPU modules load: each run sets it and imports a fresh module
// graph (vi.resetModules).

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';
import { EL1_GEOMETRY, EL1_MAIR, EL1_MMU_ON, EL1_TCR } from '../helpers/el1-mmu.ts';

const RAM_BASE = 0x4000_0000;
const CODE = RAM_BASE + 0x8000;
const TABLES = RAM_BASE + 0x10_0000;
const F_VA = 0x1000_0000; // a 4 KiB page: first FA1, then FA2
const FA1 = RAM_BASE + 0x30_0000;
const FA2 = RAM_BASE + 0x30_1000;
const ALIAS_VA = F_VA + 0x100_0000; // VA[23:12] as F_VA's: the same TLB slot
const ALIAS_PA = RAM_BASE + 0x31_0000;
const B_VA = 0x2000_0000; // a 2 MiB block: first BA1, then BA2
const BA1 = RAM_BASE + 0x40_0000;
const BA2 = RAM_BASE + 0x60_0000;
const B_FN = 0x5000; // the function's offset in the block
const CALLS = 50;

// x3/x4: the functions; x5/x6, x7/x8: the page's and the block's descriptors (VA, new
// value); x10: the aliasing VA; x22: TLBI operand of another page of the block; x25: CALLS.
const PROGRAM = `
  ${EL1_MMU_ON}
  mov x19, #0
  mov x2, #0
1:
  bl calls
  add x2, x2, #1
  cmp x2, x25
  b.ne 1b
  str x6, [x5]
  str x8, [x7]
  dsb ishst
  ldr x9, [x10]
  lsr x20, x3, #12
  tlbi vae1, x20
  tlbi vae1, x22
  dsb ish
  isb
  mov x2, #0
2:
  bl calls
  add x2, x2, #1
  cmp x2, x25
  b.ne 2b
  b .
// One call site for both phases: its successor links and jump-cache entries are the memos.
calls:
  mov x24, x30
  blr x3
  add x19, x19, x0
  blr x4
  add x19, x19, x0
  br x24
`;

async function run(tier: 'interp' | 'wasm'): Promise<bigint> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const { PageTableBuilder, s1Attrs } = await import('../../src/machine/mmu/builder.ts');
  const board = new VirtBoard({ ramSize: 16 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const ram32 = board.bus.ram32;
  const put = (pa: number, words: number[]): void => words.forEach((w, i) => (ram32[(pa - RAM_BASE) / 4 + i] = w));
  const program = assemble(PROGRAM);
  put(CODE, program);
  const returning = (n: number) => assemble(`movz x0, #${n}\n ret`);
  put(FA1, returning(1));
  put(FA2, returning(2));
  put(BA1 + B_FN, returning(10));
  put(BA2 + B_FN, returning(20));
  const g = EL1_GEOMETRY;
  const b = new PageTableBuilder(board.bus.ram, RAM_BASE, TABLES);
  const root = b.root(g);
  const attrs = s1Attrs({ attrIndx: 0 });
  b.map(root, g, CODE, 3, CODE, attrs);
  const pageDesc = b.map(root, g, F_VA, 3, FA1, attrs);
  b.map(root, g, ALIAS_VA, 3, ALIAS_PA, attrs);
  const blockDesc = b.map(root, g, B_VA, 2, BA1, attrs);
  // The tables themselves, for the program's descriptor writes (identity-mapped).
  for (let pa = TABLES; pa < TABLES + 0x8000; pa += 4096) b.map(root, g, pa, 3, pa, attrs);
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  const regs: Record<number, bigint> = {
    3: BigInt(F_VA),
    4: BigInt(B_VA + B_FN),
    5: BigInt(pageDesc),
    6: BigInt(FA2) | attrs | 3n,
    7: BigInt(blockDesc),
    8: BigInt(BA2) | attrs | 1n,
    10: BigInt(ALIAS_VA),
    11: BigInt(EL1_TCR),
    12: BigInt(EL1_MAIR),
    13: BigInt(root),
    22: BigInt((B_VA + 0x1000) >>> 12),
    25: BigInt(CALLS),
  };
  for (const [r, v] of Object.entries(regs)) cpu.setX(Number(r), v);
  board.run(20_000);
  expect(cpu.getPC()).toBe(BigInt(CODE + 4 * program.findIndex((w) => w >>> 0 === 0x14000000))); // b .
  expect(cpu.jitStats().tier).toBe(tier);
  if (tier === 'wasm') expect(cpu.jitStats().compiledRetired).toBeGreaterThan(0);
  return cpu.getX(19);
}

describe('fetch memos and TLBI by VA', () => {
  for (const tier of ['interp', 'wasm'] as const) {
    it(`${tier}: calls reach the remapped code after a TLBI of its page (evicted first) or of another page of its block`, async () => {
      expect(await run(tier)).toBe(BigInt(CALLS * (1 + 10) + CALLS * (2 + 20)));
    });
  }
});
