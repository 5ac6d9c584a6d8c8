// The GDB view of the board: process 1 is the board/hypervisor, whose threads are the PEs
// (memory through the EL2 regime when a PE is in a guest). With VM awareness
// (src/zvm/awareness.ts: a board with EL2), every VM seen running is another process whose
// threads are its vCPUs: registers from the PE while the vCPU runs, else from its
// snapshot; memory through the vCPU's stage 1 and the VM's stage 2; breakpoints that stop
// only in that VM. A facade over its parts: the thread map (thread-map.ts), the debug
// points (debug-points.ts), the run core (run-core.ts) and the run modes that use it
// (machine-allstop.ts, machine-nonstop.ts), the threads' memory (thread-memory.ts) and the
// monitor commands (machine-monitor.ts).
// Without a debugger attached the board runs freely.

import { realpathSync } from 'node:fs';
import { basename, isAbsolute, join, resolve, sep } from 'node:path';
import type { BootState } from '../machine/board/boot.ts';
import { describeEvent, VirtBoard, type BoardEvent } from '../machine/board/virt.ts';
import {
  Errno,
  GdbSignal,
  TargetError,
  type BreakpointCapability,
  type HostFileCapability,
  type OsDataCapability,
  type OsDataTable,
  type ProcessCapability,
  type ProcessInfo,
  type ResumeScope,
  type ReverseCapability,
  type SignalInfoCapability,
  type StopEvent,
  type StopCallback,
  type Target,
  type ThreadAction,
  type ThreadId,
} from '../rsp/target.ts';
import type { VmAwareness } from '../zvm/awareness.ts';
import type { HypervisorVmTable } from '../zvm/symbols.ts';
import { SHELL_UART, type HypervisorShell } from '../zvm/shell.ts';
import { REG, REGISTER_COUNT, registerSize, targetDescription } from './aarch64-registers.ts';
import { DebugPoints } from './debug-points.ts';
import { AllStopMode } from './machine-allstop.ts';
import { MachineMonitor, outputDirOf } from './machine-monitor.ts';
import { NonStopMode } from './machine-nonstop.ts';
import { DEFAULT_REVERSE_MEMORY_MB, ReverseHistory, type ReverseResult } from './reverse.ts';
import { IDLE_LOOK_MS, RunCore } from './run-core.ts';
import { RecordedVcpuWrites } from './recorded-vcpu-writes.ts';
import { siginfoOf } from './siginfo.ts';
import { ThreadMemory } from './thread-memory.ts';
import { FIRST_VM_PID, MACHINE_PID, ThreadMap } from './thread-map.ts';
import { onMachineRestored } from '../machine/snapshot/snapshot.ts';
import { savedVcpuExists } from '../zvm/awareness-state.ts';
import type { RecordReplay } from '../machine/replay/record-replay.ts';
import type { Resolved } from './thread-map.ts';

export { FIRST_VM_PID, MACHINE_PID } from './thread-map.ts';
export { uartText } from './machine-monitor.ts';

/** Instructions per free-run slice. */
const SLICE = 1_000_000;
/** Board time a VM GDB kills is run in, per slice, and at most after the shell read the command (1 s at 62.5 MHz). */
const DELETE_SLICE = 1_000_000;
const DELETE_WAIT_TICKS = 62_500_000;

export interface MachineTargetHooks {
  /** Called after every run slice (e.g. to flush console output). */
  afterSlice(): void;
  /** The machine powered off or stopped for good while no debugger was attached. */
  onFinished(event: BoardEvent): void;
  /** The program file of the hypervisor (null) or of a VM (its name, if known), for GDB. */
  executableOf?(vmName: string | null | undefined): string | undefined;
  /** Where `monitor trace save NAME` writes (default: machine-monitor.ts outputDirOf's);
   *  nothing is written anywhere else. */
  readonly outputDir?: string;
  /** SHA-256 of the images the board started with, recorded by `monitor savevm`. */
  readonly imagesHash?: () => string | null;
  /** Resets the board and loads its images again (false: they could not be loaded).
   *  Without it a reset only restarts CPU 0 at the entry point. */
  restartSystem?(): boolean;
  /** Bound of the reverse-execution checkpoints, MiB (`--reverse-memory`). */
  readonly reverseMemoryMb?: number;
  /** -icount rr: GDB's writes and steps are logged as inputs (recording) or refused (replaying). */
  readonly recorder?: RecordReplay;
}

