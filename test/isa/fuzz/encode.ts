// Encoders for the few fixed instructions the differential-fuzz harness emits around the
// random ones (register setup, state dumps). test/isa/encode.test.ts checks each against
// aarch64-linux-gnu-as.

import { sysRegKey } from '../../../src/machine/cpu/sysregs.ts';

const u32 = (v: number): number => v >>> 0;

/** MOVZ Xd, #imm16, LSL #(16 * hw). */
export function movz(d: number, imm16: number, hw: number): number {
  return u32(0xd2800000 | (hw << 21) | ((imm16 & 0xffff) << 5) | d);
}

/** MOVK Xd, #imm16, LSL #(16 * hw). */
export function movk(d: number, imm16: number, hw: number): number {
  return u32(0xf2800000 | (hw << 21) | ((imm16 & 0xffff) << 5) | d);
}

/** The shortest MOVZ/MOVK sequence that sets Xd to `value` (a 64-bit unsigned BigInt). */
export function movImm64(d: number, value: bigint): number[] {
  const v = BigInt.asUintN(64, value);
  const halves = [0, 1, 2, 3].map((hw) => Number((v >> BigInt(16 * hw)) & 0xffffn));
  const words: number[] = [];
  for (let hw = 0; hw < 4; hw++) {
    if (halves[hw] === 0 && !(hw === 3 && words.length === 0)) continue;
    words.push(words.length === 0 ? movz(d, halves[hw], hw) : movk(d, halves[hw], hw));
  }
  return words;
}

/** ADD Xd|SP, Xn|SP, #imm12 (MOV to/from SP when imm12 = 0). */
export function addImm(d: number, n: number, imm12: number): number {
  return u32(0x91000000 | ((imm12 & 0xfff) << 10) | (n << 5) | d);
}

/** ADR Xd, PC + off (|off| < 1 MiB). */
export function adr(d: number, off: number): number {
  if (off < -(1 << 20) || off >= 1 << 20) throw new Error(`ADR offset ${off} out of range`);
  const imm = off & 0x1fffff;
  return u32(0x10000000 | ((imm & 3) << 29) | ((imm >>> 2) << 5) | d);
}

/** STR Xt, [Xn, #off] (off a multiple of 8 below 32 KiB). */
export function strX(t: number, n: number, off: number): number {
  return u32(0xf9000000 | ((off >>> 3) << 10) | (n << 5) | t);
}

/** LDR Xt, [Xn, #off]. */
export function ldrX(t: number, n: number, off: number): number {
  return u32(0xf9400000 | ((off >>> 3) << 10) | (n << 5) | t);
}

/** BL PC + off. */
export function bl(off: number): number {
  return u32(0x94000000 | ((off >> 2) & 0x3ffffff));
}

/** B PC + off. */
export function b(off: number): number {
  return u32(0x14000000 | ((off >> 2) & 0x3ffffff));
}

export const NOP = 0xd503201f;

function sysKey(name: 'TPIDR_EL1'): number {
  switch (name) {
    case 'TPIDR_EL1':
      return sysRegKey(3, 0, 13, 0, 4);
  }
}

/** MSR <sysreg>, Xt. */
export function msr(name: 'TPIDR_EL1', t: number): number {
  return u32(0xd5000000 | (sysKey(name) << 5) | t);
}

/** MRS Xt, <sysreg>. */
export function mrs(name: 'TPIDR_EL1', t: number): number {
  return u32(0xd5200000 | (sysKey(name) << 5) | t);
}
