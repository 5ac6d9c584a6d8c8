// How GDB sees the board: process 1 is the board/hypervisor (threads = PEs, tid = CPU index
// + 1), and every VM seen running is a process of its own (pid 2, 3, ... in discovery
// order; threads = its vCPUs, tid = vCPU index + 1). The map follows VMs as they appear
// and as the hypervisor deletes them (their process exits), and keeps each thread's last
// stop (for `qXfer:siginfo:read`).

import type { VirtBoard } from '../machine/board/virt.ts';
import type { Cpu } from '../machine/cpu/cpu.ts';
import { inGuestRegime } from '../machine/cpu/exceptions.ts';
import { Errno, TargetError, type ProcessInfo, type StopEvent, type ThreadId } from '../rsp/target.ts';
import type { HostContext, Vcpu, Vm, VmAwareness } from '../zvm/awareness.ts';
import type { HypervisorVmTable } from '../zvm/symbols.ts';
import { REG, isExitRecordRegister, readHostRegister, readRegister, readSnapshotRegister, writeRegister, writeSnapshotRegister } from './aarch64-registers.ts';
import type { LastStop } from './siginfo.ts';

export const MACHINE_PID = 1;
/** The pid of the first VM seen; the next ones follow in discovery order. */
export const FIRST_VM_PID = 2;

/** A thread resolved: a PE of process 1, or a vCPU of a VM process. */
export type Resolved = { readonly kind: 'pe'; readonly cpu: Cpu } | { readonly kind: 'vcpu'; readonly vm: Vm; readonly vcpu: Vcpu };

/** The stop of one thread with a signal. */
export type SignalStop = Extract<StopEvent, { kind: 'signal' }>;

export class ThreadMap {
  /** The machine has powered off (or was killed): threads are gone. */
  exited = false;
  /** The thread GDB last addressed (monitor commands act on it). */
  current: ThreadId = { pid: MACHINE_PID, tid: 1 };
  /** VM processes GDB has been shown (listProcesses) and not told of their end. */
  private readonly announced = new Set<number>();
  /** Deleted VMs whose exit GDB has not been told yet. */
  private readonly exitsToReport: number[] = [];
  /** The names of the VMs in exitsToReport. */
  private readonly endedLabels = new Map<number, string>();
  /** Per pid, per tid: the thread's last stop. */
  private readonly lastStops = new Map<number, Map<number, LastStop>>();

  constructor(
    readonly board: VirtBoard,
    /** VM awareness (boards with EL2); null: process 1 only. */
    readonly awareness: VmAwareness | null,
    /** The hypervisor's own VM table (names VMs), when its ELF has the symbols. */
    private readonly vmTable: HypervisorVmTable | undefined,
    /** A deleted VM's process is gone (its breakpoints and settings go with it). */
    private readonly onRetire: (pid: number) => void,
  ) {}

  pidOf(vm: Vm): number {
    return FIRST_VM_PID + vm.ordinal;
  }

  vmOf(pid: number): Vm | undefined {
    const vm = pid >= FIRST_VM_PID ? this.awareness?.vms[pid - FIRST_VM_PID] : undefined;
    return vm?.gone === true ? undefined : vm;
  }

  private vcpuOf(vm: Vm, tid: number): Vcpu | undefined {
    return vm.vcpus.find((v) => v.index + 1 === tid);
  }

