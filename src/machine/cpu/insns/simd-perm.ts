// AdvSIMD moves and permutes (Arm ARM C4.1.6): DUP (element, general), INS (element,
// general), UMOV/SMOV, scalar DUP (MOV Bd, Vn.B[i]...), MOVI/MVNI/ORR/BIC/FMOV (vector,
// immediate), EXT, ZIP1/2, UZP1/2, TRN1/2, TBL/TBX. REV16/32/64 and XTN live with the
// two-register miscellaneous group in simd.ts.
// (CPACR_EL1.FPEN / CPTR trap check goes here once the exception model exists.)

import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import { commit, sc, scU8, setSc, getU, getS, views, vu8, vu16 } from './simd-core.ts';

/** Lowest set bit of imm5 (bits 20:16) = element size log2; -1 when imm5<3:0> = 0. */
function imm5Size(insn: number): number {
  const imm5 = (insn >>> 16) & 15;
  if (imm5 === 0) return -1;
  return 31 - Math.clz32(imm5 & -imm5);
}

/** DUP <Vd>.<T>, <Vn>.<Ts>[<index>] */
function dupElement(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const lg = imm5Size(insn);
  const q = (insn >>> 30) & 1;
  if (lg < 0 || (lg === 3 && q === 0)) cpu.undefinedInstruction(insn);
  const idx = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const n = (insn >>> 5) & 31;
  let w0: number;
  let w1: number;
  if (lg === 3) {
    w0 = v[(n << 2) + 2 * idx];
    w1 = v[(n << 2) + 2 * idx + 1];
  } else {
    const e = getU(n, lg, idx);
    w0 = lg === 0 ? (e * 0x01010101) | 0 : lg === 1 ? (e * 0x10001) | 0 : e | 0;
    w1 = w0;
  }
  const d = (insn & 31) << 2;
  v[d] = w0;
  v[d + 1] = w1;
  v[d + 2] = q !== 0 ? w0 : 0;
  v[d + 3] = q !== 0 ? w1 : 0;
}

/** DUP <Vd>.<T>, <R><n> */
function dupGeneral(cpu: Cpu, insn: number): void {
  const v = cpu.vreg;
  const lg = imm5Size(insn);
  const q = (insn >>> 30) & 1;
  if (lg < 0 || (lg === 3 && q === 0)) cpu.undefinedInstruction(insn);
  const n = ((insn >>> 5) & 31) << 1;
  const x = cpu.x;
  let w0: number;
  let w1: number;
  if (lg === 3) {
    w0 = x[n];
    w1 = x[n + 1];
  } else {
    const r = x[n];
    w0 = lg === 0 ? ((r & 0xff) * 0x01010101) | 0 : lg === 1 ? ((r & 0xffff) * 0x10001) | 0 : r;
    w1 = w0;
  }
  const d = (insn & 31) << 2;
  v[d] = w0;
  v[d + 1] = w1;
  v[d + 2] = q !== 0 ? w0 : 0;
  v[d + 3] = q !== 0 ? w1 : 0;
}

/** INS <Vd>.<Ts>[<index>], <R><n> (MOV alias) */
function insGeneral(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const lg = imm5Size(insn);
  if (lg < 0) cpu.undefinedInstruction(insn);
  const idx = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const x = cpu.x;
  const n = ((insn >>> 5) & 31) << 1;
  const d = insn & 31;
  switch (lg) {
    case 0:
      vu8[(d << 4) + idx] = x[n];
      return;
    case 1:
      vu16[(d << 3) + idx] = x[n];
      return;
    case 2:
      v[(d << 2) + idx] = x[n];
      return;
    default:
      v[(d << 2) + 2 * idx] = x[n];
      v[(d << 2) + 2 * idx + 1] = x[n + 1];
  }
}

/** UMOV <Wd>, <Vn>.<Ts>[<index>] / UMOV <Xd>, <Vn>.D[<index>] (MOV alias for S and D). */
function umov(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const lg = imm5Size(insn);
  const q = (insn >>> 30) & 1;
  if (lg < 0 || (q === 1) !== (lg === 3)) cpu.undefinedInstruction(insn);
  const idx = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const n = (insn >>> 5) & 31;
  const x = cpu.x;
  const d = (insn & 31) << 1;
  if (lg === 3) {
    x[d] = v[(n << 2) + 2 * idx];
    x[d + 1] = v[(n << 2) + 2 * idx + 1];
  } else {
    x[d] = getU(n, lg, idx) | 0;
    x[d + 1] = 0;
  }
}

