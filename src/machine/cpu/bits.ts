// Bit-field helpers and 64-bit arithmetic on (lo, hi) pairs of 32-bit integers.
// 64-bit values never become BigInt in the emulator's hot paths: a value is two int32
// halves, and functions that produce 64-bit results return the low half and leave the
// high half (and flags) in the preallocated `out` record. Nothing here allocates.

/** A register field as in the Arm ARM: least significant bit and width. */
export interface Field {
  readonly lsb: number;
  readonly width: number;
}

export function field(lsb: number, width: number): Field {
  return { lsb, width };
}

/** Extracts a field (width <= 32) from a 32-bit value, unsigned. */
export function getField(value: number, f: Field): number {
  return f.width === 32 ? value >>> 0 : (value >>> f.lsb) & ((1 << f.width) - 1) >>> 0;
}

/** Returns `value` with field `f` replaced by `x` (width <= 31), as int32. */
export function setField(value: number, f: Field, x: number): number {
  const mask = ((1 << f.width) - 1) << f.lsb;
  return (value & ~mask) | ((x << f.lsb) & mask);
}

/** Scratch outputs of the 64-bit helpers: high half, carry and overflow. */
export const out = { hi: 0, c: 0, v: 0 };

/** 64-bit a + b + carryIn; returns the low half; out.hi, out.c, out.v are set. */
export function add64(alo: number, ahi: number, blo: number, bhi: number, carryIn: number): number {
  const l = (alo >>> 0) + (blo >>> 0) + carryIn;
  const lc = l > 0xffffffff ? 1 : 0;
  const h = (ahi >>> 0) + (bhi >>> 0) + lc;
  const hi = h | 0;
  out.hi = hi;
  out.c = h > 0xffffffff ? 1 : 0;
  // Signed overflow: operands of equal sign and result of the other sign.
  out.v = (~(ahi ^ bhi) & (ahi ^ hi)) < 0 ? 1 : 0;
  return l | 0;
}

/** 32-bit a + b + carryIn as int32; out.c and out.v are set (out.hi = 0). */
export function add32(a: number, b: number, carryIn: number): number {
  const s = (a >>> 0) + (b >>> 0) + carryIn;
  const r = s | 0;
  out.hi = 0;
  out.c = s > 0xffffffff ? 1 : 0;
  out.v = (~(a ^ b) & (a ^ r)) < 0 ? 1 : 0;
  return r;
}

/** Sign-extends the low `bits` bits of a 32-bit value (bits in 1..32). */
export function sext32(value: number, bits: number): number {
  const s = 32 - bits;
  return (value << s) >> s;
}

/** Converts a (lo, hi) pair to an unsigned BigInt. For edges only (GDB, CLI, tests). */
export function toBigInt(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** Low 32 bits of a BigInt as int32. */
export function loOf(v: bigint): number {
  return Number(BigInt.asIntN(32, v));
}

/** Bits 63:32 of a BigInt as int32. */
export function hiOf(v: bigint): number {
  return Number(BigInt.asIntN(32, v >> 32n));
}

/** A non-negative (lo, hi) pair as a Number, exact below 2^53 (physical addresses). */
export function toNumber(lo: number, hi: number): number {
  return (hi >>> 0) * 4294967296 + (lo >>> 0);
}
