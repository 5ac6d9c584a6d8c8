// The GICv3 interrupt controller of the `virt` board: one distributor, one redistributor
// and one CPU interface (with its virtualization extension) per PE, tied together here.
//
// Inputs: setLevel(intid, level) for SPIs, setPpiLevel(pe, intid, level) for PPIs, and
// connectSpi/connectPpi to wire IrqLine outputs of devices and timers. Outputs, per PE:
// cpuInterfaces[pe].{irqPending, fiqPending, vIrqPending, vFiqPending}, booleans the PE
// polls; `onOutputChange(pe)` is called whenever one of them changes.
//
// Every state change re-evaluates the PE(s) concerned at once (SPIs and distributor
// changes: all PEs), so the outputs are always current. Nothing here runs per instruction.

import type { IrqLine } from '../irq/line.ts';
import { type IrqBank } from './bank.ts';
import { GicCpuInterface } from './cpu-interface.ts';
import { GIC_INTIDS, GICD_SIZE, GicDistributor, ROUTE_NONE } from './distributor.ts';
import { GICR_STRIDE, GicRedistributor, GicRedistributorRegion } from './redistributor.ts';
import { MAINTENANCE_INTID } from './virtualization.ts';

export interface GicV3Options {
  /** Number of PEs (1..8 on virt). */
  cpus: number;
  /**
   * Affinity of each PE as Aff3:Aff2:Aff1:Aff0 (bits 31:24, 23:16, 15:8, 7:0). Default: Aff0
   * = PE index, as MPIDR_EL1 reports it.
   */
  affinity?: readonly number[];
}

export class GicV3 {
  readonly numCpus: number;
  /** Aff3:Aff2:Aff1:Aff0 of each PE. */
  readonly affinity: Uint32Array;
  readonly distributor: GicDistributor;
  readonly redistributors: GicRedistributor[];
  /** MMIO device for all redistributor frames (map it at 0x080A_0000). */
  readonly redistributorRegion: GicRedistributorRegion;
  readonly cpuInterfaces: GicCpuInterface[];
  /** Called with the PE index whenever one of that PE's output levels changes. */
  onOutputChange: ((pe: number) => void) | null = null;
  /** Lowest PE with ICC_IGRPEN0/1 set, the target of 1-of-N SPIs of that group. */
  private readonly oneOfN = new Int8Array(2);

  constructor(options: GicV3Options) {
    const n = options.cpus;
    if (n < 1 || n > 8) throw new Error(`GICv3: ${n} CPUs requested, 1 to 8 supported`);
    this.numCpus = n;
    this.affinity = Uint32Array.from({ length: n }, (_, i) => options.affinity?.[i] ?? i);
    this.distributor = new GicDistributor(this);
    this.redistributors = Array.from({ length: n }, (_, i) => new GicRedistributor(this, i));
    this.redistributorRegion = new GicRedistributorRegion(this);
    this.cpuInterfaces = Array.from({ length: n }, (_, i) => new GicCpuInterface(this, i));
    this.reset();
  }

  /** Size of the distributor's MMIO window. */
  static readonly distributorSize = GICD_SIZE;

  /** Size of the redistributor window for this many PEs (128 KiB each). */
  get redistributorSize(): number {
    return this.numCpus * GICR_STRIDE;
  }

  /** Resets every part of the GIC (input wire levels are kept: they belong to the devices). */
  reset(): void {
    this.distributor.resetState();
    for (const r of this.redistributors) r.reset();
    for (const c of this.cpuInterfaces) c.reset();
    this.updateAll();
  }

  // ---- inputs -------------------------------------------------------------------------

  /** Drives the input of SPI `intid` (32..255). */
  setLevel(intid: number, level: boolean): void {
    if (intid < 32 || intid >= GIC_INTIDS) throw new Error(`GICv3: SPI INTID ${intid} out of range 32..${GIC_INTIDS - 1}`);
    const b = this.distributor.bank;
    if ((b.level[intid] === 1) === level) return;
    b.setLevel(intid, level);
    this.updateAll();
  }

