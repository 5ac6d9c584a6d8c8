// AdvSIMD floating point (Arm ARM C4.1.6): three same (asimdsame, asisdsame and their FP16
// twins), two-register miscellaneous (asimdmisc, asisdmisc, FP16), across lanes
// (FMAXV/FMINV/FMAXNMV/FMINNMV), scalar pairwise (asisdpair), by element (asimdelem,
// asisdelem), the fixed-point conversions of the shift-immediate groups (asimdshf,
// asisdshf), and the scalar half-precision instructions of FEAT_FP16 (floatdp1/2/3,
// floatcmp, floatccmp, floatsel, floatimm, float2int, float2fix with ftype = 11).
//
// Every element operation is a function of ../fpu.ts on raw bits: half and single
// elements as numbers, double elements as (lo, hi) int32 pairs (the high half of a double
// result comes back in fpst.hi). Results are built in the scratch register of simd-core
// and committed, so Vd may alias a source. FPSR flags are gathered in fpst.flags and
// OR-ed into FPSR once per instruction.
//
// Element sizes are "esz": 1 = half, 2 = single, 3 = double.
// (CPACR_EL1.FPEN / CPTR trap check goes here once the exception model exists.)

import * as fpu from '../fpu.ts';
import * as alu from '../alu.ts';
import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import { SYSREG } from '../sysregs.ts';
import { clearScratch, commit, sc, scU16, views, vu16 } from './simd-core.ts';

// tsx reads imported bindings through getters: bind what the handlers use, once.
const fpst = fpu.fpst;
const conditionHolds = alu.conditionHolds;
const addS = fpu.addS;
const subS = fpu.subS;
const mulS = fpu.mulS;
const divS = fpu.divS;
const sqrtS = fpu.sqrtS;
const mulAddS = fpu.mulAddS;
const maxMinS = fpu.maxMinS;
const compareS = fpu.compareS;
const roundIntS = fpu.roundIntS;
const toFixedS = fpu.toFixedS;
const addD = fpu.addD;
const subD = fpu.subD;
const mulD = fpu.mulD;
const divD = fpu.divD;
const sqrtD = fpu.sqrtD;
const mulAddD = fpu.mulAddD;
const maxMinD = fpu.maxMinD;
const compareD = fpu.compareD;
const roundIntD = fpu.roundIntD;
const toFixedD = fpu.toFixedD;
const addH = fpu.addH;
const subH = fpu.subH;
const mulH = fpu.mulH;
const divH = fpu.divH;
const sqrtH = fpu.sqrtH;
const mulAddH = fpu.mulAddH;
const maxMinH = fpu.maxMinH;
const compareH = fpu.compareH;
const roundIntH = fpu.roundIntH;
const toFixedH = fpu.toFixedH;
const resH = fpu.resH;
const mulXS = fpu.mulXS;
const mulXD = fpu.mulXD;
const mulXH = fpu.mulXH;
const recipStepS = fpu.recipStepS;
const recipStepD = fpu.recipStepD;
const recipStepH = fpu.recipStepH;
const rsqrtStepS = fpu.rsqrtStepS;
const rsqrtStepD = fpu.rsqrtStepD;
const rsqrtStepH = fpu.rsqrtStepH;
const recipEstimateF = fpu.recipEstimateF;
const rsqrtEstimateF = fpu.rsqrtEstimateF;
const fixedToFP = fpu.fixedToFP;
const f32ToBits = fpu.f32ToBits;
const f64ToBits = fpu.f64ToBits;
const cvtSD = fpu.cvtSD;
const cvtDS = fpu.cvtDS;
const cvtSH = fpu.cvtSH;
const cvtHS = fpu.cvtHS;
const cvtDSOdd = fpu.cvtDSOdd;
const FMT_H = fpu.FMT_H;
const FMT_S = fpu.FMT_S;
const FMT_D = fpu.FMT_D;

const FPCR_I = 2 * SYSREG.FPCR;
const FPSR_I = 2 * SYSREG.FPSR;

function fpcrOf(cpu: Cpu): number {
  fpst.flags = 0;
  return cpu.sys.values[FPCR_I];
}

function commitFlags(cpu: Cpu): void {
  if (fpst.flags !== 0) cpu.sys.values[FPSR_I] |= fpst.flags;
}

function und(cpu: Cpu, insn: number): never {
  return cpu.undefinedInstruction(insn);
}

/** FEAT_FP16 encodings are UNDEFINED on models without it (cortex-a53 is Armv8.0). */
function needFP16(cpu: Cpu, insn: number): void {
  if (!cpu.model.fp16) cpu.undefinedInstruction(insn);
}

// ---- element operations ------------------------------------------------------------------

const OP_ADD = 0;
const OP_SUB = 1;
const OP_MUL = 2;
const OP_DIV = 3;
const OP_MAX = 4;
const OP_MIN = 5;
const OP_MAXNM = 6;
const OP_MINNM = 7;
const OP_MULX = 8;
const OP_ABD = 9;
const OP_CMEQ = 10;
const OP_CMGE = 11;
const OP_CMGT = 12;
const OP_ACGE = 13;
const OP_ACGT = 14;
const OP_RECPS = 15;
const OP_RSQRTS = 16;
const OP_MLA = 17;
const OP_MLS = 18;

/** Compare results of FPCompare (NZCV) for GE and GT. */
function ge(f: number): boolean {
  return f === 0b0110 || f === 0b0010;
}

/** One single-precision element of a binary op; `c` is the accumulator of FMLA/FMLS. */
function binS(op: number, a: number, b: number, c: number, fpcr: number): number {
  switch (op) {
    case OP_ADD: return addS(a, b, fpcr);
    case OP_SUB: return subS(a, b, fpcr);
    case OP_MUL: return mulS(a, b, fpcr);
    case OP_DIV: return divS(a, b, fpcr);
    case OP_MAX: return maxMinS(a, b, true, false, fpcr);
    case OP_MIN: return maxMinS(a, b, false, false, fpcr);
    case OP_MAXNM: return maxMinS(a, b, true, true, fpcr);
    case OP_MINNM: return maxMinS(a, b, false, true, fpcr);
    case OP_MULX: return mulXS(a, b, fpcr);
    case OP_ABD: return subS(a, b, fpcr) & 0x7fffffff;
    case OP_CMEQ: return (compareS(a, b, false, fpcr) & 4) !== 0 ? -1 : 0;
    case OP_CMGE: return ge(compareS(a, b, true, fpcr)) ? -1 : 0;
    case OP_CMGT: return compareS(a, b, true, fpcr) === 0b0010 ? -1 : 0;
    case OP_ACGE: return ge(compareS(a & 0x7fffffff, b & 0x7fffffff, true, fpcr)) ? -1 : 0;
    case OP_ACGT: return compareS(a & 0x7fffffff, b & 0x7fffffff, true, fpcr) === 0b0010 ? -1 : 0;
    case OP_RECPS: return recipStepS(a, b, fpcr);
    case OP_RSQRTS: return rsqrtStepS(a, b, fpcr);
    case OP_MLA: return mulAddS(c, a, b, fpcr);
    default: return mulAddS(c, a ^ 0x80000000, b, fpcr);
  }
}

