// AdvSIMD integer data processing (Arm ARM C4.1.6, "Data Processing -- Scalar
// Floating-Point and Advanced SIMD"): three same, two-register miscellaneous, across
// lanes, three different (widening/narrowing), shift by immediate, vector x element, and
// their scalar (asisd*) forms where the integer set has them, incl. SQDMULL/SQDMLAL/SQDMLSL,
// PMULL (8-bit polynomial; .1Q stays UNDEFINED without FEAT_PMULL) and SUQADD/USQADD.
// Floating point is in simd-fp.ts. Moves, permutes and
// immediates are in simd-perm.ts, structure loads/stores in simd-mem.ts.
//
// Fields: Q bit 30, U bit 29, size bits 23:22 (element = 8 << size bits, "lg" = size),
// Rm 20:16, Rn 9:5, Rd 4:0. Scalar forms have bit 28 set and one element; their result
// zeroes the rest of Vd. Elements up to 32 bits are computed as exact JS numbers, 64-bit
// elements as (lo, hi) int32 pairs. Results go through the scratch register (simd-core)
// unless every element only reads its own lane.
// (CPACR_EL1.FPEN / CPTR trap check goes here once the exception model exists.)

import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import {
  POW2, add64, clearScratch, cmp64, commit, getE, getS, getU, mul64, rhi, sat, sc, scU8, scU16, setQC, setSc, setSc64,
  shl64, shr64, sub64, views, vu8, vu16,
} from './simd-core.ts';
import { SIMD_PERM_ROWS } from './simd-perm.ts';
import { SIMD_LDST_ROWS } from './simd-mem.ts';

function und(cpu: Cpu, insn: number): never {
  return cpu.undefinedInstruction(insn);
}

// ---- hot direct handlers ---------------------------------------------------------------

/** ADD <Vd>.<T>, <Vn>.<T>, <Vm>.<T> */
function addVec(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  switch (lg) {
    case 0: {
      const c = 8 << q;
      for (let i = 0; i < c; i++) vu8[(d << 4) + i] = vu8[(n << 4) + i] + vu8[(m << 4) + i];
      break;
    }
    case 1: {
      const c = 4 << q;
      for (let i = 0; i < c; i++) vu16[(d << 3) + i] = vu16[(n << 3) + i] + vu16[(m << 3) + i];
      break;
    }
    case 2: {
      const c = 2 << q;
      for (let i = 0; i < c; i++) v[(d << 2) + i] = (v[(n << 2) + i] + v[(m << 2) + i]) | 0;
      break;
    }
    default: {
      if (q === 0) und(cpu, insn);
      for (let i = 0; i < 4; i += 2) {
        v[(d << 2) + i] = add64(v[(n << 2) + i], v[(n << 2) + i + 1], v[(m << 2) + i], v[(m << 2) + i + 1]);
        v[(d << 2) + i + 1] = rhi;
      }
    }
  }
  if (q === 0) {
    v[(d << 2) + 2] = 0;
    v[(d << 2) + 3] = 0;
  }
}

/** SUB <Vd>.<T>, <Vn>.<T>, <Vm>.<T> */
function subVec(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  switch (lg) {
    case 0: {
      const c = 8 << q;
      for (let i = 0; i < c; i++) vu8[(d << 4) + i] = vu8[(n << 4) + i] - vu8[(m << 4) + i];
      break;
    }
    case 1: {
      const c = 4 << q;
      for (let i = 0; i < c; i++) vu16[(d << 3) + i] = vu16[(n << 3) + i] - vu16[(m << 3) + i];
      break;
    }
    case 2: {
      const c = 2 << q;
      for (let i = 0; i < c; i++) v[(d << 2) + i] = (v[(n << 2) + i] - v[(m << 2) + i]) | 0;
      break;
    }
    default: {
      if (q === 0) und(cpu, insn);
      for (let i = 0; i < 4; i += 2) {
        v[(d << 2) + i] = sub64(v[(n << 2) + i], v[(n << 2) + i + 1], v[(m << 2) + i], v[(m << 2) + i + 1]);
        v[(d << 2) + i + 1] = rhi;
      }
    }
  }
  if (q === 0) {
    v[(d << 2) + 2] = 0;
    v[(d << 2) + 3] = 0;
  }
}

/** CMEQ <Vd>.<T>, <Vn>.<T>, <Vm>.<T> */
function cmeqVec(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  switch (lg) {
    case 0: {
      const c = 8 << q;
      for (let i = 0; i < c; i++) vu8[(d << 4) + i] = vu8[(n << 4) + i] === vu8[(m << 4) + i] ? 0xff : 0;
      break;
    }
    case 1: {
      const c = 4 << q;
      for (let i = 0; i < c; i++) vu16[(d << 3) + i] = vu16[(n << 3) + i] === vu16[(m << 3) + i] ? 0xffff : 0;
      break;
    }
    case 2: {
      const c = 2 << q;
      for (let i = 0; i < c; i++) v[(d << 2) + i] = v[(n << 2) + i] === v[(m << 2) + i] ? -1 : 0;
      break;
    }
    default: {
      if (q === 0) und(cpu, insn);
      for (let i = 0; i < 4; i += 2) {
        const r = v[(n << 2) + i] === v[(m << 2) + i] && v[(n << 2) + i + 1] === v[(m << 2) + i + 1] ? -1 : 0;
        v[(d << 2) + i] = r;
        v[(d << 2) + i + 1] = r;
      }
    }
  }
  if (q === 0) {
    v[(d << 2) + 2] = 0;
    v[(d << 2) + 3] = 0;
  }
}

/**
 * Bitwise three-same: U:size = 000 AND, 001 BIC, 010 ORR, 011 ORN, 100 EOR, 101 BSL,
 * 110 BIT, 111 BIF. Word by word (each word reads only its own lane).
 */
function logicVec(cpu: Cpu, insn: number): void {
  const v = cpu.vreg;
  const q = (insn >>> 30) & 1;
  const op = ((insn >>> 27) & 4) | ((insn >>> 22) & 3);
  const d = (insn & 31) << 2;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  const c = 2 << q;
  for (let i = 0; i < c; i++) {
    const a = v[n + i];
    const b = v[m + i];
    const o = v[d + i];
    let r: number;
    switch (op) {
      case 0:
        r = a & b;
        break;
      case 1:
        r = a & ~b;
        break;
      case 2:
        r = a | b;
        break;
      case 3:
        r = a | ~b;
        break;
      case 4:
        r = a ^ b;
        break;
      case 5:
        r = b ^ ((b ^ a) & o); // BSL: Vd selects Vn (1) or Vm (0)
        break;
      case 6:
        r = o ^ ((o ^ a) & b); // BIT: insert Vn where Vm is 1
        break;
      default:
        r = o ^ ((o ^ a) & ~b); // BIF: insert Vn where Vm is 0
    }
    v[d + i] = r;
  }
  if (q === 0) {
    v[d + 2] = 0;
    v[d + 3] = 0;
  }
}

/** EOR <Vd>.<T>, <Vn>.<T>, <Vm>.<T> (direct: string and checksum loops). */
function eorVec(cpu: Cpu, insn: number): void {
  const v = cpu.vreg;
  const d = (insn & 31) << 2;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  v[d] = v[n] ^ v[m];
  v[d + 1] = v[n + 1] ^ v[m + 1];
  if ((insn & 0x40000000) !== 0) {
    v[d + 2] = v[n + 2] ^ v[m + 2];
    v[d + 3] = v[n + 3] ^ v[m + 3];
  } else {
    v[d + 2] = 0;
    v[d + 3] = 0;
  }
}

// ---- shifts of one element by a signed amount (SSHL family, shift immediates) ----------

/**
 * Shifts an exact element value (lg 0..2) left by `sh` (negative: right, flooring), with
 * optional rounding and saturation to the signed/unsigned result range (QC on saturation).
 * Without saturation the result is returned exactly and truncated by the caller.
 */
function shiftElem(cpu: Cpu, a: number, sh: number, lg: number, round: boolean, saturate: boolean, signedOut: boolean): number {
  let r: number;
  if (sh >= 0) {
    if (!saturate) return sh >= 32 ? 0 : a * POW2[sh] % 4294967296;
    r = a * POW2[sh > 128 ? 128 : sh];
  } else {
    const s = -sh > 128 ? 128 : -sh;
    r = Math.floor((round ? a + POW2[s - 1] : a) / POW2[s]);
  }
  return saturate ? sat(cpu, r, lg, signedOut) : r;
}

