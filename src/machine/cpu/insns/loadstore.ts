// Loads and stores (Arm ARM C4.1.4 "Loads and Stores"): single registers in every
// addressing form (unsigned scaled offset, unscaled, pre-/post-index, register offset,
// PC-relative literal), pairs (LDP/STP/LDPSW/LDNP/STNP), prefetches (no-ops), and the
// exclusive/ordered group (LDXR/STXR, LDAXR/STLXR, LDXP/STXP, LDAXP/STLXP, LDAR/STLR,
// LDAPR). SIMD&FP forms (B/H/S/D/Q registers and S/D/Q pairs) too;
// the unprivileged LDTR/STTR forms are rows without exec.
//
// Register conventions (see cpu.ts): the base register field Rn = 31 is SP (x index 32),
// the transferred register Rt/Rt2/Rs = 31 is XZR (x index 31: reads zero, writes are
// discarded by the run loop). Addresses are (lo, hi) int32 pairs; offsets are added with a
// carry computed from the unsigned low-half sum, so nothing here allocates or uses BigInt.
//
// CONSTRAINED UNPREDICTABLE choices (all as qemu-aarch64 7.2 behaves, checked on a static
// test program):
// - Load with writeback and Rn == Rt (or Rn == Rt2 for pairs): the load is done, then the
//   writeback, so Rn ends up holding the written-back address.
// - Store with writeback and Rn == Rt (or Rt2): the value stored is Rn before writeback.
// - LDP/LDPSW/LDNP/LDXP with Rt == Rt2: Rt2 is written first, then Rt, so the register holds
//   the element from the lower address.
// - STXR/STXP with Rs == Rt, Rt2 or Rn: the store uses the old register values and the
//   status is written last.
// SP alignment checking (SCTLR_ELx.SA) is not modelled yet.

import type { Cpu } from '../cpu.ts';
import type { ExecFn, Fields, JsTranslation, Row, Translate } from '../decoder.ts';
import { hcrE2H, hcrTGE } from '../exceptions.ts';
import { eaPos as eaPosJs, eaRegoff as eaRegoffJs, hi, lo, withPc, write } from '../translate-helpers.ts';
import type { InsnEmitter, WasmTranslation } from '../wasm-tier/insn-emitter.ts';
import { Op } from '../../wasm/encoder.ts';

/** High half of the last effective address computed by the helpers below. */
let eaHi = 0;

/** x index (doubled) of the base register: field Rn at bits 9:5, 31 meaning SP (32). */
function baseIndex(insn: number): number {
  const n = (insn >>> 5) & 31;
  return (n + ((n + 1) >> 5)) << 1;
}

/** Base + imm12 << scale (unsigned offset). Returns the low half; eaHi is set. */
function eaPos(x: Int32Array, insn: number, scale: number): number {
  const b = baseIndex(insn);
  const s = (x[b] >>> 0) + (((insn >>> 10) & 0xfff) << scale);
  eaHi = s > 0xffffffff ? (x[b + 1] + 1) | 0 : x[b + 1];
  return s | 0;
}

/** (lo, hi) + a signed 32-bit offset. Returns the low half; eaHi is set. */
function addSigned(lo: number, hi: number, off: number): number {
  const s = (lo >>> 0) + off;
  eaHi = s > 0xffffffff ? (hi + 1) | 0 : s < 0 ? (hi - 1) | 0 : hi;
  return s | 0;
}

/** Signed imm9 at bits 20:12. */
function imm9(insn: number): number {
  return (insn << 11) >> 23;
}

// ---- single register, unsigned scaled offset (the hottest forms: one handler each) ----

function strbPos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 0);
  cpu.st8(lo, eaHi, x[(insn & 31) << 1]);
}

function ldrbPos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 0);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld8(lo, eaHi);
  x[t + 1] = 0;
}

function ldrbPosJs(f: Fields): JsTranslation {
  return withPc(`${eaPosJs(f.n, f.i, 0)} const v = cpu.ld8(el, eh); ${write(f.t, 'v', '0')}`);
}

function ldrsb64Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 0);
  const t = (insn & 31) << 1;
  const v = (cpu.ld8(lo, eaHi) << 24) >> 24;
  x[t] = v;
  x[t + 1] = v >> 31;
}

function ldrsb32Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 0);
  const t = (insn & 31) << 1;
  x[t] = (cpu.ld8(lo, eaHi) << 24) >> 24;
  x[t + 1] = 0;
}

function strhPos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 1);
  cpu.st16(lo, eaHi, x[(insn & 31) << 1]);
}

function ldrhPos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 1);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld16(lo, eaHi);
  x[t + 1] = 0;
}

function ldrsh64Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 1);
  const t = (insn & 31) << 1;
  const v = (cpu.ld16(lo, eaHi) << 16) >> 16;
  x[t] = v;
  x[t + 1] = v >> 31;
}

function ldrsh32Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 1);
  const t = (insn & 31) << 1;
  x[t] = (cpu.ld16(lo, eaHi) << 16) >> 16;
  x[t + 1] = 0;
}

function str32Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 2);
  cpu.st32(lo, eaHi, x[(insn & 31) << 1]);
}

function str32PosJs(f: Fields): JsTranslation {
  return withPc(`${eaPosJs(f.n, f.i, 2)} cpu.st32(el, eh, ${lo(f.t)});`);
}

function ldr32Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 2);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld32(lo, eaHi);
  x[t + 1] = 0;
}

function ldr32PosJs(f: Fields): JsTranslation {
  return withPc(`${eaPosJs(f.n, f.i, 2)} const v = cpu.ld32(el, eh); ${write(f.t, 'v', '0')}`);
}

function ldrswPos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 2);
  const t = (insn & 31) << 1;
  const v = cpu.ld32(lo, eaHi);
  x[t] = v;
  x[t + 1] = v >> 31;
}

function str64Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 3);
  const t = (insn & 31) << 1;
  cpu.st64(lo, eaHi, x[t], x[t + 1]);
}

function str64PosJs(f: Fields): JsTranslation {
  return withPc(`${eaPosJs(f.n, f.i, 3)} cpu.st64(el, eh, ${lo(f.t)}, ${hi(f.t)});`);
}

function ldr64Pos(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaPos(x, insn, 3);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld64(lo, eaHi);
  x[t + 1] = cpu.ldHi;
}

function ldr64PosJs(f: Fields): JsTranslation {
  return withPc(`${eaPosJs(f.n, f.i, 3)} const v = cpu.ld64(el, eh); ${write(f.t, 'v', 'cpu.ldHi')}`);
}

/** PRFM/PRFUM: prefetch hints have no architectural effect (and never fault). */
function prefetch(): void {}

// ---- single register, other forms: one handler per addressing form ------------------

/**
 * Performs the access selected by size:opc (bits 31:30 and 23:22 of the encoding, as
 * the 4-bit number `so`) for the register at doubled index `t`. PRFM (so = 14) is a no-op.
 */
