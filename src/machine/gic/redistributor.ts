// GICv3 Redistributors (GICR_*, IHI 0069 12.10/12.11): one per PE, each a pair of 64 KiB
// frames: RD_base (control: GICR_CTLR, GICR_IIDR, GICR_TYPER, GICR_WAKER, ...) and
// SGI_base (SGI/PPI state: INTID 0..31). On `virt` the frames of PE n start at
// 0x080A_0000 + n * 0x2_0000; `GicRedistributorRegion` is the MMIO device for all of them.
//
// Choices: no LPIs (GICR_TYPER.PLPIS = 0, GICR_CTLR.EnableLPIs RAZ/WI, PROPBASER/PENDBASER
// RAZ/WI); GICR_TYPER.Processor_Number = PE index, Affinity_Value = the PE's MPIDR
// affinity, Last = 1 on the highest-numbered PE; GICR_WAKER.ChildrenAsleep follows
// ProcessorSleep at once (both reset to 1, as Linux and Zephyr expect to clear them). Like
// QEMU, ProcessorSleep = 1 does not stop interrupt delivery. Frames past the last PE
// inside the mapped window are RAZ/WI. SGIs are edge-triggered (GICR_ICFGR0 reads
// 0xAAAA_AAAA, read-only); PPIs reset level-sensitive and are configurable.

import type { MmioDevice } from '../bus/bus.ts';
import { IrqBank } from './bank.ts';
import { GIC_IIDR, gicIdRegister } from './distributor.ts';
import type { GicV3 } from './gicv3.ts';

export const GICR_FRAME_SIZE = 0x1_0000;
/** RD_base + SGI_base of one PE. */
export const GICR_STRIDE = 0x2_0000;

export const GICR = {
  CTLR: 0x0000,
  IIDR: 0x0004,
  TYPER: 0x0008,
  STATUSR: 0x0010,
  WAKER: 0x0014,
  PROPBASER: 0x0070,
  PENDBASER: 0x0078,
} as const;

export const GICR_WAKER = {
  ProcessorSleep: 1 << 1,
  ChildrenAsleep: 1 << 2,
} as const;

export class GicRedistributor {
  /** SGI (0..15) and PPI (16..31) state of this PE. */
  readonly bank = new IrqBank(32, 0, 16);
  processorSleep = true;

  constructor(
    private readonly gic: GicV3,
    readonly pe: number,
  ) {}

  reset(): void {
    this.bank.reset();
    this.processorSleep = true;
  }

  /** GICR_TYPER low word: Processor_Number, Last; no PLPIS/VLPIS/DirectLPI. */
  typerLo(): number {
    const last = this.pe === this.gic.numCpus - 1 ? 1 << 4 : 0;
    return ((this.pe << 8) | last) >>> 0;
  }

  /** GICR_TYPER high word: Affinity_Value = Aff3.Aff2.Aff1.Aff0. */
  typerHi(): number {
    return this.gic.affinity[this.pe] >>> 0;
  }

  waker(): number {
    return this.processorSleep ? GICR_WAKER.ProcessorSleep | GICR_WAKER.ChildrenAsleep : 0;
  }

  readRd(off: number, size: number): number {
    if (size !== 4) return 0;
    switch (off) {
      case GICR.CTLR:
        return 0;
      case GICR.IIDR:
        return GIC_IIDR;
      case GICR.TYPER:
        return this.typerLo();
      case GICR.TYPER + 4:
        return this.typerHi();
      case GICR.WAKER:
        return this.waker();
    }
    return gicIdRegister(off, 0x93) ?? 0;
  }

  writeRd(off: number, size: number, value: number): void {
    if (size !== 4) return;
    if (off === GICR.WAKER) this.processorSleep = (value & GICR_WAKER.ProcessorSleep) !== 0;
    // GICR_CTLR (EnableLPIs), PROPBASER, PENDBASER: RAZ/WI without LPIs.
  }

  readSgi(off: number, size: number): number {
    return this.bank.read(off, size) ?? 0;
  }

  writeSgi(off: number, size: number, value: number): void {
    if (this.bank.write(off, size, value)) this.gic.updatePe(this.pe);
  }
}

/** The MMIO window holding every PE's RD and SGI frames (size: a multiple of 128 KiB). */
export class GicRedistributorRegion implements MmioDevice {
  readonly name = 'gic-redistributors';

  constructor(private readonly gic: GicV3) {}

  /** MmioDevice reset (Bus.reset): resets the whole GIC. */
  reset(): void {
    this.gic.reset();
  }

  read(offset: number, size: number): number {
    return this.peek(offset, size);
  }

  /** Every redistributor register reads without side effects. */
  peek(offset: number, size: number): number {
    const pe = Math.floor(offset / GICR_STRIDE);
    if (pe >= this.gic.numCpus) return 0;
    const rd = this.gic.redistributors[pe];
    const off = offset & 0xffff;
    return (offset & GICR_FRAME_SIZE) === 0 ? rd.readRd(off, size) : rd.readSgi(off, size);
  }

  write(offset: number, size: number, value: number): void {
    const pe = Math.floor(offset / GICR_STRIDE);
    if (pe >= this.gic.numCpus) return;
    const rd = this.gic.redistributors[pe];
    const off = offset & 0xffff;
    if ((offset & GICR_FRAME_SIZE) === 0) rd.writeRd(off, size, value);
    else rd.writeSgi(off, size, value);
  }
}
