// PMUv3: the cycle counter and six 32-bit event counters (PMCR_EL0.N = 6, as QEMU's
// cortex-a53 and max), counting the events QEMU counts with -icount: SW_INCR (0x00),
// INST_RETIRED (0x08) and CPU_CYCLES (0x11); CHAIN (0x1E, odd counters: the overflows of
// the even counter below); STALL_FRONTEND/STALL_BACKEND/STALL (0x23, 0x24, 0x3C) are
// advertised where QEMU advertises them and count nothing (no stalls here). Cycles are the
// generic counter's ticks: one per retired instruction, and time skipped while idle.
//
// Counters are kept lazily (a value and the source's reading when it was taken) and
// brought up to date whenever what they count could change: a write to a control, and
// every EL change (Cpu.controlsChanged), since the event filters depend on the EL. The
// overflow interrupt (PMUIRQ, PPI 7 = INTID 23 on virt) is a level on `irq`: the board
// runs a slice no further than nextEventTicks(), the earliest overflow of an event counter
// whose interrupt is enabled, then calls update(), as it does for the generic timers.

import { IrqLine } from '../irq/line.ts';
import { out } from './bits.ts';
import type { Cpu } from './cpu.ts';
import type { SysRegDef } from './sysregs.ts';

const PMCR_E = 1 << 0;
const PMCR_P = 1 << 1;
const PMCR_C = 1 << 2;
/** PMCR_EL0.LC: the cycle counter overflows at 2^64 rather than 2^32. */
const PMCR_LC = 1 << 6;
/** PMCR_EL0 bits software can write: E, P, C, D, X, DP, LC. */
const PMCR_WRITABLE = 0x7f;
/** Event counters (PMCR_EL0.N). */
export const PMU_COUNTERS = 6;
const PMCR_N = PMU_COUNTERS << 11;
const CYCLE_BIT = 1 << 31;
const COUNTER_BITS = (1 << PMU_COUNTERS) - 1;
/** PMSELR_EL0.SEL value that makes PMXEVTYPER_EL0 reach PMCCFILTR_EL0. */
const SEL_CYCLE = 31;

export const PMU_EVENT = { SW_INCR: 0x00, INST_RETIRED: 0x08, CPU_CYCLES: 0x11, CHAIN: 0x1e } as const;
/** PMEVTYPER<n>_EL0 bits kept: P, U, NSK, NSU, NSH, M (31:26) and evtCount[15:0]. */
const TYPER_WRITABLE = 0xfc00ffff | 0;
const FILTER_P = 1 << 31;
const FILTER_U = 1 << 30;
const FILTER_NSH = 1 << 27;

/** PMCR_EL0 at reset (IMP = Arm, IDCODE per core, N = 6) and PMCEID0/1_EL0 per model (QEMU 7.2's, with INST_RETIRED and CHAIN). */
const MODEL_PMU: Record<string, { pmcr: number; pmceid0: number; pmceid1: number }> = {
  'cortex-a53': { pmcr: 0x4103_0000 | PMCR_N, pmceid0: 0x4002_0101, pmceid1: 0 },
  'cortex-a55': { pmcr: 0x4145_0000 | PMCR_N, pmceid0: 0x4002_0101, pmceid1: 0x1000_0018 },
  max: { pmcr: 0x4101_0000 | PMCR_N, pmceid0: 0x4002_0101, pmceid1: 0x1000_0018 },
};

const TWO32 = 4294967296;
const TWO64 = TWO32 * TWO32;
const MDCR_TPMCR = 1 << 5;
const MDCR_TPM = 1 << 6;
const MDCR_HPME = 1 << 7;
const USERENR_EN = 1 << 0;
const USERENR_SW = 1 << 1;
const USERENR_CR = 1 << 2;
const USERENR_ER = 1 << 3;

/**
 * How EL0/EL1 accesses to each PMU register are checked (PmuAccess.*): which PMUSERENR_EL0
 * bits let EL0 read or write it besides EN, and whether MDCR_EL2.TPMCR traps it.
 */
