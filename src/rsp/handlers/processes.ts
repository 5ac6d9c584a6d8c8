/** Extended-remote process operations: `qAttached`, `vAttach`, `vRun`, `vKill`, `k`, `D`, and
 *  `qXfer:exec-file:read`. A pid the target does not list answers `E03`. */
import { Errno, GdbSignal } from '../target.ts';
import { describe, hex2 } from '../text.ts';
import { ALL, ANY } from '../commands.ts';
import { expandThreads } from '../threads.ts';
import type { ProtocolModule, Reply, SessionState } from './module.ts';
import { queueStop } from './nonstop.ts';

const NO_SUCH_PROCESS = `E${hex2(Errno.ESRCH)}`;

async function attach(s: SessionState, pid: number): Promise<Reply> {
  const attach = s.target.processes?.attach;
  if (!attach) return '';
  let ev = (await attach.call(s.target.processes, pid)) ?? undefined;
  if (s.nonStop.enabled) {
    // Non-stop: `OK` now, then every thread of the process as a stop notification
    // (GDB waits for those; the target's own event stands for the thread it names).
    const threads = expandThreads({ pid, tid: ALL }, await s.threads.processes());
    if (!ev && threads.length === 0) return NO_SUCH_PROCESS;
    s.link.send('OK');
    const evThread = ev?.kind === 'signal' ? ev.thread : undefined;
    if (ev) queueStop(s, ev);
    if (ev?.kind !== 'exited' && ev?.kind !== 'killed') {
      for (const th of threads) {
        if (evThread && evThread.tid === th.tid) continue;
        queueStop(s, { kind: 'signal', thread: th, signal: GdbSignal.NONE });
      }
    }
    return null;
  }
  if (!ev) {
    const first = expandThreads({ pid, tid: ANY }, await s.threads.processes())[0];
    if (!first) return NO_SUCH_PROCESS;
    ev = { kind: 'signal', thread: first, signal: GdbSignal.NONE };
  }
  s.allStop.record(ev, s.threads);
  return s.formatStop(ev);
}

export const processes: ProtocolModule = {
  name: 'processes',
  handlers: {
    attached: async (cmd, s) => {
      if (cmd.pid !== undefined && !(await s.threads.processExists(cmd.pid))) return NO_SUCH_PROCESS;
      const isAttached = s.target.processes?.isAttached;
      if (!isAttached) return '1';
      const pid = cmd.pid ?? (await s.threads.generalThread()).pid;
      return (await isAttached.call(s.target.processes, pid)) ? '1' : '0';
    },
    attach: (cmd, s) => attach(s, cmd.pid),
    vRun: async (cmd, s) => {
      const procs = s.target.processes;
      if (!procs?.run) return '';
      for (const p of await s.target.listProcesses()) s.forgetProcess(p.pid);
      const ev = await procs.run(cmd.program, cmd.args);
      s.allStop.record(ev, s.threads);
      return s.formatStop(ev);
    },
    vKill: async (cmd, s) => {
      const procs = s.target.processes;
      if (!procs?.kill) return '';
      if (!(await s.threads.processExists(cmd.pid))) return NO_SUCH_PROCESS;
      await procs.kill(cmd.pid);
      s.forgetProcess(cmd.pid);
      return 'OK';
    },
    kill: async (_cmd, s) => {
      // GDB does not wait for a reply to `k`.
      const procs = s.target.processes;
      if (procs?.kill) {
        for (const p of await s.target.listProcesses()) {
          try {
            await procs.kill(p.pid);
          } catch (e) {
            s.log.warn(`kill of process ${p.pid} failed: ${describe(e)}`);
          }
          s.forgetProcess(p.pid);
        }
      }
      if (!s.extended) s.shutdown('killed by GDB');
      return null;
    },
    detach: async (cmd, s) => {
      if (cmd.pid !== undefined && !(await s.threads.processExists(cmd.pid))) return NO_SUCH_PROCESS;
      const pids = cmd.pid !== undefined ? [cmd.pid] : (await s.target.listProcesses()).map((p) => p.pid);
      // With other sessions on the target, only this session's breakpoints go: the
      // target's detach (which may let the machine run freely) is left to the last one.
      const shared = s.otherSessions() > 0;
      for (const pid of pids) {
        if (shared) await s.inserted.removeAll(s, pid);
        else if (s.target.processes?.detach) await s.target.processes.detach(pid);
        s.forgetProcess(pid);
      }
      return 'OK';
    },
  },
  xfer: {
    'exec-file': {
      available: (target) => target.processes?.executable !== undefined,
      read: async (annex, _offset, s) => {
        // The annex is the pid in hex; empty means the general thread's process.
        const pid = annex === '' ? (await s.threads.generalThread()).pid : parseInt(annex, 16);
        if (!Number.isInteger(pid) || !/^[0-9a-f]*$/i.test(annex)) return 'E00';
        const path = await s.target.processes!.executable!(pid);
        if (path === undefined) return `E${hex2(Errno.ENOENT)}`;
        return Buffer.from(path, 'utf8');
      },
    },
  },
};
