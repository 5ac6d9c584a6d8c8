/**
 * Non-stop mode (only with the target's `nonStop` capability): `QNonStop`, `vStopped`,
 * `vCtrlC` and the non-stop side of `?`, resumes and Ctrl-C. Every packet is handled
 * while threads run; stops reach GDB through the session's `StopQueue`. Stops do NOT
 * change the general thread: GDB does not record it in non-stop and sends `Hg` itself.
 */
import { GdbSignal, type StopEvent, type ThreadAction, type ThreadId } from '../target.ts';
import { bigintJson, describe } from '../text.ts';
import { EVERY_THREAD, expandThreads, threadCore } from '../threads.ts';
import type { StopQueue } from '../stop-queue.ts';
import type { ProtocolModule, Reply, SessionState } from './module.ts';

/** Non-stop mode of a session: on/off, which `enter()` callback is current, the queue. */
export class NonStopState {
  enabled = false;
  /** Bumped on every enter/leave so a stale `enter()` callback is ignored. */
  generation = 0;
  constructor(readonly queue: StopQueue) {}
}

/** Queue an event for GDB; notify at once when no notification is outstanding. */
export function queueStop(s: SessionState, ev: StopEvent): void {
  s.listing.xml = undefined;
  if (ev.kind !== 'signal') s.threads.forgetProcess(ev.pid);
  if (s.nonStop.queue.push(ev)) s.link.notify(`Stop:${s.formatStop(ev)}`);
}

function onEvent(s: SessionState, generation: number, ev: StopEvent): void {
  try {
    if (s.link.isClosed || !s.nonStop.enabled || generation !== s.nonStop.generation) {
      s.log.debug(`non-stop event outside non-stop mode ignored: ${JSON.stringify(ev, bigintJson)}`);
      return;
    }
    queueStop(s, ev);
  } catch (e) {
    s.log.error(`stop handling failed: ${describe(e)}`);
  }
}

async function setNonStop(s: SessionState, enabled: boolean): Promise<Reply> {
  const ns = s.target.nonStop;
  if (!ns) return enabled ? '' : 'OK';
  const state = s.nonStop;
  if (enabled === state.enabled) return 'OK';
  if (!enabled) {
    await leaveNonStop(s);
    return 'OK';
  }
  const generation = ++state.generation;
  // Set first: the target may report events from within enter().
  state.enabled = true;
  try {
    await ns.enter((ev) => onEvent(s, generation, ev));
  } catch (e) {
    state.enabled = false;
    state.generation++;
    state.queue.clear();
    throw e;
  }
  return 'OK';
}

/** Back to all-stop (`QNonStop:0` or the session ended): the target stops everything. */
export async function leaveNonStop(s: SessionState): Promise<void> {
  const state = s.nonStop;
  if (!state.enabled) return;
  state.enabled = false;
  state.generation++;
  state.queue.clear();
  await s.target.nonStop?.leave();
}

function vStopped(s: SessionState): Reply {
  const q = s.nonStop.queue;
  const next = q.acknowledge();
  if (next) return s.formatStop(next);
  if (!q.hasHeld) return 'OK';
  // The `?` answer is drained: the held stops follow as notifications, after the OK.
  s.link.send('OK');
  for (const ev of q.takeHeld()) queueStop(s, ev);
  return null;
}

/** Non-stop `?`: one stopped thread (its last stop in this session, else signal 0), the
 *  other stopped threads held; `OK` when every thread runs. */
export async function haltReasonNonStop(s: SessionState): Promise<Reply> {
  const ns = s.target.nonStop!;
  const q = s.nonStop.queue;
  q.restart();
  const procs = await s.threads.processes();
  for (const th of expandThreads(EVERY_THREAD, procs)) {
    if (await ns.isRunning(th)) continue;
    const core = threadCore(procs, th);
    q.collect(q.lastStop(th) ?? { kind: 'signal', thread: th, signal: GdbSignal.NONE, ...(core !== undefined && { core }) });
  }
  const first = q.answer();
  return first ? s.formatStop(first) : 'OK';
}

/** Non-stop resume: stop actions go to `stop()`, the rest to `resume()`, each leaving
 *  out threads already in the wanted state. A stopped thread whose stop GDB has not
 *  acknowledged yet is not resumed either: GDB still believes it runs (a wildcard
 *  `vCont;c` includes it) and the queued stop is what it must learn next. */
export async function resumeNonStop(s: SessionState, actions: readonly ThreadAction[]): Promise<Reply> {
  const ns = s.target.nonStop!;
  const unacknowledged = s.nonStop.queue.unacknowledged();
  const toStop: ThreadId[] = [];
  const toRun: ThreadAction[] = [];
  for (const a of actions) {
    const running = await ns.isRunning(a.thread);
    if (a.action === 'stop') {
      if (running) toStop.push(a.thread);
    } else if (!running && !unacknowledged.has(a.thread)) toRun.push(a);
  }
  s.listing.xml = undefined;
  if (toStop.length > 0) await ns.stop(toStop, GdbSignal.NONE);
  if (toRun.length > 0) await ns.resume(toRun);
  return 'OK';
}

/** Ctrl-C in non-stop: stop ONE running thread with `signal` (as a SIGINT would),
 *  preferably of the general thread's process. */
export async function interruptNonStop(s: SessionState, signal: number): Promise<void> {
  const ns = s.target.nonStop;
  if (!ns || !s.nonStop.enabled) return;
  const all = expandThreads(EVERY_THREAD, await s.threads.processes());
  const pid = s.threads.general?.pid;
  const ordered = [...all.filter((th) => th.pid === pid), ...all.filter((th) => th.pid !== pid)];
  for (const th of ordered) {
    if (await ns.isRunning(th)) {
      await ns.stop([th], signal);
      return;
    }
  }
  if (s.trace) s.log.debug('Ctrl-C with no running thread ignored');
}

export const nonstop: ProtocolModule = {
  name: 'nonstop',
  handlers: {
    setNonStop: (cmd, s) => setNonStop(s, cmd.enabled),
    vStopped: (_cmd, s) => vStopped(s),
    vCtrlC: async (_cmd, s) => {
      // In all-stop this is only handled while stopped: nothing to interrupt.
      if (s.nonStop.enabled) await interruptNonStop(s, GdbSignal.INT);
      return 'OK';
    },
  },
  features: (s) => (s.target.nonStop ? ['QNonStop+'] : []),
};