function transfer(cpu: Cpu, so: number, t: number, lo: number, hi: number): void {
  const x = cpu.x;
  let v: number;
  switch (so) {
    case 0: // STRB
      cpu.st8(lo, hi, x[t]);
      return;
    case 1: // LDRB
      x[t] = cpu.ld8(lo, hi);
      x[t + 1] = 0;
      return;
    case 2: // LDRSB (64)
      v = (cpu.ld8(lo, hi) << 24) >> 24;
      x[t] = v;
      x[t + 1] = v >> 31;
      return;
    case 3: // LDRSB (32)
      x[t] = (cpu.ld8(lo, hi) << 24) >> 24;
      x[t + 1] = 0;
      return;
    case 4: // STRH
      cpu.st16(lo, hi, x[t]);
      return;
    case 5: // LDRH
      x[t] = cpu.ld16(lo, hi);
      x[t + 1] = 0;
      return;
    case 6: // LDRSH (64)
      v = (cpu.ld16(lo, hi) << 16) >> 16;
      x[t] = v;
      x[t + 1] = v >> 31;
      return;
    case 7: // LDRSH (32)
      x[t] = (cpu.ld16(lo, hi) << 16) >> 16;
      x[t + 1] = 0;
      return;
    case 8: // STR (32)
      cpu.st32(lo, hi, x[t]);
      return;
    case 9: // LDR (32)
      x[t] = cpu.ld32(lo, hi);
      x[t + 1] = 0;
      return;
    case 10: // LDRSW
      v = cpu.ld32(lo, hi);
      x[t] = v;
      x[t + 1] = v >> 31;
      return;
    case 12: // STR (64)
      cpu.st64(lo, hi, x[t], x[t + 1]);
      return;
    case 13: // LDR (64)
      x[t] = cpu.ld64(lo, hi);
      x[t + 1] = cpu.ldHi;
      return;
    default: // 14: PRFM; 11 and 15 have no rows
      return;
  }
}

/** size:opc of a single-register load/store encoding. */
function sizeOpc(insn: number): number {
  return ((insn >>> 28) & 12) | ((insn >>> 22) & 3);
}

/** LDUR/STUR family: base + imm9, no writeback. */
function ldstUnscaled(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  transfer(cpu, sizeOpc(insn), (insn & 31) << 1, lo, eaHi);
}

/**
 * LDTR and STTR (all sizes): as the unscaled form, but with EL0 permissions when executed at
 * EL1, or at EL2 with HCR_EL2.{E2H,TGE} = {1,1} (a VHE host kernel), so that a kernel
 * touching user memory faults as the user would.
 */
function ldstUnprivileged(cpu: Cpu, insn: number): void {
  cpu.unprivilegedAccess = cpu.el === 1 || (cpu.el === 2 && hcrE2H(cpu) && hcrTGE(cpu));
  try {
    ldstUnscaled(cpu, insn);
  } finally {
    cpu.unprivilegedAccess = false;
  }
}

/** [Xn|SP, #simm]!: access at base + imm9, then write the address back. */
function ldstPre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  transfer(cpu, sizeOpc(insn), (insn & 31) << 1, lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

/** [Xn|SP], #simm: access at base, then write base + imm9 back. */
function ldstPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  transfer(cpu, sizeOpc(insn), (insn & 31) << 1, blo, bhi);
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

/**
 * Base + extended and scaled Xm for [Xn|SP, (Wm|Xm){, extend {#amount}}]: option (bits
 * 15:13) is UXTW (010), LSL/UXTX (011), SXTW (110) or SXTX (111) (the rows only match
 * option<1> = 1); S (bit 12) scales the offset by `scale` (the log2 access size).
 * Returns the low half; eaHi is set.
 */
function eaRegoff(x: Int32Array, insn: number, scale: number): number {
  const b = baseIndex(insn);
  const m = ((insn >>> 16) & 31) << 1;
  const option = (insn >>> 13) & 7;
  let olo = x[m];
  let ohi = (option & 1) !== 0 ? x[m + 1] : (option & 4) !== 0 ? olo >> 31 : 0;
  if ((insn & 0x1000) !== 0 && scale !== 0) {
    ohi = (ohi << scale) | (olo >>> (32 - scale));
    olo <<= scale;
  }
  const s = (x[b] >>> 0) + (olo >>> 0);
  eaHi = (x[b + 1] + ohi + (s > 0xffffffff ? 1 : 0)) | 0;
  return s | 0;
}

/** Register offset, any size:opc (the less frequent ones). */
function ldstRegoff(cpu: Cpu, insn: number): void {
  const lo = eaRegoff(cpu.x, insn, insn >>> 30);
  transfer(cpu, sizeOpc(insn), (insn & 31) << 1, lo, eaHi);
}

// Dedicated handlers for the frequent register-offset, pre- and post-index forms: LDR/STR
// of X, W and B (array indexing, pointer walks and string loops).

function ldr64Regoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 3);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld64(lo, eaHi);
  x[t + 1] = cpu.ldHi;
}

/** Register offset: o is option<2>:option<0> (option<1> is 1 in the pattern). */
const eaRegoffOf = (f: Fields, scale: number): string => eaRegoffJs(f.n, f.m, ((f.o & 2) << 1) | 2 | (f.o & 1), f.s, scale);

function ldr64RegoffJs(f: Fields): JsTranslation {
  return withPc(`${eaRegoffOf(f, 3)} const v = cpu.ld64(el, eh); ${write(f.t, 'v', 'cpu.ldHi')}`);
}

function str64Regoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 3);
  const t = (insn & 31) << 1;
  cpu.st64(lo, eaHi, x[t], x[t + 1]);
}

function str64RegoffJs(f: Fields): JsTranslation {
  return withPc(`${eaRegoffOf(f, 3)} cpu.st64(el, eh, ${lo(f.t)}, ${hi(f.t)});`);
}

function ldr32Regoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 2);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld32(lo, eaHi);
  x[t + 1] = 0;
}

function str32Regoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 2);
  cpu.st32(lo, eaHi, x[(insn & 31) << 1]);
}

function ldrbRegoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 0);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld8(lo, eaHi);
  x[t + 1] = 0;
}

function strbRegoff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaRegoff(x, insn, 0);
  cpu.st8(lo, eaHi, x[(insn & 31) << 1]);
}

function ldr64Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  const v = cpu.ld64(lo, hi);
  const t = (insn & 31) << 1;
  x[t] = v;
  x[t + 1] = cpu.ldHi;
  x[b] = lo;
  x[b + 1] = hi;
}

function ldr64Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const v = cpu.ld64(blo, bhi);
  const t = (insn & 31) << 1;
  x[t] = v;
  x[t + 1] = cpu.ldHi;
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function str64Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  const t = (insn & 31) << 1;
  cpu.st64(lo, hi, x[t], x[t + 1]);
  x[b] = lo;
  x[b + 1] = hi;
}

function str64Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const t = (insn & 31) << 1;
  cpu.st64(blo, bhi, x[t], x[t + 1]);
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function ldr32Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  const v = cpu.ld32(lo, hi);
  const t = (insn & 31) << 1;
  x[t] = v;
  x[t + 1] = 0;
  x[b] = lo;
  x[b + 1] = hi;
}

function ldr32Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const v = cpu.ld32(blo, bhi);
  const t = (insn & 31) << 1;
  x[t] = v;
  x[t + 1] = 0;
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function str32Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  cpu.st32(lo, hi, x[(insn & 31) << 1]);
  x[b] = lo;
  x[b + 1] = hi;
}

function str32Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  cpu.st32(blo, bhi, x[(insn & 31) << 1]);
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function ldrbPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  const v = cpu.ld8(blo, bhi);
  const t = (insn & 31) << 1;
  x[t] = v;
  x[t + 1] = 0;
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function strbPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  cpu.st8(blo, bhi, x[(insn & 31) << 1]);
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

// ---- PC-relative literal -------------------------------------------------------------

