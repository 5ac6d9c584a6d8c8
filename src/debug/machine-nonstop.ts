// Non-stop mode of the machine target.
//
// Each GDB thread is running or stopped on its own. A PE runs unless it is frozen: its
// own thread (process 1) is stopped, the vCPU it runs is stopped (a stopped vCPU that
// is not on a PE freezes the PE it next enters: vCPUs are pinned by the hypervisor), or
// it is held at a catchpoint's exit. The unfrozen PEs run in the background, slice by
// slice, while board time keeps going for all. The run core turns board events into stops.

import type { BoardEvent, VirtBoard } from '../machine/board/virt.ts';
import { Errno, TargetError, type NonStopCapability, type StopCallback, type StopEvent, type ThreadAction, type ThreadId } from '../rsp/target.ts';
import type { Vcpu } from '../zvm/awareness.ts';
import { IDLE_LOOK_MS, type RunCore, type StopPolicy } from './run-core.ts';
import { sameThread, ThreadSet } from '../rsp/threads.ts';
import { MACHINE_PID, type ThreadMap } from './thread-map.ts';

/** A slice of the background run loop (a quarter of all-stop's: GDB talks while it runs). */
const NS_SLICE = 250_000;

/** What non-stop mode uses of the machine target. */
export interface NonStopHost {
  readonly board: VirtBoard;
  readonly threads: ThreadMap;
  readonly core: RunCore;
  /** Ends free running and any all-stop resume. */
  stopRunning(): void;
}

interface NonStopState {
  readonly onEvent: StopCallback;
  /** Threads stopped; threads not listed (e.g. of a VM seen later) run. */
  readonly stopped: ThreadSet;
  /** PEs held at a catchpoint's exit, with the vCPU thread whose resume releases them. */
  readonly held: Map<number, ThreadId>;
  readonly policy: StopPolicy;
  /** A slice is scheduled. */
  ticking: boolean;
}

export class NonStopMode implements NonStopCapability {
  /** The state between enter and leave, else null. */
  private ns: NonStopState | null = null;

  constructor(private readonly host: NonStopHost) {}

  get active(): boolean {
    return this.ns !== null;
  }

  /** Whether `vcpu`'s thread is stopped: the PE that enters it freezes at once. */
  frozen(vcpu: Vcpu): boolean {
    return this.ns !== null && this.ns.stopped.contains(this.host.threads.pidOf(vcpu.vm), vcpu.index + 1);
  }

  /** Marks a thread stopped (attach: the server tells GDB every thread of the process stopped). */
  markStopped(thread: ThreadId): void {
    this.ns?.stopped.add(thread);
  }

  /** Non-stop ends with the debugger (detach, kill): no more events. */
  end(): void {
    if (this.ns !== null) this.host.core.cancelStep();
    this.ns = null;
  }

  /**
   * The board started again (GDB's kill or run, `monitor reset`, a guest's reset) while
   * GDB is in non-stop mode: the session goes on. GDB is told at once, by events, that the
   * old boot's VMs exited (in all-stop each exit would be a stop of its own). `stopped`:
   * the threads stopped now (after `run`: the one its reply names; GDB takes the threads
   * it finds later as running), else each thread keeps its state.
   */
  restarted(stopped?: readonly ThreadId[]): void {
    const ns = this.ns;
    if (ns === null) return;
    this.host.core.cancelStep();
    ns.held.clear();
    if (stopped !== undefined) {
      ns.stopped.clear();
      for (const t of stopped) ns.stopped.add(t);
    }
    // After the reply of the packet that reset the board (vKill, vRun, qRcmd).
    setImmediate(() => {
      if (this.ns !== ns) return;
      let exit: StopEvent | undefined;
      while (this.ns === ns && (exit = this.host.threads.takeExit()) !== undefined) ns.onEvent(exit);
      this.kick(ns);
    });
  }

  enter(onEvent: StopCallback): void {
    const threads = this.host.threads;
    if (threads.exited) throw new TargetError(Errno.ESRCH, 'the machine has powered off');
    this.host.stopRunning();
    // Threads keep their state: everything is stopped when GDB is attached in all-stop.
    const stopped = new ThreadSet();
    for (const p of threads.listProcesses()) for (const t of p.threads) stopped.add({ pid: p.pid, tid: t.tid });
    const policy: StopPolicy = {
      threadOf: (pe) => threads.threadOfCpu(pe),
      breakpointStops: (t) => !stopped.has(t),
      reports: (t) => !stopped.has(t),
    };
    this.ns = { onEvent, stopped, held: new Map(), policy, ticking: false };
  }

  leave(): void {
    // Everything stops (unreported): all-stop with the board stopped.
    this.ns = null;
    this.host.core.forget();
  }

