// A64 integer data processing: the "Data Processing -- Immediate" and "Data Processing --
// Register" encoding groups of the Arm ARM (C4.1.86, C4.1.95 in DDI 0487), base integer
// instructions only.
//
// Register operands: `insn & 31` (Rd), `insn >>> 5 & 31` (Rn), `insn >>> 16 & 31` (Rm),
// `insn >>> 10 & 31` (Ra). Index 31 is XZR in cpu.x unless the operand is SP-capable
// (<Xd|SP>, <Xn|SP>), where it maps to index 32 (the current SP) through `spx`.
// 32-bit forms (sf = 0) write the result zero-extended: the high half becomes 0.

import * as bits from '../bits.ts';
import * as alu from '../alu.ts';
import type { Cpu } from '../cpu.ts';
import type { Fields, JsTranslation, Row } from '../decoder.ts';
import { addWithCarry64, condition, hi, lo, noPc, shift, spHi, spLo, write, writeSp } from '../translate-helpers.ts';
import { Op, VOID } from '../../wasm/encoder.ts';
import { FLAG_C, type InsnEmitter, type WasmTranslation } from '../wasm-tier/insn-emitter.ts';
import { addWithCarry, i64Big, i64Num, mulHigh, not, setLogicalFlags, setNzcvConst, shiftConst, toLocal, valType } from '../wasm-tier/dataproc-helpers.ts';

// tsx transforms each module on its own and reads imported bindings through getter
// functions: bind the helpers used by handlers to module-local constants, once.
const add32 = bits.add32;
const add64 = bits.add64;
const out = bits.out;
const sext32 = bits.sext32;
const BITMASK_HI = alu.BITMASK_HI;
const BITMASK_LO = alu.BITMASK_LO;
const BITMASK_OK = alu.BITMASK_OK;
const CRC32C_TABLE = alu.CRC32C_TABLE;
const CRC32_TABLE = alu.CRC32_TABLE;
const asr64 = alu.asr64;
const cls32 = alu.cls32;
const cls64 = alu.cls64;
const clz64 = alu.clz64;
const conditionHolds = alu.conditionHolds;
const crcUpdate = alu.crcUpdate;
const lsl64 = alu.lsl64;
const lsr64 = alu.lsr64;
const mul64 = alu.mul64;
const rbit32 = alu.rbit32;
const rev16 = alu.rev16;
const rev32 = alu.rev32;
const ror64 = alu.ror64;
const sdiv64 = alu.sdiv64;
const shift32 = alu.shift32;
const shift64 = alu.shift64;
const smul32 = alu.smul32;
const smulh64 = alu.smulh64;
const udiv64 = alu.udiv64;
const umul32 = alu.umul32;
const umulh64 = alu.umulh64;

const TWO32 = 4294967296;

/** Index in cpu.x of the low half of an SP-capable register operand (31 = SP). */
function spx(r: number): number {
  return r === 31 ? 64 : r << 1;
}

function nz32(cpu: Cpu, r: number): void {
  cpu.nf = r >>> 31;
  cpu.zf = r === 0 ? 1 : 0;
}

function nz64(cpu: Cpu, lo: number, hi: number): void {
  cpu.nf = hi >>> 31;
  cpu.zf = (lo | hi) === 0 ? 1 : 0;
}

/** AddWithCarry(a, b, cin) on 32 bits: sets NZCV, returns the result. */
function adds32(cpu: Cpu, a: number, b: number, cin: number): number {
  const r = add32(a, b, cin);
  cpu.nf = r >>> 31;
  cpu.zf = r === 0 ? 1 : 0;
  cpu.cf = out.c;
  cpu.vf = out.v;
  return r;
}

/** AddWithCarry on 64 bits: sets NZCV, writes the result to x[d], x[d + 1]. */
function adds64(cpu: Cpu, d: number, alo: number, ahi: number, blo: number, bhi: number, cin: number): void {
  const lo = add64(alo, ahi, blo, bhi, cin);
  const hi = out.hi;
  cpu.nf = hi >>> 31;
  cpu.zf = (lo | hi) === 0 ? 1 : 0;
  cpu.cf = out.c;
  cpu.vf = out.v;
  cpu.x[d] = lo;
  cpu.x[d + 1] = hi;
}

// ---- PC-relative addressing ------------------------------------------------------------

/** Sign-extended immhi:immlo (21 bits). */
function adrImm(insn: number): number {
  return sext32((((insn >>> 5) & 0x7ffff) << 2) | ((insn >>> 29) & 3), 21);
}

function adr(cpu: Cpu, insn: number): void {
  const s = (cpu.insnLo >>> 0) + adrImm(insn);
  const d = (insn & 31) << 1;
  cpu.x[d] = s | 0;
  cpu.x[d + 1] = (cpu.insnHi + (s < 0 ? -1 : s >= TWO32 ? 1 : 0)) | 0;
}

function adrp(cpu: Cpu, insn: number): void {
  const imm = adrImm(insn); // page offset: imm << 12, a 33-bit signed value
  const s = (cpu.insnLo & ~0xfff) >>> 0;
  const l = s + ((imm << 12) >>> 0);
  const d = (insn & 31) << 1;
  cpu.x[d] = l | 0;
  cpu.x[d + 1] = (cpu.insnHi + (imm >> 20) + (l >= TWO32 ? 1 : 0)) | 0;
}

// ---- add/subtract (immediate) ----------------------------------------------------------

function addsubImm(insn: number): number {
  return ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
}

function addImm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = (x[spx((insn >>> 5) & 31)] + addsubImm(insn)) | 0;
  x[d + 1] = 0;
}

function addImm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  const d = spx(insn & 31);
  const l = (x[n] >>> 0) + addsubImm(insn);
  x[d + 1] = (x[n + 1] + (l >= TWO32 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

/** imm12, shifted left by 12 when sh (h) is 1 (addsubImm at compile time). */
const immJs = (f: Fields): number => f.i << (f.h * 12);

function addImm64Js(f: Fields): JsTranslation {
  return noPc(`const l = (${spLo(f.n)} >>> 0) + ${immJs(f)}; ${writeSp(f.d, 'l | 0', `(${spHi(f.n)} + (l > 0xffffffff ? 1 : 0)) | 0`)}`);
}

function subImm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = (x[spx((insn >>> 5) & 31)] - addsubImm(insn)) | 0;
  x[d + 1] = 0;
}

function subImm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  const d = spx(insn & 31);
  const l = (x[n] >>> 0) - addsubImm(insn);
  x[d + 1] = (x[n + 1] - (l < 0 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

function subImm64Js(f: Fields): JsTranslation {
  return noPc(`const l = (${spLo(f.n)} >>> 0) - ${immJs(f)}; ${writeSp(f.d, 'l | 0', `(${spHi(f.n)} - (l < 0 ? 1 : 0)) | 0`)}`);
}

function addsImm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[spx((insn >>> 5) & 31)], addsubImm(insn), 0);
  x[d + 1] = 0;
}

function addsImm32Js(f: Fields): JsTranslation {
  const imm = immJs(f);
  return noPc(
    `const a = ${spLo(f.n)}; const s = (a >>> 0) + ${imm}; const r = s | 0;` +
      `cpu.nf = r >>> 31; cpu.zf = r === 0 ? 1 : 0; cpu.cf = s > 0xffffffff ? 1 : 0; cpu.vf = (~(a ^ ${imm}) & (a ^ r)) < 0 ? 1 : 0;` +
      write(f.d, 'r', '0'),
  );
}

function addsImm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  adds64(cpu, (insn & 31) << 1, x[n], x[n + 1], addsubImm(insn), 0, 0);
}

/** SUBS (CMP) immediate, 32-bit: AddWithCarry(a, NOT(imm), 1) written out. */
function subsImm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const a = x[spx((insn >>> 5) & 31)];
  const b = addsubImm(insn);
  const r = (a - b) | 0;
  cpu.nf = r >>> 31;
  cpu.zf = r === 0 ? 1 : 0;
  cpu.cf = a >>> 0 >= b ? 1 : 0;
  cpu.vf = (a & ~r) >>> 31; // b >= 0: overflow only from a negative a to a positive r
  const d = (insn & 31) << 1;
  x[d] = r;
  x[d + 1] = 0;
}

function subsImm32Js(f: Fields): JsTranslation {
  const imm = immJs(f);
  return noPc(
    `const a = ${spLo(f.n)}; const r = (a - ${imm}) | 0;` +
      `cpu.nf = r >>> 31; cpu.zf = r === 0 ? 1 : 0; cpu.cf = a >>> 0 >= ${imm} ? 1 : 0; cpu.vf = (a & ~r) >>> 31;` +
      write(f.d, 'r', '0'),
  );
}

function subsImm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  const ahi = x[n + 1];
  const l = (x[n] >>> 0) - addsubImm(insn);
  const lo = l | 0;
  const hi = (ahi - (l < 0 ? 1 : 0)) | 0;
  cpu.nf = hi >>> 31;
  cpu.zf = (lo | hi) === 0 ? 1 : 0;
  cpu.cf = l >= 0 || ahi !== 0 ? 1 : 0;
  cpu.vf = (ahi & ~hi) >>> 31;
  const d = (insn & 31) << 1;
  x[d] = lo;
  x[d + 1] = hi;
}

function subsImm64Js(f: Fields): JsTranslation {
  return noPc(
    `const ah = ${spHi(f.n)}; const l = (${spLo(f.n)} >>> 0) - ${immJs(f)}; const rl = l | 0, rh = (ah - (l < 0 ? 1 : 0)) | 0;` +
      `cpu.nf = rh >>> 31; cpu.zf = (rl | rh) === 0 ? 1 : 0; cpu.cf = l >= 0 || ah !== 0 ? 1 : 0; cpu.vf = (ah & ~rh) >>> 31;` +
      write(f.d, 'rl', 'rh'),
  );
}

// ---- logical (immediate) ---------------------------------------------------------------

function bitmaskIndex(cpu: Cpu, insn: number): number {
  const i = (insn >>> 10) & 0x1fff;
  if (BITMASK_OK[i] === 0) cpu.undefinedInstruction(insn);
  return i;
}

function andImm32(cpu: Cpu, insn: number): void {
  const imm = BITMASK_LO[bitmaskIndex(cpu, insn)];
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = x[((insn >>> 5) & 31) << 1] & imm;
  x[d + 1] = 0;
}

function orrImm32(cpu: Cpu, insn: number): void {
  const imm = BITMASK_LO[bitmaskIndex(cpu, insn)];
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = x[((insn >>> 5) & 31) << 1] | imm;
  x[d + 1] = 0;
}

function eorImm32(cpu: Cpu, insn: number): void {
  const imm = BITMASK_LO[bitmaskIndex(cpu, insn)];
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = x[((insn >>> 5) & 31) << 1] ^ imm;
  x[d + 1] = 0;
}

function andsImm32(cpu: Cpu, insn: number): void {
  const imm = BITMASK_LO[bitmaskIndex(cpu, insn)];
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const r = x[((insn >>> 5) & 31) << 1] & imm;
  nz32(cpu, r);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = r;
  x[d + 1] = 0;
}

