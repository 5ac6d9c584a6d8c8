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

/** Parses and loads an ELF64 AArch64 image; `name` is used in error messages. */
export function loadElf(bus: Bus, data: Uint8Array, name: string): LoadedElf {
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
    const offset = Number(view.getBigUint64(ph + 8, true));
    const paddr = Number(view.getBigUint64(ph + 24, true));
    const filesz = Number(view.getBigUint64(ph + 32, true));
    const memsz = Number(view.getBigUint64(ph + 40, true));
    if (filesz > memsz) fail(`segment ${i}: file size exceeds memory size`);
    if (offset + filesz > data.length) fail(`segment ${i}: data lies outside the file (truncated image?)`);
    if (memsz === 0) continue;
    if (!bus.isRam(paddr, memsz)) {
      fail(`segment ${i} at 0x${paddr.toString(16)} (+0x${memsz.toString(16)}) is outside RAM ` + ramRange(bus));
    }
    const off = paddr - bus.ramBase;
    bus.ram.set(data.subarray(offset, offset + filesz), off);
    bus.ram.fill(0, off + filesz, off + memsz);
    segments.push({ paddr, memsz });
  }
  if (segments.length === 0) fail('no loadable segments');
  return { entry, segments };
}

/** Copies a raw image to physical address `addr`, which must lie in RAM. */
export function loadRaw(bus: Bus, data: Uint8Array, addr: number, name: string): void {
  if (!bus.isRam(addr, data.length)) {
    throw new ImageError(`${name}: ${data.length} bytes at 0x${addr.toString(16)} do not fit in RAM ${ramRange(bus)}`);
  }
  bus.ram.set(data, addr - bus.ramBase);
}

function ramRange(bus: Bus): string {
  return `(0x${bus.ramBase.toString(16)}-0x${(bus.ramBase + bus.ramSize - 1).toString(16)})`;
}
