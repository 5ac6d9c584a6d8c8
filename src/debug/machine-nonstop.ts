// Non-stop mode of the machine target.
//
// Each GDB thread is running or stopped on its own. A PE runs unless it is frozen: its
// own thread (process 1) is stopped, the vCPU it runs is stopped (a stopped vCPU that
// is not on a PE freezes the PE it next enters: vCPUs are pinned by the hypervisor), or
// it is held at a catchpoint's exit. The unfrozen PEs run in the background, slice by
// slice, while board time keeps going for all.

import type { BoardEvent } from '../machine/board/virt.ts';
import {
  Errno,
  GdbSignal,
  TargetError,
  type NonStopCapability,
  type ProcessInfo,
  type StopCallback,
  type StopEvent,
  type StopReason,
  type ThreadAction,
  type ThreadId,
} from '../rsp/target.ts';
import type { Vcpu } from '../zvm/awareness.ts';
import { hitStopInfo, type CatchHit } from '../zvm/catch.ts';
import { MACHINE_PID, type MachineView, type Resolved, type SignalStop } from './machine-threads.ts';

/** A slice of the background run loop (a quarter of all-stop's: GDB talks while it runs). */
const NS_SLICE = 250_000;

/** What non-stop mode uses of the machine target. */
export interface NonStopHost extends MachineView {
  /** The machine has powered off: threads are gone. */
  exited(): boolean;
  /** Ends free running and any all-stop resume, and forgets a catchpoint hit not reported. */
  stopRunning(): void;
  /** Forgets a catchpoint hit not reported yet. */
  forgetCatchHit(): void;
  /** The machine powered off. */
  powerOff(): void;
  /** After a run slice or a step (e.g. flushes console output). */
  afterSlice(): void;
  listProcesses(): ProcessInfo[];
  isThreadAlive(thread: ThreadId): boolean;
  /** The thread PE `pe` runs now. */
  threadOfCpu(pe: number): ThreadId;
  /** The stop of `thread` (it becomes the current thread), with its expedited registers. */
  signalStop(thread: ThreadId, core: number, signal: number): SignalStop;
  setPc(r: Resolved, pc: bigint): void;
  pcOf(r: Resolved): bigint;
  /** The processes (address spaces) a breakpoint at `addr` is set in. */
  breakpointPids(addr: bigint): ReadonlySet<number> | undefined;
  /** One run slice of the PEs `pes()` gives (see MachineTarget.runSlice). */
  runSlice(instructions: number, pes: () => readonly number[], applies: (pe: number) => boolean): BoardEvent | null;
  /** The exit of a deleted VM's process to report, if any. */
  takeExit(): StopEvent | undefined;
  /** The stop at a physical watchpoint of PE `pe`. */
  physicalWatchStop(pe: number): SignalStop;
  /** The catchpoint hit that stopped a PE (announced on stderr), or null. */
  takeCatchHit(): CatchHit | null;
  /** A PE halted: says why on stderr, clears the halt and returns the signal to report. */
  takeHalt(ev: Extract<BoardEvent, { kind: 'halt' }>): number;
}

interface NonStopState {
  readonly onEvent: StopCallback;
  /** Threads ("pid.tid") stopped; threads not listed (e.g. of a VM seen later) run. */
  readonly stopped: Set<string>;
  /** PEs held at a catchpoint's exit, with the vCPU thread whose resume releases them. */
  readonly held: Map<number, string>;
  /** A vCPU thread to step once it enters its guest (it was not on a PE). */
  stepping: { readonly thread: ThreadId; readonly vcpu: Vcpu; readonly pc: bigint } | null;
  /** A slice is scheduled. */
  ticking: boolean;
}

export class NonStopMode implements NonStopCapability {
  /** The state between enter and leave, else null. */
  private ns: NonStopState | null = null;

  constructor(private readonly target: NonStopHost) {}

  get active(): boolean {
    return this.ns !== null;
  }

  /**
   * Whether the PE that enters `vcpu` must stop: the vCPU's thread is stopped (its PE
   * freezes as soon as it enters), or it is to step once entered.
   */
  stopsOnEntry(vcpu: Vcpu): boolean {
    const ns = this.ns;
    return ns !== null && (ns.stepping?.vcpu === vcpu || ns.stopped.has(this.vcpuKey(vcpu)));
  }

  /** Marks a thread stopped (attach: the server tells GDB every thread of the process stopped). */
  markStopped(thread: ThreadId): void {
    this.ns?.stopped.add(`${thread.pid}.${thread.tid}`);
  }

  /** Non-stop ends with the debugger (detach, kill): no more events. */
  end(): void {
    this.ns = null;
  }

  enter(onEvent: StopCallback): void {
    if (this.target.exited()) throw new TargetError(Errno.ESRCH, 'the machine has powered off');
    this.target.stopRunning();
    // Threads keep their state: everything is stopped when GDB is attached in all-stop.
    const stopped = new Set<string>();
    for (const p of this.target.listProcesses()) for (const t of p.threads) stopped.add(`${p.pid}.${t.tid}`);
    this.ns = { onEvent, stopped, held: new Map(), stepping: null, ticking: false };
  }

