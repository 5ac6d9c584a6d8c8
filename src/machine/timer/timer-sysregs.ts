// System-register table rows for the generic timer (see ../cpu/sysregs.ts, SysRegDef).
// `timerSysRegs(get)` returns rows for every timer register with its exact encoding; the
// table owner spreads them into SYSREGS. The rows replace the existing CNTPCT_EL0 and
// CNTVCT_EL0 rows (CNTVCT now subtracts CNTVOFF_EL2); CNTFRQ_EL0 stays as it is.
//
// VHE is handled inside the rows: CNTP_*_EL0 / CNTV_*_EL0 reach the EL2 physical / EL2
// virtual timer at EL2 when HCR_EL2.E2H = 1 and at EL0 when E2H = TGE = 1 (the EL2&0
// regime); CNTVCT_EL0 reads without offset there. CNTKCTL_EL1 at EL2 with E2H = 1 must be
// redirected to CNTHCTL_EL2 by the table's generic EL1->EL2 redirection (like SCTLR_EL1).
// The *_EL02 / *_EL12 rows reach the EL1 timers / CNTKCTL_EL1 from EL2 and are UNDEFINED
// unless E2H = 1 (the trap logic decides). Access traps (CNTKCTL/CNTHCTL) are not applied
// here: see timerTrap() in generic-timer.ts.

import { out } from '../cpu/bits.ts';
import type { Cpu } from '../cpu/cpu.ts';
import type { SysRegDef } from '../cpu/sysregs.ts';
import { Tmr, type TimerForPe } from './generic-timer.ts';

const HCR_TGE_LO = 1 << 27; // HCR_EL2 bit 27
const HCR_E2H_HI = 1 << 2; // HCR_EL2 bit 34

/** HCR_EL2 as two halves, read through the PE's register file (the default hook). */
function defaultHostRegime(cpu: Cpu): boolean {
  if (cpu.el === 1) return false;
  const hcr = cpu.sys.get('HCR_EL2');
  const e2h = (hcr & (1n << 34n)) !== 0n;
  if (cpu.el === 2) return e2h;
  return e2h && (hcr & (1n << 27n)) !== 0n;
}

export interface TimerSysRegOptions {
  /**
   * True when the PE is in the EL2&0 regime for timer purposes: EL2 with HCR_EL2.E2H = 1,
   * or EL0 with E2H = TGE = 1. The default reads HCR_EL2 through cpu.sys.get (BigInt);
   * the table owner may pass a faster one. `hcrHostRegime` below builds one from halves.
   */
  hostRegime?: (cpu: Cpu) => boolean;
}

/** Builds a hostRegime hook from a function returning HCR_EL2 (low half, high in out.hi). */
export function hcrHostRegime(readHcr: (cpu: Cpu) => number): (cpu: Cpu) => boolean {
  return (cpu) => {
    const el = cpu.el;
    if (el === 1) return false;
    const lo = readHcr(cpu);
    const e2h = (out.hi & HCR_E2H_HI) !== 0;
    return el === 2 ? e2h : e2h && (lo & HCR_TGE_LO) !== 0;
  };
}

function row(name: string, op0: number, op1: number, crn: number, crm: number, op2: number, minEL: 0 | 1 | 2, more: Partial<SysRegDef>): SysRegDef {
  return { name, op0, op1, crn, crm, op2, minEL, ...more };
}

/**
 * Rows for every generic-timer register. `get(cpu)` returns that PE's timers. Encodings
 * (op0, op1, CRn, CRm, op2) are those of the Arm ARM.
 */
