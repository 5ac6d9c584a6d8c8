// VM awareness from hardware state alone, so it works with our hypervisor and with real
// ZVM without their cooperation. A VM is the stage-2 table a PE runs EL1/EL0 under
// (HCR_EL2.VM = 1, TGE = 0), keyed by VTTBR_EL2.BADDR (ZVM ORs its VMID into the low
// bits, so the VMID field identifies nothing); a vCPU is a VMPIDR_EL2 value within it.
//
// Two hooks of the exception model (GuestHooks in cpu/exceptions.ts, per PE) keep the books:
// - guest exit (exception from EL1/EL0 taken to EL2): the guest's state is still in the
//   PE (PC/PSTATE in ELR_EL2/SPSR_EL2, SP_EL0/SP_EL1 banked): it is copied into the vCPU's
//   snapshot, which is what a debugger sees while the vCPU is not running;
// - guest entry (ERET from EL2 to EL1/EL0): the vCPU runs on that PE from now on (its live
//   registers are the PE's), and register writes made to its snapshot while it was not
//   running are applied to the PE, after the hypervisor restored its context.
// The hooks are installed on the board's PEs only while its awareness is enabled (a GDB
// server exists).

import type { Cpu } from '../machine/cpu/cpu.ts';
import { inGuestRegime, type GuestHooks } from '../machine/cpu/exceptions.ts';
import { SYSREG, SYSREGS } from '../machine/cpu/sysregs.ts';

// Table rows the bookkeeping reads, as module constants (read on every guest exit and entry).
const { ELR_EL2, SPSR_EL2, SP_EL0, SP_EL1, VMPIDR_EL2, VTCR_EL2, VTTBR_EL2 } = SYSREG;

const P32 = 4294967296;

/** VTTBR_EL2.BADDR (bits 47:1) as a Number: the identity of a VM. */
export function vttbrBaddr(lo: number, hi: number): number {
  return (hi & 0xffff) * P32 + ((lo & ~1) >>> 0);
}

/** The stack pointer a PSTATE value selects: SP_EL1 for EL1h, SP_EL0 otherwise. */
function spRowOf(pstate: number): number {
  return ((pstate >>> 2) & 3) === 1 && (pstate & 1) === 1 ? SP_EL1 : SP_EL0;
}

/**
 * A vCPU's architectural state as it was when it last left the guest. Same layouts as
 * the PE (Cpu.x, Cpu.vreg, SysRegFile.values): x[64..65] holds the SP the guest's PSTATE
 * selects, kept equal to its SP_EL0/SP_EL1 row.
 */
export class VcpuSnapshot {
  readonly x = new Int32Array(66);
  readonly vreg = new Int32Array(128);
  readonly sys = new Int32Array(SYSREGS.length * 2);
  pcLo = 0;
  pcHi = 0;
  pstate = 0;
  /** Captured at least once (a vCPU first seen running has no snapshot yet). */
  valid = false;

  /** Copies the guest's state from `cpu`, which has just taken an exception to EL2. */
  capture(cpu: Cpu): void {
    const v = cpu.sys.values;
    this.x.set(cpu.x);
    this.vreg.set(cpu.vreg);
    this.sys.set(v);
    this.pcLo = v[2 * ELR_EL2];
    this.pcHi = v[2 * ELR_EL2 + 1];
    this.pstate = v[2 * SPSR_EL2] >>> 0;
    const sp = spRowOf(this.pstate);
    this.x[64] = v[2 * sp];
    this.x[65] = v[2 * sp + 1];
    this.valid = true;
  }
}

/**
 * The hypervisor's own context on a PE that runs a guest, as it was at the ERET into the
 * guest: the ERET's address, the EL2 PSTATE and stack pointer, and the general registers
 * then (the values the hypervisor had just loaded for the guest). A debugger shows this
 * for the PE's hypervisor thread, not the guest's live registers.
 */
export class HostContext {
  /** x0-x30 as two 32-bit halves each, then the SP at [64..65] (Cpu.x layout). */
  readonly x = new Int32Array(66);
  pcLo = 0;
  pcHi = 0;
  pstate = 0;

  /** `cpu` is at EL2, about to ERET (insnLo/insnHi: the ERET). */
  capture(cpu: Cpu): void {
    this.x.set(cpu.x);
    this.pcLo = cpu.insnLo;
    this.pcHi = cpu.insnHi;
    this.pstate = cpu.getPstate();
  }
}

