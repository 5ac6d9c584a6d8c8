// A64 loads and stores: every addressing form, sign extension, writeback, SP base, XZR,
// literals, pairs, exclusives and alignment faults. Encodings come from
// aarch64-linux-gnu-as + objdump (assembly in the comment next to each word); the
// CONSTRAINED UNPREDICTABLE cases expect what qemu-aarch64 7.2 does.

import { describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { SP, XZR } from '../../src/machine/cpu/cpu.ts';
import { a64Decoder } from '../../src/machine/cpu/insns/index.ts';
import { LOADSTORE_ROWS } from '../../src/machine/cpu/insns/loadstore.ts';
import { makeCpu, RAM_BASE, runWords } from '../helpers/cpu.ts';

/** Data area, 64-byte aligned, well away from the code at RAM_BASE. */
const D = RAM_BASE + 0x8_0000;

function view(cpu: Cpu): DataView {
  return new DataView(cpu.bus.ram.buffer, cpu.bus.ram.byteOffset, cpu.bus.ram.byteLength);
}
const poke64 = (cpu: Cpu, pa: number, v: bigint) => view(cpu).setBigUint64(pa - RAM_BASE, v, true);
const peek64 = (cpu: Cpu, pa: number) => view(cpu).getBigUint64(pa - RAM_BASE, true);
const poke32 = (cpu: Cpu, pa: number, v: number) => view(cpu).setUint32(pa - RAM_BASE, v >>> 0, true);
const peek32 = (cpu: Cpu, pa: number) => view(cpu).getUint32(pa - RAM_BASE, true);

/** A PE with X2 = D and the 64 bytes at D filled with 0x11, 0x22, ... (byte i = 0x11 * (i % 15 + 1)). */
function setup(): Cpu {
  const cpu = makeCpu();
  cpu.setX(2, BigInt(D));
  for (let i = 0; i < 64; i++) cpu.bus.ram[D - RAM_BASE + i] = 0x11 * ((i % 15) + 1);
  return cpu;
}

function run(cpu: Cpu, words: number[]): void {
  const n = runWords(cpu, words);
  expect(cpu.halt).toBeNull();
  expect(n).toBe(words.length);
}

const u64 = (v: bigint) => BigInt.asUintN(64, v);

describe('decoding', () => {
  it('names the rows of the load/store group', () => {
    const d = a64Decoder();
    expect(d.nameOf(0xf97ffc41)).toBe('LDR_64_ldst_pos'); // ldr x1, [x2, #32760]
    expect(d.nameOf(0x38236841)).toBe('STRB_32BL_ldst_regoff'); // strb w1, [x2, x3]
    expect(d.nameOf(0x38634841)).toBe('LDRB_32B_ldst_regoff'); // ldrb w1, [x2, w3, uxtw]
    expect(d.nameOf(0xa9be7bfd)).toBe('STP_64_ldstpair_pre'); // stp x29, x30, [sp, #-32]!
    expect(d.nameOf(0xc8241865)).toBe('STXP_SP64_ldstexclp'); // stxp w4, x5, x6, [x3]
    expect(d.nameOf(0xf8bfc041)).toBe('LDAPR_64L_memop'); // ldapr x1, [x2]
    expect(d.nameOf(0x3ce37841)).toBe('LDR_Q_ldst_regoff'); // ldr q1, [x2, x3, lsl #4]
    expect(d.nameOf(0xadbf0be1)).toBe('STP_Q_ldstpair_pre'); // stp q1, q2, [sp, #-32]!
    expect(d.nameOf(0xf8408841)).toBe('LDTR_64_ldst_unpriv'); // ldtr x1, [x2, #8]
    // With the MMU off LDTR behaves as LDUR (permissions only matter with translation on).
    const cpu = setup();
    runWords(cpu, [0xf8408841]);
    expect(cpu.halt).toBeNull();
    expect(cpu.getX(1)).toBe(cpu.bus.ram.subarray(D - RAM_BASE + 8, D - RAM_BASE + 16).reduceRight((a, b) => (a << 8n) | BigInt(b), 0n));
  });

  it('no load/store row is shadowed by an earlier row', () => {
    const rows = a64Decoder().rows;
    const ours = new Set(LOADSTORE_ROWS.map((r) => r.name));
    for (let i = 1; i < rows.length; i++) {
      if (!ours.has(rows[i].name)) continue;
      for (let j = 1; j < i; j++) {
        const a = rows[j];
        const b = rows[i];
        const shadowed = (a.mask & b.mask) === a.mask && (b.value & a.mask) === a.value;
        expect(shadowed, `${a.name} shadows ${b.name}`).toBe(false);
      }
    }
  });
});

describe('single register, unsigned offset', () => {
  it('LDR X with the largest scaled offset', () => {
    const cpu = setup();
    poke64(cpu, D + 32760, 0x8877665544332211n);
    run(cpu, [0xf97ffc41]); // ldr x1, [x2, #32760]
    expect(cpu.getX(1)).toBe(0x8877665544332211n);
  });

  it('LDR W zero-extends into X', () => {
    const cpu = setup();
    cpu.setX(1, -1n);
    poke32(cpu, D + 4, 0x80000001);
    run(cpu, [0xb9400441]); // ldr w1, [x2, #4]
    expect(cpu.getX(1)).toBe(0x80000001n);
  });

  it('LDRSB / LDRSH / LDRSW sign-extend to X and W, LDRB / LDRH zero-extend', () => {
    const cpu = setup();
    poke64(cpu, D, 0x0000_0000_8000_80_80n); // byte 1 = 0x80, halfword at 2 = 0x8000
    poke64(cpu, D + 4, 0x7fff_ffff_8000_0000n); // word at 4 = 0x80000000, word at 8 = 0x7fffffff
    for (const r of [1, 3, 4]) cpu.setX(r, -1n);
    run(cpu, [
      0x39800441, // ldrsb x1, [x2, #1]
      0x39c00443, // ldrsb w3, [x2, #1]
      0x39400444, // ldrb w4, [x2, #1]
    ]);
    expect(cpu.getX(1)).toBe(0xffff_ffff_ffff_ff80n);
    expect(cpu.getX(3)).toBe(0xffff_ff80n);
    expect(cpu.getX(4)).toBe(0x80n);
    run(cpu, [
      0x79800441, // ldrsh x1, [x2, #2]
      0x79c00443, // ldrsh w3, [x2, #2]
      0x79400444, // ldrh w4, [x2, #2]
    ]);
    expect(cpu.getX(1)).toBe(0xffff_ffff_ffff_8000n);
    expect(cpu.getX(3)).toBe(0xffff_8000n);
    expect(cpu.getX(4)).toBe(0x8000n);
    run(cpu, [
      0xb9800441, // ldrsw x1, [x2, #4]
      0xb9800843, // ldrsw x3, [x2, #8]
    ]);
    expect(cpu.getX(1)).toBe(0xffff_ffff_8000_0000n);
    expect(cpu.getX(3)).toBe(0x7fff_ffffn);
  });

  it('STRB / STRH / STR W / STR X write only their bytes', () => {
    const cpu = setup();
    poke64(cpu, D, 0n);
    poke64(cpu, D + 8, 0n);
    cpu.setX(1, 0x0102_0304_0506_0708n);
    run(cpu, [
      0x39000441, // strb w1, [x2, #1]
      0x79000441, // strh w1, [x2, #2]
      0xb9000441, // str w1, [x2, #4]
    ]);
    expect(peek64(cpu, D)).toBe(0x0506_0708_0708_0800n);
    run(cpu, [0xf9000441]); // str x1, [x2, #8]
    expect(peek64(cpu, D + 8)).toBe(0x0102_0304_0506_0708n);
  });

  it('register 31 as the transfer register is XZR', () => {
    const cpu = setup();
    run(cpu, [
      0xf900005f, // str xzr, [x2]
      0xb900085f, // str wzr, [x2, #8]
    ]);
    expect(peek64(cpu, D)).toBe(0n);
    expect(peek64(cpu, D + 8)).toBe(0x11ff_eedd_0000_0000n);
    const sp = cpu.getX(SP);
    poke64(cpu, D, 0x1234n);
    run(cpu, [0xf940005f]); // ldr xzr, [x2]
    expect(cpu.getX(XZR)).toBe(0n);
    expect(cpu.getX(SP)).toBe(sp);
  });

  it('register 31 as the base is SP', () => {
    const cpu = setup();
    cpu.setX(SP, BigInt(D));
    cpu.setX(31, 0n);
    run(cpu, [0x394007e1]); // ldrb w1, [sp, #1]
    expect(cpu.getX(1)).toBe(0x22n);
  });
});

describe('unscaled, pre-index and post-index', () => {
  it('LDUR / LDURSW / LDURSB with negative offsets, STURH', () => {
    const cpu = setup();
    cpu.setX(2, BigInt(D + 16));
    poke64(cpu, D + 8, 0x8000_0001_0000_0002n);
    cpu.setX(1, 0xabcdn);
    run(cpu, [
      0xf85f8041, // ldur x1, [x2, #-8]
      0xb89fc043, // ldursw x3, [x2, #-4]
      0x38dff044, // ldursb w4, [x2, #-1]
    ]);
    expect(cpu.getX(1)).toBe(0x8000_0001_0000_0002n);
    expect(cpu.getX(3)).toBe(0xffff_ffff_8000_0001n);
    expect(cpu.getX(4)).toBe(0xffff_ff80n);
    expect(cpu.getX(2)).toBe(BigInt(D + 16));
    cpu.setX(2, BigInt(D + 5));
    cpu.setX(1, 0xabcdn);
    run(cpu, [0x781fd041]); // sturh w1, [x2, #-3]
    expect(peek32(cpu, D)).toBe(0xabcd_2211);
  });

  it('STR X pre-index / LDR X post-index on SP (push and pop)', () => {
    const cpu = setup();
    cpu.setX(SP, BigInt(D + 32));
    cpu.setX(1, 0x1122_3344_5566_7788n);
    run(cpu, [0xf81f0fe1]); // str x1, [sp, #-16]!
    expect(cpu.getX(SP)).toBe(BigInt(D + 16));
    expect(peek64(cpu, D + 16)).toBe(0x1122_3344_5566_7788n);
    run(cpu, [0xf84107e3]); // ldr x3, [sp], #16
    expect(cpu.getX(3)).toBe(0x1122_3344_5566_7788n);
    expect(cpu.getX(SP)).toBe(BigInt(D + 32));
  });

  it('writeback with positive and negative immediates', () => {
    const cpu = setup();
    poke64(cpu, D + 8, 0xaaaa_bbbb_cccc_ddddn);
    run(cpu, [0xf8408c41]); // ldr x1, [x2, #8]!
    expect(cpu.getX(1)).toBe(0xaaaa_bbbb_cccc_ddddn);
    expect(cpu.getX(2)).toBe(BigInt(D + 8));
    run(cpu, [0xf85f0443]); // ldr x3, [x2], #-16
    expect(cpu.getX(3)).toBe(0xaaaa_bbbb_cccc_ddddn);
    expect(cpu.getX(2)).toBe(BigInt(D - 8));
    cpu.setX(2, BigInt(D + 3));
    cpu.setX(1, 0x5an);
    run(cpu, [0x381ff441]); // strb w1, [x2], #-1
    expect(cpu.bus.ram[D + 3 - RAM_BASE]).toBe(0x5a);
    expect(cpu.getX(2)).toBe(BigInt(D + 2));
    view(cpu).setUint16(D - RAM_BASE, 0x8001, true);
    cpu.setX(1, -1n);
    run(cpu, [0x78dfec41]); // ldrsh w1, [x2, #-2]!
    expect(cpu.getX(1)).toBe(0xffff_8001n);
    expect(cpu.getX(2)).toBe(BigInt(D));
  });

  it('pre- and post-index in every size (byte walk, word walk, sign extension)', () => {
    const cpu = setup();
    run(cpu, [
      0x38401441, // ldrb w1, [x2], #1
      0x38401c41, // ldrb w1, [x2, #1]!
    ]);
    expect(cpu.getX(1)).toBe(0x33n);
    expect(cpu.getX(2)).toBe(BigInt(D + 2));
    cpu.bus.ram[D + 2 - RAM_BASE] = 0x80;
    run(cpu, [0x38801441]); // ldrsb x1, [x2], #1
    expect(cpu.getX(1)).toBe(0xffff_ffff_ffff_ff80n);
    expect(cpu.getX(2)).toBe(BigInt(D + 3));
    cpu.setX(2, BigInt(D + 8));
    run(cpu, [0x78402c41]); // ldrh w1, [x2, #2]!
    expect(cpu.getX(1)).toBe(0xccbbn);
    expect(cpu.getX(2)).toBe(BigInt(D + 10));
    run(cpu, [0x789fe441]); // ldrsh x1, [x2], #-2
    expect(cpu.getX(1)).toBe(0xffff_ffff_ffff_ccbbn);
    expect(cpu.getX(2)).toBe(BigInt(D + 8));
    cpu.setX(1, 0x1234_5678n);
    run(cpu, [0x78002441]); // strh w1, [x2], #2
    expect(peek32(cpu, D + 8)).toBe(0xccbb_5678);
    expect(cpu.getX(2)).toBe(BigInt(D + 10));
    cpu.setX(2, BigInt(D + 12));
    run(cpu, [0xb8404c41]); // ldr w1, [x2, #4]!
    expect(cpu.getX(1)).toBe(BigInt(peek32(cpu, D + 16)));
    run(cpu, [0xb85fc443]); // ldr w3, [x2], #-4
    expect(cpu.getX(3)).toBe(BigInt(peek32(cpu, D + 16)));
    expect(cpu.getX(2)).toBe(BigInt(D + 12));
    cpu.setX(3, 0xffff_ffff_8000_0007n);
    run(cpu, [0xb81fcc43]); // str w3, [x2, #-4]!
    expect(peek32(cpu, D + 8)).toBe(0x8000_0007);
    expect(cpu.getX(2)).toBe(BigInt(D + 8));
    run(cpu, [0xb8804441]); // ldrsw x1, [x2], #4
    expect(cpu.getX(1)).toBe(0xffff_ffff_8000_0007n);
    expect(cpu.getX(2)).toBe(BigInt(D + 12));
    cpu.setX(1, 0x9abcn);
    run(cpu, [0xb8004441]); // str w1, [x2], #4
    expect(peek32(cpu, D + 12)).toBe(0x9abc);
    expect(cpu.getX(2)).toBe(BigInt(D + 16));
    cpu.setX(1, 0x0706_0504_0302_0100n);
    run(cpu, [0xf8008441]); // str x1, [x2], #8
    expect(peek64(cpu, D + 16)).toBe(0x0706_0504_0302_0100n);
    expect(cpu.getX(2)).toBe(BigInt(D + 24));
  });

  it('writeback overlapping the transfer register (as qemu-aarch64)', () => {
    const cpu = setup();
    poke64(cpu, D, 0x1111n);
    poke64(cpu, D + 8, 0x2222n);
    cpu.setX(1, BigInt(D));
    run(cpu, [0xf8408421]); // ldr x1, [x1], #8   (load, then writeback wins)
    expect(cpu.getX(1)).toBe(BigInt(D + 8));
    cpu.setX(1, BigInt(D));
    run(cpu, [0xf8408c21]); // ldr x1, [x1, #8]!
    expect(cpu.getX(1)).toBe(BigInt(D + 8));
    cpu.setX(1, BigInt(D + 16));
    run(cpu, [0xf8008421]); // str x1, [x1], #8   (stores the old base)
    expect(peek64(cpu, D + 16)).toBe(BigInt(D + 16));
    expect(cpu.getX(1)).toBe(BigInt(D + 24));
  });

  it('64-bit address arithmetic carries and borrows across bit 32', () => {
    const cpu = setup();
    cpu.setX(2, 0xffff_fff8n);
    runWords(cpu, [0xf9000441]); // str x1, [x2, #8]  -> 0x1_0000_0000 (no RAM there)
    expect(cpu.halt).toMatchObject({ kind: 'fault' });
    expect((cpu.halt as { message: string }).message).toContain('0x100000000');

    const cpu2 = setup();
    cpu2.setX(2, 0x1_0000_0008n);
    runWords(cpu2, [0xf85f0443]); // ldr x3, [x2], #-16 (access at the base)
    expect((cpu2.halt as { message: string }).message).toContain('0x100000008');
    const cpu3 = setup();
    cpu3.setX(2, 0x1_0000_0000n);
    runWords(cpu3, [0xf85f8041]); // ldur x1, [x2, #-8] -> 0xffff_fff8
    expect((cpu3.halt as { message: string }).message).toContain('0xfffffff8');
    expect(cpu3.getX(2)).toBe(0x1_0000_0000n);
  });
});

describe('register offset', () => {
  it('SXTW #3 with a negative index (upper half of Xm ignored)', () => {
    const cpu = setup();
    cpu.setX(2, BigInt(D + 32));
    cpu.setX(3, 0x1234_5678_ffff_fffen); // W3 = -2
    poke64(cpu, D + 16, 0x0bad_cafe_dead_beefn);
    run(cpu, [0xf863d841]); // ldr x1, [x2, w3, sxtw #3]
    expect(cpu.getX(1)).toBe(0x0bad_cafe_dead_beefn);
  });

  it('LSL #2 with an X index', () => {
    const cpu = setup();
    cpu.setX(3, 3n);
    poke32(cpu, D + 12, 0xcafe_f00d);
    run(cpu, [0xb8637841]); // ldr w1, [x2, x3, lsl #2]
    expect(cpu.getX(1)).toBe(0xcafe_f00dn);
  });

  it('UXTW ignores the upper half; SXTX and SXTW #1 take negative indexes', () => {
    const cpu = setup();
    cpu.setX(2, BigInt(D + 16));
    cpu.setX(3, 0xffff_ffff_0000_0005n);
    run(cpu, [0x38634841]); // ldrb w1, [x2, w3, uxtw]  -> byte 21
    expect(cpu.getX(1)).toBe(0x77n);
    cpu.setX(3, -2n);
    view(cpu).setUint16(D + 14 - RAM_BASE, 0x9000, true);
    run(cpu, [0x78a3e841]); // ldrsh x1, [x2, x3, sxtx]
    expect(cpu.getX(1)).toBe(0xffff_ffff_ffff_9000n);
    cpu.setX(3, 0xffff_ffffn); // W3 = -1
    view(cpu).setUint16(D + 14 - RAM_BASE, 0x1234, true);
    run(cpu, [0x7863d841]); // ldrh w1, [x2, w3, sxtw #1]
    expect(cpu.getX(1)).toBe(0x1234n);
  });

  it('stores, and a 64-bit offset that wraps the high half', () => {
    const cpu = setup();
    cpu.setX(2, BigInt(D) + 0x1_0000_0000n);
    cpu.setX(3, u64(-0x1_0000_0000n));
    cpu.setX(1, 0x0102_0304_0506_0708n);
    run(cpu, [0xf8236841]); // str x1, [x2, x3]
    expect(peek64(cpu, D)).toBe(0x0102_0304_0506_0708n);
    cpu.setX(2, BigInt(D));
    cpu.setX(3, 9n);
    cpu.setX(1, 0xeen);
    run(cpu, [0x38237841]); // strb w1, [x2, x3, lsl #0]
    expect(cpu.bus.ram[D + 9 - RAM_BASE]).toBe(0xee);
    cpu.setX(3, 1n);
    run(cpu, [0xf8637841]); // ldr x1, [x2, x3, lsl #3]
    expect(cpu.getX(1)).toBe(peek64(cpu, D + 8));
  });

  it('STR W / STRH / LDRSW with scaled W and X indexes', () => {
    const cpu = setup();
    cpu.setX(3, 0xffff_ffff_ffff_fffen); // W3 = -2 (UXTW: 0xfffffffe, SXTW: -2)
    cpu.setX(1, 0x8765_4321n);
    cpu.setX(2, BigInt(D + 32) - 0x3_ffff_fff8n);
    run(cpu, [0xb8235841]); // str w1, [x2, w3, uxtw #2]   -> D + 32
    expect(peek32(cpu, D + 32)).toBe(0x8765_4321);
    cpu.setX(2, BigInt(D + 40));
    run(cpu, [0xb8a3d841]); // ldrsw x1, [x2, w3, sxtw #2]  -> D + 32
    expect(cpu.getX(1)).toBe(0xffff_ffff_8765_4321n);
    cpu.setX(3, u64(-4n));
    cpu.setX(1, 0xbeefn);
    run(cpu, [0x78237841]); // strh w1, [x2, x3, lsl #1]  -> D + 32
    expect(peek32(cpu, D + 32)).toBe(0x8765_beef);
  });

  it('PRFM and PRFUM are no-ops even at unaligned or unmapped addresses', () => {
    const cpu = setup();
    cpu.setX(2, 0xdead_0001n);
    cpu.setX(3, 7n);
    run(cpu, [
      0xf8a36840, // prfm pldl1keep, [x2, x3]
      0xf9800440, // prfm pldl1keep, [x2, #8]
      0xf89ff040, // prfum pldl1keep, [x2, #-1]
    ]);
    expect(cpu.getX(2)).toBe(0xdead_0001n);
  });
});

describe('literal', () => {
  it('LDR X / LDRSW backwards, LDR W / LDRSW / PRFM / LDR X forwards', () => {
    const cpu = makeCpu();
    const words = [
      0x12345678, 0x80000000, // back: .quad 0x8000000012345678
      0x58ffffc1, // ldr x1, back
      0x98ffffc2, // ldrsw x2, back+4
      0x18000083, // ldr w3, fwd
      0x98000064, // ldrsw x4, fwd
      0xd8000040, // prfm pldl1keep, fwd
      0x58000025, // ldr x5, fwd
      0x87654321, 0xfedcba98, // fwd: .quad 0xfedcba9887654321
    ];
    words.forEach((w, i) => (cpu.bus.ram32[i] = w | 0));
    cpu.setPC(BigInt(RAM_BASE + 8));
    expect(cpu.run(6)).toBe(6);
    expect(cpu.halt).toBeNull();
    expect(cpu.getX(1)).toBe(0x8000_0000_1234_5678n);
    expect(cpu.getX(2)).toBe(0xffff_ffff_8000_0000n);
    expect(cpu.getX(3)).toBe(0x8765_4321n);
    expect(cpu.getX(4)).toBe(0xffff_ffff_8765_4321n);
    expect(cpu.getX(5)).toBe(0xfedc_ba98_8765_4321n);
  });
});

describe('pairs', () => {
  it('STP pre-index / LDP post-index of the frame record on SP', () => {
    const cpu = setup();
    cpu.setX(SP, BigInt(D + 64));
    cpu.setX(29, 0x2929_2929_2929_2929n);
    cpu.setX(30, 0x3030_3030_3030_3030n);
    run(cpu, [0xa9be7bfd]); // stp x29, x30, [sp, #-32]!
    expect(cpu.getX(SP)).toBe(BigInt(D + 32));
    expect(peek64(cpu, D + 32)).toBe(0x2929_2929_2929_2929n);
    expect(peek64(cpu, D + 40)).toBe(0x3030_3030_3030_3030n);
    cpu.setX(29, 0n);
    cpu.setX(30, 0n);
    run(cpu, [0xa8c27bfd]); // ldp x29, x30, [sp], #32
    expect(cpu.getX(29)).toBe(0x2929_2929_2929_2929n);
    expect(cpu.getX(30)).toBe(0x3030_3030_3030_3030n);
    expect(cpu.getX(SP)).toBe(BigInt(D + 64));
  });

  it('STP / LDP X with signed offset, pre- and post-index on a GPR base', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 16));
    cpu.setX(1, 0x1n);
    cpu.setX(2, u64(-2n));
    run(cpu, [
      0xa93f0861, // stp x1, x2, [x3, #-16]
      0xa97f1464, // ldp x4, x5, [x3, #-16]
    ]);
    expect(cpu.getX(4)).toBe(1n);
    expect(cpu.getX(5)).toBe(u64(-2n));
    expect(cpu.getX(3)).toBe(BigInt(D + 16));
    run(cpu, [0xa9c10861]); // ldp x1, x2, [x3, #16]!
    expect(cpu.getX(1)).toBe(peek64(cpu, D + 32));
    expect(cpu.getX(2)).toBe(peek64(cpu, D + 40));
    expect(cpu.getX(3)).toBe(BigInt(D + 32));
    cpu.setX(1, 7n);
    cpu.setX(2, 8n);
    run(cpu, [0xa8810861]); // stp x1, x2, [x3], #16
    expect(peek64(cpu, D + 32)).toBe(7n);
    expect(peek64(cpu, D + 40)).toBe(8n);
    expect(cpu.getX(3)).toBe(BigInt(D + 48));
  });

  it('LDP W zero-extends, LDPSW sign-extends (offset, pre, post)', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D));
    poke32(cpu, D + 8, 0x8000_0000);
    poke32(cpu, D + 12, 0x7fff_ffff);
    poke32(cpu, D + 16, 0xffff_fffe);
    poke32(cpu, D + 20, 3);
    run(cpu, [0x29410861]); // ldp w1, w2, [x3, #8]
    expect(cpu.getX(1)).toBe(0x8000_0000n);
    expect(cpu.getX(2)).toBe(0x7fff_ffffn);
    run(cpu, [0x69410861]); // ldpsw x1, x2, [x3, #8]
    expect(cpu.getX(1)).toBe(0xffff_ffff_8000_0000n);
    expect(cpu.getX(2)).toBe(0x7fff_ffffn);
    cpu.setX(3, BigInt(D + 24));
    run(cpu, [0x69ff1464]); // ldpsw x4, x5, [x3, #-8]!
    expect(cpu.getX(4)).toBe(u64(-2n));
    expect(cpu.getX(5)).toBe(3n);
    expect(cpu.getX(3)).toBe(BigInt(D + 16));
    run(cpu, [0x68c21c66]); // ldpsw x6, x7, [x3], #16
    expect(cpu.getX(6)).toBe(u64(-2n));
    expect(cpu.getX(7)).toBe(3n);
    expect(cpu.getX(3)).toBe(BigInt(D + 32));
  });

  it('STP W pre / post, LDP W post with a negative immediate', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 16));
    cpu.setX(1, 0xffff_ffff_0000_0011n);
    cpu.setX(2, 0x22n);
    run(cpu, [0x29bf0861]); // stp w1, w2, [x3, #-8]!
    expect(peek64(cpu, D + 8)).toBe(0x22_0000_0011n);
    expect(cpu.getX(3)).toBe(BigInt(D + 8));
    cpu.setX(4, 0x44n);
    cpu.setX(5, 0x55n);
    run(cpu, [0x28811464]); // stp w4, w5, [x3], #8
    expect(peek64(cpu, D + 8)).toBe(0x55_0000_0044n);
    expect(cpu.getX(3)).toBe(BigInt(D + 16));
    cpu.setX(3, BigInt(D + 8));
    run(cpu, [0x28ff0861]); // ldp w1, w2, [x3], #-8
    expect(cpu.getX(1)).toBe(0x44n);
    expect(cpu.getX(2)).toBe(0x55n);
    expect(cpu.getX(3)).toBe(BigInt(D));
  });

  it('LDNP / STNP (W and X) and STP XZR', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 16));
    cpu.setX(1, 0xa1n);
    cpu.setX(2, 0xb2n);
    run(cpu, [
      0xa83f0861, // stnp x1, x2, [x3, #-16]
      0x28010861, // stnp w1, w2, [x3, #8]
    ]);
    expect(peek64(cpu, D)).toBe(0xa1n);
    expect(peek64(cpu, D + 8)).toBe(0xb2n);
    expect(peek64(cpu, D + 24)).toBe(0xb2_0000_00a1n);
    cpu.setX(3, BigInt(D));
    run(cpu, [0xa8400861]); // ldnp x1, x2, [x3]
    expect(cpu.getX(1)).toBe(0xa1n);
    expect(cpu.getX(2)).toBe(0xb2n);
    cpu.setX(3, BigInt(D + 24));
    run(cpu, [0x28400861]); // ldnp w1, w2, [x3]
    expect(cpu.getX(1)).toBe(0xa1n);
    expect(cpu.getX(2)).toBe(0xb2n);
    cpu.setX(3, BigInt(D));
    run(cpu, [0xa9007c7f]); // stp xzr, xzr, [x3]
    expect(peek64(cpu, D)).toBe(0n);
    expect(peek64(cpu, D + 8)).toBe(0n);
  });

  it('overlapping registers (as qemu-aarch64)', () => {
    const cpu = setup();
    poke64(cpu, D, 0x1111n);
    poke64(cpu, D + 8, 0x2222n);
    cpu.setX(0, BigInt(D));
    run(cpu, [0xa9400401]); // ldp x1, x1, [x0]  -> the lower element
    expect(cpu.getX(1)).toBe(0x1111n);
    cpu.setX(1, BigInt(D));
    run(cpu, [0xa8c10821]); // ldp x1, x2, [x1], #16  -> writeback wins
    expect(cpu.getX(1)).toBe(BigInt(D + 16));
    expect(cpu.getX(2)).toBe(0x2222n);
    cpu.setX(1, BigInt(D + 48));
    run(cpu, [0xa9bf0421]); // stp x1, x1, [x1, #-16]!  -> stores the old base
    expect(peek64(cpu, D + 32)).toBe(BigInt(D + 48));
    expect(peek64(cpu, D + 40)).toBe(BigInt(D + 48));
    expect(cpu.getX(1)).toBe(BigInt(D + 32));
  });
});