export class MachineTarget implements Target {
  private freeRunning = false;
  /** GDB killed the system: the board is reset and stays stopped, no process exists
   *  until GDB runs it again (vRun) or the last connection leaves. */
  private killed = false;
  /** The output directory, absolute (hooks.outputDir or its default). */
  private readonly outputDir: string;
  private readonly memory: ThreadMemory;
  private readonly threads: ThreadMap;
  private readonly points: DebugPoints;
  private readonly core: RunCore;
  private readonly allStop: AllStopMode;
  /** Non-stop mode (between nonStop.enter and leave). */
  readonly nonStop: NonStopMode;
  /** The monitor commands; they own the exit trace and the text typed into the UARTs. */
  readonly monitor: MachineMonitor;
  /** Checkpoints and journal for going back (reverse.ts). */
  readonly history: ReverseHistory;
  /** Recording: GDB's writes to vCPUs not on a PE, made and logged as they enter (null otherwise). */
  private readonly vcpuWrites: RecordedVcpuWrites | null;

  constructor(
    readonly board: VirtBoard,
    private readonly boot: BootState,
    private readonly hooks: MachineTargetHooks,
    /** VM awareness (boards with EL2); null: process 1 only. */
    readonly awareness: VmAwareness | null = null,
    /** The hypervisor's own VM table (names VMs), when its ELF has the symbols. */
    private readonly vmTable: HypervisorVmTable | undefined = undefined,
    /** The hypervisor's shell (deletes a VM GDB kills), when its ELF has the symbols. */
    private readonly shell: HypervisorShell | undefined = undefined,
  ) {
    this.outputDir = outputDirOf(hooks.outputDir);
    // A VM the hypervisor deleted takes its breakpoints and settings with it.
    this.threads = new ThreadMap(board, awareness, vmTable, (pid) => {
      this.points.forgetBreakpoints(pid);
      this.memory.addrSpaces.delete(pid);
    });
    this.memory = new ThreadMemory(board, this.threads);
    this.points = new DebugPoints(board.cpus, this.threads);
    const resetBoard = () => this.resetBoard();
    this.history = new ReverseHistory(
      board,
      {
        replayStep: (pe, masked, check) => this.core.replayStep(pe, masked, check),
        breakpointApplies: (pe) => this.points.breakpointThread(pe) !== null,
        resetBoard,
      },
      (hooks.reverseMemoryMb ?? DEFAULT_REVERSE_MEMORY_MB) * 2 ** 20,
    );
    // All-stop runs are recorded for going back (non-stop runs are not).
    const recording = () => !this.nonStop.active;
    this.core = new RunCore(board, this.threads, this.points, {
      afterSlice: () => {
        hooks.afterSlice();
        if (recording()) this.history.afterOp();
      },
      feedUarts: () => {
        this.history.beforeSlice();
        this.monitor.feedUarts();
      },
      resetBoard,
      // Catchpoints stop a continue, never a step (see AllStopMode.stepping); re-execution
      // for going back stops at no catchpoint and traces nothing.
      controlled: () => !this.history.replaying && ((this.allStop.running && !this.allStop.stepping) || this.nonStop.active),
      frozen: (vcpu) => this.nonStop.frozen(vcpu),
      trace: () => (this.history.replaying ? null : this.monitor.trace),
      beforeStep: (pe, masked) => {
        hooks.recorder?.stepping(pe, masked);
        if (recording()) this.history.beforeStep(pe, masked);
      },
    });
    this.allStop = new AllStopMode(this.threads, this.core);
    this.vcpuWrites = awareness !== null && hooks.recorder?.mode === 'record' ? new RecordedVcpuWrites(board, awareness, hooks.recorder) : null;
    this.nonStop = new NonStopMode({
      board,
      threads: this.threads,
      core: this.core,
      stopRunning: () => {
        this.stopFreeRun();
        this.allStop.cancel();
        this.core.forget();
      },
    });
    this.monitor = new MachineMonitor({
      board,
      threads: this.threads,
      points: this.points,
      translator: this.memory.translator,
      addrSpaces: this.memory.addrSpaces,
      lastCatch: () => this.core.lastCatch,
      resetBoard: () => {
        this.refuseWhileRecording('monitor reset');
        resetBoard();
      },
      nonStopActive: () => this.nonStop.active,
      replayInfo: () => hooks.recorder?.info() ?? 'no record or replay (-icount rr=record|replay,rrfile=FILE starts one)\n',
      outputDir: this.outputDir,
      stepping: this.core,
      imagesHash: hooks.imagesHash,
      restoreRefused: (snap) => {
        const rr = hooks.recorder?.refusal('loadvm') ?? null;
        if (rr !== null) return rr;
        if (this.nonStop.active) return 'not in non-stop mode (threads run on their own): use all-stop mode';
        // GDB would go on reading the registers of a thread that no longer exists (and fail
        // to switch away from it): it must be on one the snapshot has.
        const t = this.threads.current;
        if (snap === undefined || t.pid === MACHINE_PID || savedVcpuExists(snap.extensions['zvm.awareness'], t.pid - FIRST_VM_PID, t.tid - 1)) return null;
        return `the snapshot has no thread ${t.pid}.${t.tid}, which GDB has selected: select a thread of process 1 first ('inferior 1')`;
      },
    });
    // A restored machine (monitor loadvm, the CLI's monitor): a vCPU step waiting for its
    // entry is void, and the threads are the snapshot's.
    onMachineRestored(board, () => {
      this.history.input();
      this.core.cancelStep();
      this.threads.restored();
    });
  }