/** SMOV <Wd>, <Vn>.<Ts>[<index>] (B, H) / SMOV <Xd>, <Vn>.<Ts>[<index>] (B, H, S). */
function smov(cpu: Cpu, insn: number): void {
  views(cpu);
  const lg = imm5Size(insn);
  const q = (insn >>> 30) & 1;
  if (lg < 0 || lg === 3 || (lg === 2 && q === 0)) cpu.undefinedInstruction(insn);
  const idx = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const val = getS((insn >>> 5) & 31, lg, idx);
  const x = cpu.x;
  const d = (insn & 31) << 1;
  x[d] = val;
  x[d + 1] = q !== 0 ? val >> 31 : 0;
}

/** INS <Vd>.<Ts>[<index1>], <Vn>.<Ts>[<index2>] (MOV element alias). */
function insElement(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const lg = imm5Size(insn);
  if (lg < 0) cpu.undefinedInstruction(insn);
  const di = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const si = ((insn >>> 11) & 15) >>> lg;
  const n = (insn >>> 5) & 31;
  const d = insn & 31;
  const bytes = 1 << lg;
  // Byte-wise copy (source read completely first: Vd may equal Vn).
  const s0 = (n << 4) + si * bytes;
  for (let i = 0; i < bytes; i++) scU8[i] = vu8[s0 + i];
  const d0 = (d << 4) + di * bytes;
  for (let i = 0; i < bytes; i++) vu8[d0 + i] = scU8[i];
  void v;
}

/** DUP <V><d>, <Vn>.<T>[<index>] (scalar; MOV alias): the element to a scalar register. */
function dupScalar(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const lg = imm5Size(insn);
  if (lg < 0) cpu.undefinedInstruction(insn);
  const idx = (insn >>> 16) >>> (lg + 1) & (15 >>> lg);
  const n = (insn >>> 5) & 31;
  let w0: number;
  let w1 = 0;
  if (lg === 3) {
    w0 = v[(n << 2) + 2 * idx];
    w1 = v[(n << 2) + 2 * idx + 1];
  } else w0 = getU(n, lg, idx) | 0;
  const d = (insn & 31) << 2;
  v[d] = w0;
  v[d + 1] = w1;
  v[d + 2] = 0;
  v[d + 3] = 0;
}

/**
 * AdvSIMD modified immediate: MOVI, MVNI, ORR, BIC (vector), FMOV (vector, immediate).
 * AdvSIMDExpandImm(op, cmode, imm8) builds a 64-bit pattern replicated to the register.
 */