function andImm64(cpu: Cpu, insn: number): void {
  const i = bitmaskIndex(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = spx(insn & 31);
  const lo = x[n] & BITMASK_LO[i];
  x[d + 1] = x[n + 1] & BITMASK_HI[i];
  x[d] = lo;
}

function andImm64Js(f: Fields): JsTranslation | null {
  const i = (f.N << 12) | (f.r << 6) | f.s;
  if (BITMASK_OK[i] === 0) return null; // reserved immediate
  return noPc(writeSp(f.d, `${lo(f.n)} & ${BITMASK_LO[i]}`, `${hi(f.n)} & ${BITMASK_HI[i]}`));
}

function orrImm64(cpu: Cpu, insn: number): void {
  const i = bitmaskIndex(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = spx(insn & 31);
  const lo = x[n] | BITMASK_LO[i];
  x[d + 1] = x[n + 1] | BITMASK_HI[i];
  x[d] = lo;
}

function eorImm64(cpu: Cpu, insn: number): void {
  const i = bitmaskIndex(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = spx(insn & 31);
  const lo = x[n] ^ BITMASK_LO[i];
  x[d + 1] = x[n + 1] ^ BITMASK_HI[i];
  x[d] = lo;
}

function andsImm64(cpu: Cpu, insn: number): void {
  const i = bitmaskIndex(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = x[n] & BITMASK_LO[i];
  const hi = x[n + 1] & BITMASK_HI[i];
  nz64(cpu, lo, hi);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = lo;
  x[d + 1] = hi;
}

// ---- move wide (immediate) -------------------------------------------------------------

function movn32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = ~(((insn >>> 5) & 0xffff) << ((insn >>> 17) & 16));
  cpu.x[d + 1] = 0;
}

function movz32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = ((insn >>> 5) & 0xffff) << ((insn >>> 17) & 16);
  cpu.x[d + 1] = 0;
}

function movk32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  const pos = (insn >>> 17) & 16;
  cpu.x[d] = (cpu.x[d] & ~(0xffff << pos)) | (((insn >>> 5) & 0xffff) << pos);
  cpu.x[d + 1] = 0;
}

function movz64(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  const v = ((insn >>> 5) & 0xffff) << ((insn >>> 17) & 16);
  if ((insn & (1 << 22)) === 0) {
    cpu.x[d] = v;
    cpu.x[d + 1] = 0;
  } else {
    cpu.x[d] = 0;
    cpu.x[d + 1] = v;
  }
}

/** imm16 << (hw * 16): hw<0> shifts within a half, hw<1> picks the high half. */
function movz64Js(f: Fields): JsTranslation {
  const v = f.i << ((f.h & 1) * 16);
  return noPc((f.h & 2) === 0 ? write(f.d, `${v}`, '0') : write(f.d, '0', `${v}`));
}

function movn64(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  const v = ((insn >>> 5) & 0xffff) << ((insn >>> 17) & 16);
  if ((insn & (1 << 22)) === 0) {
    cpu.x[d] = ~v;
    cpu.x[d + 1] = -1;
  } else {
    cpu.x[d] = -1;
    cpu.x[d + 1] = ~v;
  }
}

function movk64(cpu: Cpu, insn: number): void {
  const i = ((insn & 31) << 1) + ((insn >>> 22) & 1);
  const pos = (insn >>> 17) & 16;
  cpu.x[i] = (cpu.x[i] & ~(0xffff << pos)) | (((insn >>> 5) & 0xffff) << pos);
}

// ---- bitfield --------------------------------------------------------------------------
// With R = immr, S = imms and W the register size: S >= R extracts src<S:R> to bit 0
// (UBFX/SBFX/LSR/ASR/BFXIL); S < R inserts src<S:0> at bit W - R (UBFIZ/SBFIZ/LSL/BFI).
// Both are a left shift that puts bit S on top followed by one right shift.

function ubfmVal32(src: number, r: number, s: number): number {
  return s >= r ? (src << (31 - s)) >>> (31 - s + r) : (src << (31 - s)) >>> (r - s - 1);
}

function ubfm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = ubfmVal32(x[((insn >>> 5) & 31) << 1], (insn >>> 16) & 31, (insn >>> 10) & 31);
  x[d + 1] = 0;
}

function sbfm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const r = (insn >>> 16) & 31;
  const s = (insn >>> 10) & 31;
  const t = x[((insn >>> 5) & 31) << 1] << (31 - s);
  x[d] = s >= r ? t >> (31 - s + r) : t >> (r - s - 1);
  x[d + 1] = 0;
}

function bfm32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const r = (insn >>> 16) & 31;
  const s = (insn >>> 10) & 31;
  const f = ubfmVal32(x[((insn >>> 5) & 31) << 1], r, s);
  const m = ubfmVal32(-1, r, s);
  x[d] = (x[d] & ~m) | f;
  x[d + 1] = 0;
}

/** UBFM on 64 bits: returns the low half, out.hi the high half. */
function ubfmVal64(lo: number, hi: number, r: number, s: number): number {
  const l = lsl64(lo, hi, 63 - s);
  return lsr64(l, out.hi, s >= r ? 63 - s + r : r - s - 1);
}

function ubfm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const r = (insn >>> 16) & 63;
  const s = (insn >>> 10) & 63;
  let lo: number;
  if (s === 63) lo = lsr64(x[n], x[n + 1], r); // LSR
  else if (s + 1 === r) lo = lsl64(x[n], x[n + 1], 63 - s); // LSL
  else lo = ubfmVal64(x[n], x[n + 1], r, s);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function ubfm64Js(f: Fields): JsTranslation {
  const r = f.r;
  const s = f.s;
  let code: string;
  if (s === 63) code = shift(1, lo(f.n), hi(f.n), r, 'rl', 'rh');
  else if (s + 1 === r) code = shift(0, lo(f.n), hi(f.n), 63 - s, 'rl', 'rh');
  else code = shift(0, lo(f.n), hi(f.n), 63 - s, 'tl', 'th') + shift(1, 'tl', 'th', s >= r ? 63 - s + r : r - s - 1, 'rl', 'rh');
  return noPc(code + write(f.d, 'rl', 'rh'));
}

function sbfm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const r = (insn >>> 16) & 63;
  const s = (insn >>> 10) & 63;
  let lo: number;
  if (r === 0 && s === 31) {
    // SXTW
    lo = x[n];
    out.hi = lo >> 31;
  } else {
    const l = lsl64(x[n], x[n + 1], 63 - s);
    lo = asr64(l, out.hi, s >= r ? 63 - s + r : r - s - 1);
  }
  x[d] = lo;
  x[d + 1] = out.hi;
}

function sbfm64Js(f: Fields): JsTranslation {
  const r = f.r;
  const s = f.s;
  const code =
    r === 0 && s === 31
      ? `const rl = ${lo(f.n)}, rh = rl >> 31;`
      : shift(0, lo(f.n), hi(f.n), 63 - s, 'tl', 'th') + shift(2, 'tl', 'th', s >= r ? 63 - s + r : r - s - 1, 'rl', 'rh');
  return noPc(code + write(f.d, 'rl', 'rh'));
}

function bfm64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const r = (insn >>> 16) & 63;
  const s = (insn >>> 10) & 63;
  const flo = ubfmVal64(x[n], x[n + 1], r, s);
  const fhi = out.hi;
  const mlo = ubfmVal64(-1, -1, r, s);
  const mhi = out.hi;
  x[d] = (x[d] & ~mlo) | flo;
  x[d + 1] = (x[d + 1] & ~mhi) | fhi;
}

// ---- extract ---------------------------------------------------------------------------

function extr32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lsb = (insn >>> 10) & 31;
  const m = x[((insn >>> 16) & 31) << 1];
  const d = (insn & 31) << 1;
  x[d] = lsb === 0 ? m : (m >>> lsb) | (x[((insn >>> 5) & 31) << 1] << (32 - lsb));
  x[d + 1] = 0;
}

function extr64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lsb = (insn >>> 10) & 63;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const mlo = x[m];
  const mhi = x[m + 1];
  const nlo = x[n];
  const nhi = x[n + 1];
  let lo: number;
  let hi: number;
  if (lsb === 0) {
    lo = mlo;
    hi = mhi;
  } else if (lsb < 32) {
    lo = (mlo >>> lsb) | (mhi << (32 - lsb));
    hi = (mhi >>> lsb) | (nlo << (32 - lsb));
  } else if (lsb === 32) {
    lo = mhi;
    hi = nlo;
  } else {
    const k = lsb - 32;
    lo = (mhi >>> k) | (nlo << (32 - k));
    hi = (nlo >>> k) | (nhi << (32 - k));
  }
  x[d] = lo;
  x[d + 1] = hi;
}

// ---- logical (shifted register) --------------------------------------------------------

/** Operand 2 of a 32-bit shifted-register instruction. */
function shifted32(x: Int32Array, insn: number): number {
  const v = x[((insn >>> 16) & 31) << 1];
  const amount = (insn >>> 10) & 31;
  return amount === 0 ? v : shift32(v, (insn >>> 22) & 3, amount);
}

/** Operand 2 of a 64-bit shifted-register instruction: low half, out.hi high half. */
function shifted64(x: Int32Array, insn: number): number {
  const m = ((insn >>> 16) & 31) << 1;
  const amount = (insn >>> 10) & 63;
  if (amount === 0) {
    out.hi = x[m + 1];
    return x[m];
  }
  return shift64(x[m], x[m + 1], (insn >>> 22) & 3, amount);
}

function and32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] & shifted32(x, insn);
  x[d + 1] = 0;
}

function bic32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] & ~shifted32(x, insn);
  x[d + 1] = 0;
}

function orr32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] | shifted32(x, insn);
  x[d + 1] = 0;
}

function orn32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] | ~shifted32(x, insn);
  x[d + 1] = 0;
}

function eor32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] ^ shifted32(x, insn);
  x[d + 1] = 0;
}

function eon32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] ^ ~shifted32(x, insn);
  x[d + 1] = 0;
}

function ands32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const r = x[((insn >>> 5) & 31) << 1] & shifted32(x, insn);
  nz32(cpu, r);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = r;
  x[d + 1] = 0;
}

function bics32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const r = x[((insn >>> 5) & 31) << 1] & ~shifted32(x, insn);
  nz32(cpu, r);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = r;
  x[d + 1] = 0;
}

function and64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] & hi;
  x[d] = x[n] & lo;
}

function bic64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] & ~hi;
  x[d] = x[n] & ~lo;
}

function orr64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] | hi;
  x[d] = x[n] | lo;
}

function orr64Js(f: Fields): JsTranslation | null {
  if (f.s === 3 && f.x !== 0) return null; // ROR
  return noPc(`${shift(f.s, lo(f.m), hi(f.m), f.x, 'bl', 'bh')} ${write(f.d, `${lo(f.n)} | bl`, `${hi(f.n)} | bh`)}`);
}

function orn64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] | ~hi;
  x[d] = x[n] | ~lo;
}

function eor64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] ^ hi;
  x[d] = x[n] ^ lo;
}

function eon64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = shifted64(x, insn);
  const hi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d + 1] = x[n + 1] ^ ~hi;
  x[d] = x[n] ^ ~lo;
}

function ands64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = x[n] & blo;
  const hi = x[n + 1] & bhi;
  nz64(cpu, lo, hi);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = lo;
  x[d + 1] = hi;
}

function bics64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = x[n] & ~blo;
  const hi = x[n + 1] & ~bhi;
  nz64(cpu, lo, hi);
  cpu.cf = 0;
  cpu.vf = 0;
  x[d] = lo;
  x[d + 1] = hi;
}

// ---- add/subtract (shifted register) ---------------------------------------------------
// shift = 0b11 is reserved (UNDEFINED).

function addShift32(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = (x[((insn >>> 5) & 31) << 1] + shifted32(x, insn)) | 0;
  x[d + 1] = 0;
}

function subShift32(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = (x[((insn >>> 5) & 31) << 1] - shifted32(x, insn)) | 0;
  x[d + 1] = 0;
}

function addsShift32(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[((insn >>> 5) & 31) << 1], shifted32(x, insn), 0);
  x[d + 1] = 0;
}

function subsShift32(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[((insn >>> 5) & 31) << 1], ~shifted32(x, insn), 1);
  x[d + 1] = 0;
}

