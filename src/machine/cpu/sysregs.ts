// The one system-register table. Each row names a register as in the Arm ARM with its
// encoding (op0, op1, CRn, CRm, op2), the lowest EL that may access it, its reset value and
// optional hooks. MRS/MSR, the debugger's register list and (later) VHE redirection and
// trap routing are all derived from this table.

import { out } from './bits.ts';
import { hcrHostRegime, timerSysRegs } from '../timer/timer-sysregs.ts';
import { gicSysRegs, gicTrapsToEl2 } from '../gic/sysregs.ts';
import { PMU_COUNTERS, pmuSysRegs } from './pmu.ts';
import { INT_FIQ, INT_HCR_VF, INT_HCR_VI, INT_IRQ, INT_VFIQ, INT_VIRQ } from './interrupts.ts';
import type { Cpu } from './cpu.ts';

export interface SysRegDef<N extends string = string> {
  readonly name: N;
  readonly op0: number;
  readonly op1: number;
  readonly crn: number;
  readonly crm: number;
  readonly op2: number;
  /** Lowest exception level allowed to access the register. */
  readonly minEL: 0 | 1 | 2;
  readonly access?: 'rw' | 'ro' | 'wo';
  readonly reset?: bigint;
  /** Computes the value: returns the low half, the high half in out.hi. */
  readonly read?: (cpu: Cpu) => number;
  /** Stores a value (the default stores it in the register file). */
  readonly write?: (cpu: Cpu, lo: number, hi: number) => void;
  /** FEAT_VHE: at EL2 with HCR_EL2.E2H = 1 this EL1 encoding reaches the named EL2 register. */
  readonly vheTarget?: string;
  /** FEAT_VHE `*_EL12`/`*_EL02` accessor: an alias of the named register, usable only at EL2 with E2H = 1. */
  readonly aliasOf?: string;
  /** A virtual-memory control register: EL1 writes trap with HCR_EL2.TVM, reads with TRVM. */
  readonly vmControl?: boolean;
}

/** The 16-bit key op0:op1:CRn:CRm:op2, which is also bits 20:5 of MRS/MSR. */
export function sysRegKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

function reg<N extends string>(
  name: N,
  op0: number,
  op1: number,
  crn: number,
  crm: number,
  op2: number,
  minEL: 0 | 1 | 2,
  more: Partial<Omit<SysRegDef, 'name'>> = {},
): SysRegDef<N> {
  return { name, op0, op1, crn, crm, op2, minEL, ...more };
}

const live = (read: (cpu: Cpu) => number, write?: (cpu: Cpu, lo: number) => void): Partial<SysRegDef> => ({
  read: (cpu) => {
    out.hi = 0;
    return read(cpu);
  },
  write: write ? (cpu, lo) => write(cpu, lo) : undefined,
});

// ---- CPU models and ID registers ---------------------------------------------------
// `-cpu cortex-a53|cortex-a55|max` selects a CpuModelDef (cpuModel()), stored in
// `cpu.model` (virt.ts sets it from the board config; a bare Cpu gets `max`). The ID
// registers advertise exactly what the emulator implements for that model: the model's
// real values (QEMU's target/arm/cpu64.c: cortex-a53 r0p4, cortex-a55 r2p0, max) with every
// field of an unimplemented feature cleared. All models: AArch64 only at EL0-EL2 (no
// AArch32, no EL3; EL2 only with virtualization), no RAS, GIC system registers, SVE,
// PAN, LOR, HPDS, HAFDBS, UAO, CnP, mixed endianness (BigEnd = 0) or Secure memory.

/**
 * Features implemented by other parts of the emulator that the ID registers report once
 * they exist. Their owners flip these when the rows land (edit the literal; tests may
 * toggle them): `fp` = scalar FP (ID_AA64PFR0.FP 0xF -> 0/1), `advsimd` = AdvSIMD
 * (PFR0.AdvSIMD), `fp16` = half-precision arithmetic (FP/AdvSIMD = 1 on models with
 * FEAT_FP16), `rdm` = SQRDMLAH/SQRDMLSH (ISAR0.RDM on v8.1+ models), `aes`/`pmull`/`sha1`/
 * `sha2` = the crypto instructions (ISAR0.AES = 1 or 2 with PMULL, SHA1, SHA2).
 */
export interface Features {
  fp: boolean;
  advsimd: boolean;
  fp16: boolean;
  rdm: boolean;
  aes: boolean;
  pmull: boolean;
  sha1: boolean;
  sha2: boolean;
}

export const FEATURES: Features = {
  fp: true,
  advsimd: true,
  fp16: true,
  rdm: false,
  aes: false,
  pmull: false,
  sha1: false,
  sha2: false,
};

export type CpuModelName = 'cortex-a53' | 'cortex-a55' | 'max';

