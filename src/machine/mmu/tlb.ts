// A software TLB: direct-mapped, 4 KiB-granular, tagged by translation regime, VMID and
// ASID (global entries match any ASID), and for the EL1&0 regime by whether stage 2 was on
// (CTX_STAGE2_OFF: HCR_EL2.VM and TGE change on every hypervisor entry and exit, so both
// kinds of entry are kept apart rather than flushed). Each entry caches one 4 KiB page of a complete
// translation (stage 1 combined with stage 2 when two stages are in use) with its
// permission bits (PERM_*), so the PE's hot path is a handful of typed-array reads:
//
//   const i = tlbIndex(lo, hi);
//   if (t.vaLo[i] === (lo & -4096) && t.vaHi[i] === hi && t.ctx[i] === ctx &&
//       (t.asid[i] === asid || t.asid[i] === -1) && (t.perm[i] & need) !== 0)
//     pa = t.pa[i] + (lo & 0xfff);
//
// where ctx = tlbContext(regime, vmid) (| CTX_STAGE2_OFF) and asid is the regime's current
// ASID. Changes of the other controls a walk depends on (SCTLR, TCR, MAIR, VTCR,
// HCR_EL2.PTW) drop the regime's entries instead (the PE's MmuUnit).
// Blocks larger than 4 KiB fill one entry per page touched; each entry remembers the
// stage-1 and stage-2 block sizes it came from so that TLBI by VA/IPA removes every page
// of the block. Invalidating more than the architecture asks is always allowed (a TLB may
// drop entries at any time); we never keep an entry a TLBI must remove.
//
// Walk caches: none. Every miss walks memory, so TLBI *LE* ("last level") forms and
// stage-2 invalidation by IPA only need to remove final entries.
//
// The fast view (for compiled WebAssembly code, cpu/wasm-tier): per slot, a read tag, a
// write tag and the RAM offset of the page, so that a load or store that hits is one
// 64-bit compare. A tag is the page's VA with an access class in bits 11:3 (a small
// number standing for the regime, VMID, ASID and privilege the entry was checked for:
// fastClass()); an access compares it with its own address masked to the page and its
// alignment bits, ORed with its class, so a misaligned access never matches. Slot i of the
// view only ever holds what slot i of the TLB gave it (or, for the MMU-off class, VA = PA),
// and is cleared whenever TLB slot i is refilled or dropped.

import { REGIME_EL10 as REGIME_EL10_BINDING, REGIME_EL2, REGIME_EL20, type Regime, type WalkResult } from './walk.ts';

// Read on every fill (tlbContext); tsx reads imported bindings through getters.
const REGIME_EL10 = REGIME_EL10_BINDING;

export const TLB_BITS = 12;
export const TLB_SIZE = 1 << TLB_BITS;
export const TLB_MASK = TLB_SIZE - 1;

/** The slot of virtual address (lo, hi): VA[23:12] ^ VA[47:36] (never the top byte, so TBI tags share a slot). */
export function tlbIndex(lo: number, hi: number): number {
  return ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK;
}

/** The regime/VMID tag compared on lookup. VMID only tags the EL1&0 regime. */
export function tlbContext(regime: Regime, vmid: number): number {
  return (regime << 16) | (regime === REGIME_EL10 ? vmid & 0xffff : 0);
}

/**
 * The regions Tlb.maxS1Shift bounds cached blocks in (log2 of their size): a block of at most
 * 2 MiB by its 2 MiB region, a larger one (up to 1 GiB, the largest stage-1 block) by its
 * 1 GiB region; a naturally aligned block lies within one region of its kind.
 */
const SMALL_REGION_SHIFT = 21;
const LARGE_REGION_SHIFT = 30;
/** log2 of the number of buckets of Tlb.maxS1Shift. */
const SHIFT_BUCKET_BITS = 9;

/**
 * Tlb.maxS1Shift's bucket of a context (tlbContext; CTX_STAGE2_OFF ignored) and the region
 * of VA (lo, hi) (its bits 55:regionShift) of size 2^regionShift.
 */