/** One virtual CPU. */
export class Vcpu {
  readonly snapshot = new VcpuSnapshot();
  /** The PE running it now (in the guest), or -1. */
  pe = -1;
  /** The PE it last ran on, or -1 if never seen running. */
  lastPe = -1;
  /** Guest exits seen. */
  exits = 0;

  // Registers written while not running, applied at the next entry (after the hypervisor
  // restored its context, so they win over the saved copy).
  private readonly dirtyX = new Uint8Array(33); // X0..X30, [32] = SP
  private readonly dirtyV = new Uint8Array(32);
  private readonly dirtySys = new Uint8Array(SYSREGS.length);
  private dirtyPc = false;
  private dirtyPstate = false;
  private dirty = false;

  constructor(
    readonly vm: Vm,
    /** VMPIDR_EL2 bits 31:0 (Aff2..Aff0 and the RES1/U/MT bits). */
    readonly mpidr: number,
  ) {}

  /** Affinity index: Aff0 + 256 Aff1 + 65536 Aff2 (0 for the first vCPU). */
  get index(): number {
    return this.mpidr & 0xff_ffff;
  }

  get running(): boolean {
    return this.pe >= 0;
  }

  /** Whether snapshot writes wait for the next entry. */
  get hasPendingWrites(): boolean {
    return this.dirty;
  }

  // ---- writes to a vCPU that is not running -------------------------------------------

  /** X<n> (n < 31) or, for n = 32, the current SP. */
  writeX(n: number, lo: number, hi: number): void {
    const s = this.snapshot;
    s.x[2 * n] = lo;
    s.x[2 * n + 1] = hi;
    if (n === 32) {
      const sp = spRowOf(s.pstate);
      s.sys[2 * sp] = lo;
      s.sys[2 * sp + 1] = hi;
    }
    this.dirtyX[n === 32 ? 32 : n] = 1;
    this.dirty = true;
  }

  writePC(lo: number, hi: number): void {
    this.snapshot.pcLo = lo;
    this.snapshot.pcHi = hi;
    this.dirtyPc = true;
    this.dirty = true;
  }

  /** PSTATE; the EL stays a guest EL (EL0/EL1). */
  writePstate(value: number): void {
    const s = this.snapshot;
    const el = (value >>> 2) & 3;
    s.pstate = (el >= 2 ? (value & ~0xc) | (s.pstate & 0xc) : value) >>> 0;
    this.dirtyPstate = true;
    this.dirty = true;
  }

  writeV(n: number, words: ArrayLike<number>): void {
    for (let w = 0; w < 4; w++) this.snapshot.vreg[4 * n + w] = words[w];
    this.dirtyV[n] = 1;
    this.dirty = true;
  }

  writeSys(rowIndex: number, lo: number, hi: number): void {
    const s = this.snapshot;
    s.sys[2 * rowIndex] = lo;
    s.sys[2 * rowIndex + 1] = hi;
    this.dirtySys[rowIndex] = 1;
    if (rowIndex === SP_EL0 || rowIndex === SP_EL1) {
      if (spRowOf(s.pstate) === rowIndex) {
        s.x[64] = lo;
        s.x[65] = hi;
      }
    }
    this.dirty = true;
  }

  /** Applies the pending writes to `cpu`, which has just entered this vCPU's guest. */
  applyPendingWrites(cpu: Cpu): void {
    if (!this.dirty) return;
    const s = this.snapshot;
    if (this.dirtyPstate) cpu.setPstate(s.pstate);
    for (let r = 0; r < this.dirtySys.length; r++) {
      if (this.dirtySys[r] !== 0) cpu.sys.writeIndex(r, s.sys[2 * r], s.sys[2 * r + 1]);
    }
    for (let n = 0; n < 33; n++) {
      if (this.dirtyX[n] === 0) continue;
      const i = n === 32 ? 32 : n;
      cpu.x[2 * i] = s.x[2 * i];
      cpu.x[2 * i + 1] = s.x[2 * i + 1];
    }
    for (let n = 0; n < 32; n++) {
      if (this.dirtyV[n] !== 0) for (let w = 0; w < 4; w++) cpu.vreg[4 * n + w] = s.vreg[4 * n + w];
    }
    if (this.dirtyPc) {
      cpu.pcLo = s.pcLo;
      cpu.pcHi = s.pcHi;
    }
    this.clearPendingWrites();
  }

