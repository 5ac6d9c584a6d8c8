// Integer arithmetic shared by the A64 data-processing and branch handlers: condition
// evaluation (ConditionHolds), the bitmask immediates of the logical instructions
// (DecodeBitMasks, precomputed), 64-bit shifts, multiplies and divisions on (lo, hi) int32
// pairs, bit counting and bit reversal. Functions producing 64-bit values return the low
// half and leave the high half in `out.hi` (bits.ts). Nothing here allocates.

import * as bits from './bits.ts';
import type { Cpu } from './cpu.ts';

// tsx transforms each module on its own and reads imported bindings through getter
// functions: the shared scratch record is bound to a module-local constant once.
const out = bits.out;

const TWO32 = 4294967296;

// ---- conditions ------------------------------------------------------------------------

/** ConditionHolds(cond) of the Arm ARM, for cond = insn bits (4 bits). */
export function conditionHolds(cpu: Cpu, cond: number): boolean {
  let r: boolean;
  switch (cond >>> 1) {
    case 0: r = cpu.zf === 1; break; // EQ / NE
    case 1: r = cpu.cf === 1; break; // CS / CC
    case 2: r = cpu.nf === 1; break; // MI / PL
    case 3: r = cpu.vf === 1; break; // VS / VC
    case 4: r = cpu.cf === 1 && cpu.zf === 0; break; // HI / LS
    case 5: r = cpu.nf === cpu.vf; break; // GE / LT
    case 6: r = cpu.nf === cpu.vf && cpu.zf === 0; break; // GT / LE
    default: return true; // AL, NV (both always true in A64)
  }
  return (cond & 1) !== 0 ? !r : r;
}

// ---- bitmask immediates ----------------------------------------------------------------

/**
 * DecodeBitMasks(N, imms, immr, immediate = TRUE) for M = 64, precomputed for every 13-bit
 * N:immr:imms (the value of insn bits 22:10). BITMASK_OK is 0 for reserved encodings
 * (UNDEFINED). For a 32-bit instruction (N = 0) the element size is at most 32, so the low
 * half is the 32-bit immediate.
 */
export const BITMASK_LO = new Int32Array(8192);
export const BITMASK_HI = new Int32Array(8192);
export const BITMASK_OK = new Uint8Array(8192);

/**
 * DecodeBitMasks of the Arm ARM on Numbers (build time and tests). Returns false for a
 * reserved encoding; otherwise fills bitmaskOut.wLo/wHi (wmask) and .tLo/tHi (tmask).
 */
export const bitmaskOut = { wLo: 0, wHi: 0, tLo: 0, tHi: 0 };

export function decodeBitMasks(immN: number, imms: number, immr: number, immediate: boolean): boolean {
  // len = HighestSetBit(immN:NOT(imms))
  const v = (immN << 6) | (~imms & 0x3f);
  if (v === 0) return false;
  const len = 31 - Math.clz32(v);
  if (len < 1) return false;
  const levels = (1 << len) - 1;
  if (immediate && (imms & levels) === levels) return false;
  const s = imms & levels;
  const r = immr & levels;
  const d = (s - r) & levels; // UInt(S - R) on len bits
  const esize = 1 << len;
  // wmask = Replicate(ROR(ZeroExtend(Ones(S + 1), esize), R)); tmask = Replicate(Ones(d + 1))
  ones64(s + 1);
  rorElem(rs.lo, rs.hi, r, esize);
  replicate(rs.lo, rs.hi, esize);
  bitmaskOut.wLo = rs.lo;
  bitmaskOut.wHi = rs.hi;
  ones64(d + 1);
  replicate(rs.lo, rs.hi, esize);
  bitmaskOut.tLo = rs.lo;
  bitmaskOut.tHi = rs.hi;
  return true;
}

// Build-time scratch (decodeBitMasks is not used on the hot path).
const rs = { lo: 0, hi: 0 };