/** Address of the literal: this instruction's address + imm19 * 4. eaHi is set. */
function eaLiteral(cpu: Cpu, insn: number): number {
  return addSigned(cpu.insnLo, cpu.insnHi, ((insn << 8) >> 13) << 2);
}

function ldr32Lit(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaLiteral(cpu, insn);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld32(lo, eaHi);
  x[t + 1] = 0;
}

function ldr64Lit(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaLiteral(cpu, insn);
  const t = (insn & 31) << 1;
  x[t] = cpu.ld64(lo, eaHi);
  x[t + 1] = cpu.ldHi;
}

function ldrswLit(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const lo = eaLiteral(cpu, insn);
  const t = (insn & 31) << 1;
  const v = cpu.ld32(lo, eaHi);
  x[t] = v;
  x[t + 1] = v >> 31;
}

// ---- pairs ---------------------------------------------------------------------------

/** Signed imm7 at bits 21:15, scaled. */
function imm7(insn: number, scale: number): number {
  return ((insn << 10) >> 25) << scale;
}

/** LDP (64) at (lo, hi): both loads first, then Rt2, then Rt (see the header comment). */
function ldp64At(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const x = cpu.x;
  const l1 = cpu.ld64(lo, hi);
  const h1 = cpu.ldHi;
  const lo2 = (lo + 8) | 0;
  const l2 = cpu.ld64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi);
  const t2 = ((insn >>> 10) & 31) << 1;
  x[t2] = l2;
  x[t2 + 1] = cpu.ldHi;
  const t = (insn & 31) << 1;
  x[t] = l1;
  x[t + 1] = h1;
}

function stp64At(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const x = cpu.x;
  const t = (insn & 31) << 1;
  const t2 = ((insn >>> 10) & 31) << 1;
  const alo = x[t2];
  const ahi = x[t2 + 1];
  cpu.st64(lo, hi, x[t], x[t + 1]);
  const lo2 = (lo + 8) | 0;
  cpu.st64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi, alo, ahi);
}

/** LDP (32) / LDPSW at (lo, hi); `signed` selects LDPSW's sign extension. */
function ldp32At(cpu: Cpu, insn: number, lo: number, hi: number, signed: boolean): void {
  const x = cpu.x;
  const v1 = cpu.ld32(lo, hi);
  const lo2 = (lo + 4) | 0;
  const v2 = cpu.ld32(lo2, (lo2 >>> 0) < 4 ? (hi + 1) | 0 : hi);
  const t2 = ((insn >>> 10) & 31) << 1;
  x[t2] = v2;
  x[t2 + 1] = signed ? v2 >> 31 : 0;
  const t = (insn & 31) << 1;
  x[t] = v1;
  x[t + 1] = signed ? v1 >> 31 : 0;
}

function stp32At(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const x = cpu.x;
  const v2 = x[((insn >>> 10) & 31) << 1];
  cpu.st32(lo, hi, x[(insn & 31) << 1]);
  const lo2 = (lo + 4) | 0;
  cpu.st32(lo2, (lo2 >>> 0) < 4 ? (hi + 1) | 0 : hi, v2);
}

function ldp64Off(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 3));
  ldp64At(cpu, insn, lo, eaHi);
}

function ldp64Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 3));
  const hi = eaHi;
  ldp64At(cpu, insn, lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

function ldp64Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  ldp64At(cpu, insn, blo, bhi);
  x[b] = addSigned(blo, bhi, imm7(insn, 3));
  x[b + 1] = eaHi;
}

function stp64Off(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 3));
  stp64At(cpu, insn, lo, eaHi);
}

function stp64Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 3));
  const hi = eaHi;
  stp64At(cpu, insn, lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

function stp64Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  stp64At(cpu, insn, blo, bhi);
  x[b] = addSigned(blo, bhi, imm7(insn, 3));
  x[b + 1] = eaHi;
}

function ldp32Off(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  ldp32At(cpu, insn, lo, eaHi, false);
}

function ldp32Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  const hi = eaHi;
  ldp32At(cpu, insn, lo, hi, false);
  x[b] = lo;
  x[b + 1] = hi;
}

function ldp32Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  ldp32At(cpu, insn, blo, bhi, false);
  x[b] = addSigned(blo, bhi, imm7(insn, 2));
  x[b + 1] = eaHi;
}

function ldpswOff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  ldp32At(cpu, insn, lo, eaHi, true);
}

function ldpswPre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  const hi = eaHi;
  ldp32At(cpu, insn, lo, hi, true);
  x[b] = lo;
  x[b + 1] = hi;
}

function ldpswPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  ldp32At(cpu, insn, blo, bhi, true);
  x[b] = addSigned(blo, bhi, imm7(insn, 2));
  x[b + 1] = eaHi;
}

function stp32Off(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  stp32At(cpu, insn, lo, eaHi);
}

