// How many data accesses (translations: a TLB lookup on the fast path, or dataAddress() on
// the full one) an instruction makes, as its handler makes them: one per cpu.ld*/st* call
// or dataAddress() call. Each decoder row says it (Row.dataAccesses: a number, or a
// function of the encoding), so the count comes from the encoding alone. The PE counts data
// accesses without any per-access work: each decoded block sums the counts of its
// instructions once, at decode time, and the run loop (and the compiled block) adds the sum
// once per block that ran (see Cpu.dataAccesses).
//
// The count is exact for the common forms (LDR/STR of every size and addressing mode,
// LDP/STP, SIMD&FP single registers and pairs, LDAR/STLR, DC ZVA) and an estimate for the
// few whose number depends on run-time values: a STXR/CAS whose store does not happen,
// LD1/ST1 of whole registers at an address that is not 8-byte aligned (counted as aligned).

import type { Decoder } from './decoder.ts';

/**
 * Counting costs about 3% of the Linux boot's time even so, so it is off unless
 * ZVM_COUNT_DATA_ACCESSES=1 (the benchmark's counting run): off, the compiled blocks
 * carry no counting code and the run loop skips its adds.
 */
export const COUNT_DATA_ACCESSES = process.env.ZVM_COUNT_DATA_ACCESSES === '1';

/** Data accesses of the first `n` instructions of a decoded block (`rows[i]` decodes `words[i]`). */
export function dataAccessesIn(dec: Decoder, rows: Uint16Array, words: Int32Array, n: number): number {
  let m = 0;
  for (let i = 0; i < n && i < words.length; i++) m += dec.dataAccesses(rows[i], words[i]);
  return m;
}
