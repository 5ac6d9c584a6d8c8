// Instruction-level differential test against QEMU (src/machine/cpu/fuzz/): a fixed-seed
// batch of random valid encodings drawn from the decoder table runs as bare-metal snippets
// on qemu-system-aarch64 -M virt -cpu cortex-a53 and on our VirtBoard; every dumped record
// (X0-X30, SP, NZCV, V0-V31, FPCR, FPSR, the scratch buffer) must agree. A mismatch is
// shrunk to one instruction and printed as a ready-to-paste regression test.
//
// Not skippable: the cross binutils and QEMU are required tools of this project (npm test
// installs them); their absence fails the test.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDiff, disposeContext, haveTools, makeContext, probeFeatures, runBatch, type FuzzContext, type Mismatch } from '../../src/machine/cpu/fuzz/runner.ts';

const SEED = 20240603;
const TOTAL = 100_000;
const BATCH = 5000;
/** Every drawn row must have run at least this often. */
const MIN_PER_ROW = 20;

describe('differential ISA fuzzing against QEMU (fixed seed)', () => {
  let ctx: FuzzContext;
  const counts = new Map<string, number>();
  const mismatches: Mismatch[] = [];
  const errors: string[] = [];
  let compared = 0;

  beforeAll(async () => {
    expect(haveTools(), 'aarch64-linux-gnu-as/ld/objdump and qemu-system-aarch64 must be installed').toBe(true);
    ctx = makeContext(SEED, { chunk: 32, cpu: 'cortex-a53' });
    await probeFeatures(ctx);
    for (let b = 0; compared < TOTAL && b < 40; b++) {
      const r = await runBatch(ctx, b, Math.min(BATCH, TOTAL - compared + 64));
      for (const u of r.units.slice(0, r.compared)) counts.set(u.info.row.name, (counts.get(u.info.row.name) ?? 0) + 1);
      compared += r.compared;
      if (r.error) errors.push(`batch ${b}: ${r.error}`);
      if (r.mismatch) {
        mismatches.push(r.mismatch);
        // Keep going without that row so every other row still gets its share.
        ctx.pool = ctx.pool.filter((x) => x.row.name !== r.mismatch!.row);
      }
    }
  }, 600_000);

  afterAll(() => {
    if (ctx) disposeContext(ctx);
  });

  it('compares at least 100,000 instructions', () => {
    expect(errors).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(TOTAL);
  });

  it('exercises every implemented, non-excluded row', () => {
    expect(ctx.pool.length).toBeGreaterThan(200);
    const starved = ctx.pool.filter((r) => (counts.get(r.row.name) ?? 0) < MIN_PER_ROW).map((r) => `${r.row.name}: ${counts.get(r.row.name) ?? 0}`);
    expect(starved).toEqual([]);
  });

  it('finds no mismatch', () => {
    const report = mismatches.map((m) => `${m.row}: ${m.asm} (0x${(m.word >>> 0).toString(16)}) [${m.note}]\n  ${describeDiff(m)}\n${m.test}`);
    expect(report).toEqual([]);
  });
});