function addShift64(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const l = (x[n] >>> 0) + (blo >>> 0);
  x[d + 1] = (x[n + 1] + bhi + (l >= TWO32 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

/** Shifted Rm for the translations below; null for shift type 3 (reserved: the handler's). */
function shiftedRmJs(f: Fields): string | null {
  return f.s === 3 ? null : shift(f.s, lo(f.m), hi(f.m), f.x, 'bl', 'bh');
}

function addShift64Js(f: Fields): JsTranslation | null {
  const op2 = shiftedRmJs(f);
  return op2 === null ? null : noPc(`${op2} const l = (${lo(f.n)} >>> 0) + (bl >>> 0); ${write(f.d, 'l | 0', `(${hi(f.n)} + bh + (l > 0xffffffff ? 1 : 0)) | 0`)}`);
}

function subShift64(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const l = (x[n] >>> 0) - (blo >>> 0);
  x[d + 1] = (x[n + 1] - bhi - (l < 0 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

function subShift64Js(f: Fields): JsTranslation | null {
  const op2 = shiftedRmJs(f);
  return op2 === null ? null : noPc(`${op2} const l = (${lo(f.n)} >>> 0) - (bl >>> 0); ${write(f.d, 'l | 0', `(${hi(f.n)} - bh - (l < 0 ? 1 : 0)) | 0`)}`);
}

function addsShift64(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  adds64(cpu, (insn & 31) << 1, x[n], x[n + 1], blo, bhi, 0);
}

function addsShift64Js(f: Fields): JsTranslation | null {
  const op2 = shiftedRmJs(f);
  return op2 === null ? null : noPc(`${op2} ${addWithCarry64(lo(f.n), hi(f.n), 'bl', 'bh', '0', f.d)}`);
}

function subsShift64(cpu: Cpu, insn: number): void {
  if ((insn & 0x00c00000) === 0x00c00000) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const blo = shifted64(x, insn);
  const bhi = out.hi;
  const n = ((insn >>> 5) & 31) << 1;
  adds64(cpu, (insn & 31) << 1, x[n], x[n + 1], ~blo, ~bhi, 1);
}

function subsShift64Js(f: Fields): JsTranslation | null {
  const op2 = shiftedRmJs(f);
  return op2 === null ? null : noPc(`${op2} ${addWithCarry64(lo(f.n), hi(f.n), '~bl', '~bh', '1', f.d)}`);
}

// ---- add/subtract (extended register) --------------------------------------------------
// ExtendReg(Rm, option, imm3); imm3 > 4 is reserved (UNDEFINED). Rn (and Rd unless flags
// are set) may be SP.

/** ExtendReg: low half returned, out.hi the high half. */
function extended(cpu: Cpu, insn: number): number {
  const shift = (insn >>> 10) & 7;
  if (shift > 4) cpu.undefinedInstruction(insn);
  const x = cpu.x;
  const m = ((insn >>> 16) & 31) << 1;
  let lo = x[m];
  let hi: number;
  switch ((insn >>> 13) & 7) {
    case 0: lo &= 0xff; hi = 0; break; // UXTB
    case 1: lo &= 0xffff; hi = 0; break; // UXTH
    case 2: hi = 0; break; // UXTW
    case 3: hi = x[m + 1]; break; // UXTX
    case 4: lo = (lo << 24) >> 24; hi = lo >> 31; break; // SXTB
    case 5: lo = (lo << 16) >> 16; hi = lo >> 31; break; // SXTH
    case 6: hi = lo >> 31; break; // SXTW
    default: hi = x[m + 1]; break; // SXTX
  }
  return lsl64(lo, hi, shift);
}

function addExt32(cpu: Cpu, insn: number): void {
  const b = extended(cpu, insn);
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = (x[spx((insn >>> 5) & 31)] + b) | 0;
  x[d + 1] = 0;
}

function subExt32(cpu: Cpu, insn: number): void {
  const b = extended(cpu, insn);
  const x = cpu.x;
  const d = spx(insn & 31);
  x[d] = (x[spx((insn >>> 5) & 31)] - b) | 0;
  x[d + 1] = 0;
}

function addsExt32(cpu: Cpu, insn: number): void {
  const b = extended(cpu, insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[spx((insn >>> 5) & 31)], b, 0);
  x[d + 1] = 0;
}

function subsExt32(cpu: Cpu, insn: number): void {
  const b = extended(cpu, insn);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[spx((insn >>> 5) & 31)], ~b, 1);
  x[d + 1] = 0;
}

function addExt64(cpu: Cpu, insn: number): void {
  const blo = extended(cpu, insn);
  const bhi = out.hi;
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  const d = spx(insn & 31);
  const l = (x[n] >>> 0) + (blo >>> 0);
  x[d + 1] = (x[n + 1] + bhi + (l >= TWO32 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

/** Extended, shifted Rm (option o, amount i) as (bl, bh); null for amounts above 4 (reserved). */
function extendedRmJs(f: Fields): string | null {
  if (f.i > 4) return null;
  const r = lo(f.m);
  let ext: string;
  switch (f.o) {
    case 0: ext = `const el = ${r} & 0xff, eh = 0;`; break;
    case 1: ext = `const el = ${r} & 0xffff, eh = 0;`; break;
    case 2: ext = `const el = ${r}, eh = 0;`; break;
    case 4: ext = `const el = (${r} << 24) >> 24, eh = el >> 31;`; break;
    case 5: ext = `const el = (${r} << 16) >> 16, eh = el >> 31;`; break;
    case 6: ext = `const el = ${r}, eh = el >> 31;`; break;
    default: ext = `const el = ${r}, eh = ${hi(f.m)};`; break;
  }
  return ext + shift(0, 'el', 'eh', f.i, 'bl', 'bh');
}

function addExt64Js(f: Fields): JsTranslation | null {
  const op2 = extendedRmJs(f);
  return op2 === null ? null : noPc(`${op2} const l = (${spLo(f.n)} >>> 0) + (bl >>> 0); ${writeSp(f.d, 'l | 0', `(${spHi(f.n)} + bh + (l > 0xffffffff ? 1 : 0)) | 0`)}`);
}

function subExt64(cpu: Cpu, insn: number): void {
  const blo = extended(cpu, insn);
  const bhi = out.hi;
  const x = cpu.x;
  const n = spx((insn >>> 5) & 31);
  const d = spx(insn & 31);
  const l = (x[n] >>> 0) - (blo >>> 0);
  x[d + 1] = (x[n + 1] - bhi - (l < 0 ? 1 : 0)) | 0;
  x[d] = l | 0;
}

function subExt64Js(f: Fields): JsTranslation | null {
  const op2 = extendedRmJs(f);
  return op2 === null ? null : noPc(`${op2} const l = (${spLo(f.n)} >>> 0) - (bl >>> 0); ${writeSp(f.d, 'l | 0', `(${spHi(f.n)} - bh - (l < 0 ? 1 : 0)) | 0`)}`);
}

function addsExt64(cpu: Cpu, insn: number): void {
  const blo = extended(cpu, insn);
  const bhi = out.hi;
  const n = spx((insn >>> 5) & 31);
  adds64(cpu, (insn & 31) << 1, cpu.x[n], cpu.x[n + 1], blo, bhi, 0);
}

function subsExt64(cpu: Cpu, insn: number): void {
  const blo = extended(cpu, insn);
  const bhi = out.hi;
  const n = spx((insn >>> 5) & 31);
  adds64(cpu, (insn & 31) << 1, cpu.x[n], cpu.x[n + 1], ~blo, ~bhi, 1);
}

// ---- add/subtract with carry -----------------------------------------------------------

function adc32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = (x[((insn >>> 5) & 31) << 1] + x[((insn >>> 16) & 31) << 1] + cpu.cf) | 0;
  x[d + 1] = 0;
}

function sbc32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = (x[((insn >>> 5) & 31) << 1] + ~x[((insn >>> 16) & 31) << 1] + cpu.cf) | 0;
  x[d + 1] = 0;
}

function adcs32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[((insn >>> 5) & 31) << 1], x[((insn >>> 16) & 31) << 1], cpu.cf);
  x[d + 1] = 0;
}

function sbcs32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = adds32(cpu, x[((insn >>> 5) & 31) << 1], ~x[((insn >>> 16) & 31) << 1], cpu.cf);
  x[d + 1] = 0;
}

function adc64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = add64(x[n], x[n + 1], x[m], x[m + 1], cpu.cf);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function adc64Js(f: Fields): JsTranslation {
  return noPc(
    `const a1 = ${hi(f.n)}, b1 = ${hi(f.m)}; const l = (${lo(f.n)} >>> 0) + (${lo(f.m)} >>> 0) + cpu.cf; const h = (a1 >>> 0) + (b1 >>> 0) + (l > 0xffffffff ? 1 : 0);` +
      write(f.d, 'l | 0', 'h | 0'),
  );
}

function sbc64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = add64(x[n], x[n + 1], ~x[m], ~x[m + 1], cpu.cf);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function adcs64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  adds64(cpu, (insn & 31) << 1, x[n], x[n + 1], x[m], x[m + 1], cpu.cf);
}

function sbcs64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  adds64(cpu, (insn & 31) << 1, x[n], x[n + 1], ~x[m], ~x[m + 1], cpu.cf);
}

// ---- conditional compare ---------------------------------------------------------------
// If the condition holds, NZCV = flags of Rn + op2 (CCMN) or Rn - op2 (CCMP); otherwise
// NZCV = the #nzcv immediate. op2 is Rm or the 5-bit unsigned immediate in the Rm field.

function setNzcv(cpu: Cpu, insn: number): void {
  cpu.nf = (insn >>> 3) & 1;
  cpu.zf = (insn >>> 2) & 1;
  cpu.cf = (insn >>> 1) & 1;
  cpu.vf = insn & 1;
}

function ccmnReg32(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  adds32(cpu, cpu.x[((insn >>> 5) & 31) << 1], cpu.x[((insn >>> 16) & 31) << 1], 0);
}

function ccmpReg32(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  adds32(cpu, cpu.x[((insn >>> 5) & 31) << 1], ~cpu.x[((insn >>> 16) & 31) << 1], 1);
}

function ccmnImm32(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  adds32(cpu, cpu.x[((insn >>> 5) & 31) << 1], (insn >>> 16) & 31, 0);
}

function ccmpImm32(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  adds32(cpu, cpu.x[((insn >>> 5) & 31) << 1], ~((insn >>> 16) & 31), 1);
}

// The 64-bit forms write their discarded result to XZR (index 62/63, cleared by the loop).
function ccmnReg64(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  adds64(cpu, 62, x[n], x[n + 1], x[m], x[m + 1], 0);
}

function ccmpReg64(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  adds64(cpu, 62, x[n], x[n + 1], ~x[m], ~x[m + 1], 1);
}

function ccmnImm64(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  const n = ((insn >>> 5) & 31) << 1;
  adds64(cpu, 62, cpu.x[n], cpu.x[n + 1], (insn >>> 16) & 31, 0, 0);
}

function ccmpImm64(cpu: Cpu, insn: number): void {
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) return setNzcv(cpu, insn);
  const n = ((insn >>> 5) & 31) << 1;
  adds64(cpu, 62, cpu.x[n], cpu.x[n + 1], ~((insn >>> 16) & 31), -1, 1);
}

// ---- conditional select ----------------------------------------------------------------

function csel32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = conditionHolds(cpu, (insn >>> 12) & 15) ? x[((insn >>> 5) & 31) << 1] : x[((insn >>> 16) & 31) << 1];
  x[d + 1] = 0;
}

function csinc32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = conditionHolds(cpu, (insn >>> 12) & 15) ? x[((insn >>> 5) & 31) << 1] : (x[((insn >>> 16) & 31) << 1] + 1) | 0;
  x[d + 1] = 0;
}

function csinv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = conditionHolds(cpu, (insn >>> 12) & 15) ? x[((insn >>> 5) & 31) << 1] : ~x[((insn >>> 16) & 31) << 1];
  x[d + 1] = 0;
}

function csneg32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = conditionHolds(cpu, (insn >>> 12) & 15) ? x[((insn >>> 5) & 31) << 1] : -x[((insn >>> 16) & 31) << 1] | 0;
  x[d + 1] = 0;
}

function csel64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const s = conditionHolds(cpu, (insn >>> 12) & 15) ? ((insn >>> 5) & 31) << 1 : ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d] = x[s];
  x[d + 1] = x[s + 1];
}

function csel64Js(f: Fields): JsTranslation {
  return noPc(`const c = ${condition(f.c)}; ${write(f.d, `c ? ${lo(f.n)} : ${lo(f.m)}`, `c ? ${hi(f.n)} : ${hi(f.m)}`)}`);
}

function csinc64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  if (conditionHolds(cpu, (insn >>> 12) & 15)) {
    const n = ((insn >>> 5) & 31) << 1;
    x[d] = x[n];
    x[d + 1] = x[n + 1];
  } else {
    const m = ((insn >>> 16) & 31) << 1;
    const lo = (x[m] + 1) | 0;
    x[d + 1] = (x[m + 1] + (lo === 0 ? 1 : 0)) | 0;
    x[d] = lo;
  }
}

function csinc64Js(f: Fields): JsTranslation {
  return noPc(
    `let rl, rh; if (${condition(f.c)}) { rl = ${lo(f.n)}; rh = ${hi(f.n)}; } else { rl = (${lo(f.m)} + 1) | 0; rh = (${hi(f.m)} + (rl === 0 ? 1 : 0)) | 0; }` +
      write(f.d, 'rl', 'rh'),
  );
}

function csinv64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  if (conditionHolds(cpu, (insn >>> 12) & 15)) {
    const n = ((insn >>> 5) & 31) << 1;
    x[d] = x[n];
    x[d + 1] = x[n + 1];
  } else {
    const m = ((insn >>> 16) & 31) << 1;
    x[d] = ~x[m];
    x[d + 1] = ~x[m + 1];
  }
}

