// The Arm generic timer: per PE, the EL1 physical timer (CNTP_*), the EL1 virtual timer
// (CNTV_*, offset by CNTVOFF_EL2), the EL2 physical timer (CNTHP_*) and the EL2 virtual
// timer (CNTHV_*, FEAT_VHE), with CNTKCTL_EL1 and CNTHCTL_EL2.
//
// Time is instructions: the system counter is a function `now()` returning ticks of the
// 62.5 MHz counter (the board counts retired instructions, plus any time it skipped while
// every PE waited in WFI). Each timer's output is a level on an IrqLine that the board
// connects to the PE's GIC redistributor PPI (30, 27, 26, 28).
//
// Levels change only when the board calls update() (or when a timer register is written),
// so the board runs each slice up to nextEventTicks() at most and then calls update(); the
// register views (ISTATUS, TVAL, the counters) are always computed from now() directly.
//
// 64-bit values are (lo, hi) pairs of uint32 numbers; nothing on the register read paths
// allocates. Register access traps (CNTKCTL_EL1/CNTHCTL_EL2) are decided by timerTrap(),
// which the owner of the trap logic calls before the access.

import { out } from '../cpu/bits.ts';
import { IrqLine } from '../irq/line.ts';

/** Timer index within a PE. */
export const enum Tmr {
  /** EL1 physical timer, CNTP_*_EL0. */
  Phys = 0,
  /** EL1 virtual timer, CNTV_*_EL0 (count = physical count - CNTVOFF_EL2). */
  Virt = 1,
  /** EL2 physical timer, CNTHP_*_EL2. */
  HypPhys = 2,
  /** EL2 virtual timer, CNTHV_*_EL2 (FEAT_VHE; count = physical count, offset 0). */
  HypVirt = 3,
}

export const TIMER_COUNT = 4;
/** GIC INTID (PPI) of each timer's output, indexed by Tmr. */
export const TIMER_PPI: readonly number[] = [30, 27, 26, 28];
export const TIMER_NAMES: readonly string[] = ['phys', 'virt', 'hyp-phys', 'hyp-virt'];

/** The architected counter frequency (ZVM and QEMU: 62.5 MHz). */
export const COUNTER_HZ = 62_500_000;

/** CNTx_CTL bits. */
export const CTL_ENABLE = 1;
export const CTL_IMASK = 2;
export const CTL_ISTATUS = 4;

const TWO32 = 4294967296;
/** Deltas at or above 2^53 ticks (~4.5 years at 62.5 MHz) are "never". */
const TWO21 = 2097152;

/** CNTKCTL_EL1 fields (also CNTHCTL_EL2's low bits when HCR_EL2.E2H = 1). */
export const CNTKCTL = {
  EL0PCTEN: 1 << 0,
  EL0VCTEN: 1 << 1,
  EVNTEN: 1 << 2,
  EVNTDIR: 1 << 3,
  /** EVNTI, bits 7:4. */
  EVNTI_SHIFT: 4,
  EL0VTEN: 1 << 8,
  EL0PTEN: 1 << 9,
} as const;

/** CNTHCTL_EL2 fields. With E2H = 0 only EL1PCTEN (bit 0) and EL1PCEN (bit 1) and the event
 * stream exist; with E2H = 1 the layout is CNTKCTL_EL1's plus EL1PCTEN at 10, EL1PTEN at 11. */
export const CNTHCTL = {
  /** E2H = 0: EL0/EL1 accesses to CNTPCT_EL0 not trapped. */
  EL1PCTEN_NVHE: 1 << 0,
  /** E2H = 0: EL0/EL1 accesses to the EL1 physical timer not trapped. */
  EL1PCEN_NVHE: 1 << 1,
  /** E2H = 1 (and TGE = 0 for EL0): EL0/EL1 accesses to CNTPCT_EL0 not trapped. */
  EL1PCTEN_VHE: 1 << 10,
  /** E2H = 1: EL0/EL1 accesses to the EL1 physical timer not trapped. */
  EL1PTEN_VHE: 1 << 11,
} as const;