/** 64-bit shift by a signed amount; rounding right shifts only (no saturation). */
function shift64(lo: number, hi: number, sh: number, signed: boolean, round: boolean): number {
  if (sh >= 0) return shl64(lo, hi, sh);
  const s = -sh;
  if (!round) return shr64(lo, hi, s, signed);
  const rb = shr64(lo, hi, s - 1, signed) & 1;
  const rl = shr64(lo, hi, s, signed);
  return add64(rl, rhi, rb, 0);
}

// ---- three same (vector and scalar) ----------------------------------------------------

/** Saturating 64-bit add/sub (op 0 add, 1 sub). Returns lo; rhi set. */
function qaddsub64(cpu: Cpu, alo: number, ahi: number, blo: number, bhi: number, sub: boolean, signed: boolean): number {
  const lo = sub ? sub64(alo, ahi, blo, bhi) : add64(alo, ahi, blo, bhi);
  const hi = rhi;
  if (signed) {
    const ovf = sub ? ((ahi ^ bhi) & (ahi ^ hi)) < 0 : (~(ahi ^ bhi) & (ahi ^ hi)) < 0;
    if (ovf) {
      setQC(cpu);
      return satS64(ahi < 0);
    }
  } else {
    const carry = sub ? cmp64(alo, ahi, blo, bhi, false) < 0 : hi >>> 0 < ahi >>> 0 || (hi === ahi && lo >>> 0 < alo >>> 0);
    if (carry) {
      setQC(cpu);
      return satU64(!sub);
    }
  }
  return setRhi(lo, hi);
}

let tmpHi = 0;
function setRhi(lo: number, hi: number): number {
  tmpHi = hi;
  return lo;
}
function satS64(neg: boolean): number {
  tmpHi = neg ? -0x80000000 : 0x7fffffff;
  return neg ? 0 : -1;
}
function satU64(max: boolean): number {
  tmpHi = max ? -1 : 0;
  return max ? -1 : 0;
}

/**
 * Saturating (optionally rounding) shift of a 64-bit element by a signed amount: SQSHL,
 * UQSHL, SQSHLU, SQRSHL, UQRSHL on doublewords. Sets FPSR.QC when the result saturates.
 * Rare enough that exact BigInt arithmetic is used. Returns lo, high half in tmpHi.
 */
function qshl64(cpu: Cpu, lo: number, hi: number, shift: number, srcSigned: boolean, dstSigned: boolean, round: boolean): number {
  const raw = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  const value = srcSigned ? BigInt.asIntN(64, raw) : raw;
  let r: bigint;
  if (shift >= 0) r = value << BigInt(shift);
  else {
    const right = BigInt(-shift);
    r = (round ? value + (1n << (right - 1n)) : value) >> right;
  }
  const min = dstSigned ? -(1n << 63n) : 0n;
  const max = dstSigned ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  if (r < min || r > max) {
    setQC(cpu);
    r = r < min ? min : max;
  }
  tmpHi = Number(BigInt.asIntN(32, r >> 32n));
  return Number(BigInt.asIntN(32, r));
}

/** One 64-bit element of a three-same op; returns lo, high half in tmpHi. */
function same64(cpu: Cpu, key: number, alo: number, ahi: number, blo: number, bhi: number, insn: number): number {
  let lo: number;
  switch (key) {
    case 0x01:
    case 0x21:
      return qaddsub64(cpu, alo, ahi, blo, bhi, false, key === 0x01);
    case 0x05:
    case 0x25:
      return qaddsub64(cpu, alo, ahi, blo, bhi, true, key === 0x05);
    case 0x06:
    case 0x26: {
      const r = cmp64(alo, ahi, blo, bhi, key === 0x06) > 0 ? -1 : 0;
      return setRhi(r, r);
    }
    case 0x07:
    case 0x27: {
      const r = cmp64(alo, ahi, blo, bhi, key === 0x07) >= 0 ? -1 : 0;
      return setRhi(r, r);
    }
    case 0x08:
    case 0x28:
    case 0x0a:
    case 0x2a: {
      const sh = (blo << 24) >> 24;
      lo = shift64(alo, ahi, sh, key < 0x20, (key & 2) !== 0);
      return setRhi(lo, rhi);
    }
    case 0x09: // SQSHL, UQSHL, SQRSHL, UQRSHL (register)
    case 0x29:
    case 0x0b:
    case 0x2b:
      return qshl64(cpu, alo, ahi, (blo << 24) >> 24, key < 0x20, key < 0x20, (key & 2) !== 0);
    case 0x10:
      lo = add64(alo, ahi, blo, bhi);
      return setRhi(lo, rhi);
    case 0x30:
      lo = sub64(alo, ahi, blo, bhi);
      return setRhi(lo, rhi);
    case 0x11: {
      const r = (alo & blo) !== 0 || (ahi & bhi) !== 0 ? -1 : 0;
      return setRhi(r, r);
    }
    case 0x31: {
      const r = alo === blo && ahi === bhi ? -1 : 0;
      return setRhi(r, r);
    }
    case 0x17: // ADDP (pairwise caller)
      lo = add64(alo, ahi, blo, bhi);
      return setRhi(lo, rhi);
    default:
      return und(cpu, insn);
  }
}

/** Polynomial multiply of two bytes (PMUL). */
function pmul8(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if ((b >>> i) & 1) r ^= a << i;
  return r & 0xff;
}

/** SQDMULH / SQRDMULH of one element (lg 1 or 2). */
function qdmulh(cpu: Cpu, a: number, b: number, lg: number, round: boolean): number {
  if (lg === 1) {
    const p = 2 * a * b + (round ? 0x8000 : 0);
    return sat(cpu, Math.floor(p / 65536), 1, true);
  }
  if (a === -0x80000000 && b === -0x80000000) {
    setQC(cpu);
    return 0x7fffffff;
  }
  // 2 * a * b (+ 2^31) >> 32, exactly: (a * b) >> 31 with the rounding bit.
  let lo = mul64(a, b, true);
  let hi = rhi;
  lo = shl64(lo, hi, 1);
  hi = rhi;
  if (round) {
    lo = add64(lo, hi, 0x80000000 | 0, 0);
    hi = rhi;
  }
  return hi;
}

/** One element (lg 0..2) of a three-same op. a, b signed when U = 0, else unsigned. */
function sameElem(cpu: Cpu, key: number, a: number, b: number, acc: number, lg: number, insn: number): number {
  switch (key) {
    case 0x00:
    case 0x20:
      return Math.floor((a + b) / 2);
    case 0x01:
    case 0x21:
      return sat(cpu, a + b, lg, key === 0x01);
    case 0x02:
    case 0x22:
      return Math.floor((a + b + 1) / 2);
    case 0x04:
    case 0x24:
      return Math.floor((a - b) / 2);
    case 0x05:
    case 0x25:
      return sat(cpu, a - b, lg, key === 0x05);
    case 0x06:
    case 0x26:
      return a > b ? -1 : 0;
    case 0x07:
    case 0x27:
      return a >= b ? -1 : 0;
    case 0x08:
    case 0x28:
      return shiftElem(cpu, a, (b << 24) >> 24, lg, false, false, false);
    case 0x09:
    case 0x29:
      return shiftElem(cpu, a, (b << 24) >> 24, lg, false, true, key === 0x09);
    case 0x0a:
    case 0x2a:
      return shiftElem(cpu, a, (b << 24) >> 24, lg, true, false, false);
    case 0x0b:
    case 0x2b:
      return shiftElem(cpu, a, (b << 24) >> 24, lg, true, true, key === 0x0b);
    case 0x0c:
    case 0x2c:
    case 0x14:
    case 0x34:
      return a > b ? a : b;
    case 0x0d:
    case 0x2d:
    case 0x15:
    case 0x35:
      return a < b ? a : b;
    case 0x0e:
    case 0x2e:
      return Math.abs(a - b);
    case 0x0f:
    case 0x2f:
      return acc + Math.abs(a - b);
    case 0x10:
    case 0x17:
      return a + b;
    case 0x30:
      return a - b;
    case 0x11:
      return (a & b) !== 0 ? -1 : 0;
    case 0x31:
      return a === b ? -1 : 0;
    case 0x12:
      return acc + Math.imul(a, b);
    case 0x32:
      return acc - Math.imul(a, b);
    case 0x13:
      return Math.imul(a, b);
    case 0x33:
      if (lg !== 0) und(cpu, insn);
      return pmul8(a, b);
    case 0x16:
    case 0x36:
      if (lg === 0 || lg === 3) und(cpu, insn);
      return qdmulh(cpu, a, b, lg, key === 0x36);
    default:
      return und(cpu, insn);
  }
}