function binH(op: number, a: number, b: number, c: number, fpcr: number): number {
  switch (op) {
    case OP_ADD: return addH(a, b, fpcr);
    case OP_SUB: return subH(a, b, fpcr);
    case OP_MUL: return mulH(a, b, fpcr);
    case OP_DIV: return divH(a, b, fpcr);
    case OP_MAX: return maxMinH(a, b, true, false, fpcr);
    case OP_MIN: return maxMinH(a, b, false, false, fpcr);
    case OP_MAXNM: return maxMinH(a, b, true, true, fpcr);
    case OP_MINNM: return maxMinH(a, b, false, true, fpcr);
    case OP_MULX: return mulXH(a, b, fpcr);
    case OP_ABD: return subH(a, b, fpcr) & 0x7fff;
    case OP_CMEQ: return (compareH(a, b, false, fpcr) & 4) !== 0 ? 0xffff : 0;
    case OP_CMGE: return ge(compareH(a, b, true, fpcr)) ? 0xffff : 0;
    case OP_CMGT: return compareH(a, b, true, fpcr) === 0b0010 ? 0xffff : 0;
    case OP_ACGE: return ge(compareH(a & 0x7fff, b & 0x7fff, true, fpcr)) ? 0xffff : 0;
    case OP_ACGT: return compareH(a & 0x7fff, b & 0x7fff, true, fpcr) === 0b0010 ? 0xffff : 0;
    case OP_RECPS: return recipStepH(a, b, fpcr);
    case OP_RSQRTS: return rsqrtStepH(a, b, fpcr);
    case OP_MLA: return mulAddH(c, a, b, fpcr);
    default: return mulAddH(c, a ^ 0x8000, b, fpcr);
  }
}

/** One double element: returns the low half, the high half in fpst.hi. */
function binD(op: number, alo: number, ahi: number, blo: number, bhi: number, clo: number, chi: number, fpcr: number): number {
  let r: number;
  switch (op) {
    case OP_ADD: return addD(alo, ahi, blo, bhi, fpcr);
    case OP_SUB: return subD(alo, ahi, blo, bhi, fpcr);
    case OP_MUL: return mulD(alo, ahi, blo, bhi, fpcr);
    case OP_DIV: return divD(alo, ahi, blo, bhi, fpcr);
    case OP_MAX: return maxMinD(alo, ahi, blo, bhi, true, false, fpcr);
    case OP_MIN: return maxMinD(alo, ahi, blo, bhi, false, false, fpcr);
    case OP_MAXNM: return maxMinD(alo, ahi, blo, bhi, true, true, fpcr);
    case OP_MINNM: return maxMinD(alo, ahi, blo, bhi, false, true, fpcr);
    case OP_MULX: return mulXD(alo, ahi, blo, bhi, fpcr);
    case OP_ABD:
      r = subD(alo, ahi, blo, bhi, fpcr);
      fpst.hi &= 0x7fffffff;
      return r;
    case OP_CMEQ: r = (compareD(alo, ahi, blo, bhi, false, fpcr) & 4) !== 0 ? -1 : 0; break;
    case OP_CMGE: r = ge(compareD(alo, ahi, blo, bhi, true, fpcr)) ? -1 : 0; break;
    case OP_CMGT: r = compareD(alo, ahi, blo, bhi, true, fpcr) === 0b0010 ? -1 : 0; break;
    case OP_ACGE: r = ge(compareD(alo, ahi & 0x7fffffff, blo, bhi & 0x7fffffff, true, fpcr)) ? -1 : 0; break;
    case OP_ACGT: r = compareD(alo, ahi & 0x7fffffff, blo, bhi & 0x7fffffff, true, fpcr) === 0b0010 ? -1 : 0; break;
    case OP_RECPS: return recipStepD(alo, ahi, blo, bhi, fpcr);
    case OP_RSQRTS: return rsqrtStepD(alo, ahi, blo, bhi, fpcr);
    case OP_MLA: return mulAddD(clo, chi, alo, ahi, blo, bhi, fpcr);
    default: return mulAddD(clo, chi, alo, ahi ^ 0x80000000, blo, bhi, fpcr);
  }
  fpst.hi = r;
  return r;
}

// ---- three same -----------------------------------------------------------------------------

/** Op per U:a:opcode<2:0> of the FP three-same opcodes 11xxx; -1 unallocated. Bit 5: pairwise. */
const SAME_OPS = new Int8Array(32).fill(-1);
const PAIR = 32;
// U = 0, a = 0
SAME_OPS[0b00000] = OP_MAXNM; SAME_OPS[0b00001] = OP_MLA; SAME_OPS[0b00010] = OP_ADD; SAME_OPS[0b00011] = OP_MULX;
SAME_OPS[0b00100] = OP_CMEQ; SAME_OPS[0b00110] = OP_MAX; SAME_OPS[0b00111] = OP_RECPS;
// U = 0, a = 1
SAME_OPS[0b01000] = OP_MINNM; SAME_OPS[0b01001] = OP_MLS; SAME_OPS[0b01010] = OP_SUB; SAME_OPS[0b01110] = OP_MIN;
SAME_OPS[0b01111] = OP_RSQRTS;
// U = 1, a = 0
SAME_OPS[0b10000] = OP_MAXNM | PAIR; SAME_OPS[0b10010] = OP_ADD | PAIR; SAME_OPS[0b10011] = OP_MUL;
SAME_OPS[0b10100] = OP_CMGE; SAME_OPS[0b10101] = OP_ACGE; SAME_OPS[0b10110] = OP_MAX | PAIR; SAME_OPS[0b10111] = OP_DIV;
// U = 1, a = 1
SAME_OPS[0b11000] = OP_MINNM | PAIR; SAME_OPS[0b11010] = OP_ABD; SAME_OPS[0b11100] = OP_CMGT; SAME_OPS[0b11101] = OP_ACGT;
SAME_OPS[0b11110] = OP_MIN | PAIR;

/**
 * Three same, FP (vector and scalar, single/double, and the FP16 forms where bit 21 = 0).
 * Pairwise ops read the concatenation Vm:Vn, pair by pair.
 */
function fpSame(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const half = (insn & (1 << 21)) === 0;
  if (half) needFP16(cpu, insn);
  const esz = half ? 1 : (insn & (1 << 22)) !== 0 ? 3 : 2;
  const sel = (((insn >>> 29) & 1) << 4) | (((insn >>> 23) & 1) << 3) | ((insn >>> 11) & 7);
  const code = SAME_OPS[sel];
  if (code < 0 || (esz === 3 && q === 0 && !scalar)) return und(cpu, insn);
  const op = code & 31;
  const pair = (code & PAIR) !== 0;
  if (pair && scalar) return und(cpu, insn);
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  const elements = scalar ? 1 : (16 << q) >>> esz >>> 1;
  const fpcr = fpcrOf(cpu);
  clearScratch();
  if (esz === 3) {
    for (let e = 0; e < elements; e++) {
      let ia: number;
      let ib: number;
      if (pair) {
        ia = (e === 0 ? n : m) << 2;
        ib = ia + 2;
      } else {
        ia = (n << 2) + 2 * e;
        ib = (m << 2) + 2 * e;
      }
      const ic = (d << 2) + 2 * e;
      sc[2 * e] = binD(op, v[ia], v[ia + 1], v[ib], v[ib + 1], v[ic], v[ic + 1], fpcr);
      sc[2 * e + 1] = fpst.hi;
    }
  } else if (esz === 2) {
    const hlf = elements >>> 1;
    for (let e = 0; e < elements; e++) {
      let ia: number;
      let ib: number;
      if (pair) {
        ia = ((e < hlf ? n : m) << 2) + 2 * (e < hlf ? e : e - hlf);
        ib = ia + 1;
      } else {
        ia = (n << 2) + e;
        ib = (m << 2) + e;
      }
      sc[e] = binS(op, v[ia], v[ib], v[(d << 2) + e], fpcr);
    }
  } else {
    const hlf = elements >>> 1;
    for (let e = 0; e < elements; e++) {
      let ia: number;
      let ib: number;
      if (pair) {
        ia = ((e < hlf ? n : m) << 3) + 2 * (e < hlf ? e : e - hlf);
        ib = ia + 1;
      } else {
        ia = (n << 3) + e;
        ib = (m << 3) + e;
      }
      scU16[e] = binH(op, vu16[ia], vu16[ib], vu16[(d << 3) + e], fpcr);
    }
  }
  commit(v, d, q);
  commitFlags(cpu);
}

