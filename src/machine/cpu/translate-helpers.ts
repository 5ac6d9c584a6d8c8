// Text builders shared by the rows' JS translations (Row.js in insns/*.ts) for the block
// compiler (block-jit.ts). A compiled block that calls a handler per instruction relies on
// V8 inlining the handler to fold its operand decoding, and V8 stops inlining after a few
// hundred bytes of bytecode per function: in long blocks of arithmetic (the kernel's
// multi-precision multiply loops) most calls stay calls that decode at run time. A
// translation decodes register indices, shift amounts, immediates and conditions once, at
// compile time, into straight-line code on cpu.x.
//
// Register 31 is XZR where the handler uses index 31 (reads as 0, writes dropped, so
// x[62]/x[63] stay zero) and SP (x[64]/x[65]) where the handler maps it there.

import type { JsTranslation } from './decoder.ts';

/** Low half of X<r> (31 = XZR). */
export const lo = (r: number): string => (r === 31 ? '0' : `x[${2 * r}]`);
/** High half of X<r> (31 = XZR). */
export const hi = (r: number): string => (r === 31 ? '0' : `x[${2 * r + 1}]`);
/** Low half of X<r>|SP. */
export const spLo = (r: number): string => `x[${r === 31 ? 64 : 2 * r}]`;
/** High half of X<r>|SP. */
export const spHi = (r: number): string => `x[${r === 31 ? 65 : 2 * r + 1}]`;
/** Writes (l, h) to X<r> (31 = XZR: dropped). */
export const write = (r: number, l: string, h: string): string => (r === 31 ? '' : `x[${2 * r}] = ${l}; x[${2 * r + 1}] = ${h};`);
/** Writes (l, h) to X<r>|SP. */
export const writeSp = (r: number, l: string, h: string): string => `${spLo(r)} = ${l}; ${spHi(r)} = ${h};`;

/** Code that neither throws nor reads the PC. */
export const noPc = (code: string): JsTranslation => ({ code, needsPc: false });
/** Code that may throw or reads the PC (see JsTranslation.needsPc). */
export const withPc = (code: string): JsTranslation => ({ code, needsPc: true });

/**
 * `const <ol> = ..., <oh> = ...;`: the 64-bit shift (0 LSL, 1 LSR, 2 ASR) of (l, h) by a
 * constant `n` in 0..63, as alu.ts lsl64/lsr64/asr64 compute it. `l` and `h` are simple
 * expressions (read more than once).
 */
export function shift(type: number, l: string, h: string, n: number, ol: string, oh: string): string {
  if (n === 0) return `const ${ol} = ${l}, ${oh} = ${h};`;
  if (type === 0) return n < 32 ? `const ${ol} = ${l} << ${n}, ${oh} = (${h} << ${n}) | (${l} >>> ${32 - n});` : `const ${ol} = 0, ${oh} = ${l} << ${n - 32};`;
  if (type === 1) return n < 32 ? `const ${ol} = (${l} >>> ${n}) | (${h} << ${32 - n}), ${oh} = ${h} >>> ${n};` : `const ${ol} = ${h} >>> ${n - 32}, ${oh} = 0;`;
  return n < 32 ? `const ${ol} = (${l} >>> ${n}) | (${h} << ${32 - n}), ${oh} = ${h} >> ${n};` : `const ${ol} = ${h} >> ${n - 32}, ${oh} = ${h} >> 31;`;
}

/** ConditionHolds(cond) as alu.ts conditionHolds evaluates it. */
export function condition(cond: number): string {
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
export function addWithCarry64(al: string, ah: string, bl: string, bh: string, cin: string, d: number): string {
  return (
    `const a0 = ${al}, a1 = ${ah}, b0 = ${bl}, b1 = ${bh};` +
    `const l = (a0 >>> 0) + (b0 >>> 0) + ${cin}; const h = (a1 >>> 0) + (b1 >>> 0) + (l > 0xffffffff ? 1 : 0); const rl = l | 0, rh = h | 0;` +
    `cpu.nf = rh >>> 31; cpu.zf = (rl | rh) === 0 ? 1 : 0; cpu.cf = h > 0xffffffff ? 1 : 0; cpu.vf = (~(a1 ^ b1) & (a1 ^ rh)) < 0 ? 1 : 0;` +
    write(d, 'rl', 'rh')
  );
}

/** PC-relative branch by `off` bytes from the current instruction (branch.ts branchRel). */
export function branch(off: number): string {
  return `const s = (cpu.insnLo >>> 0) + ${off}; cpu.pcLo = s | 0; cpu.pcHi = s < 0 ? (cpu.insnHi - 1) | 0 : s > 0xffffffff ? (cpu.insnHi + 1) | 0 : cpu.insnHi;`;
}

/** x index of a load/store base register Rn (loadstore.ts baseIndex: 31 is SP). */
const baseIdx = (n: number): number => (n === 31 ? 64 : 2 * n);

/** `const el = ..., eh = ...;`: Rn|SP + imm12 << scale (loadstore.ts eaPos). */
export function eaPos(n: number, imm12: number, scale: number): string {
  const b = baseIdx(n);
  return `const s = (x[${b}] >>> 0) + ${imm12 << scale}; const el = s | 0, eh = s > 0xffffffff ? (x[${b + 1}] + 1) | 0 : x[${b + 1}];`;
}

/**
 * `const el = ..., eh = ...;`: Rn|SP + extended Rm, shifted by `scale` when `s` is 1
 * (loadstore.ts eaRegoff). `option` is the extend type (Arm option<2:0>).
 */
export function eaRegoff(n: number, m: number, option: number, s: number, scale: number): string {
  const b = baseIdx(n);
  const r = m << 1;
  const oh = (option & 1) !== 0 ? `x[${r + 1}]` : (option & 4) !== 0 ? `(x[${r}] >> 31)` : '0';
  let code = `let ol = x[${r}], oh = ${oh};`;
  if (s !== 0 && scale !== 0) code += `oh = (oh << ${scale}) | (ol >>> ${32 - scale}); ol <<= ${scale};`;
  return code + `const s = (x[${b}] >>> 0) + (ol >>> 0); const el = s | 0, eh = (x[${b + 1}] + oh + (s > 0xffffffff ? 1 : 0)) | 0;`;
}
