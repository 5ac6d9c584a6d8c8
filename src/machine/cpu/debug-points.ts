// The debugger's breakpoints and watchpoints as one PE holds them (the adapter applies its
// own to every PE). The PE's run loop asks here whether the PC is at a breakpoint, and its
// data accesses (while watchpoints are armed) whether they touch a watched range.
//
// Breakpoints are filtered by a count per 4 KiB page of the address's low 32 bits, so the
// run loop can go at full speed through pages with none; the exact list is short.

import type { Cpu } from './cpu.ts';
import { toBigInt } from './bits.ts';

export type WatchType = 'write' | 'read' | 'access';
export type WatchFilter = (cpu: Cpu) => boolean;

/** Why run() stopped at a watchpoint; the access has not been made. */
export interface WatchHit {
  /** The watched address the access touches first (VA or PA, as the watchpoint's space). */
  readonly addr: bigint;
  readonly kind: 'watch' | 'rwatch' | 'awatch';
  readonly space: 'va' | 'pa';
  /** The access: its virtual address, size and direction. */
  readonly va: bigint;
  readonly size: number;
  readonly write: boolean;
}

/** A watched range [lo, lo + len) (lo/hi: the address's 32-bit halves), bit 0 = reads, bit 1 = writes. */
interface Watchpoint {
  readonly lo: number;
  readonly hi: number;
  readonly len: number;
  readonly kinds: number;
  readonly applies: WatchFilter | null;
}

export class DebugPoints {
  /** Breakpoints per page of the low 32 address bits: non-zero where one may be. */
  readonly bpPages = new Uint8Array(1 << 20);
  private readonly breakpoints: { lo: number; hi: number }[] = [];
  /** Watched virtual ranges, checked before translation. */
  private readonly vaWatchpoints: Watchpoint[] = [];
  /** Watched physical ranges, checked after translation (whatever VA the access used). */
  private readonly paWatchpoints: Watchpoint[] = [];

  get hasBreakpoints(): boolean {
    return this.breakpoints.length > 0;
  }

  get hasWatchpoints(): boolean {
    return this.vaWatchpoints.length + this.paWatchpoints.length > 0;
  }

  addBreakpoint(addr: bigint): void {
    const lo = Number(BigInt.asIntN(32, addr));
    const hi = Number(BigInt.asIntN(32, addr >> 32n));
    if (this.breakpoints.some((b) => b.lo === lo && b.hi === hi)) return;
    this.breakpoints.push({ lo, hi });
    this.bpPages[lo >>> 12]++;
  }

  removeBreakpoint(addr: bigint): void {
    const lo = Number(BigInt.asIntN(32, addr));
    const hi = Number(BigInt.asIntN(32, addr >> 32n));
    const i = this.breakpoints.findIndex((b) => b.lo === lo && b.hi === hi);
    if (i < 0) return;
    this.breakpoints.splice(i, 1);
    this.bpPages[lo >>> 12]--;
  }

  /** Whether a breakpoint is set at the address (lo, hi). */
  breakpointAt(lo: number, hi: number): boolean {
    if (this.bpPages[lo >>> 12] === 0) return false;
    for (const b of this.breakpoints) if (b.lo === lo && b.hi === hi) return true;
    return false;
  }

  /**
   * Watches [addr, addr + len) for `type` accesses. `space` 'pa' watches physical
   * addresses; `applies`, when given, limits the watchpoint to the accesses it accepts
   * (e.g. those of one VM's vCPUs). Removal matches all of these (same function object).
   */
  addWatchpoint(addr: bigint, len: number, type: WatchType, space: 'va' | 'pa' = 'va', applies: WatchFilter | null = null): void {
    (space === 'va' ? this.vaWatchpoints : this.paWatchpoints).push(makeWatchpoint(addr, len, type, applies));
  }

  removeWatchpoint(addr: bigint, len: number, type: WatchType, space: 'va' | 'pa' = 'va', applies: WatchFilter | null = null): void {
    const list = space === 'va' ? this.vaWatchpoints : this.paWatchpoints;
    const w = makeWatchpoint(addr, len, type, applies);
    const i = list.findIndex((x) => x.lo === w.lo && x.hi === w.hi && x.len === len && x.kinds === w.kinds && x.applies === applies);
    if (i >= 0) list.splice(i, 1);
  }

  /** The hit, if `cpu`'s access of `size` bytes at VA (lo, hi) touches a watched virtual range. */
  vaWatchHit(cpu: Cpu, lo: number, hi: number, size: number, write: boolean): WatchHit | null {
    const w = findWatched(this.vaWatchpoints, lo, hi, size, write, cpu);
    return w === undefined ? null : watchHit(w, lo, hi, size, write, lo, hi, false);
  }

  /** The same for the physical address `pa` that the access at VA (lo, hi) translated to. */
  paWatchHit(cpu: Cpu, pa: number, size: number, write: boolean, lo: number, hi: number): WatchHit | null {
    const paLo = pa % 2 ** 32 | 0;
    const paHi = Math.floor(pa / 2 ** 32);
    const w = findWatched(this.paWatchpoints, paLo, paHi, size, write, cpu);
    return w === undefined ? null : watchHit(w, paLo, paHi, size, write, lo, hi, true);
  }
}

function makeWatchpoint(addr: bigint, len: number, type: WatchType, applies: WatchFilter | null): Watchpoint {
  const kinds = type === 'read' ? 1 : type === 'write' ? 2 : 3;
  return { lo: Number(BigInt.asIntN(32, addr)), hi: Number(BigInt.asIntN(32, addr >> 32n)), len, kinds, applies };
}

/** The first watchpoint an access of `size` bytes at (lo, hi) touches, if any. */
function findWatched(list: readonly Watchpoint[], lo: number, hi: number, size: number, write: boolean, cpu: Cpu): Watchpoint | undefined {
  const start = lo >>> 0;
  for (const w of list) {
    if (w.hi !== hi || (w.kinds & (write ? 2 : 1)) === 0) continue;
    const wStart = w.lo >>> 0;
    if (start < wStart + w.len && wStart < start + size && (w.applies === null || w.applies(cpu))) return w;
  }
  return undefined;
}

/** An access at (lo, hi) (VA or PA) touching `w`; (vaLo, vaHi): the access's virtual address. */
function watchHit(w: Watchpoint, lo: number, hi: number, size: number, write: boolean, vaLo: number, vaHi: number, physical: boolean): WatchHit {
  const start = Math.max(lo >>> 0, w.lo >>> 0);
  return {
    addr: toBigInt(start | 0, hi),
    kind: w.kinds === 3 ? 'awatch' : write ? 'watch' : 'rwatch',
    space: physical ? 'pa' : 'va',
    va: toBigInt(vaLo, vaHi),
    size,
    write,
  };
}
