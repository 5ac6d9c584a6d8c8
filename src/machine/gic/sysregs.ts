// System-register table rows for the GICv3 CPU interface (ICC_*), the hypervisor control
// interface (ICH_*_EL2) and, through the ICC encodings, the virtual CPU interface (ICV_*).
// `gicSysRegs(getInterface)` returns rows with the encodings of the Arm ARM / IHI 0069;
// the table owner spreads them into SYSREGS.
//
// ICV routing is inside the rows: at EL1, a Group 1 register (IAR1, EOIR1, HPPIR1, BPR1,
// AP1R<n>, IGRPEN1) reaches the virtual interface when HCR_EL2.IMO = 1, a Group 0 one when
// HCR_EL2.FMO = 1, and a common one (PMR, RPR, CTLR, DIR) when either is set. ICC_SRE_EL1
// and the SGI registers have no virtual form. Traps of EL1 accesses to EL2 (SGI registers
// under IMO/FMO, ICH_HCR_EL2.TC/TALL0/TALL1/TDIR, ICC_SRE_EL2.Enable = 0) cannot be taken by
// a row hook (it does not know Rt): the owner of MRS/MSR asks `gicTrapsToEl2` first.
//
// Nothing here imports ../cpu/sysregs.ts at run time, so the table module may import this
// one without an import cycle.

import { out } from '../cpu/bits.ts';
import type { Cpu } from '../cpu/cpu.ts';
import type { SysRegDef } from '../cpu/sysregs.ts';
import { ICC_SRE, SgiReg, type GicCpuInterface } from './cpu-interface.ts';
import { ICH_VTR_VALUE, NUM_LRS } from './virtualization.ts';

const HCR_FMO = 1 << 3;
const HCR_IMO = 1 << 4;

export interface GicSysRegOptions {
  /**
   * Returns HCR_EL2 bits 31:0 of the PE. The default reads through cpu.sys.get (BigInt);
   * the table owner should pass a cheap one, e.g. `(cpu) => cpu.sys.values[2 * HCR_INDEX]`.
   */
  hcr?: (cpu: Cpu) => number;
}

function defaultHcr(cpu: Cpu): number {
  return Number(cpu.sys.get('HCR_EL2') & 0xffff_ffffn) | 0;
}

function row(name: string, op0: number, op1: number, crn: number, crm: number, op2: number, minEL: 0 | 1 | 2, more: Partial<SysRegDef>): SysRegDef {
  return { name, op0, op1, crn, crm, op2, minEL, ...more };
}

/** A 32-bit register value: high half zero. */
function r32(v: number): number {
  out.hi = 0;
  return v | 0;
}

/** How an EL1 access to each register may be trapped to EL2. */
const enum TrapClass {
  Group0 = 0,
  Group1 = 1,
  Common = 2,
  Dir = 3,
  Sgi = 4,
  Sre = 5,
}

/** Register name -> trap class, for the EL1-accessible GIC registers. */
const TRAP_CLASS = new Map<string, TrapClass>([
  ['ICC_IAR0_EL1', TrapClass.Group0],
  ['ICC_EOIR0_EL1', TrapClass.Group0],
  ['ICC_HPPIR0_EL1', TrapClass.Group0],
  ['ICC_BPR0_EL1', TrapClass.Group0],
  ['ICC_IGRPEN0_EL1', TrapClass.Group0],
  ['ICC_IAR1_EL1', TrapClass.Group1],
  ['ICC_EOIR1_EL1', TrapClass.Group1],
  ['ICC_HPPIR1_EL1', TrapClass.Group1],
  ['ICC_BPR1_EL1', TrapClass.Group1],
  ['ICC_IGRPEN1_EL1', TrapClass.Group1],
  ['ICC_PMR_EL1', TrapClass.Common],
  ['ICC_RPR_EL1', TrapClass.Common],
  ['ICC_CTLR_EL1', TrapClass.Common],
  ['ICC_DIR_EL1', TrapClass.Dir],
  ['ICC_SGI0R_EL1', TrapClass.Sgi],
  ['ICC_SGI1R_EL1', TrapClass.Sgi],
  ['ICC_ASGI1R_EL1', TrapClass.Sgi],
  ['ICC_SRE_EL1', TrapClass.Sre],
  ...[0, 1, 2, 3].map((n) => [`ICC_AP0R${n}_EL1`, TrapClass.Group0] as [string, TrapClass]),
  ...[0, 1, 2, 3].map((n) => [`ICC_AP1R${n}_EL1`, TrapClass.Group1] as [string, TrapClass]),
]);

/**
 * Registers whose reads have side effects (acknowledge an interrupt): a debugger must not
 * read them through the row hooks.
 */
export const GIC_SIDE_EFFECT_READS: ReadonlySet<string> = new Set(['ICC_IAR0_EL1', 'ICC_IAR1_EL1']);

/**
 * Builds the trap check for EL1 accesses to GIC registers. The returned function answers
 * whether an MRS/MSR of row `name` executed at EL1 traps to EL2 (EC 0x18); it returns false
 * for other rows and ELs, and on a PE without EL2.
 */