/** Three same, integer (vector: bit 28 clear; scalar: bit 28 set, one element). */
function threeSame(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 11) & 31;
  const key = (u << 5) | opc;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  const pairwise = opc >= 0x14 && opc !== 0x16;
  if (!scalar && lg === 3 && q === 0) und(cpu, insn);
  if (pairwise && scalar) und(cpu, insn);
  const elements = scalar ? 1 : (8 << q) >>> lg;
  clearScratch();
  if (lg === 3) {
    if (pairwise && key !== 0x17) und(cpu, insn);
    for (let e = 0; e < elements; e++) {
      let r1 = n;
      let i1 = e;
      let r2 = m;
      let i2 = e;
      if (pairwise) {
        r1 = r2 = e < elements / 2 ? n : m;
        i1 = (2 * e) % elements;
        i2 = i1 + 1;
      }
      const b1 = (r1 << 2) + 2 * i1;
      const b2 = (r2 << 2) + 2 * i2;
      sc[2 * e] = same64(cpu, key, v[b1], v[b1 + 1], v[b2], v[b2 + 1], insn);
      sc[2 * e + 1] = tmpHi;
    }
    commit(v, d, q);
    return;
  }
  if (scalar && !(key === 0x01 || key === 0x21 || key === 0x05 || key === 0x25 || key === 0x09 || key === 0x29 || key === 0x0b || key === 0x2b || key === 0x16 || key === 0x36)) {
    und(cpu, insn);
  }
  const signed = u === 0 || opc === 0x16; // SQRDMULH (U = 1) is signed too
  const half = elements >>> 1;
  for (let e = 0; e < elements; e++) {
    let a: number;
    let b: number;
    if (pairwise) {
      const r = e < half ? n : m;
      const i = 2 * (e < half ? e : e - half);
      a = getE(r, lg, i, signed);
      b = getE(r, lg, i + 1, signed);
    } else {
      a = getE(n, lg, e, signed);
      b = getE(m, lg, e, signed);
    }
    const acc = opc === 0x0f || opc === 0x12 ? getU(d, lg, e) : 0;
    setSc(lg, e, sameElem(cpu, key, a, b, acc, lg, insn));
  }
  commit(v, d, q);
}

// ---- two-register miscellaneous ---------------------------------------------------------

function clz(x: number, bits: number): number {
  return Math.clz32(x) - (32 - bits);
}

/** Two-register misc, integer (vector; scalar forms for the compares vs zero, ABS/NEG, SQXTN...). */
function misc(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 31;
  const key = (u << 5) | opc;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const elements = scalar ? 1 : (8 << q) >>> lg;
  clearScratch();
  // Narrowing (XTN, SQXTN, UQXTN, SQXTUN): source elements 2*esize, result to the lower
  // half (or the upper half for the "2" forms, keeping the lower).
  if (opc === 0x12 || opc === 0x14) {
    if (lg === 3) und(cpu, insn);
    const part = q;
    const cnt = scalar ? 1 : 8 >>> lg;
    if (part !== 0) {
      sc[0] = v[d << 2];
      sc[1] = v[(d << 2) + 1];
    }
    for (let e = 0; e < cnt; e++) {
      let r: number;
      if (lg === 2) {
        const lo = v[(n << 2) + 2 * e];
        const hi = v[(n << 2) + 2 * e + 1];
        if (key === 0x12) r = lo;
        else {
          // Exact-enough value for saturation decisions: hi * 2^32 + lo.
          const sv = key === 0x34 ? (hi >>> 0) * 4294967296 + (lo >>> 0) : hi * 4294967296 + (lo >>> 0);
          r = sat(cpu, sv, 2, key === 0x14);
        }
      } else {
        const src = getE(n, lg + 1, e, key !== 0x34);
        r = key === 0x12 ? src : sat(cpu, src, lg, key === 0x14);
      }
      setSc(lg, e + part * cnt, r);
    }
    commit(v, d, scalar ? 0 : 1);
    if (part === 0 && !scalar) {
      v[(d << 2) + 2] = 0;
      v[(d << 2) + 3] = 0;
    }
    return;
  }
  if (key === 0x33) {
    // SHLL/SHLL2: widen and shift left by esize.
    if (lg === 3) und(cpu, insn);
    const cnt = 8 >>> lg;
    for (let e = 0; e < cnt; e++) {
      const a = getU(n, lg, e + q * cnt);
      if (lg === 2) {
        sc[2 * e] = 0;
        sc[2 * e + 1] = a | 0;
      } else setSc(lg + 1, e, a * POW2[8 << lg]);
    }
    commit(v, d, 1);
    return;
  }
  if (opc === 0x02 || opc === 0x06) {
    // SADDLP/UADDLP, SADALP/UADALP.
    if (lg === 3) und(cpu, insn);
    const cnt = elements >>> 1;
    const signed = u === 0;
    for (let e = 0; e < cnt; e++) {
      const s = getE(n, lg, 2 * e, signed) + getE(n, lg, 2 * e + 1, signed);
      if (lg === 2) {
        let lo = s | 0;
        let hi = Math.floor(s / 4294967296) | 0;
        if (opc === 0x06) {
          lo = add64(lo, hi, v[(d << 2) + 2 * e], v[(d << 2) + 2 * e + 1]);
          hi = rhi;
        }
        sc[2 * e] = lo;
        sc[2 * e + 1] = hi;
      } else setSc(lg + 1, e, s + (opc === 0x06 ? getU(d, lg + 1, e) : 0));
    }
    commit(v, d, q);
    return;
  }
  if (lg === 3 && !scalar && q === 0) und(cpu, insn);
  if (lg === 3) {
    // 64-bit elements: compares with zero, ABS, NEG, SQABS/SQNEG.
    for (let e = 0; e < elements; e++) {
      const lo = v[(n << 2) + 2 * e];
      const hi = v[(n << 2) + 2 * e + 1];
      const z = lo === 0 && hi === 0;
      let r: number;
      let rh: number;
      switch (key) {
        case 0x08: // CMGT #0
          r = hi > 0 || (hi === 0 && lo !== 0) ? -1 : 0;
          rh = r;
          break;
        case 0x28: // CMGE #0
          r = hi >= 0 ? -1 : 0;
          rh = r;
          break;
        case 0x09: // CMEQ #0
          r = z ? -1 : 0;
          rh = r;
          break;
        case 0x29: // CMLE #0
          r = hi < 0 || z ? -1 : 0;
          rh = r;
          break;
        case 0x0a: // CMLT #0
          r = hi < 0 ? -1 : 0;
          rh = r;
          break;
        case 0x0b: // ABS
          if (hi < 0) {
            r = sub64(0, 0, lo, hi);
            rh = rhi;
          } else {
            r = lo;
            rh = hi;
          }
          break;
        case 0x2b: // NEG
          r = sub64(0, 0, lo, hi);
          rh = rhi;
          break;
        case 0x07: // SQABS
        case 0x27: // SQNEG
          if (hi === -0x80000000 && lo === 0) {
            setQC(cpu);
            r = -1;
            rh = 0x7fffffff;
          } else if (key === 0x27 || hi < 0) {
            r = sub64(0, 0, lo, hi);
            rh = rhi;
          } else {
            r = lo;
            rh = hi;
          }
          break;
        default:
          return und(cpu, insn);
      }
      sc[2 * e] = r;
      sc[2 * e + 1] = rh;
    }
    commit(v, d, q);
    return;
  }
  if (scalar && !(key === 0x07 || key === 0x27)) und(cpu, insn);
  if (opc <= 1) {
    // REV64 (key 0x00), REV32 (0x20), REV16 (0x01): reverse elements within containers.
    const cbytes = key === 0x00 ? 8 : key === 0x20 ? 4 : key === 0x01 ? 2 : 0;
    const epc = cbytes >>> lg;
    if (epc < 2) und(cpu, insn);
    for (let e = 0; e < elements; e++) {
      const base = e - (e % epc);
      setSc(lg, base + epc - 1 - (e % epc), getU(n, lg, e));
    }
    commit(v, d, q);
    return;
  }
  const esize = 8 << lg;
  for (let e = 0; e < elements; e++) {
    const a = getS(n, lg, e);
    let r: number;
    switch (key) {
      case 0x04: // CLS
        r = clz((a ^ (a >> 31)) << (32 - esize) >>> (32 - esize), esize) - 1;
        break;
      case 0x24: // CLZ
        r = clz(getU(n, lg, e), esize);
        break;
      case 0x05: // CNT
        if (lg !== 0) und(cpu, insn);
        {
          let x = a & 0xff;
          x = x - ((x >>> 1) & 0x55);
          x = (x & 0x33) + ((x >>> 2) & 0x33);
          r = (x + (x >>> 4)) & 0x0f;
        }
        break;
      case 0x07: // SQABS
        r = sat(cpu, Math.abs(a), lg, true);
        break;
      case 0x27: // SQNEG
        r = sat(cpu, -a, lg, true);
        break;
      case 0x08: // CMGT #0
        r = a > 0 ? -1 : 0;
        break;
      case 0x28: // CMGE #0
        r = a >= 0 ? -1 : 0;
        break;
      case 0x09: // CMEQ #0
        r = a === 0 ? -1 : 0;
        break;
      case 0x29: // CMLE #0
        r = a <= 0 ? -1 : 0;
        break;
      case 0x0a: // CMLT #0
        r = a < 0 ? -1 : 0;
        break;
      case 0x0b: // ABS
        r = Math.abs(a);
        break;
      case 0x2b: // NEG
        r = -a;
        break;
      default:
        return und(cpu, insn);
    }
    setSc(lg, e, r);
  }
  commit(v, d, q);
}