/** Ones(n) as a 64-bit value (n in 0..64); result in rs. */
function ones64(n: number): void {
  rs.lo = n >= 32 ? -1 : n === 0 ? 0 : (-1 >>> (32 - n)) | 0;
  rs.hi = n >= 64 ? -1 : n <= 32 ? 0 : (-1 >>> (64 - n)) | 0;
}

/** Rotates the low `esize` bits of (lo, hi) right by r; result in rs. */
function rorElem(lo: number, hi: number, r: number, esize: number): void {
  if (esize === 64) {
    rs.lo = ror64(lo, hi, r);
    rs.hi = out.hi;
    return;
  }
  const m = esize === 32 ? -1 : (1 << esize) - 1;
  const e = lo & m;
  const v = r === 0 ? e : ((e >>> r) | (e << (esize - r))) & m;
  rs.lo = v | 0;
  rs.hi = 0;
}

/** Replicates the low `esize` bits of (lo, hi) across 64 bits; result in rs. */
function replicate(lo: number, hi: number, esize: number): void {
  if (esize === 64) {
    rs.lo = lo;
    rs.hi = hi;
    return;
  }
  let v = esize === 32 ? lo : lo & ((1 << esize) - 1);
  for (let e = esize; e < 32; e <<= 1) v |= v << e;
  rs.lo = v | 0;
  rs.hi = v | 0;
}

for (let i = 0; i < 8192; i++) {
  const immN = i >>> 12;
  const immr = (i >>> 6) & 0x3f;
  const imms = i & 0x3f;
  if (decodeBitMasks(immN, imms, immr, true)) {
    BITMASK_OK[i] = 1;
    BITMASK_LO[i] = bitmaskOut.wLo;
    BITMASK_HI[i] = bitmaskOut.wHi;
  }
}

// ---- 64-bit shifts ---------------------------------------------------------------------

/** (lo, hi) << n for n in 0..63. */
export function lsl64(lo: number, hi: number, n: number): number {
  if (n === 0) {
    out.hi = hi;
    return lo;
  }
  if (n < 32) {
    out.hi = (hi << n) | (lo >>> (32 - n));
    return lo << n;
  }
  out.hi = lo << (n - 32);
  return 0;
}

/** (lo, hi) >>> n (logical) for n in 0..63. */
export function lsr64(lo: number, hi: number, n: number): number {
  if (n === 0) {
    out.hi = hi;
    return lo;
  }
  if (n < 32) {
    out.hi = hi >>> n;
    return (lo >>> n) | (hi << (32 - n));
  }
  out.hi = 0;
  return hi >>> (n - 32);
}

/** (lo, hi) >> n (arithmetic) for n in 0..63. */
export function asr64(lo: number, hi: number, n: number): number {
  if (n === 0) {
    out.hi = hi;
    return lo;
  }
  if (n < 32) {
    out.hi = hi >> n;
    return (lo >>> n) | (hi << (32 - n));
  }
  out.hi = hi >> 31;
  return hi >> (n - 32);
}

/** ROR((lo, hi), n) for n in 0..63. */
export function ror64(lo: number, hi: number, n: number): number {
  if (n === 0) {
    out.hi = hi;
    return lo;
  }
  if (n < 32) {
    out.hi = (hi >>> n) | (lo << (32 - n));
    return (lo >>> n) | (hi << (32 - n));
  }
  if (n === 32) {
    out.hi = lo;
    return hi;
  }
  const m = n - 32;
  out.hi = (lo >>> m) | (hi << (32 - m));
  return (hi >>> m) | (lo << (32 - m));
}

