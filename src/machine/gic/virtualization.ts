// GICv3 virtualization (IHI 0069 chapter 6 and 12.4/12.5) of one PE: the hypervisor
// control interface ICH_*_EL2 (4 list registers) and the virtual CPU interface ICV_*_EL1
// that EL1 reaches through the ICC_* encodings when HCR_EL2.IMO/FMO are set, plus the
// virtual IRQ/FIQ outputs and the maintenance interrupt (PPI INTID 25).
//
// ICH_LR<n>_EL2 layout (64 bits; held as two int32 halves):
//   vINTID 31:0 | pINTID 44:32 (EOI = bit 41 when HW = 0) | Priority 55:48 | Group 60 |
//   HW 61 | State 63:62 (00 invalid, 01 pending, 10 active, 11 pending and active).
//
// Choices: ICH_VTR_EL2 = 0x9038_0003: ListRegs = 3 (4 LRs), PRIbits = PREbits = 4 (5 bits,
// like QEMU's cortex-a53/a57/max), IDbits = 0 (16 bits), SEIS = 0, A3V = 1, nV4 = 1 (no
// GICv4 direct injection), TDS = 1 (ICH_HCR_EL2.TDIR implemented). So ICH_AP0R0/AP1R0
// hold the 32 virtual active priorities; ICH_AP{0,1}R{1..3}_EL2 are RAZ/WI. LR priorities
// keep bits 7:3. ICH_VMCR_EL2: VBPR0 >= 2 and VBPR1 >= 3 (smaller writes store the
// minimum), VFIQEn reads 1, VAckCtl 0; ZVM's 0xF800_0002 reads back as 0xF84C_000A.
// Virtual pending state: only LRs in state "pending" (01) are candidates; ties go to the
// lowest-numbered LR. EOIcount counts EOIR (VEOIM = 0) and DIR writes of non-LPI INTIDs
// that match no active LR. ICH_MISR_EL2.NP treats "pending and active" as pending. The
// maintenance interrupt is ICH_HCR_EL2.En AND (ICH_MISR_EL2 != 0), a level on PPI 25.

import { out } from '../cpu/bits.ts';
import { INTID_SPURIOUS, lowestBit, PRI_MASK } from './bank.ts';
import type { GicCpuInterface } from './cpu-interface.ts';

export const NUM_LRS = 4;
export const MAINTENANCE_INTID = 25;
export const ICH_VTR_VALUE = ((4 << 29) | (4 << 26) | (0 << 23) | (1 << 21) | (1 << 20) | (1 << 19) | (NUM_LRS - 1)) >>> 0;

/** Minimum virtual binary points with 5 preemption bits. */
export const MIN_VBPR0 = 2;
export const MIN_VBPR1 = 3;

export const ICH_HCR = {
  En: 1 << 0,
  UIE: 1 << 1,
  LRENPIE: 1 << 2,
  NPIE: 1 << 3,
  VGrp0EIE: 1 << 4,
  VGrp0DIE: 1 << 5,
  VGrp1EIE: 1 << 6,
  VGrp1DIE: 1 << 7,
  TC: 1 << 10,
  TALL0: 1 << 11,
  TALL1: 1 << 12,
  TDIR: 1 << 14,
  EOIcount_SHIFT: 27,
  /** Writable bits (TSEI, DVIM and vSGIEOICount are RES0 here). */
  MASK: 0xf800_5cff | 0,
} as const;

export const ICH_MISR = {
  EOI: 1 << 0,
  U: 1 << 1,
  LRENP: 1 << 2,
  NP: 1 << 3,
  VGrp0E: 1 << 4,
  VGrp0D: 1 << 5,
  VGrp1E: 1 << 6,
  VGrp1D: 1 << 7,
} as const;

export const ICH_VMCR = {
  VENG0: 1 << 0,
  VENG1: 1 << 1,
  VAckCtl: 1 << 2,
  VFIQEn: 1 << 3,
  VCBPR: 1 << 4,
  VEOIM: 1 << 9,
  VBPR1_SHIFT: 18,
  VBPR0_SHIFT: 21,
  VPMR_SHIFT: 24,
} as const;

/** ICH_LR<n>_EL2 high-word fields. */
export const LR_HI = {
  PINTID_MASK: 0x1fff,
  EOI: 1 << 9,
  PRIORITY_SHIFT: 16,
  GROUP: 1 << 28,
  HW: 1 << 29,
  STATE_SHIFT: 30,
  /** Bits that exist: pINTID 44:32, Priority 55:48 (implemented bits), Group, HW, State. */
  MASK: (0x1fff | (PRI_MASK << 16) | (1 << 28) | (1 << 29) | (3 << 30)) | 0,
} as const;