  /**
   * Starts the system again from its images, as a power cycle: CPU 0 at the entry point,
   * every VM gone (GDB is told their exits at the next stop).
   */
  private resetBoard(): void {
    if (this.hooks.restartSystem?.() !== true) this.board.reset(this.boot.entry, this.boot.x0);
    this.core.forget();
    this.threads.retireAll();
    this.nonStop.restarted();
  }

  /**
   * GDB's `kill` of a VM: the hypervisor deletes it, asked the way a user asks, by its
   * shell's command typed into its console (a firmware interface of our own would work
   * for our hypervisor only; the shell is ZVM's). The board runs (breakpoints ignored)
   * until the hypervisor's VM table no longer lists the VM; the other VMs and the
   * hypervisor run on. Refused, with the reason, when the hypervisor offers no way.
   */
  private async deleteVm(pid: number): Promise<void> {
    const vm = this.threads.vmOf(pid);
    if (vm === undefined) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
    const read = (pa: number, dst: Uint8Array) => this.board.bus.debugRead(pa, dst);
    const refuse = (why: string): never => {
      const text = `process ${pid} (${vm.label}) is a VM and its hypervisor did not delete it: ${why}; kill inferior 1 to reset the whole board`;
      // GDB 13 shows only "Can't kill process": the reason goes to the server's console too.
      process.stderr.write(`zvm-gdbserver: kill refused: ${text}\n`);
      throw new TargetError(Errno.EPERM, text);
    };
    const id = this.vmTable?.idOf(vm, read);
    if (this.shell === undefined || id === undefined) return refuse("the hypervisor's ELF has no shell and VM table this server knows (our firmware's look_vm, shell_run, vms)");
    if (this.nonStop.active) return refuse(`not in non-stop mode: type its shell's command with monitor uart ${SHELL_UART} "${this.shell.deleteCommand(id).replace('\r', '\\r')}"`);
    const busy = this.shell.busy(read) ?? (this.monitor.unread(SHELL_UART) > 0 ? `its console has ${this.monitor.unread(SHELL_UART)} byte(s) of input it has not read yet` : null);
    if (busy !== null) return refuse(busy);
    const command = this.shell.deleteCommand(id);
    this.stopFreeRun();
    this.core.forget();
    this.monitor.type(SHELL_UART, [...command].map((c) => c.charCodeAt(0)));
    // Board time after the shell read the command (1 s: a delete takes microseconds).
    let left = DELETE_WAIT_TICKS;
    while (this.threads.vmOf(pid) !== undefined) {
      if (left <= 0) refuse(`after '${command.trim()}' typed into its console (uart${SHELL_UART}), it still lists the VM (its console says why)`);
      this.monitor.feedUarts();
      const before = this.board.time;
      const ev = this.board.run(DELETE_SLICE, false);
      this.hooks.afterSlice();
      if (ev?.kind === 'reset') this.resetBoard();
      else if (ev !== null && ev.kind !== 'request') refuse(`the board stopped: ${describeEvent(ev)}`);
      this.threads.refresh();
      if (this.monitor.unread(SHELL_UART) === 0) left -= this.board.time - before;
      // Console output and other connections are served between slices.
      await new Promise((r) => setImmediate(r));
    }
    this.threads.killed(pid);
  }