/** What a -cpu model is: its identity and the optional features it has. */
export interface CpuModelDef {
  readonly name: CpuModelName;
  readonly midr: number;
  /** EL2 implemented (the board's virtualization option): ID_AA64PFR0.EL2. */
  readonly el2: boolean;
  /** FEAT_LSE (Armv8.1): CAS, CASP, SWP, LD<op>/ST<op>; UNDEFINED without it. */
  readonly lse: boolean;
  /** FEAT_LRCPC (LDAPR): ID_AA64ISAR1.LRCPC. */
  readonly lrcpc: boolean;
  /** FEAT_DPB (DC CVAP, a no-op here): ID_AA64ISAR1.DPB. */
  readonly dpb: boolean;
  /** FEAT_VHE (Armv8.1): ID_AA64MMFR1.VH. */
  readonly vhe: boolean;
  /** Has FEAT_FP16 and FEAT_RDM in hardware (reported once FEATURES says they are implemented). */
  readonly fp16: boolean;
  readonly rdm: boolean;
  /** ID_AA64MMFR0.PARange (2 = 40 bits, 5 = 48 bits) and TGran16 (1 = 16 KiB granule). */
  readonly paRange: number;
  readonly tgran16: number;
}

const MODELS: Record<CpuModelName, Omit<CpuModelDef, 'name' | 'el2'>> = {
  // Armv8.0.
  'cortex-a53': { midr: 0x410fd034, lse: false, lrcpc: false, dpb: false, vhe: false, fp16: false, rdm: false, paRange: 2, tgran16: 0 },
  // Armv8.2 + RCpc.
  'cortex-a55': { midr: 0x412fd050, lse: true, lrcpc: true, dpb: true, vhe: true, fp16: true, rdm: true, paRange: 2, tgran16: 1 },
  // QEMU's "max" identity (implementer 0, part 0x051); everything this emulator has, 48-bit PA.
  max: { midr: 0x000f0510, lse: true, lrcpc: true, dpb: true, vhe: true, fp16: true, rdm: true, paRange: 5, tgran16: 1 },
};

export const CPU_MODEL_NAMES: readonly CpuModelName[] = ['cortex-a53', 'cortex-a55', 'max'];

/** The model definition for `-cpu name`; `el2` is false on a board without virtualization. */
export function cpuModel(name: CpuModelName, el2 = true): CpuModelDef {
  const m = MODELS[name];
  if (m === undefined) throw new Error(`unknown CPU model ${name}: expected ${CPU_MODEL_NAMES.join(', ')}`);
  return Object.freeze({ name, el2, ...m });
}

function readISR(cpu: Cpu): number {
  out.hi = 0;
  const lines = cpu.intLines;
  const hcrLo = cpu.model.el2 && cpu.el < 2 ? cpu.sys.values[2 * HCR_EL2_ROW] : 0;
  const tge = (hcrLo & (1 << 27)) !== 0;
  const irq = (hcrLo & (1 << 4)) !== 0 && !tge ? (lines & (INT_VIRQ | INT_HCR_VI)) !== 0 : (lines & INT_IRQ) !== 0;
  const fiq = (hcrLo & (1 << 3)) !== 0 && !tge ? (lines & (INT_VFIQ | INT_HCR_VF)) !== 0 : (lines & INT_FIQ) !== 0;
  return (irq ? 1 << 7 : 0) | (fiq ? 1 << 6 : 0);
}

/** MIDR_EL1: at EL1 with EL2 implemented, the value the hypervisor put in VPIDR_EL2. */
function readMIDR(cpu: Cpu): number {
  if (cpu.el === 1 && cpu.model.el2) return cpu.sys.readIndex(VPIDR_ROW);
  out.hi = 0;
  return cpu.model.midr;
}

/** MPIDR_EL1: Aff0 = CPU index, U = 0, bit 31 RES1; at EL1 under EL2, VMPIDR_EL2. */
function readMPIDR(cpu: Cpu): number {
  if (cpu.el === 1 && cpu.model.el2) return cpu.sys.readIndex(VMPIDR_ROW);
  out.hi = 0;
  return (0x80000000 | cpu.index) | 0;
}

/** EL0 = EL1 = 1 (AArch64 only), EL2 = 1 when present, EL3 = 0; FP/AdvSIMD 0xF until implemented. */
function readPFR0(cpu: Cpu): number {
  const m = cpu.model;
  const half = FEATURES.fp16 && m.fp16 ? 1 : 0;
  const fp = FEATURES.fp ? half : 0xf;
  const simd = FEATURES.advsimd ? half : 0xf;
  out.hi = 0;
  // GIC = 1: the GICv3 system-register CPU interface.
  return (1 << 24) | (simd << 20) | (fp << 16) | ((m.el2 ? 1 : 0) << 8) | 0x11;
}

