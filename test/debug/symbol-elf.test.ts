import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSystemMap, systemMapToElf } from '../../src/debug/symbol-elf.ts';
import { linuxGuestCacheDir } from '../../tools/linux-guest.ts';
import { GDB, haveGdb } from '../helpers/gdb.ts';

// A small System.map: text, weak, local, a mapping symbol, absolute and CRC symbols, data
// and bss, a name with spaces, and a symbol below the text (dropped).
const MAP = `ffff800007f00000 T _text
ffff800007f00000 t $x
0000000000000000 A _absolute
0000000000001000 D below_text
ffff800008010000 T _stext
ffff800008010040 t helper_local
ffff800008010080 W weak_func
ffff800008010100 T do_work
ffff800008010200 T _etext
ffff800008020000 R some_rodata
ffff800008020000 R __crc_do_work
ffff800008030000 D init_task
ffff800008030100 d local_data
ffff800008030100 T not a symbol
ffff800008040000 B __bss_start
ffff800008040010 b bss_thing
ffff800008050000 B _end
`;

interface Section { name: string; type: number; flags: bigint; addr: bigint; offset: number; size: bigint; link: number; info: number; entsize: number }
interface Sym { name: string; bind: number; type: number; shndx: number; value: bigint; size: bigint }

/** Just enough of an ELF64 LE reader to check what systemMapToElf wrote. */
function parseElf(b: Buffer) {
  const shoff = Number(b.readBigUInt64LE(40));
  const raw = Array.from({ length: b.readUInt16LE(60) }, (_, i) => {
    const h = shoff + 64 * i;
    return {
      nameOff: b.readUInt32LE(h), type: b.readUInt32LE(h + 4), flags: b.readBigUInt64LE(h + 8), addr: b.readBigUInt64LE(h + 16),
      offset: Number(b.readBigUInt64LE(h + 24)), size: b.readBigUInt64LE(h + 32), link: b.readUInt32LE(h + 40), info: b.readUInt32LE(h + 44),
      entsize: Number(b.readBigUInt64LE(h + 56)),
    };
  });
  const str = (sec: { offset: number }, off: number) => b.toString('latin1', sec.offset + off, b.indexOf(0, sec.offset + off));
  const shstr = raw[b.readUInt16LE(62)]!;
  const sections: Section[] = raw.map((s) => ({ ...s, name: str(shstr, s.nameOff) }));
  const symtab = sections.find((s) => s.name === '.symtab')!;
  const strtab = sections[symtab.link]!;
  const symbols: Sym[] = [];
  for (let e = symtab.offset; e < symtab.offset + Number(symtab.size); e += 24) {
    const info = b.readUInt8(e + 4);
    symbols.push({ name: str(strtab, b.readUInt32LE(e)), bind: info >> 4, type: info & 15, shndx: b.readUInt16LE(e + 6), value: b.readBigUInt64LE(e + 8), size: b.readBigUInt64LE(e + 16) });
  }
  return { sections, symbols, symtab };
}

