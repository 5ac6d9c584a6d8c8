// Shared machinery of the AdvSIMD handlers: typed views of the register file, a scratch
// register for results that must not overwrite their own sources, element accessors,
// saturation with FPSR.QC, and 64-bit element arithmetic on (lo, hi) int32 pairs.
// Nothing here allocates after the first use.

import type { Cpu } from '../cpu.ts';
import { SYSREG } from '../sysregs.ts';

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('AdvSIMD emulation needs a little-endian host');

// Views of the current PE's register file (set by views(); element e of V<r> at size lg is
// index (r << (4 - lg)) + e in the view of that size).
let curV: Int32Array | null = null;
export let vu8: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
export let vs8: Int8Array<ArrayBufferLike> = new Int8Array(0);
export let vu16: Uint16Array<ArrayBufferLike> = new Uint16Array(0);
export let vs16: Int16Array<ArrayBufferLike> = new Int16Array(0);
export let vu32: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
export let vs32: Int32Array<ArrayBufferLike> = new Int32Array(0);

export function views(cpu: Cpu): Int32Array {
  const v = cpu.vreg;
  if (v !== curV) {
    curV = v;
    vu8 = new Uint8Array(v.buffer, v.byteOffset, 512);
    vs8 = new Int8Array(v.buffer, v.byteOffset, 512);
    vu16 = new Uint16Array(v.buffer, v.byteOffset, 256);
    vs16 = new Int16Array(v.buffer, v.byteOffset, 256);
    vu32 = new Uint32Array(v.buffer, v.byteOffset, 128);
    vs32 = v;
  }
  return v;
}

/** Scratch register (and views): results are built here, then committed to Vd. */
export const sc = new Int32Array(8);
export const scU8 = new Uint8Array(sc.buffer);
export const scU16 = new Uint16Array(sc.buffer);
export const scU32 = new Uint32Array(sc.buffer);

export function clearScratch(): void {
  sc[0] = 0;
  sc[1] = 0;
  sc[2] = 0;
  sc[3] = 0;
}

/** Copies the scratch register to V<d>; the upper 64 bits become zero unless q. */
export function commit(v: Int32Array, d: number, q: number): void {
  const w = d << 2;
  v[w] = sc[0];
  v[w + 1] = sc[1];
  if (q !== 0) {
    v[w + 2] = sc[2];
    v[w + 3] = sc[3];
  } else {
    v[w + 2] = 0;
    v[w + 3] = 0;
  }
}

/** Unsigned element e of V<r>, size 1 << lg bytes (lg 0..2). */
export function getU(r: number, lg: number, e: number): number {
  switch (lg) {
    case 0:
      return vu8[(r << 4) + e];
    case 1:
      return vu16[(r << 3) + e];
    default:
      return vu32[(r << 2) + e];
  }
}

/** Signed element e of V<r>, size 1 << lg bytes (lg 0..2). */
export function getS(r: number, lg: number, e: number): number {
  switch (lg) {
    case 0:
      return vs8[(r << 4) + e];
    case 1:
      return vs16[(r << 3) + e];
    default:
      return vs32[(r << 2) + e];
  }
}

export function getE(r: number, lg: number, e: number, signed: boolean): number {
  return signed ? getS(r, lg, e) : getU(r, lg, e);
}

/** Sets element e of the scratch register (lg 0..2), truncating. */
export function setSc(lg: number, e: number, val: number): void {
  switch (lg) {
    case 0:
      scU8[e] = val;
      return;
    case 1:
      scU16[e] = val;
      return;
    default:
      sc[e] = val;
  }
}

/** Sets 64-bit element e of the scratch register from an exact integer |val| < 2^53. */
export function setSc64(e: number, val: number): void {
  const hi = Math.floor(val / 4294967296);
  sc[2 * e] = (val - hi * 4294967296) | 0;
  sc[2 * e + 1] = hi | 0;
}

const FPSR2 = SYSREG.FPSR * 2;
export const FPSR_QC = 1 << 27;

export function setQC(cpu: Cpu): void {
  cpu.sys.values[FPSR2] |= FPSR_QC;
}

