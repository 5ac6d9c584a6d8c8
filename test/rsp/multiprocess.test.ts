// Golden packet transcripts for multi-process debugging (extended-remote, all-stop)
// against the fake 2-process x 2-thread target.

import { describe, expect, it } from 'vitest';
import { GdbSignal } from '../../src/rsp/index.ts';
import { FakeMultiprocessTarget, type FakeOptions } from './fake-multiprocess-target.ts';
import { frame, Wire } from './wire.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

async function connected(opts: FakeOptions = {}): Promise<{ w: Wire; t: FakeMultiprocessTarget }> {
  const t = new FakeMultiprocessTarget(opts);
  const w = new Wire(t);
  await w.handshake();
  expect(await w.rpc('!')).toBe('OK');
  return { w, t };
}

/** Run a request/reply transcript, checking every reply. */
async function transcript(w: Wire, lines: readonly (readonly [string, string])[]): Promise<void> {
  for (const [req, rep] of lines) expect(await w.rpc(req), req).toBe(rep);
}

describe('processes in the thread list', () => {
  it('lists both processes as pPID.TID, with qAttached per process', async () => {
    const { w } = await connected();
    await transcript(w, [
      ['Hgp0.0', 'OK'],
      ['?', 'T05thread:p1.1;core:0;'],
      ['qfThreadInfo', 'mp1.1,p1.2,p2.1,p2.2'],
      ['qsThreadInfo', 'l'],
      [
        'qXfer:threads:read::0,fff',
        'l<?xml version="1.0"?>\n<threads>\n' +
          '<thread id="p1.1" core="0" name="vm1-vcpu0"/>\n<thread id="p1.2" core="1" name="vm1-vcpu1"/>\n' +
          '<thread id="p2.1" core="0" name="vm2-vcpu0"/>\n<thread id="p2.2" core="1" name="vm2-vcpu1"/>\n' +
          '</threads>\n',
      ],
      ['qAttached:1', '1'],
      ['qAttached:2', '0'],
      // A process that does not exist, and malformed pids.
      ['qAttached:3', 'E03'],
      ['qAttached:zz', 'E16'],
      ['qAttached:', 'E16'],
      ['qAttached;1', 'E16'],
    ]);
  });

  it('T checks a thread per process; H selects a process and thread', async () => {
    const { w, t } = await connected();
    await transcript(w, [
      ['Tp1.2', 'OK'],
      ['Tp2.2', 'OK'],
      ['Tp2.-1', 'OK'],
      ['Tp2.3', 'E03'],
      ['Tp3.1', 'E03'],
      ['Tp3.-1', 'E03'],
      ['Tp', 'E16'],
      ['Tp2.', 'E16'],
      ['Tp-1.2', 'E16'],
      // Hg picks the register and memory context; a process alone means its first thread.
      ['Hgp2.2', 'OK'],
      ['qC', 'QCp2.2'],
      ['g', hex(t.regs.get('2.2')!)],
      ['m1000,4', '20212223'],
      ['Hgp1', 'OK'],
      ['qC', 'QCp1.1'],
      ['m1000,4', '10111213'],
      ['Hgp2.-1', 'OK'],
      ['qC', 'QCp2.1'],
      ['Hgp3.1', 'E03'],
      ['Hgp2.7', 'E03'],
      ['Hgpz.1', 'E16'],
      ['Hg', 'E16'],
      ['Hcp2.2', 'OK'],
      ['Hcp9.9', 'E03'],
      // Failed selections left the previous one in place.
      ['qC', 'QCp2.1'],
    ]);
  });

  it('m/M/x/X/Z/z go to the address space of the Hg process (Z carries no pid)', async () => {
    const { w, t } = await connected();
    // What GDB 13 sends for `break *0x1010` with two inferiors.
    await transcript(w, [
      ['Hgp1.1', 'OK'],
      ['Z0,1010,4', 'OK'],
      ['Hgp2.1', 'OK'],
      ['Z0,1010,4', 'OK'],
      ['Z1,1020,4', 'OK'],
      ['M1000,2:abcd', 'OK'],
      ['x1000,2', 'b\xab\xcd'],
      ['Hgp1.2', 'OK'],
      ['m1000,2', '1011'],
      ['X1000,1:\x55', 'OK'],
      ['m1000,2', '5511'],
      ['z0,1010,4', 'OK'],
    ]);
    expect(t.memory.get(2)!.get(0x1000n)).toBe(0xab);
    expect(t.memory.get(1)!.get(0x1000n)).toBe(0x55);
    expect(t.bps.map((b) => `${b.pid}:${b.type}:${b.addr.toString(16)}`)).toEqual(['2:sw:1010', '2:hw:1020']);
  });
});

