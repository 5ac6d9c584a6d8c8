// The virt board's flash window (0x0-0x0800_0000) as read-only memory holding what the
// image loaders put there: QEMU loads an ELF segment or a -device loader image that lies
// in flash (e.g. the program headers at 0x40_0000 of an ELF linked by the default script)
// into its pflash. Unwritten flash reads as zero, as QEMU's unbacked pflash does; guest
// writes (pflash CFI commands) are not emulated and are ignored. Mapped on first use.

import type { Bus, MmioDevice } from '../bus/bus.ts';
import { VIRT_MAP } from './memory-map.ts';

const PAGE = 0x1_0000;

export class FlashRom implements MmioDevice {
  readonly name = 'flash';
  /** 64 KiB pages that hold loaded data, by page index: the window is mostly empty. */
  private readonly pages = new Map<number, Uint8Array>();

  /** Copies `data` to window offset `offset` (the loaders' write). */
  load(offset: number, data: Uint8Array): void {
    for (let i = 0; i < data.length; ) {
      const at = offset + i;
      const index = Math.floor(at / PAGE);
      let page = this.pages.get(index);
      if (page === undefined) this.pages.set(index, (page = new Uint8Array(PAGE)));
      const n = Math.min(PAGE - (at % PAGE), data.length - i);
      page.set(data.subarray(i, i + n), at % PAGE);
      i += n;
    }
  }

  read(offset: number, size: number): number {
    let v = 0;
    for (let i = size - 1; i >= 0; i--) v = v * 256 + (this.pages.get(Math.floor((offset + i) / PAGE))?.[(offset + i) % PAGE] ?? 0);
    return v;
  }

  peek(offset: number, size: number): number {
    return this.read(offset, size);
  }

  write(): void {}

  /** Flash keeps its contents over a reset. */
  reset(): void {}
}

/** The board's flash, mapped on the bus at its first use by a loader. */
export function boardFlash(bus: Bus): FlashRom {
  const region = bus.findRegion(VIRT_MAP.flash.base);
  if (region?.device instanceof FlashRom) return region.device;
  const flash = new FlashRom();
  bus.map(VIRT_MAP.flash.base, VIRT_MAP.flash.size, flash);
  return flash;
}

/** True when [paddr, paddr + size) lies in the flash window. */
export function inFlash(paddr: number, size: number): boolean {
  return paddr >= VIRT_MAP.flash.base && paddr + size <= VIRT_MAP.flash.base + VIRT_MAP.flash.size;
}
