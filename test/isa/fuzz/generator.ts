// Random valid encodings drawn from the decoder table, for differential testing against
// QEMU. Nothing here knows a list of instructions: every row of A64_ROWS is analysed at run
// time from its pattern (fixed bits and operand fields), its Arm encoding name (whose
// suffix names the encoding group, e.g. "_addsub_imm", "_ldst_pos") and its asm template.
//
// Policy, per row:
//  - data processing (immediate, register), SIMD&FP: operand bits random;
//  - branches: only forward branches to the start of a later unit of the same snippet
//    (register branches get their target from an ADR emitted just before);
//  - loads and stores: the generator picks an aligned effective address inside the
//    scratch buffer and emits MOVZ/MOVK before the instruction to set the base register
//    (and SP through a temporary, 16-byte aligned) so that base + offset lands there;
//    register offsets get a random index and the base compensates for it; literal loads
//    get their imm19 patched at layout time to point into the buffer;
//  - excluded (with a reason): system and exception rows, exclusives, rows whose group has
//    no addressing model here, unimplemented rows.
// A drawn word is kept only if it decodes to the same row and the GNU disassembler knows
// it (that rejects reserved encodings the table's patterns do not spell out); the second
// check happens in batches, see validateWithObjdump.

import { a64Decoder } from '../../../src/machine/cpu/insns/index.ts';
import type { Decoder, DecodedRow } from '../../../src/machine/cpu/decoder.ts';
import { addImm, adr, movImm64 } from './encode.ts';

// ---- the memory layout every snippet shares ------------------------------------------

export const RAM_BASE = 0x4000_0000;
/** Scratch buffer: every generated data access lands inside it. */
export const BUF_ADDR = RAM_BASE;
export const BUF_SIZE = 256;
/** The initial-state record the prologue loads. */
export const INIT_ADDR = RAM_BASE + 0x400;
/** The record the dump routine fills. */
export const SAVE_ADDR = RAM_BASE + 0x800;
/** Veneers: BL DUMP_ADDR dumps the state, B FINISH_ADDR ends the snippet. */
export const DUMP_ADDR = RAM_BASE + 0x1000;
export const FINISH_ADDR = RAM_BASE + 0x1004;
/** The generated instructions start here. */
export const BODY_ADDR = RAM_BASE + 0x1_0000;
/** Literal loads reach +-1 MiB: the body must stay within this of the buffer. */
export const BODY_LIMIT = RAM_BASE + 0xf_0000;

// ---- seeded random numbers ------------------------------------------------------------

