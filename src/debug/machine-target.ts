// The GDB view of the board: process 1 is the board/hypervisor, whose threads are the PEs
// (tid = CPU index + 1, memory through the EL2 regime when a PE is in a guest). With VM
// awareness (src/zvm/awareness.ts: a board with EL2), every VM seen running is another
// process (pid 2, 3, ... in discovery order) whose threads are its vCPUs (tid = vCPU
// index + 1): registers from the PE while the vCPU runs, else from its snapshot; memory
// through the vCPU's stage 1 and the VM's stage 2; breakpoints that stop only in that VM.
// Owns the run loop: the board runs either freely (no debugger attached), or under GDB's
// control (resume/stop).

import { VirtBoard, describeEvent, type BoardEvent } from '../machine/board/virt.ts';
import type { Cpu, WatchFilter } from '../machine/cpu/cpu.ts';
import {
  Errno,
  GdbSignal,
  TargetError,
  type BreakpointCapability,
  type MonitorCapability,
  type NonStopCapability,
  type ProcessCapability,
  type ProcessInfo,
  type StopCallback,
  type StopEvent,
  type StopReason,
  type Target,
  type ThreadAction,
  type ThreadId,
} from '../rsp/target.ts';
import {
  REG,
  REGISTER_COUNT,
  readRegister,
  readSnapshotRegister,
  registerSize,
  targetDescription,
  writeRegister,
  writeSnapshotRegister,
} from './aarch64-registers.ts';
import { hcrE2H, inGuestRegime } from '../machine/cpu/exceptions.ts';
import { DebugDescriptorReader } from '../machine/mmu/index.ts';
import { ROW, vttbrBaddr, type Vcpu, type Vm, type VmAwareness } from '../zvm/awareness.ts';
import { GuestTranslator, vcpuSysValues, type AddressSpace } from '../zvm/guest-memory.ts';
import type { HypervisorVmTable } from '../zvm/symbols.ts';
import { CatchHit, Catchpoints, describeHit } from '../zvm/catch.ts';
import { PhysicalWatches, WATCH_HELP, parseWatchType, physicalPieces } from './physical-watch.ts';
import { ExitInfo, TraceRecorder, parseExitFilter, type TraceNames } from '../zvm/trace.ts';
import { writeFileSync } from 'node:fs';

import type { BootState } from '../cli/main.ts';
import { formatTranslation } from '../machine/mmu/index.ts';

export const MACHINE_PID = 1;
/** The pid of the first VM seen; the next ones follow in discovery order. */
export const FIRST_VM_PID = 2;

const EXPEDITED = [29, 30, REG.SP, REG.PC, REG.CPSR];

/** Instructions per run slice before yielding to the event loop (Ctrl-C, sockets). */
const SLICE = 1_000_000;

export interface MachineTargetHooks {
  /** Called after every run slice (e.g. to flush console output). */
  afterSlice(): void;
  /** The machine powered off or stopped for good while no debugger was attached. */
  onFinished(event: BoardEvent): void;
  /** The program file of the hypervisor (null) or of a VM (its name, if known), for GDB. */
  executableOf?(vmName: string | null | undefined): string | undefined;
}

/** A thread resolved: a PE of process 1, or a vCPU of a VM process. */
type Resolved = { readonly kind: 'pe'; readonly cpu: Cpu } | { readonly kind: 'vcpu'; readonly vm: Vm; readonly vcpu: Vcpu };

/** Non-stop mode: a slice of the background run loop (shorter: GDB talks while it runs). */
const NS_SLICE = SLICE / 4;

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

/** False breakpoint hits (another address space) handled per run slice before yielding. */
const MAX_FALSE_HITS = 256;

export class MachineTarget implements Target {
  private running = false;
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
  /** A vCPU to step once it next enters its guest (it was not running). */
  private stepWhenEntered: Vcpu | null = null;
  /** Machine has powered off: threads are gone. */
  private exited = false;
  private freeRunning = false;
  /** Breakpoint addresses and the processes (address spaces) each is set in. */
  private readonly bps = new Map<bigint, Set<number>>();
  /** The thread GDB last addressed (monitor commands act on it). */
  private current: ThreadId = { pid: MACHINE_PID, tid: 1 };
  /** `monitor addrspace` per VM process (default: guest virtual addresses). */
  private readonly addrSpaces = new Map<number, AddressSpace>();
  private readonly translator: GuestTranslator;
  /** `monitor catch`: trap catchpoints, and the hit that stops the board (if any). */
  private readonly catches = new Catchpoints();
  private readonly catchHit = new CatchHit();
  private catchPending = false;
  private lastCatch: string | undefined;
  /** `monitor trace`: the exit recorder (its ring is allocated at the first start). */
  private trace: TraceRecorder | null = null;
  private readonly exitInfo = new ExitInfo();
  /** `monitor uart` text waiting for room in each UART's receive FIFO. */
  private readonly uartQueues: number[][] = [];
  /** Non-stop mode state (between nonStop.enter and leave), else null. */
  private ns: NonStopState | null = null;
  /** VM processes GDB has been shown (listProcesses) and not told of their end. */
  private readonly announced = new Set<number>();
  /** Deleted VMs whose exit GDB has not been told yet. */
  private readonly exitsToReport: number[] = [];
  /** `monitor watch`: physical watchpoints (on every PE). */
  private readonly physWatches = new PhysicalWatches();
  /** PEs stopped before an access to a physical watchpoint: they make it before running on. */
  private readonly pastWatch = new Set<number>();
  /** Per process: which accesses its GDB watchpoints see (see watchFilter). */
  private readonly watchFilters = new Map<number, WatchFilter | null>();

  constructor(
    readonly board: VirtBoard,
    private readonly boot: BootState,
    private readonly hooks: MachineTargetHooks,
    /** VM awareness (boards with EL2); null: process 1 only. */
    readonly awareness: VmAwareness | null = null,
    /** The hypervisor's own VM table (names VMs), when its ELF has the symbols. */
    private readonly vmTable: HypervisorVmTable | undefined = undefined,
  ) {
    const paBits = board.cpus[0].model.paRange === 5 ? 48 : 40;
    this.translator = new GuestTranslator(new DebugDescriptorReader(board.bus), paBits);
    if (awareness !== null) {
      awareness.events = {
        entered: (vcpu, pe) => {
          if (vcpu === this.stepWhenEntered) this.board.requestStop(pe);
          // Non-stop: a stopped vCPU thread freezes its PE as soon as it enters.
          else if (this.ns !== null && this.ns.stopped.has(this.vcpuKey(vcpu))) this.board.requestStop(pe);
          if (this.trace?.recording === true) this.trace.entry(this.pidOf(vcpu.vm), vcpu.index, this.board.cpus[pe].counter());
        },
        exited: (vcpu, cpu) => this.onGuestExit(vcpu, cpu),
      };
    }
  }

  /** Guest exit hook (hot path): records it when tracing, stops the board at a catchpoint. */
  private onGuestExit(vcpu: Vcpu, cpu: Cpu): void {
    const trace = this.trace;
    const tracing = trace !== null && trace.recording;
    if (!tracing && !this.catches.active) return;
    const e = this.exitInfo.read(cpu);
    const pid = this.pidOf(vcpu.vm);
    if (tracing) trace.exit(pid, vcpu.index, e);
    // Only while GDB resumed the board (not free running, not stepping), one hit at a time.
    if (!(this.running || this.ns !== null) || this.catchPending || !this.catches.active) return;
    const c = this.catches.match(e.code, pid);
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
    this.board.requestStop(cpu.index);
  }

  /** The stop of a catchpoint hit: the vCPU's thread (if GDB resumed its process). */
  private catchStop(): Extract<StopEvent, { kind: 'signal' }> {
    const h = this.catchHit;
    this.catchPending = false;
    this.lastCatch = describeHit(h);
    process.stderr.write(`zvm-gdbserver: ${this.lastCatch}\n`);
    const pe = h.exit.pe;
    const thread = this.resumedPids.size === 0 || this.resumedPids.has(h.pid) ? { pid: h.pid, tid: h.vcpuIndex + 1 } : this.stoppedThread(pe);
    return { ...this.signalStop(thread, pe, GdbSignal.TRAP), message: this.lastCatch };
  }

