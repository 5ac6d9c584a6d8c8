// A64 branches: unconditional branch (immediate), conditional branch (B.cond), compare and
// branch (CBZ/CBNZ), test and branch (TBZ/TBNZ), unconditional branch (register) BR, BLR,
// RET. ERET and exception generation live in system.ts.
//
// PC already points to the next instruction when a handler runs; a taken branch writes
// pcLo/pcHi. Immediate targets are relative to the branch's own address (insnLo/insnHi).

import * as alu from '../alu.ts';
import type { Cpu } from '../cpu.ts';
import type { Fields, JsTranslation, Row } from '../decoder.ts';
import { branch as branchTo, condition, hi, lo, withPc } from '../translate-helpers.ts';
import type { WasmTranslation } from '../wasm-tier/insn-emitter.ts';
import { Op } from '../../wasm/encoder.ts';

// Module-local binding: tsx reads imported bindings through getters (see dataproc.ts).
const conditionHolds = alu.conditionHolds;

const TWO32 = 4294967296;

/** The byte offsets of the branch fields, from the instruction: imm26 (B, BL), imm19 (B.cond, CBZ, CBNZ), imm14 (TBZ, TBNZ). */
const imm26At = (insn: number): number => (insn << 6) >> 4;
const imm19At = (insn: number): number => ((insn << 8) >> 13) << 2;
const imm14At = (insn: number): number => ((insn << 13) >> 18) << 2;

/** PC = address of this instruction + off (a byte offset, |off| < 2^31). */
function branchRel(cpu: Cpu, off: number): void {
  const s = (cpu.insnLo >>> 0) + off;
  cpu.pcLo = s | 0;
  if (s < 0) cpu.pcHi = (cpu.insnHi - 1) | 0;
  else if (s >= TWO32) cpu.pcHi = (cpu.insnHi + 1) | 0;
  else cpu.pcHi = cpu.insnHi;
}

function b(cpu: Cpu, insn: number): void {
  branchRel(cpu, imm26At(insn));
}

function bl(cpu: Cpu, insn: number): void {
  cpu.x[60] = cpu.pcLo; // X30 = address of the next instruction
  cpu.x[61] = cpu.pcHi;
  branchRel(cpu, imm26At(insn));
}

function bcond(cpu: Cpu, insn: number): void {
  if (conditionHolds(cpu, insn & 15)) branchRel(cpu, imm19At(insn));
}

/** Byte offset of a signed imm19 branch field. */
const imm19Off = (imm19: number): number => ((imm19 << 13) >> 13) << 2;

function bcondJs(f: Fields): JsTranslation {
  return withPc(`if (${condition(f.c)}) { ${branchTo(imm19Off(f.i))} }`);
}

function cbz32(cpu: Cpu, insn: number): void {
  if (cpu.x[(insn & 31) << 1] === 0) branchRel(cpu, imm19At(insn));
}

function cbz32Js(f: Fields): JsTranslation {
  return withPc(`if (${lo(f.t)} === 0) { ${branchTo(imm19Off(f.i))} }`);
}

function cbnz32(cpu: Cpu, insn: number): void {
  if (cpu.x[(insn & 31) << 1] !== 0) branchRel(cpu, imm19At(insn));
}

function cbnz32Js(f: Fields): JsTranslation {
  return withPc(`if (${lo(f.t)} !== 0) { ${branchTo(imm19Off(f.i))} }`);
}

function cbz64(cpu: Cpu, insn: number): void {
  const t = (insn & 31) << 1;
  if ((cpu.x[t] | cpu.x[t + 1]) === 0) branchRel(cpu, imm19At(insn));
}

function cbz64Js(f: Fields): JsTranslation {
  return withPc(`if ((${lo(f.t)} | ${hi(f.t)}) === 0) { ${branchTo(imm19Off(f.i))} }`);
}

function cbnz64(cpu: Cpu, insn: number): void {
  const t = (insn & 31) << 1;
  if ((cpu.x[t] | cpu.x[t + 1]) !== 0) branchRel(cpu, imm19At(insn));
}

function cbnz64Js(f: Fields): JsTranslation {
  return withPc(`if ((${lo(f.t)} | ${hi(f.t)}) !== 0) { ${branchTo(imm19Off(f.i))} }`);
}

/** Bit b5:b40 of Rt (b5 selects the high half). */
function testBit(cpu: Cpu, insn: number): number {
  return (cpu.x[((insn & 31) << 1) + (insn >>> 31)] >>> ((insn >>> 19) & 31)) & 1;
}

function tbz(cpu: Cpu, insn: number): void {
  if (testBit(cpu, insn) === 0) branchRel(cpu, imm14At(insn));
}

function tbnz(cpu: Cpu, insn: number): void {
  if (testBit(cpu, insn) !== 0) branchRel(cpu, imm14At(insn));
}

function br(cpu: Cpu, insn: number): void {
  const n = ((insn >>> 5) & 31) << 1;
  cpu.pcLo = cpu.x[n];
  cpu.pcHi = cpu.x[n + 1];
}