// ---- two-register miscellaneous ---------------------------------------------------------------

const M_ABS = 0;
const M_NEG = 1;
const M_SQRT = 2;
const M_RINT = 3; // + rounding mode in bits 4..6, exact flag bit 7
const M_CVTS = 4; // FP -> signed int; mode in bits 4..6
const M_CVTU = 5;
const M_SCVTF = 6;
const M_UCVTF = 7;
const M_CMGT0 = 8;
const M_CMEQ0 = 9;
const M_CMLT0 = 10;
const M_CMGE0 = 11;
const M_CMLE0 = 12;
const M_RECPE = 13;
const M_RSQRTE = 14;
const M_RECPX = 15;
const FPCR_MODE = 7; // "use FPCR.RMode"

/** Misc op per U:a:opcode (7 bits) for the elementwise FP ops; -1 = not elementwise. */
const MISC_OPS = new Int16Array(128).fill(-1);
function mop(u: number, a: number, opc: number, op: number, mode = 0, exact = 0): void {
  MISC_OPS[(u << 6) | (a << 5) | opc] = op | (mode << 4) | (exact << 7);
}
mop(0, 0, 0x18, M_RINT, fpu.RN); mop(0, 0, 0x19, M_RINT, fpu.RM);
mop(0, 0, 0x1a, M_CVTS, fpu.RN); mop(0, 0, 0x1b, M_CVTS, fpu.RM); mop(0, 0, 0x1c, M_CVTS, fpu.RA); mop(0, 0, 0x1d, M_SCVTF);
mop(0, 1, 0x0c, M_CMGT0); mop(0, 1, 0x0d, M_CMEQ0); mop(0, 1, 0x0e, M_CMLT0); mop(0, 1, 0x0f, M_ABS);
mop(0, 1, 0x18, M_RINT, fpu.RP); mop(0, 1, 0x19, M_RINT, fpu.RZ);
mop(0, 1, 0x1a, M_CVTS, fpu.RP); mop(0, 1, 0x1b, M_CVTS, fpu.RZ); mop(0, 1, 0x1d, M_RECPE); mop(0, 1, 0x1f, M_RECPX);
mop(1, 0, 0x18, M_RINT, fpu.RA); mop(1, 0, 0x19, M_RINT, FPCR_MODE, 1);
mop(1, 0, 0x1a, M_CVTU, fpu.RN); mop(1, 0, 0x1b, M_CVTU, fpu.RM); mop(1, 0, 0x1c, M_CVTU, fpu.RA); mop(1, 0, 0x1d, M_UCVTF);
mop(1, 1, 0x0c, M_CMGE0); mop(1, 1, 0x0d, M_CMLE0); mop(1, 1, 0x0f, M_NEG);
mop(1, 1, 0x19, M_RINT, FPCR_MODE); mop(1, 1, 0x1a, M_CVTU, fpu.RP); mop(1, 1, 0x1b, M_CVTU, fpu.RZ);
mop(1, 1, 0x1d, M_RSQRTE); mop(1, 1, 0x1f, M_SQRT);

/** Applies elementwise misc `code` to a half or single element. */
function miscHS(code: number, half: boolean, a: number, fpcr: number): number {
  const op = code & 15;
  let mode = (code >>> 4) & 7;
  if (mode === FPCR_MODE) mode = (fpcr >>> 22) & 3;
  if (half) {
    switch (op) {
      case M_ABS: return a & 0x7fff;
      case M_NEG: return a ^ 0x8000;
      case M_SQRT: return sqrtH(a, fpcr);
      case M_RINT: return roundIntH(a, mode, (code & 128) !== 0, fpcr);
      case M_CVTS: return toFixedH(a, 0, false, 16, mode, fpcr);
      case M_CVTU: return toFixedH(a, 0, true, 16, mode, fpcr);
      case M_SCVTF: return resH(fixedToFP((a << 16) >> 16, 0, 32, false, 0, FMT_H, fpcr));
      case M_UCVTF: return resH(fixedToFP(a & 0xffff, 0, 32, true, 0, FMT_H, fpcr));
      case M_CMGT0: return compareH(a, 0, true, fpcr) === 0b0010 ? 0xffff : 0;
      case M_CMEQ0: return (compareH(a, 0, false, fpcr) & 4) !== 0 ? 0xffff : 0;
      case M_CMLT0: return compareH(0, a, true, fpcr) === 0b0010 ? 0xffff : 0;
      case M_CMGE0: return ge(compareH(a, 0, true, fpcr)) ? 0xffff : 0;
      case M_CMLE0: return ge(compareH(0, a, true, fpcr)) ? 0xffff : 0;
      case M_RECPE: return recipEstimateF(FMT_H, a, 0, fpcr);
      case M_RSQRTE: return rsqrtEstimateF(FMT_H, a, 0, fpcr);
      default: return recpX(FMT_H, a, 0, fpcr);
    }
  }
  switch (op) {
    case M_ABS: return a & 0x7fffffff;
    case M_NEG: return a ^ 0x80000000;
    case M_SQRT: return sqrtS(a, fpcr);
    case M_RINT: return roundIntS(a, mode, (code & 128) !== 0, fpcr);
    case M_CVTS: return toFixedS(a, 0, false, 32, mode, fpcr);
    case M_CVTU: return toFixedS(a, 0, true, 32, mode, fpcr);
    case M_SCVTF: return f32ToBits(fixedToFP(a, 0, 32, false, 0, FMT_S, fpcr));
    case M_UCVTF: return f32ToBits(fixedToFP(a, 0, 32, true, 0, FMT_S, fpcr));
    case M_CMGT0: return compareS(a, 0, true, fpcr) === 0b0010 ? -1 : 0;
    case M_CMEQ0: return (compareS(a, 0, false, fpcr) & 4) !== 0 ? -1 : 0;
    case M_CMLT0: return compareS(0, a, true, fpcr) === 0b0010 ? -1 : 0;
    case M_CMGE0: return ge(compareS(a, 0, true, fpcr)) ? -1 : 0;
    case M_CMLE0: return ge(compareS(0, a, true, fpcr)) ? -1 : 0;
    case M_RECPE: return recipEstimateF(FMT_S, a, 0, fpcr);
    case M_RSQRTE: return rsqrtEstimateF(FMT_S, a, 0, fpcr);
    default: return recpX(FMT_S, a, 0, fpcr);
  }
}