/** RBIT/NOT share encodings with size; RBIT uses byte elements regardless of size = 01. */
function rbitNot(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  const bytes = 8 << q;
  const n = (insn >>> 5) & 31;
  for (let i = 0; i < bytes; i++) {
    const x = vu8[(n << 4) + i];
    if (lg === 0) scU8[i] = ~x;
    else if (lg === 1) {
      let y = 0;
      for (let k = 0; k < 8; k++) y |= ((x >>> k) & 1) << (7 - k);
      scU8[i] = y;
    } else und(cpu, insn);
  }
  commit(v, insn & 31, q);
}

// ---- across lanes ----------------------------------------------------------------------

/** ADDV, SMAXV/UMAXV, SMINV/UMINV, SADDLV/UADDLV. */
function across(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 31;
  if (lg === 3 || (lg === 2 && q === 0)) und(cpu, insn);
  const n = (insn >>> 5) & 31;
  const elements = (8 << q) >>> lg;
  const signed = u === 0;
  let r = getE(n, lg, 0, signed);
  switch (opc) {
    case 0x03: // SADDLV/UADDLV
    case 0x1b: // ADDV
      for (let e = 1; e < elements; e++) r += getE(n, lg, e, signed);
      break;
    case 0x0a: // SMAXV/UMAXV
      for (let e = 1; e < elements; e++) {
        const x = getE(n, lg, e, signed);
        if (x > r) r = x;
      }
      break;
    case 0x1a: // SMINV/UMINV
      for (let e = 1; e < elements; e++) {
        const x = getE(n, lg, e, signed);
        if (x < r) r = x;
      }
      break;
    default:
      und(cpu, insn);
  }
  if (opc === 0x1b && u !== 0) und(cpu, insn);
  clearScratch();
  if (opc === 0x03) {
    if (lg === 2) setSc64(0, r);
    else setSc(lg + 1, 0, r);
  } else setSc(lg, 0, r);
  commit(v, insn & 31, 0);
}

/** UMAXV/UMINV .16B (direct: strlen/memchr/strchr loops). */
function umaxminv16b(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const n = ((insn >>> 5) & 31) << 4;
  const isMin = (insn & 0x10000) !== 0;
  let r = vu8[n];
  if (isMin) {
    for (let i = 1; i < 16; i++) if (vu8[n + i] < r) r = vu8[n + i];
  } else {
    for (let i = 1; i < 16; i++) if (vu8[n + i] > r) r = vu8[n + i];
  }
  const d = (insn & 31) << 2;
  v[d] = r;
  v[d + 1] = 0;
  v[d + 2] = 0;
  v[d + 3] = 0;
}

/** ADDP <V><d>, <Vn>.<T> (scalar pairwise, 2D only). */
function addpScalar(cpu: Cpu, insn: number): void {
  const v = cpu.vreg;
  if (((insn >>> 22) & 3) !== 3) und(cpu, insn);
  const n = ((insn >>> 5) & 31) << 2;
  const lo = add64(v[n], v[n + 1], v[n + 2], v[n + 3]);
  const d = (insn & 31) << 2;
  v[d] = lo;
  v[d + 1] = rhi;
  v[d + 2] = 0;
  v[d + 3] = 0;
}

// ---- three different -----------------------------------------------------------------

/** Wide element e (lg 0..2 = narrow size) of V<r> as an exact number (size 2*esize). */
function wideGet(v: Int32Array, r: number, lg: number, e: number, signed: boolean): number {
  if (lg === 2) {
    const lo = v[(r << 2) + 2 * e] >>> 0;
    const hi = v[(r << 2) + 2 * e + 1];
    return (signed ? hi : hi >>> 0) * 4294967296 + lo;
  }
  return getE(r, lg + 1, e, signed);
}

/**
 * Three different: opcode (bits 15:12) 0000 ADDL, 0001 ADDW, 0010 SUBL, 0011 SUBW,
 * 0100 ADDHN/RADDHN, 0101 ABAL, 0110 SUBHN/RSUBHN, 0111 ABDL, 1000 MLAL, 1010 MLSL,
 * 1100 MULL (S/U by bit 29); 1001/1011/1101 SQDMLAL/SQDMLSL/SQDMULL; 1110 PMULL (not here).
 */
function threeDiff(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 15;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  if (lg === 3) und(cpu, insn);
  const signed = u === 0;
  const cnt = 8 >>> lg;
  const off = q * cnt;
  clearScratch();
  if (opc === 4 || opc === 6) {
    // Narrowing high half: (a +/- b (+ round)) >> esize, to the lower or upper half.
    if (q !== 0) {
      sc[0] = v[d << 2];
      sc[1] = v[(d << 2) + 1];
    }
    const esize = 8 << lg;
    for (let e = 0; e < cnt; e++) {
      let r: number;
      if (lg === 2) {
        const b1 = (n << 2) + 2 * e;
        const b2 = (m << 2) + 2 * e;
        let lo = opc === 4 ? add64(v[b1], v[b1 + 1], v[b2], v[b2 + 1]) : sub64(v[b1], v[b1 + 1], v[b2], v[b2 + 1]);
        let hi = rhi;
        if (u !== 0) {
          lo = add64(lo, hi, 0x80000000 | 0, 0);
          hi = rhi;
        }
        void lo;
        r = hi;
      } else {
        const a = getU(n, lg + 1, e);
        const b = getU(m, lg + 1, e);
        const s = (opc === 4 ? a + b : a - b) + (u !== 0 ? POW2[esize - 1] : 0);
        r = Math.floor(s / POW2[esize]);
      }
      setSc(lg, e + off, r);
    }
    commit(v, d, 1);
    if (q === 0) {
      v[(d << 2) + 2] = 0;
      v[(d << 2) + 3] = 0;
    }
    return;
  }
  for (let e = 0; e < cnt; e++) {
    const b = getE(m, lg, e + off, signed);
    const aw = opc === 1 || opc === 3;
    if (aw && lg === 2) {
      // ADDW/SUBW with 64-bit wide elements: pair arithmetic (not exact as a number).
      const bn = (n << 2) + 2 * e;
      const bhi = signed ? b >> 31 : 0;
      sc[2 * e] = opc === 1 ? add64(v[bn], v[bn + 1], b | 0, bhi) : sub64(v[bn], v[bn + 1], b | 0, bhi);
      sc[2 * e + 1] = rhi;
      continue;
    }
    const a = aw ? wideGet(v, n, lg, e, signed) : getE(n, lg, e + off, signed);
    if (lg === 2 && opc >= 8) {
      // 32 x 32 -> 64 products, exactly.
      let lo: number;
      let hi: number;
      if (opc === 12) {
        lo = mul64(a, b, signed);
        hi = rhi;
      } else if (opc === 8 || opc === 10) {
        const plo = mul64(a, b, signed);
        const phi = rhi;
        const bd = (d << 2) + 2 * e;
        lo = opc === 8 ? add64(v[bd], v[bd + 1], plo, phi) : sub64(v[bd], v[bd + 1], plo, phi);
        hi = rhi;
      } else return und(cpu, insn);
      sc[2 * e] = lo;
      sc[2 * e + 1] = hi;
      continue;
    }
    let r: number;
    switch (opc) {
      case 0:
      case 1:
        r = a + b;
        break;
      case 2:
      case 3:
        r = a - b;
        break;
      case 5:
        r = Math.abs(a - b);
        break;
      case 7:
        r = Math.abs(a - b);
        break;
      case 8:
        r = a * b;
        break;
      case 10:
        r = -a * b;
        break;
      case 12:
        r = a * b;
        break;
      default:
        return und(cpu, insn);
    }
    if (opc === 5 || opc === 8 || opc === 10) {
      // Accumulate into the wide destination element (wrapping).
      if (lg === 2) {
        const bd = (d << 2) + 2 * e;
        const hi0 = Math.floor(r / 4294967296);
        sc[2 * e] = add64(v[bd], v[bd + 1], (r - hi0 * 4294967296) | 0, hi0 | 0);
        sc[2 * e + 1] = rhi;
        continue;
      }
      r += getU(d, lg + 1, e);
    }
    if (lg === 2) setSc64(e, r);
    else setSc(lg + 1, e, r);
  }
  commit(v, d, 1);
}

