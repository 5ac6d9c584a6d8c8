// Per-INTID interrupt state shared by the GICv3 distributor (SPIs) and redistributors
// (SGIs and PPIs), and the register block the two have in common: GICD_/GICR_ IGROUPR,
// ISENABLER, ICENABLER, ISPENDR, ICPENDR, ISACTIVER, ICACTIVER, IPRIORITYR, ICFGR,
// IGRPMODR and NSACR sit at the same offsets in the distributor and in a redistributor's
// SGI frame (GICv3 spec IHI 0069, 12.9 and 12.11).
//
// Pending state (IHI 0069 4.1): an edge-triggered interrupt is pending while its latch is
// set (a rising edge of the input, a GICx_ISPENDR write, an SGI); a level-sensitive one is
// pending while its input is asserted OR its latch is set by GICx_ISPENDR. Acknowledging
// clears the latch; a level input still high leaves the interrupt active and pending.

/** Priority bits implemented (5: 32 levels, like Cortex-A53/A55/A76 and QEMU's `max`). */
export const PRI_BITS = 5;
/** Mask of the implemented priority bits of an 8-bit priority field (0xF8). */
export const PRI_MASK = (0xff << (8 - PRI_BITS)) & 0xff;

/** ICC_IAR/HPPIR value meaning "no interrupt". */
export const INTID_SPURIOUS = 1023;

/** The lowest set bit index of a 32-bit value, 32 when zero. */
export function lowestBit(v: number): number {
  return v === 0 ? 32 : 31 - Math.clz32(v & -v);
}

/** Register offsets of the common block (within GICD, or within GICR's SGI frame). */
export const REG = {
  IGROUPR: 0x0080,
  ISENABLER: 0x0100,
  ICENABLER: 0x0180,
  ISPENDR: 0x0200,
  ICPENDR: 0x0280,
  ISACTIVER: 0x0300,
  ICACTIVER: 0x0380,
  IPRIORITYR: 0x0400,
  ICFGR: 0x0c00,
  IGRPMODR: 0x0d00,
  NSACR: 0x0e00,
} as const;

export class IrqBank {
  /** GICx_ISENABLER bit. */
  readonly enabled: Uint8Array;
  /** Software/edge pending latch. */
  readonly latch: Uint8Array;
  /** Level of the input wire. */
  readonly level: Uint8Array;
  readonly active: Uint8Array;
  /** Priority, implemented bits only (PRI_MASK). */
  readonly priority: Uint8Array;
  /** 1 = edge-triggered (GICx_ICFGR Int_config[1] = 1), 0 = level-sensitive. */
  readonly edge: Uint8Array;
  /** 0 = Group 0 (FIQ), 1 = Group 1 (IRQ). */
  readonly group: Uint8Array;

  constructor(
    /** Number of INTIDs covered, starting at INTID 0. */
    readonly size: number,
    /** Lowest INTID this bank implements (32 in the distributor: SGIs/PPIs are RAZ/WI there). */
    readonly lowest: number,
    /** INTIDs below this are SGIs: always edge-triggered, ICFGR read-only. */
    private readonly sgiLimit: number,
  ) {
    this.enabled = new Uint8Array(size);
    this.latch = new Uint8Array(size);
    this.level = new Uint8Array(size);
    this.active = new Uint8Array(size);
    this.priority = new Uint8Array(size);
    this.edge = new Uint8Array(size);
    this.group = new Uint8Array(size);
    this.reset();
  }

  reset(): void {
    this.enabled.fill(0);
    this.latch.fill(0);
    this.active.fill(0);
    this.priority.fill(0);
    this.group.fill(0);
    this.edge.fill(0);
    for (let i = 0; i < this.sgiLimit && i < this.size; i++) this.edge[i] = 1;
    // Input levels are wires: they survive a reset of the controller.
  }

  isPending(i: number): boolean {
    return (this.latch[i] | (this.level[i] & (this.edge[i] ^ 1))) !== 0;
  }

  /** Drives the input wire of INTID i; an edge-triggered interrupt latches on a rising edge. */
  setLevel(i: number, level: boolean): void {
    const l = level ? 1 : 0;
    if (l === 1 && this.level[i] === 0 && this.edge[i] === 1) this.latch[i] = 1;
    this.level[i] = l;
  }

  /** Acknowledge: pending -> active (a level still asserted stays pending). */
  acknowledge(i: number): void {
    this.latch[i] = 0;
    this.active[i] = 1;
  }

  private valid(i: number): boolean {
    return i >= this.lowest && i < this.size;
  }

  /** Reads a bitmap register of `size` bytes whose first bit is INTID `first`. */
  private readBits(arr: (i: number) => boolean, first: number, size: number): number {
    let v = 0;
    for (let b = 0; b < size * 8; b++) {
      const i = first + b;
      if (this.valid(i) && arr(i)) v |= 1 << b;
    }
    return v >>> 0;
  }