/** xoshiro128** seeded through splitmix32: small, fast and reproducible everywhere. */
export class Rng {
  private s = new Uint32Array(4);
  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }
  u32(): number {
    const s = this.s;
    const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
  }
  /** 0 <= n < max. */
  int(max: number): number {
    return Math.floor((this.u32() / 4294967296) * max);
  }
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)];
  }
  /** A 64-bit register value biased towards edge cases. */
  interesting64(): bigint {
    switch (this.int(8)) {
      case 0:
        return this.pick([0n, 1n, 2n, (1n << 64n) - 1n, 1n << 63n, (1n << 63n) - 1n, 0xffff_ffffn, 0x8000_0000n, 0x7fff_ffffn]);
      case 1:
        return BigInt(this.int(64));
      case 2:
        return BigInt.asUintN(64, -BigInt(this.int(64) + 1));
      case 3:
        return BigInt(this.u32());
      case 4:
        return BigInt.asUintN(64, BigInt(this.u32() | 0)); // sign-extended 32-bit
      default:
        return this.u64();
    }
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

// ---- row analysis ---------------------------------------------------------------------

export interface Field {
  readonly letter: string;
  readonly hi: number;
  readonly lo: number;
}

export type RowClass = 'dp' | 'branch' | 'system' | 'mem' | 'simd' | 'other';

/** How a load/store computes its address. */
export type AddrMode =
  | 'uimm12' // unsigned offset, scaled by the access size
  | 'simm9' // unscaled signed offset
  | 'simm9pre'
  | 'simm9post'
  | 'simm7' // pair, signed offset scaled by the element size
  | 'simm7pre'
  | 'simm7post'
  | 'regoff'
  | 'literal'
  | 'base' // [Xn] only
  | 'basepost'; // [Xn], then Xn += imm or Xm (AdvSIMD structures)

export type BranchForm = 'imm26' | 'imm19' | 'imm14' | 'reg';

export interface RowInfo {
  readonly row: DecodedRow;
  /** Encoding-name suffix: "addsub_imm", "ldst_pos", ... */
  readonly group: string;
  readonly cls: RowClass;
  readonly fields: readonly Field[];
  readonly implemented: boolean;
  /** Why the generator never draws this row (undefined: it does). */
  readonly excluded?: string;
  readonly addr?: AddrMode;
  readonly branch?: BranchForm;
}

export function groupOf(name: string): string {
  const parts = name.split('_');
  // AdvSIMD and FP names put the group second: "LD1_asisdlse_R1_1v", "FADD_S_floatdp2"...
  const simdGroup = parts.slice(1).find((p) => /^(asimd|asisd|float|crypto)/.test(p));
  if (simdGroup) return simdGroup;
  return parts.length > 2 ? parts.slice(2).join('_') : name;
}

export function fieldsOf(pattern: string): Field[] {
  const p = pattern.replace(/[\s_]/g, '');
  const fields: Field[] = [];
  for (let i = 0; i < 32; ) {
    const ch = p[i];
    if (ch === '0' || ch === '1') {
      i++;
      continue;
    }
    let j = i;
    while (j < 32 && p[j] === ch) j++;
    fields.push({ letter: ch, hi: 31 - i, lo: 31 - (j - 1) });
    i = j;
  }
  return fields;
}

/** Top-level A64 class from op0 bits 28:25 of the row's fixed value. */
function classOf(row: DecodedRow): RowClass {
  const op1 = (row.value >>> 25) & 0xf;
  // B and BL: bits 31:26 fixed, bit 25 is imm26.
  if (((row.mask >>> 26) & 7) === 7 && ((row.value >>> 26) & 7) === 0b101 && ((row.mask >>> 25) & 1) === 0) return 'branch';
  if (((row.mask >>> 25) & 0xf) !== 0xf) return 'other';
  if ((op1 & 0b1110) === 0b1000) return 'dp';
  if ((op1 & 0b1110) === 0b1010) return 'branch';
  if ((op1 & 0b0101) === 0b0100) return 'mem';
  if ((op1 & 0b0111) === 0b0101) return 'dp';
  if ((op1 & 0b0111) === 0b0111) return 'simd';
  return 'other';
}

/**
 * System rows drawn as plain instructions: the hints do nothing on either model, except
 * YIELD, WFE and WFI (CRm:op2 = 1..3), which wait or yield and are redrawn (waitingHint);
 * the DSB and DMB barriers order nothing observable in a one-PE program.
 */
const DRAWN_SYSTEM_ROWS = new Set(['HINT_HM_hints', 'DSB_BO_barriers', 'DMB_BO_barriers']);

function waitingHint(info: RowInfo, w: number): boolean {
  const op = (w >>> 5) & 0x7f;
  return info.row.name === 'HINT_HM_hints' && op >= 1 && op <= 3;
}

const SYSTEM_GROUPS = new Set(['pstate', 'hints', 'barriers', 'systeminstrs', 'systemmove', 'exception', 'systemresult', 'systeminstrswithreg']);

const ADDR_MODES: Record<string, AddrMode> = {
  ldst_pos: 'uimm12',
  ldst_unscaled: 'simm9',
  ldst_unpriv: 'simm9',
  ldapstl_unscaled: 'simm9',
  ldst_immpre: 'simm9pre',
  ldst_immpost: 'simm9post',
  ldstpair_off: 'simm7',
  ldstnapair_offs: 'simm7',
  ldstpair_pre: 'simm7pre',
  ldstpair_post: 'simm7post',
  ldst_regoff: 'regoff',
  loadlit: 'literal',
  ldstord: 'base',
  memop: 'base',
  comswap: 'base',
  comswappr: 'base',
  asisdlse: 'base',
  asisdlso: 'base',
  asisdlsep: 'basepost',
  asisdlsop: 'basepost',
};

function field(fields: readonly Field[], letter: string, hi: number, lo: number): boolean {
  return fields.some((f) => f.letter === letter && f.hi === hi && f.lo === lo);
}

function branchForm(fields: readonly Field[]): BranchForm | undefined {
  const imm = fields.filter((f) => f.letter === 'i');
  if (imm.length === 1 && imm[0].hi === 25 && imm[0].lo === 0) return 'imm26';
  if (imm.length === 1 && imm[0].hi === 23 && imm[0].lo === 5) return 'imm19';
  if (imm.length === 1 && imm[0].hi === 18 && imm[0].lo === 5) return 'imm14';
  if (imm.length === 0 && fields.length === 1 && field(fields, 'n', 9, 5)) return 'reg';
  return undefined;
}

export interface Analysis {
  readonly decoder: Decoder;
  readonly rows: readonly RowInfo[];
  /** Rows the generator draws from. */
  readonly eligible: readonly RowInfo[];
  /** The snippet carries SIMD&FP state (V0-V31, FPCR, FPSR). */
  readonly simd: boolean;
}

/** Rows the harness itself needs to load and dump SIMD&FP state. */
export const SIMD_HARNESS_ROWS = ['LDR_Q_ldst_pos', 'STR_Q_ldst_pos'];

export function analyseRows(decoder: Decoder = a64Decoder()): Analysis {
  const implementedNames = new Set(decoder.rows.filter((r) => r.index > 0 && r.exec).map((r) => r.name));
  const anySimd = decoder.rows.some((r) => r.index > 0 && r.exec && (classOf(r) === 'simd' || (classOf(r) === 'mem' && ((r.value >>> 26) & 1) === 1 && ((r.mask >>> 26) & 1) === 1)));
  const simd = anySimd && SIMD_HARNESS_ROWS.every((n) => implementedNames.has(n));
  const rows: RowInfo[] = [];
  for (const row of decoder.rows) {
    if (row.index === 0) continue;
    const fields = fieldsOf(row.pattern);
    const group = groupOf(row.name);
    const cls = DRAWN_SYSTEM_ROWS.has(row.name) ? 'dp' : classOf(row);
    const implemented = row.exec !== undefined;
    let excluded: string | undefined;
    let addr: AddrMode | undefined;
    let branch: BranchForm | undefined;
    const vbit = ((row.mask >>> 26) & 1) === 1 && ((row.value >>> 26) & 1) === 1;
    if (!implemented) excluded = 'not implemented';
    else if (cls === 'system' || (cls === 'branch' && SYSTEM_GROUPS.has(group))) excluded = 'system/exception: changes PE state or traps';
    else if (cls === 'branch') {
      branch = branchForm(fields);
      if (!branch) excluded = 'branch form the generator cannot keep inside the snippet';
    } else if (cls === 'mem') {
      addr = ADDR_MODES[group];
      if (group === 'ldstexclr' || group === 'ldstexclp') excluded = 'exclusive: monitor state is implementation defined';
      else if (!addr) excluded = `no addressing model for group ${group}`;
      else if (vbit && !simd) excluded = 'SIMD&FP state not in the harness (needs ' + SIMD_HARNESS_ROWS.join(', ') + ')';
      else if (addr !== 'literal' && !field(fields, 'n', 9, 5)) excluded = 'no base register field at bits 9:5';
    } else if (cls === 'simd') {
      if (!simd) excluded = 'SIMD&FP state not in the harness (needs ' + SIMD_HARNESS_ROWS.join(', ') + ')';
    } else if (cls === 'other') excluded = 'outside the A64 base classes';
    rows.push({ row, group, cls, fields, implemented, excluded, addr, branch });
  }
  return { decoder, rows, eligible: rows.filter((r) => r.excluded === undefined), simd };
}

// ---- units ----------------------------------------------------------------------------

/** One generated instruction with the setup words that precede it. */
export interface Unit {
  readonly info: RowInfo;
  /** The random instruction (PC-relative fields are patched at layout). */
  word: number;
  /** Words emitted before it (register setup); PC-independent. */
  readonly setup: number[];
  /** Branches: how many following units to skip (0 = target is the next unit). */
  readonly skip?: number;
  /** Register branches: the register to load with the target (ADR emitted at layout). */
  readonly targetReg?: number;
  /** Literal loads: offset of the target in the scratch buffer. */
  readonly litOffset?: number;
}

function fill(rng: Rng, info: RowInfo): number {
  let w = info.row.value;
  const free = ~info.row.mask;
  w |= rng.u32() & free;
  // Small operand fields (registers, shifts) are drawn uniformly already; nudge wide
  // immediates towards edge values now and then.
  for (const f of info.fields) {
    const width = f.hi - f.lo + 1;
    if (width >= 6 && rng.int(4) === 0) {
      const max = width >= 31 ? 0x7fffffff : (1 << width) - 1;
      const v = rng.pick([0, 1, max, max >>> 1, (max >>> 1) + 1]);
      w = setField(w, f, v);
    }
  }
  // Should-be-one operand fields (Rs, Rt2 of single-register acquire/release forms).
  const asm = info.row.asm ?? '';
  for (const f of info.fields) {
    if (f.letter === 's' && info.cls === 'mem' && !/<[WX]s>/.test(asm)) w = setField(w, f, -1);
    if (f.letter === 'u' && info.cls === 'mem' && !/t2>/.test(asm)) w = setField(w, f, -1);
  }
  return w | 0;
}

export function setField(w: number, f: Field, v: number): number {
  const width = f.hi - f.lo + 1;
  const m = (width >= 32 ? 0xffffffff : ((1 << width) - 1) << f.lo) >>> 0;
  return ((w & ~m) | ((v << f.lo) & m)) | 0;
}

export function getField(w: number, hi: number, lo: number): number {
  return (w >>> lo) & (hi - lo + 1 >= 32 ? 0xffffffff : (1 << (hi - lo + 1)) - 1);
}

function sext(v: number, bits: number): number {
  return (v << (32 - bits)) >> (32 - bits);
}

interface Access {
  /** Bytes touched from the effective address. */
  total: number;
  /** Required alignment of the effective address. */
  align: number;
  /** log2 of the element size (offset scaling). */
  scale: number;
  load: boolean;
  pair: boolean;
  /** Rt/Rt2 are general-purpose registers (V = 0). */
  gpr: boolean;
}

function accessOf(info: RowInfo, w: number): Access {
  const v = (w >>> 26) & 1;
  const size = w >>> 30;
  const mode = info.addr!;
  if (mode === 'literal') {
    const opc = w >>> 30;
    const bytes = v ? 4 << opc : opc === 1 ? 8 : 4;
    return { total: bytes, align: bytes, scale: 0, load: true, pair: false, gpr: v === 0 };
  }
  if (mode.startsWith('simm7')) {
    const opc = w >>> 30;
    const el = v ? 4 << opc : opc === 2 ? 8 : 4;
    return { total: 2 * el, align: Math.min(2 * el, 16), scale: Math.log2(el), load: ((w >>> 22) & 1) === 1, pair: true, gpr: v === 0 };
  }
  if (info.group === 'asisdlse' || info.group === 'asisdlso' || info.group === 'asisdlsep' || info.group === 'asisdlsop') {
    return { total: 64, align: 16, scale: 0, load: ((w >>> 22) & 1) === 1, pair: false, gpr: false };
  }
  if (info.group === 'comswappr') {
    const el = ((w >>> 30) & 1) === 1 ? 8 : 4;
    return { total: 2 * el, align: 2 * el, scale: 0, load: true, pair: false, gpr: true };
  }
  const opc = (w >>> 22) & 3;
  const bytes = v && size === 0 && opc >= 2 ? 16 : 1 << size;
  const load = info.addr === 'base' && info.group !== 'ldstord' ? true : opc !== 0;
  return { total: bytes, align: bytes, scale: Math.log2(bytes), load, pair: false, gpr: v === 0 };
}

/** Effective-address offset of register-offset forms for index value `xm`. */
function regOffset(w: number, xm: bigint, scale: number): bigint {
  const option = (w >>> 13) & 7;
  const s = (w >>> 12) & 1;
  let off: bigint;
  switch (option & 3) {
    case 2:
      off = BigInt.asUintN(32, xm);
      break;
    case 3:
      off = xm;
      break;
    default:
      off = BigInt.asUintN(option & 1 ? 16 : 8, xm);
  }
  if (option & 4) off = BigInt.asIntN(option === 4 ? 8 : option === 5 ? 16 : option === 6 ? 32 : 64, off);
  return BigInt.asUintN(64, off << BigInt(s ? scale : 0));
}

const M64 = 1n << 64n;

/**
 * Turns a drawn memory word into a unit (base setup), or returns null when the word must be
 * rejected (UNPREDICTABLE register overlaps, no aligned address reachable).
 */
function memUnit(rng: Rng, info: RowInfo, w: number): Unit | null {
  const mode = info.addr!;
  const acc = accessOf(info, w);
  const rt = w & 31;
  const rn = (w >>> 5) & 31;
  const rt2 = (w >>> 10) & 31;
  const rm = (w >>> 16) & 31;
  const wb = mode === 'simm9pre' || mode === 'simm9post' || mode === 'simm7pre' || mode === 'simm7post' || mode === 'basepost';
  if (acc.pair && acc.load && rt === rt2) return null;
  if (wb && acc.gpr && rn !== 31 && (rt === rn || (acc.pair && rt2 === rn))) return null;
  const slots = Math.floor((BUF_SIZE - acc.total) / acc.align) + 1;
  if (mode === 'literal') return { info, word: w, setup: [], litOffset: rng.int(slots) * acc.align };
  const setup: number[] = [];
  for (let attempt = 0; attempt < 16; attempt++) {
    const target = BigInt(BUF_ADDR + rng.int(slots) * acc.align);
    let off = 0n;
    let xm: bigint | undefined;
    switch (mode) {
      case 'uimm12':
        off = BigInt(getField(w, 21, 10) << acc.scale);
        break;
      case 'simm9':
      case 'simm9pre':
        off = BigInt(sext(getField(w, 20, 12), 9));
        break;
      case 'simm7':
      case 'simm7pre':
        off = BigInt(sext(getField(w, 21, 15), 7) * (1 << acc.scale));
        break;
      case 'regoff':
        if (rm === rn && rn !== 31) return null;
        xm = rm === 31 ? 0n : rng.int(3) === 0 ? BigInt(rng.int(64)) : rng.interesting64();
        off = regOffset(w, xm, acc.scale);
        break;
      default:
        off = 0n;
    }
    const base = (((target - off) % M64) + M64) % M64;
    if (rn === 31 && (base & 15n) !== 0n) continue; // SP-based accesses need SP 16-byte aligned
    if (rn === 31) {
      // SP through a temporary that the instruction does not read.
      const used = new Set([rt, rt2, rm]);
      let tmp = rng.int(31);
      for (let i = 0; i < 31 && used.has(tmp); i++) tmp = (tmp + 1) % 31;
      setup.push(...movImm64(tmp, base), addImm(31, tmp, 0));
    } else {
      setup.push(...movImm64(rn, base));
    }
    if (xm !== undefined && rm !== 31) setup.push(...movImm64(rm, xm));
    return { info, word: w, setup };
  }
  return null;
}

export interface GenerateOptions {
  /** Rows to draw from (default: all eligible rows). */
  rows?: readonly RowInfo[];
}

/**
 * Draws `count` units. Words that do not decode back to their row are redrawn here;
 * reserved encodings the disassembler rejects are filtered later (validateWithObjdump).
 */
export function generateUnits(analysis: Analysis, rng: Rng, count: number, options: GenerateOptions = {}): Unit[] {
  const pool = options.rows ?? analysis.eligible;
  if (pool.length === 0) throw new Error('fuzz: no eligible rows in the decoder table');
  const units: Unit[] = [];
  const dec = analysis.decoder;
  while (units.length < count) {
    const info = rng.pick(pool);
    let unit: Unit | null = null;
    for (let attempt = 0; attempt < 64 && unit === null; attempt++) {
      const w = fill(rng, info);
      if (dec.decode(w) !== info.row.index || waitingHint(info, w)) continue;
      if (info.cls === 'mem') unit = memUnit(rng, info, w);
      else if (info.cls === 'branch') {
        if (info.branch === 'reg') {
          const rn = (w >>> 5) & 31;
          if (rn === 31) continue;
          unit = { info, word: w, setup: [], skip: rng.int(4), targetReg: rn };
        } else unit = { info, word: w, setup: [], skip: rng.int(4) };
      } else unit = { info, word: w, setup: [] };
    }
    if (unit) units.push(unit);
  }
  return units;
}

/** Patches a PC-relative word for its address `pc` and target. */
export function patchBranch(info: RowInfo, w: number, pc: number, target: number): number {
  const off = (target - pc) >> 2;
  switch (info.branch) {
    case 'imm26':
      return setField(w, { letter: 'i', hi: 25, lo: 0 }, off);
    case 'imm19':
      return setField(w, { letter: 'i', hi: 23, lo: 5 }, off);
    case 'imm14':
      return setField(w, { letter: 'i', hi: 18, lo: 5 }, off);
    default:
      return w;
  }
}

export function patchLiteral(w: number, pc: number, litOffset: number): number {
  return setField(w, { letter: 'i', hi: 23, lo: 5 }, (BUF_ADDR + litOffset - pc) >> 2);
}

export function adrTo(reg: number, pc: number, target: number): number {
  return adr(reg, target - pc);
}
