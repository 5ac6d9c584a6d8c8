// A64 scalar floating-point: the "Data Processing -- Scalar Floating-Point and Advanced
// SIMD" groups of the Arm ARM for scalar FP (floatdp1, floatdp2, floatdp3, floatcmp,
// floatccmp, floatsel, floatimm, float2fix, float2int), single and double precision, plus
// FCVT to and from half precision. The arithmetic lives in ../fpu.ts.
//
// Register operands: Rd = insn & 31, Rn = insn >>> 5 & 31, Rm = insn >>> 16 & 31,
// Ra = insn >>> 10 & 31. V<n> is cpu.vreg[4n .. 4n + 3], least significant word first.
// Scalar writes to S/D/H registers zero the rest of the 128-bit V register.
//
// Access control: every handler here must first check CPACR_EL1.FPEN (and CPTR_EL2.TFP)
// once the exception model exists; the check goes where the `// FP access check` comments are.

import * as fpu from '../fpu.ts';
import * as alu from '../alu.ts';
import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import { SYSREG } from '../sysregs.ts';

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
const fixedToFP = fpu.fixedToFP;
const f32ToBits = fpu.f32ToBits;
const f64ToBits = fpu.f64ToBits;
const cvtSD = fpu.cvtSD;
const cvtDS = fpu.cvtDS;
const cvtSH = fpu.cvtSH;
const cvtDH = fpu.cvtDH;
const cvtHS = fpu.cvtHS;
const cvtHD = fpu.cvtHD;
const expandImmS = fpu.expandImmS;
const expandImmDHi = fpu.expandImmDHi;
const FMT_S = fpu.FMT_S;
const FMT_D = fpu.FMT_D;

/** Offsets of FPCR and FPSR in cpu.sys.values (low halves). */
const FPCR_I = 2 * SYSREG.FPCR;
const FPSR_I = 2 * SYSREG.FPSR;

function fpcrOf(cpu: Cpu): number {
  fpst.flags = 0;
  return cpu.sys.values[FPCR_I];
}

function commitFlags(cpu: Cpu): void {
  if (fpst.flags !== 0) cpu.sys.values[FPSR_I] |= fpst.flags;
}

function writeS(cpu: Cpu, d: number, v: number): void {
  const r = cpu.vreg;
  const i = d << 2;
  r[i] = v;
  r[i + 1] = 0;
  r[i + 2] = 0;
  r[i + 3] = 0;
}

function writeD(cpu: Cpu, d: number, lo: number, hi: number): void {
  const r = cpu.vreg;
  const i = d << 2;
  r[i] = lo;
  r[i + 1] = hi;
  r[i + 2] = 0;
  r[i + 3] = 0;
}

/** FPRoundingMode of the FCVT<mode> integer conversions, indexed by rmode:opcode<2>. */
const RMODE_OF_CVT = new Int8Array([fpu.RN, fpu.RA, fpu.RP, -1, fpu.RM, -1, fpu.RZ, -1]);

// ---- floatdp1: FMOV, FABS, FNEG, FSQRT, FCVT, FRINT* --------------------------------------

/** Rounding mode per FRINT opcode (bits 17:15); -1 = FPCR (FRINTX, FRINTI). */
const FRINT_MODE = new Int8Array([fpu.RN, fpu.RP, fpu.RM, fpu.RZ, fpu.RA, -2, -1, -1]);

function dp1S(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const a = v[((insn >>> 5) & 31) << 2];
  const d = insn & 31;
  const opc = (insn >>> 15) & 63;
  switch (opc) {
    case 0: // FMOV
      writeS(cpu, d, a);
      return;
    case 1: // FABS
      writeS(cpu, d, a & 0x7fffffff);
      return;
    case 2: // FNEG
      writeS(cpu, d, a ^ 0x80000000);
      return;
  }
  const fpcr = fpcrOf(cpu);
  if (opc === 3) writeS(cpu, d, sqrtS(a, fpcr));
  else if (opc === 5) writeD(cpu, d, cvtSD(a, fpcr), fpst.hi);
  else if (opc === 7) writeS(cpu, d, cvtSH(a, fpcr) & 0xffff);
  else {
    const m = FRINT_MODE[opc & 7];
    writeS(cpu, d, roundIntS(a, m < 0 ? (fpcr >>> 22) & 3 : m, (opc & 7) === 6, fpcr));
  }
  commitFlags(cpu);
}