function shiftBucket(ctx: number, lo: number, hi: number, regionShift: number): number {
  const c = ctx & CTX_TLBI_MASK;
  const h = Math.imul((c >>> 16) * 7 + c, 0x9e3779b1) ^ Math.imul((hi & 0xffffff) + regionShift, 0x85ebca6b) ^ Math.imul(lo >>> regionShift, 0xc2b2ae35);
  return (h ^ (h >>> 15)) >>> (32 - SHIFT_BUCKET_BITS);
}

/** Tag bit of EL1&0 entries walked with stage 2 off (a stage-1-only translation). */
export const CTX_STAGE2_OFF = 1 << 20;
/** The bits of a tag that TLBI matches (regime and VMID: an operation removes both kinds). */
const CTX_TLBI_MASK = CTX_STAGE2_OFF - 1;

/** Value in `vaLo` of an empty slot (no page-aligned address has bit 0 set). */
const EMPTY = 1;

/** Access classes of the fast view: 1..FAST_CLASSES (0 is never used). */
const FAST_CLASSES = 510;
/** A class no tag ever has: a region given it always takes the full path (a watchpoint is armed). */
export const FAST_CLASS_NONE = 511;
/** The class of data accesses with translation off (VA = PA). */
export const FAST_MODE_FLAT = 2;
/** In the high word of a fast-view RAM entry: an unaligned access within the page may use the entry (Normal memory, no alignment checks). */
export const FAST_UNALIGNED = 1;
/** An empty fast-view tag (both halves): its bits 11:0 are class 511 with a misalignment, which no access has. */
const FAST_EMPTY = -1;

export class Tlb {
  // vaLo, vaHi, ctx, asid, perm and ram are what a lookup reads: they may live in the
  // machine memory (constructor), in that order, where compiled WebAssembly code reads them.
  /** VA[31:12] << 12 of the cached page (EMPTY when the slot is free). */
  readonly vaLo: Int32Array;
  /** VA[63:32] exactly as used by the access (the top byte is part of the tag). */
  readonly vaHi: Int32Array;
  /** tlbContext(regime, vmid), | CTX_STAGE2_OFF for EL1&0 entries without stage 2. */
  readonly ctx: Int32Array;
  /** ASID, or -1 for a global entry. */
  readonly asid: Int32Array;
  /** PERM_* bits of the combined translation. */
  readonly perm: Int32Array;
  /** Memory attributes (MAIR format; (attr & 0xf0) === 0 is Device memory). */
  readonly attr = new Uint8Array(TLB_SIZE);
  /** Physical address of the 4 KiB page. */
  readonly pa = new Float64Array(TLB_SIZE);
  /**
   * Offset in the bus's RAM of the page, or -1 when it is not RAM (set by the PE after a
   * fill, for its load/store fast paths). Offsets of 2 GiB and more read as negative
   * (`>>> 0` gives the offset): only -1, never a page offset, means not RAM.
   */
  readonly ram: Int32Array;
  /** Intermediate physical address of the page (equals pa with one stage). */
  readonly ipa = new Float64Array(TLB_SIZE);
  /** log2 of the stage-1 block size the entry came from (12..30). */
  readonly s1Shift = new Uint8Array(TLB_SIZE);
  /** log2 of the stage-2 block size, 0 when the entry is stage 1 only. */
  readonly s2Shift = new Uint8Array(TLB_SIZE);
  /**
   * Largest s1Shift cached since the last full flush, per (regime + VMID, region of VA:
   * SMALL_REGION_SHIFT, LARGE_REGION_SHIFT) hashed into 2^SHIFT_BUCKET_BITS buckets (keys
   * that share a bucket share a bound): bounds the slots a TLBI by VA probes. One bound for
   * the whole TLB made every TLBI of the Linux VM's user pages scan all 4,096 slots of every
   * PE, once the hypervisor's 1 GiB blocks were cached (17% of the default system's boot);
   * one per VA half made each of the ~52,000 TLBIs of Linux's code patching (through a
   * 4 KiB fixmap page) in the EL1 boot probe 512 slots, for the 2 MiB blocks of its kernel
   * and of the device tree's fixmap mapping.
   */
  private readonly maxS1Shift = new Uint8Array(1 << SHIFT_BUCKET_BITS).fill(12);
  /**
   * Bumped by every invalidation (TLBI, a VTTBR_EL2 change, reset): the JS tier's compiled
   * regions (block-jit.ts) stay on their page for one epoch. Finer for fetches: fetchGen.
   */
  epoch = 0;
  /**
   * Per slot, a generation for what the PE memoises of instruction fetches whose VA has that
   * slot (tlbIndex): its successor links and the wasm tier's jump cache hold a translation
   * while the generation of their PC's slot is the one they were recorded under (and the
   * fetch key is). Memos come from entries a fetch used (markFetched) and may outlive the
   * entry's eviction, as a micro-TLB may, but never a TLBI of it: a TLBI by VA moves on a
   * slot it covers whose entry it removes and a fetch used, or whose fetched entry a fill
   * evicted since the slot's last move (then whatever the TLBI's page: the evicted one is
   * not known). So TLBIs of data pages (Linux invalidates them all the time) keep the memos.
   * Every other invalidation moves on all slots. In the machine memory after the fast view
   * when the TLB is there (TLB_FETCH_GEN in cpu/wasm-tier/layout.ts).
   */
  readonly fetchGen: Int32Array;
  /** Per slot: 1 while its entry is one a fetch used. */
  private readonly fetched = new Uint8Array(TLB_SIZE);
  /** Per slot: 1 when a fill evicted a fetched entry since the slot's generation last moved. */
  private readonly evictedFetched = new Uint8Array(TLB_SIZE);
  /**
   * `at`: the byte offset in `buffer` of six TLB_SIZE int32 arrays for vaLo, vaHi, ctx,
   * asid, perm and ram (cpu/wasm-tier/layout.ts); -1 for arrays of its own.
   */
  /** Offset of the arrays in the machine memory, or -1 (arrays of its own). */
  readonly inMachineMemory: number;

