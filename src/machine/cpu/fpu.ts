// Floating-point arithmetic core, written from the Arm ARM pseudocode (FPUnpack, FPRound,
// FPProcessNaN(s), FPAdd, FPMul, FPMulAdd, FPDiv, FPSqrt, FPMax/Min(Num), FPCompare,
// FPRoundInt, FPToFixed, FixedToFP, FPConvert). One function per element operation, so
// the scalar (insns/fp.ts) and vector (AdvSIMD) handlers share them.
//
// Values travel as raw bits: single and half precision as an int32, double precision as a
// (lo, hi) pair of int32 halves; functions returning a double return the low half and
// leave the high half in `fpst.hi`. Exceptions accumulate in `fpst.flags` (FPSR bit
// positions); callers clear it, run the element operations, and OR it into FPSR.
//
// Arithmetic: the host computes in binary64 round-to-nearest-even. Each operation builds
// the exact result as an unevaluated sum hi + lo (+ lo2) scaled by 2^scale, using
// error-free transformations (TwoSum, Veltkamp/Dekker TwoProduct, exact remainders for
// division and square root), and `roundExact` rounds that value to the destination format
// in the requested rounding mode with FZ flushing, computing IXC/UFC/OFC exactly.
// Nothing here allocates.

// ---- FPCR / FPSR fields -------------------------------------------------------------

export const FPCR_AHP = 1 << 26;
export const FPCR_DN = 1 << 25;
export const FPCR_FZ = 1 << 24;
export const FPCR_RMODE_LSB = 22;
export const FPCR_FZ16 = 1 << 19;

export const FPSR_IOC = 1 << 0;
export const FPSR_DZC = 1 << 1;
export const FPSR_OFC = 1 << 2;
export const FPSR_UFC = 1 << 3;
export const FPSR_IXC = 1 << 4;
export const FPSR_IDC = 1 << 7;

/** Rounding modes: 0..3 are FPCR.RMode encodings; 4 is ties-away (FCVTA*, FRINTA). */
export const RN = 0;
export const RP = 1;
export const RM = 2;
export const RZ = 3;
export const RA = 4;
/** Round to odd (FCVTXN): truncate, then set the lowest bit when inexact; never overflows to Inf. */
export const RO = 5;

/** Accumulated exception flags and the high half of double results. */
export const fpst = { flags: 0, hi: 0 };

// ---- scratch for bit conversions (little-endian host checked once) --------------------

const f64 = new Float64Array(1);
const w64 = new Int32Array(f64.buffer);
const f32 = new Float32Array(1);
const w32 = new Int32Array(f32.buffer);
f64[0] = 1;
if (w64[1] !== 0x3ff00000) throw new Error('fpu: big-endian hosts are not supported');

export function bitsToF64(lo: number, hi: number): number {
  w64[0] = lo;
  w64[1] = hi;
  return f64[0];
}

/** Stores `v` as double bits: returns the low half, the high half in fpst.hi. */
export function f64ToBits(v: number): number {
  f64[0] = v;
  fpst.hi = w64[1];
  return w64[0];
}

export function bitsToF32(b: number): number {
  w32[0] = b;
  return f32[0];
}

export function f32ToBits(v: number): number {
  f32[0] = v;
  return w32[0];
}

/** 2^k for k in [-1074, 1023], exact. */
const POW2 = new Float64Array(2098);
for (let k = -1074; k <= 1023; k++) POW2[k + 1074] = 2 ** k;
function pow2(k: number): number {
  return POW2[k + 1074];
}

const SPLITTER = 134217729; // 2^27 + 1
const TWO_M80 = 2 ** -80;

// ---- formats ----------------------------------------------------------------------------

/** Format ids: fraction bits F, minimum and maximum normal exponents. */
export const FMT_H = 0;
export const FMT_S = 1;
export const FMT_D = 2;
const FBITS = [10, 23, 52];
const EMIN = [-14, -126, -1022];
const EMAX = [15, 127, 1023];
const MAXNORM = [65504, 3.4028234663852886e38, Number.MAX_VALUE];

export const DEFAULT_NAN_S = 0x7fc00000;
export const DEFAULT_NAN_D_HI = 0x7ff80000;
export const DEFAULT_NAN_H = 0x7e00;

// ---- rounding ----------------------------------------------------------------------------

/** floor(log2(x)) for a finite x > 0 that is a normal double. */
function expOf(x: number): number {
  f64[0] = x;
  return ((w64[1] >>> 20) & 0x7ff) - 1023;
}

function isPow2(x: number): boolean {
  f64[0] = x;
  return (w64[1] & 0xfffff) === 0 && w64[0] === 0;
}

/**
 * FPRound: rounds the exact non-zero value (hi + lo + lo2) * 2^scale to format `fmt`.
 * hi is finite and non-zero; |lo| <= ulp(hi)/2; lo2 is smaller than any bit of lo and
 * only breaks ties. `fz` flushes tiny results to zero (UFC only, as FPRound does).
 * Returns the rounded value as a host number (exact in the destination format), or +-Inf.
 */
export function roundExact(hi: number, lo: number, lo2: number, scale: number, fmt: number, mode: number, fz: boolean): number {
  const neg = hi < 0;
  if (neg) {
    hi = -hi;
    lo = -lo;
    lo2 = -lo2;
  }
  if (hi < 2.2250738585072014e-308 * 2 ** 62) {
    // Keep hi normal and far from the subnormal range: the scalings below stay exact.
    hi *= 2 ** 128;
    lo *= 2 ** 128;
    lo2 *= 2 ** 128;
    scale -= 128;
  }
  const F = FBITS[fmt];
  const emin = EMIN[fmt];
  const emax = EMAX[fmt];
  let e = expOf(hi) + scale;
  if (isPow2(hi) && (lo < 0 || (lo === 0 && lo2 < 0))) e -= 1;
  const tiny = e < emin;
  if (tiny && fz) {
    fpst.flags |= FPSR_UFC;
    return neg ? -0 : 0;
  }
  const qexp = (tiny ? emin : e) - F;
  let ti: number;
  let cat: number; // fraction of a unit in the last place: 0 none, 1 < 1/2, 2 = 1/2, 3 > 1/2
  if (e < qexp - 2) {
    ti = 0;
    cat = 1;
  } else {
    const k = scale - qexp;
    const k1 = k >> 1;
    const p1 = pow2(k1);
    const p2 = pow2(k - k1);
    const t = hi * p1 * p2;
    let tl = lo * p1 * p2;
    if (tl === 0 && lo !== 0) tl = lo > 0 ? 2 ** -1000 : -(2 ** -1000); // underflowed: only its sign matters
    ti = Math.floor(t);
    const frac = t - ti;
    if (frac === 0) {
      if (tl === 0) {
        if (lo2 === 0) cat = 0;
        else if (lo2 > 0) cat = 1;
        else {
          ti -= 1;
          cat = 3;
        }
      } else if (tl > 0) {
        cat = tl < 0.5 ? 1 : tl === 0.5 ? (lo2 === 0 ? 2 : lo2 > 0 ? 3 : 1) : 3;
      } else {
        ti -= 1;
        cat = tl > -0.5 ? 3 : tl === -0.5 ? (lo2 === 0 ? 2 : lo2 > 0 ? 3 : 1) : 1;
      }
    } else if (frac < 0.5) cat = 1;
    else if (frac === 0.5) {
      const s = tl !== 0 ? tl : lo2;
      cat = s === 0 ? 2 : s > 0 ? 3 : 1;
    } else cat = 3;
  }
  let up: boolean;
  switch (mode) {
    case RN:
      up = cat === 3 || (cat === 2 && ti % 2 === 1);
      break;
    case RP:
      up = cat !== 0 && !neg;
      break;
    case RM:
      up = cat !== 0 && neg;
      break;
    case RA:
      up = cat >= 2;
      break;
    default:
      up = false;
  }
  const m = up ? ti + 1 : mode === RO && cat !== 0 && ti % 2 === 0 ? ti + 1 : ti;
  if (cat !== 0) {
    fpst.flags |= tiny ? FPSR_IXC | FPSR_UFC : FPSR_IXC;
  }
  if (e > emax || (e === emax && m === 2 ** (F + 1))) {
    fpst.flags |= FPSR_OFC | FPSR_IXC;
    const toInf = mode === RN || mode === RA || (mode === RP && !neg) || (mode === RM && neg);
    const r = toInf ? Infinity : MAXNORM[fmt];
    return neg ? -r : r;
  }
  const r = m * pow2(qexp);
  return neg ? -r : r;
}

