// FEAT_LSE (Armv8.1 Large System Extensions), Arm ARM C3.3.x "Atomic memory operations"
// and "Compare and swap": CAS{A,L,AL}{B,H,,} (comswap), CASP{A,L,AL} (comswappr),
// SWP{A,L,AL}{B,H,,} and LD<op>{A,L,AL}{B,H,,} for op = ADD, CLR, EOR, SET, SMAX, SMIN,
// UMAX, UMIN (memop). The ST<op> instructions are the aliases LD<op> with Rt = XZR and
// need no rows of their own.
//
// Encodings (bit 31 first):
//   memop      size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt   (o3 = 0: LD<opc>; o3 = 1, opc = 000: SWP)
//   comswap    size 001000 1 L 1 Rs o0 11111 Rn Rt      (L = acquire, o0 = release)
//   comswappr  0 sz 001000 0 L 1 Rs o0 11111 Rn Rt      (Rs, Rt even: pairs Rs:Rs+1, Rt:Rt+1)
//
// Model gating: LSE is an Armv8.1 feature. Every handler first checks `cpu.model.lse`
// (false for cortex-a53, which is Armv8.0) and is UNDEFINED when it is clear; the decoder
// table is shared by all models, and these instructions are rare, so one boolean load per
// instruction is the cheapest correct choice.
//
// Semantics: PEs are interleaved at instruction granularity, so the read-modify-write is
// trivially single-copy atomic and acquire/release orderings need nothing beyond the
// accesses. Memory goes through the cpu's ld*/st* helpers, which fault on misaligned
// addresses (natural alignment of the access size; 8 or 16 bytes for CASP) and clear the
// exclusive monitor on a write to its granule. A CAS whose comparison fails writes nothing.
// Registers loaded from memory are zero-extended (the W forms clear bits 63:32); SMAX/SMIN
// compare signed and UMAX/UMIN unsigned, at the access size. A source register is read
// before any destination is written, so Rs == Rt uses the old value (as the Arm ARM
// pseudocode and qemu-aarch64 do). Rs/Rt = 31 is XZR, Rn = 31 is SP.
//
// Handlers are top-level (cpu, insn) functions: no BigInt, no allocation.

import type { Cpu } from '../cpu.ts';
import type { Fields, Row, Translate } from '../decoder.ts';
import type { InsnEmitter, WasmTranslation } from '../wasm-tier/insn-emitter.ts';
import { Op, VOID } from '../../wasm/encoder.ts';

/** x index (doubled) of the base register: field Rn at bits 9:5, 31 meaning SP (32). */
function baseIndex(insn: number): number {
  const n = (insn >>> 5) & 31;
  return (n + ((n + 1) >> 5)) << 1;
}

/** Zero-extending load of 1, 2 or 4 bytes (size field 0, 1, 2); 32-bit results as int32. */
function loadNarrow(cpu: Cpu, size: number, lo: number, hi: number): number {
  return size === 0 ? cpu.ld8(lo, hi) : size === 1 ? cpu.ld16(lo, hi) : cpu.ld32(lo, hi);
}

function storeNarrow(cpu: Cpu, size: number, lo: number, hi: number, v: number): void {
  if (size === 0) cpu.st8(lo, hi, v & 0xff);
  else if (size === 1) cpu.st16(lo, hi, v & 0xffff);
  else cpu.st32(lo, hi, v);
}

/**
 * LD<op> on values of 8, 16 or 32 bits: `d` is the (zero-extended) memory value, `s` the
 * register operand; `shift` = 32 - access bits brings the operands' sign bits to bit 31.
 */
function narrowOp(opc: number, d: number, s: number, shift: number): number {
  switch (opc) {
    case 0: // ADD
      return (d + s) | 0;
    case 1: // CLR (BIC)
      return d & ~s;
    case 2: // EOR
      return d ^ s;
    case 3: // SET (ORR)
      return d | s;
    case 4: // SMAX
      return (d << shift) >> shift >= (s << shift) >> shift ? d : s;
    case 5: // SMIN
      return (d << shift) >> shift <= (s << shift) >> shift ? d : s;
    case 6: // UMAX
      return (d << shift) >>> shift >= (s << shift) >>> shift ? d : s;
    default: // 7: UMIN
      return (d << shift) >>> shift <= (s << shift) >>> shift ? d : s;
  }
}

