// A small WebAssembly binary encoder: just what the execution tier (cpu/wasm-tier.ts) needs
// to build one module per compiled page region at run time. A module imports its memory and
// its host functions, defines one function, and exports it. Instructions are appended to a
// Code buffer opcode by opcode; the encoder knows nothing about the guest ISA.
//
// Reference: the WebAssembly core specification, binary format (section 5).

/** Value types. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export type ValType = typeof I32 | typeof I64;

/** Block type of a structured instruction with no result. */
export const VOID = 0x40;

/** Opcodes used by the tier (names as in the specification's text format). */
export const Op = {
  unreachable: 0x00,
  nop: 0x01,
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  br_if: 0x0d,
  br_table: 0x0e,
  return: 0x0f,
  call: 0x10,
  call_indirect: 0x11,
  drop: 0x1a,
  select: 0x1b,
  local_get: 0x20,
  local_set: 0x21,
  local_tee: 0x22,
  i32_load: 0x28,
  i64_load: 0x29,
  f64_load: 0x2b,
  i32_load8_u: 0x2d,
  i32_load16_u: 0x2f,
  i64_load8_u: 0x31,
  i64_load16_u: 0x33,
  i64_load32_u: 0x35,
  i32_store: 0x36,
  i64_store: 0x37,
  f64_store: 0x39,
  i32_store8: 0x3a,
  i32_store16: 0x3b,
  i64_store8: 0x3c,
  i64_store16: 0x3d,
  i64_store32: 0x3e,
  i32_const: 0x41,
  i64_const: 0x42,
  i32_eqz: 0x45,
  i32_eq: 0x46,
  i32_ne: 0x47,
  i32_lt_s: 0x48,
  i32_lt_u: 0x49,
  i32_gt_s: 0x4a,
  i32_gt_u: 0x4b,
  i32_le_s: 0x4c,
  i32_le_u: 0x4d,
  i32_ge_s: 0x4e,
  i32_ge_u: 0x4f,
  i64_eqz: 0x50,
  i64_eq: 0x51,
  i64_ne: 0x52,
  i64_lt_s: 0x53,
  i64_lt_u: 0x54,
  i64_gt_s: 0x55,
  i64_gt_u: 0x56,
  i64_le_s: 0x57,
  i64_le_u: 0x58,
  i64_ge_s: 0x59,
  i64_ge_u: 0x5a,
  f64_ne: 0x62,
  i32_clz: 0x67,
  i32_add: 0x6a,
  i32_sub: 0x6b,
  i32_mul: 0x6c,
  i32_div_s: 0x6d,
  i32_div_u: 0x6e,
  i32_and: 0x71,
  i32_or: 0x72,
  i32_xor: 0x73,
  i32_shl: 0x74,
  i32_shr_s: 0x75,
  i32_shr_u: 0x76,
  i32_rotr: 0x78,
  i64_clz: 0x79,
  i64_ctz: 0x7a,
  i64_add: 0x7c,
  i64_sub: 0x7d,
  i64_mul: 0x7e,
  i64_div_s: 0x7f,
  i64_div_u: 0x80,
  i64_and: 0x83,
  i64_or: 0x84,
  i64_xor: 0x85,
  i64_shl: 0x86,
  i64_shr_s: 0x87,
  i64_shr_u: 0x88,
  i64_rotl: 0x89,
  i64_rotr: 0x8a,
  i32_wrap_i64: 0xa7,
  i64_extend_i32_s: 0xac,
  i64_extend_i32_u: 0xad,
  f64_convert_i64_s: 0xb9,
  f64_convert_i64_u: 0xba,
  i32_extend8_s: 0xc0,
  i32_extend16_s: 0xc1,
  i64_extend8_s: 0xc2,
  i64_extend16_s: 0xc3,
  i64_extend32_s: 0xc4,
} as const;

/** A growable byte buffer of encoded instructions (or any other part of a module). */
export class Code {
  private buf = new Uint8Array(256);
  length = 0;

  byte(b: number): this {
    if (this.length === this.buf.length) {
      const n = new Uint8Array(this.buf.length * 2);
      n.set(this.buf);
      this.buf = n;
    }
    this.buf[this.length++] = b;
    return this;
  }