export const PmuAccess = { NONE: 0, TRAP_EL1: 1, TRAP_EL2: 2, UNDEFINED: 3 } as const;
interface PmuRegClass {
  /** PMUSERENR_EL0 bits (besides EN) that allow an EL0 read / write. */
  readonly el0Read: number;
  readonly el0Write: number;
  readonly tpmcr?: boolean;
}
const CONTROL: PmuRegClass = { el0Read: 0, el0Write: 0 };
const PMU_REG_CLASS: Record<string, PmuRegClass> = {
  PMCR_EL0: { el0Read: 0, el0Write: 0, tpmcr: true },
  PMSWINC_EL0: { el0Read: 0, el0Write: USERENR_SW },
  PMCCNTR_EL0: { el0Read: USERENR_CR, el0Write: 0 },
  PMXEVCNTR_EL0: { el0Read: USERENR_ER, el0Write: 0 },
  PMSELR_EL0: { el0Read: USERENR_ER, el0Write: USERENR_ER },
  // EL0 may always read PMUSERENR_EL0 and never write it (UNDEFINED, el0Write = -1).
  PMUSERENR_EL0: { el0Read: -1, el0Write: -2 },
  ...Object.fromEntries(Array.from({ length: PMU_COUNTERS }, (_, n) => [`PMEVCNTR${n}_EL0`, { el0Read: USERENR_ER, el0Write: 0 }])),
};

/** The access check of a PMU register row (its name), or undefined for other registers. */
export function pmuRegClass(name: string): PmuRegClass | undefined {
  if (PMU_REG_CLASS[name] !== undefined) return PMU_REG_CLASS[name];
  return name.startsWith('PM') ? CONTROL : undefined; // every PM* row is a PMUv3 register
}

/**
 * The trap an EL0/EL1 access to a PMU register takes (PmuAccess.*): PMUSERENR_EL0 at EL0
 * (to EL1, or EL2 under HCR_EL2.TGE: the caller routes it), then MDCR_EL2.TPM and TPMCR to EL2.
 */
export function pmuAccessCheck(cpu: Cpu, c: PmuRegClass, read: boolean): number {
  const el = cpu.el;
  if (el === 2) return PmuAccess.NONE;
  if (el === 0) {
    const allow = read ? c.el0Read : c.el0Write;
    if (allow === -2) return PmuAccess.UNDEFINED;
    if (allow !== -1 && (cpu.pmu.userenr & (USERENR_EN | allow)) === 0) return PmuAccess.TRAP_EL1;
  }
  if (!cpu.model.el2) return PmuAccess.NONE;
  const mdcr = cpu.pmu.mdcr();
  if ((mdcr & MDCR_TPM) !== 0 || (c.tpmcr === true && (mdcr & MDCR_TPMCR) !== 0)) return PmuAccess.TRAP_EL2;
  return PmuAccess.NONE;
}

/** One PE's performance monitors. */
export class Pmu {
  pmcr = 0;
  cntenset = 0;
  ovsset = 0;
  intenset = 0;
  userenr = 0;
  selr = 0;
  ccfiltr = 0;
  /** Cycle counter value at `since` (PE ticks), and whether it is counting. */
  private ccntBase = 0;
  private since = 0;
  /** PMEVTYPER<n>_EL0. */
  readonly typer = new Int32Array(PMU_COUNTERS);
  /** PMEVCNTR<n>_EL0 when last brought up to date, and the reading of its event's source then. */
  private readonly count = new Float64Array(PMU_COUNTERS);
  private readonly sourceAt = new Float64Array(PMU_COUNTERS);
  /** The EL the counts are up to date for. */
  private el = 0;

  /** The overflow interrupt request (PMUIRQ). */
  readonly irq: IrqLine;

  /** `mdcrRow`: MDCR_EL2's row in the system-register table (HPMN, HPME, TPM, TPMCR). */
  constructor(
    private readonly cpu: Cpu,
    private readonly mdcrRow: number,
  ) {
    this.pmcr = this.model.pmcr;
    this.irq = new IrqLine(`cpu${cpu.index}.pmu`);
  }