function modImm(cpu: Cpu, insn: number): void {
  const v = cpu.vreg;
  const q = (insn >>> 30) & 1;
  const op = (insn >>> 29) & 1;
  const cmode = (insn >>> 12) & 15;
  const imm8 = (((insn >>> 16) & 7) << 5) | ((insn >>> 5) & 31);
  let lo: number;
  let hi: number;
  let kind = 0; // 0 MOVI, 1 MVNI, 2 ORR, 3 BIC
  switch (cmode >>> 1) {
    case 0:
    case 1:
    case 2:
    case 3:
      lo = imm8 << (8 * (cmode >>> 1));
      hi = lo;
      if ((cmode & 1) !== 0) kind = op !== 0 ? 3 : 2;
      else kind = op;
      break;
    case 4:
    case 5: {
      const h = (imm8 << (8 * ((cmode >>> 1) & 1))) & 0xffff;
      lo = (h * 0x10001) | 0;
      hi = lo;
      if ((cmode & 1) !== 0) kind = op !== 0 ? 3 : 2;
      else kind = op;
      break;
    }
    case 6:
      lo = (cmode & 1) === 0 ? (imm8 << 8) | 0xff : (imm8 << 16) | 0xffff;
      hi = lo;
      kind = op;
      break;
    default:
      if ((cmode & 1) === 0) {
        if (op === 0) {
          lo = (imm8 * 0x01010101) | 0;
          hi = lo;
        } else {
          // Each bit of imm8 selects a byte of ones.
          lo = 0;
          hi = 0;
          for (let i = 0; i < 4; i++) {
            if ((imm8 >>> i) & 1) lo |= 0xff << (8 * i);
            if ((imm8 >>> (i + 4)) & 1) hi |= 0xff << (8 * i);
          }
        }
      } else if (op === 0) {
        // FMOV <Vd>.<T>, #imm (single): imm8 = a:b:cdefgh -> a:NOT(b):bbbbb:cdefgh:Zeros(19).
        const b = (imm8 >>> 6) & 1;
        const s = ((imm8 & 0x80) << 24) | ((b ^ 1) << 30) | ((b ? 0x1f : 0) << 25) | ((imm8 & 0x3f) << 19);
        lo = s;
        hi = s;
      } else {
        if (q === 0) cpu.undefinedInstruction(insn);
        // FMOV <Vd>.2D, #imm: a:NOT(b):bbbbbbbb:cdefgh:Zeros(48).
        const b = (imm8 >>> 6) & 1;
        lo = 0;
        hi = ((imm8 & 0x80) << 24) | ((b ^ 1) << 30) | ((b ? 0xff : 0) << 22) | ((imm8 & 0x3f) << 16);
      }
  }
  const d = (insn & 31) << 2;
  switch (kind) {
    case 0:
      v[d] = lo;
      v[d + 1] = hi;
      v[d + 2] = q !== 0 ? lo : 0;
      v[d + 3] = q !== 0 ? hi : 0;
      return;
    case 1:
      v[d] = ~lo;
      v[d + 1] = ~hi;
      v[d + 2] = q !== 0 ? ~lo : 0;
      v[d + 3] = q !== 0 ? ~hi : 0;
      return;
    case 2:
      v[d] |= lo;
      v[d + 1] |= hi;
      if (q !== 0) {
        v[d + 2] |= lo;
        v[d + 3] |= hi;
      } else {
        v[d + 2] = 0;
        v[d + 3] = 0;
      }
      return;
    default:
      v[d] &= ~lo;
      v[d + 1] &= ~hi;
      if (q !== 0) {
        v[d + 2] &= ~lo;
        v[d + 3] &= ~hi;
      } else {
        v[d + 2] = 0;
        v[d + 3] = 0;
      }
  }
}

/** EXT <Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<index> */
function ext(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const pos = (insn >>> 11) & 15;
  if (q === 0 && pos >= 8) cpu.undefinedInstruction(insn);
  const bytes = 8 << q;
  const n = ((insn >>> 5) & 31) << 4;
  const m = ((insn >>> 16) & 31) << 4;
  for (let i = 0; i < bytes; i++) {
    const p = pos + i;
    scU8[i] = p < bytes ? vu8[n + p] : vu8[m + p - bytes];
  }
  commit(v, insn & 31, q);
}

/** TBL/TBX <Vd>.<Ta>, {<Vn>.16B ... }, <Vm>.<Ta>: len (bits 14:13) + 1 tables, op bit 12. */
function tbl(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const bytes = 8 << q;
  const limit = (((insn >>> 13) & 3) + 1) << 4;
  const n = (insn >>> 5) & 31;
  const m = ((insn >>> 16) & 31) << 4;
  const d = (insn & 31) << 4;
  const tbx = (insn & 0x1000) !== 0;
  for (let i = 0; i < bytes; i++) {
    const idx = vu8[m + i];
    if (idx < limit) scU8[i] = vu8[(((n + (idx >>> 4)) & 31) << 4) + (idx & 15)];
    else scU8[i] = tbx ? vu8[d + i] : 0;
  }
  commit(v, insn & 31, q);
}

/** Copies element `se` of V<r> to scratch element `de` (size 1 << lg, lg 0..3). */
function mv(v: Int32Array, lg: number, de: number, r: number, se: number): void {
  if (lg === 3) {
    sc[2 * de] = v[(r << 2) + 2 * se];
    sc[2 * de + 1] = v[(r << 2) + 2 * se + 1];
  } else setSc(lg, de, getU(r, lg, se));
}

