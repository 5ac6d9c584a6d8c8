// A System.map for an arm64 Linux `Image` that has no symbols beside it. Debian's kernel
// package ships only a stub boot/System.map ("The real System.map is in the
// linux-image-<version>-dbg package", a download of hundreds of MiB), but every kernel
// built with CONFIG_KALLSYMS carries its symbol table (compressed names and 32-bit offsets
// from a base, CONFIG_KALLSYMS_BASE_RELATIVE) in .rodata. This reads that table as
// scripts/kallsyms.c lays it out (each label 8-byte aligned):
//
//   kallsyms_offsets[N] (s32)  kallsyms_relative_base (u64)  kallsyms_num_syms (u32)
//   kallsyms_names  kallsyms_markers[ceil(N/256)] (u32)  ...  kallsyms_token_table
//   kallsyms_token_index[256] (u16)
//
// A relocatable arm64 kernel is linked with --no-apply-dynamic-relocs, so the relative base
// reads 0 in the file: its value is the addend of its R_AARCH64_RELATIVE entry in .rela.dyn,
// whose place also gives the link address of the Image's first byte (`_text`).
// Without CONFIG_KALLSYMS_ALL (Debian) the table has the text symbols only.

export interface KernelSymbol {
  addr: bigint;
  /** nm-style type letter (T, t, W, ...). */
  type: string;
  name: string;
}

export interface KernelSymbols {
  /** Link address of the Image's first byte (`_text`); VA of file offset X = text + X. */
  text: bigint;
  symbols: KernelSymbol[];
}

export class KallsymsError extends Error {}

const align8 = (n: number): number => (n + 7) & ~7;

/** kallsyms_token_table and kallsyms_token_index: 256 tokens, the digits 0..9 as themselves. */
function findTokens(img: Buffer): { table: number; index: number; tokens: Buffer[] } {
  const digits = Buffer.from('0\x001\x002\x003\x004\x005\x006\x007\x008\x009\x00', 'latin1');
  for (let at = img.indexOf(digits); at >= 0; at = img.indexOf(digits, at + 1)) {
    // Walk forward from token 0x30 ("0") to the end of token 0xff; the index follows.
    let p = at;
    for (let t = 0x30; t <= 0xff; t++) {
      p = img.indexOf(0, p);
      if (p < 0) break;
      p++;
    }
    if (p <= 0) continue;
    const index = align8(p);
    if (index + 512 > img.length) continue;
    const idx = Array.from({ length: 256 }, (_, i) => img.readUInt16LE(index + 2 * i));
    const table = at - idx[0x30]!;
    if (idx[0] !== 0 || table < 0) continue;
    const tokens: Buffer[] = [];
    let ok = true;
    for (let i = 0; i < 256 && ok; i++) {
      const start = table + idx[i]!;
      const end = img.indexOf(0, start);
      const next = i < 255 ? table + idx[i + 1]! : p;
      if (end < 0 || end + 1 !== next || end === start) ok = false;
      else tokens.push(img.subarray(start, end));
    }
    if (ok) return { table, index, tokens };
  }
  throw new KallsymsError('no kallsyms token table in the Image (CONFIG_KALLSYMS off?)');
}

/** Byte length of one kallsyms_names entry at `p` (a 1- or 2-byte ULEB128 length, then tokens). */
function entryLength(img: Buffer, p: number): number {
  const b = img[p]!;
  return b & 0x80 ? 2 + ((b & 0x7f) | (img[p + 1]! << 7)) : 1 + b;
}

