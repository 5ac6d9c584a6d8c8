// The real client against the fake 2-process x 2-thread target over TCP on 127.0.0.1:
// gdb-multiarch in batch mode (all-stop: inferiors, threads, a process exit) and driven
// interactively (non-stop: interrupt one thread while the others run, -a variants).

import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { type GdbServer, serveTcp } from '../../src/rsp/index.ts';
import { GDB, haveGdb, InteractiveGdb } from '../helpers/gdb.ts';
import { FakeMultiprocessTarget } from './fake-multiprocess-target.ts';
import { RecordingLogger } from './wire.ts';

const hasGdb = haveGdb();

/** Batch GDB without an ELF (the fake target has no program file). */
function runGdb(port: number, commands: readonly string[]): Promise<string> {
  const args = ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', 'set pagination off', '-ex', `target extended-remote 127.0.0.1:${port}`];
  for (const c of commands) args.push('-ex', c);
  return new Promise((resolve) => {
    execFile(GDB, args, { timeout: 60_000 }, (_err, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
  });
}

/** Packets GDB sent, from the session's debug trace. */
function sentPackets(logger: RecordingLogger): string[] {
  return logger.lines.filter((l) => l.startsWith('debug: <- ')).map((l) => l.slice('debug: <- '.length));
}

/** `info threads` rows as "1.2 running" / "1.2 stopped". */
function threadStates(out: string): string[] {
  const rows: string[] = [];
  for (const m of out.matchAll(/^\*?\s+(\d+\.\d+)\s+Thread \S+ "[^"]*"\s+(.*)$/gm)) rows.push(`${m[1]} ${m[2]!.includes('(running)') ? 'running' : 'stopped'}`);
  return rows;
}

let server: GdbServer | undefined;
let gdb: InteractiveGdb | undefined;
afterEach(async () => {
  await gdb?.quit();
  gdb = undefined;
  await server?.close();
  server = undefined;
});

describe('gdb-multiarch against a 2-process target', () => {
  it.skipIf(!hasGdb)('all-stop: two inferiors, four threads, per-process memory, a process exit', async () => {
    const target = new FakeMultiprocessTarget({ script: (th) => (th.pid === 2 ? { kind: 'exited', pid: 2, code: 3 } : undefined) });
    const logger = new RecordingLogger();
    server = await serveTcp(target, { port: 0, logger, debug: true });
    expect(server.host).toBe('127.0.0.1');
    const out = await runGdb(server.port, ['info inferiors', 'info threads', 'x/2xb 0x1000', 'inferior 2', 'x/2xb 0x1000', 'continue', 'info inferiors']);

    expect(out).toContain('[New inferior 2]');
    expect(out).toMatch(/\* 1\s+process 1\s/);
    expect(out).toMatch(/\n {2}2\s+process 2\s/);
    expect(threadStates(out)).toEqual(['1.1 stopped', '1.2 stopped', '2.1 stopped', '2.2 stopped']);
    expect(out).toMatch(/Thread 1\.1 "vm1-vcpu0"/);
    expect(out).toMatch(/Thread 2\.2 "vm2-vcpu1"/);
    expect(out).toContain('0x1000:\t0x10\t0x11');
    expect(out).toContain('0x1000:\t0x20\t0x21');
    // `continue` in inferior 2 resumes process 2 only; it exits with W03;process:2.
    expect(out).toContain('[Inferior 2 (process 2) exited with code 03]');
    expect(sentPackets(logger)).toContain('vCont;c:p2.-1');
    expect(target.calls).toContain('resume 2.1:continue,2.2:continue');
    expect(logger.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
  });

  it.skipIf(!hasGdb)('non-stop: interrupt one thread while the others run; continue -a / interrupt -a', async () => {
    const target = new FakeMultiprocessTarget();
    const logger = new RecordingLogger();
    server = await serveTcp(target, { port: 0, logger, debug: true });
    // InteractiveGdb connects with -ex; `set non-stop on` must come before that, so it
    // goes in as -iex (run before every -ex) in the program-file argument slot.
    gdb = new InteractiveGdb(server.port, '--init-eval-command=set non-stop on');
    const g = gdb;

    const inferiors = await g.run(['info inferiors']);
    expect(inferiors).toMatch(/\* 1\s+process 1\s/);
    expect(inferiors).toMatch(/\n {2}2\s+process 2\s/);
    expect(g.output).not.toContain('internal-error');
    const sent = sentPackets(logger);
    expect(sent).toContain('QNonStop:1');
    // `?` answered with exactly one stopped thread.
    const q = logger.lines.indexOf('debug: <- ?');
    expect(logger.lines[q + 1]).toBe('debug: -> T00thread:p1.1;core:0;');

    /** Repeat `info threads` until `pred` holds for the thread states. */
    const threadsUntil = async (pred: (s: string[]) => boolean): Promise<string[]> => {
      for (let i = 0; ; i++) {
        const states = threadStates(await g.run(['info threads']));
        if (pred(states)) return states;
        if (i > 50) throw new Error(`thread states never matched: ${states.join(', ')}\n${g.output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const allAre = (state: string) => (s: string[]) => s.length === 4 && s.every((x) => x.endsWith(state));

    // The stops that follow the connect are handled by GDB in the background (it may
    // stop and resume a thread of inferior 2 while setting it up): interrupt until
    // everything is stopped.
    for (let i = 0; ; i++) {
      await g.run(['interrupt -a']);
      await new Promise((r) => setTimeout(r, 200));
      const states = threadStates(await g.run(['info threads']));
      if (allAre('stopped')(states)) break;
      if (i > 20) throw new Error(`threads never all stopped: ${states.join(', ')}\n${g.output}`);
    }
    expect(target.running()).toEqual([]);

    // continue -a: every thread of both processes runs.
    await g.run(['continue -a &']);
    expect(await threadsUntil(allAre('running'))).toHaveLength(4);
    expect(target.running()).toEqual(['1.1', '1.2', '2.1', '2.2']);

    // interrupt: only the selected thread stops; the others keep running.
    const from = g.output.length;
    await g.run(['thread 1.1', 'interrupt']);
    await g.waitFor(/Thread 1\.1 "vm1-vcpu0" stopped\./, 15_000, from);
    expect(await threadsUntil((s) => s[0] === '1.1 stopped')).toEqual(['1.1 stopped', '1.2 running', '2.1 running', '2.2 running']);
    expect(target.running()).toEqual(['1.2', '2.1', '2.2']);
    expect(sentPackets(logger)).toContain('vCont;t:p1.1');
    // The stopped thread is usable while the others run.
    expect(await g.run(['p/x $x0'])).toContain('= 0x110');

    // interrupt -a stops the rest (three stop events through one notification + vStopped).
    await g.run(['interrupt -a']);
    expect(await threadsUntil(allAre('stopped'))).toHaveLength(4);
    expect(target.running()).toEqual([]);

    // And once more round: continue -a, interrupt -a.
    await g.run(['continue -a &']);
    await threadsUntil(allAre('running'));
    await g.run(['interrupt -a']);
    await threadsUntil(allAre('stopped'));
    expect(target.running()).toEqual([]);

    // What GDB 13.1 sends: `continue -a` = vCont;c, `interrupt -a` = vCont;t.
    expect(sentPackets(logger)).toEqual(expect.arrayContaining(['vCont;c', 'vCont;t', 'vStopped']));
    expect(logger.lines.filter((l) => l.startsWith('debug: -> %Stop:')).length).toBeGreaterThan(0);
    expect(g.output).not.toContain('internal-error');
    expect(logger.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
  });
});