function stp32Pre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, 2));
  const hi = eaHi;
  stp32At(cpu, insn, lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

function stp32Post(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  stp32At(cpu, insn, blo, bhi);
  x[b] = addSigned(blo, bhi, imm7(insn, 2));
  x[b + 1] = eaHi;
}

// ---- exclusive and ordered -----------------------------------------------------------
// One PE executes at instruction granularity, so acquire/release semantics need nothing
// beyond the access itself. The local exclusive monitor is `cpu.exclusiveAddr`: the
// 64-byte granule of the physical address marked by the last load-exclusive (the same
// `pa - (pa % 64)` form cpu.ts uses to clear it on stores), or -1.

/** LDAR/LDAPR family (size at bits 31:30; zero-extending). */
function ldar(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  transfer(cpu, ((insn >>> 28) & 12) | 1, (insn & 31) << 1, x[b], x[b + 1]);
}

/** STLR family. */
function stlr(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  transfer(cpu, (insn >>> 28) & 12, (insn & 31) << 1, x[b], x[b + 1]);
}

/** LDXR/LDAXR family: load, then mark the granule. */
function ldxr(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const pa = cpu.dataAddress(lo, hi, 1 << (insn >>> 30));
  transfer(cpu, ((insn >>> 28) & 12) | 1, (insn & 31) << 1, lo, hi);
  cpu.markExclusive(pa);
}

/**
 * STXR/STLXR family: alignment is checked first (a fault is taken whether or not the
 * monitor passes; watchpoints only see the store, made when it passes); the store happens only if the granule is marked; the monitor is
 * cleared either way; Ws (bits 20:16) receives 0 on success, 1 on failure.
 */
function stxr(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const pa = cpu.exclusiveTarget(lo, hi, 1 << (insn >>> 30));
  let status = 1;
  if ((pa - (pa % 64)) === cpu.exclusiveAddr) {
    transfer(cpu, (insn >>> 28) & 12, (insn & 31) << 1, lo, hi);
    status = 0;
  }
  cpu.exclusiveAddr = -1;
  const s = ((insn >>> 16) & 31) << 1;
  x[s] = status;
  x[s + 1] = 0;
}

/** LDXP/LDAXP: sz (bit 30) selects 32- or 64-bit elements; aligned to the pair's size. */
function ldxp(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  if ((insn & 0x40000000) !== 0) {
    const pa = cpu.dataAddress(lo, hi, 16);
    ldp64At(cpu, insn, lo, hi);
    cpu.markExclusive(pa);
  } else {
    const pa = cpu.dataAddress(lo, hi, 8);
    ldp32At(cpu, insn, lo, hi, false);
    cpu.markExclusive(pa);
  }
}

/** STXP/STLXP: as STXR, for a pair. */
function stxp(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = x[b];
  const hi = x[b + 1];
  const wide = (insn & 0x40000000) !== 0;
  const pa = cpu.exclusiveTarget(lo, hi, wide ? 16 : 8);
  let status = 1;
  if ((pa - (pa % 64)) === cpu.exclusiveAddr) {
    if (wide) stp64At(cpu, insn, lo, hi);
    else stp32At(cpu, insn, lo, hi);
    status = 0;
  }
  cpu.exclusiveAddr = -1;
  const s = ((insn >>> 16) & 31) << 1;
  x[s] = status;
  x[s + 1] = 0;
}


// ---- SIMD&FP single registers and pairs ----------------------------------------------
// V<t> lives in cpu.vreg words 4t..4t+3 (least significant first). Loads of B/H/S/D zero
// the rest of the register. A Q access is two 64-bit accesses (alignment checked per
// doubleword, as the Arm ARM's Mem[] splits 16-byte vector accesses).
// (CPACR_EL1.FPEN / CPTR trap check goes here once the exception model exists.)

/** log2 of the access size of a SIMD&FP single-register encoding: B 0, H 1, S 2, D 3, Q 4. */
function fpLog(insn: number): number {
  const size = insn >>> 30;
  return size === 0 && (insn & 0x800000) !== 0 ? 4 : size;
}

/** Loads (bit 22 set) or stores V<insn & 31> with access size 1 << lg at (lo, hi). */
function fpTransfer(cpu: Cpu, insn: number, lg: number, lo: number, hi: number): void {
  const v = cpu.vreg;
  const t = (insn & 31) << 2;
  if ((insn & 0x400000) !== 0) {
    let w0: number;
    let w1 = 0;
    let w2 = 0;
    let w3 = 0;
    switch (lg) {
      case 0:
        w0 = cpu.ld8(lo, hi);
        break;
      case 1:
        w0 = cpu.ld16(lo, hi);
        break;
      case 2:
        w0 = cpu.ld32(lo, hi);
        break;
      case 3:
        w0 = cpu.ld64(lo, hi);
        w1 = cpu.ldHi;
        break;
      default: {
        w0 = cpu.ld64(lo, hi);
        w1 = cpu.ldHi;
        const lo2 = (lo + 8) | 0;
        w2 = cpu.ld64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi);
        w3 = cpu.ldHi;
      }
    }
    v[t] = w0;
    v[t + 1] = w1;
    v[t + 2] = w2;
    v[t + 3] = w3;
    return;
  }
  switch (lg) {
    case 0:
      cpu.st8(lo, hi, v[t]);
      return;
    case 1:
      cpu.st16(lo, hi, v[t]);
      return;
    case 2:
      cpu.st32(lo, hi, v[t]);
      return;
    case 3:
      cpu.st64(lo, hi, v[t], v[t + 1]);
      return;
    default: {
      cpu.st64(lo, hi, v[t], v[t + 1]);
      const lo2 = (lo + 8) | 0;
      cpu.st64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi, v[t + 2], v[t + 3]);
    }
  }
}

function fpPos(cpu: Cpu, insn: number): void {
  const lg = fpLog(insn);
  const lo = eaPos(cpu.x, insn, lg);
  fpTransfer(cpu, insn, lg, lo, eaHi);
}

function ldrQPos(cpu: Cpu, insn: number): void {
  const lo = eaPos(cpu.x, insn, 4);
  const hi = eaHi;
  const v = cpu.vreg;
  const t = (insn & 31) << 2;
  const w0 = cpu.ld64(lo, hi);
  const w1 = cpu.ldHi;
  const lo2 = (lo + 8) | 0;
  v[t + 2] = cpu.ld64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi);
  v[t + 3] = cpu.ldHi;
  v[t] = w0;
  v[t + 1] = w1;
}

function strQPos(cpu: Cpu, insn: number): void {
  const lo = eaPos(cpu.x, insn, 4);
  const hi = eaHi;
  const v = cpu.vreg;
  const t = (insn & 31) << 2;
  cpu.st64(lo, hi, v[t], v[t + 1]);
  const lo2 = (lo + 8) | 0;
  cpu.st64(lo2, (lo2 >>> 0) < 8 ? (hi + 1) | 0 : hi, v[t + 2], v[t + 3]);
}

function fpUnscaled(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  fpTransfer(cpu, insn, fpLog(insn), lo, eaHi);
}

function fpPre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm9(insn));
  const hi = eaHi;
  fpTransfer(cpu, insn, fpLog(insn), lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

function fpPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  fpTransfer(cpu, insn, fpLog(insn), blo, bhi);
  x[b] = addSigned(blo, bhi, imm9(insn));
  x[b + 1] = eaHi;
}

function fpRegoff(cpu: Cpu, insn: number): void {
  const lg = fpLog(insn);
  const lo = eaRegoff(cpu.x, insn, lg);
  fpTransfer(cpu, insn, lg, lo, eaHi);
}

/** LDR (literal, SIMD&FP): opc (bits 31:30) 00 S, 01 D, 10 Q. */
function fpLit(cpu: Cpu, insn: number): void {
  const lo = eaLiteral(cpu, insn);
  // Bit 22 is part of imm19 here: force the load path by passing bit 22 set.
  fpTransfer(cpu, (insn & 31) | 0x400000, (insn >>> 30) + 2, lo, eaHi);
}

/** SIMD&FP pair at (lo, hi): opc (bits 31:30) 00 S, 01 D, 10 Q; L is bit 22. */
function fpPairAt(cpu: Cpu, insn: number, lo: number, hi: number): void {
  const lg = (insn >>> 30) + 2;
  const bytes = 1 << lg;
  const lo2 = (lo + bytes) | 0;
  const hi2 = (lo2 >>> 0) < bytes ? (hi + 1) | 0 : hi;
  const t2 = (insn >>> 10) & 31;
  const l = insn & 0x400000;
  // Rt2 first, then Rt: with Rt == Rt2 a load leaves the lower element (as LDP of GPRs).
  fpTransfer(cpu, l | t2, lg, lo2, hi2);
  fpTransfer(cpu, l | (insn & 31), lg, lo, hi);
}

function fpPairOff(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, (insn >>> 30) + 2));
  fpPairAt(cpu, insn, lo, eaHi);
}

function fpPairPre(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const lo = addSigned(x[b], x[b + 1], imm7(insn, (insn >>> 30) + 2));
  const hi = eaHi;
  fpPairAt(cpu, insn, lo, hi);
  x[b] = lo;
  x[b + 1] = hi;
}

function fpPairPost(cpu: Cpu, insn: number): void {
  const x = cpu.x;
  const b = baseIndex(insn);
  const blo = x[b];
  const bhi = x[b + 1];
  fpPairAt(cpu, insn, blo, bhi);
  x[b] = addSigned(blo, bhi, imm7(insn, (insn >>> 30) + 2));
  x[b + 1] = eaHi;
}

// ---- WebAssembly translations (Row.wasm) ----------------------------------------------
// Each does what its handler does: the address from the registers first, the access(es),
// then the loaded register(s) (Rt2 before Rt for pairs) and last the base write-back, so an
// access that faults (its full path throws through the region) changes no register.

/** Access size in bytes by size:opc (GprOp.so); 0: no access. */
const SO_BYTES = [1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 0, 8, 8, 0, 0] as const;

