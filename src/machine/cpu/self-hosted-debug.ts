// The guest's own (self-hosted) debug: hardware breakpoints (DBGBCR<n>_EL1/DBGBVR<n>_EL1),
// watchpoints (DBGWCR<n>_EL1/DBGWVR<n>_EL1), software step (MDSCR_EL1.SS with PSTATE.SS),
// the OS lock and OS double lock, and the routing of debug exceptions to EL1 or EL2
// (MDCR_EL2.TDE, HCR_EL2.TGE). Names follow the Arm ARM (D2 "AArch64 Self-hosted Debug"
// and the pseudocode of AArch64.BreakpointMatch, WatchpointMatch, StateMatch,
// GenerateDebugExceptionsFrom, DebugExceptionReturnSS).
//
// None of this is on the hot path: `armed` is recomputed when a debug register is written
// (SysRegFile.writeIndex ends the run slice then), and only while it is set does the PE
// run instruction by instruction (Cpu.runSelfDebug) and send data accesses through the
// checked path. The debugger's own breakpoints and watchpoints (debug-points.ts) are a
// different mechanism and never raise guest exceptions.

import type { Cpu } from './cpu.ts';
import { SYSREG } from './sysregs.ts';
import { hcrTGE, syndrome } from './exceptions.ts';

/** ID_AA64DFR0_EL1: BRPs + 1 breakpoints, WRPs + 1 watchpoints, CTX_CMPs + 1 context-aware (the highest). */
export const BREAKPOINTS = 6;
export const WATCHPOINTS = 4;
export const CONTEXT_BREAKPOINTS = 1;

/** Debug exception classes (ESR_ELx.EC): the lower-EL value; + 1 for the same EL. */
export const EC_BREAKPOINT_LOWER = 0x30;
export const EC_SOFTWARE_STEP_LOWER = 0x32;
export const EC_WATCHPOINT_LOWER = 0x34;
/** The fault status code of debug exceptions (IFSC/DFSC "debug exception"). */
const FSC_DEBUG = 0x22;

const MDSCR_SS = 1;
const MDSCR_KDE = 1 << 13;
const MDSCR_MDE = 1 << 15;
const MDCR_TDE = 1 << 8;
const MDCR_TDA = 1 << 9;
const MDCR_TDOSA = 1 << 10;
const MDCR_TDRA = 1 << 11;
const OSLSR_OSLK = 1 << 1;
const DBGPRCR_CORENPDRQ = 1;
const PSTATE_D = 8; // within Cpu.daif
const SPSR_D = 1 << 9;
const HCR_E2H_HI = 1 << 2; // HCR_EL2.E2H, bit 34: bit 2 of the high half
const HCR_VM = 1;

const R = SYSREG;
const BVR = [R.DBGBVR0_EL1, R.DBGBVR1_EL1, R.DBGBVR2_EL1, R.DBGBVR3_EL1, R.DBGBVR4_EL1, R.DBGBVR5_EL1];
const BCR = [R.DBGBCR0_EL1, R.DBGBCR1_EL1, R.DBGBCR2_EL1, R.DBGBCR3_EL1, R.DBGBCR4_EL1, R.DBGBCR5_EL1];
const WVR = [R.DBGWVR0_EL1, R.DBGWVR1_EL1, R.DBGWVR2_EL1, R.DBGWVR3_EL1];
const WCR = [R.DBGWCR0_EL1, R.DBGWCR1_EL1, R.DBGWCR2_EL1, R.DBGWCR3_EL1];

/**
 * The rows MDCR_EL2.TDA, TDOSA and TDRA trap at EL1 (and EL0 where accessible), as the MDCR
 * bit that traps them; TDE = 1 makes all three act as 1.
 */
export function debugTrapBit(name: string): number {
  if (name === 'MDRAR_EL1') return MDCR_TDRA;
  if (['OSLAR_EL1', 'OSLSR_EL1', 'OSDLR_EL1', 'DBGPRCR_EL1'].includes(name)) return MDCR_TDOSA;
  if (/^(MDSCR_EL1|MDCCINT_EL1|MDCCSR_EL0|DBG[BW][CV]R\d_EL1|DBGCLAIM(SET|CLR)_EL1|DBGAUTHSTATUS_EL1)$/.test(name)) return MDCR_TDA;
  return 0;
}

/** Whether an access from EL0/EL1 to a register of trap class `bit` (debugTrapBit) traps to EL2 now. */
export function debugAccessTraps(cpu: Cpu, bit: number): boolean {
  const mdcr = cpu.sys.values[2 * R.MDCR_EL2];
  return (mdcr & (bit | MDCR_TDE)) !== 0 || hcrTGE(cpu);
}