  private forBits(value: number, first: number, size: number, fn: (i: number) => void): void {
    for (let b = 0; b < size * 8; b++) {
      if (((value >>> b) & 1) !== 0 && this.valid(first + b)) fn(first + b);
    }
  }

  /**
   * Reads the common register block at `off` (GICD offset, or GICR SGI-frame offset).
   * Returns undefined when `off` is outside the block.
   */
  read(off: number, size: number): number | undefined {
    if (off >= REG.IGROUPR && off < REG.IGROUPR + 0x80) {
      return this.readBits((i) => this.group[i] === 1, (off - REG.IGROUPR) * 8, size);
    }
    if (off >= REG.ISENABLER && off < REG.ICENABLER + 0x80) {
      return this.readBits((i) => this.enabled[i] === 1, ((off - REG.ISENABLER) & 0x7f) * 8, size);
    }
    if (off >= REG.ISPENDR && off < REG.ICPENDR + 0x80) {
      return this.readBits((i) => this.isPending(i), ((off - REG.ISPENDR) & 0x7f) * 8, size);
    }
    if (off >= REG.ISACTIVER && off < REG.ICACTIVER + 0x80) {
      return this.readBits((i) => this.active[i] === 1, ((off - REG.ISACTIVER) & 0x7f) * 8, size);
    }
    if (off >= REG.IPRIORITYR && off < REG.IPRIORITYR + 0x400) {
      let v = 0;
      const first = off - REG.IPRIORITYR;
      for (let k = 0; k < size; k++) {
        const i = first + k;
        if (this.valid(i)) v |= this.priority[i] << (8 * k);
      }
      return v >>> 0;
    }
    if (off >= REG.ICFGR && off < REG.ICFGR + 0x100) {
      let v = 0;
      const first = (off - REG.ICFGR) * 4;
      for (let k = 0; k < size * 4; k++) {
        const i = first + k;
        if (this.valid(i) && this.edge[i] === 1) v |= 2 << (2 * k);
      }
      return v >>> 0;
    }
    // IGRPMODR and NSACR: RAZ/WI with GICD_CTLR.DS = 1 (one Security state).
    if (off >= REG.IGRPMODR && off < REG.NSACR + 0x100) return 0;
    return undefined;
  }

  /** Writes the common block; returns false when `off` is outside it. */
  write(off: number, size: number, value: number): boolean {
    if (off >= REG.IGROUPR && off < REG.IGROUPR + 0x80) {
      const first = (off - REG.IGROUPR) * 8;
      for (let b = 0; b < size * 8; b++) {
        const i = first + b;
        if (this.valid(i)) this.group[i] = (value >>> b) & 1;
      }
      return true;
    }
    if (off >= REG.ISENABLER && off < REG.ISENABLER + 0x80) {
      this.forBits(value, (off - REG.ISENABLER) * 8, size, (i) => (this.enabled[i] = 1));
      return true;
    }
    if (off >= REG.ICENABLER && off < REG.ICENABLER + 0x80) {
      this.forBits(value, (off - REG.ICENABLER) * 8, size, (i) => (this.enabled[i] = 0));
      return true;
    }
    if (off >= REG.ISPENDR && off < REG.ISPENDR + 0x80) {
      this.forBits(value, (off - REG.ISPENDR) * 8, size, (i) => (this.latch[i] = 1));
      return true;
    }
    if (off >= REG.ICPENDR && off < REG.ICPENDR + 0x80) {
      // Clears the latch; a level-sensitive interrupt whose input is asserted stays pending.
      this.forBits(value, (off - REG.ICPENDR) * 8, size, (i) => (this.latch[i] = 0));
      return true;
    }
    if (off >= REG.ISACTIVER && off < REG.ISACTIVER + 0x80) {
      this.forBits(value, (off - REG.ISACTIVER) * 8, size, (i) => (this.active[i] = 1));
      return true;
    }
    if (off >= REG.ICACTIVER && off < REG.ICACTIVER + 0x80) {
      this.forBits(value, (off - REG.ICACTIVER) * 8, size, (i) => (this.active[i] = 0));
      return true;
    }
    if (off >= REG.IPRIORITYR && off < REG.IPRIORITYR + 0x400) {
      const first = off - REG.IPRIORITYR;
      for (let k = 0; k < size; k++) {
        const i = first + k;
        if (this.valid(i)) this.priority[i] = (value >>> (8 * k)) & PRI_MASK;
      }
      return true;
    }
    if (off >= REG.ICFGR && off < REG.ICFGR + 0x100) {
      const first = (off - REG.ICFGR) * 4;
      for (let k = 0; k < size * 4; k++) {
        const i = first + k;
        if (!this.valid(i) || i < this.sgiLimit) continue; // SGIs: always edge, RO
        const e = (value >>> (2 * k + 1)) & 1;
        // Changing an edge interrupt to level keeps a latched edge as a software pend.
        this.edge[i] = e;
      }
      return true;
    }
    if (off >= REG.IGRPMODR && off < REG.NSACR + 0x100) return true;
    return false;
  }
}