function csneg64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  if (conditionHolds(cpu, (insn >>> 12) & 15)) {
    const n = ((insn >>> 5) & 31) << 1;
    x[d] = x[n];
    x[d + 1] = x[n + 1];
  } else {
    const m = ((insn >>> 16) & 31) << 1;
    const lo = -x[m] | 0;
    x[d + 1] = (~x[m + 1] + (lo === 0 ? 1 : 0)) | 0;
    x[d] = lo;
  }
}

// ---- data processing (1 source) --------------------------------------------------------

function rbit32op(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = rbit32(cpu.x[((insn >>> 5) & 31) << 1]);
  cpu.x[d + 1] = 0;
}

function rev16op32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = rev16(cpu.x[((insn >>> 5) & 31) << 1]);
  cpu.x[d + 1] = 0;
}

function revop32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = rev32(cpu.x[((insn >>> 5) & 31) << 1]);
  cpu.x[d + 1] = 0;
}

function clzop32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = Math.clz32(cpu.x[((insn >>> 5) & 31) << 1]);
  cpu.x[d + 1] = 0;
}

function clsop32(cpu: Cpu, insn: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = cls32(cpu.x[((insn >>> 5) & 31) << 1]);
  cpu.x[d + 1] = 0;
}

function rbit64op(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = x[n];
  x[d] = rbit32(x[n + 1]);
  x[d + 1] = rbit32(lo);
}

function rev16op64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d] = rev16(x[n]);
  x[d + 1] = rev16(x[n + 1]);
}

function rev32op64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d] = rev32(x[n]);
  x[d + 1] = rev32(x[n + 1]);
}

function revop64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = x[n];
  x[d] = rev32(x[n + 1]);
  x[d + 1] = rev32(lo);
}

function clzop64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d] = clz64(x[n], x[n + 1]);
  x[d + 1] = 0;
}

function clsop64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  x[d] = cls64(x[n], x[n + 1]);
  x[d + 1] = 0;
}

// ---- data processing (2 source) --------------------------------------------------------

function udiv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = x[((insn >>> 16) & 31) << 1] >>> 0;
  const d = (insn & 31) << 1;
  x[d] = b === 0 ? 0 : ((x[((insn >>> 5) & 31) << 1] >>> 0) / b) | 0; // |0 truncates
  x[d + 1] = 0;
}

function sdiv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = x[((insn >>> 16) & 31) << 1];
  const d = (insn & 31) << 1;
  // INT32_MIN / -1 = 2^31, which |0 wraps to INT32_MIN as the Arm ARM requires.
  x[d] = b === 0 ? 0 : (x[((insn >>> 5) & 31) << 1] / b) | 0;
  x[d + 1] = 0;
}

function udivop64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = udiv64(x[n], x[n + 1], x[m], x[m + 1]);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function sdivop64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = sdiv64(x[n], x[n + 1], x[m], x[m + 1]);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function lslv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] << x[((insn >>> 16) & 31) << 1];
  x[d + 1] = 0;
}

function lsrv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] >>> x[((insn >>> 16) & 31) << 1];
  x[d + 1] = 0;
}

function asrv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = x[((insn >>> 5) & 31) << 1] >> x[((insn >>> 16) & 31) << 1];
  x[d + 1] = 0;
}

function rorv32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const v = x[((insn >>> 5) & 31) << 1];
  const s = x[((insn >>> 16) & 31) << 1];
  x[d] = (v >>> s) | (v << (32 - (s & 31)));
  x[d + 1] = 0;
}

function lslv64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = lsl64(x[n], x[n + 1], x[((insn >>> 16) & 31) << 1] & 63);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function lsrv64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = lsr64(x[n], x[n + 1], x[((insn >>> 16) & 31) << 1] & 63);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function asrv64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = asr64(x[n], x[n + 1], x[((insn >>> 16) & 31) << 1] & 63);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function rorv64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = ror64(x[n], x[n + 1], x[((insn >>> 16) & 31) << 1] & 63);
  x[d] = lo;
  x[d + 1] = out.hi;
}

// CRC32{B,H,W,X} and CRC32C{B,H,W,X}: Wd = CRC of Rm's low 1/2/4/8 bytes into Wn
// (bit-reflected, no pre/post inversion: that is software's job).

function crc(cpu: Cpu, insn: number, table: Int32Array, bytes: number): void {
  const x = cpu.x;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  let acc = crcUpdate(table, x[((insn >>> 5) & 31) << 1], x[m], bytes < 4 ? bytes : 4);
  if (bytes === 8) acc = crcUpdate(table, acc, x[m + 1], 4);
  x[d] = acc;
  x[d + 1] = 0;
}

const crc32b = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32_TABLE, 1);
const crc32h = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32_TABLE, 2);
const crc32w = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32_TABLE, 4);
const crc32x = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32_TABLE, 8);
const crc32cb = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32C_TABLE, 1);
const crc32ch = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32C_TABLE, 2);
const crc32cw = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32C_TABLE, 4);
const crc32cx = (cpu: Cpu, insn: number): void => crc(cpu, insn, CRC32C_TABLE, 8);

// ---- data processing (3 source) --------------------------------------------------------

function madd32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const p = Math.imul(x[((insn >>> 5) & 31) << 1], x[((insn >>> 16) & 31) << 1]);
  x[d] = (x[((insn >>> 10) & 31) << 1] + p) | 0;
  x[d + 1] = 0;
}

function msub32(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const d = (insn & 31) << 1;
  const p = Math.imul(x[((insn >>> 5) & 31) << 1], x[((insn >>> 16) & 31) << 1]);
  x[d] = (x[((insn >>> 10) & 31) << 1] - p) | 0;
  x[d + 1] = 0;
}

/** Writes Ra + (plo, phi) (sub = false) or Ra - (plo, phi) to Rd. */
function accumulate64(cpu: Cpu, insn: number, plo: number, phi: number, sub: boolean): void {
  const x = cpu.x;
  const a = ((insn >>> 10) & 31) << 1;
  const d = (insn & 31) << 1;
  if (sub) {
    const l = (x[a] >>> 0) - (plo >>> 0);
    x[d + 1] = (x[a + 1] - phi - (l < 0 ? 1 : 0)) | 0;
    x[d] = l | 0;
  } else {
    const l = (x[a] >>> 0) + (plo >>> 0);
    x[d + 1] = (x[a + 1] + phi + (l >= TWO32 ? 1 : 0)) | 0;
    x[d] = l | 0;
  }
}

function madd64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const lo = mul64(x[n], x[n + 1], x[m], x[m + 1]);
  accumulate64(cpu, insn, lo, out.hi, false);
}

/** mul64 (umul32 plus the cross products), then accumulate64 with Ra. */
function madd64Js(f: Fields): JsTranslation {
  return noPc(
    `const p = ${lo(f.n)}, ph = ${hi(f.n)}, q = ${lo(f.m)}, qh = ${hi(f.m)};` +
      'const p0 = p & 0xffff, p1 = p >>> 16, q0 = q & 0xffff, q1 = q >>> 16;' +
      'const p00 = p0 * q0, p01 = p0 * q1, p10 = p1 * q0;' +
      'const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);' +
      'const ml = Math.imul(p, q), mh = ((p1 * q1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) + Math.imul(p, qh) + Math.imul(ph, q)) | 0;' +
      `const l = (${lo(f.a)} >>> 0) + (ml >>> 0); ${write(f.d, 'l | 0', `(${hi(f.a)} + mh + (l > 0xffffffff ? 1 : 0)) | 0`)}`,
  );
}

function msub64(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const lo = mul64(x[n], x[n + 1], x[m], x[m + 1]);
  accumulate64(cpu, insn, lo, out.hi, true);
}

function smaddl(cpu: Cpu, insn: number): void {
  const lo = smul32(cpu.x[((insn >>> 5) & 31) << 1], cpu.x[((insn >>> 16) & 31) << 1]);
  accumulate64(cpu, insn, lo, out.hi, false);
}

function smsubl(cpu: Cpu, insn: number): void {
  const lo = smul32(cpu.x[((insn >>> 5) & 31) << 1], cpu.x[((insn >>> 16) & 31) << 1]);
  accumulate64(cpu, insn, lo, out.hi, true);
}

function umaddl(cpu: Cpu, insn: number): void {
  const lo = umul32(cpu.x[((insn >>> 5) & 31) << 1], cpu.x[((insn >>> 16) & 31) << 1]);
  accumulate64(cpu, insn, lo, out.hi, false);
}

function umsubl(cpu: Cpu, insn: number): void {
  const lo = umul32(cpu.x[((insn >>> 5) & 31) << 1], cpu.x[((insn >>> 16) & 31) << 1]);
  accumulate64(cpu, insn, lo, out.hi, true);
}

function smulh(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = smulh64(x[n], x[n + 1], x[m], x[m + 1]);
  x[d] = lo;
  x[d + 1] = out.hi;
}

function umulh(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const m = ((insn >>> 16) & 31) << 1;
  const d = (insn & 31) << 1;
  const lo = umulh64(x[n], x[n + 1], x[m], x[m + 1]);
  x[d] = lo;
  x[d + 1] = out.hi;
}

// ---- WebAssembly translations (Row.wasm) ----------------------------------------------
// Each does what its handler above does, on the same registers (SP where the handler maps
// 31 through spx, XZR elsewhere): operands are read before any register is written.

/** Pushes X<r> (wide) or W<r>; with SP for register 31 when `sp`. */
function src(e: InsnEmitter, wide: boolean, r: number, sp = false): void {
  if (wide) {
    if (sp) e.xsp(r);
    else e.x(r);
  } else if (sp) e.wsp(r);
  else e.w(r);
}

/** Pops into X<r> (wide) or W<r> zero-extended; SP for register 31 when `sp`. */
function dst(e: InsnEmitter, wide: boolean, r: number, sp = false): void {
  if (wide) {
    if (sp) e.setXsp(r);
    else e.setX(r);
  } else if (sp) e.setWsp(r);
  else e.setW(r);
}

/** Pushes a constant of the operation width (v an int32 or, wide, a number below 2^53). */
function konst(e: InsnEmitter, wide: boolean, v: number): void {
  if (wide) i64Num(e.c, v);
  else e.c.i32(v);
}

const opAdd = (wide: boolean): number => (wide ? Op.i64_add : Op.i32_add);
const opSub = (wide: boolean): number => (wide ? Op.i64_sub : Op.i32_sub);

// PC-relative addressing

const adrWasm = (f: Fields): WasmTranslation => (e) => {
  const imm = sext32((f.h << 2) | f.l, 21);
  e.pc();
  i64Num(e.c, imm);
  e.c.op(Op.i64_add);
  e.setX(f.d);
};

const adrpWasm = (f: Fields): WasmTranslation => (e) => {
  const imm = sext32((f.h << 2) | f.l, 21);
  e.pc().c.i64(-4096, -1).op(Op.i64_and);
  i64Num(e.c, imm * 4096);
  e.c.op(Op.i64_add);
  e.setX(f.d);
};

// Add/subtract (immediate): Rn is SP-capable; Rd too unless flags are set.

const addSubImmWasm = (wide: boolean, sub: boolean, flags: boolean) => (f: Fields): WasmTranslation => (e) => {
  const imm = f.i << (f.h * 12);
  src(e, wide, f.n, true);
  if (!flags) {
    konst(e, wide, imm);
    e.c.op(sub ? opSub(wide) : opAdd(wide));
    dst(e, wide, f.d, true);
    return;
  }
  const a = toLocal(e, wide);
  konst(e, wide, sub ? ~imm : imm);
  const b = toLocal(e, wide);
  e.c.get(addWithCarry(e, wide, a, b, sub ? 1 : 0));
  dst(e, wide, f.d);
};

// Logical (immediate): Rn is XZR; Rd is SP unless flags are set. A reserved immediate is
// the handler's (UNDEFINED).

const logImmWasm = (wide: boolean, op: number, flags: boolean) => (f: Fields): WasmTranslation | null => {
  const i = ((wide ? f.N : 0) << 12) | (f.r << 6) | f.s;
  if (BITMASK_OK[i] === 0) return null;
  const lo = BITMASK_LO[i];
  const hi = BITMASK_HI[i];
  return (e) => {
    const c = e.c;
    src(e, wide, f.n);
    if (wide) c.i64(lo, hi).op(op === 0 ? Op.i64_and : op === 1 ? Op.i64_or : Op.i64_xor);
    else c.i32(lo).op(op === 0 ? Op.i32_and : op === 1 ? Op.i32_or : Op.i32_xor);
    if (flags) {
      const r = toLocal(e, wide);
      setLogicalFlags(e, wide, r);
      c.get(r);
    }
    dst(e, wide, f.d, !flags);
  };
};

