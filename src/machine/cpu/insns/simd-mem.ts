// AdvSIMD structure loads and stores (Arm ARM C4.1.4: "Advanced SIMD load/store multiple
// structures", "... single structure", with and without post-index): LD1-LD4/ST1-ST4 of
// 1-4 registers, single lanes, and LD1R-LD4R (load and replicate).
//
// Element accesses go through cpu.ld8..ld64/st8..st64 one element at a time (alignment is
// checked per element, as the pseudocode's Mem[address, esize/8]); LD1/ST1 of whole
// registers at an 8-byte aligned address move doublewords instead (same result).
// Post-index: Rm = 31 adds the number of bytes transferred, otherwise X<m>.
// (CPACR_EL1.FPEN / CPTR trap check goes here once the exception model exists.)

import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import { views, vu8 as v8, vu16 as v16 } from './simd-core.ts';

let eaHi = 0;

/** (lo, hi) + a non-negative offset below 2^31. Returns the low half; eaHi is set. */
function addOff(lo: number, hi: number, off: number): number {
  const s = (lo >>> 0) + off;
  eaHi = s > 0xffffffff ? (hi + 1) | 0 : hi;
  return s | 0;
}

/** x index (doubled) of the base register Rn (31 = SP). */
function baseIndex(insn: number): number {
  const n = (insn >>> 5) & 31;
  return (n + ((n + 1) >> 5)) << 1;
}


/** Loads element `e` (size 1 << lg bytes) of V<r> from (lo, hi). */
function loadElem(cpu: Cpu, r: number, lg: number, e: number, lo: number, hi: number): void {
  const v = cpu.vreg;
  switch (lg) {
    case 0:
      v8[(r << 4) + e] = cpu.ld8(lo, hi);
      return;
    case 1:
      v16[(r << 3) + e] = cpu.ld16(lo, hi);
      return;
    case 2:
      v[(r << 2) + e] = cpu.ld32(lo, hi);
      return;
    default: {
      const w = cpu.ld64(lo, hi);
      v[(r << 2) + 2 * e] = w;
      v[(r << 2) + 2 * e + 1] = cpu.ldHi;
    }
  }
}

function storeElem(cpu: Cpu, r: number, lg: number, e: number, lo: number, hi: number): void {
  const v = cpu.vreg;
  switch (lg) {
    case 0:
      cpu.st8(lo, hi, v8[(r << 4) + e]);
      return;
    case 1:
      cpu.st16(lo, hi, v16[(r << 3) + e]);
      return;
    case 2:
      cpu.st32(lo, hi, v[(r << 2) + e]);
      return;
    default:
      cpu.st64(lo, hi, v[(r << 2) + 2 * e], v[(r << 2) + 2 * e + 1]);
  }
}

/** Writes back the base after a post-indexed access of `bytes` bytes (bit 23 set). */
function writeback(cpu: Cpu, insn: number, blo: number, bhi: number, bytes: number): void {
  if ((insn & 0x800000) === 0) return;
  const x = cpu.x;
  const b = baseIndex(insn);
  const m = (insn >>> 16) & 31;
  if (m === 31) {
    x[b] = addOff(blo, bhi, bytes);
    x[b + 1] = eaHi;
  } else {
    const s = (blo >>> 0) + (x[2 * m] >>> 0);
    x[b + 1] = (bhi + x[2 * m + 1] + (s > 0xffffffff ? 1 : 0)) | 0;
    x[b] = s | 0;
  }
}

// opcode (bits 15:12) of the multiple-structures form -> registers (rpt) and structure
// elements (selem); -1 = unallocated.
const MULTI_RPT = new Int8Array([1, -1, 4, -1, 1, -1, 3, 1, 1, -1, 2, -1, -1, -1, -1, -1]);
const MULTI_SELEM = new Int8Array([4, -1, 1, -1, 3, -1, 1, 1, 2, -1, 1, -1, -1, -1, -1, -1]);

