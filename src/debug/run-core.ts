// The run-and-stop core of the GDB adapter, shared by all-stop and non-stop mode: one run
// slice, stepping (a vCPU not on a PE steps at its next entry), and stopFor(), which
// turns a board event into the stop GDB is told (or none: the run goes on). A mode says
// only which thread a PE's stop is reported for and which threads GDB lets run.

import { describeEvent, type BoardEvent, type VirtBoard } from '../machine/board/virt.ts';
import type { Cpu, WatchHit } from '../machine/cpu/cpu.ts';
import { stepPe } from '../machine/board/pe-step.ts';
import { GdbSignal, type StopEvent, type ThreadId } from '../rsp/target.ts';
import type { Vcpu } from '../zvm/awareness.ts';
import { CatchHit, describeHit, hitStopInfo } from '../zvm/catch.ts';
import { ExitInfo, type TraceRecorder } from '../zvm/trace.ts';
import { REG, registerSize } from './aarch64-registers.ts';
import type { DebugPoints } from './debug-points.ts';
import type { StopCause } from './siginfo.ts';
import { MACHINE_PID, type Resolved, type SignalStop, type ThreadMap } from './thread-map.ts';

const EXPEDITED = [29, 30, REG.SP, REG.PC, REG.CPSR];

/** False breakpoint hits (another address space) handled per run slice before yielding. */
const MAX_FALSE_HITS = 256;

/** What the core needs around it. */
export interface RunHost {
  /** After a run slice or a step (e.g. flushes console output). */
  afterSlice(): void;
  /** Before a run slice: moves `monitor uart` text into the UARTs. */
  feedUarts(): void;
  /** Resets the board (CPU 0 restarts at the image entry point). */
  resetBoard(): void;
  /** GDB controls the run (a resume, or non-stop mode): catchpoints stop only then. */
  controlled(): boolean;
  /** A vCPU GDB keeps stopped (non-stop): the PE that enters it stops at once. */
  frozen(vcpu: Vcpu): boolean;
  /** The exit trace, once `monitor trace` made one. */
  trace(): TraceRecorder | null;
  /** Before the core steps PE `pe` alone (`masked`: with its interrupt inputs held low):
   *  reverse execution replays such steps as they were made. */
  beforeStep?(pe: number, masked: boolean): void;
}

/** How a run mode reports stops. */
export interface StopPolicy {
  /** The thread to report a stop of PE `pe` for. */
  threadOf(pe: number): ThreadId;
  /** A breakpoint hit by `thread` stops the run (else the PE steps over it). */
  breakpointStops(thread: ThreadId): boolean;
  /** A stop of `thread` may be reported (GDB lets it run); else the PE's threadOf is. */
  reports(thread: ThreadId): boolean;
}

/** How long a run of an idle board (board.idle(): every PE waits, nothing armed) waits before it looks again, ms. */
export const IDLE_LOOK_MS = 50;

export class RunCore {
  /** A step may take a pending interrupt (`monitor step irq on`). Off by default, as in
   *  QEMU's gdbstub: else `next` in an RTOS with a busy timer ends in its IRQ vector. */
  stepTakesInterrupts = false;
  /** A vCPU to step once it next enters its guest, and its PC then (to see whether the hypervisor completed the instruction). */
  private stepping: { readonly thread: ThreadId; readonly vcpu: Vcpu; readonly pc: bigint } | null = null;
  /** PEs stopped before an access to a physical watchpoint: they make it before running on. */
  private readonly pastWatch = new Set<number>();
  /** The catchpoint hit that asked for the stop (one at a time). */
  private readonly catchHit = new CatchHit();
  private catchPending = false;
  /** The last catchpoint hit, in words (`monitor catch last`). */
  lastCatch: string | undefined;
  /** Guest exits read for `monitor trace` and catchpoints. */
  private readonly exitInfo = new ExitInfo();