  /** Drives the input of PPI `intid` (16..31) of PE `pe`. */
  setPpiLevel(pe: number, intid: number, level: boolean): void {
    if (intid < 16 || intid >= 32) throw new Error(`GICv3: PPI INTID ${intid} out of range 16..31`);
    const b = this.redistributors[pe].bank;
    if ((b.level[intid] === 1) === level) return;
    b.setLevel(intid, level);
    this.updatePe(pe);
  }

  /** Wires a device's interrupt output to SPI `intid` (e.g. the PL011's irq to 33). */
  connectSpi(line: IrqLine, intid: number): void {
    line.connect((level) => this.setLevel(intid, level));
  }

  /** Wires a per-PE interrupt output to PPI `intid` of PE `pe` (timers: 30, 27, 26, 28). */
  connectPpi(pe: number, line: IrqLine, intid: number): void {
    line.connect((level) => this.setPpiLevel(pe, intid, level));
  }

  // ---- helpers for the parts ----------------------------------------------------------

  /** The PE whose affinity is `aff` (Aff3:Aff2:Aff1:Aff0), or -1. */
  peOfAffinity(aff: number): number {
    const a = this.affinity;
    for (let i = 0; i < a.length; i++) if (a[i] === aff) return i;
    return ROUTE_NONE;
  }

  oneOfNTarget(group: number): number {
    return this.oneOfN[group];
  }

  /** The bank holding INTID `id` as seen from PE `pe`. */
  bankOf(pe: number, id: number): IrqBank {
    return id < 32 ? this.redistributors[pe].bank : this.distributor.bank;
  }

  /** Sets SGI `intid` pending on PE `pe` (group rules of ICC_SGI0R/SGI1R/ASGI1R). */
  pendSgi(pe: number, intid: number, group1Register: boolean): void {
    const b = this.redistributors[pe].bank;
    if (group1Register || b.group[intid] === 0) b.latch[intid] = 1;
  }

  afterAcknowledge(pe: number, id: number): void {
    if (id < 32) this.updatePe(pe);
    else this.updateAll();
  }

  /** Deactivates INTID `id` for PE `pe` (ICC_EOIR with EOImode = 0, ICC_DIR, ICH_LR HW = 1). */
  deactivate(pe: number, id: number): void {
    if (id >= GIC_INTIDS) {
      this.updatePe(pe);
      return;
    }
    this.bankOf(pe, id).active[id] = 0;
    if (id < 32) this.updatePe(pe);
    else this.updateAll();
  }

  // ---- evaluation ---------------------------------------------------------------------

  private computeOneOfN(): void {
    for (let g = 0; g < 2; g++) {
      let t = 0;
      for (let pe = 0; pe < this.numCpus; pe++) {
        const c = this.cpuInterfaces[pe];
        if (g === 0 ? c.igrpen0 : c.igrpen1) {
          t = pe;
          break;
        }
      }
      this.oneOfN[g] = t;
    }
  }

  /** Re-evaluates every PE. */
  updateAll(): void {
    this.computeOneOfN();
    for (let pe = 0; pe < this.numCpus; pe++) this.updatePe(pe);
  }

  /** Re-evaluates PE `pe`: physical HPPI and IRQ/FIQ, virtual IRQ/FIQ, maintenance PPI. */
  updatePe(pe: number): void {
    const c = this.cpuInterfaces[pe];
    if (c === undefined) return; // during construction
    const irq = c.irqPending;
    const fiq = c.fiqPending;
    const virq = c.vIrqPending;
    const vfiq = c.vFiqPending;
    const maintenance = c.virt.recompute();
    const rb = this.redistributors[pe].bank;
    if ((rb.level[MAINTENANCE_INTID] === 1) !== maintenance) rb.setLevel(MAINTENANCE_INTID, maintenance);
    c.recompute();
    if (
      this.onOutputChange !== null &&
      (irq !== c.irqPending || fiq !== c.fiqPending || virq !== c.vIrqPending || vfiq !== c.vFiqPending)
    ) {
      this.onOutputChange(pe);
    }
  }
}