  leave(): void {
    // Everything stops (unreported): all-stop with the board stopped.
    this.ns = null;
    this.target.forgetCatchHit();
  }

  resume(actions: readonly ThreadAction[]): void {
    const ns = this.ns;
    if (ns === null) throw new TargetError(Errno.EPERM, 'not in non-stop mode');
    for (const a of actions) {
      if (a.action === 'stop') continue;
      const r = this.target.resolve(a.thread);
      const key = `${a.thread.pid}.${a.thread.tid}`;
      if (a.addr !== undefined) this.target.setPc(r, a.addr);
      for (const [pe, k] of [...ns.held]) if (k === key) ns.held.delete(pe);
      if (a.action === 'step') {
        if (r.kind === 'vcpu') {
          if (ns.stepping !== null) throw new TargetError(Errno.EBUSY, 'another thread is stepping');
          ns.stopped.delete(key);
          if (r.vcpu.pe >= 0) this.stepVcpu(ns, a.thread, r.vcpu, r.vcpu.pe, true);
          else this.stepWhenEntered(ns, a.thread, r);
          continue;
        }
        // One instruction on its PE now; the stop is reported after the OK.
        const i = this.coreOf(r);
        this.stepped(ns, a.thread, i, this.target.board.step(i), true);
        continue;
      }
      ns.stopped.delete(key);
    }
    this.kick(ns);
  }

  stop(threads: readonly ThreadId[], signal: number): void {
    const ns = this.ns;
    if (ns === null) return;
    for (const t of threads) {
      const key = `${t.pid}.${t.tid}`;
      if (ns.stopped.has(key)) continue;
      const r = this.target.resolve(t);
      if (ns.stepping !== null && ns.stepping.thread.pid === t.pid && ns.stepping.thread.tid === t.tid) ns.stepping = null;
      this.stopThread(ns, t, this.coreOf(r), signal);
    }
  }

  isRunning(thread: ThreadId): boolean {
    const ns = this.ns;
    if (ns === null || this.target.exited() || !this.target.isThreadAlive(thread)) return false;
    return !ns.stopped.has(`${thread.pid}.${thread.tid}`);
  }

  private vcpuKey(v: Vcpu): string {
    return `${this.target.pidOf(v.vm)}.${v.index + 1}`;
  }