/** LD<op>{A,L,AL}{B,H} and the 32-bit forms. */
function ldopNarrow(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const size = insn >>> 30;
  const d = loadNarrow(cpu, size, lo, hi);
  const s = x[((insn >>> 16) & 31) << 1];
  storeNarrow(cpu, size, lo, hi, narrowOp((insn >>> 12) & 7, d, s, 32 - (8 << size)));
  const t = (insn & 31) << 1;
  x[t] = d;
  x[t + 1] = 0;
}

/** LD<op>{A,L,AL} (64-bit). */
function ldop64(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const dlo = cpu.ld64(lo, hi);
  const dhi = cpu.ldHi;
  const si = ((insn >>> 16) & 31) << 1;
  const slo = x[si];
  const shi = x[si + 1];
  let rlo: number;
  let rhi: number;
  switch ((insn >>> 12) & 7) {
    case 0: {
      // ADD
      const l = (dlo >>> 0) + (slo >>> 0);
      rlo = l | 0;
      rhi = (dhi + shi + (l > 0xffffffff ? 1 : 0)) | 0;
      break;
    }
    case 1: // CLR
      rlo = dlo & ~slo;
      rhi = dhi & ~shi;
      break;
    case 2: // EOR
      rlo = dlo ^ slo;
      rhi = dhi ^ shi;
      break;
    case 3: // SET
      rlo = dlo | slo;
      rhi = dhi | shi;
      break;
    default: {
      // SMAX, SMIN, UMAX, UMIN: dGreater = (d > s) at 64 bits, signed or unsigned.
      const opc = (insn >>> 12) & 7;
      const dh = opc < 6 ? dhi : dhi >>> 0;
      const sh = opc < 6 ? shi : shi >>> 0;
      const dGreater = dh > sh || (dhi === shi && dlo >>> 0 > slo >>> 0);
      const dLess = dh < sh || (dhi === shi && dlo >>> 0 < slo >>> 0);
      const takeD = (opc & 1) === 0 ? !dLess : !dGreater; // MAX keeps d unless d < s
      rlo = takeD ? dlo : slo;
      rhi = takeD ? dhi : shi;
    }
  }
  cpu.st64(lo, hi, rlo, rhi);
  const t = (insn & 31) << 1;
  x[t] = dlo;
  x[t + 1] = dhi;
}

/** SWP{A,L,AL}{B,H} and the 32-bit forms. */
function swpNarrow(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const size = insn >>> 30;
  const d = loadNarrow(cpu, size, lo, hi);
  storeNarrow(cpu, size, lo, hi, x[((insn >>> 16) & 31) << 1]);
  const t = (insn & 31) << 1;
  x[t] = d;
  x[t + 1] = 0;
}

/** SWP{A,L,AL} (64-bit). */
function swp64(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const dlo = cpu.ld64(lo, hi);
  const dhi = cpu.ldHi;
  const s = ((insn >>> 16) & 31) << 1;
  cpu.st64(lo, hi, x[s], x[s + 1]);
  const t = (insn & 31) << 1;
  x[t] = dlo;
  x[t + 1] = dhi;
}

/** CAS{A,L,AL}{B,H} and the 32-bit forms: Rs is the compare value and receives the old value. */
function casNarrow(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const size = insn >>> 30;
  const s = ((insn >>> 16) & 31) << 1;
  const mask = size === 2 ? -1 : (1 << (8 << size)) - 1;
  const compare = x[s] & mask;
  const newValue = x[(insn & 31) << 1];
  const d = loadNarrow(cpu, size, lo, hi);
  if (d === compare) storeNarrow(cpu, size, lo, hi, newValue);
  x[s] = d;
  x[s + 1] = 0;
}