describe('process exit in all-stop', () => {
  it('a process exit is a W stop reply with process:N; the process is gone afterwards', async () => {
    const { w, t } = await connected({ script: (th) => (th.pid === 2 ? { kind: 'exited', pid: 2, code: 3 } : undefined) });
    await transcript(w, [['Hgp2.1', 'OK']]);
    w.write(frame('vCont;c:p2.-1'));
    expect((await w.packet()).text).toBe('W03;process:2');
    expect(t.procs.map((p) => p.pid)).toEqual([1]);
    await transcript(w, [
      ['qfThreadInfo', 'mp1.1,p1.2'],
      // The general thread was in the dead process: the first live thread takes over.
      ['qC', 'QCp1.1'],
      ['Tp2.1', 'E03'],
      ['qAttached:2', 'E03'],
      ['vKill;2', 'E03'],
      ['D;2', 'E03'],
      ['?', 'T05thread:p1.1;core:0;'],
    ]);
  });

  it('exit code 0 and the plain W form without multiprocess', async () => {
    const t = new FakeMultiprocessTarget({ script: () => ({ kind: 'exited', pid: 1, code: 0 }) });
    const w = new Wire(t);
    await w.rpc('qSupported:swbreak+');
    w.write(frame('vCont;c'));
    expect((await w.next()).kind).toBe('+');
    expect((await w.packet()).text).toBe('W00');
  });

  it('a stop in one process leaves the other one stopped; stop replies name the thread', async () => {
    const { w, t } = await connected();
    await transcript(w, [
      ['Hgp2.1', 'OK'],
      ['Z0,1040,4', 'OK'],
    ]);
    w.write(frame('vCont;c:p2.-1'));
    expect((await w.packet()).text).toBe('T05thread:p2.1;core:0;swbreak:;');
    expect(t.calls).toContain('resume 2.1:continue,2.2:continue');
    expect(t.running()).toEqual([]);
    // stepi as GDB 13 sends it: siblings of the stepping thread run.
    w.write(frame('vCont;s:p2.2;c:p2.-1'));
    expect((await w.packet()).text).toBe('T05thread:p2.2;core:1;');
    expect(t.calls.at(-1)).toBe('resume 2.1:continue,2.2:step');
    expect(await w.rpc('qC')).toBe('QCp2.2');
  });

  it('Ctrl-C stops everything and reports one thread', async () => {
    const { w, t } = await connected();
    await w.resume('vCont;c:p1.-1');
    expect(t.running()).toEqual(['1.1', '1.2']);
    w.write(Buffer.from([0x03]));
    expect((await w.packet()).text).toBe('T02thread:p1.1;');
    expect(t.running()).toEqual([]);
  });
});

describe('vAttach, vKill and D per process', () => {
  it('golden transcript', async () => {
    const { w, t } = await connected();
    await transcript(w, [
      ['vAttach;2', 'T00thread:p2.1;'],
      ['qC', 'QCp2.1'],
      ['vAttach;9', 'E03'],
      ['vAttach;', 'E16'],
      ['vAttach;0', 'E16'],
      ['vAttach;zz', 'E16'],
      ['vKill;2', 'OK'],
      ['qfThreadInfo', 'mp1.1,p1.2'],
      ['qC', 'QCp1.1'],
      ['vKill;2', 'E03'],
      ['vKill;', 'E16'],
      ['vKill;x', 'E16'],
      ['D;5', 'E03'],
      ['D;', 'E16'],
      ['D;1', 'OK'],
    ]);
    expect(t.killed).toEqual([2]);
    expect(t.detached).toEqual([1]);
    expect(t.calls.filter((c) => /^(attach|kill|detach)/.test(c))).toEqual(['attach 2', 'attach 9', 'kill 2', 'detach 1']);
    expect(w.logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('a signal stop through the all-stop path still works after process churn', async () => {
    const { w, t } = await connected();
    await transcript(w, [['vKill;1', 'OK']]);
    await w.resume('vCont;c');
    expect(t.running()).toEqual(['2.1', '2.2']);
    t.threadStops({ pid: 2, tid: 2 }, GdbSignal.SEGV);
    expect((await w.packet()).text).toBe('T0bthread:p2.2;core:1;');
    expect(await w.rpc('qC')).toBe('QCp2.2');
  });
});