/** Double element of an elementwise misc op: low half returned, high half in fpst.hi. */
function miscD(code: number, lo: number, hi: number, fpcr: number): number {
  const op = code & 15;
  let mode = (code >>> 4) & 7;
  if (mode === FPCR_MODE) mode = (fpcr >>> 22) & 3;
  let r: number;
  switch (op) {
    case M_ABS: fpst.hi = hi & 0x7fffffff; return lo;
    case M_NEG: fpst.hi = hi ^ 0x80000000; return lo;
    case M_SQRT: return sqrtD(lo, hi, fpcr);
    case M_RINT: return roundIntD(lo, hi, mode, (code & 128) !== 0, fpcr);
    case M_CVTS: return toFixedD(lo, hi, 0, false, 64, mode, fpcr);
    case M_CVTU: return toFixedD(lo, hi, 0, true, 64, mode, fpcr);
    case M_SCVTF: return f64ToBits(fixedToFP(lo, hi, 64, false, 0, FMT_D, fpcr));
    case M_UCVTF: return f64ToBits(fixedToFP(lo, hi, 64, true, 0, FMT_D, fpcr));
    case M_CMGT0: r = compareD(lo, hi, 0, 0, true, fpcr) === 0b0010 ? -1 : 0; break;
    case M_CMEQ0: r = (compareD(lo, hi, 0, 0, false, fpcr) & 4) !== 0 ? -1 : 0; break;
    case M_CMLT0: r = compareD(0, 0, lo, hi, true, fpcr) === 0b0010 ? -1 : 0; break;
    case M_CMGE0: r = ge(compareD(lo, hi, 0, 0, true, fpcr)) ? -1 : 0; break;
    case M_CMLE0: r = ge(compareD(0, 0, lo, hi, true, fpcr)) ? -1 : 0; break;
    case M_RECPE: return recipEstimateF(FMT_D, lo, hi, fpcr);
    case M_RSQRTE: return rsqrtEstimateF(FMT_D, lo, hi, fpcr);
    default: return recpX(FMT_D, lo, hi, fpcr);
  }
  fpst.hi = r;
  return r;
}

/** FPRecpX (FRECPX): the exponent inverted, fraction zero; NaNs processed. */
function recpX(fmt: number, lo: number, hi: number, fpcr: number): number {
  if (fmt === FMT_D) {
    if (((hi & 0x7fffffff) > 0x7ff00000 || ((hi & 0x7fffffff) === 0x7ff00000 && lo !== 0))) return fpu.processNaND(lo, hi, fpcr);
    fpu.unpackD(lo, hi, fpcr);
    const exp = (hi >>> 20) & 0x7ff;
    fpst.hi = (hi & 0x80000000) | ((exp === 0 ? 0x7fe : ~exp & 0x7ff) << 20);
    return 0;
  }
  if (fmt === FMT_S) {
    if ((lo & 0x7fffffff) > 0x7f800000) return fpu.processNaNS(lo, fpcr);
    fpu.unpackS(lo, fpcr);
    const exp = (lo >>> 23) & 0xff;
    return (lo & 0x80000000) | ((exp === 0 ? 0xfe : ~exp & 0xff) << 23);
  }
  if (fpu.isNaNH(lo)) return fpu.processNaNH(lo, fpcr);
  const exp = (lo >>> 10) & 0x1f;
  return (lo & 0x8000) | ((exp === 0 ? 0x1e : ~exp & 0x1f) << 10);
}

/**
 * Two-register misc, FP: elementwise ops (vector and scalar, FP16 forms where bit 20 is
 * set), and the conversions between precisions FCVTN{2}, FCVTL{2}, FCVTXN{2}.
 */
function fpMisc(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const a = (insn >>> 23) & 1;
  const opc = (insn >>> 12) & 31;
  const half = (insn & (1 << 20)) !== 0;
  const sz = (insn >>> 22) & 1;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  if (!half && a === 0 && (opc === 0x16 || opc === 0x17)) return fpConvertPrecision(cpu, insn, v, scalar, q, u, sz, opc, d, n);
  if (half) needFP16(cpu, insn);
  const code = MISC_OPS[(u << 6) | (a << 5) | opc];
  if (code < 0) return und(cpu, insn);
  if ((code & 15) === M_RECPX && !scalar) return und(cpu, insn);
  const esz = half ? 1 : sz === 1 ? 3 : 2;
  if (esz === 3 && q === 0 && !scalar) return und(cpu, insn);
  const elements = scalar ? 1 : (16 << q) >>> esz >>> 1;
  const fpcr = fpcrOf(cpu);
  clearScratch();
  if (esz === 3) {
    for (let e = 0; e < elements; e++) {
      const i = (n << 2) + 2 * e;
      sc[2 * e] = miscD(code, v[i], v[i + 1], fpcr);
      sc[2 * e + 1] = fpst.hi;
    }
  } else if (esz === 2) {
    for (let e = 0; e < elements; e++) sc[e] = miscHS(code, false, v[(n << 2) + e], fpcr);
  } else {
    for (let e = 0; e < elements; e++) scU16[e] = miscHS(code, true, vu16[(n << 3) + e], fpcr);
  }
  commit(v, d, q);
  commitFlags(cpu);
}

/** FCVTN{2} (S->H, D->S), FCVTXN{2} (D->S, round to odd), FCVTL{2} (H->S, S->D). */
function fpConvertPrecision(cpu: Cpu, insn: number, v: Int32Array, scalar: boolean, q: number, u: number, sz: number, opc: number, d: number, n: number): void {
  const fpcr = fpcrOf(cpu);
  clearScratch();
  if (opc === 0x16) {
    // Narrowing: the result goes to the lower half (or the upper half for "2", keeping the lower).
    if (u === 1 && sz === 0) return und(cpu, insn);
    if (q !== 0) {
      sc[0] = v[d << 2];
      sc[1] = v[(d << 2) + 1];
    }
    if (sz === 1) {
      const cnt = scalar ? 1 : 2;
      for (let e = 0; e < cnt; e++) {
        const i = (n << 2) + 2 * e;
        sc[e + 2 * q] = u === 1 ? cvtDSOdd(v[i], v[i + 1], fpcr) : cvtDS(v[i], v[i + 1], fpcr);
      }
    } else {
      if (scalar) return und(cpu, insn);
      for (let e = 0; e < 4; e++) scU16[e + 4 * q] = cvtSH(v[(n << 2) + e], fpcr);
    }
    commit(v, d, scalar ? 0 : 1);
    if (q === 0 && !scalar) {
      v[(d << 2) + 2] = 0;
      v[(d << 2) + 3] = 0;
    }
  } else {
    if (scalar || u === 1) return und(cpu, insn);
    if (sz === 1) {
      for (let e = 0; e < 2; e++) {
        sc[2 * e] = cvtSD(v[(n << 2) + 2 * q + e], fpcr);
        sc[2 * e + 1] = fpst.hi;
      }
    } else {
      for (let e = 0; e < 4; e++) sc[e] = cvtHS(vu16[(n << 3) + 4 * q + e], fpcr);
    }
    commit(v, d, 1);
  }
  commitFlags(cpu);
}

// ---- across lanes, scalar pairwise --------------------------------------------------------------

/** Max/min op of the FMAXNMV/FMAXV/FMINNMV/FMINV (and pairwise) opcodes: a, opcode<1:0>. */
function maxMinOp(a: number, opc: number): number {
  if ((opc & 3) === 0) return a === 0 ? OP_MAXNM : OP_MINNM;
  if ((opc & 3) === 3) return a === 0 ? OP_MAX : OP_MIN;
  return -1;
}