/** CRC32 = 1 (always implemented), Atomic = 2 with LSE, RDM, AES/SHA1/SHA2 as implemented. */
function readISAR0(cpu: Cpu): number {
  const m = cpu.model;
  const aes = FEATURES.aes ? (FEATURES.pmull ? 2 : 1) : 0;
  out.hi = 0;
  return (
    ((FEATURES.rdm && m.rdm ? 1 : 0) << 28) |
    ((m.lse ? 2 : 0) << 20) |
    (1 << 16) |
    ((FEATURES.sha2 ? 1 : 0) << 12) |
    ((FEATURES.sha1 ? 1 : 0) << 8) |
    (aes << 4)
  );
}

/** LRCPC (bits 23:20) and DPB (3:0). */
function readISAR1(cpu: Cpu): number {
  const m = cpu.model;
  out.hi = 0;
  return ((m.lrcpc ? 1 : 0) << 20) | (m.dpb ? 1 : 0);
}

/** PARange, ASIDBits = 16 bits, TGran4 and TGran64 supported (0), TGran16 per model. */
function readMMFR0(cpu: Cpu): number {
  const m = cpu.model;
  out.hi = 0;
  return (m.tgran16 << 20) | (2 << 4) | m.paRange;
}

/** VH (bits 11:8); VMIDBits = 8 bits, and no HAFDBS, HPDS, LO, PAN, XNX. */
function readMMFR1(cpu: Cpu): number {
  out.hi = 0;
  return (cpu.model.vhe ? 1 : 0) << 8;
}

/**
 * The rows written out here, first in the table; their names type SYSREG. The identification
 * rows read the PE's CPU model (see below).
 */