/** LD1-4/ST1-4 (multiple structures), with or without post-index. */
function ldstMulti(cpu: Cpu, insn: number): void {
  const opcode = (insn >>> 12) & 15;
  const rpt = MULTI_RPT[opcode];
  const selem = MULTI_SELEM[opcode];
  const lg = (insn >>> 10) & 3;
  const q = (insn >>> 30) & 1;
  if (rpt < 0 || (lg === 3 && q === 0 && selem > 1)) cpu.undefinedInstruction(insn);
  views(cpu);
  const load = (insn & 0x400000) !== 0;
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const t = insn & 31;
  const regBytes = 8 << q;
  const elements = regBytes >>> lg;
  const v = cpu.vreg;
  let off = 0;
  if (selem === 1 && (blo & 7) === 0) {
    // Whole registers, contiguous and doubleword aligned.
    for (let r = 0; r < rpt; r++) {
      const w = ((t + r) & 31) << 2;
      for (let k = 0; k < regBytes; k += 8) {
        const lo = addOff(blo, bhi, off);
        if (load) {
          v[w + (k >> 2)] = cpu.ld64(lo, eaHi);
          v[w + (k >> 2) + 1] = cpu.ldHi;
        } else cpu.st64(lo, eaHi, v[w + (k >> 2)], v[w + (k >> 2) + 1]);
        off += 8;
      }
    }
  } else {
    const ebytes = 1 << lg;
    for (let r = 0; r < rpt; r++) {
      for (let e = 0; e < elements; e++) {
        let tt = (t + r) & 31;
        for (let s = 0; s < selem; s++) {
          const lo = addOff(blo, bhi, off);
          if (load) loadElem(cpu, tt, lg, e, lo, eaHi);
          else storeElem(cpu, tt, lg, e, lo, eaHi);
          off += ebytes;
          tt = (tt + 1) & 31;
        }
      }
    }
  }
  if (load && q === 0) {
    for (let r = 0; r < rpt * selem; r++) {
      const w = ((t + r) & 31) << 2;
      v[w + 2] = 0;
      v[w + 3] = 0;
    }
  }
  writeback(cpu, insn, blo, bhi, off);
}

/** LD1-4/ST1-4 (single structure, one lane) and LD1R-LD4R, with or without post-index. */
function ldstSingle(cpu: Cpu, insn: number): void {
  const opc = (insn >>> 13) & 7;
  const selem = (((opc & 1) << 1) | ((insn >>> 21) & 1)) + 1;
  const size = (insn >>> 10) & 3;
  const sBit = (insn >>> 12) & 1;
  const q = (insn >>> 30) & 1;
  const load = (insn & 0x400000) !== 0;
  let lg = opc >>> 1;
  let index = 0;
  switch (lg) {
    case 0:
      index = (q << 3) | (sBit << 2) | size;
      break;
    case 1:
      if ((size & 1) !== 0) cpu.undefinedInstruction(insn);
      index = (q << 2) | (sBit << 1) | (size >>> 1);
      break;
    case 2:
      if ((size & 2) !== 0) cpu.undefinedInstruction(insn);
      if ((size & 1) === 0) index = (q << 1) | sBit;
      else {
        if (sBit !== 0) cpu.undefinedInstruction(insn);
        index = q;
        lg = 3;
      }
      break;
    default:
      // Replicate.
      if (!load || sBit !== 0) cpu.undefinedInstruction(insn);
      lg = size;
  }
  views(cpu);
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const t = insn & 31;
  const ebytes = 1 << lg;
  const v = cpu.vreg;
  let off = 0;
  let tt = t;
  for (let s = 0; s < selem; s++) {
    const lo = addOff(blo, bhi, off);
    if (opc >= 6) {
      loadElem(cpu, tt, lg, 0, lo, eaHi);
      const w = tt << 2;
      // Replicate element 0 across the register (64 or 128 bits).
      if (lg === 0) v[w] = (v8[w << 2] * 0x01010101) | 0;
      else if (lg === 1) v[w] = (v16[w << 1] * 0x10001) | 0;
      if (lg <= 2) v[w + 1] = v[w];
      if (q !== 0) {
        v[w + 2] = v[w];
        v[w + 3] = v[w + 1];
      } else {
        v[w + 2] = 0;
        v[w + 3] = 0;
      }
    } else if (load) loadElem(cpu, tt, lg, index, lo, eaHi);
    else storeElem(cpu, tt, lg, index, lo, eaHi);
    off += ebytes;
    tt = (tt + 1) & 31;
  }
  writeback(cpu, insn, blo, bhi, off);
}

/**
 * Data accesses of LD1-4/ST1-4 (multiple structures) of `rpt` registers times `selem`
 * elements per structure: whole registers (selem 1) move as doublewords, structures one
 * element at a time (Q bit 30, size bits 11:10).
 */
function multiAccesses(rpt: number, selem: number): (insn: number) => number {
  return selem === 1 ? (insn) => rpt * (1 + ((insn >>> 30) & 1)) : (insn) => rpt * selem * ((8 << ((insn >>> 30) & 1)) >>> ((insn >>> 10) & 3));
}