/** CAS{A,L,AL} (64-bit). */
function cas64(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const s = ((insn >>> 16) & 31) << 1;
  const t = (insn & 31) << 1;
  const clo = x[s];
  const chi = x[s + 1];
  const nlo = x[t];
  const nhi = x[t + 1];
  const dlo = cpu.ld64(lo, hi);
  const dhi = cpu.ldHi;
  if (dlo === clo && dhi === chi) cpu.st64(lo, hi, nlo, nhi);
  x[s] = dlo;
  x[s + 1] = dhi;
}

/**
 * CASP{A,L,AL} (32-bit pairs): <Ws>:<Ws+1> compared with the 64-bit doubleword (Ws the low
 * word, little-endian), <Wt>:<Wt+1> stored on a match; the old words go to Ws and Ws+1.
 * Odd Rs or Rt is UNDEFINED (Arm ARM: "if Rs<0> == '1' then UNDEFINED").
 */
function casp32(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse || (insn & 0x10001) !== 0) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const s = ((insn >>> 16) & 31) << 1;
  const t = (insn & 31) << 1;
  const c0 = x[s];
  const c1 = x[s + 2];
  const n0 = x[t];
  const n1 = x[t + 2];
  const d0 = cpu.ld64(lo, hi);
  const d1 = cpu.ldHi;
  if (d0 === c0 && d1 === c1) cpu.st64(lo, hi, n0, n1);
  x[s] = d0;
  x[s + 1] = 0;
  x[s + 2] = d1;
  x[s + 3] = 0;
}

/**
 * CASP{A,L,AL} (64-bit pairs): a 16-byte aligned quadword; Xs holds bits 63:0, Xs+1 bits
 * 127:64 (little-endian).
 */
function casp64(cpu: Cpu, insn: number): void {
  if (!cpu.model.lse || (insn & 0x10001) !== 0) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  cpu.dataAddress(lo, hi, 16);
  const s = ((insn >>> 16) & 31) << 1;
  const t = (insn & 31) << 1;
  const c0 = x[s];
  const c1 = x[s + 1];
  const c2 = x[s + 2];
  const c3 = x[s + 3];
  const n0 = x[t];
  const n1 = x[t + 1];
  const n2 = x[t + 2];
  const n3 = x[t + 3];
  const hlo = (lo + 8) | 0; // no carry: lo is 16-byte aligned
  const d0 = cpu.ld64(lo, hi);
  const d1 = cpu.ldHi;
  const d2 = cpu.ld64(hlo, hi);
  const d3 = cpu.ldHi;
  if (d0 === c0 && d1 === c1 && d2 === c2 && d3 === c3) {
    cpu.st64(lo, hi, n0, n1);
    cpu.st64(hlo, hi, n2, n3);
  }
  x[s] = d0;
  x[s + 1] = d1;
  x[s + 2] = d2;
  x[s + 3] = d3;
}

// ---- WebAssembly translations (Row.wasm): InsnEmitter.atomic ---------------------------

type Bytes = 1 | 2 | 4 | 8;

/** Pushes X<r> masked to `size` bytes (i64), as the handlers compare and store it. */
function operand(e: InsnEmitter, r: number, size: Bytes): void {
  e.x(r);
  if (size < 8) e.c.i64(size === 4 ? -1 : (1 << (8 * size)) - 1, 0).op(Op.i64_and);
}

/** Sign-extends the i64 on the stack from `size` bytes (a no-op for 8). */
function signExtend(e: InsnEmitter, size: Bytes): void {
  if (size === 1) e.c.op(Op.i64_extend8_s);
  else if (size === 2) e.c.op(Op.i64_extend16_s);
  else if (size === 4) e.c.op(Op.i64_extend32_s);
}

/** SWP (swpNarrow, swp64): Xs stored, the old value into Xt. */
const swpWasm = (size: Bytes): Translate<WasmTranslation> => (f) => (e) =>
  e.atomic(f.n, size, (r, old) => {
    e.x(f.s).ramStore(r, 0, size);
    e.c.get(old);
    e.setX(f.t);
  });