// ---- unpacking, NaNs -------------------------------------------------------------------

/** FPType codes as returned by the classifiers. */
export const T_ZERO = 0;
export const T_DENORM = 1;
export const T_NORMAL = 2;
export const T_INF = 3;
export const T_QNAN = 4;
export const T_SNAN = 5;

export function typeS(b: number): number {
  const exp = (b >>> 23) & 0xff;
  const frac = b & 0x7fffff;
  if (exp === 0) return frac === 0 ? T_ZERO : T_DENORM;
  if (exp === 0xff) return frac === 0 ? T_INF : (frac & 0x400000) !== 0 ? T_QNAN : T_SNAN;
  return T_NORMAL;
}

export function typeD(lo: number, hi: number): number {
  const exp = (hi >>> 20) & 0x7ff;
  const fracZero = (hi & 0xfffff) === 0 && lo === 0;
  if (exp === 0) return fracZero ? T_ZERO : T_DENORM;
  if (exp === 0x7ff) return fracZero ? T_INF : (hi & 0x80000) !== 0 ? T_QNAN : T_SNAN;
  return T_NORMAL;
}

export function typeH(b: number): number {
  const exp = (b >>> 10) & 0x1f;
  const frac = b & 0x3ff;
  if (exp === 0) return frac === 0 ? T_ZERO : T_DENORM;
  if (exp === 0x1f) return frac === 0 ? T_INF : (frac & 0x200) !== 0 ? T_QNAN : T_SNAN;
  return T_NORMAL;
}

/** FPUnpack for single: the value, with denormals flushed (IDC) when FPCR.FZ is set. */
export function unpackS(b: number, fpcr: number): number {
  if ((b & 0x7f800000) === 0 && (b & 0x7fffff) !== 0 && (fpcr & FPCR_FZ) !== 0) {
    fpst.flags |= FPSR_IDC;
    return b < 0 ? -0 : 0;
  }
  return bitsToF32(b);
}

export function unpackD(lo: number, hi: number, fpcr: number): number {
  if ((hi & 0x7ff00000) === 0 && ((hi & 0xfffff) | lo) !== 0 && (fpcr & FPCR_FZ) !== 0) {
    fpst.flags |= FPSR_IDC;
    return hi < 0 ? -0 : 0;
  }
  return bitsToF64(lo, hi);
}

/** FPProcessNaN (single): quiets a signalling NaN (IOC); the default NaN when FPCR.DN. */
export function processNaNS(b: number, fpcr: number): number {
  if ((b & 0x400000) === 0) fpst.flags |= FPSR_IOC;
  return (fpcr & FPCR_DN) !== 0 ? DEFAULT_NAN_S : b | 0x400000;
}

/** FPProcessNaN (double): returns the low half, high half in fpst.hi. */
export function processNaND(lo: number, hi: number, fpcr: number): number {
  if ((hi & 0x80000) === 0) fpst.flags |= FPSR_IOC;
  if ((fpcr & FPCR_DN) !== 0) {
    fpst.hi = DEFAULT_NAN_D_HI;
    return 0;
  }
  fpst.hi = hi | 0x80000;
  return lo;
}

function isNaNS(b: number): boolean {
  return (b & 0x7fffffff) > 0x7f800000;
}

function isSNaNS(b: number): boolean {
  return isNaNS(b) && (b & 0x400000) === 0;
}

function isNaND(lo: number, hi: number): boolean {
  const h = hi & 0x7fffffff;
  return h > 0x7ff00000 || (h === 0x7ff00000 && lo !== 0);
}

function isSNaND(lo: number, hi: number): boolean {
  return isNaND(lo, hi) && (hi & 0x80000) === 0;
}

/** FPProcessNaNs (single): the NaN result for two operands; call only when one is a NaN. */
export function processNaNs2S(a: number, b: number, fpcr: number): number {
  if (isSNaNS(a)) return processNaNS(a, fpcr);
  if (isSNaNS(b)) return processNaNS(b, fpcr);
  if (isNaNS(a)) return processNaNS(a, fpcr);
  return processNaNS(b, fpcr);
}

export function processNaNs2D(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  if (isSNaND(alo, ahi)) return processNaND(alo, ahi, fpcr);
  if (isSNaND(blo, bhi)) return processNaND(blo, bhi, fpcr);
  if (isNaND(alo, ahi)) return processNaND(alo, ahi, fpcr);
  return processNaND(blo, bhi, fpcr);
}

function processNaNs3S(a: number, b: number, c: number, fpcr: number): number {
  if (isSNaNS(a)) return processNaNS(a, fpcr);
  if (isSNaNS(b)) return processNaNS(b, fpcr);
  if (isSNaNS(c)) return processNaNS(c, fpcr);
  if (isNaNS(a)) return processNaNS(a, fpcr);
  if (isNaNS(b)) return processNaNS(b, fpcr);
  return processNaNS(c, fpcr);
}

function processNaNs3D(alo: number, ahi: number, blo: number, bhi: number, clo: number, chi: number, fpcr: number): number {
  if (isSNaND(alo, ahi)) return processNaND(alo, ahi, fpcr);
  if (isSNaND(blo, bhi)) return processNaND(blo, bhi, fpcr);
  if (isSNaND(clo, chi)) return processNaND(clo, chi, fpcr);
  if (isNaND(alo, ahi)) return processNaND(alo, ahi, fpcr);
  if (isNaND(blo, bhi)) return processNaND(blo, bhi, fpcr);
  return processNaND(clo, chi, fpcr);
}

function defaultNaND(): number {
  fpst.hi = DEFAULT_NAN_D_HI;
  return 0;
}

function rmodeOf(fpcr: number): number {
  return (fpcr >>> FPCR_RMODE_LSB) & 3;
}

function fzOf(fpcr: number): boolean {
  return (fpcr & FPCR_FZ) !== 0;
}

// ---- error-free transformations -----------------------------------------------------

/** Error of the last twoSum/twoProd (exact when no overflow/underflow occurs). */
let err = 0;

function twoSum(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  err = a - (s - bb) + (b - bb);
  return s;
}

/** Exact for |a|, |b| < 2^995 and exponent(a) + exponent(b) >= -969. */
function twoProd(a: number, b: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  err = al * bl - (p - ah * bh - al * bh - ah * bl);
  return p;
}

/** Mantissa scratch of `normD`: the operand is mant * 2^nexp with mant in [1, 2). */
let nexp = 0;
function normD(x: number): number {
  x = Math.abs(x);
  let adj = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 64;
    adj = 64;
  }
  f64[0] = x;
  nexp = ((w64[1] >>> 20) & 0x7ff) - 1023 - adj;
  w64[1] = (w64[1] & 0xfffff) | 0x3ff00000;
  return f64[0];
}

// ---- numeric cores on host values (finite, non-NaN operands; specials handled by callers) ----

/** Rounded a + b for finite a, b to `fmt`; handles exact-zero signs. */
function addCore(a: number, b: number, fmt: number, mode: number, fz: boolean): number {
  let s = twoSum(a, b);
  let scale = 0;
  if (!Number.isFinite(s)) {
    s = twoSum(a * 0.5, b * 0.5);
    scale = 1;
  }
  if (s === 0 && err === 0) {
    if (a === 0 && b === 0 && Object.is(a, b)) return a; // same-signed zeros
    return mode === RM ? -0 : 0;
  }
  return roundExact(s, err, 0, scale, fmt, mode, fz);
}

function mulCore(a: number, b: number, fmt: number, mode: number, fz: boolean): number {
  const neg = (a < 0) !== (b < 0);
  const ma = normD(a);
  const ea = nexp;
  const mb = normD(b);
  const p = twoProd(ma, mb);
  return roundExact(neg ? -p : p, neg ? -err : err, 0, ea + nexp, fmt, mode, fz);
}

function divCore(a: number, b: number, fmt: number, mode: number, fz: boolean): number {
  const neg = (a < 0) !== (b < 0);
  const ma = normD(a);
  const ea = nexp;
  const mb = normD(b);
  const q = ma / mb;
  const ph = twoProd(q, mb);
  const r = ma - ph - err;
  const lo = r === 0 ? 0 : r > 0 ? q * TWO_M80 : -q * TWO_M80;
  return roundExact(neg ? -q : q, neg ? -lo : lo, 0, ea - nexp, fmt, mode, fz);
}