/** Pushes Rn|SP + a signed constant `off` (i64). */
function baseImmWasm(e: InsnEmitter, n: number, off: number): void {
  e.xsp(n);
  if (off !== 0) e.c.i64(off, off < 0 ? -1 : 0).op(Op.i64_add);
}

/** Pushes the i64 in local `a` + a signed constant `off`. */
function plusWasm(e: InsnEmitter, a: number, off: number): void {
  e.c.get(a);
  if (off !== 0) e.c.i64(off, off < 0 ? -1 : 0).op(Op.i64_add);
}

/** transfer(): the access of size:opc `so` for register t at the i64 address in local `a`. */
function transferWasm(e: InsnEmitter, so: number, t: number, a: number): void {
  const c = e.c;
  const size = SO_BYTES[so] as 1 | 2 | 4 | 8;
  c.get(a);
  if ((so & 3) === 0) {
    e.x(t).store(size);
    return;
  }
  e.load(size);
  if (so === 2 || so === 3) c.op(Op.i64_extend8_s);
  else if (so === 6 || so === 7) c.op(Op.i64_extend16_s);
  else if (so === 10) c.op(Op.i64_extend32_s);
  if (so === 3 || so === 7) {
    c.op(Op.i32_wrap_i64);
    e.setW(t);
  } else e.setX(t);
}

/** No code: a prefetch has no architectural effect (prefetch()). */
const noWasm: WasmTranslation = () => {};

/** A translation for size:opc `so` at the address `addr` pushes (a prefetch: nothing). */
function singleWasm(so: number, addr: (f: Fields, e: InsnEmitter) => void): Translate<WasmTranslation> {
  return (f) => {
    if (SO_BYTES[so] === 0) return noWasm;
    return (e) => {
      const a = e.tmp64();
      addr(f, e);
      e.c.set(a);
      transferWasm(e, so, f.t, a);
    };
  };
}

/** Signed imm9 field value. */
const simm9 = (i: number): number => (i << 23) >> 23;

/** LDXR/LDAXR of `size` bytes (ldxr()): zero-extended into Xt, the granule marked (InsnEmitter.loadExclusive). */
const ldxrWasm = (size: 1 | 2 | 4 | 8): Translate<WasmTranslation> => (f) => (e) => e.loadExclusive(f.n, size, (r) => e.ramLoad(r, 0, size).setX(f.t));

/** STXR/STLXR of `size` bytes (stxr()): InsnEmitter.storeExclusive. */
const stxrWasm = (size: 1 | 2 | 4 | 8): Translate<WasmTranslation> => (f) => (e) => e.storeExclusive(f.n, f.s, size, (r) => e.x(f.t).ramStore(r, 0, size));

/** LDXP/LDAXP of two `size`-byte elements (ldxp(): Rt2 written first, as ldp64At/ldp32At do). */
const ldxpWasm = (size: 4 | 8): Translate<WasmTranslation> => (f) => (e) =>
  e.loadExclusive(f.n, 2 * size, (r) => {
    e.ramLoad(r, size, size).setX(f.u);
    e.ramLoad(r, 0, size).setX(f.t);
  });

/** STXP/STLXP of two `size`-byte elements (stxp()): Rt at the lower address. */
const stxpWasm = (size: 4 | 8): Translate<WasmTranslation> => (f) => (e) =>
  e.storeExclusive(f.n, f.s, 2 * size, (r) => {
    e.x(f.t).ramStore(r, 0, size);
    e.x(f.u).ramStore(r, size, size);
  });

/** LDAR/STLR (ldar(), stlr()): a plain access at [Xn|SP] (one PE: ordering needs nothing more). */
const orderedWasm = (so: number): Translate<WasmTranslation> => singleWasm(so, (f, e) => baseImmWasm(e, f.n, 0));

const posWasm = (so: number): Translate<WasmTranslation> => singleWasm(so, (f, e) => baseImmWasm(e, f.n, f.i << (so >>> 2)));
const unscaledWasm = (so: number): Translate<WasmTranslation> => singleWasm(so, (f, e) => baseImmWasm(e, f.n, simm9(f.i)));

/** [Xn|SP, #simm]! (pre) or [Xn|SP], #simm (post): the access, then the write-back. */
function indexedWasm(so: number, pre: boolean): Translate<WasmTranslation> {
  return (f) => {
    const off = simm9(f.i);
    return (e) => {
      const a = e.tmp64();
      baseImmWasm(e, f.n, pre ? off : 0);
      e.c.set(a);
      transferWasm(e, so, f.t, a);
      plusWasm(e, a, pre ? 0 : off);
      e.setXsp(f.n);
    };
  };
}

/**
 * Register offset (eaRegoff): Rn|SP + Rm extended by option (o = option<2>:option<0>;
 * the shifted-register byte rows have no o: LSL) and shifted by the access size when S is 1.
 */
const regoffWasm = (so: number): Translate<WasmTranslation> =>
  singleWasm(so, (f, e) => {
    const c = e.c;
    const o = f.o ?? 1;
    e.xsp(f.n);
    if ((o & 1) !== 0) e.x(f.m);
    else e.w(f.m).c.op((o & 2) !== 0 ? Op.i64_extend_i32_s : Op.i64_extend_i32_u);
    const scale = so >>> 2;
    if (f.s !== 0 && scale !== 0) c.i64(scale, 0).op(Op.i64_shl);
    c.op(Op.i64_add);
  });

/** PC-relative literal: this instruction's address + imm19 * 4 (so as for the single forms). */
const literalWasm = (so: number): Translate<WasmTranslation> => singleWasm(so, (f, e) => {
  const off = ((f.i << 13) >> 13) << 2;
  e.pc().c.i64(off, off < 0 ? -1 : 0).op(Op.i64_add);
});

/**
 * Pairs: `size` bytes each, `load` (LDP/LDPSW: both loads first, then Rt2, then Rt) or a
 * store (STP: Rt at the lower address first); `signed` for LDPSW; form 0 post-index,
 * 1 signed offset, 2 pre-index.
 */
function pairWasm(size: 4 | 8, load: boolean, signed: boolean, form: number): Translate<WasmTranslation> {
  return (f) => (e) => {
    const c = e.c;
    const off = ((f.i << 25) >> 25) * size;
    const a = e.tmp64();
    baseImmWasm(e, f.n, form === 0 ? 0 : off);
    c.set(a);
    if (load) {
      const v1 = e.tmp64();
      c.get(a);
      e.load(size);
      if (signed) c.op(Op.i64_extend32_s);
      c.set(v1);
      plusWasm(e, a, size);
      e.load(size);
      if (signed) c.op(Op.i64_extend32_s);
      e.setX(f.u);
      c.get(v1);
      e.setX(f.t);
    } else {
      c.get(a);
      e.x(f.t).store(size);
      plusWasm(e, a, size);
      e.x(f.u).store(size);
    }
    if (form === 1) return;
    plusWasm(e, a, form === 0 ? off : 0);
    e.setXsp(f.n);
  };
}

// ---- the rows ------------------------------------------------------------------------

const SIZE = ['00', '01', '10', '11'];

/**
 * General-purpose single-register operations, indexed by size:opc. Fields: the stems of
 * the LDR/STR (immediate and register), LDUR/STUR and LDTR/STTR encodings, the
 * register-width suffix of the encoding name, the transfer register syntax, and the
 * unsigned-offset handler.
 */