/** FMAXV/FMINV/FMAXNMV/FMINNMV: 4S (Q = 1, sz = 0) or 4H/8H (FP16, U = 0). */
function fpAcross(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const half = u === 0;
  if (half) needFP16(cpu, insn);
  const op = maxMinOp((insn >>> 23) & 1, (insn >>> 12) & 31);
  if (op < 0 || (!half && (q === 0 || (insn & (1 << 22)) !== 0))) return und(cpu, insn);
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const fpcr = fpcrOf(cpu);
  let r: number;
  if (half) {
    const b = n << 3;
    const r0 = binH(op, vu16[b], vu16[b + 1], 0, fpcr);
    const r1 = binH(op, vu16[b + 2], vu16[b + 3], 0, fpcr);
    r = binH(op, r0, r1, 0, fpcr);
    if (q !== 0) {
      const r2 = binH(op, vu16[b + 4], vu16[b + 5], 0, fpcr);
      const r3 = binH(op, vu16[b + 6], vu16[b + 7], 0, fpcr);
      r = binH(op, r, binH(op, r2, r3, 0, fpcr), 0, fpcr);
    }
  } else {
    const b = n << 2;
    const r0 = binS(op, v[b], v[b + 1], 0, fpcr);
    const r1 = binS(op, v[b + 2], v[b + 3], 0, fpcr);
    r = binS(op, r0, r1, 0, fpcr);
  }
  const w = d << 2;
  v[w] = half ? r & 0xffff : r;
  v[w + 1] = 0;
  v[w + 2] = 0;
  v[w + 3] = 0;
  commitFlags(cpu);
}

/** FADDP/FMAXP/FMINP/FMAXNMP/FMINNMP (scalar): the two elements of Vn (2S, 2D, or 2H when U = 0). */
function fpPairScalar(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const u = (insn >>> 29) & 1;
  const a = (insn >>> 23) & 1;
  const opc = (insn >>> 12) & 31;
  let op = maxMinOp(a, opc);
  if (opc === 0x0d) op = a === 0 ? OP_ADD : -1;
  if (op < 0) return und(cpu, insn);
  if (u === 0) needFP16(cpu, insn);
  const d = (insn & 31) << 2;
  const n = ((insn >>> 5) & 31) << 2;
  const fpcr = fpcrOf(cpu);
  let lo: number;
  let hi = 0;
  if (u === 0) lo = binH(op, vu16[n << 1], vu16[(n << 1) + 1], 0, fpcr);
  else if ((insn & (1 << 22)) !== 0) {
    lo = binD(op, v[n], v[n + 1], v[n + 2], v[n + 3], 0, 0, fpcr);
    hi = fpst.hi;
  } else lo = binS(op, v[n], v[n + 1], 0, fpcr);
  v[d] = lo;
  v[d + 1] = hi;
  v[d + 2] = 0;
  v[d + 3] = 0;
  commitFlags(cpu);
}

// ---- by element -----------------------------------------------------------------------------

/**
 * FMLA, FMLS, FMUL, FMULX by element (vector and scalar). size 10: single, index H:L,
 * Rm = M:Rm; size 11: double, index H (L = 1 unallocated); size 00: half (FP16), index
 * H:L:M, Rm 4 bits.
 */
function fpElem(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const u = (insn >>> 29) & 1;
  const size = (insn >>> 22) & 3;
  const opc = (insn >>> 12) & 15;
  const h = (insn >>> 11) & 1;
  const l = (insn >>> 21) & 1;
  const mb = (insn >>> 20) & 1;
  let op: number;
  if (opc === 1 && u === 0) op = OP_MLA;
  else if (opc === 5 && u === 0) op = OP_MLS;
  else if (opc === 9) op = u === 0 ? OP_MUL : OP_MULX;
  else return und(cpu, insn);
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  if (size === 1) return und(cpu, insn);
  if (size === 0) needFP16(cpu, insn);
  const fpcr = fpcrOf(cpu);
  clearScratch();
  if (size === 3) {
    if (l !== 0 || (q === 0 && !scalar)) return und(cpu, insn);
    const m = (insn >>> 16) & 31;
    const ib = (m << 2) + 2 * h;
    const blo = v[ib];
    const bhi = v[ib + 1];
    const cnt = scalar ? 1 : 2;
    for (let e = 0; e < cnt; e++) {
      const ia = (n << 2) + 2 * e;
      const ic = (d << 2) + 2 * e;
      sc[2 * e] = binD(op, v[ia], v[ia + 1], blo, bhi, v[ic], v[ic + 1], fpcr);
      sc[2 * e + 1] = fpst.hi;
    }
  } else if (size === 2) {
    const m = (insn >>> 16) & 31;
    const b = v[(m << 2) + ((h << 1) | l)];
    const cnt = scalar ? 1 : 2 << q;
    for (let e = 0; e < cnt; e++) sc[e] = binS(op, v[(n << 2) + e], b, v[(d << 2) + e], fpcr);
  } else {
    const m = (insn >>> 16) & 15;
    const b = vu16[(m << 3) + ((h << 2) | (l << 1) | mb)];
    const cnt = scalar ? 1 : 4 << q;
    for (let e = 0; e < cnt; e++) scU16[e] = binH(op, vu16[(n << 3) + e], b, vu16[(d << 3) + e], fpcr);
  }
  commit(v, d, q);
  commitFlags(cpu);
}

// ---- fixed-point conversions (shift by immediate groups) ----------------------------------------

/**
 * SCVTF/UCVTF (opcode 11100) and FCVTZS/FCVTZU (11111) with #fbits, vector and scalar.
 * immh: 001x half, 01xx single, 1xxx double; fbits = 2 * esize - immh:immb.
 */
function fpShiftCvt(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const scalar = (insn & 0x10000000) !== 0;
  const q = scalar ? 0 : (insn >>> 30) & 1;
  const unsigned = (insn & (1 << 29)) !== 0;
  const toInt = ((insn >>> 11) & 31) === 0x1f;
  const immhb = (insn >>> 16) & 127;
  const immh = immhb >>> 3;
  let esz: number;
  if (immh >= 8) esz = 3;
  else if (immh >= 4) esz = 2;
  else if (immh >= 2) {
    needFP16(cpu, insn);
    esz = 1;
  } else return und(cpu, insn);
  if (esz === 3 && q === 0 && !scalar) return und(cpu, insn);
  const fbits = (16 << esz) - immhb;
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const elements = scalar ? 1 : (16 << q) >>> esz >>> 1;
  const mode = fpu.RZ;
  const fpcr = fpcrOf(cpu);
  clearScratch();
  for (let e = 0; e < elements; e++) {
    if (esz === 3) {
      const i = (n << 2) + 2 * e;
      sc[2 * e] = toInt ? toFixedD(v[i], v[i + 1], fbits, unsigned, 64, mode, fpcr) : f64ToBits(fixedToFP(v[i], v[i + 1], 64, unsigned, fbits, FMT_D, fpcr));
      sc[2 * e + 1] = fpst.hi;
    } else if (esz === 2) {
      const a = v[(n << 2) + e];
      sc[e] = toInt ? toFixedS(a, fbits, unsigned, 32, mode, fpcr) : f32ToBits(fixedToFP(a, 0, 32, unsigned, fbits, FMT_S, fpcr));
    } else {
      const a = vu16[(n << 3) + e];
      scU16[e] = toInt ? toFixedH(a, fbits, unsigned, 16, mode, fpcr) : resH(fixedToFP(unsigned ? a : (a << 16) >> 16, 0, 32, unsigned, fbits, FMT_H, fpcr));
    }
  }
  commit(v, d, q);
  commitFlags(cpu);
}

// ---- scalar half precision (FEAT_FP16) ----------------------------------------------------------