// Move wide (immediate)

const moveWideWasm = (wide: boolean, kind: 'n' | 'z' | 'k') => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  const pos = BigInt(f.h * 16);
  const v = BigInt(f.i) << pos;
  const mask = 0xffffn << pos;
  if (kind === 'k') {
    src(e, wide, f.d);
    if (wide) {
      i64Big(c, ~mask);
      c.op(Op.i64_and);
      i64Big(c, v);
      c.op(Op.i64_or);
    } else c.i32(Number(~mask & 0xffffffffn) | 0).op(Op.i32_and).i32(Number(v) | 0).op(Op.i32_or);
  } else if (wide) i64Big(c, kind === 'n' ? ~v : v);
  else c.i32(Number(BigInt.asUintN(32, kind === 'n' ? ~v : v)) | 0);
  dst(e, wide, f.d);
};

// Bitfield: a left shift that puts bit S on top, then one right shift (see ubfmVal32).

/** Pushes UBFM/SBFM of the value on top of the stack. */
function bitfield(e: InsnEmitter, wide: boolean, r: number, s: number, signed: boolean): void {
  const top = wide ? 63 : 31;
  shiftConst(e.c, wide, 0, top - s);
  shiftConst(e.c, wide, signed ? 2 : 1, s >= r ? top - s + r : r - s - 1);
}

const bitfieldWasm = (wide: boolean, kind: 's' | 'u' | 'b') => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  if (kind === 'b') {
    // Bits of Rd outside the field's mask stay.
    const top = wide ? 63n : 31n;
    const s = BigInt(f.s);
    const r = BigInt(f.r);
    const ones = (1n << (top + 1n)) - 1n;
    const m = (((ones << (top - s)) & ones) >> (s >= r ? top - s + r : r - s - 1n)) & ones;
    src(e, wide, f.d);
    if (wide) i64Big(c, ~m);
    else c.i32(Number(~m & 0xffffffffn) | 0);
    c.op(wide ? Op.i64_and : Op.i32_and);
    src(e, wide, f.n);
    bitfield(e, wide, f.r, f.s, false);
    c.op(wide ? Op.i64_or : Op.i32_or);
  } else {
    src(e, wide, f.n);
    bitfield(e, wide, f.r, f.s, kind === 's');
  }
  dst(e, wide, f.d);
};

// Extract

const extrWasm = (wide: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  src(e, wide, f.m);
  if (f.s !== 0) {
    shiftConst(c, wide, 1, f.s);
    src(e, wide, f.n);
    shiftConst(c, wide, 0, (wide ? 64 : 32) - f.s);
    c.op(wide ? Op.i64_or : Op.i32_or);
  }
  dst(e, wide, f.d);
};

// Logical (shifted register): all operands XZR; shift type 3 is ROR.

/** Pushes Rm shifted by the row's constant (s: type, x: amount). */
function shiftedRm(e: InsnEmitter, wide: boolean, f: Fields): void {
  src(e, wide, f.m);
  shiftConst(e.c, wide, f.s, f.x);
}

const logShiftWasm = (wide: boolean, op: 'and' | 'or' | 'eor', invert: boolean, flags: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  src(e, wide, f.n);
  shiftedRm(e, wide, f);
  if (invert) not(c, wide);
  if (wide) c.op(op === 'and' ? Op.i64_and : op === 'or' ? Op.i64_or : Op.i64_xor);
  else c.op(op === 'and' ? Op.i32_and : op === 'or' ? Op.i32_or : Op.i32_xor);
  if (flags) {
    const r = toLocal(e, wide);
    setLogicalFlags(e, wide, r);
    c.get(r);
  }
  dst(e, wide, f.d);
};

// Add/subtract (shifted register): all operands XZR; shift type 3 is the handler's (UNDEFINED).

const addSubShiftWasm = (wide: boolean, sub: boolean, flags: boolean) => (f: Fields): WasmTranslation | null => {
  if (f.s === 3) return null;
  return (e) => {
    src(e, wide, f.n);
    if (!flags) {
      shiftedRm(e, wide, f);
      e.c.op(sub ? opSub(wide) : opAdd(wide));
    } else {
      const a = toLocal(e, wide);
      shiftedRm(e, wide, f);
      if (sub) not(e.c, wide);
      const b = toLocal(e, wide);
      e.c.get(addWithCarry(e, wide, a, b, sub ? 1 : 0));
    }
    dst(e, wide, f.d);
  };
};

// Add/subtract (extended register): Rn SP-capable, Rd too unless flags are set; amounts
// above 4 are the handler's (UNDEFINED).

/** Pushes ExtendReg(Rm, option o, amount i) at the operation width. */
function extendedRm(e: InsnEmitter, wide: boolean, f: Fields): void {
  const c = e.c;
  if (wide) {
    switch (f.o) {
      case 0: e.x(f.m).c.i64(0xff, 0).op(Op.i64_and); break;
      case 1: e.x(f.m).c.i64(0xffff, 0).op(Op.i64_and); break;
      case 2: e.w(f.m).c.op(Op.i64_extend_i32_u); break;
      case 4: e.x(f.m).c.op(Op.i64_extend8_s); break;
      case 5: e.x(f.m).c.op(Op.i64_extend16_s); break;
      case 6: e.w(f.m).c.op(Op.i64_extend_i32_s); break;
      default: e.x(f.m); break;
    }
  } else {
    e.w(f.m);
    switch (f.o) {
      case 0: c.i32(0xff).op(Op.i32_and); break;
      case 1: c.i32(0xffff).op(Op.i32_and); break;
      case 4: c.op(Op.i32_extend8_s); break;
      case 5: c.op(Op.i32_extend16_s); break;
      default: break;
    }
  }
  shiftConst(c, wide, 0, f.i);
}

const addSubExtWasm = (wide: boolean, sub: boolean, flags: boolean) => (f: Fields): WasmTranslation | null => {
  if (f.i > 4) return null;
  return (e) => {
    src(e, wide, f.n, true);
    if (!flags) {
      extendedRm(e, wide, f);
      e.c.op(sub ? opSub(wide) : opAdd(wide));
      dst(e, wide, f.d, true);
      return;
    }
    const a = toLocal(e, wide);
    extendedRm(e, wide, f);
    if (sub) not(e.c, wide);
    const b = toLocal(e, wide);
    e.c.get(addWithCarry(e, wide, a, b, sub ? 1 : 0));
    dst(e, wide, f.d);
  };
};

// Add/subtract with carry: Rn + Rm (or NOT Rm) + C, all XZR.

const carryWasm = (wide: boolean, sub: boolean, flags: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  src(e, wide, f.n);
  if (!flags) {
    src(e, wide, f.m);
    if (sub) not(c, wide);
    c.op(opAdd(wide));
    e.flag(FLAG_C);
    if (wide) c.op(Op.i64_extend_i32_u);
    c.op(opAdd(wide));
  } else {
    const a = toLocal(e, wide);
    src(e, wide, f.m);
    if (sub) not(c, wide);
    const b = toLocal(e, wide);
    c.get(addWithCarry(e, wide, a, b, 'C'));
  }
  dst(e, wide, f.d);
};

// Conditional compare: NZCV of Rn + op2 (CCMN) or Rn - op2 (CCMP) when the condition
// holds, else #nzcv. op2 is Rm (XZR) or the 5-bit immediate.

const condCmpWasm = (wide: boolean, sub: boolean, imm: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  e.condition(f.c);
  c.op(Op.if).byte(VOID);
  src(e, wide, f.n);
  const a = toLocal(e, wide);
  if (imm) konst(e, wide, f.i);
  else src(e, wide, f.m);
  if (sub) not(c, wide);
  const b = toLocal(e, wide);
  addWithCarry(e, wide, a, b, sub ? 1 : 0);
  c.op(Op.else);
  setNzcvConst(e, f.f);
  c.op(Op.end);
};

// Conditional select

const condSelWasm = (wide: boolean, kind: 'sel' | 'inc' | 'inv' | 'neg') => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  src(e, wide, f.n);
  if (kind === 'neg') konst(e, wide, 0);
  src(e, wide, f.m);
  if (kind === 'inc') {
    konst(e, wide, 1);
    c.op(opAdd(wide));
  } else if (kind === 'inv') not(c, wide);
  else if (kind === 'neg') c.op(opSub(wide));
  e.condition(f.c);
  c.op(Op.select);
  dst(e, wide, f.d);
};

// Data-processing (1 source): Rd, Rn XZR.

/** Swaps the bit groups `mask` and `mask << k` of the value on top of the stack. */
function swapBits(e: InsnEmitter, wide: boolean, k: number, mask: bigint): void {
  const c = e.c;
  const t = toLocal(e, wide);
  if (wide) {
    c.get(t).i64(k, 0).op(Op.i64_shr_u);
    i64Big(c, mask);
    c.op(Op.i64_and).get(t);
    i64Big(c, mask);
    c.op(Op.i64_and).i64(k, 0).op(Op.i64_shl).op(Op.i64_or);
  } else {
    const m = Number(BigInt.asUintN(32, mask)) | 0;
    c.get(t).i32(k).op(Op.i32_shr_u).i32(m).op(Op.i32_and);
    c.get(t).i32(m).op(Op.i32_and).i32(k).op(Op.i32_shl).op(Op.i32_or);
  }
}

const M8 = 0x00ff00ff00ff00ffn;
const M16 = 0x0000ffff0000ffffn;

const rbitWasm = (wide: boolean) => (f: Fields): WasmTranslation => (e) => {
  src(e, wide, f.n);
  swapBits(e, wide, 1, 0x5555555555555555n);
  swapBits(e, wide, 2, 0x3333333333333333n);
  swapBits(e, wide, 4, 0x0f0f0f0f0f0f0f0fn);
  swapBits(e, wide, 8, M8);
  if (wide) swapBits(e, wide, 16, M16);
  shiftConst(e.c, wide, 3, wide ? 32 : 16);
  dst(e, wide, f.d);
};

/** REV16 (bytes in halfwords), REV32 (bytes in words) or REV (bytes in the register). */
const revWasm = (wide: boolean, unit: 16 | 32 | 64) => (f: Fields): WasmTranslation => (e) => {
  src(e, wide, f.n);
  swapBits(e, wide, 8, M8);
  if (unit === 16) return dst(e, wide, f.d);
  if (!wide) shiftConst(e.c, wide, 3, 16);
  else {
    swapBits(e, wide, 16, M16);
    if (unit === 64) shiftConst(e.c, wide, 3, 32);
  }
  dst(e, wide, f.d);
};

const clzWasm = (wide: boolean, signBits: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  src(e, wide, f.n);
  if (signBits) {
    // CLS = CLZ(x XOR (x ASR W-1)) - 1, as alu.ts cls32/cls64.
    const t = toLocal(e, wide);
    c.get(t).get(t);
    shiftConst(c, wide, 2, wide ? 63 : 31);
    c.op(wide ? Op.i64_xor : Op.i32_xor);
  }
  c.op(wide ? Op.i64_clz : Op.i32_clz);
  if (signBits) {
    konst(e, wide, 1);
    c.op(opSub(wide));
  }
  dst(e, wide, f.d);
};

// Data-processing (2 source): all XZR.

/** UDIV/SDIV: a zero divisor gives 0; SDIV of the most negative value by -1 gives it back (wasm traps). */
const divWasm = (wide: boolean, signed: boolean) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  const t = valType(wide);
  src(e, wide, f.m);
  const b = toLocal(e, wide);
  c.get(b).op(wide ? Op.i64_eqz : Op.i32_eqz);
  c.op(Op.if).byte(t);
  konst(e, wide, 0);
  c.op(Op.else);
  if (signed) {
    c.get(b);
    konst(e, wide, -1);
    c.op(wide ? Op.i64_eq : Op.i32_eq);
    c.op(Op.if).byte(t);
    konst(e, wide, 0);
    src(e, wide, f.n);
    c.op(opSub(wide));
    c.op(Op.else);
    src(e, wide, f.n);
    c.get(b).op(wide ? Op.i64_div_s : Op.i32_div_s);
    c.op(Op.end);
  } else {
    src(e, wide, f.n);
    c.get(b).op(wide ? Op.i64_div_u : Op.i32_div_u);
  }
  c.op(Op.end);
  dst(e, wide, f.d);
};