export const LR_STATE = { Invalid: 0, Pending: 1, Active: 2, PendingActive: 3 } as const;

export class GicVirtualInterface {
  readonly lrLo = new Int32Array(NUM_LRS);
  readonly lrHi = new Int32Array(NUM_LRS);
  /** ICH_HCR_EL2 (32 bits). */
  hcr = 0;
  /** ICH_VMCR_EL2 fields. */
  vpmr = 0;
  vbpr0 = MIN_VBPR0;
  vbpr1 = MIN_VBPR1;
  veng0 = false;
  veng1 = false;
  vcbpr = false;
  veoim = false;
  /** ICH_AP0R0_EL2 / ICH_AP1R0_EL2. */
  ap0r = 0;
  ap1r = 0;
  /** Level of the maintenance interrupt. */
  maintenance = false;

  /** Virtual HPPI: LR index (-1 none). */
  hppiLr = -1;

  constructor(private readonly cpu: GicCpuInterface) {}

  reset(): void {
    this.lrLo.fill(0);
    this.lrHi.fill(0);
    this.hcr = 0;
    this.setVmcr(0);
    this.ap0r = 0;
    this.ap1r = 0;
    this.maintenance = false;
    this.hppiLr = -1;
  }

  private changed(): void {
    this.cpu.gic.updatePe(this.cpu.pe);
  }

  // ---- list registers -----------------------------------------------------------------

  static state(hi: number): number {
    return hi >>> 30;
  }

  /** ICH_LR<n>_EL2 read: low half returned, high half in out.hi. */
  readLr(n: number): number {
    out.hi = this.lrHi[n];
    return this.lrLo[n];
  }

  writeLr(n: number, lo: number, hi: number): void {
    this.lrLo[n] = lo;
    this.lrHi[n] = hi & LR_HI.MASK;
    this.changed();
  }

  /** An LR as a 64-bit value (tests, debuggers). */
  lr(n: number): bigint {
    return (BigInt(this.lrHi[n] >>> 0) << 32n) | BigInt(this.lrLo[n] >>> 0);
  }

  // ---- ICH_* status registers ---------------------------------------------------------

  /** ICH_EISR_EL2: LRs holding an invalid, HW = 0, EOI = 1 entry (an EOI maintenance request). */
  eisr(): number {
    let v = 0;
    for (let n = 0; n < NUM_LRS; n++) {
      const hi = this.lrHi[n];
      if (hi >>> 30 === 0 && (hi & LR_HI.HW) === 0 && (hi & LR_HI.EOI) !== 0) v |= 1 << n;
    }
    return v;
  }

  /** ICH_ELRSR_EL2: LRs that are empty: invalid and (HW = 1 or EOI = 0). */
  elrsr(): number {
    let v = 0;
    for (let n = 0; n < NUM_LRS; n++) {
      const hi = this.lrHi[n];
      if (hi >>> 30 === 0 && ((hi & LR_HI.HW) !== 0 || (hi & LR_HI.EOI) === 0)) v |= 1 << n;
    }
    return v;
  }

  eoiCount(): number {
    return this.hcr >>> ICH_HCR.EOIcount_SHIFT;
  }

  /** ICH_MISR_EL2. */
  misr(): number {
    const h = this.hcr;
    let v = 0;
    if (this.eisr() !== 0) v |= ICH_MISR.EOI;
    let valid = 0;
    let pending = 0;
    for (let n = 0; n < NUM_LRS; n++) {
      const s = this.lrHi[n] >>> 30;
      if (s !== 0) valid++;
      if ((s & 1) !== 0) pending++;
    }
    if ((h & ICH_HCR.UIE) !== 0 && valid <= 1) v |= ICH_MISR.U;
    if ((h & ICH_HCR.LRENPIE) !== 0 && this.eoiCount() !== 0) v |= ICH_MISR.LRENP;
    if ((h & ICH_HCR.NPIE) !== 0 && pending === 0) v |= ICH_MISR.NP;
    if ((h & ICH_HCR.VGrp0EIE) !== 0 && this.veng0) v |= ICH_MISR.VGrp0E;
    if ((h & ICH_HCR.VGrp0DIE) !== 0 && !this.veng0) v |= ICH_MISR.VGrp0D;
    if ((h & ICH_HCR.VGrp1EIE) !== 0 && this.veng1) v |= ICH_MISR.VGrp1E;
    if ((h & ICH_HCR.VGrp1DIE) !== 0 && !this.veng1) v |= ICH_MISR.VGrp1D;
    return v;
  }