function writeH(cpu: Cpu, d: number, h: number): void {
  const r = cpu.vreg;
  const i = d << 2;
  r[i] = h & 0xffff;
  r[i + 1] = 0;
  r[i + 2] = 0;
  r[i + 3] = 0;
}

function readH(cpu: Cpu, n: number): number {
  return cpu.vreg[n << 2] & 0xffff;
}

const FRINT_MODE = new Int8Array([fpu.RN, fpu.RP, fpu.RM, fpu.RZ, fpu.RA, -2, -1, -1]);

/** floatdp1 with ftype = 11: FMOV, FABS, FNEG, FSQRT, FRINT*, FCVT Sd/Dd, Hn are in fp.ts. */
function dp1H(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const a = readH(cpu, (insn >>> 5) & 31);
  const d = insn & 31;
  const opc = (insn >>> 15) & 63;
  switch (opc) {
    case 0: writeH(cpu, d, a); return;
    case 1: writeH(cpu, d, a & 0x7fff); return;
    case 2: writeH(cpu, d, a ^ 0x8000); return;
  }
  const fpcr = fpcrOf(cpu);
  if (opc === 3) writeH(cpu, d, sqrtH(a, fpcr));
  else {
    const m = FRINT_MODE[opc & 7];
    writeH(cpu, d, roundIntH(a, m < 0 ? (fpcr >>> 22) & 3 : m, (opc & 7) === 6, fpcr));
  }
  commitFlags(cpu);
}

function dp2H(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const a = readH(cpu, (insn >>> 5) & 31);
  const b = readH(cpu, (insn >>> 16) & 31);
  const fpcr = fpcrOf(cpu);
  let r: number;
  switch ((insn >>> 12) & 15) {
    case 0: r = mulH(a, b, fpcr); break;
    case 1: r = divH(a, b, fpcr); break;
    case 2: r = addH(a, b, fpcr); break;
    case 3: r = subH(a, b, fpcr); break;
    case 4: r = maxMinH(a, b, true, false, fpcr); break;
    case 5: r = maxMinH(a, b, false, false, fpcr); break;
    case 6: r = maxMinH(a, b, true, true, fpcr); break;
    case 7: r = maxMinH(a, b, false, true, fpcr); break;
    default: r = mulH(a, b, fpcr) ^ 0x8000; break;
  }
  writeH(cpu, insn & 31, r);
  commitFlags(cpu);
}

function dp3H(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const o1 = (insn >>> 21) & 1;
  const o0 = (insn >>> 15) & 1;
  let a = readH(cpu, (insn >>> 5) & 31);
  const b = readH(cpu, (insn >>> 16) & 31);
  let c = readH(cpu, (insn >>> 10) & 31);
  if (o1 !== 0) c ^= 0x8000;
  if (o0 !== o1) a ^= 0x8000;
  const fpcr = fpcrOf(cpu);
  writeH(cpu, insn & 31, mulAddH(c, a, b, fpcr));
  commitFlags(cpu);
}

function setNzcv(cpu: Cpu, f: number): void {
  cpu.nf = (f >>> 3) & 1;
  cpu.zf = (f >>> 2) & 1;
  cpu.cf = (f >>> 1) & 1;
  cpu.vf = f & 1;
}

function fcmpH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const a = readH(cpu, (insn >>> 5) & 31);
  const b = (insn & 8) !== 0 ? 0 : readH(cpu, (insn >>> 16) & 31);
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareH(a, b, (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fccmpH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) {
    setNzcv(cpu, insn & 15);
    return;
  }
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareH(readH(cpu, (insn >>> 5) & 31), readH(cpu, (insn >>> 16) & 31), (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fcselH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const src = conditionHolds(cpu, (insn >>> 12) & 15) ? (insn >>> 5) & 31 : (insn >>> 16) & 31;
  writeH(cpu, insn & 31, readH(cpu, src));
}

/** VFPExpandImm for half precision. */
function expandImmH(imm8: number): number {
  const b6 = (imm8 >>> 6) & 1;
  const exp = ((b6 ^ 1) << 4) | (b6 ? 0xc : 0) | ((imm8 >>> 4) & 3);
  return ((imm8 >>> 7) << 15) | (exp << 10) | ((imm8 & 15) << 6);
}

function fmovImmH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  writeH(cpu, insn & 31, expandImmH((insn >>> 13) & 255));
}

/** FMOV <Vd>.<T>, #imm for 4H/8H (FP16 vector immediate, o2 = 1). */
function fmovVecImmH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const imm8 = (((insn >>> 16) & 7) << 5) | ((insn >>> 5) & 31);
  const h = expandImmH(imm8);
  const w = h | (h << 16);
  const v = cpu.vreg;
  const d = (insn & 31) << 2;
  const q = (insn >>> 30) & 1;
  v[d] = w;
  v[d + 1] = w;
  v[d + 2] = q !== 0 ? w : 0;
  v[d + 3] = q !== 0 ? w : 0;
}

function writeX(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = lo;
  cpu.x[d + 1] = insn < 0 ? hi : 0;
}

const RMODE_OF_CVT = new Int8Array([fpu.RN, fpu.RA, fpu.RP, -1, fpu.RM, -1, fpu.RZ, -1]);

/** FCVT{N,P,M,Z,A}{S,U} Wd/Xd, Hn and the fixed-point FCVTZS/FCVTZU. */
function cvtToIntH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const a = readH(cpu, (insn >>> 5) & 31);
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const mode = RMODE_OF_CVT[((insn >>> 18) & 6) | ((insn >>> 18) & 1)];
  const fpcr = fpcrOf(cpu);
  const lo = toFixedH(a, fbits, (insn & (1 << 16)) !== 0, insn < 0 ? 64 : 32, mode, fpcr);
  writeX(cpu, insn, lo, fpst.hi);
  commitFlags(cpu);
}

/** SCVTF/UCVTF Hd, Wn/Xn (integer and fixed point). */
function cvtFromIntH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  const n = ((insn >>> 5) & 31) << 1;
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const fpcr = fpcrOf(cpu);
  const r = fixedToFP(cpu.x[n], cpu.x[n + 1], insn < 0 ? 64 : 32, (insn & (1 << 16)) !== 0, fbits, FMT_H, fpcr);
  writeH(cpu, insn & 31, resH(r));
  commitFlags(cpu);
}

function fmovGH(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  writeX(cpu, insn, readH(cpu, (insn >>> 5) & 31), 0);
}

function fmovHG(cpu: Cpu, insn: number): void {
  needFP16(cpu, insn);
  writeH(cpu, insn & 31, cpu.x[((insn >>> 5) & 31) << 1]);
}

// FCVT between H and S/D (scalar) are Armv8.0 rows of fp.ts.

// ---- the rows ---------------------------------------------------------------------------------

