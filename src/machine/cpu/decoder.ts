// The A64 decoder is a table: one row per encoding, named as in the Arm ARM's encoding
// index (e.g. "ADD_64_addsub_imm"), with a 32-character bit pattern read from bit 31 down
// to bit 0. '0' and '1' must match; any other character is an operand bit of the field
// that letter names (see fieldLayouts). The first matching row wins;
// test/machine/decoder.test.ts proves that no row is shadowed by an earlier one.
//
// The row is the one description of its instruction: besides its handler it carries its
// translation for compiled blocks (`js`) and its data-access count (`dataAccesses`); the
// Decoder turns them into tables indexed by row, beside `handlers`.
//
// Rows without `exec` are known encodings we have not implemented yet: they stay visible
// in the table and decode to themselves, so reports name them.

import type { Cpu } from './cpu.ts';
import type { Field } from './bits.ts';
import type { WasmTranslation } from './wasm-tier/insn-emitter.ts';

/** Executes one decoded instruction. `insn` is the raw 32-bit encoding. */
export type ExecFn = (cpu: Cpu, insn: number) => void;

/**
 * An operand field of a row, named by its pattern letter. A letter may stand in more than
 * one run of the pattern: the field's value is then its runs concatenated in pattern order,
 * the leftmost (most significant) run first, where the Arm ARM joins fields that way:
 * TB(N)Z's b5:b40, the AdvSIMD modified immediate a:b:c:d:e:f:g:h, or a field a pattern
 * splits around a fixed bit (register offset: option<2>:option<0>). Different Arm fields get
 * different letters (SYS: op1 'o', op2 'p'), also where the Arm ARM joins them in the other
 * order (ADR: immlo 'l' at bits 30:29, immhi 'h'; imm = immhi:immlo).
 */
export interface FieldLayout {
  readonly name: string;
  /** Runs of bits, most significant first. */
  readonly runs: readonly Field[];
  /** Total width: the sum of the runs' widths (at most 32). */
  readonly width: number;
}

/** Field values of one encoding, by pattern letter (unsigned). */
export type Fields = Readonly<Record<string, number>>;

/** A translated instruction, as JavaScript for the block compiler (block-jit.ts). */
export interface JsTranslation {
  /** JS statements; may use `cpu` and `x` (cpu.x). */
  readonly code: string;
  /**
   * The code may throw (a memory access) or reads cpu.insnLo/insnHi/pcLo (a branch): the
   * block sets the PC fields and its retired count first, as before a handler call.
   */
  readonly needsPc: boolean;
}

/**
 * Translates one encoding of a row, at compile time, from its field values (`insn`: the
 * raw encoding, for the rare translation that wants it). Returns null where the row's
 * handler must run instead (reserved or rare variants). A translation does exactly what
 * the row's handler does.
 */
export type Translate<T> = (f: Fields, insn: number) => T | null;

/**
 * Data accesses of one execution (translations: a TLB lookup or dataAddress() each, as the
 * handler makes them; see data-access.ts): a count, or a function of the encoding for rows
 * whose count depends on fields. Evaluated when a block is decoded, never per execution.
 */
export type DataAccesses = number | ((insn: number) => number);

export interface Row {
  /** Encoding identifier as in the Arm ARM encoding index. */
  readonly name: string;
  /** 32 characters, bit 31 first. */
  readonly pattern: string;
  readonly exec?: ExecFn;
  /** Assembly template for readers and generated tests, e.g. "ADD <Xd|SP>, <Xn|SP>, #<imm>". */
  readonly asm?: string;
  /**
   * The instruction may change the PC or the state that decoding and address translation
   * depend on (EL, system registers): it must be the last of a decoded block.
   */
  readonly endsBlock?: boolean;
  /**
   * Translation to JavaScript for compiled blocks; without one a compiled block calls
   * `exec`.
   */
  readonly js?: Translate<JsTranslation>;
  /**
   * Translation to WebAssembly for the wasm tier's regions (wasm-tier/region.ts); without
   * one a region calls `exec` through a host function.
   */
  readonly wasm?: Translate<WasmTranslation>;
  /** Data accesses per execution (0 when absent: not a load, store or cache operation). */
  readonly dataAccesses?: DataAccesses;
  /** A branch whose target is in the instruction: the byte offset from it to that target. */
  readonly branchOffset?: (insn: number) => number;
}