const dir = mkdtempSync(join(tmpdir(), 'symbol-elf-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function gdb(file: string, commands: string[]): string {
  const args = ['-nx', '-batch', '-ex', 'set width 0', '-ex', `file ${file}`, ...commands.flatMap((c) => ['-ex', c])];
  const r = spawnSync(GDB, args, { encoding: 'utf8', timeout: 120_000 });
  expect(r.error).toBeUndefined();
  return r.stdout + r.stderr;
}

describe('System.map -> symbol-only ELF', () => {
  it('recognizes a System.map by its first line', () => {
    expect(isSystemMap(MAP)).toBe(true);
    expect(isSystemMap('\n\nffff800008000000 T _text\n')).toBe(true);
    expect(isSystemMap('\x7fELF')).toBe(false);
    // Debian's linux-image package ships this one-line stub instead of the real map.
    expect(isSystemMap('ffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package\n')).toBe(false);
    expect(isSystemMap('')).toBe(false);
  });

  it('writes an ELF64 AArch64 executable with NOBITS .text/.data and the symbols', () => {
    const b = systemMapToElf(MAP);
    expect(b.subarray(0, 7)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]));
    expect(b.readUInt16LE(16)).toBe(2); // ET_EXEC
    expect(b.readUInt16LE(18)).toBe(183); // EM_AARCH64
    expect(b.readBigUInt64LE(24)).toBe(0xffff800007f00000n); // entry: _text
    expect(b.readUInt16LE(56)).toBe(0); // no program headers
    const { sections, symbols, symtab } = parseElf(b);
    expect(sections.map((s) => s.name)).toEqual(['', '.text', '.data', '.symtab', '.strtab', '.shstrtab']);
    const [, text, data] = sections as [Section, Section, Section];
    expect(text).toMatchObject({ type: 8, flags: 6n, addr: 0xffff800007f00000n, size: 0x110204n }); // NOBITS, AX, _text.._etext+4
    expect(data).toMatchObject({ type: 8, flags: 3n, addr: 0xffff800008020000n, size: 0x30001n }); // NOBITS, WA, up to _end
    expect(symtab).toMatchObject({ type: 2, entsize: 24 });

    const names = symbols.map((s) => s.name);
    expect(names[0]).toBe(''); // the null symbol
    for (const skipped of ['$x', '_absolute', '__crc_do_work', 'not', 'below_text']) expect(names).not.toContain(skipped);
    expect(names).toHaveLength(13);
    // Locals first; sh_info is the first non-local.
    expect(symbols.slice(1, symtab.info).every((s) => s.bind === 0)).toBe(true);
    expect(symbols.slice(symtab.info).every((s) => s.bind !== 0)).toBe(true);

    const sym = (n: string) => symbols.find((s) => s.name === n)!;
    // FUNC=2, OBJECT=1; LOCAL=0, GLOBAL=1, WEAK=2; sizes reach the next symbol in the section.
    expect(sym('do_work')).toEqual({ name: 'do_work', bind: 1, type: 2, shndx: 1, value: 0xffff800008010100n, size: 0x100n });
    expect(sym('helper_local')).toMatchObject({ bind: 0, type: 2, shndx: 1, size: 0x40n });
    expect(sym('weak_func')).toMatchObject({ bind: 2, type: 2, shndx: 1, size: 0x80n });
    expect(sym('_text').size).toBe(0x100000n); // 0x110000 to _stext: capped at 1 MiB
    expect(sym('_etext').size).toBe(0n); // the next symbol is in .data
    expect(sym('init_task')).toMatchObject({ bind: 1, type: 1, shndx: 2, value: 0xffff800008030000n, size: 0x100n });
    expect(sym('local_data')).toMatchObject({ bind: 0, type: 1, shndx: 2, size: 0xff00n });
    expect(sym('some_rodata')).toMatchObject({ bind: 1, type: 1, shndx: 2, size: 0x10000n });
    expect(sym('bss_thing')).toMatchObject({ bind: 0, type: 1, shndx: 2 });
  });

  it.skipIf(!haveGdb())('gdb-multiarch loads it as the program and names addresses from it', () => {
    const elf = join(dir, 'small.elf');
    writeFileSync(elf, systemMapToElf(MAP));
    const out = gdb(elf, ['info symbol 0xffff800008010108', 'info symbol 0xffff800008030104', 'info address do_work', 'break do_work', 'info files']);
    expect(out).toContain('do_work + 8 in section .text');
    expect(out).toContain('local_data + 4 in section .data');
    expect(out).toContain('Symbol "do_work" is at 0xffff800008010100 in a file compiled without debugging.');
    expect(out).toContain('Breakpoint 1 at 0xffff800008010100');
    expect(out).toContain('file type elf64-littleaarch64');
    expect(out).toMatch(/0xffff800007f00000 - 0xffff800008010204 is \.text/);
    expect(out).toMatch(/0xffff800008020000 - 0xffff800008050001 is \.data/);
  });

  const realMap = join(linuxGuestCacheDir(), 'current', 'System.map');
  it("gdb-multiarch names the Debian kernel's functions from its System.map", (ctx) => {
    if (!haveGdb()) ctx.skip('no gdb-multiarch');
    if (!existsSync(realMap)) ctx.skip(`no ${realMap} (the Linux guest, built by tools/linux-guest.ts, keeps it there)`);
    const text = readFileSync(realMap, 'utf8');
    const m = /^([0-9a-f]{16}) T __arm64_sys_getpid$/m.exec(text);
    if (m === null) return ctx.skip(`${realMap} has no __arm64_sys_getpid`);
    const addr = BigInt(`0x${m[1]}`);
    const elf = join(dir, 'linux_os-1');
    writeFileSync(elf, systemMapToElf(text));
    const hex = (n: bigint) => `0x${n.toString(16)}`;
    const out = gdb(elf, [`info symbol ${hex(addr + 8n)}`, 'info address __arm64_sys_getpid', 'break __arm64_sys_getpid', 'info files']);
    expect(out).toContain('__arm64_sys_getpid + 8 in section .text');
    expect(out).toContain(`Symbol "__arm64_sys_getpid" is at ${hex(addr)} in a file compiled without debugging.`);
    expect(out).toContain(`Breakpoint 1 at ${hex(addr)}`);
    expect(out).toMatch(/0xffff[0-9a-f]{12} - 0xffff[0-9a-f]{12} is \.text/);
  });
});
