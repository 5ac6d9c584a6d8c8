// RAM in a snapshot: the 4 KiB pages that are not all zero, copied out. Most of a board's
// RAM is never written (the default system has 3 GiB), so the zero test must be cheap: it
// compares 64 KiB blocks with zeros by memcmp (Buffer.equals) and looks at single pages
// only in blocks that hold data. Restoring writes only the pages that differ from zero in
// the snapshot or in the machine: pages never touched stay uncommitted host memory.

export const RAM_PAGE = 4096;
const BLOCK = 65536;
const PAGES_PER_BLOCK = BLOCK / RAM_PAGE;
const ZERO_BLOCK = Buffer.alloc(BLOCK);
const ZERO_PAGE = ZERO_BLOCK.subarray(0, RAM_PAGE);

export interface RamImage {
  /** RAM size in bytes (a multiple of RAM_PAGE). */
  readonly size: number;
  /** Page numbers (RAM offset / RAM_PAGE) of the pages held, ascending. */
  readonly pages: Uint32Array;
  /** Their contents, RAM_PAGE bytes each, in the same order. */
  readonly data: Uint8Array;
}

function asBuffer(ram: Uint8Array): Buffer {
  return Buffer.from(ram.buffer, ram.byteOffset, ram.byteLength);
}

/** Calls `fn` with the number of every page of `ram` that is not all zero, in order. */
export function forEachNonZeroPage(ram: Uint8Array, fn: (page: number) => void): void {
  const buf = asBuffer(ram);
  const pages = ram.length / RAM_PAGE;
  for (let p = 0; p < pages; ) {
    const off = p * RAM_PAGE;
    if (p % PAGES_PER_BLOCK === 0 && off + BLOCK <= ram.length && ZERO_BLOCK.equals(buf.subarray(off, off + BLOCK))) {
      p += PAGES_PER_BLOCK;
      continue;
    }
    if (!ZERO_PAGE.equals(buf.subarray(off, off + RAM_PAGE))) fn(p);
    p++;
  }
}

/** Copies the non-zero pages of `ram`. */
export function captureRam(ram: Uint8Array): RamImage {
  const found = new Uint32Array(ram.length / RAM_PAGE);
  let n = 0;
  forEachNonZeroPage(ram, (p) => (found[n++] = p));
  const pages = found.slice(0, n);
  const data = new Uint8Array(n * RAM_PAGE);
  for (let i = 0; i < n; i++) data.set(ram.subarray(pages[i] * RAM_PAGE, (pages[i] + 1) * RAM_PAGE), i * RAM_PAGE);
  return { size: ram.length, pages, data };
}

/** Why `image` cannot be restored into RAM of `size` bytes, or null. */
export function ramImageMismatch(image: RamImage, size: number): string | null {
  if (image.size !== size) return `RAM is ${image.size} bytes in the snapshot, ${size} on this board`;
  if (!(image.pages instanceof Uint32Array) || !(image.data instanceof Uint8Array)) return 'RAM image: bad arrays';
  if (image.data.length !== image.pages.length * RAM_PAGE) return `RAM image: ${image.data.length} bytes of data for ${image.pages.length} pages`;
  let last = -1;
  for (const p of image.pages) {
    if (p <= last || p >= size / RAM_PAGE) return `RAM image: page ${p} out of order or outside RAM`;
    last = p;
  }
  return null;
}

/**
 * Makes `ram` hold exactly the image: its pages copied, every other page zero. `written`,
 * when given, promises that RAM is zero outside those [start, end) offset ranges (a new
 * board with its images loaded): only they are looked at, which spares reading gigabytes
 * of never-touched memory (each first read of a page costs a page fault).
 */
export function applyRam(ram: Uint8Array, image: RamImage, written?: readonly [number, number][]): void {
  const held = new Uint8Array(ram.length / RAM_PAGE);
  for (const p of image.pages) held[p] = 1;
  const clear = (p: number) => {
    if (held[p] === 0) ram.fill(0, p * RAM_PAGE, (p + 1) * RAM_PAGE);
  };
  if (written === undefined) forEachNonZeroPage(ram, clear);
  else {
    for (const [start, end] of written) {
      const from = Math.max(0, Math.floor(start / RAM_PAGE));
      const to = Math.min(ram.length / RAM_PAGE, Math.ceil(end / RAM_PAGE));
      for (let p = from; p < to; p++) clear(p);
    }
  }
  const { pages, data } = image;
  for (let i = 0; i < pages.length; i++) ram.set(data.subarray(i * RAM_PAGE, (i + 1) * RAM_PAGE), pages[i] * RAM_PAGE);
}
