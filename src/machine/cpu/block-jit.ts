// A block compiler: turns a hot decoded block into one JavaScript function that makes the
// same handler calls, in the same order, with the same PE bookkeeping as the interpreter
// loop in cpu.ts (Cpu.runFast) does for a whole block. An instruction whose decoder row has
// a JS translation (Row.js, looked up by row index) is pasted in as straight-line code;
// every other call site calls one known handler with its raw encoding as a literal, so V8
// sees monomorphic calls it can inline and constant-fold, instead of the interpreter's one
// megamorphic call.
//
// Because the compiled function is the interpreter loop unrolled, everything the loop
// guarantees holds: an exception thrown by a handler leaves insnLo/insnHi, pcLo/pcHi and
// `retired` exactly as the interpreter would (the faulting instruction is not counted),
// and the run loop's catch clears XZR. The run loop only calls a compiled block when the
// whole block fits in the remaining budget (single steps, breakpoints and the timer's
// slices run the interpreter), and the function hangs off the decoded block, so the same
// self-modifying-code check (the page generation) discards both together.

import type { Cpu } from './cpu.ts';
import type { Decoder, ExecFn } from './decoder.ts';
import { COUNT_DATA_ACCESSES } from './data-access.ts';

export type CompiledBlock = (cpu: Cpu) => void;

/**
 * Compiles `count` instructions (`handlers[i]` with encoding `words[i]`, decoded by `dec`
 * to row `rows[i]`) starting at page offset `pageOff` (the block never crosses its 4 KiB
 * page). `fpTrapped`: the block was decoded with the FP-trapping handlers (no translation
 * of a SIMD&FP row then). On entry cpu.pcLo/pcHi hold the address of the first
 * instruction. `mem`: the data accesses of the whole block (data-access.ts), added to
 * cpu.dataAccesses where `retired` is settled (after the last instruction; in the catch,
 * those of the instructions that retired).
 */
export function compileBlock(
  dec: Decoder,
  fpTrapped: boolean,
  handlers: readonly ExecFn[],
  words: Int32Array,
  rows: Uint16Array,
  count: number,
  pageOff: number,
  mem: number,
): CompiledBlock {
  const params: string[] = [];
  const last = count - 1;
  // As in the interpreter loop, `retired` is written before the last instruction and after
  // it; an exception before the last settles it in the catch (`n` instructions retired).
  // Translated instructions that cannot throw and do not read the PC (JsTranslation.needsPc)
  // skip the per-instruction PC and `n` updates: the next instruction that needs them, or
  // the last one (the run loop reads insnLo after a block), writes them.
  const body: string[] = ['const x = cpu.x;', 'const lo = cpu.pcLo;', 'const base = cpu.retired;', 'let n = 0;', 'cpu.insnHi = cpu.pcHi;', 'try {'];
  let nValue = 0;
  for (let i = 0; i < count; i++) {
    params.push(`h${i}`);
    const t = dec.translateJs(rows[i], words[i], fpTrapped);
    if (i === last) {
      body.push(`n = ${last};`, `cpu.retired = base + ${last};`);
      nValue = last;
    }
    if (t === null || t.needsPc || i === last) {
      if (nValue !== i) {
        body.push(`n = ${i};`);
        nValue = i;
      }
      body.push(i === 0 ? 'cpu.insnLo = lo;' : `cpu.insnLo = (lo + ${4 * i}) | 0;`);
      if (i === last && pageOff + 4 * i === 0xffc) {
        // The next address may carry into the high half (VA 0x...ffff_fffc).
        body.push(`const next = (lo + ${4 * (i + 1)}) | 0;`, 'cpu.pcLo = next;', 'if (next === 0) cpu.pcHi = (cpu.insnHi + 1) | 0;');
      } else {
        body.push(`cpu.pcLo = (lo + ${4 * (i + 1)}) | 0;`);
      }
    }
    if (t === null) body.push(`h${i}(cpu, ${words[i] | 0});`, 'x[62] = 0;', 'x[63] = 0;');
    else body.push(`{ ${t.code} }`);
  }
  // Data accesses of instructions 0..n-1, for the catch (n: the one that threw).
  const prefix = new Int32Array(count);
  for (let i = 1; i < count; i++) prefix[i] = prefix[i - 1] + dec.dataAccesses(rows[i - 1], words[i - 1]);
  body.push('} catch (e) {', `if (n < ${last}) cpu.retired = base + n;`);
  if (COUNT_DATA_ACCESSES && mem !== 0) body.push('cpu.dataAccesses += memPrefix[n];');
  body.push('throw e;', '}', `cpu.retired = base + ${count};`);
  if (COUNT_DATA_ACCESSES && mem !== 0) body.push(`cpu.dataAccesses += ${mem};`);
  const factory = new Function('memPrefix', ...params, `return function block(cpu) {\n${body.join('\n')}\n};`) as (p: Int32Array, ...h: ExecFn[]) => CompiledBlock;
  return factory(prefix, ...handlers.slice(0, count));
}

