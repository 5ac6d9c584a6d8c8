// The non-stop stop queue on its own (src/rsp/stop-queue.ts); the packets it produces
// are checked in nonstop.test.ts.

import { describe, expect, it } from 'vitest';
import { GdbSignal, type StopEvent } from '../../src/rsp/index.ts';
import { StopQueue } from '../../src/rsp/stop-queue.ts';

const stop = (pid: number, tid: number, signal: number = GdbSignal.TRAP): StopEvent => ({ kind: 'signal', thread: { pid, tid }, signal });

describe('StopQueue', () => {
  it('notifies the head only, and vStopped walks the rest', () => {
    const q = new StopQueue();
    expect(q.push(stop(1, 1))).toBe(true);
    expect(q.push(stop(1, 2))).toBe(false);
    expect(q.acknowledge()).toEqual(stop(1, 2));
    expect(q.acknowledge()).toBeUndefined();
    // Drained: the next event is notified again.
    expect(q.push(stop(2, 1))).toBe(true);
  });

  it('answers `?` with one stopped thread and holds the others until drained', () => {
    const q = new StopQueue();
    q.restart();
    q.collect(stop(1, 1));
    q.collect(stop(1, 2));
    q.collect(stop(2, 1));
    expect(q.answer()).toEqual(stop(1, 1));
    expect([...q.unacknowledged()]).toEqual([{ pid: 1, tid: 1 }, { pid: 1, tid: 2 }, { pid: 2, tid: 1 }]);
    // The answer's vStopped finds nothing queued, only held stops.
    expect(q.acknowledge()).toBeUndefined();
    expect(q.hasHeld).toBe(true);
    expect(q.takeHeld()).toEqual([stop(1, 2), stop(2, 1)]);
    expect(q.hasHeld).toBe(false);
  });

  it('remembers the last stop per thread until the process goes', () => {
    const q = new StopQueue();
    q.push(stop(1, 1, GdbSignal.INT));
    q.push(stop(1, 2));
    q.push(stop(2, 1));
    expect(q.lastStop({ pid: 1, tid: 1 })).toEqual(stop(1, 1, GdbSignal.INT));
    // Process 1 exits: its last stops and its queued (not yet notified) events go; the
    // notified head stays until GDB acknowledges it.
    q.forgetProcess(1);
    expect(q.lastStop({ pid: 1, tid: 1 })).toBeUndefined();
    expect(q.acknowledge()).toEqual(stop(2, 1));
    q.push({ kind: 'exited', pid: 2, code: 0 });
    expect(q.lastStop({ pid: 2, tid: 1 })).toBeUndefined();
  });
});
