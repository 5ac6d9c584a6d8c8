// The GDB view of the bare board (issue 2): one process, pid 1, whose threads are the
// PEs (tid = CPU index + 1). Owns the run loop: the board runs either freely (no
// debugger attached), or under GDB's control (resume/stop).

import { VirtBoard, describeEvent, type BoardEvent } from '../machine/board/virt.ts';
import type { Cpu } from '../machine/cpu/cpu.ts';
import {
  Errno,
  GdbSignal,
  TargetError,
  type BreakpointCapability,
  type MonitorCapability,
  type ProcessCapability,
  type ProcessInfo,
  type StopCallback,
  type StopEvent,
  type Target,
  type ThreadAction,
  type ThreadId,
} from '../rsp/target.ts';
import { REG, REGISTER_COUNT, readRegister, registerSize, targetDescription, writeRegister } from './aarch64-registers.ts';

import type { BootState } from '../cli/main.ts';
import { formatTranslation } from '../machine/mmu/index.ts';

export const MACHINE_PID = 1;

/** Instructions per run slice before yielding to the event loop (Ctrl-C, sockets). */
const SLICE = 1_000_000;

export interface MachineTargetHooks {
  /** Called after every run slice (e.g. to flush console output). */
  afterSlice(): void;
  /** The machine powered off or stopped for good while no debugger was attached. */
  onFinished(event: BoardEvent): void;
}

export class MachineTarget implements Target {
  private running = false;
  private interruptRequested = false;
  private onStop: StopCallback | null = null;
  /** CPUs allowed to run in the current resume (undefined = all). */
  private runnable: number[] | undefined;
  /** Machine has powered off: threads are gone. */
  private exited = false;
  private freeRunning = false;
  private readonly bpAddrs = new Set<bigint>();

  constructor(
    readonly board: VirtBoard,
    private readonly boot: BootState,
    private readonly hooks: MachineTargetHooks,
  ) {}

  private cpuOf(thread: ThreadId): Cpu {
    const cpu = thread.pid === MACHINE_PID ? this.board.cpus[thread.tid - 1] : undefined;
    if (cpu === undefined) throw new TargetError(Errno.ESRCH, `no thread p${thread.pid}.${thread.tid}`);
    return cpu;
  }

  // ---- free running (no debugger) ----------------------------------------------------

