// The physical ranges the image loaders have filled, so that an image loaded over another
// is refused (QEMU refuses overlapping ROM images at start: "rom: requested regions
// overlap") instead of silently overwriting it.

import { ImageError } from './elf.ts';

const range = (start: number, end: number) => `0x${start.toString(16)}-0x${(end - 1).toString(16)}`;

export class LoadedRegions {
  private readonly regions: { start: number; end: number; what: string }[] = [];

  /** Records [start, start + size) as filled by `what` (as the user named it); throws on overlap. */
  add(start: number, size: number, what: string): void {
    const end = start + size;
    if (size === 0) return;
    for (const r of this.regions) {
      if (start < r.end && r.start < end) {
        throw new ImageError(`${what}: ${range(start, end)} overlaps ${r.what} at ${range(r.start, r.end)}`);
      }
    }
    this.regions.push({ start, end, what });
  }

  /** The ranges filled, as [start, end) pairs. */
  ranges(): [number, number][] {
    return this.regions.map((r) => [r.start, r.end]);
  }
}
