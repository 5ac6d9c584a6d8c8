// What the board boots: -kernel (an ELF, or an arm64 Linux Image with an initrd, a command
// line and a device tree made for the board) and generic-loader images, loaded into RAM,
// give where CPU 0 starts. The CLI and the debug server (reset) both start from it.

import { readFileSync } from 'node:fs';
import { ImageError, isElf, loadElf, loadRaw, type RomWindow } from '../loader/elf.ts';
import { bootLinux, isArm64Image } from '../loader/linux.ts';
import { LoadedRegions } from '../loader/regions.ts';
import { virtDtb } from './fdt.ts';
import { boardFlash, inFlash } from './flash.ts';
import type { VirtBoard } from './virt.ts';

/** Where CPU 0 starts: PC and X0 (the DTB address for a Linux kernel). */
export interface BootState {
  entry: bigint;
  x0: bigint;
  /** The physical ranges the images filled, as [start, end) (RAM is zero elsewhere after a load into a new board). */
  loaded?: readonly [number, number][];
}

/** An image for QEMU's generic loader (`-device loader,file=...`). */
export interface LoaderImage {
  file: string;
  /** Physical address for raw images (required with force-raw=on or for non-ELF files). */
  addr?: number;
  forceRaw: boolean;
}

/** The image files to boot, named as the QEMU options give them (errors name the options). */
export interface BootImages {
  kernel?: string;
  initrd?: string;
  append?: string;
  dtb?: string;
  loaders: readonly LoaderImage[];
}

function readImage(file: string, what: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new ImageError(`${what} ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

const isGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

/**
 * Loads the kernel (an ELF; an arm64 Linux Image, or a raw image, with initrd/append/dtb
 * and a device tree generated for the board) and the loader images; returns the boot
 * state. Throws an ImageError saying what was wrong, also when two images overlap.
 */
export function loadImages(board: VirtBoard, images: BootImages): BootState {
  let boot: BootState | undefined;
  const regions = new LoadedRegions();
  const flash: RomWindow = { contains: inFlash, load: (paddr, data) => boardFlash(board.bus).load(paddr, data) };
  const linuxOnly = images.initrd !== undefined || images.dtb !== undefined || images.append !== undefined;
  if (images.kernel !== undefined) {
    const what = `-kernel ${images.kernel}`;
    const data = readImage(images.kernel, '-kernel');
    if (data.length === 0) throw new ImageError(`${what}: an empty file`);
    if (isElf(data)) {
      if (linuxOnly) throw new ImageError('-initrd/-dtb/-append need a Linux Image kernel, not an ELF');
      const elf = loadElf(board.bus, data, images.kernel, flash);
      for (const seg of elf.segments) regions.add(seg.paddr, seg.memsz, what);
      boot = { entry: elf.entry, x0: 0n };
    } else {
      // An arm64 Image, or a raw image that QEMU loads as one without a header (a gzip
      // file gets bootLinux's advice to decompress it).
      const c = board.config;
      const result = bootLinux(board.bus, {
        kernel: data,
        raw: !isArm64Image(data) && !isGzip(data),
        kernelName: images.kernel,
        initrd: images.initrd === undefined ? undefined : readImage(images.initrd, '-initrd'),
        initrdName: images.initrd,
        cmdline: images.append,
        dtb: images.dtb === undefined ? undefined : readImage(images.dtb, '-dtb'),
        dtbName: images.dtb,
        deviceTree: (chosen) =>
          virtDtb({ ramSize: c.ramSize, cpus: c.smp, cpu: c.cpu, virtualization: c.virtualization, uarts: board.uarts.length, pmu: true, ...chosen }),
      });
      regions.add(result.kernel.start, data.length, what); // the file, as QEMU's ROM image (not the bss)
      if (result.initrd) regions.add(result.initrd.start, result.initrd.end - result.initrd.start, `-initrd ${images.initrd}`);
      regions.add(result.dtb.start, result.dtb.size, 'the device tree');
      boot = { entry: result.entry, x0: result.x0 };
    }
  } else if (linuxOnly) {
    throw new ImageError('-initrd/-dtb/-append need -kernel');
  }
  for (const l of images.loaders) {
    const what = `-device loader,file=${l.file}`;
    const data = readImage(l.file, '-device loader');
    if (!l.forceRaw && isElf(data)) {
      const elf = loadElf(board.bus, data, l.file, flash);
      for (const seg of elf.segments) regions.add(seg.paddr, seg.memsz, what);
      boot ??= { entry: elf.entry, x0: 0n };
    } else {
      if (l.addr === undefined) throw new ImageError(`${what}: a raw image needs addr=`);
      loadRaw(board.bus, data, l.addr, l.file, flash);
      regions.add(l.addr, data.length, what);
    }
  }
  if (boot === undefined) throw new ImageError('nothing to run: give -kernel FILE or -device loader,file=FILE.elf');
  return { ...boot, loaded: regions.ranges() };
}