/** 32-bit ROR(x, n) for n in 0..31, as int32. */
export function ror32(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** ShiftReg for a 64-bit operand: type 0 LSL, 1 LSR, 2 ASR, 3 ROR; amount 0..63. */
export function shift64(lo: number, hi: number, type: number, amount: number): number {
  switch (type) {
    case 0: return lsl64(lo, hi, amount);
    case 1: return lsr64(lo, hi, amount);
    case 2: return asr64(lo, hi, amount);
    default: return ror64(lo, hi, amount);
  }
}

/** ShiftReg for a 32-bit operand: type 0 LSL, 1 LSR, 2 ASR, 3 ROR; amount 0..31. */
export function shift32(x: number, type: number, amount: number): number {
  switch (type) {
    case 0: return x << amount;
    case 1: return x >>> amount;
    case 2: return x >> amount;
    default: return (x >>> amount) | (x << (32 - amount));
  }
}

// ---- multiplication --------------------------------------------------------------------

/** Unsigned 32 x 32 -> 64 product of the int32s a and b (taken unsigned). */
export function umul32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  out.hi = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
  return Math.imul(a, b);
}

/** Signed 32 x 32 -> 64 product of the int32s a and b. */
export function smul32(a: number, b: number): number {
  const lo = umul32(a, b);
  let hi = out.hi;
  if (a < 0) hi = (hi - b) | 0;
  if (b < 0) hi = (hi - a) | 0;
  out.hi = hi;
  return lo;
}

/** Low 64 bits of the 64 x 64 product. */
export function mul64(alo: number, ahi: number, blo: number, bhi: number): number {
  const lo = umul32(alo, blo);
  out.hi = (out.hi + Math.imul(alo, bhi) + Math.imul(ahi, blo)) | 0;
  return lo;
}

/** High 64 bits of the unsigned 64 x 64 -> 128 product. */
export function umulh64(alo: number, ahi: number, blo: number, bhi: number): number {
  umul32(alo, blo);
  const h00 = out.hi >>> 0;
  const l01 = umul32(alo, bhi) >>> 0;
  const h01 = out.hi >>> 0;
  const l10 = umul32(ahi, blo) >>> 0;
  const h10 = out.hi >>> 0;
  const l11 = umul32(ahi, bhi) >>> 0;
  const h11 = out.hi;
  const c1 = Math.floor((h00 + l01 + l10) / TWO32);
  const s = l11 + h01 + h10 + c1;
  const c2 = Math.floor(s / TWO32);
  out.hi = (h11 + c2) | 0;
  return s | 0;
}

/** High 64 bits of the signed 64 x 64 -> 128 product. */
export function smulh64(alo: number, ahi: number, blo: number, bhi: number): number {
  let lo = umulh64(alo, ahi, blo, bhi);
  let hi = out.hi;
  // Signed = unsigned - (a < 0 ? b << 64 : 0) - (b < 0 ? a << 64 : 0).
  if (ahi < 0) {
    const l = (lo >>> 0) - (blo >>> 0);
    hi = (hi - bhi - (l < 0 ? 1 : 0)) | 0;
    lo = l | 0;
  }
  if (bhi < 0) {
    const l = (lo >>> 0) - (alo >>> 0);
    hi = (hi - ahi - (l < 0 ? 1 : 0)) | 0;
    lo = l | 0;
  }
  out.hi = hi;
  return lo;
}

// ---- division --------------------------------------------------------------------------

/** Unsigned 64-bit division, rounding toward zero; division by zero gives 0. */
export function udiv64(nlo: number, nhi: number, dlo: number, dhi: number): number {
  if ((dlo | dhi) === 0) {
    out.hi = 0;
    return 0;
  }
  const nh = nhi >>> 0;
  const dh = dhi >>> 0;
  if (nh < 0x200000 && dh < 0x200000) {
    // Both operands below 2^53: Number division is exact after flooring.
    const q = Math.floor((nh * TWO32 + (nlo >>> 0)) / (dh * TWO32 + (dlo >>> 0)));
    out.hi = (q / TWO32) | 0;
    return q | 0;
  }
  return udiv64Slow(nlo, nhi, dlo, dhi);
}