  /** Forgets the pending writes (their values stay in the snapshot): someone else made them. */
  clearPendingWrites(): void {
    this.dirtyX.fill(0);
    this.dirtyV.fill(0);
    this.dirtySys.fill(0);
    this.dirtyPc = false;
    this.dirtyPstate = false;
    this.dirty = false;
  }
}

/** One virtual machine: a stage-2 table and the vCPUs seen running under it. */
export class Vm {
  /** vCPUs in discovery order. */
  readonly vcpus: Vcpu[] = [];
  private readonly byMpidr = new Map<number, Vcpu>();
  /** VTTBR_EL2/VTCR_EL2 as last seen with this VM's table (for walks while none runs). */
  vttbrLo = 0;
  vttbrHi = 0;
  vtcrLo = 0;
  /** A name from symbol awareness (e.g. "zephyr_os-0"), if any. */
  name: string | undefined;
  /** Deleted by the hypervisor (see VmAwareness.retire): its process has exited. */
  gone = false;

  constructor(
    /** 0 for the first VM seen, 1 for the next... */
    readonly ordinal: number,
    readonly baddr: number,
  ) {}

  vcpu(mpidr: number): Vcpu | undefined {
    return this.byMpidr.get(mpidr);
  }

  /** The vCPU with VMPIDR `mpidr`, created when first seen. */
  vcpuFor(mpidr: number, onNew: ((v: Vcpu) => void) | null): Vcpu {
    let v = this.byMpidr.get(mpidr);
    if (v === undefined) {
      v = new Vcpu(this, mpidr);
      this.byMpidr.set(mpidr, v);
      this.vcpus.push(v);
      this.vcpus.sort((a, b) => a.index - b.index);
      onNew?.(v);
    }
    return v;
  }

  /** "<name>-vcpu<N>", or "vm<ordinal>-vcpu<N>" without a name. */
  vcpuName(v: Vcpu): string {
    return `${this.label}-vcpu${v.index}`;
  }

  get label(): string {
    return this.name ?? `vm${this.ordinal}`;
  }
}

/** Listeners of the bookkeeping (the debugger side). */
export interface AwarenessEvents {
  /** A VM was seen for the first time. */
  newVm?(vm: Vm): void;
  /** A vCPU entered its guest on PE `pe` (called after pending writes were applied, or handed to pendingWritesAtEntry). */
  entered?(vcpu: Vcpu, pe: number): void;
  /** A vCPU left its guest on `cpu`, which is now at its EL2 vector (snapshot captured). */
  exited?(vcpu: Vcpu, cpu: Cpu): void;
}

export class VmAwareness implements GuestHooks {
  /** VMs in discovery order. */
  readonly vms: Vm[] = [];
  private readonly byBaddr = new Map<number, Vm>();
  /** The vCPU each PE runs in its guest now (null: not in a guest, as far as known). */
  readonly onPe: (Vcpu | null)[];
  /** Each PE's hypervisor context at its last ERET into a guest. */
  readonly hosts: HostContext[];
  events: AwarenessEvents = {};
  /**
   * When set, a vCPU that enters its guest with register writes pending hands them to this
   * instead of having them applied at once (a record makes them where a replay can stop).
   */
  pendingWritesAtEntry: ((vcpu: Vcpu, cpu: Cpu) => void) | null = null;

  constructor(readonly cpus: readonly Cpu[]) {
    this.onPe = cpus.map(() => null);
    this.hosts = cpus.map(() => new HostContext());
  }

  /** Installs itself as the guest exit/entry hooks of the board's PEs and looks at them once. */
  enable(): void {
    for (const cpu of this.cpus) cpu.guestHooks = this;
    this.scan();
  }

  disable(): void {
    for (const cpu of this.cpus) if (cpu.guestHooks === this) cpu.guestHooks = null;
  }

  /** The VM with stage-2 table BADDR `baddr`, if seen. */
  vmByBaddr(baddr: number): Vm | undefined {
    return this.byBaddr.get(baddr);
  }