  /** Runs without a debugger until stopFreeRun() or the machine finishes. */
  startFreeRun(): void {
    if (this.freeRunning || this.exited) return;
    this.freeRunning = true;
    const tick = () => {
      if (!this.freeRunning) return;
      const ev = this.board.run(SLICE, false);
      this.hooks.afterSlice();
      if (ev?.kind === 'reset') this.board.reset(this.boot.entry, this.boot.x0);
      else if (ev !== null) {
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
    return [
      {
        pid: MACHINE_PID,
        threads: this.board.cpus.map((c, i) => ({ tid: i + 1, name: `cpu${i}${this.board.powered[i] ? '' : ' (off)'}`, core: i })),
      },
    ];
  }

  isThreadAlive(thread: ThreadId): boolean {
    return !this.exited && thread.pid === MACHINE_PID && thread.tid >= 1 && thread.tid <= this.board.cpus.length;
  }

  readRegisters(thread: ThreadId): Uint8Array {
    const cpu = this.cpuOf(thread);
    // The `g` block: the core registers only; GDB fetches V0-V31/FPSR/FPCR with `p`.
    const out = new Uint8Array(8 * 33 + 4);
    let at = 0;
    for (let n = 0; n <= REG.CPSR; n++) at += readRegister(cpu, n, out, at);
    return out;
  }

  writeRegisters(thread: ThreadId, data: Uint8Array): void {
    const cpu = this.cpuOf(thread);
    let at = 0;
    for (let n = 0; n < REGISTER_COUNT && at + registerSize(n) <= data.length; n++) {
      writeRegister(cpu, n, data, at);
      at += registerSize(n);
    }
  }

  readRegister(thread: ThreadId, regnum: number): Uint8Array | undefined {
    const cpu = this.cpuOf(thread);
    const size = registerSize(regnum);
    if (size === 0) return undefined;
    const out = new Uint8Array(size);
    readRegister(cpu, regnum, out, 0);
    return out;
  }

  writeRegister(thread: ThreadId, regnum: number, data: Uint8Array): boolean {
    const cpu = this.cpuOf(thread);
    if (registerSize(regnum) === 0 || data.length !== registerSize(regnum)) return false;
    return writeRegister(cpu, regnum, data, 0);
  }

  /**
   * Memory as the thread's PE sees it now (like QEMU's gdbstub): virtual addresses through
   * its current translation regime when its MMU is on, physical otherwise. The walk is
   * side-effect free; unmapped pages end the transfer (GDB gets what was readable).
   */
  readMemory(thread: ThreadId, addr: bigint, length: number): Uint8Array {
    const cpu = this.cpuOf(thread);
    const buf = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const va = addr + BigInt(done);
      const pa = physicalAddressOf(cpu, va);
      if (pa === undefined) break;
      const chunk = Math.min(length - done, 4096 - Number(va & 0xfffn));
      const n = this.board.bus.debugRead(pa, buf.subarray(done, done + chunk));
      done += n;
      if (n < chunk) break;
    }
    return buf.subarray(0, done);
  }

  writeMemory(thread: ThreadId, addr: bigint, data: Uint8Array): void {
    const cpu = this.cpuOf(thread);
    let done = 0;
    while (done < data.length) {
      const va = addr + BigInt(done);
      const pa = physicalAddressOf(cpu, va);
      const chunk = Math.min(data.length - done, 4096 - Number(va & 0xfffn));
      const n = pa === undefined ? 0 : this.board.bus.debugWrite(pa, data.subarray(done, done + chunk));
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
    for (const a of actions) {
      if (a.addr !== undefined) this.cpuOf(a.thread).setPC(a.addr);
    }
    const step = actions.find((a) => a.action === 'step');
    if (step !== undefined) {
      // One instruction on the stepping PE; the others stay where they are (as QEMU's
      // gdbstub does), which is what GDB's scheduler-locking "step" mode expects.
      const i = step.thread.tid - 1;
      const ev = this.board.step(i);
      this.hooks.afterSlice();
      setImmediate(() => this.report(ev ?? this.signalStop(i, GdbSignal.TRAP)));
      return;
    }
    this.runnable = actions.filter((a) => a.action === 'continue').map((a) => this.cpuOf(a.thread).index);
    if (this.runnable.length === 0) {
      setImmediate(() => this.report(this.signalStop(0, GdbSignal.TRAP)));
      return;
    }
    this.running = true;
    setImmediate(() => this.tick());
  }

  private tick(): void {
    if (!this.running) return;
    if (this.interruptRequested) {
      this.running = false;
      this.report(this.signalStop(this.runnable?.[0] ?? 0, GdbSignal.INT));
      return;
    }
    const ev = this.board.run(SLICE, true, this.runnable);
    this.hooks.afterSlice();
    if (ev?.kind === 'reset') {
      this.board.reset(this.boot.entry, this.boot.x0);
    } else if (ev !== null) {
      this.running = false;
      this.report(ev);
      return;
    }
    setImmediate(() => this.tick());
  }

  interrupt(): void {
    if (this.running) this.interruptRequested = true;
  }

  /** The CPU of the last stop reported to GDB (monitor commands act on it). */
  private lastCpu = 0;

  private signalStop(cpu: number, signal: number): Extract<StopEvent, { kind: 'signal' }> {
    this.lastCpu = cpu;
    return { kind: 'signal', thread: { pid: MACHINE_PID, tid: cpu + 1 }, signal, core: cpu };
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
        cb({ ...this.signalStop(ev.cpu, GdbSignal.TRAP), reason: { kind: 'swbreak' } });
        return;
      case 'watchpoint':
        cb({ ...this.signalStop(ev.cpu, GdbSignal.TRAP), reason: { kind: ev.watch, addr: ev.addr } });
        return;
      case 'halt': {
        process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
        const sig = ev.halt.kind === 'undefined' ? GdbSignal.ILL : GdbSignal.SEGV;
        // Clear the halt so the user can inspect, fix registers and continue.
        this.board.cpus[ev.cpu].halt = null;
        cb(this.signalStop(ev.cpu, sig));
        return;
      }
      case 'reset':
        return;
    }
  }

  // ---- capabilities ---------------------------------------------------------------------

  readonly breakpoints: BreakpointCapability = {
    // Breakpoints live in the emulator: no guest memory is patched.
    software: {
      insert: (thread, addr) => this.setBreakpoint(thread, addr, true),
      remove: (thread, addr) => this.setBreakpoint(thread, addr, false),
    },
    hardware: {
      insert: (thread, addr) => this.setBreakpoint(thread, addr, true),
      remove: (thread, addr) => this.setBreakpoint(thread, addr, false),
    },
    // Watchpoints on virtual addresses, checked by the emulator before each data access
    // (the access has not happened when GDB is told; GDB steps over it itself).
    watchpoints: {
      insert: (thread, type, addr, length) => {
        this.cpuOf(thread);
        for (const cpu of this.board.cpus) cpu.addWatchpoint(addr, length, type);
        return true;
      },
      remove: (thread, type, addr, length) => {
        this.cpuOf(thread);
        for (const cpu of this.board.cpus) cpu.removeWatchpoint(addr, length, type);
        return true;
      },
    },
  };

  private setBreakpoint(thread: ThreadId, addr: bigint, on: boolean): boolean {
    this.cpuOf(thread);
    if (on) this.bpAddrs.add(addr);
    else this.bpAddrs.delete(addr);
    for (const cpu of this.board.cpus) {
      if (on) cpu.addBreakpoint(addr);
      else cpu.removeBreakpoint(addr);
    }
    return true;
  }

  readonly processes: ProcessCapability = {
    isAttached: () => true,
    attach: (pid) => {
      if (pid !== MACHINE_PID || this.exited) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      this.stopFreeRun();
      return this.signalStop(0, GdbSignal.NONE);
    },
    detach: () => {
      for (const a of this.bpAddrs) for (const cpu of this.board.cpus) cpu.removeBreakpoint(a);
      this.bpAddrs.clear();
      this.startFreeRun();
    },
    kill: () => {
      this.running = false;
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
            output(
              `cpu${i}: ${this.board.powered[i] ? 'on ' : 'off'} EL${c.el} pc=0x${c.getPC().toString(16)} retired=${c.retired}\n`,
            );
          });
          return;
        case 'reset':
          this.board.reset(this.boot.entry, this.boot.x0);
          output('system reset\n');
          return;
        case 'translate': {
          // The walk of the CPU that last stopped (GDB's current thread), level by level.
          const arg = args[0];
          if (arg === undefined || !/^(0x[0-9a-f]+|\d+)$/i.test(arg)) throw new TargetError(Errno.EINVAL, 'usage: monitor translate ADDRESS');
          const cpu = this.board.cpus[this.lastCpu];
          const va = BigInt(arg);
          if (!cpu.mmu.on) {
            output(`cpu${this.lastCpu}: translation is off: VA 0x${va.toString(16)} = PA 0x${va.toString(16)}\n`);
            return;
          }
          output(`cpu${this.lastCpu} (EL${cpu.el}):\n`);
          for (const line of formatTranslation(cpu.mmu.debug(va))) output(`  ${line}\n`);
          return;
        }
        default:
          throw new TargetError(Errno.EINVAL, `unknown monitor command '${word}' (try 'monitor help')`);
      }
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

const MONITOR_HELP = `zvm-gdbserver monitor commands:
  help           this text
  cpus           list the CPUs with their state, EL, PC and retired instructions
  reset          reset the board (CPU 0 restarts at the image entry point)
  translate ADDR walk ADDR through the stopped CPU's current translation, level by level
`;
