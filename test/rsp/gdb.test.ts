// The real client: gdb-multiarch in batch mode against serveTcp + the mock target.

import { execFile, execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { serveTcp } from '../../src/rsp/index.ts';
import { MockTarget } from './mock-target.ts';
import { RecordingLogger } from './wire.ts';

const hasGdb = (() => {
  try {
    execFileSync('gdb-multiarch', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function runGdb(port: number, commands: string[]): Promise<{ out: string; code: number | null }> {
  const args = ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target extended-remote 127.0.0.1:${port}`];
  for (const c of commands) args.push('-ex', c);
  return new Promise((resolve) => {
    execFile('gdb-multiarch', args, { timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ out: `${stdout}\n${stderr}`, code: err ? ((err as { code?: number }).code ?? 1) : 0 });
    });
  });
}

describe('gdb-multiarch end to end', () => {
  it.skipIf(!hasGdb)('connects, lists both processes, reads memory, steps, breaks per process, runs monitor', async () => {
    const target = new MockTarget();
    const logger = new RecordingLogger();
    const server = await serveTcp(target, { port: 0, logger, debug: true });
    try {
      expect(server.host).toBe('127.0.0.1');
      const { out } = await runGdb(server.port, [
        'info threads',
        'x/4xb 0x1000',
        'stepi',
        'info registers pc',
        'break *0x1010',
        'continue',
        'inferior 2',
        'x/4xb 0x1000',
        'hbreak *0x1020',
        'continue',
        'p/x $cpsr',
        'monitor hello gdb',
        'thread 1.2',
        'p/x $x0',
      ]);

      // Both processes become inferiors; threads carry their names.
      expect(out).toContain('[New inferior 2]');
      expect(out).toMatch(/\* 1\.1\s+Thread 1\.1 "hyp-cpu0"\s+0x0000000000001000 in \?\? \(\)/);
      expect(out).toMatch(/ 1\.2\s+Thread 1\.2 "hyp-cpu1"\s+0x0000000000001004 in \?\? \(\)/);
      expect(out).toMatch(/ 2\.1\s+Thread 2\.1 "vm0-vcpu0"/);
      expect(out).toMatch(/ 2\.2\s+Thread 2\.2 "vm0-vcpu1"/);
      // Memory of process 1, then of process 2 at the same address.
      expect(out).toContain('0x1000:\t0x10\t0x11\t0x12\t0x13');
      expect(out).toContain('0x1000:\t0x20\t0x21\t0x22\t0x23');
      // stepi moved the pc by one instruction.
      expect(out).toMatch(/pc\s+0x1004\s+0x1004/);
      // Software breakpoint in process 1, hardware breakpoint in process 2.
      expect(out).toContain('Thread 1.1 "hyp-cpu0" hit Breakpoint 1, 0x0000000000001010 in ?? ()');
      expect(out).toContain('Thread 2.1 "vm0-vcpu0" hit Breakpoint 2, 0x0000000000001020 in ?? ()');
      // 32-bit cpsr from the target description.
      expect(out).toContain('$1 = 0x3c5');
      // Monitor output streamed through O packets.
      expect(out).toContain('you said: hello gdb\nsecond line');
      // Thread switch reads that thread's registers: x0 of p1.2 = 0x100 + 2 * 0x10.
      expect(out).toContain('$2 = 0x120');

      // What GDB sent: per-process Z packets after Hg.
      const sent = logger.lines.filter((l) => l.startsWith('debug: <- ')).map((l) => l.slice('debug: <- '.length));
      expect(sent[0]).toMatch(/^qSupported:multiprocess\+;swbreak\+;hwbreak\+;/);
      expect(sent).toContain('QStartNoAckMode');
      expect(sent).toContain('vCont;s:p1.1;c:p1.-1');
      const z1 = sent.indexOf('Z1,1020,4');
      expect(z1).toBeGreaterThan(0);
      expect(sent.slice(0, z1).filter((s) => s.startsWith('Hg')).at(-1)).toBe('Hgp2.1');

      // GDB cleaned up on exit: all breakpoints removed, process 1 detached (qAttached
      // said 1), process 2 killed (qAttached said 0).
      await new Promise((r) => setTimeout(r, 100));
      expect(target.bps).toEqual([]);
      expect(target.detached).toEqual([1]);
      expect(target.killed).toEqual([2]);
      expect(logger.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
