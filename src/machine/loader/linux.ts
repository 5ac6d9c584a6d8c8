// The arm64 Linux boot protocol (Documentation/arch/arm64/booting.rst) for
// `-kernel Image [-initrd F] [-append S] [-dtb F]`: the Image header, where the kernel,
// initrd and device tree go in RAM, and the registers at entry.
//
// Placement (like QEMU's virt machine, and within booting.rst's rules):
//  - kernel at RAM base + 2 MiB + text_offset when text_offset is below 4 KiB (QEMU keeps
//    the first 2 MiB for its boot stub; kernels since 5.8 have text_offset 0), else at RAM
//    base + text_offset: in all cases text_offset bytes above a 2 MiB-aligned address;
//  - initrd at RAM base + min(RAM / 2, 128 MiB), or after the kernel's image_size if that
//    overlaps, 4 KiB-aligned (QEMU: 0x4800_0000 with 512 MiB);
//  - the DTB after the initrd (without one: where the initrd would start, as QEMU: 0x4400_0000
//    with 128 MiB), 2 MiB-aligned, so it shares no 2 MiB block with anything else; at most
//    2 MiB as booting.rst demands.
// Entry: PC = kernel start, x0 = DTB address, x1 = x2 = x3 = 0, MMU and caches off, DAIF
// masked, at the board's boot EL (EL2 with virtualization=on, else EL1).

import type { Bus } from '../bus/bus.ts';
import { FdtError, FdtNode, parseFdt, setChosen, writeFdt } from '../board/fdt.ts';
import { ImageError } from './elf.ts';

const MiB = 1 << 20;
const ARM64_MAGIC = 0x644d5241; // "ARM\x64" little-endian
const IMAGE_HEADER_SIZE = 64;

export interface Arm64ImageHeader {
  /** Offset of the image from a 2 MiB-aligned base (0x80000 for pre-3.17 images). */
  textOffset: number;
  /** Memory the kernel occupies from its load address, bss included (file size if 0). */
  imageSize: number;
  flags: number;
  /** flags bit 0. */
  bigEndian: boolean;
  /** flags bits 2:1: 0 unspecified, else 4, 16 or 64 (KiB). */
  pageSizeKiB: 0 | 4 | 16 | 64;
  /** flags bit 3: may be placed anywhere in RAM (else near the start of RAM). */
  placeAnywhere: boolean;
}

/** True when the data starts with an arm64 Image header ("ARM\x64" at 0x38). */
export function isArm64Image(data: Uint8Array): boolean {
  if (data.length < IMAGE_HEADER_SIZE) return false;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return v.getUint32(0x38, true) === ARM64_MAGIC;
}

/** Parses the 64-byte arm64 Image header; `name` is used in error messages. */
export function parseArm64Image(data: Uint8Array, name = 'kernel'): Arm64ImageHeader {
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) {
    throw new ImageError(`${name}: a gzip-compressed kernel (vmlinuz); decompress it to a raw Image first (gunzip -c ${name} > Image)`);
  }
  if (!isArm64Image(data)) throw new ImageError(`${name}: not an ELF file or an arm64 Linux Image (no "ARM\\x64" magic at 0x38)`);
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const big = (off: number) => {
    const x = v.getBigUint64(off, true);
    if (x > BigInt(Number.MAX_SAFE_INTEGER)) throw new ImageError(`${name}: implausible Image header value 0x${x.toString(16)} at 0x${off.toString(16)}`);
    return Number(x);
  };
  let textOffset = big(8);
  let imageSize = big(16);
  const flags = big(24);
  if (imageSize === 0) {
    // Kernels before 3.17: text_offset unreliable, use the historical 0x80000.
    textOffset = 0x80000;
    imageSize = data.length;
  }
  const ps = (flags >> 1) & 3;
  return {
    textOffset,
    imageSize: Math.max(imageSize, data.length),
    flags,
    bigEndian: (flags & 1) !== 0,
    pageSizeKiB: ([0, 4, 16, 64] as const)[ps],
    placeAnywhere: (flags & 8) !== 0,
  };
}

/**
 * A raw kernel (neither ELF nor Image) as QEMU's arm64 boot loads one: like an Image
 * without a header, i.e. with the historical text_offset 0x80000 (at 0x4008_0000 on virt),
 * entered with x0 = the DTB address. (Checked on qemu-system-aarch64 7.2 with gdb.)
 */
export function rawKernelHeader(length: number): Arm64ImageHeader {
  return { textOffset: 0x80000, imageSize: length, flags: 0, bigEndian: false, pageSizeKiB: 0, placeAnywhere: false };
}

export interface LinuxChosen {
  /** [start, end) of the initrd in physical memory, when there is one. */
  initrd?: { start: number; end: number };
  /** The kernel command line (-append), when given. */
  bootargs?: string;
}