  /**
   * The fast view (see the file comment), as int32 pairs per slot (low half first): the read
   * and write tags, and the page's RAM offset (in the low half). In the machine memory after
   * the six arrays when the TLB is there (TLB_FAST_* in cpu/wasm-tier/layout.ts).
   */
  readonly fastTagR: Int32Array;
  readonly fastTagW: Int32Array;
  readonly fastRam: Int32Array;
  /** Access class of each (regime + VMID, ASID, mode) key the view has served; reset when full. */
  private readonly fastClasses = new Map<number, number>();
  private lastClassKey = -1;
  private lastClass = 0;

  constructor(buffer: ArrayBufferLike | null = null, at = -1) {
    this.inMachineMemory = buffer !== null ? at : -1;
    const shared = buffer !== null && at >= 0;
    const arr = (k: number): Int32Array => (shared ? new Int32Array(buffer, at + k * TLB_SIZE * 4, TLB_SIZE) : new Int32Array(TLB_SIZE));
    this.vaLo = arr(0).fill(EMPTY);
    this.vaHi = arr(1);
    this.ctx = arr(2);
    this.asid = arr(3);
    this.perm = arr(4);
    this.ram = arr(5).fill(-1);
    const pairs = (k: number): Int32Array => (shared ? new Int32Array(buffer, at + 6 * TLB_SIZE * 4 + k * TLB_SIZE * 8, 2 * TLB_SIZE) : new Int32Array(2 * TLB_SIZE));
    this.fastTagR = pairs(0).fill(FAST_EMPTY);
    this.fastTagW = pairs(1).fill(FAST_EMPTY);
    this.fastRam = pairs(2);
    this.fetchGen = shared ? new Int32Array(buffer, at + 6 * TLB_SIZE * 4 + 3 * TLB_SIZE * 8, TLB_SIZE) : new Int32Array(TLB_SIZE);
  }

  /** Moves on every slot's fetch generation (see fetchGen). */
  private newFetchGens(): void {
    const g = this.fetchGen;
    for (let i = 0; i < TLB_SIZE; i++) g[i] = (g[i] + 1) | 0;
    this.evictedFetched.fill(0);
  }

  /** Slot `i` holds a translation a fetch used (see fetchGen). */
  markFetched(i: number): void {
    this.fetched[i] = 1;
  }

