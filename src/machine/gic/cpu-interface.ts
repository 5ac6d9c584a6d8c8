// GICv3 CPU interface (ICC_*_EL1/EL2 system registers, IHI 0069 chapter 12.2/4.8) of one
// PE: priority mask, binary points, active priorities, acknowledge / priority drop /
// deactivation, SGI generation, and the IRQ/FIQ outputs the PE polls.
//
// Choices (one Security state, GICD_CTLR.DS = 1, no EL3):
// - 5 priority bits (ICC_CTLR_EL1.PRIbits = 4, 32 levels; priorities and PMR keep bits
//   7:3), so ICC_AP0R0/ICC_AP1R0 hold the 32 active-priority bits and ICC_AP{0,1}R{1..3}
//   are RAZ/WI. Minimum binary points: BPR0 = 2, BPR1 = 3 (reset values); Group 1 uses
//   BPR1 - 1 as its binary point (the Non-secure Group 1 rule) unless CBPR = 1.
// - Group 0 interrupts are signalled as FIQ, Group 1 as IRQ.
// - ICC_CTLR_EL1: CBPR and EOImode writable; PRIbits = 4, IDbits = 0 (16 bits), A3V = 1,
//   SEIS = 0, PMHE = 0, RSS = 0. ICC_SRE_EL1 = 0x7 (SRE, DFB, DIB fixed to 1); ICC_SRE_EL2
//   = SRE | DFB | DIB | Enable with Enable writable (reset 1).
// - The highest priority pending interrupt (HPPI) of a PE is chosen among the enabled,
//   pending, not active interrupts routed to it whose group is enabled both in GICD_CTLR
//   and in ICC_IGRPEN<g>_EL1; ties go to the lowest INTID. ICC_HPPIR<g> shows it without
//   regard to PMR and running priority; ICC_IAR<g> acknowledges it only when its
//   priority is below PMR and its group priority below the running priority (else 1023).
// - ICC_DIR_EL1 deactivates only when EOImode = 1 (UNPREDICTABLE otherwise: ignored,
//   like QEMU). An EOIR drops the highest active priority (the lowest set bit of AP0R0 |
//   AP1R0) whatever the group.
// - SGIs: ICC_SGI1R_EL1 sets the SGI pending on each target regardless of the target's
//   configured group; ICC_SGI0R_EL1 and ICC_ASGI1R_EL1 only where it is Group 0 (the
//   DS = 1 forwarding rules). IRM = 1 targets every PE but the sender.

import { INTID_SPURIOUS, lowestBit, PRI_MASK } from './bank.ts';
import { ROUTE_ANY } from './distributor.ts';
import type { GicV3 } from './gicv3.ts';
import { GicVirtualInterface } from './virtualization.ts';

export { INTID_SPURIOUS, lowestBit };

/** Lowest binary point values with 5 priority bits. */
export const MIN_BPR0 = 2;
export const MIN_BPR1 = 3;
/** Running priority when nothing is active. */
export const IDLE_PRIORITY = 0xff;

export const ICC_CTLR = {
  CBPR: 1 << 0,
  EOImode: 1 << 1,
  /** PRIbits = 4 (bits 10:8), IDbits = 0, A3V = 1 (bit 15). */
  RO: (4 << 8) | (1 << 15),
} as const;

export const ICC_SRE = { SRE: 1, DFB: 2, DIB: 4, Enable: 8 } as const;

/** Kinds of SGI-generating register. */
export const enum SgiReg {
  SGI0R = 0,
  SGI1R = 1,
  ASGI1R = 2,
}

export class GicCpuInterface {
  /** ICC_PMR_EL1 (implemented bits only). */
  pmr = 0;
  bpr0 = MIN_BPR0;
  bpr1 = MIN_BPR1;
  cbpr = false;
  eoiMode = false;
  igrpen0 = false;
  igrpen1 = false;
  /** ICC_AP0R0_EL1 / ICC_AP1R0_EL1: active group priorities (bit n = priority n << 3). */
  ap0r = 0;
  ap1r = 0;
  /** ICC_SRE_EL2.Enable. */
  sreEnable = true;

  /** The highest priority pending interrupt (INTID_SPURIOUS when none), its priority and group. */
  hppi = INTID_SPURIOUS;
  hppiPriority = IDLE_PRIORITY + 1;
  hppiGroup = 1;