  /** PEs allowed to run now. */
  private runnable(ns: NonStopState): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.target.board.cpus.length; i++) {
      // A vCPU stepping from outside its guest: its PE runs the hypervisor until it enters
      // the vCPU again, even if that PE's own thread is stopped (as in all-stop).
      if (ns.stepping !== null && ns.stepping.vcpu.lastPe === i) {
        out.push(i);
        continue;
      }
      if (ns.stopped.has(`${MACHINE_PID}.${i + 1}`) || ns.held.has(i)) continue;
      const v = this.target.awareness?.running(i) ?? null;
      if (v !== null && ns.stopped.has(this.vcpuKey(v))) continue;
      out.push(i);
    }
    return out;
  }

  /** Marks `thread` stopped and reports it (now, or at the next turn of the event loop). */
  private stopThread(ns: NonStopState, thread: ThreadId, core: number, signal: number, reason?: StopReason, later = false, info?: [string, string][]): void {
    ns.stopped.add(`${thread.pid}.${thread.tid}`);
    const ev: StopEvent = { ...this.target.signalStop(thread, core, signal), ...(reason !== undefined && { reason }), ...(info !== undefined && { info }) };
    if (later) setImmediate(() => this.ns === ns && ns.onEvent(ev));
    else ns.onEvent(ev);
  }

  /** Core of a thread for its stop event (-1: unknown). */
  private coreOf(r: Resolved): number {
    return r.kind === 'pe' ? r.cpu.index : r.vcpu.pe >= 0 ? r.vcpu.pe : r.vcpu.lastPe;
  }

  private kick(ns: NonStopState): void {
    if (ns.ticking || this.ns !== ns) return;
    ns.ticking = true;
    setImmediate(() => this.tick(ns));
  }

  /** One background slice of the unfrozen PEs; reschedules itself while any can run. */
  private tick(ns: NonStopState): void {
    ns.ticking = false;
    if (this.ns !== ns || this.target.exited()) return;
    if (this.runnable(ns).length === 0) return; // everything frozen: idle until a resume
    const ev = this.target.runSlice(NS_SLICE, () => this.runnable(ns), (pe) => this.breakpointApplies(ns, pe));
    if (ev !== null) this.onBoardEvent(ns, ev);
    this.target.refreshVms();
    let exit: StopEvent | undefined;
    while (this.ns === ns && (exit = this.target.takeExit()) !== undefined) ns.onEvent(exit);
    if (this.ns === ns) this.kick(ns);
  }

  /** The breakpoint PE `i` stopped at is set in the process it runs in, whose thread runs. */
  private breakpointApplies(ns: NonStopState, i: number): boolean {
    const pids = this.target.breakpointPids(this.target.board.cpus[i].getPC());
    const t = this.target.threadOfCpu(i);
    return pids !== undefined && pids.has(t.pid) && !ns.stopped.has(`${t.pid}.${t.tid}`);
  }

  private onBoardEvent(ns: NonStopState, ev: BoardEvent): void {
    const board = this.target.board;
    switch (ev.kind) {
      case 'reset':
        this.target.resetBoard();
        return;
      case 'poweroff': {
        const pids = this.target.listProcesses().map((p) => p.pid);
        this.target.powerOff();
        this.ns = null;
        for (const pid of pids) ns.onEvent({ kind: 'exited', pid, code: 0 });
        return;
      }
      case 'breakpoint':
        if (!this.breakpointApplies(ns, ev.cpu)) {
          board.cpus[ev.cpu].skipBreakpointOnce = true;
          return;
        }
        this.stopThread(ns, this.target.threadOfCpu(ev.cpu), ev.cpu, GdbSignal.TRAP, { kind: 'swbreak' });
        return;
      case 'watchpoint':
        if (board.cpus[ev.cpu].watchHit?.space === 'pa') {
          const stop = this.target.physicalWatchStop(ev.cpu);
          this.stopThread(ns, stop.thread, ev.cpu, GdbSignal.TRAP);
        } else this.stopThread(ns, this.target.threadOfCpu(ev.cpu), ev.cpu, GdbSignal.TRAP, { kind: ev.watch, addr: ev.addr });
        return;
      case 'halt': {
        const signal = this.target.takeHalt(ev);
        this.stopThread(ns, this.target.threadOfCpu(ev.cpu), ev.cpu, signal);
        return;
      }
      case 'request': {
        const h = this.target.takeCatchHit();
        if (h !== null) {
          // The PE stays at its EL2 vector (the vCPU's state is its exit snapshot) until
          // the vCPU's thread is resumed.
          const thread = { pid: h.pid, tid: h.vcpuIndex + 1 };
          ns.held.set(h.exit.pe, `${thread.pid}.${thread.tid}`);
          this.stopThread(ns, thread, h.exit.pe, GdbSignal.TRAP, undefined, false, hitStopInfo(h));
          return;
        }
        const st = ns.stepping;
        const v = this.target.awareness?.running(ev.cpu) ?? null;
        if (st !== null && v === st.vcpu) {
          // The vCPU to step has just entered its guest.
          ns.stepping = null;
          // The hypervisor completed the instruction (emulated it, e.g. an MMIO access or
          // an HVC): that was the step. Else one instruction now.
          if (board.cpus[ev.cpu].getPC() !== st.pc) this.stopThread(ns, st.thread, ev.cpu, GdbSignal.TRAP);
          else this.stepVcpu(ns, st.thread, v, ev.cpu, false);
        }
        // Else: a stopped vCPU entered its guest; its PE is frozen from now on.
        return;
      }
    }
  }

  /** A vCPU not on a PE steps once the hypervisor enters it (its PE runs until then). */
  private stepWhenEntered(ns: NonStopState, thread: ThreadId, r: Extract<Resolved, { kind: 'vcpu' }>): void {
    ns.stepping = { thread, vcpu: r.vcpu, pc: this.target.pcOf(r) };
  }

  /**
   * One instruction of a vCPU on PE `pe`. If the PE left the guest without retiring it
   * (an interrupt to EL2 was pending: the vCPU has been frozen while time passed), the
   * step completes when the hypervisor enters the vCPU again.
   */
  private stepVcpu(ns: NonStopState, thread: ThreadId, vcpu: Vcpu, pe: number, later: boolean): void {
    const pc = this.target.board.cpus[pe].getPC();
    const ev = this.target.board.step(pe);
    const r: Resolved = { kind: 'vcpu', vm: vcpu.vm, vcpu };
    if ((ev === null || ev.kind === 'request') && vcpu.pe !== pe && this.target.pcOf(r) === pc) {
      this.target.afterSlice();
      this.stepWhenEntered(ns, thread, r);
      this.kick(ns);
      return;
    }
    this.stepped(ns, thread, pe, ev, later);
  }

  /** Reports the stop of `thread` after it stepped one instruction on PE `pe`. */
  private stepped(ns: NonStopState, thread: ThreadId, pe: number, ev: BoardEvent | null, later: boolean): void {
    this.target.afterSlice();
    if (ev?.kind === 'halt') {
      this.stopThread(ns, thread, pe, this.target.takeHalt(ev), undefined, later);
    } else if (ev?.kind === 'watchpoint') {
      this.stopThread(ns, thread, pe, GdbSignal.TRAP, { kind: ev.watch, addr: ev.addr }, later);
    } else {
      if (ev?.kind === 'reset') this.target.resetBoard();
      this.stopThread(ns, thread, pe, GdbSignal.TRAP, undefined, later);
    }
  }
}