  /**
   * The fast view's access class for data accesses in context `ctx` with `asid`, in mode 0
   * (privileged), 1 (unprivileged) or FAST_MODE_FLAT (translation off: ctx and asid are
   * ignored). When every class is taken, the view is emptied and numbering starts again.
   */
  fastClass(ctx: number, asid: number, mode: number): number {
    const key = mode === FAST_MODE_FLAT ? 0 : ((ctx >>> 0) * 65536 + (asid & 0xffff)) * 4 + mode + 4;
    if (key === this.lastClassKey) return this.lastClass;
    let c = this.fastClasses.get(key);
    if (c === undefined) {
      if (this.fastClasses.size === FAST_CLASSES) {
        this.fastTagR.fill(FAST_EMPTY);
        this.fastTagW.fill(FAST_EMPTY);
        this.fastClasses.clear();
        // Compiled code running with an old class number must go back to the run loop.
        this.epoch++;
        this.newFetchGens();
      }
      c = this.fastClasses.size + 1;
      this.fastClasses.set(key, c);
    }
    this.lastClassKey = key;
    this.lastClass = c;
    return c;
  }

  /**
   * Sets fast-view slot `i` for the page at VA (lo, hi) in access class `cls`: readable and/or
   * writable through the view, at RAM offset `ram` (the page's), and for unaligned accesses
   * too where `unaligned` (FAST_UNALIGNED). Both tags are rewritten, so the slot never keeps
   * a tag of another class beside the new RAM offset.
   */
  setFast(i: number, lo: number, hi: number, cls: number, read: boolean, write: boolean, ram: number, unaligned: boolean): void {
    const tagLo = (lo & -4096) | (cls << 3);
    this.fastTagR[2 * i] = read ? tagLo : FAST_EMPTY;
    this.fastTagR[2 * i + 1] = read ? hi : FAST_EMPTY;
    this.fastTagW[2 * i] = write ? tagLo : FAST_EMPTY;
    this.fastTagW[2 * i + 1] = write ? hi : FAST_EMPTY;
    this.fastRam[2 * i] = ram;
    this.fastRam[2 * i + 1] = unaligned ? FAST_UNALIGNED : 0;
  }

  private clearFast(i: number): void {
    this.fastTagR[2 * i] = FAST_EMPTY;
    this.fastTagR[2 * i + 1] = FAST_EMPTY;
    this.fastTagW[2 * i] = FAST_EMPTY;
    this.fastTagW[2 * i + 1] = FAST_EMPTY;
  }

  /** Empties slot `i` (and its fast view). */
  private empty(i: number): void {
    this.vaLo[i] = EMPTY;
    this.fetched[i] = 0;
    this.clearFast(i);
  }

  /** Statistics (cheap counters; the PE may bump hits itself). */
  hits = 0;
  misses = 0;
  fills = 0;

  /** Looks up (lo, hi): returns the PA or -1 (miss or permission not in the entry). */
  lookup(lo: number, hi: number, ctx: number, asid: number, need: number): number {
    const i = ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK;
    if (this.vaLo[i] === (lo & -4096) && this.vaHi[i] === hi && this.ctx[i] === ctx) {
      const a = this.asid[i];
      if ((a === asid || a === -1) && (this.perm[i] & need) !== 0) return this.pa[i] + (lo & 0xfff);
    }
    return -1;
  }

  /** Slot holding (lo, hi) for this context regardless of permissions, or -1. */
  find(lo: number, hi: number, ctx: number, asid: number): number {
    const i = ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK;
    if (this.vaLo[i] === (lo & -4096) && this.vaHi[i] === hi && this.ctx[i] === ctx) {
      const a = this.asid[i];
      if (a === asid || a === -1) return i;
    }
    return -1;
  }