const ARCH_ROWS = [
  // Identification: values per CPU model (`cpu.model`), computed on read.
  reg('MIDR_EL1', 3, 0, 0, 0, 0, 1, { access: 'ro', read: readMIDR }),
  reg('MPIDR_EL1', 3, 0, 0, 0, 5, 1, { access: 'ro', read: readMPIDR }),
  reg('REVIDR_EL1', 3, 0, 0, 0, 6, 1, { access: 'ro' }),
  reg('AIDR_EL1', 3, 1, 0, 0, 7, 1, { access: 'ro' }),
  reg('ID_AA64PFR0_EL1', 3, 0, 0, 4, 0, 1, { access: 'ro', read: readPFR0 }),
  reg('ID_AA64PFR1_EL1', 3, 0, 0, 4, 1, 1, { access: 'ro' }),
  // DebugVer = 6 (v8.0), PMUVer = 1 (PMUv3), 6 breakpoints, 4 watchpoints, 1 context-aware
  // breakpoint (CTX_CMPs = 0: breakpoint 5; self-hosted-debug.ts).
  reg('ID_AA64DFR0_EL1', 3, 0, 0, 5, 0, 1, { access: 'ro', reset: 0x0000_0000_0030_5106n }),
  reg('ID_AA64DFR1_EL1', 3, 0, 0, 5, 1, 1, { access: 'ro' }),
  reg('ID_AA64AFR0_EL1', 3, 0, 0, 5, 4, 1, { access: 'ro' }),
  reg('ID_AA64AFR1_EL1', 3, 0, 0, 5, 5, 1, { access: 'ro' }),
  reg('ID_AA64ISAR0_EL1', 3, 0, 0, 6, 0, 1, { access: 'ro', read: readISAR0 }),
  reg('ID_AA64ISAR1_EL1', 3, 0, 0, 6, 1, 1, { access: 'ro', read: readISAR1 }),
  reg('ID_AA64MMFR0_EL1', 3, 0, 0, 7, 0, 1, { access: 'ro', read: readMMFR0 }),
  reg('ID_AA64MMFR1_EL1', 3, 0, 0, 7, 1, 1, { access: 'ro', read: readMMFR1 }),
  reg('ID_AA64MMFR2_EL1', 3, 0, 0, 7, 2, 1, { access: 'ro' }),
  reg('CTR_EL0', 3, 3, 0, 0, 1, 0, { access: 'ro', reset: 0x8444c004n }),
  // BS = 4 (64-byte blocks); DZP (bit 4) where DC ZVA traps at this EL.
  reg('DCZID_EL0', 3, 3, 0, 0, 7, 0, {
    access: 'ro',
    reset: 0x4n,
    read: (cpu) => {
      out.hi = 0;
      return DCZID_BS | (dcZvaTrapTarget(cpu) !== 0 ? DCZID_DZP : 0);
    },
  }),
  reg('CLIDR_EL1', 3, 1, 0, 0, 1, 1, { access: 'ro', reset: 0x0a200023n }),
  reg('CCSIDR_EL1', 3, 1, 0, 0, 0, 1, { access: 'ro', reset: 0x700fe01an }),
  reg('CSSELR_EL1', 3, 2, 0, 0, 0, 1),
  // PSTATE views.
  reg('NZCV', 3, 3, 4, 2, 0, 0, {
    ...live(
      (cpu) => (cpu.nf << 31) | (cpu.zf << 30) | (cpu.cf << 29) | (cpu.vf << 28),
      (cpu, lo) => {
        cpu.nf = (lo >>> 31) & 1;
        cpu.zf = (lo >>> 30) & 1;
        cpu.cf = (lo >>> 29) & 1;
        cpu.vf = (lo >>> 28) & 1;
      },
    ),
  }),
  reg('DAIF', 3, 3, 4, 2, 1, 0, {
    ...live(
      (cpu) => cpu.daif << 6,
      (cpu, lo) => {
        cpu.daif = (lo >>> 6) & 0xf;
      },
    ),
  }),
  reg('CurrentEL', 3, 0, 4, 2, 2, 1, { access: 'ro', ...live((cpu) => cpu.el << 2) }),
  reg('SPSel', 3, 0, 4, 2, 0, 1, { ...live((cpu) => cpu.spSel, (cpu, lo) => cpu.selectStack(cpu.el, lo & 1)) }),
  reg('FPCR', 3, 3, 4, 4, 0, 0),
  reg('FPSR', 3, 3, 4, 4, 1, 0),
  // Thread ID registers.
  reg('TPIDR_EL0', 3, 3, 13, 0, 2, 0),
  reg('TPIDRRO_EL0', 3, 3, 13, 0, 3, 0),
  reg('TPIDR_EL1', 3, 0, 13, 0, 4, 1),
  reg('TPIDR_EL2', 3, 4, 13, 0, 2, 2),
  // Stack pointers (banked; the current one lives in X[32]).
  reg('SP_EL0', 3, 0, 4, 1, 0, 1),
  reg('SP_EL1', 3, 4, 4, 1, 0, 2),
  // EL1 exception and control registers.
  reg('SCTLR_EL1', 3, 0, 1, 0, 0, 1, { reset: 0x30d00800n, vheTarget: 'SCTLR_EL2', vmControl: true }),
  reg('ACTLR_EL1', 3, 0, 1, 0, 1, 1),
  reg('CPACR_EL1', 3, 0, 1, 0, 2, 1, { vheTarget: 'CPTR_EL2' }),
  reg('VBAR_EL1', 3, 0, 12, 0, 0, 1, { vheTarget: 'VBAR_EL2' }),
  // ISR_EL1: pending IRQ (bit 7) and FIQ (bit 6) as this EL sees them: the virtual ones at
  // EL1/EL0 when HCR_EL2.IMO/FMO route physical interrupts to EL2.
  reg('ISR_EL1', 3, 0, 12, 1, 0, 1, { access: 'ro', read: readISR }),
  reg('ELR_EL1', 3, 0, 4, 0, 1, 1, { vheTarget: 'ELR_EL2' }),
  reg('SPSR_EL1', 3, 0, 4, 0, 0, 1, { vheTarget: 'SPSR_EL2' }),
  reg('ESR_EL1', 3, 0, 5, 2, 0, 1, { vheTarget: 'ESR_EL2', vmControl: true }),
  reg('FAR_EL1', 3, 0, 6, 0, 0, 1, { vheTarget: 'FAR_EL2', vmControl: true }),
  reg('TTBR0_EL1', 3, 0, 2, 0, 0, 1, { vheTarget: 'TTBR0_EL2', vmControl: true }),
  reg('TTBR1_EL1', 3, 0, 2, 0, 1, 1, { vheTarget: 'TTBR1_EL2', vmControl: true }),
  reg('TCR_EL1', 3, 0, 2, 0, 2, 1, { vheTarget: 'TCR_EL2', vmControl: true }),
  reg('MAIR_EL1', 3, 0, 10, 2, 0, 1, { vheTarget: 'MAIR_EL2', vmControl: true }),
  reg('CONTEXTIDR_EL1', 3, 0, 13, 0, 1, 1, { vheTarget: 'CONTEXTIDR_EL2', vmControl: true }),
  reg('AFSR0_EL1', 3, 0, 5, 1, 0, 1, { vheTarget: 'AFSR0_EL2', vmControl: true }),
  reg('AFSR1_EL1', 3, 0, 5, 1, 1, 1, { vheTarget: 'AFSR1_EL2', vmControl: true }),
  reg('AMAIR_EL1', 3, 0, 10, 3, 0, 1, { vheTarget: 'AMAIR_EL2', vmControl: true }),
  reg('PAR_EL1', 3, 0, 7, 4, 0, 1),
  // Self-hosted debug (self-hosted-debug.ts). OSLAR_EL1 sets OSLSR_EL1.OSLK (bit 1); OSLM = 0b10.
  reg('MDSCR_EL1', 2, 0, 0, 2, 2, 1),
  reg('OSLAR_EL1', 2, 0, 1, 0, 4, 1, {
    access: 'wo',
    write: (cpu, lo) => {
      const v = cpu.sys.values;
      v[2 * SYSREG.OSLSR_EL1] = (v[2 * SYSREG.OSLSR_EL1] & ~2) | ((lo & 1) << 1);
    },
  }),
  reg('OSLSR_EL1', 2, 0, 1, 1, 4, 1, { access: 'ro', reset: 0xan }), // OSLK = 1: locked from cold reset
  reg('OSDLR_EL1', 2, 0, 1, 3, 4, 1),
  reg('MDCCINT_EL1', 2, 0, 0, 2, 0, 1),
  reg('MDRAR_EL1', 2, 0, 1, 0, 0, 1, { access: 'ro' }),
  reg('DBGPRCR_EL1', 2, 0, 1, 4, 4, 1),
  reg('DBGCLAIMSET_EL1', 2, 0, 7, 8, 6, 1, { reset: 0xffn }),
  reg('DBGCLAIMCLR_EL1', 2, 0, 7, 9, 6, 1),
  reg('DBGAUTHSTATUS_EL1', 2, 0, 7, 14, 6, 1, { access: 'ro' }),
  reg('MDCCSR_EL0', 2, 3, 0, 1, 0, 0, { access: 'ro' }),
  // Breakpoint and watchpoint registers as ID_AA64DFR0_EL1 advertises them (6 and 4).
  ...([0, 1, 2, 3, 4, 5] as const).flatMap((n) => [reg(`DBGBVR${n}_EL1`, 2, 0, 0, n, 4, 1), reg(`DBGBCR${n}_EL1`, 2, 0, 0, n, 5, 1)]),
  ...([0, 1, 2, 3] as const).flatMap((n) => [reg(`DBGWVR${n}_EL1`, 2, 0, 0, n, 6, 1), reg(`DBGWCR${n}_EL1`, 2, 0, 0, n, 7, 1)]),
  // EL2 registers.
  reg('SCTLR_EL2', 3, 4, 1, 0, 0, 2, { reset: 0x30c50830n }),
  reg('HCR_EL2', 3, 4, 1, 1, 0, 2, {
    // HCR_EL2.VF (bit 6) and VI (bit 7) are virtual FIQ/IRQ inputs of the PE.
    write: (cpu, lo, hi) => {
      cpu.sys.values[2 * HCR_EL2_ROW] = lo;
      cpu.sys.values[2 * HCR_EL2_ROW + 1] = hi;
      cpu.setInterruptLine(INT_HCR_VF, (lo & (1 << 6)) !== 0);
      cpu.setInterruptLine(INT_HCR_VI, (lo & (1 << 7)) !== 0);
    },
  }),
  reg('VBAR_EL2', 3, 4, 12, 0, 0, 2),
  reg('ELR_EL2', 3, 4, 4, 0, 1, 2),
  reg('SPSR_EL2', 3, 4, 4, 0, 0, 2),
  reg('ESR_EL2', 3, 4, 5, 2, 0, 2),
  reg('FAR_EL2', 3, 4, 6, 0, 0, 2),
  reg('VTTBR_EL2', 3, 4, 2, 1, 0, 2),
  reg('VTCR_EL2', 3, 4, 2, 1, 2, 2),
  reg('VMPIDR_EL2', 3, 4, 0, 0, 5, 2),
  reg('VPIDR_EL2', 3, 4, 0, 0, 0, 2),
  reg('ACTLR_EL2', 3, 4, 1, 0, 1, 2),
  reg('MDCR_EL2', 3, 4, 1, 1, 1, 2, { reset: BigInt(PMU_COUNTERS) }), // HPMN = PMCR_EL0.N
  reg('CPTR_EL2', 3, 4, 1, 1, 2, 2),
  reg('HSTR_EL2', 3, 4, 1, 1, 3, 2),
  reg('HACR_EL2', 3, 4, 1, 1, 7, 2),
  reg('TTBR0_EL2', 3, 4, 2, 0, 0, 2),
  reg('TTBR1_EL2', 3, 4, 2, 0, 1, 2),
  reg('TCR_EL2', 3, 4, 2, 0, 2, 2),
  reg('AFSR0_EL2', 3, 4, 5, 1, 0, 2),
  reg('AFSR1_EL2', 3, 4, 5, 1, 1, 2),
  reg('HPFAR_EL2', 3, 4, 6, 0, 4, 2),
  reg('MAIR_EL2', 3, 4, 10, 2, 0, 2),
  reg('AMAIR_EL2', 3, 4, 10, 3, 0, 2),
  reg('CONTEXTIDR_EL2', 3, 4, 13, 0, 1, 2),
  // FEAT_VHE accessors from EL2 (E2H = 1) to the EL1 registers.
  ...(
    [
      ['SCTLR', 1, 0, 0], ['CPACR', 1, 0, 2], ['TTBR0', 2, 0, 0], ['TTBR1', 2, 0, 1], ['TCR', 2, 0, 2],
      ['AFSR0', 5, 1, 0], ['AFSR1', 5, 1, 1], ['ESR', 5, 2, 0], ['FAR', 6, 0, 0], ['MAIR', 10, 2, 0],
      ['AMAIR', 10, 3, 0], ['VBAR', 12, 0, 0], ['CONTEXTIDR', 13, 0, 1],
      ['SPSR', 4, 0, 0], ['ELR', 4, 0, 1],
    ] as const
  ).map(([n, crn, crm, op2]) => reg(`${n}_EL12`, 3, 5, crn, crm, op2, 2, { aliasOf: `${n}_EL1` })),
  // Generic timer: the counter runs at 62.5 MHz, one tick per retired instruction.
  reg('CNTFRQ_EL0', 3, 3, 14, 0, 0, 0, { reset: 62_500_000n }),
];

