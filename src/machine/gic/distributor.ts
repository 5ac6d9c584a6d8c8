// GICv3 Distributor (GICD_*, IHI 0069 12.9): SPI state (INTID 32..255), group enables,
// and SPI routing through GICD_IROUTER<n>. One 64 KiB frame at 0x0800_0000 on `virt`.
//
// Configuration decided here (one Security state, like QEMU's virt without EL3):
// - GICD_CTLR.DS = 1 (RAO/WI): the single-Security-state register view, so bit 0 is
//   EnableGrp0, bit 1 EnableGrp1, bit 4 ARE, bit 6 DS. GICD_IGRPMODR and GICD_NSACR are
//   RAZ/WI, interrupt groups are just 0 (signalled as FIQ) and 1 (signalled as IRQ).
// - GICD_CTLR.ARE = 1 (RAO/WI): affinity routing only, no legacy GICv2 operation; so
//   GICD_ITARGETSR, GICD_SGIR, GICD_[CS]PENDSGIR are RAZ/WI and the distributor's
//   registers for INTIDs 0..31 are RAZ/WI (they live in the redistributors).
// - 224 SPIs (GICD_TYPER.ITLinesNumber = 7: 256 INTIDs) like QEMU's virt; 16 INTID bits
//   (GICD_TYPER.IDbits = 15); no LPIs (LPIS = 0), no message-based SPIs (MBIS = 0);
//   A3V = 1; writes take effect at once (GICD_CTLR.RWP always reads 0).
// - GICD_IROUTER<n>.IRM = 1 (1-of-N) routes the SPI to the lowest-numbered PE whose CPU
//   interface has the interrupt's group enabled (ICC_IGRPEN<g>_EL1), PE 0 if none.
// - An IROUTER affinity that matches no PE leaves the SPI unrouted (never signalled).

import type { MmioDevice } from '../bus/bus.ts';
import { IrqBank } from './bank.ts';
import type { GicV3 } from './gicv3.ts';

export const GICD_SIZE = 0x1_0000;

export const GICD = {
  CTLR: 0x0000,
  TYPER: 0x0004,
  IIDR: 0x0008,
  TYPER2: 0x000c,
  STATUSR: 0x0010,
  IROUTER: 0x6000,
  PIDR2: 0xffe8,
} as const;

/** GICD_CTLR bits in the DS = 1 view. */
export const GICD_CTLR = {
  EnableGrp0: 1 << 0,
  EnableGrp1: 1 << 1,
  ARE: 1 << 4,
  DS: 1 << 6,
  RWP: 1 << 31,
} as const;

/** Number of INTIDs the distributor covers (SGIs/PPIs 0..31 + 224 SPIs). */
export const GIC_INTIDS = 256;

/** GICD_IIDR/GICR_IIDR: Implementer 0x43B (Arm JEP106), ProductID/Variant/Revision 0. */
export const GIC_IIDR = 0x0000_043b;

/** PIDR4..7, PIDR0..3, CIDR0..3 at 0xFFD0..0xFFFC (PIDR2.ArchRev = 3: GICv3). */
export function gicIdRegister(off: number, pidr0: number): number | undefined {
  if (off < 0xffd0 || off > 0xfffc) return undefined;
  const ids = [0x44, 0, 0, 0, pidr0, 0xb4, 0x3b, 0x00, 0x0d, 0xf0, 0x05, 0xb1];
  return ids[(off - 0xffd0) >> 2];
}

/** Route targets of an SPI besides a PE index. */
export const ROUTE_NONE = -1;
export const ROUTE_ANY = -2;

export class GicDistributor implements MmioDevice {
  readonly name = 'gic-distributor';
  /** SPI state; INTIDs 0..31 are unused here (RAZ/WI). */
  readonly bank = new IrqBank(GIC_INTIDS, 32, 0);
  /** GICD_CTLR.EnableGrp0 / EnableGrp1. */
  enableGrp0 = false;
  enableGrp1 = false;
  /** GICD_IROUTER<n> low and high words. */
  readonly routerLo = new Int32Array(GIC_INTIDS);
  readonly routerHi = new Int32Array(GIC_INTIDS);
  /** Resolved target of each SPI: a PE index, ROUTE_NONE or ROUTE_ANY (IRM = 1). */
  readonly target = new Int8Array(GIC_INTIDS);

  constructor(private readonly gic: GicV3) {
    this.resetState();
  }