/** kallsyms_num_syms and kallsyms_names: N entries that end at the markers, which start 0. */
function findNames(img: Buffer, tokenTable: number): { numSyms: number; countAt: number; names: number } {
  const lowest = Math.max(0, tokenTable - (64 << 20));
  for (let q = (tokenTable - 4) & ~7; q >= lowest; q -= 8) {
    const n = img.readUInt32LE(q);
    if (n < 256 || n > 4_000_000) continue;
    const names = align8(q + 4);
    let p = names;
    let group1 = -1;
    for (let i = 0; i < n && p < tokenTable; i++) {
      if (i === 256) group1 = p - names;
      p += entryLength(img, p);
    }
    if (p >= tokenTable) continue;
    const markers = align8(p);
    if (img.readUInt32LE(markers) !== 0 || img.readUInt32LE(markers + 4) !== group1) continue;
    return { numSyms: n, countAt: q, names };
  }
  throw new KallsymsError('no kallsyms_num_syms/kallsyms_names before the token table');
}

/** R_AARCH64_RELATIVE entries of .rela.dyn: (place, addend) pairs. */
function* relativeRelocs(img: Buffer): Generator<[bigint, bigint]> {
  const info = Buffer.from([0x03, 0x04, 0, 0, 0, 0, 0, 0]);
  for (let at = img.indexOf(info, 8); at >= 0; at = img.indexOf(info, at + 1)) {
    if (at % 8 !== 0 || at + 16 > img.length) continue;
    yield [img.readBigUInt64LE(at - 8), img.readBigUInt64LE(at + 8)];
  }
}

/** The symbols of a raw arm64 Image, sorted by address, and its link address. */
export function imageKallsyms(image: Uint8Array): KernelSymbols {
  const img = Buffer.from(image.buffer, image.byteOffset, image.byteLength);
  const { tokens, table } = findTokens(img);
  const { numSyms, countAt, names } = findNames(img, table);
  const baseAt = countAt - 8;
  const offsets = (baseAt - 4 * numSyms) & ~7;

  // The relative base: in place, or (not applied in the file) from its relocation, whose
  // place is `_text` + baseAt; the Image is linked at a 2 MiB boundary.
  let base = img.readBigUInt64LE(baseAt);
  let text: bigint | undefined;
  const found: [bigint, bigint][] = [];
  for (const [place, addend] of relativeRelocs(img)) {
    const t = place - BigInt(baseAt);
    if (t % 0x20_0000n === 0n && t >> 48n === 0xffffn) found.push([t, addend]);
  }
  if (found.length === 1) [text, base] = found[0]!;
  if (text === undefined || base === 0n) throw new KallsymsError(`cannot find the kernel's link address (${found.length} candidate relocations)`);

  const symbols: KernelSymbol[] = [];
  let p = names;
  for (let i = 0; i < numSyms; i++) {
    const len = entryLength(img, p);
    const head = img[p]! & 0x80 ? 2 : 1;
    const parts: Buffer[] = [];
    for (let j = p + head; j < p + len; j++) parts.push(tokens[img[j]!]!);
    const s = Buffer.concat(parts).toString('latin1');
    p += len;
    const off = img.readInt32LE(offsets + 4 * i);
    // Without CONFIG_KALLSYMS_ABSOLUTE_PERCPU (x86 only) every offset is relative to the base.
    symbols.push({ addr: base + BigInt(off >>> 0), type: s.slice(0, 1), name: s.slice(1) });
  }
  symbols.push({ addr: text, type: 'T', name: '_text' });
  symbols.sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));
  return { text, symbols };
}

/** `nm -n` style lines, as in a kernel build's System.map. */
export function formatSystemMap(syms: KernelSymbols): string {
  return syms.symbols.map((s) => `${s.addr.toString(16).padStart(16, '0')} ${s.type} ${s.name}\n`).join('');
}

/** name -> address from a System.map (the first of duplicate names). */
export function parseSystemMap(text: string): Map<string, bigint> {
  const map = new Map<string, bigint>();
  for (const m of text.matchAll(/^([0-9a-f]{16}) (\S) (\S+)$/gm)) if (!map.has(m[3]!)) map.set(m[3]!, BigInt(`0x${m[1]}`));
  return map;
}