function dp1D(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const n = ((insn >>> 5) & 31) << 2;
  const lo = v[n];
  const hi = v[n + 1];
  const d = insn & 31;
  const opc = (insn >>> 15) & 63;
  switch (opc) {
    case 0:
      writeD(cpu, d, lo, hi);
      return;
    case 1:
      writeD(cpu, d, lo, hi & 0x7fffffff);
      return;
    case 2:
      writeD(cpu, d, lo, hi ^ 0x80000000);
      return;
  }
  const fpcr = fpcrOf(cpu);
  if (opc === 3) writeD(cpu, d, sqrtD(lo, hi, fpcr), fpst.hi);
  else if (opc === 4) writeS(cpu, d, cvtDS(lo, hi, fpcr));
  else if (opc === 7) writeS(cpu, d, cvtDH(lo, hi, fpcr) & 0xffff);
  else {
    const m = FRINT_MODE[opc & 7];
    writeD(cpu, d, roundIntD(lo, hi, m < 0 ? (fpcr >>> 22) & 3 : m, (opc & 7) === 6, fpcr), fpst.hi);
  }
  commitFlags(cpu);
}

/** FCVT from half precision (ftype = 11, opcode 00010x). */
function dp1H(cpu: Cpu, insn: number): void {
  // FP access check
  const a = cpu.vreg[((insn >>> 5) & 31) << 2] & 0xffff;
  const d = insn & 31;
  const fpcr = fpcrOf(cpu);
  if (((insn >>> 15) & 1) === 0) writeS(cpu, d, cvtHS(a, fpcr));
  else writeD(cpu, d, cvtHD(a, fpcr), fpst.hi);
  commitFlags(cpu);
}

// ---- floatdp2 ------------------------------------------------------------------------------

function dp2S(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const a = v[((insn >>> 5) & 31) << 2];
  const b = v[((insn >>> 16) & 31) << 2];
  const fpcr = fpcrOf(cpu);
  let r: number;
  switch ((insn >>> 12) & 15) {
    case 0: r = mulS(a, b, fpcr); break;
    case 1: r = divS(a, b, fpcr); break;
    case 2: r = addS(a, b, fpcr); break;
    case 3: r = subS(a, b, fpcr); break;
    case 4: r = maxMinS(a, b, true, false, fpcr); break;
    case 5: r = maxMinS(a, b, false, false, fpcr); break;
    case 6: r = maxMinS(a, b, true, true, fpcr); break;
    case 7: r = maxMinS(a, b, false, true, fpcr); break;
    default: r = mulS(a, b, fpcr) ^ 0x80000000; break; // FNMUL: FPNeg(FPMul())
  }
  writeS(cpu, insn & 31, r);
  commitFlags(cpu);
}

function dp2D(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  const alo = v[n];
  const ahi = v[n + 1];
  const blo = v[m];
  const bhi = v[m + 1];
  const fpcr = fpcrOf(cpu);
  let r: number;
  let neg = 0;
  switch ((insn >>> 12) & 15) {
    case 0: r = mulD(alo, ahi, blo, bhi, fpcr); break;
    case 1: r = divD(alo, ahi, blo, bhi, fpcr); break;
    case 2: r = addD(alo, ahi, blo, bhi, fpcr); break;
    case 3: r = subD(alo, ahi, blo, bhi, fpcr); break;
    case 4: r = maxMinD(alo, ahi, blo, bhi, true, false, fpcr); break;
    case 5: r = maxMinD(alo, ahi, blo, bhi, false, false, fpcr); break;
    case 6: r = maxMinD(alo, ahi, blo, bhi, true, true, fpcr); break;
    case 7: r = maxMinD(alo, ahi, blo, bhi, false, true, fpcr); break;
    default: r = mulD(alo, ahi, blo, bhi, fpcr); neg = 0x80000000; break;
  }
  writeD(cpu, insn & 31, r, fpst.hi ^ neg);
  commitFlags(cpu);
}

// ---- floatdp3: FMADD, FMSUB, FNMADD, FNMSUB -------------------------------------------------