function sqrtCore(a: number, fmt: number, mode: number, fz: boolean): number {
  let m = normD(a);
  let e = nexp;
  if ((e & 1) !== 0) {
    m *= 2;
    e -= 1;
  }
  const s = Math.sqrt(m);
  const ph = twoProd(s, s);
  const r = m - ph - err;
  const lo = r === 0 ? 0 : r > 0 ? s * TWO_M80 : -s * TWO_M80;
  return roundExact(s, lo, 0, e / 2, fmt, mode, fz);
}

/** Extra power-of-two scale of mulAddCore's result (FRSQRTS halves it); normally 0. */
let maScale = 0;

/** Rounded c + a * b, all finite, a * b and c not both zero-signed-alike (callers handle zeros). */
function mulAddCore(c: number, a: number, b: number, fmt: number, mode: number, fz: boolean): number {
  if (a === 0 || b === 0) {
    // Product is an exact zero: the sum is c (c != 0 here, or a zero-sum case below).
    if (c === 0) return mode === RM ? -0 : 0;
    return roundExact(c, 0, 0, maScale, fmt, mode, fz);
  }
  const negP = (a < 0) !== (b < 0);
  let ma = normD(a);
  const ea = nexp;
  const mb = normD(b);
  const ep = ea + nexp; // product = ma * mb * 2^ep, ma * mb in [1, 4)
  if (negP) ma = -ma;
  let ec = -100000;
  let mc = 0;
  if (c !== 0) {
    mc = normD(c);
    ec = nexp;
    if (c < 0) mc = -mc;
  }
  // Work at scale S = max(ep, ec): the larger term is near 1. A term more than 200 binades
  // below only contributes its sign (a sticky bit); replace it by a tiny value.
  const S = ep > ec ? ep : ec;
  let pa = ma;
  let pb = mb;
  if (ep < S - 200) {
    pa = ma < 0 ? -(2 ** -150) : 2 ** -150;
    pb = 2 ** -150;
  } else if (ep < S) {
    pa = ma * pow2(ep - S);
  }
  let cs = 0;
  if (c !== 0) {
    if (ec < S - 200) cs = mc < 0 ? -(2 ** -300) : 2 ** -300;
    else cs = mc * pow2(ec - S);
  }
  const p = twoProd(pa, pb);
  const pe = err;
  const s = twoSum(p, cs);
  const e1 = err;
  const t = twoSum(e1, pe);
  const terr = err;
  const hi = twoSum(s, t);
  const lo = err;
  if (hi === 0 && lo === 0 && terr === 0) return mode === RM ? -0 : 0;
  if (hi === 0) {
    // Complete cancellation of s + t: the value is lo + terr.
    const h2 = twoSum(lo, terr);
    return roundExact(h2, err, 0, S + maScale, fmt, mode, fz);
  }
  // Fast path: lo is a non-zero multiple of ulp(t), finer than half an ulp of hi, so the
  // third term |terr| <= ulp(t)/2 can only break a tie.
  if (terr !== 0 && !(lo !== 0 && Math.abs(t) <= Math.abs(s) && Math.abs(t) * 2 < Math.abs(hi))) {
    // Rare: renormalise the three-term sum exactly with BigInt arithmetic.
    return mulAddBig(s, t, terr, S + maScale, fmt, mode, fz);
  }
  if (lo === 0) return roundExact(hi, terr, 0, S + maScale, fmt, mode, fz);
  return roundExact(hi, lo, terr, S + maScale, fmt, mode, fz);
}

/** Exact sum of three doubles via BigInt, then rounded (rare path of mulAddCore). */
function mulAddBig(a: number, b: number, c: number, S: number, fmt: number, mode: number, fz: boolean): number {
  // Every term, scaled by 2^1200, is an integer (the terms are within [2^-1100, 2^4]).
  let sum = bigOf(a) + bigOf(b) + bigOf(c);
  if (sum === 0n) return mode === RM ? -0 : 0;
  const neg = sum < 0n;
  if (neg) sum = -sum;
  // hi: the leading 53 bits, lo: the next 53 bits, lo2: whether anything remains.
  const len = sum.toString(2).length;
  const sh = len > 106 ? len - 106 : 0;
  const top = sum >> BigInt(sh);
  const rest = sum - (top << BigInt(sh));
  const hiI = top >> 53n;
  const loI = top - (hiI << 53n);
  const h = twoSum(Number(hiI) * 2 ** (sh + 53 - 1200), Number(loI) * 2 ** (sh - 1200));
  const l = err;
  const l2 = rest === 0n ? 0 : Math.abs(l !== 0 ? l : h) * 2 ** -200;
  return neg ? roundExact(-h, -l, -l2, S, fmt, mode, fz) : roundExact(h, l, l2, S, fmt, mode, fz);
}

function bigOf(x: number): bigint {
  if (x === 0) return 0n;
  const m = normD(x);
  const sh = nexp - 52 + 1200;
  const mi = BigInt(m * 2 ** 52) << BigInt(sh);
  return x < 0 ? -mi : mi;
}

// ---- single precision ------------------------------------------------------------------

function resS(v: number): number {
  return f32ToBits(v);
}

export function addS(a: number, b: number, fpcr: number): number {
  const x = unpackS(a, fpcr);
  const y = unpackS(b, fpcr);
  if (isNaNS(a) || isNaNS(b)) return processNaNs2S(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if (ix || iy) {
    if (ix && iy && x !== y) {
      fpst.flags |= FPSR_IOC;
      return DEFAULT_NAN_S;
    }
    return resS(ix ? x : y);
  }
  return resS(addCore(x, y, FMT_S, rmodeOf(fpcr), fzOf(fpcr)));
}

export function subS(a: number, b: number, fpcr: number): number {
  if (isNaNS(a) || isNaNS(b)) {
    unpackS(a, fpcr);
    unpackS(b, fpcr);
    return processNaNs2S(a, b, fpcr);
  }
  return addS(a, b ^ 0x80000000, fpcr);
}

export function mulS(a: number, b: number, fpcr: number): number {
  const x = unpackS(a, fpcr);
  const y = unpackS(b, fpcr);
  if (isNaNS(a) || isNaNS(b)) return processNaNs2S(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && y === 0) || (iy && x === 0)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_S;
  }
  const sign = (a ^ b) & 0x80000000;
  if (ix || iy) return sign | 0x7f800000;
  if (x === 0 || y === 0) return sign;
  return resS(mulCore(x, y, FMT_S, rmodeOf(fpcr), fzOf(fpcr)));
}

export function divS(a: number, b: number, fpcr: number): number {
  const x = unpackS(a, fpcr);
  const y = unpackS(b, fpcr);
  if (isNaNS(a) || isNaNS(b)) return processNaNs2S(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && iy) || (x === 0 && y === 0)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_S;
  }
  const sign = (a ^ b) & 0x80000000;
  if (ix || y === 0) {
    if (!ix) fpst.flags |= FPSR_DZC;
    return sign | 0x7f800000;
  }
  if (x === 0 || iy) return sign;
  return resS(divCore(x, y, FMT_S, rmodeOf(fpcr), fzOf(fpcr)));
}

export function sqrtS(a: number, fpcr: number): number {
  if (isNaNS(a)) return processNaNS(a, fpcr);
  const x = unpackS(a, fpcr);
  if (x === 0) return a & 0x80000000;
  if (x < 0) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_S;
  }
  if (x === Infinity) return a;
  return resS(sqrtCore(x, FMT_S, rmodeOf(fpcr), fzOf(fpcr)));
}

/** FPMulAdd: addend + op1 * op2 (fused). */
export function mulAddS(c: number, a: number, b: number, fpcr: number): number {
  const nanC = isNaNS(c);
  let nanRes = 0;
  let done = false;
  const z = unpackS(c, fpcr);
  const x = unpackS(a, fpcr);
  const y = unpackS(b, fpcr);
  if (nanC || isNaNS(a) || isNaNS(b)) {
    nanRes = processNaNs3S(c, a, b, fpcr);
    done = true;
  }
  const infx = x === Infinity || x === -Infinity;
  const infy = y === Infinity || y === -Infinity;
  const infzero = (infx && y === 0) || (x === 0 && infy);
  if (nanC && (c & 0x400000) !== 0 && infzero) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_S;
  }
  if (done) return nanRes;
  const signP = (a ^ b) & 0x80000000;
  const infP = infx || infy;
  const infC = z === Infinity || z === -Infinity;
  if (infzero || (infC && infP && (c & 0x80000000) !== signP)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_S;
  }
  if (infC) return c & 0xff800000;
  if (infP) return signP | 0x7f800000;
  const zeroP = x === 0 || y === 0;
  if (z === 0 && zeroP && (c & 0x80000000) === signP) return signP;
  const mode = rmodeOf(fpcr);
  // The product of two singles is exact in double; TwoSum makes the sum exact.
  const p = x * y;
  const s = twoSum(p, z);
  if (s === 0 && err === 0) return mode === RM ? 0x80000000 | 0 : 0;
  return resS(roundExact(s, err, 0, 0, FMT_S, mode, fzOf(fpcr)));
}

