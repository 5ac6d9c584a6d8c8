// The AArch64 exception model: synchronous exception entry with its syndrome (ESR_ELx),
// routing to EL1 or EL2 (HCR_EL2.TGE), vector selection from VBAR_ELx, and ERET.
// Names and encodings follow the Arm ARM (ESR_ELx.EC values, SPSR layout).

import type { Cpu } from './cpu.ts';
import { SYSREG } from './sysregs.ts';

/** ESR_ELx.EC: exception classes. */
export const EC = {
  UNKNOWN: 0x00,
  WFX: 0x01,
  FP_ACCESS: 0x07,
  ILLEGAL_STATE: 0x0e,
  SVC64: 0x15,
  HVC64: 0x16,
  SMC64: 0x17,
  SYSREG: 0x18,
  IABT_LOWER: 0x20,
  IABT_SAME: 0x21,
  PC_ALIGN: 0x22,
  DABT_LOWER: 0x24,
  DABT_SAME: 0x25,
  SP_ALIGN: 0x26,
  BRK64: 0x3c,
} as const;

/** Data/instruction fault status codes (DFSC/IFSC). */
export const FSC = {
  ADDRESS_SIZE_L0: 0x00,
  TRANSLATION_L0: 0x04,
  SYNC_EXTERNAL: 0x10,
  ALIGNMENT: 0x21,
} as const;

/** Vector offsets from VBAR_ELx. */
const VECTOR_CURRENT_SP0 = 0x000;
const VECTOR_CURRENT_SPX = 0x200;
const VECTOR_LOWER_A64 = 0x400;
export const VECTOR_SYNC = 0x000;
export const VECTOR_IRQ = 0x080;
export const VECTOR_FIQ = 0x100;

const HCR_EL2 = SYSREG.HCR_EL2;
const HCR_TGE = 1 << 27;
const HCR_TSC = 1 << 19;
const HCR_HCD = 1 << 29;
const HCR_VM = 1;

/**
 * Debugger hooks at the guest boundary (VM awareness, src/zvm/awareness.ts), per PE
 * (Cpu.guestHooks, null when no debugger watches: one test): `exit` after an exception
 * from EL1/EL0 is taken to EL2 while HCR_EL2.VM = 1 and TGE = 0 (the guest's state is still
 * in the PE, its PC and PSTATE in ELR_EL2/SPSR_EL2); `leavingEl2` before an ERET from EL2
 * to EL1/EL0 changes anything (the EL2 state, SP included, is still the PE's; insnLo/insnHi
 * hold the ERET's address); `entry` after such an ERET under the same HCR_EL2.
 */
export interface GuestHooks {
  exit(cpu: Cpu): void;
  leavingEl2(cpu: Cpu): void;
  entry(cpu: Cpu): void;
}

/** HCR_EL2.{VM,TGE} = {1,0}: EL1/EL0 run a guest under stage 2. */
export function inGuestRegime(cpu: Cpu): boolean {
  return cpu.model.el2 && (hcr(cpu) & (HCR_VM | HCR_TGE)) === HCR_VM;
}

/** Per target EL (1, 2): the table rows of its exception registers. */
const REGS = ([1, 2] as const).map((el) => ({
  elr: SYSREG[`ELR_EL${el}`],
  spsr: SYSREG[`SPSR_EL${el}`],
  esr: SYSREG[`ESR_EL${el}`],
  far: SYSREG[`FAR_EL${el}`],
  vbar: SYSREG[`VBAR_EL${el}`],
}));

/** HCR_EL2 bits 31:0. */
export function hcr(cpu: Cpu): number {
  return cpu.sys.values[2 * HCR_EL2];
}

/** HCR_EL2.E2H (bit 34), false without EL2. */
export function hcrE2H(cpu: Cpu): boolean {
  return cpu.model.el2 && (cpu.sys.values[2 * HCR_EL2 + 1] & (1 << 2)) !== 0;
}

/** HCR_EL2.TGE, false without EL2: EL0 exceptions go to EL2. */
export function hcrTGE(cpu: Cpu): boolean {
  return cpu.model.el2 && (hcr(cpu) & HCR_TGE) !== 0;
}

/** The EL a synchronous exception from the current EL is taken to (without EL2 traps). */
export function syncTargetEL(cpu: Cpu): number {
  if (cpu.el === 2) return 2;
  if (cpu.el === 0 && hcrTGE(cpu)) return 2;
  return 1;
}

export function smcTrapsToEl2(cpu: Cpu): boolean {
  return cpu.el === 1 && cpu.model.el2 && (hcr(cpu) & HCR_TSC) !== 0;
}

export function hvcEnabled(cpu: Cpu): boolean {
  return cpu.model.el2 && cpu.el >= 1 && (hcr(cpu) & HCR_HCD) === 0;
}

/**
 * Takes an exception to `targetEL`: saves PSTATE and the return address, writes the
 * syndrome (and FAR when `hasFar`), masks interrupts and jumps to the vector. Returns
 * false, changing nothing, when VBAR_ELx is still 0 (the guest installed no vectors) and
 * the vector is not in RAM: the caller reports the original problem instead of looping.
 * Vectors the guest did install are entered even if they cannot be fetched, as on
 * hardware: the PE then faults at the vector, and ExceptionLoop stops it with a report.
 */