  /** Refuses `what` (a reset, going back) while a record or replay runs: it follows one run forward. */
  private refuseWhileRecording(what: string): void {
    const why = this.hooks.recorder?.refusal(what) ?? null;
    if (why !== null) throw new TargetError(Errno.EPERM, why);
  }

  /**
   * Ends any run for GDB and resets the board; `killed` leaves it without processes.
   * Non-stop mode goes on with the threads in `stopped` stopped.
   */
  private restart(killed: boolean, stopped: readonly ThreadId[] = []): void {
    this.refuseWhileRecording(killed ? 'kill' : 'run');
    this.stopFreeRun();
    this.allStop.cancel();
    this.threads.exited = killed;
    this.killed = killed;
    this.resetBoard();
    this.nonStop.restarted(stopped);
  }

  /**
   * The last GDB connection left without detaching: the board runs on (a real-time
   * guest must not stay frozen because a debugger went away). GDB's breakpoints went
   * with its connection; its catchpoints, non-stop mode and reverse-execution history go
   * now. A killed system
   * starts again.
   */
  releaseAfterDisconnect(): void {
    if (this.killed) this.restart(false);
    this.points.catches.delete('all');
    this.nonStop.end();
    this.allStop.cancel();
    // The checkpoints for going back were the debugger's: their memory goes with it.
    this.history.clear();
    this.startFreeRun();
  }

  /**
   * `qXfer:siginfo:read` (GDB's `$_siginfo`): the Linux AArch64 siginfo_t (128 bytes) of
   * a thread's last stop; undefined when the thread has not stopped with a signal.
   */
  readonly signalInfo = {
    read: (thread: ThreadId): Uint8Array | undefined => {
      if (!this.threads.isThreadAlive(thread)) return undefined;
      const stop = this.threads.lastStop(thread);
      return stop === undefined ? undefined : siginfoOf(stop);
    },
  } satisfies SignalInfoCapability;

  /**
   * `info os processes` (`qXfer:osdata:read:processes`): the board/hypervisor and each VM,
   * with its name, its threads (CPUs, vCPUs) and where they run.
   */
  readonly osData = {
    types: () => [{ type: 'processes', description: 'The hypervisor and its VMs', title: 'Processes' }],
    read: (type: string): OsDataTable | undefined => (type === 'processes' ? this.processTable() : undefined),
  } satisfies OsDataCapability;