// ---- double precision --------------------------------------------------------------------

function resD(v: number): number {
  return f64ToBits(v);
}

export function addD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const x = unpackD(alo, ahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) return processNaNs2D(alo, ahi, blo, bhi, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if (ix || iy) {
    if (ix && iy && x !== y) {
      fpst.flags |= FPSR_IOC;
      return defaultNaND();
    }
    return resD(ix ? x : y);
  }
  return resD(addCore(x, y, FMT_D, rmodeOf(fpcr), fzOf(fpcr)));
}

export function subD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) {
    unpackD(alo, ahi, fpcr);
    unpackD(blo, bhi, fpcr);
    return processNaNs2D(alo, ahi, blo, bhi, fpcr);
  }
  return addD(alo, ahi, blo, bhi ^ 0x80000000, fpcr);
}

export function mulD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const x = unpackD(alo, ahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) return processNaNs2D(alo, ahi, blo, bhi, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && y === 0) || (iy && x === 0)) {
    fpst.flags |= FPSR_IOC;
    return defaultNaND();
  }
  const sign = (ahi ^ bhi) & 0x80000000;
  if (ix || iy) {
    fpst.hi = sign | 0x7ff00000;
    return 0;
  }
  if (x === 0 || y === 0) {
    fpst.hi = sign;
    return 0;
  }
  return resD(mulCore(x, y, FMT_D, rmodeOf(fpcr), fzOf(fpcr)));
}

export function divD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const x = unpackD(alo, ahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) return processNaNs2D(alo, ahi, blo, bhi, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && iy) || (x === 0 && y === 0)) {
    fpst.flags |= FPSR_IOC;
    return defaultNaND();
  }
  const sign = (ahi ^ bhi) & 0x80000000;
  if (ix || y === 0) {
    if (!ix) fpst.flags |= FPSR_DZC;
    fpst.hi = sign | 0x7ff00000;
    return 0;
  }
  if (x === 0 || iy) {
    fpst.hi = sign;
    return 0;
  }
  return resD(divCore(x, y, FMT_D, rmodeOf(fpcr), fzOf(fpcr)));
}

export function sqrtD(lo: number, hi: number, fpcr: number): number {
  if (isNaND(lo, hi)) return processNaND(lo, hi, fpcr);
  const x = unpackD(lo, hi, fpcr);
  if (x === 0) {
    fpst.hi = hi & 0x80000000;
    return 0;
  }
  if (x < 0) {
    fpst.flags |= FPSR_IOC;
    return defaultNaND();
  }
  if (x === Infinity) {
    fpst.hi = hi;
    return lo;
  }
  return resD(sqrtCore(x, FMT_D, rmodeOf(fpcr), fzOf(fpcr)));
}

export function mulAddD(clo: number, chi: number, alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const nanC = isNaND(clo, chi);
  let nanRes = 0;
  let nanHi = 0;
  let done = false;
  const z = unpackD(clo, chi, fpcr);
  const x = unpackD(alo, ahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (nanC || isNaND(alo, ahi) || isNaND(blo, bhi)) {
    nanRes = processNaNs3D(clo, chi, alo, ahi, blo, bhi, fpcr);
    nanHi = fpst.hi;
    done = true;
  }
  const infx = x === Infinity || x === -Infinity;
  const infy = y === Infinity || y === -Infinity;
  const infzero = (infx && y === 0) || (x === 0 && infy);
  if (nanC && (chi & 0x80000) !== 0 && infzero) {
    fpst.flags |= FPSR_IOC;
    return defaultNaND();
  }
  if (done) {
    fpst.hi = nanHi;
    return nanRes;
  }
  const signP = (ahi ^ bhi) & 0x80000000;
  const infP = infx || infy;
  const infC = z === Infinity || z === -Infinity;
  if (infzero || (infC && infP && (chi & 0x80000000) !== signP)) {
    fpst.flags |= FPSR_IOC;
    return defaultNaND();
  }
  if (infC) {
    fpst.hi = chi & 0xfff00000;
    return 0;
  }
  if (infP) {
    fpst.hi = signP | 0x7ff00000;
    return 0;
  }
  const zeroP = x === 0 || y === 0;
  if (z === 0 && zeroP && (chi & 0x80000000) === signP) {
    fpst.hi = signP;
    return 0;
  }
  return resD(mulAddCore(z, x, y, FMT_D, rmodeOf(fpcr), fzOf(fpcr)));
}

// ---- max / min ---------------------------------------------------------------------------

/** FPMax (isMax) / FPMin on single values, with FPMaxNum/FPMinNum when `num`. */
export function maxMinS(a: number, b: number, isMax: boolean, num: boolean, fpcr: number): number {
  let x = unpackS(a, fpcr); // FPUnpack of both operands first: IDC even when a NaN results
  let y = unpackS(b, fpcr);
  if (num) {
    const qa = isNaNS(a) && (a & 0x400000) !== 0;
    const qb = isNaNS(b) && (b & 0x400000) !== 0;
    if (qa && !qb) a = isMax ? 0xff800000 | 0 : 0x7f800000;
    else if (!qa && qb) b = isMax ? 0xff800000 | 0 : 0x7f800000;
  }
  if (isNaNS(a) || isNaNS(b)) return processNaNs2S(a, b, fpcr);
  if (num) {
    x = bitsToF32(a) === -Infinity || bitsToF32(a) === Infinity ? bitsToF32(a) : x;
    y = bitsToF32(b) === -Infinity || bitsToF32(b) === Infinity ? bitsToF32(b) : y;
  }
  if (x === 0 && y === 0) {
    const sa = a & 0x80000000;
    const sb = b & 0x80000000;
    return isMax ? sa & sb : sa | sb;
  }
  const r = isMax ? (x > y ? x : y) : x < y ? x : y;
  // FPRound of the chosen (exact) operand: only a flushed-denormal check applies.
  return resS(r);
}

export function maxMinD(alo: number, ahi: number, blo: number, bhi: number, isMax: boolean, num: boolean, fpcr: number): number {
  let x = unpackD(alo, ahi, fpcr);
  let y = unpackD(blo, bhi, fpcr);
  if (num) {
    const qa = isNaND(alo, ahi) && (ahi & 0x80000) !== 0;
    const qb = isNaND(blo, bhi) && (bhi & 0x80000) !== 0;
    if (qa && !qb) {
      alo = 0;
      ahi = isMax ? 0xfff00000 | 0 : 0x7ff00000;
    } else if (!qa && qb) {
      blo = 0;
      bhi = isMax ? 0xfff00000 | 0 : 0x7ff00000;
    }
  }
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) return processNaNs2D(alo, ahi, blo, bhi, fpcr);
  if (num) {
    x = bitsToF64(alo, ahi) === -Infinity || bitsToF64(alo, ahi) === Infinity ? bitsToF64(alo, ahi) : x;
    y = bitsToF64(blo, bhi) === -Infinity || bitsToF64(blo, bhi) === Infinity ? bitsToF64(blo, bhi) : y;
  }
  if (x === 0 && y === 0) {
    const sa = ahi & 0x80000000;
    const sb = bhi & 0x80000000;
    fpst.hi = isMax ? sa & sb : sa | sb;
    return 0;
  }
  return resD(isMax ? (x > y ? x : y) : x < y ? x : y);
}

// ---- compare -------------------------------------------------------------------------------

/** FPCompare: returns NZCV as a 4-bit value. `signalAll` for FCMPE. */
export function compareS(a: number, b: number, signalAll: boolean, fpcr: number): number {
  const x = unpackS(a, fpcr);
  const y = unpackS(b, fpcr);
  if (isNaNS(a) || isNaNS(b)) {
    if (signalAll || isSNaNS(a) || isSNaNS(b)) fpst.flags |= FPSR_IOC;
    return 0b0011;
  }
  return x === y ? 0b0110 : x < y ? 0b1000 : 0b0010;
}

