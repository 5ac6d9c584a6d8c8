/**
 * Run control: `?`, legacy `c`/`C`/`s`/`S`, `vCont?` and `vCont`, and the all-stop
 * resume (the target runs until one stop callback; meanwhile the session holds every
 * packet but Ctrl-C). In non-stop mode the same packets go to `nonstop.ts`.
 */
import { ALL, type VContAction } from '../commands.ts';
import { Errno, GdbSignal, type MaybePromise, type ResumeScope, type StopCallback, type StopEvent, type ThreadAction } from '../target.ts';
import { bigintJson, describe, hex2 } from '../text.ts';
import { DEFAULT_THREAD, EVERY_THREAD, expandThreads, sameThread, ThreadSet, threadCore } from '../threads.ts';
import type { ProtocolModule, Reply, SessionState } from './module.ts';
import { execStopFor } from './descriptions.ts';
import { haltReasonNonStop, resumeNonStop } from './nonstop.ts';

const VCONT_ACTIONS = 'vCont;c;C;s;S;t';

/** All-stop: start the target; the reply is the stop reply, sent when it stops. */
function resumeAllStop(s: SessionState, actions: readonly ThreadAction[], scope: ResumeScope): Promise<Reply> {
  return runAllStop(s, 'resume', (cb) => s.target.resume(actions, cb, scope));
}

/** All-stop: `start` sets the target going (forwards or backwards) with the stop callback;
 *  the reply is the stop reply, sent when it stops. */
export async function runAllStop(s: SessionState, what: string, start: (onStop: StopCallback) => MaybePromise<void>): Promise<Reply> {
  const generation = s.allStop.begin();
  s.listing.xml = undefined;
  try {
    await start((ev) => onStop(s, generation, ev));
  } catch (e) {
    if (s.allStop.end(generation)) return s.errorReply(e, what);
    s.log.error(`target ${what} threw after reporting a stop: ${describe(e)}`);
  }
  return null;
}

function onStop(s: SessionState, generation: number, ev: StopEvent): void {
  try {
    if (s.link.isClosed) {
      s.log.debug('stop event after the session closed ignored');
      return;
    }
    if (!s.allStop.end(generation)) {
      s.log.warn(`unexpected stop event ignored: ${JSON.stringify(ev, bigintJson)}`);
      return;
    }
    s.allStop.record(ev, s.threads);
    // All-stop: GDB prints console output that comes before the stop reply.
    if ((ev.kind === 'signal' || ev.kind === 'exited') && ev.message !== undefined) s.link.consoleOutput(`${ev.message}\n`);
    s.link.send(s.formatStop(ev));
    s.pump();
  } catch (e) {
    s.log.error(`stop handling failed: ${describe(e)}`);
  }
}

function resume(s: SessionState, actions: readonly ThreadAction[], scope: ResumeScope): Promise<Reply> {
  return s.nonStop.enabled ? resumeNonStop(s, actions) : resumeAllStop(s, actions, scope);
}

/** All-stop `?`: the last stop if its thread still exists, else the default thread
 *  stopped with SIGTRAP (`W00` when there is no thread at all). */
async function haltReasonAllStop(s: SessionState): Promise<Reply> {
  const procs = await s.threads.processes();
  const ev = s.allStop.lastStop;
  if (ev && ev.kind === 'signal' && expandThreads(ev.thread, procs).length > 0) {
    s.threads.general = ev.thread;
    return s.formatStop(ev);
  }
  const first = expandThreads(DEFAULT_THREAD, procs)[0];
  if (!first) return 'W00';
  const core = threadCore(procs, first);
  const initial: StopEvent = { kind: 'signal', thread: first, signal: GdbSignal.TRAP, ...(core !== undefined && { core }) };
  s.allStop.record(initial, s.threads);
  return s.formatStop(initial);
}

/** Legacy `c` continues every thread, `s` steps only the `Hc` (else `Hg`) thread. */
async function legacyResume(s: SessionState, op: 'continue' | 'step', signal?: number, addr?: bigint): Promise<Reply> {
  const procs = await s.threads.processes();
  const all = expandThreads(EVERY_THREAD, procs);
  const spec = s.threads.continueSpec;
  const chosen = spec.pid > 0 && spec.tid > 0 ? expandThreads(spec, procs)[0] : undefined;
  const main = chosen ?? (await s.threads.generalThread());
  const actions: ThreadAction[] = [{ thread: main, action: op, ...(signal !== undefined && { signal }), ...(addr !== undefined && { addr }) }];
  if (op === 'continue') {
    for (const th of all) if (!sameThread(th, main)) actions.push({ thread: th, action: 'continue' });
  }
  return resume(s, actions, { everyProcess: op === 'continue' });
}

/** `vCont`: the leftmost action that matches a thread applies to it; threads no action
 *  matches keep their state. */
async function vCont(s: SessionState, vactions: readonly VContAction[]): Promise<Reply> {
  const procs = await s.threads.processes();
  const all = expandThreads(EVERY_THREAD, procs);
  const matchSets = vactions.map((a) => (a.thread ? new ThreadSet(expandThreads(a.thread, procs)) : undefined));
  const actions: ThreadAction[] = [];
  for (const th of all) {
    const i = matchSets.findIndex((set) => set === undefined || set.has(th));
    if (i < 0) continue;
    const a = vactions[i]!;
    actions.push({ thread: th, action: a.op, ...(a.signal !== undefined && { signal: a.signal }) });
  }
  if (s.nonStop.enabled) {
    if (actions.length > 0) return resumeNonStop(s, actions);
    s.log.warn('vCont names no thread');
    return `E${hex2(Errno.ESRCH)}`;
  }
  if (!actions.some((a) => a.action !== 'stop')) {
    s.log.warn('vCont resumes no thread');
    return `E${hex2(Errno.ESRCH)}`;
  }
  // A process GDB has no description of yet: an exec stop first (descriptions.ts).
  const exec = await execStopFor(s, actions);
  if (exec !== undefined) return exec;
  const everyProcess = vactions.some((a) => a.op === 'continue' && (a.thread === undefined || a.thread.pid === ALL));
  return resumeAllStop(s, actions, { everyProcess });
}

export const execution: ProtocolModule = {
  name: 'execution',
  handlers: {
    haltReason: (_cmd, s) => (s.nonStop.enabled ? haltReasonNonStop(s) : haltReasonAllStop(s)),
    resume: (cmd, s) => legacyResume(s, cmd.op, cmd.signal, cmd.addr),
    vContQuery: () => VCONT_ACTIONS,
    vCont: (cmd, s) => vCont(s, cmd.actions),
  },
  features: () => ['vContSupported+'],
};
