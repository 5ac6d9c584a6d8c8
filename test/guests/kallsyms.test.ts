// tools/kallsyms.ts: the System.map of an arm64 Image read from its kallsyms table. A
// synthetic Image laid out as scripts/kallsyms.c writes it (tokens, compressed names,
// markers, 32-bit offsets, the relative base left 0 with its R_AARCH64_RELATIVE entry
// elsewhere), so the reader is checked without Debian's kernel (the end-to-end test
// test/e2e/linux-vm.test.ts uses it on the real one).

import { describe, expect, it } from 'vitest';
import { KallsymsError, formatSystemMap, imageKallsyms, parseSystemMap } from '../../tools/kallsyms.ts';

const TEXT = 0xffff_8000_0800_0000n;

/** Bytes of a synthetic Image with `syms` (type letter + name, address) in its kallsyms. */
function syntheticImage(syms: { name: string; addr: bigint }[]): Uint8Array {
  // Token table: byte b expands to itself, except a few unused control bytes that stand
  // for common substrings, as the kernel's compressor does.
  const multi: Record<number, string> = { 1: '__arm64_sys_', 2: 'read', 3: 'write', 4: 'Tv' };
  const tokens = Array.from({ length: 256 }, (_, b) => multi[b] ?? (b === 0 ? '\x7f' : String.fromCharCode(b)));
  const compress = (s: string): number[] => {
    const out: number[] = [];
    for (let i = 0; i < s.length; ) {
      const m = Object.entries(multi).find(([, t]) => s.startsWith(t, i));
      if (m) {
        out.push(Number(m[0]));
        i += m[1].length;
      } else out.push(s.charCodeAt(i++));
    }
    return out;
  };
  const bytes: number[] = [];
  const pad8 = (): void => {
    while (bytes.length % 8) bytes.push(0);
  };
  const u32 = (v: number): void => void bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const u64 = (v: bigint): void => {
    for (let i = 0n; i < 64n; i += 8n) bytes.push(Number((v >> i) & 0xffn));
  };
  for (let i = 0; i < 0x1000; i++) bytes.push(i & 0xff); // "code"
  const base = syms.reduce((m, s) => (s.addr < m ? s.addr : m), syms[0]!.addr);
  pad8();
  for (const s of syms) u32(Number(s.addr - base)); // kallsyms_offsets
  pad8();
  const baseAt = bytes.length;
  u64(0n); // kallsyms_relative_base: relocated at boot
  u32(syms.length); // kallsyms_num_syms
  pad8();
  const names = bytes.length;
  const markers: number[] = [];
  syms.forEach((s, i) => {
    if (i % 256 === 0) markers.push(bytes.length - names);
    const c = compress(s.name);
    if (c.length > 127) bytes.push((c.length & 0x7f) | 0x80, c.length >> 7);
    else bytes.push(c.length);
    bytes.push(...c);
  });
  pad8();
  for (const m of markers) u32(m);
  pad8();
  const table = bytes.length;
  const index: number[] = [];
  for (const t of tokens) {
    index.push(bytes.length - table);
    for (const ch of t) bytes.push(ch.charCodeAt(0));
    bytes.push(0);
  }
  pad8();
  for (const i of index) bytes.push(i & 0xff, i >> 8);
  pad8();
  // .rela.dyn: an unrelated entry, then the relative base's.
  for (const [place, addend] of [
    [TEXT + 0x40n, TEXT + 0x1000n],
    [TEXT + BigInt(baseAt), base],
  ] as const) {
    u64(place);
    u64(0x403n);
    u64(addend);
  }
  return Uint8Array.from(bytes);
}

describe('System.map from an Image\'s kallsyms table', () => {
  const syms = [
    { name: 'T_stext', addr: TEXT + 0x10000n },
    { name: 'Tvectors', addr: TEXT + 0x10800n },
    { name: 'T__arm64_sys_read', addr: TEXT + 0x3ac000n },
    { name: 'T__arm64_sys_write', addr: TEXT + 0x3ac270n },
    { name: 't' + 'x'.repeat(200), addr: TEXT + 0x3ad000n }, // a two-byte length
    ...Array.from({ length: 600 }, (_, i) => ({ name: `tf${i}`, addr: TEXT + 0x400000n + BigInt(i * 16) })), // several marker groups
  ];

  it('decodes every name, type and address, and finds the link address', () => {
    const got = imageKallsyms(syntheticImage(syms));
    expect(got.text).toBe(TEXT);
    const map = parseSystemMap(formatSystemMap(got));
    expect(map.get('_text')).toBe(TEXT);
    for (const s of syms) expect(map.get(s.name.slice(1)), s.name.slice(0, 20)).toBe(s.addr);
    expect(got.symbols.find((s) => s.name === '__arm64_sys_write')?.type).toBe('T');
    expect(got.symbols.find((s) => s.name === 'f599')?.type).toBe('t');
    expect(formatSystemMap(got).split('\n')[0]).toBe('ffff800008000000 T _text');
  });

  it('says so when there is no table', () => {
    expect(() => imageKallsyms(new Uint8Array(4096))).toThrow(KallsymsError);
  });
});