  /**
   * The PE time (Cpu.counter) at which an enabled overflow interrupt may be due; Infinity
   * when none can be. Counted events come at most one per tick, so a counter needs at
   * least 2^32 - value ticks to overflow.
   */
  nextEventTicks(): number {
    if (this.intenset === 0) return Infinity;
    let t = Infinity;
    if ((this.intenset & CYCLE_BIT) !== 0 && this.counting() && allowedAt(this.ccfiltr, this.cpu.el)) {
      const wrap = (this.pmcr & PMCR_LC) !== 0 ? TWO64 : TWO32;
      t = wrap - ((this.ccntBase + (this.cpu.counter() - this.since)) % wrap);
    }
    for (let n = 0; n < PMU_COUNTERS; n++) {
      if ((this.intenset & (1 << n)) === 0 || !this.countsAt(n, this.cpu.el)) continue;
      const s = this.source(n);
      if (s < 0) continue;
      const left = TWO32 - (this.count[n] + (s - this.sourceAt[n]));
      if (left < t) t = left;
    }
    return t === Infinity ? t : this.cpu.counter() + Math.max(0, t);
  }

  /** Brings the counts and the interrupt level up to date (the board, at nextEventTicks()). */
  update(): void {
    this.settle();
    this.updateIrq();
  }

  /** PMUIRQ: an overflow flag with its interrupt enabled, on a counter that is enabled (PMCR_EL0.E, or MDCR_EL2.HPME above HPMN). */
  private updateIrq(): void {
    const pending = this.ovsset & this.intenset;
    const hpmn = this.mdcr() & 0x1f;
    const low = (CYCLE_BIT | ((1 << hpmn) - 1)) & pending;
    const high = pending & COUNTER_BITS & ~((1 << hpmn) - 1);
    this.irq.set((low !== 0 && (this.pmcr & PMCR_E) !== 0) || (high !== 0 && (this.mdcr() & MDCR_HPME) !== 0));
  }

  /** After a write that may change the next overflow or the interrupt: end the slice so the board looks again. */
  changed(): void {
    this.updateIrq();
    this.cpu.yieldRequest = true;
  }

  /** MDCR_EL2 bits 31:0; without EL2, HPMN = N (every counter is EL1's) and no traps. */
  mdcr(): number {
    return this.cpu.model.el2 ? this.cpu.sys.values[2 * this.mdcrRow] : PMU_COUNTERS;
  }

  /** PMCR_EL0 as the current EL reads it: N is MDCR_EL2.HPMN below EL2. */
  readPmcr(): number {
    if (this.cpu.el === 2 || !this.cpu.model.el2) return this.pmcr;
    return (this.pmcr & ~(0x1f << 11)) | ((this.mdcr() & 0x1f) << 11);
  }

  /** The -cpu model's identification (the board sets the model after creating the PE). */
  private get model(): { pmcr: number; pmceid0: number; pmceid1: number } {
    return MODEL_PMU[this.cpu.model.name] ?? MODEL_PMU.max;
  }

  get pmceid0(): number {
    return this.model.pmceid0;
  }

  get pmceid1(): number {
    return this.model.pmceid1;
  }

  reset(): void {
    this.irq.set(false);
    this.cntenset = this.ovsset = this.intenset = this.userenr = this.selr = this.ccfiltr = 0;
    this.pmcr = this.model.pmcr;
    this.ccntBase = 0;
    this.since = 0;
    this.typer.fill(0);
    this.count.fill(0);
    this.sourceAt.fill(0);
    this.el = this.cpu.el;
  }

  private counting(): boolean {
    return (this.pmcr & PMCR_E) !== 0 && (this.cntenset & CYCLE_BIT) !== 0;
  }

  /** PMCCNTR_EL0 now. */
  cycles(): number {
    this.settle();
    return this.ccntBase;
  }