  /** Moves `monitor uart` text into the receive FIFOs as they drain. */
  private feedUarts(): void {
    for (let i = 0; i < this.uartQueues.length; i++) {
      const q = this.uartQueues[i];
      const uart = this.board.uarts[i];
      if (q === undefined || q.length === 0 || uart === undefined) continue;
      const n = Math.min(uart.rxSpace, q.length);
      if (n > 0) uart.receive(Uint8Array.from(q.splice(0, n)));
    }
  }

  // ---- processes and threads -----------------------------------------------------------

  pidOf(vm: Vm): number {
    return FIRST_VM_PID + vm.ordinal;
  }

  private vmOf(pid: number): Vm | undefined {
    const vm = pid >= FIRST_VM_PID ? this.awareness?.vms[pid - FIRST_VM_PID] : undefined;
    return vm?.gone === true ? undefined : vm;
  }

  private vcpuOf(vm: Vm, tid: number): Vcpu | undefined {
    return vm.vcpus.find((v) => v.index + 1 === tid);
  }

  private resolve(thread: ThreadId): Resolved {
    this.current = thread;
    if (thread.pid === MACHINE_PID) {
      const cpu = this.board.cpus[thread.tid - 1];
      if (cpu !== undefined) return { kind: 'pe', cpu };
    } else {
      const vm = this.vmOf(thread.pid);
      const vcpu = vm === undefined ? undefined : this.vcpuOf(vm, thread.tid);
      if (vm !== undefined && vcpu !== undefined) return { kind: 'vcpu', vm, vcpu };
    }
    throw new TargetError(Errno.ESRCH, `no thread p${thread.pid}.${thread.tid}`);
  }

  /** The thread PE `i` runs now: a vCPU when it is in a guest, else its own thread of process 1. */
  private threadOfCpu(i: number): ThreadId {
    const cpu = this.board.cpus[i];
    if (this.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) {
      const v = this.awareness.vcpuOf(cpu);
      return { pid: this.pidOf(v.vm), tid: v.index + 1 };
    }
    return { pid: MACHINE_PID, tid: i + 1 };
  }

  /**
   * Looks at the PEs (VMs running now), names the VMs from the hypervisor's table and
   * retires the VMs it deleted: their breakpoints go, and GDB is told their process
   * exited if it knew the process (see reportExits).
   */
  private refreshVms(): void {
    const aw = this.awareness;
    if (aw === null) return;
    aw.scan();
    const deleted = this.vmTable?.update(aw.vms, (pa, dst) => this.board.bus.debugRead(pa, dst)) ?? [];
    for (const vm of deleted) {
      const pid = this.pidOf(vm);
      this.processes.detach?.(pid);
      this.addrSpaces.delete(pid);
      aw.retire(vm);
      if (this.announced.delete(pid)) this.exitsToReport.push(pid);
    }
  }

  /**
   * Reports a deleted VM's process as exited (`W00;process:N`): in all-stop as the stop of
   * the current resume, in non-stop as an event. True if it reported one.
   */
  private reportExit(): boolean {
    const pid = this.exitsToReport.shift();
    if (pid === undefined) return false;
    const ev: StopEvent = { kind: 'exited', pid, code: 0 };
    if (this.ns !== null) this.ns.onEvent(ev);
    else {
      this.running = false;
      this.report(ev);
    }
    return true;
  }

  // ---- free running (no debugger) ----------------------------------------------------

  /** Runs without a debugger until stopFreeRun() or the machine finishes. */
  startFreeRun(): void {
    if (this.freeRunning || this.exited) return;
    this.freeRunning = true;
    const tick = () => {
      if (!this.freeRunning) return;
      this.feedUarts();
      const ev = this.board.run(SLICE, false);
      this.hooks.afterSlice();
      if (ev?.kind === 'reset') this.board.reset(this.boot.entry, this.boot.x0);
      else if (ev !== null && ev.kind !== 'request') {
        this.freeRunning = false;
        if (ev.kind === 'poweroff') this.exited = true;
        this.hooks.onFinished(ev);
        return;
      }
      setImmediate(tick);
    };
    setImmediate(tick);
  }

  stopFreeRun(): void {
    this.freeRunning = false;
  }

  get hasExited(): boolean {
    return this.exited;
  }

  // ---- Target: threads, registers, memory -----------------------------------------------

  listProcesses(): ProcessInfo[] {
    if (this.exited) return [];
    const out: ProcessInfo[] = [
      {
        pid: MACHINE_PID,
        threads: this.board.cpus.map((c, i) => ({ tid: i + 1, name: `cpu${i}${this.board.powered[i] ? '' : ' (off)'}`, core: i })),
      },
    ];
    const aw = this.awareness;
    if (aw === null) return out;
    this.refreshVms();
    for (const vm of aw.vms) {
      if (vm.gone) continue;
      this.announced.add(this.pidOf(vm));
      out.push({
        pid: this.pidOf(vm),
        threads: vm.vcpus.map((v) => ({
          tid: v.index + 1,
          name: vm.vcpuName(v),
          ...(v.pe >= 0 ? { core: v.pe } : v.lastPe >= 0 ? { core: v.lastPe } : {}),
        })),
      });
    }
    return out;
  }

  isThreadAlive(thread: ThreadId): boolean {
    if (this.exited) return false;
    if (thread.pid === MACHINE_PID) return thread.tid >= 1 && thread.tid <= this.board.cpus.length;
    const vm = this.vmOf(thread.pid);
    return vm !== undefined && this.vcpuOf(vm, thread.tid) !== undefined;
  }

  /** Reads GDB register `n` of a thread: the PE's (a running vCPU's PE) or the vCPU's snapshot. */
  private readReg(r: Resolved, n: number, dst: Uint8Array, at: number): number {
    if (r.kind === 'pe') return readRegister(r.cpu, n, dst, at);
    if (r.vcpu.pe >= 0) return readRegister(this.board.cpus[r.vcpu.pe], n, dst, at);
    return readSnapshotRegister(r.vcpu.snapshot, n, dst, at);
  }

  private writeReg(r: Resolved, n: number, src: Uint8Array, at: number): boolean {
    if (r.kind === 'pe') return writeRegister(r.cpu, n, src, at);
    if (r.vcpu.pe >= 0) return writeRegister(this.board.cpus[r.vcpu.pe], n, src, at);
    return writeSnapshotRegister(r.vcpu, n, src, at);
  }

  readRegisters(thread: ThreadId): Uint8Array {
    const r = this.resolve(thread);
    // The `g` block: the core registers only; GDB fetches V0-V31/FPSR/FPCR with `p`.
    const out = new Uint8Array(8 * 33 + 4);
    let at = 0;
    for (let n = 0; n <= REG.CPSR; n++) at += this.readReg(r, n, out, at);
    return out;
  }

  writeRegisters(thread: ThreadId, data: Uint8Array): void {
    const r = this.resolve(thread);
    let at = 0;
    for (let n = 0; n < REGISTER_COUNT && at + registerSize(n) <= data.length; n++) {
      this.writeReg(r, n, data, at);
      at += registerSize(n);
    }
  }

  readRegister(thread: ThreadId, regnum: number): Uint8Array | undefined {
    const r = this.resolve(thread);
    const size = registerSize(regnum);
    if (size === 0) return undefined;
    const out = new Uint8Array(size);
    this.readReg(r, regnum, out, 0);
    return out;
  }

  writeRegister(thread: ThreadId, regnum: number, data: Uint8Array): boolean {
    const r = this.resolve(thread);
    if (registerSize(regnum) === 0 || data.length !== registerSize(regnum)) return false;
    return this.writeReg(r, regnum, data, 0);
  }