export function compareD(alo: number, ahi: number, blo: number, bhi: number, signalAll: boolean, fpcr: number): number {
  const x = unpackD(alo, ahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) {
    if (signalAll || isSNaND(alo, ahi) || isSNaND(blo, bhi)) fpst.flags |= FPSR_IOC;
    return 0b0011;
  }
  return x === y ? 0b0110 : x < y ? 0b1000 : 0b0010;
}

// ---- round to integral ---------------------------------------------------------------------

/**
 * Rounds a finite host value to an integral value in `mode`; sets `inexactRI`. Works on the
 * magnitude: |x| - floor(|x|) is exact for every double (x - floor(x) is not for negative
 * x in (-0.5, 0), where x + 1 rounds). Zero results keep no sign (callers restore it).
 */
let inexactRI = false;
function roundIntHost(x: number, mode: number): number {
  const neg = x < 0;
  const a = neg ? -x : x;
  const f = Math.floor(a);
  const d = a - f; // exact
  inexactRI = d !== 0;
  if (d === 0) return x;
  let up: boolean; // round the magnitude up
  switch (mode) {
    case RN:
      up = d > 0.5 || (d === 0.5 && f % 2 !== 0);
      break;
    case RP:
      up = !neg;
      break;
    case RM:
      up = neg;
      break;
    case RZ:
      up = false;
      break;
    default:
      up = d >= 0.5; // ties away from zero
      break;
  }
  const r = up ? f + 1 : f;
  return neg ? -r : r;
}

/** FPRoundInt (single). `exact` raises IXC when the value changes (FRINTX). */
export function roundIntS(a: number, mode: number, exact: boolean, fpcr: number): number {
  if (isNaNS(a)) return processNaNS(a, fpcr);
  const x = unpackS(a, fpcr);
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? a & 0x80000000 : a;
  const r = roundIntHost(x, mode);
  if (exact && inexactRI) fpst.flags |= FPSR_IXC;
  return r === 0 ? a & 0x80000000 : resS(r);
}

export function roundIntD(lo: number, hi: number, mode: number, exact: boolean, fpcr: number): number {
  if (isNaND(lo, hi)) return processNaND(lo, hi, fpcr);
  const x = unpackD(lo, hi, fpcr);
  if (x === 0 || !Number.isFinite(x)) {
    if (x === 0) {
      fpst.hi = hi & 0x80000000;
      return 0;
    }
    fpst.hi = hi;
    return lo;
  }
  const r = roundIntHost(x, mode);
  if (exact && inexactRI) fpst.flags |= FPSR_IXC;
  if (r === 0) {
    fpst.hi = hi & 0x80000000;
    return 0;
  }
  return resD(r);
}

// ---- FP to integer / fixed point -------------------------------------------------------------

/**
 * FPToFixed on a host value (already unpacked; NaN handled by the callers): x * 2^fbits
 * rounded in `mode`, saturated to a `bits`-wide (32 or 64) signed/unsigned integer.
 * Returns the low 32 bits; the high 32 bits in fpst.hi.
 */
function toFixedHost(x: number, fbits: number, unsigned: boolean, bits: number, mode: number): number {
  const v = x * pow2(fbits); // exact: fbits <= 64 and x finite (overflow to Inf saturates anyway)
  let r = Number.isFinite(v) ? roundIntHost(v, mode) : v;
  const inexact = Number.isFinite(v) && inexactRI;
  let max: number;
  let min: number;
  if (unsigned) {
    min = 0;
    max = bits === 32 ? 4294967295 : 18446744073709551615; // 2^64 as a double; compared with >=
  } else {
    min = bits === 32 ? -2147483648 : -9223372036854775808;
    max = bits === 32 ? 2147483647 : 9223372036854775807; // 2^63 as a double
  }
  let sat = false;
  if (bits === 16) {
    // Half-precision vector elements: the result is the 16-bit value (no high half).
    fpst.hi = 0;
    const hmax = unsigned ? 65535 : 32767;
    const hmin = unsigned ? 0 : -32768;
    if (r > hmax || r < hmin) {
      fpst.flags |= FPSR_IOC;
      return r > hmax ? hmax : hmin;
    }
    if (inexact) fpst.flags |= FPSR_IXC;
    return r === 0 ? 0 : r;
  }
  if (bits === 64 ? r >= max : r > max) {
    sat = true;
    fpst.hi = bits === 32 ? 0 : unsigned ? -1 : 0x7fffffff;
    fpst.flags |= FPSR_IOC;
    return unsigned ? -1 : bits === 64 ? -1 : 0x7fffffff;
  }
  if (r < min) {
    sat = true;
    fpst.flags |= FPSR_IOC;
    fpst.hi = unsigned ? 0 : bits === 64 ? 0x80000000 | 0 : 0;
    return unsigned ? 0 : bits === 64 ? 0 : 0x80000000 | 0;
  }
  if (!sat && inexact) fpst.flags |= FPSR_IXC;
  if (r === 0) r = 0; // -0
  // Split the integer r (|r| < 2^64) into 32-bit halves (two's complement).
  const hiPart = Math.floor(r / 4294967296);
  fpst.hi = bits === 32 ? 0 : hiPart | 0;
  return (r - hiPart * 4294967296) | 0;
}

export function toFixedS(a: number, fbits: number, unsigned: boolean, bits: number, mode: number, fpcr: number): number {
  if (isNaNS(a)) {
    fpst.flags |= FPSR_IOC;
    fpst.hi = 0;
    return 0;
  }
  return toFixedHost(unpackS(a, fpcr), fbits, unsigned, bits, mode);
}

export function toFixedD(lo: number, hi: number, fbits: number, unsigned: boolean, bits: number, mode: number, fpcr: number): number {
  if (isNaND(lo, hi)) {
    fpst.flags |= FPSR_IOC;
    fpst.hi = 0;
    return 0;
  }
  return toFixedHost(unpackD(lo, hi, fpcr), fbits, unsigned, bits, mode);
}

/**
 * FixedToFP: the integer (lo, hi) (32-bit when bits = 32: hi ignored) divided by 2^fbits,
 * rounded to `fmt` with FPCR's mode. Returns the host value (exact in the format).
 */
export function fixedToFP(lo: number, hi: number, bits: number, unsigned: boolean, fbits: number, fmt: number, fpcr: number): number {
  const fz = fmt === FMT_H ? (fpcr & FPCR_FZ16) !== 0 : fzOf(fpcr);
  let h: number;
  let l = 0;
  if (bits === 32) h = unsigned ? lo >>> 0 : lo | 0;
  else {
    h = twoSum((unsigned ? hi >>> 0 : hi | 0) * 4294967296, lo >>> 0);
    l = err;
  }
  if (h === 0) return 0;
  return roundExact(h, l, 0, -fbits, fmt, rmodeOf(fpcr), fz);
}

// ---- precision conversions -------------------------------------------------------------------

/** FCVT single -> double: returns the low half, high half in fpst.hi. */
export function cvtSD(a: number, fpcr: number): number {
  if (isNaNS(a)) {
    if ((a & 0x400000) === 0) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return defaultNaND();
    // FPConvertNaN: sign, quiet bit set, fraction bits moved to the top.
    fpst.hi = (a & 0x80000000) | 0x7ff80000 | ((a & 0x3fffff) >>> 3);
    return (a & 7) << 29;
  }
  return resD(unpackS(a, fpcr));
}

/** FCVT double -> single. */
export function cvtDS(lo: number, hi: number, fpcr: number): number {
  if (isNaND(lo, hi)) {
    if ((hi & 0x80000) === 0) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return DEFAULT_NAN_S;
    return (hi & 0x80000000) | 0x7fc00000 | ((hi & 0x7ffff) << 3) | (lo >>> 29);
  }
  const x = unpackD(lo, hi, fpcr);
  if (x === 0 || !Number.isFinite(x)) return resS(x);
  return resS(roundExact(x, 0, 0, 0, FMT_S, rmodeOf(fpcr), fzOf(fpcr)));
}

