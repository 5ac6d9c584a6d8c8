// RAM of reverse execution's checkpoints as a chain of deltas: the oldest checkpoint holds
// every page that is not zero, each later one only the pages written since the one before
// (the bus tracks writes: Bus.trackWrites). A page's content at checkpoint k is its copy
// in the newest checkpoint up to k that holds it (zero when a full one before lacks it).
// Taking a checkpoint then costs the pages written since the last, not a scan of all RAM
// (3 GiB on the default system: 40-100 ms), and restoring one rewrites only the pages
// that differ: those written since the checkpoint the RAM was last captured as or
// restored to (the reference), and those the deltas between that one and the target hold.

import type { Bus } from '../machine/bus/bus.ts';
import { forEachNonZeroPage, RAM_PAGE } from '../machine/snapshot/ram-image.ts';

/** One checkpoint's RAM. */
export interface RamDelta {
  /** Page number (RAM offset / RAM_PAGE) -> its content then (ZERO_PAGE for a zero page in a delta). */
  pages: Map<number, Uint8Array>;
  /** Holds every page that was not zero (a page it lacks was zero): the oldest, or one taken after the tracker lost track. */
  full: boolean;
}

/** Bytes a held page costs besides its 4 KiB (the typed array and map entry), roughly. */
const PAGE_OVERHEAD = 160;
/** The content of every zero page a delta holds (shared, never written). */
const ZERO_PAGE = new Uint8Array(RAM_PAGE);
const ZERO_BUF = Buffer.from(ZERO_PAGE.buffer);

/** Bytes a delta's pages take (shared zero pages aside). */
export function deltaBytes(d: RamDelta): number {
  let n = 0;
  for (const data of d.pages.values()) n += pageBytes(data);
  return n;
}

function pageBytes(data: Uint8Array): number {
  return data === ZERO_PAGE ? PAGE_OVERHEAD : RAM_PAGE + PAGE_OVERHEAD;
}

export class RamDeltas {
  /** The delta RAM was last captured as or restored to; writes since are the bus's written pages. */
  private reference: RamDelta | null = null;
  /** Marks of the pages gathered by pagesToRewrite (page -> stamp), and the current stamp (made at the first use). */
  private seenStamp = new Uint32Array(0);
  private stamp = 0;
  private gathered = new Uint32Array(0);

  constructor(private readonly bus: Bus) {}

  /** Ends tracking (nothing kept). */
  stop(): void {
    this.reference = null;
    this.bus.stopTracking();
  }

  /**
   * RAM now as the delta after `chain`'s newest (a full one for an empty chain, or when the
   * tracker lost track of RAM). Tracking starts here.
   */
  capture(chain: readonly RamDelta[]): RamDelta {
    const bus = this.bus;
    const ram = bus.ram;
    const from = this.referenceIndex(chain);
    // The pages that may differ from the newest; -1: any page may.
    const n = from < 0 || bus.lostTrack || !bus.tracking ? -1 : this.pagesToRewrite(chain, from, chain.length - 1);
    let d: RamDelta;
    if (n < 0) {
      d = { pages: new Map(), full: true };
      forEachNonZeroPage(ram, (p) => d.pages.set(p, ram.slice(p * RAM_PAGE, (p + 1) * RAM_PAGE)));
      bus.trackWrites();
    } else {
      d = { pages: new Map(), full: false };
      for (let i = 0; i < n; i++) {
        const p = this.gathered[i];
        const page = ram.subarray(p * RAM_PAGE, (p + 1) * RAM_PAGE);
        d.pages.set(p, ZERO_BUF.equals(page) ? ZERO_PAGE : page.slice());
      }
      bus.armWritten();
    }
    this.reference = d;
    return d;
  }