export interface DecodedRow extends Row {
  readonly mask: number;
  readonly value: number;
  readonly index: number;
  /** Operand fields from the pattern's letters, in order of first appearance. */
  readonly fields: readonly FieldLayout[];
}

/** The operand fields of a pattern (see FieldLayout): one per letter. */
export function fieldLayouts(pattern: string): FieldLayout[] {
  const p = pattern.replace(/[\s_]/g, '');
  const byName = new Map<string, Field[]>();
  for (let i = 0; i < p.length; ) {
    const ch = p[i];
    let j = i;
    while (j < p.length && p[j] === ch) j++;
    if (ch !== '0' && ch !== '1') {
      let runs = byName.get(ch);
      if (runs === undefined) byName.set(ch, (runs = []));
      runs.push({ lsb: p.length - j, width: j - i });
    }
    i = j;
  }
  return [...byName].map(([name, runs]) => ({ name, runs, width: runs.reduce((w, r) => w + r.width, 0) }));
}

/** The value of field `f` in `insn` (unsigned). */
export function fieldValue(f: FieldLayout, insn: number): number {
  let v = 0;
  for (const r of f.runs) v = v * 2 ** r.width + (r.width === 32 ? insn >>> 0 : (insn >>> r.lsb) & ((1 << r.width) - 1));
  return v;
}

/** All field values of `insn` under `fields` (allocates: for compile time and tests). */
export function fieldValues(fields: readonly FieldLayout[], insn: number): Fields {
  const out: Record<string, number> = {};
  for (const f of fields) out[f.name] = fieldValue(f, insn);
  return out;
}

export function compilePattern(pattern: string): { mask: number; value: number } {
  const p = pattern.replace(/[\s_]/g, '');
  if (p.length !== 32) throw new Error(`decoder pattern must have 32 bits: "${pattern}"`);
  let mask = 0;
  let value = 0;
  for (let i = 0; i < 32; i++) {
    const bit = 31 - i;
    const ch = p[i];
    if (ch === '0' || ch === '1') {
      mask |= 1 << bit;
      if (ch === '1') value |= 1 << bit;
    }
  }
  return { mask: mask | 0, value: value | 0 };
}

/**
 * Whether a row lies in the SIMD&FP space: data processing with bits 27:25 = 111, or a
 * load/store (bit 27 = 1, bit 25 = 0) with V (bit 26) = 1.
 */
export function isSimdFpEncoding(r: { mask: number; value: number }): boolean {
  const fixed = (bit: number) => ((r.mask >>> bit) & 1) === 1;
  const one = (bit: number) => fixed(bit) && ((r.value >>> bit) & 1) === 1;
  const zero = (bit: number) => fixed(bit) && ((r.value >>> bit) & 1) === 0;
  return (one(27) && one(26) && one(25)) || (one(27) && one(26) && zero(25));
}

/** Index 0 of every decoder: no row matched. */
export const UNALLOCATED = 0;