  writeHcr(v: number): void {
    this.hcr = v & ICH_HCR.MASK;
    this.changed();
  }

  readVmcr(): number {
    return (
      ((this.vpmr << ICH_VMCR.VPMR_SHIFT) |
        (this.vbpr0 << ICH_VMCR.VBPR0_SHIFT) |
        (this.vbpr1 << ICH_VMCR.VBPR1_SHIFT) |
        (this.veoim ? ICH_VMCR.VEOIM : 0) |
        (this.vcbpr ? ICH_VMCR.VCBPR : 0) |
        ICH_VMCR.VFIQEn |
        (this.veng1 ? ICH_VMCR.VENG1 : 0) |
        (this.veng0 ? ICH_VMCR.VENG0 : 0)) >>>
      0
    );
  }

  writeVmcr(v: number): void {
    this.setVmcr(v);
    this.changed();
  }

  private setVmcr(v: number): void {
    this.vpmr = (v >>> ICH_VMCR.VPMR_SHIFT) & PRI_MASK;
    this.vbpr0 = Math.max((v >>> ICH_VMCR.VBPR0_SHIFT) & 7, MIN_VBPR0);
    this.vbpr1 = Math.max((v >>> ICH_VMCR.VBPR1_SHIFT) & 7, MIN_VBPR1);
    this.veoim = (v & ICH_VMCR.VEOIM) !== 0;
    this.vcbpr = (v & ICH_VMCR.VCBPR) !== 0;
    this.veng1 = (v & ICH_VMCR.VENG1) !== 0;
    this.veng0 = (v & ICH_VMCR.VENG0) !== 0;
  }

  readApr(group: number, n: number): number {
    return n !== 0 ? 0 : group === 0 ? this.ap0r : this.ap1r;
  }

  writeApr(group: number, n: number, v: number): void {
    if (n !== 0) return;
    if (group === 0) this.ap0r = v >>> 0;
    else this.ap1r = v >>> 0;
    this.changed();
  }

  // ---- virtual priority arithmetic ----------------------------------------------------

  groupPriorityMask(group: number): number {
    const bpr = group === 0 || this.vcbpr ? this.vbpr0 : this.vbpr1 - 1;
    return (0xff << (bpr + 1)) & 0xff;
  }

  /** ICV_RPR_EL1. */
  runningPriority(): number {
    const b = lowestBit(this.ap0r | this.ap1r);
    return b === 32 ? 0xff : b << 3;
  }

  private lrPriority(n: number): number {
    return (this.lrHi[n] >>> LR_HI.PRIORITY_SHIFT) & 0xff;
  }

  private lrGroup(n: number): number {
    return (this.lrHi[n] >>> 28) & 1;
  }

  private canSignal(n: number): boolean {
    const p = this.lrPriority(n);
    return p < this.vpmr && (p & this.groupPriorityMask(this.lrGroup(n))) < this.runningPriority();
  }

  /**
   * Recomputes the virtual HPPI, vIRQ/vFIQ and the maintenance level. Returns the
   * maintenance level (the caller drives PPI 25 with it).
   */
  recompute(): boolean {
    const en = (this.hcr & ICH_HCR.En) !== 0;
    let best = -1;
    let bestPri = 0x100;
    for (let n = 0; n < NUM_LRS; n++) {
      const hi = this.lrHi[n];
      if (hi >>> 30 !== LR_STATE.Pending) continue;
      const g = (hi >>> 28) & 1;
      if (g === 0 ? !this.veng0 : !this.veng1) continue;
      const p = (hi >>> 16) & 0xff;
      if (p < bestPri) {
        best = n;
        bestPri = p;
      }
    }
    this.hppiLr = best;
    const signal = en && best >= 0 && this.canSignal(best);
    const g = best >= 0 ? this.lrGroup(best) : 1;
    this.cpu.vIrqPending = signal && g === 1;
    this.cpu.vFiqPending = signal && g === 0;
    this.maintenance = en && this.misr() !== 0;
    return this.maintenance;
  }

  // ---- ICV_* operations ---------------------------------------------------------------