function fpRows(): Row[] {
  const rows: Row[] = [];
  // Before the fixed-point conversion rows, whose immh = 0000 encodings are this group.
  rows.push({ name: 'FMOV_asimdimm_H_h', pattern: '0q00111100000iii111111iiiiiddddd', exec: fmovVecImmH, asm: 'FMOV <Vd>.<T>, #<imm>' });
  const same: [number, number, number, string, boolean][] = [
    // U, a, opcode, mnemonic, has a scalar (asisdsame) form
    [0, 0, 0x18, 'FMAXNM', false], [0, 0, 0x19, 'FMLA', false], [0, 0, 0x1a, 'FADD', false], [0, 0, 0x1b, 'FMULX', true],
    [0, 0, 0x1c, 'FCMEQ', true], [0, 0, 0x1e, 'FMAX', false], [0, 0, 0x1f, 'FRECPS', true],
    [0, 1, 0x18, 'FMINNM', false], [0, 1, 0x19, 'FMLS', false], [0, 1, 0x1a, 'FSUB', false], [0, 1, 0x1e, 'FMIN', false],
    [0, 1, 0x1f, 'FRSQRTS', true],
    [1, 0, 0x18, 'FMAXNMP', false], [1, 0, 0x1a, 'FADDP', false], [1, 0, 0x1b, 'FMUL', false], [1, 0, 0x1c, 'FCMGE', true],
    [1, 0, 0x1d, 'FACGE', true], [1, 0, 0x1e, 'FMAXP', false], [1, 0, 0x1f, 'FDIV', false],
    [1, 1, 0x18, 'FMINNMP', false], [1, 1, 0x1a, 'FABD', true], [1, 1, 0x1c, 'FCMGT', true], [1, 1, 0x1d, 'FACGT', true],
    [1, 1, 0x1e, 'FMINP', false],
  ];
  for (const [u, a, opc, mn, hasScalar] of same) {
    const o = opc.toString(2).padStart(5, '0');
    const o3 = o.slice(2);
    rows.push({ name: `${mn}_asimdsame_only`, pattern: `0q${u}01110${a}z1mmmmm${o}1nnnnnddddd`, exec: fpSame, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<T>` });
    rows.push({ name: `${mn}_asimdsamefp16_only`, pattern: `0q${u}01110${a}10mmmmm00${o3}1nnnnnddddd`, exec: fpSame, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<T>` });
    if (hasScalar) {
      rows.push({ name: `${mn}_asisdsame_only`, pattern: `01${u}11110${a}z1mmmmm${o}1nnnnnddddd`, exec: fpSame, asm: `${mn} <V><d>, <V><n>, <V><m>` });
      rows.push({ name: `${mn}_asisdsamefp16_only`, pattern: `01${u}11110${a}10mmmmm00${o3}1nnnnnddddd`, exec: fpSame, asm: `${mn} <Hd>, <Hn>, <Hm>` });
    }
  }
  const misc: [number, number, number, string, boolean, boolean][] = [
    // U, a, opcode, mnemonic, has scalar form, has FP16 form
    [0, 0, 0x16, 'FCVTN', false, false], [0, 0, 0x17, 'FCVTL', false, false], [1, 0, 0x16, 'FCVTXN', true, false],
    [0, 0, 0x18, 'FRINTN', false, true], [0, 0, 0x19, 'FRINTM', false, true], [0, 0, 0x1a, 'FCVTNS', true, true],
    [0, 0, 0x1b, 'FCVTMS', true, true], [0, 0, 0x1c, 'FCVTAS', true, true], [0, 0, 0x1d, 'SCVTF', true, true],
    [0, 1, 0x0c, 'FCMGT', true, true], [0, 1, 0x0d, 'FCMEQ', true, true], [0, 1, 0x0e, 'FCMLT', true, true],
    [0, 1, 0x0f, 'FABS', false, true], [0, 1, 0x18, 'FRINTP', false, true], [0, 1, 0x19, 'FRINTZ', false, true],
    [0, 1, 0x1a, 'FCVTPS', true, true], [0, 1, 0x1b, 'FCVTZS', true, true], [0, 1, 0x1d, 'FRECPE', true, true],
    [0, 1, 0x1f, 'FRECPX', true, true],
    [1, 0, 0x18, 'FRINTA', false, true], [1, 0, 0x19, 'FRINTX', false, true], [1, 0, 0x1a, 'FCVTNU', true, true],
    [1, 0, 0x1b, 'FCVTMU', true, true], [1, 0, 0x1c, 'FCVTAU', true, true], [1, 0, 0x1d, 'UCVTF', true, true],
    [1, 1, 0x0c, 'FCMGE', true, true], [1, 1, 0x0d, 'FCMLE', true, true], [1, 1, 0x0f, 'FNEG', false, true],
    [1, 1, 0x19, 'FRINTI', false, true], [1, 1, 0x1a, 'FCVTPU', true, true], [1, 1, 0x1b, 'FCVTZU', true, true],
    [1, 1, 0x1d, 'FRSQRTE', true, true], [1, 1, 0x1f, 'FSQRT', false, true],
  ];
  for (const [u, a, opc, mn, hasScalar, hasHalf] of misc) {
    const o = opc.toString(2).padStart(5, '0');
    if (mn !== 'FRECPX') rows.push({ name: `${mn}_asimdmisc_R`, pattern: `0q${u}01110${a}z10000${o}10nnnnnddddd`, exec: fpMisc, asm: `${mn} <Vd>.<T>, <Vn>.<T>` });
    if (hasScalar) rows.push({ name: `${mn}_asisdmisc_R`, pattern: `01${u}11110${a}z10000${o}10nnnnnddddd`, exec: fpMisc, asm: `${mn} <V><d>, <V><n>` });
    if (hasHalf && mn !== 'FRECPX') rows.push({ name: `${mn}_asimdmiscfp16_R`, pattern: `0q${u}01110${a}111100${o}10nnnnnddddd`, exec: fpMisc, asm: `${mn} <Vd>.<T>, <Vn>.<T>` });
    if (hasHalf && hasScalar) rows.push({ name: `${mn}_asisdmiscfp16_R`, pattern: `01${u}11110${a}111100${o}10nnnnnddddd`, exec: fpMisc, asm: `${mn} <Hd>, <Hn>` });
  }
  const across: [number, string, string][] = [[0, '01100', 'FMAXNMV'], [0, '01111', 'FMAXV'], [1, '01100', 'FMINNMV'], [1, '01111', 'FMINV']];
  for (const [a, o, mn] of across) {
    rows.push({ name: `${mn}_asimdall_only_sd`, pattern: `0q101110${a}z11000${o}10nnnnnddddd`, exec: fpAcross, asm: `${mn} <V><d>, <Vn>.<T>` });
    rows.push({ name: `${mn}_asimdall_only_h`, pattern: `0q001110${a}011000${o}10nnnnnddddd`, exec: fpAcross, asm: `${mn} <V><d>, <Vn>.<T>` });
  }
  const pair: [number, string, string][] = [[0, '01100', 'FMAXNMP'], [0, '01101', 'FADDP'], [0, '01111', 'FMAXP'], [1, '01100', 'FMINNMP'], [1, '01111', 'FMINP']];
  for (const [a, o, mn] of pair) {
    rows.push({ name: `${mn}_asisdpair_only_sd`, pattern: `01111110${a}z11000${o}10nnnnnddddd`, exec: fpPairScalar, asm: `${mn} <V><d>, <Vn>.<T>` });
    rows.push({ name: `${mn}_asisdpair_only_h`, pattern: `01011110${a}011000${o}10nnnnnddddd`, exec: fpPairScalar, asm: `${mn} <V><d>, <Vn>.<T>` });
  }
  const elem: [number, string, string][] = [[0, '0001', 'FMLA'], [0, '0101', 'FMLS'], [0, '1001', 'FMUL'], [1, '1001', 'FMULX']];
  for (const [u, o, mn] of elem) {
    rows.push({ name: `${mn}_asimdelem_R_SD`, pattern: `0q${u}011111zlmrrrr${o}h0nnnnnddddd`, exec: fpElem, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<Ts>[<index>]` });
    rows.push({ name: `${mn}_asimdelem_RH_H`, pattern: `0q${u}0111100lmrrrr${o}h0nnnnnddddd`, exec: fpElem, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.H[<index>]` });
    rows.push({ name: `${mn}_asisdelem_R_SD`, pattern: `01${u}111111zlmrrrr${o}h0nnnnnddddd`, exec: fpElem, asm: `${mn} <V><d>, <V><n>, <Vm>.<Ts>[<index>]` });
    rows.push({ name: `${mn}_asisdelem_RH_H`, pattern: `01${u}1111100lmrrrr${o}h0nnnnnddddd`, exec: fpElem, asm: `${mn} <Hd>, <Hn>, <Vm>.H[<index>]` });
  }
  const shf: [number, string, string][] = [[0, '11100', 'SCVTF'], [1, '11100', 'UCVTF'], [0, '11111', 'FCVTZS'], [1, '11111', 'FCVTZU']];
  for (const [u, o, mn] of shf) {
    rows.push({ name: `${mn}_asimdshf_C`, pattern: `0q${u}011110hhhhbbb${o}1nnnnnddddd`, exec: fpShiftCvt, asm: `${mn} <Vd>.<T>, <Vn>.<T>, #<fbits>` });
    rows.push({ name: `${mn}_asisdshf_C`, pattern: `01${u}111110hhhhbbb${o}1nnnnnddddd`, exec: fpShiftCvt, asm: `${mn} <V><d>, <V><n>, #<fbits>` });
  }
  return rows;
}

