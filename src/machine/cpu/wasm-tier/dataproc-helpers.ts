// Building blocks of the integer data-processing translations (insns/dataproc.ts Row.wasm):
// constants, shifts, AddWithCarry with its NZCV, the high half of a 64 x 64 product. They
// work on the value stack or on scratch locals of the instruction (InsnEmitter.tmp*).

import { I32, I64, Op, type Code } from '../../wasm/encoder.ts';
import { FLAG_C, FLAG_N, FLAG_V, FLAG_Z, type InsnEmitter } from './insn-emitter.ts';

/** Pushes the integer `v` (|v| < 2^53) as an i64 constant. */
export function i64Num(c: Code, v: number): void {
  c.i64(v | 0, Math.floor(v / 4294967296) | 0);
}

/** Pushes the 64-bit pattern `v` (taken modulo 2^64) as an i64 constant. */
export function i64Big(c: Code, v: bigint): void {
  const u = BigInt.asUintN(64, v);
  c.i64(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0);
}

/** Shifts the value on top of the stack (i64 when `wide`) by a constant: 0 LSL, 1 LSR, 2 ASR, 3 ROR. */
export function shiftConst(c: Code, wide: boolean, type: number, amount: number): void {
  if (amount === 0) return;
  if (wide) {
    c.i64(amount, 0);
    c.op([Op.i64_shl, Op.i64_shr_u, Op.i64_shr_s, Op.i64_rotr][type]);
  } else {
    c.i32(amount);
    c.op([Op.i32_shl, Op.i32_shr_u, Op.i32_shr_s, Op.i32_rotr][type]);
  }
}

/** Bitwise NOT of the value on top of the stack. */
export function not(c: Code, wide: boolean): void {
  if (wide) c.i64(-1, -1).op(Op.i64_xor);
  else c.i32(-1).op(Op.i32_xor);
}

/** Pops the value into a new scratch local and returns it. */
export function toLocal(e: InsnEmitter, wide: boolean): number {
  const l = wide ? e.tmp64() : e.tmp32();
  e.c.set(l);
  return l;
}

/** N and Z from the result in local `r`. */
export function setNZ(e: InsnEmitter, wide: boolean, r: number): void {
  const c = e.c;
  if (wide) c.get(r).i64(0, 0).op(Op.i64_lt_s);
  else c.get(r).i32(0).op(Op.i32_lt_s);
  e.setFlag(FLAG_N);
  c.get(r).op(wide ? Op.i64_eqz : Op.i32_eqz);
  e.setFlag(FLAG_Z);
}

/** NZCV of a logical operation (ANDS, BICS, TST): N and Z of the result in `r`, C = V = 0. */
export function setLogicalFlags(e: InsnEmitter, wide: boolean, r: number): void {
  setNZ(e, wide, r);
  e.c.i32(0);
  e.setFlag(FLAG_C);
  e.c.i32(0);
  e.setFlag(FLAG_V);
}

/** A carry in: a constant, or PSTATE.C (ADC/SBC). */
export type CarryIn = 0 | 1 | 'C';

/**
 * AddWithCarry(a, b, carry) of locals `a` and `b` (i64 when `wide`, else i32) as bits.ts
 * add64/add32 compute it: sets NZCV (C the unsigned carry out, V the signed overflow) and
 * returns a local holding the result.
 */
export function addWithCarry(e: InsnEmitter, wide: boolean, a: number, b: number, carry: CarryIn): number {
  const c = e.c;
  const add = wide ? Op.i64_add : Op.i32_add;
  const r = wide ? e.tmp64() : e.tmp32();
  let cin = -1;
  c.get(a).get(b).op(add);
  if (carry === 1) {
    if (wide) c.i64(1, 0);
    else c.i32(1);
    c.op(add);
  } else if (carry === 'C') {
    cin = e.tmp32();
    e.flag(FLAG_C);
    c.tee(cin);
    if (wide) c.op(Op.i64_extend_i32_u);
    c.op(add);
  }
  c.set(r);
  setNZ(e, wide, r);
  // Carry out: r < a without a carry in; r <= a with one (b + 1 <= 2^W).
  const lt = wide ? Op.i64_lt_u : Op.i32_lt_u;
  const le = wide ? Op.i64_le_u : Op.i32_le_u;
  if (carry === 0) c.get(r).get(a).op(lt);
  else if (carry === 1) c.get(r).get(a).op(le);
  else c.get(r).get(a).op(le).get(r).get(a).op(lt).get(cin).op(Op.select);
  e.setFlag(FLAG_C);
  // Overflow: a and b of one sign, r of the other.
  const xor = wide ? Op.i64_xor : Op.i32_xor;
  c.get(a).get(r).op(xor).get(b).get(r).op(xor).op(wide ? Op.i64_and : Op.i32_and);
  if (wide) c.i64(0, 0).op(Op.i64_lt_s);
  else c.i32(0).op(Op.i32_lt_s);
  e.setFlag(FLAG_V);
  return r;
}

/** Sets NZCV to the 4-bit constant `nzcv` (CCMP/CCMN when the condition fails). */
export function setNzcvConst(e: InsnEmitter, nzcv: number): void {
  e.c.i32((nzcv >>> 3) & 1);
  e.setFlag(FLAG_N);
  e.c.i32((nzcv >>> 2) & 1);
  e.setFlag(FLAG_Z);
  e.c.i32((nzcv >>> 1) & 1);
  e.setFlag(FLAG_C);
  e.c.i32(nzcv & 1);
  e.setFlag(FLAG_V);
}

/**
 * Pushes the high 64 bits of the 128-bit product of i64 locals `a` and `b`, unsigned or
 * signed (wasm has no 64 x 64 -> 128 multiply): four 32 x 32 -> 64 partial products; the
 * signed high half subtracts b when a < 0 and a when b < 0 from the unsigned one.
 */
export function mulHigh(e: InsnEmitter, a: number, b: number, signed: boolean): void {
  const c = e.c;
  const lo32 = (l: number): void => void c.get(l).i64(-1, 0).op(Op.i64_and);
  const hi32 = (l: number): void => void c.get(l).i64(32, 0).op(Op.i64_shr_u);
  const p0 = e.tmp64();
  const p1 = e.tmp64();
  const p2 = e.tmp64();
  lo32(a);
  lo32(b);
  c.op(Op.i64_mul).set(p0);
  lo32(a);
  hi32(b);
  c.op(Op.i64_mul).set(p1);
  hi32(a);
  lo32(b);
  c.op(Op.i64_mul).set(p2);
  // hi(a) * hi(b) + hi(p1) + hi(p2) + the carry of the middle column.
  hi32(a);
  hi32(b);
  c.op(Op.i64_mul);
  hi32(p1);
  c.op(Op.i64_add);
  hi32(p2);
  c.op(Op.i64_add);
  hi32(p0);
  lo32(p1);
  c.op(Op.i64_add);
  lo32(p2);
  c.op(Op.i64_add).i64(32, 0).op(Op.i64_shr_u);
  c.op(Op.i64_add);
  if (signed) {
    c.get(a).i64(63, 0).op(Op.i64_shr_s).get(b).op(Op.i64_and).op(Op.i64_sub);
    c.get(b).i64(63, 0).op(Op.i64_shr_s).get(a).op(Op.i64_and).op(Op.i64_sub);
  }
}

/** Value types by width, for `if` blocks with a result. */
export const valType = (wide: boolean): typeof I64 | typeof I32 => (wide ? I64 : I32);