  private processTable(): OsDataTable {
    const rows: Record<string, string>[] = [];
    for (const p of this.threads.listProcesses()) {
      const vm = this.threads.vmOf(p.pid);
      const cores = [...new Set(p.threads.flatMap((t) => (t.core === undefined ? [] : [t.core])))].sort((a, b) => a - b);
      if (vm === undefined) {
        const elf = this.hooks.executableOf?.(null);
        const on = this.board.powered.filter((x) => x).length;
        rows.push({ pid: String(p.pid), command: elf === undefined ? 'board' : basename(elf), kind: 'hypervisor', vcpus: '-', state: `${on} of ${this.board.cpus.length} CPUs on`, cores: cores.join(',') });
        continue;
      }
      const running = vm.vcpus.filter((v) => v.pe >= 0).map((v) => `cpu${v.pe}`);
      rows.push({
        pid: String(p.pid),
        command: vm.label,
        kind: 'VM',
        vcpus: String(vm.vcpus.length),
        state: running.length > 0 ? `running on ${running.join(' ')}` : 'not running',
        cores: cores.join(','),
      });
    }
    return rows;
  }

  /**
   * `vFile` (GDB's `remote get`, and the programs GDB loads through a `target:` sysroot):
   * read-only, the server's output directory (a relative path is taken there; `..` and
   * absolute paths elsewhere are refused, also through links) and the programs this
   * server names with `qXfer:exec-file`.
   */
  readonly hostFiles = {
    resolve: (path: string): string => {
      const dir = this.outputDir;
      if (path.split(/[\\/]/).includes('..')) throw new TargetError(Errno.EACCES, `'..' in ${path}`);
      const programs = [this.hooks.executableOf?.(null), ...(this.threads.awareness?.vms ?? []).filter((v) => !v.gone).map((v) => this.hooks.executableOf?.(v.label))];
      if (isAbsolute(path) && programs.includes(path)) return path;
      const host = isAbsolute(path) ? resolve(path) : join(dir, path);
      const real = realpathSync(host); // ENOENT when missing
      let root: string;
      try {
        root = realpathSync(dir);
      } catch {
        throw new TargetError(Errno.ENOENT, `no output directory ${dir}`);
      }
      if (!real.startsWith(root + sep)) throw new TargetError(Errno.EACCES, `${path} is outside ${dir}`);
      return real;
    },
  } satisfies HostFileCapability;

  // ---- free running (no debugger) ----------------------------------------------------

  /** Runs without a debugger until stopFreeRun() or the machine finishes. */
  startFreeRun(): void {
    if (this.freeRunning || this.threads.exited) return;
    this.freeRunning = true;
    const tick = () => {
      if (!this.freeRunning) return;
      this.monitor.feedUarts();
      const ev = this.board.run(SLICE, false);
      this.hooks.afterSlice();
      if (ev?.kind === 'reset') this.resetBoard();
      else if (ev !== null && ev.kind !== 'request') {
        this.freeRunning = false;
        if (ev.kind === 'poweroff') this.threads.exited = true;
        this.hooks.onFinished(ev);
        return;
      }
      // Every PE in WFI with nothing armed to wake it: look again later instead of
      // spinning (input and a debugger's connection arrive meanwhile).
      if (this.board.idle()) setTimeout(tick, IDLE_LOOK_MS);
      else setImmediate(tick);
    };
    setImmediate(tick);
  }

  stopFreeRun(): void {
    this.freeRunning = false;
  }

  /** The board powered off (not: GDB killed it). */
  get hasExited(): boolean {
    return this.threads.exited && !this.killed;
  }

  // ---- Target: threads, registers, memory -----------------------------------------------

  listProcesses(): ProcessInfo[] {
    return this.threads.listProcesses();
  }

  isThreadAlive(thread: ThreadId): boolean {
    return this.threads.isThreadAlive(thread);
  }

