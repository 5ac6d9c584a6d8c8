// tools/build-guests.ts produces valid bare-metal ELF64 AArch64 images, incrementally.

import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUESTS, buildGuests } from '../../tools/build-guests.ts';
import { ensureGuests } from '../helpers/guests.ts';

const EM_AARCH64 = 183;
const ET_EXEC = 2;
const PT_LOAD = 1;
const RAM_BASE = 0x4000_0000n;

interface ElfInfo {
  entry: bigint;
  loads: { vaddr: bigint; paddr: bigint; filesz: bigint; memsz: bigint }[];
  sections: string[];
}

function parseElf(buf: Buffer): ElfInfo {
  expect(buf.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
  expect(buf[4]).toBe(2); // ELFCLASS64
  expect(buf[5]).toBe(1); // ELFDATA2LSB
  expect(buf.readUInt16LE(16)).toBe(ET_EXEC);
  expect(buf.readUInt16LE(18)).toBe(EM_AARCH64);
  const entry = buf.readBigUInt64LE(24);
  const phoff = Number(buf.readBigUInt64LE(32));
  const shoff = Number(buf.readBigUInt64LE(40));
  const phentsize = buf.readUInt16LE(54);
  const phnum = buf.readUInt16LE(56);
  const shentsize = buf.readUInt16LE(58);
  const shnum = buf.readUInt16LE(60);
  const shstrndx = buf.readUInt16LE(62);
  const loads: ElfInfo['loads'] = [];
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize;
    if (buf.readUInt32LE(p) !== PT_LOAD) continue;
    loads.push({
      vaddr: buf.readBigUInt64LE(p + 16),
      paddr: buf.readBigUInt64LE(p + 24),
      filesz: buf.readBigUInt64LE(p + 32),
      memsz: buf.readBigUInt64LE(p + 40),
    });
  }
  const strtab = Number(buf.readBigUInt64LE(shoff + shstrndx * shentsize + 24));
  const sections: string[] = [];
  for (let i = 0; i < shnum; i++) {
    const nameOff = buf.readUInt32LE(shoff + i * shentsize);
    const end = buf.indexOf(0, strtab + nameOff);
    sections.push(buf.subarray(strtab + nameOff, end).toString('latin1'));
  }
  return { entry, loads, sections };
}

describe('build-guests', () => {
  let elfs: Record<string, string>;
  beforeAll(async () => {
    elfs = await ensureGuests();
  });

  it('builds every guest listed in GUESTS', () => {
    expect(Object.keys(elfs).sort()).toEqual(GUESTS.map((g) => g.name).sort());
    expect(Object.keys(elfs)).toContain('gdbdemo');
    expect(Object.keys(elfs)).toContain('bench');
    expect(Object.keys(elfs)).toContain('arith-O0');
  });

  it.each(GUESTS.map((g) => g.name))('%s is an ELF64 AArch64 executable entered at 0x4000_0000', (name) => {
    const info = parseElf(readFileSync(elfs[name]!));
    expect(info.entry).toBe(RAM_BASE);
    expect(info.loads.length).toBeGreaterThan(0);
    for (const l of info.loads) {
      expect(l.vaddr).toBeGreaterThanOrEqual(RAM_BASE);
      expect(l.paddr).toBe(l.vaddr);
      expect(l.memsz).toBeGreaterThanOrEqual(l.filesz);
      expect(l.vaddr + l.memsz).toBeLessThan(RAM_BASE + 0x0800_0000n); // fits in 128 MiB
    }
    expect(info.sections).toContain('.text');
  });

  it('builds gdbdemo with DWARF debug info and the others without', () => {
    expect(parseElf(readFileSync(elfs['gdbdemo']!)).sections).toContain('.debug_info');
    expect(parseElf(readFileSync(elfs['arith-O2']!)).sections).not.toContain('.debug_info');
  });

  it('does not rebuild up-to-date guests', async () => {
    const before = statSync(elfs['bench']!).mtimeMs;
    const again = await buildGuests();
    expect(again['bench']).toBe(elfs['bench']);
    expect(statSync(elfs['bench']!).mtimeMs).toBe(before);
  });
});