/** What a trapped-or-not counter/timer access is to. */
export const enum TimerAccess {
  /** CNTPCT_EL0 (and CNTFRQ_EL0 at EL0 follows either counter enable; see timerTrap). */
  PhysCounter = 0,
  /** CNTVCT_EL0. */
  VirtCounter = 1,
  /** CNTP_CTL/CVAL/TVAL_EL0. */
  PhysTimer = 2,
  /** CNTV_CTL/CVAL/TVAL_EL0. */
  VirtTimer = 3,
  /** CNTFRQ_EL0 read (EL0 needs EL0PCTEN or EL0VCTEN). */
  Frequency = 4,
}

/** The PE state timerTrap() needs: current EL, whether EL2 exists, HCR_EL2.E2H/TGE. */
export interface TrapContext {
  el: number;
  el2: boolean;
  e2h: boolean;
  tge: boolean;
}

/**
 * Where an access to a counter or EL0 timer register from `ctx.el` goes (Arm ARM, the
 * CNTPCT_EL0/CNTVCT_EL0/CNTP_* /CNTV_* access pseudocode, without FEAT_ECV):
 * 0 = allowed, 1 = trap to EL1, 2 = trap to EL2 (both reported with EC 0x18, the MSR/MRS
 * trap syndrome). Accesses to the EL2 registers are not covered here (plain minEL 2).
 */
export function timerTrap(t: TimerForPe, access: TimerAccess, ctx: TrapContext): 0 | 1 | 2 {
  const { el, el2, e2h, tge } = ctx;
  if (el >= 2) return 0;
  const hostEl0 = el === 0 && el2 && e2h && tge;
  const k = t.cntkctl;
  const h = el2 ? t.cnthctl : -1; // without EL2 the EL2 controls act as "enabled"
  if (el === 0) {
    // First the EL0 enables: CNTKCTL_EL1, or CNTHCTL_EL2 in the EL2&0 regime.
    const ctl = hostEl0 ? h : k;
    let ok: boolean;
    switch (access) {
      case TimerAccess.PhysCounter:
        ok = (ctl & CNTKCTL.EL0PCTEN) !== 0;
        break;
      case TimerAccess.VirtCounter:
        ok = (ctl & CNTKCTL.EL0VCTEN) !== 0;
        break;
      case TimerAccess.PhysTimer:
        ok = (ctl & CNTKCTL.EL0PTEN) !== 0;
        break;
      case TimerAccess.VirtTimer:
        ok = (ctl & CNTKCTL.EL0VTEN) !== 0;
        break;
      case TimerAccess.Frequency:
        ok = (ctl & (CNTKCTL.EL0PCTEN | CNTKCTL.EL0VCTEN)) !== 0;
        break;
    }
    if (!ok) return hostEl0 || (el2 && tge) ? 2 : 1;
    if (hostEl0) return 0;
  }
  // Then the EL2 controls over EL1&0 accesses to the physical counter and timer.
  if (!el2) return 0;
  if (access === TimerAccess.PhysCounter) {
    const bit = e2h ? CNTHCTL.EL1PCTEN_VHE : CNTHCTL.EL1PCTEN_NVHE;
    return (h & bit) === 0 ? 2 : 0;
  }
  if (access === TimerAccess.PhysTimer) {
    const bit = e2h ? CNTHCTL.EL1PTEN_VHE : CNTHCTL.EL1PCEN_NVHE;
    return (h & bit) === 0 ? 2 : 0;
  }
  return 0;
}

/** The generic timers of one PE. */
export class TimerForPe {
  /** Output of each timer (index Tmr), a level for the GIC PPI TIMER_PPI[t]. */
  readonly irq: readonly IrqLine[];
  /**
   * Called after software reprograms a timer: the board sizes its time slices by the next
   * timer event, so the running PE must end its slice for a new deadline to be honoured.
   */
  onProgrammed: (() => void) | null = null;
  /** CNTKCTL_EL1 (stored as written, bits 9:0). */
  cntkctl = 0;
  /** CNTHCTL_EL2 (stored as written; interpret with e2h, see CNTHCTL). */
  cnthctl = 0;
  /** CNTVOFF_EL2, low and high halves (uint32). */
  cntvoffLo = 0;
  cntvoffHi = 0;
  /** CTL (ENABLE | IMASK, ISTATUS is computed), CVAL halves, per timer. */
  private readonly ctlBits = new Uint8Array(TIMER_COUNT);
  private readonly cvalLo = new Uint32Array(TIMER_COUNT);
  private readonly cvalHi = new Uint32Array(TIMER_COUNT);
  /** Tick (in now() time) at which each timer's output next changes; Infinity = never. */
  private readonly deadline = new Float64Array(TIMER_COUNT);
  /** Scratch for count(): low half, high half. */
  private cLo = 0;
  private cHi = 0;

