// Side-effect-free address translation for a VM whether or not its vCPU runs: guest VAs
// through the vCPU's stage 1 (SCTLR/TCR/TTBR0/TTBR1/MAIR_EL1 from the PE when it runs,
// else from its snapshot) and the VM's stage 2 (its VTTBR_EL2/VTCR_EL2); IPAs through
// stage 2 only. Walks fill no TLB, set no Access Flag and read descriptors with the debug
// reader, so a debugger never changes the guest; anything outside the VM's stage 2 fails
// (never another VM's memory).

import {
  debugTranslate,
  debugTranslateIpa,
  NEED_NONE,
  REGIME_EL10,
  REGIME_EL2,
  REGIME_EL20,
  S1Params,
  S2Params,
  translate,
  WalkResult,
  WALK_IGNORE_AF,
  walkStage2,
  type DebugTranslation,
  type DescriptorReader,
  type Regime,
} from '../machine/mmu/index.ts';
import { SYSREG } from '../machine/cpu/sysregs.ts';
import type { Vcpu, Vm } from './awareness.ts';

/** The register-table rows of the stage 1 registers of one translation regime. */
interface Stage1Rows {
  readonly SCTLR: number;
  readonly TCR: number;
  readonly TTBR0: number;
  readonly TTBR1: number;
  readonly MAIR: number;
}

const EL1_ROWS: Stage1Rows = { SCTLR: SYSREG.SCTLR_EL1, TCR: SYSREG.TCR_EL1, TTBR0: SYSREG.TTBR0_EL1, TTBR1: SYSREG.TTBR1_EL1, MAIR: SYSREG.MAIR_EL1 };

const EL2_ROWS: Stage1Rows = { SCTLR: SYSREG.SCTLR_EL2, TCR: SYSREG.TCR_EL2, TTBR0: SYSREG.TTBR0_EL2, TTBR1: SYSREG.TTBR1_EL2, MAIR: SYSREG.MAIR_EL2 };

/** How a process's addresses are read: guest VAs (default), IPAs, or host PAs. */
export type AddressSpace = 'va' | 'ipa' | 'pa';

export class GuestTranslator {
  private readonly s1 = new S1Params();
  private readonly s2 = new S2Params();
  private readonly res = new WalkResult();

  constructor(
    private readonly reader: DescriptorReader,
    /** Implemented PA size (40 or 48 bits, from ID_AA64MMFR0_EL1.PARange). */
    private readonly paBits: number,
  ) {}

  /**
   * Loads the translation of `vcpu` (or, without one, only the VM's stage 2 with stage 1
   * off). `sys` holds the vCPU's EL1 system registers: the PE's while it runs, its snapshot
   * otherwise.
   */
  load(vm: Vm, sys: Int32Array | null): this {
    if (sys === null) this.s1.load(REGIME_EL10, 0, 0, 0, 0, 0, 0, 0, 0, 0, this.paBits);
    else this.loadStage1(REGIME_EL10, sys, EL1_ROWS);
    this.s2.load(true, vm.vtcrLo, vm.vttbrLo, vm.vttbrHi, this.paBits);
    return this;
  }

  /**
   * Loads the hypervisor's own EL2 regime (EL2&0 with HCR_EL2.E2H = 1, else EL2) from a
   * PE's registers, for reading hypervisor memory while that PE is in a guest.
   */
  loadHost(sys: Int32Array, e2h: boolean): this {
    this.loadStage1(e2h ? REGIME_EL20 : REGIME_EL2, sys, EL2_ROWS);
    this.s2.enabled = false;
    return this;
  }

  private loadStage1(regime: Regime, sys: Int32Array, r: Stage1Rows): void {
    this.s1.load(
      regime,
      sys[2 * r.SCTLR],
      sys[2 * r.TCR],
      sys[2 * r.TCR + 1],
      sys[2 * r.TTBR0],
      sys[2 * r.TTBR0 + 1],
      sys[2 * r.TTBR1],
      sys[2 * r.TTBR1 + 1],
      sys[2 * r.MAIR],
      sys[2 * r.MAIR + 1],
      this.paBits,
    );
  }

  /** The host PA of guest VA `va` (stage 1 + stage 2), or -1. */
  va(va: bigint): number {
    if (va < 0n || va >= 1n << 64n) return -1;
    const lo = Number(BigInt.asIntN(32, va));
    const hi = Number(BigInt.asIntN(32, va >> 32n));
    return translate(this.s1, this.s2, lo, hi, NEED_NONE, this.reader, this.res, WALK_IGNORE_AF) ? this.res.pa : -1;
  }

  /** The host PA of IPA `ipa` (stage 2), or -1. */
  ipa(ipa: bigint): number {
    if (ipa < 0n || ipa >= 1n << 48n) return -1;
    this.res.fault.clear();
    return walkStage2(this.s2, Number(ipa), NEED_NONE, this.reader, this.res, false, WALK_IGNORE_AF, null) ? this.res.s2pa : -1;
  }

  /** `addr` in address space `space` to a host PA, or -1. */
  toPa(space: AddressSpace, addr: bigint): number {
    if (space === 'va') return this.va(addr);
    if (space === 'ipa') return this.ipa(addr);
    return addr >= 0n && addr < 1n << 48n ? Number(addr) : -1;
  }

  /** Level-by-level walks for `monitor translate`: VA through both stages. */
  traceVa(va: bigint): DebugTranslation {
    return debugTranslate(this.s1, this.s2, va, this.reader);
  }

  traceIpa(ipa: bigint): DebugTranslation {
    return debugTranslateIpa(this.s2, Number(ipa), this.reader);
  }

  get stage1Enabled(): boolean {
    return this.s1.enabled;
  }
}

/** The EL1 system registers of `vcpu` now: the PE's while it runs, else its snapshot. */
export function vcpuSysValues(vcpu: Vcpu, cpus: readonly { sys: { values: Int32Array } }[]): Int32Array | null {
  if (vcpu.pe >= 0) return cpus[vcpu.pe].sys.values;
  return vcpu.snapshot.valid ? vcpu.snapshot.sys : null;
}
