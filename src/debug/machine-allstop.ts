// All-stop mode of the machine target: GDB resumes threads, the board runs slice by slice
// until the run core reports a stop, which stops everything.

import { GdbSignal, type StopCallback, type StopEvent, type ThreadAction, type ThreadId } from '../rsp/target.ts';
import { IDLE_LOOK_MS, type RunCore, type StopPolicy } from './run-core.ts';
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
  /** A stop not told yet: GDB is being shown a new VM first (see deliver). */
  private held: StopEvent | null = null;
  /** The resume continues every process, those GDB does not know yet included. */
  private everyProcess = false;
  /**
   * The resume steps a thread. Its stop is that thread's: never another thread's
   * catchpoint, nor a VM's exit. GDB 13 stepping a thread over a breakpoint and told of
   * another event keeps the step pending, and its next `continue` waits for that step
   * forever ("Continuing." and nothing more; Ctrl-C unanswered, the board is stopped).
   */
  stepping = false;
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
    this.held = null;
  }

  resume(actions: readonly ThreadAction[], onStop: StopCallback, everyProcess: boolean): void {
    this.onStop = onStop;
    this.interruptRequested = false;
    this.everyProcess = everyProcess;
    const held = this.held;
    this.held = null;
    // GDB resumed after the stop that showed it a new VM: the stop it was not told yet, if
    // it resumed that thread's process (else the stop is GDB's no longer).
    if (held !== null && held.kind === 'signal' && actions.some((a) => a.action !== 'stop' && a.thread.pid === held.thread.pid)) {
      this.resumedPids.clear();
      for (const a of actions) if (a.action !== 'stop') this.resumedPids.add(a.thread.pid);
      setImmediate(() => this.deliver(held));
      return;
    }
    this.core.forget();
    this.stepping = actions.some((a) => a.action === 'step');
    // VMs that ended while the board was stopped (a reset, GDB's kill): their exits first.
    const exit = this.stepping ? undefined : this.threads.takeExit();
    if (exit !== undefined) {
      setImmediate(() => this.deliver(exit));
      return;
    }
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
    try {
      this.runTick();
    } catch (e) {
      // An emulator failure must not leave GDB waiting for a stop that never comes: it is
      // logged with its stack, and GDB gets a SIGABRT stop with the reason on its console.
      const why = e instanceof Error ? (e.stack ?? e.message) : String(e);
      process.stderr.write(`zvm-gdbserver: internal error while running the board: ${why}\n`);
      this.running = false;
      const t = this.interruptThread();
      const message = `zvm-gdbserver: internal error while running the board: ${e instanceof Error ? e.message : String(e)} (stack in the server's log)`;
      this.deliver({ ...this.core.signalStop(t.thread, t.core, GdbSignal.ABRT, { kind: 'halt' }), message });
    }
  }

  private runTick(): void {
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
    const stop = (ev !== null ? this.core.stopFor(ev, this.policy) : this.stepping ? undefined : this.threads.takeExit()) ?? null;
    if (stop !== null) {
      this.running = false;
      this.deliver(stop);
      return;
    }
    // Every PE in WFI with nothing armed: look again later instead of spinning (console
    // input and GDB's Ctrl-C arrive meanwhile).
    if (this.core.idle()) setTimeout(() => this.tick(), IDLE_LOOK_MS);
    else setImmediate(() => this.tick());
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

  /**
   * Tells GDB the stop of the current resume; the board's power-off ends every thread.
   *
   * A VM GDB has not seen yet is shown to it first, by a stop of its vCPU that GDB
   * ignores (a software-breakpoint trap where GDB has no breakpoint: it resumes at once),
   * and the real stop waits for that resume. GDB 13 must not find a new process in the
   * thread list it reads after a stop: adding the inferior then (remote.c
   * remote_add_inferior, infcmd.c notice_new_inferior) leaves the new process's thread
   * selected, and GDB reports the stop there (`0x... in ?? ()` in the VM instead of the
   * breakpoint hit in thread 1.2). From a stop reply it adds the process before it picks
   * the event thread, which is harmless. (With `set schedule-multiple off` GDB resumes
   * only the current inferior, and the new VM is left to the thread list.)
   */
  private deliver(ev: StopEvent): void {
    const cb = this.onStop;
    this.onStop = null;
    if (cb === null) return;
    if (ev.kind === 'exited' && ev.pid === MACHINE_PID) this.threads.exited = true;
    // Only when GDB resumed every process: it then resumes every process again (else it
    // would resume only the new one, the current inferior after that stop).
    const shown = ev.kind === 'signal' && this.everyProcess ? this.threads.announceNext() : undefined;
    if (shown !== undefined) {
      this.held = ev;
      cb({ ...this.core.signalStop(shown.thread, shown.core, GdbSignal.TRAP, { kind: 'attach' }), reason: { kind: 'swbreak' } });
      return;
    }
    cb(ev);
  }
}
