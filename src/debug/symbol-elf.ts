// A symbol-only ELF made from a kernel's System.map, for GDB to load as a VM's program.
// Debian's arm64 kernel package ships no vmlinux with symbols (that is in the ~800 MB -dbg
// package), and a System.map can be read from the kernel's own kallsyms
// (`ffff800008000000 T _text`). GDB reads no System.map, but it loads an ELF whose
// sections hold no bytes: `.text` and `.data` are SHT_NOBITS (the file has no contents
// for them, so GDB reads every byte of code and data from the target, i.e. the running
// VM) and `.symtab` names the addresses. No program headers: GDB takes the sections.
// Layout per the ELF-64 gABI and the AArch64 ELF ABI (EM_AARCH64, little-endian).

/** The first non-empty line of a System.map (`address type name`). */
const MAP_LINE = /^([0-9a-f]{8,16}) ([a-zA-Z]) (\S+)$/;

/** True when `text` (or its beginning) looks like a System.map. */
export function isSystemMap(text: string): boolean {
  const first = text.split('\n').find((l) => l.trim() !== '');
  return first !== undefined && MAP_LINE.test(first.trimEnd());
}

const EM_AARCH64 = 183;
const [SHT_SYMTAB, SHT_STRTAB, SHT_NOBITS] = [2, 3, 8];
const [SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR] = [1n, 2n, 4n];
const [STB_LOCAL, STB_GLOBAL, STB_WEAK] = [0, 1, 2];
const [STT_OBJECT, STT_FUNC] = [1, 2];
const [TEXT, DATA, SYMTAB, STRTAB, SHSTRTAB] = [1, 2, 3, 4, 5]; // section indices
/** Symbol sizes reach the next symbol, but no further than this (a lone last symbol). */
const MAX_SIZE = 1n << 20n;

interface MapSymbol {
  addr: bigint;
  type: string;
  name: string;
  text: boolean;
  size: bigint;
}