  /**
   * Brings the books up to date with what the PEs do now: a PE in a guest runs the vCPU
   * its VTTBR_EL2/VMPIDR_EL2 name (discovering it, e.g. when the debugger attaches while
   * guests run); a PE that is not in a guest runs no vCPU.
   */
  scan(): void {
    for (let i = 0; i < this.cpus.length; i++) {
      const cpu = this.cpus[i];
      if (cpu.el < 2 && inGuestRegime(cpu)) {
        const v = this.vcpuOf(cpu);
        if (this.onPe[i] !== v) this.markRunning(v, i);
      } else if (this.onPe[i] !== null) {
        // Left without an exit we saw (e.g. the PE was reset): the snapshot is older.
        this.onPe[i]!.pe = -1;
        this.onPe[i] = null;
      }
    }
  }

  /** The vCPU `cpu` runs (or just left), from its VTTBR_EL2 and VMPIDR_EL2. */
  vcpuOf(cpu: Cpu): Vcpu {
    const v = cpu.sys.values;
    const lo = v[2 * VTTBR_EL2];
    const hi = v[2 * VTTBR_EL2 + 1];
    const baddr = vttbrBaddr(lo, hi);
    let vm = this.byBaddr.get(baddr);
    const isNew = vm === undefined;
    if (vm === undefined) {
      vm = new Vm(this.vms.length, baddr);
      this.byBaddr.set(baddr, vm);
      this.vms.push(vm);
    }
    vm.vttbrLo = lo;
    vm.vttbrHi = hi;
    vm.vtcrLo = v[2 * VTCR_EL2];
    const vcpu = vm.vcpuFor(v[2 * VMPIDR_EL2] >>> 0, null);
    if (isNew) this.events.newVm?.(vm);
    return vcpu;
  }

  /**
   * Forgets a deleted VM: its vCPUs run nowhere and a VM seen later with the same stage-2
   * table is a new VM (our hypervisor and ZVM reuse a freed VM's table).
   */
  retire(vm: Vm): void {
    vm.gone = true;
    if (this.byBaddr.get(vm.baddr) === vm) this.byBaddr.delete(vm.baddr);
    for (const v of vm.vcpus) {
      if (v.pe >= 0 && this.onPe[v.pe] === v) this.onPe[v.pe] = null;
      v.pe = -1;
    }
  }

  /**
   * Replaces the books with `vms` (a machine snapshot restored): the VMs in discovery
   * order, each vCPU on the PE it was on.
   */
  replaceBooks(vms: readonly Vm[]): void {
    this.vms.length = 0;
    this.byBaddr.clear();
    this.onPe.fill(null);
    for (const vm of vms) {
      this.vms.push(vm);
      if (!vm.gone) this.byBaddr.set(vm.baddr, vm);
      for (const v of vm.vcpus) if (v.pe >= 0) this.onPe[v.pe] = v;
    }
  }

  /** The vCPU PE `pe` runs in its guest now, or null. */
  running(pe: number): Vcpu | null {
    return this.onPe[pe];
  }

  private markRunning(v: Vcpu, pe: number): void {
    const old = this.onPe[pe];
    if (old !== null && old !== v) old.pe = -1;
    if (v.pe >= 0 && v.pe !== pe) this.onPe[v.pe] = null;
    v.pe = pe;
    v.lastPe = pe;
    this.onPe[pe] = v;
  }

  /** Guest exit hook: `cpu` has taken an exception from the guest to EL2. */
  exit(cpu: Cpu): void {
    const v = this.vcpuOf(cpu);
    v.snapshot.capture(cpu);
    v.exits++;
    v.lastPe = cpu.index;
    if (v.pe >= 0) this.onPe[v.pe] = null;
    v.pe = -1;
    const old = this.onPe[cpu.index];
    if (old !== null) {
      old.pe = -1;
      this.onPe[cpu.index] = null;
    }
    this.events.exited?.(v, cpu);
  }

  /** ERET hook: `cpu` leaves EL2 for EL1/EL0 (a guest, if entry() follows). */
  leavingEl2(cpu: Cpu): void {
    this.hosts[cpu.index].capture(cpu);
  }

  /** Guest entry hook: `cpu` has just returned to a guest. */
  entry(cpu: Cpu): void {
    const v = this.vcpuOf(cpu);
    this.markRunning(v, cpu.index);
    if (v.hasPendingWrites && this.pendingWritesAtEntry !== null) this.pendingWritesAtEntry(v, cpu);
    else v.applyPendingWrites(cpu);
    this.events.entered?.(v, cpu.index);
  }
}