// ---- shift by immediate (vector and scalar) ---------------------------------------------

/**
 * Shift by immediate: immh (bits 22:19) gives the element size (highest set bit), immh:immb
 * the shift. opcode (bits 15:11) with U selects the operation.
 */
function shiftImm(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const immh = (insn >>> 19) & 15;
  const immhb = (insn >>> 16) & 127;
  const opc = (insn >>> 11) & 31;
  const key = (u << 5) | opc;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  if (immh === 0) und(cpu, insn);
  const lg = 31 - Math.clz32(immh);
  const esize = 8 << lg;
  const rsh = 2 * esize - immhb; // right shift amount
  const lsh = immhb - esize; // left shift amount
  clearScratch();
  // Long (SSHLL/USHLL): narrow source half, widen.
  if (opc === 0x14) {
    if (lg === 3 || scalar) und(cpu, insn);
    const cnt = 8 >>> lg;
    for (let e = 0; e < cnt; e++) {
      const a = getE(n, lg, e + q * cnt, u === 0) * POW2[lsh];
      if (lg === 2) setSc64(e, a);
      else setSc(lg + 1, e, a);
    }
    commit(v, d, 1);
    return;
  }
  // Narrowing right shifts: SHRN, RSHRN, SQSHRN, UQSHRN, SQRSHRN, UQRSHRN, SQSHRUN, SQRSHRUN.
  if (opc >= 0x10 && opc <= 0x13) {
    if (lg === 3) und(cpu, insn);
    const cnt = scalar ? 1 : 8 >>> lg;
    const wsize = esize * 2;
    const sh = wsize - immhb; // 1..esize
    const round = (opc & 1) !== 0;
    // 0x10 SHRN, 0x11 RSHRN, 0x30 SQSHRUN, 0x31 SQRSHRUN, 0x12/0x13 SQ(R)SHRN, 0x32/0x33 UQ(R)SHRN
    const srcSigned = !(key === 0x32 || key === 0x33);
    if (q !== 0) {
      sc[0] = v[d << 2];
      sc[1] = v[(d << 2) + 1];
    }
    for (let e = 0; e < cnt; e++) {
      let r: number;
      if (lg === 2) {
        const b = (n << 2) + 2 * e;
        const lo0 = v[b];
        const hi0 = v[b + 1];
        if (key === 0x10 || key === 0x11) {
          r = round ? shift64(lo0, hi0, -sh, false, true) : shr64(lo0, hi0, sh, false);
        } else {
          const lo = round ? shift64(lo0, hi0, -sh, srcSigned, true) : shr64(lo0, hi0, sh, srcSigned);
          // Rounding of an unsigned/signed 64-bit value can carry out; values here are < 2^63.
          const val = (srcSigned ? rhi : rhi >>> 0) * 4294967296 + (lo >>> 0);
          r = sat(cpu, val, 2, key === 0x12 || key === 0x13);
        }
      } else {
        const a = getE(n, lg + 1, e, srcSigned);
        const s = Math.floor((round ? a + POW2[sh - 1] : a) / POW2[sh]);
        r = key === 0x10 || key === 0x11 ? s : sat(cpu, s, lg, key === 0x12 || key === 0x13);
      }
      setSc(lg, e + q * cnt, r);
    }
    commit(v, d, scalar ? 0 : 1);
    if (q === 0 && !scalar) {
      v[(d << 2) + 2] = 0;
      v[(d << 2) + 3] = 0;
    }
    return;
  }
  if (!scalar && lg === 3 && q === 0) und(cpu, insn);
  const elements = scalar ? 1 : (8 << q) >>> lg;
  if (scalar && lg !== 3 && !(opc === 0x0e || opc === 0x0c)) und(cpu, insn);
  for (let e = 0; e < elements; e++) {
    if (lg === 3) {
      const b = (n << 2) + 2 * e;
      const lo0 = v[b];
      const hi0 = v[b + 1];
      let lo: number;
      let hi: number;
      switch (opc) {
        case 0x00: // SSHR/USHR
        case 0x02: // SSRA/USRA
        case 0x04: // SRSHR/URSHR
        case 0x06: // SRSRA/URSRA
          lo = shift64(lo0, hi0, -rsh, u === 0, (opc & 4) !== 0);
          hi = rhi;
          if ((opc & 2) !== 0) {
            const bd = (d << 2) + 2 * e;
            lo = add64(v[bd], v[bd + 1], lo, hi);
            hi = rhi;
          }
          break;
        case 0x0a: // SHL / SLI
          lo = shl64(lo0, hi0, lsh);
          hi = rhi;
          if (u !== 0) {
            const bd = (d << 2) + 2 * e;
            const mlo = shl64(-1, -1, lsh);
            const mhi = rhi;
            lo = lo | (v[bd] & ~mlo);
            hi = hi | (v[bd + 1] & ~mhi);
          }
          break;
        case 0x08: {
          // SRI
          if (u === 0) return und(cpu, insn);
          lo = shr64(lo0, hi0, rsh, false);
          hi = rhi;
          const bd = (d << 2) + 2 * e;
          const mlo = shr64(-1, -1, rsh, false);
          const mhi = rhi;
          lo = lo | (v[bd] & ~mlo);
          hi = hi | (v[bd + 1] & ~mhi);
          break;
        }
        case 0x0c: // SQSHLU
          if (u === 0) return und(cpu, insn);
          lo = qshl64(cpu, lo0, hi0, lsh, true, false, false);
          hi = tmpHi;
          break;
        case 0x0e: // SQSHL / UQSHL (immediate)
          lo = qshl64(cpu, lo0, hi0, lsh, u === 0, u === 0, false);
          hi = tmpHi;
          break;
        default:
          return und(cpu, insn);
      }
      sc[2 * e] = lo;
      sc[2 * e + 1] = hi;
      continue;
    }
    const a = getE(n, lg, e, u === 0 && opc !== 0x0c);
    let r: number;
    switch (opc) {
      case 0x00:
        r = Math.floor(a / POW2[rsh]);
        break;
      case 0x02:
        r = Math.floor(a / POW2[rsh]) + getU(d, lg, e);
        break;
      case 0x04:
        r = Math.floor((a + POW2[rsh - 1]) / POW2[rsh]);
        break;
      case 0x06:
        r = Math.floor((a + POW2[rsh - 1]) / POW2[rsh]) + getU(d, lg, e);
        break;
      case 0x08: {
        if (u === 0) return und(cpu, insn);
        const mask = Math.floor((POW2[esize] - 1) / POW2[rsh]);
        // Keep the top rsh bits of Vd: (d & ~mask) | (a >> rsh).
        const dv = getU(d, lg, e);
        r = dv - (dv % (mask + 1)) + Math.floor(a / POW2[rsh]);
        if (rsh === esize) r = dv;
        break;
      }
      case 0x0a:
        if (u === 0) r = a * POW2[lsh] % POW2[esize];
        else {
          const dv = getU(d, lg, e);
          r = (a * POW2[lsh] % POW2[esize]) + (dv % POW2[lsh]);
        }
        break;
      case 0x0c: // SQSHLU (U=1)
        if (u === 0) return und(cpu, insn);
        r = sat(cpu, getS(n, lg, e) * POW2[lsh], lg, false);
        break;
      case 0x0e: // SQSHL/UQSHL (immediate)
        r = sat(cpu, a * POW2[lsh], lg, u === 0);
        break;
      default:
        return und(cpu, insn);
    }
    setSc(lg, e, r);
  }
  commit(v, d, q);
}