  /**
   * The physical-address function of a thread's address space: a PE (process 1) sees
   * memory through its current regime, or through the hypervisor's EL2 regime while it is
   * in a guest; a vCPU through its stage 1 and its VM's stage 2 (`monitor addrspace`:
   * IPAs, or host PAs). Returns -1 for unmapped addresses. Walks are side-effect free.
   */
  private addressMapper(r: Resolved): (addr: bigint) => number {
    if (r.kind === 'pe') {
      const cpu = r.cpu;
      if (this.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) {
        const t = this.translator.loadHost(cpu.sys.values, hcrE2H(cpu));
        return (va) => t.va(va);
      }
      return (va) => physicalAddressOf(cpu, va) ?? -1;
    }
    const t = this.translator.load(r.vm, vcpuSysValues(r.vcpu, this.board.cpus));
    const space = this.addrSpaces.get(this.pidOf(r.vm)) ?? 'va';
    return (addr) => t.toPa(space, addr);
  }

  /**
   * Memory in the thread's address space (see addressMapper). Unmapped pages end the
   * transfer (GDB gets what was readable; nothing at all is an error).
   */
  readMemory(thread: ThreadId, addr: bigint, length: number): Uint8Array {
    const toPa = this.addressMapper(this.resolve(thread));
    const buf = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const va = addr + BigInt(done);
      const pa = toPa(va);
      if (pa < 0) break;
      const chunk = Math.min(length - done, 4096 - Number(va & 0xfffn));
      const n = this.board.bus.debugRead(pa, buf.subarray(done, done + chunk));
      done += n;
      if (n < chunk) break;
    }
    return buf.subarray(0, done);
  }

  writeMemory(thread: ThreadId, addr: bigint, data: Uint8Array): void {
    const toPa = this.addressMapper(this.resolve(thread));
    let done = 0;
    while (done < data.length) {
      const va = addr + BigInt(done);
      const pa = toPa(va);
      const chunk = Math.min(data.length - done, 4096 - Number(va & 0xfffn));
      const n = pa < 0 ? 0 : this.board.bus.debugWrite(pa, data.subarray(done, done + chunk));
      if (n < chunk) throw new TargetError(Errno.EFAULT, `cannot write memory at 0x${(va + BigInt(n)).toString(16)}`);
      done += n;
    }
  }

  targetDescription(annex: string): string | undefined {
    return targetDescription(annex);
  }

  // ---- execution ------------------------------------------------------------------------

  resume(actions: readonly ThreadAction[], onStop: StopCallback): void {
    this.stopFreeRun();
    this.onStop = onStop;
    this.interruptRequested = false;
    this.stepWhenEntered = null;
    this.catchPending = false;
    for (const a of actions) {
      if (a.addr === undefined) continue;
      const b = new Uint8Array(8);
      new DataView(b.buffer).setBigUint64(0, a.addr, true);
      this.writeReg(this.resolve(a.thread), REG.PC, b, 0);
    }
    const step = actions.find((a) => a.action === 'step');
    if (step !== undefined) {
      // One instruction on the stepping thread's PE; the others stay where they are (as
      // QEMU's gdbstub does), which is what GDB's scheduler-locking "step" mode expects.
      const r = this.resolve(step.thread);
      if (r.kind === 'vcpu' && r.vcpu.pe < 0) {
        // Not on a PE: the board runs until the hypervisor enters it, then it steps.
        this.stepWhenEntered = r.vcpu;
        this.resumedPid = step.thread.pid;
        this.resumedPids.clear();
        this.runnable = undefined;
        this.running = true;
        setImmediate(() => this.tick());
        return;
      }
      const i = r.kind === 'pe' ? r.cpu.index : r.vcpu.pe;
      this.resumedPid = step.thread.pid;
      this.resumedPids.clear();
      this.resumedPids.add(step.thread.pid);
      const ev = this.board.step(i);
      this.hooks.afterSlice();
      setImmediate(() => this.report(ev !== null && ev.kind !== 'request' ? ev : this.signalStop(step.thread, i, GdbSignal.TRAP)));
      return;
    }
    const conts = actions.filter((a) => a.action === 'continue');
    this.resumedPid = conts[0]?.thread.pid ?? MACHINE_PID;
    this.resumedPids.clear();
    for (const a of conts) this.resumedPids.add(a.thread.pid);
    // A VM runs only when the hypervisor schedules it: continuing any vCPU runs the board.
    this.runnable = conts.some((a) => a.thread.pid !== MACHINE_PID)
      ? undefined
      : conts.map((a) => this.resolve(a.thread)).flatMap((r) => (r.kind === 'pe' ? [r.cpu.index] : []));
    if (this.runnable !== undefined && this.runnable.length === 0) {
      setImmediate(() => this.report(this.signalStop({ pid: MACHINE_PID, tid: 1 }, 0, GdbSignal.TRAP)));
      return;
    }
    this.running = true;
    setImmediate(() => this.tick());
  }

  private tick(): void {
    if (!this.running) return;
    if (this.interruptRequested) {
      this.running = false;
      this.report(this.interruptStop());
      return;
    }
    this.feedUarts();
    this.stepPastWatches(this.runnable);
    let ev = this.board.run(SLICE, true, this.runnable);
    // A breakpoint of another address space (same VA, other process): step over it.
    for (let k = 0; k < MAX_FALSE_HITS && ev?.kind === 'breakpoint' && !this.breakpointApplies(ev.cpu); k++) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
      ev = this.board.run(SLICE, true, this.runnable);
    }
    this.hooks.afterSlice();
    this.refreshVms();
    if (ev === null && this.reportExit()) return;
    if (ev?.kind === 'reset') {
      this.board.reset(this.boot.entry, this.boot.x0);
    } else if (ev?.kind === 'breakpoint' && !this.breakpointApplies(ev.cpu)) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
    } else if (ev?.kind === 'request' && this.catchPending) {
      this.running = false;
      this.report(this.catchStop());
      return;
    } else if (ev?.kind === 'request') {
      const v = this.stepWhenEntered;
      if (v !== null && v.pe === ev.cpu) {
        // The vCPU to step has just entered its guest: one instruction, then stop.
        this.stepWhenEntered = null;
        this.running = false;
        const after = this.board.step(ev.cpu);
        this.hooks.afterSlice();
        this.report(after !== null && after.kind !== 'request' ? after : this.signalStop({ pid: this.pidOf(v.vm), tid: v.index + 1 }, ev.cpu, GdbSignal.TRAP));
        return;
      }
    } else if (ev !== null) {
      this.running = false;
      this.report(ev);
      return;
    }
    setImmediate(() => this.tick());
  }

  /**
   * Whether the breakpoint PE `i` stopped at is set in the address space it runs in, and
   * GDB resumed that process.
   */
  private breakpointApplies(i: number): boolean {
    const pids = this.bps.get(this.board.cpus[i].getPC());
    if (pids === undefined) return false;
    const pid = this.threadOfCpu(i).pid;
    return pids.has(pid) && this.resumedPids.has(pid);
  }

  /**
   * The thread to report a stop of PE `i` for: what it runs now if GDB resumed that
   * process, else the PE's own thread, else a thread of the process GDB resumed.
   */
  private stoppedThread(i: number): ThreadId {
    const t = this.threadOfCpu(i);
    if (this.resumedPids.size === 0 || this.resumedPids.has(t.pid)) return t;
    if (this.resumedPids.has(MACHINE_PID)) return { pid: MACHINE_PID, tid: i + 1 };
    return this.interruptStop().thread;
  }

  interrupt(): void {
    if (this.running) this.interruptRequested = true;
  }

  /** Ctrl-C: a thread of the process GDB resumed (a vCPU on a PE preferably). */
  private interruptStop(): Extract<StopEvent, { kind: 'signal' }> {
    const vm = this.vmOf(this.resumedPid);
    if (vm !== undefined && vm.vcpus.length > 0) {
      const v = vm.vcpus.find((c) => c.pe >= 0) ?? vm.vcpus[0];
      return this.signalStop({ pid: this.resumedPid, tid: v.index + 1 }, v.pe >= 0 ? v.pe : v.lastPe, GdbSignal.INT);
    }
    const i = this.runnable?.[0] ?? 0;
    return this.signalStop({ pid: MACHINE_PID, tid: i + 1 }, i, GdbSignal.INT);
  }

  private signalStop(thread: ThreadId, core: number, signal: number): Extract<StopEvent, { kind: 'signal' }> {
    this.current = thread;
    return { kind: 'signal', thread, signal, ...(core >= 0 ? { core } : {}), registers: this.expedited(thread) };
  }

  /** The registers GDB needs for the innermost frame (x29, x30, SP, PC, CPSR), sent with a stop. */
  private expedited(thread: ThreadId): [number, Uint8Array][] {
    const r = this.resolve(thread);
    return EXPEDITED.map((n) => {
      const bytes = new Uint8Array(registerSize(n));
      this.readReg(r, n, bytes, 0);
      return [n, bytes];
    });
  }

  private report(ev: BoardEvent | StopEvent): void {
    const cb = this.onStop;
    this.onStop = null;
    if (cb === null) return;
    if (ev.kind === 'signal' || ev.kind === 'exited' || ev.kind === 'killed') {
      cb(ev);
      return;
    }
    switch (ev.kind) {
      case 'poweroff':
        this.exited = true;
        cb({ kind: 'exited', pid: MACHINE_PID, code: 0 });
        return;
      case 'breakpoint':
        cb({ ...this.signalStop(this.stoppedThread(ev.cpu), ev.cpu, GdbSignal.TRAP), reason: { kind: 'swbreak' } });
        return;
      case 'watchpoint':
        if (this.board.cpus[ev.cpu].watchHit?.space === 'pa') cb(this.physicalWatchStop(ev.cpu));
        else cb({ ...this.signalStop(this.stoppedThread(ev.cpu), ev.cpu, GdbSignal.TRAP), reason: { kind: ev.watch, addr: ev.addr } });
        return;
      case 'request':
        cb(this.signalStop(this.stoppedThread(ev.cpu), ev.cpu, GdbSignal.TRAP));
        return;
      case 'halt': {
        process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
        const sig = ev.halt.kind === 'undefined' ? GdbSignal.ILL : GdbSignal.SEGV;
        // Clear the halt so the user can inspect, fix registers and continue.
        this.board.cpus[ev.cpu].halt = null;
        cb(this.signalStop(this.stoppedThread(ev.cpu), ev.cpu, sig));
        return;
      }
      case 'reset':
        return;
    }
  }

  // ---- non-stop -------------------------------------------------------------------------
  //
  // Each GDB thread is running or stopped on its own. A PE runs unless it is frozen: its
  // own thread (process 1) is stopped, the vCPU it runs is stopped (a stopped vCPU that
  // is not on a PE freezes the PE it next enters: vCPUs are pinned by the hypervisor), or
  // it is held at a catchpoint's exit. The unfrozen PEs run in the background, slice by
  // slice, while board time keeps going for all.

  private vcpuKey(v: Vcpu): string {
    return `${this.pidOf(v.vm)}.${v.index + 1}`;
  }

  /** PEs allowed to run now (non-stop). */
  private nsRunnable(ns: NonStopState): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.board.cpus.length; i++) {
      // A vCPU stepping from outside its guest: its PE runs the hypervisor until it enters
      // the vCPU again, even if that PE's own thread is stopped (as in all-stop).
      if (ns.stepping !== null && ns.stepping.vcpu.lastPe === i) {
        out.push(i);
        continue;
      }
      if (ns.stopped.has(`${MACHINE_PID}.${i + 1}`) || ns.held.has(i)) continue;
      const v = this.awareness?.running(i) ?? null;
      if (v !== null && ns.stopped.has(this.vcpuKey(v))) continue;
      out.push(i);
    }
    return out;
  }

  /** Marks `thread` stopped and reports it (now, or at the next turn of the event loop). */
  private nsStop(ns: NonStopState, thread: ThreadId, core: number, signal: number, reason?: StopReason, later = false): void {
    ns.stopped.add(`${thread.pid}.${thread.tid}`);
    const ev: StopEvent = { ...this.signalStop(thread, core, signal), ...(reason !== undefined && { reason }) };
    if (later) setImmediate(() => this.ns === ns && ns.onEvent(ev));
    else ns.onEvent(ev);
  }

  /** Core of a thread for its stop event (-1: unknown). */
  private coreOf(r: Resolved): number {
    return r.kind === 'pe' ? r.cpu.index : r.vcpu.pe >= 0 ? r.vcpu.pe : r.vcpu.lastPe;
  }

  private nsKick(ns: NonStopState): void {
    if (ns.ticking || this.ns !== ns) return;
    ns.ticking = true;
    setImmediate(() => this.nsTick(ns));
  }

  /** One background slice of the unfrozen PEs; reschedules itself while any can run. */
  private nsTick(ns: NonStopState): void {
    ns.ticking = false;
    if (this.ns !== ns || this.exited) return;
    const only = this.nsRunnable(ns);
    if (only.length === 0) return; // everything frozen: idle until a resume
    this.feedUarts();
    this.stepPastWatches(only);
    let ev = this.board.run(NS_SLICE, true, only);
    for (let k = 0; k < MAX_FALSE_HITS && ev?.kind === 'breakpoint' && !this.nsBreakpointApplies(ns, ev.cpu); k++) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
      ev = this.board.run(NS_SLICE, true, this.nsRunnable(ns));
    }
    this.hooks.afterSlice();
    if (ev !== null) this.nsEvent(ns, ev);
    this.refreshVms();
    while (this.ns === ns && this.reportExit());
    if (this.ns === ns) this.nsKick(ns);
  }

  /** The breakpoint PE `i` stopped at is set in the process it runs in, whose thread runs. */
  private nsBreakpointApplies(ns: NonStopState, i: number): boolean {
    const pids = this.bps.get(this.board.cpus[i].getPC());
    const t = this.threadOfCpu(i);
    return pids !== undefined && pids.has(t.pid) && !ns.stopped.has(`${t.pid}.${t.tid}`);
  }

  private nsEvent(ns: NonStopState, ev: BoardEvent): void {
    switch (ev.kind) {
      case 'reset':
        this.board.reset(this.boot.entry, this.boot.x0);
        return;
      case 'poweroff': {
        const pids = this.listProcesses().map((p) => p.pid);
        this.exited = true;
        this.ns = null;
        for (const pid of pids) ns.onEvent({ kind: 'exited', pid, code: 0 });
        return;
      }
      case 'breakpoint':
        if (!this.nsBreakpointApplies(ns, ev.cpu)) {
          this.board.cpus[ev.cpu].skipBreakpointOnce = true;
          return;
        }
        this.nsStop(ns, this.threadOfCpu(ev.cpu), ev.cpu, GdbSignal.TRAP, { kind: 'swbreak' });
        return;
      case 'watchpoint':
        if (this.board.cpus[ev.cpu].watchHit?.space === 'pa') {
          const stop = this.physicalWatchStop(ev.cpu);
          this.nsStop(ns, stop.thread, ev.cpu, GdbSignal.TRAP);
        } else this.nsStop(ns, this.threadOfCpu(ev.cpu), ev.cpu, GdbSignal.TRAP, { kind: ev.watch, addr: ev.addr });
        return;
      case 'halt': {
        process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
        const sig = ev.halt.kind === 'undefined' ? GdbSignal.ILL : GdbSignal.SEGV;
        this.board.cpus[ev.cpu].halt = null;
        this.nsStop(ns, this.threadOfCpu(ev.cpu), ev.cpu, sig);
        return;
      }
      case 'request': {
        if (this.catchPending) {
          // The PE stays at its EL2 vector (the vCPU's state is its exit snapshot) until
          // the vCPU's thread is resumed.
          const h = this.catchHit;
          this.catchPending = false;
          this.lastCatch = describeHit(h);
          process.stderr.write(`zvm-gdbserver: ${this.lastCatch}\n`);
          const thread = { pid: h.pid, tid: h.vcpuIndex + 1 };
          ns.held.set(h.exit.pe, `${thread.pid}.${thread.tid}`);
          this.nsStop(ns, thread, h.exit.pe, GdbSignal.TRAP);
          return;
        }
        const st = ns.stepping;
        const v = this.awareness?.running(ev.cpu) ?? null;
        if (st !== null && v === st.vcpu) {
          // The vCPU to step has just entered its guest.
          ns.stepping = null;
          this.stepWhenEntered = null;
          // The hypervisor completed the instruction (emulated it, e.g. an MMIO access or
          // an HVC): that was the step. Else one instruction now.
          if (this.board.cpus[ev.cpu].getPC() !== st.pc) this.nsStop(ns, st.thread, ev.cpu, GdbSignal.TRAP);
          else this.nsStepVcpu(ns, st.thread, v, ev.cpu, false);
        }
        // Else: a stopped vCPU entered its guest; its PE is frozen from now on.
        return;
      }
    }
  }

  /** A vCPU not on a PE steps once the hypervisor enters it (its PE runs until then). */
  private nsStepWhenEntered(ns: NonStopState, thread: ThreadId, r: Extract<Resolved, { kind: 'vcpu' }>): void {
    ns.stepping = { thread, vcpu: r.vcpu, pc: this.vcpuPc(r.vcpu) };
    this.stepWhenEntered = r.vcpu;
  }

  /**
   * One instruction of a vCPU on PE `pe`. If the PE left the guest without retiring it
   * (an interrupt to EL2 was pending: the vCPU has been frozen while time passed), the
   * step completes when the hypervisor enters the vCPU again.
   */
  private nsStepVcpu(ns: NonStopState, thread: ThreadId, vcpu: Vcpu, pe: number, later: boolean): void {
    const pc = this.board.cpus[pe].getPC();
    const ev = this.board.step(pe);
    if ((ev === null || ev.kind === 'request') && vcpu.pe !== pe && this.vcpuPc(vcpu) === pc) {
      this.hooks.afterSlice();
      this.nsStepWhenEntered(ns, thread, { kind: 'vcpu', vm: vcpu.vm, vcpu });
      this.nsKick(ns);
      return;
    }
    this.nsStepped(ns, thread, pe, ev, later);
  }

  private vcpuPc(vcpu: Vcpu): bigint {
    const b = new Uint8Array(8);
    this.readReg({ kind: 'vcpu', vm: vcpu.vm, vcpu }, REG.PC, b, 0);
    return new DataView(b.buffer).getBigUint64(0, true);
  }

  /** Reports the stop of `thread` after it stepped one instruction on PE `pe`. */
  private nsStepped(ns: NonStopState, thread: ThreadId, pe: number, ev: BoardEvent | null, later: boolean): void {
    this.hooks.afterSlice();
    if (ev?.kind === 'halt') {
      process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
      this.board.cpus[pe].halt = null;
      this.nsStop(ns, thread, pe, ev.halt.kind === 'undefined' ? GdbSignal.ILL : GdbSignal.SEGV, undefined, later);
    } else if (ev?.kind === 'watchpoint') {
      this.nsStop(ns, thread, pe, GdbSignal.TRAP, { kind: ev.watch, addr: ev.addr }, later);
    } else {
      if (ev?.kind === 'reset') this.board.reset(this.boot.entry, this.boot.x0);
      this.nsStop(ns, thread, pe, GdbSignal.TRAP, undefined, later);
    }
  }

  readonly nonStop: NonStopCapability = {
    enter: (onEvent) => {
      if (this.exited) throw new TargetError(Errno.ESRCH, 'the machine has powered off');
      this.stopFreeRun();
      this.running = false;
      this.onStop = null;
      this.stepWhenEntered = null;
      this.catchPending = false;
      // Threads keep their state: everything is stopped when GDB is attached in all-stop.
      const stopped = new Set<string>();
      for (const p of this.listProcesses()) for (const t of p.threads) stopped.add(`${p.pid}.${t.tid}`);
      this.ns = { onEvent, stopped, held: new Map(), stepping: null, ticking: false };
    },
    leave: () => {
      // Everything stops (unreported): all-stop with the board stopped.
      this.ns = null;
      this.catchPending = false;
    },
    resume: (actions) => {
      const ns = this.ns;
      if (ns === null) throw new TargetError(Errno.EPERM, 'not in non-stop mode');
      for (const a of actions) {
        if (a.action === 'stop') continue;
        const r = this.resolve(a.thread);
        const key = `${a.thread.pid}.${a.thread.tid}`;
        if (a.addr !== undefined) {
          const b = new Uint8Array(8);
          new DataView(b.buffer).setBigUint64(0, a.addr, true);
          this.writeReg(r, REG.PC, b, 0);
        }
        for (const [pe, k] of [...ns.held]) if (k === key) ns.held.delete(pe);
        if (a.action === 'step') {
          if (r.kind === 'vcpu') {
            if (ns.stepping !== null) throw new TargetError(Errno.EBUSY, 'another thread is stepping');
            ns.stopped.delete(key);
            if (r.vcpu.pe >= 0) this.nsStepVcpu(ns, a.thread, r.vcpu, r.vcpu.pe, true);
            else this.nsStepWhenEntered(ns, a.thread, r);
            continue;
          }
          // One instruction on its PE now; the stop is reported after the OK.
          const i = this.coreOf(r);
          this.nsStepped(ns, a.thread, i, this.board.step(i), true);
          continue;
        }
        ns.stopped.delete(key);
      }
      this.nsKick(ns);
    },
    stop: (threads, signal) => {
      const ns = this.ns;
      if (ns === null) return;
      for (const t of threads) {
        const key = `${t.pid}.${t.tid}`;
        if (ns.stopped.has(key)) continue;
        const r = this.resolve(t);
        if (ns.stepping !== null && ns.stepping.thread.pid === t.pid && ns.stepping.thread.tid === t.tid) {
          ns.stepping = null;
          this.stepWhenEntered = null;
        }
        this.nsStop(ns, t, this.coreOf(r), signal);
      }
    },
    isRunning: (thread) => {
      const ns = this.ns;
      if (ns === null || this.exited || !this.isThreadAlive(thread)) return false;
      return !ns.stopped.has(`${thread.pid}.${thread.tid}`);
    },
  };

  // ---- capabilities ---------------------------------------------------------------------

  readonly breakpoints: BreakpointCapability = {
    // Breakpoints live in the emulator: no guest memory is patched. Each is set in the
    // address space of the process GDB selected (Hg): it stops a PE only when that PE
    // runs in that process (a VM's vCPU at EL1/EL0, or the hypervisor).
    software: {
      insert: (thread, addr) => this.setBreakpoint(thread, addr, true),
      remove: (thread, addr) => this.setBreakpoint(thread, addr, false),
    },
    hardware: {
      insert: (thread, addr) => this.setBreakpoint(thread, addr, true),
      remove: (thread, addr) => this.setBreakpoint(thread, addr, false),
    },
    // Watchpoints on virtual addresses of the selected process, checked by the emulator
    // before each data access (the access has not happened when GDB is told; GDB steps
    // over it itself).
    watchpoints: {
      insert: (thread, type, addr, length) => {
        this.resolve(thread);
        const only = this.watchFilter(thread.pid);
        for (const cpu of this.board.cpus) cpu.addWatchpoint(addr, length, type, 'va', only);
        return true;
      },
      remove: (thread, type, addr, length) => {
        this.resolve(thread);
        const only = this.watchFilter(thread.pid);
        for (const cpu of this.board.cpus) cpu.removeWatchpoint(addr, length, type, 'va', only);
        return true;
      },
    },
  };

  private setBreakpoint(thread: ThreadId, addr: bigint, on: boolean): boolean {
    this.resolve(thread);
    const pid = thread.pid;
    let pids = this.bps.get(addr);
    if (on) {
      if (pids === undefined) {
        pids = new Set();
        this.bps.set(addr, pids);
        for (const cpu of this.board.cpus) cpu.addBreakpoint(addr);
      }
      pids.add(pid);
    } else if (pids !== undefined) {
      pids.delete(pid);
      if (pids.size === 0) {
        this.bps.delete(addr);
        for (const cpu of this.board.cpus) cpu.removeBreakpoint(addr);
      }
    }
    return true;
  }

  /**
   * The accesses a GDB watchpoint of process `pid` sees: a VM's, those of its vCPUs in
   * their guest; the hypervisor's, those made outside any guest (EL2, or EL0 under TGE).
   * One function per process, so that removing a watchpoint finds it. Null: all accesses
   * (a board without EL2 has process 1 only).
   */
  private watchFilter(pid: number): WatchFilter | null {
    if (this.awareness === null) return null;
    let f = this.watchFilters.get(pid);
    if (f !== undefined) return f;
    if (pid === MACHINE_PID) f = (cpu) => !(cpu.el < 2 && inGuestRegime(cpu));
    else {
      const vm = this.vmOf(pid);
      if (vm === undefined) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      const v = (cpu: Cpu) => cpu.sys.values;
      f = (cpu) => !vm.gone && cpu.el < 2 && inGuestRegime(cpu) && vttbrBaddr(v(cpu)[2 * ROW.VTTBR_EL2], v(cpu)[2 * ROW.VTTBR_EL2 + 1]) === vm.baddr;
    }
    this.watchFilters.set(pid, f);
    return f;
  }

  readonly processes: ProcessCapability = {
    isAttached: () => true,
    executable: (pid) => {
      if (pid === MACHINE_PID) return this.hooks.executableOf?.(null);
      const vm = this.vmOf(pid);
      return vm === undefined ? undefined : this.hooks.executableOf?.(vm.name);
    },
    attach: (pid) => {
      if (this.exited) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      if (pid === MACHINE_PID) {
        this.stopFreeRun();
        for (let i = 0; i < this.board.cpus.length; i++) this.ns?.stopped.add(`${pid}.${i + 1}`);
        return this.signalStop({ pid, tid: 1 }, 0, GdbSignal.NONE);
      }
      const vm = this.vmOf(pid);
      if (vm === undefined || vm.vcpus.length === 0) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      this.stopFreeRun();
      const v = vm.vcpus[0];
      // Non-stop: the server tells GDB every thread of the process stopped.
      for (const x of vm.vcpus) this.ns?.stopped.add(`${pid}.${x.index + 1}`);
      return this.signalStop({ pid, tid: v.index + 1 }, v.pe >= 0 ? v.pe : v.lastPe, GdbSignal.NONE);
    },
    detach: (pid) => {
      // A VM's breakpoints go with it; detaching the hypervisor removes all and lets the
      // board run freely.
      for (const [addr, pids] of [...this.bps]) {
        if (pid === MACHINE_PID) pids.clear();
        else pids.delete(pid);
        if (pids.size > 0) continue;
        this.bps.delete(addr);
        for (const cpu of this.board.cpus) cpu.removeBreakpoint(addr);
      }
      if (pid === MACHINE_PID) {
        this.ns = null; // non-stop ends with the debugger: the board runs on freely
        // Catchpoints belong to the debugger that set them, like breakpoints.
        this.catches.delete('all');
        this.startFreeRun();
      }
    },
    kill: () => {
      this.running = false;
      this.ns = null;
      this.exited = true;
      this.hooks.onFinished({ kind: 'poweroff' });
    },
  };

  readonly monitor: MonitorCapability = {
    run: (command, output) => {
      const [word, ...args] = command.trim().split(/\s+/);
      switch (word) {
        case '':
        case 'help':
          output(MONITOR_HELP);
          return;
        case 'info':
        case 'cpus':
          this.board.cpus.forEach((c, i) => {
            const v = this.awareness?.running(i) ?? null;
            const guest = v === null ? '' : ` in ${v.vm.vcpuName(v)} (process ${this.pidOf(v.vm)})`;
            output(
              `cpu${i}: ${this.board.powered[i] ? 'on ' : 'off'} EL${c.el} pc=0x${c.getPC().toString(16)} retired=${c.retired}${guest}\n`,
            );
          });
          return;
        case 'reset':
          this.board.reset(this.boot.entry, this.boot.x0);
          output('system reset\n');
          return;
        case 'vms':
          this.monitorVms(output);
          return;
        case 'vcpus':
          this.monitorVcpus(output);
          return;
        case 'addrspace':
          this.monitorAddrspace(args, output);
          return;
        case 'translate':
          this.monitorTranslate(args, output);
          return;
        case 'catch':
        case 'trace':
        case 'uart':
        case 'watch':
          try {
            const rest = command.trim().slice(word.length).trim();
            if (word === 'catch') this.monitorCatch(args, output);
            else if (word === 'watch') this.monitorWatch(args, output);
            else if (word === 'trace') this.monitorTrace(args, rest, output);
            else this.monitorUart(rest, output);
          } catch (e) {
            // GDB 13 shows only "Protocol error with Rcmd" for an error reply: say why first.
            output(`error: ${(e as Error).message}\n`);
            throw e;
          }
          return;
        default:
          throw new TargetError(Errno.EINVAL, `unknown monitor command '${word}' (try 'monitor help')`);
      }
    },
  };

  private vmsOrNone(output: (text: string) => void): readonly Vm[] {
    const aw = this.awareness;
    if (aw === null) {
      output('no VM awareness: the board has no EL2 (virtualization=off)\n');
      return [];
    }
    this.refreshVms();
    const live = aw.vms.filter((vm) => !vm.gone);
    if (live.length === 0) output('no VM seen yet (a VM appears when a PE first runs it)\n');
    return live;
  }

  private monitorVms(output: (text: string) => void): void {
    for (const vm of this.vmsOrNone(output)) {
      const on = vm.vcpus.filter((v) => v.pe >= 0).map((v) => `cpu${v.pe}`);
      output(
        `process ${this.pidOf(vm)}: ${vm.label}  VTTBR_EL2.BADDR=0x${vm.baddr.toString(16)} VMID=${(vm.vttbrHi >>> 16) & 0xffff}` +
          `  vcpus=${vm.vcpus.length}  ${on.length > 0 ? `running on ${on.join(' ')}` : 'not running'}` +
          `  addrspace=${this.addrSpaces.get(this.pidOf(vm)) ?? 'va'}\n`,
      );
    }
  }

  private monitorVcpus(output: (text: string) => void): void {
    for (const vm of this.vmsOrNone(output)) {
      const pid = this.pidOf(vm);
      for (const v of vm.vcpus) {
        const r: Resolved = { kind: 'vcpu', vm, vcpu: v };
        const b = new Uint8Array(8);
        this.readReg(r, REG.PC, b, 0);
        const pc = new DataView(b.buffer).getBigUint64(0, true);
        this.readReg(r, REG.CPSR, b, 0);
        const pstate = new DataView(b.buffer).getUint32(0, true);
        const where = v.pe >= 0 ? `running on cpu${v.pe}` : `not running${v.lastPe >= 0 ? ` (last on cpu${v.lastPe})` : ''}`;
        output(
          `thread ${pid}.${v.index + 1}: ${vm.vcpuName(v)}  VMPIDR_EL2=0x${v.mpidr.toString(16)}  ${where}` +
            `  pc=0x${pc.toString(16)} EL${(pstate >>> 2) & 3}${pstate & 1 ? 'h' : 't'}  exits=${v.exits}` +
            `${v.hasPendingWrites ? '  (register writes pending)' : ''}\n`,
        );
      }
    }
  }

  private monitorWatch(args: string[], output: (text: string) => void): void {
    const [sub, addrArg, lenArg, ...rest] = args;
    if (sub === undefined || sub === 'list') {
      if (this.physWatches.list.length === 0) output('no physical watchpoints\n');
      for (const w of this.physWatches.list) {
        const where = w.pieces.map((p) => `PA 0x${p.pa.toString(16)}+${p.len}`).join(', ');
        output(`${w.id}: ${w.type} ${w.label} (${where})  hits=${w.hits}\n`);
      }
      return;
    }
    if (sub === 'delete') {
      const id = addrArg === 'all' ? 'all' : Number(addrArg);
      if (id !== 'all' && !Number.isInteger(id)) throw new TargetError(Errno.EINVAL, 'usage: watch delete N|all');
      const gone = this.physWatches.remove(id);
      if (gone.length === 0 && id !== 'all') throw new TargetError(Errno.EINVAL, `no physical watchpoint ${id}`);
      for (const w of gone) for (const p of w.pieces) for (const cpu of this.board.cpus) cpu.removeWatchpoint(BigInt(p.pa), p.len, w.type, 'pa');
      output(`deleted ${gone.length} physical watchpoint(s)\n`);
      return;
    }
    if (sub !== 'pa' && sub !== 'ipa') throw new TargetError(Errno.EINVAL, `unknown watch command '${sub}' (try 'monitor help')`);
    const addr = parseNumber(addrArg);
    const len = Number(parseNumber(lenArg) ?? -1n);
    if (addr === undefined || !(len >= 1 && len <= 1 << 20)) throw new TargetError(Errno.EINVAL, `usage: watch ${sub} ADDR LEN [r|w|rw]${sub === 'ipa' ? ' [vm PID]' : ''} (LEN 1..1 MiB)`);
    const vmAt = rest.indexOf('vm');
    const type = parseWatchType(vmAt === 0 ? undefined : rest[0]);
    if (type === undefined) throw new TargetError(Errno.EINVAL, `watch type '${rest[0]}': r, w or rw`);
    let label = `PA 0x${addr.toString(16)}+${len}`;
    let toPa = (a: bigint): number => (a < 2n ** 48n ? Number(a) : -1);
    if (sub === 'ipa') {
      const pid = vmAt >= 0 ? Number(rest[vmAt + 1]) : this.current.pid;
      const vm = this.vmOf(pid);
      if (vm === undefined) throw new TargetError(Errno.EINVAL, `process ${pid} is not a VM (give 'vm PID', see 'monitor vms')`);
      const t = this.translator.load(vm, null);
      toPa = (a) => t.toPa('ipa', a);
      label = `IPA 0x${addr.toString(16)}+${len} of process ${pid} (${vm.label})`;
    }
    const pieces = physicalPieces(addr, len, toPa);
    if (typeof pieces === 'string') throw new TargetError(Errno.EFAULT, pieces);
    const w = this.physWatches.add(pieces, type, label);
    for (const p of pieces) for (const cpu of this.board.cpus) cpu.addWatchpoint(BigInt(p.pa), p.len, type, 'pa');
    output(`physical watchpoint ${w.id}: ${type} ${label}\n`);
  }

  /** The stop at a physical watchpoint (the PE has not made the access; it does on resume). */
  private physicalWatchStop(pe: number): Extract<StopEvent, { kind: 'signal' }> {
    const hit = this.board.cpus[pe].watchHit!;
    const w = this.physWatches.at(Number(hit.addr));
    if (w !== undefined) w.hits++;
    this.pastWatch.add(pe);
    const thread = this.ns !== null ? this.threadOfCpu(pe) : this.stoppedThread(pe);
    const message =
      `physical watchpoint ${w?.id ?? '?'} (${w?.label ?? 'deleted'}): ${hit.write ? 'write' : 'read'} of ${hit.size} byte(s) ` +
      `at PA 0x${hit.addr.toString(16)} (VA 0x${hit.va.toString(16)}) by thread ${thread.pid}.${thread.tid} on cpu${pe}, ` +
      `pc 0x${this.board.cpus[pe].getPC().toString(16)}`;
    process.stderr.write(`zvm-gdbserver: ${message}\n`);
    return { ...this.signalStop(thread, pe, GdbSignal.TRAP), message };
  }

  /** PEs stopped at a physical watchpoint make their access first (else they stop again). */
  private stepPastWatches(only?: readonly number[]): void {
    for (const pe of [...this.pastWatch]) {
      if (only !== undefined && !only.includes(pe)) continue;
      this.pastWatch.delete(pe);
      this.board.step(pe);
    }
  }

  private monitorAddrspace(args: string[], output: (text: string) => void): void {
    const [mode, pidArg] = args;
    const pid = pidArg !== undefined ? Number(pidArg) : this.current.pid;
    const vm = this.vmOf(pid);
    if (vm === undefined) {
      if (mode === undefined || mode === 'va') {
        output(`process ${pid}: virtual addresses of each CPU's current regime (EL2 while in a guest)\n`);
        return;
      }
      throw new TargetError(Errno.EINVAL, `process ${pid} is not a VM: only 'va' (usage: monitor addrspace va|ipa|pa [PID])`);
    }
    if (mode !== undefined) {
      if (mode !== 'va' && mode !== 'ipa' && mode !== 'pa') throw new TargetError(Errno.EINVAL, 'usage: monitor addrspace va|ipa|pa [PID]');
      this.addrSpaces.set(pid, mode);
    }
    const m = this.addrSpaces.get(pid) ?? 'va';
    const what = m === 'va' ? "guest virtual addresses (the vCPU's stage 1, then stage 2)" : m === 'ipa' ? 'intermediate physical addresses (stage 2)' : 'host physical addresses';
    output(`process ${pid} (${vm.label}): ${what}\n`);
  }

  private needAwareness(): VmAwareness {
    if (this.awareness === null) throw new TargetError(Errno.EINVAL, 'no VM awareness: the board has no EL2 (virtualization=off)');
    return this.awareness;
  }

  private monitorCatch(args: string[], output: (text: string) => void): void {
    this.needAwareness();
    const describe = (id: number): string => {
      const c = this.catches.all.find((x) => x.id === id)!;
      return `catchpoint ${c.id}: exits ${c.filter.text}${c.filter.vmPid >= 0 ? '' : ' (every VM)'}, ${c.hits} hit(s)`;
    };
    const [sub, ...rest] = args;
    if (sub === undefined || sub === 'list' || sub === 'info') {
      if (this.catches.all.length === 0) output('no catchpoints\n');
      for (const c of this.catches.all) output(`${describe(c.id)}\n`);
      return;
    }
    if (sub === 'last') {
      output(`${this.lastCatch ?? 'no catchpoint hit yet'}\n`);
      return;
    }
    if (sub === 'delete') {
      const what = rest[0];
      if (what === undefined) throw new TargetError(Errno.EINVAL, 'usage: monitor catch delete N|all');
      const n = this.catches.delete(what);
      if (n === 0 && what !== 'all') throw new TargetError(Errno.EINVAL, `no catchpoint ${what}`);
      output(`deleted ${n} catchpoint(s)\n`);
      return;
    }
    try {
      const c = this.catches.add(args);
      if (c.filter.vmPid >= 0 && c.filter.vmPid < FIRST_VM_PID) {
        this.catches.delete(String(c.id));
        throw new Error(`process ${c.filter.vmPid} is not a VM (VMs are processes ${FIRST_VM_PID}.., see 'monitor vms')`);
      }
      output(`${describe(c.id)}\n`);
    } catch (e) {
      throw new TargetError(Errno.EINVAL, `${(e as Error).message}\nusage: monitor catch hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N [vm PID]`);
    }
  }

  private traceNames(): TraceNames {
    const aw = this.needAwareness();
    this.refreshVms();
    return {
      vmName: (pid) => aw.vms[pid - FIRST_VM_PID]?.label ?? `process ${pid}`,
      vcpuName: (pid, index) => {
        const vm = aw.vms[pid - FIRST_VM_PID];
        const v = vm?.vcpus.find((x) => x.index === index);
        return vm === undefined || v === undefined ? `vcpu${index}` : `${vm.vcpuName(v)}${v.lastPe >= 0 ? ` (cpu${v.lastPe})` : ''}`;
      },
    };
  }

  private monitorTrace(args: string[], rest: string, output: (text: string) => void): void {
    this.needAwareness();
    const now = (): number => this.board.cpus[0].counter();
    const sub = args[0];
    if (sub === 'start') {
      let filter;
      try {
        filter = parseExitFilter(args.slice(1));
      } catch (e) {
        throw new TargetError(Errno.EINVAL, `${(e as Error).message}\nusage: monitor trace start [hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N ...] [vm PID]`);
      }
      this.trace ??= new TraceRecorder();
      this.trace.start(filter, now());
      output(`tracing exits to EL2: ${filter.text} (ring of ${this.trace.capacity} exits)\n`);
      return;
    }
    const t = this.trace;
    if (t === null) throw new TargetError(Errno.EINVAL, "no trace: use 'monitor trace start [filter]' first");
    if (sub === 'stop') {
      t.stop(now());
      output(`trace stopped: ${t.total} exits recorded${t.dropped > 0 ? ` (${t.dropped} oldest overwritten)` : ''}\n`);
      return;
    }
    if (sub === 'status' || sub === undefined) {
      output(`trace ${t.recording ? 'recording' : 'stopped'}: filter ${t.filter.text}, ${t.total} exits recorded, ${t.count} held\n`);
      return;
    }
    if (sub === 'summary') {
      for (const line of t.summary(this.traceNames())) output(`${line}\n`);
      return;
    }
    if (sub === 'save') {
      const file = rest.slice('save'.length).trim();
      if (file === '') throw new TargetError(Errno.EINVAL, 'usage: monitor trace save FILE');
      if (t.recording) t.stopTicks = now();
      try {
        writeFileSync(file, t.toJson(this.traceNames()));
      } catch (e) {
        throw new TargetError(Errno.EIO, `cannot write ${file}: ${(e as Error).message}`);
      }
      output(`saved ${t.count} exits to ${file} (Chrome trace-event JSON: open it in https://ui.perfetto.dev)\n`);
      return;
    }
    throw new TargetError(Errno.EINVAL, 'usage: monitor trace start [filter] | stop | status | summary | save FILE');
  }

  private monitorUart(rest: string, output: (text: string) => void): void {
    const m = /^(\d+)\s+([\s\S]+)$/.exec(rest);
    const uart = m === null ? undefined : this.board.uarts[Number(m[1])];
    if (m === null || uart === undefined) throw new TargetError(Errno.EINVAL, `usage: monitor uart N TEXT (N = 0..${this.board.uarts.length - 1}; TEXT may be "quoted" with \\r \\n \\t \\xHH escapes)`);
    const bytes = uartText(m[2]);
    const n = Number(m[1]);
    (this.uartQueues[n] ??= []).push(...bytes);
    this.feedUarts();
    output(`typed ${bytes.length} byte(s) into uart${n}\n`);
  }

  private monitorTranslate(args: string[], output: (text: string) => void): void {
    const arg = args[0];
    const addr = parseNumber(arg);
    if (addr === undefined) throw new TargetError(Errno.EINVAL, 'usage: monitor translate ADDRESS');
    const r = this.resolve(this.current);
    if (r.kind === 'vcpu') {
      const t = this.translator.load(r.vm, vcpuSysValues(r.vcpu, this.board.cpus));
      output(`${r.vm.vcpuName(r.vcpu)} (${r.vcpu.pe >= 0 ? `on cpu${r.vcpu.pe}` : 'snapshot'}), stage 1 ${t.stage1Enabled ? 'on' : 'off'}:\n`);
      const tr = this.addrSpaces.get(this.pidOf(r.vm)) === 'ipa' ? t.traceIpa(addr) : t.traceVa(addr);
      for (const line of formatTranslation(tr)) output(`  ${line}\n`);
      return;
    }
    // The walk of the CPU GDB last addressed, level by level.
    const cpu = r.cpu;
    const i = cpu.index;
    if (this.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) {
      const t = this.translator.loadHost(cpu.sys.values, hcrE2H(cpu));
      output(`cpu${i} (in a guest; the hypervisor's EL2 regime):\n`);
      for (const line of formatTranslation(t.traceVa(addr))) output(`  ${line}\n`);
      return;
    }
    if (!cpu.mmu.on) {
      output(`cpu${i}: translation is off: VA 0x${addr.toString(16)} = PA 0x${addr.toString(16)}\n`);
      return;
    }
    output(`cpu${i} (EL${cpu.el}):\n`);
    for (const line of formatTranslation(cpu.mmu.debug(addr))) output(`  ${line}\n`);
  }
}

