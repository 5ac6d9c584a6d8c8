// All-stop mode of the machine target: GDB resumes threads, the board runs slice by slice
// until the run core reports a stop, which stops everything.

import { GdbSignal, type StopCallback, type StopEvent, type ThreadAction, type ThreadId } from '../rsp/target.ts';
import type { RunCore, StopPolicy } from './run-core.ts';
import { MACHINE_PID, type ThreadMap } from './thread-map.ts';

/** Instructions per run slice before yielding to the event loop (Ctrl-C, sockets). */
const SLICE = 1_000_000;

export class AllStopMode {
  /** GDB resumed the board and has not been told of its stop yet. */
  running = false;
  private interruptRequested = false;
  private onStop: StopCallback | null = null;
  /** CPUs allowed to run in the current resume (undefined = all). */
  private runnable: number[] | undefined;
  /** The process GDB resumed first (Ctrl-C reports one of its threads). */
  private resumedPid = MACHINE_PID;
  /**
   * Every process GDB resumed. The PEs run the vCPUs whatever GDB resumed, but GDB keeps
   * the threads of the others stopped: their breakpoints must not stop the board
   * (GDB 13 fails an assertion on a stop of a thread it did not resume).
   */
  private readonly resumedPids = new Set<number>();
  private readonly policy: StopPolicy = {
    threadOf: (pe) => this.stoppedThread(pe),
    breakpointStops: (t) => this.resumedPids.has(t.pid),
    // Stepping a vCPU from outside its guest resumes no process: its stop is reported.
    reports: (t) => this.resumedPids.size === 0 || this.resumedPids.has(t.pid),
  };

  constructor(
    private readonly threads: ThreadMap,
    private readonly core: RunCore,
  ) {}

  /** Ends the current resume without a stop report (non-stop begins, GDB kills). */
  cancel(): void {
    this.running = false;
    this.onStop = null;
  }

  resume(actions: readonly ThreadAction[], onStop: StopCallback): void {
    this.onStop = onStop;
    this.interruptRequested = false;
    this.core.forget();
    for (const a of actions) if (a.addr !== undefined) this.threads.setPc(this.threads.resolve(a.thread), a.addr);
    const step = actions.find((a) => a.action === 'step');
    if (step !== undefined) {
      // One instruction of the stepping thread; the others stay where they are (as QEMU's
      // gdbstub does), which is what GDB's scheduler-locking "step" mode expects.
      this.resumedPid = step.thread.pid;
      this.resumedPids.clear();
      const stop = this.core.step(step.thread, this.threads.resolve(step.thread));
      if (stop !== null) {
        this.resumedPids.add(step.thread.pid);
        setImmediate(() => this.deliver(stop));
        return;
      }
      // A vCPU not on a PE: the board runs until the hypervisor enters it, then it steps.
      this.runnable = undefined;
      this.running = true;
      setImmediate(() => this.tick());
      return;
    }
    const conts = actions.filter((a) => a.action === 'continue');
    this.resumedPid = conts[0]?.thread.pid ?? MACHINE_PID;
    this.resumedPids.clear();
    for (const a of conts) this.resumedPids.add(a.thread.pid);
    // A VM runs only when the hypervisor schedules it: continuing any vCPU runs the board.
    this.runnable = conts.some((a) => a.thread.pid !== MACHINE_PID)
      ? undefined
      : conts.map((a) => this.threads.resolve(a.thread)).flatMap((r) => (r.kind === 'pe' ? [r.cpu.index] : []));
    if (this.runnable !== undefined && this.runnable.length === 0) {
      setImmediate(() => this.deliver(this.core.signalStop({ pid: MACHINE_PID, tid: 1 }, 0, GdbSignal.TRAP, { kind: 'step' })));
      return;
    }
    this.running = true;
    setImmediate(() => this.tick());
  }

  interrupt(): void {
    if (this.running) this.interruptRequested = true;
  }

  private tick(): void {
    if (!this.running) return;
    if (this.interruptRequested) {
      this.running = false;
      const t = this.interruptThread();
      this.deliver(this.core.signalStop(t.thread, t.core, GdbSignal.INT, { kind: 'interrupt' }));
      return;
    }
    const ev = this.core.runSlice(SLICE, () => this.runnable, this.policy);
    this.threads.refresh();
    // A VM the hypervisor deleted ends the resume with its exit, if nothing else stopped it.
    const stop = (ev === null ? this.threads.takeExit() : this.core.stopFor(ev, this.policy)) ?? null;
    if (stop !== null) {
      this.running = false;
      this.deliver(stop);
      return;
    }
    setImmediate(() => this.tick());
  }

  /**
   * The thread to report a stop of PE `i` for: what it runs now if GDB resumed that
   * process, else the PE's own thread, else a thread of the process GDB resumed.
   */
  private stoppedThread(i: number): ThreadId {
    const t = this.threads.threadOfCpu(i);
    if (this.policy.reports(t)) return t;
    if (this.resumedPids.has(MACHINE_PID)) return { pid: MACHINE_PID, tid: i + 1 };
    return this.interruptThread().thread;
  }

  /** Ctrl-C: a thread of the process GDB resumed (a vCPU on a PE preferably), and its core. */
  private interruptThread(): { thread: ThreadId; core: number } {
    const vm = this.threads.vmOf(this.resumedPid);
    if (vm !== undefined && vm.vcpus.length > 0) {
      const v = vm.vcpus.find((c) => c.pe >= 0) ?? vm.vcpus[0];
      return { thread: { pid: this.resumedPid, tid: v.index + 1 }, core: v.pe >= 0 ? v.pe : v.lastPe };
    }
    const i = this.runnable?.[0] ?? 0;
    return { thread: { pid: MACHINE_PID, tid: i + 1 }, core: i };
  }

  /** Tells GDB the stop of the current resume; the board's power-off ends every thread. */
  private deliver(ev: StopEvent): void {
    const cb = this.onStop;
    this.onStop = null;
    if (cb === null) return;
    if (ev.kind === 'exited' && ev.pid === MACHINE_PID) this.threads.exited = true;
    cb(ev);
  }
}