// ---- vector x indexed element ---------------------------------------------------------

/**
 * By element: MUL (1000, U=0), MLA (0000, U=1), MLS (0100, U=1), SMULL/UMULL (1010),
 * SMLAL/UMLAL (0010), SMLSL/UMLSL (0110), SQDMULH (1100), SQRDMULH (1101).
 * size 01: index H:L:M, Rm 4 bits; size 10: index H:L, Rm M:Rm.
 */
function byElement(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 15;
  const h = (insn >>> 11) & 1;
  const l = (insn >>> 21) & 1;
  const mb = (insn >>> 20) & 1;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  let m: number;
  let idx: number;
  if (lg === 1) {
    m = (insn >>> 16) & 15;
    idx = (h << 2) | (l << 1) | mb;
  } else if (lg === 2) {
    m = (insn >>> 16) & 31;
    idx = (h << 1) | l;
  } else return und(cpu, insn);
  const signed = u === 0;
  clearScratch();
  const key = (u << 4) | opc;
  if (opc === 2 || opc === 6 || opc === 10) {
    // Long forms.
    const cnt = 8 >>> lg;
    const b = getE(m, lg, idx, signed);
    for (let e = 0; e < cnt; e++) {
      const a = getE(n, lg, e + q * cnt, signed);
      if (lg === 2) {
        let lo = mul64(a, b, signed);
        let hi = rhi;
        if (opc !== 10) {
          const bd = (d << 2) + 2 * e;
          lo = opc === 2 ? add64(v[bd], v[bd + 1], lo, hi) : sub64(v[bd], v[bd + 1], lo, hi);
          hi = rhi;
        }
        sc[2 * e] = lo;
        sc[2 * e + 1] = hi;
      } else {
        let r = a * b;
        if (opc === 2) r = getU(d, 2, e) + r;
        else if (opc === 6) r = getU(d, 2, e) - r;
        setSc(2, e, r);
      }
    }
    commit(v, d, 1);
    return;
  }
  const elements = (8 << q) >>> lg;
  const b = getS(m, lg, idx);
  for (let e = 0; e < elements; e++) {
    const a = getS(n, lg, e);
    let r: number;
    switch (key) {
      case 0x08:
        r = Math.imul(a, b);
        break;
      case 0x10:
        r = getU(d, lg, e) + Math.imul(a, b);
        break;
      case 0x14:
        r = getU(d, lg, e) - Math.imul(a, b);
        break;
      case 0x0c:
        r = qdmulh(cpu, a, b, lg, false);
        break;
      case 0x0d:
        r = qdmulh(cpu, a, b, lg, true);
        break;
      default:
        return und(cpu, insn);
    }
    setSc(lg, e, r);
  }
  commit(v, d, q);
}

// ---- rows ---------------------------------------------------------------------------