export class SelfHostedDebug {
  /** Some breakpoint is enabled or MDSCR_EL1.SS is set: the PE runs instruction by instruction (Cpu.runSelfDebug). */
  armed = false;
  /** Enabled breakpoints (DBGBCR<n>.E) as a bit mask. */
  bpEnabled = 0;
  /** Enabled watchpoints (DBGWCR<n>.E) as a bit mask; non-zero sends data accesses through the checked path. */
  wpEnabled = 0;
  /** MDSCR_EL1.SS. */
  ssEnabled = false;
  /**
   * Set when the instruction just stepped completed (PSTATE.SS went 1 -> 0): the step
   * exception then reports ISV = 1 and EX (a load-exclusive was stepped). Cleared by
   * ERET and by exceptions, after which a pending step reports ISV = 0 (as QEMU does).
   * PE state between instructions (a snapshot keeps them with Cpu.pstateSS).
   */
  steppedIsv = false;
  steppedEx = false;

  constructor(private readonly cpu: Cpu) {}

  /** Re-reads the enable bits (after a write to MDSCR_EL1, DBGBCR<n>_EL1 or DBGWCR<n>_EL1, or a reset/restore). */
  update(): void {
    const v = this.cpu.sys.values;
    let b = 0;
    for (let n = 0; n < BREAKPOINTS; n++) if ((v[2 * BCR[n]] & 1) !== 0) b |= 1 << n;
    let w = 0;
    for (let n = 0; n < WATCHPOINTS; n++) if ((v[2 * WCR[n]] & 1) !== 0) w |= 1 << n;
    this.bpEnabled = b;
    this.wpEnabled = w;
    this.ssEnabled = (v[2 * R.MDSCR_EL1] & MDSCR_SS) !== 0;
    this.armed = b !== 0 || this.ssEnabled;
  }

  /** The EL debug exceptions are taken to: EL2 when MDCR_EL2.TDE or HCR_EL2.TGE route them there. */
  target(): number {
    const cpu = this.cpu;
    if (!cpu.model.el2) return 1;
    return (cpu.sys.values[2 * R.MDCR_EL2] & MDCR_TDE) !== 0 || hcrTGE(cpu) ? 2 : 1;
  }

  /** AArch64.GenerateDebugExceptionsFrom(from, mask): the OS lock, double lock, KDE and PSTATE.D. */
  enabledFrom(from: number, dMasked: boolean): boolean {
    const v = this.cpu.sys.values;
    if ((v[2 * R.OSLSR_EL1] & OSLSR_OSLK) !== 0) return false;
    if ((v[2 * R.OSDLR_EL1] & 1) !== 0 && (v[2 * R.DBGPRCR_EL1] & DBGPRCR_CORENPDRQ) === 0) return false;
    const target = this.target();
    if (from === target) return (v[2 * R.MDSCR_EL1] & MDSCR_KDE) !== 0 && !dMasked;
    return target > from;
  }

  /** Debug exceptions can be generated at the current EL with the current PSTATE.D. */
  enabled(): boolean {
    return this.enabledFrom(this.cpu.el, (this.cpu.daif & PSTATE_D) !== 0);
  }

  // ---- software step -------------------------------------------------------------------

  /** Software step is active (MDSCR_EL1.SS and debug exceptions enabled here). */
  stepActive(): boolean {
    return this.ssEnabled && this.enabled();
  }

  /** After an instruction stepped in the active-not-pending state completed (not by ERET or an exception). */
  stepped(insn: number): void {
    this.cpu.pstateSS = 0;
    this.steppedIsv = true;
    // LDXR, LDAXR, LDXP, LDAXP: size 001000 o2=0 L=1 (o1 either), ESR.ISS.EX = 1.
    this.steppedEx = (insn & 0x3fc00000) === 0x08400000;
  }

  /** After a stepped ERET (it set PSTATE.SS itself): the pending step reports ISV = 1, as QEMU does. */
  steppedEret(): void {
    this.steppedIsv = true;
    this.steppedEx = false;
  }

  /** After ERET or an exception: a step now pending did not come from a completed instruction. */
  clearStepped(): void {
    this.steppedIsv = false;
    this.steppedEx = false;
  }