/** `monitor uart` TEXT: optionally "quoted"; C escapes (\r \n \t \e \\ \" \xHH) give control bytes. */
export function uartText(text: string): number[] {
  let s = text.trim();
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) s = s.slice(1, -1);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out.push(s.charCodeAt(i) & 0xff);
      continue;
    }
    const e = s[++i];
    const simple: Record<string, number> = { r: 13, n: 10, t: 9, e: 27, '0': 0, '\\': 92, '"': 34, "'": 39 };
    if (e === 'x' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (simple[e] !== undefined) out.push(simple[e]);
    else out.push(92, s.charCodeAt(i) & 0xff);
  }
  return out;
}

/** A monitor command's number (decimal or 0x hex), or undefined. */
function parseNumber(arg: string | undefined): bigint | undefined {
  return arg !== undefined && /^(0x[0-9a-f]+|\d+)$/i.test(arg) ? BigInt(arg) : undefined;
}

/** The physical address a PE's current regime maps `va` to, or undefined (debug walk). */
function physicalAddressOf(cpu: Cpu, va: bigint): number | undefined {
  if (va < 0n || va >= 1n << 64n) return undefined;
  if (!cpu.mmu.on) return va < 1n << 48n ? Number(va) : undefined;
  const t = cpu.mmu.debug(va);
  return t.ok && t.pa !== undefined ? t.pa : undefined;
}