  readRegisters(thread: ThreadId): Uint8Array {
    const r = this.threads.resolve(thread);
    this.hintIfUndescribed(thread.pid);
    // The `g` block: the core registers only; GDB fetches V0-V31/FPSR/FPCR with `p`.
    const out = new Uint8Array(8 * 33 + 4);
    let at = 0;
    for (let n = 0; n <= REG.CPSR; n++) at += this.threads.readReg(r, n, out, at);
    return out;
  }

  writeRegisters(thread: ThreadId, data: Uint8Array): void {
    const r = this.threads.resolve(thread);
    this.history.input();
    let at = 0;
    for (let n = 0; n < REGISTER_COUNT && at + registerSize(n) <= data.length; n++) {
      this.writeReg(r, n, data, at);
      at += registerSize(n);
    }
  }

  /** A replay follows its record: GDB writes nothing (GDB prints only "Cannot access memory": the reason goes to the server's stderr too). */
  private refuseWriteWhileReplaying(): void {
    const why = this.hooks.recorder?.writeRefusal() ?? null;
    if (why === null) return;
    process.stderr.write(`zvm-gdbserver: write refused: ${why}\n`);
    throw new TargetError(Errno.EPERM, why);
  }

  /**
   * GDB writes register `n` of a thread. Recording, the write is an input, logged for the
   * PE it lands on; a vCPU that is not on a PE keeps the value until its next entry, where
   * the record makes and logs it (RecordedVcpuWrites). Replaying, GDB writes nothing.
   */
  private writeReg(r: Resolved, n: number, data: Uint8Array, at: number): boolean {
    const rr = this.hooks.recorder;
    if (rr === undefined) return this.threads.writeReg(r, n, data, at);
    this.refuseWriteWhileReplaying();
    if (r.kind === 'vcpu' && r.vcpu.pe < 0 && this.vcpuWrites !== null && !rr.finished) {
      const why = this.vcpuWrites.refusal(r.vcpu);
      if (why !== null) throw new TargetError(Errno.EPERM, why);
      const ok = this.threads.writeReg(r, n, data, at);
      if (ok) this.vcpuWrites.wrote(r.vcpu, n);
      return ok;
    }
    const pe = r.kind === 'pe' ? r.cpu.index : r.vcpu.pe;
    return rr.loggedInput(() => this.threads.writeReg(r, n, data, at), { k: 'reg', pe, n, d: data.subarray(at, at + registerSize(n)) });
  }

  readRegister(thread: ThreadId, regnum: number): Uint8Array | undefined {
    const r = this.threads.resolve(thread);
    const size = registerSize(regnum);
    if (size === 0) return undefined;
    const out = new Uint8Array(size);
    this.threads.readReg(r, regnum, out, 0);
    return out;
  }

  writeRegister(thread: ThreadId, regnum: number, data: Uint8Array): boolean {
    const r = this.threads.resolve(thread);
    if (registerSize(regnum) === 0 || data.length !== registerSize(regnum)) return false;
    this.history.input();
    return this.writeReg(r, regnum, data, 0);
  }

  readMemory(thread: ThreadId, addr: bigint, length: number): Uint8Array {
    return this.memory.read(this.threads.resolve(thread), addr, length);
  }

  readMemoryInto(thread: ThreadId, addr: bigint, into: Uint8Array): number {
    return this.memory.readInto(this.threads.resolve(thread), addr, into);
  }

  writeMemory(thread: ThreadId, addr: bigint, data: Uint8Array): void {
    const rr = this.hooks.recorder;
    this.refuseWriteWhileReplaying();
    this.history.input();
    // Recording: each physical piece is an input (a replay needs no translation).
    this.memory.write(this.threads.resolve(thread), addr, data, rr === undefined ? undefined : (pa, d) => rr.memoryWritten(pa, d));
  }

