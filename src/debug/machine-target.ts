// The GDB view of the board: process 1 is the board/hypervisor, whose threads are the PEs
// (tid = CPU index + 1, memory through the EL2 regime when a PE is in a guest). With VM
// awareness (src/zvm/awareness.ts: a board with EL2), every VM seen running is another
// process (pid 2, 3, ... in discovery order) whose threads are its vCPUs (tid = vCPU
// index + 1): registers from the PE while the vCPU runs, else from its snapshot; memory
// through the vCPU's stage 1 and the VM's stage 2; breakpoints that stop only in that VM.
// Owns the run loop: the board runs either freely (no debugger attached), or under GDB's
// control (resume/stop). Non-stop mode is in machine-nonstop.ts, the monitor commands in
// machine-monitor.ts; both reach the target through small interfaces it wires up here.

import { VirtBoard, describeEvent, type BoardEvent } from '../machine/board/virt.ts';
import type { Cpu, WatchFilter } from '../machine/cpu/cpu.ts';
import { hcrE2H, inGuestRegime } from '../machine/cpu/exceptions.ts';
import { DebugDescriptorReader } from '../machine/mmu/index.ts';
import {
  Errno,
  GdbSignal,
  TargetError,
  type BreakpointCapability,
  type ProcessCapability,
  type ProcessInfo,
  type StopCallback,
  type StopEvent,
  type Target,
  type ThreadAction,
  type ThreadId,
} from '../rsp/target.ts';
import { vttbrBaddr, type Vcpu, type Vm, type VmAwareness } from '../zvm/awareness.ts';
import { SYSREG } from '../machine/cpu/sysregs.ts';
import { CatchHit, Catchpoints, describeHit, hitStopInfo } from '../zvm/catch.ts';
import { GuestTranslator, vcpuSysValues, type AddressSpace } from '../zvm/guest-memory.ts';
import type { HypervisorVmTable } from '../zvm/symbols.ts';
import { ExitInfo } from '../zvm/trace.ts';
import type { BootState } from '../cli/main.ts';
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
import { MachineMonitor, type MonitorHost } from './machine-monitor.ts';
import { NonStopMode, type NonStopHost } from './machine-nonstop.ts';
import { FIRST_VM_PID, MACHINE_PID, type MachineView, type Resolved, type SignalStop } from './machine-threads.ts';
import { PhysicalWatches } from './physical-watch.ts';