  /**
   * Caches the page of (lo, hi) from a successful walk (never call it after a fault).
   * Returns the slot.
   */
  fill(lo: number, hi: number, ctx: number, r: WalkResult): number {
    const i = ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK;
    const off = lo & 0xfff;
    this.clearFast(i);
    if (this.fetched[i] !== 0) {
      this.fetched[i] = 0;
      this.evictedFetched[i] = 1;
    }
    this.vaLo[i] = lo & -4096;
    this.vaHi[i] = hi;
    this.ctx[i] = ctx;
    this.asid[i] = r.global ? -1 : r.asid;
    this.perm[i] = r.perm;
    this.attr[i] = r.attr;
    this.pa[i] = r.pa - off;
    this.ram[i] = -1;
    this.ipa[i] = r.ipa - off;
    this.s1Shift[i] = r.blockShift;
    this.s2Shift[i] = r.twoStage ? r.s2BlockShift : 0;
    const shift = r.blockShift;
    if (shift > 12) {
      const b = shiftBucket(ctx, lo, hi, shift <= SMALL_REGION_SHIFT ? SMALL_REGION_SHIFT : LARGE_REGION_SHIFT);
      if (shift > this.maxS1Shift[b]) this.maxS1Shift[b] = shift;
    }
    this.fills++;
    return i;
  }

  private drop(i: number): void {
    this.empty(i);
    this.epoch++;
  }

  // ---- invalidation ----------------------------------------------------------------------

  /** Everything (TLBI ALLE1 + ALLE2; also used on every VTTBR_EL2 change). */
  invalidateAll(): void {
    this.epoch++;
    this.newFetchGens();
    this.vaLo.fill(EMPTY);
    this.fetched.fill(0);
    this.fastTagR.fill(FAST_EMPTY);
    this.fastTagW.fill(FAST_EMPTY);
    this.maxS1Shift.fill(12);
  }

  /** Every entry of a regime (TLBI ALLE1: REGIME_EL10, all VMIDs; ALLE2: call for EL2 and EL20). */
  invalidateRegime(regime: Regime): void {
    this.epoch++;
    this.newFetchGens();
    for (let i = 0; i < TLB_SIZE; i++) if ((this.ctx[i] & CTX_TLBI_MASK) >>> 16 === regime) this.empty(i);
  }

  /** Every entry of a regime and VMID (TLBI VMALLE1 / VMALLS12E1 for EL1&0; VMALLE1 under E2H+TGE for EL2&0). */
  invalidateContext(regime: Regime, vmid: number): void {
    this.epoch++;
    this.newFetchGens();
    const ctx = tlbContext(regime, vmid);
    for (let i = 0; i < TLB_SIZE; i++) if ((this.ctx[i] & CTX_TLBI_MASK) === ctx) this.empty(i);
  }

  /** Non-global entries with `asid` (TLBI ASIDE1). */
  invalidateAsid(regime: Regime, vmid: number, asid: number): void {
    this.epoch++;
    this.newFetchGens();
    const ctx = tlbContext(regime, vmid);
    for (let i = 0; i < TLB_SIZE; i++) if ((this.ctx[i] & CTX_TLBI_MASK) === ctx && this.asid[i] === asid) this.empty(i);
  }

  /**
   * Entries whose stage-1 translation covers VA (lo, hi) (bits 55:12 compared: the top
   * byte is ignored as TLBI ignores it), non-global ones only when their ASID is `asid`,
   * global ones always; `asid` = -1 means any ASID (TLBI VAAE1). Last-level forms are the
   * same here (no walk caches).
   */
  invalidateVa(regime: Regime, vmid: number, lo: number, hi: number, asid: number): void {
    this.epoch++;
    const ctx = tlbContext(regime, vmid);
    const hi24 = hi & 0xffffff;
    const maxShift = Math.max(this.maxS1Shift[shiftBucket(ctx, lo, hi, SMALL_REGION_SHIFT)], this.maxS1Shift[shiftBucket(ctx, lo, hi, LARGE_REGION_SHIFT)]);
    // Every 4 KiB page of the largest cached block containing VA (all slots when that
    // block spans the whole table).
    const all = maxShift - 12 >= TLB_BITS;
    const first = all ? 0 : (lo >>> maxShift) << (maxShift - 12);
    const count = all ? TLB_SIZE : 1 << (maxShift - 12);
    const mix = all ? 0 : hi >>> 4;
    const vaLo = this.vaLo;
    const gen = this.fetchGen;
    const evicted = this.evictedFetched;
    for (let k = 0; k < count; k++) {
      const i = ((first + k) ^ mix) & TLB_MASK;
      if (evicted[i] !== 0) {
        // Memos of an evicted entry may be of this page: they go.
        gen[i] = (gen[i] + 1) | 0;
        evicted[i] = 0;
      }
      const v = vaLo[i];
      if (v === EMPTY || (this.ctx[i] & CTX_TLBI_MASK) !== ctx || (this.vaHi[i] & 0xffffff) !== hi24) continue;
      const s = this.s1Shift[i];
      if (v >>> s !== lo >>> s) continue;
      const a = this.asid[i];
      if (asid !== -1 && a !== -1 && a !== asid) continue;
      if (this.fetched[i] !== 0) gen[i] = (gen[i] + 1) | 0;
      this.empty(i);
    }
  }