export interface LinuxBootInput {
  kernel: Uint8Array;
  /** A raw kernel without an Image header (see rawKernelHeader). */
  raw?: boolean;
  /** For error messages (the -kernel file name). */
  kernelName?: string;
  initrd?: Uint8Array;
  initrdName?: string;
  /** -append. */
  cmdline?: string;
  /** -dtb: a user device tree, amended with /chosen bootargs and initrd like QEMU does. */
  dtb?: Uint8Array;
  dtbName?: string;
  /** Generates the board's DTB (e.g. virtDtb({..., ...chosen})) when no -dtb is given. */
  deviceTree: (chosen: LinuxChosen) => Uint8Array;
}

export interface LinuxBootResult {
  /** PC of the boot CPU. */
  entry: bigint;
  /** x0 at entry: the DTB's physical address (x1-x3 = 0). */
  x0: bigint;
  kernel: { start: number; end: number };
  initrd?: { start: number; end: number };
  dtb: { start: number; size: number };
  header: Arm64ImageHeader;
}

const alignUp = (x: number, a: number) => Math.ceil(x / a) * a;
const hex = (x: number) => `0x${x.toString(16)}`;

/**
 * Loads an arm64 Image (+ initrd, + device tree) into RAM per the boot protocol. The
 * caller resets CPU 0 at `entry` with x0 = `x0` (x1-x3 zero) at the board's boot EL.
 * Throws ImageError with a one-line reason on a bad image or when things do not fit.
 */
export function bootLinux(bus: Bus, input: LinuxBootInput): LinuxBootResult {
  const kname = input.kernelName ?? 'kernel';
  const header = input.raw ? rawKernelHeader(input.kernel.length) : parseArm64Image(input.kernel, kname);
  if (header.bigEndian) throw new ImageError(`${kname}: a big-endian kernel; this board runs little-endian only`);
  const ramBase = bus.ramBase;
  const ramEnd = bus.ramBase + bus.ramSize;
  const ramDesc = `RAM ${hex(ramBase)}-${hex(ramEnd - 1)} (${bus.ramSize / MiB} MiB)`;
  if (ramBase % (2 * MiB) !== 0) throw new ImageError(`RAM base ${hex(ramBase)} is not 2 MiB aligned`);

  // The kernel.
  const textOffset = header.textOffset;
  const kernelStart = ramBase + (textOffset < 4096 ? 2 * MiB : 0) + textOffset;
  const kernelEnd = kernelStart + header.imageSize;
  if (kernelEnd > ramEnd) {
    throw new ImageError(`${kname}: the kernel needs ${hex(kernelStart)}-${hex(kernelEnd - 1)}, beyond ${ramDesc}; give more memory with -m`);
  }
  bus.ram.set(input.kernel, kernelStart - ramBase);
  bus.ram.fill(0, kernelStart - ramBase + input.kernel.length, kernelEnd - ramBase);

  // The initrd.
  let initrd: { start: number; end: number } | undefined;
  const initrdStart = Math.max(ramBase + Math.min(bus.ramSize / 2, 128 * MiB), alignUp(kernelEnd, 4096));
  let next = initrdStart;
  if (input.initrd !== undefined) {
    const start = initrdStart;
    const end = start + input.initrd.length;
    if (end > ramEnd) {
      throw new ImageError(`${input.initrdName ?? 'initrd'}: ${input.initrd.length} bytes at ${hex(start)} do not fit in ${ramDesc}; give more memory with -m`);
    }
    bus.ram.set(input.initrd, start - ramBase);
    initrd = { start, end };
    next = end;
  }

  // The device tree.
  const chosen: LinuxChosen = {};
  if (initrd !== undefined) chosen.initrd = initrd;
  if (input.cmdline !== undefined) chosen.bootargs = input.cmdline;
  const dtb = input.dtb !== undefined ? amendDtb(input.dtb, chosen, input.dtbName ?? 'dtb') : input.deviceTree(chosen);
  if (dtb.length > 2 * MiB) throw new ImageError(`${input.dtbName ?? 'device tree'}: ${dtb.length} bytes; the boot protocol allows at most 2 MiB`);
  const dtbStart = alignUp(next, 2 * MiB);
  if (dtbStart + dtb.length > ramEnd) {
    throw new ImageError(`the device tree does not fit at ${hex(dtbStart)} in ${ramDesc}; give more memory with -m`);
  }
  bus.ram.set(dtb, dtbStart - ramBase);

  return {
    entry: BigInt(kernelStart),
    x0: BigInt(dtbStart),
    kernel: { start: kernelStart, end: kernelEnd },
    initrd,
    dtb: { start: dtbStart, size: dtb.length },
    header,
  };
}

/** A user -dtb with /chosen bootargs (when -append is given) and initrd properties set. */
export function amendDtb(blob: Uint8Array, chosen: LinuxChosen, name = 'dtb'): Uint8Array {
  let parsed;
  try {
    parsed = parseFdt(blob);
  } catch (e) {
    if (e instanceof FdtError) throw new ImageError(`${name}: ${e.message}`);
    throw e;
  }
  const node: FdtNode = parsed.root.child('chosen');
  setChosen(node, chosen);
  return writeFdt(parsed.root, { reservations: parsed.reservations, bootCpuid: parsed.bootCpuid });
}
