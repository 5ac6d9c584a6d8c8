// The instruction-level differential suite against QEMU, shared by the interpreted and
// the compiled (ZVM_JIT_THRESHOLD=1) runs: see test/isa/differential.test.ts.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDiff, disposeContext, haveTools, makeContext, probeFeatures, runBatch, type FuzzContext, type Mismatch } from '../isa/fuzz/runner.ts';

const BATCH = 5000;
/** Every drawn row must have run at least this often. */
const MIN_PER_ROW = 20;

/** Defines the suite: `total` random instructions drawn with `seed`, compared with QEMU. */
export function fuzzAgainstQemu(title: string, seed: number, total: number): void {
  describe(title, () => {
    let ctx: FuzzContext;
    const counts = new Map<string, number>();
    const mismatches: Mismatch[] = [];
    const errors: string[] = [];
    let compared = 0;

    beforeAll(async () => {
      expect(haveTools(), 'aarch64-linux-gnu-as/ld/objdump and qemu-system-aarch64 must be installed').toBe(true);
      ctx = makeContext(seed, { chunk: 32, cpu: 'cortex-a53' });
      await probeFeatures(ctx);
      for (let b = 0; compared < total && b < 40; b++) {
        const r = await runBatch(ctx, b, Math.min(BATCH, total - compared + 64));
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

    it(`compares at least ${total.toLocaleString('en')} instructions`, () => {
      expect(errors).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(total);
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
}