  constructor(
    readonly now: () => number,
    readonly index = 0,
  ) {
    this.irq = TIMER_NAMES.map((n) => new IrqLine(`cpu${index}.timer.${n}`));
    this.reset();
  }

  /** Warm reset: all timers disabled, offsets and controls zero. */
  reset(): void {
    this.cntkctl = 0;
    this.cnthctl = 0;
    this.cntvoffLo = 0;
    this.cntvoffHi = 0;
    this.ctlBits.fill(0);
    this.cvalLo.fill(0);
    this.cvalHi.fill(0);
    this.update();
  }

  // ---- counts -----------------------------------------------------------------------

  /** Computes timer t's count (physical, or physical - CNTVOFF for Tmr.Virt) into cLo/cHi. */
  private count(t: number): void {
    const now = this.now();
    const lo = now >>> 0;
    const hi = Math.floor(now / TWO32) >>> 0;
    if (t === Tmr.Virt) this.sub(lo, hi, this.cntvoffLo, this.cntvoffHi);
    else {
      this.cLo = lo;
      this.cHi = hi;
    }
  }

  private sub(aLo: number, aHi: number, bLo: number, bHi: number): void {
    const borrow = aLo >>> 0 < bLo >>> 0 ? 1 : 0;
    this.cLo = (aLo - bLo) >>> 0;
    this.cHi = (aHi - bHi - borrow) >>> 0;
  }

  /** CNTPCT_EL0: returns the low half, high half in out.hi. */
  readPhysicalCount(): number {
    this.count(Tmr.Phys);
    out.hi = this.cHi | 0;
    return this.cLo | 0;
  }

  /**
   * CNTVCT_EL0: physical count - CNTVOFF_EL2, or the physical count when `noOffset` (reads
   * at EL2 with HCR_EL2.E2H = 1, or at EL0 with E2H = TGE = 1). Low half; high in out.hi.
   */
  readVirtualCount(noOffset = false): number {
    this.count(noOffset ? Tmr.Phys : Tmr.Virt);
    out.hi = this.cHi | 0;
    return this.cLo | 0;
  }

  // ---- timer registers ---------------------------------------------------------------

  /** The timer condition (count >= CVAL, unsigned 64-bit) at the current time. */
  private condition(t: number): boolean {
    this.count(t);
    const ch = this.cHi;
    const vh = this.cvalHi[t];
    return ch > vh || (ch === vh && this.cLo >= this.cvalLo[t]);
  }

  /** CNTx_CTL: ENABLE, IMASK and ISTATUS (0 while disabled, whatever IMASK says). */
  readCtl(t: Tmr): number {
    const c = this.ctlBits[t];
    if ((c & CTL_ENABLE) !== 0 && this.condition(t)) return c | CTL_ISTATUS;
    return c;
  }

  writeCtl(t: Tmr, value: number): void {
    this.ctlBits[t] = value & (CTL_ENABLE | CTL_IMASK);
    this.refresh(t);
    this.onProgrammed?.();
  }

  /** CNTx_CVAL: low half, high half in out.hi. */
  readCval(t: Tmr): number {
    out.hi = this.cvalHi[t] | 0;
    return this.cvalLo[t] | 0;
  }

  writeCval(t: Tmr, lo: number, hi: number): void {
    this.cvalLo[t] = lo >>> 0;
    this.cvalHi[t] = hi >>> 0;
    this.refresh(t);
    this.onProgrammed?.();
  }

  /** CNTx_TVAL: (CVAL - count) as a signed 32-bit value (an int32). */
  readTval(t: Tmr): number {
    this.count(t);
    return (this.cvalLo[t] - this.cLo) | 0;
  }