/** LSLV/LSRV/ASRV/RORV: wasm shifts take the amount modulo the width, as the Arm ARM does. */
const shiftVWasm = (wide: boolean, type: number) => (f: Fields): WasmTranslation => (e) => {
  src(e, wide, f.n);
  src(e, wide, f.m);
  if (wide) e.c.op([Op.i64_shl, Op.i64_shr_u, Op.i64_shr_s, Op.i64_rotr][type]);
  else e.c.op([Op.i32_shl, Op.i32_shr_u, Op.i32_shr_s, Op.i32_rotr][type]);
  dst(e, wide, f.d);
};

// Data-processing (3 source): all XZR.

const mulAddWasm = (wide: boolean, sub: boolean) => (f: Fields): WasmTranslation => (e) => {
  src(e, wide, f.a);
  src(e, wide, f.n);
  src(e, wide, f.m);
  e.c.op(wide ? Op.i64_mul : Op.i32_mul);
  e.c.op(sub ? opSub(wide) : opAdd(wide));
  dst(e, wide, f.d);
};

/** SMADDL/SMSUBL/UMADDL/UMSUBL: Xa +/- the 64-bit product of Wn and Wm. */
const mulAddLongWasm = (signed: boolean, sub: boolean) => (f: Fields): WasmTranslation => (e) => {
  const ext = signed ? Op.i64_extend_i32_s : Op.i64_extend_i32_u;
  e.x(f.a);
  e.w(f.n).c.op(ext);
  e.w(f.m).c.op(ext);
  e.c.op(Op.i64_mul).op(sub ? Op.i64_sub : Op.i64_add);
  e.setX(f.d);
};

const mulHighWasm = (signed: boolean) => (f: Fields): WasmTranslation => (e) => {
  e.x(f.n);
  const a = toLocal(e, true);
  e.x(f.m);
  const b = toLocal(e, true);
  mulHigh(e, a, b, signed);
  e.setX(f.d);
};

/** The reflected polynomials of CRC32 and CRC32C (alu.ts CRC32_TABLE, CRC32C_TABLE). */
const CRC32_POLY = 0xedb88320 | 0;
const CRC32C_POLY = 0x82f63b78 | 0;

// CRC32/CRC32C: bit by bit (the byte tables are not in the machine memory): the reflected
// update is linear, so XORing all of the data in first and then stepping 8 x bytes bits gives
// what alu.ts crcUpdate gives byte by byte.

/** acc = step^bits(acc), one bit a step: acc >>> 1, XOR poly when bit 0 was set. */
function crcSteps(e: InsnEmitter, acc: number, poly: number, bits: number): void {
  const c = e.c;
  const n = e.tmp32();
  c.i32(bits).set(n);
  c.op(Op.loop).byte(VOID);
  c.get(acc).i32(1).op(Op.i32_shr_u);
  c.i32(poly).i32(0).get(acc).i32(1).op(Op.i32_and).op(Op.i32_sub).op(Op.i32_and);
  c.op(Op.i32_xor).set(acc);
  c.get(n).i32(1).op(Op.i32_sub).tee(n).op(Op.br_if).u32(0);
  c.op(Op.end);
}

const crcWasm = (poly: number, bytes: 1 | 2 | 4 | 8) => (f: Fields): WasmTranslation => (e) => {
  const c = e.c;
  const acc = e.tmp32();
  const hiWord = e.tmp32();
  if (bytes === 8) {
    e.x(f.m).c.i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).set(hiWord);
  }
  e.w(f.n);
  e.w(f.m);
  if (bytes < 4) c.i32(bytes === 1 ? 0xff : 0xffff).op(Op.i32_and);
  c.op(Op.i32_xor).set(acc);
  crcSteps(e, acc, poly, 8 * Math.min(bytes, 4));
  if (bytes === 8) {
    c.get(acc).get(hiWord).op(Op.i32_xor).set(acc);
    crcSteps(e, acc, poly, 32);
  }
  c.get(acc);
  e.setW(f.d);
};

// ---- the rows --------------------------------------------------------------------------
// Patterns: bit 31 first. Letters are operand fields: d n m a (registers), i (immediate),
// h (hw / sh), s (shift type or imms), r (immr), N, o (option), c (cond), f (nzcv), x (imm6
// shift amount).

export const DATAPROC_IMM_ROWS: Row[] = [
  // PC-relative addressing
  { name: 'ADR_only_pcreladdr', pattern: '0ll10000hhhhhhhhhhhhhhhhhhhddddd', exec: adr, wasm: adrWasm, asm: 'ADR <Xd>, <label>' },
  { name: 'ADRP_only_pcreladdr', pattern: '1ll10000hhhhhhhhhhhhhhhhhhhddddd', exec: adrp, wasm: adrpWasm, asm: 'ADRP <Xd>, <label>' },
  // Add/subtract (immediate)
  { name: 'ADD_32_addsub_imm', pattern: '000100010hiiiiiiiiiiiinnnnnddddd', exec: addImm32, wasm: addSubImmWasm(false, false, false), asm: 'ADD <Wd|WSP>, <Wn|WSP>, #<imm>{, <shift>}' },
  { name: 'ADDS_32S_addsub_imm', pattern: '001100010hiiiiiiiiiiiinnnnnddddd', exec: addsImm32, js: addsImm32Js, wasm: addSubImmWasm(false, false, true), asm: 'ADDS <Wd>, <Wn|WSP>, #<imm>{, <shift>}' },
  { name: 'SUB_32_addsub_imm', pattern: '010100010hiiiiiiiiiiiinnnnnddddd', exec: subImm32, wasm: addSubImmWasm(false, true, false), asm: 'SUB <Wd|WSP>, <Wn|WSP>, #<imm>{, <shift>}' },
  { name: 'SUBS_32S_addsub_imm', pattern: '011100010hiiiiiiiiiiiinnnnnddddd', exec: subsImm32, js: subsImm32Js, wasm: addSubImmWasm(false, true, true), asm: 'SUBS <Wd>, <Wn|WSP>, #<imm>{, <shift>}' },
  { name: 'ADD_64_addsub_imm', pattern: '100100010hiiiiiiiiiiiinnnnnddddd', exec: addImm64, js: addImm64Js, wasm: addSubImmWasm(true, false, false), asm: 'ADD <Xd|SP>, <Xn|SP>, #<imm>{, <shift>}' },
  { name: 'ADDS_64S_addsub_imm', pattern: '101100010hiiiiiiiiiiiinnnnnddddd', exec: addsImm64, wasm: addSubImmWasm(true, false, true), asm: 'ADDS <Xd>, <Xn|SP>, #<imm>{, <shift>}' },
  { name: 'SUB_64_addsub_imm', pattern: '110100010hiiiiiiiiiiiinnnnnddddd', exec: subImm64, js: subImm64Js, wasm: addSubImmWasm(true, true, false), asm: 'SUB <Xd|SP>, <Xn|SP>, #<imm>{, <shift>}' },
  { name: 'SUBS_64S_addsub_imm', pattern: '111100010hiiiiiiiiiiiinnnnnddddd', exec: subsImm64, js: subsImm64Js, wasm: addSubImmWasm(true, true, true), asm: 'SUBS <Xd>, <Xn|SP>, #<imm>{, <shift>}' },
  // Logical (immediate): sf = 0 requires N = 0
  { name: 'AND_32_log_imm', pattern: '0001001000rrrrrrssssssnnnnnddddd', exec: andImm32, wasm: logImmWasm(false, 0, false), asm: 'AND <Wd|WSP>, <Wn>, #<imm>' },
  { name: 'ORR_32_log_imm', pattern: '0011001000rrrrrrssssssnnnnnddddd', exec: orrImm32, wasm: logImmWasm(false, 1, false), asm: 'ORR <Wd|WSP>, <Wn>, #<imm>' },
  { name: 'EOR_32_log_imm', pattern: '0101001000rrrrrrssssssnnnnnddddd', exec: eorImm32, wasm: logImmWasm(false, 2, false), asm: 'EOR <Wd|WSP>, <Wn>, #<imm>' },
  { name: 'ANDS_32S_log_imm', pattern: '0111001000rrrrrrssssssnnnnnddddd', exec: andsImm32, wasm: logImmWasm(false, 0, true), asm: 'ANDS <Wd>, <Wn>, #<imm>' },
  { name: 'AND_64_log_imm', pattern: '100100100Nrrrrrrssssssnnnnnddddd', exec: andImm64, js: andImm64Js, wasm: logImmWasm(true, 0, false), asm: 'AND <Xd|SP>, <Xn>, #<imm>' },
  { name: 'ORR_64_log_imm', pattern: '101100100Nrrrrrrssssssnnnnnddddd', exec: orrImm64, wasm: logImmWasm(true, 1, false), asm: 'ORR <Xd|SP>, <Xn>, #<imm>' },
  { name: 'EOR_64_log_imm', pattern: '110100100Nrrrrrrssssssnnnnnddddd', exec: eorImm64, wasm: logImmWasm(true, 2, false), asm: 'EOR <Xd|SP>, <Xn>, #<imm>' },
  { name: 'ANDS_64S_log_imm', pattern: '111100100Nrrrrrrssssssnnnnnddddd', exec: andsImm64, wasm: logImmWasm(true, 0, true), asm: 'ANDS <Xd>, <Xn>, #<imm>' },
  // Move wide (immediate): opc = 01 unallocated; sf = 0 requires hw<1> = 0
  { name: 'MOVN_32_movewide', pattern: '0001001010hiiiiiiiiiiiiiiiiddddd', exec: movn32, wasm: moveWideWasm(false, 'n'), asm: 'MOVN <Wd>, #<imm>{, LSL #<shift>}' },
  { name: 'MOVZ_32_movewide', pattern: '0101001010hiiiiiiiiiiiiiiiiddddd', exec: movz32, wasm: moveWideWasm(false, 'z'), asm: 'MOVZ <Wd>, #<imm>{, LSL #<shift>}' },
  { name: 'MOVK_32_movewide', pattern: '0111001010hiiiiiiiiiiiiiiiiddddd', exec: movk32, wasm: moveWideWasm(false, 'k'), asm: 'MOVK <Wd>, #<imm>{, LSL #<shift>}' },
  { name: 'MOVN_64_movewide', pattern: '100100101hhiiiiiiiiiiiiiiiiddddd', exec: movn64, wasm: moveWideWasm(true, 'n'), asm: 'MOVN <Xd>, #<imm>{, LSL #<shift>}' },
  { name: 'MOVZ_64_movewide', pattern: '110100101hhiiiiiiiiiiiiiiiiddddd', exec: movz64, js: movz64Js, wasm: moveWideWasm(true, 'z'), asm: 'MOVZ <Xd>, #<imm>{, LSL #<shift>}' },
  { name: 'MOVK_64_movewide', pattern: '111100101hhiiiiiiiiiiiiiiiiddddd', exec: movk64, wasm: moveWideWasm(true, 'k'), asm: 'MOVK <Xd>, #<imm>{, LSL #<shift>}' },
  // Bitfield: sf = 0 requires N = 0, immr<5> = 0, imms<5> = 0; sf = 1 requires N = 1
  { name: 'SBFM_32M_bitfield', pattern: '00010011000rrrrr0sssssnnnnnddddd', exec: sbfm32, wasm: bitfieldWasm(false, 's'), asm: 'SBFM <Wd>, <Wn>, #<immr>, #<imms>' },
  { name: 'BFM_32M_bitfield', pattern: '00110011000rrrrr0sssssnnnnnddddd', exec: bfm32, wasm: bitfieldWasm(false, 'b'), asm: 'BFM <Wd>, <Wn>, #<immr>, #<imms>' },
  { name: 'UBFM_32M_bitfield', pattern: '01010011000rrrrr0sssssnnnnnddddd', exec: ubfm32, wasm: bitfieldWasm(false, 'u'), asm: 'UBFM <Wd>, <Wn>, #<immr>, #<imms>' },
  { name: 'SBFM_64M_bitfield', pattern: '1001001101rrrrrrssssssnnnnnddddd', exec: sbfm64, js: sbfm64Js, wasm: bitfieldWasm(true, 's'), asm: 'SBFM <Xd>, <Xn>, #<immr>, #<imms>' },
  { name: 'BFM_64M_bitfield', pattern: '1011001101rrrrrrssssssnnnnnddddd', exec: bfm64, wasm: bitfieldWasm(true, 'b'), asm: 'BFM <Xd>, <Xn>, #<immr>, #<imms>' },
  { name: 'UBFM_64M_bitfield', pattern: '1101001101rrrrrrssssssnnnnnddddd', exec: ubfm64, js: ubfm64Js, wasm: bitfieldWasm(true, 'u'), asm: 'UBFM <Xd>, <Xn>, #<immr>, #<imms>' },
  // Extract: sf = 0 requires N = 0 and imms<5> = 0
  { name: 'EXTR_32_extract', pattern: '00010011100mmmmm0sssssnnnnnddddd', exec: extr32, wasm: extrWasm(false), asm: 'EXTR <Wd>, <Wn>, <Wm>, #<lsb>' },
  { name: 'EXTR_64_extract', pattern: '10010011110mmmmmssssssnnnnnddddd', exec: extr64, wasm: extrWasm(true), asm: 'EXTR <Xd>, <Xn>, <Xm>, #<lsb>' },
];