  /** ICV_IAR0_EL1 / ICV_IAR1_EL1 (side effects!). */
  acknowledge(group: number): number {
    const n = this.hppiLr;
    if (n < 0 || (this.hcr & ICH_HCR.En) === 0 || this.lrGroup(n) !== group || !this.canSignal(n)) return INTID_SPURIOUS;
    const id = this.lrLo[n] >>> 0;
    const gp = this.lrPriority(n) & this.groupPriorityMask(group);
    const bit = 1 << (gp >>> 3);
    if (group === 0) this.ap0r = (this.ap0r | bit) >>> 0;
    else this.ap1r = (this.ap1r | bit) >>> 0;
    // Pending -> active; an LPI (INTID >= 8192) has no active state: the LR becomes invalid.
    const next = id >= 8192 ? LR_STATE.Invalid : LR_STATE.Active;
    this.lrHi[n] = (this.lrHi[n] & ~(3 << 30)) | (next << 30);
    this.changed();
    return id;
  }

  /** ICV_HPPIR0_EL1 / ICV_HPPIR1_EL1. */
  highestPending(group: number): number {
    const n = this.hppiLr;
    return n >= 0 && this.lrGroup(n) === group ? this.lrLo[n] >>> 0 : INTID_SPURIOUS;
  }

  /** The LR holding vINTID `id` in the active or pending-and-active state, or -1. */
  private findActive(id: number): number {
    for (let n = 0; n < NUM_LRS; n++) {
      if (this.lrLo[n] >>> 0 === id && (this.lrHi[n] >>> 30 & 2) !== 0) return n;
    }
    return -1;
  }

  private incrementEoiCount(): void {
    const c = ((this.eoiCount() + 1) & 0x1f) << ICH_HCR.EOIcount_SHIFT;
    this.hcr = (this.hcr & 0x07ff_ffff) | c;
  }

  /** Deactivates vINTID `id`: the LR's active state, and the physical interrupt for HW = 1. */
  private deactivate(id: number): void {
    if (id >= 8192) return; // LPIs have no active state
    const n = this.findActive(id);
    if (n < 0) {
      this.incrementEoiCount();
      return;
    }
    const hi = this.lrHi[n];
    this.lrHi[n] = hi & ~(2 << 30); // active -> invalid, pending+active -> pending
    if ((hi & LR_HI.HW) !== 0) {
      const pintid = hi & LR_HI.PINTID_MASK;
      if (pintid < 1020) this.cpu.gic.deactivate(this.cpu.pe, pintid);
    }
  }

  /** ICV_EOIR0_EL1 / ICV_EOIR1_EL1: priority drop, and deactivation when VEOIM = 0. */
  endOfInterrupt(_group: number, value: number): void {
    const id = value & 0xff_ffff;
    if (id >= 1020 && id <= 1023) return;
    const b = lowestBit(this.ap0r | this.ap1r);
    if (b < 32) {
      const clear = ~(1 << b);
      this.ap0r = (this.ap0r & clear) >>> 0;
      this.ap1r = (this.ap1r & clear) >>> 0;
    }
    if (!this.veoim) this.deactivate(id);
    this.changed();
  }

  /** ICV_DIR_EL1: deactivation when VEOIM = 1 (ignored otherwise). */
  deactivateInterrupt(value: number): void {
    const id = value & 0xff_ffff;
    if (!this.veoim || (id >= 1020 && id <= 1023)) return;
    this.deactivate(id);
    this.changed();
  }

  /** ICV_CTLR_EL1: CBPR = VCBPR, EOImode = VEOIM; PRIbits/IDbits/SEIS/A3V from ICH_VTR_EL2. */
  readCtlr(): number {
    return (4 << 8) | (1 << 15) | (this.veoim ? 2 : 0) | (this.vcbpr ? 1 : 0);
  }

  writeCtlr(v: number): void {
    this.vcbpr = (v & 1) !== 0;
    this.veoim = (v & 2) !== 0;
    this.changed();
  }

  writePmr(v: number): void {
    this.vpmr = v & PRI_MASK;
    this.changed();
  }

  readBpr(group: number): number {
    if (group === 0) return this.vbpr0;
    return this.vcbpr ? Math.min(this.vbpr0 + 1, 7) : this.vbpr1;
  }

  writeBpr(group: number, v: number): void {
    if (group === 0) this.vbpr0 = Math.max(v & 7, MIN_VBPR0);
    else if (!this.vcbpr) this.vbpr1 = Math.max(v & 7, MIN_VBPR1);
    this.changed();
  }

  readIgrpen(group: number): number {
    return (group === 0 ? this.veng0 : this.veng1) ? 1 : 0;
  }

  writeIgrpen(group: number, v: number): void {
    if (group === 0) this.veng0 = (v & 1) !== 0;
    else this.veng1 = (v & 1) !== 0;
    this.changed();
  }
}
