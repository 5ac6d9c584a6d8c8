// The physical address space: one RAM block plus MMIO regions. Devices see offsets into
// their own window. Debug accesses (GDB) never reach a device's side-effecting path.
// RAM and the PEs' hot state share one host memory (machine-memory.ts) that compiled
// WebAssembly code imports.

import { MachineMemory } from './machine-memory.ts';

/** A memory-mapped device window. Offsets are relative to the window's base. */
export interface MmioDevice {
  readonly name: string;
  /** Reads `size` bytes (1, 2 or 4) at `offset`. Returns the value as an unsigned number. */
  read(offset: number, size: number): number;
  write(offset: number, size: number, value: number): void;
  reset(): void;
  /** Side-effect-free read for debuggers; undefined means "not readable without effects". */
  peek?(offset: number, size: number): number | undefined;
}

export interface MmioRegion {
  readonly base: number;
  readonly size: number;
  readonly device: MmioDevice;
}

/** Bus.codeLines bits. */
const LINE_CODE = 1;
const LINE_UNWRITTEN = 2;

/** Raised (as a value, not an exception) when a physical access hits nothing. */
export const BUS_ERROR = -1;

export class Bus {
  readonly ram: Uint8Array;
  readonly ram16: Uint16Array;
  readonly ram32: Int32Array;
  private readonly regions: MmioRegion[] = [];
  /** RAM and the PEs' state areas (see machine-memory.ts). */
  readonly memory: MachineMemory;
  /**
   * Which PEs may hold an exclusive-monitor mark (stores must then check the monitors): a
   * bit per PE (Cpu.exclusiveBit), set by a load-exclusive and cleared when a store's check
   * finds the PE's monitor clear, at `exclusiveMarksAt` in the machine memory, where
   * compiled stores read it (and a compiled store-exclusive, whether another PE holds one).
   */
  private readonly marks: Int32Array;
  readonly exclusiveMarksAt: number;
  get exclusiveMarks(): boolean {
    return this.marks[0] !== 0;
  }
  get exclusiveHolders(): number {
    return this.marks[0];
  }
  set exclusiveHolders(bits: number) {
    this.marks[0] = bits;
  }
  /** Set when the last read hit no RAM and no device (the value read is 0). */
  lastError = false;
  /** Device register reads and writes (accesses that reached an MMIO region) since creation. */
  mmioReads = 0;
  mmioWrites = 0;
  /**
   * One byte per 256-byte line of RAM that every store's fast path checks (compiled code
   * too): a line that is not 0 sends the store to the full path here (lineWritten). Bit
   * LINE_CODE, self-modifying code detection for the PEs' decoded-block caches: set when a
   * block is decoded from the line; a write to it bumps the generation of its 4 KiB page,
   * which invalidates every block decoded from that page. Bit LINE_UNWRITTEN, write
   * tracking (trackWrites): the page was not written since the tracker last armed it.
   */
  readonly codeLines: Uint8Array;
  /** Offset of codeLines in the machine memory (-1: not there). */
  readonly codeLinesAt: number;
  readonly pageGen: Int32Array;

  constructor(
    readonly ramBase: number,
    readonly ramSize: number,
  ) {
    if (ramSize % 4096 !== 0) throw new Error('RAM size must be a multiple of 4 KiB');
    const m = (this.memory = new MachineMemory(ramSize));
    this.ram = new Uint8Array(m.ramBuffer, m.ramOffset, ramSize);
    this.ram16 = new Uint16Array(m.ramBuffer, m.ramOffset, ramSize / 2);
    this.ram32 = new Int32Array(m.ramBuffer, m.ramOffset, ramSize / 4);
    this.exclusiveMarksAt = m.allocate(4);
    this.marks = new Int32Array(m.buffer, this.exclusiveMarksAt, 1);
    const lines = Math.ceil(ramSize / 256);
    this.codeLinesAt = m.allocate(lines, 64);
    this.codeLines = this.codeLinesAt >= 0 ? new Uint8Array(m.buffer, this.codeLinesAt, lines) : new Uint8Array(lines);
    this.pageGen = new Int32Array(ramSize >>> 12);
  }

  /** Writes that invalidated decoded code so far (the wasm tier's chained regions check it). */
  codeWrites = 0;

  /**
   * Makes every decoded block stale: RAM was rewritten behind the bus (images loaded
   * again by a board reset, as QEMU reloads them). Write tracking loses track.
   */
  invalidateCode(): void {
    this.codeLines.fill(0);
    for (let i = 0; i < this.pageGen.length; i++) this.pageGen[i]++;
    this.codeWrites++;
    if (this.written !== null) this.lostTrack = true;
  }

