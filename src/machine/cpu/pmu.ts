// A minimal PMUv3: the cycle counter and its controls, with no event counters
// (PMCR_EL0.N = 0). Cycles are the generic counter's ticks: one per retired instruction.

import { out } from './bits.ts';
import type { Cpu } from './cpu.ts';
import type { SysRegDef } from './sysregs.ts';

const PMCR_E = 1 << 0;
const PMCR_C = 1 << 2;
/** PMCR_EL0 bits software can write: E, P, C, D, X, DP, LC. */
const PMCR_WRITABLE = 0x7f;
const CYCLE_BIT = 1 << 31;
/** PMCEID0_EL0: CPU_CYCLES (event 0x11) is the one common event counted. */
const PMCEID0 = 1 << 0x11;

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

  constructor(private readonly cpu: Cpu) {}

  reset(): void {
    this.pmcr = this.cntenset = this.ovsset = this.intenset = this.userenr = this.selr = this.ccfiltr = 0;
    this.ccntBase = 0;
    this.since = 0;
  }

  private counting(): boolean {
    return (this.pmcr & PMCR_E) !== 0 && (this.cntenset & CYCLE_BIT) !== 0;
  }

  /** PMCCNTR_EL0 now. */
  cycles(): number {
    return this.counting() ? this.ccntBase + (this.cpu.counter() - this.since) : this.ccntBase;
  }

  setCycles(v: number): void {
    this.ccntBase = v;
    this.since = this.cpu.counter();
  }

  /** Applies a change of the enables, keeping the count continuous. */
  private control(update: () => void): void {
    const now = this.cycles();
    update();
    this.setCycles(now);
  }

  writePmcr(v: number): void {
    this.control(() => {
      this.pmcr = v & PMCR_WRITABLE & ~PMCR_C;
    });
    if ((v & PMCR_C) !== 0) this.setCycles(0);
  }

  setEnables(v: number, on: boolean): void {
    this.control(() => {
      this.cntenset = on ? this.cntenset | (v & CYCLE_BIT) : this.cntenset & ~(v & CYCLE_BIT);
    });
  }
}

function row(name: string, op1: number, crn: number, crm: number, op2: number, minEL: 0 | 1, more: Partial<SysRegDef>): SysRegDef {
  return { name, op0: 3, op1, crn, crm, op2, minEL, ...more };
}

const lo32 = (read: (p: Pmu) => number) => (cpu: Cpu) => {
  out.hi = 0;
  return read(cpu.pmu) | 0;
};

/** The PMU registers for the system-register table. */
export function pmuSysRegs(): SysRegDef[] {
  return [
    row('PMCR_EL0', 3, 9, 12, 0, 0, { read: lo32((p) => p.pmcr), write: (cpu, v) => cpu.pmu.writePmcr(v) }),
    row('PMCNTENSET_EL0', 3, 9, 12, 1, 0, { read: lo32((p) => p.cntenset), write: (cpu, v) => cpu.pmu.setEnables(v, true) }),
    row('PMCNTENCLR_EL0', 3, 9, 12, 2, 0, { read: lo32((p) => p.cntenset), write: (cpu, v) => cpu.pmu.setEnables(v, false) }),
    row('PMOVSCLR_EL0', 3, 9, 12, 3, 0, { read: lo32((p) => p.ovsset), write: (cpu, v) => void (cpu.pmu.ovsset &= ~v) }),
    row('PMSWINC_EL0', 3, 9, 12, 4, 0, { access: 'wo', write: () => {} }),
    row('PMSELR_EL0', 3, 9, 12, 5, 0, { read: lo32((p) => p.selr), write: (cpu, v) => void (cpu.pmu.selr = v & 31) }),
    row('PMCEID0_EL0', 3, 9, 12, 6, 0, { access: 'ro', read: lo32(() => PMCEID0) }),
    row('PMCEID1_EL0', 3, 9, 12, 7, 0, { access: 'ro', read: lo32(() => 0) }),
    row('PMCCNTR_EL0', 3, 9, 13, 0, 0, {
      read: (cpu) => {
        const c = cpu.pmu.cycles();
        out.hi = Math.floor(c / 4294967296) | 0;
        return c | 0;
      },
      write: (cpu, lo, hi) => cpu.pmu.setCycles((hi >>> 0) * 4294967296 + (lo >>> 0)),
    }),
    // No event counters: PMXEVTYPER/PMXEVCNTR select nothing and read as zero.
    row('PMXEVTYPER_EL0', 3, 9, 13, 1, 0, { read: lo32(() => 0), write: () => {} }),
    row('PMXEVCNTR_EL0', 3, 9, 13, 2, 0, { read: lo32(() => 0), write: () => {} }),
    row('PMUSERENR_EL0', 3, 9, 14, 0, 0, { read: lo32((p) => p.userenr), write: (cpu, v) => void (cpu.pmu.userenr = v & 0xf) }),
    row('PMOVSSET_EL0', 3, 9, 14, 3, 0, { read: lo32((p) => p.ovsset), write: (cpu, v) => void (cpu.pmu.ovsset |= v) }),
    row('PMINTENSET_EL1', 0, 9, 14, 1, 1, { read: lo32((p) => p.intenset), write: (cpu, v) => void (cpu.pmu.intenset |= v) }),
    row('PMINTENCLR_EL1', 0, 9, 14, 2, 1, { read: lo32((p) => p.intenset), write: (cpu, v) => void (cpu.pmu.intenset &= ~v) }),
    row('PMCCFILTR_EL0', 3, 14, 15, 7, 0, { read: lo32((p) => p.ccfiltr), write: (cpu, v) => void (cpu.pmu.ccfiltr = v & 0xfc000000) }),
  ];
}