/** Half-precision bits of a host value exactly representable as a half (or +-Inf, +-0). */
function hostToHalfBits(v: number): number {
  const sign = v < 0 || Object.is(v, -0) ? 0x8000 : 0;
  v = Math.abs(v);
  if (v === Infinity) return sign | 0x7c00;
  if (v === 0) return sign;
  const e = expOf(v);
  if (e < -14) return sign | (v * 2 ** 24); // subnormal: fraction = v / 2^-24
  return sign | ((e + 15) << 10) | ((v * pow2(10 - e)) & 0x3ff);
}

function halfToHost(b: number): number {
  const exp = (b >>> 10) & 0x1f;
  const frac = b & 0x3ff;
  const v = exp === 0 ? frac * 2 ** -24 : (1024 + frac) * pow2(exp - 25);
  return (b & 0x8000) !== 0 ? -v : v;
}

/** FCVT half -> single (FPUnpackCV: half denormals are never flushed). AHP is not modelled. */
export function cvtHS(b: number, fpcr: number): number {
  const t = typeH(b);
  if (t >= T_QNAN) {
    if (t === T_SNAN) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return DEFAULT_NAN_S;
    return ((b & 0x8000) << 16) | 0x7fc00000 | ((b & 0x1ff) << 13);
  }
  if (t === T_INF) return ((b & 0x8000) << 16) | 0x7f800000;
  return resS(halfToHost(b));
}

export function cvtHD(b: number, fpcr: number): number {
  const t = typeH(b);
  if (t >= T_QNAN) {
    if (t === T_SNAN) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return defaultNaND();
    fpst.hi = ((b & 0x8000) << 16) | 0x7ff80000 | ((b & 0x1ff) << 10);
    return 0;
  }
  if (t === T_INF) {
    fpst.hi = ((b & 0x8000) << 16) | 0x7ff00000;
    return 0;
  }
  return resD(halfToHost(b));
}

/** FCVT single -> half (FPRoundCV: no flush of half results). */
export function cvtSH(a: number, fpcr: number): number {
  if (isNaNS(a)) {
    if ((a & 0x400000) === 0) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return DEFAULT_NAN_H;
    return ((a >>> 16) & 0x8000) | 0x7e00 | ((a >>> 13) & 0x1ff);
  }
  const x = unpackS(a, fpcr);
  if (x === 0 || !Number.isFinite(x)) return hostToHalfBits(x);
  return hostToHalfBits(roundExact(x, 0, 0, 0, FMT_H, rmodeOf(fpcr), false));
}

export function cvtDH(lo: number, hi: number, fpcr: number): number {
  if (isNaND(lo, hi)) {
    if ((hi & 0x80000) === 0) fpst.flags |= FPSR_IOC;
    if ((fpcr & FPCR_DN) !== 0) return DEFAULT_NAN_H;
    return ((hi >>> 16) & 0x8000) | 0x7e00 | ((hi >>> 10) & 0x1ff);
  }
  const x = unpackD(lo, hi, fpcr);
  if (x === 0 || !Number.isFinite(x)) return hostToHalfBits(x);
  return hostToHalfBits(roundExact(x, 0, 0, 0, FMT_H, rmodeOf(fpcr), false));
}

/** Bits of a host value exact in single precision (for results of fixedToFP etc.). */
export function hostToS(v: number): number {
  return f32ToBits(v);
}

/** VFPExpandImm: the 8-bit FMOV immediate as single bits. */
export function expandImmS(imm8: number): number {
  const sign = (imm8 >>> 7) & 1;
  const b6 = (imm8 >>> 6) & 1;
  const exp = ((b6 ^ 1) << 7) | (b6 ? 0x7c : 0) | ((imm8 >>> 4) & 3);
  return (sign << 31) | (exp << 23) | ((imm8 & 15) << 19);
}

/** VFPExpandImm for double: returns the high half (the low half is zero). */
export function expandImmDHi(imm8: number): number {
  const sign = (imm8 >>> 7) & 1;
  const b6 = (imm8 >>> 6) & 1;
  const exp = ((b6 ^ 1) << 10) | (b6 ? 0x3fc : 0) | ((imm8 >>> 4) & 3);
  return (sign << 31) | (exp << 20) | ((imm8 & 15) << 16);
}

// ---- half precision (FEAT_FP16) ------------------------------------------------------------
// Half values are exact in binary64, so the host-value cores above do the arithmetic and
// roundExact rounds to FMT_H. FPCR.FZ16 (not FZ) flushes half denormals, and flushing a
// half input raises no IDC (FPUnpackBase for N = 16).

function fz16Of(fpcr: number): boolean {
  return (fpcr & FPCR_FZ16) !== 0;
}

export function isNaNH(b: number): boolean {
  return (b & 0x7fff) > 0x7c00;
}

function isSNaNH(b: number): boolean {
  return isNaNH(b) && (b & 0x200) === 0;
}

/** FPUnpack (half): the host value; denormals read as zero when FPCR.FZ16 (no IDC). */
export function unpackH(b: number, fpcr: number): number {
  if ((b & 0x7c00) === 0 && (b & 0x3ff) !== 0 && (fpcr & FPCR_FZ16) !== 0) return (b & 0x8000) !== 0 ? -0 : 0;
  if ((b & 0x7fff) === 0x7c00) return (b & 0x8000) !== 0 ? -Infinity : Infinity;
  return halfToHost(b);
}

export function processNaNH(b: number, fpcr: number): number {
  if ((b & 0x200) === 0) fpst.flags |= FPSR_IOC;
  return (fpcr & FPCR_DN) !== 0 ? DEFAULT_NAN_H : (b | 0x200) & 0xffff;
}

function processNaNs2H(a: number, b: number, fpcr: number): number {
  if (isSNaNH(a)) return processNaNH(a, fpcr);
  if (isSNaNH(b)) return processNaNH(b, fpcr);
  if (isNaNH(a)) return processNaNH(a, fpcr);
  return processNaNH(b, fpcr);
}

function processNaNs3H(a: number, b: number, c: number, fpcr: number): number {
  if (isSNaNH(a)) return processNaNH(a, fpcr);
  if (isSNaNH(b)) return processNaNH(b, fpcr);
  if (isSNaNH(c)) return processNaNH(c, fpcr);
  if (isNaNH(a)) return processNaNH(a, fpcr);
  if (isNaNH(b)) return processNaNH(b, fpcr);
  return processNaNH(c, fpcr);
}

/** Half bits of a host value exact in half precision (or +-Inf, +-0). */
export function resH(v: number): number {
  return hostToHalfBits(v);
}

export function addH(a: number, b: number, fpcr: number): number {
  const x = unpackH(a, fpcr);
  const y = unpackH(b, fpcr);
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if (ix || iy) {
    if (ix && iy && x !== y) {
      fpst.flags |= FPSR_IOC;
      return DEFAULT_NAN_H;
    }
    return resH(ix ? x : y);
  }
  return resH(addCore(x, y, FMT_H, rmodeOf(fpcr), fz16Of(fpcr)));
}

export function subH(a: number, b: number, fpcr: number): number {
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(a, b, fpcr);
  return addH(a, b ^ 0x8000, fpcr);
}

export function mulH(a: number, b: number, fpcr: number): number {
  const x = unpackH(a, fpcr);
  const y = unpackH(b, fpcr);
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && y === 0) || (iy && x === 0)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_H;
  }
  const sign = (a ^ b) & 0x8000;
  if (ix || iy) return sign | 0x7c00;
  if (x === 0 || y === 0) return sign;
  return resH(mulCore(x, y, FMT_H, rmodeOf(fpcr), fz16Of(fpcr)));
}

export function divH(a: number, b: number, fpcr: number): number {
  const x = unpackH(a, fpcr);
  const y = unpackH(b, fpcr);
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(a, b, fpcr);
  const ix = !Number.isFinite(x);
  const iy = !Number.isFinite(y);
  if ((ix && iy) || (x === 0 && y === 0)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_H;
  }
  const sign = (a ^ b) & 0x8000;
  if (ix || y === 0) {
    if (!ix) fpst.flags |= FPSR_DZC;
    return sign | 0x7c00;
  }
  if (x === 0 || iy) return sign;
  return resH(divCore(x, y, FMT_H, rmodeOf(fpcr), fz16Of(fpcr)));
}

export function sqrtH(a: number, fpcr: number): number {
  if (isNaNH(a)) return processNaNH(a, fpcr);
  const x = unpackH(a, fpcr);
  if (x === 0) return a & 0x8000;
  if (x < 0) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_H;
  }
  if (x === Infinity) return a & 0xffff;
  return resH(sqrtCore(x, FMT_H, rmodeOf(fpcr), fz16Of(fpcr)));
}