  constructor(
    private readonly board: VirtBoard,
    private readonly threads: ThreadMap,
    private readonly points: DebugPoints,
    private readonly host: RunHost,
  ) {
    const aw = threads.awareness;
    if (aw !== null) {
      aw.events = {
        entered: (vcpu, pe) => {
          if (this.stepping?.vcpu === vcpu || host.frozen(vcpu)) this.board.requestStop(pe, 'guest-entry');
          const trace = host.trace();
          if (trace?.recording === true) trace.entry(threads.pidOf(vcpu.vm), vcpu.index, this.board.cpus[pe].counter());
        },
        exited: (vcpu, cpu) => this.onGuestExit(vcpu, cpu),
      };
    }
  }

  /** Every PE waits for an interrupt with nothing armed to wake it: only input can (board.idle()). */
  idle(): boolean {
    return this.board.idle();
  }

  /** Forgets a step waiting for its vCPU and a catchpoint hit not reported (a new resume, a mode change). */
  forget(): void {
    this.stepping = null;
    this.catchPending = false;
  }

  forgetCatchHit(): void {
    this.catchPending = false;
  }

  /** The thread stepping at its vCPU's next entry, if any. */
  get steppingThread(): ThreadId | null {
    return this.stepping?.thread ?? null;
  }

  /** The PE the vCPU stepping at its next entry last ran on (its hypervisor runs until it enters it), or -1. */
  get steppingPe(): number {
    return this.stepping?.vcpu.lastPe ?? -1;
  }

  cancelStep(): void {
    this.stepping = null;
  }

  /** Guest exit hook (hot path): records it when tracing, stops the board at a catchpoint. */
  private onGuestExit(vcpu: Vcpu, cpu: Cpu): void {
    const trace = this.host.trace();
    const tracing = trace !== null && trace.recording;
    const catches = this.points.catches;
    if (!tracing && !catches.active) return;
    const e = this.exitInfo.read(cpu);
    const pid = this.threads.pidOf(vcpu.vm);
    if (tracing) trace.exit(pid, vcpu.index, e);
    // Only while GDB controls the run (not free running, not stepping), one hit at a time.
    if (!this.host.controlled() || this.catchPending || !catches.active) return;
    const c = catches.match(e.code, pid);
    if (c === null) return;
    c.hits++;
    const h = this.catchHit;
    h.exit.read(cpu);
    h.catchId = c.id;
    h.pid = pid;
    h.vcpuIndex = vcpu.index;
    h.vcpuName = vcpu.vm.vcpuName(vcpu);
    this.catchPending = true;
    // The PE stops at its EL2 vector: the vCPU's state is its snapshot, taken at the exit.
    this.board.requestStop(cpu.index, 'guest-exit');
  }