export class Decoder {
  readonly rows: DecodedRow[];
  /** exec function per row index; rows without one get the `unimplemented` handler. */
  readonly handlers: ExecFn[];
  /** 1 where the row ends a decoded block (see Row.endsBlock; unimplemented rows do too). */
  readonly endsBlock: Uint8Array;
  /** Per row, Row.branchOffset or null. */
  readonly branchOffsets: (((insn: number) => number) | null)[];
  /**
   * Handlers to use while FP/AdvSIMD accesses trap (CPACR_EL1.FPEN, CPTR_EL2): the rows of
   * the SIMD&FP encoding space (data processing with op0 = x111, loads/stores with V = 1)
   * take the trap instead.
   */
  readonly fpTrappedHandlers: ExecFn[];
  /** JS translation per row index (Row.js), null where compiled blocks call the handler. */
  readonly jsTranslations: (Translate<JsTranslation> | null)[];
  /** The same while FP/AdvSIMD accesses trap: none for the SIMD&FP rows, whose handler traps. */
  readonly fpTrappedJsTranslations: (Translate<JsTranslation> | null)[];
  /**
   * Times each row's translation was used by the block compiler (a compile-time count, for
   * the test that every translation is exercised by the forced-compile differential run).
   */
  readonly jsTranslated: Uint32Array;
  /** The same three for the WebAssembly translations (Row.wasm). */
  readonly wasmTranslations: (Translate<WasmTranslation> | null)[];
  readonly fpTrappedWasmTranslations: (Translate<WasmTranslation> | null)[];
  readonly wasmTranslated: Uint32Array;
  /** Data accesses per row index when constant (Row.dataAccesses); -1: see accessFns. */
  private readonly accessCounts: Int32Array;
  private readonly accessFns: (((insn: number) => number) | null)[];
  private readonly masks: Int32Array;
  private readonly values: Int32Array;
  /** Per top-16-bit prefix: >= 0 a row index valid for any low half; < 0 -(list + 1). */
  private readonly primary: Int32Array;
  private readonly lists: Int32Array[];

  constructor(rows: readonly Row[], unallocated: ExecFn, unimplemented: ExecFn, fpTrap: ExecFn = unimplemented) {
    this.rows = [{ name: 'UNALLOCATED', pattern: '', mask: 0, value: 0, index: 0, exec: unallocated, endsBlock: true, fields: [] }];
    for (const row of rows) {
      const { mask, value } = compilePattern(row.pattern);
      this.rows.push({ ...row, mask, value, index: this.rows.length, fields: fieldLayouts(row.pattern) });
    }
    const n = this.rows.length;
    if (n > 0x10000) throw new Error('decoder: more rows than a decoded block can index (Uint16)');
    this.masks = new Int32Array(n);
    this.values = new Int32Array(n);
    this.handlers = [];
    this.fpTrappedHandlers = [];
    this.endsBlock = new Uint8Array(n);
    this.branchOffsets = [];
    this.jsTranslations = [];
    this.fpTrappedJsTranslations = [];
    this.jsTranslated = new Uint32Array(n);
    this.wasmTranslations = [];
    this.fpTrappedWasmTranslations = [];
    this.wasmTranslated = new Uint32Array(n);
    this.accessCounts = new Int32Array(n);
    this.accessFns = [];
    for (const r of this.rows) {
      const js = r.exec !== undefined ? (r.js ?? null) : null;
      this.jsTranslations.push(js);
      this.fpTrappedJsTranslations.push(isSimdFpEncoding(r) ? null : js);
      const wasm = r.exec !== undefined ? (r.wasm ?? null) : null;
      this.wasmTranslations.push(wasm);
      this.fpTrappedWasmTranslations.push(isSimdFpEncoding(r) ? null : wasm);
      // A row without a handler never retires (it takes UNDEFINED): no accesses.
      const da = r.exec !== undefined ? (r.dataAccesses ?? 0) : 0;
      this.accessCounts[r.index] = typeof da === 'number' ? da : -1;
      this.accessFns.push(typeof da === 'number' ? null : da);
      this.masks[r.index] = r.mask;
      this.values[r.index] = r.value;
      this.handlers.push(r.exec ?? unimplemented);
      this.fpTrappedHandlers.push(r.exec !== undefined && isSimdFpEncoding(r) ? fpTrap : (r.exec ?? unimplemented));
      this.endsBlock[r.index] = r.endsBlock === true || r.exec === undefined ? 1 : 0;
      this.branchOffsets.push(r.exec !== undefined ? (r.branchOffset ?? null) : null);
    }
    this.primary = new Int32Array(65536);
    this.lists = [];
    const all: number[] = [];
    for (let i = 1; i < n; i++) all.push(i);
    this.fillPrimary(0, 15, all, new Map<string, number>());
  }