  /** MmioDevice reset (Bus.reset): resets the whole GIC, which resets this state. */
  reset(): void {
    this.gic.reset();
  }

  /** Resets the distributor's own state (called by GicV3.reset). */
  resetState(): void {
    this.bank.reset();
    this.enableGrp0 = false;
    this.enableGrp1 = false;
    this.routerLo.fill(0);
    this.routerHi.fill(0);
    for (let i = 0; i < GIC_INTIDS; i++) this.retarget(i);
  }

  /** Whether the distributor forwards interrupts of `group`. */
  groupEnabled(group: number): boolean {
    return group === 0 ? this.enableGrp0 : this.enableGrp1;
  }

  ctlr(): number {
    return (this.enableGrp0 ? GICD_CTLR.EnableGrp0 : 0) | (this.enableGrp1 ? GICD_CTLR.EnableGrp1 : 0) | GICD_CTLR.ARE | GICD_CTLR.DS;
  }

  typer(): number {
    const cpus = Math.min(this.gic.numCpus, 8);
    return ((GIC_INTIDS / 32 - 1) | ((cpus - 1) << 5) | (15 << 19) | (1 << 24)) >>> 0;
  }

  private retarget(i: number): void {
    const lo = this.routerLo[i];
    if ((lo & (1 << 31)) !== 0) {
      this.target[i] = ROUTE_ANY;
      return;
    }
    const aff = (((this.routerHi[i] & 0xff) << 24) | (lo & 0xff_ffff)) >>> 0;
    this.target[i] = this.gic.peOfAffinity(aff);
  }

  read(offset: number, size: number): number {
    return this.peek(offset, size);
  }

  /** Every distributor register reads without side effects. */
  peek(offset: number, size: number): number {
    if (offset < 0x80) {
      if (size !== 4) return 0;
      switch (offset) {
        case GICD.CTLR:
          return this.ctlr() >>> 0;
        case GICD.TYPER:
          return this.typer();
        case GICD.IIDR:
          return GIC_IIDR;
        default:
          return 0; // TYPER2, STATUSR, SETSPI/CLRSPI (no MBIS): RAZ
      }
    }
    const v = this.bank.read(offset, size);
    if (v !== undefined) return v;
    if (offset >= GICD.IROUTER + 8 * 32 && offset < GICD.IROUTER + 8 * GIC_INTIDS) {
      const i = (offset - GICD.IROUTER) >> 3;
      const word = (offset & 4) === 0 ? this.routerLo[i] : this.routerHi[i];
      if (size === 4) return word >>> 0;
      if (size === 8) return word >>> 0;
      const sh = (offset & 3) * 8;
      return (word >>> sh) & (size === 1 ? 0xff : 0xffff);
    }
    return gicIdRegister(offset & ~3, 0x92) ?? 0;
  }

  write(offset: number, size: number, value: number): void {
    if (offset === GICD.CTLR) {
      if (size !== 4) return;
      this.enableGrp0 = (value & GICD_CTLR.EnableGrp0) !== 0;
      this.enableGrp1 = (value & GICD_CTLR.EnableGrp1) !== 0;
      this.gic.updateAll();
      return;
    }
    if (offset < 0x80) return;
    if (this.bank.write(offset, size, value)) {
      this.gic.updateAll();
      return;
    }
    if (offset >= GICD.IROUTER + 8 * 32 && offset < GICD.IROUTER + 8 * GIC_INTIDS) {
      if (size !== 4) return; // 32- or 64-bit (two 32-bit halves on this bus) accesses only
      const i = (offset - GICD.IROUTER) >> 3;
      if ((offset & 4) === 0) this.routerLo[i] = value & 0x80ff_ffff; // Aff2.Aff1.Aff0, IRM
      else this.routerHi[i] = value & 0xff; // Aff3
      this.retarget(i);
      this.gic.updateAll();
    }
    // Everything else (ITARGETSR, SGIR, ...) is RAZ/WI with ARE = 1.
  }

  /** Re-resolves every SPI route (after the PE affinities changed). */
  retargetAll(): void {
    for (let i = 32; i < GIC_INTIDS; i++) this.retarget(i);
  }

  /** Raw 64-bit GICD_IROUTER<n> for tests and debuggers. */
  irouter(n: number): bigint {
    return (BigInt(this.routerHi[n] >>> 0) << 32n) | BigInt(this.routerLo[n] >>> 0);
  }
}