/** The System.map `text` as the bytes of a symbol-only ELF64 AArch64 executable. */
export function systemMapToElf(text: string): Buffer {
  const syms: MapSymbol[] = [];
  for (const line of text.split('\n')) {
    const m = MAP_LINE.exec(line.trimEnd());
    if (!m) continue; // names with spaces, /proc/kallsyms module suffixes, blank lines
    const [, hex, type, name] = m as unknown as [string, string, string, string];
    // Absolute (A), undefined (U), debugging (N/n, ?) ones name no address in the image;
    // `$x`/`$d` are mapping symbols, `__crc_*` export checksums: noise for GDB.
    if ('AaUNn?'.includes(type) || name.startsWith('$') || name.startsWith('__crc_')) continue;
    syms.push({ addr: BigInt(`0x${hex}`), type, name, text: 'Tt'.includes(type), size: 0n });
  }
  syms.sort((a, b) => (a.addr < b.addr ? -1 : a.addr > b.addr ? 1 : 0));

  // .text spans the text symbols (plus one instruction for the last); any symbol inside
  // it is in that section (W/w ones are then functions; kallsyms' `_etext D` or rodata
  // between text and init text stay objects). .data spans the other symbols above it;
  // the ones below it (per-CPU offsets and the like) are dropped: the sections must not
  // overlap, or GDB could not tell which one an address is in.
  const textSyms = syms.filter((s) => s.text);
  const textLo = textSyms[0]?.addr ?? syms[0]?.addr ?? 0n;
  const textHi = textSyms.length > 0 ? textSyms[textSyms.length - 1]!.addr + 4n : textLo;
  const inText = (s: MapSymbol) => s.addr >= textLo && s.addr < textHi;
  const kept = syms.filter((s) => inText(s) || s.addr >= textHi);
  const dataSyms = kept.filter((s) => !inText(s));
  const dataLo = dataSyms[0]?.addr ?? textHi;
  const dataHi = dataSyms.length > 0 ? dataSyms[dataSyms.length - 1]!.addr + 1n : dataLo;

  // Sizes let GDB name an address inside a function (`f + 8`): up to the next address.
  for (let i = 0, j = 0; i < kept.length; i++) {
    while (j < kept.length && kept[j]!.addr <= kept[i]!.addr) j++;
    const next = kept[j];
    if (next !== undefined && inText(next) === inText(kept[i]!)) {
      const gap = next.addr - kept[i]!.addr;
      kept[i]!.size = gap < MAX_SIZE ? gap : MAX_SIZE;
    }
  }

  // String tables: offset 0 is the empty name.
  const strtab: string[] = [''];
  let strLen = 1;
  const addString = (s: string): number => {
    const at = strLen;
    strtab.push(s);
    strLen += Buffer.byteLength(s) + 1;
    return at;
  };
  // The gABI wants the local symbols before the others; sh_info is the first non-local.
  const bind = (s: MapSymbol) => ('Ww'.includes(s.type) ? STB_WEAK : s.type === s.type.toUpperCase() ? STB_GLOBAL : STB_LOCAL);
  const ordered = [...kept.filter((s) => bind(s) === STB_LOCAL), ...kept.filter((s) => bind(s) !== STB_LOCAL)];
  const firstGlobal = 1 + ordered.findIndex((s) => bind(s) !== STB_LOCAL);
  const symtab = Buffer.alloc(24 * (1 + ordered.length)); // entry 0: the null symbol
  ordered.forEach((s, i) => {
    const e = 24 * (i + 1);
    const isText = inText(s);
    const func = isText && 'TtWw'.includes(s.type);
    symtab.writeUInt32LE(addString(s.name), e);
    symtab.writeUInt8((bind(s) << 4) | (func ? STT_FUNC : STT_OBJECT), e + 4);
    symtab.writeUInt16LE(isText ? TEXT : DATA, e + 6);
    symtab.writeBigUInt64LE(s.addr, e + 8);
    symtab.writeBigUInt64LE(s.size, e + 16);
  });
  const strBytes = Buffer.from(strtab.join('\0') + '\0');
  const shNames = ['', '.text', '.data', '.symtab', '.strtab', '.shstrtab'];
  const shstrBytes = Buffer.from(shNames.join('\0') + '\0');
  const shName = (i: number) => Buffer.byteLength(shNames.slice(0, i).join('\0')) + (i > 0 ? 1 : 0);

  // File: ELF header, .symtab, .strtab, .shstrtab, section headers (8-aligned).
  const align8 = (n: number) => (n + 7) & ~7;
  const symOff = 64;
  const strOff = symOff + symtab.length;
  const shstrOff = strOff + strBytes.length;
  const shOff = align8(shstrOff + shstrBytes.length);
  const out = Buffer.alloc(shOff + 64 * shNames.length);
  out.set([0x7f, 0x45, 0x4c, 0x46, 2 /* ELFCLASS64 */, 1 /* ELFDATA2LSB */, 1 /* EV_CURRENT */], 0);
  out.writeUInt16LE(2, 16); // ET_EXEC: addresses are final, GDB relocates nothing
  out.writeUInt16LE(EM_AARCH64, 18);
  out.writeUInt32LE(1, 20); // e_version
  out.writeBigUInt64LE(textLo, 24); // e_entry: the kernel's first address
  out.writeBigUInt64LE(BigInt(shOff), 40); // e_phoff (32) stays 0: no program headers
  out.writeUInt16LE(64, 52); // e_ehsize
  out.writeUInt16LE(64, 58); // e_shentsize
  out.writeUInt16LE(shNames.length, 60);
  out.writeUInt16LE(SHSTRTAB, 62);
  symtab.copy(out, symOff);
  strBytes.copy(out, strOff);
  shstrBytes.copy(out, shstrOff);

  const section = (i: number, type: number, flags: bigint, addr: bigint, off: number, size: bigint, link = 0, info = 0, align = 1n, entsize = 0n) => {
    const h = shOff + 64 * i;
    out.writeUInt32LE(shName(i), h);
    out.writeUInt32LE(type, h + 4);
    out.writeBigUInt64LE(flags, h + 8);
    out.writeBigUInt64LE(addr, h + 16);
    out.writeBigUInt64LE(BigInt(off), h + 24);
    out.writeBigUInt64LE(size, h + 32);
    out.writeUInt32LE(link, h + 40);
    out.writeUInt32LE(info, h + 44);
    out.writeBigUInt64LE(align, h + 48);
    out.writeBigUInt64LE(entsize, h + 56);
  };
  section(TEXT, SHT_NOBITS, SHF_ALLOC | SHF_EXECINSTR, textLo, symOff, textHi - textLo);
  section(DATA, SHT_NOBITS, SHF_ALLOC | SHF_WRITE, dataLo, symOff, dataHi - dataLo);
  const locals = firstGlobal > 0 ? firstGlobal : 1 + ordered.length;
  section(SYMTAB, SHT_SYMTAB, 0n, 0n, symOff, BigInt(symtab.length), STRTAB, locals, 8n, 24n);
  section(STRTAB, SHT_STRTAB, 0n, 0n, strOff, BigInt(strBytes.length));
  section(SHSTRTAB, SHT_STRTAB, 0n, 0n, shstrOff, BigInt(shstrBytes.length));
  return out;
}