const MONITOR_HELP = `zvm-gdbserver monitor commands:
  help           this text
  cpus           list the CPUs with their state, EL, PC and retired instructions
  reset          reset the board (CPU 0 restarts at the image entry point)
  translate ADDR walk ADDR through the current thread's translation, level by level
                 (a vCPU: its stage 1, then its VM's stage 2)
  vms            list the VMs seen (process, stage-2 table, vCPUs, where they run)
  vcpus          list every vCPU (thread, VMPIDR, PE or snapshot, PC, exits)
  addrspace [va|ipa|pa] [PID]
                 how a VM process's addresses are read: guest VAs (default), IPAs or host PAs
  catch CLASS [vm PID]
                 stop a vCPU when it exits to the hypervisor for CLASS = hvc|smc|dabt|iabt|
                 sysreg|wfx|irq|ec=N (ESR_EL2.EC), in every VM or only in process PID;
                 the board stops as for a breakpoint, reported as the vCPU's thread
  catch list     list the catchpoints and their hits
  catch last     the last hit: vCPU, pCPU, EC, ESR_EL2, FAR_EL2/IPA, guest PC
  catch delete N|all
                 delete catchpoint N, or all
  trace start [CLASS...] [vm PID]
                 record every exit to EL2 (or the matching ones) in a ring
  trace stop     stop recording
  trace status   recording or not, exits recorded
  trace summary  exits per VM and class
  trace save FILE
                 write the trace as Chrome trace-event JSON (Perfetto, chrome://tracing;
                 npx tsx tools/trace-svg.ts FILE renders an SVG timeline)
  uart N TEXT    type TEXT into UART N's receive FIFO (e.g. the hypervisor's shell on 0);
                 TEXT may be "quoted", with \\r \\n \\t \\xHH escapes
${WATCH_HELP.replace(/^/gm, '  ').trimEnd()}
`;
