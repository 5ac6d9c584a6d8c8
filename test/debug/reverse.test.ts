// ReverseHistory on a one-CPU board running the RTOS (timer interrupts): what re-execution
// reaches is compared with states observed in the forward run (the journal replays the
// debugger's steps), and with a second board that ran the program forward cut elsewhere
// and stopped at a breakpoint (a run's course does not depend on where it was cut; the
// search finds the last hit before the current point). The same on 4 PEs contending for
// a counter: one instruction back is one of the PE asked for.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/machine/board/boot.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { ReverseHistory } from '../../src/debug/reverse.ts';
import { buildRtos } from '../../tools/build-rtos.ts';
import { contenders, contendersAddress } from '../helpers/smp-guest.ts';
import { machineStateHash } from '../helpers/state-hash.ts';
import { machineHash } from '../../src/machine/replay/state-hash.ts';

function makeBoard(elf: string): VirtBoard {
  const b = new VirtBoard({ ramSize: 128 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  const boot = loadImages(b, { kernel: elf, loaders: [] });
  b.reset(boot.entry, boot.x0);
  return b;
}

/** The PE's registers and flags, and RAM, as one hash. */
function stateOf(b: VirtBoard): string {
  const cpu = b.cpus[0];
  const h = createHash('sha256');
  h.update(new Uint8Array(cpu.x.buffer, cpu.x.byteOffset, cpu.x.byteLength));
  h.update(new Uint8Array(cpu.vreg.buffer));
  h.update(`${cpu.getPC()} ${cpu.getPstate()} ${b.retired}`);
  h.update(b.bus.ram);
  return h.digest('hex');
}

function history(b: VirtBoard, memoryLimit = 256 << 20): ReverseHistory {
  return new ReverseHistory(b, { replayStep: (pe, _masked, check) => b.step(pe, check), breakpointApplies: () => true, resetBoard: () => {} }, memoryLimit);
}

describe('ReverseHistory (RTOS, one CPU)', () => {
  it('goes back one instruction at a time through steps and cut runs to the states a forward run had', () => {
    const elf = buildRtos();
    const b = makeBoard(elf);
    const hist = history(b);
    hist.sync();
    // Runs cut at odd places, with the debugger's steps in between.
    const states = new Map<number, string>();
    for (let k = 0; k < 40; k++) {
      hist.beforeSlice();
      b.run(37_000 + k * 7919);
      hist.afterOp();
      for (let s = 0; s < 3; s++) {
        hist.beforeStep(0, false);
        states.set(b.retired, stateOf(b));
        b.step(0);
        hist.afterOp();
      }
    }
    const end = b.retired;
    const endState = stateOf(b);
    // Back three steps (re-executed from a checkpoint through 40 cut runs and 117 steps,
    // with the interrupt timing the steps changed) and one more into the last run.
    for (let s = 1; s <= 3; s++) {
      expect(hist.stepBack(0).atBegin).toBe(false);
      expect(b.retired).toBe(end - s);
      expect(stateOf(b)).toBe(states.get(end - s));
    }
    const r = hist.stepBack(0);
    expect(r.atBegin).toBe(false);
    expect(b.retired).toBe(end - 4);
    expect(endState).not.toBe(stateOf(b));
  }, 120_000);

  it('reverse continue stops at the last breakpoint hit before the current point, as a forward run with the breakpoint saw it', () => {
    const elf = buildRtos();
    const irq = 0x40000ee0n; // k_irq_handler
    // Forward with the breakpoint: every hit's position and state.
    const ref = makeBoard(elf);
    ref.cpus[0].addBreakpoint(irq);
    const hits: { g: number; state: string }[] = [];
    while (hits.length < 4) {
      const ev = ref.run(1_000_000);
      if (ev?.kind !== 'breakpoint') continue;
      hits.push({ g: ref.retired, state: stateOf(ref) });
      ref.cpus[0].skipBreakpointOnce = true;
    }
    // The history's board runs past the fourth hit without the breakpoint, then goes back.
    const b = makeBoard(elf);
    const hist = history(b);
    hist.sync();
    while (b.retired < hits[3]!.g + 5000) {
      hist.beforeSlice();
      b.run(Math.min(200_000, hits[3]!.g + 5000 - b.retired));
      hist.afterOp();
    }
    b.cpus[0].addBreakpoint(irq);
    for (const h of [hits[3]!, hits[2]!]) {
      const r = hist.continueBack();
      expect(r.hit?.kind).toBe('breakpoint');
      expect(b.retired).toBe(h.g);
      expect(stateOf(b)).toBe(h.state);
    }
  }, 120_000);

  it('keeps its checkpoints within the memory bound (the oldest merged into the next); going back to the oldest gives the state it had', () => {
    const b = makeBoard(buildRtos());
    const limit = 1 << 20;
    const hist = history(b, limit);
    hist.sync();
    const states = new Map<number, string>([[b.retired, machineHash(b)]]);
    let dropped = 0;
    for (let k = 0; k < 60; k++) {
      const before = hist.stats;
      hist.beforeSlice();
      b.run(1_300_000);
      hist.afterOp();
      const after = hist.stats;
      expect(after.bytes).toBeLessThanOrEqual(limit);
      if (after.oldest !== before.oldest) dropped++;
      states.set(b.retired, machineHash(b));
    }
    // Checkpoints were taken (4 M instructions apart at most) and the oldest dropped.
    expect(hist.stats.checkpoints).toBeGreaterThan(3);
    expect(dropped).toBeGreaterThan(3);
    // A write to a page no delta holds (code, in the first checkpoint only, which is merged
    // into the oldest now): going back puts the first checkpoint's copy back.
    b.bus.write32(0x4000_0ee0, 0x1234_5678);
    const oldest = hist.stats.oldest;
    const r = hist.continueBack(); // no breakpoints: to the start of the history
    expect(r.atBegin).toBe(true);
    expect(b.retired).toBe(oldest);
    expect(machineHash(b)).toBe(states.get(oldest));
  }, 120_000);

  it('records nothing with no memory for it', () => {
    const b = makeBoard(buildRtos());
    const off = new ReverseHistory(b, { replayStep: () => null, breakpointApplies: () => true, resetBoard: () => {} }, 0);
    off.sync();
    expect(off.stats.checkpoints).toBe(0);
    expect(() => off.continueBack()).toThrow(/off \(--reverse-memory 0\)/);
    const on = history(b);
    on.sync();
    expect(on.stats.checkpoints).toBe(1);
  });
});

describe('ReverseHistory (4 PEs contending for a counter)', () => {
  /** Runs cut at odd places, with steps of the PE the schedule has next and of others (out of turn), then a plain stretch. */
  function recorded(b: VirtBoard, hist: ReverseHistory, end: number): void {
    hist.sync();
    for (let k = 0; b.retired < end - 60_000; k++) {
      hist.beforeSlice();
      b.run(9_000 + k * 4001);
      hist.afterOp();
      const pe = k % 5 === 4 ? (b.scheduledPe + 1) % 4 : b.scheduledPe;
      if (pe < 0) continue;
      hist.beforeStep(pe, false);
      b.step(pe);
      hist.afterOp();
    }
    while (b.retired < end) {
      hist.beforeSlice();
      b.run(end - b.retired);
      hist.afterOp();
    }
  }

  it('goes back one instruction of the PE asked for: the schedule has it next there, and running on retraces the run', () => {
    const b = contenders();
    const hist = history(b);
    recorded(b, hist, 1_500_000);
    const end = b.retired;
    const endState = machineStateHash(b);
    for (const pe of [1, 3, 0, 2, 2, 2]) {
      const r = b.cpus[pe]!.retired;
      const before = b.retired;
      expect(hist.stepBack(pe).atBegin).toBe(false);
      expect(b.cpus[pe]!.retired).toBe(r - 1);
      expect(b.scheduledPe).toBe(pe);
      expect(b.retired).toBeLessThan(before);
      // Nothing of the PE's since: the one step of it returns to the same count.
      hist.beforeStep(pe, false);
      expect(b.step(pe)).toBeNull();
      hist.afterOp();
      expect(b.cpus[pe]!.retired).toBe(r);
      expect(hist.stepBack(pe).atBegin).toBe(false);
      expect(b.cpus[pe]!.retired).toBe(r - 1);
    }
    // Forward again to where it was: the same machine, bit for bit.
    while (b.retired < end) {
      hist.beforeSlice();
      b.run(end - b.retired);
      hist.afterOp();
    }
    expect(machineStateHash(b)).toBe(endState);
  }, 120_000);

  it('reverse continue stops at the last breakpoint hit on any PE, as a forward run with the breakpoint saw it', () => {
    const stxr = contendersAddress('stxr');
    const ref = contenders();
    for (const c of ref.cpus) c.addBreakpoint(stxr);
    const hits: { g: number; pe: number; state: string }[] = [];
    while (ref.retired < 400_000) {
      const ev = ref.run(400_000 - ref.retired);
      if (ev?.kind !== 'breakpoint') continue;
      // States of the last hits only (hashing each would take long).
      hits.push({ g: ref.retired, pe: ev.cpu, state: ref.retired > 380_000 ? machineStateHash(ref) : '' });
      ref.cpus[ev.cpu].skipBreakpointOnce = true;
    }
    const b = contenders();
    const hist = history(b);
    recorded(b, hist, 400_000);
    for (const c of b.cpus) c.addBreakpoint(stxr);
    for (const h of [hits.at(-1)!, hits.at(-2)!, hits.at(-3)!]) {
      const r = hist.continueBack();
      expect(r.hit).toMatchObject({ kind: 'breakpoint', g: h.g, pe: h.pe });
      expect(machineStateHash(b)).toBe(h.state);
    }
  }, 120_000);
});