  /**
   * The processes GDB read our `target.xml` for. GDB 13 reads a description only at connect,
   * `attach`, `run`, an exec event and `set/unset tdesc filename`: an inferior it discovers
   * (each VM) keeps its own default (from its program's ELF), where the system registers do
   * not exist. The protocol layer reports an exec stop per such process at the first resume
   * of every thread (`describeByExec`); before that, the first time GDB reads the registers
   * of such a process, the server says once what fixes it.
   */
  private readonly described = new Set<number>();
  private hinted = false;

  private hintIfUndescribed(pid: number): void {
    if (this.hinted || this.described.size === 0 || this.described.has(pid)) return;
    this.hinted = true;
    process.stderr.write(
      `zvm-gdbserver: GDB did not ask for process ${pid}'s register description (GDB 13 does only at connect, attach and exec), ` +
        `so its system registers ($vbar_el1, $SP_EL0...) are void in GDB: type 'inferior N' (N: the inferior of process ${pid}) ` +
        `and 'unset tdesc filename', or continue once with 'set schedule-multiple on' (README: "Register descriptions"). Said once.\n`,
    );
  }

  /** A VM's threads see the guest's registers (GDB asks with a thread of that process). */
  targetDescription(annex: string, pid: number): string | undefined {
    if (annex === 'target.xml') this.described.add(pid);
    return targetDescription(annex, pid >= FIRST_VM_PID && this.awareness !== null ? 'guest' : 'host');
  }

  // ---- execution (all-stop; non-stop is the nonStop capability) --------------------------

  resume(actions: readonly ThreadAction[], onStop: StopCallback, scope?: ResumeScope): void {
    this.stopFreeRun();
    this.history.sync();
    this.allStop.resume(actions, onStop, scope?.everyProcess ?? false);
  }

  /**
   * Going back (all-stop; reverse.ts): one instruction, or to the last breakpoint or
   * watchpoint hit. The board is re-executed before this returns; the stop is reported
   * like a forward one (a watchpoint's after its access: GDB steps back over it), with
   * `replaylog:begin` where the history starts.
   */
  readonly reverse: ReverseCapability = {
    step: (thread, onStop) => this.goBack(thread, onStop, (pe) => this.history.stepBack(pe)),
    continue: (thread, onStop) => this.goBack(thread, onStop, () => this.history.continueBack()),
  };

  private goBack(thread: ThreadId, onStop: StopCallback, op: (pe: number) => ReverseResult): void {
    this.refuseWhileRecording('reverse execution');
    this.stopFreeRun();
    this.core.forget();
    // A step back is one instruction of the PE the thread is on (a vCPU not on a PE: the
    // PE it last ran on; reverse.ts says where the other PEs go).
    const pe = Math.max(0, this.threads.coreOf(this.threads.resolve(thread)));
    const r = op(pe);
    this.threads.refresh();
    // The stop is the hit's PE's, else the stepped PE's.
    const at = r.hit?.pe ?? pe;
    const now = this.threads.threadOfCpu(at);
    // The thread GDB stepped back, if it is what the PE runs (else what it runs is reported).
    const t = now.pid === thread.pid && now.tid === thread.tid ? thread : now;
    let ev: StopEvent;
    if (r.hit?.kind === 'watchpoint') {
      ev = { ...this.core.signalStop(t, at, GdbSignal.TRAP, { kind: 'watchpoint', addr: r.hit.addr }), reason: { kind: r.hit.watch, addr: r.hit.addr } };
    } else if (r.hit?.kind === 'breakpoint') {
      ev = { ...this.core.signalStop(t, at, GdbSignal.TRAP, { kind: 'breakpoint' }), reason: { kind: 'swbreak' } };
    } else {
      ev = this.core.signalStop(t, at, GdbSignal.TRAP, { kind: 'step' });
      if (r.atBegin) ev = { ...ev, reason: { kind: 'replaylog', at: 'begin' } };
    }
    if (r.event !== undefined) process.stderr.write(`zvm-gdbserver: going back stopped early: ${describeEvent(r.event)}\n`);
    setImmediate(() => onStop(ev));
  }