export { FIRST_VM_PID, MACHINE_PID } from './machine-threads.ts';
export { uartText } from './machine-monitor.ts';

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
  /** Guest exits read for `monitor trace` and catchpoints. */
  private readonly exitInfo = new ExitInfo();
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
  /** Non-stop mode (between nonStop.enter and leave). */
  readonly nonStop: NonStopMode;
  /** The monitor commands; they own the exit trace and the text typed into the UARTs. */
  readonly monitor: MachineMonitor;

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
    this.nonStop = new NonStopMode(this.nonStopHost());
    this.monitor = new MachineMonitor(this.monitorHost());
    if (awareness !== null) {
      awareness.events = {
        entered: (vcpu, pe) => {
          if (vcpu === this.stepWhenEntered) this.board.requestStop(pe);
          // Non-stop: a stopped vCPU thread freezes its PE as soon as it enters.
          else if (this.nonStop.stopsOnEntry(vcpu)) this.board.requestStop(pe);
          const trace = this.monitor.trace;
          if (trace?.recording === true) trace.entry(this.pidOf(vcpu.vm), vcpu.index, this.board.cpus[pe].counter());
        },
        exited: (vcpu, cpu) => this.onGuestExit(vcpu, cpu),
      };
    }
  }

  /** Guest exit hook (hot path): records it when tracing, stops the board at a catchpoint. */
  private onGuestExit(vcpu: Vcpu, cpu: Cpu): void {
    const trace = this.monitor.trace;
    const tracing = trace !== null && trace.recording;
    if (!tracing && !this.catches.active) return;
    const e = this.exitInfo.read(cpu);
    const pid = this.pidOf(vcpu.vm);
    if (tracing) trace.exit(pid, vcpu.index, e);
    // Only while GDB resumed the board (not free running, not stepping), one hit at a time.
    if (!(this.running || this.nonStop.active) || this.catchPending || !this.catches.active) return;
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

  /** The catchpoint hit that stopped a PE, announced on stderr (and kept for `catch last`), or null. */
  private takeCatchHit(): CatchHit | null {
    if (!this.catchPending) return null;
    const h = this.catchHit;
    this.catchPending = false;
    this.lastCatch = describeHit(h);
    process.stderr.write(`zvm-gdbserver: ${this.lastCatch}\n`);
    return h;
  }

  /** The stop of a catchpoint hit: the vCPU's thread (if GDB resumed its process). */
  private catchStop(h: CatchHit): SignalStop {
    const pe = h.exit.pe;
    const thread = this.resumedPids.size === 0 || this.resumedPids.has(h.pid) ? { pid: h.pid, tid: h.vcpuIndex + 1 } : this.stoppedThread(pe);
    return { ...this.signalStop(thread, pe, GdbSignal.TRAP), message: this.lastCatch, info: hitStopInfo(h) };
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
   * exited if it knew the process (see takeExit).
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
   * The exit of a deleted VM's process to report (`W00;process:N`), if any: in all-stop as
   * the stop of the current resume, in non-stop as an event.
   */
  private takeExit(): StopEvent | undefined {
    const pid = this.exitsToReport.shift();
    return pid === undefined ? undefined : { kind: 'exited', pid, code: 0 };
  }

  /** Resets the board: CPU 0 restarts at the image entry point. */
  private resetBoard(): void {
    this.board.reset(this.boot.entry, this.boot.x0);
  }

  // ---- free running (no debugger) ----------------------------------------------------

  /** Runs without a debugger until stopFreeRun() or the machine finishes. */
  startFreeRun(): void {
    if (this.freeRunning || this.exited) return;
    this.freeRunning = true;
    const tick = () => {
      if (!this.freeRunning) return;
      this.monitor.feedUarts();
      const ev = this.board.run(SLICE, false);
      this.hooks.afterSlice();
      if (ev?.kind === 'reset') this.resetBoard();
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

  private pcOf(r: Resolved): bigint {
    const b = new Uint8Array(8);
    this.readReg(r, REG.PC, b, 0);
    return new DataView(b.buffer).getBigUint64(0, true);
  }

  private setPc(r: Resolved, pc: bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, pc, true);
    this.writeReg(r, REG.PC, b, 0);
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

  /** A VM's threads see the guest's registers (GDB asks with a thread of that process). */
  targetDescription(annex: string, pid: number): string | undefined {
    return targetDescription(annex, pid >= FIRST_VM_PID && this.awareness !== null ? 'guest' : 'host');
  }

  // ---- execution ------------------------------------------------------------------------

  resume(actions: readonly ThreadAction[], onStop: StopCallback): void {
    this.stopFreeRun();
    this.onStop = onStop;
    this.interruptRequested = false;
    this.stepWhenEntered = null;
    this.catchPending = false;
    for (const a of actions) if (a.addr !== undefined) this.setPc(this.resolve(a.thread), a.addr);
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
    const ev = this.runSlice(SLICE, () => this.runnable, (pe) => this.breakpointApplies(pe));
    this.refreshVms();
    const exit = ev === null ? this.takeExit() : undefined;
    if (exit !== undefined) {
      this.running = false;
      this.report(exit);
      return;
    }
    if (ev?.kind === 'reset') {
      this.resetBoard();
    } else if (ev?.kind === 'breakpoint' && !this.breakpointApplies(ev.cpu)) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
    } else if (ev?.kind === 'request') {
      const hit = this.takeCatchHit();
      if (hit !== null) {
        this.running = false;
        this.report(this.catchStop(hit));
        return;
      }
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
   * One run slice of the PEs `pes()` gives (undefined: all), after feeding the UARTs
   * `monitor uart` text and letting PEs stopped at a physical watchpoint make their access.
   * A breakpoint of another address space (same VA, other process; `applies` says) is
   * stepped over, up to MAX_FALSE_HITS times.
   */
  private runSlice(instructions: number, pes: () => readonly number[] | undefined, applies: (pe: number) => boolean): BoardEvent | null {
    const only = pes();
    this.monitor.feedUarts();
    this.stepPastWatches(only);
    let ev = this.board.run(instructions, true, only);
    // A breakpoint of another address space (same VA, other process): step over it.
    for (let k = 0; k < MAX_FALSE_HITS && ev?.kind === 'breakpoint' && !applies(ev.cpu); k++) {
      this.board.cpus[ev.cpu].skipBreakpointOnce = true;
      ev = this.board.run(instructions, true, pes());
    }
    this.hooks.afterSlice();
    return ev;
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
  private interruptStop(): SignalStop {
    const vm = this.vmOf(this.resumedPid);
    if (vm !== undefined && vm.vcpus.length > 0) {
      const v = vm.vcpus.find((c) => c.pe >= 0) ?? vm.vcpus[0];
      return this.signalStop({ pid: this.resumedPid, tid: v.index + 1 }, v.pe >= 0 ? v.pe : v.lastPe, GdbSignal.INT);
    }
    const i = this.runnable?.[0] ?? 0;
    return this.signalStop({ pid: MACHINE_PID, tid: i + 1 }, i, GdbSignal.INT);
  }

  private signalStop(thread: ThreadId, core: number, signal: number): SignalStop {
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
        const sig = this.takeHalt(ev);
        cb(this.signalStop(this.stoppedThread(ev.cpu), ev.cpu, sig));
        return;
      }
      case 'reset':
        return;
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

  /** The stop at a physical watchpoint (the PE has not made the access; it does on resume). */
  private physicalWatchStop(pe: number): SignalStop {
    const hit = this.board.cpus[pe].watchHit!;
    const w = this.physWatches.at(Number(hit.addr));
    if (w !== undefined) w.hits++;
    this.pastWatch.add(pe);
    const thread = this.nonStop.active ? this.threadOfCpu(pe) : this.stoppedThread(pe);
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

  // ---- non-stop (machine-nonstop.ts) and monitor commands (machine-monitor.ts) ------------

  /** What both helpers use of the target. */
  private view(): MachineView {
    return {
      board: this.board,
      awareness: this.awareness,
      pidOf: (vm) => this.pidOf(vm),
      resolve: (thread) => this.resolve(thread),
      refreshVms: () => this.refreshVms(),
      resetBoard: () => this.resetBoard(),
    };
  }

  private nonStopHost(): NonStopHost {
    return {
      ...this.view(),
      exited: () => this.exited,
      stopRunning: () => {
        this.stopFreeRun();
        this.running = false;
        this.onStop = null;
        this.stepWhenEntered = null;
        this.catchPending = false;
      },
      forgetCatchHit: () => {
        this.catchPending = false;
      },
      powerOff: () => {
        this.exited = true;
      },
      afterSlice: () => this.hooks.afterSlice(),
      listProcesses: () => this.listProcesses(),
      isThreadAlive: (thread) => this.isThreadAlive(thread),
      threadOfCpu: (pe) => this.threadOfCpu(pe),
      signalStop: (thread, core, signal) => this.signalStop(thread, core, signal),
      setPc: (r, pc) => this.setPc(r, pc),
      pcOf: (r) => this.pcOf(r),
      breakpointPids: (addr) => this.bps.get(addr),
      runSlice: (instructions, pes, applies) => this.runSlice(instructions, pes, applies),
      takeExit: () => this.takeExit(),
      physicalWatchStop: (pe) => this.physicalWatchStop(pe),
      takeCatchHit: () => this.takeCatchHit(),
      takeHalt: (ev) => this.takeHalt(ev),
    };
  }

  private monitorHost(): MonitorHost {
    return {
      ...this.view(),
      translator: this.translator,
      addrSpaces: this.addrSpaces,
      catches: this.catches,
      physWatches: this.physWatches,
      lastCatch: () => this.lastCatch,
      current: () => this.current,
      vmOf: (pid) => this.vmOf(pid),
      readReg: (r, n, dst, at) => this.readReg(r, n, dst, at),
    };
  }

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
      f = (cpu) => !vm.gone && cpu.el < 2 && inGuestRegime(cpu) && vttbrBaddr(v(cpu)[2 * SYSREG.VTTBR_EL2], v(cpu)[2 * SYSREG.VTTBR_EL2 + 1]) === vm.baddr;
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
        for (let i = 0; i < this.board.cpus.length; i++) this.nonStop.markStopped({ pid, tid: i + 1 });
        return this.signalStop({ pid, tid: 1 }, 0, GdbSignal.NONE);
      }
      const vm = this.vmOf(pid);
      if (vm === undefined || vm.vcpus.length === 0) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      this.stopFreeRun();
      const v = vm.vcpus[0];
      // Non-stop: the server tells GDB every thread of the process stopped.
      for (const x of vm.vcpus) this.nonStop.markStopped({ pid, tid: x.index + 1 });
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
        this.nonStop.end(); // non-stop ends with the debugger: the board runs on freely
        // Catchpoints belong to the debugger that set them, like breakpoints.
        this.catches.delete('all');
        this.startFreeRun();
      }
    },
    kill: () => {
      this.running = false;
      this.nonStop.end();
      this.exited = true;
      this.hooks.onFinished({ kind: 'poweroff' });
    },
  };
}

/** The physical address a PE's current regime maps `va` to, or undefined (debug walk). */
function physicalAddressOf(cpu: Cpu, va: bigint): number | undefined {
  if (va < 0n || va >= 1n << 64n) return undefined;
  if (!cpu.mmu.on) return va < 1n << 48n ? Number(va) : undefined;
  const t = cpu.mmu.debug(va);
  return t.ok && t.pa !== undefined ? t.pa : undefined;
}