  /** Takes the Software Step exception of the active-pending state at PC (ELR = PC). */
  takeStep(): never {
    const cpu = this.cpu;
    const target = this.target();
    const isv = this.steppedIsv;
    const iss = (isv ? 1 << 24 : 0) | (isv && this.steppedEx ? 1 << 6 : 0) | FSC_DEBUG;
    this.clearStepped();
    cpu.insnLo = cpu.pcLo;
    cpu.insnHi = cpu.pcHi;
    return cpu.syncException(EC_SOFTWARE_STEP_LOWER + (target === cpu.el ? 1 : 0), iss, false, target);
  }

  /**
   * DebugExceptionReturnSS: the PSTATE.SS an ERET with `spsr` (to EL `dest`) sets: SPSR.SS
   * when software step is enabled at the destination but not at the EL returning.
   */
  returnSS(spsr: number, dest: number): number {
    if (!this.ssEnabled) return 0;
    const atSource = this.enabled();
    const atDest = this.enabledFrom(dest, (spsr & SPSR_D) !== 0);
    return !atSource && atDest ? (spsr >>> 21) & 1 : 0;
  }

  // ---- breakpoints -----------------------------------------------------------------------

  /**
   * AArch64.CheckBreakpoint for the instruction at PC: takes the Breakpoint exception when an
   * enabled breakpoint matches and MDSCR_EL1.MDE is set (the caller checked `enabled()` is
   * wanted: this checks it too). Returns when nothing fires.
   */
  checkBreakpoint(): void {
    const cpu = this.cpu;
    if (this.bpEnabled === 0) return;
    const v = cpu.sys.values;
    if ((v[2 * R.MDSCR_EL1] & MDSCR_MDE) === 0 || !this.enabled()) return;
    const pcLo = cpu.pcLo;
    const pcHi = cpu.pcHi;
    for (let n = 0; n < BREAKPOINTS; n++) {
      if ((this.bpEnabled & (1 << n)) === 0) continue;
      const bcr = v[2 * BCR[n]];
      const bt = (bcr >>> 20) & 15;
      if (!stateMatch(cpu, bcr, (bcr >>> 1) & 3, cpu.el !== 0)) continue;
      // Address match (BT 0b000x): PC bits 48:2 against DBGBVR (bits 63:49 sign-extend bit 48).
      if (bt === 0 || bt === 1) {
        if (((bcr >>> 5) & 15) === 0) continue; // BAS = 0: no instruction matches
        if ((pcLo & ~3) !== (v[2 * BVR[n]] & ~3) || pcHi !== sext49(v[2 * BVR[n] + 1])) continue;
        if (bt === 1 && !this.contextMatches((bcr >>> 16) & 15, true)) continue;
      } else if ((bt & 1) !== 0 || !this.contextMatches(n, false)) continue; // linked context types fire only through a link
      // Translation first: an instruction abort at PC has priority over the breakpoint.
      if (cpu.mmu.on) cpu.mmu.fetch(pcLo, pcHi);
      const target = this.target();
      cpu.insnLo = pcLo;
      cpu.insnHi = pcHi;
      this.clearStepped();
      // FAR is UNKNOWN for breakpoints; QEMU writes 0.
      cpu.abort(target, syndrome(EC_BREAKPOINT_LOWER + (target === cpu.el ? 1 : 0), FSC_DEBUG), 0, 0);
    }
  }

  /**
   * Whether context-aware breakpoint `n` matches the current context (CONTEXTIDR, VMID):
   * `linkedTo` for the target of a link (it must be of a linked type then, 0bxxx1).
   */
  private contextMatches(n: number, linkedTo: boolean): boolean {
    const cpu = this.cpu;
    if (n >= BREAKPOINTS || n < BREAKPOINTS - CONTEXT_BREAKPOINTS || (this.bpEnabled & (1 << n)) === 0) return false;
    const v = cpu.sys.values;
    const bcr = v[2 * BCR[n]];
    const bt = (bcr >>> 20) & 15;
    if (linkedTo !== ((bt & 1) === 1) || (bt & 0b1110) === 0) return false;
    if (linkedTo && !stateMatch(cpu, bcr, (bcr >>> 1) & 3, cpu.el !== 0)) return false;
    const el2 = cpu.model.el2;
    const hcrLo = el2 ? v[2 * R.HCR_EL2] : 0;
    const e2h = el2 && (v[2 * R.HCR_EL2 + 1] & HCR_E2H_HI) !== 0;
    const inHost = e2h && (cpu.el === 2 || (cpu.el === 0 && hcrTGE(cpu)));
    const bvrLo = v[2 * BVR[n]];
    const bvrHi = v[2 * BVR[n] + 1];
    const guest = cpu.el < 2 && !inHost;
    switch (bt >>> 1) {
      case 0b001: // CONTEXTIDR_EL1 (or CONTEXTIDR_EL2 in the host)
        return inHost ? v[2 * R.CONTEXTIDR_EL2] === bvrLo : guest && v[2 * R.CONTEXTIDR_EL1] === bvrLo;
      case 0b100: // VMID
        return guest && el2 && (hcrLo & HCR_VM) !== 0 && ((v[2 * R.VTTBR_EL2 + 1] >>> 16) & 0xff) === (bvrHi & 0xff);
      case 0b101: // VMID and CONTEXTIDR_EL1
        return guest && el2 && (hcrLo & HCR_VM) !== 0 && ((v[2 * R.VTTBR_EL2 + 1] >>> 16) & 0xff) === (bvrHi & 0xff) && v[2 * R.CONTEXTIDR_EL1] === bvrLo;
      default:
        return false; // CONTEXTIDR_EL2 types (FEAT_VHE debug) and reserved values
    }
  }