export function gicTrapsToEl2(
  getInterface: (cpu: Cpu) => GicCpuInterface,
  options: GicSysRegOptions = {},
): (cpu: Cpu, name: string) => boolean {
  const hcr = options.hcr ?? defaultHcr;
  return (cpu, name) => {
    if (cpu.el !== 1 || !cpu.model.el2) return false;
    const cls = TRAP_CLASS.get(name);
    if (cls === undefined) return false;
    const c = getInterface(cpu);
    const ich = c.virt.hcr;
    switch (cls) {
      case TrapClass.Group0:
        return (ich & (1 << 11)) !== 0; // TALL0
      case TrapClass.Group1:
        return (ich & (1 << 12)) !== 0; // TALL1
      case TrapClass.Common:
        return (ich & (1 << 10)) !== 0; // TC
      case TrapClass.Dir:
        return (ich & ((1 << 10) | (1 << 14))) !== 0; // TC, TDIR
      case TrapClass.Sgi:
        return (hcr(cpu) & (HCR_IMO | HCR_FMO)) !== 0 || (ich & (1 << 10)) !== 0;
      case TrapClass.Sre:
        return !c.sreEnable;
    }
  };
}

/** Rows for every ICC_*, ICH_* register (ICV_* share the ICC encodings). */
export function gicSysRegs(getInterface: (cpu: Cpu) => GicCpuInterface, options: GicSysRegOptions = {}): SysRegDef[] {
  const hcr = options.hcr ?? defaultHcr;
  /** Whether an EL1 access with these HCR_EL2 routing bits goes to the ICV_* interface. */
  const virt = (cpu: Cpu, mask: number): boolean => cpu.el === 1 && (hcr(cpu) & mask) !== 0;
  const gmask = (group: number): number => (group === 0 ? HCR_FMO : HCR_IMO);
  const COMMON = HCR_IMO | HCR_FMO;

  const perGroup = (group: 0 | 1): SysRegDef[] => {
    const m = gmask(group);
    const crm = group === 0 ? 8 : 12;
    return [
      row(`ICC_IAR${group}_EL1`, 3, 0, 12, crm, 0, 1, {
        access: 'ro',
        read: (cpu) => {
          const c = getInterface(cpu);
          return r32(virt(cpu, m) ? c.virt.acknowledge(group) : c.acknowledge(group));
        },
      }),
      row(`ICC_EOIR${group}_EL1`, 3, 0, 12, crm, 1, 1, {
        access: 'wo',
        write: (cpu, lo) => {
          const c = getInterface(cpu);
          if (virt(cpu, m)) c.virt.endOfInterrupt(group, lo);
          else c.endOfInterrupt(group, lo);
        },
      }),
      row(`ICC_HPPIR${group}_EL1`, 3, 0, 12, crm, 2, 1, {
        access: 'ro',
        read: (cpu) => {
          const c = getInterface(cpu);
          return r32(virt(cpu, m) ? c.virt.highestPending(group) : c.highestPending(group));
        },
      }),
      row(`ICC_BPR${group}_EL1`, 3, 0, 12, crm, 3, 1, {
        read: (cpu) => {
          const c = getInterface(cpu);
          return r32(virt(cpu, m) ? c.virt.readBpr(group) : c.readBpr(group));
        },
        write: (cpu, lo) => {
          const c = getInterface(cpu);
          if (virt(cpu, m)) c.virt.writeBpr(group, lo);
          else c.writeBpr(group, lo);
        },
      }),
      ...[0, 1, 2, 3].map((n) =>
        row(`ICC_AP${group}R${n}_EL1`, 3, 0, 12, group === 0 ? 8 : 9, group === 0 ? 4 + n : n, 1, {
          read: (cpu) => {
            const c = getInterface(cpu);
            return r32(virt(cpu, m) ? c.virt.readApr(group, n) : c.readAp(group, n));
          },
          write: (cpu, lo) => {
            const c = getInterface(cpu);
            if (virt(cpu, m)) c.virt.writeApr(group, n, lo);
            else c.writeAp(group, n, lo);
          },
        }),
      ),
      row(`ICC_IGRPEN${group}_EL1`, 3, 0, 12, 12, 6 + group, 1, {
        read: (cpu) => {
          const c = getInterface(cpu);
          if (virt(cpu, m)) return r32(c.virt.readIgrpen(group));
          return r32((group === 0 ? c.igrpen0 : c.igrpen1) ? 1 : 0);
        },
        write: (cpu, lo) => {
          const c = getInterface(cpu);
          if (virt(cpu, m)) c.virt.writeIgrpen(group, lo);
          else c.writeIgrpen(group, lo);
        },
      }),
    ];
  };

  const sgi = (name: string, op2: number, kind: SgiReg): SysRegDef =>
    row(name, 3, 0, 12, 11, op2, 1, {
      access: 'wo',
      write: (cpu, lo, hi) => getInterface(cpu).generateSgi(kind, lo, hi),
    });

  return [
    // ---- CPU interface (ICC_*_EL1, ICV_*_EL1 under HCR_EL2.IMO/FMO) ----
    row('ICC_PMR_EL1', 3, 0, 4, 6, 0, 1, {
      read: (cpu) => {
        const c = getInterface(cpu);
        return r32(virt(cpu, COMMON) ? c.virt.vpmr : c.pmr);
      },
      write: (cpu, lo) => {
        const c = getInterface(cpu);
        if (virt(cpu, COMMON)) c.virt.writePmr(lo);
        else c.writePmr(lo);
      },
    }),
    ...perGroup(0),
    ...perGroup(1),
    row('ICC_DIR_EL1', 3, 0, 12, 11, 1, 1, {
      access: 'wo',
      write: (cpu, lo) => {
        const c = getInterface(cpu);
        if (virt(cpu, COMMON)) c.virt.deactivateInterrupt(lo);
        else c.deactivateInterrupt(lo);
      },
    }),
    row('ICC_RPR_EL1', 3, 0, 12, 11, 3, 1, {
      access: 'ro',
      read: (cpu) => {
        const c = getInterface(cpu);
        return r32(virt(cpu, COMMON) ? c.virt.runningPriority() : c.runningPriority());
      },
    }),
    sgi('ICC_SGI1R_EL1', 5, SgiReg.SGI1R),
    sgi('ICC_ASGI1R_EL1', 6, SgiReg.ASGI1R),
    sgi('ICC_SGI0R_EL1', 7, SgiReg.SGI0R),
    row('ICC_CTLR_EL1', 3, 0, 12, 12, 4, 1, {
      read: (cpu) => {
        const c = getInterface(cpu);
        return r32(virt(cpu, COMMON) ? c.virt.readCtlr() : c.readCtlr());
      },
      write: (cpu, lo) => {
        const c = getInterface(cpu);
        if (virt(cpu, COMMON)) c.virt.writeCtlr(lo);
        else c.writeCtlr(lo);
      },
    }),
    row('ICC_SRE_EL1', 3, 0, 12, 12, 5, 1, {
      read: () => r32(ICC_SRE.SRE | ICC_SRE.DFB | ICC_SRE.DIB),
      write: () => {},
    }),
    row('ICC_SRE_EL2', 3, 4, 12, 9, 5, 2, {
      read: (cpu) => r32(ICC_SRE.SRE | ICC_SRE.DFB | ICC_SRE.DIB | (getInterface(cpu).sreEnable ? ICC_SRE.Enable : 0)),
      write: (cpu, lo) => {
        getInterface(cpu).sreEnable = (lo & ICC_SRE.Enable) !== 0;
      },
    }),
    // ---- hypervisor control interface (ICH_*_EL2) ----
    ...[0, 1, 2, 3].map((n) =>
      row(`ICH_AP0R${n}_EL2`, 3, 4, 12, 8, n, 2, {
        read: (cpu) => r32(getInterface(cpu).virt.readApr(0, n)),
        write: (cpu, lo) => getInterface(cpu).virt.writeApr(0, n, lo),
      }),
    ),
    ...[0, 1, 2, 3].map((n) =>
      row(`ICH_AP1R${n}_EL2`, 3, 4, 12, 9, n, 2, {
        read: (cpu) => r32(getInterface(cpu).virt.readApr(1, n)),
        write: (cpu, lo) => getInterface(cpu).virt.writeApr(1, n, lo),
      }),
    ),
    row('ICH_HCR_EL2', 3, 4, 12, 11, 0, 2, {
      read: (cpu) => r32(getInterface(cpu).virt.hcr),
      write: (cpu, lo) => getInterface(cpu).virt.writeHcr(lo),
    }),
    row('ICH_VTR_EL2', 3, 4, 12, 11, 1, 2, { access: 'ro', read: () => r32(ICH_VTR_VALUE) }),
    row('ICH_MISR_EL2', 3, 4, 12, 11, 2, 2, { access: 'ro', read: (cpu) => r32(getInterface(cpu).virt.misr()) }),
    row('ICH_EISR_EL2', 3, 4, 12, 11, 3, 2, { access: 'ro', read: (cpu) => r32(getInterface(cpu).virt.eisr()) }),
    row('ICH_ELRSR_EL2', 3, 4, 12, 11, 5, 2, { access: 'ro', read: (cpu) => r32(getInterface(cpu).virt.elrsr()) }),
    row('ICH_VMCR_EL2', 3, 4, 12, 11, 7, 2, {
      read: (cpu) => r32(getInterface(cpu).virt.readVmcr()),
      write: (cpu, lo) => getInterface(cpu).virt.writeVmcr(lo),
    }),
    ...Array.from({ length: NUM_LRS }, (_, n) =>
      row(`ICH_LR${n}_EL2`, 3, 4, 12, 12 + (n >> 3), n & 7, 2, {
        read: (cpu) => getInterface(cpu).virt.readLr(n),
        write: (cpu, lo, hi) => getInterface(cpu).virt.writeLr(n, lo, hi),
      }),
    ),
  ];
}
