// A block that ran WARM_THRESHOLD times interpreted rides along in the wasm tier's next
// batch (block-cache.ts): a program runs a loop `warm` WARM_THRESHOLD + 100 times and a loop
// `cool` WARM_THRESHOLD - 100 times (neither reaches the compile threshold), then a loop hot
// enough to start a batch, then both loops again. The second runs of `warm` must run
// compiled, those of `cool` interpreted, with the interpreter's results.
//
// The batch is compiled on a later turn of the event loop: the test runs the board in short
// slices and lets the event loop turn between them, as the CLI's run loop does.

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';

const RAM_BASE = 0x4000_0000;
const CODE = RAM_BASE + 0x8000;
const HOT_RUNS = 3000;

// x20 counts the phase (1 while the loops run the second time).
function program(warmRuns: number, coolRuns: number): string {
  return `
  mov x20, #0
  mov x1, #${warmRuns}
  bl warm
  mov x1, #${coolRuns}
  bl cool
  mov x4, #${HOT_RUNS}
hot:
  add x3, x3, #1
  subs x4, x4, #1
  b.ne hot
  mov x20, #1
  mov x1, #50
  bl warm
  mov x20, #2
  mov x1, #50
  bl cool
  mov x20, #3
  b .
warm:
  add x2, x2, x1
  subs x1, x1, #1
  b.ne warm
  ret
cool:
  eor x5, x5, x1
  subs x1, x1, #1
  b.ne cool
  ret
`;
}

interface PhaseCounts {
  /** Instructions retired, and retired in compiled regions, in each phase (x20). */
  retired: number[];
  compiled: number[];
  x: bigint[];
}

async function run(tier: 'interp' | 'wasm'): Promise<PhaseCounts> {
  process.env.ZVM_JIT = tier;
  delete process.env.ZVM_JIT_THRESHOLD;
  vi.resetModules();
  const { WARM_THRESHOLD, JIT_THRESHOLD } = await import('../../src/machine/cpu/block-cache.ts');
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  if (tier === 'wasm') expect(WARM_THRESHOLD + 100).toBeLessThan(JIT_THRESHOLD);
  const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const words = assemble(program(WARM_THRESHOLD + 100, WARM_THRESHOLD - 100));
  words.forEach((w, i) => (board.bus.ram32[(CODE - RAM_BASE) / 4 + i] = w));
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  const retired = [0, 0, 0, 0];
  const compiled = [0, 0, 0, 0];
  // Short slices (a block runs compiled only when the slice's budget holds all of it).
  while (cpu.getX(20) !== 3n) {
    const phase = Number(cpu.getX(20));
    const before = cpu.jitStats();
    expect(board.run(24)).toBeNull();
    const after = cpu.jitStats();
    retired[phase] += after.retired - before.retired;
    compiled[phase] += after.compiledRetired - before.compiledRetired;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { retired, compiled, x: [2, 3, 5].map((r) => cpu.getX(r)) };
}

describe('warm blocks', () => {
  it('ride along in the next batch of the wasm tier; cooler ones stay interpreted', async () => {
    const wasm = await run('wasm');
    const interp = await run('interp');
    expect(wasm.x).toEqual(interp.x);
    expect(wasm.retired).toEqual(interp.retired);
    // Phase 1: `warm` 50 times (150 instructions), compiled (its 400 runs before did not
    // reach the compile threshold; the batch of the hot loop took it along).
    expect(wasm.retired[1]).toBeGreaterThan(120);
    expect(wasm.compiled[1]).toBeGreaterThan(0.75 * wasm.retired[1]);
    // Phase 2: `cool` 50 times, interpreted (it ran fewer than WARM_THRESHOLD times before).
    expect(wasm.retired[2]).toBeGreaterThan(120);
    expect(wasm.compiled[2]).toBeLessThan(0.2 * wasm.retired[2]);
    expect(interp.compiled.every((c) => c === 0)).toBe(true);
  });
});
