// Golden packet transcripts for non-stop mode: QNonStop, %Stop notifications with one
// outstanding at a time, the vStopped queue, vCont;t, vCtrlC, per-thread resumes, `?`.

import { describe, expect, it } from 'vitest';
import { GdbSignal } from '../../src/rsp/index.ts';
import { FakeMultiprocessTarget, type FakeOptions } from './fake-multiprocess-target.ts';
import { MockTarget } from './mock-target.ts';
import { frame, GDB13_QSUPPORTED, waitFor, Wire } from './wire.ts';

/**
 * The client side of a non-stop connection: replies and `%` notifications arrive
 * interleaved; `rpc` returns the reply and files notifications away.
 */
class NonStopClient {
  readonly notes: string[] = [];
  constructor(readonly w: Wire) {}

  async rpc(payload: string): Promise<string> {
    this.w.write(frame(payload));
    for (;;) {
      const p = await this.w.packet();
      if (!p.notification) return p.text;
      this.notes.push(p.text);
    }
  }

  /** The next notification (already received or arriving within `ms`). */
  async note(ms = 2000): Promise<string> {
    const queued = this.notes.shift();
    if (queued !== undefined) return queued;
    const p = await this.w.packet(ms);
    if (!p.notification) throw new Error(`expected a notification, got "${p.text}"`);
    return p.text;
  }

  /** Drain the vStopped queue; returns the stop replies before `OK`. */
  async drain(): Promise<string[]> {
    const out: string[] = [];
    for (;;) {
      const r = await this.rpc('vStopped');
      if (r === 'OK') return out;
      out.push(r);
    }
  }

  async transcript(lines: readonly (readonly [string, string])[]): Promise<void> {
    for (const [req, rep] of lines) expect(await this.rpc(req), req).toBe(rep);
  }
}

async function nonStop(opts: FakeOptions = {}): Promise<{ c: NonStopClient; t: FakeMultiprocessTarget; w: Wire }> {
  const t = new FakeMultiprocessTarget(opts);
  const w = new Wire(t);
  await w.handshake();
  const c = new NonStopClient(w);
  await c.transcript([
    ['!', 'OK'],
    ['QNonStop:1', 'OK'],
  ]);
  return { c, t, w };
}

