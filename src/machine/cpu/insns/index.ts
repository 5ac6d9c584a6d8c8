// The A64 decoder table: every group's rows in priority order.

import { Decoder, type Row } from '../decoder.ts';
import { fpAccessTrap, undefinedHandler } from '../cpu.ts';
import { SYSTEM_ROWS } from './system.ts';
import { DATAPROC_ROWS } from './dataproc.ts';
import { BRANCH_ROWS } from './branch.ts';
import { LOADSTORE_ROWS } from './loadstore.ts';
import { ATOMIC_ROWS } from './atomics.ts';
import { FP_ROWS } from './fp.ts';
import { SIMD_ROWS } from './simd.ts';
import { SIMD_FP_ROWS } from './simd-fp.ts';

/** Branches and system instructions end decoded blocks: they write the PC or PE state. */
const endingBlocks = (rows: readonly Row[]): Row[] => rows.map((r) => ({ ...r, endsBlock: true }));

export const A64_ROWS: readonly Row[] = [
  ...endingBlocks(SYSTEM_ROWS),
  ...DATAPROC_ROWS,
  ...endingBlocks(BRANCH_ROWS),
  ...LOADSTORE_ROWS,
  ...ATOMIC_ROWS,
  ...FP_ROWS,
  ...SIMD_ROWS,
  ...SIMD_FP_ROWS,
];

let shared: Decoder | null = null;

/** The A64 decoder (built once: building the lookup tables takes a few milliseconds). */
export function a64Decoder(): Decoder {
  shared ??= new Decoder(A64_ROWS, undefinedHandler, undefinedHandler, fpAccessTrap);
  return shared;
}