interface GprOp {
  so: number;
  ldr: string;
  ldur: string;
  ldtr: string | null;
  width: '32' | '64' | 'P';
  reg: string;
  pos: ExecFn;
  /** Dedicated handlers for the frequent forms (the generic ones otherwise). */
  pre?: ExecFn;
  post?: ExecFn;
  regoff?: ExecFn;
  /** Translations for compiled blocks (Row.js) of the unsigned-offset and register-offset rows. */
  posJs?: Translate<JsTranslation>;
  regoffJs?: Translate<JsTranslation>;
}

const GPR_OPS: GprOp[] = [
  { so: 0, ldr: 'STRB', ldur: 'STURB', ldtr: 'STTRB', width: '32', reg: '<Wt>', pos: strbPos, post: strbPost, regoff: strbRegoff },
  { so: 1, ldr: 'LDRB', ldur: 'LDURB', ldtr: 'LDTRB', width: '32', reg: '<Wt>', pos: ldrbPos, posJs: ldrbPosJs, post: ldrbPost, regoff: ldrbRegoff },
  { so: 2, ldr: 'LDRSB', ldur: 'LDURSB', ldtr: 'LDTRSB', width: '64', reg: '<Xt>', pos: ldrsb64Pos },
  { so: 3, ldr: 'LDRSB', ldur: 'LDURSB', ldtr: 'LDTRSB', width: '32', reg: '<Wt>', pos: ldrsb32Pos },
  { so: 4, ldr: 'STRH', ldur: 'STURH', ldtr: 'STTRH', width: '32', reg: '<Wt>', pos: strhPos },
  { so: 5, ldr: 'LDRH', ldur: 'LDURH', ldtr: 'LDTRH', width: '32', reg: '<Wt>', pos: ldrhPos },
  { so: 6, ldr: 'LDRSH', ldur: 'LDURSH', ldtr: 'LDTRSH', width: '64', reg: '<Xt>', pos: ldrsh64Pos },
  { so: 7, ldr: 'LDRSH', ldur: 'LDURSH', ldtr: 'LDTRSH', width: '32', reg: '<Wt>', pos: ldrsh32Pos },
  { so: 8, ldr: 'STR', ldur: 'STUR', ldtr: 'STTR', width: '32', reg: '<Wt>', pos: str32Pos, posJs: str32PosJs, pre: str32Pre, post: str32Post, regoff: str32Regoff },
  { so: 9, ldr: 'LDR', ldur: 'LDUR', ldtr: 'LDTR', width: '32', reg: '<Wt>', pos: ldr32Pos, posJs: ldr32PosJs, pre: ldr32Pre, post: ldr32Post, regoff: ldr32Regoff },
  { so: 10, ldr: 'LDRSW', ldur: 'LDURSW', ldtr: 'LDTRSW', width: '64', reg: '<Xt>', pos: ldrswPos },
  { so: 12, ldr: 'STR', ldur: 'STUR', ldtr: 'STTR', width: '64', reg: '<Xt>', pos: str64Pos, posJs: str64PosJs, pre: str64Pre, post: str64Post, regoff: str64Regoff, regoffJs: str64RegoffJs },
  { so: 13, ldr: 'LDR', ldur: 'LDUR', ldtr: 'LDTR', width: '64', reg: '<Xt>', pos: ldr64Pos, posJs: ldr64PosJs, pre: ldr64Pre, post: ldr64Post, regoff: ldr64Regoff, regoffJs: ldr64RegoffJs },
  { so: 14, ldr: 'PRFM', ldur: 'PRFUM', ldtr: null, width: 'P', reg: '<prfop>', pos: prefetch },
];

/** SIMD&FP single-register operations: [size, opc, register letter]. */
const FP_OPS: [string, string, string][] = [
  ['00', '00', 'B'], ['00', '01', 'B'], ['00', '10', 'Q'], ['00', '11', 'Q'],
  ['01', '00', 'H'], ['01', '01', 'H'],
  ['10', '00', 'S'], ['10', '01', 'S'],
  ['11', '00', 'D'], ['11', '01', 'D'],
];

const REGOFF = '[<Xn|SP>, (<Wm>|<Xm>){, <extend> {<amount>}}]';

/** Data accesses (Row.dataAccesses) of a general-purpose single transfer: none for a prefetch. */
const gprAccesses = (op: GprOp): number => (op.width === 'P' ? 0 : 1);
/** Data accesses of a SIMD&FP single transfer: a Q register moves as two doublewords. */
const fpAccesses = (r: string): number => (r === 'Q' ? 2 : 1);