  /** The PE or vCPU of a thread (it becomes the current thread); throws if there is none. */
  resolve(thread: ThreadId): Resolved {
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

  /** The thread of a vCPU. */
  threadOfVcpu(v: Vcpu): ThreadId {
    return { pid: this.pidOf(v.vm), tid: v.index + 1 };
  }

  /** The thread PE `i` runs now: a vCPU when it is in a guest, else its own thread of process 1. */
  threadOfCpu(i: number): ThreadId {
    const cpu = this.board.cpus[i];
    if (this.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) return this.threadOfVcpu(this.awareness.vcpuOf(cpu));
    return { pid: MACHINE_PID, tid: i + 1 };
  }

  /** The PE a thread runs on, or last ran on (-1: never). */
  coreOf(r: Resolved): number {
    return r.kind === 'pe' ? r.cpu.index : r.vcpu.pe >= 0 ? r.vcpu.pe : r.vcpu.lastPe;
  }

  /**
   * Looks at the PEs (VMs running now), names the VMs from the hypervisor's table and
   * retires the VMs it deleted: GDB is told their process exited if it knew the process
   * (see takeExit).
   */
  refresh(): void {
    const aw = this.awareness;
    if (aw === null) return;
    aw.scan();
    const deleted = this.vmTable?.update(aw.vms, (pa, dst) => this.board.bus.debugRead(pa, dst)) ?? [];
    for (const vm of deleted) this.retire(aw, vm);
  }

  private retire(aw: VmAwareness, vm: Vm): void {
    const pid = this.pidOf(vm);
    this.onRetire(pid);
    this.lastStops.delete(pid);
    aw.retire(vm);
    if (this.announced.delete(pid)) {
      this.exitsToReport.push(pid);
      this.endedLabels.set(pid, vm.label);
    }
  }

  /** GDB killed process `pid` (its VM is deleted): GDB knows of its end, no exit is reported. */
  killed(pid: number): void {
    this.announced.delete(pid);
    const i = this.exitsToReport.indexOf(pid);
    if (i >= 0) this.exitsToReport.splice(i, 1);
  }

  /**
   * The board was reset: every VM is gone (GDB is told the exits of those it knew, see
   * takeExit); the VMs the restarted hypervisor creates are new processes.
   */
  retireAll(): void {
    const aw = this.awareness;
    if (aw === null) return;
    for (const vm of aw.vms) if (!vm.gone) this.retire(aw, vm);
  }

  /**
   * After a machine snapshot was restored: the VMs are the snapshot's (same numbering), the
   * last stops are gone, and a process GDB was shown that the snapshot lacks has exited.
   */
  restored(): void {
    this.exited = false;
    this.vmTable?.forget();
    this.lastStops.clear();
    for (const pid of [...this.announced]) {
      if (this.vmOf(pid) !== undefined) continue;
      this.announced.delete(pid);
      this.exitsToReport.push(pid);
    }
    if (!this.isThreadAlive(this.current)) this.current = { pid: MACHINE_PID, tid: 1 };
  }

  /**
   * The exit of a deleted VM's process to report (`W00;process:N`), if any: in all-stop as
   * the stop of the current resume, in non-stop as an event.
   */
  takeExit(): StopEvent | undefined {
    let pid = this.exitsToReport.shift();
    // A process that exists again (a restored snapshot's VM made anew, same number) has not ended for GDB.
    while (pid !== undefined && this.vmOf(pid) !== undefined) pid = this.exitsToReport.shift();
    if (pid === undefined) return undefined;
    const label = this.endedLabels.get(pid) ?? 'a VM';
    this.endedLabels.delete(pid);
    // GDB 13 in all-stop stops at every process exit and selects the exited inferior (its
    // infrun does so for any exit event); the message, printed before the stop, says how on.
    const message =
      `zvm-gdbserver: process ${pid} (${label}) has ended (deleted by the hypervisor, or the system was reset); ` +
      `GDB stops at a process's end and selects its inferior: 'inferior 1' then 'continue' go on ('set non-stop on' reports such ends without a stop)`;
    return { kind: 'exited', pid, code: 0, message };
  }

  /**
   * A thread of a VM GDB has not been shown yet (listProcesses marks VMs shown), with the
   * PE it is on or last ran on, now marked shown; undefined when GDB knows every VM.
   */
  announceNext(): { thread: ThreadId; core: number } | undefined {
    const aw = this.awareness;
    if (aw === null || this.exited) return undefined;
    this.refresh();
    for (const vm of aw.vms) {
      const v = vm.vcpus[0];
      if (vm.gone || v === undefined || this.announced.has(this.pidOf(vm))) continue;
      this.announced.add(this.pidOf(vm));
      return { thread: this.threadOfVcpu(v), core: v.pe >= 0 ? v.pe : v.lastPe };
    }
    return undefined;
  }

  listProcesses(): ProcessInfo[] {
    if (this.exited) return [];
    const aw = this.awareness;
    if (aw !== null) this.refresh();
    const out: ProcessInfo[] = [
      {
        pid: MACHINE_PID,
        threads: this.board.cpus.map((c, i) => ({
          tid: i + 1,
          name: `cpu${i}${this.board.powered[i] ? '' : ' (off)'}`,
          core: i,
          ...this.peActivity(c),
        })),
      },
    ];
    if (aw === null) return out;
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

  /** What a PE runs when it is a VM's vCPU, for `info threads` (`in linux_os-1 vcpu0, EL1`). */
  private peActivity(cpu: Cpu): { extra?: string } {
    const aw = this.awareness;
    if (aw === null || cpu.el >= 2 || !inGuestRegime(cpu)) return {};
    const v = aw.vcpuOf(cpu);
    return { extra: `in ${v.vm.label} vcpu${v.index}, EL${cpu.el}` };
  }

  isThreadAlive(thread: ThreadId): boolean {
    if (this.exited) return false;
    if (thread.pid === MACHINE_PID) return thread.tid >= 1 && thread.tid <= this.board.cpus.length;
    const vm = this.vmOf(thread.pid);
    return vm !== undefined && this.vcpuOf(vm, thread.tid) !== undefined;
  }

  // ---- a thread's registers: its PE's (a running vCPU's PE), or a vCPU's snapshot ------

  /**
   * The hypervisor's context at its ERET into the guest PE `cpu` runs now, or null when
   * the PE is in the hypervisor (its thread's registers are then the PE's own).
   */
  hostContextOf(cpu: Cpu): HostContext | null {
    return this.awareness !== null && cpu.el < 2 && inGuestRegime(cpu) ? this.awareness.hosts[cpu.index] : null;
  }

  readReg(r: Resolved, n: number, dst: Uint8Array, at: number): number {
    if (r.kind === 'pe') {
      // A hypervisor thread whose PE runs a guest: the hypervisor's registers at its ERET.
      const host = n <= REG.CPSR ? this.hostContextOf(r.cpu) : null;
      return host === null ? readRegister(r.cpu, n, dst, at) : readHostRegister(host, n, dst, at);
    }
    // ESR/FAR/HPFAR_EL2 of a vCPU: its last exit's, kept in the snapshot (its PE's now belong to the hypervisor).
    if (r.vcpu.pe >= 0 && !isExitRecordRegister(n)) return readRegister(this.board.cpus[r.vcpu.pe], n, dst, at);
    return readSnapshotRegister(r.vcpu.snapshot, n, dst, at);
  }

  writeReg(r: Resolved, n: number, src: Uint8Array, at: number): boolean {
    // The PE's general registers are the guest's while it runs one: not the hypervisor's to write.
    if (r.kind === 'pe') return n <= REG.CPSR && this.hostContextOf(r.cpu) !== null ? false : writeRegister(r.cpu, n, src, at);
    if (isExitRecordRegister(n)) return false; // a record of the exit, not state the guest resumes with
    if (r.vcpu.pe >= 0) return writeRegister(this.board.cpus[r.vcpu.pe], n, src, at);
    return writeSnapshotRegister(r.vcpu, n, src, at);
  }

  pcOf(r: Resolved): bigint {
    const b = new Uint8Array(8);
    this.readReg(r, REG.PC, b, 0);
    return new DataView(b.buffer).getBigUint64(0, true);
  }

  setPc(r: Resolved, pc: bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, pc, true);
    this.writeReg(r, REG.PC, b, 0);
  }

  // ---- last stops ------------------------------------------------------------------------

  recordStop(thread: ThreadId, stop: LastStop): void {
    let tids = this.lastStops.get(thread.pid);
    if (tids === undefined) this.lastStops.set(thread.pid, (tids = new Map()));
    tids.set(thread.tid, stop);
  }

  lastStop(thread: ThreadId): LastStop | undefined {
    return this.lastStops.get(thread.pid)?.get(thread.tid);
  }
}