/** UZP1/UZP2/TRN1/TRN2/ZIP1/ZIP2: opcode bits 14:12 (001 UZP1, 010 TRN1, 011 ZIP1, +4 the "2"). */
function perm(cpu: Cpu, insn: number): void {
  const v = views(cpu);
  const q = (insn >>> 30) & 1;
  const lg = (insn >>> 22) & 3;
  if (lg === 3 && q === 0) cpu.undefinedInstruction(insn);
  const opc = (insn >>> 12) & 7;
  const part = opc >>> 2;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  const elements = (8 << q) >>> lg;
  const half = elements >>> 1;
  switch (opc & 3) {
    case 1: // UZP
      for (let e = 0; e < elements; e++) {
        const s = 2 * e + part;
        if (s < elements) mv(v, lg, e, n, s);
        else mv(v, lg, e, m, s - elements);
      }
      break;
    case 2: // TRN
      for (let p = 0; p < half; p++) {
        mv(v, lg, 2 * p, n, 2 * p + part);
        mv(v, lg, 2 * p + 1, m, 2 * p + part);
      }
      break;
    case 3: // ZIP
      for (let p = 0; p < half; p++) {
        mv(v, lg, 2 * p, n, p + part * half);
        mv(v, lg, 2 * p + 1, m, p + part * half);
      }
      break;
    default:
      cpu.undefinedInstruction(insn);
  }
  commit(v, insn & 31, q);
}

export const SIMD_PERM_ROWS: Row[] = [
  { name: 'DUP_asimdins_DV_v', pattern: '0q001110000iiiii000001nnnnnddddd', exec: dupElement, asm: 'DUP <Vd>.<T>, <Vn>.<Ts>[<index>]' },
  { name: 'DUP_asimdins_DR_r', pattern: '0q001110000iiiii000011nnnnnddddd', exec: dupGeneral, asm: 'DUP <Vd>.<T>, <R><n>' },
  { name: 'SMOV_asimdins_W_w', pattern: '00001110000iiiii001011nnnnnddddd', exec: smov, asm: 'SMOV <Wd>, <Vn>.<Ts>[<index>]' },
  { name: 'SMOV_asimdins_X_x', pattern: '01001110000iiiii001011nnnnnddddd', exec: smov, asm: 'SMOV <Xd>, <Vn>.<Ts>[<index>]' },
  { name: 'UMOV_asimdins_W_w', pattern: '00001110000iiiii001111nnnnnddddd', exec: umov, asm: 'UMOV <Wd>, <Vn>.<Ts>[<index>]' },
  { name: 'UMOV_asimdins_X_x', pattern: '01001110000iiiii001111nnnnnddddd', exec: umov, asm: 'UMOV <Xd>, <Vn>.D[<index>]' },
  { name: 'INS_asimdins_IR_r', pattern: '01001110000iiiii000111nnnnnddddd', exec: insGeneral, asm: 'INS <Vd>.<Ts>[<index>], <R><n>' },
  { name: 'INS_asimdins_IV_v', pattern: '01101110000iiiii0jjjj1nnnnnddddd', exec: insElement, asm: 'INS <Vd>.<Ts>[<index1>], <Vn>.<Ts>[<index2>]' },
  { name: 'DUP_asisdone_only', pattern: '01011110000iiiii000001nnnnnddddd', exec: dupScalar, asm: 'DUP <V><d>, <Vn>.<T>[<index>]' },
  { name: 'MOVI_asimdimm_various', pattern: '0qo0111100000iiimmmm01iiiiiddddd', exec: modImm, asm: 'MOVI/MVNI/ORR/BIC/FMOV <Vd>.<T>, #<imm>' },
  { name: 'EXT_asimdext_only', pattern: '0q101110000mmmmm0iiii0nnnnnddddd', exec: ext, asm: 'EXT <Vd>.<T>, <Vn>.<T>, <Vm>.<T>, #<index>' },
  { name: 'TBL_asimdtbl_Lx', pattern: '0q001110000mmmmm0ll000nnnnnddddd', exec: tbl, asm: 'TBL <Vd>.<Ta>, { <Vn>.16B, ... }, <Vm>.<Ta>' },
  { name: 'TBX_asimdtbl_Lx', pattern: '0q001110000mmmmm0ll100nnnnnddddd', exec: tbl, asm: 'TBX <Vd>.<Ta>, { <Vn>.16B, ... }, <Vm>.<Ta>' },
  ...(['UZP1', 'TRN1', 'ZIP1', '', 'UZP2', 'TRN2', 'ZIP2'] as const).flatMap((mn, i): Row[] =>
    mn === '' ? [] : [{ name: `${mn}_asimdperm_only`, pattern: `0q001110ss0mmmmm0${(i + 1).toString(2).padStart(3, '0')}10nnnnnddddd`, exec: perm, asm: `${mn} <Vd>.<T>, <Vn>.<T>, <Vm>.<T>` }],
  ),
];
