// Loading guest images into physical memory: ELF64 (AArch64, little-endian) by program
// headers, as QEMU's -kernel and -device loader do, and raw images at a given address.

import type { Bus } from '../bus/bus.ts';

export class ImageError extends Error {}

const PT_LOAD = 1;
const EM_AARCH64 = 183;

export interface LoadedElf {
  entry: bigint;
  /** Physical ranges written, for reports. */
  segments: { paddr: number; memsz: number }[];
}

export function isElf(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x7f && data[1] === 0x45 && data[2] === 0x4c && data[3] === 0x46;
}

/** Memory outside RAM that loaders may fill (the board's flash), as QEMU loads ROM images. */
export interface RomWindow {
  contains(paddr: number, size: number): boolean;
  load(paddr: number, data: Uint8Array): void;
}

const hex = (x: number | bigint) => `0x${x.toString(16)}`;
const TWO_64 = 1n << 64n;

/**
 * Parses and loads an ELF64 AArch64 image into RAM (or into `rom` for segments lying
 * there); `name` is used in error messages.
 */
export function loadElf(bus: Bus, data: Uint8Array, name: string, rom?: RomWindow): LoadedElf {
  const fail = (why: string): never => {
    throw new ImageError(`${name}: ${why}`);
  };
  if (!isElf(data)) fail('not an ELF file');
  if (data.length < 64) fail('truncated ELF header');
  if (data[4] !== 2) fail('not a 64-bit ELF (ELFCLASS64 expected)');
  if (data[5] !== 1) fail('not a little-endian ELF');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const machine = view.getUint16(18, true);
  if (machine !== EM_AARCH64) fail(`ELF machine is ${machine}, not AArch64 (183)`);
  const entry = view.getBigUint64(24, true);
  const phoff = Number(view.getBigUint64(32, true));
  const phentsize = view.getUint16(54, true);
  const phnum = view.getUint16(56, true);
  if (phnum === 0) fail('no program headers');
  if (phentsize < 56 || phoff + phnum * phentsize > data.length) fail('program headers lie outside the file');

  const segments: LoadedElf['segments'] = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (view.getUint32(ph, true) !== PT_LOAD) continue;
    // 64-bit fields stay BigInt until they are known to be small: a huge value must be
    // reported as it is, not rounded by a conversion to Number.
    const offset = view.getBigUint64(ph + 8, true);
    const paddrBig = view.getBigUint64(ph + 24, true);
    const filesz = view.getBigUint64(ph + 32, true);
    const memszBig = view.getBigUint64(ph + 40, true);
    if (filesz > memszBig) fail(`segment ${i}: file size exceeds memory size`);
    if (offset + filesz > BigInt(data.length)) fail(`segment ${i}: data lies outside the file (truncated image?)`);
    if (memszBig === 0n) continue;
    const where = `segment ${i} at ${hex(paddrBig)} (+${hex(memszBig)})`;
    if (paddrBig + memszBig > TWO_64) fail(`${where} wraps around the end of the 64-bit address space`);
    const paddr = Number(paddrBig);
    const memsz = Number(memszBig);
    const bytes = data.subarray(Number(offset), Number(offset + filesz));
    if (bus.isRam(paddr, memsz)) {
      const off = paddr - bus.ramBase;
      bus.ram.set(bytes, off);
      bus.ram.fill(0, off + bytes.length, off + memsz);
    } else if (rom?.contains(paddr, memsz)) {
      const image = new Uint8Array(memsz);
      image.set(bytes);
      rom.load(paddr, image);
    } else {
      fail(`${where} is outside RAM ${ramRange(bus)}${rom === undefined ? '' : ' and flash'}`);
    }
    segments.push({ paddr, memsz });
  }
  if (segments.length === 0) fail('no loadable segments');
  return { entry, segments };
}

/** Copies a raw image to physical address `addr`, which must lie in RAM (or in `rom`). */
export function loadRaw(bus: Bus, data: Uint8Array, addr: number, name: string, rom?: RomWindow): void {
  if (bus.isRam(addr, data.length)) bus.ram.set(data, addr - bus.ramBase);
  else if (rom?.contains(addr, data.length)) rom.load(addr, data);
  else throw new ImageError(`${name}: ${data.length} bytes at ${hex(addr)} do not fit in RAM ${ramRange(bus)}${rom === undefined ? '' : ' or flash'}`);
}

function ramRange(bus: Bus): string {
  return `(${hex(bus.ramBase)}-${hex(bus.ramBase + bus.ramSize - 1)})`;
}