/** The system registers: the rows above, then those of the timer, the PMU and the GIC. */
export const SYSREGS: readonly SysRegDef[] = [
  ...ARCH_ROWS,
  // Counters, timers and their controls (per PE, in src/machine/timer).
  ...timerSysRegs((cpu) => cpu.timer, { hostRegime: hcrHostRegime((cpu) => cpu.sys.readIndex(HCR_EL2_ROW)) }).map(vheTimerRow),
  // PMUv3 with the cycle counter only.
  ...pmuSysRegs(),
  // The GICv3 CPU interface (ICC_*, ICV_* at EL1 when HCR_EL2.IMO/FMO route there, ICH_*).
  ...gicSysRegs((cpu) => cpu.gicInterface(), { hcr: hcrLow }),
];

function hcrLow(cpu: Cpu): number {
  return cpu.sys.values[2 * HCR_EL2_ROW];
}

/** Whether an EL1 access to row `name` traps to EL2 because of the GIC's trap controls. */
export const gicAccessTraps = gicTrapsToEl2((cpu) => cpu.gicInterface(), { hcr: hcrLow });


/** FEAT_VHE for the timer rows: CNTKCTL_EL1 reaches CNTHCTL_EL2, `*_EL02`/`*_EL12` need E2H. */
function vheTimerRow(r: SysRegDef): SysRegDef {
  if (r.name === 'CNTKCTL_EL1') return { ...r, vheTarget: 'CNTHCTL_EL2' };
  if (r.name === 'CNTKCTL_EL12') return { ...r, aliasOf: 'CNTKCTL_EL1' };
  if (r.name.endsWith('_EL02')) return { ...r, aliasOf: r.name };
  return r;
}