function blr(cpu: Cpu, insn: number): void {
  const n = ((insn >>> 5) & 31) << 1;
  const lo = cpu.x[n]; // read the target before X30 is written (BLR X30)
  const hi = cpu.x[n + 1];
  cpu.x[60] = cpu.pcLo;
  cpu.x[61] = cpu.pcHi;
  cpu.pcLo = lo;
  cpu.pcHi = hi;
}

// ---- WebAssembly translations (Row.wasm) ----------------------------------------------

/** Byte offset of a signed imm26 branch field. */
const imm26Off = (imm26: number): number => ((imm26 << 6) >> 6) << 2;

const bWasm = (f: Fields): WasmTranslation => (e) => e.jumpRel(imm26Off(f.i));

const blWasm = (f: Fields): WasmTranslation => (e) => {
  e.pc().c.i64(4, 0).op(Op.i64_add);
  e.setX(30).jumpRel(imm26Off(f.i));
};

const bcondWasm = (f: Fields): WasmTranslation => (e) => e.condition(f.c).jumpRelIf(imm19Off(f.i));

const cbzWasm = (wide: boolean, nonzero: boolean) => (f: Fields): WasmTranslation => (e) => {
  if (wide) e.x(f.t).c.op(Op.i64_eqz);
  else e.w(f.t).c.op(Op.i32_eqz);
  if (nonzero) e.c.op(Op.i32_eqz);
  e.jumpRelIf(imm19Off(f.i));
};

const tbzWasm = (nonzero: boolean) => (f: Fields): WasmTranslation => (e) => {
  e.x(f.t).c.i64(f.b, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).i32(1).op(Op.i32_and);
  if (!nonzero) e.c.op(Op.i32_eqz);
  e.jumpRelIf(((f.i << 18) >> 18) << 2);
};

const brWasm = (f: Fields): WasmTranslation => (e) => e.x(f.n).jump();

const blrWasm = (f: Fields): WasmTranslation => (e) => {
  // The target is read before X30 is written (BLR X30).
  const t = e.tmp64();
  e.x(f.n).c.set(t);
  e.pc().c.i64(4, 0).op(Op.i64_add);
  e.setX(30).c.get(t);
  e.jump();
};

export const BRANCH_ROWS: Row[] = [
  { name: 'B_only_branch_imm', pattern: '000101iiiiiiiiiiiiiiiiiiiiiiiiii', exec: b, wasm: bWasm, branchOffset: imm26At, asm: 'B <label>' },
  { name: 'BL_only_branch_imm', pattern: '100101iiiiiiiiiiiiiiiiiiiiiiiiii', exec: bl, wasm: blWasm, branchOffset: imm26At, asm: 'BL <label>' },
  { name: 'B_only_condbranch', pattern: '01010100iiiiiiiiiiiiiiiiiii0cccc', exec: bcond, js: bcondJs, wasm: bcondWasm, branchOffset: imm19At, asm: 'B.<cond> <label>' },
  { name: 'CBZ_32_compbranch', pattern: '00110100iiiiiiiiiiiiiiiiiiittttt', exec: cbz32, js: cbz32Js, wasm: cbzWasm(false, false), branchOffset: imm19At, asm: 'CBZ <Wt>, <label>' },
  { name: 'CBNZ_32_compbranch', pattern: '00110101iiiiiiiiiiiiiiiiiiittttt', exec: cbnz32, js: cbnz32Js, wasm: cbzWasm(false, true), branchOffset: imm19At, asm: 'CBNZ <Wt>, <label>' },
  { name: 'CBZ_64_compbranch', pattern: '10110100iiiiiiiiiiiiiiiiiiittttt', exec: cbz64, js: cbz64Js, wasm: cbzWasm(true, false), branchOffset: imm19At, asm: 'CBZ <Xt>, <label>' },
  { name: 'CBNZ_64_compbranch', pattern: '10110101iiiiiiiiiiiiiiiiiiittttt', exec: cbnz64, js: cbnz64Js, wasm: cbzWasm(true, true), branchOffset: imm19At, asm: 'CBNZ <Xt>, <label>' },
  { name: 'TBZ_only_testbranch', pattern: 'b0110110bbbbbiiiiiiiiiiiiiittttt', exec: tbz, wasm: tbzWasm(false), branchOffset: imm14At, asm: 'TBZ <R><t>, #<imm>, <label>' },
  { name: 'TBNZ_only_testbranch', pattern: 'b0110111bbbbbiiiiiiiiiiiiiittttt', exec: tbnz, wasm: tbzWasm(true), branchOffset: imm14At, asm: 'TBNZ <R><t>, #<imm>, <label>' },
  { name: 'BR_64_branch_reg', pattern: '1101011000011111000000nnnnn00000', exec: br, wasm: brWasm, asm: 'BR <Xn>' },
  { name: 'BLR_64_branch_reg', pattern: '1101011000111111000000nnnnn00000', exec: blr, wasm: blrWasm, asm: 'BLR <Xn>' },
  { name: 'RET_64R_branch_reg', pattern: '1101011001011111000000nnnnn00000', exec: br, wasm: brWasm, asm: 'RET {<Xn>}' },
];