  /**
   * One run slice of the PEs `pes()` gives (undefined: all), after feeding the UARTs
   * `monitor uart` text and letting PEs stopped at a physical watchpoint make their access.
   * A breakpoint that does not stop (another address space, or a thread GDB keeps stopped)
   * is stepped over, up to MAX_FALSE_HITS times.
   */
  runSlice(instructions: number, pes: () => readonly number[] | undefined, policy: StopPolicy): BoardEvent | null {
    const only = pes();
    this.host.feedUarts();
    this.stepPastWatches(only);
    let ev = this.board.run(instructions, true, only);
    for (let k = 0; k < MAX_FALSE_HITS && ev?.kind === 'breakpoint' && !this.breakpointStops(ev.cpu, policy); k++) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
      ev = this.board.run(instructions, true, pes());
    }
    this.host.afterSlice();
    return ev;
  }

  private breakpointStops(pe: number, policy: StopPolicy): boolean {
    const t = this.points.breakpointThread(pe);
    return t !== null && policy.breakpointStops(t);
  }

  /**
   * The stop a board event means, or null when the run goes on (a breakpoint of another
   * address space, a reset, a vCPU GDB keeps stopped entering its guest). A power-off is
   * the exit of process 1 (the mode tells GDB and marks the threads gone).
   */
  stopFor(ev: BoardEvent, policy: StopPolicy): StopEvent | null {
    switch (ev.kind) {
      case 'reset':
        this.host.resetBoard();
        return null;
      case 'poweroff':
        return { kind: 'exited', pid: MACHINE_PID, code: 0 };
      case 'breakpoint':
        if (!this.breakpointStops(ev.cpu, policy)) {
          this.board.cpus[ev.cpu].skipBreakpointOnce = true;
          return null;
        }
        return { ...this.signalStop(policy.threadOf(ev.cpu), ev.cpu, GdbSignal.TRAP, { kind: 'breakpoint' }), reason: { kind: 'swbreak' } };
      case 'watchpoint':
        return this.watchStop(ev.hit, ev.cpu, policy.threadOf(ev.cpu));
      case 'halt':
        return this.signalStop(policy.threadOf(ev.cpu), ev.cpu, this.takeHalt(ev), { kind: 'halt' });
      case 'request':
        return ev.why === 'guest-exit' ? this.catchStop(policy) : this.enteredStop(ev.cpu);
    }
  }

  /**
   * One instruction of `thread`; null when it is a vCPU that is not on a PE, or left it
   * without retiring the instruction: it steps when the hypervisor next enters it, and
   * stopFor() reports the step then (the board must run until then).
   */
  step(thread: ThreadId, r: Resolved): StopEvent | null {
    if (r.kind === 'pe') return this.stepped(thread, r.cpu.index, this.boardStep(r.cpu.index));
    if (r.vcpu.pe >= 0) return this.stepVcpu(thread, r.vcpu, r.vcpu.pe);
    this.stepping = { thread, vcpu: r.vcpu, pc: this.threads.pcOf(r) };
    return null;
  }

  /**
   * One instruction of a vCPU on PE `pe`. If the PE left the guest without retiring it
   * (an interrupt to EL2 was pending: the vCPU has been frozen while time passed), the
   * step completes when the hypervisor enters the vCPU again.
   */
  private stepVcpu(thread: ThreadId, vcpu: Vcpu, pe: number): StopEvent | null {
    const pc = this.board.cpus[pe].getPC();
    const ev = this.boardStep(pe);
    const r: Resolved = { kind: 'vcpu', vm: vcpu.vm, vcpu };
    if ((ev === null || ev.kind === 'request') && vcpu.pe !== pe && this.threads.pcOf(r) === pc) {
      this.host.afterSlice();
      this.stepping = { thread, vcpu, pc };
      return null;
    }
    return this.stepped(thread, pe, ev);
  }

  /**
   * One instruction of PE `pe`; unless stepTakesInterrupts, with its interrupt inputs held
   * low (an interrupt pending is taken at the start of a step). Board time still advances
   * by the one instruction, and no timer output changes during a step.
   */
  private boardStep(pe: number): BoardEvent | null {
    this.host.beforeStep?.(pe, !this.stepTakesInterrupts);
    return this.replayStep(pe, !this.stepTakesInterrupts, false);
  }

  /**
   * One instruction of PE `pe` as boardStep made it (`masked`: interrupt inputs held low);
   * with `checkDebugPoints` a breakpoint or watchpoint hit is the event instead (nothing
   * executed then). Reverse execution replays steps with this.
   */
  replayStep(pe: number, masked: boolean, checkDebugPoints: boolean): BoardEvent | null {
    return stepPe(this.board, pe, masked, checkDebugPoints);
  }

  /** The stop of `thread` after it stepped one instruction on PE `pe`. */
  private stepped(thread: ThreadId, pe: number, ev: BoardEvent | null): StopEvent {
    this.host.afterSlice();
    if (ev?.kind === 'halt') return this.signalStop(thread, pe, this.takeHalt(ev), { kind: 'halt' });
    if (ev?.kind === 'watchpoint') return this.watchStop(ev.hit, pe, thread);
    if (ev?.kind === 'poweroff') return { kind: 'exited', pid: MACHINE_PID, code: 0 };
    if (ev?.kind === 'reset') this.host.resetBoard();
    return this.signalStop(thread, pe, GdbSignal.TRAP, { kind: 'step' });
  }

  /** A PE entered a guest for the debugger: the vCPU to step (then the step's stop), or one GDB keeps stopped (its PE stays frozen). */
  private enteredStop(pe: number): StopEvent | null {
    const st = this.stepping;
    const v = this.threads.awareness?.running(pe) ?? null;
    if (st === null || v !== st.vcpu) return null;
    this.stepping = null;
    // The hypervisor completed the instruction (emulated it, e.g. an MMIO access or an
    // HVC): that was the step. Else one instruction now.
    if (this.board.cpus[pe].getPC() !== st.pc) return this.signalStop(st.thread, pe, GdbSignal.TRAP, { kind: 'step' });
    return this.stepVcpu(st.thread, v, pe);
  }

  /** The stop of the catchpoint hit that asked for it: the vCPU's thread (if GDB lets it run). */
  private catchStop(policy: StopPolicy): StopEvent | null {
    if (!this.catchPending) return null;
    const h = this.catchHit;
    this.catchPending = false;
    this.lastCatch = describeHit(h);
    process.stderr.write(`zvm-gdbserver: ${this.lastCatch}\n`);
    const pe = h.exit.pe;
    const vt = { pid: h.pid, tid: h.vcpuIndex + 1 };
    const thread = policy.reports(vt) ? vt : policy.threadOf(pe);
    const e = h.exit;
    const u64 = (lo: number, hi: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
    const exit = { code: e.code, esr: e.esr, far: u64(e.farLo, e.farHi), ipa: BigInt(e.ipa), pid: h.pid, tid: h.vcpuIndex + 1, pe };
    return { ...this.signalStop(thread, pe, GdbSignal.TRAP, { kind: 'catchpoint', exit }), message: this.lastCatch, info: hitStopInfo(h) };
  }

  /** A watchpoint stop of `thread` on PE `pe`: GDB's (a VA of a process), or `monitor watch`'s (physical). */
  private watchStop(hit: WatchHit, pe: number, thread: ThreadId): SignalStop {
    if (hit.space === 'va') return { ...this.signalStop(thread, pe, GdbSignal.TRAP, { kind: 'watchpoint', addr: hit.addr }), reason: { kind: hit.kind, addr: hit.addr } };
    // The PE has not made the access; it does on resume (stepPastWatches).
    const w = this.points.physWatches.at(Number(hit.addr));
    if (w !== undefined) w.hits++;
    this.pastWatch.add(pe);
    const message =
      `physical watchpoint ${w?.id ?? '?'} (${w?.label ?? 'deleted'}): ${hit.write ? 'write' : 'read'} of ${hit.size} byte(s) ` +
      `at PA 0x${hit.addr.toString(16)} (VA 0x${hit.va.toString(16)}) by thread ${thread.pid}.${thread.tid} on cpu${pe}, ` +
      `pc 0x${this.board.cpus[pe].getPC().toString(16)}`;
    process.stderr.write(`zvm-gdbserver: ${message}\n`);
    return { ...this.signalStop(thread, pe, GdbSignal.TRAP, { kind: 'physical-watch', va: hit.va, pa: hit.addr }), message };
  }

  /** PEs stopped at a physical watchpoint make their access first (else they stop again). */
  private stepPastWatches(only?: readonly number[]): void {
    for (const pe of [...this.pastWatch]) {
      if (only !== undefined && !only.includes(pe)) continue;
      this.pastWatch.delete(pe);
      this.host.beforeStep?.(pe, false);
      stepPe(this.board, pe, false, false);
    }
  }

  /** A PE halted: says why on stderr, clears the halt and returns the signal to report. */
  private takeHalt(ev: Extract<BoardEvent, { kind: 'halt' }>): number {
    process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
    const sig = ev.halt.kind === 'undefined' ? GdbSignal.ILL : GdbSignal.SEGV;
    // Clear the halt so the user can inspect, fix registers and continue.
    this.board.cpus[ev.cpu].halt = null;
    return sig;
  }

  /**
   * The stop of `thread` with `signal` on PE `core` (-1: unknown): it becomes the current
   * thread and keeps the stop as its last (see siginfo.ts); GDB gets the registers of the
   * innermost frame (x29, x30, SP, PC, CPSR) with it.
   */
  signalStop(thread: ThreadId, core: number, signal: number, cause: StopCause): SignalStop {
    const r = this.threads.resolve(thread);
    const registers = EXPEDITED.map((n): [number, Uint8Array] => {
      const bytes = new Uint8Array(registerSize(n));
      this.threads.readReg(r, n, bytes, 0);
      return [n, bytes];
    });
    this.threads.recordStop(thread, { signal, cause, pc: this.threads.pcOf(r) });
    return { kind: 'signal', thread, signal, ...(core >= 0 ? { core } : {}), registers };
  }
}
