// Translation of the most frequent A64 instructions to JavaScript source for the block
// compiler (block-jit.ts). A compiled block that calls a handler per instruction relies on
// V8 inlining the handler to fold its operand decoding, and V8 stops inlining after a few
// hundred bytes of bytecode per function: in long blocks of arithmetic (the kernel's
// multi-precision multiply loops) most calls stay calls that decode at run time. Here the
// register indices, shift amounts, immediates and conditions are decoded once, at compile
// time, into straight-line code on cpu.x.
//
// Each translation does exactly what its handler does (the handler named in `translateInsn`
// is the reference; keep them in step); anything unusual (reserved encodings, rarely used
// variants) returns null and the compiled block calls the handler. Register 31 is XZR where
// the handler uses index 31 (reads as 0, writes dropped, so x[62]/x[63] stay zero) and SP
// (x[64]/x[65]) where the handler maps it there.

import { BITMASK_HI, BITMASK_LO, BITMASK_OK } from './alu.ts';
import type { ExecFn } from './decoder.ts';

/** A translated instruction. */
export interface Translation {
  /** JS statements; may use `cpu` and `x` (cpu.x). */
  readonly code: string;
  /**
   * The code may throw (a memory access) or reads cpu.insnLo/insnHi/pcLo (a branch): the
   * block sets the PC fields and its retired count first, as before a handler call.
   */
  readonly needsPc: boolean;
}

const lo = (r: number): string => (r === 31 ? '0' : `x[${2 * r}]`);
const hi = (r: number): string => (r === 31 ? '0' : `x[${2 * r + 1}]`);
const spLo = (r: number): string => `x[${r === 31 ? 64 : 2 * r}]`;
const spHi = (r: number): string => `x[${r === 31 ? 65 : 2 * r + 1}]`;
/** Writes (l, h) to X<r> (31 = XZR: dropped). */
const write = (r: number, l: string, h: string): string => (r === 31 ? '' : `x[${2 * r}] = ${l}; x[${2 * r + 1}] = ${h};`);
/** Writes (l, h) to X<r>|SP. */
const writeSp = (r: number, l: string, h: string): string => `${spLo(r)} = ${l}; ${spHi(r)} = ${h};`;

/**
 * `const <ol> = ..., <oh> = ...;`: the 64-bit shift (0 LSL, 1 LSR, 2 ASR) of (l, h) by a
 * constant `n` in 0..63, as alu.ts lsl64/lsr64/asr64 compute it. `l` and `h` are simple
 * expressions (read more than once).
 */
function shift(type: number, l: string, h: string, n: number, ol: string, oh: string): string {
  if (n === 0) return `const ${ol} = ${l}, ${oh} = ${h};`;
  if (type === 0) return n < 32 ? `const ${ol} = ${l} << ${n}, ${oh} = (${h} << ${n}) | (${l} >>> ${32 - n});` : `const ${ol} = 0, ${oh} = ${l} << ${n - 32};`;
  if (type === 1) return n < 32 ? `const ${ol} = (${l} >>> ${n}) | (${h} << ${32 - n}), ${oh} = ${h} >>> ${n};` : `const ${ol} = ${h} >>> ${n - 32}, ${oh} = 0;`;
  return n < 32 ? `const ${ol} = (${l} >>> ${n}) | (${h} << ${32 - n}), ${oh} = ${h} >> ${n};` : `const ${ol} = ${h} >> ${n - 32}, ${oh} = ${h} >> 31;`;
}

/** ConditionHolds(cond) as alu.ts conditionHolds evaluates it. */
function condition(cond: number): string {
  let r: string;
  switch (cond >>> 1) {
    case 0: r = 'cpu.zf === 1'; break;
    case 1: r = 'cpu.cf === 1'; break;
    case 2: r = 'cpu.nf === 1'; break;
    case 3: r = 'cpu.vf === 1'; break;
    case 4: r = '(cpu.cf === 1 && cpu.zf === 0)'; break;
    case 5: r = 'cpu.nf === cpu.vf'; break;
    case 6: r = '(cpu.nf === cpu.vf && cpu.zf === 0)'; break;
    default: return 'true';
  }
  return (cond & 1) !== 0 ? `!(${r})` : r;
}