  /**
   * Fills the primary table for the prefixes (top 16 bits) that start with the bits of
   * `prefix` above `bit`: `rows` are the rows, in order, whose fixed top bits match them.
   * Splits on one bit at a time, down to where no row cares about the bits left, so one
   * candidate list serves a whole range of prefixes (scanning every row for each of the
   * 65,536 prefixes took ~300 ms of every start). Visits prefixes in ascending order, so list
   * ids come out as a plain scan would number them.
   */
  private fillPrimary(prefix: number, bit: number, rows: number[], listIds: Map<string, number>): void {
    const free = bit < 0 ? 0 : (((1 << (bit + 1)) - 1) << 16) | 0; // the top bits not yet fixed
    let cares = false;
    let end = rows.length;
    for (let k = 0; k < end; k++) {
      const m = this.masks[rows[k]];
      if ((m & free) !== 0) cares = true;
      // Matches every prefix below and every low half: later rows can't win here.
      else if ((m & 0xffff) === 0) end = k + 1;
    }
    if (end < rows.length) rows = rows.slice(0, end);
    if (!cares) {
      const entry = this.primaryEntry(rows, listIds);
      this.primary.fill(entry, prefix, prefix + (1 << (bit + 1)));
      return;
    }
    const b = 1 << (bit + 16);
    for (const v of [0, b]) {
      this.fillPrimary(prefix | (v >>> 16), bit - 1, rows.filter((r) => (this.masks[r] & b) === 0 || (this.values[r] & b) === v), listIds);
    }
  }

  /** The primary table's entry for prefixes whose candidate rows are `rows` (see primary). */
  private primaryEntry(rows: readonly number[], listIds: Map<string, number>): number {
    if (rows.length === 0) return UNALLOCATED;
    if (rows.length === 1 && (this.masks[rows[0]] & 0xffff) === 0) return rows[0];
    const key = rows.join(',');
    let id = listIds.get(key);
    if (id === undefined) {
      id = this.lists.length;
      listIds.set(key, id);
      this.lists.push(Int32Array.from(rows));
    }
    return -(id + 1);
  }

  /** Returns the index of the first row matching `insn` (UNALLOCATED if none). */
  decode(insn: number): number {
    const p = this.primary[insn >>> 16];
    if (p >= 0) return p;
    const list = this.lists[-p - 1];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if ((insn & this.masks[r]) === this.values[r]) return r;
    }
    return UNALLOCATED;
  }

  /** Name of the row `insn` decodes to, for reports. */
  nameOf(insn: number): string {
    return this.rows[this.decode(insn)].name;
  }

  isImplemented(index: number): boolean {
    return this.rows[index].exec !== undefined;
  }

  /** Data accesses of one execution of `insn`, which decodes to row `index`. */
  dataAccesses(index: number, insn: number): number {
    const c = this.accessCounts[index];
    return c >= 0 ? c : this.accessFns[index]!(insn);
  }

  /** Field values of `insn` under row `index`'s pattern (allocates: compile time, tests). */
  fieldsOf(index: number, insn: number): Fields {
    return fieldValues(this.rows[index].fields, insn);
  }

  /**
   * The JS translation of `insn` (row `index`), or null where a compiled block calls the
   * handler: none on the row, the row's translation declines, or (`fpTrapped`) a SIMD&FP
   * row whose handler traps. Counts the translations used (jsTranslated).
   */
  translateJs(index: number, insn: number, fpTrapped: boolean): JsTranslation | null {
    return this.translate(fpTrapped ? this.fpTrappedJsTranslations : this.jsTranslations, this.jsTranslated, index, insn);
  }

  /** The WebAssembly translation of `insn` (row `index`), as translateJs; counts wasmTranslated. */
  translateWasm(index: number, insn: number, fpTrapped: boolean): WasmTranslation | null {
    return this.translate(fpTrapped ? this.fpTrappedWasmTranslations : this.wasmTranslations, this.wasmTranslated, index, insn);
  }

  /** Row `index`'s translation in `table` of `insn`, counted in `used` when there is one. */
  private translate<T>(table: readonly (Translate<T> | null)[], used: Uint32Array, index: number, insn: number): T | null {
    const t = table[index];
    if (t === null) return null;
    const r = t(this.fieldsOf(index, insn), insn);
    if (r !== null) used[index]++;
    return r;
  }
}