  // ---- watchpoints -----------------------------------------------------------------------

  /**
   * AArch64.CheckWatchpoint for a data access of `size` bytes at VA (lo, hi), after it
   * translated: takes the Watchpoint exception (FAR = the first watched byte the access
   * touches, as QEMU reports it) when one matches. `cm`: a cache maintenance instruction.
   */
  checkWatchpoint(lo: number, hi: number, size: number, write: boolean, cm: boolean): void {
    const cpu = this.cpu;
    const v = cpu.sys.values;
    if ((v[2 * R.MDSCR_EL1] & MDSCR_MDE) === 0 || !this.enabled()) return;
    const priv = cpu.el !== 0 && !cpu.unprivilegedAccess;
    const start = lo >>> 0;
    for (let n = 0; n < WATCHPOINTS; n++) {
      if ((this.wpEnabled & (1 << n)) === 0) continue;
      const wcr = v[2 * WCR[n]];
      if ((((wcr >>> 3) & 3) & (write ? 2 : 1)) === 0) continue; // LSC
      if (!stateMatch(cpu, wcr, (wcr >>> 1) & 3, priv)) continue;
      // The watched bytes, as one range: with MASK, 2^MASK bytes at the aligned DBGWVR;
      // else the first run of bytes BAS selects in the doubleword (word when DBGWVR bit 2 is set).
      let wLo = v[2 * WVR[n]];
      const wHi = sext49(v[2 * WVR[n] + 1]);
      if (wHi !== hi) continue;
      const mask = (wcr >>> 24) & 31;
      let len: number;
      if (mask !== 0) {
        if (mask < 3) continue; // reserved
        len = 2 ** mask;
        wLo &= ~(len - 1);
      } else {
        const word = (wLo & 4) !== 0;
        const bas = ((wcr >>> 5) & 0xff) & (word ? 0xf : 0xff);
        if (bas === 0) continue;
        const first = 31 - Math.clz32(bas & -bas);
        const run = bas >>> first;
        len = 31 - Math.clz32(~run & (run + 1)); // trailing ones of the run
        wLo = (wLo & (word ? ~3 : ~7)) + first;
      }
      const wStart = wLo >>> 0;
      if (!(start < wStart + len && wStart < start + size)) continue;
      if ((wcr & (1 << 20)) !== 0 && !this.contextMatches((wcr >>> 16) & 15, true)) continue;
      const farLo = Math.max(start, wStart) | 0;
      const target = this.target();
      this.clearStepped();
      const iss = (cm ? 1 << 8 : 0) | (write ? 1 << 6 : 0) | FSC_DEBUG;
      cpu.abort(target, syndrome(EC_WATCHPOINT_LOWER + (target === cpu.el ? 1 : 0), iss), farLo, hi);
    }
  }
}

/** DBGBVR/DBGWVR bits 63:49 are RESS: the high half sign-extended from bit 48 (bit 16 of the half). */
function sext49(hi: number): number {
  return (hi << 15) >> 15;
}

/**
 * AArch64.StateMatch without EL3 (Non-secure): SSC 0b10 (Secure only) never matches; at EL2
 * HMC = 1 or SSC = 0b11 is needed; at EL1 PxC bit 0, at EL0 (or an unprivileged access) bit 1.
 */
function stateMatch(cpu: Cpu, cr: number, pxc: number, priv: boolean): boolean {
  const ssc = (cr >>> 14) & 3;
  if (ssc === 2) return false;
  if (cpu.el === 2) return (cr & (1 << 13)) !== 0 || ssc === 3;
  return priv ? (pxc & 1) !== 0 : (pxc & 2) !== 0;
}