/** Restoring binary long division (operands beyond 2^53: rare). */
function udiv64Slow(nlo: number, nhi: number, dlo: number, dhi: number): number {
  const dh = dhi >>> 0;
  const dl = dlo >>> 0;
  let rh = 0;
  let rl = 0;
  let qh = 0;
  let ql = 0;
  for (let i = 63; i >= 0; i--) {
    // r = (r << 1) | bit i of n
    // (The remainder stays below d, so r < 2 * d: when the shift carries out of bit 63,
    // r >= 2^64 > d and the modulo-2^64 subtraction below gives the right remainder.)
    const bit = i >= 32 ? (nhi >>> (i - 32)) & 1 : (nlo >>> i) & 1;
    const over = rh >>> 31;
    rh = ((rh << 1) | (rl >>> 31)) >>> 0;
    rl = ((rl << 1) | bit) >>> 0;
    if (over !== 0 || rh > dh || (rh === dh && rl >= dl)) {
      const l = rl - dl;
      rh = (rh - dh - (l < 0 ? 1 : 0)) >>> 0;
      rl = l >>> 0;
      if (i >= 32) qh |= 1 << (i - 32);
      else ql |= 1 << i;
    }
  }
  out.hi = qh | 0;
  return ql | 0;
}

/** Signed 64-bit division, rounding toward zero; x / 0 = 0; INT64_MIN / -1 = INT64_MIN. */
export function sdiv64(nlo: number, nhi: number, dlo: number, dhi: number): number {
  const nneg = nhi < 0;
  const dneg = dhi < 0;
  if (nneg) {
    nlo = -nlo | 0;
    nhi = (~nhi + (nlo === 0 ? 1 : 0)) | 0;
  }
  if (dneg) {
    dlo = -dlo | 0;
    dhi = (~dhi + (dlo === 0 ? 1 : 0)) | 0;
  }
  let lo = udiv64(nlo, nhi, dlo, dhi);
  if (nneg !== dneg) {
    lo = -lo | 0;
    out.hi = (~out.hi + (lo === 0 ? 1 : 0)) | 0;
  }
  return lo;
}

// ---- bit counting and reversal ---------------------------------------------------------

/** CountLeadingSignBits of a 32-bit value. */
export function cls32(x: number): number {
  return Math.clz32(x ^ (x >> 31)) - 1;
}

/** CountLeadingZeroBits of a 64-bit value. */
export function clz64(lo: number, hi: number): number {
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
}

/** CountLeadingSignBits of a 64-bit value. */
export function cls64(lo: number, hi: number): number {
  const s = hi >> 31;
  return clz64(lo ^ s, hi ^ s) - 1;
}

/** Reverses the bit order of a 32-bit value. */
export function rbit32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return (x >>> 16) | (x << 16);
}

/** Reverses the byte order of a 32-bit value. */
export function rev32(x: number): number {
  return ((x >>> 24) | ((x >>> 8) & 0xff00) | ((x & 0xff00) << 8) | (x << 24)) | 0;
}

/** Swaps the bytes within each 16-bit halfword of a 32-bit value. */
export function rev16(x: number): number {
  return ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
}

// ---- CRC32 -----------------------------------------------------------------------------

/** Byte tables of the reflected CRC-32 (0x04C11DB7) and CRC-32C (0x1EDC6F41) polynomials. */
export const CRC32_TABLE = makeCrcTable(0xedb88320);
export const CRC32C_TABLE = makeCrcTable(0x82f63b78);

function makeCrcTable(poly: number): Int32Array {
  const t = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    t[i] = c;
  }
  return t;
}

/** Folds `bytes` (1..4) low bytes of `data` into `acc`, as CRC32/CRC32C do (no inversion). */
export function crcUpdate(table: Int32Array, acc: number, data: number, bytes: number): number {
  for (let i = 0; i < bytes; i++) {
    acc = table[(acc ^ (data >>> (8 * i))) & 0xff] ^ (acc >>> 8);
  }
  return acc | 0;
}
