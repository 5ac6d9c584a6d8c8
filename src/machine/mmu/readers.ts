// Descriptor readers: how a walk reads 64-bit little-endian descriptors from physical
// memory. The walk code only sees the DescriptorReader interface.

import type { Bus } from '../bus/bus.ts';
import type { DescriptorReader } from './walk.ts';

/**
 * The PE's reader: RAM through the typed-array view, other addresses through the bus (a
 * device register read is a real read, as on hardware); nothing behind the address is a
 * bus error (-> synchronous External abort on the walk).
 */
export class BusDescriptorReader implements DescriptorReader {
  lo = 0;
  hi = 0;
  constructor(private readonly bus: Bus) {}

  read(pa: number): boolean {
    const bus = this.bus;
    const off = pa - bus.ramBase;
    if (off >= 0 && off + 8 <= bus.ramSize && (off & 7) === 0) {
      this.lo = bus.ram32[off >>> 2];
      this.hi = bus.ram32[(off >>> 2) + 1];
      return true;
    }
    bus.lastError = false;
    this.lo = bus.read32(pa);
    this.hi = bus.read32(pa + 4);
    if (bus.lastError) {
      bus.lastError = false;
      return false;
    }
    return true;
  }
}

/** Side-effect-free reader for debug walks: RAM and peek-able device registers only. */
export class DebugDescriptorReader implements DescriptorReader {
  lo = 0;
  hi = 0;
  private readonly buf = new Uint8Array(8);
  private readonly view = new DataView(this.buf.buffer);
  constructor(private readonly bus: Bus) {}

  read(pa: number): boolean {
    if (this.bus.debugRead(pa, this.buf) !== 8) return false;
    this.lo = this.view.getInt32(0, true);
    this.hi = this.view.getInt32(4, true);
    return true;
  }
}

/** A reader over a plain buffer holding physical memory [base, base + bytes.length) (tests, tools). */
export class BufferDescriptorReader implements DescriptorReader {
  lo = 0;
  hi = 0;
  /** Number of descriptor reads (tests check walk lengths with it). */
  reads = 0;
  private readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    readonly base = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  read(pa: number): boolean {
    this.reads++;
    const off = pa - this.base;
    if (off < 0 || off + 8 > this.bytes.length) return false;
    this.lo = this.view.getInt32(off, true);
    this.hi = this.view.getInt32(off + 4, true);
    return true;
  }
}