/** LD<op> (narrowOp, ldop64): op(old, Xs) stored, the old value into Xt. */
function ldopWasm(size: Bytes, opc: number): Translate<WasmTranslation> {
  return (f) => (e) =>
    e.atomic(f.n, size, (r, old) => {
      const c = e.c;
      if (opc < 4) {
        c.get(old);
        e.x(f.s);
        if (opc === 1) c.i64(-1, -1).op(Op.i64_xor);
        c.op([Op.i64_add, Op.i64_and, Op.i64_xor, Op.i64_or][opc]);
      } else {
        // MAX keeps the old value unless it is below Xs, MIN unless above; compared at the
        // access size, signed (SMAX, SMIN) or unsigned.
        const sv = e.tmp64();
        operand(e, f.s, size);
        c.set(sv);
        c.get(old).get(sv);
        const signed = opc < 6;
        c.get(old);
        if (signed) signExtend(e, size);
        c.get(sv);
        if (signed) signExtend(e, size);
        const max = (opc & 1) === 0;
        c.op(signed ? (max ? Op.i64_ge_s : Op.i64_le_s) : max ? Op.i64_ge_u : Op.i64_le_u);
        c.op(Op.select);
      }
      e.ramStore(r, 0, size);
      c.get(old);
      e.setX(f.t);
    });
}

/** CAS (casNarrow, cas64): Xt stored when the old value equals Xs (at the access size); the old value into Xs. */
const casWasm = (size: Bytes): Translate<WasmTranslation> => (f) => (e) =>
  e.atomic(f.n, size, (r, old) => {
    const c = e.c;
    const v = e.tmp64();
    e.x(f.t);
    c.set(v);
    c.get(old);
    operand(e, f.s, size);
    c.op(Op.i64_eq).op(Op.if).byte(VOID);
    c.get(v);
    e.ramStore(r, 0, size);
    c.op(Op.end);
    c.get(old);
    e.setX(f.s);
  });

/** Pushes W<r> (low half) and W<r+1> (high half) joined as i64, as casp32 compares and stores a pair. */
function wordPair(e: InsnEmitter, r: number): void {
  operand(e, r, 4);
  e.x(r + 1).c.i64(32, 0).op(Op.i64_shl).op(Op.i64_or);
}

/** CASP (casp32, casp64): odd Rs or Rt is UNDEFINED (the handler). */
function caspWasm(wide: boolean): Translate<WasmTranslation> {
  return (f: Fields) => {
    if ((f.s & 1) !== 0 || (f.t & 1) !== 0) return null;
    return (e) =>
      e.atomic(f.n, wide ? 16 : 8, (r, old) => {
        const c = e.c;
        if (!wide) {
          const v = e.tmp64();
          wordPair(e, f.t);
          c.set(v);
          c.get(old);
          wordPair(e, f.s);
          c.op(Op.i64_eq).op(Op.if).byte(VOID);
          c.get(v);
          e.ramStore(r, 0, 8);
          c.op(Op.end);
          c.get(old).i64(0xffffffff | 0, 0).op(Op.i64_and);
          e.setX(f.s);
          c.get(old).i64(32, 0).op(Op.i64_shr_u);
          e.setX(f.s + 1);
          return;
        }
        const high = e.tmp64();
        const v0 = e.tmp64();
        const v1 = e.tmp64();
        e.ramLoad(r, 8, 8);
        c.set(high);
        e.x(f.t);
        c.set(v0);
        e.x(f.t + 1);
        c.set(v1);
        c.get(old);
        e.x(f.s);
        c.op(Op.i64_eq);
        c.get(high);
        e.x(f.s + 1);
        c.op(Op.i64_eq).op(Op.i32_and).op(Op.if).byte(VOID);
        c.get(v0);
        e.ramStore(r, 0, 8);
        c.get(v1);
        e.ramStore(r, 8, 8);
        c.op(Op.end);
        c.get(old);
        e.setX(f.s);
        c.get(high);
        e.setX(f.s + 1);
      });
  };
}