  /**
   * Brings the cycle counter up to date for the ticks since `since`, counted if PMCCFILTR_EL0
   * allowed EL `el`; a carry out of bit 31 (PMCR_EL0.LC = 0) or bit 63 sets PMOVSSET_EL0[31].
   * (The count is a double: exact below 2^53 cycles.)
   */
  private settleCycles(el: number): void {
    const now = this.cpu.counter();
    if (this.counting() && allowedAt(this.ccfiltr, el)) {
      const c = this.ccntBase + (now - this.since);
      const wrap = (this.pmcr & PMCR_LC) !== 0 ? TWO64 : TWO32;
      if (Math.floor(c / wrap) !== Math.floor(this.ccntBase / wrap)) this.ovsset |= CYCLE_BIT;
      this.ccntBase = c >= TWO64 ? c - TWO64 : c;
    }
    this.since = now;
  }

  setCycles(v: number): void {
    this.ccntBase = v;
    this.since = this.cpu.counter();
  }

  // ---- event counters ----------------------------------------------------------------

  /** What counter n's event reads now (INST_RETIRED, CPU_CYCLES), or -1 for an event without a continuous source. */
  private source(n: number): number {
    const ev = this.typer[n] & 0xffff;
    if (ev === PMU_EVENT.CPU_CYCLES) return this.cpu.counter();
    if (ev === PMU_EVENT.INST_RETIRED) return this.cpu.retired;
    return -1;
  }

  /** Counter n counts at EL `el` now: PMCR_EL0.E, its enable bit and its event filter. */
  private countsAt(n: number, el: number): boolean {
    if ((this.cntenset & (1 << n)) === 0) return false;
    // Counters from MDCR_EL2.HPMN up are EL2's: enabled by MDCR_EL2.HPME instead of PMCR_EL0.E.
    const mdcr = this.mdcr();
    if (n < (mdcr & 0x1f) ? (this.pmcr & PMCR_E) === 0 : (mdcr & MDCR_HPME) === 0) return false;
    return allowedAt(this.typer[n], el);
  }

  /** Adds `k` events to counter n: wraps at 2^32 into PMOVSSET_EL0 and, for an even counter, into the CHAIN counter above. */
  private add(n: number, k: number): void {
    const v = this.count[n] + k;
    if (v < TWO32) {
      this.count[n] = v;
      return;
    }
    const wraps = Math.floor(v / TWO32);
    this.count[n] = v - wraps * TWO32;
    this.ovsset |= 1 << n;
    const odd = n + 1;
    if ((n & 1) === 0 && odd < PMU_COUNTERS && (this.typer[odd] & 0xffff) === PMU_EVENT.CHAIN && this.countsAt(odd, this.el)) this.add(odd, wraps);
  }

  /** Brings every counter up to date for the events since the last time, counted at the EL they happened at. */
  settle(): void {
    const el = this.el;
    this.el = this.cpu.el;
    this.settleCycles(el);
    if ((this.cntenset & COUNTER_BITS) === 0) return; // nothing counts: every sourceAt is re-read when enabled
    for (let n = 0; n < PMU_COUNTERS; n++) {
      const s = this.source(n);
      if (s < 0) continue;
      if (this.countsAt(n, el)) this.add(n, s - this.sourceAt[n]);
      this.sourceAt[n] = s;
    }
  }

  /** PMOVSSET_EL0 now (overflows of counting events are found when the counts are brought up to date). */
  overflows(): number {
    this.settle();
    return this.ovsset;
  }

  /** PMCCNTR_EL0 writes. */
  writeCycles(v: number): void {
    this.settle();
    this.setCycles(v);
    this.changed();
  }

  /** PMCCFILTR_EL0 (P, U, NSK, NSU, NSH, M). */
  writeCycleFilter(v: number): void {
    this.settle();
    this.ccfiltr = v & 0xfc000000;
    this.changed();
  }

  /** PMOVSSET_EL0 (set) / PMOVSCLR_EL0 (clear) writes. */
  writeOverflows(v: number, set: boolean): void {
    this.settle();
    const bits = v & (CYCLE_BIT | COUNTER_BITS);
    this.ovsset = set ? this.ovsset | bits : this.ovsset & ~bits;
    this.changed();
  }