function dp3S(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const o1 = (insn >>> 21) & 1;
  const o0 = (insn >>> 15) & 1;
  let a = v[((insn >>> 5) & 31) << 2];
  const b = v[((insn >>> 16) & 31) << 2];
  let c = v[((insn >>> 10) & 31) << 2];
  if (o1 !== 0) c ^= 0x80000000; // FNMADD, FNMSUB negate the addend
  if (o0 !== o1) a ^= 0x80000000; // FMSUB, FNMADD negate the product
  const fpcr = fpcrOf(cpu);
  writeS(cpu, insn & 31, mulAddS(c, a, b, fpcr));
  commitFlags(cpu);
}

function dp3D(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const o1 = (insn >>> 21) & 1;
  const o0 = (insn >>> 15) & 1;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  const ai = ((insn >>> 10) & 31) << 2;
  const chi = o1 !== 0 ? v[ai + 1] ^ 0x80000000 : v[ai + 1];
  const ahi = o0 !== o1 ? v[n + 1] ^ 0x80000000 : v[n + 1];
  const fpcr = fpcrOf(cpu);
  writeD(cpu, insn & 31, mulAddD(v[ai], chi, v[n], ahi, v[m], v[m + 1], fpcr), fpst.hi);
  commitFlags(cpu);
}

// ---- compares and selects --------------------------------------------------------------------

function setNzcv(cpu: Cpu, f: number): void {
  cpu.nf = (f >>> 3) & 1;
  cpu.zf = (f >>> 2) & 1;
  cpu.cf = (f >>> 1) & 1;
  cpu.vf = f & 1;
}

