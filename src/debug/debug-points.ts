// The debug points GDB and the monitor commands set, applied to every PE in one place:
// breakpoints (per process: each is set in an address space), GDB watchpoints (per
// process, through a watch filter), `monitor watch` physical watchpoints and `monitor
// catch` trap catchpoints.

import type { Cpu, WatchFilter, WatchType } from '../machine/cpu/cpu.ts';
import { inGuestRegime } from '../machine/cpu/exceptions.ts';
import { Errno, TargetError, type ThreadId } from '../rsp/target.ts';
import { vttbrBaddr } from '../zvm/awareness.ts';
import { SYSREG } from '../machine/cpu/sysregs.ts';
import { Catchpoints } from '../zvm/catch.ts';
import { PhysicalWatches, type PhysicalWatch } from './physical-watch.ts';
import { MACHINE_PID, type ThreadMap } from './thread-map.ts';

export class DebugPoints {
  /** Breakpoint addresses and the processes (address spaces) each is set in. */
  private readonly bps = new Map<bigint, Set<number>>();
  /** Per process: which accesses its GDB watchpoints see (see watchFilter). */
  private readonly watchFilters = new Map<number, WatchFilter | null>();
  /** `monitor catch`: trap catchpoints. */
  readonly catches = new Catchpoints();
  /** `monitor watch`: physical watchpoints. */
  readonly physWatches = new PhysicalWatches();

  constructor(
    private readonly cpus: readonly Cpu[],
    private readonly threads: ThreadMap,
  ) {}

  setBreakpoint(pid: number, addr: bigint, on: boolean): void {
    let pids = this.bps.get(addr);
    if (on) {
      if (pids === undefined) {
        pids = new Set();
        this.bps.set(addr, pids);
        for (const cpu of this.cpus) cpu.addBreakpoint(addr);
      }
      pids.add(pid);
    } else if (pids !== undefined) {
      pids.delete(pid);
      if (pids.size === 0) {
        this.bps.delete(addr);
        for (const cpu of this.cpus) cpu.removeBreakpoint(addr);
      }
    }
  }

  /**
   * The thread PE `pe` runs if the breakpoint it stopped at is set in that thread's
   * address space, else null (same VA, another process: the PE steps over it).
   */
  breakpointThread(pe: number): ThreadId | null {
    const pids = this.bps.get(this.cpus[pe].getPC());
    if (pids === undefined) return null;
    const t = this.threads.threadOfCpu(pe);
    return pids.has(t.pid) ? t : null;
  }

  /** Removes the breakpoints of process `pid` (the hypervisor's: all of them). */
  forgetBreakpoints(pid: number): void {
    for (const [addr, pids] of [...this.bps]) {
      if (pid === MACHINE_PID) pids.clear();
      else pids.delete(pid);
      if (pids.size > 0) continue;
      this.bps.delete(addr);
      for (const cpu of this.cpus) cpu.removeBreakpoint(addr);
    }
  }

  /** A GDB watchpoint of process `pid` on its virtual addresses, on every PE. */
  setWatchpoint(pid: number, type: WatchType, addr: bigint, length: number, on: boolean): void {
    const only = this.watchFilter(pid);
    for (const cpu of this.cpus) {
      if (on) cpu.addWatchpoint(addr, length, type, 'va', only);
      else cpu.removeWatchpoint(addr, length, type, 'va', only);
    }
  }

  /**
   * The accesses a GDB watchpoint of process `pid` sees: a VM's, those of its vCPUs in
   * their guest; the hypervisor's, those made outside any guest (EL2, or EL0 under TGE).
   * One function per process, so that removing a watchpoint finds it. Null: all accesses
   * (a board without EL2 has process 1 only).
   */
  private watchFilter(pid: number): WatchFilter | null {
    if (this.threads.awareness === null) return null;
    let f = this.watchFilters.get(pid);
    if (f !== undefined) return f;
    if (pid === MACHINE_PID) f = (cpu) => !(cpu.el < 2 && inGuestRegime(cpu));
    else {
      const vm = this.threads.vmOf(pid);
      if (vm === undefined) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
      const v = (cpu: Cpu) => cpu.sys.values;
      f = (cpu) => !vm.gone && cpu.el < 2 && inGuestRegime(cpu) && vttbrBaddr(v(cpu)[2 * SYSREG.VTTBR_EL2], v(cpu)[2 * SYSREG.VTTBR_EL2 + 1]) === vm.baddr;
    }
    this.watchFilters.set(pid, f);
    return f;
  }

  /** `monitor watch pa|ipa`: a physical watchpoint on every PE. */
  addPhysicalWatch(pieces: PhysicalWatch['pieces'], type: WatchType, label: string): PhysicalWatch {
    const w = this.physWatches.add(pieces, type, label);
    for (const p of pieces) for (const cpu of this.cpus) cpu.addWatchpoint(BigInt(p.pa), p.len, type, 'pa');
    return w;
  }

  /** `monitor watch delete`: removes physical watchpoint `id` (or all); returns what was removed. */
  removePhysicalWatch(id: number | 'all'): PhysicalWatch[] {
    const gone = this.physWatches.remove(id);
    for (const w of gone) for (const p of w.pieces) for (const cpu of this.cpus) cpu.removeWatchpoint(BigInt(p.pa), p.len, w.type, 'pa');
    return gone;
  }
}
