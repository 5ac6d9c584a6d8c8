// Reverse execution packets (`bs`, `bc`), served by handlers/reverse.ts from the target's
// optional `reverse` capability: offered only with it, answered with the stop reply the
// target reports (all-stop), `replaylog:begin` where history ends, refused in non-stop mode.

import { describe, expect, it } from 'vitest';
import { Errno, GdbSignal, TargetError, type ReverseCapability, type StopCallback, type StopEvent, type ThreadId } from '../../src/rsp/index.ts';
import { FakeMultiprocessTarget } from './fake-multiprocess-target.ts';
import { GDB13_QSUPPORTED, Wire } from './wire.ts';

/** A fake target whose history goes back `left` steps; each call is logged. */
class ReversibleTarget extends FakeMultiprocessTarget {
  left = 2;
  readonly reverseCalls: string[] = [];
  readonly reverse: ReverseCapability = {
    step: (thread: ThreadId, onStop: StopCallback) => {
      this.reverseCalls.push(`bs ${thread.pid}.${thread.tid}`);
      this.back(thread, onStop);
    },
    continue: (thread: ThreadId, onStop: StopCallback) => {
      this.reverseCalls.push(`bc ${thread.pid}.${thread.tid}`);
      this.left = 0;
      this.back(thread, onStop);
    },
  };

  private back(thread: ThreadId, onStop: StopCallback): void {
    const atBegin = this.left === 0;
    if (!atBegin) this.left--;
    const ev: StopEvent = { kind: 'signal', thread, signal: GdbSignal.TRAP, ...(atBegin && { reason: { kind: 'replaylog', at: 'begin' } as const }) };
    setImmediate(() => onStop(ev));
  }
}

async function connected(t: FakeMultiprocessTarget): Promise<{ w: Wire; features: string[] }> {
  const w = new Wire(t);
  const features = (await w.rpc(GDB13_QSUPPORTED)).split(';');
  await w.rpc('QStartNoAckMode');
  w.ackMode = false;
  return { w, features };
}

describe('bs / bc packets', () => {
  it('are neither offered nor served without the capability', async () => {
    const { w, features } = await connected(new FakeMultiprocessTarget({}));
    expect(features).not.toContain('ReverseStep+');
    expect(features).not.toContain('ReverseContinue+');
    expect(await w.rpc('bs')).toBe('');
    expect(await w.rpc('bc')).toBe('');
  });

  it('go back in the Hc thread and answer with the stop reply; replaylog:begin at the start of history', async () => {
    const t = new ReversibleTarget({});
    const { w, features } = await connected(t);
    expect(features).toContain('ReverseStep+');
    expect(features).toContain('ReverseContinue+');
    expect(await w.rpc('Hcp2.2')).toBe('OK');
    expect(await w.rpc('bs')).toBe('T05thread:p2.2;');
    expect(await w.rpc('Hc-1')).toBe('OK');
    expect(await w.rpc('Hgp1.2')).toBe('OK');
    expect(await w.rpc('bs')).toBe('T05thread:p1.2;');
    expect(await w.rpc('bc')).toBe('T05thread:p1.2;replaylog:begin;');
    expect(t.reverseCalls).toEqual(['bs 2.2', 'bs 1.2', 'bc 1.2']);
    // The stop's thread is GDB's current thread, as after any stop.
    expect(await w.rpc('qC')).toBe('QCp1.2');
  });

  it('are refused in non-stop mode: the reason as console output, the error, the thread reported stopped where it was', async () => {
    const t = new ReversibleTarget({});
    const { w } = await connected(t);
    expect(await w.rpc('QNonStop:1')).toBe('OK');
    expect(await w.rpc('Hcp2.1')).toBe('OK');
    const out = await w.rpc('bs');
    expect(out[0]).toBe('O');
    expect(Buffer.from(out.slice(1), 'hex').toString()).toBe('zvm-gdbserver: reverse execution works in all-stop mode only (set non-stop off before connecting)\n');
    expect((await w.packet()).text).toBe('E01');
    const stop = await w.packet();
    expect(stop.notification).toBe(true);
    expect(stop.text).toBe('Stop:T00thread:p2.1;');
    expect(await w.rpc('vStopped')).toBe('OK');
    expect(t.reverseCalls).toEqual([]);

    const t2 = new ReversibleTarget({});
    const w2 = new Wire(t2);
    await w2.rpc('qSupported:multiprocess+;error-message+');
    expect(await w2.rpc('QNonStop:1')).toBe('OK');
    expect((await w2.rpc('bc'))[0]).toBe('O');
    expect((await w2.packet()).text).toMatch(/^E\.reverse execution works in all-stop mode only/);
    expect(t2.reverseCalls).toEqual([]);
  });

  it("a target's refusal is printed (console output) before the error reply", async () => {
    const t = new ReversibleTarget({});
    const refusing = Object.assign(t, {
      reverse: {
        step: () => {
          throw new TargetError(Errno.EPERM, 'no history here');
        },
        continue: () => {
          throw new TargetError(Errno.EPERM, 'no history here');
        },
      },
    });
    const { w } = await connected(refusing);
    const out = await w.rpc('bs');
    expect(Buffer.from(out.slice(1), 'hex').toString()).toBe('zvm-gdbserver: no history here\n');
    expect((await w.packet()).text).toBe('E01');
    // The session goes on: not running, packets answered.
    expect(await w.rpc('qC')).toMatch(/^QC/);
  });

  it('malformed b packets are unknown (empty reply)', async () => {
    const { w } = await connected(new ReversibleTarget({}));
    expect(await w.rpc('bx')).toBe('');
    expect(await w.rpc('bs1')).toBe('');
  });
});