  /** Marks RAM offsets [off, off + length) as holding decoded code. */
  markCode(off: number, length: number): void {
    for (let line = off >>> 8; line <= (off + length - 1) >>> 8; line++) this.codeLines[line] |= LINE_CODE;
  }

  /**
   * A write hit a line whose mark is not 0: the page is recorded as written (tracking),
   * and the blocks decoded from it are invalidated (code).
   */
  private lineWritten(off: number): void {
    const line = off >>> 8;
    if ((this.codeLines[line] & LINE_UNWRITTEN) !== 0) {
      const page = off >>> 12;
      // The whole page: its other lines' stores keep their fast paths.
      for (let l = page << 4, end = l + 16; l < end; l++) this.codeLines[l] &= ~LINE_UNWRITTEN;
      this.written![this.writtenCount++] = page;
    }
    if ((this.codeLines[line] & LINE_CODE) !== 0) {
      this.codeLines[line] = 0;
      this.pageGen[off >>> 12]++;
      this.codeWrites++;
    }
  }

  // ---- write tracking (reverse execution's checkpoints hold the pages written since the last) ----
  //
  // Every page gets LINE_UNWRITTEN on its 16 lines (armed): the first store to it takes the
  // full path, which records it and disarms the page, so later stores are as fast as
  // without tracking. Off (written null), no line has the bit and nothing costs.

  /** Pages written since they were armed, in order of first write (the first writtenCount); null: not tracking. */
  private written: Uint32Array | null = null;
  writtenCount = 0;
  /** RAM changed behind the tracker (invalidateCode: a reset's image loads, a snapshot restored): any page may have changed. */
  lostTrack = false;

  /** Starts write tracking (or starts it afresh): every page armed, none written. */
  trackWrites(): void {
    this.written ??= new Uint32Array(this.ramSize >>> 12);
    this.writtenCount = 0;
    this.lostTrack = false;
    const words = new Uint32Array(this.codeLines.buffer, this.codeLines.byteOffset, this.codeLines.length >>> 2);
    for (let i = 0; i < words.length; i++) words[i] |= LINE_UNWRITTEN * 0x01010101;
  }

  /** Ends write tracking: no line keeps LINE_UNWRITTEN. */
  stopTracking(): void {
    if (this.written === null) return;
    this.written = null;
    this.writtenCount = 0;
    const words = new Uint32Array(this.codeLines.buffer, this.codeLines.byteOffset, this.codeLines.length >>> 2);
    for (let i = 0; i < words.length; i++) words[i] &= LINE_CODE * 0x01010101;
  }

  get tracking(): boolean {
    return this.written !== null;
  }

  /** The page numbers written since they were armed (a view, valid until the next write or armWritten). */
  writtenPages(): Uint32Array {
    return this.written === null ? new Uint32Array(0) : this.written.subarray(0, this.writtenCount);
  }

  /** Arms the written pages again (a checkpoint now holds them): none written. */
  armWritten(): void {
    const w = this.written;
    if (w === null) return;
    for (let i = 0; i < this.writtenCount; i++) this.armPage(w[i]);
    this.writtenCount = 0;
  }

  /**
   * Page `page` was rewritten behind the bus (a checkpoint's copy put back): its decoded
   * blocks are invalidated, and, tracking, it is armed (the caller says which state RAM
   * is then the written pages are counted from, with armWritten).
   */
  pageRewritten(page: number): void {
    const mark = this.written === null ? 0 : LINE_UNWRITTEN;
    for (let l = page << 4, end = l + 16; l < end; l++) this.codeLines[l] = mark;
    this.pageGen[page]++;
    this.codeWrites++;
  }

  private armPage(page: number): void {
    for (let l = page << 4, end = l + 16; l < end; l++) this.codeLines[l] |= LINE_UNWRITTEN;
  }

  map(base: number, size: number, device: MmioDevice): void {
    for (const r of this.regions) {
      if (base < r.base + r.size && r.base < base + size) {
        throw new Error(`MMIO region ${device.name} overlaps ${r.device.name}`);
      }
    }
    this.regions.push({ base, size, device });
  }

  findRegion(pa: number): MmioRegion | undefined {
    for (const r of this.regions) {
      if (pa >= r.base && pa < r.base + r.size) return r;
    }
    return undefined;
  }

  isRam(pa: number, size: number): boolean {
    return pa >= this.ramBase && pa + size <= this.ramBase + this.ramSize;
  }