function halfRows(): Row[] {
  const rows: Row[] = [];
  const dp1: [string, string][] = [
    ['FMOV', '000000'], ['FABS', '000001'], ['FNEG', '000010'], ['FSQRT', '000011'],
    ['FRINTN', '001000'], ['FRINTP', '001001'], ['FRINTM', '001010'], ['FRINTZ', '001011'],
    ['FRINTA', '001100'], ['FRINTX', '001110'], ['FRINTI', '001111'],
  ];
  for (const [mn, o] of dp1) rows.push({ name: `${mn}_H_floatdp1`, pattern: `00011110111${o}10000nnnnnddddd`, exec: dp1H, asm: `${mn} Hd, Hn` });
  const dp2: [string, string][] = [
    ['FMUL', '0000'], ['FDIV', '0001'], ['FADD', '0010'], ['FSUB', '0011'], ['FMAX', '0100'], ['FMIN', '0101'],
    ['FMAXNM', '0110'], ['FMINNM', '0111'], ['FNMUL', '1000'],
  ];
  for (const [mn, o] of dp2) rows.push({ name: `${mn}_H_floatdp2`, pattern: `00011110111mmmmm${o}10nnnnnddddd`, exec: dp2H, asm: `${mn} Hd, Hn, Hm` });
  const dp3: [string, string, string][] = [['FMADD', '0', '0'], ['FMSUB', '0', '1'], ['FNMADD', '1', '0'], ['FNMSUB', '1', '1']];
  for (const [mn, o1, o0] of dp3) rows.push({ name: `${mn}_H_floatdp3`, pattern: `0001111111${o1}mmmmm${o0}aaaaannnnnddddd`, exec: dp3H, asm: `${mn} Hd, Hn, Hm, Ha` });
  rows.push(
    { name: 'FCMP_H_floatcmp', pattern: '00011110111mmmmm001000nnnnn00000', exec: fcmpH, asm: 'FCMP Hn, Hm' },
    { name: 'FCMP_HZ_floatcmp', pattern: '00011110111mmmmm001000nnnnn01000', exec: fcmpH, asm: 'FCMP Hn, #0.0' },
    { name: 'FCMPE_H_floatcmp', pattern: '00011110111mmmmm001000nnnnn10000', exec: fcmpH, asm: 'FCMPE Hn, Hm' },
    { name: 'FCMPE_HZ_floatcmp', pattern: '00011110111mmmmm001000nnnnn11000', exec: fcmpH, asm: 'FCMPE Hn, #0.0' },
    { name: 'FCCMP_H_floatccmp', pattern: '00011110111mmmmmcccc01nnnnn0vvvv', exec: fccmpH, asm: 'FCCMP Hn, Hm, #<nzcv>, <cond>' },
    { name: 'FCCMPE_H_floatccmp', pattern: '00011110111mmmmmcccc01nnnnn1vvvv', exec: fccmpH, asm: 'FCCMPE Hn, Hm, #<nzcv>, <cond>' },
    { name: 'FCSEL_H_floatsel', pattern: '00011110111mmmmmcccc11nnnnnddddd', exec: fcselH, asm: 'FCSEL Hd, Hn, Hm, <cond>' },
    { name: 'FMOV_H_floatimm', pattern: '00011110111iiiiiiii10000000ddddd', exec: fmovImmH, asm: 'FMOV Hd, #<imm>' },
  );
  const cvt: [string, string, string][] = [
    ['FCVTNS', '00', '000'], ['FCVTNU', '00', '001'], ['FCVTAS', '00', '100'], ['FCVTAU', '00', '101'],
    ['FCVTPS', '01', '000'], ['FCVTPU', '01', '001'], ['FCVTMS', '10', '000'], ['FCVTMU', '10', '001'],
    ['FCVTZS', '11', '000'], ['FCVTZU', '11', '001'],
  ];
  for (const [sf, w] of [['0', '32'], ['1', '64']] as const) {
    const scale = sf === '0' ? '1sssss' : 'ssssss';
    const x = sf === '0' ? 'W' : 'X';
    rows.push(
      { name: `SCVTF_H${w}_float2fix`, pattern: `${sf}001111011000010${scale}nnnnnddddd`, exec: cvtFromIntH, asm: `SCVTF Hd, ${x}n, #<fbits>` },
      { name: `UCVTF_H${w}_float2fix`, pattern: `${sf}001111011000011${scale}nnnnnddddd`, exec: cvtFromIntH, asm: `UCVTF Hd, ${x}n, #<fbits>` },
      { name: `FCVTZS_${w}H_float2fix`, pattern: `${sf}001111011011000${scale}nnnnnddddd`, exec: cvtToIntH, asm: `FCVTZS ${x}d, Hn, #<fbits>` },
      { name: `FCVTZU_${w}H_float2fix`, pattern: `${sf}001111011011001${scale}nnnnnddddd`, exec: cvtToIntH, asm: `FCVTZU ${x}d, Hn, #<fbits>` },
    );
    for (const [mn, rm, opc] of cvt) rows.push({ name: `${mn}_${w}H_float2int`, pattern: `${sf}0011110111${rm}${opc}000000nnnnnddddd`, exec: cvtToIntH, asm: `${mn} ${x}d, Hn` });
    rows.push(
      { name: `SCVTF_H${w}_float2int`, pattern: `${sf}001111011100010000000nnnnnddddd`, exec: cvtFromIntH, asm: `SCVTF Hd, ${x}n` },
      { name: `UCVTF_H${w}_float2int`, pattern: `${sf}001111011100011000000nnnnnddddd`, exec: cvtFromIntH, asm: `UCVTF Hd, ${x}n` },
      { name: `FMOV_${w}H_float2int`, pattern: `${sf}001111011100110000000nnnnnddddd`, exec: fmovGH, asm: `FMOV ${x}d, Hn` },
      { name: `FMOV_H${w}_float2int`, pattern: `${sf}001111011100111000000nnnnnddddd`, exec: fmovHG, asm: `FMOV Hd, ${x}n` },
    );
  }
  return rows;
}

/** AdvSIMD FP rows and the scalar FP16 rows. */
export const SIMD_FP_ROWS: readonly Row[] = [...fpRows(), ...halfRows()];