export const DATAPROC_REG_ROWS: Row[] = [
  // Logical (shifted register): sf = 0 requires imm6<5> = 0
  { name: 'AND_32_log_shift', pattern: '00001010ss0mmmmm0xxxxxnnnnnddddd', exec: and32, wasm: logShiftWasm(false, 'and', false, false), asm: 'AND <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'BIC_32_log_shift', pattern: '00001010ss1mmmmm0xxxxxnnnnnddddd', exec: bic32, wasm: logShiftWasm(false, 'and', true, false), asm: 'BIC <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'ORR_32_log_shift', pattern: '00101010ss0mmmmm0xxxxxnnnnnddddd', exec: orr32, wasm: logShiftWasm(false, 'or', false, false), asm: 'ORR <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'ORN_32_log_shift', pattern: '00101010ss1mmmmm0xxxxxnnnnnddddd', exec: orn32, wasm: logShiftWasm(false, 'or', true, false), asm: 'ORN <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'EOR_32_log_shift', pattern: '01001010ss0mmmmm0xxxxxnnnnnddddd', exec: eor32, wasm: logShiftWasm(false, 'eor', false, false), asm: 'EOR <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'EON_32_log_shift', pattern: '01001010ss1mmmmm0xxxxxnnnnnddddd', exec: eon32, wasm: logShiftWasm(false, 'eor', true, false), asm: 'EON <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'ANDS_32_log_shift', pattern: '01101010ss0mmmmm0xxxxxnnnnnddddd', exec: ands32, wasm: logShiftWasm(false, 'and', false, true), asm: 'ANDS <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'BICS_32_log_shift', pattern: '01101010ss1mmmmm0xxxxxnnnnnddddd', exec: bics32, wasm: logShiftWasm(false, 'and', true, true), asm: 'BICS <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'AND_64_log_shift', pattern: '10001010ss0mmmmmxxxxxxnnnnnddddd', exec: and64, wasm: logShiftWasm(true, 'and', false, false), asm: 'AND <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'BIC_64_log_shift', pattern: '10001010ss1mmmmmxxxxxxnnnnnddddd', exec: bic64, wasm: logShiftWasm(true, 'and', true, false), asm: 'BIC <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'ORR_64_log_shift', pattern: '10101010ss0mmmmmxxxxxxnnnnnddddd', exec: orr64, js: orr64Js, wasm: logShiftWasm(true, 'or', false, false), asm: 'ORR <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'ORN_64_log_shift', pattern: '10101010ss1mmmmmxxxxxxnnnnnddddd', exec: orn64, wasm: logShiftWasm(true, 'or', true, false), asm: 'ORN <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'EOR_64_log_shift', pattern: '11001010ss0mmmmmxxxxxxnnnnnddddd', exec: eor64, wasm: logShiftWasm(true, 'eor', false, false), asm: 'EOR <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'EON_64_log_shift', pattern: '11001010ss1mmmmmxxxxxxnnnnnddddd', exec: eon64, wasm: logShiftWasm(true, 'eor', true, false), asm: 'EON <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'ANDS_64_log_shift', pattern: '11101010ss0mmmmmxxxxxxnnnnnddddd', exec: ands64, wasm: logShiftWasm(true, 'and', false, true), asm: 'ANDS <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'BICS_64_log_shift', pattern: '11101010ss1mmmmmxxxxxxnnnnnddddd', exec: bics64, wasm: logShiftWasm(true, 'and', true, true), asm: 'BICS <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  // Add/subtract (shifted register): shift = 11 UNDEFINED (checked); sf = 0 requires imm6<5> = 0
  { name: 'ADD_32_addsub_shift', pattern: '00001011ss0mmmmm0xxxxxnnnnnddddd', exec: addShift32, wasm: addSubShiftWasm(false, false, false), asm: 'ADD <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'ADDS_32_addsub_shift', pattern: '00101011ss0mmmmm0xxxxxnnnnnddddd', exec: addsShift32, wasm: addSubShiftWasm(false, false, true), asm: 'ADDS <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'SUB_32_addsub_shift', pattern: '01001011ss0mmmmm0xxxxxnnnnnddddd', exec: subShift32, wasm: addSubShiftWasm(false, true, false), asm: 'SUB <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'SUBS_32_addsub_shift', pattern: '01101011ss0mmmmm0xxxxxnnnnnddddd', exec: subsShift32, wasm: addSubShiftWasm(false, true, true), asm: 'SUBS <Wd>, <Wn>, <Wm>{, <shift> #<amount>}' },
  { name: 'ADD_64_addsub_shift', pattern: '10001011ss0mmmmmxxxxxxnnnnnddddd', exec: addShift64, js: addShift64Js, wasm: addSubShiftWasm(true, false, false), asm: 'ADD <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'ADDS_64_addsub_shift', pattern: '10101011ss0mmmmmxxxxxxnnnnnddddd', exec: addsShift64, js: addsShift64Js, wasm: addSubShiftWasm(true, false, true), asm: 'ADDS <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'SUB_64_addsub_shift', pattern: '11001011ss0mmmmmxxxxxxnnnnnddddd', exec: subShift64, js: subShift64Js, wasm: addSubShiftWasm(true, true, false), asm: 'SUB <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  { name: 'SUBS_64_addsub_shift', pattern: '11101011ss0mmmmmxxxxxxnnnnnddddd', exec: subsShift64, js: subsShift64Js, wasm: addSubShiftWasm(true, true, true), asm: 'SUBS <Xd>, <Xn>, <Xm>{, <shift> #<amount>}' },
  // Add/subtract (extended register): opt = 00; imm3 > 4 UNDEFINED (checked)
  { name: 'ADD_32_addsub_ext', pattern: '00001011001mmmmmoooiiinnnnnddddd', exec: addExt32, wasm: addSubExtWasm(false, false, false), asm: 'ADD <Wd|WSP>, <Wn|WSP>, <Wm>{, <extend> {#<amount>}}' },
  { name: 'ADDS_32S_addsub_ext', pattern: '00101011001mmmmmoooiiinnnnnddddd', exec: addsExt32, wasm: addSubExtWasm(false, false, true), asm: 'ADDS <Wd>, <Wn|WSP>, <Wm>{, <extend> {#<amount>}}' },
  { name: 'SUB_32_addsub_ext', pattern: '01001011001mmmmmoooiiinnnnnddddd', exec: subExt32, wasm: addSubExtWasm(false, true, false), asm: 'SUB <Wd|WSP>, <Wn|WSP>, <Wm>{, <extend> {#<amount>}}' },
  { name: 'SUBS_32S_addsub_ext', pattern: '01101011001mmmmmoooiiinnnnnddddd', exec: subsExt32, wasm: addSubExtWasm(false, true, true), asm: 'SUBS <Wd>, <Wn|WSP>, <Wm>{, <extend> {#<amount>}}' },
  { name: 'ADD_64_addsub_ext', pattern: '10001011001mmmmmoooiiinnnnnddddd', exec: addExt64, js: addExt64Js, wasm: addSubExtWasm(true, false, false), asm: 'ADD <Xd|SP>, <Xn|SP>, <R><m>{, <extend> {#<amount>}}' },
  { name: 'ADDS_64S_addsub_ext', pattern: '10101011001mmmmmoooiiinnnnnddddd', exec: addsExt64, wasm: addSubExtWasm(true, false, true), asm: 'ADDS <Xd>, <Xn|SP>, <R><m>{, <extend> {#<amount>}}' },
  { name: 'SUB_64_addsub_ext', pattern: '11001011001mmmmmoooiiinnnnnddddd', exec: subExt64, js: subExt64Js, wasm: addSubExtWasm(true, true, false), asm: 'SUB <Xd|SP>, <Xn|SP>, <R><m>{, <extend> {#<amount>}}' },
  { name: 'SUBS_64S_addsub_ext', pattern: '11101011001mmmmmoooiiinnnnnddddd', exec: subsExt64, wasm: addSubExtWasm(true, true, true), asm: 'SUBS <Xd>, <Xn|SP>, <R><m>{, <extend> {#<amount>}}' },
  // Add/subtract (with carry)
  { name: 'ADC_32_addsub_carry', pattern: '00011010000mmmmm000000nnnnnddddd', exec: adc32, wasm: carryWasm(false, false, false), asm: 'ADC <Wd>, <Wn>, <Wm>' },
  { name: 'ADCS_32_addsub_carry', pattern: '00111010000mmmmm000000nnnnnddddd', exec: adcs32, wasm: carryWasm(false, false, true), asm: 'ADCS <Wd>, <Wn>, <Wm>' },
  { name: 'SBC_32_addsub_carry', pattern: '01011010000mmmmm000000nnnnnddddd', exec: sbc32, wasm: carryWasm(false, true, false), asm: 'SBC <Wd>, <Wn>, <Wm>' },
  { name: 'SBCS_32_addsub_carry', pattern: '01111010000mmmmm000000nnnnnddddd', exec: sbcs32, wasm: carryWasm(false, true, true), asm: 'SBCS <Wd>, <Wn>, <Wm>' },
  { name: 'ADC_64_addsub_carry', pattern: '10011010000mmmmm000000nnnnnddddd', exec: adc64, js: adc64Js, wasm: carryWasm(true, false, false), asm: 'ADC <Xd>, <Xn>, <Xm>' },
  { name: 'ADCS_64_addsub_carry', pattern: '10111010000mmmmm000000nnnnnddddd', exec: adcs64, wasm: carryWasm(true, false, true), asm: 'ADCS <Xd>, <Xn>, <Xm>' },
  { name: 'SBC_64_addsub_carry', pattern: '11011010000mmmmm000000nnnnnddddd', exec: sbc64, wasm: carryWasm(true, true, false), asm: 'SBC <Xd>, <Xn>, <Xm>' },
  { name: 'SBCS_64_addsub_carry', pattern: '11111010000mmmmm000000nnnnnddddd', exec: sbcs64, wasm: carryWasm(true, true, true), asm: 'SBCS <Xd>, <Xn>, <Xm>' },
  // Conditional compare (register / immediate)
  { name: 'CCMN_32_condcmp_reg', pattern: '00111010010mmmmmcccc00nnnnn0ffff', exec: ccmnReg32, wasm: condCmpWasm(false, false, false), asm: 'CCMN <Wn>, <Wm>, #<nzcv>, <cond>' },
  { name: 'CCMP_32_condcmp_reg', pattern: '01111010010mmmmmcccc00nnnnn0ffff', exec: ccmpReg32, wasm: condCmpWasm(false, true, false), asm: 'CCMP <Wn>, <Wm>, #<nzcv>, <cond>' },
  { name: 'CCMN_64_condcmp_reg', pattern: '10111010010mmmmmcccc00nnnnn0ffff', exec: ccmnReg64, wasm: condCmpWasm(true, false, false), asm: 'CCMN <Xn>, <Xm>, #<nzcv>, <cond>' },
  { name: 'CCMP_64_condcmp_reg', pattern: '11111010010mmmmmcccc00nnnnn0ffff', exec: ccmpReg64, wasm: condCmpWasm(true, true, false), asm: 'CCMP <Xn>, <Xm>, #<nzcv>, <cond>' },
  { name: 'CCMN_32_condcmp_imm', pattern: '00111010010iiiiicccc10nnnnn0ffff', exec: ccmnImm32, wasm: condCmpWasm(false, false, true), asm: 'CCMN <Wn>, #<imm>, #<nzcv>, <cond>' },
  { name: 'CCMP_32_condcmp_imm', pattern: '01111010010iiiiicccc10nnnnn0ffff', exec: ccmpImm32, wasm: condCmpWasm(false, true, true), asm: 'CCMP <Wn>, #<imm>, #<nzcv>, <cond>' },
  { name: 'CCMN_64_condcmp_imm', pattern: '10111010010iiiiicccc10nnnnn0ffff', exec: ccmnImm64, wasm: condCmpWasm(true, false, true), asm: 'CCMN <Xn>, #<imm>, #<nzcv>, <cond>' },
  { name: 'CCMP_64_condcmp_imm', pattern: '11111010010iiiiicccc10nnnnn0ffff', exec: ccmpImm64, wasm: condCmpWasm(true, true, true), asm: 'CCMP <Xn>, #<imm>, #<nzcv>, <cond>' },
  // Conditional select
  { name: 'CSEL_32_condsel', pattern: '00011010100mmmmmcccc00nnnnnddddd', exec: csel32, wasm: condSelWasm(false, 'sel'), asm: 'CSEL <Wd>, <Wn>, <Wm>, <cond>' },
  { name: 'CSINC_32_condsel', pattern: '00011010100mmmmmcccc01nnnnnddddd', exec: csinc32, wasm: condSelWasm(false, 'inc'), asm: 'CSINC <Wd>, <Wn>, <Wm>, <cond>' },
  { name: 'CSINV_32_condsel', pattern: '01011010100mmmmmcccc00nnnnnddddd', exec: csinv32, wasm: condSelWasm(false, 'inv'), asm: 'CSINV <Wd>, <Wn>, <Wm>, <cond>' },
  { name: 'CSNEG_32_condsel', pattern: '01011010100mmmmmcccc01nnnnnddddd', exec: csneg32, wasm: condSelWasm(false, 'neg'), asm: 'CSNEG <Wd>, <Wn>, <Wm>, <cond>' },
  { name: 'CSEL_64_condsel', pattern: '10011010100mmmmmcccc00nnnnnddddd', exec: csel64, js: csel64Js, wasm: condSelWasm(true, 'sel'), asm: 'CSEL <Xd>, <Xn>, <Xm>, <cond>' },
  { name: 'CSINC_64_condsel', pattern: '10011010100mmmmmcccc01nnnnnddddd', exec: csinc64, js: csinc64Js, wasm: condSelWasm(true, 'inc'), asm: 'CSINC <Xd>, <Xn>, <Xm>, <cond>' },
  { name: 'CSINV_64_condsel', pattern: '11011010100mmmmmcccc00nnnnnddddd', exec: csinv64, wasm: condSelWasm(true, 'inv'), asm: 'CSINV <Xd>, <Xn>, <Xm>, <cond>' },
  { name: 'CSNEG_64_condsel', pattern: '11011010100mmmmmcccc01nnnnnddddd', exec: csneg64, wasm: condSelWasm(true, 'neg'), asm: 'CSNEG <Xd>, <Xn>, <Xm>, <cond>' },
  // Data-processing (1 source)
  { name: 'RBIT_32_dp_1src', pattern: '0101101011000000000000nnnnnddddd', exec: rbit32op, wasm: rbitWasm(false), asm: 'RBIT <Wd>, <Wn>' },
  { name: 'REV16_32_dp_1src', pattern: '0101101011000000000001nnnnnddddd', exec: rev16op32, wasm: revWasm(false, 16), asm: 'REV16 <Wd>, <Wn>' },
  { name: 'REV_32_dp_1src', pattern: '0101101011000000000010nnnnnddddd', exec: revop32, wasm: revWasm(false, 32), asm: 'REV <Wd>, <Wn>' },
  { name: 'CLZ_32_dp_1src', pattern: '0101101011000000000100nnnnnddddd', exec: clzop32, wasm: clzWasm(false, false), asm: 'CLZ <Wd>, <Wn>' },
  { name: 'CLS_32_dp_1src', pattern: '0101101011000000000101nnnnnddddd', exec: clsop32, wasm: clzWasm(false, true), asm: 'CLS <Wd>, <Wn>' },
  { name: 'RBIT_64_dp_1src', pattern: '1101101011000000000000nnnnnddddd', exec: rbit64op, wasm: rbitWasm(true), asm: 'RBIT <Xd>, <Xn>' },
  { name: 'REV16_64_dp_1src', pattern: '1101101011000000000001nnnnnddddd', exec: rev16op64, wasm: revWasm(true, 16), asm: 'REV16 <Xd>, <Xn>' },
  { name: 'REV32_64_dp_1src', pattern: '1101101011000000000010nnnnnddddd', exec: rev32op64, wasm: revWasm(true, 32), asm: 'REV32 <Xd>, <Xn>' },
  { name: 'REV_64_dp_1src', pattern: '1101101011000000000011nnnnnddddd', exec: revop64, wasm: revWasm(true, 64), asm: 'REV <Xd>, <Xn>' },
  { name: 'CLZ_64_dp_1src', pattern: '1101101011000000000100nnnnnddddd', exec: clzop64, wasm: clzWasm(true, false), asm: 'CLZ <Xd>, <Xn>' },
  { name: 'CLS_64_dp_1src', pattern: '1101101011000000000101nnnnnddddd', exec: clsop64, wasm: clzWasm(true, true), asm: 'CLS <Xd>, <Xn>' },
  // Data-processing (2 source)
  { name: 'UDIV_32_dp_2src', pattern: '00011010110mmmmm000010nnnnnddddd', exec: udiv32, wasm: divWasm(false, false), asm: 'UDIV <Wd>, <Wn>, <Wm>' },
  { name: 'SDIV_32_dp_2src', pattern: '00011010110mmmmm000011nnnnnddddd', exec: sdiv32, wasm: divWasm(false, true), asm: 'SDIV <Wd>, <Wn>, <Wm>' },
  { name: 'LSLV_32_dp_2src', pattern: '00011010110mmmmm001000nnnnnddddd', exec: lslv32, wasm: shiftVWasm(false, 0), asm: 'LSLV <Wd>, <Wn>, <Wm>' },
  { name: 'LSRV_32_dp_2src', pattern: '00011010110mmmmm001001nnnnnddddd', exec: lsrv32, wasm: shiftVWasm(false, 1), asm: 'LSRV <Wd>, <Wn>, <Wm>' },
  { name: 'ASRV_32_dp_2src', pattern: '00011010110mmmmm001010nnnnnddddd', exec: asrv32, wasm: shiftVWasm(false, 2), asm: 'ASRV <Wd>, <Wn>, <Wm>' },
  { name: 'RORV_32_dp_2src', pattern: '00011010110mmmmm001011nnnnnddddd', exec: rorv32, wasm: shiftVWasm(false, 3), asm: 'RORV <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32B_32C_dp_2src', pattern: '00011010110mmmmm010000nnnnnddddd', exec: crc32b, wasm: crcWasm(CRC32_POLY, 1), asm: 'CRC32B <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32H_32C_dp_2src', pattern: '00011010110mmmmm010001nnnnnddddd', exec: crc32h, wasm: crcWasm(CRC32_POLY, 2), asm: 'CRC32H <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32W_32C_dp_2src', pattern: '00011010110mmmmm010010nnnnnddddd', exec: crc32w, wasm: crcWasm(CRC32_POLY, 4), asm: 'CRC32W <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32CB_32C_dp_2src', pattern: '00011010110mmmmm010100nnnnnddddd', exec: crc32cb, wasm: crcWasm(CRC32C_POLY, 1), asm: 'CRC32CB <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32CH_32C_dp_2src', pattern: '00011010110mmmmm010101nnnnnddddd', exec: crc32ch, wasm: crcWasm(CRC32C_POLY, 2), asm: 'CRC32CH <Wd>, <Wn>, <Wm>' },
  { name: 'CRC32CW_32C_dp_2src', pattern: '00011010110mmmmm010110nnnnnddddd', exec: crc32cw, wasm: crcWasm(CRC32C_POLY, 4), asm: 'CRC32CW <Wd>, <Wn>, <Wm>' },
  { name: 'UDIV_64_dp_2src', pattern: '10011010110mmmmm000010nnnnnddddd', exec: udivop64, wasm: divWasm(true, false), asm: 'UDIV <Xd>, <Xn>, <Xm>' },
  { name: 'SDIV_64_dp_2src', pattern: '10011010110mmmmm000011nnnnnddddd', exec: sdivop64, wasm: divWasm(true, true), asm: 'SDIV <Xd>, <Xn>, <Xm>' },
  { name: 'LSLV_64_dp_2src', pattern: '10011010110mmmmm001000nnnnnddddd', exec: lslv64, wasm: shiftVWasm(true, 0), asm: 'LSLV <Xd>, <Xn>, <Xm>' },
  { name: 'LSRV_64_dp_2src', pattern: '10011010110mmmmm001001nnnnnddddd', exec: lsrv64, wasm: shiftVWasm(true, 1), asm: 'LSRV <Xd>, <Xn>, <Xm>' },
  { name: 'ASRV_64_dp_2src', pattern: '10011010110mmmmm001010nnnnnddddd', exec: asrv64, wasm: shiftVWasm(true, 2), asm: 'ASRV <Xd>, <Xn>, <Xm>' },
  { name: 'RORV_64_dp_2src', pattern: '10011010110mmmmm001011nnnnnddddd', exec: rorv64, wasm: shiftVWasm(true, 3), asm: 'RORV <Xd>, <Xn>, <Xm>' },
  { name: 'CRC32X_64C_dp_2src', pattern: '10011010110mmmmm010011nnnnnddddd', exec: crc32x, wasm: crcWasm(CRC32_POLY, 8), asm: 'CRC32X <Wd>, <Wn>, <Xm>' },
  { name: 'CRC32CX_64C_dp_2src', pattern: '10011010110mmmmm010111nnnnnddddd', exec: crc32cx, wasm: crcWasm(CRC32C_POLY, 8), asm: 'CRC32CX <Wd>, <Wn>, <Xm>' },
  // Data-processing (3 source). Ra of SMULH/UMULH is (1)(1)(1)(1)(1): not decoded.
  { name: 'MADD_32A_dp_3src', pattern: '00011011000mmmmm0aaaaannnnnddddd', exec: madd32, wasm: mulAddWasm(false, false), asm: 'MADD <Wd>, <Wn>, <Wm>, <Wa>' },
  { name: 'MSUB_32A_dp_3src', pattern: '00011011000mmmmm1aaaaannnnnddddd', exec: msub32, wasm: mulAddWasm(false, true), asm: 'MSUB <Wd>, <Wn>, <Wm>, <Wa>' },
  { name: 'MADD_64A_dp_3src', pattern: '10011011000mmmmm0aaaaannnnnddddd', exec: madd64, js: madd64Js, wasm: mulAddWasm(true, false), asm: 'MADD <Xd>, <Xn>, <Xm>, <Xa>' },
  { name: 'MSUB_64A_dp_3src', pattern: '10011011000mmmmm1aaaaannnnnddddd', exec: msub64, wasm: mulAddWasm(true, true), asm: 'MSUB <Xd>, <Xn>, <Xm>, <Xa>' },
  { name: 'SMADDL_64WA_dp_3src', pattern: '10011011001mmmmm0aaaaannnnnddddd', exec: smaddl, wasm: mulAddLongWasm(true, false), asm: 'SMADDL <Xd>, <Wn>, <Wm>, <Xa>' },
  { name: 'SMSUBL_64WA_dp_3src', pattern: '10011011001mmmmm1aaaaannnnnddddd', exec: smsubl, wasm: mulAddLongWasm(true, true), asm: 'SMSUBL <Xd>, <Wn>, <Wm>, <Xa>' },
  { name: 'SMULH_64_dp_3src', pattern: '10011011010mmmmm0aaaaannnnnddddd', exec: smulh, wasm: mulHighWasm(true), asm: 'SMULH <Xd>, <Xn>, <Xm>' },
  { name: 'UMADDL_64WA_dp_3src', pattern: '10011011101mmmmm0aaaaannnnnddddd', exec: umaddl, wasm: mulAddLongWasm(false, false), asm: 'UMADDL <Xd>, <Wn>, <Wm>, <Xa>' },
  { name: 'UMSUBL_64WA_dp_3src', pattern: '10011011101mmmmm1aaaaannnnnddddd', exec: umsubl, wasm: mulAddLongWasm(false, true), asm: 'UMSUBL <Xd>, <Wn>, <Wm>, <Xa>' },
  { name: 'UMULH_64_dp_3src', pattern: '10011011110mmmmm0aaaaannnnnddddd', exec: umulh, wasm: mulHighWasm(false), asm: 'UMULH <Xd>, <Xn>, <Xm>' },
];

export const DATAPROC_ROWS: Row[] = [...DATAPROC_IMM_ROWS, ...DATAPROC_REG_ROWS];