  interrupt(): void {
    this.allStop.interrupt();
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
        this.threads.resolve(thread);
        this.points.setWatchpoint(thread.pid, type, addr, length, true);
        return true;
      },
      remove: (thread, type, addr, length) => {
        this.threads.resolve(thread);
        this.points.setWatchpoint(thread.pid, type, addr, length, false);
        return true;
      },
    },
  };

  private setBreakpoint(thread: ThreadId, addr: bigint, on: boolean): boolean {
    this.threads.resolve(thread);
    this.points.setBreakpoint(thread.pid, addr, on);
    return true;
  }

  readonly processes: ProcessCapability = {
    // A VM's threads have the guest's description (see targetDescription).
    describeByExec: true,
    isAttached: () => true,
    executable: (pid) => {
      if (pid === MACHINE_PID) return this.hooks.executableOf?.(null);
      const vm = this.threads.vmOf(pid);
      return vm === undefined ? undefined : this.hooks.executableOf?.(vm.label);
    },
    attach: (pid) => {
      if (this.threads.exited) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      if (pid === MACHINE_PID) {
        this.stopFreeRun();
        for (let i = 0; i < this.board.cpus.length; i++) this.nonStop.markStopped({ pid, tid: i + 1 });
        return this.core.signalStop({ pid, tid: 1 }, 0, GdbSignal.NONE, { kind: 'attach' });
      }
      const vm = this.threads.vmOf(pid);
      if (vm === undefined || vm.vcpus.length === 0) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      this.stopFreeRun();
      const v = vm.vcpus[0];
      // Non-stop: the server tells GDB every thread of the process stopped.
      for (const x of vm.vcpus) this.nonStop.markStopped({ pid, tid: x.index + 1 });
      return this.core.signalStop({ pid, tid: v.index + 1 }, v.pe >= 0 ? v.pe : v.lastPe, GdbSignal.NONE, { kind: 'attach' });
    },
    detach: (pid) => {
      // A VM's breakpoints go with it; detaching the hypervisor removes all and lets the
      // board run freely.
      this.points.forgetBreakpoints(pid);
      if (pid === MACHINE_PID) {
        this.nonStop.end(); // non-stop ends with the debugger: the board runs on freely
        // Catchpoints belong to the debugger that set them, like breakpoints.
        this.points.catches.delete('all');
        this.history.clear();
        this.startFreeRun();
      }
    },
    // GDB's `kill` of process 1 (or of the only process without VM awareness) resets the
    // board and holds it with no process until `run`; a VM is the hypervisor's to delete:
    // the server asks it (deleteVm).
    kill: (pid) => (pid === MACHINE_PID ? this.restart(true) : this.deleteVm(pid)),
    // `run` (vRun): the system starts again from its images, stopped at its entry point.
    // GDB kills a live process before it runs it again, so a `run` while process 1 lives
    // comes from another inferior: a VM's, which only the hypervisor can create.
    run: () => {
      if (!this.threads.exited) {
        const why =
          `run refused: the hypervisor (process 1) is running and a VM is only created by it (ours: monitor uart ${SHELL_UART} "zvm new -t zephyr\\r", then "zvm run -n ID\\r"); ` +
          "'run' in inferior 1 starts the whole system again";
        process.stderr.write(`zvm-gdbserver: ${why}\n`);
        throw new TargetError(Errno.EPERM, why);
      }
      // Non-stop: the reply names thread 1.1 stopped; GDB takes the others it finds as running.
      this.restart(false, [{ pid: MACHINE_PID, tid: 1 }]);
      return this.core.signalStop({ pid: MACHINE_PID, tid: 1 }, 0, GdbSignal.TRAP, { kind: 'attach' });
    },
  };
}