/** Index of each row by its 16-bit key; -1 where no register is defined. */
const BY_KEY = new Int16Array(65536).fill(-1);
SYSREGS.forEach((r, i) => {
  const key = sysRegKey(r.op0, r.op1, r.crn, r.crm, r.op2);
  if (BY_KEY[key] !== -1) throw new Error(`system register ${r.name} encoding used twice`);
  BY_KEY[key] = i;
});

/** The row of every register by name, for names known only at run time (the debugger's). */
export const SYSREG_INDEX: ReadonlyMap<string, number> = new Map(SYSREGS.map((r, i) => [r.name, i]));

/** A register written out in this file's table, by its Arm name. */
export type SysRegName = (typeof ARCH_ROWS)[number]['name'];

/** The table row of each register by its Arm name (`SYSREG.HCR_EL2`): a misspelt name does not compile. */
export const SYSREG = Object.fromEntries(ARCH_ROWS.map((r, i) => [r.name, i])) as { readonly [N in SysRegName]: number };

const HCR_EL2_ROW = SYSREG.HCR_EL2;
/** DCZID_EL0: BS (log2 of the DC ZVA block in words: 64 bytes) and DZP (DC ZVA prohibited). */
export const DCZID_BS = 0x4;
export const DCZID_DZP = 0x10;

const SCTLR_EL1_ROW = SYSREG.SCTLR_EL1;
const SCTLR_EL2_ROW = SYSREG.SCTLR_EL2;
const SCTLR_DZE = 1 << 14;
const HCR_TGE = 1 << 27;
const HCR_TDZ = 1 << 28;

/**
 * Where DC ZVA from the current EL traps (EC 0x18), or 0 where it runs (Arm ARM, the DC ZVA
 * traps): at EL0 SCTLR_EL1.DZE = 0 traps to EL1 (to EL2 with HCR_EL2.TGE), and in the EL2&0
 * regime (E2H = TGE = 1) SCTLR_EL2.DZE = 0 to EL2; at EL0 and EL1 outside that regime
 * HCR_EL2.TDZ traps to EL2. DCZID_EL0.DZP reads 1 where it traps.
 */