describe('exclusive and ordered', () => {
  it('LDXR / STXR X: success, then failure once the monitor is cleared', () => {
    const cpu = setup();
    poke64(cpu, D, 0x5555n);
    cpu.setX(4, 0x6666n);
    run(cpu, [
      0xc85f7c41, // ldxr x1, [x2]
      0xc8037c44, // stxr w3, x4, [x2]
    ]);
    expect(cpu.getX(1)).toBe(0x5555n);
    expect(cpu.getX(3)).toBe(0n);
    expect(peek64(cpu, D)).toBe(0x6666n);
    expect(cpu.exclusiveAddr).toBe(-1);
    cpu.setX(4, 0x7777n);
    cpu.setX(5, 0xffff_ffff_ffff_ffffn);
    run(cpu, [0xc8057c44]); // stxr w5, x4, [x2]
    expect(cpu.getX(5)).toBe(1n);
    expect(peek64(cpu, D)).toBe(0x6666n);
  });

  it('CLREX, a store to the granule, or another granule make STXR fail', () => {
    const cpu = setup();
    cpu.setX(4, 0x99n);
    run(cpu, [
      0xc85f7c41, // ldxr x1, [x2]
      0xd5033f5f, // clrex
      0xc8037c44, // stxr w3, x4, [x2]
    ]);
    expect(cpu.getX(3)).toBe(1n);
    run(cpu, [
      0xc85f7c41, // ldxr x1, [x2]
      0xf9000449, // str x9, [x2, #8]
      0xc8037c44, // stxr w3, x4, [x2]
    ]);
    expect(cpu.getX(3)).toBe(1n);
    expect(peek64(cpu, D)).not.toBe(0x99n);
    cpu.setX(SP, BigInt(D + 64));
    run(cpu, [
      0xc85f7c41, // ldxr x1, [x2]
      0xc8037fe4, // stxr w3, x4, [sp]   (next granule)
    ]);
    expect(cpu.getX(3)).toBe(1n);
    expect(peek64(cpu, D + 64)).toBe(0n);
    // The same granule at another address within it passes.
    cpu.setX(SP, BigInt(D + 56));
    run(cpu, [
      0xc85f7fe1, // ldxr x1, [sp]
      0xc8037c44, // stxr w3, x4, [x2]
    ]);
    expect(cpu.getX(3)).toBe(0n);
    expect(peek64(cpu, D)).toBe(0x99n);
  });

  it('LDAXR / STLXR W, LDXRB / STXRB, LDXRH / STXRH', () => {
    const cpu = setup();
    cpu.setX(4, 0xffff_ffff_aabb_ccddn);
    poke64(cpu, D, 0xffff_ffff_8765_4321n);
    run(cpu, [
      0x885ffc41, // ldaxr w1, [x2]
      0x8803fc44, // stlxr w3, w4, [x2]
    ]);
    expect(cpu.getX(1)).toBe(0x8765_4321n);
    expect(cpu.getX(3)).toBe(0n);
    expect(peek64(cpu, D)).toBe(0xffff_ffff_aabb_ccddn);
    run(cpu, [
      0x085f7c41, // ldxrb w1, [x2]
      0x08037c44, // stxrb w3, w4, [x2]
    ]);
    expect(cpu.getX(1)).toBe(0xddn);
    expect(cpu.getX(3)).toBe(0n);
    cpu.setX(4, 0x1234n);
    run(cpu, [
      0x485f7c41, // ldxrh w1, [x2]
      0x48037c44, // stxrh w3, w4, [x2]
    ]);
    expect(cpu.getX(1)).toBe(0xccddn);
    expect(cpu.getX(3)).toBe(0n);
    expect(peek64(cpu, D)).toBe(0xffff_ffff_aabb_1234n);
  });

  it('LDXP / STXP X and LDAXP / STLXP W', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 16));
    poke64(cpu, D + 16, 0x1n);
    poke64(cpu, D + 24, 0x2n);
    cpu.setX(5, 0x55n);
    cpu.setX(6, 0x66n);
    run(cpu, [
      0xc87f0861, // ldxp x1, x2, [x3]
      0xc8241865, // stxp w4, x5, x6, [x3]
    ]);
    expect(cpu.getX(1)).toBe(1n);
    expect(cpu.getX(2)).toBe(2n);
    expect(cpu.getX(4)).toBe(0n);
    expect(peek64(cpu, D + 16)).toBe(0x55n);
    expect(peek64(cpu, D + 24)).toBe(0x66n);
    run(cpu, [0xc8241865]); // stxp w4, x5, x6, [x3]  (monitor clear)
    expect(cpu.getX(4)).toBe(1n);
    cpu.setX(3, BigInt(D + 8));
    poke64(cpu, D + 8, 0xbbbb_bbbb_aaaa_aaaan);
    run(cpu, [
      0x887f8861, // ldaxp w1, w2, [x3]
      0x88249865, // stlxp w4, w5, w6, [x3]
    ]);
    expect(cpu.getX(1)).toBe(0xaaaa_aaaan);
    expect(cpu.getX(2)).toBe(0xbbbb_bbbbn);
    expect(cpu.getX(4)).toBe(0n);
    expect(peek64(cpu, D + 8)).toBe(0x66_0000_0055n);
  });

  it('LDAR / STLR in every size, LDAPR', () => {
    const cpu = setup();
    poke64(cpu, D, 0x8877_6655_4433_2211n);
    run(cpu, [0xc8dffc41]); // ldar x1, [x2]
    expect(cpu.getX(1)).toBe(0x8877_6655_4433_2211n);
    run(cpu, [0x08dffc41]); // ldarb w1, [x2]
    expect(cpu.getX(1)).toBe(0x11n);
    run(cpu, [0x48dffc41]); // ldarh w1, [x2]
    expect(cpu.getX(1)).toBe(0x2211n);
    cpu.setX(SP, BigInt(D + 4));
    run(cpu, [0x88dfffe1]); // ldar w1, [sp]
    expect(cpu.getX(1)).toBe(0x8877_6655n);
    run(cpu, [0xf8bfc041]); // ldapr x1, [x2]
    expect(cpu.getX(1)).toBe(0x8877_6655_4433_2211n);
    run(cpu, [0x38bfc041]); // ldaprb w1, [x2]
    expect(cpu.getX(1)).toBe(0x11n);
    cpu.setX(1, 0x0102_0304_0506_0708n);
    run(cpu, [0xc89ffc41]); // stlr x1, [x2]
    expect(peek64(cpu, D)).toBe(0x0102_0304_0506_0708n);
    cpu.setX(1, 0xf1f2_f3f4n);
    run(cpu, [0x089ffc41]); // stlrb w1, [x2]
    expect(peek64(cpu, D)).toBe(0x0102_0304_0506_07f4n);
    run(cpu, [0x489ffc41]); // stlrh w1, [x2]
    expect(peek64(cpu, D)).toBe(0x0102_0304_0506_f3f4n);
    run(cpu, [0x889ffc41]); // stlr w1, [x2]
    expect(peek64(cpu, D)).toBe(0x0102_0304_f1f2_f3f4n);
  });
});