/**
 * A page region: runs the compiled blocks of one 4 KiB page one after another, for as long
 * as the PC stays on that page at the start of a compiled block of the region, without
 * returning to the run loop between them. Returns the last block that ran to its end (the
 * run loop's `prev`, for its successor links). `budget`: the instructions it may retire, a
 * small integer where the retired count it ends at soon is not (a heap number to allocate).
 */
export type CompiledRegion<B> = (cpu: Cpu, budget: number) => B | null;

/**
 * Compiles the dispatcher of a page region over blocks already compiled (`fns[i]` runs
 * `counts[i]` instructions starting at page offset `pageOffs[i]`, and `blocks[i]` is what
 * the region returns after it ran). `pageGen`/`page`/`gen`: the generation of the page the
 * blocks were decoded from (see Bus.pageGen).
 *
 * Between two blocks the region does exactly what the run loop would do, or returns to
 * it: a block runs only if it fits in the budget (in retired instructions);
 * a pending interrupt, a yield request, a TLB invalidation or a change of fetch context
 * (MmuUnit.fetchKey), or a write to the page return, as does a PC off the page or at no
 * block of the region. Staying on one virtual page within one TLB epoch and fetch context
 * reaches the same physical page, as the run loop's successor links assume.
 */
export function compileRegion<B>(
  fns: readonly CompiledBlock[],
  blocks: readonly B[],
  counts: readonly number[],
  pageOffs: readonly number[],
  pageGen: Int32Array,
  page: number,
  gen: number,
): CompiledRegion<B> {
  const params = ['pageGen'];
  const cases: string[] = [];
  for (let i = 0; i < fns.length; i++) {
    params.push(`f${i}`, `b${i}`);
    cases.push(`case ${pageOffs[i]}: if (cpu.retired + ${counts[i]} > end) return last; f${i}(cpu); last = b${i}; break;`);
  }
  const body = [
    'const end = cpu.retired + budget;',
    'const mmu = cpu.mmu;',
    'const tlb = mmu.tlb;',
    'const epoch = tlb.epoch;',
    'const key = mmu.fetchKey;',
    'const hi = cpu.pcHi;',
    'const pageLo = cpu.pcLo & -4096;',
    'let last = null;',
    'for (;;) {',
    'switch (cpu.pcLo & 4095) {',
    ...cases,
    'default: return last;',
    '}',
    `if (cpu.yieldRequest || cpu.intLines !== 0 || (cpu.pcLo & -4096) !== pageLo || cpu.pcHi !== hi || tlb.epoch !== epoch || mmu.fetchKey !== key || pageGen[${page}] !== ${gen}) return last;`,
    '}',
  ];
  const args: unknown[] = [pageGen];
  for (let i = 0; i < fns.length; i++) args.push(fns[i], blocks[i]);
  const factory = new Function(...params, `return function region(cpu, budget) {\n${body.join('\n')}\n};`) as (...a: unknown[]) => CompiledRegion<B>;
  return factory(...args);
}