export function dcZvaTrapTarget(cpu: Cpu): number {
  const el = cpu.el;
  if (el >= 2) return 0;
  const v = cpu.sys.values;
  const el2 = cpu.model.el2;
  const hcrLo = el2 ? v[2 * HCR_EL2_ROW] : 0;
  const tge = (hcrLo & HCR_TGE) !== 0;
  if (el === 0) {
    if (tge && (v[2 * HCR_EL2_ROW + 1] & 4) !== 0) return (v[2 * SCTLR_EL2_ROW] & SCTLR_DZE) === 0 ? 2 : 0;
    if ((v[2 * SCTLR_EL1_ROW] & SCTLR_DZE) === 0) return tge ? 2 : 1;
  }
  return (hcrLo & HCR_TDZ) !== 0 ? 2 : 0;
}
const VPIDR_ROW = SYSREG.VPIDR_EL2;
const VMPIDR_ROW = SYSREG.VMPIDR_EL2;

/**
 * 1 for the registers whose writes change how the PE translates addresses or traps
 * instructions (it re-reads them: Cpu.controlsChanged).
 */
const AFFECTS_CONTROLS = Uint8Array.from(SYSREGS, (r) =>
  [
    'HCR_EL2', 'SCTLR_EL1', 'SCTLR_EL2', 'TCR_EL1', 'TCR_EL2', 'TTBR0_EL1', 'TTBR1_EL1',
    'TTBR0_EL2', 'TTBR1_EL2', 'MAIR_EL1', 'MAIR_EL2', 'VTCR_EL2', 'VTTBR_EL2', 'CPACR_EL1', 'CPTR_EL2',
  ].includes(r.name)
    ? 1
    : 0,
);

/** 1 for MDSCR_EL1, DBGBCR<n>_EL1 and DBGWCR<n>_EL1, whose writes change what the guest's debug can fire. */
const AFFECTS_SELF_DEBUG = Uint8Array.from(SYSREGS, (r) => (r.name === 'MDSCR_EL1' || /^DBG[BW]CR\d_EL1$/.test(r.name) ? 1 : 0));

/** Row index an EL1 encoding reaches at EL2 with E2H = 1 (itself for most rows). */
export const VHE_REDIRECT = Int16Array.from(SYSREGS, (r, i) => (r.vheTarget ? SYSREG_INDEX.get(r.vheTarget)! : i));
/** For `*_EL12` rows, the row they alias; -1 for the others. */
export const ALIAS_OF = Int16Array.from(SYSREGS, (r) => (r.aliasOf ? SYSREG_INDEX.get(r.aliasOf)! : -1));

export function sysRegIndexOf(key: number): number {
  return BY_KEY[key];
}

const SP_EL0 = SYSREG.SP_EL0;
const SP_EL1 = SYSREG.SP_EL1;
/** SP_EL2 has no MRS encoding usable from EL2; it is stored outside the table. */

/**
 * The rows whose MRS compiled code reads straight from the register file while the PE's
 * state allows (fastReadMask), and whose MSR it writes there where the row takes a write
 * plainly (writesPlainly): the hot ones of Linux and our hypervisor (`current` in SP_EL0,
 * per-CPU offsets in TPIDR_EL1/EL2, thread pointers; the exception registers the
 * hypervisor saves and restores on every world switch and reads on every trap).
 */
export const FAST_READ_ROWS: readonly number[] = [
  SYSREG.SP_EL0, SYSREG.TPIDR_EL1, SYSREG.TPIDR_EL0, SYSREG.TPIDRRO_EL0, SYSREG.TPIDR_EL2,
  SYSREG.ELR_EL1, SYSREG.SPSR_EL1, SYSREG.ELR_EL2, SYSREG.SPSR_EL2, SYSREG.ESR_EL2, SYSREG.FAR_EL2, SYSREG.HPFAR_EL2,
];

/** Whether SysRegFile.writeIndex stores a value of row `i` as it is, with nothing else to do (no hook, nothing re-read). */
export function writesPlainly(i: number): boolean {
  const r = SYSREGS[i];
  return r.write === undefined && r.access !== 'ro' && AFFECTS_CONTROLS[i] === 0 && AFFECTS_SELF_DEBUG[i] === 0;
}

/**
 * Bit k set when an MRS of FAST_READ_ROWS[k] now simply reads that row of the register file,
 * as mrs() would: accessible at this EL, not redirected by VHE, not trapped, and (SP_EL0)
 * not the live stack pointer.
 */
export function fastReadMask(cpu: Cpu): number {
  let mask = 0;
  const vhe = cpu.el === 2 && cpu.model.el2 && (cpu.sys.values[2 * HCR_EL2_ROW + 1] & 4) !== 0; // HCR_EL2.E2H
  // A loop, not forEach: this runs on every exception entry and return, and a closure would be allocated each time.
  for (let k = 0; k < FAST_READ_ROWS.length; k++) {
    const i = FAST_READ_ROWS[k];
    const r = SYSREGS[i];
    if (r.minEL > cpu.el || r.read !== undefined || r.access === 'wo' || r.aliasOf !== undefined || r.vmControl === true) continue;
    if (vhe && VHE_REDIRECT[i] !== i) continue;
    if (i === SP_EL0 && cpu.spSel === 0) continue;
    mask |= 1 << k;
  }
  return mask;
}