/** Saturation bounds per lg (0..2) and signedness. */
export const SMAX = [127, 32767, 2147483647];
export const SMIN = [-128, -32768, -2147483648];
export const UMAXV = [255, 65535, 4294967295];

/** Saturates an exact value to the element range, setting QC when it does. */
export function sat(cpu: Cpu, val: number, lg: number, signed: boolean): number {
  if (signed) {
    if (val > SMAX[lg]) {
      setQC(cpu);
      return SMAX[lg];
    }
    if (val < SMIN[lg]) {
      setQC(cpu);
      return SMIN[lg];
    }
    return val;
  }
  if (val > UMAXV[lg]) {
    setQC(cpu);
    return UMAXV[lg];
  }
  if (val < 0) {
    setQC(cpu);
    return 0;
  }
  return val;
}

/** 2^k for k in 0..128 (exact). */
export const POW2 = new Float64Array(130);
for (let k = 0; k < 130; k++) POW2[k] = 2 ** k;

// ---- 64-bit pairs -------------------------------------------------------------------

/** High half of the last 64-bit result below. */
export let rhi = 0;

export function add64(alo: number, ahi: number, blo: number, bhi: number): number {
  const s = (alo >>> 0) + (blo >>> 0);
  rhi = (ahi + bhi + (s > 0xffffffff ? 1 : 0)) | 0;
  return s | 0;
}

export function sub64(alo: number, ahi: number, blo: number, bhi: number): number {
  const s = (alo >>> 0) - (blo >>> 0);
  rhi = (ahi - bhi - (s < 0 ? 1 : 0)) | 0;
  return s | 0;
}

/** Logical (signed = false) or arithmetic right shift by 0..64 (more: as 64). */
export function shr64(lo: number, hi: number, sh: number, signed: boolean): number {
  if (sh === 0) {
    rhi = hi;
    return lo;
  }
  if (sh < 32) {
    rhi = signed ? hi >> sh : (hi >>> sh) | 0;
    return (lo >>> sh) | (hi << (32 - sh));
  }
  if (sh < 64) {
    rhi = signed ? hi >> 31 : 0;
    return signed ? hi >> (sh - 32) : (hi >>> (sh - 32)) | 0;
  }
  rhi = signed ? hi >> 31 : 0;
  return rhi;
}

/** Left shift by 0..63 (64 or more gives zero). */
export function shl64(lo: number, hi: number, sh: number): number {
  if (sh === 0) {
    rhi = hi;
    return lo;
  }
  if (sh < 32) {
    rhi = (hi << sh) | (lo >>> (32 - sh));
    return lo << sh;
  }
  if (sh < 64) {
    rhi = lo << (sh - 32);
    return 0;
  }
  rhi = 0;
  return 0;
}

/** Signed (or unsigned) compare of two pairs: -1, 0, 1. */
export function cmp64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): number {
  if (ahi !== bhi) {
    if (signed) return ahi < bhi ? -1 : 1;
    return ahi >>> 0 < bhi >>> 0 ? -1 : 1;
  }
  if (alo === blo) return 0;
  return alo >>> 0 < blo >>> 0 ? -1 : 1;
}

/** Exact 32 x 32 -> 64 multiply (signed or unsigned operands). Returns lo; rhi is set. */
export function mul64(a: number, b: number, signed: boolean): number {
  const neg = signed && a < 0 !== b < 0;
  const x = signed ? Math.abs(a) : a >>> 0;
  const y = signed ? Math.abs(b) : b >>> 0;
  // x, y <= 2^32: split into 16-bit halves so every partial product is exact.
  const xl = x % 65536;
  const xh = (x - xl) / 65536;
  const yl = y % 65536;
  const yh = (y - yl) / 65536;
  const mid = xh * yl + xl * yh; // < 2^34
  const midLo = mid % 65536;
  const s = xl * yl + midLo * 65536; // < 2^33
  const carry = Math.floor(s / 4294967296);
  let lo = (s - carry * 4294967296) | 0;
  let hi = (xh * yh + (mid - midLo) / 65536 + carry) | 0;
  if (neg) {
    lo = (~lo + 1) | 0;
    hi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  }
  rhi = hi;
  return lo;
}