  /** EL1&0 entries of `vmid` whose stage-2 translation covers IPA `ipa` (TLBI IPAS2E1/IPAS2LE1). */
  invalidateIpa(vmid: number, ipa: number): void {
    this.epoch++;
    this.newFetchGens();
    const ctx = tlbContext(REGIME_EL10, vmid);
    for (let i = 0; i < TLB_SIZE; i++) {
      if (this.vaLo[i] === EMPTY || (this.ctx[i] & CTX_TLBI_MASK) !== ctx) continue;
      const s = this.s2Shift[i];
      if (s === 0) continue;
      const size = 2 ** s;
      if (Math.floor(this.ipa[i] / size) === Math.floor(ipa / size)) this.drop(i);
    }
  }

  /** Number of valid entries (tests, statistics). */
  count(): number {
    let n = 0;
    for (let i = 0; i < TLB_SIZE; i++) if (this.vaLo[i] !== EMPTY) n++;
    return n;
  }
}

// ---- TLBI instructions ------------------------------------------------------------------------

/** What a TLBI operation invalidates. */
export const TlbiKind = {
  ALL_REGIME: 0, // VMALLE1 / VMALLS12E1 (current VMID) or ALLE2 / ALLE1
  ASID: 1,
  VA: 2, // with ASID from Xt
  VA_ALL_ASID: 3,
  IPA: 4,
} as const;

export interface TlbiOp {
  readonly name: string;
  /** SYS encoding: op1, CRn = 8, CRm, op2. */
  readonly op1: number;
  readonly crm: number;
  readonly op2: number;
  readonly kind: number;
  /** 1: an EL1 operation (EL1&0 regime, or EL2&0 when executed at EL2 with E2H = TGE = 1); 2: EL2 regime; 12: ALLE1/VMALLS12E1/IPAS2 (EL1&0 from EL2). */
  readonly target: 1 | 2 | 12;
  /** VMALLS12E1/ALLE1: all VMIDs (ALLE1) or current VMID. */
  readonly allVmids: boolean;
  /** Inner/Outer Shareable: broadcast to every PE. */
  readonly broadcast: boolean;
  readonly lastLevel: boolean;
}

function op(name: string, op1: number, crm: number, op2: number, kind: number, target: 1 | 2 | 12, allVmids = false): TlbiOp[] {
  const lastLevel = /^(VALE|VAALE|IPAS2LE)/.test(name);
  const mk = (suffix: string, c: number, o2: number, broadcast: boolean): TlbiOp => ({
    name: `TLBI ${name}${suffix}`,
    op1,
    crm: c,
    op2: o2,
    kind,
    target,
    allVmids,
    broadcast,
    lastLevel,
  });
  // Non-shareable forms: CRm as given; Inner Shareable: CRm 3 (0 for IPAS2*); Outer
  // Shareable (FEAT_TLBIOS): CRm 1 (IPAS2*: CRm 4 with op2 - 1).
  if (kind === TlbiKind.IPA) return [mk('', crm, op2, false), mk('IS', 0, op2, true), mk('OS', 4, op2 - 1, true)];
  return [mk('', crm, op2, false), mk('IS', 3, op2, true), mk('OS', 1, op2, true)];
}

