/**
 * Which processes GDB has read `target.xml` for, per session (registers.ts records them),
 * and the exec stop that makes GDB read one for a process it discovered (see
 * `ProcessCapability.describeByExec`): GDB 13 gives an inferior it discovers a default
 * description of its own, so without it a VM's system registers do not exist in GDB.
 */
import type { ThreadAction } from '../target.ts';
import type { SessionState } from './module.ts';

const described = new WeakMap<SessionState, Set<number>>();

/** The processes GDB read `target.xml` for in this session. */
export function describedPids(s: SessionState): Set<number> {
  let d = described.get(s);
  if (d === undefined) described.set(s, (d = new Set()));
  return d;
}

/**
 * The exec stop reply for the first process GDB has not read a description for, when
 * `actions` resume every thread of every process (only then does GDB's resume after the
 * exec event cover the same threads); undefined when there is none to announce.
 */
export async function execStopFor(s: SessionState, actions: readonly ThreadAction[]): Promise<string | undefined> {
  const caps = s.target.processes;
  if (caps?.describeByExec !== true || caps.executable === undefined || !s.gdb.multiprocess) return undefined;
  const d = describedPids(s);
  if (d.size === 0) return undefined;
  const procs = await s.threads.processes();
  const resumed = new Set(actions.filter((a) => a.action !== 'stop').map((a) => `${a.thread.pid}.${a.thread.tid}`));
  if (!procs.every((p) => p.threads.every((t) => resumed.has(`${p.pid}.${t.tid}`)))) return undefined;
  for (const p of procs) {
    if (d.has(p.pid)) continue;
    const path = await caps.executable(p.pid);
    if (path === undefined) continue;
    const thread = { pid: p.pid, tid: p.threads[0]!.tid };
    // GDB takes the reporting thread as the general one (its description read comes next).
    s.threads.general = thread;
    d.add(p.pid); // once, whatever GDB does with it
    return `T05exec:${Buffer.from(path, 'utf8').toString('hex')};thread:p${p.pid.toString(16)}.${thread.tid.toString(16)};`;
  }
  return undefined;
}