  /** Outputs to the PE: physical IRQ/FIQ and virtual IRQ/FIQ levels. */
  irqPending = false;
  fiqPending = false;
  vIrqPending = false;
  vFiqPending = false;

  /** The virtualization extension of this PE (ICH_*_EL2, ICV_*_EL1). */
  readonly virt: GicVirtualInterface;

  constructor(
    readonly gic: GicV3,
    readonly pe: number,
  ) {
    this.virt = new GicVirtualInterface(this);
  }

  reset(): void {
    this.pmr = 0;
    this.bpr0 = MIN_BPR0;
    this.bpr1 = MIN_BPR1;
    this.cbpr = false;
    this.eoiMode = false;
    this.igrpen0 = false;
    this.igrpen1 = false;
    this.ap0r = 0;
    this.ap1r = 0;
    this.sreEnable = true;
    this.virt.reset();
  }

  // ---- priority arithmetic ------------------------------------------------------------

  /** Mask keeping the group-priority bits of a priority of `group` (GroupBits()). */
  groupPriorityMask(group: number): number {
    let bpr: number;
    if (group === 0 || this.cbpr) bpr = this.bpr0;
    else bpr = this.bpr1 - 1;
    return (0xff << (bpr + 1)) & 0xff;
  }

  /** ICC_RPR_EL1: the highest active group priority, 0xFF when idle. */
  runningPriority(): number {
    const b = lowestBit(this.ap0r | this.ap1r);
    return b === 32 ? IDLE_PRIORITY : b << 3;
  }

  /** Whether an interrupt of this priority and group may be signalled / acknowledged now. */
  canPreempt(priority: number, group: number): boolean {
    return priority < this.pmr && (priority & this.groupPriorityMask(group)) < this.runningPriority();
  }

  // ---- state evaluation ---------------------------------------------------------------

  private groupOn(group: number): boolean {
    return group === 0 ? this.igrpen0 && this.gic.distributor.enableGrp0 : this.igrpen1 && this.gic.distributor.enableGrp1;
  }

  /** Recomputes the HPPI and the physical IRQ/FIQ outputs. */
  recompute(): void {
    let best = INTID_SPURIOUS;
    let bestPri = 0x100;
    let bestGroup = 1;
    const rb = this.gic.redistributors[this.pe].bank;
    for (let i = 0; i < 32; i++) {
      if (rb.enabled[i] === 0 || rb.active[i] === 1 || rb.priority[i] >= bestPri || !rb.isPending(i)) continue;
      if (!this.groupOn(rb.group[i])) continue;
      best = i;
      bestPri = rb.priority[i];
      bestGroup = rb.group[i];
    }
    const dist = this.gic.distributor;
    const db = dist.bank;
    const target = dist.target;
    const n = db.size;
    for (let i = 32; i < n; i++) {
      if (db.enabled[i] === 0 || db.active[i] === 1 || db.priority[i] >= bestPri || !db.isPending(i)) continue;
      const g = db.group[i];
      let t = target[i];
      if (t === ROUTE_ANY) t = this.gic.oneOfNTarget(g);
      if (t !== this.pe || !this.groupOn(g)) continue;
      best = i;
      bestPri = db.priority[i];
      bestGroup = g;
    }
    this.hppi = best;
    this.hppiPriority = bestPri;
    this.hppiGroup = bestGroup;
    const signal = best !== INTID_SPURIOUS && this.canPreempt(bestPri, bestGroup);
    this.irqPending = signal && bestGroup === 1;
    this.fiqPending = signal && bestGroup === 0;
  }

  // ---- register operations ------------------------------------------------------------

  /** ICC_IAR0_EL1 / ICC_IAR1_EL1: acknowledges the HPPI of `group` (side effects!). */
  acknowledge(group: number): number {
    const id = this.hppi;
    if (id === INTID_SPURIOUS || this.hppiGroup !== group || !this.canPreempt(this.hppiPriority, group)) return INTID_SPURIOUS;
    const gp = this.hppiPriority & this.groupPriorityMask(group);
    const bit = 1 << (gp >>> 3);
    if (group === 0) this.ap0r = (this.ap0r | bit) >>> 0;
    else this.ap1r = (this.ap1r | bit) >>> 0;
    this.gic.bankOf(this.pe, id).acknowledge(id);
    this.gic.afterAcknowledge(this.pe, id);
    return id;
  }