function singleRows(): Row[] {
  const rows: Row[] = [];
  const so2 = (so: number): [string, string] => [SIZE[so >> 2], SIZE[so & 3]];
  // Unsigned scaled offset.
  for (const op of GPR_OPS) {
    const [size, opc] = so2(op.so);
    rows.push({
      name: `${op.ldr}_${op.width}_ldst_pos`,
      pattern: `${size}111001${opc}iiiiiiiiiiiinnnnnttttt`,
      exec: op.pos,
      js: op.posJs,
      wasm: posWasm(op.so),
      dataAccesses: gprAccesses(op),
      asm: `${op.ldr} ${op.reg}, [<Xn|SP>{, #<pimm>}]`,
    });
  }
  for (const [size, opc, r] of FP_OPS) {
    const st = opc[1] === '0' ? 'STR' : 'LDR';
    const exec = r !== 'Q' ? fpPos : st === 'LDR' ? ldrQPos : strQPos;
    rows.push({ name: `${st}_${r}_ldst_pos`, pattern: `${size}111101${opc}iiiiiiiiiiiinnnnnttttt`, exec, dataAccesses: fpAccesses(r), asm: `${st} <${r}t>, [<Xn|SP>{, #<pimm>}]` });
  }
  // Unscaled immediate, post-index, unprivileged, pre-index (bits 11:10 = 00, 01, 10, 11).
  for (const op of GPR_OPS) {
    const [size, opc] = so2(op.so);
    rows.push({
      name: `${op.ldur}_${op.width}_ldst_unscaled`,
      pattern: `${size}111000${opc}0iiiiiiiii00nnnnnttttt`,
      exec: op.so === 14 ? prefetch : ldstUnscaled,
      wasm: unscaledWasm(op.so),
      dataAccesses: gprAccesses(op),
      asm: `${op.ldur} ${op.reg}, [<Xn|SP>{, #<simm>}]`,
    });
    if (op.ldtr === null) continue;
    rows.push({
      name: `${op.ldr}_${op.width}_ldst_immpost`,
      pattern: `${size}111000${opc}0iiiiiiiii01nnnnnttttt`,
      exec: op.post ?? ldstPost,
      wasm: indexedWasm(op.so, false),
      dataAccesses: 1,
      asm: `${op.ldr} ${op.reg}, [<Xn|SP>], #<simm>`,
    });
    rows.push({
      name: `${op.ldtr}_${op.width}_ldst_unpriv`,
      pattern: `${size}111000${opc}0iiiiiiiii10nnnnnttttt`,
      exec: ldstUnprivileged,
      dataAccesses: 1,
      asm: `${op.ldtr} ${op.reg}, [<Xn|SP>{, #<simm>}]`,
    });
    rows.push({
      name: `${op.ldr}_${op.width}_ldst_immpre`,
      pattern: `${size}111000${opc}0iiiiiiiii11nnnnnttttt`,
      exec: op.pre ?? ldstPre,
      wasm: indexedWasm(op.so, true),
      dataAccesses: 1,
      asm: `${op.ldr} ${op.reg}, [<Xn|SP>, #<simm>]!`,
    });
  }
  for (const [size, opc, r] of FP_OPS) {
    const st = opc[1] === '0' ? 'ST' : 'LD';
    rows.push({ name: `${st}UR_${r}_ldst_unscaled`, pattern: `${size}111100${opc}0iiiiiiiii00nnnnnttttt`, exec: fpUnscaled, dataAccesses: fpAccesses(r), asm: `${st}UR <${r}t>, [<Xn|SP>{, #<simm>}]` });
    rows.push({ name: `${st}R_${r}_ldst_immpost`, pattern: `${size}111100${opc}0iiiiiiiii01nnnnnttttt`, exec: fpPost, dataAccesses: fpAccesses(r), asm: `${st}R <${r}t>, [<Xn|SP>], #<simm>` });
    rows.push({ name: `${st}R_${r}_ldst_immpre`, pattern: `${size}111100${opc}0iiiiiiiii11nnnnnttttt`, exec: fpPre, dataAccesses: fpAccesses(r), asm: `${st}R <${r}t>, [<Xn|SP>, #<simm>]!` });
  }
  // Register offset (option<1> must be 1). Byte forms have two encodings: the shifted
  // register one (option = 011, "BL") must come first, the extended register one takes
  // the other options.
  for (const op of GPR_OPS) {
    const [size, opc] = so2(op.so);
    const exec = op.so === 14 ? prefetch : (op.regoff ?? ldstRegoff);
    const wasm = regoffWasm(op.so);
    if (size === '00') {
      rows.push({ name: `${op.ldr}_${op.width}BL_ldst_regoff`, pattern: `${size}111000${opc}1mmmmm011s10nnnnnttttt`, exec, wasm, dataAccesses: gprAccesses(op), asm: `${op.ldr} ${op.reg}, [<Xn|SP>, <Xm>{, LSL <amount>}]` });
      rows.push({ name: `${op.ldr}_${op.width}B_ldst_regoff`, pattern: `${size}111000${opc}1mmmmmo1os10nnnnnttttt`, exec, wasm, dataAccesses: gprAccesses(op), asm: `${op.ldr} ${op.reg}, ${REGOFF}` });
    } else {
      rows.push({ name: `${op.ldr}_${op.width}_ldst_regoff`, pattern: `${size}111000${opc}1mmmmmo1os10nnnnnttttt`, exec, js: op.regoffJs, wasm, dataAccesses: gprAccesses(op), asm: `${op.ldr} ${op.reg}, ${REGOFF}` });
    }
  }
  for (const [size, opc, r] of FP_OPS) {
    const st = opc[1] === '0' ? 'STR' : 'LDR';
    if (r === 'B') {
      rows.push({ name: `${st}_BL_ldst_regoff`, pattern: `${size}111100${opc}1mmmmm011s10nnnnnttttt`, exec: fpRegoff, dataAccesses: fpAccesses(r), asm: `${st} <Bt>, [<Xn|SP>, <Xm>{, LSL <amount>}]` });
    }
    rows.push({ name: `${st}_${r}_ldst_regoff`, pattern: `${size}111100${opc}1mmmmmo1os10nnnnnttttt`, exec: fpRegoff, dataAccesses: fpAccesses(r), asm: `${st} <${r}t>, ${REGOFF}` });
  }
  return rows;
}

const LITERAL_ROWS: Row[] = [
  { name: 'LDR_32_loadlit', pattern: '00011000iiiiiiiiiiiiiiiiiiittttt', exec: ldr32Lit, wasm: literalWasm(9), dataAccesses: 1, asm: 'LDR <Wt>, <label>' },
  { name: 'LDR_64_loadlit', pattern: '01011000iiiiiiiiiiiiiiiiiiittttt', exec: ldr64Lit, wasm: literalWasm(13), dataAccesses: 1, asm: 'LDR <Xt>, <label>' },
  { name: 'LDRSW_64_loadlit', pattern: '10011000iiiiiiiiiiiiiiiiiiittttt', exec: ldrswLit, wasm: literalWasm(10), dataAccesses: 1, asm: 'LDRSW <Xt>, <label>' },
  { name: 'PRFM_P_loadlit', pattern: '11011000iiiiiiiiiiiiiiiiiiittttt', exec: prefetch, asm: 'PRFM (<prfop>|#<imm5>), <label>' },
  { name: 'LDR_S_loadlit', pattern: '00011100iiiiiiiiiiiiiiiiiiittttt', exec: fpLit, dataAccesses: 1, asm: 'LDR <St>, <label>' },
  { name: 'LDR_D_loadlit', pattern: '01011100iiiiiiiiiiiiiiiiiiittttt', exec: fpLit, dataAccesses: 1, asm: 'LDR <Dt>, <label>' },
  { name: 'LDR_Q_loadlit', pattern: '10011100iiiiiiiiiiiiiiiiiiittttt', exec: fpLit, dataAccesses: 2, asm: 'LDR <Qt>, <label>' },
];

function pairRows(): Row[] {
  const rows: Row[] = [];
  // [form suffix, bits 25:23, operand syntax]
  const forms: [string, string, string][] = [
    ['ldstpair_post', '001', '[<Xn|SP>], #<imm>'],
    ['ldstpair_off', '010', '[<Xn|SP>{, #<imm>}]'],
    ['ldstpair_pre', '011', '[<Xn|SP>, #<imm>]!'],
  ];
  const gpr: [string, string, string, string, ExecFn[], (form: number) => Translate<WasmTranslation>][] = [
    // [name, opc, L, register, handlers for post/off/pre, translation by form]
    ['STP_32', '00', '0', 'W', [stp32Post, stp32Off, stp32Pre], (f) => pairWasm(4, false, false, f)],
    ['LDP_32', '00', '1', 'W', [ldp32Post, ldp32Off, ldp32Pre], (f) => pairWasm(4, true, false, f)],
    ['LDPSW_64', '01', '1', 'X', [ldpswPost, ldpswOff, ldpswPre], (f) => pairWasm(4, true, true, f)],
    ['STP_64', '10', '0', 'X', [stp64Post, stp64Off, stp64Pre], (f) => pairWasm(8, false, false, f)],
    ['LDP_64', '10', '1', 'X', [ldp64Post, ldp64Off, ldp64Pre], (f) => pairWasm(8, true, false, f)],
  ];
  for (let f = 0; f < forms.length; f++) {
    const [suffix, type, syntax] = forms[f];
    for (const [name, opc, l, r, handlers, wasm] of gpr) {
      rows.push({
        name: `${name}_${suffix}`,
        pattern: `${opc}1010${type}${l}iiiiiiiuuuuunnnnnttttt`,
        exec: handlers[f],
        wasm: wasm(f),
        dataAccesses: 2,
        asm: `${name.slice(0, name.indexOf('_'))} <${r}t1>, <${r}t2>, ${syntax}`,
      });
    }
    for (const [opc, r] of [['00', 'S'], ['01', 'D'], ['10', 'Q']]) {
      for (const l of ['0', '1']) {
        const mn = l === '0' ? 'STP' : 'LDP';
        rows.push({ name: `${mn}_${r}_${suffix}`, pattern: `${opc}1011${type}${l}iiiiiiiuuuuunnnnnttttt`, exec: [fpPairPost, fpPairOff, fpPairPre][f], dataAccesses: 2 * fpAccesses(r), asm: `${mn} <${r}t1>, <${r}t2>, ${syntax}` });
      }
    }
  }
  // Non-temporal pairs: the hint does not change the semantics of the signed-offset form.
  rows.push(
    { name: 'STNP_32_ldstnapair_offs', pattern: '0010100000iiiiiiiuuuuunnnnnttttt', exec: stp32Off, wasm: pairWasm(4, false, false, 1), dataAccesses: 2, asm: 'STNP <Wt1>, <Wt2>, [<Xn|SP>{, #<imm>}]' },
    { name: 'LDNP_32_ldstnapair_offs', pattern: '0010100001iiiiiiiuuuuunnnnnttttt', exec: ldp32Off, wasm: pairWasm(4, true, false, 1), dataAccesses: 2, asm: 'LDNP <Wt1>, <Wt2>, [<Xn|SP>{, #<imm>}]' },
    { name: 'STNP_64_ldstnapair_offs', pattern: '1010100000iiiiiiiuuuuunnnnnttttt', exec: stp64Off, wasm: pairWasm(8, false, false, 1), dataAccesses: 2, asm: 'STNP <Xt1>, <Xt2>, [<Xn|SP>{, #<imm>}]' },
    { name: 'LDNP_64_ldstnapair_offs', pattern: '1010100001iiiiiiiuuuuunnnnnttttt', exec: ldp64Off, wasm: pairWasm(8, true, false, 1), dataAccesses: 2, asm: 'LDNP <Xt1>, <Xt2>, [<Xn|SP>{, #<imm>}]' },
  );
  for (const [opc, r] of [['00', 'S'], ['01', 'D'], ['10', 'Q']]) {
    rows.push(
      { name: `STNP_${r}_ldstnapair_offs`, pattern: `${opc}10110000iiiiiiiuuuuunnnnnttttt`, exec: fpPairOff, dataAccesses: 2 * fpAccesses(r), asm: `STNP <${r}t1>, <${r}t2>, [<Xn|SP>{, #<imm>}]` },
      { name: `LDNP_${r}_ldstnapair_offs`, pattern: `${opc}10110001iiiiiiiuuuuunnnnnttttt`, exec: fpPairOff, dataAccesses: 2 * fpAccesses(r), asm: `LDNP <${r}t1>, <${r}t2>, [<Xn|SP>{, #<imm>}]` },
    );
  }
  return rows;
}