/** AddWithCarry on 64 bits (bits.ts add64) of (al, ah) + (bl, bh) + cin: NZCV, then Rd. */
function addWithCarry64(al: string, ah: string, bl: string, bh: string, cin: string, d: number): string {
  return (
    `const a0 = ${al}, a1 = ${ah}, b0 = ${bl}, b1 = ${bh};` +
    `const l = (a0 >>> 0) + (b0 >>> 0) + ${cin}; const h = (a1 >>> 0) + (b1 >>> 0) + (l > 0xffffffff ? 1 : 0); const rl = l | 0, rh = h | 0;` +
    `cpu.nf = rh >>> 31; cpu.zf = (rl | rh) === 0 ? 1 : 0; cpu.cf = h > 0xffffffff ? 1 : 0; cpu.vf = (~(a1 ^ b1) & (a1 ^ rh)) < 0 ? 1 : 0;` +
    write(d, 'rl', 'rh')
  );
}

/** PC-relative branch by `off` from the current instruction (branch.ts branchRel). */
function branch(off: number): string {
  return `const s = (cpu.insnLo >>> 0) + ${off}; cpu.pcLo = s | 0; cpu.pcHi = s < 0 ? (cpu.insnHi - 1) | 0 : s > 0xffffffff ? (cpu.insnHi + 1) | 0 : cpu.insnHi;`;
}

/** x index of a load/store base register (loadstore.ts baseIndex: 31 is SP). */
const baseIdx = (insn: number): number => {
  const n = (insn >>> 5) & 31;
  return n === 31 ? 64 : 2 * n;
};

/** `const el = ..., eh = ...;`: base + imm12 << scale (loadstore.ts eaPos). */
function eaPos(insn: number, scale: number): string {
  const b = baseIdx(insn);
  return `const s = (x[${b}] >>> 0) + ${((insn >>> 10) & 0xfff) << scale}; const el = s | 0, eh = s > 0xffffffff ? (x[${b + 1}] + 1) | 0 : x[${b + 1}];`;
}

/** `const el = ..., eh = ...;`: base + extended, scaled Xm (loadstore.ts eaRegoff). */
function eaRegoff(insn: number, scale: number): string {
  const b = baseIdx(insn);
  const m = ((insn >>> 16) & 31) << 1;
  const option = (insn >>> 13) & 7;
  const oh = (option & 1) !== 0 ? `x[${m + 1}]` : (option & 4) !== 0 ? `(x[${m}] >> 31)` : '0';
  let code = `let ol = x[${m}], oh = ${oh};`;
  if ((insn & 0x1000) !== 0 && scale !== 0) code += `oh = (oh << ${scale}) | (ol >>> ${32 - scale}); ol <<= ${scale};`;
  return code + `const s = (x[${b}] >>> 0) + (ol >>> 0); const el = s | 0, eh = (x[${b + 1}] + oh + (s > 0xffffffff ? 1 : 0)) | 0;`;
}

const alu = (code: string): Translation => ({ code, needsPc: false });
const withPc = (code: string): Translation => ({ code, needsPc: true });