// ---- the rows ------------------------------------------------------------------------

/** [size bits, mnemonic size suffix, register-width suffix of the name, register letter] */
const SIZES: [string, string, '32' | '64', 'W' | 'X'][] = [
  ['00', 'B', '32', 'W'],
  ['01', 'H', '32', 'W'],
  ['10', '', '32', 'W'],
  ['11', '', '64', 'X'],
];

/** [ordering suffix, A (acquire) bit, R/L (release) bit], in the Arm ARM's order. */
const ORDERINGS: [string, string, string][] = [
  ['', '0', '0'],
  ['A', '1', '0'],
  ['AL', '1', '1'],
  ['L', '0', '1'],
];

const LD_OPS = ['ADD', 'CLR', 'EOR', 'SET', 'SMAX', 'SMIN', 'UMAX', 'UMIN'];

function atomicRows(): Row[] {
  const rows: Row[] = [];
  // Compare and swap: bit 22 L (acquire), bit 15 o0 (release).
  for (const [size, b, w, r] of SIZES) {
    for (const [ord, a, l] of ORDERINGS) {
      rows.push({
        name: `CAS${ord}${b}_C${w}_comswap`,
        pattern: `${size}0010001${a}1sssss${l}11111nnnnnttttt`,
        exec: size === '11' ? cas64 : casNarrow,
        wasm: casWasm((1 << parseInt(size, 2)) as Bytes),
        dataAccesses: 2, // the load, then the store (made even when the compare fails)
        asm: `CAS${ord}${b} <${r}s>, <${r}t>, [<Xn|SP>{, #0}]`,
      });
    }
  }
  for (const [sz, w, r] of [['0', '32', 'W'], ['1', '64', 'X']]) {
    for (const [ord, a, l] of ORDERINGS) {
      rows.push({
        name: `CASP${ord}_CP${w}_comswappr`,
        pattern: `0${sz}0010000${a}1sssss${l}11111nnnnnttttt`,
        exec: sz === '1' ? casp64 : casp32,
        wasm: caspWasm(sz === '1'),
        dataAccesses: 4, // two loads, two stores
        asm: `CASP${ord} <${r}s>, <${r}(s+1)>, <${r}t>, <${r}(t+1)>, [<Xn|SP>{, #0}]`,
      });
    }
  }
  // Atomic memory operations: bit 23 A, bit 22 R, bit 15 o3, bits 14:12 opc.
  for (const [size, b, w, r] of SIZES) {
    for (const [ord, a, l] of ORDERINGS) {
      rows.push({
        name: `SWP${ord}${b}_${w}_memop`,
        pattern: `${size}111000${a}${l}1sssss1000${'00'}nnnnnttttt`,
        exec: size === '11' ? swp64 : swpNarrow,
        wasm: swpWasm((1 << parseInt(size, 2)) as Bytes),
        dataAccesses: 2, // load and store
        asm: `SWP${ord}${b} <${r}s>, <${r}t>, [<Xn|SP>]`,
      });
      LD_OPS.forEach((op, opc) => {
        rows.push({
          name: `LD${op}${ord}${b}_${w}_memop`,
          pattern: `${size}111000${a}${l}1sssss0${opc.toString(2).padStart(3, '0')}00nnnnnttttt`,
          exec: size === '11' ? ldop64 : ldopNarrow,
          wasm: ldopWasm((1 << parseInt(size, 2)) as Bytes, opc),
          dataAccesses: 2,
          asm: `LD${op}${ord}${b} <${r}s>, <${r}t>, [<Xn|SP>]`,
        });
      });
    }
  }
  return rows;
}

/** 4 x 4 CAS + 2 x 4 CASP + 4 x 4 x (SWP + 8 LD<op>) = 168 rows. */
export const ATOMIC_ROWS: Row[] = atomicRows();