  /** PMINTENSET_EL1 (set) / PMINTENCLR_EL1 (clear) writes. */
  writeInterruptEnables(v: number, set: boolean): void {
    this.settle();
    const bits = v & (CYCLE_BIT | COUNTER_BITS);
    this.intenset = set ? this.intenset | bits : this.intenset & ~bits;
    this.changed();
  }

  /** PMEVCNTR<n>_EL0 now. */
  eventCount(n: number): number {
    this.settle();
    return this.count[n];
  }

  setEventCount(n: number, v: number): void {
    this.settle();
    this.count[n] = v >>> 0;
    this.changed();
  }

  setEventType(n: number, v: number): void {
    this.settle();
    this.typer[n] = v & TYPER_WRITABLE;
    const s = this.source(n);
    if (s >= 0) this.sourceAt[n] = s;
    this.changed();
  }

  /** PMSWINC_EL0: one SW_INCR event on each counter of `mask` counting SW_INCR. */
  softwareIncrement(mask: number): void {
    this.settle();
    for (let n = 0; n < PMU_COUNTERS; n++) {
      if ((mask & (1 << n)) !== 0 && (this.typer[n] & 0xffff) === PMU_EVENT.SW_INCR && this.countsAt(n, this.el)) this.add(n, 1);
    }
    this.updateIrq();
  }

  /** Applies a change of the enables, keeping every count continuous. */
  private control(update: () => void): void {
    this.settle();
    const now = this.cycles();
    update();
    this.setCycles(now);
    // Counting (re)starts from the sources' readings now.
    for (let n = 0; n < PMU_COUNTERS; n++) {
      const s = this.source(n);
      if (s >= 0) this.sourceAt[n] = s;
    }
    this.changed();
  }

  writePmcr(v: number): void {
    this.control(() => {
      this.pmcr = (this.pmcr & ~PMCR_WRITABLE) | (v & PMCR_WRITABLE & ~(PMCR_C | PMCR_P));
    });
    if ((v & PMCR_C) !== 0) this.setCycles(0);
    if ((v & PMCR_P) !== 0) this.count.fill(0);
  }

  setEnables(v: number, on: boolean): void {
    const bits = v & (CYCLE_BIT | COUNTER_BITS);
    this.control(() => {
      this.cntenset = on ? this.cntenset | bits : this.cntenset & ~bits;
    });
  }
}

/** A PMEVTYPER<n>_EL0 / PMCCFILTR_EL0 filter lets EL `el` count (P, U, NSH; no EL3, so NSK/NSU do not apply). */
function allowedAt(filter: number, el: number): boolean {
  if (el === 0) return (filter & FILTER_U) === 0;
  if (el === 1) return (filter & FILTER_P) === 0;
  return (filter & FILTER_NSH) !== 0;
}

function row(name: string, op1: number, crn: number, crm: number, op2: number, minEL: 0 | 1, more: Partial<SysRegDef>): SysRegDef {
  return { name, op0: 3, op1, crn, crm, op2, minEL, ...more };
}

const lo32 = (read: (p: Pmu) => number) => (cpu: Cpu) => {
  out.hi = 0;
  return read(cpu.pmu) | 0;
};

/** PMEVCNTR<n>_EL0 and PMEVTYPER<n>_EL0: CRm = 0b10:n[4:3] / 0b11:n[4:3], op2 = n[2:0]. */
function eventCounterRows(): SysRegDef[] {
  return Array.from({ length: PMU_COUNTERS }, (_, n) => [
    row(`PMEVCNTR${n}_EL0`, 3, 14, 8 | (n >>> 3), n & 7, 0, {
      read: lo32((p) => p.eventCount(n)),
      write: (cpu, v) => cpu.pmu.setEventCount(n, v),
    }),
    row(`PMEVTYPER${n}_EL0`, 3, 14, 12 | (n >>> 3), n & 7, 0, {
      read: lo32((p) => p.typer[n]),
      write: (cpu, v) => cpu.pmu.setEventType(n, v),
    }),
  ]).flat();
}

/** The counter PMSELR_EL0 selects, or -1 (PMCCFILTR_EL0, or a counter that is not implemented). */
const selected = (p: Pmu): number => (p.selr < PMU_COUNTERS ? p.selr : -1);