export function mulAddH(c: number, a: number, b: number, fpcr: number): number {
  const nanC = isNaNH(c);
  const z = unpackH(c, fpcr);
  const x = unpackH(a, fpcr);
  const y = unpackH(b, fpcr);
  const infx = x === Infinity || x === -Infinity;
  const infy = y === Infinity || y === -Infinity;
  const infzero = (infx && y === 0) || (x === 0 && infy);
  if (nanC || isNaNH(a) || isNaNH(b)) {
    const r = processNaNs3H(c, a, b, fpcr);
    if (nanC && (c & 0x200) !== 0 && infzero) {
      fpst.flags |= FPSR_IOC;
      return DEFAULT_NAN_H;
    }
    return r;
  }
  const signP = (a ^ b) & 0x8000;
  const infP = infx || infy;
  const infC = z === Infinity || z === -Infinity;
  if (infzero || (infC && infP && (c & 0x8000) !== signP)) {
    fpst.flags |= FPSR_IOC;
    return DEFAULT_NAN_H;
  }
  if (infC) return c & 0xfc00;
  if (infP) return signP | 0x7c00;
  const zeroP = x === 0 || y === 0;
  if (z === 0 && zeroP && (c & 0x8000) === signP) return signP;
  const mode = rmodeOf(fpcr);
  const p = x * y; // exact: 22 significant bits
  const s = twoSum(p, z);
  if (s === 0 && err === 0) return mode === RM ? 0x8000 : 0;
  return resH(roundExact(s, err, 0, maScale, FMT_H, mode, fz16Of(fpcr)));
}

export function maxMinH(a: number, b: number, isMax: boolean, num: boolean, fpcr: number): number {
  let x = unpackH(a, fpcr);
  let y = unpackH(b, fpcr);
  if (num) {
    const qa = isNaNH(a) && (a & 0x200) !== 0;
    const qb = isNaNH(b) && (b & 0x200) !== 0;
    if (qa && !qb) {
      a = isMax ? 0xfc00 : 0x7c00;
      x = isMax ? -Infinity : Infinity;
    } else if (!qa && qb) {
      b = isMax ? 0xfc00 : 0x7c00;
      y = isMax ? -Infinity : Infinity;
    }
  }
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(a, b, fpcr);
  if (x === 0 && y === 0) {
    const sa = a & 0x8000;
    const sb = b & 0x8000;
    return isMax ? sa & sb : sa | sb;
  }
  return resH(isMax ? (x > y ? x : y) : x < y ? x : y);
}

export function compareH(a: number, b: number, signalAll: boolean, fpcr: number): number {
  const x = unpackH(a, fpcr);
  const y = unpackH(b, fpcr);
  if (isNaNH(a) || isNaNH(b)) {
    if (signalAll || isSNaNH(a) || isSNaNH(b)) fpst.flags |= FPSR_IOC;
    return 0b0011;
  }
  return x === y ? 0b0110 : x < y ? 0b1000 : 0b0010;
}

export function roundIntH(a: number, mode: number, exact: boolean, fpcr: number): number {
  if (isNaNH(a)) return processNaNH(a, fpcr);
  const x = unpackH(a, fpcr);
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? a & 0x8000 : a & 0xffff;
  const r = roundIntHost(x, mode);
  if (exact && inexactRI) fpst.flags |= FPSR_IXC;
  return r === 0 ? a & 0x8000 : resH(r);
}

export function toFixedH(a: number, fbits: number, unsigned: boolean, bits: number, mode: number, fpcr: number): number {
  if (isNaNH(a)) {
    fpst.flags |= FPSR_IOC;
    fpst.hi = 0;
    return 0;
  }
  return toFixedHost(unpackH(a, fpcr), fbits, unsigned, bits, mode);
}

// ---- AdvSIMD element operations ---------------------------------------------------------------
// Per-element functions of the AdvSIMD FP instructions that have no scalar-FP twin. `fmt`
// selects the format of `a`, `b` (raw bits; doubles as (lo, hi) pairs in the D variants).

const TWO_S = 0x40000000;
const TWO_D_HI = 0x40000000;
const TWO_H = 0x4000;

function infZero(x: number, y: number): boolean {
  return ((x === Infinity || x === -Infinity) && y === 0) || (x === 0 && (y === Infinity || y === -Infinity));
}

/** FPMulX: FMUL except that infinity * zero is 2.0 (sign: the XOR of the operands' signs). */
export function mulXS(a: number, b: number, fpcr: number): number {
  if (!isNaNS(a) && !isNaNS(b) && infZero(unpackS(a, fpcr), unpackS(b, fpcr))) return ((a ^ b) & 0x80000000) | TWO_S;
  return mulS(a, b, fpcr);
}

export function mulXD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  if (!isNaND(alo, ahi) && !isNaND(blo, bhi) && infZero(unpackD(alo, ahi, fpcr), unpackD(blo, bhi, fpcr))) {
    fpst.hi = ((ahi ^ bhi) & 0x80000000) | TWO_D_HI;
    return 0;
  }
  return mulD(alo, ahi, blo, bhi, fpcr);
}

export function mulXH(a: number, b: number, fpcr: number): number {
  if (!isNaNH(a) && !isNaNH(b) && infZero(unpackH(a, fpcr), unpackH(b, fpcr))) return ((a ^ b) & 0x8000) | TWO_H;
  return mulH(a, b, fpcr);
}

/** FPRecipStepFused: 2 - a * b (fused); infinity * zero gives +2.0. */
export function recipStepS(a: number, b: number, fpcr: number): number {
  const na = a ^ 0x80000000;
  if (!isNaNS(a) && !isNaNS(b) && infZero(unpackS(na, fpcr), unpackS(b, fpcr))) return TWO_S;
  return mulAddS(TWO_S, na, b, fpcr);
}

export function recipStepD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const nahi = ahi ^ 0x80000000;
  if (!isNaND(alo, ahi) && !isNaND(blo, bhi) && infZero(unpackD(alo, nahi, fpcr), unpackD(blo, bhi, fpcr))) {
    fpst.hi = TWO_D_HI;
    return 0;
  }
  return mulAddD(0, TWO_D_HI, alo, nahi, blo, bhi, fpcr);
}

export function recipStepH(a: number, b: number, fpcr: number): number {
  const na = a ^ 0x8000;
  if (!isNaNH(a) && !isNaNH(b) && infZero(unpackH(na, fpcr), unpackH(b, fpcr))) return TWO_H;
  return mulAddH(TWO_H, na, b, fpcr);
}

/** FPRSqrtStepFused: (3 - a * b) / 2 (fused, one rounding); infinity * zero gives +1.5. */
export function rsqrtStepS(a: number, b: number, fpcr: number): number {
  const na = a ^ 0x80000000;
  if (isNaNS(a) || isNaNS(b)) {
    unpackS(a, fpcr);
    unpackS(b, fpcr);
    return processNaNs2S(na, b, fpcr);
  }
  const x = unpackS(na, fpcr);
  const y = unpackS(b, fpcr);
  if (infZero(x, y)) return 0x3fc00000;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return ((na ^ b) & 0x80000000) | 0x7f800000;
  const mode = rmodeOf(fpcr);
  const s = twoSum(x * y, 3);
  if (s === 0 && err === 0) return mode === RM ? 0x80000000 | 0 : 0;
  return resS(roundExact(s, err, 0, -1, FMT_S, mode, fzOf(fpcr)));
}

export function rsqrtStepD(alo: number, ahi: number, blo: number, bhi: number, fpcr: number): number {
  const nahi = ahi ^ 0x80000000;
  if (isNaND(alo, ahi) || isNaND(blo, bhi)) {
    unpackD(alo, ahi, fpcr);
    unpackD(blo, bhi, fpcr);
    return processNaNs2D(alo, nahi, blo, bhi, fpcr);
  }
  const x = unpackD(alo, nahi, fpcr);
  const y = unpackD(blo, bhi, fpcr);
  if (infZero(x, y)) {
    fpst.hi = 0x3ff80000;
    return 0;
  }
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    fpst.hi = ((nahi ^ bhi) & 0x80000000) | 0x7ff00000;
    return 0;
  }
  maScale = -1;
  const r = mulAddCore(3, x, y, FMT_D, rmodeOf(fpcr), fzOf(fpcr));
  maScale = 0;
  return resD(r);
}