function sameRows(): Row[] {
  const rows: Row[] = [];
  // [U, opcode, name] for the integer three-same ops with generic handling.
  const ops: [number, number, string][] = [
    [0, 0x00, 'SHADD'], [1, 0x00, 'UHADD'], [0, 0x01, 'SQADD'], [1, 0x01, 'UQADD'],
    [0, 0x02, 'SRHADD'], [1, 0x02, 'URHADD'], [0, 0x04, 'SHSUB'], [1, 0x04, 'UHSUB'],
    [0, 0x05, 'SQSUB'], [1, 0x05, 'UQSUB'], [0, 0x06, 'CMGT'], [1, 0x06, 'CMHI'],
    [0, 0x07, 'CMGE'], [1, 0x07, 'CMHS'], [0, 0x08, 'SSHL'], [1, 0x08, 'USHL'],
    [0, 0x09, 'SQSHL'], [1, 0x09, 'UQSHL'], [0, 0x0a, 'SRSHL'], [1, 0x0a, 'URSHL'],
    [0, 0x0b, 'SQRSHL'], [1, 0x0b, 'UQRSHL'], [0, 0x0c, 'SMAX'], [1, 0x0c, 'UMAX'],
    [0, 0x0d, 'SMIN'], [1, 0x0d, 'UMIN'], [0, 0x0e, 'SABD'], [1, 0x0e, 'UABD'],
    [0, 0x0f, 'SABA'], [1, 0x0f, 'UABA'], [0, 0x10, 'ADD'], [1, 0x10, 'SUB'],
    [0, 0x11, 'CMTST'], [1, 0x11, 'CMEQ'], [0, 0x12, 'MLA'], [1, 0x12, 'MLS'],
    [0, 0x13, 'MUL'], [1, 0x13, 'PMUL'], [0, 0x14, 'SMAXP'], [1, 0x14, 'UMAXP'],
    [0, 0x15, 'SMINP'], [1, 0x15, 'UMINP'], [0, 0x16, 'SQDMULH'], [1, 0x16, 'SQRDMULH'],
    [0, 0x17, 'ADDP'],
  ];
  const direct: Record<string, (cpu: Cpu, insn: number) => void> = { ADD: addVec, SUB: subVec, CMEQ: cmeqVec };
  for (const [u, opc, mn] of ops) {
    const o = opc.toString(2).padStart(5, '0');
    rows.push({ name: `${mn}_asimdsame_only`, pattern: `0q${u}01110ss1mmmmm${o}1nnnnnddddd`, exec: direct[mn] ?? threeSame, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<T>` });
  }
  // Scalar three-same (integer): sizes as the Arm ARM allows (the handler checks).
  const scalarOps: [number, number, string][] = [
    [0, 0x01, 'SQADD'], [1, 0x01, 'UQADD'], [0, 0x05, 'SQSUB'], [1, 0x05, 'UQSUB'],
    [0, 0x06, 'CMGT'], [1, 0x06, 'CMHI'], [0, 0x07, 'CMGE'], [1, 0x07, 'CMHS'],
    [0, 0x08, 'SSHL'], [1, 0x08, 'USHL'], [0, 0x09, 'SQSHL'], [1, 0x09, 'UQSHL'],
    [0, 0x0a, 'SRSHL'], [1, 0x0a, 'URSHL'], [0, 0x0b, 'SQRSHL'], [1, 0x0b, 'UQRSHL'],
    [0, 0x10, 'ADD'], [1, 0x10, 'SUB'], [0, 0x11, 'CMTST'], [1, 0x11, 'CMEQ'],
    [0, 0x16, 'SQDMULH'], [1, 0x16, 'SQRDMULH'],
  ];
  for (const [u, opc, mn] of scalarOps) {
    const o = opc.toString(2).padStart(5, '0');
    rows.push({ name: `${mn}_asisdsame_only`, pattern: `01${u}11110ss1mmmmm${o}1nnnnnddddd`, exec: threeSame, asm: `${mn} <V><d>, <V><n>, <V><m>` });
  }
  // Logical: size selects the op.
  const logic = ['AND', 'BIC', 'ORR', 'ORN', 'EOR', 'BSL', 'BIT', 'BIF'];
  for (let i = 0; i < 8; i++) {
    const u = i >> 2;
    const sz = (i & 3).toString(2).padStart(2, '0');
    rows.push({ name: `${logic[i]}_asimdsame_only`, pattern: `0q${u}01110${sz}1mmmmm000111nnnnnddddd`, exec: logic[i] === 'EOR' ? eorVec : logicVec, asm: `${logic[i]} <Vd>.<T>, <Vn>.<T>, <Vm>.<T>` });
  }
  return rows;
}

function miscRows(): Row[] {
  const rows: Row[] = [];
  const ops: [number, number, string][] = [
    [0, 0x00, 'REV64'], [1, 0x00, 'REV32'], [0, 0x01, 'REV16'], [0, 0x02, 'SADDLP'], [1, 0x02, 'UADDLP'],
    [0, 0x04, 'CLS'], [1, 0x04, 'CLZ'], [0, 0x05, 'CNT'], [0, 0x06, 'SADALP'], [1, 0x06, 'UADALP'],
    [0, 0x07, 'SQABS'], [1, 0x07, 'SQNEG'], [0, 0x08, 'CMGT'], [1, 0x08, 'CMGE'], [0, 0x09, 'CMEQ'], [1, 0x09, 'CMLE'],
    [0, 0x0a, 'CMLT'], [0, 0x0b, 'ABS'], [1, 0x0b, 'NEG'], [0, 0x12, 'XTN'], [1, 0x12, 'SQXTUN'], [1, 0x13, 'SHLL'],
    [0, 0x14, 'SQXTN'], [1, 0x14, 'UQXTN'],
  ];
  for (const [u, opc, mn] of ops) {
    const o = opc.toString(2).padStart(5, '0');
    rows.push({ name: `${mn}_asimdmisc_R`, pattern: `0q${u}01110ss10000${o}10nnnnnddddd`, exec: misc, asm: `${mn} <Vd>.<T>, <Vn>.<T>` });
  }
  rows.push({ name: 'NOT_asimdmisc_R', pattern: '0q10111000100000010110nnnnnddddd', exec: rbitNot, asm: 'NOT <Vd>.<T>, <Vn>.<T>' });
  rows.push({ name: 'RBIT_asimdmisc_R', pattern: '0q10111001100000010110nnnnnddddd', exec: rbitNot, asm: 'RBIT <Vd>.<T>, <Vn>.<T>' });
  const sops: [number, number, string][] = [
    [0, 0x07, 'SQABS'], [1, 0x07, 'SQNEG'], [0, 0x08, 'CMGT'], [1, 0x08, 'CMGE'], [0, 0x09, 'CMEQ'], [1, 0x09, 'CMLE'],
    [0, 0x0a, 'CMLT'], [0, 0x0b, 'ABS'], [1, 0x0b, 'NEG'], [1, 0x12, 'SQXTUN'], [0, 0x14, 'SQXTN'], [1, 0x14, 'UQXTN'],
  ];
  for (const [u, opc, mn] of sops) {
    const o = opc.toString(2).padStart(5, '0');
    rows.push({ name: `${mn}_asisdmisc_R`, pattern: `01${u}11110ss10000${o}10nnnnnddddd`, exec: misc, asm: `${mn} <V><d>, <V><n>` });
  }
  return rows;
}

function acrossRows(): Row[] {
  return [
    { name: 'UMAXV_asimdall_only_16b', pattern: '01101110001100001010 10nnnnnddddd'.replace(' ', ''), exec: umaxminv16b, asm: 'UMAXV B<d>, <Vn>.16B' },
    { name: 'UMINV_asimdall_only_16b', pattern: '01101110001100011010 10nnnnnddddd'.replace(' ', ''), exec: umaxminv16b, asm: 'UMINV B<d>, <Vn>.16B' },
    { name: 'SADDLV_asimdall_only', pattern: '0q001110ss110000001110nnnnnddddd', exec: across, asm: 'SADDLV <V><d>, <Vn>.<T>' },
    { name: 'UADDLV_asimdall_only', pattern: '0q101110ss110000001110nnnnnddddd', exec: across, asm: 'UADDLV <V><d>, <Vn>.<T>' },
    { name: 'SMAXV_asimdall_only', pattern: '0q001110ss110000101010nnnnnddddd', exec: across, asm: 'SMAXV <V><d>, <Vn>.<T>' },
    { name: 'UMAXV_asimdall_only', pattern: '0q101110ss110000101010nnnnnddddd', exec: across, asm: 'UMAXV <V><d>, <Vn>.<T>' },
    { name: 'SMINV_asimdall_only', pattern: '0q001110ss110001101010nnnnnddddd', exec: across, asm: 'SMINV <V><d>, <Vn>.<T>' },
    { name: 'UMINV_asimdall_only', pattern: '0q101110ss110001101010nnnnnddddd', exec: across, asm: 'UMINV <V><d>, <Vn>.<T>' },
    { name: 'ADDV_asimdall_only', pattern: '0q001110ss110001101110nnnnnddddd', exec: across, asm: 'ADDV <V><d>, <Vn>.<T>' },
    { name: 'ADDP_asisdpair_only', pattern: '01011110ss110001101110nnnnnddddd', exec: addpScalar, asm: 'ADDP <V><d>, <Vn>.<T>' },
  ];
}

function diffRows(): Row[] {
  const rows: Row[] = [];
  const ops: [string, string, string][] = [
    ['0000', 'SADDL', 'UADDL'], ['0001', 'SADDW', 'UADDW'], ['0010', 'SSUBL', 'USUBL'], ['0011', 'SSUBW', 'USUBW'],
    ['0100', 'ADDHN', 'RADDHN'], ['0101', 'SABAL', 'UABAL'], ['0110', 'SUBHN', 'RSUBHN'], ['0111', 'SABDL', 'UABDL'],
    ['1000', 'SMLAL', 'UMLAL'], ['1010', 'SMLSL', 'UMLSL'], ['1100', 'SMULL', 'UMULL'],
  ];
  for (const [o, s, un] of ops) {
    rows.push(
      { name: `${s}_asimddiff_L`, pattern: `0q001110ss1mmmmm${o}00nnnnnddddd`, exec: threeDiff, asm: `${s}{2} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb>` },
      { name: `${un}_asimddiff_L`, pattern: `0q101110ss1mmmmm${o}00nnnnnddddd`, exec: threeDiff, asm: `${un}{2} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb>` },
    );
  }
  return rows;
}

function shiftRows(): Row[] {
  const rows: Row[] = [];
  const ops: [number, number, string, boolean][] = [
    // [U, opcode, mnemonic, has scalar form]
    [0, 0x00, 'SSHR', true], [1, 0x00, 'USHR', true], [0, 0x02, 'SSRA', true], [1, 0x02, 'USRA', true],
    [0, 0x04, 'SRSHR', true], [1, 0x04, 'URSHR', true], [0, 0x06, 'SRSRA', true], [1, 0x06, 'URSRA', true],
    [1, 0x08, 'SRI', true], [0, 0x0a, 'SHL', true], [1, 0x0a, 'SLI', true], [1, 0x0c, 'SQSHLU', true],
    [0, 0x0e, 'SQSHL', true], [1, 0x0e, 'UQSHL', true], [0, 0x10, 'SHRN', false], [1, 0x10, 'SQSHRUN', true],
    [0, 0x11, 'RSHRN', false], [1, 0x11, 'SQRSHRUN', true], [0, 0x12, 'SQSHRN', true], [1, 0x12, 'UQSHRN', true],
    [0, 0x13, 'SQRSHRN', true], [1, 0x13, 'UQRSHRN', true], [0, 0x14, 'SSHLL', false], [1, 0x14, 'USHLL', false],
  ];
  for (const [u, opc, mn, hasScalar] of ops) {
    const o = opc.toString(2).padStart(5, '0');
    // immh != 0 is checked by the handler; immh = 0000 is the modified-immediate group,
    // whose row (simd-perm.ts) comes first.
    rows.push({ name: `${mn}_asimdshf_R`, pattern: `0q${u}011110hhhhbbb${o}1nnnnnddddd`, exec: shiftImm, asm: `${mn} <Vd>.<T>, <Vn>.<T>, #<shift>` });
    if (hasScalar) rows.push({ name: `${mn}_asisdshf_R`, pattern: `01${u}111110hhhhbbb${o}1nnnnnddddd`, exec: shiftImm, asm: `${mn} <V><d>, <V><n>, #<shift>` });
  }
  return rows;
}

function elemRows(): Row[] {
  const ops: [number, string, string][] = [
    [0, '1000', 'MUL'], [1, '0000', 'MLA'], [1, '0100', 'MLS'], [0, '1010', 'SMULL'], [1, '1010', 'UMULL'],
    [0, '0010', 'SMLAL'], [1, '0010', 'UMLAL'], [0, '0110', 'SMLSL'], [1, '0110', 'UMLSL'], [0, '1100', 'SQDMULH'], [0, '1101', 'SQRDMULH'],
  ];
  return ops.map(([u, o, mn]): Row => ({
    name: `${mn}_asimdelem_R`,
    pattern: `0q${u}01111sslmrrrr${o}h0nnnnnddddd`,
    exec: byElement,
    asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<Ts>[<index>]`,
  }));
}


// ---- saturating doubling long multiplies, polynomial long multiply, SUQADD/USQADD --------------

/**
 * SQDMULL{2}, SQDMLAL{2}, SQDMLSL{2}: vector (asimddiff), by element (asimdelem) and the
 * scalar forms (asisddiff, asisdelem). 2 * a * b saturates only for a = b = -2^(esize-1);
 * the accumulation saturates to the double-width range. QC on either.
 */
function sqdmlal(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const elem = (insn & 0x01000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 15;
  // 0: SQDMULL, 1: SQDMLAL, 2: SQDMLSL
  const kind = elem ? (opc === 3 ? 1 : opc === 7 ? 2 : 0) : opc === 9 ? 1 : opc === 11 ? 2 : 0;
  if (lg !== 1 && lg !== 2) return und(cpu, insn);
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  let m = (insn >>> 16) & 31;
  let idx = -1;
  if (elem) {
    const h = (insn >>> 11) & 1;
    const l = (insn >>> 21) & 1;
    if (lg === 1) {
      m &= 15;
      idx = (h << 2) | (l << 1) | ((insn >>> 20) & 1);
    } else idx = (h << 1) | l;
  }
  const cnt = scalar ? 1 : 8 >>> lg;
  const off = q * cnt;
  clearScratch();
  for (let e = 0; e < cnt; e++) {
    const a = getS(n, lg, e + off);
    const b = getS(m, lg, idx >= 0 ? idx : e + off);
    if (lg === 1) {
      let p = 2 * a * b;
      if (p > 2147483647) {
        setQC(cpu);
        p = 2147483647;
      }
      const r = kind === 0 ? p : sat(cpu, kind === 1 ? v[(d << 2) + e] + p : v[(d << 2) + e] - p, 2, true);
      sc[e] = r;
      continue;
    }
    let lo: number;
    let hi: number;
    if (a === -0x80000000 && b === -0x80000000) {
      setQC(cpu);
      lo = -1;
      hi = 0x7fffffff;
    } else {
      lo = mul64(a, b, true);
      lo = shl64(lo, rhi, 1);
      hi = rhi;
    }
    if (kind !== 0) {
      const bd = (d << 2) + 2 * e;
      lo = qaddsub64(cpu, v[bd], v[bd + 1], lo, hi, kind === 2, true);
      hi = tmpHi;
    }
    sc[2 * e] = lo;
    sc[2 * e + 1] = hi;
  }
  commit(v, d, scalar ? 0 : 1);
}

/**
 * PMULL{2} <Vd>.8H, <Vn>.<8B|16B>, <Vm>.<8B|16B>, and the 64x64 -> 128-bit .1Q form of
 * FEAT_PMULL. The .1Q form executes on every model, as on QEMU's cortex-a53 (which has the
 * crypto extension), although ID_AA64ISAR0_EL1.AES does not advertise it: AES is absent.
 */
function pmull(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const size = (insn >>> 22) & 3;
  if (size === 3) return pmull64(cpu, insn);
  if (size !== 0) return und(cpu, insn);
  const q = (insn >>> 30) & 1;
  const d = insn & 31;
  const n = ((insn >>> 5) & 31) << 4;
  const m = ((insn >>> 16) & 31) << 4;
  clearScratch();
  for (let e = 0; e < 8; e++) {
    const a = vu8[n + 8 * q + e];
    const b = vu8[m + 8 * q + e];
    let r = 0;
    for (let i = 0; i < 8; i++) if ((b >>> i) & 1) r ^= a << i;
    scU16[e] = r;
  }
  commit(v, d, 1);
}

/** PMULL{2} <Vd>.1Q, <Vn>.<1D|2D>, <Vm>.<1D|2D>: carry-less multiply (rare: BigInt). */
function pmull64(cpu: Cpu, insn: number): void {
  const vr = cpu.vreg;
  const q = (insn >>> 30) & 1;
  const d = (insn & 31) << 2;
  const n = (((insn >>> 5) & 31) << 2) + 2 * q;
  const m = (((insn >>> 16) & 31) << 2) + 2 * q;
  const a = raw(vr[n], vr[n + 1]);
  const b = raw(vr[m], vr[m + 1]);
  let r = 0n;
  for (let i = 0n; i < 64n; i++) if ((b >> i) & 1n) r ^= a << i;
  for (let w = 0; w < 4; w++) vr[d + w] = Number(BigInt.asIntN(32, r >> BigInt(32 * w)));
}

function raw(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** SUQADD (U = 0: signed Vd + unsigned Vn) and USQADD (U = 1: unsigned Vd + signed Vn), vector and scalar. */
function sqaddAcc(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const lg = (insn >>> 22) & 3;
  if (lg === 3 && q === 0 && !scalar) return und(cpu, insn);
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const elements = scalar ? 1 : (8 << q) >>> lg;
  clearScratch();
  for (let e = 0; e < elements; e++) {
    if (lg === 3) {
      const bd = (d << 2) + 2 * e;
      const bn = (n << 2) + 2 * e;
      const dv = u === 0 ? BigInt.asIntN(64, raw(v[bd], v[bd + 1])) : raw(v[bd], v[bd + 1]);
      const nv = u === 0 ? raw(v[bn], v[bn + 1]) : BigInt.asIntN(64, raw(v[bn], v[bn + 1]));
      let r = dv + nv;
      const min = u === 0 ? -(1n << 63n) : 0n;
      const max = u === 0 ? (1n << 63n) - 1n : (1n << 64n) - 1n;
      if (r < min || r > max) {
        setQC(cpu);
        r = r < min ? min : max;
      }
      sc[2 * e] = Number(BigInt.asIntN(32, r));
      sc[2 * e + 1] = Number(BigInt.asIntN(32, r >> 32n));
      continue;
    }
    const r = u === 0 ? getS(d, lg, e) + getU(n, lg, e) : getU(d, lg, e) + getS(n, lg, e);
    setSc(lg, e, sat(cpu, r, lg, u === 0));
  }
  commit(v, d, q);
}

function longSatRows(): Row[] {
  const rows: Row[] = [];
  const diff: [string, string][] = [['SQDMLAL', '1001'], ['SQDMLSL', '1011'], ['SQDMULL', '1101']];
  for (const [mn, o] of diff) {
    rows.push({ name: `${mn}_asimddiff_L`, pattern: `0q001110ss1mmmmm${o}00nnnnnddddd`, exec: sqdmlal, asm: `${mn}{2} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb>` });
    rows.push({ name: `${mn}_asisddiff_only`, pattern: `01011110ss1mmmmm${o}00nnnnnddddd`, exec: sqdmlal, asm: `${mn} <Va><d>, <Vb><n>, <Vb><m>` });
  }
  const elem: [string, string][] = [['SQDMLAL', '0011'], ['SQDMLSL', '0111'], ['SQDMULL', '1011']];
  for (const [mn, o] of elem) {
    rows.push({ name: `${mn}_asimdelem_L`, pattern: `0q001111sslmrrrr${o}h0nnnnnddddd`, exec: sqdmlal, asm: `${mn}{2} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Ts>[<index>]` });
    rows.push({ name: `${mn}_asisdelem_L`, pattern: `01011111sslmrrrr${o}h0nnnnnddddd`, exec: sqdmlal, asm: `${mn} <Va><d>, <Vb><n>, <Vm>.<Ts>[<index>]` });
  }
  rows.push({ name: 'PMULL_asimddiff_L', pattern: '0q001110ss1mmmmm111000nnnnnddddd', exec: pmull, asm: 'PMULL{2} <Vd>.<Ta>, <Vn>.<Tb>, <Vm>.<Tb>' });
  rows.push({ name: 'SUQADD_asimdmisc_R', pattern: '0q001110ss100000001110nnnnnddddd', exec: sqaddAcc, asm: 'SUQADD <Vd>.<T>, <Vn>.<T>' });
  rows.push({ name: 'USQADD_asimdmisc_R', pattern: '0q101110ss100000001110nnnnnddddd', exec: sqaddAcc, asm: 'USQADD <Vd>.<T>, <Vn>.<T>' });
  rows.push({ name: 'SUQADD_asisdmisc_R', pattern: '01011110ss100000001110nnnnnddddd', exec: sqaddAcc, asm: 'SUQADD <V><d>, <V><n>' });
  rows.push({ name: 'USQADD_asisdmisc_R', pattern: '01111110ss100000001110nnnnnddddd', exec: sqaddAcc, asm: 'USQADD <V><d>, <V><n>' });
  return rows;
}

/** AdvSIMD rows (integer data processing, moves/permutes, structure loads/stores). */
export const SIMD_ROWS: Row[] = [
  ...SIMD_PERM_ROWS,
  ...sameRows(),
  ...miscRows(),
  ...acrossRows(),
  ...diffRows(),
  ...shiftRows(),
  ...elemRows(),
  ...longSatRows(),
  ...SIMD_LDST_ROWS,
];