/** The PMU registers for the system-register table. */
export function pmuSysRegs(): SysRegDef[] {
  return [
    row('PMCR_EL0', 3, 9, 12, 0, 0, { read: lo32((p) => p.readPmcr()), write: (cpu, v) => cpu.pmu.writePmcr(v) }),
    row('PMCNTENSET_EL0', 3, 9, 12, 1, 0, { read: lo32((p) => p.cntenset), write: (cpu, v) => cpu.pmu.setEnables(v, true) }),
    row('PMCNTENCLR_EL0', 3, 9, 12, 2, 0, { read: lo32((p) => p.cntenset), write: (cpu, v) => cpu.pmu.setEnables(v, false) }),
    row('PMOVSCLR_EL0', 3, 9, 12, 3, 0, { read: lo32((p) => p.overflows()), write: (cpu, v) => cpu.pmu.writeOverflows(v, false) }),
    row('PMSWINC_EL0', 3, 9, 12, 4, 0, { access: 'wo', write: (cpu, v) => cpu.pmu.softwareIncrement(v) }),
    row('PMSELR_EL0', 3, 9, 12, 5, 0, { read: lo32((p) => p.selr), write: (cpu, v) => void (cpu.pmu.selr = v & 31) }),
    row('PMCEID0_EL0', 3, 9, 12, 6, 0, { access: 'ro', read: lo32((p) => p.pmceid0) }),
    row('PMCEID1_EL0', 3, 9, 12, 7, 0, { access: 'ro', read: lo32((p) => p.pmceid1) }),
    row('PMCCNTR_EL0', 3, 9, 13, 0, 0, {
      read: (cpu) => {
        const c = cpu.pmu.cycles();
        out.hi = Math.floor(c / 4294967296) | 0;
        return c | 0;
      },
      write: (cpu, lo, hi) => cpu.pmu.writeCycles((hi >>> 0) * 4294967296 + (lo >>> 0)),
    }),
    // PMSELR_EL0 indirection: an event counter, or (SEL = 31, types only) PMCCFILTR_EL0.
    row('PMXEVTYPER_EL0', 3, 9, 13, 1, 0, {
      read: lo32((p) => (p.selr === SEL_CYCLE ? p.ccfiltr : selected(p) >= 0 ? p.typer[p.selr] : 0)),
      write: (cpu, v) => {
        const p = cpu.pmu;
        if (p.selr === SEL_CYCLE) p.writeCycleFilter(v);
        else if (selected(p) >= 0) p.setEventType(p.selr, v);
      },
    }),
    row('PMXEVCNTR_EL0', 3, 9, 13, 2, 0, {
      read: lo32((p) => (selected(p) >= 0 ? p.eventCount(p.selr) : 0)),
      write: (cpu, v) => {
        if (selected(cpu.pmu) >= 0) cpu.pmu.setEventCount(cpu.pmu.selr, v);
      },
    }),
    row('PMUSERENR_EL0', 3, 9, 14, 0, 0, { read: lo32((p) => p.userenr), write: (cpu, v) => void (cpu.pmu.userenr = v & 0xf) }),
    row('PMOVSSET_EL0', 3, 9, 14, 3, 0, { read: lo32((p) => p.overflows()), write: (cpu, v) => cpu.pmu.writeOverflows(v, true) }),
    row('PMINTENSET_EL1', 0, 9, 14, 1, 1, { read: lo32((p) => p.intenset), write: (cpu, v) => cpu.pmu.writeInterruptEnables(v, true) }),
    row('PMINTENCLR_EL1', 0, 9, 14, 2, 1, { read: lo32((p) => p.intenset), write: (cpu, v) => cpu.pmu.writeInterruptEnables(v, false) }),
    row('PMCCFILTR_EL0', 3, 14, 15, 7, 0, { read: lo32((p) => p.ccfiltr), write: (cpu, v) => cpu.pmu.writeCycleFilter(v) }),
    ...eventCounterRows(),
  ];
}
