// Builds translation tables in a plain byte buffer of "physical memory": used by the MMU
// tests and by tools that need page tables (e.g. bare-metal test guests).

/** Table geometry of one translation (stage-1 range or stage 2). */
export interface Geometry {
  /** log2 of the granule: 12, 14 or 16. */
  gs: number;
  startLevel: number;
  /** Index bits at the start level (more than gs - 3 for concatenated stage-2 tables). */
  startBits: number;
}

/** Stage-1 block/page attribute bits (without address and type bits). */
export function s1Attrs(o: { attrIndx?: number; ap?: number; sh?: number; af?: boolean; ng?: boolean; pxn?: boolean; uxn?: boolean } = {}): bigint {
  return (
    (BigInt(o.attrIndx ?? 0) << 2n) |
    (BigInt(o.ap ?? 0) << 6n) |
    (BigInt(o.sh ?? 3) << 8n) |
    ((o.af ?? true) ? 1n << 10n : 0n) |
    (o.ng ? 1n << 11n : 0n) |
    (o.pxn ? 1n << 53n : 0n) |
    (o.uxn ? 1n << 54n : 0n)
  );
}

/** Stage-2 block/page attribute bits: MemAttr[3:0] (bits 5:2), S2AP (7:6), SH, AF, XN (bit 54). */
export function s2Attrs(o: { memAttr?: number; s2ap?: number; sh?: number; af?: boolean; xn?: boolean } = {}): bigint {
  return (
    (BigInt(o.memAttr ?? 0xf) << 2n) |
    (BigInt(o.s2ap ?? 3) << 6n) |
    (BigInt(o.sh ?? 3) << 8n) |
    ((o.af ?? true) ? 1n << 10n : 0n) |
    (o.xn ? 1n << 54n : 0n)
  );
}

/** Stage-1 table descriptor hierarchical bits: PXNTable (59), UXNTable/XNTable (60), APTable (62:61). */
export function tableAttrs(o: { pxnTable?: boolean; uxnTable?: boolean; apTable?: number } = {}): bigint {
  return (o.pxnTable ? 1n << 59n : 0n) | (o.uxnTable ? 1n << 60n : 0n) | (BigInt(o.apTable ?? 0) << 61n);
}

export class PageTableBuilder {
  private readonly view: DataView;
  /**
   * `mem` holds physical addresses [base, base + mem.length); tables are allocated from
   * `allocFrom` upward. `toPhys` converts a table address as the walk sees it (an IPA for
   * stage-1 tables under two stages) to the physical address where it is stored.
   */
  constructor(
    readonly mem: Uint8Array,
    readonly base: number,
    private next: number,
    readonly toPhys: (addr: number) => number = (a) => a,
  ) {
    this.view = new DataView(mem.buffer, mem.byteOffset, mem.byteLength);
  }

  /** Allocates `bytes` (a power of two) of zeroed memory aligned to its size; returns its (walk) address. */
  alloc(bytes: number): number {
    const a = Math.ceil(this.next / bytes) * bytes;
    this.next = a + bytes;
    this.mem.fill(0, this.toPhys(a) - this.base, this.toPhys(a) - this.base + bytes);
    return a;
  }

  write64(addr: number, v: bigint): void {
    this.view.setBigUint64(this.toPhys(addr) - this.base, BigInt.asUintN(64, v), true);
  }

  read64(addr: number): bigint {
    return this.view.getBigUint64(this.toPhys(addr) - this.base, true);
  }

  /** Allocates a starting table (concatenated when startBits > gs - 3). */
  root(g: Geometry): number {
    return this.alloc(Math.max(2 ** (g.startBits + 3), 2 ** g.gs));
  }

  /**
   * Address of the descriptor for input address `ia` at `level`, creating table
   * descriptors (with `tAttrs` added) on the way.
   */
  slot(root: number, g: Geometry, ia: number, level: number, tAttrs = 0n): number {
    const stride = g.gs - 3;
    let table = root;
    let bits = g.startBits;
    for (let l = g.startLevel; ; l++) {
      const shift = g.gs + (3 - l) * stride;
      const idx = Math.floor(ia / 2 ** shift) % 2 ** bits;
      const at = table + idx * 8;
      if (l === level) return at;
      const d = this.read64(at);
      if ((d & 3n) === 3n) table = Number(d & 0x0000_ffff_ffff_f000n);
      else {
        const t = this.alloc(2 ** g.gs);
        this.write64(at, BigInt(t) | 3n | tAttrs);
        table = t;
      }
      table -= table % 2 ** g.gs;
      bits = stride;
    }
  }

  /** Maps the block/page of `ia` at `level` to `oa` with leaf attribute bits `attrs`. */
  map(root: number, g: Geometry, ia: number, level: number, oa: number, attrs: bigint, tAttrs = 0n): number {
    const at = this.slot(root, g, ia, level, tAttrs);
    this.write64(at, BigInt(oa) | attrs | (level === 3 ? 3n : 1n));
    return at;
  }
}