describe('alignment faults (MMU off: Device memory)', () => {
  function expectFault(cpu: Cpu, word: number): void {
    const pc = cpu.getPC();
    expect(runWords(cpu, [word])).toBe(0);
    expect(cpu.halt).toMatchObject({ kind: 'fault', pc });
    expect((cpu.halt as { message: string }).message).toContain('alignment');
    expect(cpu.getPC()).toBe(pc);
  }

  it('unaligned LDUR X faults and changes no register', () => {
    const cpu = setup();
    cpu.setX(1, 0x77n);
    expectFault(cpu, 0xf8401041); // ldur x1, [x2, #1]
    expect(cpu.getX(1)).toBe(0x77n);
  });

  it('unaligned pre-index load does not write back', () => {
    const cpu = setup();
    cpu.setX(2, BigInt(D + 1));
    expectFault(cpu, 0xf8408c41); // ldr x1, [x2, #8]!
    expect(cpu.getX(2)).toBe(BigInt(D + 1));
  });

  it('unaligned LDP X and STR H', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 4));
    expectFault(cpu, 0xa9400861); // ldp x1, x2, [x3]
    const cpu2 = setup();
    cpu2.setX(2, BigInt(D + 1));
    expectFault(cpu2, 0x79000441); // strh w1, [x2, #2]
  });

  it('LDXP X needs 16-byte alignment; STXR checks alignment before the monitor', () => {
    const cpu = setup();
    cpu.setX(3, BigInt(D + 8));
    expectFault(cpu, 0xc87f0861); // ldxp x1, x2, [x3]
    expect(cpu.exclusiveAddr).toBe(-1);
    const cpu2 = setup();
    cpu2.setX(2, BigInt(D + 4));
    expectFault(cpu2, 0xc8037c44); // stxr w3, x4, [x2]
  });
});