function multiRows(): Row[] {
  const rows: Row[] = [];
  // [opcode, mnemonic, name suffix for no-offset, imm post, reg post, register list]
  const forms: [string, string, string, string, string, string][] = [
    ['0000', '4', 'R4', 'I4_i', 'R4_r', '{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}'],
    ['0010', '1', 'R4_4v', 'I4_i4', 'R4_r4', '{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>, <Vt4>.<T>}'],
    ['0100', '3', 'R3', 'I3_i', 'R3_r', '{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}'],
    ['0110', '1', 'R3_3v', 'I3_i3', 'R3_r3', '{<Vt>.<T>, <Vt2>.<T>, <Vt3>.<T>}'],
    ['0111', '1', 'R1_1v', 'I1_i1', 'R1_r1', '{<Vt>.<T>}'],
    ['1000', '2', 'R2', 'I2_i', 'R2_r', '{<Vt>.<T>, <Vt2>.<T>}'],
    ['1010', '1', 'R2_2v', 'I2_i2', 'R2_r2', '{<Vt>.<T>, <Vt2>.<T>}'],
  ];
  for (const [l, mn] of [['0', 'ST'], ['1', 'LD']]) {
    for (const [opcode, n, a, i, r, list] of forms) {
      const name = `${mn}${n}`;
      const regs = list.split(',').length;
      const dataAccesses = multiAccesses(n === '1' ? regs : 1, n === '1' ? 1 : regs);
      rows.push(
        { name: `${name}_asisdlse_${a}`, pattern: `0q0011000${l}000000${opcode}ssnnnnnttttt`, exec: ldstMulti, dataAccesses, asm: `${name} ${list}, [<Xn|SP>]` },
        { name: `${name}_asisdlsep_${i}`, pattern: `0q0011001${l}011111${opcode}ssnnnnnttttt`, exec: ldstMulti, dataAccesses, asm: `${name} ${list}, [<Xn|SP>], <imm>` },
        { name: `${name}_asisdlsep_${r}`, pattern: `0q0011001${l}0mmmmm${opcode}ssnnnnnttttt`, exec: ldstMulti, dataAccesses, asm: `${name} ${list}, [<Xn|SP>], <Xm>` },
      );
    }
  }
  return rows;
}

function singleRows(): Row[] {
  const rows: Row[] = [];
  for (const [l, mn] of [['0', 'ST'], ['1', 'LD']]) {
    for (let n = 1; n <= 4; n++) {
      const o = (n - 1) >> 1; // opcode<0>
      const rbit = (n - 1) & 1; // R
      const name = `${mn}${n}`;
      // [type letter, opcode<2:1>, fixed S/size bits]
      const kinds: [string, string, string][] = [
        ['B', '00', 'sss'],
        ['H', '01', 'ss0'],
        ['S', '10', 's00'],
        ['D', '10', '001'],
      ];
      for (const [k, op21, ss] of kinds) {
        const pat = `${op21}${o}${ss}`;
        const sfx = k.toLowerCase();
        rows.push(
          { name: `${name}_asisdlso_${k}${n}_${n}${sfx}`, pattern: `0q0011010${l}${rbit}00000${pat.slice(0, 3)}${pat.slice(3)}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name} {<Vt>.${k}...}[<index>], [<Xn|SP>]` },
          { name: `${name}_asisdlsop_${k}${n}_i${n}${sfx}`, pattern: `0q0011011${l}${rbit}11111${pat}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name} {<Vt>.${k}...}[<index>], [<Xn|SP>], <imm>` },
          { name: `${name}_asisdlsop_${k}X${n}_r${n}${sfx}`, pattern: `0q0011011${l}${rbit}mmmmm${pat}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name} {<Vt>.${k}...}[<index>], [<Xn|SP>], <Xm>` },
        );
      }
      if (l === '1') {
        const pat = `11${o}0ss`;
        rows.push(
          { name: `${name}R_asisdlso_R${n}`, pattern: `0q0011010${l}${rbit}00000${pat}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name}R {<Vt>.<T>...}, [<Xn|SP>]` },
          { name: `${name}R_asisdlsop_R${n}_i`, pattern: `0q0011011${l}${rbit}11111${pat}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name}R {<Vt>.<T>...}, [<Xn|SP>], <imm>` },
          { name: `${name}R_asisdlsop_RX${n}_r`, pattern: `0q0011011${l}${rbit}mmmmm${pat}nnnnnttttt`, exec: ldstSingle, dataAccesses: n, asm: `${name}R {<Vt>.<T>...}, [<Xn|SP>], <Xm>` },
        );
      }
    }
  }
  return rows;
}

export const SIMD_LDST_ROWS: Row[] = [...multiRows(), ...singleRows()];