function fcmpS(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const a = v[((insn >>> 5) & 31) << 2];
  const b = (insn & 8) !== 0 ? 0 : v[((insn >>> 16) & 31) << 2];
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareS(a, b, (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fcmpD(cpu: Cpu, insn: number): void {
  // FP access check
  const v = cpu.vreg;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  const zero = (insn & 8) !== 0;
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareD(v[n], v[n + 1], zero ? 0 : v[m], zero ? 0 : v[m + 1], (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fccmpS(cpu: Cpu, insn: number): void {
  // FP access check
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) {
    setNzcv(cpu, insn & 15);
    return;
  }
  const v = cpu.vreg;
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareS(v[((insn >>> 5) & 31) << 2], v[((insn >>> 16) & 31) << 2], (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fccmpD(cpu: Cpu, insn: number): void {
  // FP access check
  if (!conditionHolds(cpu, (insn >>> 12) & 15)) {
    setNzcv(cpu, insn & 15);
    return;
  }
  const v = cpu.vreg;
  const n = ((insn >>> 5) & 31) << 2;
  const m = ((insn >>> 16) & 31) << 2;
  const fpcr = fpcrOf(cpu);
  setNzcv(cpu, compareD(v[n], v[n + 1], v[m], v[m + 1], (insn & 16) !== 0, fpcr));
  commitFlags(cpu);
}

function fcselS(cpu: Cpu, insn: number): void {
  // FP access check
  const src = conditionHolds(cpu, (insn >>> 12) & 15) ? (insn >>> 5) & 31 : (insn >>> 16) & 31;
  writeS(cpu, insn & 31, cpu.vreg[src << 2]);
}

function fcselD(cpu: Cpu, insn: number): void {
  // FP access check
  const src = (conditionHolds(cpu, (insn >>> 12) & 15) ? (insn >>> 5) & 31 : (insn >>> 16) & 31) << 2;
  writeD(cpu, insn & 31, cpu.vreg[src], cpu.vreg[src + 1]);
}

function fmovImmS(cpu: Cpu, insn: number): void {
  // FP access check
  writeS(cpu, insn & 31, expandImmS((insn >>> 13) & 255));
}

function fmovImmD(cpu: Cpu, insn: number): void {
  // FP access check
  writeD(cpu, insn & 31, 0, expandImmDHi((insn >>> 13) & 255));
}

// ---- conversions between FP and integers / fixed point ---------------------------------------

/** Writes a W (sf = 0, zero-extended) or X result to X<d> (31 = XZR). */
function writeX(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const d = (insn & 31) << 1;
  cpu.x[d] = lo;
  cpu.x[d + 1] = insn < 0 ? hi : 0;
}

/** FCVT{N,P,M,Z,A}{S,U} to W/X, and the fixed-point FCVTZS/FCVTZU (float2fix: bit 21 = 0). */
function cvtToIntS(cpu: Cpu, insn: number): void {
  // FP access check
  const a = cpu.vreg[((insn >>> 5) & 31) << 2];
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const mode = RMODE_OF_CVT[((insn >>> 18) & 6) | ((insn >>> 18) & 1)];
  const fpcr = fpcrOf(cpu);
  const lo = toFixedS(a, fbits, (insn & (1 << 16)) !== 0, insn < 0 ? 64 : 32, mode, fpcr);
  writeX(cpu, insn, lo, fpst.hi);
  commitFlags(cpu);
}

function cvtToIntD(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 2;
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const mode = RMODE_OF_CVT[((insn >>> 18) & 6) | ((insn >>> 18) & 1)];
  const fpcr = fpcrOf(cpu);
  const lo = toFixedD(cpu.vreg[n], cpu.vreg[n + 1], fbits, (insn & (1 << 16)) !== 0, insn < 0 ? 64 : 32, mode, fpcr);
  writeX(cpu, insn, lo, fpst.hi);
  commitFlags(cpu);
}

/** SCVTF/UCVTF from W/X (integer and fixed-point forms). */
function cvtFromIntS(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 1;
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const fpcr = fpcrOf(cpu);
  const r = fixedToFP(cpu.x[n], cpu.x[n + 1], insn < 0 ? 64 : 32, (insn & (1 << 16)) !== 0, fbits, FMT_S, fpcr);
  writeS(cpu, insn & 31, f32ToBits(r));
  commitFlags(cpu);
}

function cvtFromIntD(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 1;
  const fix = (insn & (1 << 21)) === 0;
  const fbits = fix ? 64 - ((insn >>> 10) & 63) : 0;
  const fpcr = fpcrOf(cpu);
  const r = fixedToFP(cpu.x[n], cpu.x[n + 1], insn < 0 ? 64 : 32, (insn & (1 << 16)) !== 0, fbits, FMT_D, fpcr);
  const lo = f64ToBits(r);
  writeD(cpu, insn & 31, lo, fpst.hi);
  commitFlags(cpu);
}

// FMOV between general and FP registers.
function fmovWS(cpu: Cpu, insn: number): void {
  // FP access check
  writeX(cpu, insn, cpu.vreg[((insn >>> 5) & 31) << 2], 0);
}

function fmovSW(cpu: Cpu, insn: number): void {
  // FP access check
  writeS(cpu, insn & 31, cpu.x[((insn >>> 5) & 31) << 1]);
}

function fmovXD(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 2;
  writeX(cpu, insn, cpu.vreg[n], cpu.vreg[n + 1]);
}

function fmovDX(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 1;
  writeD(cpu, insn & 31, cpu.x[n], cpu.x[n + 1]);
}

/** FMOV Xd, Vn.D[1]. */
function fmovXD1(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 2;
  writeX(cpu, insn, cpu.vreg[n + 2], cpu.vreg[n + 3]);
}

/** FMOV Vd.D[1], Xn: writes the upper half only, the lower 64 bits are preserved. */
function fmovD1X(cpu: Cpu, insn: number): void {
  // FP access check
  const n = ((insn >>> 5) & 31) << 1;
  const d = (insn & 31) << 2;
  cpu.vreg[d + 2] = cpu.x[n];
  cpu.vreg[d + 3] = cpu.x[n + 1];
}

// ---- the rows --------------------------------------------------------------------------------

type P = 'S' | 'D';
const TYPE: Record<P, string> = { S: '00', D: '01' };

function rows2(name: string, pat: (t: string) => string, s: (cpu: Cpu, insn: number) => void, d: (cpu: Cpu, insn: number) => void, asm: string, suffix = ''): Row[] {
  return (['S', 'D'] as P[]).map((p) => ({
    name: name.replace('?', p + suffix),
    pattern: pat(TYPE[p]),
    exec: p === 'S' ? s : d,
    asm: asm.replace(/<T>/g, p),
  }));
}

const DP1: [string, string][] = [
  ['FMOV', '000000'], ['FABS', '000001'], ['FNEG', '000010'], ['FSQRT', '000011'],
  ['FRINTN', '001000'], ['FRINTP', '001001'], ['FRINTM', '001010'], ['FRINTZ', '001011'],
  ['FRINTA', '001100'], ['FRINTX', '001110'], ['FRINTI', '001111'],
];

const DP2: [string, string][] = [
  ['FMUL', '0000'], ['FDIV', '0001'], ['FADD', '0010'], ['FSUB', '0011'], ['FMAX', '0100'], ['FMIN', '0101'],
  ['FMAXNM', '0110'], ['FMINNM', '0111'], ['FNMUL', '1000'],
];

const DP3: [string, string, string][] = [
  ['FMADD', '0', '0'], ['FMSUB', '0', '1'], ['FNMADD', '1', '0'], ['FNMSUB', '1', '1'],
];

/** float2int rows: name, sf, rmode, opcode, handler for S and D sources. */
const CVT_TO_INT: [string, string, string][] = [
  ['FCVTNS', '00', '000'], ['FCVTNU', '00', '001'], ['FCVTAS', '00', '100'], ['FCVTAU', '00', '101'],
  ['FCVTPS', '01', '000'], ['FCVTPU', '01', '001'], ['FCVTMS', '10', '000'], ['FCVTMU', '10', '001'],
  ['FCVTZS', '11', '000'], ['FCVTZU', '11', '001'],
];

function buildRows(): Row[] {
  const rows: Row[] = [];
  for (const [op, opc] of DP1) {
    rows.push(...rows2(`${op}_?_floatdp1`, (t) => `00011110${t}1${opc}10000nnnnnddddd`, dp1S, dp1D, `${op} <T>d, <T>n`));
  }
  rows.push(
    { name: 'FCVT_DS_floatdp1', pattern: '0001111000100010110000nnnnnddddd', exec: dp1S, asm: 'FCVT Dd, Sn' },
    { name: 'FCVT_HS_floatdp1', pattern: '0001111000100011110000nnnnnddddd', exec: dp1S, asm: 'FCVT Hd, Sn' },
    { name: 'FCVT_SD_floatdp1', pattern: '0001111001100010010000nnnnnddddd', exec: dp1D, asm: 'FCVT Sd, Dn' },
    { name: 'FCVT_HD_floatdp1', pattern: '0001111001100011110000nnnnnddddd', exec: dp1D, asm: 'FCVT Hd, Dn' },
    { name: 'FCVT_SH_floatdp1', pattern: '0001111011100010010000nnnnnddddd', exec: dp1H, asm: 'FCVT Sd, Hn' },
    { name: 'FCVT_DH_floatdp1', pattern: '0001111011100010110000nnnnnddddd', exec: dp1H, asm: 'FCVT Dd, Hn' },
  );
  for (const [op, opc] of DP2) {
    rows.push(...rows2(`${op}_?_floatdp2`, (t) => `00011110${t}1mmmmm${opc}10nnnnnddddd`, dp2S, dp2D, `${op} <T>d, <T>n, <T>m`));
  }
  for (const [op, o1, o0] of DP3) {
    rows.push(...rows2(`${op}_?_floatdp3`, (t) => `00011111${t}${o1}mmmmm${o0}aaaaannnnnddddd`, dp3S, dp3D, `${op} <T>d, <T>n, <T>m, <T>a`));
  }
  rows.push(
    ...rows2('FCMP_?_floatcmp', (t) => `00011110${t}1mmmmm001000nnnnn00000`, fcmpS, fcmpD, 'FCMP <T>n, <T>m'),
    ...rows2('FCMP_?_floatcmp', (t) => `00011110${t}1mmmmm001000nnnnn01000`, fcmpS, fcmpD, 'FCMP <T>n, #0.0', 'Z'),
    ...rows2('FCMPE_?_floatcmp', (t) => `00011110${t}1mmmmm001000nnnnn10000`, fcmpS, fcmpD, 'FCMPE <T>n, <T>m'),
    ...rows2('FCMPE_?_floatcmp', (t) => `00011110${t}1mmmmm001000nnnnn11000`, fcmpS, fcmpD, 'FCMPE <T>n, #0.0', 'Z'),
    ...rows2('FCCMP_?_floatccmp', (t) => `00011110${t}1mmmmmcccc01nnnnn0vvvv`, fccmpS, fccmpD, 'FCCMP <T>n, <T>m, #<nzcv>, <cond>'),
    ...rows2('FCCMPE_?_floatccmp', (t) => `00011110${t}1mmmmmcccc01nnnnn1vvvv`, fccmpS, fccmpD, 'FCCMPE <T>n, <T>m, #<nzcv>, <cond>'),
    ...rows2('FCSEL_?_floatsel', (t) => `00011110${t}1mmmmmcccc11nnnnnddddd`, fcselS, fcselD, 'FCSEL <T>d, <T>n, <T>m, <cond>'),
    ...rows2('FMOV_?_floatimm', (t) => `00011110${t}1iiiiiiii10000000ddddd`, fmovImmS, fmovImmD, 'FMOV <T>d, #<imm>'),
  );
  // float2fix: the 32-bit forms need scale<5> = 1 (fbits <= 32).
  for (const [sf, w, r] of [['0', '32', '1'], ['1', '64', '']] as const) {
    const scale = sf === '0' ? '1sssss' : 'ssssss';
    for (const p of ['S', 'D'] as P[]) {
      const t = TYPE[p];
      const to = p === 'S' ? cvtToIntS : cvtToIntD;
      const from = p === 'S' ? cvtFromIntS : cvtFromIntD;
      const x = sf === '0' ? 'W' : 'X';
      void r;
      rows.push(
        { name: `SCVTF_${p}${w}_float2fix`, pattern: `${sf}0011110${t}000010${scale}nnnnnddddd`, exec: from, asm: `SCVTF ${p}d, ${x}n, #<fbits>` },
        { name: `UCVTF_${p}${w}_float2fix`, pattern: `${sf}0011110${t}000011${scale}nnnnnddddd`, exec: from, asm: `UCVTF ${p}d, ${x}n, #<fbits>` },
        { name: `FCVTZS_${w}${p}_float2fix`, pattern: `${sf}0011110${t}011000${scale}nnnnnddddd`, exec: to, asm: `FCVTZS ${x}d, ${p}n, #<fbits>` },
        { name: `FCVTZU_${w}${p}_float2fix`, pattern: `${sf}0011110${t}011001${scale}nnnnnddddd`, exec: to, asm: `FCVTZU ${x}d, ${p}n, #<fbits>` },
      );
      for (const [op, rm, opc] of CVT_TO_INT) {
        rows.push({ name: `${op}_${w}${p}_float2int`, pattern: `${sf}0011110${t}1${rm}${opc}000000nnnnnddddd`, exec: to, asm: `${op} ${x}d, ${p}n` });
      }
      rows.push(
        { name: `SCVTF_${p}${w}_float2int`, pattern: `${sf}0011110${t}100010000000nnnnnddddd`, exec: from, asm: `SCVTF ${p}d, ${x}n` },
        { name: `UCVTF_${p}${w}_float2int`, pattern: `${sf}0011110${t}100011000000nnnnnddddd`, exec: from, asm: `UCVTF ${p}d, ${x}n` },
      );
    }
  }
  rows.push(
    { name: 'FMOV_32S_float2int', pattern: '0001111000100110000000nnnnnddddd', exec: fmovWS, asm: 'FMOV Wd, Sn' },
    { name: 'FMOV_S32_float2int', pattern: '0001111000100111000000nnnnnddddd', exec: fmovSW, asm: 'FMOV Sd, Wn' },
    { name: 'FMOV_64D_float2int', pattern: '1001111001100110000000nnnnnddddd', exec: fmovXD, asm: 'FMOV Xd, Dn' },
    { name: 'FMOV_D64_float2int', pattern: '1001111001100111000000nnnnnddddd', exec: fmovDX, asm: 'FMOV Dd, Xn' },
    { name: 'FMOV_64VX_float2int', pattern: '1001111010101110000000nnnnnddddd', exec: fmovXD1, asm: 'FMOV Xd, Vn.D[1]' },
    { name: 'FMOV_V64I_float2int', pattern: '1001111010101111000000nnnnnddddd', exec: fmovD1X, asm: 'FMOV Vd.D[1], Xn' },
  );
  return rows;
}

export const FP_ROWS: readonly Row[] = buildRows();