/** Every TLBI operation for the EL1&0, EL2 and EL2&0 regimes (no range or EL3 forms). */
export const TLBI_OPS: readonly TlbiOp[] = [
  ...op('VMALLE1', 0, 7, 0, TlbiKind.ALL_REGIME, 1),
  ...op('VAE1', 0, 7, 1, TlbiKind.VA, 1),
  ...op('ASIDE1', 0, 7, 2, TlbiKind.ASID, 1),
  ...op('VAAE1', 0, 7, 3, TlbiKind.VA_ALL_ASID, 1),
  ...op('VALE1', 0, 7, 5, TlbiKind.VA, 1),
  ...op('VAALE1', 0, 7, 7, TlbiKind.VA_ALL_ASID, 1),
  ...op('IPAS2E1', 4, 4, 1, TlbiKind.IPA, 12),
  ...op('IPAS2LE1', 4, 4, 5, TlbiKind.IPA, 12),
  ...op('ALLE2', 4, 7, 0, TlbiKind.ALL_REGIME, 2),
  ...op('VAE2', 4, 7, 1, TlbiKind.VA, 2),
  ...op('ALLE1', 4, 7, 4, TlbiKind.ALL_REGIME, 12, true),
  ...op('VALE2', 4, 7, 5, TlbiKind.VA, 2),
  ...op('VMALLS12E1', 4, 7, 6, TlbiKind.ALL_REGIME, 12),
];

/** op1:CRm:op2 -> TlbiOp (CRn is 8 for all of them). */
export const TLBI_BY_ENCODING: ReadonlyMap<number, TlbiOp> = new Map(TLBI_OPS.map((o) => [(o.op1 << 7) | (o.crm << 3) | o.op2, o]));

export function tlbiOpFor(op1: number, crm: number, op2: number): TlbiOp | undefined {
  return TLBI_BY_ENCODING.get((op1 << 7) | (crm << 3) | op2);
}

/** The state a TLBI depends on, as the PE sees it when executing it. */
export interface TlbiContext {
  /** Current VMID (VTTBR_EL2.VMID). */
  vmid: number;
  /** HCR_EL2.E2H and TGE, and the EL executing the TLBI. */
  e2h: boolean;
  tge: boolean;
  el: number;
}

/**
 * Applies TLBI `o` with operand Xt = (xtLo, xtHi) to one PE's TLB (broadcast forms: call
 * it for every PE's TLB). VA operands: Xt[43:0] = VA[55:12], Xt[63:48] = ASID; IPA
 * operands: Xt[35:0] = IPA[47:12].
 */
export function applyTlbi(tlb: Tlb, o: TlbiOp, xtLo: number, xtHi: number, c: TlbiContext): void {
  // The regime the operation addresses.
  let regime: Regime;
  if (o.target === 1) regime = c.el === 2 && c.e2h && c.tge ? REGIME_EL20 : REGIME_EL10;
  else if (o.target === 2) regime = c.e2h ? REGIME_EL20 : REGIME_EL2;
  else regime = REGIME_EL10;
  const vmid = regime === REGIME_EL10 ? c.vmid : 0;
  const asid = xtHi >>> 16;
  // VA[55:12] from Xt[43:0]; bits 63:56 of the VA are irrelevant (compared as bits 55:12).
  const vaLo = (xtLo << 12) | 0;
  const vaHi = ((xtLo >>> 20) | (xtHi << 12)) & 0xffffff;
  switch (o.kind) {
    case TlbiKind.ALL_REGIME:
      if (o.target === 2) {
        // ALLE2: both EL2 regimes (EL2 and EL2&0).
        tlb.invalidateRegime(REGIME_EL2);
        tlb.invalidateRegime(REGIME_EL20);
      } else if (o.allVmids) tlb.invalidateRegime(REGIME_EL10);
      else tlb.invalidateContext(regime, vmid);
      return;
    case TlbiKind.ASID:
      tlb.invalidateAsid(regime, vmid, asid);
      return;
    case TlbiKind.VA:
      // VAE2 without E2H: the EL2 regime has no ASIDs (every entry is global).
      tlb.invalidateVa(regime, vmid, vaLo, vaHi, regime === REGIME_EL2 ? -1 : asid);
      return;
    case TlbiKind.VA_ALL_ASID:
      tlb.invalidateVa(regime, vmid, vaLo, vaHi, -1);
      return;
    case TlbiKind.IPA: {
      const ipa = ((xtHi & 0xf) * 4294967296 + (xtLo >>> 0)) * 4096;
      tlb.invalidateIpa(c.vmid, ipa);
      return;
    }
    default:
      throw new Error(`unknown TLBI kind ${o.kind}`);
  }
}