  /** ICC_HPPIR0_EL1 / ICC_HPPIR1_EL1. */
  highestPending(group: number): number {
    return this.hppi !== INTID_SPURIOUS && this.hppiGroup === group ? this.hppi : INTID_SPURIOUS;
  }

  /** ICC_EOIR0_EL1 / ICC_EOIR1_EL1: priority drop, and deactivation when EOImode = 0. */
  endOfInterrupt(_group: number, value: number): void {
    const id = value & 0xff_ffff;
    if (id >= 1020 && id <= 1023) return;
    const b = lowestBit(this.ap0r | this.ap1r);
    if (b < 32) {
      const clear = ~(1 << b);
      this.ap0r = (this.ap0r & clear) >>> 0;
      this.ap1r = (this.ap1r & clear) >>> 0;
    }
    if (!this.eoiMode) this.gic.deactivate(this.pe, id);
    else this.gic.updatePe(this.pe);
  }

  /** ICC_DIR_EL1: deactivation when EOImode = 1. */
  deactivateInterrupt(value: number): void {
    const id = value & 0xff_ffff;
    if (!this.eoiMode || (id >= 1020 && id <= 1023)) return;
    this.gic.deactivate(this.pe, id);
  }

  readCtlr(): number {
    return ICC_CTLR.RO | (this.eoiMode ? ICC_CTLR.EOImode : 0) | (this.cbpr ? ICC_CTLR.CBPR : 0);
  }

  writeCtlr(v: number): void {
    this.cbpr = (v & ICC_CTLR.CBPR) !== 0;
    this.eoiMode = (v & ICC_CTLR.EOImode) !== 0;
    this.gic.updatePe(this.pe);
  }

  writePmr(v: number): void {
    this.pmr = v & PRI_MASK;
    this.gic.updatePe(this.pe);
  }

  readBpr(group: number): number {
    if (group === 0) return this.bpr0;
    return this.cbpr ? Math.min(this.bpr0 + 1, 7) : this.bpr1;
  }

  writeBpr(group: number, v: number): void {
    const bp = v & 7;
    if (group === 0) this.bpr0 = Math.max(bp, MIN_BPR0);
    else if (!this.cbpr) this.bpr1 = Math.max(bp, MIN_BPR1);
    this.gic.updatePe(this.pe);
  }

  writeIgrpen(group: number, v: number): void {
    if (group === 0) this.igrpen0 = (v & 1) !== 0;
    else this.igrpen1 = (v & 1) !== 0;
    this.gic.updateAll(); // 1-of-N SPI routing depends on the group enables
  }

  readAp(group: number, n: number): number {
    return n !== 0 ? 0 : group === 0 ? this.ap0r : this.ap1r;
  }

  writeAp(group: number, n: number, v: number): void {
    if (n !== 0) return;
    if (group === 0) this.ap0r = v >>> 0;
    else this.ap1r = v >>> 0;
    this.gic.updatePe(this.pe);
  }

  /**
   * ICC_SGI0R_EL1 / ICC_SGI1R_EL1 / ICC_ASGI1R_EL1 write (lo = bits 31:0, hi = 63:32):
   * TargetList 15:0, Aff1 23:16, INTID 27:24, Aff2 39:32, IRM 40, RS 47:44, Aff3 55:48.
   */
  generateSgi(kind: SgiReg, lo: number, hi: number): void {
    const intid = (lo >>> 24) & 0xf;
    const irm = (hi >>> 8) & 1;
    const g1 = kind === SgiReg.SGI1R;
    const gic = this.gic;
    if (irm === 1) {
      for (let pe = 0; pe < gic.numCpus; pe++) if (pe !== this.pe) gic.pendSgi(pe, intid, g1);
    } else {
      const targets = lo & 0xffff;
      const aff321 = (((hi >>> 16) & 0xff) << 24) | ((hi & 0xff) << 16) | (((lo >>> 16) & 0xff) << 8);
      const rs = (hi >>> 12) & 0xf;
      for (let b = 0; b < 16; b++) {
        if (((targets >>> b) & 1) === 0) continue;
        const pe = gic.peOfAffinity((aff321 | (rs * 16 + b)) >>> 0);
        if (pe >= 0) gic.pendSgi(pe, intid, g1);
      }
    }
    gic.updateAll();
  }
}