export function enterException(
  cpu: Cpu,
  targetEL: number,
  vectorType: number,
  esr: number,
  retLo: number,
  retHi: number,
  hasFar: boolean,
  farLo: number,
  farHi: number,
): boolean {
  const r = REGS[targetEL - 1];
  const v = cpu.sys.values;
  const vecLo = vectorLo(cpu, targetEL, vectorType);
  const vecHi = v[2 * r.vbar + 1];
  if (v[2 * r.vbar] === 0 && vecHi === 0 && !cpu.isExecutable(vecLo | 0, vecHi)) return false;
  const fromEL = cpu.el;
  v[2 * r.spsr] = cpu.getPstate() | 0;
  v[2 * r.spsr + 1] = 0;
  v[2 * r.elr] = retLo;
  v[2 * r.elr + 1] = retHi;
  if (vectorType === VECTOR_SYNC) {
    v[2 * r.esr] = esr;
    v[2 * r.esr + 1] = 0;
    if (hasFar) {
      v[2 * r.far] = farLo;
      v[2 * r.far + 1] = farHi;
    }
  }
  cpu.selectStack(targetEL, 1);
  cpu.daif = 0xf;
  // SPSR.SS got PSTATE.SS above; the handler starts with it clear.
  cpu.pstateSS = 0;
  cpu.selfDebug.clearStepped();
  cpu.pcLo = vecLo | 0;
  cpu.pcHi = vecHi;
  const hooks = cpu.guestHooks;
  if (hooks !== null && targetEL === 2 && fromEL < 2 && inGuestRegime(cpu)) hooks.exit(cpu);
  return true;
}

/** Bits 31:0 of the vector an exception of `vectorType` taken to `targetEL` from the current EL goes to (bits 63:32: VBAR_ELx's). */
function vectorLo(cpu: Cpu, targetEL: number, vectorType: number): number {
  const base = cpu.el === targetEL ? (cpu.spSel === 0 ? VECTOR_CURRENT_SP0 : VECTOR_CURRENT_SPX) : VECTOR_LOWER_A64;
  return (cpu.sys.values[2 * REGS[targetEL - 1].vbar] & ~0x7ff) + base + vectorType;
}

/** Synchronous exceptions in a row at their own vector, without progress, that stop the PE. */
export const EXCEPTION_LOOP_LIMIT = 8;

/**
 * Watches for a PE that faults forever at its own vector (vectors unmapped, not
 * executable, or holding undefined instructions): QEMU and hardware loop there silently.
 * A synchronous exception whose return address is the vector the previous one went to,
 * with no instruction retired since, extends a run; the run's first exception (the one
 * that sent the PE there) is kept for the report.
 */
export class ExceptionLoop {
  private retired = -1;
  private vecLo = 0;
  private vecHi = 0;
  /** Exceptions in the current run (1 for an exception that is not a repeat). */
  count = 0;
  firstEsr = 0;
  firstElrLo = 0;
  firstElrHi = 0;
  firstEl = 0;

  /** Notes a synchronous exception about to be taken to `targetEL`; true when the PE loops. */
  stuck(cpu: Cpu, targetEL: number, esr: number, retLo: number, retHi: number): boolean {
    if (cpu.retired === this.retired && retLo === this.vecLo && retHi === this.vecHi) this.count++;
    else {
      this.count = 1;
      this.firstEsr = esr;
      this.firstElrLo = retLo;
      this.firstElrHi = retHi;
      this.firstEl = cpu.el;
    }
    this.retired = cpu.retired;
    this.vecLo = vectorLo(cpu, targetEL, VECTOR_SYNC) | 0;
    this.vecHi = cpu.sys.values[2 * REGS[targetEL - 1].vbar + 1];
    return this.count > EXCEPTION_LOOP_LIMIT;
  }
}

/** Builds an ESR value: IL = 1 (32-bit instructions; RES1 for the other classes). */
export function syndrome(ec: number, iss: number): number {
  return ((ec << 26) | (1 << 25) | (iss & 0x1ff_ffff)) | 0;
}

/**
 * ERET: returns to the EL and PC saved in SPSR_ELx/ELR_ELx. An illegal return (to a
 * higher EL, to AArch32, or to EL2 without it) keeps the EL and takes an Illegal
 * Execution State exception at the return address, as PSTATE.IL would.
 */
export function exceptionReturn(cpu: Cpu, insn: number): void {
  if (cpu.el === 0) cpu.undefinedInstruction(insn);
  const r = REGS[cpu.el - 1];
  const v = cpu.sys.values;
  const spsr = v[2 * r.spsr];
  const lo = v[2 * r.elr];
  const hi = v[2 * r.elr + 1];
  const el = (spsr >>> 2) & 3;
  cpu.exclusiveAddr = -1;
  const illegal =
    (spsr & 0x10) !== 0 || el > cpu.el || (el === 2 && !cpu.model.el2) || (el === 1 && cpu.el === 2 && hcrTGE(cpu));
  if (illegal) {
    cpu.pcLo = lo;
    cpu.pcHi = hi;
    cpu.insnLo = lo;
    cpu.insnHi = hi;
    cpu.syncException(EC.ILLEGAL_STATE, 0, false);
  }
  const fromEL = cpu.el;
  const ss = cpu.selfDebug.returnSS(spsr, el);
  const hooks = cpu.guestHooks;
  if (hooks !== null && fromEL === 2 && el < 2) hooks.leavingEl2(cpu);
  cpu.setPstate(spsr); // as read (int32): setPstate takes bits only, and an unsigned value past 2^31 would be a heap number
  cpu.pstateSS = ss;
  cpu.eretDone = true;
  cpu.selfDebug.clearStepped();
  cpu.pcLo = lo;
  cpu.pcHi = hi;
  if (hooks !== null && fromEL === 2 && cpu.el < 2 && inGuestRegime(cpu)) hooks.entry(cpu);
}