  resume(actions: readonly ThreadAction[]): void {
    const ns = this.ns;
    if (ns === null) throw new TargetError(Errno.EPERM, 'not in non-stop mode');
    const { threads, core } = this.host;
    for (const a of actions) {
      if (a.action === 'stop') continue;
      const r = threads.resolve(a.thread);
      if (a.addr !== undefined) threads.setPc(r, a.addr);
      for (const [pe, t] of [...ns.held]) if (sameThread(t, a.thread)) ns.held.delete(pe);
      if (a.action === 'step') {
        if (r.kind === 'vcpu') {
          if (core.steppingThread !== null) throw new TargetError(Errno.EBUSY, 'another thread is stepping');
          ns.stopped.delete(a.thread);
        }
        // One instruction now (the stop is reported after the OK), or at the vCPU's next entry.
        const stop = core.step(a.thread, r);
        if (stop !== null) this.deliver(ns, stop, true);
        continue;
      }
      ns.stopped.delete(a.thread);
    }
    this.kick(ns);
  }

  stop(threads: readonly ThreadId[], signal: number): void {
    const ns = this.ns;
    if (ns === null) return;
    const core = this.host.core;
    for (const t of threads) {
      if (ns.stopped.has(t)) continue;
      const r = this.host.threads.resolve(t);
      const stepping = core.steppingThread;
      if (stepping !== null && sameThread(stepping, t)) core.cancelStep();
      this.deliver(ns, core.signalStop(t, this.host.threads.coreOf(r), signal, { kind: 'interrupt' }), false);
    }
  }

  isRunning(thread: ThreadId): boolean {
    const ns = this.ns;
    const threads = this.host.threads;
    if (ns === null || threads.exited || !threads.isThreadAlive(thread)) return false;
    return !ns.stopped.has(thread);
  }

  /** PEs allowed to run now. */
  private runnable(ns: NonStopState): number[] {
    const out: number[] = [];
    const { board, threads, core } = this.host;
    for (let i = 0; i < board.cpus.length; i++) {
      // A vCPU stepping from outside its guest: its PE runs the hypervisor until it enters
      // the vCPU again, even if that PE's own thread is stopped (as in all-stop).
      if (core.steppingPe === i) {
        out.push(i);
        continue;
      }
      if (ns.stopped.contains(MACHINE_PID, i + 1) || ns.held.has(i)) continue;
      const v = threads.awareness?.running(i) ?? null;
      if (v !== null && this.frozen(v)) continue;
      out.push(i);
    }
    return out;
  }

  /**
   * Tells GDB a stop (now, or at the next turn of the event loop: after the OK of the
   * vCont that stepped). The board's power-off ends every process.
   */
  private deliver(ns: NonStopState, ev: StopEvent, later: boolean): void {
    if (ev.kind === 'exited' && ev.pid === MACHINE_PID) {
      const pids = this.host.threads.listProcesses().map((p) => p.pid);
      this.host.threads.exited = true;
      this.ns = null;
      for (const pid of pids) ns.onEvent({ kind: 'exited', pid, code: 0 });
      return;
    }
    if (ev.kind === 'signal') ns.stopped.add(ev.thread);
    if (later) setImmediate(() => this.ns === ns && ns.onEvent(ev));
    else ns.onEvent(ev);
  }

  /** Schedules the next background slice: later when the board is idle (every PE waits, nothing armed). */
  private kick(ns: NonStopState, idle = false): void {
    if (ns.ticking || this.ns !== ns) return;
    ns.ticking = true;
    if (idle) setTimeout(() => this.tick(ns), IDLE_LOOK_MS);
    else setImmediate(() => this.tick(ns));
  }

  /** One background slice of the unfrozen PEs; reschedules itself while any can run. */
  private tick(ns: NonStopState): void {
    ns.ticking = false;
    const { threads, core } = this.host;
    if (this.ns !== ns || threads.exited) return;
    if (this.runnable(ns).length === 0) return; // everything frozen: idle until a resume
    const ev = core.runSlice(NS_SLICE, () => this.runnable(ns), ns.policy);
    if (ev !== null) this.onBoardEvent(ns, ev);
    threads.refresh();
    let exit: StopEvent | undefined;
    while (this.ns === ns && (exit = threads.takeExit()) !== undefined) ns.onEvent(exit);
    if (this.ns === ns) this.kick(ns, core.idle());
  }

  private onBoardEvent(ns: NonStopState, ev: BoardEvent): void {
    const stop = this.host.core.stopFor(ev, ns.policy);
    if (stop === null) return;
    // At a catchpoint the PE stays at its EL2 vector (the vCPU's state is its exit
    // snapshot) until the vCPU's thread is resumed.
    if (ev.kind === 'request' && ev.why === 'guest-exit' && stop.kind === 'signal') ns.held.set(ev.cpu, stop.thread);
    this.deliver(ns, stop, false);
  }
}
