// The harness encoders of test/isa/fuzz/encode.ts against aarch64-linux-gnu-as.

import { describe, expect, it } from 'vitest';
import { addImm, adr, b, bl, ldrX, movImm64, movk, movz, mrs, msr, strX } from './fuzz/encode.ts';
import { assemble } from '../../tools/asm.ts';

describe('fuzz harness encoders', () => {
  it('match the GNU assembler', () => {
    const cases: [number, string][] = [
      [movz(3, 0x1234, 2), 'movz x3, #0x1234, lsl #32'],
      [movk(30, 0xffff, 3), 'movk x30, #0xffff, lsl #48'],
      [addImm(31, 7, 0), 'add sp, x7, #0'],
      [strX(30, 0, 248), 'str x30, [x0, #248]'],
      [ldrX(30, 30, 248), 'ldr x30, [x30, #248]'],
      [msr('TPIDR_EL1', 0), 'msr tpidr_el1, x0'],
      [mrs('TPIDR_EL1', 0), 'mrs x0, tpidr_el1'],
    ];
    const words = assemble(cases.map((c) => c[1]).join('\n'));
    expect(cases.map((c) => c[0] >>> 0)).toEqual(words.map((w) => w >>> 0));
    // PC-relative forms: the instruction sits at offset 0 of the assembled block.
    expect(assemble('adr x5, . - 0xff000')[0] >>> 0).toBe(adr(5, -0xff000));
    expect(assemble('bl . + 0x1000')[0] >>> 0).toBe(bl(0x1000));
    expect(assemble('b . - 8')[0] >>> 0).toBe(b(-8));
  });

  it('movImm64 builds any value', () => {
    expect(movImm64(1, 0n)).toEqual([movz(1, 0, 3)]);
    expect(movImm64(1, 0xffff_0000_0000_1234n)).toEqual([movz(1, 0x1234, 0), movk(1, 0xffff, 3)]);
  });
});