describe('entering non-stop mode', () => {
  it('QNonStop+ is offered only with the nonStop capability', async () => {
    const w = new Wire(new FakeMultiprocessTarget());
    expect((await w.rpc(GDB13_QSUPPORTED)).split(';').at(-1)).toBe('QNonStop+');
    const w2 = new Wire(new FakeMultiprocessTarget({ withNonStop: false }));
    expect(await w2.rpc(GDB13_QSUPPORTED)).not.toContain('QNonStop');
  });

  it('a target without the capability stays all-stop', async () => {
    const t = new MockTarget();
    const w = new Wire(t);
    await w.handshake();
    expect(await w.rpc('QNonStop:1')).toBe('');
    expect(await w.rpc('QNonStop:0')).toBe('OK');
    expect(await w.rpc('QNonStop:5')).toBe('E16');
    expect(w.session.isNonStop).toBe(false);
    // Nothing queued, nothing running: both are harmless.
    expect(await w.rpc('vStopped')).toBe('OK');
    expect(await w.rpc('vCtrlC')).toBe('OK');
    expect(await w.rpc('?')).toBe('T05thread:p1.1;core:0;');
    expect(await w.rpc('vCont;t')).toBe('E03');
  });

  it('GDB 13 connect sequence: `?` reports ONE stopped thread, the others follow its drain', async () => {
    const { c, t, w } = await nonStop();
    await c.transcript([
      ['Hgp0.0', 'OK'],
      ['qfThreadInfo', 'mp1.1,p1.2,p2.1,p2.2'],
      ['qsThreadInfo', 'l'],
      ['qAttached:1', '1'],
      ['qAttached:2', '0'],
      ['qTStatus', ''],
      ['?', 'T00thread:p1.1;core:0;'],
    ]);
    expect(c.notes).toEqual([]);
    // GDB drains the `?` answer at once; that drain must yield no second stopped
    // thread (GDB 13.1 asserts), so it ends with OK ...
    w.write(frame('vStopped'));
    expect(await w.packet()).toMatchObject({ text: 'OK', notification: false });
    // ... and the other stopped threads come right after as ordinary notifications.
    expect(await c.note()).toBe('Stop:T00thread:p1.2;core:1;');
    expect(await c.drain()).toEqual(['T00thread:p2.1;core:0;', 'T00thread:p2.2;core:1;']);
    // Nothing left: further vStopped are harmless.
    await c.transcript([
      ['vStopped', 'OK'],
      ['Hgp1.1', 'OK'],
      ['g', Buffer.from(t.regs.get('1.1')!).toString('hex')],
    ]);
    expect(c.notes).toEqual([]);
    expect(w.session.isNonStop).toBe(true);
    expect(t.calls).toEqual(['enter']);
  });

  it('`?` skips running threads and is OK when every thread runs', async () => {
    const { c, t } = await nonStop();
    t.setRunning([{ pid: 1, tid: 1 }, { pid: 2, tid: 1 }]);
    await c.transcript([
      ['?', 'T00thread:p1.2;core:1;'],
      ['vStopped', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T00thread:p2.2;core:1;');
    expect(await c.drain()).toEqual([]);
    t.setRunning([{ pid: 1, tid: 2 }, { pid: 2, tid: 2 }]);
    await c.transcript([['?', 'OK']]);
  });

  it('`?` repeats the last stop of each thread', async () => {
    const { c } = await nonStop();
    await c.transcript([
      ['Hgp2.1', 'OK'],
      ['Z0,1040,4', 'OK'],
      ['vCont;c:p2.1', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T05thread:p2.1;core:0;swbreak:;');
    await c.transcript([
      ['vStopped', 'OK'],
      ['?', 'T00thread:p1.1;core:0;'],
      ['vStopped', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T00thread:p1.2;core:1;');
    expect(await c.drain()).toEqual(['T05thread:p2.1;core:0;swbreak:;', 'T00thread:p2.2;core:1;']);
  });

  it('QNonStop:0 goes back to all-stop: the target stops everything, the queue is dropped', async () => {
    const { c, t, w } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    expect(t.running()).toEqual(['1.1', '1.2', '2.1', '2.2']);
    await c.transcript([
      ['QNonStop:0', 'OK'],
      ['QNonStop:0', 'OK'],
      ['vStopped', 'OK'],
      ['?', 'T05thread:p1.1;core:0;'],
    ]);
    expect(t.running()).toEqual([]);
    expect(t.calls.at(-1)).toBe('leave');
    expect(w.session.isNonStop).toBe(false);
    expect(c.notes).toEqual([]);
  });

  it('a target refusing non-stop gives an E reply and the session stays all-stop', async () => {
    const t = new FakeMultiprocessTarget();
    t.nonStop!.enter = () => {
      throw new Error('no');
    };
    const w = new Wire(t);
    await w.handshake();
    expect(await w.rpc('QNonStop:1')).toBe('E01');
    expect(w.session.isNonStop).toBe(false);
    expect(await w.rpc('?')).toBe('T05thread:p1.1;core:0;');
  });

  it('the session ending in non-stop mode makes the target leave it', async () => {
    const { t, w } = await nonStop();
    w.toServer.end();
    await w.session.closed;
    expect(t.calls.at(-1)).toBe('leave');
  });
});

describe('resuming and stopping threads', () => {
  it('vCont;c:pP.-1 resumes only that process, answers OK, packets keep being served', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['vCont;c:p2.-1', 'OK'],
      // Process 1 is stopped and readable while process 2 runs.
      ['Hgp1.2', 'OK'],
      ['m1000,2', '1011'],
      ['p20', '0410000000000000'],
      // Registers of a running thread: the target refuses (EBUSY).
      ['Hgp2.1', 'OK'],
      ['g', 'E10'],
      ['qfThreadInfo', 'mp1.1,p1.2,p2.1,p2.2'],
      ['Tp2.2', 'OK'],
    ]);
    expect(t.running()).toEqual(['2.1', '2.2']);
    expect(t.calls.at(-1)).toBe('ns-resume 2.1:continue,2.2:continue');
    // A thread that already runs is left out of a later resume.
    await c.transcript([['vCont;c:p2.1;c:p1.1', 'OK']]);
    expect(t.calls.at(-1)).toBe('ns-resume 1.1:continue');
    expect(t.running()).toEqual(['1.1', '2.1', '2.2']);
    expect(c.notes).toEqual([]);
  });

  it('vCont;t stops one thread with one %Stop:T00 notification; the others keep running', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    await c.transcript([['vCont;t:p1.2', 'OK']]);
    expect(await c.note()).toBe('Stop:T00thread:p1.2;core:1;');
    expect(t.running()).toEqual(['1.1', '2.1', '2.2']);
    await c.transcript([['vStopped', 'OK']]);
    // Stopping a stopped thread does nothing (no event, no target call).
    const calls = t.calls.length;
    await c.transcript([['vCont;t:p1.2', 'OK']]);
    expect(t.calls.length).toBe(calls);
    expect(await c.w.silent()).toBe(true);
  });

  it('vCont;t for everything: ONE notification, the rest through vStopped', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    await c.transcript([['vCont;t', 'OK']]);
    expect(t.calls.at(-1)).toBe('ns-stop 1.1,1.2,2.1,2.2 sig=0');
    expect(await c.note()).toBe('Stop:T00thread:p1.1;core:0;');
    // One outstanding at a time: no further notification while unacknowledged.
    expect(await c.w.silent()).toBe(true);
    expect(await c.drain()).toEqual(['T00thread:p1.2;core:1;', 'T00thread:p2.1;core:0;', 'T00thread:p2.2;core:1;']);
    expect(t.running()).toEqual([]);
    expect(c.notes).toEqual([]);
  });

  it('events reported synchronously from within stop() come before the OK and still queue', async () => {
    const { c } = await nonStop({ syncEvents: true });
    await c.transcript([['vCont;c:p-1.-1', 'OK']]);
    expect(await c.rpc('vCont;t:p2.-1')).toBe('OK');
    expect(c.notes).toEqual(['Stop:T00thread:p2.1;core:0;']);
    expect(await c.note()).toBe('Stop:T00thread:p2.1;core:0;');
    expect(await c.drain()).toEqual(['T00thread:p2.2;core:1;']);
  });

  it('a new event while one is outstanding waits; after OK the next event notifies again', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    t.threadStops({ pid: 2, tid: 2 }, GdbSignal.SEGV);
    expect(await c.note()).toBe('Stop:T0bthread:p2.2;core:1;');
    t.threadStops({ pid: 1, tid: 1 }, GdbSignal.ILL);
    expect(await c.w.silent()).toBe(true);
    await c.transcript([
      ['vStopped', 'T04thread:p1.1;core:0;'],
      ['vStopped', 'OK'],
    ]);
    t.threadStops({ pid: 1, tid: 2 }, GdbSignal.TRAP);
    expect(await c.note()).toBe('Stop:T05thread:p1.2;core:1;');
    await c.transcript([['vStopped', 'OK']]);
  });

  it('a thread whose stop GDB has not acknowledged is not resumed by a wildcard vCont;c', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    t.threadStops({ pid: 2, tid: 2 }, GdbSignal.TRAP);
    t.threadStops({ pid: 1, tid: 1 }, GdbSignal.TRAP);
    expect(await c.note()).toBe('Stop:T05thread:p2.2;core:1;');
    // GDB has neither stop yet: both threads are "running" to it.
    await c.transcript([['vCont;c', 'OK']]);
    expect(t.running()).toEqual(['1.2', '2.1']);
    expect(t.calls.filter((x) => x.startsWith('ns-resume')).length).toBe(1);
    expect(await c.drain()).toEqual(['T05thread:p1.1;core:0;']);
    // Acknowledged: now they resume.
    await c.transcript([['vCont;c', 'OK']]);
    expect(t.calls.at(-1)).toBe('ns-resume 1.1:continue,2.2:continue');
  });

  it('stops do not move the general thread (GDB sends Hg itself in non-stop)', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['Hgp1.1', 'OK'],
      ['vCont;s:p2.2', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T05thread:p2.2;core:1;');
    expect(t.running()).toEqual([]);
    await c.transcript([
      ['qC', 'QCp1.1'],
      ['vStopped', 'OK'],
      ['Hgp2.2', 'OK'],
      ['p20', '0810000000000000'],
    ]);
  });

  it('a breakpoint hit in one thread while the others run', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['vCont;c:p1.-1', 'OK'],
      // Breakpoints are inserted while threads run (always-inserted in non-stop).
      ['Hgp2.1', 'OK'],
      ['Z0,1040,4', 'OK'],
      ['vCont;c:p2.1', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T05thread:p2.1;core:0;swbreak:;');
    expect(t.running()).toEqual(['1.1', '1.2']);
    await c.transcript([['vStopped', 'OK']]);
  });

  it('vCtrlC stops one running thread of the current process with SIGINT', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['vCont;c', 'OK'],
      ['Hgp2.2', 'OK'],
      ['vCtrlC', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T02thread:p2.1;core:0;');
    expect(t.running()).toEqual(['1.1', '1.2', '2.2']);
    await c.transcript([['vStopped', 'OK']]);
    // With nothing running, vCtrlC is a no-op.
    await c.transcript([['vCont;t', 'OK']]);
    await c.note();
    await c.drain();
    await c.transcript([['vCtrlC', 'OK']]);
    expect(await c.w.silent()).toBe(true);
  });

  it('a raw Ctrl-C byte in non-stop acts like vCtrlC without a reply', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c:p1.-1', 'OK']]);
    c.w.write(Buffer.from([0x03]));
    expect(await c.note()).toBe('Stop:T02thread:p1.1;core:0;');
    expect(t.running()).toEqual(['1.2']);
    expect(await c.rpc('vStopped')).toBe('OK');
  });

  it('legacy c and s answer OK in non-stop', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['Hcp2.1', 'OK'],
      ['s', 'OK'],
    ]);
    expect(await c.note()).toBe('Stop:T05thread:p2.1;core:0;');
    await c.transcript([
      ['vStopped', 'OK'],
      ['c', 'OK'],
    ]);
    expect(t.running()).toEqual(['1.1', '1.2', '2.1', '2.2']);
  });

  it('malformed and impossible requests get clear errors and change nothing', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['QNonStop:2', 'E16'],
      ['QNonStop', 'E16'],
      ['vStopped;1', 'E16'],
      ['vCtrlC:1', 'E16'],
      ['vCont;t:pzz', 'E16'],
      ['vCont;t:p1.', 'E16'],
      ['vCont;q', 'E16'],
      ['vCont', 'E16'],
      // No such process/thread.
      ['vCont;c:p7.-1', 'E03'],
      ['vCont;t:p1.9', 'E03'],
      ['Hgp7.1', 'E03'],
    ]);
    expect(t.running()).toEqual([]);
    expect(t.calls).toEqual(['enter']);
    expect(c.notes).toEqual([]);
    expect(c.w.logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

describe('processes in non-stop mode', () => {
  it('a process exit is a %Stop:W00;process:N notification while the other process runs', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    t.exitProcess(2, 0);
    expect(await c.note()).toBe('Stop:W00;process:2');
    await c.transcript([
      ['vStopped', 'OK'],
      ['qfThreadInfo', 'mp1.1,p1.2'],
      ['Tp2.1', 'E03'],
    ]);
    expect(t.running()).toEqual(['1.1', '1.2']);
  });

  it('an exit queued behind a thread stop comes in order through vStopped', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    t.threadStops({ pid: 2, tid: 1 }, GdbSignal.TRAP);
    t.exitProcess(2, 7);
    expect(await c.note()).toBe('Stop:T05thread:p2.1;core:0;');
    expect(await c.drain()).toEqual(['W07;process:2']);
  });

  it('vKill drops queued events of the process but not the one GDB already holds', async () => {
    const { c, t } = await nonStop();
    await c.transcript([['vCont;c', 'OK']]);
    t.threadStops({ pid: 2, tid: 1 }, GdbSignal.TRAP);
    expect(await c.note()).toBe('Stop:T05thread:p2.1;core:0;');
    t.threadStops({ pid: 1, tid: 1 }, GdbSignal.TRAP);
    t.threadStops({ pid: 2, tid: 2 }, GdbSignal.TRAP);
    await c.transcript([['vKill;2', 'OK']]);
    expect(await c.drain()).toEqual(['T05thread:p1.1;core:0;']);
    expect(t.killed).toEqual([2]);
  });

  it('vAttach answers OK and reports every thread of the process as a notification', async () => {
    const { c, t } = await nonStop();
    t.setRunning([{ pid: 2, tid: 1 }, { pid: 2, tid: 2 }]);
    expect(await c.rpc('vAttach;2')).toBe('OK');
    expect(await c.note()).toBe('Stop:T00thread:p2.1;');
    expect(await c.drain()).toEqual(['T00thread:p2.2;']);
    expect(t.running()).toEqual([]);
    await c.transcript([['vAttach;5', 'E03']]);
  });

  it('D;pid detaches one process; the other keeps running', async () => {
    const { c, t } = await nonStop();
    await c.transcript([
      ['vCont;c', 'OK'],
      ['D;1', 'OK'],
      ['D;9', 'E03'],
    ]);
    expect(t.detached).toEqual([1]);
    await waitFor(() => t.running().length === 4);
  });
});