  /** Writing TVAL sets CVAL = count + SignExtend(value<31:0>). */
  writeTval(t: Tmr, value: number): void {
    this.count(t);
    const sum = this.cLo + (value | 0);
    const carry = Math.floor(sum / TWO32); // -1, 0 or 1
    this.cvalLo[t] = sum >>> 0;
    this.cvalHi[t] = (this.cHi + carry) >>> 0;
    this.refresh(t);
    this.onProgrammed?.();
  }

  /** CNTVOFF_EL2 write: moves the virtual count and so the virtual timer's deadline. */
  writeCntvoff(lo: number, hi: number): void {
    this.cntvoffLo = lo >>> 0;
    this.cntvoffHi = hi >>> 0;
    this.refresh(Tmr.Virt);
    this.onProgrammed?.();
  }

  /** Convenience for tests and tools: the 64-bit views as BigInt. */
  cval(t: Tmr): bigint {
    return (BigInt(this.cvalHi[t]) << 32n) | BigInt(this.cvalLo[t]);
  }

  setCval(t: Tmr, v: bigint): void {
    this.writeCval(t, Number(v & 0xffff_ffffn), Number((v >> 32n) & 0xffff_ffffn));
  }

  get cntvoff(): bigint {
    return (BigInt(this.cntvoffHi) << 32n) | BigInt(this.cntvoffLo);
  }

  set cntvoff(v: bigint) {
    this.writeCntvoff(Number(v & 0xffff_ffffn), Number((v >> 32n) & 0xffff_ffffn));
  }

  // ---- outputs and events ------------------------------------------------------------

  /** The output level of timer t now: ENABLE && !IMASK && ISTATUS. */
  level(t: Tmr): boolean {
    return this.ctlBits[t] === CTL_ENABLE && this.condition(t);
  }

  /** Re-evaluates every output at now() and drives the IRQ lines. */
  update(): void {
    for (let t = 0; t < TIMER_COUNT; t++) this.refresh(t);
  }

  /**
   * The earliest tick (in now() time) at which some output of this PE changes level:
   * a timer reaching its compare value, or (rarely) a virtual count wrapping past 2^64.
   * Infinity when no enabled, unmasked timer will change. A value <= now() means update()
   * is due.
   */
  nextEventTicks(): number {
    const d = this.deadline;
    return Math.min(d[0], d[1], d[2], d[3]);
  }

  private refresh(t: number): void {
    const c = this.ctlBits[t];
    if (c !== CTL_ENABLE) {
      this.deadline[t] = Infinity;
      this.irq[t].set(false);
      return;
    }
    const now = this.now();
    const met = this.condition(t); // leaves the count in cLo/cHi
    this.irq[t].set(met);
    let dLo: number;
    let dHi: number;
    if (!met) {
      // Ticks until count reaches CVAL: CVAL - count (> 0).
      this.sub(this.cvalLo[t], this.cvalHi[t], this.cLo, this.cHi);
      dLo = this.cLo;
      dHi = this.cHi;
    } else {
      // Ticks until the count wraps to 0: 2^64 - count (only finite for an offset count).
      this.sub(0, 0, this.cLo, this.cHi);
      dLo = this.cLo;
      dHi = this.cHi;
      if (dLo === 0 && dHi === 0) dHi = TWO32; // count 0 never wraps soon
    }
    this.deadline[t] = dHi >= TWO21 ? Infinity : now + dHi * TWO32 + dLo;
  }
}

/** The generic timers of all PEs sharing one system counter. */
export class GenericTimer {
  readonly pes: TimerForPe[];

  constructor(
    cpus: number,
    readonly now: () => number,
  ) {
    this.pes = [];
    for (let i = 0; i < cpus; i++) this.pes.push(new TimerForPe(now, i));
  }

  reset(): void {
    for (const p of this.pes) p.reset();
  }

  /** Re-evaluates every output; call when now() >= nextEventTicks(). */
  update(): void {
    for (const p of this.pes) p.update();
  }

  /** The earliest future tick at which any timer output changes (Infinity if none). */
  nextEventTicks(): number {
    let m = Infinity;
    for (const p of this.pes) {
      const n = p.nextEventTicks();
      if (n < m) m = n;
    }
    return m;
  }
}