export function timerSysRegs(get: (cpu: Cpu) => TimerForPe, options: TimerSysRegOptions = {}): SysRegDef[] {
  const host = options.hostRegime ?? defaultHostRegime;
  const physOf = (cpu: Cpu): Tmr => (cpu.el !== 1 && host(cpu) ? Tmr.HypPhys : Tmr.Phys);
  const virtOf = (cpu: Cpu): Tmr => (cpu.el !== 1 && host(cpu) ? Tmr.HypVirt : Tmr.Virt);

  /** CTL/CVAL/TVAL rows for a timer chosen per access. */
  const timerRows = (prefix: string, suffix: string, op1: number, crm: number, minEL: 0 | 1 | 2, which: (cpu: Cpu) => Tmr): SysRegDef[] => [
    row(`${prefix}_TVAL_${suffix}`, 3, op1, 14, crm, 0, minEL, {
      read: (cpu) => {
        const v = get(cpu).readTval(which(cpu));
        out.hi = 0; // TVAL is a 32-bit register: bits 63:32 read as zero (set after which())
        return v;
      },
      write: (cpu, lo) => get(cpu).writeTval(which(cpu), lo),
    }),
    row(`${prefix}_CTL_${suffix}`, 3, op1, 14, crm, 1, minEL, {
      read: (cpu) => {
        const v = get(cpu).readCtl(which(cpu)); // which() may read HCR_EL2, setting out.hi
        out.hi = 0;
        return v;
      },
      write: (cpu, lo) => get(cpu).writeCtl(which(cpu), lo),
    }),
    row(`${prefix}_CVAL_${suffix}`, 3, op1, 14, crm, 2, minEL, {
      read: (cpu) => get(cpu).readCval(which(cpu)),
      write: (cpu, lo, hi) => get(cpu).writeCval(which(cpu), lo, hi),
    }),
  ];
  const fixed = (t: Tmr) => () => t;

  return [
    // Counters (replacing the rows of the same names in sysregs.ts).
    row('CNTPCT_EL0', 3, 3, 14, 0, 1, 0, { access: 'ro', read: (cpu) => get(cpu).readPhysicalCount() }),
    row('CNTVCT_EL0', 3, 3, 14, 0, 2, 0, {
      access: 'ro',
      read: (cpu) => get(cpu).readVirtualCount(cpu.el !== 1 && host(cpu)),
    }),
    // Controls.
    row('CNTKCTL_EL1', 3, 0, 14, 1, 0, 1, {
      read: (cpu) => {
        out.hi = 0;
        return get(cpu).cntkctl;
      },
      write: (cpu, lo) => {
        get(cpu).cntkctl = lo & 0x3ff;
      },
    }),
    row('CNTKCTL_EL12', 3, 5, 14, 1, 0, 2, {
      read: (cpu) => {
        out.hi = 0;
        return get(cpu).cntkctl;
      },
      write: (cpu, lo) => {
        get(cpu).cntkctl = lo & 0x3ff;
      },
    }),
    row('CNTHCTL_EL2', 3, 4, 14, 1, 0, 2, {
      read: (cpu) => {
        out.hi = 0;
        return get(cpu).cnthctl;
      },
      write: (cpu, lo) => {
        get(cpu).cnthctl = lo & 0xfff;
      },
    }),
    row('CNTVOFF_EL2', 3, 4, 14, 0, 3, 2, {
      read: (cpu) => {
        const t = get(cpu);
        out.hi = t.cntvoffHi | 0;
        return t.cntvoffLo | 0;
      },
      write: (cpu, lo, hi) => {
        get(cpu).writeCntvoff(lo, hi);
        cpu.updateFastReads(); // compiled code's CNTVCT_EL0 subtracts it
      },
    }),
    // EL1 timers as seen from EL0/EL1 (EL2 timers in the EL2&0 regime).
    ...timerRows('CNTP', 'EL0', 3, 2, 0, physOf),
    ...timerRows('CNTV', 'EL0', 3, 3, 0, virtOf),
    // EL1 timers from EL2 under VHE.
    ...timerRows('CNTP', 'EL02', 5, 2, 2, fixed(Tmr.Phys)),
    ...timerRows('CNTV', 'EL02', 5, 3, 2, fixed(Tmr.Virt)),
    // EL2 timers.
    ...timerRows('CNTHP', 'EL2', 4, 2, 2, fixed(Tmr.HypPhys)),
    ...timerRows('CNTHV', 'EL2', 4, 3, 2, fixed(Tmr.HypVirt)),
  ];
}