/** JS for instruction `insn` whose decoder row executes `handler`, or null to call the handler. */
export function translateInsn(handler: ExecFn, insn: number): Translation | null {
  const d = insn & 31;
  const n = (insn >>> 5) & 31;
  const m = (insn >>> 16) & 31;
  switch (handler.name) {
    case 'addShift64':
    case 'subShift64':
    case 'addsShift64':
    case 'subsShift64': {
      const type = (insn >>> 22) & 3;
      if (type === 3) return null; // reserved: the handler takes the UNDEFINED path
      const op2 = shift(type, lo(m), hi(m), (insn >>> 10) & 63, 'bl', 'bh');
      switch (handler.name) {
        case 'addShift64':
          return alu(`${op2} const l = (${lo(n)} >>> 0) + (bl >>> 0); ${write(d, 'l | 0', `(${hi(n)} + bh + (l > 0xffffffff ? 1 : 0)) | 0`)}`);
        case 'subShift64':
          return alu(`${op2} const l = (${lo(n)} >>> 0) - (bl >>> 0); ${write(d, 'l | 0', `(${hi(n)} - bh - (l < 0 ? 1 : 0)) | 0`)}`);
        case 'addsShift64':
          return alu(`${op2} ${addWithCarry64(lo(n), hi(n), 'bl', 'bh', '0', d)}`);
        default:
          return alu(`${op2} ${addWithCarry64(lo(n), hi(n), '~bl', '~bh', '1', d)}`);
      }
    }
    case 'addImm64':
    case 'subImm64': {
      const imm = ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
      return handler.name === 'addImm64'
        ? alu(`const l = (${spLo(n)} >>> 0) + ${imm}; ${writeSp(d, 'l | 0', `(${spHi(n)} + (l > 0xffffffff ? 1 : 0)) | 0`)}`)
        : alu(`const l = (${spLo(n)} >>> 0) - ${imm}; ${writeSp(d, 'l | 0', `(${spHi(n)} - (l < 0 ? 1 : 0)) | 0`)}`);
    }
    case 'addsImm32': {
      const imm = ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
      return alu(
        `const a = ${spLo(n)}; const s = (a >>> 0) + ${imm}; const r = s | 0;` +
          `cpu.nf = r >>> 31; cpu.zf = r === 0 ? 1 : 0; cpu.cf = s > 0xffffffff ? 1 : 0; cpu.vf = (~(a ^ ${imm}) & (a ^ r)) < 0 ? 1 : 0;` +
          write(d, 'r', '0'),
      );
    }
    case 'subsImm32': {
      const imm = ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
      return alu(
        `const a = ${spLo(n)}; const r = (a - ${imm}) | 0;` +
          `cpu.nf = r >>> 31; cpu.zf = r === 0 ? 1 : 0; cpu.cf = a >>> 0 >= ${imm} ? 1 : 0; cpu.vf = (a & ~r) >>> 31;` +
          write(d, 'r', '0'),
      );
    }
    case 'subsImm64': {
      const imm = ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
      return alu(
        `const ah = ${spHi(n)}; const l = (${spLo(n)} >>> 0) - ${imm}; const rl = l | 0, rh = (ah - (l < 0 ? 1 : 0)) | 0;` +
          `cpu.nf = rh >>> 31; cpu.zf = (rl | rh) === 0 ? 1 : 0; cpu.cf = l >= 0 || ah !== 0 ? 1 : 0; cpu.vf = (ah & ~rh) >>> 31;` +
          write(d, 'rl', 'rh'),
      );
    }
    case 'addExt64':
    case 'subExt64': {
      const amount = (insn >>> 10) & 7;
      if (amount > 4) return null; // reserved
      const r = lo(m);
      let ext: string;
      switch ((insn >>> 13) & 7) {
        case 0: ext = `const el = ${r} & 0xff, eh = 0;`; break;
        case 1: ext = `const el = ${r} & 0xffff, eh = 0;`; break;
        case 2: ext = `const el = ${r}, eh = 0;`; break;
        case 4: ext = `const el = (${r} << 24) >> 24, eh = el >> 31;`; break;
        case 5: ext = `const el = (${r} << 16) >> 16, eh = el >> 31;`; break;
        case 6: ext = `const el = ${r}, eh = el >> 31;`; break;
        default: ext = `const el = ${r}, eh = ${hi(m)};`; break;
      }
      const op2 = ext + shift(0, 'el', 'eh', amount, 'bl', 'bh');
      return handler.name === 'addExt64'
        ? alu(`${op2} const l = (${spLo(n)} >>> 0) + (bl >>> 0); ${writeSp(d, 'l | 0', `(${spHi(n)} + bh + (l > 0xffffffff ? 1 : 0)) | 0`)}`)
        : alu(`${op2} const l = (${spLo(n)} >>> 0) - (bl >>> 0); ${writeSp(d, 'l | 0', `(${spHi(n)} - bh - (l < 0 ? 1 : 0)) | 0`)}`);
    }
    case 'madd64': {
      // mul64 (umul32 plus the cross products), then accumulate64 with Ra.
      const a = (insn >>> 10) & 31;
      return alu(
        `const p = ${lo(n)}, ph = ${hi(n)}, q = ${lo(m)}, qh = ${hi(m)};` +
          'const p0 = p & 0xffff, p1 = p >>> 16, q0 = q & 0xffff, q1 = q >>> 16;' +
          'const p00 = p0 * q0, p01 = p0 * q1, p10 = p1 * q0;' +
          'const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);' +
          'const ml = Math.imul(p, q), mh = ((p1 * q1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) + Math.imul(p, qh) + Math.imul(ph, q)) | 0;' +
          `const l = (${lo(a)} >>> 0) + (ml >>> 0); ${write(d, 'l | 0', `(${hi(a)} + mh + (l > 0xffffffff ? 1 : 0)) | 0`)}`,
      );
    }
    case 'ubfm64': {
      const r = (insn >>> 16) & 63;
      const s = (insn >>> 10) & 63;
      let code: string;
      if (s === 63) code = shift(1, lo(n), hi(n), r, 'rl', 'rh');
      else if (s + 1 === r) code = shift(0, lo(n), hi(n), 63 - s, 'rl', 'rh');
      else code = shift(0, lo(n), hi(n), 63 - s, 'tl', 'th') + shift(1, 'tl', 'th', s >= r ? 63 - s + r : r - s - 1, 'rl', 'rh');
      return alu(code + write(d, 'rl', 'rh'));
    }
    case 'sbfm64': {
      const r = (insn >>> 16) & 63;
      const s = (insn >>> 10) & 63;
      const code =
        r === 0 && s === 31
          ? `const rl = ${lo(n)}, rh = rl >> 31;`
          : shift(0, lo(n), hi(n), 63 - s, 'tl', 'th') + shift(2, 'tl', 'th', s >= r ? 63 - s + r : r - s - 1, 'rl', 'rh');
      return alu(code + write(d, 'rl', 'rh'));
    }
    case 'andImm64': {
      const i = (insn >>> 10) & 0x1fff;
      if (BITMASK_OK[i] === 0) return null; // reserved immediate
      return alu(writeSp(d, `${lo(n)} & ${BITMASK_LO[i]}`, `${hi(n)} & ${BITMASK_HI[i]}`));
    }
    case 'orr64': {
      const type = (insn >>> 22) & 3;
      const amount = (insn >>> 10) & 63;
      if (type === 3 && amount !== 0) return null; // ROR
      return alu(`${shift(type, lo(m), hi(m), amount, 'bl', 'bh')} ${write(d, `${lo(n)} | bl`, `${hi(n)} | bh`)}`);
    }
    case 'csel64':
      return alu(`const c = ${condition((insn >>> 12) & 15)}; ${write(d, `c ? ${lo(n)} : ${lo(m)}`, `c ? ${hi(n)} : ${hi(m)}`)}`);
    case 'csinc64':
      return alu(
        `let rl, rh; if (${condition((insn >>> 12) & 15)}) { rl = ${lo(n)}; rh = ${hi(n)}; } else { rl = (${lo(m)} + 1) | 0; rh = (${hi(m)} + (rl === 0 ? 1 : 0)) | 0; }` +
          write(d, 'rl', 'rh'),
      );
    case 'adc64':
      return alu(
        `const a1 = ${hi(n)}, b1 = ${hi(m)}; const l = (${lo(n)} >>> 0) + (${lo(m)} >>> 0) + cpu.cf; const h = (a1 >>> 0) + (b1 >>> 0) + (l > 0xffffffff ? 1 : 0);` +
          write(d, 'l | 0', 'h | 0'),
      );
    case 'movz64': {
      const v = ((insn >>> 5) & 0xffff) << ((insn >>> 17) & 16);
      return alu((insn & (1 << 22)) === 0 ? write(d, `${v}`, '0') : write(d, '0', `${v}`));
    }
    case 'hint': {
      const op = (insn >>> 5) & 0x7f;
      return op >= 1 && op <= 3 ? null : alu(''); // NOP and the other hints do nothing here
    }
    case 'bcond':
      return withPc(`if (${condition(insn & 15)}) { ${branch(((insn << 8) >> 13) << 2)} }`);
    case 'cbz64':
    case 'cbnz64':
      return withPc(`if ((${lo(d)} | ${hi(d)}) ${handler.name === 'cbz64' ? '===' : '!=='} 0) { ${branch(((insn << 8) >> 13) << 2)} }`);
    case 'cbz32':
    case 'cbnz32':
      return withPc(`if (${lo(d)} ${handler.name === 'cbz32' ? '===' : '!=='} 0) { ${branch(((insn << 8) >> 13) << 2)} }`);
    case 'ldr64Regoff':
      return withPc(`${eaRegoff(insn, 3)} const v = cpu.ld64(el, eh); ${write(d, 'v', 'cpu.ldHi')}`);
    case 'str64Regoff':
      return withPc(`${eaRegoff(insn, 3)} cpu.st64(el, eh, ${lo(d)}, ${hi(d)});`);
    case 'ldr64Pos':
      return withPc(`${eaPos(insn, 3)} const v = cpu.ld64(el, eh); ${write(d, 'v', 'cpu.ldHi')}`);
    case 'str64Pos':
      return withPc(`${eaPos(insn, 3)} cpu.st64(el, eh, ${lo(d)}, ${hi(d)});`);
    case 'ldr32Pos':
      return withPc(`${eaPos(insn, 2)} const v = cpu.ld32(el, eh); ${write(d, 'v', '0')}`);
    case 'str32Pos':
      return withPc(`${eaPos(insn, 2)} cpu.st32(el, eh, ${lo(d)});`);
    case 'ldrbPos':
      return withPc(`${eaPos(insn, 0)} const v = cpu.ld8(el, eh); ${write(d, 'v', '0')}`);
    default:
      return null;
  }
}