  bytes(src: ArrayLike<number>): this {
    const n = src.length;
    if (this.length + n > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    if (src instanceof Uint8Array) this.buf.set(src, this.length);
    else for (let i = 0; i < n; i++) this.buf[this.length + i] = src[i];
    this.length += n;
    return this;
  }

  /** Unsigned LEB128 of a non-negative integer below 2^53. */
  u32(v: number): this {
    do {
      let b = v % 128;
      v = Math.floor(v / 128);
      if (v !== 0) b |= 0x80;
      this.byte(b);
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 of an int32. */
  s32(v: number): this {
    v |= 0;
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) return this.byte(b);
      this.byte(b | 0x80);
    }
  }

  /** Signed LEB128 of the 64-bit value hi:lo (two int32 halves). */
  s64(lo: number, hi: number): this {
    lo |= 0;
    hi |= 0;
    for (;;) {
      const b = lo & 0x7f;
      // Arithmetic shift right by 7 of the 64-bit pair.
      lo = (lo >>> 7) | (hi << 25);
      hi >>= 7;
      const done = (hi === 0 && lo === 0 && (b & 0x40) === 0) || (hi === -1 && lo === -1 && (b & 0x40) !== 0);
      if (done) return this.byte(b);
      this.byte(b | 0x80);
    }
  }

  /** Called with block, loop, if and end opcodes before op() writes them (InsnEmitter's register locals). */
  onControl: ((op: number) => void) | null = null;

  op(o: number): this {
    if (this.onControl !== null && (o === Op.block || o === Op.loop || o === Op.if || o === Op.end)) this.onControl(o);
    return this.byte(o);
  }

  i32(v: number): this {
    return this.byte(Op.i32_const).s32(v);
  }

  i64(lo: number, hi: number): this {
    return this.byte(Op.i64_const).s64(lo, hi);
  }

  get(local: number): this {
    return this.byte(Op.local_get).u32(local);
  }

  set(local: number): this {
    return this.byte(Op.local_set).u32(local);
  }

  tee(local: number): this {
    return this.byte(Op.local_tee).u32(local);
  }

  /** A load or store with alignment hint log2(align) and a constant offset. */
  mem(o: number, alignLog2: number, offset: number): this {
    return this.byte(o).u32(alignLog2).u32(offset);
  }

  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

export interface FuncType {
  readonly params: readonly ValType[];
  readonly results: readonly ValType[];
}

export interface ModuleSpec {
  /** The imported shared memory ("env"."memory") and its size in 64 KiB pages. */
  readonly memoryPages: number;
  /** Types the body names by index (call_indirect): type indices 0..n-1. */
  readonly types?: readonly FuncType[];
  /** Imports a table of functions ("env"."table", table 0) for call_indirect. */
  readonly table?: boolean;
  /** Imported host functions ("env"."f<i>"), called as function indices 0..n-1. */
  readonly imports: readonly FuncType[];
  /** The module's functions (indices imports.length + i), exported as "r<i>"... */
  readonly funcs: readonly FuncSpec[];
  /** ...or by these names. */
  readonly exportNames?: readonly string[];
}

export interface FuncSpec {
  readonly type: FuncType;
  /** Its locals beyond the parameters. */
  readonly locals: readonly ValType[];
  /** Its body, without the final `end`. */
  readonly body: Code;
}

function section(out: Code, id: number, content: Code): void {
  out.byte(id).u32(content.length).bytes(content.view());
}

function name(c: Code, s: string): void {
  c.u32(s.length);
  for (let i = 0; i < s.length; i++) c.byte(s.charCodeAt(i));
}

function funcType(c: Code, t: FuncType): void {
  c.byte(0x60).u32(t.params.length).bytes(t.params).u32(t.results.length).bytes(t.results);
}

/** Encodes a module. */
export function encodeModule(m: ModuleSpec): Uint8Array<ArrayBuffer> {
  const out = new Code();
  out.bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  // One type per distinct signature.
  const typeIds = new Map<string, number>();
  const types = new Code();
  const typeOf = (t: FuncType): number => {
    const key = `${t.params.join(',')}:${t.results.join(',')}`;
    let id = typeIds.get(key);
    if (id === undefined) {
      id = typeIds.size;
      typeIds.set(key, id);
      funcType(types, t);
    }
    return id;
  };
  for (const t of m.types ?? []) typeOf(t);
  const importTypes = m.imports.map(typeOf);
  const funcTypeIds = m.funcs.map((f) => typeOf(f.type));
  section(out, 1, new Code().u32(typeIds.size).bytes(types.view()));
  const imports = new Code().u32(m.imports.length + (m.table === true ? 2 : 1));
  name(imports, 'env');
  name(imports, 'memory');
  imports.byte(0x02).byte(0x03).u32(m.memoryPages).u32(m.memoryPages); // shared, min = max
  if (m.table === true) {
    name(imports, 'env');
    name(imports, 'table');
    imports.byte(0x01).byte(0x70).byte(0x00).u32(0); // funcref, no maximum
  }
  for (let i = 0; i < m.imports.length; i++) {
    name(imports, 'env');
    name(imports, `f${i}`);
    imports.byte(0x00).u32(importTypes[i]);
  }
  section(out, 2, imports);
  const funcs = new Code().u32(m.funcs.length);
  for (const id of funcTypeIds) funcs.u32(id);
  section(out, 3, funcs);
  const exports = new Code().u32(m.funcs.length);
  m.funcs.forEach((_, i) => {
    name(exports, m.exportNames?.[i] ?? `r${i}`);
    exports.byte(0x00).u32(m.imports.length + i);
  });
  section(out, 7, exports);
  const code = new Code().u32(m.funcs.length);
  for (const f of m.funcs) {
    // Locals are declared in runs of one type.
    const fn = new Code();
    const runs: [number, number][] = [];
    for (const t of f.locals) {
      if (runs.length > 0 && runs[runs.length - 1][1] === t) runs[runs.length - 1][0]++;
      else runs.push([1, t]);
    }
    fn.u32(runs.length);
    for (const [n, t] of runs) fn.u32(n).byte(t);
    fn.bytes(f.body.view()).byte(Op.end);
    code.u32(fn.length).bytes(fn.view());
  }
  section(out, 10, code);
  return out.view().slice();
}