  /** Zeroes RAM [pa, pa + length) (within one 256-byte line); false if it is not RAM. */
  zeroRam(pa: number, length: number): boolean {
    const off = pa - this.ramBase;
    if (off < 0 || off + length > this.ramSize) return false;
    this.ram.fill(0, off, off + length);
    if (this.codeLines[off >>> 8] !== 0) this.lineWritten(off);
    return true;
  }

  // CPU-side accesses (little-endian). RAM fast paths use the aligned typed-array views.
  read8(pa: number): number {
    const off = pa - this.ramBase;
    if (off >= 0 && off < this.ramSize) return this.ram[off];
    return this.mmioRead(pa, 1);
  }

  read16(pa: number): number {
    const off = pa - this.ramBase;
    if (off >= 0 && off + 2 <= this.ramSize) {
      return (off & 1) === 0 ? this.ram16[off >>> 1] : this.ram[off] | (this.ram[off + 1] << 8);
    }
    return this.mmioRead(pa, 2);
  }

  /** Returns the 32-bit value as int32. */
  read32(pa: number): number {
    const off = pa - this.ramBase;
    if (off >= 0 && off + 4 <= this.ramSize) {
      if ((off & 3) === 0) return this.ram32[off >>> 2];
      const m = this.ram;
      return m[off] | (m[off + 1] << 8) | (m[off + 2] << 16) | (m[off + 3] << 24);
    }
    return this.mmioRead(pa, 4) | 0;
  }

  write8(pa: number, v: number): void {
    const off = pa - this.ramBase;
    if (off >= 0 && off < this.ramSize) {
      this.ram[off] = v;
      if (this.codeLines[off >>> 8] !== 0) this.lineWritten(off);
      return;
    }
    this.mmioWrite(pa, 1, v & 0xff);
  }

  write16(pa: number, v: number): void {
    const off = pa - this.ramBase;
    if (off >= 0 && off + 2 <= this.ramSize) {
      if ((off & 1) === 0) this.ram16[off >>> 1] = v;
      else {
        this.ram[off] = v;
        this.ram[off + 1] = v >>> 8;
      }
      if ((this.codeLines[off >>> 8] | this.codeLines[(off + 1) >>> 8]) !== 0) {
        this.lineWritten(off);
        this.lineWritten(off + 1);
      }
      return;
    }
    this.mmioWrite(pa, 2, v & 0xffff);
  }

  write32(pa: number, v: number): void {
    const off = pa - this.ramBase;
    if (off >= 0 && off + 4 <= this.ramSize) {
      if ((off & 3) === 0) this.ram32[off >>> 2] = v;
      else {
        const m = this.ram;
        m[off] = v;
        m[off + 1] = v >>> 8;
        m[off + 2] = v >>> 16;
        m[off + 3] = v >>> 24;
      }
      if ((this.codeLines[off >>> 8] | this.codeLines[(off + 3) >>> 8]) !== 0) {
        this.lineWritten(off);
        this.lineWritten(off + 3);
      }
      return;
    }
    this.mmioWrite(pa, 4, v >>> 0);
  }

  private mmioRead(pa: number, size: number): number {
    const r = this.findRegion(pa);
    if (r === undefined) {
      this.lastError = true;
      return 0;
    }
    this.mmioReads++;
    return r.device.read(pa - r.base, size);
  }

  private mmioWrite(pa: number, size: number, v: number): void {
    const r = this.findRegion(pa);
    if (r === undefined) {
      this.lastError = true;
      return;
    }
    this.mmioWrites++;
    r.device.write(pa - r.base, size, v);
  }

  /**
   * Debugger read of physical memory: RAM, or device registers that can be read without
   * side effects. Returns the number of bytes read (stops at the first unreadable byte).
   */
  debugRead(pa: number, dst: Uint8Array): number {
    for (let i = 0; i < dst.length; i++) {
      const a = pa + i;
      const off = a - this.ramBase;
      if (off >= 0 && off < this.ramSize) {
        dst[i] = this.ram[off];
        continue;
      }
      const r = this.findRegion(a);
      const v = r?.device.peek?.(a - r.base, 1);
      if (v === undefined) return i;
      dst[i] = v;
    }
    return dst.length;
  }

  /** Debugger write of physical memory: RAM only. Returns bytes written. */
  debugWrite(pa: number, src: Uint8Array): number {
    for (let i = 0; i < src.length; i++) {
      const off = pa + i - this.ramBase;
      if (off < 0 || off >= this.ramSize) return i;
      this.ram[off] = src[i];
      if (this.codeLines[off >>> 8] !== 0) this.lineWritten(off);
    }
    return src.length;
  }

  reset(): void {
    for (const r of this.regions) r.device.reset();
  }
}