export function rsqrtStepH(a: number, b: number, fpcr: number): number {
  const na = a ^ 0x8000;
  if (isNaNH(a) || isNaNH(b)) return processNaNs2H(na, b, fpcr);
  const x = unpackH(na, fpcr);
  const y = unpackH(b, fpcr);
  if (infZero(x, y)) return 0x3e00;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return ((na ^ b) & 0x8000) | 0x7c00;
  const mode = rmodeOf(fpcr);
  const s = twoSum(x * y, 3);
  if (s === 0 && err === 0) return mode === RM ? 0x8000 : 0;
  return resH(roundExact(s, err, 0, -1, FMT_H, mode, fz16Of(fpcr)));
}

/** RecipEstimate of the Arm ARM: a in 256..511 -> 256..511. */
function recipEstimate(a: number): number {
  a = a * 2 + 1;
  const b = Math.floor(524288 / a);
  return (b + 1) >>> 1;
}

/** RecipSqrtEstimate: a in 128..511 -> 256..511. */
function rsqrtEstimate(a: number): number {
  if (a < 256) a = a * 2 + 1;
  else {
    a = (a >> 1) << 1;
    a = (a + 1) * 2;
  }
  let b = 512;
  while (a * (b + 1) * (b + 1) < 268435456) b++;
  return (b + 1) >>> 1;
}

/** Result of the estimate helpers for doubles: high word in fpst.hi. */
let estSign = 0;

/**
 * Packs sign, biased exponent and a 52-bit fraction (as an exact number) into format fmt:
 * H and S return the bits, D returns the low word (high word in fpst.hi).
 */
function pack(fmt: number, sign: number, exp: number, frac52: number): number {
  if (fmt === FMT_D) {
    const fh = Math.floor(frac52 / 4294967296);
    fpst.hi = (sign << 31) | ((exp & 0x7ff) << 20) | fh;
    return (frac52 - fh * 4294967296) | 0;
  }
  if (fmt === FMT_S) return (sign << 31) | ((exp & 0xff) << 23) | Math.floor(frac52 / 2 ** 29);
  return (sign << 15) | ((exp & 0x1f) << 10) | Math.floor(frac52 / 2 ** 42);
}

/** Splits raw bits into sign (estSign), returns the biased exponent; fraction in estFrac. */
let estFrac = 0;
function splitBits(fmt: number, lo: number, hi: number): number {
  if (fmt === FMT_D) {
    estSign = hi >>> 31;
    estFrac = (hi & 0xfffff) * 4294967296 + (lo >>> 0);
    return (hi >>> 20) & 0x7ff;
  }
  if (fmt === FMT_S) {
    estSign = lo >>> 31;
    estFrac = (lo & 0x7fffff) * 2 ** 29;
    return (lo >>> 23) & 0xff;
  }
  estSign = (lo >>> 15) & 1;
  estFrac = (lo & 0x3ff) * 2 ** 42;
  return (lo >>> 10) & 0x1f;
}

const TWO52 = 2 ** 52;
const TWO51 = 2 ** 51;

function fmtNaN(fmt: number, lo: number, hi: number, fpcr: number): number {
  if (fmt === FMT_D) return processNaND(lo, hi, fpcr);
  return fmt === FMT_S ? processNaNS(lo, fpcr) : processNaNH(lo, fpcr);
}

function fmtIsNaN(fmt: number, lo: number, hi: number): boolean {
  return fmt === FMT_D ? isNaND(lo, hi) : fmt === FMT_S ? isNaNS(lo) : isNaNH(lo);
}

/** Host value of raw bits in fmt after FPUnpack (FZ / FZ16 flushing). */
function fmtUnpack(fmt: number, lo: number, hi: number, fpcr: number): number {
  return fmt === FMT_D ? unpackD(lo, hi, fpcr) : fmt === FMT_S ? unpackS(lo, fpcr) : unpackH(lo, fpcr);
}

function fmtInf(fmt: number, sign: number): number {
  return pack(fmt, sign, fmt === FMT_D ? 0x7ff : fmt === FMT_S ? 0xff : 0x1f, 0);
}

function fmtDefaultNaN(fmt: number): number {
  return pack(fmt, 0, fmt === FMT_D ? 0x7ff : fmt === FMT_S ? 0xff : 0x1f, TWO51);
}

/** FPRecipEstimate (FRECPE) in format fmt. */
export function recipEstimateF(fmt: number, lo: number, hi: number, fpcr: number): number {
  if (fmtIsNaN(fmt, lo, hi)) return fmtNaN(fmt, lo, hi, fpcr);
  const x = fmtUnpack(fmt, lo, hi, fpcr);
  let exp = splitBits(fmt, lo, hi);
  const sign = estSign;
  const ax = Math.abs(x);
  if (ax === Infinity) return pack(fmt, sign, 0, 0);
  if (x === 0) {
    fpst.flags |= FPSR_DZC;
    return fmtInf(fmt, sign);
  }
  const small = fmt === FMT_H ? 2 ** -16 : fmt === FMT_S ? 2 ** -128 : 2 ** -1024;
  if (ax < small) {
    const mode = rmodeOf(fpcr);
    const toInf = mode === RN || (mode === RP && sign === 0) || (mode === RM && sign === 1);
    fpst.flags |= FPSR_OFC | FPSR_IXC;
    if (toInf) return fmtInf(fmt, sign);
    return pack(fmt, sign, fmt === FMT_D ? 0x7fe : fmt === FMT_S ? 0xfe : 0x1e, TWO52 - 1);
  }
  const fzOn = fmt === FMT_H ? fz16Of(fpcr) : fzOf(fpcr);
  const big = fmt === FMT_H ? 2 ** 14 : fmt === FMT_S ? 2 ** 126 : 2 ** 1022;
  if (fzOn && ax >= big) {
    fpst.flags |= FPSR_UFC;
    return pack(fmt, sign, 0, 0);
  }
  let frac = estFrac;
  if (exp === 0) {
    if (frac < TWO51) {
      exp = -1;
      frac = (frac * 4) % TWO52;
    } else frac = (frac * 2) % TWO52;
  }
  const scaled = 256 + Math.floor(frac / 2 ** 44);
  let rexp = (fmt === FMT_H ? 29 : fmt === FMT_S ? 253 : 2045) - exp;
  const est = recipEstimate(scaled);
  let f = (est & 0xff) * 2 ** 44;
  if (rexp === 0) f = TWO51 + Math.floor(f / 2);
  else if (rexp === -1) {
    f = 2 ** 50 + Math.floor(f / 4);
    rexp = 0;
  }
  return pack(fmt, sign, rexp, f);
}

/** FPRSqrtEstimate (FRSQRTE) in format fmt. */
export function rsqrtEstimateF(fmt: number, lo: number, hi: number, fpcr: number): number {
  if (fmtIsNaN(fmt, lo, hi)) return fmtNaN(fmt, lo, hi, fpcr);
  const x = fmtUnpack(fmt, lo, hi, fpcr);
  let exp = splitBits(fmt, lo, hi);
  const sign = estSign;
  if (x === 0) {
    fpst.flags |= FPSR_DZC;
    return fmtInf(fmt, sign);
  }
  if (sign === 1) {
    fpst.flags |= FPSR_IOC;
    return fmtDefaultNaN(fmt);
  }
  if (x === Infinity) return pack(fmt, 0, 0, 0);
  let frac = estFrac;
  if (exp === 0) {
    while (frac < TWO51) {
      frac *= 2;
      exp -= 1;
    }
    frac = (frac * 2) % TWO52;
  }
  const scaled = (exp & 1) === 0 ? 256 + Math.floor(frac / 2 ** 44) : 128 + Math.floor(frac / 2 ** 45);
  const rexp = Math.floor(((fmt === FMT_H ? 44 : fmt === FMT_S ? 380 : 3068) - exp) / 2);
  const est = rsqrtEstimate(scaled);
  return pack(fmt, 0, rexp, (est & 0xff) * 2 ** 44);
}

/** FCVTXN element: double -> single, rounding to odd. */
export function cvtDSOdd(lo: number, hi: number, fpcr: number): number {
  if (isNaND(lo, hi)) return cvtDS(lo, hi, fpcr);
  const x = unpackD(lo, hi, fpcr);
  if (x === 0 || !Number.isFinite(x)) return resS(x);
  return resS(roundExact(x, 0, 0, 0, FMT_S, RO, fzOf(fpcr)));
}