  /** Makes RAM what it was at `chain[k]`; tracking goes on from there. */
  restore(chain: readonly RamDelta[], k: number): void {
    const bus = this.bus;
    const ram = bus.ram;
    const from = this.referenceIndex(chain);
    if (from < 0 || bus.lostTrack || !bus.tracking) {
      this.restoreAll(chain, k);
      return;
    }
    const n = this.pagesToRewrite(chain, from, k);
    if (n < 0) {
      this.restoreAll(chain, k);
      return;
    }
    for (let i = 0; i < n; i++) {
      const p = this.gathered[i];
      ram.set(pageAt(chain, k, p), p * RAM_PAGE);
      bus.pageRewritten(p);
    }
    bus.armWritten();
    this.reference = chain[k];
  }

  /**
   * Merges the oldest delta (a full one) into the next, which then holds every page that
   * is not zero; the oldest is to be dropped. Returns the bytes freed.
   */
  mergeOldest(chain: readonly RamDelta[]): number {
    const [oldest, next] = chain;
    // The next's pages go into the oldest's map (the big one), which the next then takes.
    let freed = 0;
    for (const [p, data] of next.pages) {
      const old = oldest.pages.get(p);
      if (old !== undefined) freed += pageBytes(old);
      if (data === ZERO_PAGE) {
        oldest.pages.delete(p); // a full delta lacks its zero pages
        freed += PAGE_OVERHEAD;
      } else oldest.pages.set(p, data);
    }
    next.pages = oldest.pages;
    next.full = true;
    if (this.reference === oldest) this.reference = null;
    return freed;
  }

  private referenceIndex(chain: readonly RamDelta[]): number {
    return this.reference === null ? -1 : chain.lastIndexOf(this.reference);
  }

  /**
   * Gathers (into `gathered`) the pages that may differ between RAM now and `chain[k]`:
   * those written since the reference `chain[from]`, and those the deltas between the two
   * hold. Returns their count, or -1 when a full delta lies between (any page may differ).
   */
  private pagesToRewrite(chain: readonly RamDelta[], from: number, k: number): number {
    const stamp = this.nextStamp();
    const seen = this.seenStamp;
    const out = this.gathered;
    let n = 0;
    for (const p of this.bus.writtenPages()) {
      if (seen[p] !== stamp) {
        seen[p] = stamp;
        out[n++] = p;
      }
    }
    for (let i = Math.min(from, k) + 1; i <= Math.max(from, k); i++) {
      if (chain[i].full) return -1;
      for (const p of chain[i].pages.keys()) {
        if (seen[p] !== stamp) {
          seen[p] = stamp;
          out[n++] = p;
        }
      }
    }
    return n;
  }

  private nextStamp(): number {
    if (this.seenStamp.length === 0) {
      const pages = this.bus.ramSize / RAM_PAGE;
      this.seenStamp = new Uint32Array(pages);
      this.gathered = new Uint32Array(pages);
    }
    if (++this.stamp === 0xffff_ffff) {
      this.seenStamp.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** Restores `chain[k]` over RAM whose relation to the chain is unknown: every page not zero now or then. */
  private restoreAll(chain: readonly RamDelta[], k: number): void {
    const bus = this.bus;
    const ram = bus.ram;
    bus.invalidateCode();
    forEachNonZeroPage(ram, (p) => ram.fill(0, p * RAM_PAGE, (p + 1) * RAM_PAGE));
    let first = k;
    while (first > 0 && !chain[first].full) first--;
    // The newest copy of each page first; older ones of the same page are skipped.
    const stamp = this.nextStamp();
    for (let i = k; i >= first; i--) {
      for (const [p, data] of chain[i].pages) {
        if (this.seenStamp[p] === stamp) continue;
        this.seenStamp[p] = stamp;
        if (data !== ZERO_PAGE) ram.set(data, p * RAM_PAGE);
      }
    }
    bus.trackWrites();
    this.reference = chain[k];
  }
}

/** Page `p`'s content at `chain[k]`. */
function pageAt(chain: readonly RamDelta[], k: number, p: number): Uint8Array {
  for (let i = k; i >= 0; i--) {
    const d = chain[i];
    const data = d.pages.get(p);
    if (data !== undefined) return data;
    if (d.full) return ZERO_PAGE;
  }
  return ZERO_PAGE;
}