function exclusiveRows(): Row[] {
  const rows: Row[] = [];
  // [size, mnemonic suffix, register-width suffix, register syntax]
  const sizes: [string, string, string, string][] = [
    ['00', 'B', '32', '<Wt>'],
    ['01', 'H', '32', '<Wt>'],
    ['10', '', '32', '<Wt>'],
    ['11', '', '64', '<Xt>'],
  ];
  for (const [size, b, w, reg] of sizes) {
    // Exclusive register: bit 23 o2 = 0, bit 22 L, bit 21 o1 = 0, bit 15 o0 (acquire/release).
    const bytes = (1 << parseInt(size, 2)) as 1 | 2 | 4 | 8;
    rows.push(
      { name: `STXR${b}_SR${w}_ldstexclr`, pattern: `${size}001000000sssss0uuuuunnnnnttttt`, exec: stxr, wasm: stxrWasm(bytes), dataAccesses: 2, asm: `STXR${b} <Ws>, ${reg}, [<Xn|SP>{, #0}]` },
      { name: `STLXR${b}_SR${w}_ldstexclr`, pattern: `${size}001000000sssss1uuuuunnnnnttttt`, exec: stxr, wasm: stxrWasm(bytes), dataAccesses: 2, asm: `STLXR${b} <Ws>, ${reg}, [<Xn|SP>{, #0}]` },
      { name: `LDXR${b}_LR${w}_ldstexclr`, pattern: `${size}001000010sssss0uuuuunnnnnttttt`, exec: ldxr, wasm: ldxrWasm(bytes), dataAccesses: 2, asm: `LDXR${b} ${reg}, [<Xn|SP>{, #0}]` },
      { name: `LDAXR${b}_LR${w}_ldstexclr`, pattern: `${size}001000010sssss1uuuuunnnnnttttt`, exec: ldxr, wasm: ldxrWasm(bytes), dataAccesses: 2, asm: `LDAXR${b} ${reg}, [<Xn|SP>{, #0}]` },
    );
  }
  for (const [sz, w, r] of [['0', '32', 'W'], ['1', '64', 'X']]) {
    // Exclusive pair: bit 31 = 1, bit 30 sz, o1 (bit 21) = 1.
    const bytes = sz === '1' ? 8 : 4;
    rows.push(
      { name: `STXP_SP${w}_ldstexclp`, pattern: `1${sz}001000001sssss0uuuuunnnnnttttt`, exec: stxp, wasm: stxpWasm(bytes), dataAccesses: 3, asm: `STXP <Ws>, <${r}t1>, <${r}t2>, [<Xn|SP>{, #0}]` },
      { name: `STLXP_SP${w}_ldstexclp`, pattern: `1${sz}001000001sssss1uuuuunnnnnttttt`, exec: stxp, wasm: stxpWasm(bytes), dataAccesses: 3, asm: `STLXP <Ws>, <${r}t1>, <${r}t2>, [<Xn|SP>{, #0}]` },
      { name: `LDXP_LP${w}_ldstexclp`, pattern: `1${sz}001000011sssss0uuuuunnnnnttttt`, exec: ldxp, wasm: ldxpWasm(bytes), dataAccesses: 3, asm: `LDXP <${r}t1>, <${r}t2>, [<Xn|SP>{, #0}]` },
      { name: `LDAXP_LP${w}_ldstexclp`, pattern: `1${sz}001000011sssss1uuuuunnnnnttttt`, exec: ldxp, wasm: ldxpWasm(bytes), dataAccesses: 3, asm: `LDAXP <${r}t1>, <${r}t2>, [<Xn|SP>{, #0}]` },
    );
  }
  for (const [size, b, w, reg] of sizes) {
    // Ordered: o2 = 1, o1 = 0, o0 = 1 (o0 = 0 is LDLAR/STLLR, FEAT_LOR, not implemented).
    rows.push(
      { name: `STLR${b}_SL${w}_ldstord`, pattern: `${size}001000100sssss1uuuuunnnnnttttt`, exec: stlr, wasm: orderedWasm(parseInt(size, 2) << 2), dataAccesses: 1, asm: `STLR${b} ${reg}, [<Xn|SP>{, #0}]` },
      { name: `LDAR${b}_LR${w}_ldstord`, pattern: `${size}001000110sssss1uuuuunnnnnttttt`, exec: ldar, wasm: orderedWasm((parseInt(size, 2) << 2) | 1), dataAccesses: 1, asm: `LDAR${b} ${reg}, [<Xn|SP>{, #0}]` },
    );
  }
  for (const [size, b, w, reg] of sizes) {
    // LDAPR (FEAT_LRCPC), in the atomic memory operations space: A = 1, R = 0, o3 = 1, opc = 100.
    rows.push({ name: `LDAPR${b}_${w}L_memop`, pattern: `${size}111000101sssss110000nnnnnttttt`, exec: ldar, dataAccesses: 1, asm: `LDAPR${b} ${reg}, [<Xn|SP>{, #0}]` });
  }
  return rows;
}

export const LOADSTORE_ROWS: Row[] = [...singleRows(), ...LITERAL_ROWS, ...pairRows(), ...exclusiveRows()];