/** Storage for one PE's system registers: two int32 halves per table row. */
export class SysRegFile {
  /** In the machine memory when there is room (valuesAt: its offset), where compiled code reads FAST_READ_ROWS. */
  readonly values: Int32Array;
  readonly valuesAt: number;
  private spEl2Lo = 0;
  private spEl2Hi = 0;

  constructor(private readonly cpu: Cpu) {
    const m = cpu.bus.memory;
    this.valuesAt = m.allocate(SYSREGS.length * 8, 8);
    this.values = this.valuesAt >= 0 ? new Int32Array(m.buffer, this.valuesAt, SYSREGS.length * 2) : new Int32Array(SYSREGS.length * 2);
    this.reset();
  }

  reset(): void {
    SYSREGS.forEach((r, i) => {
      const v = r.reset ?? 0n;
      this.values[2 * i] = Number(BigInt.asIntN(32, v));
      this.values[2 * i + 1] = Number(BigInt.asIntN(32, v >> 32n));
    });
    // VPIDR_EL2/VMPIDR_EL2 reset to the PE's own identity (what EL1 reads under EL2).
    this.values[2 * VPIDR_ROW] = this.cpu.model.midr;
    this.values[2 * VMPIDR_ROW] = (0x8000_0000 | this.cpu.index) | 0;
  }

  /** Reads row `i`: returns the low half, the high half in out.hi. */
  readIndex(i: number): number {
    const r = SYSREGS[i];
    if (r.read !== undefined) return r.read(this.cpu);
    if (i === SP_EL0 && this.cpu.spSel === 0) return this.liveSP();
    out.hi = this.values[2 * i + 1];
    return this.values[2 * i];
  }

  writeIndex(i: number, lo: number, hi: number): void {
    const r = SYSREGS[i];
    if (AFFECTS_SELF_DEBUG[i] !== 0) {
      // What may fire changes: store, re-read the enables and end the run slice so that
      // the run loop picks the right path (self-hosted-debug.ts).
      this.values[2 * i] = lo;
      this.values[2 * i + 1] = hi;
      this.cpu.selfDebug.update();
      this.cpu.yieldRequest = true;
      return;
    }
    if (r.write !== undefined) {
      r.write(this.cpu, lo, hi);
      if (AFFECTS_CONTROLS[i] !== 0) this.cpu.controlsChanged();
      return;
    }
    if (i === SP_EL0 && this.cpu.spSel === 0) {
      this.cpu.x[64] = lo;
      this.cpu.x[65] = hi;
      return;
    }
    this.values[2 * i] = lo;
    this.values[2 * i + 1] = hi;
    if (AFFECTS_CONTROLS[i] !== 0) this.cpu.controlsChanged();
  }

  get(name: string): bigint {
    const i = SYSREG_INDEX.get(name);
    if (i === undefined) throw new Error(`no system register ${name}`);
    const lo = this.readIndex(i);
    return (BigInt(out.hi >>> 0) << 32n) | BigInt(lo >>> 0);
  }

  set(name: string, v: bigint): void {
    const i = SYSREG_INDEX.get(name);
    if (i === undefined) throw new Error(`no system register ${name}`);
    this.writeIndex(i, Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n)));
  }

  private liveSP(): number {
    out.hi = this.cpu.x[65];
    return this.cpu.x[64];
  }

  /** Stores the live SP into the bank selected by (el, spSel). */
  saveSP(el: number, spSel: number): void {
    const x = this.cpu.x;
    if (spSel === 0 || el === 0) this.store(SP_EL0, x[64], x[65]);
    else if (el === 1) this.store(SP_EL1, x[64], x[65]);
    else {
      this.spEl2Lo = x[64];
      this.spEl2Hi = x[65];
    }
  }

  /** Loads the live SP from the bank selected by (el, spSel). */
  loadSP(el: number, spSel: number): void {
    const x = this.cpu.x;
    const v = this.values;
    if (spSel === 0 || el === 0) {
      x[64] = v[2 * SP_EL0];
      x[65] = v[2 * SP_EL0 + 1];
    } else if (el === 1) {
      x[64] = v[2 * SP_EL1];
      x[65] = v[2 * SP_EL1 + 1];
    } else {
      x[64] = this.spEl2Lo;
      x[65] = this.spEl2Hi;
    }
  }

  private store(i: number, lo: number, hi: number): void {
    this.values[2 * i] = lo;
    this.values[2 * i + 1] = hi;
  }
}
