// Scalar floating point (src/machine/cpu/insns/fp.ts, src/machine/cpu/fpu.ts).
//
// 1. Focused tests with the expected values written out.
// 2. A differential table (CASES, at the end of this file). Every expected value in it was
//    produced by real execution under qemu-aarch64 7.2 (user mode): a generated static
//    program (aarch64-linux-gnu-gcc -static -nostdlib) set FPCR (random RMode, FZ, DN),
//    cleared FPSR, set NZCV, loaded D0..D2 and X0, filled Q3/X3 with a junk pattern, ran
//    the instruction and stored Q3, X3, FPSR and NZCV. Operand values mix specials (zeros,
//    infinities, quiet/signalling NaNs with payloads, denormals, extremes, integer
//    boundaries) with random bit patterns, near-overflow/underflow exponents, equal or
//    opposite operands and FMA addends close to -product. ENC holds the encodings that
//    aarch64-linux-gnu-as produced for each assembly line.

import { describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { makeCpu, runWords } from '../helpers/cpu.ts';

const JUNK_LO = 0x5555aaaa5555aaaan;
const JUNK_HI = 0x3333cccc3333ccccn;

function getV(cpu: Cpu, n: number, half: 0 | 1): bigint {
  const i = 4 * n + 2 * half;
  return (BigInt(cpu.vreg[i + 1] >>> 0) << 32n) | BigInt(cpu.vreg[i] >>> 0);
}

function setV(cpu: Cpu, n: number, lo: bigint, hi = 0n): void {
  const i = 4 * n;
  cpu.vreg[i] = Number(BigInt.asIntN(32, lo));
  cpu.vreg[i + 1] = Number(BigInt.asIntN(32, lo >> 32n));
  cpu.vreg[i + 2] = Number(BigInt.asIntN(32, hi));
  cpu.vreg[i + 3] = Number(BigInt.asIntN(32, hi >> 32n));
}

function nzcv(cpu: Cpu): number {
  return (cpu.nf << 3) | (cpu.zf << 2) | (cpu.cf << 1) | cpu.vf;
}

interface State {
  fpcr?: number;
  nzcv?: number;
  v?: bigint[];
  x0?: bigint;
}

function exec(word: number, s: State): Cpu {
  const cpu = makeCpu(1 << 16);
  cpu.sys.set('FPCR', BigInt(s.fpcr ?? 0));
  cpu.sys.set('FPSR', 0n);
  const f = s.nzcv ?? 0;
  cpu.nf = (f >> 3) & 1;
  cpu.zf = (f >> 2) & 1;
  cpu.cf = (f >> 1) & 1;
  cpu.vf = f & 1;
  (s.v ?? []).forEach((v, n) => setV(cpu, n, v));
  cpu.setX(0, s.x0 ?? 0n);
  setV(cpu, 3, JUNK_LO, JUNK_HI);
  cpu.setX(3, JUNK_LO);
  runWords(cpu, [word]);
  expect(cpu.halt).toBeNull();
  return cpu;
}

const fpsr = (cpu: Cpu): number => Number(cpu.sys.get('FPSR'));
const f32 = (x: number): bigint => BigInt(new Uint32Array(new Float32Array([x]).buffer)[0]);
const f64 = (x: number): bigint => new BigUint64Array(new Float64Array([x]).buffer)[0];

const RMODE = (m: number): number => m << 22;
const FZ = 1 << 24;
const DN = 1 << 25;

describe('scalar FP: focused cases', () => {
  it('FADD S rounds per FPCR.RMode and sets IXC; writing S zeroes the rest of V', () => {
    // fadd s3, s0, s1: 1 + 2^-24 is a tie between 1 and 1 + 2^-23
    const one = f32(1);
    const tiny = f32(2 ** -24);
    const tinyPlus = f32(2 ** -24 + 2 ** -40);
    let cpu = exec(ENC['fadd s3, s0, s1'], { v: [one, tinyPlus] });
    expect(getV(cpu, 3, 0)).toBe(f32(1 + 2 ** -23));
    expect(getV(cpu, 3, 1)).toBe(0n);
    expect(fpsr(cpu)).toBe(0x10);
    cpu = exec(ENC['fadd s3, s0, s1'], { v: [one, tiny] });
    expect(getV(cpu, 3, 0)).toBe(one); // ties to even
    cpu = exec(ENC['fadd s3, s0, s1'], { v: [one, tiny], fpcr: RMODE(1) });
    expect(getV(cpu, 3, 0)).toBe(f32(1 + 2 ** -23)); // towards +inf
    cpu = exec(ENC['fadd s3, s0, s1'], { v: [one, one] });
    expect(fpsr(cpu)).toBe(0);
  });

  it('x + (-x) is -0 only when rounding towards minus infinity', () => {
    expect(getV(exec(ENC['fsub d3, d0, d1'], { v: [f64(1.5), f64(1.5)] }), 3, 0)).toBe(0n);
    expect(getV(exec(ENC['fsub d3, d0, d1'], { v: [f64(1.5), f64(1.5)], fpcr: RMODE(2) }), 3, 0)).toBe(1n << 63n);
  });

  it('FDIV by zero sets DZC; 0/0 and inf-inf set IOC and give the default NaN', () => {
    let cpu = exec(ENC['fdiv d3, d0, d1'], { v: [f64(-3), 0n] });
    expect(getV(cpu, 3, 0)).toBe(0xfff0000000000000n);
    expect(fpsr(cpu)).toBe(2);
    cpu = exec(ENC['fdiv s3, s0, s1'], { v: [0n, 0n] });
    expect(getV(cpu, 3, 0)).toBe(0x7fc00000n);
    expect(fpsr(cpu)).toBe(1);
  });

  it('signalling NaNs are quieted (IOC) and win over quiet NaNs; DN gives the default NaN', () => {
    const q = 0x7ff8000000000123n;
    const s = 0xfff0000000000456n;
    let cpu = exec(ENC['fadd d3, d0, d1'], { v: [q, s] });
    expect(getV(cpu, 3, 0)).toBe(0xfff8000000000456n);
    expect(fpsr(cpu)).toBe(1);
    cpu = exec(ENC['fadd d3, d0, d1'], { v: [q, f64(1)] });
    expect(getV(cpu, 3, 0)).toBe(q);
    expect(fpsr(cpu)).toBe(0);
    cpu = exec(ENC['fadd d3, d0, d1'], { v: [q, s], fpcr: DN });
    expect(getV(cpu, 3, 0)).toBe(0x7ff8000000000000n);
  });

  it('FZ flushes denormal inputs (IDC) and tiny results (UFC without IXC)', () => {
    let cpu = exec(ENC['fadd s3, s0, s1'], { v: [1n, f32(1)], fpcr: FZ });
    expect(getV(cpu, 3, 0)).toBe(f32(1));
    expect(fpsr(cpu)).toBe(0x80);
    cpu = exec(ENC['fmul s3, s0, s1'], { v: [f32(2 ** -100), f32(2 ** -30)], fpcr: FZ });
    expect(getV(cpu, 3, 0)).toBe(0n);
    expect(fpsr(cpu)).toBe(0x8);
    cpu = exec(ENC['fmul s3, s0, s1'], { v: [f32(2 ** -100), f32(3 * 2 ** -50)] });
    expect(getV(cpu, 3, 0)).toBe(f32(2 ** -148)); // 1.5 * 2^-149 rounds to even
    expect(fpsr(cpu)).toBe(0x18);
  });

  it('overflow: infinity or the largest finite value depending on the rounding mode', () => {
    const big = f64(2 ** 1023);
    let cpu = exec(ENC['fmul d3, d0, d1'], { v: [big, f64(2)] });
    expect(getV(cpu, 3, 0)).toBe(0x7ff0000000000000n);
    expect(fpsr(cpu)).toBe(0x14);
    cpu = exec(ENC['fmul d3, d0, d1'], { v: [big, f64(2)], fpcr: RMODE(3) });
    expect(getV(cpu, 3, 0)).toBe(0x7fefffffffffffffn);
    expect(fpsr(cpu)).toBe(0x14);
  });

  it('FMADD D is fused: a * b + c with no intermediate rounding', () => {
    // (1 + 2^-52)(1 - 2^-52) - 1 = -2^-104 exactly
    const cpu = exec(ENC['fmadd d3, d0, d1, d2'], { v: [f64(1 + 2 ** -52), f64(1 - 2 ** -52), f64(-1)] });
    expect(getV(cpu, 3, 0)).toBe(f64(-(2 ** -104)));
    expect(fpsr(cpu)).toBe(0);
  });

  it('FCVTZS saturates with IOC only; FCVTAS rounds ties away', () => {
    let cpu = exec(ENC['fcvtzs w3, d0'], { v: [f64(3e9)] });
    expect(cpu.getX(3)).toBe(0x7fffffffn);
    expect(fpsr(cpu)).toBe(1);
    cpu = exec(ENC['fcvtzs x3, d0'], { v: [f64(-2.5)] });
    expect(cpu.getX(3)).toBe(BigInt.asUintN(64, -2n));
    expect(fpsr(cpu)).toBe(0x10);
    cpu = exec(ENC['fcvtas x3, d0'], { v: [f64(-2.5)] });
    expect(cpu.getX(3)).toBe(BigInt.asUintN(64, -3n));
    cpu = exec(ENC['fcvtns x3, d0'], { v: [f64(-2.5)] });
    expect(cpu.getX(3)).toBe(BigInt.asUintN(64, -2n));
  });

  it('FCMP sets NZCV; FCMPE signals on quiet NaNs', () => {
    let cpu = exec(ENC['fcmp d0, d1'], { v: [f64(1), f64(2)] });
    expect(nzcv(cpu)).toBe(0b1000);
    cpu = exec(ENC['fcmp s0, s1'], { v: [0x7fc00000n, f32(2)] });
    expect(nzcv(cpu)).toBe(0b0011);
    expect(fpsr(cpu)).toBe(0);
    cpu = exec(ENC['fcmpe s0, s1'], { v: [0x7fc00000n, f32(2)] });
    expect(fpsr(cpu)).toBe(1);
  });

  it('FMOV Vd.D[1], Xn keeps the low half; FMOV Dd, Xn zeroes the high half', () => {
    let cpu = exec(ENC['fmov v3.d[1], x0'], { x0: 0x1122334455667788n });
    expect(getV(cpu, 3, 0)).toBe(JUNK_LO);
    expect(getV(cpu, 3, 1)).toBe(0x1122334455667788n);
    cpu = exec(ENC['fmov d3, x0'], { x0: 0x1122334455667788n });
    expect(getV(cpu, 3, 1)).toBe(0n);
  });
});

describe('scalar FP: differential table from qemu-aarch64', () => {
  const rows = CASES.trim().split('\n');
  const byAsm = new Map<string, string[]>();
  for (const r of rows) {
    const asm = r.slice(0, r.indexOf('|'));
    const list = byAsm.get(asm) ?? [];
    list.push(r);
    byAsm.set(asm, list);
  }
  for (const [asm, list] of byAsm) {
    it(`${asm} (${list.length} cases)`, () => {
      const bad: string[] = [];
      for (const r of list) {
        const [, ins, outs] = r.split('|');
        const [fpcr, nz, v0, v1, v2, x0] = ins.split(' ').map((h) => BigInt('0x' + h));
        const [q0, q1, x3, fs, nzOut] = outs.split(' ').map((h) => BigInt('0x' + h));
        const cpu = exec(ENC[asm], { fpcr: Number(fpcr), nzcv: Number(nz), v: [v0, v1, v2], x0 });
        if (asm.startsWith('fmov x3, v0')) setV(cpu, 0, v0, x0);
        if (asm.startsWith('fmov x3, v0')) {
          // the harness set V0.D[1] = X0 before the instruction: rerun with that input
          const c2 = makeCpu(1 << 16);
          setV(c2, 0, v0, x0);
          setV(c2, 3, JUNK_LO, JUNK_HI);
          runWords(c2, [ENC[asm]]);
          if (c2.getX(3) !== x3) bad.push(`${r}: X3 ${c2.getX(3).toString(16)}`);
          continue;
        }
        const got = [getV(cpu, 3, 0), getV(cpu, 3, 1), cpu.getX(3), BigInt(fpsr(cpu)), BigInt(nzcv(cpu))];
        const want = [q0, q1, x3, fs, nzOut];
        if (got.some((g, i) => g !== want[i])) bad.push(`${r}  got ${got.map((g) => g.toString(16)).join(' ')}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

const ENC: Record<string, number> = {
  'fabs d3, d0': 0x1e60c003,
  'fabs s3, s0': 0x1e20c003,
  'fadd d3, d0, d1': 0x1e612803,
  'fadd s3, s0, s1': 0x1e212803,
  'fccmp s0, s1, #5, eq': 0x1e210405,
  'fccmpe d0, d1, #10, lt': 0x1e61b41a,
  'fcmp d0, #0.0': 0x1e602008,
  'fcmp d0, d1': 0x1e612000,
  'fcmp s0, #0.0': 0x1e202008,
  'fcmp s0, s1': 0x1e212000,
  'fcmpe d0, #0.0': 0x1e602018,
  'fcmpe d0, d1': 0x1e612010,
  'fcmpe s0, #0.0': 0x1e202018,
  'fcmpe s0, s1': 0x1e212010,
  'fcsel d3, d0, d1, ge': 0x1e61ac03,
  'fcsel s3, s0, s1, ne': 0x1e211c03,
  'fcvt d3, h0': 0x1ee2c003,
  'fcvt d3, s0': 0x1e22c003,
  'fcvt h3, d0': 0x1e63c003,
  'fcvt h3, s0': 0x1e23c003,
  'fcvt s3, d0': 0x1e624003,
  'fcvt s3, h0': 0x1ee24003,
  'fcvtas w3, d0': 0x1e640003,
  'fcvtas w3, s0': 0x1e240003,
  'fcvtas x3, d0': 0x9e640003,
  'fcvtas x3, s0': 0x9e240003,
  'fcvtau w3, d0': 0x1e650003,
  'fcvtau w3, s0': 0x1e250003,
  'fcvtau x3, d0': 0x9e650003,
  'fcvtau x3, s0': 0x9e250003,
  'fcvtms w3, d0': 0x1e700003,
  'fcvtms w3, s0': 0x1e300003,
  'fcvtms x3, d0': 0x9e700003,
  'fcvtms x3, s0': 0x9e300003,
  'fcvtmu w3, d0': 0x1e710003,
  'fcvtmu w3, s0': 0x1e310003,
  'fcvtmu x3, d0': 0x9e710003,
  'fcvtmu x3, s0': 0x9e310003,
  'fcvtns w3, d0': 0x1e600003,
  'fcvtns w3, s0': 0x1e200003,
  'fcvtns x3, d0': 0x9e600003,
  'fcvtns x3, s0': 0x9e200003,
  'fcvtnu w3, d0': 0x1e610003,
  'fcvtnu w3, s0': 0x1e210003,
  'fcvtnu x3, d0': 0x9e610003,
  'fcvtnu x3, s0': 0x9e210003,
  'fcvtps w3, d0': 0x1e680003,
  'fcvtps w3, s0': 0x1e280003,
  'fcvtps x3, d0': 0x9e680003,
  'fcvtps x3, s0': 0x9e280003,
  'fcvtpu w3, d0': 0x1e690003,
  'fcvtpu w3, s0': 0x1e290003,
  'fcvtpu x3, d0': 0x9e690003,
  'fcvtpu x3, s0': 0x9e290003,
  'fcvtzs w3, d0': 0x1e780003,
  'fcvtzs w3, d0, #32': 0x1e588003,
  'fcvtzs w3, s0': 0x1e380003,
  'fcvtzs w3, s0, #5': 0x1e18ec03,
  'fcvtzs x3, d0': 0x9e780003,
  'fcvtzs x3, d0, #40': 0x9e586003,
  'fcvtzs x3, s0': 0x9e380003,
  'fcvtzs x3, s0, #64': 0x9e180003,
  'fcvtzu w3, d0': 0x1e790003,
  'fcvtzu w3, d0, #32': 0x1e598003,
  'fcvtzu w3, s0': 0x1e390003,
  'fcvtzu w3, s0, #5': 0x1e19ec03,
  'fcvtzu x3, d0': 0x9e790003,
  'fcvtzu x3, d0, #40': 0x9e596003,
  'fcvtzu x3, s0': 0x9e390003,
  'fcvtzu x3, s0, #64': 0x9e190003,
  'fdiv d3, d0, d1': 0x1e611803,
  'fdiv s3, s0, s1': 0x1e211803,
  'fmadd d3, d0, d1, d2': 0x1f410803,
  'fmadd s3, s0, s1, s2': 0x1f010803,
  'fmax d3, d0, d1': 0x1e614803,
  'fmax s3, s0, s1': 0x1e214803,
  'fmaxnm d3, d0, d1': 0x1e616803,
  'fmaxnm s3, s0, s1': 0x1e216803,
  'fmin d3, d0, d1': 0x1e615803,
  'fmin s3, s0, s1': 0x1e215803,
  'fminnm d3, d0, d1': 0x1e617803,
  'fminnm s3, s0, s1': 0x1e217803,
  'fmov d3, #-0.125': 0x1e781003,
  'fmov d3, #0.1875': 0x1e691003,
  'fmov d3, d0': 0x1e604003,
  'fmov d3, x0': 0x9e670003,
  'fmov s3, #1.0': 0x1e2e1003,
  'fmov s3, #31.0': 0x1e27f003,
  'fmov s3, s0': 0x1e204003,
  'fmov s3, w0': 0x1e270003,
  'fmov v3.d[1], x0': 0x9eaf0003,
  'fmov w3, s0': 0x1e260003,
  'fmov x3, d0': 0x9e660003,
  'fmov x3, v0.d[1]': 0x9eae0003,
  'fmsub d3, d0, d1, d2': 0x1f418803,
  'fmsub s3, s0, s1, s2': 0x1f018803,
  'fmul d3, d0, d1': 0x1e610803,
  'fmul s3, s0, s1': 0x1e210803,
  'fneg d3, d0': 0x1e614003,
  'fneg s3, s0': 0x1e214003,
  'fnmadd d3, d0, d1, d2': 0x1f610803,
  'fnmadd s3, s0, s1, s2': 0x1f210803,
  'fnmsub d3, d0, d1, d2': 0x1f618803,
  'fnmsub s3, s0, s1, s2': 0x1f218803,
  'fnmul d3, d0, d1': 0x1e618803,
  'fnmul s3, s0, s1': 0x1e218803,
  'frinta d3, d0': 0x1e664003,
  'frinta s3, s0': 0x1e264003,
  'frinti d3, d0': 0x1e67c003,
  'frinti s3, s0': 0x1e27c003,
  'frintm d3, d0': 0x1e654003,
  'frintm s3, s0': 0x1e254003,
  'frintn d3, d0': 0x1e644003,
  'frintn s3, s0': 0x1e244003,
  'frintp d3, d0': 0x1e64c003,
  'frintp s3, s0': 0x1e24c003,
  'frintx d3, d0': 0x1e674003,
  'frintx s3, s0': 0x1e274003,
  'frintz d3, d0': 0x1e65c003,
  'frintz s3, s0': 0x1e25c003,
  'fsqrt d3, d0': 0x1e61c003,
  'fsqrt s3, s0': 0x1e21c003,
  'fsub d3, d0, d1': 0x1e613803,
  'fsub s3, s0, s1': 0x1e213803,
  'scvtf d3, w0': 0x1e620003,
  'scvtf d3, w0, #32': 0x1e428003,
  'scvtf d3, x0': 0x9e620003,
  'scvtf d3, x0, #64': 0x9e420003,
  'scvtf s3, w0': 0x1e220003,
  'scvtf s3, w0, #7': 0x1e02e403,
  'scvtf s3, x0': 0x9e220003,
  'scvtf s3, x0, #1': 0x9e02fc03,
  'ucvtf d3, w0': 0x1e630003,
  'ucvtf d3, w0, #32': 0x1e438003,
  'ucvtf d3, x0': 0x9e630003,
  'ucvtf d3, x0, #64': 0x9e430003,
  'ucvtf s3, w0': 0x1e230003,
  'ucvtf s3, w0, #7': 0x1e03e403,
  'ucvtf s3, x0': 0x9e230003,
  'ucvtf s3, x0, #1': 0x9e03fc03,
};

// asm | FPCR NZCV V0 V1 V2 X0 | V3[63:0] V3[127:64] X3 FPSR NZCV (hex)
const CASES = `
fadd s3, s0, s1|1400000 e 269e0d37 269e0d37 800001 0|271e0d37 0 5555aaaa5555aaaa 0 e
fadd s3, s0, s1|3400000 0 ff800000 811c9318 440658f1 0|ff800000 0 5555aaaa5555aaaa 0 0
fadd s3, s0, s1|0 1 40490fdb b551c7ea 7fc00000 0|40490fd8 0 5555aaaa5555aaaa 10 1
fadd s3, s0, s1|c00000 8 c0ba01f2 c0ba01f0 8063d175 0|c13a01f1 0 5555aaaa5555aaaa 0 8
fadd s3, s0, s1|2000000 6 7f800000 ff800000 4b000001 0|7fc00000 0 5555aaaa5555aaaa 1 6
fadd s3, s0, s1|1c00000 4 feacd2a5 898bfaf4 3907c404 0|feacd2a5 0 5555aaaa5555aaaa 10 4
fadd s3, s0, s1|1c00000 e 808efcfe 8efcfe 5e82b0 0|0 0 5555aaaa5555aaaa 0 e
fadd s3, s0, s1|2c00000 0 3fda6b35 3fda6b34 6935dbe 0|405a6b34 0 5555aaaa5555aaaa 10 0
fadd s3, s0, s1|0 b ff812345 5e8766ed c84f0d47 0|ffc12345 0 5555aaaa5555aaaa 1 b
fadd s3, s0, s1|2400000 f c8b23978 c8b23978 5f000000 0|c9323978 0 5555aaaa5555aaaa 0 f
fadd s3, s0, s1|800000 f 820cfcc8 b7890019 c31303b3 0|b789001a 0 5555aaaa5555aaaa 10 f
fadd s3, s0, s1|800000 b 3fc00000 3fc00002 24e4e25a 0|40400001 0 5555aaaa5555aaaa 0 b
fadd s3, s0, s1|800000 8 83c586ac c7a627cd b9d91cf9 0|c7a627ce 0 5555aaaa5555aaaa 10 8
fadd s3, s0, s1|c00000 d 800001 5176ed 807fffff 0|d176ee 0 5555aaaa5555aaaa 0 d
fadd s3, s0, s1|3000000 3 8623c3fc 3192b704 f7fcbce8 0|3192b704 0 5555aaaa5555aaaa 10 3
fadd s3, s0, s1|c00000 e 0 0 a4a45eff 0|0 0 5555aaaa5555aaaa 0 e
fadd s3, s0, s1|c00000 b 2db3997f a2c68e45 cd02c5e1 0|2db3997b 0 5555aaaa5555aaaa 10 b
fadd s3, s0, s1|c00000 2 7fa00000 7f800001 3f000000 0|7fe00000 0 5555aaaa5555aaaa 1 2
fadd s3, s0, s1|1800000 c b20d27a2 b20d27a3 7f7fffff 0|b28d27a3 0 5555aaaa5555aaaa 10 c
fadd s3, s0, s1|0 8 4effffff c7b5d725 c710bcd9 0|4efffd28 0 5555aaaa5555aaaa 10 8
fadd s3, s0, s1|0 4 cbc9b6a cbc9b6b 8847b7c8 0|d3c9b6a 0 5555aaaa5555aaaa 10 4
fadd s3, s0, s1|2400000 e 7ece6750 7ece6752 f8f8831b 0|7f4e6751 0 5555aaaa5555aaaa 0 e
fadd s3, s0, s1|2000000 c df000000 df000002 7f800000 0|df800001 0 5555aaaa5555aaaa 0 c
fadd s3, s0, s1|1400000 2 802edf18 7f800001 3a32fa14 0|7fc00001 0 5555aaaa5555aaaa 81 2
fadd s3, s0, s1|1000000 8 770bcd03 2b42eb 7bc23b45 0|770bcd03 0 5555aaaa5555aaaa 80 8
fadd s3, s0, s1|c00000 2 7fc00000 ff7fffff 1 0|7fc00000 0 5555aaaa5555aaaa 0 2
fadd s3, s0, s1|3000000 6 3bc4af45 3bc4af44 4770a087 0|3c44af44 0 5555aaaa5555aaaa 10 6
fadd s3, s0, s1|c00000 5 7f7fffff 800000 ffc12345 0|7f7fffff 0 5555aaaa5555aaaa 10 5
fadd s3, s0, s1|800000 a c0200000 c0200002 38972fca 0|c0a00001 0 5555aaaa5555aaaa 0 a
fadd s3, s0, s1|1c00000 8 ac127e93 ac127e92 bf04bac1 0|ac927e92 0 5555aaaa5555aaaa 10 8
fadd s3, s0, s1|2000000 f f76ad4a1 f76ad4a3 b85167b1 0|f7ead4a2 0 5555aaaa5555aaaa 0 f
fadd s3, s0, s1|800000 0 e8ad066 c2241663 75142a0a 0|c2241663 0 5555aaaa5555aaaa 10 0
fadd s3, s0, s1|800000 7 3e8468c0 3dada48a 4b000001 0|3eafd1e2 0 5555aaaa5555aaaa 10 7
fadd s3, s0, s1|c00000 2 b3232e f09dccb4 c0200000 0|f09dccb3 0 5555aaaa5555aaaa 10 2
fadd s3, s0, s1|400000 b 48bfcbcf 8012873d 40200000 0|48bfcbcf 0 5555aaaa5555aaaa 10 b
fadd s3, s0, s1|0 f b2e623c9 be0ae448 7f800001 0|be0ae44a 0 5555aaaa5555aaaa 10 f
fadd s3, s0, s1|2000000 8 80000000 743a7d4a 80775c4f 0|743a7d4a 0 5555aaaa5555aaaa 0 8
fadd s3, s0, s1|1c00000 7 67947b 8067947b 400000 0|0 0 5555aaaa5555aaaa 80 7
fadd s3, s0, s1|0 2 3f800000 342a7789 40490fdb 0|3f800001 0 5555aaaa5555aaaa 10 2
fadd s3, s0, s1|2000000 4 3dd67d96 b578909c 87f2638b 0|3dd67d1a 0 5555aaaa5555aaaa 10 4
fadd d3, d0, d1|1800000 f 81b1c025d1e4d0a3 81b1c025d1e4d0a1 c0294db51319d424 0|81c1c025d1e4d0a2 0 5555aaaa5555aaaa 0 f
fadd d3, d0, d1|800000 6 39e04b0e5d00a4d 28b88073065b8c35 10000000000001 0|28b88073065b8c35 0 5555aaaa5555aaaa 10 6
fadd d3, d0, d1|0 3 d71961891ef3ea44 c0301b2153158ce4 1ebb079465f456aa 0|d71961891ef3ea44 0 5555aaaa5555aaaa 10 3
fadd d3, d0, d1|2800000 0 63e1986964950dc2 63e1986964950dc2 dab0792946709312 0|63f1986964950dc2 0 5555aaaa5555aaaa 0 0
fadd d3, d0, d1|2400000 8 4293099f50cb407a 8006d80df4c73f2b c38e9d6266692158 0|4293099f50cb407a 0 5555aaaa5555aaaa 10 8
fadd d3, d0, d1|c00000 2 c0aed9d6b023f 400921fb54442d18 ed4142bae9729f3f 0|400921fb54442d18 0 5555aaaa5555aaaa 10 2
fadd d3, d0, d1|400000 1 ffefffffffffffff ffeffffffffffffe 64f54969ab3b74fe 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 1
fadd d3, d0, d1|400000 c 7db314198c3ba859 7db314198c3ba85b 51bcd77a1751f579 0|7dc314198c3ba85a 0 5555aaaa5555aaaa 0 c
fadd d3, d0, d1|1400000 d beef67fb69f44612 1993041470b4fad 428a12f3877b55cb 0|beef67fb69f44611 0 5555aaaa5555aaaa 10 d
fadd d3, d0, d1|c00000 c 7223c68aa5529b05 d94355414fe04802 bea08411209342ca 0|7223c68aa5529b04 0 5555aaaa5555aaaa 10 c
fadd d3, d0, d1|1c00000 f 4330000000000001 4330000000000001 fff4000000000abc 0|4340000000000001 0 5555aaaa5555aaaa 0 f
fadd d3, d0, d1|0 1 7ff0000000000001 3ff0000000000000 bf6b2d646ffb726a 0|7ff8000000000001 0 5555aaaa5555aaaa 1 1
fadd d3, d0, d1|800000 4 ffefffffffffffff 0 3fd5555555555555 0|ffefffffffffffff 0 5555aaaa5555aaaa 0 4
fadd d3, d0, d1|1800000 1 8c0856a43c19c315 c0856a43c19c315 593d0e28b64f 0|8000000000000000 0 5555aaaa5555aaaa 0 1
fadd d3, d0, d1|400000 f 8ba9bd97e318ad6 88ba9bd97e318ad6 800813fbd85bbb6b 0|0 0 5555aaaa5555aaaa 0 f
fadd d3, d0, d1|400000 e 8010000000000000 400921fb54442d18 10000000000001 0|400921fb54442d18 0 5555aaaa5555aaaa 10 e
fadd d3, d0, d1|0 5 fff4000000000abc 403f95fe060c8804 1be5ee4731bbc41 0|fffc000000000abc 0 5555aaaa5555aaaa 1 5
fadd d3, d0, d1|800000 1 a70828a72f7dba08 a70828a72f7dba0a 7fb1be4a2b54af77 0|a71828a72f7dba09 0 5555aaaa5555aaaa 0 1
fadd d3, d0, d1|800000 3 fd34f06ed252a617 3f3b48bb0c9c20ef 8aa1a59c5f6a35d9 0|fd34f06ed252a617 0 5555aaaa5555aaaa 10 3
fadd d3, d0, d1|1000000 c c1e0000000200000 c3e0000000000000 3ff0000000000000 0|c3e0000000100000 0 5555aaaa5555aaaa 10 c
fadd d3, d0, d1|1000000 b 41655c0a45b669f7 bedbf168431dbc3f 468fbec9a360c 0|41655c0a45b65bfe 0 5555aaaa5555aaaa 10 b
fadd d3, d0, d1|800000 b 773afe02f4ef6142 4086e106e9de0479 427023a82ed51b12 0|773afe02f4ef6142 0 5555aaaa5555aaaa 10 b
fadd d3, d0, d1|3000000 f 7fdc8417c8a94814 21109256862bf79 7e96d32afaf20ac0 0|7fdc8417c8a94814 0 5555aaaa5555aaaa 10 f
fadd d3, d0, d1|400000 a 10000000000001 c213bf442c564d56 4004000000000000 0|c213bf442c564d55 0 5555aaaa5555aaaa 10 a
fadd d3, d0, d1|800000 2 7f74485c911f52dc 7f74485c911f52dd 7fefffffffffffff 0|7f84485c911f52dc 0 5555aaaa5555aaaa 10 2
fadd d3, d0, d1|400000 e 406c61326564d134 c06c61326564d134 c23097a5fdaf4513 0|0 0 5555aaaa5555aaaa 0 e
fadd d3, d0, d1|400000 5 400921fb54442d18 bff0000000000000 8000000000000 0|400121fb54442d18 0 5555aaaa5555aaaa 0 5
fadd d3, d0, d1|400000 0 8001b146019f7781 2e570b55e63af16 10000000000000 0|2e570b55e63af09 0 5555aaaa5555aaaa 10 0
fadd d3, d0, d1|0 2 2f65ab4e5f2ee40d fd3103287bc71df3 65322a48cbbc6c94 0|fd3103287bc71df3 0 5555aaaa5555aaaa 10 2
fadd d3, d0, d1|800000 c 400921fb54442d18 c055b704e239d3d7 dd3f400604a99e63 0|c054edf50797b26f 0 5555aaaa5555aaaa 10 c
fadd d3, d0, d1|2800000 e 18120f8f1261642 6c7b31e22814c437 fff0000000000000 0|6c7b31e22814c437 0 5555aaaa5555aaaa 10 e
fadd d3, d0, d1|2400000 8 fff4000000000abc bcc5eef9ed5ec904 5912e2558d6c0 0|7ff8000000000000 0 5555aaaa5555aaaa 1 8
fadd d3, d0, d1|1c00000 a caca003cce0843c2 40ed658c206c2856 c250da9f5084c63f 0|caca003cce0843c1 0 5555aaaa5555aaaa 10 a
fadd d3, d0, d1|1800000 6 3eed8aa79d5ee2f9 3eed8aa79d5ee2f8 10000000000000 0|3efd8aa79d5ee2f8 0 5555aaaa5555aaaa 10 6
fadd d3, d0, d1|800000 d 8000a857314df386 becd6948aafb4294 997a20be63cc537b 0|becd6948aafb4295 0 5555aaaa5555aaaa 10 d
fadd d3, d0, d1|c00000 d 43f0000000000000 1d9e6fb00e5e813 406c37907262b8a9 0|43f0000000000000 0 5555aaaa5555aaaa 10 d
fadd d3, d0, d1|800000 1 20e27c17112ed1df 20e27c17112ed1de c290a6fba8376dcd 0|20f27c17112ed1de 0 5555aaaa5555aaaa 10 1
fadd d3, d0, d1|400000 4 fffffffffffff 800fffffffffffff fff8000000012345 0|0 0 5555aaaa5555aaaa 0 4
fadd d3, d0, d1|400000 7 41f0000000000000 408d0ccee7b227e9 80915aaf4110b8bc 0|41f000003a199dd0 0 5555aaaa5555aaaa 10 7
fadd d3, d0, d1|1c00000 5 43e0000000000000 800fffffffffffff efb82825a2f65e36 0|43e0000000000000 0 5555aaaa5555aaaa 80 5
fsub s3, s0, s1|1000000 e c0200000 4f000000 48c2bef4 0|cf000000 0 5555aaaa5555aaaa 10 e
fsub s3, s0, s1|800000 4 c2a1e376 c2a1e376 61d7230 0|80000000 0 5555aaaa5555aaaa 0 4
fsub s3, s0, s1|c00000 6 c15dd436 3f800000 3fc00000 0|c16dd436 0 5555aaaa5555aaaa 0 6
fsub s3, s0, s1|c00000 3 800000 812d6f69 85e9251c 0|16d6f69 0 5555aaaa5555aaaa 0 3
fsub s3, s0, s1|800000 d bf000000 bf000001 3bb9b58d 0|33800000 0 5555aaaa5555aaaa 0 d
fsub s3, s0, s1|0 0 7fffff 7fffff c69fcec0 0|0 0 5555aaaa5555aaaa 0 0
fsub s3, s0, s1|2c00000 a bf800000 374e6af9 83cdd5a9 0|bf800067 0 5555aaaa5555aaaa 10 a
fsub s3, s0, s1|0 7 4cde3e5a fc44ea7f cf000000 0|7c44ea7f 0 5555aaaa5555aaaa 10 7
fsub s3, s0, s1|c00000 4 7fc00000 3f800000 7f7fffff 0|7fc00000 0 5555aaaa5555aaaa 0 4
fsub s3, s0, s1|c00000 3 3d8aef14 3d8aef16 bd78ebdc 0|b2800000 0 5555aaaa5555aaaa 0 3
fsub s3, s0, s1|400000 c c83c1858 87d69991 3fc900ea 0|c83c1857 0 5555aaaa5555aaaa 10 c
fsub s3, s0, s1|1000000 b 30da7a3 3683f38b 3f800000 0|b683f38b 0 5555aaaa5555aaaa 10 b
fsub s3, s0, s1|1000000 1 d14bb7f5 d14bb7f4 c30db5f9 0|c5800000 0 5555aaaa5555aaaa 0 1
fsub s3, s0, s1|800000 4 b9e99b93 b9e99b92 21f59868 0|ae000000 0 5555aaaa5555aaaa 0 4
fsub s3, s0, s1|2000000 9 ee1addc8 4f000000 c73cf047 0|ee1addc8 0 5555aaaa5555aaaa 10 9
fsub s3, s0, s1|1000000 4 4144d945 b4a4c002 0 0|4144d945 0 5555aaaa5555aaaa 10 4
fsub s3, s0, s1|1400000 9 cbf93e3f c6cbd8d6 d4f3318e 0|cbf90b48 0 5555aaaa5555aaaa 10 9
fsub s3, s0, s1|0 6 b58a5a5c fdb9ba32 720c2dd3 0|7db9ba32 0 5555aaaa5555aaaa 10 6
fsub s3, s0, s1|800000 5 4d9aa696 4d9aa696 86baff08 0|80000000 0 5555aaaa5555aaaa 0 5
fsub s3, s0, s1|400000 3 8dc1a43e 3b48bb c5ffd933 0|8dc1a43e 0 5555aaaa5555aaaa 10 3
fsub s3, s0, s1|1800000 9 f3da0159 bbdc9646 80800000 0|f3da0159 0 5555aaaa5555aaaa 10 9
fsub s3, s0, s1|800000 c 7fc00000 7fc00000 ff812345 0|7fc00000 0 5555aaaa5555aaaa 0 c
fsub s3, s0, s1|c00000 c 7fc00000 4f800000 33ae330 0|7fc00000 0 5555aaaa5555aaaa 0 c
fsub s3, s0, s1|c00000 9 f0de7ea9 bdae9f93 cf000000 0|f0de7ea8 0 5555aaaa5555aaaa 10 9
fsub s3, s0, s1|c00000 3 c6ed1ce2 46ed1ce2 f759aee7 0|c76d1ce2 0 5555aaaa5555aaaa 0 3
fsub s3, s0, s1|0 c cf000000 cf000002 c7efbe3a 0|44000000 0 5555aaaa5555aaaa 0 c
fsub s3, s0, s1|0 8 3f458cd1 807fffff fe1a3cd8 0|3f458cd1 0 5555aaaa5555aaaa 10 8
fsub s3, s0, s1|1000000 5 8757991e 40200000 5d535c 0|c0200000 0 5555aaaa5555aaaa 10 5
fsub s3, s0, s1|400000 6 7f800000 6ba8f8ee 761cba08 0|7f800000 0 5555aaaa5555aaaa 0 6
fsub s3, s0, s1|2400000 b 2a1edb8c 7f800000 bd3c0d63 0|ff800000 0 5555aaaa5555aaaa 0 b
fsub s3, s0, s1|800000 a 7dff8179 fdff8179 fdece2be 0|7e7f8179 0 5555aaaa5555aaaa 0 a
fsub s3, s0, s1|2c00000 7 ce311752 2dd234 40490fdb 0|ce311752 0 5555aaaa5555aaaa 10 7
fsub s3, s0, s1|2800000 8 40ed5e78 15d4e7c2 c1645b5f 0|40ed5e77 0 5555aaaa5555aaaa 10 8
fsub s3, s0, s1|400000 2 7f800000 356d5591 df000000 0|7f800000 0 5555aaaa5555aaaa 0 2
fsub s3, s0, s1|2c00000 b ff800000 cb260587 400000 0|ff800000 0 5555aaaa5555aaaa 0 b
fsub s3, s0, s1|400000 e 5f800000 df800000 8ea4dc66 0|60000000 0 5555aaaa5555aaaa 0 e
fsub s3, s0, s1|c00000 4 0 3eaaaaab 90048542 0|beaaaaab 0 5555aaaa5555aaaa 0 4
fsub s3, s0, s1|2800000 e 3cd18a8e a5826fb2 3f800000 0|3cd18a8e 0 5555aaaa5555aaaa 10 e
fsub s3, s0, s1|800000 d c1d6023d 3ddbed75 207c9f6c 0|c1d6de2b 0 5555aaaa5555aaaa 10 d
fsub s3, s0, s1|800000 5 73b610d4 bf800000 4269f330 0|73b610d4 0 5555aaaa5555aaaa 10 5
fsub d3, d0, d1|0 c 10000000000001 512d1313b259a f90619621a9d3 0|aed2ecec4da67 0 5555aaaa5555aaaa 0 c
fsub d3, d0, d1|0 a cb91cbe92f48d21 19705ee1bc6b08b c004000000000000 0|cb91cbe92f48d21 0 5555aaaa5555aaaa 10 a
fsub d3, d0, d1|0 6 28a2330aac0a780 2c84fe81c33ea73e 800fffffffffffff 0|ac84fe81c33ea73e 0 5555aaaa5555aaaa 10 6
fsub d3, d0, d1|0 7 238191e9d2969d35 238191e9d2969d35 41d5187b08c401a1 0|0 0 5555aaaa5555aaaa 0 7
fsub d3, d0, d1|400000 3 eb2b50b5b21a30cc 6b2b50b5b21a30cc feb8c7e869942abd 0|eb3b50b5b21a30cc 0 5555aaaa5555aaaa 0 3
fsub d3, d0, d1|400000 7 fff8000000012345 fff8000000012344 c004000000000000 0|fff8000000012345 0 5555aaaa5555aaaa 0 7
fsub d3, d0, d1|800000 6 80025119db01b9f2 80025119db01b9f2 82002eb2082f1a43 0|8000000000000000 0 5555aaaa5555aaaa 0 6
fsub d3, d0, d1|400000 5 c260f4da9be4078c c260f4da9be4078c 2a9dcad47f8fa 0|0 0 5555aaaa5555aaaa 0 5
fsub d3, d0, d1|0 b 73e7c95dc9472c59 c304ad9f557985e0 41dfffffffe00000 0|73e7c95dc9472c59 0 5555aaaa5555aaaa 10 b
fsub d3, d0, d1|400000 6 f9f4886c6db63aed 419604eaaf507de3 fd4524f8006e6da2 0|f9f4886c6db63aed 0 5555aaaa5555aaaa 10 6
fsub d3, d0, d1|0 5 40c2402ed54ea035 c31461af25a1ba53 c2ec6ec6af447cf2 0|431461af25a24c54 0 5555aaaa5555aaaa 10 5
fsub d3, d0, d1|2c00000 0 c00c116dc9a61015 8004f3973be98937 42d41364ed0e4528 0|c00c116dc9a61014 0 5555aaaa5555aaaa 10 0
fsub d3, d0, d1|800000 c bf065ef83b9d226a bf065ef83b9d226b 10000000000000 0|3bc0000000000000 0 5555aaaa5555aaaa 0 c
fsub d3, d0, d1|1000000 7 db611f7584685b61 3ff0000000000000 4171b2a9ddca8b0c 0|db611f7584685b61 0 5555aaaa5555aaaa 10 7
fsub d3, d0, d1|800000 3 9b6d4eb584fb1f3f 3ff0000000000000 10000000000001 0|bff0000000000001 0 5555aaaa5555aaaa 10 3
fsub d3, d0, d1|2400000 f bfe0000000000000 800f6a5d9bd541eb 3ff0000000000000 0|bfdfffffffffffff 0 5555aaaa5555aaaa 10 f
fsub d3, d0, d1|1000000 b 43e0000000000000 426d8799f27c07f5 43465bbca3ccb0a4 0|43dfffffc4f0cc1b 0 5555aaaa5555aaaa 10 b
fsub d3, d0, d1|0 5 7f0d985972c6a297 7fefffffffffffff 3fef114209e3c3c3 0|ffefff899e9a34e4 0 5555aaaa5555aaaa 10 5
fsub d3, d0, d1|400000 0 4098369ec94fc1ab 800fc44ec2fb7bc3 2511741219dedb49 0|4098369ec94fc1ac 0 5555aaaa5555aaaa 10 0
fsub d3, d0, d1|0 e 7ef41cb75f26f21f 7b3756985ffee55e 3d0b8c4370fe98a0 0|7ef41cb75f26f21f 0 5555aaaa5555aaaa 10 e
fsub d3, d0, d1|0 6 d534ced7c5da0 43e0000000000000 42118d42f53c77bf 0|c3e0000000000000 0 5555aaaa5555aaaa 10 6
fsub d3, d0, d1|2c00000 2 3bdfae68d2b41d4f 5db44741a0d09c62 8010000000000000 0|ddb44741a0d09c61 0 5555aaaa5555aaaa 10 2
fsub d3, d0, d1|1000000 7 41d3f2b7696a8617 3ff8000000000000 7db516cd1bf702d8 0|41d3f2b7690a8617 0 5555aaaa5555aaaa 0 7
fsub d3, d0, d1|1c00000 1 3ec49469d5d50f76 8000000000000 4093d19cff828a31 0|3ec49469d5d50f76 0 5555aaaa5555aaaa 80 1
fsub d3, d0, d1|0 7 400921fb54442d18 8000000000000000 57459cec81feaf2b 0|400921fb54442d18 0 5555aaaa5555aaaa 0 7
fsub d3, d0, d1|2400000 8 43e0000000000000 43e0000000000001 800fffffffffffff 0|c0a0000000000000 0 5555aaaa5555aaaa 0 8
fsub d3, d0, d1|400000 b fff0000000000000 c27461d8c2e33943 7ff0000000000001 0|fff0000000000000 0 5555aaaa5555aaaa 0 b
fsub d3, d0, d1|1c00000 d 4330000000000001 ea8f3be0b8be7212 41f0000000000000 0|6a8f3be0b8be7212 0 5555aaaa5555aaaa 10 d
fsub d3, d0, d1|2c00000 5 aa5d0df3c49ba 800fffffffffffff 3df984b0932df074 0|1aa5d0df3c49b9 0 5555aaaa5555aaaa 0 5
fsub d3, d0, d1|0 7 d10878d03ea65dd8 510878d03ea65dd8 befdf7004aa27976 0|d11878d03ea65dd8 0 5555aaaa5555aaaa 0 7
fsub d3, d0, d1|1000000 d fff0000000000000 800fffffffffffff 3fd5555555555555 0|fff0000000000000 0 5555aaaa5555aaaa 80 d
fsub d3, d0, d1|c00000 1 d65b604872863 d65b604872861 b793be67180a3de7 0|2 0 5555aaaa5555aaaa 0 1
fsub d3, d0, d1|0 2 fff8000000012345 7ff0000000000001 80f7649392a5bc52 0|7ff8000000000001 0 5555aaaa5555aaaa 1 2
fsub d3, d0, d1|800000 c 9a5075c3d6f81129 7c9d6ac63d895a43 d7d0912a6f824b44 0|fc9d6ac63d895a44 0 5555aaaa5555aaaa 10 c
fsub d3, d0, d1|3800000 0 4330000000000001 41f0000000000000 3fe0000000000000 0|432ffffe00000002 0 5555aaaa5555aaaa 0 0
fsub d3, d0, d1|1000000 f 8138e9663366a311 fceefdafff5c859d cf2c39e40bf895d7 0|7ceefdafff5c859d 0 5555aaaa5555aaaa 10 f
fsub d3, d0, d1|2800000 4 3ff8000000000000 7c8037fb8532b56c a175b0ef36bf211 0|fc8037fb8532b56c 0 5555aaaa5555aaaa 10 4
fsub d3, d0, d1|0 b 3b88a92971a80e9 3f721a1682fa5847 c1c49ce793cce111 0|bf721a1682fa5847 0 5555aaaa5555aaaa 10 b
fsub d3, d0, d1|800000 8 91f7442cb1e0ae35 43f0000000000000 43e0000000000000 0|c3f0000000000001 0 5555aaaa5555aaaa 10 8
fsub d3, d0, d1|1800000 7 556b29dd3e046328 556b29dd3e04632a 7dff3bb6dca332df 0|d230000000000000 0 5555aaaa5555aaaa 0 7
fmul s3, s0, s1|0 5 80000000 7f800000 8631a649 0|7fc00000 0 5555aaaa5555aaaa 1 5
fmul s3, s0, s1|1c00000 c f2ad1d38 807fffff 8e6d9a05 0|0 0 5555aaaa5555aaaa 80 c
fmul s3, s0, s1|c00000 2 bb48892 800f0887 f67649bc 0|80000000 0 5555aaaa5555aaaa 18 2
fmul s3, s0, s1|1800000 a 4024df3f 2d2d96 8e2b86b8 0|0 0 5555aaaa5555aaaa 80 a
fmul s3, s0, s1|400000 5 45266725 45266727 434a714a 0|4ad853de 0 5555aaaa5555aaaa 10 5
fmul s3, s0, s1|c00000 8 e91b5531 38a0d696 f54f5be7 0|e2432ee5 0 5555aaaa5555aaaa 10 8
fmul s3, s0, s1|400000 e 32433b55 5f800000 66a0f7da 0|52433b55 0 5555aaaa5555aaaa 0 e
fmul s3, s0, s1|0 f 70ae8c01 807f8100 bae6d81 0|b1added2 0 5555aaaa5555aaaa 10 f
fmul s3, s0, s1|0 0 3fc00000 ff1404e7 b89813ed 0|ff5e075a 0 5555aaaa5555aaaa 10 0
fmul s3, s0, s1|400000 3 81005b10 b0d1937a 8f01f9f9 0|1 0 5555aaaa5555aaaa 18 3
fmul s3, s0, s1|3000000 1 800001 f98f8d5b c0200000 0|ba8f8d5c 0 5555aaaa5555aaaa 10 1
fmul s3, s0, s1|800000 0 f7e67029 0 36ad4ac9 0|80000000 0 5555aaaa5555aaaa 0 0
fmul s3, s0, s1|0 9 42188814 62ba641a 800000 0|655e1d06 0 5555aaaa5555aaaa 10 9
fmul s3, s0, s1|800000 7 3f800000 1 e61c32c0 0|1 0 5555aaaa5555aaaa 0 7
fmul s3, s0, s1|3400000 c b91f1842 b27927c b636d53e 0|84d047b7 0 5555aaaa5555aaaa 10 c
fmul s3, s0, s1|2800000 6 1f42572 43c7e058 55c38305 0|63e9f10 0 5555aaaa5555aaaa 10 6
fmul s3, s0, s1|3400000 5 4effffff 739e5bbd 47754001 0|7f800000 0 5555aaaa5555aaaa 14 5
fmul s3, s0, s1|800000 2 800001 48b8be56 cb811a3c 0|9b8be57 0 5555aaaa5555aaaa 10 2
fmul s3, s0, s1|800000 f f559ea6b 56ddfb8 21859a18 0|bb4a7c75 0 5555aaaa5555aaaa 10 f
fmul s3, s0, s1|1c00000 c beb3bb35 83c1aae7 ff7fffff 0|307f81f 0 5555aaaa5555aaaa 10 c
fmul s3, s0, s1|800000 1 0 160684b7 7e54d4f3 0|0 0 5555aaaa5555aaaa 0 1
fmul s3, s0, s1|c00000 6 40490fdb 3fc00000 5f000000 0|4096cbe4 0 5555aaaa5555aaaa 10 6
fmul s3, s0, s1|2800000 6 3f96940f 4effffff 459fcc42 0|4f16940e 0 5555aaaa5555aaaa 10 6
fmul s3, s0, s1|c00000 2 ff7fffff be5b360d 6995aef 0|7e5b360c 0 5555aaaa5555aaaa 10 2
fmul s3, s0, s1|2400000 f 395bbaaa 395bbaaa 40735649 0|333c98e7 0 5555aaaa5555aaaa 10 f
fmul s3, s0, s1|800000 7 c6f15fe1 46f15fe1 6c37f5f 0|ce6395aa 0 5555aaaa5555aaaa 10 7
fmul s3, s0, s1|2400000 c c5411bb7 400000 830aa30d 0|85c11bb7 0 5555aaaa5555aaaa 0 c
fmul s3, s0, s1|1000000 f c8a16eeb 7fa00000 bec59f8c 0|7fe00000 0 5555aaaa5555aaaa 1 f
fmul s3, s0, s1|2800000 e 40490fdb 3fc00000 845883e4 0|4096cbe4 0 5555aaaa5555aaaa 10 e
fmul s3, s0, s1|2c00000 d 8048192e ffc12345 47cca1a7 0|7fc00000 0 5555aaaa5555aaaa 0 d
fmul s3, s0, s1|2800000 1 4f000000 b1c0cc9 ff7fffff 0|1a9c0cc9 0 5555aaaa5555aaaa 0 1
fmul s3, s0, s1|800000 1 77fa10a3 501625b fad5cbf0 0|3d7cc4ea 0 5555aaaa5555aaaa 10 1
fmul s3, s0, s1|2800000 b 3fc00000 3d64560d 34d059ec 0|3dab4089 0 5555aaaa5555aaaa 10 b
fmul s3, s0, s1|1400000 8 6320cd 2527b6fa 1 0|0 0 5555aaaa5555aaaa 80 8
fmul s3, s0, s1|3800000 d 9de64869 2f3e3319 75c68b90 0|8dab17b5 0 5555aaaa5555aaaa 10 d
fmul s3, s0, s1|1000000 a ff067852 44bff09a 80265861 0|ff800000 0 5555aaaa5555aaaa 14 a
fmul s3, s0, s1|0 0 5f000000 3f800000 3d1bf071 0|5f000000 0 5555aaaa5555aaaa 0 0
fmul s3, s0, s1|2400000 d 125323 bf800000 701204a 0|80125323 0 5555aaaa5555aaaa 0 d
fmul s3, s0, s1|c00000 8 df000000 c248a456 ff800000 0|61c8a456 0 5555aaaa5555aaaa 0 8
fmul s3, s0, s1|800000 4 4567d3b3 c1cdf895 79d4081c 0|c7ba85a3 0 5555aaaa5555aaaa 10 4
fmul d3, d0, d1|400000 3 42115d01b0fcebae 43e0000000000000 81b6576b70fd7c45 0|46015d01b0fcebae 0 5555aaaa5555aaaa 0 3
fmul d3, d0, d1|1c00000 3 d65aadcb7695e 7ff8000000000000 ffefffffffffffff 0|7ff8000000000000 0 5555aaaa5555aaaa 80 3
fmul d3, d0, d1|0 f fffffffffffff bf268746d9fe527d bd8b6f0581da248e 0|800000b43a36cff3 0 5555aaaa5555aaaa 18 f
fmul d3, d0, d1|3400000 6 41af5c4bf7cc4516 c004000000000000 c6b2a5f94cc14 0|c1c399af7adfab2d 0 5555aaaa5555aaaa 10 6
fmul d3, d0, d1|400000 d 80075af4368fee32 7ff0000000000001 1673db88e37d169a 0|7ff8000000000001 0 5555aaaa5555aaaa 1 d
fmul d3, d0, d1|1c00000 5 416d76adbed4c56e bc6f2945c37c7dbe 35bcbc5835fd313 0|bdecb0f89b5f15c4 0 5555aaaa5555aaaa 10 5
fmul d3, d0, d1|0 7 41e0000000000000 3ece904cece43166 3e7d691c0572d077 0|40be904cece43166 0 5555aaaa5555aaaa 0 7
fmul d3, d0, d1|2800000 4 ffefffffffffffff 400921fb54442d18 c1824ed0d611a50d 0|fff0000000000000 0 5555aaaa5555aaaa 14 4
fmul d3, d0, d1|0 d 7cb7316126a391d7 38d17bf9ed3e976 82772d69d8593f6f 0|405515f66ab146d8 0 5555aaaa5555aaaa 10 d
fmul d3, d0, d1|2c00000 5 96d756e0218408e5 41293b9054d49c9b 5a8aec9feffa41eb 0|981267508c3ca752 0 5555aaaa5555aaaa 10 5
fmul d3, d0, d1|800000 8 9bd172c1fc848f79 fff4000000000abc 626a145cd7f08 0|fffc000000000abc 0 5555aaaa5555aaaa 1 8
fmul d3, d0, d1|800000 4 bbe18626c55a8a05 bbe18626c55a8a05 818f04afcbf4923b 0|37d331772d2804c2 0 5555aaaa5555aaaa 10 4
fmul d3, d0, d1|1800000 f 4420f799559d0d59 4420f799559d0d58 428e4ea45e066b6b 0|4851fe2a3f2ae2d2 0 5555aaaa5555aaaa 10 f
fmul d3, d0, d1|3800000 4 c22720d767acde5e 4d6ac110c5b894fa bf04d2e624d10dbf 0|cfa3563936b909ba 0 5555aaaa5555aaaa 10 4
fmul d3, d0, d1|2c00000 d bfe949a54de27deb 5b62d31977c67cc2 c1ede496b8a0e328 0|db5dc07d6bf1a435 0 5555aaaa5555aaaa 10 d
fmul d3, d0, d1|1000000 a bea2a20fc22c8317 1072aac664a7421 400921fb54442d18 0|8000000000000000 0 5555aaaa5555aaaa 8 a
fmul d3, d0, d1|0 a bee12cd4144d8e2c c31b8115575648d1 8000000000000 0|420d863638bd4c27 0 5555aaaa5555aaaa 10 a
fmul d3, d0, d1|c00000 5 41e0000000000000 4269c1af67c2e91c fd1165290ba38a2b 0|4459c1af67c2e91c 0 5555aaaa5555aaaa 0 5
fmul d3, d0, d1|3800000 d be9ecdfb0696f541 fcce6b2ea7729aa0 9d2cfac66a464913 0|7b7d4848fed5b0db 0 5555aaaa5555aaaa 10 d
fmul d3, d0, d1|400000 d 4330000000000001 d06365b9bb6b7 89e5ae6258177641 0|34a0c6cb7376d70 0 5555aaaa5555aaaa 10 d
fmul d3, d0, d1|c00000 8 9e618f36bdb79e57 c004000000000000 8004f2b3a5b5deea 0|1e75f3046d2585ec 0 5555aaaa5555aaaa 10 8
fmul d3, d0, d1|1400000 8 812198be79cba469 812198be79cba468 beb225739fe7be99 0|0 0 5555aaaa5555aaaa 8 8
fmul d3, d0, d1|c00000 e 800deef02d6c005b 800deef02d6c0059 ff77fba5dc1e2282 0|0 0 5555aaaa5555aaaa 18 e
fmul d3, d0, d1|3400000 a 3e9ce87410c09ab5 1a60410906f7b90 602524a9eb4c14e3 0|53e37bd0bb4b0e 0 5555aaaa5555aaaa 10 a
fmul d3, d0, d1|400000 f 5ab3a3b3bc364 5ab3a3b3bc366 814ca73c91cc46da 0|1 0 5555aaaa5555aaaa 18 f
fmul d3, d0, d1|1800000 b df41fd737c4d18cd 4109c39baeca3c2e 81d35b6ac83c86b7 0|e05cf7f46d89d1ee 0 5555aaaa5555aaaa 10 b
fmul d3, d0, d1|400000 1 dd2cefb86f4f9cbd dd2cefb86f4f9cbf 344d7e4e95f1525 0|7a6a2a8691f10919 0 5555aaaa5555aaaa 10 1
fmul d3, d0, d1|c00000 9 eb2302dea464b625 eb2302dea464b624 80009b2103ee5c50 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 9
fmul d3, d0, d1|1c00000 8 41e0000000000000 fff8000000012345 10000000000001 0|fff8000000012345 0 5555aaaa5555aaaa 0 8
fmul d3, d0, d1|3000000 3 c4187a991cc3d47f f50da5457f0b528b 403f7ae1da69ca88 0|7936ad881117294c 0 5555aaaa5555aaaa 10 3
fmul d3, d0, d1|c00000 a 7ff0000000000000 7ff0000000000000 8004467b5cd40003 0|7ff0000000000000 0 5555aaaa5555aaaa 0 a
fmul d3, d0, d1|1000000 2 7f58a3d35179d507 26b76d36f9125b64 e1b5c16662aa8b8f 0|662209d83e9a9870 0 5555aaaa5555aaaa 10 2
fmul d3, d0, d1|c00000 0 c366080fbae11516 c011dbd0a9d6587c 3ff0000000000000 0|4388973e6085d875 0 5555aaaa5555aaaa 10 0
fmul d3, d0, d1|400000 6 ff0003d193e497b7 da7d30bba5b74b73 97a0928957a4c6e5 0|7ff0000000000000 0 5555aaaa5555aaaa 14 6
fmul d3, d0, d1|c00000 5 3f0f9d6a64bdfac1 8288b067cc1cf866 fed7928ad74d396e 0|81a86458210f2a9f 0 5555aaaa5555aaaa 10 5
fmul d3, d0, d1|1c00000 2 4330000000000001 4330000000000000 43e0000000000000 0|4670000000000001 0 5555aaaa5555aaaa 0 2
fmul d3, d0, d1|0 6 bed619a6526c2b5b d1596b40dd15d50d 276258c768f77840 0|50418e1c8084f90a 0 5555aaaa5555aaaa 10 6
fmul d3, d0, d1|400000 8 7e2ff38e4a5e3677 fe2ff38e4a5e3677 3e2ae2040183f138 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 8
fmul d3, d0, d1|800000 8 3ea336b18e6326ba ffefffffffffffff 800fffffffffffff 0|fea336b18e6326ba 0 5555aaaa5555aaaa 10 8
fmul d3, d0, d1|800000 9 bfe0000000000000 10000000000001 3f8f55796c53461d 0|8008000000000001 0 5555aaaa5555aaaa 18 9
fdiv s3, s0, s1|1800000 4 ab04a87 7c21dd a5ef82fc 0|7f800000 0 5555aaaa5555aaaa 82 4
fdiv s3, s0, s1|c00000 8 807fffff c2881c0e 85b906bd 0|1e17e 0 5555aaaa5555aaaa 18 8
fdiv s3, s0, s1|c00000 7 dccac dccac 793e021d 0|3f800000 0 5555aaaa5555aaaa 0 7
fdiv s3, s0, s1|2c00000 c be5ec701 800001 3fc00000 0|fd5ec6ff 0 5555aaaa5555aaaa 10 c
fdiv s3, s0, s1|2800000 b 7f800000 7f800001 3f000000 0|7fc00000 0 5555aaaa5555aaaa 1 b
fdiv s3, s0, s1|2800000 2 873416ed bba905c4 84aa024f 0|b08618a 0 5555aaaa5555aaaa 10 2
fdiv s3, s0, s1|c00000 d a9f8ef91 c3c167d2 b8a746c1 0|25a4c04a 0 5555aaaa5555aaaa 10 d
fdiv s3, s0, s1|1800000 5 807fffff 400000 40dadd2a 0|7fc00000 0 5555aaaa5555aaaa 81 5
fdiv s3, s0, s1|400000 4 8108a87f 909f4e3a 3f9c1ee0 0|2fdb9b32 0 5555aaaa5555aaaa 10 4
fdiv s3, s0, s1|0 d 76f06452 76f06453 a3a76e4e 0|3f7fffff 0 5555aaaa5555aaaa 10 d
fdiv s3, s0, s1|1400000 8 7fffff 3fc592 3fc00000 0|7fc00000 0 5555aaaa5555aaaa 81 8
fdiv s3, s0, s1|800000 a 7fc00000 339dd91e 80067095 0|7fc00000 0 5555aaaa5555aaaa 0 a
fdiv s3, s0, s1|800000 3 de40af76 7f800001 df000000 0|7fc00001 0 5555aaaa5555aaaa 1 3
fdiv s3, s0, s1|800000 0 420ee3c3 d75fc88a 800000 0|aa2375ea 0 5555aaaa5555aaaa 10 0
fdiv s3, s0, s1|400000 1 800001 800003 66c06d97 0|3f7ffffd 0 5555aaaa5555aaaa 10 1
fdiv s3, s0, s1|1000000 9 856406d2 ee093f2b 46a3d700 0|0 0 5555aaaa5555aaaa 8 9
fdiv s3, s0, s1|400000 0 806c3650 c08425cf 82137bc6 0|1a3435 0 5555aaaa5555aaaa 18 0
fdiv s3, s0, s1|400000 c 4f000000 4f000000 c8ba3cdf 0|3f800000 0 5555aaaa5555aaaa 0 c
fdiv s3, s0, s1|1800000 2 40200000 749fb97 42dd22c7 0|784aca21 0 5555aaaa5555aaaa 10 2
fdiv s3, s0, s1|0 4 d7a0b70c 57a0b70c 80800000 0|bf800000 0 5555aaaa5555aaaa 0 4
fdiv s3, s0, s1|2400000 b f8994ea9 7fffff 7f800001 0|ff7fffff 0 5555aaaa5555aaaa 14 b
fdiv s3, s0, s1|2c00000 6 3dd82fcf 600160 7f7fffff 0|7d101dce 0 5555aaaa5555aaaa 10 6
fdiv s3, s0, s1|1000000 f 471df105 471df107 692285 0|3f7ffffd 0 5555aaaa5555aaaa 10 f
fdiv s3, s0, s1|1c00000 6 8de12bfd ebbc8d79 3eaaaaab 0|0 0 5555aaaa5555aaaa 8 6
fdiv s3, s0, s1|0 f 40200000 2995ea3 c1dab355 0|7d058898 0 5555aaaa5555aaaa 10 f
fdiv s3, s0, s1|2800000 d c77d98e2 c77d98e2 800804a3 0|3f800000 0 5555aaaa5555aaaa 0 d
fdiv s3, s0, s1|0 e 4a9872 3fc00000 f858ca73 0|31baf7 0 5555aaaa5555aaaa 18 e
fdiv s3, s0, s1|1000000 f bc37b898 a3c77506 8041a84f 0|57ebcd93 0 5555aaaa5555aaaa 10 f
fdiv s3, s0, s1|800000 c be1ebbcb 3e1ebbcb c45aee47 0|bf800000 0 5555aaaa5555aaaa 0 c
fdiv s3, s0, s1|c00000 e 4b000001 7da675ce 42fbf47 0|cc4da17 0 5555aaaa5555aaaa 10 e
fdiv s3, s0, s1|c00000 2 55dde866 f6042b38 ff800000 0|9f56e891 0 5555aaaa5555aaaa 10 2
fdiv s3, s0, s1|c00000 d 400000 76aa94a4 3c1cb298 0|0 0 5555aaaa5555aaaa 18 d
fdiv s3, s0, s1|800000 7 bd6da9cd bd6da9cc 1 0|3f800000 0 5555aaaa5555aaaa 10 7
fdiv s3, s0, s1|800000 8 c7554310 edb98114 554996 0|19132735 0 5555aaaa5555aaaa 10 8
fdiv s3, s0, s1|2800000 7 a9420dfe 80301c48 b8f41ead 0|6901129c 0 5555aaaa5555aaaa 10 7
fdiv s3, s0, s1|1c00000 b bac7594f 4fa75b43 80137e47 0|aa987807 0 5555aaaa5555aaaa 10 b
fdiv s3, s0, s1|1400000 a ff7fffff ff7ffffd 5f000000 0|3f800002 0 5555aaaa5555aaaa 10 a
fdiv s3, s0, s1|800000 b fa681a14 1595f16e c33f1a62 0|ff800000 0 5555aaaa5555aaaa 14 b
fdiv s3, s0, s1|2800000 2 3fc00000 c82c7287 47e75a32 0|b70e8357 0 5555aaaa5555aaaa 10 2
fdiv s3, s0, s1|800000 9 db1ed98 3da2dc59 f197ca14 0|f8bd797 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|1800000 2 fdf78f97f6ae5b5b 10000000000000 c21d64cb805248a7 0|fff0000000000000 0 5555aaaa5555aaaa 14 2
fdiv d3, d0, d1|1000000 c 2b5cdc96442a535 cf9c687830b58 fff8000000012345 0|7ff0000000000000 0 5555aaaa5555aaaa 82 c
fdiv d3, d0, d1|2000000 b fece2c9a3e4de2ac 7ff8000000000000 80069a8ed40c72f7 0|7ff8000000000000 0 5555aaaa5555aaaa 0 b
fdiv d3, d0, d1|2800000 c fff8000000012345 f0bb0d77412bc 8006664e577c9316 0|7ff8000000000000 0 5555aaaa5555aaaa 0 c
fdiv d3, d0, d1|c00000 9 c2aab5e769e44cec 3f956b6f368aa4b2 3c792e70da186174 0|c303f3c1fb1838c2 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|1800000 e 7ff0000000000001 7fefffffffffffff bbeee251d22bb1c5 0|7ff8000000000001 0 5555aaaa5555aaaa 1 e
fdiv d3, d0, d1|0 5 800466b7e5718e7d 800466b7e5718e7d 435e7653368c880a 0|3ff0000000000000 0 5555aaaa5555aaaa 0 5
fdiv d3, d0, d1|1000000 9 41e0000000000000 4004000000000000 3fc72197fa2e7c76 0|41c999999999999a 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|1400000 d 8010000000000000 41dfffffffe00000 c3037c5b3af44d47 0|8000000000000000 0 5555aaaa5555aaaa 8 d
fdiv d3, d0, d1|0 9 2e81320cf8f0358 43e0000000000000 3ff8000000000000 0|604c833e4 0 5555aaaa5555aaaa 18 9
fdiv d3, d0, d1|0 3 ff0545538812e7d2 430743756e6b8fe6 c3730d41746428d9 0|fbed424a3f01cf98 0 5555aaaa5555aaaa 10 3
fdiv d3, d0, d1|800000 8 4330000000000001 8000000000000 800c5f81325d0ff4 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 8
fdiv d3, d0, d1|800000 b c360409eb831f873 10000000000000 dd126c13d5e0e3d3 0|fff0000000000000 0 5555aaaa5555aaaa 14 b
fdiv d3, d0, d1|800000 1 152cd81bd471475 1bdbae21b50afce c004000000000000 0|3f843d08cd030cd5 0 5555aaaa5555aaaa 10 1
fdiv d3, d0, d1|400000 f 3f5903c0873ec0fe 43f0000000000000 ffefffffffffffff 0|3b5903c0873ec0fe 0 5555aaaa5555aaaa 0 f
fdiv d3, d0, d1|2000000 0 419cfd6a29345945 3f9034bd2368cc1b 4340000000000001 0|41fc9f12d5983f17 0 5555aaaa5555aaaa 10 0
fdiv d3, d0, d1|1400000 0 bf152c81dbc7d319 e2a3eae58f40e8d4 a3b420cac4d8bfa3 0|1c61025a71bc8dca 0 5555aaaa5555aaaa 10 0
fdiv d3, d0, d1|2000000 b 43320515e0aa77f9 42295e5c927255fb c20114b7c2fe2bd7 0|40f6baf467f0febd 0 5555aaaa5555aaaa 10 b
fdiv d3, d0, d1|1400000 c bf3b1290783570c3 bfae8b5f1e4ee42c 100fd6fd61b6b402 0|3f7c5cd64b9db0f0 0 5555aaaa5555aaaa 10 c
fdiv d3, d0, d1|2400000 f bd0d9a24720b0 bd0d9a24720b1 3e8776ec09beaac5 0|3feffffffffffffe 0 5555aaaa5555aaaa 10 f
fdiv d3, d0, d1|1800000 9 2504aa377c94af2 2504aa377c94af3 80018b92b5c14d53 0|3feffffffffffffe 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|2c00000 4 be8d9f641277a33a fff0000000000000 828a95480de2836e 0|0 0 5555aaaa5555aaaa 0 4
fdiv d3, d0, d1|0 9 d464c2ff76051 836bc4cca66a37d2 3fe0000000000000 0|bc8e98394b3aae00 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|c00000 2 7fefffffffffffff bf45e1a316fc0872 3fd5555555555555 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 2
fdiv d3, d0, d1|0 c 1332e142fcb2e 10000000000000 449c233cea997260 0|3fb332e142fcb2e0 0 5555aaaa5555aaaa 0 c
fdiv d3, d0, d1|1400000 4 ae4d0ab8d2e5b 3fe0000000000000 3fff157d9e6472a3 0|0 0 5555aaaa5555aaaa 80 4
fdiv d3, d0, d1|1800000 d 61dde521530cd6a8 bfe0000000000000 c004000000000000 0|e1ede521530cd6a8 0 5555aaaa5555aaaa 0 d
fdiv d3, d0, d1|800000 e 5738f44b055b61a7 41f0000000000000 3e8c5608c53a1252 0|5538f44b055b61a7 0 5555aaaa5555aaaa 0 e
fdiv d3, d0, d1|400000 2 41e0000000000000 5dfbf1d1564294c4 fff8000000012345 0|23d2526c5135b2da 0 5555aaaa5555aaaa 10 2
fdiv d3, d0, d1|2000000 6 c3aa1a97f7a9c172 10000000000000 0 0|fff0000000000000 0 5555aaaa5555aaaa 14 6
fdiv d3, d0, d1|400000 9 2a9b5fadafd74c37 30f5e9541d33661 10000000000000 0|677bec88e615e693 0 5555aaaa5555aaaa 10 9
fdiv d3, d0, d1|800000 a 3c603b8b8922398d 7ff0000000000000 fff8000000012345 0|0 0 5555aaaa5555aaaa 0 a
fdiv d3, d0, d1|0 3 40e68b076510672b 7e2d510b529befff 43f0000000000000 0|2a89b440d257811 0 5555aaaa5555aaaa 10 3
fdiv d3, d0, d1|0 a 1216e88e7a6b16a 1216e88e7a6b168 7c8fb925d63cff69 0|3ff0000000000002 0 5555aaaa5555aaaa 10 a
fdiv d3, d0, d1|2800000 c 0 2 416b8ff08acc654c 0|0 0 5555aaaa5555aaaa 0 c
fdiv d3, d0, d1|1000000 4 fd5eea84617a5581 7d5eea84617a5581 c195d878da672fe3 0|bff0000000000000 0 5555aaaa5555aaaa 0 4
fdiv d3, d0, d1|c00000 7 40c78fb807864f96 40c78fb807864f96 7dfdfe0eb62657f5 0|3ff0000000000000 0 5555aaaa5555aaaa 0 7
fdiv d3, d0, d1|1000000 8 1e4998710f8af936 3ff8000000000000 3d34589f781b5a4b 0|1e41104b5fb1fb79 0 5555aaaa5555aaaa 10 8
fdiv d3, d0, d1|1000000 3 800dec679c73d109 800dec679c73d10b bef8583e3d5f6d33 0|7ff8000000000000 0 5555aaaa5555aaaa 81 3
fdiv d3, d0, d1|3800000 7 3f8ce862130e2d07 bf8ce862130e2d07 43e0000000000000 0|bff0000000000000 0 5555aaaa5555aaaa 0 7
fmax s3, s0, s1|1800000 2 32d7ecd3 8052ffb5 3fc00000 0|32d7ecd3 0 5555aaaa5555aaaa 80 2
fmax s3, s0, s1|3c00000 1 b86dbc8d bcd991ef 3f000000 0|b86dbc8d 0 5555aaaa5555aaaa 0 1
fmax s3, s0, s1|1400000 a 23f6ce00 414aa9ab 7f800000 0|414aa9ab 0 5555aaaa5555aaaa 0 a
fmax s3, s0, s1|1c00000 3 bf000000 da6fc85f 3dcf8425 0|bf000000 0 5555aaaa5555aaaa 0 3
fmax s3, s0, s1|0 b 39eda348 c10410f4 57d99f71 0|39eda348 0 5555aaaa5555aaaa 0 b
fmax s3, s0, s1|1000000 8 0 7f7fffff 43919fc8 0|7f7fffff 0 5555aaaa5555aaaa 0 8
fmax s3, s0, s1|400000 4 c7915045 eb61fc1 df000000 0|eb61fc1 0 5555aaaa5555aaaa 0 4
fmax s3, s0, s1|400000 4 5f800000 cf000000 37f3b51d 0|5f800000 0 5555aaaa5555aaaa 0 4
fmax s3, s0, s1|1c00000 9 c741a385 c741a387 42b7ce9d 0|c741a385 0 5555aaaa5555aaaa 0 9
fmax s3, s0, s1|400000 7 80800000 f4d03405 b4074e6b 0|80800000 0 5555aaaa5555aaaa 0 7
fmax s3, s0, s1|2400000 c bf000000 bf000002 8071e3c2 0|bf000000 0 5555aaaa5555aaaa 0 c
fmax s3, s0, s1|1800000 c c433558f be2f7691 30a6ba 0|be2f7691 0 5555aaaa5555aaaa 0 c
fmax s3, s0, s1|0 a ff7fffff 40200000 5f000000 0|40200000 0 5555aaaa5555aaaa 0 a
fmax s3, s0, s1|0 b 8afd1e20 b455e37c 16741f 0|8afd1e20 0 5555aaaa5555aaaa 0 b
fmax s3, s0, s1|2800000 5 1dfd0b39 c06af2f8 b9fbb071 0|1dfd0b39 0 5555aaaa5555aaaa 0 5
fmax s3, s0, s1|3000000 4 3f000000 b8196271 c834c4d9 0|3f000000 0 5555aaaa5555aaaa 0 4
fmax s3, s0, s1|2000000 1 80800000 80800000 80800000 0|80800000 0 5555aaaa5555aaaa 0 1
fmax s3, s0, s1|0 5 85b71280 4ab16734 7a95693a 0|4ab16734 0 5555aaaa5555aaaa 0 5
fmax s3, s0, s1|c00000 d 7f800000 362bbcc7 c5068f5e 0|7f800000 0 5555aaaa5555aaaa 0 d
fmax s3, s0, s1|400000 c 7f800000 394b0921 df000000 0|7f800000 0 5555aaaa5555aaaa 0 c
fmax s3, s0, s1|800000 3 6f7b1165 807fffff 3a6b834a 0|6f7b1165 0 5555aaaa5555aaaa 0 3
fmax s3, s0, s1|400000 9 e9ce681 8e9ce681 3fc00000 0|e9ce681 0 5555aaaa5555aaaa 0 9
fmax s3, s0, s1|800000 b a99aad0e 3c07f048 4b000001 0|3c07f048 0 5555aaaa5555aaaa 0 b
fmax s3, s0, s1|1800000 3 c64e0a8d f51e408d 80800000 0|c64e0a8d 0 5555aaaa5555aaaa 0 3
fmax s3, s0, s1|800000 1 fb27c74a 5458a5 4f800000 0|5458a5 0 5555aaaa5555aaaa 0 1
fmax s3, s0, s1|2800000 7 da2fcb35 b65ba574 b485bbb6 0|b65ba574 0 5555aaaa5555aaaa 0 7
fmax s3, s0, s1|0 4 a305d714 a305d714 c8908180 0|a305d714 0 5555aaaa5555aaaa 0 4
fmax s3, s0, s1|0 2 8511fd5b 5f000000 bf474d4 0|5f000000 0 5555aaaa5555aaaa 0 2
fmax s3, s0, s1|400000 1 c415a57e 4f800000 5a9c9e 0|4f800000 0 5555aaaa5555aaaa 0 1
fmax s3, s0, s1|2400000 6 4f800000 f4d67730 3fc00000 0|4f800000 0 5555aaaa5555aaaa 0 6
fmax s3, s0, s1|400000 d 3fc00000 bfc00000 3f77e472 0|3fc00000 0 5555aaaa5555aaaa 0 d
fmax s3, s0, s1|2400000 d bab8d943 bab8d943 5f800000 0|bab8d943 0 5555aaaa5555aaaa 0 d
fmax s3, s0, s1|800000 5 800509bc c11d2c8f bff98cc6 0|800509bc 0 5555aaaa5555aaaa 0 5
fmax s3, s0, s1|800000 4 4460ce1f 8ef5b4ea 811344b6 0|4460ce1f 0 5555aaaa5555aaaa 0 4
fmax s3, s0, s1|400000 e 800001 806909c0 1 0|800001 0 5555aaaa5555aaaa 0 e
fmax s3, s0, s1|400000 b b8e5946e c5f91bf5 c86cb2a1 0|b8e5946e 0 5555aaaa5555aaaa 0 b
fmax s3, s0, s1|1000000 7 ffc12345 ffc12345 3e2f5d17 0|ffc12345 0 5555aaaa5555aaaa 0 7
fmax s3, s0, s1|c00000 9 cd6a098f 60cbf505 a1de7fa5 0|60cbf505 0 5555aaaa5555aaaa 0 9
fmax s3, s0, s1|400000 3 c24960d9 c24960d8 6a9a1605 0|c24960d8 0 5555aaaa5555aaaa 0 3
fmax s3, s0, s1|1800000 d bad3d035 bad3d037 fb8bd1a5 0|bad3d035 0 5555aaaa5555aaaa 0 d
fmax d3, d0, d1|1400000 f 413616e72861b69b c13616e72861b69b 441df0baab1f1868 0|413616e72861b69b 0 5555aaaa5555aaaa 0 f
fmax d3, d0, d1|1400000 8 7cd0e304ec8a216d 8000000000000000 c037660082c3a711 0|7cd0e304ec8a216d 0 5555aaaa5555aaaa 0 8
fmax d3, d0, d1|3000000 7 3f9b00489a240703 3ff8000000000000 10000000000000 0|3ff8000000000000 0 5555aaaa5555aaaa 0 7
fmax d3, d0, d1|400000 e 2a598fe1b786fd39 2a598fe1b786fd38 800fffffffffffff 0|2a598fe1b786fd39 0 5555aaaa5555aaaa 0 e
fmax d3, d0, d1|0 7 4004000000000000 80045c5137412104 4297d07d0d7459d6 0|4004000000000000 0 5555aaaa5555aaaa 0 7
fmax d3, d0, d1|2c00000 5 7cf37691a3827454 fcf37691a3827454 8000000000000 0|7cf37691a3827454 0 5555aaaa5555aaaa 0 5
fmax d3, d0, d1|c00000 d fff0000000000000 7ff0000000000000 400921fb54442d18 0|7ff0000000000000 0 5555aaaa5555aaaa 0 d
fmax d3, d0, d1|0 6 78af769e46ef6b5f 81f3ba042b500e9b 43f0000000000000 0|78af769e46ef6b5f 0 5555aaaa5555aaaa 0 6
fmax d3, d0, d1|c00000 b d71c30dfb0d1ce22 771d51f326fedd16 c2e0aa9001a43782 0|771d51f326fedd16 0 5555aaaa5555aaaa 0 b
fmax d3, d0, d1|800000 c 41f4c5859ea8293e 0 438ad87b5da83a98 0|41f4c5859ea8293e 0 5555aaaa5555aaaa 0 c
fmax d3, d0, d1|1c00000 7 280a172ff1e0b949 7efe5c4322cfda57 beb52be19dcb75c2 0|7efe5c4322cfda57 0 5555aaaa5555aaaa 0 7
fmax d3, d0, d1|1800000 9 4340000000000001 f01dda3a09aa9 412a1d535526a8a9 0|4340000000000001 0 5555aaaa5555aaaa 80 9
fmax d3, d0, d1|3000000 0 4340000000000001 c340000000000001 10000000000001 0|4340000000000001 0 5555aaaa5555aaaa 0 0
fmax d3, d0, d1|2000000 8 40f382253a5d5dc1 ffefffffffffffff 7ff8000000000000 0|40f382253a5d5dc1 0 5555aaaa5555aaaa 0 8
fmax d3, d0, d1|3000000 0 427baf84dbcdb237 a12b48d817d9e65e bfe2056598d475d3 0|427baf84dbcdb237 0 5555aaaa5555aaaa 0 0
fmax d3, d0, d1|400000 a 1 1 8000000000000 0|1 0 5555aaaa5555aaaa 0 a
fmax d3, d0, d1|1400000 e 68b551536411fee5 8010000000000000 feb154170643a384 0|68b551536411fee5 0 5555aaaa5555aaaa 0 e
fmax d3, d0, d1|0 e 800a7bd4bcb78207 a7bd4bcb78207 c2693601e268609b 0|a7bd4bcb78207 0 5555aaaa5555aaaa 0 e
fmax d3, d0, d1|0 8 25c0535bf17fce58 25c0535bf17fce58 6220f122b0381cf3 0|25c0535bf17fce58 0 5555aaaa5555aaaa 0 8
fmax d3, d0, d1|2800000 2 616a091e3b600 f5bef55713350 edcf0cd4947f4d65 0|f5bef55713350 0 5555aaaa5555aaaa 0 2
fmax d3, d0, d1|c00000 9 4360118ad23cda4b c11a47a1517a5d20 9c62ecd12667d 0|4360118ad23cda4b 0 5555aaaa5555aaaa 0 9
fmax d3, d0, d1|1000000 e 3ed6d974262a5471 800e83f16a120319 fffffffffffff 0|3ed6d974262a5471 0 5555aaaa5555aaaa 80 e
fmax d3, d0, d1|1000000 5 3ff8000000000000 c1fe1f197119a975 baf6914d3dd0c 0|3ff8000000000000 0 5555aaaa5555aaaa 0 5
fmax d3, d0, d1|800000 a 7ff0000000000000 812f16db8206863a c48c22f0a5c0ec1b 0|7ff0000000000000 0 5555aaaa5555aaaa 0 a
fmax d3, d0, d1|400000 f bdc4f7a1e5ce987 adf6dcfb1dff2 4340000000000001 0|bdc4f7a1e5ce987 0 5555aaaa5555aaaa 0 f
fmax d3, d0, d1|0 e 42871dfe0883be32 14f01c03163e4f4b bec76ed337252ddf 0|42871dfe0883be32 0 5555aaaa5555aaaa 0 e
fmax d3, d0, d1|1000000 e 3f9d08fca52c8198 3f9d08fca52c819a 16c92e2db8902ae 0|3f9d08fca52c819a 0 5555aaaa5555aaaa 0 e
fmax d3, d0, d1|c00000 3 c18f7c30dad65eeb 6a945ef1192c77fe c100f79aae9740a6 0|6a945ef1192c77fe 0 5555aaaa5555aaaa 0 3
fmax d3, d0, d1|1800000 4 ffefffffffffffff fff8000000012345 81a7835978641b30 0|fff8000000012345 0 5555aaaa5555aaaa 0 4
fmax d3, d0, d1|2c00000 5 3fce2d6057c20faf 43f0000000000000 bf99510f7fa8e60c 0|43f0000000000000 0 5555aaaa5555aaaa 0 5
fmax d3, d0, d1|800000 f 75533345ee619 400921fb54442d18 90223a6a5e95ee32 0|400921fb54442d18 0 5555aaaa5555aaaa 0 f
fmax d3, d0, d1|3000000 6 800fffffffffffff 800fffffffffffff b5b2f9eff8203050 0|8000000000000000 0 5555aaaa5555aaaa 80 6
fmax d3, d0, d1|800000 1 3f24964faf2a1575 c0094a37ad9f6414 c9b0443db24e 0|3f24964faf2a1575 0 5555aaaa5555aaaa 0 1
fmax d3, d0, d1|400000 1 c1e0000000200000 96e9d028b5ca9d04 80ce7fa22de2ab7e 0|96e9d028b5ca9d04 0 5555aaaa5555aaaa 0 1
fmax d3, d0, d1|400000 8 c11f7665acc122ad c11f7665acc122af 3fe0000000000000 0|c11f7665acc122ad 0 5555aaaa5555aaaa 0 8
fmax d3, d0, d1|3400000 4 8000000000000000 c1e880649f8fe465 413eb4af5be7659b 0|8000000000000000 0 5555aaaa5555aaaa 0 4
fmax d3, d0, d1|1c00000 3 fff8000000012345 fff8000000012345 7e9c00278b288f5e 0|fff8000000012345 0 5555aaaa5555aaaa 0 3
fmax d3, d0, d1|400000 0 41f0000000000000 fff0000000000000 c1955e4a6dea3aa2 0|41f0000000000000 0 5555aaaa5555aaaa 0 0
fmax d3, d0, d1|0 5 fffffffffffff 3ff0000000000000 7d254e61c623989b 0|3ff0000000000000 0 5555aaaa5555aaaa 0 5
fmax d3, d0, d1|0 2 3f44e2b02c0d0e08 e8efc46dee77c111 fffffffffffff 0|3f44e2b02c0d0e08 0 5555aaaa5555aaaa 0 2
fmin s3, s0, s1|1c00000 8 80140af5 b8a477e3 b55fc1aa 0|b8a477e3 0 5555aaaa5555aaaa 80 8
fmin s3, s0, s1|1c00000 3 a9464550 3d7b7053 3e54b7ee 0|a9464550 0 5555aaaa5555aaaa 0 3
fmin s3, s0, s1|2800000 f 3ea21351 3ea21350 3b8adbcd 0|3ea21350 0 5555aaaa5555aaaa 0 f
fmin s3, s0, s1|3c00000 d 887663c5 cf0bb87d 103f13d2 0|cf0bb87d 0 5555aaaa5555aaaa 0 d
fmin s3, s0, s1|1000000 3 a8f4e56a a8f4e568 80099668 0|a8f4e56a 0 5555aaaa5555aaaa 0 3
fmin s3, s0, s1|c00000 8 7fa00000 7fa00000 2dfd9337 0|7fe00000 0 5555aaaa5555aaaa 1 8
fmin s3, s0, s1|1800000 0 7f7fffff 7f7ffffe abe76007 0|7f7ffffe 0 5555aaaa5555aaaa 0 0
fmin s3, s0, s1|400000 9 c9f79b2b 4427d40d 82d67e7 0|c9f79b2b 0 5555aaaa5555aaaa 0 9
fmin s3, s0, s1|800000 7 80000000 aa06360c 796290fb 0|aa06360c 0 5555aaaa5555aaaa 0 7
fmin s3, s0, s1|c00000 b c83005bd 8520debf bb2a38e3 0|c83005bd 0 5555aaaa5555aaaa 0 b
fmin s3, s0, s1|800000 6 1611087d 8053bb4c 800000 0|8053bb4c 0 5555aaaa5555aaaa 0 6
fmin s3, s0, s1|800000 d bf800000 68dd76ea c0200000 0|bf800000 0 5555aaaa5555aaaa 0 d
fmin s3, s0, s1|3c00000 4 1bcb0207 805e5994 7fc00000 0|80000000 0 5555aaaa5555aaaa 80 4
fmin s3, s0, s1|2400000 2 6b8d78e5 4035eacd ff812345 0|4035eacd 0 5555aaaa5555aaaa 0 2
fmin s3, s0, s1|800000 1 8406e625 313aaf5d 4f000000 0|8406e625 0 5555aaaa5555aaaa 0 1
fmin s3, s0, s1|2000000 a 70b08c56 802f9609 3eaaaaab 0|802f9609 0 5555aaaa5555aaaa 0 a
fmin s3, s0, s1|1800000 9 800000 80800000 807462fa 0|80800000 0 5555aaaa5555aaaa 0 9
fmin s3, s0, s1|1400000 0 348fa8e4 df000000 6a9c14be 0|df000000 0 5555aaaa5555aaaa 0 0
fmin s3, s0, s1|1800000 8 cf000000 80800000 9b7ef66 0|cf000000 0 5555aaaa5555aaaa 0 8
fmin s3, s0, s1|c00000 c fcac6705 4f800000 99598ee6 0|fcac6705 0 5555aaaa5555aaaa 0 c
fmin s3, s0, s1|1000000 3 7d4d5e df000000 b9a7c3fb 0|df000000 0 5555aaaa5555aaaa 80 3
fmin s3, s0, s1|2800000 8 0 81fe70fe eb4b3d1d 0|81fe70fe 0 5555aaaa5555aaaa 0 8
fmin s3, s0, s1|3800000 8 f2454194 4f800000 55e1f0b7 0|f2454194 0 5555aaaa5555aaaa 0 8
fmin s3, s0, s1|1c00000 3 3aaeda4d 3aaeda4f 3c356db3 0|3aaeda4d 0 5555aaaa5555aaaa 0 3
fmin s3, s0, s1|400000 7 800001 67e8d0e4 1 0|800001 0 5555aaaa5555aaaa 0 7
fmin s3, s0, s1|400000 1 3035e9 3035e8 41e68272 0|3035e8 0 5555aaaa5555aaaa 0 1
fmin s3, s0, s1|1400000 1 82c13862 48c460cb bf000000 0|82c13862 0 5555aaaa5555aaaa 0 1
fmin s3, s0, s1|2000000 d 800000 3c606655 454660e5 0|800000 0 5555aaaa5555aaaa 0 d
fmin s3, s0, s1|0 7 c812e497 c812e496 c0200000 0|c812e497 0 5555aaaa5555aaaa 0 7
fmin s3, s0, s1|1000000 0 f3513114 f3513114 4f000000 0|f3513114 0 5555aaaa5555aaaa 0 0
fmin s3, s0, s1|0 4 851a3a13 3fc6caa1 b8ddb78c 0|851a3a13 0 5555aaaa5555aaaa 0 4
fmin s3, s0, s1|1400000 b 99c5590f 99c5590d 86fa69b8 0|99c5590f 0 5555aaaa5555aaaa 0 b
fmin s3, s0, s1|2800000 0 7fc00000 4f000000 5912bc12 0|7fc00000 0 5555aaaa5555aaaa 0 0
fmin s3, s0, s1|400000 a e98ab34b e98ab34a 40200000 0|e98ab34b 0 5555aaaa5555aaaa 0 a
fmin s3, s0, s1|400000 d ff7fffff 1f0662fb 607b3998 0|ff7fffff 0 5555aaaa5555aaaa 0 d
fmin s3, s0, s1|c00000 c 3f658505 c8ccfe49 ed60b92 0|c8ccfe49 0 5555aaaa5555aaaa 0 c
fmin s3, s0, s1|2c00000 2 7160e02 7160e03 261f24bf 0|7160e02 0 5555aaaa5555aaaa 0 2
fmin s3, s0, s1|800000 3 887708a5 3871dc45 800d0b89 0|887708a5 0 5555aaaa5555aaaa 0 3
fmin s3, s0, s1|1000000 c 422f922f 7f800000 4093a22c 0|422f922f 0 5555aaaa5555aaaa 0 c
fmin s3, s0, s1|1c00000 4 3e9a5886 7f7fffff 4697588f 0|3e9a5886 0 5555aaaa5555aaaa 0 4
fmin d3, d0, d1|1800000 3 3f63934dc11d81b2 3f63934dc11d81b3 c7c3ce0f7d849a70 0|3f63934dc11d81b2 0 5555aaaa5555aaaa 0 3
fmin d3, d0, d1|c00000 a 8893a1d1ee5b5e35 6afcb2034ffe04b3 fffffffffffff 0|8893a1d1ee5b5e35 0 5555aaaa5555aaaa 0 a
fmin d3, d0, d1|400000 7 d3f512d9c37d0 d222df95e42ced14 c9200d1a931b952 0|d222df95e42ced14 0 5555aaaa5555aaaa 0 7
fmin d3, d0, d1|1400000 b 43e0000000000000 3e94245d0366973d fd0dfef4218745a8 0|3e94245d0366973d 0 5555aaaa5555aaaa 0 b
fmin d3, d0, d1|0 2 400921fb54442d18 bfe0000000000000 8003b43798e2858d 0|bfe0000000000000 0 5555aaaa5555aaaa 0 2
fmin d3, d0, d1|2c00000 a 8bbc4cba61191 bcdfedd3117171ed 4172dffcb46e2f22 0|bcdfedd3117171ed 0 5555aaaa5555aaaa 0 a
fmin d3, d0, d1|c00000 d f79d2faf7cb35dee 6f7130101b51fc5d 4017af01525f9f40 0|f79d2faf7cb35dee 0 5555aaaa5555aaaa 0 d
fmin d3, d0, d1|1c00000 2 fff8000000012345 2a63c7370c35a3b 2713e5c8483d8 0|fff8000000012345 0 5555aaaa5555aaaa 0 2
fmin d3, d0, d1|800000 6 42f6a8e20443d4fb 42f6a8e20443d4fb fd910252c3499671 0|42f6a8e20443d4fb 0 5555aaaa5555aaaa 0 6
fmin d3, d0, d1|0 d 3f8792e9cc67bd09 8000000000000000 8010000000000000 0|8000000000000000 0 5555aaaa5555aaaa 0 d
fmin d3, d0, d1|0 f 400921fb54442d18 42096026407b0a05 bff0000000000000 0|400921fb54442d18 0 5555aaaa5555aaaa 0 f
fmin d3, d0, d1|800000 b dcff70160ef36210 3fe0000000000000 10000000000000 0|dcff70160ef36210 0 5555aaaa5555aaaa 0 b
fmin d3, d0, d1|1800000 3 42a8cea24c90098a fffffffffffff 4330000000000001 0|0 0 5555aaaa5555aaaa 80 3
fmin d3, d0, d1|1000000 c 2fe4800e9ec1c47 2fe4800e9ec1c46 c3634393cd353b12 0|2fe4800e9ec1c46 0 5555aaaa5555aaaa 0 c
fmin d3, d0, d1|400000 0 ffefffffffffffff 7fefffffffffffff 7ff8000000000000 0|ffefffffffffffff 0 5555aaaa5555aaaa 0 0
fmin d3, d0, d1|1000000 0 c4549285a6747796 665aa1bc91cd01d1 bdafe189566f8630 0|c4549285a6747796 0 5555aaaa5555aaaa 0 0
fmin d3, d0, d1|400000 f 800d558a2c262874 4485b03fc811abe2 4244ffef551a465e 0|800d558a2c262874 0 5555aaaa5555aaaa 0 f
fmin d3, d0, d1|800000 f fff4000000000abc c03562917a793013 bfbb790124bddb94 0|fffc000000000abc 0 5555aaaa5555aaaa 1 f
fmin d3, d0, d1|1000000 c 10000000000000 8010000000000000 7762080261415c74 0|8010000000000000 0 5555aaaa5555aaaa 0 c
fmin d3, d0, d1|2000000 5 637fd963d911cf8 637fd963d911cf8 400921fb54442d18 0|637fd963d911cf8 0 5555aaaa5555aaaa 0 5
fmin d3, d0, d1|1400000 2 438962d9b6051ef8 c26257f18cbece32 42d440eb767ce556 0|c26257f18cbece32 0 5555aaaa5555aaaa 0 2
fmin d3, d0, d1|800000 b 80055fa8a0d3db35 c000c22f537cbe65 42809c3f1a2456d0 0|c000c22f537cbe65 0 5555aaaa5555aaaa 0 b
fmin d3, d0, d1|1400000 3 7637e7310d239 7637e7310d238 c37cf18b2cddedd6 0|0 0 5555aaaa5555aaaa 80 3
fmin d3, d0, d1|c00000 0 41dfffffffe00000 4250be95cb097eee c11382137548f2 0|41dfffffffe00000 0 5555aaaa5555aaaa 0 0
fmin d3, d0, d1|1c00000 6 8010000000000000 bee692f49616e6fd 3fd5555555555555 0|bee692f49616e6fd 0 5555aaaa5555aaaa 0 6
fmin d3, d0, d1|c00000 d 3ff0000000000000 fd206de603153062 bff0000000000000 0|fd206de603153062 0 5555aaaa5555aaaa 0 d
fmin d3, d0, d1|0 6 c1850cbf94958af7 c1850cbf94958af7 fed6025386e9094f 0|c1850cbf94958af7 0 5555aaaa5555aaaa 0 6
fmin d3, d0, d1|0 4 7cde0e4e9b0ba207 46cc48bf98a26930 177f1b93b442d1 0|46cc48bf98a26930 0 5555aaaa5555aaaa 0 4
fmin d3, d0, d1|0 4 c1be317fe9dc066e fc7a26e48d6163d0 8009f90625710713 0|fc7a26e48d6163d0 0 5555aaaa5555aaaa 0 4
fmin d3, d0, d1|c00000 3 41e0000000000000 41e0000000000002 a5ef5e90d5de2 0|41e0000000000000 0 5555aaaa5555aaaa 0 3
fmin d3, d0, d1|1800000 6 800c50b29b09336a 244e667596328de7 bf47078e3f48a74f 0|8000000000000000 0 5555aaaa5555aaaa 80 6
fmin d3, d0, d1|2000000 6 c0c5ee58ef7cf333 c0c5ee58ef7cf333 1f473efb63128 0|c0c5ee58ef7cf333 0 5555aaaa5555aaaa 0 6
fmin d3, d0, d1|3800000 c 4db8feddee3ca58b 4db8feddee3ca58a d21eb78fd64ae2dc 0|4db8feddee3ca58a 0 5555aaaa5555aaaa 0 c
fmin d3, d0, d1|1c00000 2 c09e5f9718fb936e 800a23c670228161 34aef9ab4c8d0f7 0|c09e5f9718fb936e 0 5555aaaa5555aaaa 80 2
fmin d3, d0, d1|1800000 4 9b27deb1d68afe fff8000000012345 3fd5555555555555 0|fff8000000012345 0 5555aaaa5555aaaa 0 4
fmin d3, d0, d1|0 0 d0b9ace6efee1 7cc2e0b5e13ea416 7ff0000000000000 0|d0b9ace6efee1 0 5555aaaa5555aaaa 0 0
fmin d3, d0, d1|c00000 c 4004000000000000 385734f659a191d 3fe0000000000000 0|385734f659a191d 0 5555aaaa5555aaaa 0 c
fmin d3, d0, d1|1800000 7 43f0000000000000 43f0000000000002 fff8000000012345 0|43f0000000000000 0 5555aaaa5555aaaa 0 7
fmin d3, d0, d1|3c00000 8 9f5c9613db4d8 9f5c9613db4d9 7e11a65e6522a23a 0|0 0 5555aaaa5555aaaa 80 8
fmin d3, d0, d1|800000 4 c13a42cd6048509c fff0000000000000 bfb690184ec6079a 0|fff0000000000000 0 5555aaaa5555aaaa 0 4
fmaxnm s3, s0, s1|1000000 6 c64e585b 3cf5e633 40200000 0|3cf5e633 0 5555aaaa5555aaaa 0 6
fmaxnm s3, s0, s1|1000000 b e052c478 44e0523e 5f800000 0|44e0523e 0 5555aaaa5555aaaa 0 b
fmaxnm s3, s0, s1|2000000 3 4f800000 4f000000 40aecb01 0|4f800000 0 5555aaaa5555aaaa 0 3
fmaxnm s3, s0, s1|800000 5 807dc110 7dc110 2bf838d6 0|7dc110 0 5555aaaa5555aaaa 0 5
fmaxnm s3, s0, s1|3800000 0 7d59a7 82d50166 bf800000 0|0 0 5555aaaa5555aaaa 80 0
fmaxnm s3, s0, s1|0 b 3fc00000 733ad1 33161e96 0|3fc00000 0 5555aaaa5555aaaa 0 b
fmaxnm s3, s0, s1|800000 a 42889147 c2889147 42996dc 0|42889147 0 5555aaaa5555aaaa 0 a
fmaxnm s3, s0, s1|2c00000 9 3f000000 3f000000 c26128b5 0|3f000000 0 5555aaaa5555aaaa 0 9
fmaxnm s3, s0, s1|0 0 5cd37281 892acf01 9e947304 0|5cd37281 0 5555aaaa5555aaaa 0 0
fmaxnm s3, s0, s1|800000 7 802f96ae 3b7827d1 b8accc72 0|3b7827d1 0 5555aaaa5555aaaa 0 7
fmaxnm s3, s0, s1|0 7 fc8cd81e fc8cd81f 4abfba60 0|fc8cd81e 0 5555aaaa5555aaaa 0 7
fmaxnm s3, s0, s1|1400000 7 c707d057 7f7fffff 7f800001 0|7f7fffff 0 5555aaaa5555aaaa 0 7
fmaxnm s3, s0, s1|1400000 3 807fffff 4182df3d 4effffff 0|4182df3d 0 5555aaaa5555aaaa 80 3
fmaxnm s3, s0, s1|1800000 e ff812345 3f614af0 fadffcb4 0|ffc12345 0 5555aaaa5555aaaa 1 e
fmaxnm s3, s0, s1|1800000 b 3e2a40f0 807fffff 72f7dc 0|3e2a40f0 0 5555aaaa5555aaaa 80 b
fmaxnm s3, s0, s1|c00000 1 3daec23f 3daec23d 8216ba73 0|3daec23f 0 5555aaaa5555aaaa 0 1
fmaxnm s3, s0, s1|2400000 3 7c7580c9 792a2f86 3f4dddd5 0|7c7580c9 0 5555aaaa5555aaaa 0 3
fmaxnm s3, s0, s1|1c00000 f 10bc29 785527d3 800000 0|785527d3 0 5555aaaa5555aaaa 80 f
fmaxnm s3, s0, s1|2000000 f ff7fffff 7c43739d c0200000 0|7c43739d 0 5555aaaa5555aaaa 0 f
fmaxnm s3, s0, s1|1c00000 c 4dac66ad 4b000001 eea1d994 0|4dac66ad 0 5555aaaa5555aaaa 0 c
fmaxnm s3, s0, s1|1400000 5 3fc00000 3d45dc92 40cce673 0|3fc00000 0 5555aaaa5555aaaa 0 5
fmaxnm s3, s0, s1|800000 5 2e4cb4 4a260662 45bc5cab 0|4a260662 0 5555aaaa5555aaaa 0 5
fmaxnm s3, s0, s1|1400000 9 1 1 8755ab44 0|0 0 5555aaaa5555aaaa 80 9
fmaxnm s3, s0, s1|400000 7 9852d3e4 f4c86576 3f800000 0|9852d3e4 0 5555aaaa5555aaaa 0 7
fmaxnm s3, s0, s1|0 b ff7fffff 7f7fffff e5e19979 0|7f7fffff 0 5555aaaa5555aaaa 0 b
fmaxnm s3, s0, s1|400000 c 95a13ade b833dda6 8638611 0|95a13ade 0 5555aaaa5555aaaa 0 c
fmaxnm s3, s0, s1|400000 8 ff800000 3f000000 3a71ecc4 0|3f000000 0 5555aaaa5555aaaa 0 8
fmaxnm s3, s0, s1|c00000 e 4b000001 4b000001 5f800000 0|4b000001 0 5555aaaa5555aaaa 0 e
fmaxnm s3, s0, s1|400000 d 73e0129c 1255aa 77856e92 0|73e0129c 0 5555aaaa5555aaaa 0 d
fmaxnm s3, s0, s1|400000 c 400000 1e07e064 802ac9cc 0|1e07e064 0 5555aaaa5555aaaa 0 c
fmaxnm s3, s0, s1|1c00000 8 c1b5e574 3f889180 8f9ca580 0|3f889180 0 5555aaaa5555aaaa 0 8
fmaxnm s3, s0, s1|0 9 ff800000 52c7ab7d 3f7474 0|52c7ab7d 0 5555aaaa5555aaaa 0 9
fmaxnm s3, s0, s1|400000 3 bf800000 45d63783 eeff441 0|45d63783 0 5555aaaa5555aaaa 0 3
fmaxnm s3, s0, s1|400000 e c638dfd4 4638dfd4 4f000000 0|4638dfd4 0 5555aaaa5555aaaa 0 e
fmaxnm s3, s0, s1|0 f df000000 4a0cc27a 80f6debb 0|4a0cc27a 0 5555aaaa5555aaaa 0 f
fmaxnm s3, s0, s1|0 b 3eaaaaab 1 802a528c 0|3eaaaaab 0 5555aaaa5555aaaa 0 b
fmaxnm s3, s0, s1|2800000 2 5f800000 472bd99b 3aa9388d 0|5f800000 0 5555aaaa5555aaaa 0 2
fmaxnm s3, s0, s1|400000 9 3f74c1b9 3f74c1b8 df000000 0|3f74c1b9 0 5555aaaa5555aaaa 0 9
fmaxnm s3, s0, s1|0 e 32929b 329299 657c961a 0|32929b 0 5555aaaa5555aaaa 0 e
fmaxnm s3, s0, s1|800000 2 c0200000 34f5bc05 45843616 0|34f5bc05 0 5555aaaa5555aaaa 0 2
fmaxnm d3, d0, d1|800000 d 827fc1a55614d2e2 827fc1a55614d2e2 ffefffffffffffff 0|827fc1a55614d2e2 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|2800000 9 400921fb54442d18 400921fb54442d19 c46929971d0f8a2e 0|400921fb54442d19 0 5555aaaa5555aaaa 0 9
fmaxnm d3, d0, d1|800000 6 388b561fb51d4f7 bc5474529e88 408d9013fdb9b3b2 0|388b561fb51d4f7 0 5555aaaa5555aaaa 0 6
fmaxnm d3, d0, d1|2c00000 1 800f3b4532e92779 c35b5f08a498554b 3fbfc1ab3beda32e 0|800f3b4532e92779 0 5555aaaa5555aaaa 0 1
fmaxnm d3, d0, d1|1400000 8 44e4dd6eee464dc6 44e4dd6eee464dc6 c2a4b95382b9d8cd 0|44e4dd6eee464dc6 0 5555aaaa5555aaaa 0 8
fmaxnm d3, d0, d1|2000000 d 4210abcf2a576b7a 4210abcf2a576b78 3bc2f027c82b40bd 0|4210abcf2a576b7a 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|2400000 2 bfba8b448ae2e243 800fffffffffffff 1 0|800fffffffffffff 0 5555aaaa5555aaaa 0 2
fmaxnm d3, d0, d1|2800000 1 675c186f3d78b177 167cba7ec9e48a52 bcea0b11c99d877c 0|675c186f3d78b177 0 5555aaaa5555aaaa 0 1
fmaxnm d3, d0, d1|2800000 e 68514714dd322f0e 7ff8000000000000 c1e0000000200000 0|68514714dd322f0e 0 5555aaaa5555aaaa 0 e
fmaxnm d3, d0, d1|0 5 8005f1e81ffe2b6d 8005f1e81ffe2b6f 422cfe41a70f1071 0|8005f1e81ffe2b6d 0 5555aaaa5555aaaa 0 5
fmaxnm d3, d0, d1|0 2 87d7828bb1842d4e 5b28fd2adc8951c7 8005ccd2973b418b 0|5b28fd2adc8951c7 0 5555aaaa5555aaaa 0 2
fmaxnm d3, d0, d1|c00000 f 8000000000000 8000000000001 1b3fcaaeb7a54c0 0|8000000000001 0 5555aaaa5555aaaa 0 f
fmaxnm d3, d0, d1|2c00000 6 3c3ca5db92a1a90 800609e32714c2a9 bdec255fe697ba72 0|3c3ca5db92a1a90 0 5555aaaa5555aaaa 0 6
fmaxnm d3, d0, d1|1c00000 a 4108f1824ddfd46a cc58bec9916ce 3fe0000000000000 0|4108f1824ddfd46a 0 5555aaaa5555aaaa 80 a
fmaxnm d3, d0, d1|c00000 d bb7b6d08f85d7445 8008cde3d990f1e1 41dfffffffe00000 0|8008cde3d990f1e1 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|c00000 d 36675491e88985 a7a7753f42d7e396 71d98a8c1402cba7 0|36675491e88985 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|3800000 6 7fc1fa8e69d1f9d4 7fc1fa8e69d1f9d4 c063d82a38bccf52 0|7fc1fa8e69d1f9d4 0 5555aaaa5555aaaa 0 6
fmaxnm d3, d0, d1|2800000 7 ac7bff83eb6680fb ba3fc98ec02fc 1 0|ba3fc98ec02fc 0 5555aaaa5555aaaa 0 7
fmaxnm d3, d0, d1|800000 9 3ffdc2a5a2e5b00c 25e85045687f9b 8001c7ae9a2d6525 0|3ffdc2a5a2e5b00c 0 5555aaaa5555aaaa 0 9
fmaxnm d3, d0, d1|0 9 800e24cad8067e27 800e24cad8067e27 2465e0804e2adf1b 0|800e24cad8067e27 0 5555aaaa5555aaaa 0 9
fmaxnm d3, d0, d1|1800000 b efc5a55238400d42 efc5a55238400d40 68a4efb88f25138 0|efc5a55238400d40 0 5555aaaa5555aaaa 0 b
fmaxnm d3, d0, d1|3800000 0 935f6e085bb8b 8000000000000000 f1b2ae1d0646e5bb 0|0 0 5555aaaa5555aaaa 80 0
fmaxnm d3, d0, d1|400000 7 822569a9eb8c3b6e 22569a9eb8c3b6e f543d19d24c18271 0|22569a9eb8c3b6e 0 5555aaaa5555aaaa 0 7
fmaxnm d3, d0, d1|c00000 2 40dc7c0dab762105 40dc7c0dab762105 3f2fabd2dbe1261b 0|40dc7c0dab762105 0 5555aaaa5555aaaa 0 2
fmaxnm d3, d0, d1|2800000 0 41e00bf3314a4d4f 357160c4165ef05 bfe01541b6edb7c3 0|41e00bf3314a4d4f 0 5555aaaa5555aaaa 0 0
fmaxnm d3, d0, d1|0 f 7fefffffffffffff bc91b8f93ac360c7 7ff8000000000000 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 f
fmaxnm d3, d0, d1|0 a cb93c645298e7f9e cb93c645298e7f9e 72adb873cbdebdb2 0|cb93c645298e7f9e 0 5555aaaa5555aaaa 0 a
fmaxnm d3, d0, d1|c00000 2 7fefffffffffffff 818c21c8ad1621ae 78f607dcfa065cc5 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 2
fmaxnm d3, d0, d1|400000 3 7ff8000000000000 c2f541c428e62f1d a16610f69898d22e 0|c2f541c428e62f1d 0 5555aaaa5555aaaa 0 3
fmaxnm d3, d0, d1|c00000 b c2789f486fc54b08 c2789f486fc54b09 4e61ef651231fd72 0|c2789f486fc54b08 0 5555aaaa5555aaaa 0 b
fmaxnm d3, d0, d1|400000 5 3c86e8038574cfc7 4330000000000001 401db2c7c173dd0b 0|4330000000000001 0 5555aaaa5555aaaa 0 5
fmaxnm d3, d0, d1|c00000 f 811be866521adda1 11be866521adda1 7ff8000000000000 0|11be866521adda1 0 5555aaaa5555aaaa 0 f
fmaxnm d3, d0, d1|1c00000 4 4377393db33e2f07 3ff0000000000000 4004000000000000 0|4377393db33e2f07 0 5555aaaa5555aaaa 0 4
fmaxnm d3, d0, d1|c00000 c c557fc16114eee4a c20c91f3d09324f0 c1e0000000200000 0|c20c91f3d09324f0 0 5555aaaa5555aaaa 0 c
fmaxnm d3, d0, d1|0 9 36c644d5ad11 d7a5a4dbe0a8588a fe71ed0438bbc479 0|36c644d5ad11 0 5555aaaa5555aaaa 0 9
fmaxnm d3, d0, d1|0 d 834c645d878a87a7 82939ec83b9ac33e 41dfffffffe00000 0|82939ec83b9ac33e 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|400000 e 3e801d0285270dc8 69d6efb162092 bfe0000000000000 0|3e801d0285270dc8 0 5555aaaa5555aaaa 0 e
fmaxnm d3, d0, d1|0 d 800687af3ac962e7 800687af3ac962e7 4340000000000001 0|800687af3ac962e7 0 5555aaaa5555aaaa 0 d
fmaxnm d3, d0, d1|400000 7 7ff0000000000001 c2b9eed53a38f5a0 7d5dd65ba45a6734 0|7ff8000000000001 0 5555aaaa5555aaaa 1 7
fmaxnm d3, d0, d1|800000 a 4d6031b2db2bf83f 8010000000000000 e79a262be8dbf76b 0|4d6031b2db2bf83f 0 5555aaaa5555aaaa 0 a
fminnm s3, s0, s1|c00000 5 8c1c73b3 8c1c73b1 4694852e 0|8c1c73b3 0 5555aaaa5555aaaa 0 5
fminnm s3, s0, s1|800000 0 beed9bdf 6a1c1706 3eaaaaab 0|beed9bdf 0 5555aaaa5555aaaa 0 0
fminnm s3, s0, s1|1400000 7 800000 bf000000 3490532d 0|bf000000 0 5555aaaa5555aaaa 0 7
fminnm s3, s0, s1|c00000 2 824546bf fa08cf58 7df17635 0|fa08cf58 0 5555aaaa5555aaaa 0 2
fminnm s3, s0, s1|0 6 c3239e20 43239e20 5f800000 0|c3239e20 0 5555aaaa5555aaaa 0 6
fminnm s3, s0, s1|1400000 3 ff7fffff ff812345 e4470b9 0|ffc12345 0 5555aaaa5555aaaa 1 3
fminnm s3, s0, s1|1000000 9 b1bfceff b1bfceff c0200000 0|b1bfceff 0 5555aaaa5555aaaa 0 9
fminnm s3, s0, s1|400000 f 47fb5831 f2432ed5 80362af1 0|f2432ed5 0 5555aaaa5555aaaa 0 f
fminnm s3, s0, s1|400000 7 8076918a c0e14794 7fa00000 0|c0e14794 0 5555aaaa5555aaaa 0 7
fminnm s3, s0, s1|c00000 f 3ea1fa 5a7455 40490fdb 0|3ea1fa 0 5555aaaa5555aaaa 0 f
fminnm s3, s0, s1|400000 1 7badc0ff b72775bf 3fc00000 0|b72775bf 0 5555aaaa5555aaaa 0 1
fminnm s3, s0, s1|c00000 6 46edc722 7a502091 f528e2a1 0|46edc722 0 5555aaaa5555aaaa 0 6
fminnm s3, s0, s1|0 9 400000 43aa58fb f737528a 0|400000 0 5555aaaa5555aaaa 0 9
fminnm s3, s0, s1|c00000 4 385c3483 b9733516 354fb6 0|b9733516 0 5555aaaa5555aaaa 0 4
fminnm s3, s0, s1|0 7 800000 800001 7fffff 0|800000 0 5555aaaa5555aaaa 0 7
fminnm s3, s0, s1|800000 5 84f1e747 3fc00000 39f217df 0|84f1e747 0 5555aaaa5555aaaa 0 5
fminnm s3, s0, s1|400000 4 7fa00000 ffa00000 77f567e6 0|7fe00000 0 5555aaaa5555aaaa 1 4
fminnm s3, s0, s1|3c00000 e c04c1c1e 3c74bf9b 7f800001 0|c04c1c1e 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|1000000 7 800001 490a5503 b8f6112a 0|800001 0 5555aaaa5555aaaa 0 7
fminnm s3, s0, s1|2c00000 5 ffc12345 7fc12345 451560aa 0|7fc00000 0 5555aaaa5555aaaa 0 5
fminnm s3, s0, s1|1400000 e 5f000000 bf000000 ff800000 0|bf000000 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|1800000 8 bf800000 a7125bf6 4f800000 0|bf800000 0 5555aaaa5555aaaa 0 8
fminnm s3, s0, s1|1800000 1 484117fc c84117fc 41587e58 0|c84117fc 0 5555aaaa5555aaaa 0 1
fminnm s3, s0, s1|400000 0 81655d37 81655d36 c68f25a1 0|81655d37 0 5555aaaa5555aaaa 0 0
fminnm s3, s0, s1|800000 1 0 0 7f7fffff 0|0 0 5555aaaa5555aaaa 0 1
fminnm s3, s0, s1|1000000 1 80b5ee37 80b5ee37 800000 0|80b5ee37 0 5555aaaa5555aaaa 0 1
fminnm s3, s0, s1|0 d 6620f2ee e620f2ee 80800000 0|e620f2ee 0 5555aaaa5555aaaa 0 d
fminnm s3, s0, s1|c00000 5 a4a806b c6019b37 6f4119 0|c6019b37 0 5555aaaa5555aaaa 0 5
fminnm s3, s0, s1|3800000 e 8503b9d8 76ad8237 22f3e586 0|8503b9d8 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|0 c 70cefb5c aed327d1 4f800000 0|aed327d1 0 5555aaaa5555aaaa 0 c
fminnm s3, s0, s1|c00000 e 400000 bbc9505b 7c1ead1e 0|bbc9505b 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|0 3 3f000000 3fc00000 525b13ed 0|3f000000 0 5555aaaa5555aaaa 0 3
fminnm s3, s0, s1|0 6 ed57eb14 7fa00000 80000000 0|7fe00000 0 5555aaaa5555aaaa 1 6
fminnm s3, s0, s1|1000000 f df000000 8fedaf 1da7327 0|df000000 0 5555aaaa5555aaaa 0 f
fminnm s3, s0, s1|2c00000 d aca40b0b 4effffff 7f800000 0|aca40b0b 0 5555aaaa5555aaaa 0 d
fminnm s3, s0, s1|2800000 e 833b5e84 33b5e84 3be250b0 0|833b5e84 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|c00000 e 64d937 bbbf0c47 3bbae486 0|bbbf0c47 0 5555aaaa5555aaaa 0 e
fminnm s3, s0, s1|1000000 f 3fc00000 a8727ca7 c3393f3c 0|a8727ca7 0 5555aaaa5555aaaa 0 f
fminnm s3, s0, s1|c00000 f 15f799bd ff812345 c1062702 0|ffc12345 0 5555aaaa5555aaaa 1 f
fminnm s3, s0, s1|1c00000 7 71d4de0f da019816 40200000 0|da019816 0 5555aaaa5555aaaa 0 7
fminnm d3, d0, d1|1800000 9 2c8243cfee931ae c177d2d42880ad74 4201d246ce02681f 0|c177d2d42880ad74 0 5555aaaa5555aaaa 0 9
fminnm d3, d0, d1|1c00000 8 c0402ef14129858c 8e14d5285c9154a5 3ff8000000000000 0|c0402ef14129858c 0 5555aaaa5555aaaa 0 8
fminnm d3, d0, d1|0 1 43539163d7438d43 43539163d7438d41 bfc1ab5133e7ca2b 0|43539163d7438d41 0 5555aaaa5555aaaa 0 1
fminnm d3, d0, d1|800000 6 dad3c58d46b4e7b0 4343ea7adb20555a 10000000000000 0|dad3c58d46b4e7b0 0 5555aaaa5555aaaa 0 6
fminnm d3, d0, d1|2c00000 8 c2d361ae539a89cc 7ff0000000000000 e60c38e3303c6b81 0|c2d361ae539a89cc 0 5555aaaa5555aaaa 0 8
fminnm d3, d0, d1|c00000 8 c0784b7dbd204d38 43e0000000000000 bf95a8f9f285758e 0|c0784b7dbd204d38 0 5555aaaa5555aaaa 0 8
fminnm d3, d0, d1|400000 1 7e97b3bf534f5301 c017b3d14a69ed7f 3ee7684a0fc911fc 0|c017b3d14a69ed7f 0 5555aaaa5555aaaa 0 1
fminnm d3, d0, d1|2400000 3 c02e3471a165e457 d1a91eee75cd6c59 42b7a82fb0c1c281 0|d1a91eee75cd6c59 0 5555aaaa5555aaaa 0 3
fminnm d3, d0, d1|2800000 d f1fb5830b0829e1 23340ad1e7d87bb0 beda6524fa2dec5f 0|f1fb5830b0829e1 0 5555aaaa5555aaaa 0 d
fminnm d3, d0, d1|1800000 3 6b157f54b66ac3a3 6b157f54b66ac3a1 429b428330bd740e 0|6b157f54b66ac3a1 0 5555aaaa5555aaaa 0 3
fminnm d3, d0, d1|c00000 a f02b7400ed601e41 36fcf3056ed5780b 1ed3e654888e9dcb 0|f02b7400ed601e41 0 5555aaaa5555aaaa 0 a
fminnm d3, d0, d1|1800000 e 4004000000000000 7f31cbb74bb92956 2f0fd850596c83a6 0|4004000000000000 0 5555aaaa5555aaaa 0 e
fminnm d3, d0, d1|c00000 6 8007693a2ed4612e ffefffffffffffff 7ff0000000000000 0|ffefffffffffffff 0 5555aaaa5555aaaa 0 6
fminnm d3, d0, d1|800000 5 5f9acccbeedf3380 7ff0000000000000 7ff0000000000000 0|5f9acccbeedf3380 0 5555aaaa5555aaaa 0 5
fminnm d3, d0, d1|3c00000 2 10000000000000 429f4ca83cdf65d3 dfcb50c4f7c4c6be 0|10000000000000 0 5555aaaa5555aaaa 0 2
fminnm d3, d0, d1|800000 6 c0c44dcb9da4d99b 4228c4f4aaea59d2 1f33ed9a33cf8f5f 0|c0c44dcb9da4d99b 0 5555aaaa5555aaaa 0 6
fminnm d3, d0, d1|400000 a 7ff0000000000000 fff4000000000abc 1585e3eef18670f 0|fffc000000000abc 0 5555aaaa5555aaaa 1 a
fminnm d3, d0, d1|c00000 8 bff0000000000000 7ff0000000000001 fff0000000000000 0|7ff8000000000001 0 5555aaaa5555aaaa 1 8
fminnm d3, d0, d1|0 e 6423191afb08c198 e423191afb08c198 7def09db48ce5c32 0|e423191afb08c198 0 5555aaaa5555aaaa 0 e
fminnm d3, d0, d1|1400000 6 1 bea0597363879015 436fdb931cd479c4 0|bea0597363879015 0 5555aaaa5555aaaa 80 6
fminnm d3, d0, d1|1c00000 1 fb6375d3dba18586 c004000000000000 fff8000000012345 0|fb6375d3dba18586 0 5555aaaa5555aaaa 0 1
fminnm d3, d0, d1|1400000 c c004000000000000 7e10b324aed635e9 801d8ce8e4ddb11a 0|c004000000000000 0 5555aaaa5555aaaa 0 c
fminnm d3, d0, d1|3400000 d bfa87ea75694643a c269f3b5d6fab384 41acbaba4aa5e95c 0|c269f3b5d6fab384 0 5555aaaa5555aaaa 0 d
fminnm d3, d0, d1|2c00000 c 87bbc22618ea093c 3ec97069e1d32ae6 7ff0000000000001 0|87bbc22618ea093c 0 5555aaaa5555aaaa 0 c
fminnm d3, d0, d1|c00000 1 81ef7089bbd26255 c1e0000000200000 2f16cb5e696c9fe6 0|c1e0000000200000 0 5555aaaa5555aaaa 0 1
fminnm d3, d0, d1|2400000 7 3ce8a0b886ecbc1b 80099c87ddb942b2 4004000000000000 0|80099c87ddb942b2 0 5555aaaa5555aaaa 0 7
fminnm d3, d0, d1|c00000 e fab43a3183a2816e 4d5a46a394649 41a6b6cc037b719f 0|fab43a3183a2816e 0 5555aaaa5555aaaa 0 e
fminnm d3, d0, d1|2400000 2 c270309bc56eccec 41f0000000000000 4340000000000001 0|c270309bc56eccec 0 5555aaaa5555aaaa 0 2
fminnm d3, d0, d1|2400000 5 d9e9c8a9ed0765e6 fff4000000000abc 3ff8000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 1 5
fminnm d3, d0, d1|800000 7 c0598fb0d5cb7056 4330000000000001 fff0000000000000 0|c0598fb0d5cb7056 0 5555aaaa5555aaaa 0 7
fminnm d3, d0, d1|800000 0 4330000000000001 c330000000000001 fff4000000000abc 0|c330000000000001 0 5555aaaa5555aaaa 0 0
fminnm d3, d0, d1|0 2 3bb9e6401185abc6 42487cf0133e6a26 7a44b2b1ba509 0|3bb9e6401185abc6 0 5555aaaa5555aaaa 0 2
fminnm d3, d0, d1|1000000 b 42fce53f099559bf 3f1b25be08f2412e c08d2318d1e49 0|3f1b25be08f2412e 0 5555aaaa5555aaaa 0 b
fminnm d3, d0, d1|400000 2 427c7b397e2eb209 bf17e9852bd0e4db c06aa89690a2bbe9 0|bf17e9852bd0e4db 0 5555aaaa5555aaaa 0 2
fminnm d3, d0, d1|400000 f 8000000000000000 5e70e5f2c48489f5 fdd81f8449479951 0|8000000000000000 0 5555aaaa5555aaaa 0 f
fminnm d3, d0, d1|c00000 7 26c082ad0bf2e81 4388b9fed0a47aa8 fff0000000000000 0|26c082ad0bf2e81 0 5555aaaa5555aaaa 0 7
fminnm d3, d0, d1|2800000 4 40996db6e9194eb3 209e75de5130296 f0c9dee15267c3 0|209e75de5130296 0 5555aaaa5555aaaa 0 4
fminnm d3, d0, d1|2c00000 1 bf684d76b40243b4 40de8e7a8216164b fca4dea82174e875 0|bf684d76b40243b4 0 5555aaaa5555aaaa 0 1
fminnm d3, d0, d1|400000 7 3ec8a3ddcd46a41d 40886b74bc23f618 c35373b989d5f246 0|3ec8a3ddcd46a41d 0 5555aaaa5555aaaa 0 7
fminnm d3, d0, d1|1400000 d 82101e0684bd5532 41f599df34a89e0c 4913f44b13d87099 0|82101e0684bd5532 0 5555aaaa5555aaaa 0 d
fnmul s3, s0, s1|2800000 f 8010558f cf000000 734aa3e6 0|8e82ac78 0 5555aaaa5555aaaa 0 f
fnmul s3, s0, s1|400000 c 7f7fffff 13fd385d 48fa920b 0|d3fd385d 0 5555aaaa5555aaaa 10 c
fnmul s3, s0, s1|2c00000 c b95cf756 b95cf754 4b000001 0|b33eba09 0 5555aaaa5555aaaa 10 c
fnmul s3, s0, s1|400000 4 bf000000 7fffff df000000 0|3fffff 0 5555aaaa5555aaaa 18 4
fnmul s3, s0, s1|1000000 f c849b0f9 c8318df8 f4b5f3db 0|d10be336 0 5555aaaa5555aaaa 10 f
fnmul s3, s0, s1|1000000 a 807b0b3f 404c8e01 b9a1113e 0|0 0 5555aaaa5555aaaa 80 a
fnmul s3, s0, s1|1400000 0 86e7e665 77f316c0 ffc12345 0|3f5c344d 0 5555aaaa5555aaaa 10 0
fnmul s3, s0, s1|0 3 c87d3c76 49b52878 11071dfc 0|52b333c8 0 5555aaaa5555aaaa 10 3
fnmul s3, s0, s1|1800000 3 35f62b60 ffc12345 8e66f782 0|7fc12345 0 5555aaaa5555aaaa 0 3
fnmul s3, s0, s1|800000 c 1ef51a6b 1ef51a6a b84ae11b 0|8007555c 0 5555aaaa5555aaaa 18 c
fnmul s3, s0, s1|400000 c 36437b41 fd924261 bab0145 0|745f5df5 0 5555aaaa5555aaaa 10 c
fnmul s3, s0, s1|1400000 d 8021e9df c0200000 37321964 0|80000000 0 5555aaaa5555aaaa 80 d
fnmul s3, s0, s1|800000 5 c0d819b2 1c68518 715f431e 0|327943a 0 5555aaaa5555aaaa 10 5
fnmul s3, s0, s1|0 8 80800000 4480c0 377ab930 0|0 0 5555aaaa5555aaaa 18 8
fnmul s3, s0, s1|1800000 6 5f800000 5cb9bee3 ba6ad9cf 0|fcb9bee3 0 5555aaaa5555aaaa 0 6
fnmul s3, s0, s1|1c00000 b 807fffff ea162196 bf000000 0|80000000 0 5555aaaa5555aaaa 80 b
fnmul s3, s0, s1|2400000 4 ff7fffff 400000 80608e04 0|3fffffff 0 5555aaaa5555aaaa 0 4
fnmul s3, s0, s1|400000 b b7c6321c ff800000 cf000000 0|ff800000 0 5555aaaa5555aaaa 0 b
fnmul s3, s0, s1|1000000 d 5fa3d5 5fa3d5 80800000 0|80000000 0 5555aaaa5555aaaa 80 d
fnmul s3, s0, s1|0 1 ff800000 ff800002 7f800001 0|7fc00002 0 5555aaaa5555aaaa 1 1
fnmul s3, s0, s1|1c00000 3 ac895ae 7fffff 805e441f 0|80000000 0 5555aaaa5555aaaa 80 3
fnmul s3, s0, s1|1800000 3 ba93d281 3f800000 b776b6f4 0|3a93d281 0 5555aaaa5555aaaa 0 3
fnmul s3, s0, s1|1000000 7 f3426fec 5f800000 c7ba96f5 0|7f800000 0 5555aaaa5555aaaa 14 7
fnmul s3, s0, s1|1400000 3 5f000000 40490fdb 7157ba 0|dfc90fdb 0 5555aaaa5555aaaa 0 3
fnmul s3, s0, s1|400000 0 4f800000 4f800000 c6d39a69 0|df800000 0 5555aaaa5555aaaa 0 0
fnmul s3, s0, s1|800000 c c44c65c8 ff812345 a5a46e6 0|7fc12345 0 5555aaaa5555aaaa 1 c
fnmul s3, s0, s1|800000 1 66952750 40e33163 3eaaaaab 0|e8045ea2 0 5555aaaa5555aaaa 10 1
fnmul s3, s0, s1|1400000 c 474bc331 515e8e c82bd75d 0|80000000 0 5555aaaa5555aaaa 80 c
fnmul s3, s0, s1|2000000 0 4effffff bcfa0140 bc548814 0|4c7a013f 0 5555aaaa5555aaaa 10 0
fnmul s3, s0, s1|1000000 6 1 0 858e23c8 0|80000000 0 5555aaaa5555aaaa 80 6
fnmul s3, s0, s1|1c00000 0 ffe21aaf 801710f6 7fffff 0|7fe21aaf 0 5555aaaa5555aaaa 80 0
fnmul s3, s0, s1|1c00000 9 fa308fa4 80000000 fbc6b47c 0|80000000 0 5555aaaa5555aaaa 0 9
fnmul s3, s0, s1|2400000 3 4749aad7 8032d987 77de7 0|7a03ae8 0 5555aaaa5555aaaa 10 3
fnmul s3, s0, s1|0 1 1 edd9f6a1 705f0a 0|2359f6a1 0 5555aaaa5555aaaa 0 1
fnmul s3, s0, s1|1000000 2 f1ed8ca1 807fffff 8029df66 0|80000000 0 5555aaaa5555aaaa 80 2
fnmul s3, s0, s1|1000000 7 37fc01fb 1 c57931b3 0|80000000 0 5555aaaa5555aaaa 80 7
fnmul s3, s0, s1|0 3 8073229f 8073229d c53f0dd2 0|80000000 0 5555aaaa5555aaaa 18 3
fnmul s3, s0, s1|1800000 2 800001 c0200000 f515d19d 0|1200002 0 5555aaaa5555aaaa 10 2
fnmul s3, s0, s1|2c00000 2 c3174932 4fd01d 950eb77 0|3bcaa4c 0 5555aaaa5555aaaa 10 2
fnmul s3, s0, s1|1400000 3 c35b7999 cf000000 d1fe1223 0|d2db7999 0 5555aaaa5555aaaa 0 3
fnmul d3, d0, d1|400000 b 800cccceb70c02fa 800cccceb70c02f8 55e042c87d4f1d02 0|8000000000000001 0 5555aaaa5555aaaa 18 b
fnmul d3, d0, d1|1c00000 8 f9fa6f217fd91d50 79fa6f217fd91d50 10000000000001 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 8
fnmul d3, d0, d1|1800000 9 2af525229bd233ad 3c5dfed7a2ada8c 40aca86dc7eeb08f 0|8000000000000000 0 5555aaaa5555aaaa 8 9
fnmul d3, d0, d1|c00000 3 5390274ed91fcbd6 d390274ed91fcbd6 42537dce6bda9a43 0|67304efe4426a326 0 5555aaaa5555aaaa 10 3
fnmul d3, d0, d1|800000 3 400921fb54442d18 c004000000000000 fff4000000000abc 0|401f6a7a2955385e 0 5555aaaa5555aaaa 0 3
fnmul d3, d0, d1|400000 2 84b216c1f20e2d91 42b508ff0ce93176 be8e249d0cc4cfb7 0|777c80a47f75970 0 5555aaaa5555aaaa 10 2
fnmul d3, d0, d1|3800000 9 7eb464211a7d5b89 42cb563eec5e817a c293cef49b759ea8 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 9
fnmul d3, d0, d1|1c00000 5 1fec678213766 fff8000000012345 ffefffffffffffff 0|7ff8000000012345 0 5555aaaa5555aaaa 80 5
fnmul d3, d0, d1|400000 c 41dfffffffe00000 41dfffffffe00002 800338c63721873f 0|c3cfffffffc00003 0 5555aaaa5555aaaa 10 c
fnmul d3, d0, d1|1800000 2 c29b5a628aab8 8007d56723e93232 40b60b23a6b19254 0|0 0 5555aaaa5555aaaa 80 2
fnmul d3, d0, d1|1c00000 0 ff272b6bdb94655f 7f272b6bdb94655f 42e85ea04562e650 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 0
fnmul d3, d0, d1|c00000 e 41b8dccda7e0ba4f bda6ec37ea4ad06d fff8000000012345 0|3f71cf5541aad265 0 5555aaaa5555aaaa 10 e
fnmul d3, d0, d1|800000 9 861580e19f5af 861580e19f5ad 91700525ba3ce8ee 0|8000000000000000 0 5555aaaa5555aaaa 18 9
fnmul d3, d0, d1|1c00000 9 3fca362986b22959 c53d3714d6aefc25 400921fb54442d18 0|4517ee33cb24769e 0 5555aaaa5555aaaa 10 9
fnmul d3, d0, d1|1400000 f 2fa2fcc62b5062e bea5137d7584df92 7fefffffffffffff 0|1b13f512d034885 0 5555aaaa5555aaaa 10 f
fnmul d3, d0, d1|2000000 a 41e0000000000000 c1e0000000000000 7e8d99b9a480d285 0|43d0000000000000 0 5555aaaa5555aaaa 0 a
fnmul d3, d0, d1|2800000 9 2fb134c7670cf4f 41dfffffffe00000 3ff8000000000000 0|84eb134c7655bc02 0 5555aaaa5555aaaa 10 9
fnmul d3, d0, d1|2000000 9 1 41660dbb3994870e bfe0000000000000 0|8000000000b06dda 0 5555aaaa5555aaaa 18 9
fnmul d3, d0, d1|0 f 224319a27bcfb623 8010000000000000 b528df95ba3271e2 0|0 0 5555aaaa5555aaaa 18 f
fnmul d3, d0, d1|1800000 1 fff4000000000abc c0cea9d923df972d 3ff0000000000000 0|7ffc000000000abc 0 5555aaaa5555aaaa 1 1
fnmul d3, d0, d1|c00000 c bb951213719 fff0000000000000 c0d965c45db455a9 0|7ff0000000000000 0 5555aaaa5555aaaa 0 c
fnmul d3, d0, d1|800000 6 43378722714040ae 26859298b98dcc76 4041853ddae365c2 0|a9cfb8eee38ff4da 0 5555aaaa5555aaaa 10 6
fnmul d3, d0, d1|0 4 c2c63436f573a411 41dfffffffe00000 8174eb5a09877672 0|44b63436f55d6fda 0 5555aaaa5555aaaa 10 4
fnmul d3, d0, d1|800000 7 41dfffffffe00000 c1dfffffffe00000 c258fe0fc1245f3d 0|43cfffffffc00001 0 5555aaaa5555aaaa 10 7
fnmul d3, d0, d1|0 6 80055b577a818b7b 80ef0af4b1fc0c84 f376a6195f18c 0|8000000000000000 0 5555aaaa5555aaaa 18 6
fnmul d3, d0, d1|400000 b 83cb912a5c91ad20 83cb912a5c91ad21 1e301cc29e624c23 0|8000000000000001 0 5555aaaa5555aaaa 18 b
fnmul d3, d0, d1|800000 6 c2675203ce01b088 c2675203ce01b088 800fffffffffffff 0|c4e0feb7aba2aa3a 0 5555aaaa5555aaaa 10 6
fnmul d3, d0, d1|0 8 d885a0acc84b8b85 be729af0a4b060e2 4054f626013945fc 0|d70926322919e5e9 0 5555aaaa5555aaaa 10 8
fnmul d3, d0, d1|1c00000 2 42663db4fcbe10f2 f097cd11ba0a262f 41d5dd3549e88751 0|73108ae1b7319ddf 0 5555aaaa5555aaaa 10 2
fnmul d3, d0, d1|c00000 d fff0000000000000 800a4693821c05ee fcec397f3807bea8 0|fff0000000000000 0 5555aaaa5555aaaa 0 d
fnmul d3, d0, d1|1c00000 3 c159341ab4347075 bff0000000000000 bf95c5dcfcad05d6 0|c159341ab4347075 0 5555aaaa5555aaaa 0 3
fnmul d3, d0, d1|c00000 2 c1e0000000200000 8246b696f7f281cd fdc0275e2cf04ea3 0|8436b696f81feefa 0 5555aaaa5555aaaa 10 2
fnmul d3, d0, d1|2400000 f 40331f494f825d6b 3ff0000000000000 51276448e2f19 0|c0331f494f825d6b 0 5555aaaa5555aaaa 0 f
fnmul d3, d0, d1|3000000 7 41e0000000000000 88f3a5b3ab7bae0d 3ff0000000000000 0|ae3a5b3ab7bae0d 0 5555aaaa5555aaaa 0 7
fnmul d3, d0, d1|c00000 0 3dd67084291211a5 eea483710e422d2e 41f0000000000000 0|6c8cc4fcfc0b7f30 0 5555aaaa5555aaaa 10 0
fnmul d3, d0, d1|400000 c fdf88f80ade46172 413deb796ee2b65d 153f136935c5433f 0|7f46f6c7aa4ddacc 0 5555aaaa5555aaaa 10 c
fnmul d3, d0, d1|800000 f 7fefffffffffffff 10000000000001 7ef4d9728f6b8cfd 0|c010000000000000 0 5555aaaa5555aaaa 10 f
fnmul d3, d0, d1|c00000 c 4004000000000000 41ad8519c3cf9687 22a276cb0cac06e 0|c1c273301a61be14 0 5555aaaa5555aaaa 10 c
fnmul d3, d0, d1|3000000 c bff0000000000000 c07dece67e54157e f2bd691513d1d34d 0|c07dece67e54157e 0 5555aaaa5555aaaa 0 c
fnmul d3, d0, d1|2400000 3 ff61a0c4fb7697d6 ff61a0c4fb7697d6 3d0813de72a7d7eb 0|fff0000000000000 0 5555aaaa5555aaaa 14 3
fmadd s3, s0, s1, s2|1000000 c badeb456 bf800000 7fa00000 0|7fe00000 0 5555aaaa5555aaaa 1 c
fmadd s3, s0, s1, s2|400000 f 456a401d 45ab9061 bf2ec4d9 0|4b9cfcf0 0 5555aaaa5555aaaa 10 f
fmadd s3, s0, s1, s2|400000 f 40200000 39765a4d 3b5331de 0|3b79affb 0 5555aaaa5555aaaa 10 f
fmadd s3, s0, s1, s2|3800000 0 4b000001 3841811a 21f74a66 0|43c1811b 0 5555aaaa5555aaaa 10 0
fmadd s3, s0, s1, s2|0 4 3ba4a98f fb8d7ed4 253d44 0|f7b605ef 0 5555aaaa5555aaaa 10 4
fmadd s3, s0, s1, s2|0 6 7a6ac5ae 7de4c2 4842d5c6 0|4842d5c6 0 5555aaaa5555aaaa 10 6
fmadd s3, s0, s1, s2|c00000 5 5f000000 66b77e 7f800000 0|7f800000 0 5555aaaa5555aaaa 0 5
fmadd s3, s0, s1, s2|0 4 d1f22a64 cf000000 c2722a67 0|61722a64 0 5555aaaa5555aaaa 10 4
fmadd s3, s0, s1, s2|800000 0 bf900329 7b6e5ed4 7ebe32a4 0|7ebc1a42 0 5555aaaa5555aaaa 10 0
fmadd s3, s0, s1, s2|c00000 d b7af90d6 e8f646eb 8e367f40 0|6128e5d0 0 5555aaaa5555aaaa 10 d
fmadd s3, s0, s1, s2|1000000 7 893c2c60 ff800000 8cd4586b 0|7f800000 0 5555aaaa5555aaaa 0 7
fmadd s3, s0, s1, s2|400000 f b505718a c03c9003 b4352b11 0|35adef84 0 5555aaaa5555aaaa 10 f
fmadd s3, s0, s1, s2|2c00000 8 ffc00003 7fc00000 c0200000 0|7fc00000 0 5555aaaa5555aaaa 0 8
fmadd s3, s0, s1, s2|c00000 8 d603574a bee7adfe e1123d4c 0|e1123d4b 0 5555aaaa5555aaaa 10 8
fmadd s3, s0, s1, s2|1400000 5 77b9cc19 6c3f8b78 5f000000 0|7f800000 0 5555aaaa5555aaaa 14 5
fmadd s3, s0, s1, s2|800000 c 8ca929c7 8ca929c7 3fc00000 0|3fc00000 0 5555aaaa5555aaaa 10 c
fmadd s3, s0, s1, s2|0 f 23579c9 802a8834 7f1297c5 0|7f1297c5 0 5555aaaa5555aaaa 10 f
fmadd s3, s0, s1, s2|400000 a 1a8fafa 4135e415 803b7511 0|36e4458 0 5555aaaa5555aaaa 10 a
fmadd s3, s0, s1, s2|1800000 a ff812345 4156483f b9fc84fc 0|ffc12345 0 5555aaaa5555aaaa 1 a
fmadd s3, s0, s1, s2|1800000 2 5f800000 1 c0200000 0|c0200000 0 5555aaaa5555aaaa 80 2
fmadd s3, s0, s1, s2|400000 1 43d21dbb 80578ec7 81947714 0|84920c71 0 5555aaaa5555aaaa 10 1
fmadd s3, s0, s1, s2|1000000 4 b9fb8119 f6b070af 4b000001 0|712d5776 0 5555aaaa5555aaaa 10 4
fmadd s3, s0, s1, s2|1800000 5 2e1f2f2f 61ae3987 8be9e66f 0|5058abae 0 5555aaaa5555aaaa 10 5
fmadd s3, s0, s1, s2|c00000 4 398a53ce 449b9ee4 321b66f5 0|3ea82d31 0 5555aaaa5555aaaa 10 4
fmadd s3, s0, s1, s2|1000000 2 53095f 80f4baa9 8036f05e 0|80000000 0 5555aaaa5555aaaa 80 2
fmadd s3, s0, s1, s2|1400000 e 8000008e 9317555 2ece0b4e 0|2ece0b4e 0 5555aaaa5555aaaa 80 e
fmadd s3, s0, s1, s2|800000 c 875f7772 f61740f 12f596c2 0|12f596c1 0 5555aaaa5555aaaa 10 c
fmadd s3, s0, s1, s2|3000000 b 9abee57 ff64cf47 d360636e 0|d3606381 0 5555aaaa5555aaaa 10 b
fmadd s3, s0, s1, s2|c00000 b 3 8036b953 10bed84b 0|10bed84a 0 5555aaaa5555aaaa 10 b
fmadd s3, s0, s1, s2|0 8 800000 5f000000 e1b81e02 0|e1b81e02 0 5555aaaa5555aaaa 10 8
fmadd s3, s0, s1, s2|c00000 2 a2e1820 3a4a47f7 c35f8c6d 0|c35f8c6c 0 5555aaaa5555aaaa 10 2
fmadd s3, s0, s1, s2|1800000 e cf000000 800000 0 0|90000000 0 5555aaaa5555aaaa 0 e
fmadd s3, s0, s1, s2|2c00000 6 4b01907 ba3d69d7 400000 0|1f6d2d 0 5555aaaa5555aaaa 18 6
fmadd s3, s0, s1, s2|c00000 8 3a9afbdc db2090ec aafd4ef 0|d6426a4c 0 5555aaaa5555aaaa 10 8
fmadd s3, s0, s1, s2|400000 a c52ad94b 40200000 ddedf27e 0|ddedf27e 0 5555aaaa5555aaaa 10 a
fmadd s3, s0, s1, s2|400000 d c2c12399 c32ba960 ff800000 0|ff800000 0 5555aaaa5555aaaa 0 d
fmadd s3, s0, s1, s2|0 e 3f800000 c354b5a9 3eaaaaab 0|c3546054 0 5555aaaa5555aaaa 10 e
fmadd s3, s0, s1, s2|2c00000 9 f4929f40 5f800000 7a2f2e45 0|ff7fffff 0 5555aaaa5555aaaa 14 9
fmadd s3, s0, s1, s2|c00000 7 ee7fffff 4effffff 5f000000 0|fdfffffe 0 5555aaaa5555aaaa 10 7
fmadd s3, s0, s1, s2|800000 3 80000003 72a7e2 292f7d 0|292f7c 0 5555aaaa5555aaaa 18 3
fmadd s3, s0, s1, s2|c00000 f 3fc00000 2512b5 80000000 0|379c0f 0 5555aaaa5555aaaa 18 f
fmadd s3, s0, s1, s2|c00000 7 bf800000 c7b676c1 ff800000 0|ff800000 0 5555aaaa5555aaaa 0 7
fmadd s3, s0, s1, s2|1800000 6 3f000000 f33b341a 40200000 0|f2bb341a 0 5555aaaa5555aaaa 10 6
fmadd s3, s0, s1, s2|400000 b 807c840e bf800000 807c840e 0|0 0 5555aaaa5555aaaa 0 b
fmadd s3, s0, s1, s2|1c00000 1 7fc12344 ff812345 2a8507 0|ffc12345 0 5555aaaa5555aaaa 81 1
fmadd s3, s0, s1, s2|0 e 7f800000 7f800002 ff800000 0|7fc00002 0 5555aaaa5555aaaa 1 e
fmadd s3, s0, s1, s2|800000 b bea5386b ca50f56b 7791e7c1 0|7791e7c1 0 5555aaaa5555aaaa 10 b
fmadd s3, s0, s1, s2|400000 6 cf379134 4f800000 3f379135 0|df379133 0 5555aaaa5555aaaa 10 6
fmadd s3, s0, s1, s2|400000 8 f8583194 c0145c25 aae8fa15 0|78fa94f6 0 5555aaaa5555aaaa 10 8
fmadd s3, s0, s1, s2|3c00000 1 10b0b05f 42287ad3 c83becbd 0|c83becbc 0 5555aaaa5555aaaa 10 1
fmadd s3, s0, s1, s2|400000 5 8fb6426 faf99364 c0200000 0|c475b525 0 5555aaaa5555aaaa 10 5
fmadd s3, s0, s1, s2|c00000 0 c35d0441 80593d40 3ba86497 0|3ba86497 0 5555aaaa5555aaaa 10 0
fmadd s3, s0, s1, s2|800000 f b457a253 3457a253 800001 0|a935a20f 0 5555aaaa5555aaaa 10 f
fmadd s3, s0, s1, s2|800000 8 30644d70 3787bd8e b85748a8 0|b85748a8 0 5555aaaa5555aaaa 10 8
fmadd s3, s0, s1, s2|1000000 4 c442ec02 80800000 2098aa 0|542ec02 0 5555aaaa5555aaaa 80 4
fmadd s3, s0, s1, s2|2800000 b 8540d53c 7f800000 4effffff 0|ff800000 0 5555aaaa5555aaaa 0 b
fmadd s3, s0, s1, s2|400000 3 3af683c0 401be79 bc760859 0|bc760858 0 5555aaaa5555aaaa 10 3
fmadd s3, s0, s1, s2|1400000 3 47db82c9 c1379076 800000 0|c99d665c 0 5555aaaa5555aaaa 10 3
fmadd s3, s0, s1, s2|800000 d bc232342 372bbe 7bbd3ebd 0|7bbd3ebc 0 5555aaaa5555aaaa 10 d
fmadd s3, s0, s1, s2|1400000 6 43c541d7 7f800000 e0155229 0|7f800000 0 5555aaaa5555aaaa 0 6
fmadd d3, d0, d1, d2|2c00000 c 8000000000000000 80f7346b9ba3f535 a34a128c23b21aec 0|a34a128c23b21aec 0 5555aaaa5555aaaa 0 c
fmadd d3, d0, d1, d2|1400000 5 6b667bce44538f58 69767bce442697bb c1e0000000200000 0|7ff0000000000000 0 5555aaaa5555aaaa 14 5
fmadd d3, d0, d1, d2|3800000 3 7ef96fa202fe447 7ef96fa202fe445 55238c066fd62df1 0|55238c066fd62df1 0 5555aaaa5555aaaa 10 3
fmadd d3, d0, d1, d2|1800000 4 8360000000000001 fffffffffffff 4340000000000001 0|4340000000000001 0 5555aaaa5555aaaa 80 4
fmadd d3, d0, d1, d2|0 6 3f8921b07d3edaa5 8001556c1ae16ab1 800457b36562c435 0|80045be3f500df07 0 5555aaaa5555aaaa 18 6
fmadd d3, d0, d1, d2|400000 d 4004000000000000 40f9adceae507774 3ff0000000000000 0|41100ca52cf24aa9 0 5555aaaa5555aaaa 10 d
fmadd d3, d0, d1, d2|c00000 1 411cbe839bb40e80 df7a91e058d78 feb6f3d34e029c64 0|feb6f3d34e029c63 0 5555aaaa5555aaaa 10 1
fmadd d3, d0, d1, d2|3c00000 3 3ea6d19e90d590f5 3f1b8fec6e7ea80b 3e4513c922c59651 0|3e453b182104a5c7 0 5555aaaa5555aaaa 10 3
fmadd d3, d0, d1, d2|1c00000 e 82c584050bc89b72 41be1dd6f0f682fa b12b268d94551f8d 0|b12b268d94551f8d 0 5555aaaa5555aaaa 10 e
fmadd d3, d0, d1, d2|0 d 0 2 8160059abd9495b0 0|8160059abd9495b0 0 5555aaaa5555aaaa 0 d
fmadd d3, d0, d1, d2|400000 5 4f18ea27119ee5e0 3f3e7c48e74df426 bfe0000000000000 0|4e67bc48bad8226f 0 5555aaaa5555aaaa 10 5
fmadd d3, d0, d1, d2|1800000 4 10000000000000 431eaf1157b70d7c 4212ada84529a9e3 0|4212ada84529a9e3 0 5555aaaa5555aaaa 10 4
fmadd d3, d0, d1, d2|c00000 4 3fe0000000000000 89e9833700600f4e bfe0000000000000 0|bfe0000000000000 0 5555aaaa5555aaaa 10 4
fmadd d3, d0, d1, d2|800000 6 3fd5555555555555 7ff8000000000000 4367398e1a10c305 0|7ff8000000000000 0 5555aaaa5555aaaa 0 6
fmadd d3, d0, d1, d2|400000 f 822f069592f31262 3e4313bd068e3fd4 3da05759e6bf140 0|3da05759e6bf140 0 5555aaaa5555aaaa 10 f
fmadd d3, d0, d1, d2|800000 3 3f238c028b21ba92 15899982c958625c 8010000000000000 0|14bf464e9946aaaa 0 5555aaaa5555aaaa 10 3
fmadd d3, d0, d1, d2|c00000 5 800c5e3618888f10 ffb60a8b9b77ef87 c3056a306a64d85e 0|c3056a306a64d85b 0 5555aaaa5555aaaa 10 5
fmadd d3, d0, d1, d2|1c00000 7 3b8a25eee439c 5471404839a3d9 43e0000000000000 0|43e0000000000000 0 5555aaaa5555aaaa 80 7
fmadd d3, d0, d1, d2|1000000 e 2a3686eb216ce14 7ff0000000000000 3ff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 e
fmadd d3, d0, d1, d2|1c00000 0 8000000000000000 4e21b5d7cb5ece57 7fe6333dbf26bb05 0|7fe6333dbf26bb05 0 5555aaaa5555aaaa 0 0
fmadd d3, d0, d1, d2|0 5 c861595bef4e1882 c84bc22cb2168d9c c004000000000000 0|50be19571560c18d 0 5555aaaa5555aaaa 10 5
fmadd d3, d0, d1, d2|0 2 1 3ff8000000000000 964e69e5cdd8a7db 0|964e69e5cdd8a7db 0 5555aaaa5555aaaa 10 2
fmadd d3, d0, d1, d2|400000 7 7e669d680650c615 7f517457568a88d2 4437ab6395e77223 0|7ff0000000000000 0 5555aaaa5555aaaa 14 7
fmadd d3, d0, d1, d2|2400000 1 d267a83ff97c1cb2 c0e2db7d4be6c5fc 7e1ca7d7418a942d 0|7e1ca7d7418a942e 0 5555aaaa5555aaaa 10 1
fmadd d3, d0, d1, d2|c00000 9 3ff0000000000000 81b0b58ef1bc4790 fffffffffffff 0|81b0b58eedbc4790 0 5555aaaa5555aaaa 10 9
fmadd d3, d0, d1, d2|c00000 3 1fc64327ac8bf85 c1e0000000200000 e32193d47fb90 0|83ec64327b0187e9 0 5555aaaa5555aaaa 10 3
fmadd d3, d0, d1, d2|400000 0 400921fb54442d18 c25067a257e70ecd 1 0|c269c4c5185711a3 0 5555aaaa5555aaaa 10 0
fmadd d3, d0, d1, d2|800000 4 800dfa3189426ee7 800dfa3189426ee5 5aa425973794896c 0|5aa425973794896c 0 5555aaaa5555aaaa 10 4
fmadd d3, d0, d1, d2|c00000 6 fff8000000012345 fff8000000012345 428524c533067d92 0|fff8000000012345 0 5555aaaa5555aaaa 0 6
fmadd d3, d0, d1, d2|800000 e 1ce6bbe9ca88d 5c0bc82b72eab bfd4185f37637b92 0|bfd4185f37637b92 0 5555aaaa5555aaaa 10 e
fmadd d3, d0, d1, d2|0 9 fee20b0883278fe7 fee20b0883278fe6 3fd5555555555555 0|7ff0000000000000 0 5555aaaa5555aaaa 14 9
fmadd d3, d0, d1, d2|3c00000 a 10000000000001 10000000000000 e4b98d5296d299cb 0|e4b98d5296d299ca 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|0 e f25997e67d7ab4bc 6f54d6364d1fe33a 42f3a707cedec55b 0|fff0000000000000 0 5555aaaa5555aaaa 14 e
fmadd d3, d0, d1, d2|0 9 bf00b74aff06a13e bd97769f45de5886 c156cc384c6cf842 0|c156cc384c6cf842 0 5555aaaa5555aaaa 10 9
fmadd d3, d0, d1, d2|0 f c2a7102276c082b9 25cc817bed61d1b 43dc8b02651bdc6e 0|43dc8b02651bdc6e 0 5555aaaa5555aaaa 10 f
fmadd d3, d0, d1, d2|0 4 3ff0000000000000 41e64f2006027d3a 4330000000000001 0|43300000b2790031 0 5555aaaa5555aaaa 10 4
fmadd d3, d0, d1, d2|400000 c 82795a3fe06ef74a 7e61cf49e7f708ae 16d637e304e3b49 0|c0ec3858942f5b8b 0 5555aaaa5555aaaa 10 c
fmadd d3, d0, d1, d2|c00000 1 0 95475db2626e6940 10000000000000 0|10000000000000 0 5555aaaa5555aaaa 0 1
fmadd d3, d0, d1, d2|2000000 8 673c5a9c9af58fcb ff438f5365e78d4c fff4000000000abc 0|7ff8000000000000 0 5555aaaa5555aaaa 1 8
fmadd d3, d0, d1, d2|400000 a 3f89d764c866f1d7 9d0e77dc61f357c4 10000000000000 0|9ca89ab972980f55 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|1400000 9 8a03bbec6c958e61 a03bbec6c958e61 725798509012e612 0|725798509012e612 0 5555aaaa5555aaaa 10 9
fmadd d3, d0, d1, d2|c00000 4 20b83dd021d86b8 7e857c447721d120 7ff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 4
fmadd d3, d0, d1, d2|400000 8 4281c15f58068bea 41e0000000000000 c091c15f58068be9 0|4471c15f58068bea 0 5555aaaa5555aaaa 10 8
fmadd d3, d0, d1, d2|800000 5 403be7fa73544d5c c34237a239c6878a 76c3916ef23ed 0|c38fc6022037c7e4 0 5555aaaa5555aaaa 10 5
fmadd d3, d0, d1, d2|400000 b 75a47792f7348a44 61047f864b7f380d d48ff3969ce20d90 0|7ff0000000000000 0 5555aaaa5555aaaa 14 b
fmadd d3, d0, d1, d2|1c00000 7 2c09a4268fc65e54 e869c5b05608c2b4 38fd65b7fe513c8 0|d484a6a5f97c5a58 0 5555aaaa5555aaaa 10 7
fmadd d3, d0, d1, d2|c00000 a 80004b9b67ff32fe f4073f1987000 400921fb54442d18 0|400921fb54442d17 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|800000 1 81ffb55d23fb74ad c1dfb55d23fb74af 800fffffffffffff 0|3ef6b685c6d57f7 0 5555aaaa5555aaaa 10 1
fmadd d3, d0, d1, d2|400000 d fffffffffffff 947018af35134f5c 9fc5092fe603f5f8 0|9fc5092fe603f5f8 0 5555aaaa5555aaaa 10 d
fmadd d3, d0, d1, d2|c00000 0 801f961b9234e02f 3fe0000000000000 e245fc5e49c6ec04 0|e245fc5e49c6ec04 0 5555aaaa5555aaaa 10 0
fmadd d3, d0, d1, d2|1000000 6 fff0000000000000 fff0000000000001 da6e733c012fbabe 0|fff8000000000001 0 5555aaaa5555aaaa 1 6
fmadd d3, d0, d1, d2|1c00000 2 3fe0000000000000 81cfb7ea8194d755 800bc0ceb47d50e7 0|81bfb7ea8194d755 0 5555aaaa5555aaaa 80 2
fmadd d3, d0, d1, d2|2800000 e fff0000000000000 7ff8000000000000 1 0|7ff8000000000000 0 5555aaaa5555aaaa 0 e
fmadd d3, d0, d1, d2|1800000 c 2619e491c22ed0f 3f1ead3f2999a693 833260d6b8481c63 0|833260d6b40f2aa0 0 5555aaaa5555aaaa 10 c
fmadd d3, d0, d1, d2|c00000 2 3fa574e628ea9126 c0f211104aba36c2 c073acca3f3a949f 0|c0aaaffe439738e2 0 5555aaaa5555aaaa 10 2
fmadd d3, d0, d1, d2|3800000 1 3fe0000000000000 43e0000000000000 87740d8341ee7d27 0|43cfffffffffffff 0 5555aaaa5555aaaa 10 1
fmadd d3, d0, d1, d2|800000 1 8001ea330225c9cc 3ea7ff44938cc3a4 fc6b067ce157c412 0|fc6b067ce157c413 0 5555aaaa5555aaaa 10 1
fmadd d3, d0, d1, d2|0 7 44e25d6a4815f8f0 426c26eb8a47057d c264e00788d1f440 0|476028131aa8f20c 0 5555aaaa5555aaaa 10 7
fmadd d3, d0, d1, d2|1400000 3 417d8b248a7dcd70 42603ffaa48b8a52 c1e0000000200000 0|43ee0147383def78 0 5555aaaa5555aaaa 10 3
fmadd d3, d0, d1, d2|1c00000 b ac93433ffb0b217d ac93433ffb0b217c 8009e9c3579a4065 0|193730d29d10c51a 0 5555aaaa5555aaaa 90 b
fmadd d3, d0, d1, d2|1400000 9 c344000000000000 4330000000000001 4004000000000000 0|c684000000000001 0 5555aaaa5555aaaa 10 9
fmadd d3, d0, d1, d2|1400000 f bf8a19ef9a34db74 245a74621560fbde 42b2d76c69554600 0|42b2d76c69554600 0 5555aaaa5555aaaa 10 f
fmadd d3, d0, d1, d2|3800000 b 40710c8595241a53 58cb25f6d18fce84 7cbbf8bf2ef6e40a 0|7cbbf8bf2ef6e40a 0 5555aaaa5555aaaa 10 b
fmadd d3, d0, d1, d2|2800000 a 22d02670b09bf25d a3559a0d27433f08 3f67ec98bd144dfe 0|3f67ec98bd144dfd 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|3000000 0 fe5c4b3066b3938a 82907da7e4db0266 8009cced4fe0fd9e 0|40fd2964b651d989 0 5555aaaa5555aaaa 90 0
fmadd d3, d0, d1, d2|400000 a 43d0000000000000 bfe0000000000000 43e0000000000000 0|43d8000000000000 0 5555aaaa5555aaaa 0 a
fmadd d3, d0, d1, d2|800000 b 41c316d55b4876c6 41c316d55b4876c7 bfe0000000000000 0|4396c65b4ea431d0 0 5555aaaa5555aaaa 10 b
fmadd d3, d0, d1, d2|800000 d c2a26c7db9e7b386 bb999e60f91f55d4 10000000000000 0|3e4d7fe375d4ada1 0 5555aaaa5555aaaa 10 d
fmadd d3, d0, d1, d2|400000 d 7be374ba3d052b5 43f0000000000000 83be374ba3d052b5 0|bbe374ba3d052b5 0 5555aaaa5555aaaa 10 d
fmadd d3, d0, d1, d2|800000 b 41f0000000000000 3fd5555555555555 800fffffffffffff 0|41d5555555555554 0 5555aaaa5555aaaa 10 b
fmadd d3, d0, d1, d2|800000 a 1421575d4bd6066 ad5463b5453b5 c12ab5808d40c29f 0|c12ab5808d40c29f 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|2000000 4 3e72f47359621af1 3fe0000000000000 be82f47359621af1 0|be7c6ead0613286a 0 5555aaaa5555aaaa 10 4
fmadd d3, d0, d1, d2|0 f 402fedb98c03ab2 10000000000001 c3e2fedb98c03ab0 0|c3e2fedb98c03ab0 0 5555aaaa5555aaaa 10 f
fmadd d3, d0, d1, d2|1000000 5 7f469cee07a1d3a5 c1f7df5d35ea6c09 becfb3f70cc1d293 0|fff0000000000000 0 5555aaaa5555aaaa 14 5
fmadd d3, d0, d1, d2|2800000 2 319b1ec27f3d2 319b1ec27f3d0 1 0|1 0 5555aaaa5555aaaa 18 2
fmadd d3, d0, d1, d2|1000000 9 5716418b0243 6c0f3c869ee08 3d93647be8c323d9 0|3d93647be8c323d9 0 5555aaaa5555aaaa 80 9
fmadd d3, d0, d1, d2|0 a 41f0000000000000 41f0000000000000 fedc863e0c670c06 0|fedc863e0c670c06 0 5555aaaa5555aaaa 10 a
fmadd d3, d0, d1, d2|1800000 e c2c29560f0f5d3ee 15f9dc5e9a70804f fdf6e51990176138 0|fdf6e51990176139 0 5555aaaa5555aaaa 10 e
fmadd d3, d0, d1, d2|400000 d 3c9dd14bc169260d 10000000000000 fc7dd14bc169260d 0|fc7dd14bc169260c 0 5555aaaa5555aaaa 10 d
fmadd d3, d0, d1, d2|1800000 9 ffd5555555555554 3fd5555555555555 7fefffffffffffff 0|7fec71c71c71c71b 0 5555aaaa5555aaaa 10 9
fmsub s3, s0, s1, s2|800000 4 35972a66 48c4dc04 79f6d248 0|79f6d247 0 5555aaaa5555aaaa 10 4
fmsub s3, s0, s1, s2|0 b c541e087 40200000 219880d2 0|45f258a9 0 5555aaaa5555aaaa 10 b
fmsub s3, s0, s1, s2|0 b 61bf3c9f 8573e89b ffc12345 0|ffc12345 0 5555aaaa5555aaaa 0 b
fmsub s3, s0, s1, s2|400000 1 3d2691d4 4e51a10f 421cfc33 0|cc0865cf 0 5555aaaa5555aaaa 10 1
fmsub s3, s0, s1, s2|800000 b 80000003 832a0bb5 83708539 0|8370853a 0 5555aaaa5555aaaa 10 b
fmsub s3, s0, s1, s2|1800000 b 7975e42 80800002 46975e40 0|46975e40 0 5555aaaa5555aaaa 10 b
fmsub s3, s0, s1, s2|800000 e 7f7fffff 3bfc4d 40200000 0|3f201d99 0 5555aaaa5555aaaa 10 e
fmsub s3, s0, s1, s2|2c00000 f 48c1b315 ffc12345 c5b73263 0|7fc00000 0 5555aaaa5555aaaa 0 f
fmsub s3, s0, s1, s2|1400000 1 22ca3d 3f000000 657979e2 0|657979e2 0 5555aaaa5555aaaa 80 1
fmsub s3, s0, s1, s2|0 f c3db2ed6 c0200000 5f000000 0|5f000000 0 5555aaaa5555aaaa 10 f
fmsub s3, s0, s1, s2|c00000 8 b9b7be74 b9b7be76 80800000 0|b403e1d8 0 5555aaaa5555aaaa 10 8
fmsub s3, s0, s1, s2|1800000 5 470f386e bf000000 fa82b467 0|fa82b467 0 5555aaaa5555aaaa 10 5
fmsub s3, s0, s1, s2|800000 c 84c6e3f1 bf800000 46ea5f76 0|46ea5f75 0 5555aaaa5555aaaa 10 c
fmsub s3, s0, s1, s2|400000 d 46791fc3 45c74c9c c0200000 0|ccc1f23e 0 5555aaaa5555aaaa 10 d
fmsub s3, s0, s1, s2|c00000 2 a723ff0e fb866bf5 c0200000 0|e32c3953 0 5555aaaa5555aaaa 10 2
fmsub s3, s0, s1, s2|2400000 0 1 1 88924f89 0|88924f89 0 5555aaaa5555aaaa 10 0
fmsub s3, s0, s1, s2|2000000 4 6e468d1d 6e468d1d 526c4a74 0|ff800000 0 5555aaaa5555aaaa 14 4
fmsub s3, s0, s1, s2|2000000 6 802731e6 8036b1ed 8925134 0|8925134 0 5555aaaa5555aaaa 10 6
fmsub s3, s0, s1, s2|3800000 5 408a9f9b c9a2de7f 3659e3eb 0|4ab062f6 0 5555aaaa5555aaaa 10 5
fmsub s3, s0, s1, s2|c00000 1 84b86ed0 4b86ed0 80800000 0|807fffff 0 5555aaaa5555aaaa 18 1
fmsub s3, s0, s1, s2|400000 f 585c1e 80000000 800001 0|800001 0 5555aaaa5555aaaa 0 f
fmsub s3, s0, s1, s2|400000 c 8022d40a 4effffff 3ce6ea81 0|3ce6ea82 0 5555aaaa5555aaaa 10 c
fmsub s3, s0, s1, s2|c00000 b 3f000000 471bee9b c2659a91 0|c69c6168 0 5555aaaa5555aaaa 10 b
fmsub s3, s0, s1, s2|3800000 0 7bdabcac 93bc362 347b7bae 0|c5a06ec4 0 5555aaaa5555aaaa 10 0
fmsub s3, s0, s1, s2|1400000 6 cb0606b 71f1d607 3b7d5f99 0|bf25a0da 0 5555aaaa5555aaaa 10 6
fmsub s3, s0, s1, s2|c00000 2 df000000 5f000000 807fffff 0|7e7fffff 0 5555aaaa5555aaaa 10 2
fmsub s3, s0, s1, s2|800000 0 c38da7dc bfd64a98 c3293a15 0|c420e21e 0 5555aaaa5555aaaa 10 0
fmsub s3, s0, s1, s2|c00000 b b30321a8 cf000000 fb57544b 0|fb57544b 0 5555aaaa5555aaaa 10 b
fmsub s3, s0, s1, s2|0 4 7fc12344 ffc12345 ffc12345 0|ffc12345 0 5555aaaa5555aaaa 0 4
fmsub s3, s0, s1, s2|2c00000 e 4b991ac8 47814b1a c39792b5 0|d39aa6d2 0 5555aaaa5555aaaa 10 e
fmsub s3, s0, s1, s2|0 2 fc8aa083 f37c8de0 c88c84b6 0|ff800000 0 5555aaaa5555aaaa 14 2
fmsub s3, s0, s1, s2|1c00000 9 7fc12345 3c994607 ff812345 0|ffc12345 0 5555aaaa5555aaaa 1 9
fmsub s3, s0, s1, s2|400000 7 7fc00000 ff800001 79f00e40 0|ffc00001 0 5555aaaa5555aaaa 1 7
fmsub s3, s0, s1, s2|2000000 5 92c26cbb ba2c076c 9810a9ee 0|9810a9f2 0 5555aaaa5555aaaa 10 5
fmsub s3, s0, s1, s2|1400000 5 33bb09c5 19ae88bd 88700246 0|8dff2716 0 5555aaaa5555aaaa 10 5
fmsub s3, s0, s1, s2|400000 a b68cee13 7f800001 80800000 0|7fc00001 0 5555aaaa5555aaaa 1 a
fmsub s3, s0, s1, s2|400000 6 7e00a7e2 bcffbfe4 8057d7a9 0|7b8087aa 0 5555aaaa5555aaaa 10 6
fmsub s3, s0, s1, s2|c00000 7 c3b0da45 7737152e 769c6d1b 0|7b7d4388 0 5555aaaa5555aaaa 10 7
fmsub s3, s0, s1, s2|400000 3 8d7ffa27 e3ffb9d 3eaaaaab 0|3eaaaaac 0 5555aaaa5555aaaa 10 3
fmsub s3, s0, s1, s2|800000 7 3fc00000 e414dcff bed4d152 0|645f4b7e 0 5555aaaa5555aaaa 10 7
fmsub s3, s0, s1, s2|400000 1 87cd6b1f 8ada68ca bc70c5f3 0|bc70c5f3 0 5555aaaa5555aaaa 10 1
fmsub s3, s0, s1, s2|0 4 c7645c51 46bb4b5d 4f800000 0|4fa9c4aa 0 5555aaaa5555aaaa 10 4
fmsub s3, s0, s1, s2|800000 e bedcb26 4178bf74 39cf0a4f 0|39cf0a4e 0 5555aaaa5555aaaa 10 e
fmsub s3, s0, s1, s2|0 f 4417a276 40490fdb c3411132 0|c5032906 0 5555aaaa5555aaaa 10 f
fmsub s3, s0, s1, s2|1000000 5 7fc00000 7fc00001 3a4f1e47 0|ffc00000 0 5555aaaa5555aaaa 0 5
fmsub s3, s0, s1, s2|400000 7 cf51531 7d2a4d09 4f000000 0|4eff5cf7 0 5555aaaa5555aaaa 10 7
fmsub s3, s0, s1, s2|1c00000 e df847d5c 5f000000 40047d5d 0|7f047d5c 0 5555aaaa5555aaaa 10 e
fmsub s3, s0, s1, s2|1800000 9 20e16 bcaa1bcc 62f70a 0|0 0 5555aaaa5555aaaa 80 9
fmsub s3, s0, s1, s2|1400000 8 cbbba4b3 3bbba4b3 4f800000 0|4f800114 0 5555aaaa5555aaaa 10 8
fmsub s3, s0, s1, s2|800000 f 61098e29 58a283e2 c7d8aeaa 0|fa2ea5a7 0 5555aaaa5555aaaa 10 f
fmsub s3, s0, s1, s2|c00000 6 80064f4e 41c74ad9 8660b8d4 0|8660a52e 0 5555aaaa5555aaaa 10 6
fmsub s3, s0, s1, s2|2800000 2 88551ebc bf3bbfc0 7ba95589 0|7ba95588 0 5555aaaa5555aaaa 10 2
fmsub s3, s0, s1, s2|c00000 5 3eaaaaab cf000000 bf247cac 0|4e2aaaaa 0 5555aaaa5555aaaa 10 5
fmsub s3, s0, s1, s2|400000 d c878d1ef c0dd7d1d 7fffff 0|c9d746d6 0 5555aaaa5555aaaa 10 d
fmsub s3, s0, s1, s2|0 5 4f000000 fe63d1a9 2433b29 0|7f800000 0 5555aaaa5555aaaa 14 5
fmsub s3, s0, s1, s2|1000000 d bf215306 481e1c88 bf000000 0|47c74631 0 5555aaaa5555aaaa 10 d
fmsub s3, s0, s1, s2|0 9 9ece5e68 79284f c2bfb0db 0|c2bfb0db 0 5555aaaa5555aaaa 10 9
fmsub s3, s0, s1, s2|400000 3 fd2375d2 fc82c4a8 c0200000 0|ff7fffff 0 5555aaaa5555aaaa 14 3
fmsub s3, s0, s1, s2|c00000 7 4208f3dc 4208f3de 5f000000 0|5effffff 0 5555aaaa5555aaaa 10 7
fmsub s3, s0, s1, s2|c00000 3 800001 b905b1e9 c41050d4 0|c41050d3 0 5555aaaa5555aaaa 10 3
fmsub d3, d0, d1, d2|400000 3 86ed92fad2e51 bff0000000000000 7ff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 3
fmsub d3, d0, d1, d2|c00000 7 40e86d27e9c83be5 c09ba0820328e403 8006afcffba8814f 0|4195169eb2ad73ad 0 5555aaaa5555aaaa 10 7
fmsub d3, d0, d1, d2|2800000 9 689eaa2f02f6a6f5 7fefffffffffffff a89eaa2f02f6a6f5 0|fff0000000000000 0 5555aaaa5555aaaa 14 9
fmsub d3, d0, d1, d2|c00000 c bff921fb54442d1b 400921fb54442d18 3fe0000000000000 0|4015bd3cc9be45e0 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|2400000 4 8305f6adb1efe0a9 43f0000000000000 3ee9817e72298b34 0|3ee9817e72298b35 0 5555aaaa5555aaaa 10 4
fmsub d3, d0, d1, d2|0 7 1ba6497d6dabbe9b 1cb58742856a651e bee0905a59b9d5ac 0|bee0905a59b9d5ac 0 5555aaaa5555aaaa 10 7
fmsub d3, d0, d1, d2|1400000 5 fcd39e8256d9a905 fcd39e8256d9a904 13bd2db408a5775 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 5
fmsub d3, d0, d1, d2|400000 b 1979ecbb9168254 417b6d5bde80b73c 800dc779e18f7758 0|83243eb499e970c5 0 5555aaaa5555aaaa 10 b
fmsub d3, d0, d1, d2|2400000 a 7ff8000000000000 7ff8000000000001 b6b4a8edd2a8c7c0 0|7ff8000000000000 0 5555aaaa5555aaaa 0 a
fmsub d3, d0, d1, d2|800000 1 3dc873bb64ce90a1 10000000000000 fda873bb64ce90a1 0|fda873bb64ce90a2 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|400000 0 4387c3966616ec89 4387c3966616ec8b bf61743703c8967f 0|c721a5d3a68009c5 0 5555aaaa5555aaaa 10 0
fmsub d3, d0, d1, d2|800000 a 1 1 7ff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 a
fmsub d3, d0, d1, d2|800000 5 becb45b28e57ff25 becb45b28e57ff27 fff0000000000000 0|fff0000000000000 0 5555aaaa5555aaaa 0 5
fmsub d3, d0, d1, d2|3c00000 1 12f7ebcc780fe970 bf7dbc6be74f8496 3f1390025dcceebf 0|3f1390025dcceebf 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|2000000 c c4f60c3f54723608 c2cc61c78fee6580 8005144085116e68 0|c7d38e160930baa8 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|800000 8 800524edc0755fc0 800fffffffffffff fff4000000000abc 0|fffc000000000abc 0 5555aaaa5555aaaa 1 8
fmsub d3, d0, d1, d2|1c00000 5 3ff8000000000000 bff8000000000000 e16170087fcc0995 0|e16170087fcc0994 0 5555aaaa5555aaaa 10 5
fmsub d3, d0, d1, d2|0 5 fffffffffffff ffffffffffffe 4004000000000000 0|4004000000000000 0 5555aaaa5555aaaa 10 5
fmsub d3, d0, d1, d2|1c00000 1 65ae3ae7b42f1213 6645f082d90fc0bd bf560bd0e45a56c3 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 1
fmsub d3, d0, d1, d2|3000000 f 800dff8ecf75c0d1 b73476b8d9259e08 1 0|0 0 5555aaaa5555aaaa 80 f
fmsub d3, d0, d1, d2|400000 c 7ff0000000000001 7ff0000000000000 42e261674b2e4110 0|fff8000000000001 0 5555aaaa5555aaaa 1 c
fmsub d3, d0, d1, d2|1800000 7 10000000000001 4340000000000001 c05fe4e37f652523 0|c05fe4e37f652524 0 5555aaaa5555aaaa 10 7
fmsub d3, d0, d1, d2|1000000 1 80057aa137a55864 80057aa137a55865 bf7e12f9b8d1d4d8 0|bf7e12f9b8d1d4d8 0 5555aaaa5555aaaa 80 1
fmsub d3, d0, d1, d2|2800000 c c47582dab6d3f09a 5e616c17603d180f fff4000000000abc 0|7ff8000000000000 0 5555aaaa5555aaaa 1 c
fmsub d3, d0, d1, d2|c00000 d 7da8c8576a10f8fa 3fbd8581f53cdcbd c713daf7ddd34553 0|fd76dcf488fd9b9d 0 5555aaaa5555aaaa 10 d
fmsub d3, d0, d1, d2|1800000 9 405796bb5f133833 10000000000001 359a6912c84387fc 0|359a6912c84387fb 0 5555aaaa5555aaaa 10 9
fmsub d3, d0, d1, d2|c00000 4 c2c762dad9eb3239 c2c762dad9eb3238 40a65f4ca7ca3a06 0|c5a1174bfb9197b5 0 5555aaaa5555aaaa 10 4
fmsub d3, d0, d1, d2|c00000 f fff8000000012345 bff0000000000000 800fffffffffffff 0|7ff8000000012345 0 5555aaaa5555aaaa 0 f
fmsub d3, d0, d1, d2|2800000 a 4340000000000001 4340000000000003 400921fb54442d18 0|c690000000000005 0 5555aaaa5555aaaa 10 a
fmsub d3, d0, d1, d2|0 2 c32449087d036b7f 10000000000001 9481722b65b96240 0|9481722b65b96240 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|400000 8 a2879b80c01b6fdc bd5eabf9aa94542a fd9953d66076f51d 0|fd9953d66076f51d 0 5555aaaa5555aaaa 10 8
fmsub d3, d0, d1, d2|1000000 1 40c2a67b96c1f5c4 400921fb54442d18 c0a7bf0f6dadb63f 0|c0e021cfaf0c0266 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|0 1 298f55cd159ab 2a71b5b2a99a5315 10000000000001 0|10000000000001 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|400000 6 c2b8e2945266ed16 10d01d200e9737c0 4330000000000001 0|4330000000000002 0 5555aaaa5555aaaa 10 6
fmsub d3, d0, d1, d2|2000000 8 818a0dfac10364d4 818a0dfac10364d4 7ff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 8
fmsub d3, d0, d1, d2|1000000 2 10000000000001 10000000000001 bff0000000000000 0|bff0000000000000 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|0 8 c31ec211c46cc c31ec211c46cc bfe0000000000000 0|bfe0000000000000 0 5555aaaa5555aaaa 10 8
fmsub d3, d0, d1, d2|1400000 b 628b81eff9769ccd 102efdb2e6e7cc90 4340000000000001 0|4340000000000001 0 5555aaaa5555aaaa 10 b
fmsub d3, d0, d1, d2|3800000 c 10117f042ae1321d 10117f042ae1321d bff0000000000000 0|bff0000000000001 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|c00000 1 8002fd073a806e3a 8002fd073a806e3a c0ab9b48e9d986b3 0|c0ab9b48e9d986b3 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|400000 3 bbcdf43e674d3969 3bcdf43e674d3969 d2192e77be744420 0|d2192e77be74441f 0 5555aaaa5555aaaa 10 3
fmsub d3, d0, d1, d2|400000 9 416307db17507480 3fd5555555555555 c17c8bc8a2f8aec2 0|c17fb7c27c30c22c 0 5555aaaa5555aaaa 10 9
fmsub d3, d0, d1, d2|3c00000 5 3f9396b7959e5835 ecdc157a4d89a0a a082926f377a6a64 0|a082926f377a6a64 0 5555aaaa5555aaaa 10 5
fmsub d3, d0, d1, d2|800000 5 61bebf951e460 7e3b7a0a6a8bdde5 bfecf86639e3661c 0|bfecf8663f2241a8 0 5555aaaa5555aaaa 10 5
fmsub d3, d0, d1, d2|3c00000 f 2109dc79c62f125a 7fefffffffffffff bfe0000000000000 0|e109dc79c62f1259 0 5555aaaa5555aaaa 10 f
fmsub d3, d0, d1, d2|400000 3 c1e5d6fd86ec243c 800ab380056504e7 3ee7824779b63dd9 0|3ee7824779b63dd9 0 5555aaaa5555aaaa 10 3
fmsub d3, d0, d1, d2|400000 2 aa371944c9f22be0 3ff0000000000000 10000000000001 0|2a371944c9f22be1 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|0 3 800d6803456a24fb 8f29439ca7e16e5c 1 0|1 0 5555aaaa5555aaaa 18 3
fmsub d3, d0, d1, d2|0 f 40ab8773932de9d7 be882c989cf0527c 83a7445e41240f0e 0|3f44cbf437b4dbe3 0 5555aaaa5555aaaa 10 f
fmsub d3, d0, d1, d2|3400000 8 9d7273394410a 9d72733944108 7ff8000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 80 8
fmsub d3, d0, d1, d2|2c00000 1 997288af73555bdb 997288af73555bda 4340000000000001 0|4340000000000000 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|400000 a 271c87e353e8530 523ce127c79db c26badc7e63093ad 0|c26badc7e63093ad 0 5555aaaa5555aaaa 10 a
fmsub d3, d0, d1, d2|800000 0 bff0000000000000 8000000000000 41eb69a4d4f60521 0|41eb69a4d4f60521 0 5555aaaa5555aaaa 10 0
fmsub d3, d0, d1, d2|2000000 a c21b4f99c14587e3 0 8007baca41eaf54d 0|8007baca41eaf54d 0 5555aaaa5555aaaa 0 a
fmsub d3, d0, d1, d2|1000000 d 8000000000000 b1e594a10b91e 5099f555a56233b0 0|5099f555a56233b0 0 5555aaaa5555aaaa 80 d
fmsub d3, d0, d1, d2|c00000 a 58c8afcef0403434 c5577fb0c6982b 6c0d571ad17087d2 0|6c0d571ad17087d1 0 5555aaaa5555aaaa 10 a
fmsub d3, d0, d1, d2|1800000 5 4004000000000000 1 fff0000000000000 0|fff0000000000000 0 5555aaaa5555aaaa 80 5
fmsub d3, d0, d1, d2|0 c 80828dec3b991f5b 8010000000000000 c0628dec3b991f5a 0|c0628dec3b991f5a 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|c00000 1 be8dc185a0078852 c084ddb479c6588c f1ff876a30b04e50 0|f1ff876a30b04e50 0 5555aaaa5555aaaa 10 1
fmsub d3, d0, d1, d2|1800000 0 3f6227897403e187 3f6227897403e187 80061db5db01e33c 0|bed49956f7bb2467 0 5555aaaa5555aaaa 90 0
fmsub d3, d0, d1, d2|1800000 0 f61862f073ac6 7eeb48725158e056 bff08b77cca66529 0|bff08b77cca66529 0 5555aaaa5555aaaa 80 0
fmsub d3, d0, d1, d2|2000000 9 43e2a674f41c63ed c3e2a674f41c63ed 3fd5555555555555 0|47d5bd4ae3601017 0 5555aaaa5555aaaa 10 9
fmsub d3, d0, d1, d2|2000000 2 95ced7a33cd34718 c1e0000000200000 83a81755cf30cfb7 0|97bed7a33d10f65e 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|0 c 88b268158c328516 bd47cb97cc7b9625 bfe68be94c2a41aa 0|bfe68be94c2a41aa 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|800000 2 c359c2cdbc256cfb 1d1bbf3efddec84f 9a44b28dac752d57 0|208656530888b32a 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|400000 2 82e04fdb20577331 d4d57ecc9831201e 1501483d9ccfcf8 0|97c5ea150d640b37 0 5555aaaa5555aaaa 10 2
fmsub d3, d0, d1, d2|400000 a a5f798c21a2d9f12 41dfffffffe00000 cb5d02576d827466 0|cb5d02576d827465 0 5555aaaa5555aaaa 10 a
fmsub d3, d0, d1, d2|c00000 3 41e0000000000000 8000000000000 4111b76c03d2fb93 0|4111b76c03d2fb92 0 5555aaaa5555aaaa 10 3
fmsub d3, d0, d1, d2|800000 7 8007c32770eb4bad 8007c32770eb4bac 41e0000000000000 0|41dfffffffffffff 0 5555aaaa5555aaaa 10 7
fmsub d3, d0, d1, d2|c00000 3 11cd59a1f4b7aea 8000000000000 c10cd59a1f4b7ae9 0|c10cd59a1f4b7ae9 0 5555aaaa5555aaaa 10 3
fmsub d3, d0, d1, d2|2400000 f f951bd5a0a6795c3 796a9c070f9b60a5 3fd5555555555555 0|7ff0000000000000 0 5555aaaa5555aaaa 14 f
fmsub d3, d0, d1, d2|800000 a fffffffffffff 816bef91eeeff39e 43e0000000000000 0|43e0000000000000 0 5555aaaa5555aaaa 10 a
fmsub d3, d0, d1, d2|800000 e 800f60f2e9ffb904 c37dc618b2574305 b28505e7c8d70a79 0|b28505e7c8d70a7a 0 5555aaaa5555aaaa 10 e
fmsub d3, d0, d1, d2|3c00000 d 818da0ed470f91c0 818da0ed470f91c2 10000000000001 0|10000000000000 0 5555aaaa5555aaaa 10 d
fmsub d3, d0, d1, d2|0 c 3071965b455ef033 fd7f22b4201f7eae 3fd5555555555555 0|6e011cbb2b96be54 0 5555aaaa5555aaaa 10 c
fmsub d3, d0, d1, d2|c00000 3 fff4000000000abc 4f022829177802d0 7e1e24da163b1b11 0|7ffc000000000abc 0 5555aaaa5555aaaa 1 3
fmsub d3, d0, d1, d2|1400000 9 6f94460bbbb4248c efae6911998e36d4 3fd5555555555555 0|7ff0000000000000 0 5555aaaa5555aaaa 14 9
fmsub d3, d0, d1, d2|2800000 0 4339a505e8366e25 4024a2a937d54f2f c303e24d0d1a5435 0|c370b14355699379 0 5555aaaa5555aaaa 10 0
fmsub d3, d0, d1, d2|1000000 9 f0dbd7288a85d1c2 8000000000000 2c6bb03165557357 0|2c6bb03165557357 0 5555aaaa5555aaaa 80 9
fmsub d3, d0, d1, d2|400000 f ea451ecc07e58eaf 8000000000000000 4004000000000000 0|4004000000000000 0 5555aaaa5555aaaa 0 f
fnmadd s3, s0, s1, s2|3400000 0 ceeb5aef 95292dfb 6297bef 0|a49b894d 0 5555aaaa5555aaaa 10 0
fnmadd s3, s0, s1, s2|1800000 a 3b85b816 ff7fffff be16b03d 0|7b85b815 0 5555aaaa5555aaaa 10 a
fnmadd s3, s0, s1, s2|2c00000 9 38dcdf9a 5f000000 bd2daeac 0|d85cdf99 0 5555aaaa5555aaaa 10 9
fnmadd s3, s0, s1, s2|1800000 d 80368da2 56faaeab 46c50c7b 0|c6c50c7b 0 5555aaaa5555aaaa 80 d
fnmadd s3, s0, s1, s2|2800000 f ff800001 ff800000 ef8763ad 0|7fc00000 0 5555aaaa5555aaaa 1 f
fnmadd s3, s0, s1, s2|400000 f 3f000000 3cb3a7bf 800001 0|bc33a7bf 0 5555aaaa5555aaaa 10 f
fnmadd s3, s0, s1, s2|2000000 f 5f000000 fc59a4c3 aa309951 0|7f800000 0 5555aaaa5555aaaa 14 f
fnmadd s3, s0, s1, s2|0 6 67a9082d 843246e0 c68dc624 0|468dc624 0 5555aaaa5555aaaa 10 6
fnmadd s3, s0, s1, s2|0 8 3f800000 bf800000 8c29fb38 0|3f800000 0 5555aaaa5555aaaa 10 8
fnmadd s3, s0, s1, s2|1800000 0 4716784 c09dd2a9 431e3ef0 0|c31e3ef0 0 5555aaaa5555aaaa 10 0
fnmadd s3, s0, s1, s2|c00000 b ffc12345 217d86 fc60132 0|7fc12345 0 5555aaaa5555aaaa 0 b
fnmadd s3, s0, s1, s2|0 6 fe7c3df1 fe7c3df0 800001 0|ff800000 0 5555aaaa5555aaaa 14 6
fnmadd s3, s0, s1, s2|1c00000 6 800001 45ccfdd0 37bd5dcf 0|b7bd5dcf 0 5555aaaa5555aaaa 10 6
fnmadd s3, s0, s1, s2|1c00000 6 3fc00000 54bd235f 7f800000 0|ff800000 0 5555aaaa5555aaaa 0 6
fnmadd s3, s0, s1, s2|1400000 7 807fffff 3f800000 44d5be16 0|c4d5be16 0 5555aaaa5555aaaa 80 7
fnmadd s3, s0, s1, s2|1c00000 8 80636c39 75823d0e ff812345 0|7fc12345 0 5555aaaa5555aaaa 81 8
fnmadd s3, s0, s1, s2|2400000 2 bf800000 3eaaaaab 800000 0|3eaaaaab 0 5555aaaa5555aaaa 10 2
fnmadd s3, s0, s1, s2|0 4 1b7dfe37 4f800000 bd2d6056 0|3d2d6056 0 5555aaaa5555aaaa 10 4
fnmadd s3, s0, s1, s2|0 f 40200000 7f800001 7143013e 0|7fc00001 0 5555aaaa5555aaaa 1 f
fnmadd s3, s0, s1, s2|1400000 1 91ac379b 3b1834d7 1610d40c 0|9610d3d8 0 5555aaaa5555aaaa 10 1
fnmadd s3, s0, s1, s2|400000 c c634916e c634916c 8015d3a8 0|ccfeb9a7 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|1400000 e c0b65644 c55b19f4 bad50b50 0|c69c0e47 0 5555aaaa5555aaaa 10 e
fnmadd s3, s0, s1, s2|c00000 c 40200000 df000000 3f000000 0|5f9fffff 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|2400000 1 352068 d1a561f 14ae84ee 0|94ae84ee 0 5555aaaa5555aaaa 10 1
fnmadd s3, s0, s1, s2|1000000 8 277e17 1fd96d02 3f800000 0|bf800000 0 5555aaaa5555aaaa 80 8
fnmadd s3, s0, s1, s2|800000 6 b707a3b9 aafe726 c40430bd 0|440430bd 0 5555aaaa5555aaaa 10 6
fnmadd s3, s0, s1, s2|c00000 f 4f800000 8065a4b6 b703420e 0|3703420e 0 5555aaaa5555aaaa 10 f
fnmadd s3, s0, s1, s2|c00000 d 0 80000001 0 0|0 0 5555aaaa5555aaaa 0 d
fnmadd s3, s0, s1, s2|1800000 3 4f800000 bfbf7806 0 0|4fbf7806 0 5555aaaa5555aaaa 0 3
fnmadd s3, s0, s1, s2|1c00000 7 72f27114 f3b85acd 4f800000 0|7f7fffff 0 5555aaaa5555aaaa 14 7
fnmadd s3, s0, s1, s2|0 7 f4ef357f f4ef357e 3fc00000 0|ff800000 0 5555aaaa5555aaaa 14 7
fnmadd s3, s0, s1, s2|1400000 c 3cb11fda 3cb11fd8 3cbf94db 0|bcc36943 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|1c00000 9 d585aa7c 397fd3f3 5b85c183 0|db85c182 0 5555aaaa5555aaaa 10 9
fnmadd s3, s0, s1, s2|0 7 be1dbcdc 9cf9e21e 6951601 0|9b99f805 0 5555aaaa5555aaaa 10 7
fnmadd s3, s0, s1, s2|2000000 e 7f73cd b725c17a ffc12345 0|7fc00000 0 5555aaaa5555aaaa 0 e
fnmadd s3, s0, s1, s2|2000000 4 f45e8c80 c1449f29 807cfbe7 0|f62aedef 0 5555aaaa5555aaaa 10 4
fnmadd s3, s0, s1, s2|800000 e 6b236390 40490fdb 773c4d49 0|f73c4d4c 0 5555aaaa5555aaaa 10 e
fnmadd s3, s0, s1, s2|0 2 ff800000 ed89ff66 8054b5f7 0|ff800000 0 5555aaaa5555aaaa 0 2
fnmadd s3, s0, s1, s2|1800000 2 df000000 282b7875 7fffff 0|47ab7875 0 5555aaaa5555aaaa 80 2
fnmadd s3, s0, s1, s2|1c00000 7 4786f bde7d0e 800001 0|80800001 0 5555aaaa5555aaaa 80 7
fnmadd s3, s0, s1, s2|400000 a c0dfeac9 c0dfeac9 74a9130b 0|f4a9130b 0 5555aaaa5555aaaa 10 a
fnmadd s3, s0, s1, s2|2800000 f ffc12345 379dec71 ecac39d 0|7fc00000 0 5555aaaa5555aaaa 0 f
fnmadd s3, s0, s1, s2|400000 9 c5478fd6 807fffff ff812345 0|7fc12345 0 5555aaaa5555aaaa 1 9
fnmadd s3, s0, s1, s2|1800000 c 72701575 f2701575 ff7fffff 0|7f7fffff 0 5555aaaa5555aaaa 14 c
fnmadd s3, s0, s1, s2|1000000 f 9bdc0d76 ee8c35c2 7f800001 0|ffc00001 0 5555aaaa5555aaaa 1 f
fnmadd s3, s0, s1, s2|1000000 5 7f7fffff 7f800000 8863bc62 0|ff800000 0 5555aaaa5555aaaa 0 5
fnmadd s3, s0, s1, s2|400000 0 886769a4 886769a4 7f800001 0|ffc00001 0 5555aaaa5555aaaa 1 0
fnmadd s3, s0, s1, s2|c00000 8 c2e62762 c74c6b54 42a8afa7 0|cab7c888 0 5555aaaa5555aaaa 10 8
fnmadd s3, s0, s1, s2|2000000 4 807047a9 7e3f9012 3d090227 0|3f1f792c 0 5555aaaa5555aaaa 10 4
fnmadd s3, s0, s1, s2|800000 2 2451eb3 75021cb8 40dfe9f5 0|c0dfea28 0 5555aaaa5555aaaa 10 2
fnmadd s3, s0, s1, s2|1400000 c 38223ada c0200000 7f7fffff 0|ff7ffffe 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|0 d 8b782771 896117f0 dac1b74b 0|5ac1b74b 0 5555aaaa5555aaaa 10 d
fnmadd s3, s0, s1, s2|800000 0 f0ee0799 bb735fdb f4fa60c4 0|74fa5fe1 0 5555aaaa5555aaaa 10 0
fnmadd s3, s0, s1, s2|2000000 c cb7f2ef1 dd041021 c6e494ad 0|e903a448 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|0 1 3eaaaaab 829b1783 7fc00000 0|ffc00000 0 5555aaaa5555aaaa 0 1
fnmadd s3, s0, s1, s2|2c00000 c 4cc78795 ccc78795 48370e35 0|5a1b8411 0 5555aaaa5555aaaa 10 c
fnmadd s3, s0, s1, s2|0 d 1d98f255 458270f9 1 0|a39bdd1c 0 5555aaaa5555aaaa 10 d
fnmadd s3, s0, s1, s2|c00000 e 58f5319e 4802fa1e c83eafd5 0|e17ae582 0 5555aaaa5555aaaa 10 e
fnmadd s3, s0, s1, s2|800000 8 7fa00000 c8fdcd36 c8210391 0|ffe00000 0 5555aaaa5555aaaa 1 8
fnmadd s3, s0, s1, s2|400000 6 40200000 40200000 ec1fefb1 0|6c1fefb1 0 5555aaaa5555aaaa 10 6
fnmadd d3, d0, d1, d2|2800000 c 3c04d7bbd9213394 7ff8000000000000 3fe0000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 0 c
fnmadd d3, d0, d1, d2|800000 8 c01e495a8b93cc48 f21ad9dc48a5d18a 84cec70c936411d1 0|f24969cb7c7b141b 0 5555aaaa5555aaaa 10 8
fnmadd d3, d0, d1, d2|400000 1 17bf02e994d451a 800676bcccc13e70 1 0|8000000000000000 0 5555aaaa5555aaaa 18 1
fnmadd d3, d0, d1, d2|800000 3 800a78de2fa1bea6 bff0000000000000 800ff30c575eb645 0|57a2e27bcf79f 0 5555aaaa5555aaaa 0 3
fnmadd d3, d0, d1, d2|1c00000 a 3ff8000000000000 3ff8000000000002 c75e041713fce0d3 0|475e041713fce0d2 0 5555aaaa5555aaaa 10 a
fnmadd d3, d0, d1, d2|2000000 9 3ecb59bb0925cafc 5a8c46433b160 fc61d313a7605f49 0|7c61d313a7605f49 0 5555aaaa5555aaaa 10 9
fnmadd d3, d0, d1, d2|400000 1 3fe8000000000001 bfe0000000000000 3ff8000000000000 0|bff1ffffffffffff 0 5555aaaa5555aaaa 10 1
fnmadd d3, d0, d1, d2|0 e 3fe0000000000000 b20185c706127 d0de0666e06a3 0|80129dec94a63736 0 5555aaaa5555aaaa 10 e
fnmadd d3, d0, d1, d2|400000 f bff969f918aad9ca 2ad9f0223c19a9fa 400921fb54442d18 0|c00921fb54442d17 0 5555aaaa5555aaaa 10 f
fnmadd d3, d0, d1, d2|1c00000 2 2e92cdbdcbb11a30 2e92cdbdcbb11a32 43f0000000000000 0|c3f0000000000000 0 5555aaaa5555aaaa 10 2
fnmadd d3, d0, d1, d2|800000 f 80c688158efda10a 80c688158efda108 cd9250f5836c7354 0|4d9250f5836c7353 0 5555aaaa5555aaaa 10 f
fnmadd d3, d0, d1, d2|3400000 1 82a15f665de21f1d 3db52340f6407661 8093c3d676b40d78 0|96a246293819da 0 5555aaaa5555aaaa 10 1
fnmadd d3, d0, d1, d2|400000 4 946b04f4ef9e4ff0 946b04f4ef9e4ff1 8010000000000000 0|10000000000000 0 5555aaaa5555aaaa 18 4
fnmadd d3, d0, d1, d2|0 b c145b55e47993049 41e0000000000000 bc1b32cf56724ee9 0|4335b55e47993049 0 5555aaaa5555aaaa 10 b
fnmadd d3, d0, d1, d2|2c00000 2 98d124273ba988a7 9994d0fcedb1837c bf2a59b30f73f759 0|3f2a59b30f73f758 0 5555aaaa5555aaaa 10 2
fnmadd d3, d0, d1, d2|1800000 e bf44b0a40f221d75 3fd5555555555555 35edd90fe886b00 0|3f2b9630142d7c9b 0 5555aaaa5555aaaa 10 e
fnmadd d3, d0, d1, d2|400000 2 8017fffffffffffe 3ff8000000000000 fffffffffffff 0|13fffffffffffe 0 5555aaaa5555aaaa 0 2
fnmadd d3, d0, d1, d2|0 7 8000000000000 800d3066369a4f9d 0 0|0 0 5555aaaa5555aaaa 18 7
fnmadd d3, d0, d1, d2|3800000 f 3eab0abd399cc832 ffcc0e22367bb40b 4330000000000001 0|7e87b5572ea619b8 0 5555aaaa5555aaaa 10 f
fnmadd d3, d0, d1, d2|2800000 2 43e0000000000000 43e0000000000002 c022df65fd063ba2 0|c7d0000000000002 0 5555aaaa5555aaaa 10 2
fnmadd d3, d0, d1, d2|800000 c 4089a0ac1f707547 5787a0093a8b8c20 bf2a0da5930af568 0|d822eba67749698b 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|2800000 5 fff4000000000abc 5c6c185cb2ec265d 10000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 1 5
fnmadd d3, d0, d1, d2|1400000 9 1c5d11af6177c086 1c4741591ac6339f c004000000000000 0|4004000000000000 0 5555aaaa5555aaaa 10 9
fnmadd d3, d0, d1, d2|c00000 c ae0a412f40461 bfe0000000000000 428f53d2c23fcb26 0|c28f53d2c23fcb25 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|1000000 2 ef0a5975934105cc 3f09d26c5bcd3cc0 fff8000000012345 0|7ff8000000012345 0 5555aaaa5555aaaa 0 2
fnmadd d3, d0, d1, d2|2000000 e 8000000000000003 1f8a5ec6a4c7899 2fe941e2490e289d 0|afe941e2490e289d 0 5555aaaa5555aaaa 10 e
fnmadd d3, d0, d1, d2|3c00000 9 3fd5555555555555 7fea05d667828b81 fdd0ca0d10c0fea4 0|ffd159399a463d9d 0 5555aaaa5555aaaa 10 9
fnmadd d3, d0, d1, d2|1c00000 1 fe1bb3e45ebacae7 fe1bb3e45ebacae5 3825ea0d4604b 0|ffefffffffffffff 0 5555aaaa5555aaaa 94 1
fnmadd d3, d0, d1, d2|400000 0 0 25c523bc6d2be 8010000000000000 0|10000000000000 0 5555aaaa5555aaaa 0 0
fnmadd d3, d0, d1, d2|c00000 7 10000000000000 8005b80f59a57103 aadf497100cabc13 0|2adf497100cabc13 0 5555aaaa5555aaaa 10 7
fnmadd d3, d0, d1, d2|0 6 800fffffffffffff 800ffffffffffffe 3fd5555555555555 0|bfd5555555555555 0 5555aaaa5555aaaa 10 6
fnmadd d3, d0, d1, d2|2400000 0 7ff0000000000000 7ff0000000000000 c334899e548b76b3 0|fff0000000000000 0 5555aaaa5555aaaa 0 0
fnmadd d3, d0, d1, d2|400000 a bff0000000000000 ca306d9ff63f629a 0 0|ca306d9ff63f629a 0 5555aaaa5555aaaa 0 a
fnmadd d3, d0, d1, d2|1800000 7 7f062a76fd18120f 7f062a76fd18120e c362df21d5d77058 0|fff0000000000000 0 5555aaaa5555aaaa 14 7
fnmadd d3, d0, d1, d2|0 0 41e226a1e495310c 3f4b3f5ee6a0d024 414ce025832a01fd 0|c1562a57ff872db1 0 5555aaaa5555aaaa 10 0
fnmadd d3, d0, d1, d2|800000 5 11680b20746e724f 11680b20746e724d c1d8e7c2a24840bf 0|41d8e7c2a24840be 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|1c00000 d 3e2783cb84efef3b 800fffffffffffff 7e0783cb84efef3c 0|fe0783cb84efef3c 0 5555aaaa5555aaaa 80 d
fnmadd d3, d0, d1, d2|1000000 4 c015d8f5625bc40e 9ca2006a42cbdcbb 7ee708e25b98edcd 0|fee708e25b98edcd 0 5555aaaa5555aaaa 10 4
fnmadd d3, d0, d1, d2|3400000 7 c62c2504b0f7be39 42dc2504b0f7be36 4340000000000001 0|4918c0f3088b79da 0 5555aaaa5555aaaa 10 7
fnmadd d3, d0, d1, d2|800000 9 81d9e3c047216e1f 41df9711d40feabb 34737e4bb8ff7 0|3c98edb64c7e8b9 0 5555aaaa5555aaaa 10 9
fnmadd d3, d0, d1, d2|1000000 4 ffefffffffffffff 3f2648e8182edf54 4004000000000000 0|7f2648e8182edf53 0 5555aaaa5555aaaa 10 4
fnmadd d3, d0, d1, d2|2c00000 3 3fddcc293b3c73c5 8006508462274328 52e1b68cde84b5a3 0|d2e1b68cde84b5a2 0 5555aaaa5555aaaa 10 3
fnmadd d3, d0, d1, d2|c00000 2 c35e84c7abd03403 fff4000000000abc 81df24685e46a5be 0|fffc000000000abc 0 5555aaaa5555aaaa 1 2
fnmadd d3, d0, d1, d2|2000000 b 55e96c0cca0ee455 bb654e53d31f512f c12eb68fe004ae8f 0|5160ed225bc0cbbb 0 5555aaaa5555aaaa 10 b
fnmadd d3, d0, d1, d2|c00000 6 40a265aae21c7cbb ceed060eb1ddb7c1 3ecefcc238f4d20f 0|4fa0af9e5fb0ca48 0 5555aaaa5555aaaa 10 6
fnmadd d3, d0, d1, d2|0 c 3ffcba0424a36760 bff0000000000000 64beb151e5a23260 0|e4beb151e5a23260 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|400000 8 be2798ec388e3f30 be2798ec388e3f31 42cb8eaa7625d92b 0|c2cb8eaa7625d92b 0 5555aaaa5555aaaa 10 8
fnmadd d3, d0, d1, d2|800000 8 427c3facf8606fb6 43d573d38ffc18c1 c1282342f8d612bf 0|c662f0091b9381df 0 5555aaaa5555aaaa 10 8
fnmadd d3, d0, d1, d2|c00000 5 4004000000000000 c28d815c132e8689 425625fb58a75137 0|42a1bfa9b137d98b 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|c00000 5 7eb06bedc81e179f 7eb06bedc81e179d ff5ac20c0c797d62 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 5
fnmadd d3, d0, d1, d2|800000 a 41f0000000000000 800fffffffffffff 422f0d69f27c59f5 0|c22f0d69f27c59f5 0 5555aaaa5555aaaa 10 a
fnmadd d3, d0, d1, d2|2800000 c 403680c7a4a37c16 403680c7a4a37c15 bff0000000000000 0|c07f963188c6e2fe 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|c00000 6 800d0ac82c8c6ee3 ffa7f231ee87107b c3e0000000000000 0|43dfffffffffffff 0 5555aaaa5555aaaa 10 6
fnmadd d3, d0, d1, d2|1400000 9 7d899ad176b90e0a 7d7b0f22e1bd95c1 3fd5555555555555 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 9
fnmadd d3, d0, d1, d2|0 5 8000000000000 c0a2f645e3e9e93b 800426aaa44ce6aa 0|b2f74f8e92fc75 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|1400000 8 7deb3a4cdc626d78 800026de6aa7a490 168aa6286260075 0|8168aa6286260075 0 5555aaaa5555aaaa 80 8
fnmadd d3, d0, d1, d2|800000 3 8000000000000000 3ff0000000000000 c1e0000000200000 0|41e0000000200000 0 5555aaaa5555aaaa 0 3
fnmadd d3, d0, d1, d2|c00000 5 fff4000000000abc fe733b151b0e0d04 c2a4615ee4c239df 0|7ffc000000000abc 0 5555aaaa5555aaaa 1 5
fnmadd d3, d0, d1, d2|2000000 c bf0b565cf68608ec 3ff8000000000000 fffffffffffff 0|3f1480c5b8e486b1 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|400000 c c023a83b49678e20 83af2d5ad5e9c7c1 fc642d0b047effa1 0|7c642d0b047effa1 0 5555aaaa5555aaaa 10 c
fnmadd d3, d0, d1, d2|1000000 c 7bafb03f6ef04 7ff0000000000001 11959460153b568e 0|7ff8000000000001 0 5555aaaa5555aaaa 81 c
fnmadd d3, d0, d1, d2|2800000 5 81b1bb65279e441a a0819a7cc73e3b 4004000000000000 0|c004000000000000 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|3800000 5 fef5d008226668bf fef5d008226668be 2cfa362652c0fc4 0|fff0000000000000 0 5555aaaa5555aaaa 14 5
fnmadd d3, d0, d1, d2|2800000 d 81aa0ac4d3a4e65a 81aa0ac4d3a4e65b 4196ef9c7c04dc72 0|c196ef9c7c04dc73 0 5555aaaa5555aaaa 10 d
fnmadd d3, d0, d1, d2|1800000 2 b44bd67f9736be8b dc45c0333bb7407f c004000000000000 0|d0a2ebf74a957486 0 5555aaaa5555aaaa 10 2
fnmadd d3, d0, d1, d2|1000000 6 2e366ae2cef9e071 c04abeda1fc4879c 2ddad25c443ab0cd 0|2e92bade937e09c2 0 5555aaaa5555aaaa 10 6
fnmadd d3, d0, d1, d2|c00000 7 5fdf06b899f9b2c1 4e3f4c524eeb4b42 20b75e9eefb27 0|ee2e58829955250e 0 5555aaaa5555aaaa 10 7
fnmadd d3, d0, d1, d2|800000 3 3fd5555555555555 3ef6b5f71559eff5 7ff0000000000001 0|fff8000000000001 0 5555aaaa5555aaaa 1 3
fnmadd d3, d0, d1, d2|400000 4 39204c4915de23db 785f9c77f410353e 80b07f99fec03fd0 0|f1901997c9778586 0 5555aaaa5555aaaa 10 4
fnmadd d3, d0, d1, d2|400000 1 be41370a2695aefd 4330000000000001 fffffffffffff 0|4181370a2695aeff 0 5555aaaa5555aaaa 10 1
fnmadd d3, d0, d1, d2|1800000 0 8006e7393d745c08 41f0000000000000 400921fb54442d18 0|c00921fb54442d18 0 5555aaaa5555aaaa 80 0
fnmadd d3, d0, d1, d2|1000000 9 4f406a79652569f 816b6f4ea185c624 43775bbd96b6c422 0|c3775bbd96b6c422 0 5555aaaa5555aaaa 10 9
fnmadd d3, d0, d1, d2|0 5 4293291e1eb6b805 7958c0771c9b5ca6 80098901adb39482 0|fbfda4293b94ab13 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|c00000 4 7ce0bbb5eb0d85bd d2f6925baae587f5 8f725942d0570eef 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 4
fnmadd d3, d0, d1, d2|800000 8 f1d370b0d7e8fe9e f1d370b0d7e8fe9f 4340000000000001 0|fff0000000000000 0 5555aaaa5555aaaa 14 8
fnmadd d3, d0, d1, d2|1400000 5 c185e6c484d0e447 ed55a230032838ea bff0000000000000 0|eeed9ce42cb2d0c3 0 5555aaaa5555aaaa 10 5
fnmadd d3, d0, d1, d2|c00000 8 1 2bc415c112a94915 800056120df41e55 0|56120df41e54 0 5555aaaa5555aaaa 18 8
fnmadd d3, d0, d1, d2|400000 e fff8000000012345 43863668909f1e36 800f52a59563ae9f 0|7ff8000000012345 0 5555aaaa5555aaaa 0 e
fnmadd d3, d0, d1, d2|1c00000 3 e0b8e3bc9ba2753d 41f1becd6e3b4c19 c076701db48daf16 0|62bb9ac8566f3ea8 0 5555aaaa5555aaaa 10 3
fnmadd d3, d0, d1, d2|2000000 2 bf96883a69f4544f a80dd8fd7c600605 c286b58695b79297 0|4286b58695b79297 0 5555aaaa5555aaaa 10 2
fnmsub s3, s0, s1, s2|2800000 2 804d423f b608de22 b21cabe9 0|321cabe9 0 5555aaaa5555aaaa 10 2
fnmsub s3, s0, s1, s2|2800000 9 5e800001 bf000000 5f000000 0|df200001 0 5555aaaa5555aaaa 10 9
fnmsub s3, s0, s1, s2|1400000 f 708b60be f57753d0 3a9043e6 0|ff7fffff 0 5555aaaa5555aaaa 14 f
fnmsub s3, s0, s1, s2|800000 7 4aa4bf1f 4f000000 bb24bf1e 0|5a24bf1f 0 5555aaaa5555aaaa 10 7
fnmsub s3, s0, s1, s2|400000 5 b3d8297c 72d8297f 7fffff 0|e736860a 0 5555aaaa5555aaaa 10 5
fnmsub s3, s0, s1, s2|0 4 40490fdb 40490fdb 90794bb0 0|411de9e7 0 5555aaaa5555aaaa 10 4
fnmsub s3, s0, s1, s2|c00000 e 3f0b6646 8a953a46 3b1d64e1 0|bb1d64e1 0 5555aaaa5555aaaa 10 e
fnmsub s3, s0, s1, s2|c00000 1 8053b1bf 53b1bf d7be1610 0|57be160f 0 5555aaaa5555aaaa 10 1
fnmsub s3, s0, s1, s2|1000000 0 78b4bf68 1141ac 477ee3eb 0|c77ee3eb 0 5555aaaa5555aaaa 80 0
fnmsub s3, s0, s1, s2|2000000 d bb111599 3b111599 4b000001 0|cb000001 0 5555aaaa5555aaaa 10 d
fnmsub s3, s0, s1, s2|c00000 b 805b686f 430cbe0d 8058a725 0|83c7a146 0 5555aaaa5555aaaa 10 b
fnmsub s3, s0, s1, s2|0 e b4f1a283 488c51bb 2bdc6bac 0|be047205 0 5555aaaa5555aaaa 10 e
fnmsub s3, s0, s1, s2|2c00000 b f5773099 8430f11a f2c76504 0|72c76504 0 5555aaaa5555aaaa 10 b
fnmsub s3, s0, s1, s2|400000 9 b793812f b9100 ed631386 0|6d631386 0 5555aaaa5555aaaa 10 9
fnmsub s3, s0, s1, s2|800000 e ba0d7f9e 0 f3cbc066 0|73cbc066 0 5555aaaa5555aaaa 0 e
fnmsub s3, s0, s1, s2|1400000 4 824e771f f8c4ce79 ff812345 0|7fc12345 0 5555aaaa5555aaaa 1 4
fnmsub s3, s0, s1, s2|2c00000 f 75a182da 8a9e860d 80136246 0|c0c806aa 0 5555aaaa5555aaaa 10 f
fnmsub s3, s0, s1, s2|1000000 b 800001 800000 35451f2e 0|b5451f2e 0 5555aaaa5555aaaa 10 b
fnmsub s3, s0, s1, s2|0 8 c5c7eba1 c5c7eba0 d9aecf77 0|59aecf77 0 5555aaaa5555aaaa 10 8
fnmsub s3, s0, s1, s2|400000 9 f63c9b66 5f800000 e57ac96b 0|ff7fffff 0 5555aaaa5555aaaa 14 9
fnmsub s3, s0, s1, s2|1000000 f bc93be12 d0510fb6 da8bd058 0|5a8bd058 0 5555aaaa5555aaaa 10 f
fnmsub s3, s0, s1, s2|0 b 807bd546 3b3fa341 da5c7db2 0|5a5c7db2 0 5555aaaa5555aaaa 10 b
fnmsub s3, s0, s1, s2|1400000 3 0 7ecd58f5 5f800000 0|df800000 0 5555aaaa5555aaaa 0 3
fnmsub s3, s0, s1, s2|3c00000 a 38714bbe 38714bbf 4f000000 0|ceffffff 0 5555aaaa5555aaaa 10 a
fnmsub s3, s0, s1, s2|2400000 9 b7ebc1fb 0 b6fc38ca 0|36fc38ca 0 5555aaaa5555aaaa 0 9
fnmsub s3, s0, s1, s2|0 8 ba369ff9 3fc00000 18dc32 0|ba88f7fb 0 5555aaaa5555aaaa 10 8
fnmsub s3, s0, s1, s2|2400000 0 426d3360 3a13fb3f c0200000 0|40222476 0 5555aaaa5555aaaa 10 0
fnmsub s3, s0, s1, s2|0 2 b5a500d4 cf000000 a62500d4 0|452500d4 0 5555aaaa5555aaaa 10 2
fnmsub s3, s0, s1, s2|400000 6 8765dab9 346efa 3fc00000 0|bfc00000 0 5555aaaa5555aaaa 10 6
fnmsub s3, s0, s1, s2|0 1 376fb823 b76fb823 61bff9f2 0|e1bff9f2 0 5555aaaa5555aaaa 10 1
fnmsub s3, s0, s1, s2|800000 f ff800000 f6d30dde 1d165a 0|7f800000 0 5555aaaa5555aaaa 0 f
fnmsub s3, s0, s1, s2|400000 4 804d6dde 4d6dde c9e571e5 0|49e571e5 0 5555aaaa5555aaaa 10 4
fnmsub s3, s0, s1, s2|800000 a 8ffffffd 7fffff 4f000000 0|cf000001 0 5555aaaa5555aaaa 10 a
fnmsub s3, s0, s1, s2|400000 d 83aca6b8 7fffff e305496d 0|6305496d 0 5555aaaa5555aaaa 10 d
fnmsub s3, s0, s1, s2|1800000 1 3ad6ad09 3ad6ad08 c0685da9 0|40685db4 0 5555aaaa5555aaaa 10 1
fnmsub s3, s0, s1, s2|1c00000 6 1 837b6c6 c8f73379 0|48f73379 0 5555aaaa5555aaaa 80 6
fnmsub s3, s0, s1, s2|c00000 3 c6478d1a c6478d1b 458c78 0|4d1b8cac 0 5555aaaa5555aaaa 10 3
fnmsub s3, s0, s1, s2|c00000 b 80036665 80196e7a fb6268a6 0|7b6268a6 0 5555aaaa5555aaaa 10 b
fnmsub s3, s0, s1, s2|400000 6 805626dc 4f000000 ff812345 0|7fc12345 0 5555aaaa5555aaaa 1 6
fnmsub s3, s0, s1, s2|0 9 37cbc42c 51413cca cf000000 0|4f00133a 0 5555aaaa5555aaaa 10 9
fnmsub s3, s0, s1, s2|0 3 1 1e0db1 80800000 0|800000 0 5555aaaa5555aaaa 10 3
fnmsub s3, s0, s1, s2|800000 e c1217adf 41217adf 8067c0b6 0|c2cbb78f 0 5555aaaa5555aaaa 10 e
fnmsub s3, s0, s1, s2|1400000 2 0 8052df84 ec57414 0|8ec57414 0 5555aaaa5555aaaa 80 2
fnmsub s3, s0, s1, s2|800000 d 52f82963 52f82961 3fc00000 0|66709034 0 5555aaaa5555aaaa 10 d
fnmsub s3, s0, s1, s2|0 f 4f7a17 4f000000 d3ae094 0|f991d29 0 5555aaaa5555aaaa 10 f
fnmsub s3, s0, s1, s2|c00000 4 3f247a2d 3f247a2f 7f800000 0|ff800000 0 5555aaaa5555aaaa 0 4
fnmsub s3, s0, s1, s2|c00000 f 800000 800002 7506bc 0|807506bb 0 5555aaaa5555aaaa 18 f
fnmsub s3, s0, s1, s2|2c00000 0 800001 800001 40490fdb 0|c0490fda 0 5555aaaa5555aaaa 10 0
fnmsub s3, s0, s1, s2|1000000 9 4b99378d c4a6e2ad 466b0864 0|d0c7c367 0 5555aaaa5555aaaa 10 9
fnmsub s3, s0, s1, s2|400000 c b7432d85 c00deb02 ff800000 0|7f800000 0 5555aaaa5555aaaa 0 c
fnmsub s3, s0, s1, s2|800000 e 3a2e5963 3a2e5963 45bc9b44 0|c5bc9b44 0 5555aaaa5555aaaa 10 e
fnmsub s3, s0, s1, s2|c00000 2 804a4eda b9d94842 800eaf03 0|eb6e5 0 5555aaaa5555aaaa 18 2
fnmsub s3, s0, s1, s2|2800000 d 30756 bc8af6f0 c2c2cb8c 0|42c2cb8b 0 5555aaaa5555aaaa 10 d
fnmsub s3, s0, s1, s2|400000 4 cb4dd9de bf000000 801b92e5 0|4acdd9df 0 5555aaaa5555aaaa 10 4
fnmsub s3, s0, s1, s2|2800000 e f48e8bd8 7f800001 4870bc36 0|7fc00000 0 5555aaaa5555aaaa 1 e
fnmsub s3, s0, s1, s2|3000000 d 65139f 1abe7636 c84bd576 0|484bd576 0 5555aaaa5555aaaa 80 d
fnmsub s3, s0, s1, s2|400000 f 3eaaaaab 511f125f 7f800001 0|ffc00001 0 5555aaaa5555aaaa 1 f
fnmsub s3, s0, s1, s2|800000 e bc8399d6 5f000000 3406c30 0|dc0399d7 0 5555aaaa5555aaaa 10 e
fnmsub s3, s0, s1, s2|800000 d c447466c 4447466c 42d79c6c 0|c91b254d 0 5555aaaa5555aaaa 10 d
fnmsub s3, s0, s1, s2|2000000 d d3584cab f3cdcba8 88184a4a 0|7f800000 0 5555aaaa5555aaaa 14 d
fnmsub d3, d0, d1, d2|c00000 d beedd72e464ed093 beedd72e464ed093 4007e9fa62d1ff82 0|c007e9fa62cb0a97 0 5555aaaa5555aaaa 10 d
fnmsub d3, d0, d1, d2|0 8 414f1b381140db5a bf13a782088f7468 4229529e43d31a36 0|c229529e463679ee 0 5555aaaa5555aaaa 10 8
fnmsub d3, d0, d1, d2|400000 b 835f80dd849ca1a4 bfe0000000000000 7dec5ed60b81a04e 0|fdec5ed60b81a04d 0 5555aaaa5555aaaa 10 b
fnmsub d3, d0, d1, d2|400000 b 91a1a284ad318f50 c08d423f1bb1b2e4 492f76b3744b1801 0|c92f76b3744b1800 0 5555aaaa5555aaaa 10 b
fnmsub d3, d0, d1, d2|400000 6 0 3c687d77250111a2 8003b04dd953d8ec 0|3b04dd953d8ec 0 5555aaaa5555aaaa 0 6
fnmsub d3, d0, d1, d2|c00000 6 3ff8000000000000 3ff8000000000002 9ec75b11e2864af7 0|4002000000000001 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|400000 c 425ff1b0bba8c74c 14a9a24636579dd6 a67e85e35fd38ff9 0|267e85e35fd38ffa 0 5555aaaa5555aaaa 10 c
fnmsub d3, d0, d1, d2|800000 d 2254d3242da95ed c13c80650e0faad3 d7ea8e4c61d42d 0|8372f904088d8a67 0 5555aaaa5555aaaa 10 d
fnmsub d3, d0, d1, d2|400000 9 3fa8082cb5de20ec 82ced182464d06fd c1282757b08ae5ea 0|41282757b08ae5ea 0 5555aaaa5555aaaa 10 9
fnmsub d3, d0, d1, d2|800000 a 10d1c909c66cb31e 103a811c205a7956 c085791bea1bf0d5 0|4085791bea1bf0d5 0 5555aaaa5555aaaa 10 a
fnmsub d3, d0, d1, d2|400000 8 8010000000000000 8000aeb79eb50c07 b473d03bb0921 0|800b473d03bb0920 0 5555aaaa5555aaaa 18 8
fnmsub d3, d0, d1, d2|1800000 f 10000000000000 fca229403e382df5 bd0f4acc57f32f9d 0|3d0e2838540facbd 0 5555aaaa5555aaaa 10 f
fnmsub d3, d0, d1, d2|0 4 3fd5555555555555 bffe2a0fcf5a25ae 41dfffffffe00000 0|c1e0000000041c0b 0 5555aaaa5555aaaa 10 4
fnmsub d3, d0, d1, d2|0 6 4013835383ed11ba 4191efefd1b4afc0 c2d569f8d888f4f4 0|42d569fe5092ae3b 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|0 b 15045136efb1 bf75045136efb259 10000000000001 0|8010001b9b565a6e 0 5555aaaa5555aaaa 10 b
fnmsub d3, d0, d1, d2|1800000 4 800fffffffffffff 55c106c529f0499b 3ce7f1cd49529752 0|bce7f1cd49529752 0 5555aaaa5555aaaa 80 4
fnmsub d3, d0, d1, d2|c00000 6 800eb5bced4a9ab6 c18026c742aefb33 43e0000000000000 0|c3dfffffffffffff 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|2000000 e c3e0000000000000 42d8baa813f5e270 f41691d79c4b06c8 0|741691d79c4b06c8 0 5555aaaa5555aaaa 10 e
fnmsub d3, d0, d1, d2|800000 d 269a8f3f598c4508 e34a411243bdf6cf 3402fa481e9b156 0|c9f5ca659a3d16ed 0 5555aaaa5555aaaa 10 d
fnmsub d3, d0, d1, d2|0 1 0 8000000000000000 7e02c8bf3a160fb4 0|fe02c8bf3a160fb4 0 5555aaaa5555aaaa 0 1
fnmsub d3, d0, d1, d2|c00000 b c0f4011262429be5 40f4011262429be5 834790a5a990e5d0 0|c1f902ae0807ed81 0 5555aaaa5555aaaa 10 b
fnmsub d3, d0, d1, d2|3000000 1 c2ae6a2dd347beca ffefffffffffffff 3dd6b4f8c0be081a 0|7ff0000000000000 0 5555aaaa5555aaaa 14 1
fnmsub d3, d0, d1, d2|c00000 5 10000000000000 10000000000000 bcb07caf56cda9d3 0|3cb07caf56cda9d3 0 5555aaaa5555aaaa 10 5
fnmsub d3, d0, d1, d2|3800000 7 83fea355cd0ff71b c3f157dee85991d7 800710f74bd58016 0|8009ae711cf2d44 0 5555aaaa5555aaaa 90 7
fnmsub d3, d0, d1, d2|1400000 1 7ff0000000000001 7ff0000000000001 1f2988697df79653 0|7ff8000000000001 0 5555aaaa5555aaaa 1 1
fnmsub d3, d0, d1, d2|1400000 e 8000000000000 7fefffffffffffff c103ca74b899cbc7 0|4103ca74b899cbc7 0 5555aaaa5555aaaa 80 e
fnmsub d3, d0, d1, d2|800000 2 ff8138d2cd57c ff8138d2cd57e fff0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 2
fnmsub d3, d0, d1, d2|1400000 b 8034c57049ad19eb 401edcf0b1435a9b ac4a9b2b61961 0|80640882e4e6c43b 0 5555aaaa5555aaaa 90 b
fnmsub d3, d0, d1, d2|800000 6 e6db32856a70396c 66db32856a70396c e964a24d67cfa0 0|fff0000000000000 0 5555aaaa5555aaaa 14 6
fnmsub d3, d0, d1, d2|400000 2 7fefffffffffffff 4173ca8994ccfc45 3784b4db4be9e431 0|7ff0000000000000 0 5555aaaa5555aaaa 14 2
fnmsub d3, d0, d1, d2|c00000 f e4e2d8428ee78d78 7cd136841365b73d 41de34dc9f85b692 0|ffefffffffffffff 0 5555aaaa5555aaaa 14 f
fnmsub d3, d0, d1, d2|c00000 f 41dfffffffe00000 225071f75920300 c0baa9ca9ef2d04e 0|40baa9ca9ef2d04e 0 5555aaaa5555aaaa 10 f
fnmsub d3, d0, d1, d2|2000000 4 d117b75bd43cb8ec 5117b75bd43cb8ec 3ff8000000000000 0|e24193aea46a44ef 0 5555aaaa5555aaaa 10 4
fnmsub d3, d0, d1, d2|c00000 3 5b7dac6306f62b86 406c6ad5d04fbdd3 4cbbdad70b449 0|5bfa59e7f2bc1123 0 5555aaaa5555aaaa 10 3
fnmsub d3, d0, d1, d2|400000 5 426a738e2d0da596 beafb87d8e41287b 288b3cf67c3bdee 0|c12a3871f62249f5 0 5555aaaa5555aaaa 10 5
fnmsub d3, d0, d1, d2|c00000 1 fffffffffffff 419ae334b50a61f6 ff7736c2c748d896 0|7f7736c2c748d896 0 5555aaaa5555aaaa 10 1
fnmsub d3, d0, d1, d2|2000000 a 41f0000000000000 41f0000000000000 c2c0814807ccc13b 0|43f00002102900fa 0 5555aaaa5555aaaa 10 a
fnmsub d3, d0, d1, d2|1400000 d b2e2872ea0824146 419d00ab739d5cfd 31347162504799ac 0|b490cae586c82184 0 5555aaaa5555aaaa 10 d
fnmsub d3, d0, d1, d2|c00000 3 2a839d1525480 0 8001e4604669683f 0|1e4604669683f 0 5555aaaa5555aaaa 0 3
fnmsub d3, d0, d1, d2|1c00000 7 e80adb9ce0606 82ac9c3e4740f6b3 fe37e89f22b20ca8 0|7e37e89f22b20ca8 0 5555aaaa5555aaaa 80 7
fnmsub d3, d0, d1, d2|1800000 1 7ff0000000000000 19824cf49cbdb5b 10000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 1
fnmsub d3, d0, d1, d2|c00000 5 bf137667ad757fac 3f137667ad757fac 7ff0000000000001 0|fff8000000000001 0 5555aaaa5555aaaa 1 5
fnmsub d3, d0, d1, d2|1c00000 6 409cd89f8af47fcd 409cd89f8af47fcc fe966263f8944c76 0|7e966263f8944c76 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|1c00000 d 3f19803e43a8e002 9a87034eb254e219 403ce2bc6f6075e2 0|c03ce2bc6f6075e2 0 5555aaaa5555aaaa 10 d
fnmsub d3, d0, d1, d2|2c00000 7 8237ce335ed689e9 73123d88ea27f1e8 3fe0000000000000 0|bfe0000000000000 0 5555aaaa5555aaaa 10 7
fnmsub d3, d0, d1, d2|2c00000 3 3ed51e9bbd2b9aaf 40b5b654ffc81b95 8000000000000 0|3f9ca8d8c622a144 0 5555aaaa5555aaaa 10 3
fnmsub d3, d0, d1, d2|0 e 4057eb3cf8ba7483 3fec3f1f6051b80e c05b18e626c84854 0|40681af50a2b7d20 0 5555aaaa5555aaaa 10 e
fnmsub d3, d0, d1, d2|0 1 4340000000000001 4340000000000001 c004000000000000 0|4690000000000002 0 5555aaaa5555aaaa 10 1
fnmsub d3, d0, d1, d2|3400000 5 db58b55c131765bb fffffffffffff 900bbb3e53fe6105 0|100bbb3e53fe6105 0 5555aaaa5555aaaa 80 5
fnmsub d3, d0, d1, d2|0 9 ee1fe522e3406 ff3f7cd84835a074 389ebaffd175f 0|bf5d49fd604a9a9b 0 5555aaaa5555aaaa 10 9
fnmsub d3, d0, d1, d2|1000000 c 209024fb0d740ef1 209024fb0d740ef3 8c67df11618a7b1f 0|c67df11618a7b1f 0 5555aaaa5555aaaa 10 c
fnmsub d3, d0, d1, d2|800000 8 7ff0000000000000 3fca0a9ad7009b6e 3ff8000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 8
fnmsub d3, d0, d1, d2|c00000 c 43f0000000000000 7d29da93c567613e c20c6447296020cb 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 c
fnmsub d3, d0, d1, d2|2c00000 3 8000000000000000 255503c930bcbdd 2be96f50b7f2178 0|82be96f50b7f2178 0 5555aaaa5555aaaa 0 3
fnmsub d3, d0, d1, d2|800000 0 41da6fcb404a4f65 bfda6fcb404a4f66 41f0000000000000 0|c1f2bae61af23798 0 5555aaaa5555aaaa 10 0
fnmsub d3, d0, d1, d2|1400000 2 40e08f5514f95491 c004000000000000 40ca7eee87f5541a 0|c0f803082b365438 0 5555aaaa5555aaaa 10 2
fnmsub d3, d0, d1, d2|c00000 5 c0c3f1c8a880e87c 3fd5555555555555 ffefffffffffffff 0|7feffffffffffffe 0 5555aaaa5555aaaa 10 5
fnmsub d3, d0, d1, d2|c00000 3 49eb995a0e73e91a 49eb995a0e73e91b 41698ca44c5ac505 0|53e7cda6de8b3f14 0 5555aaaa5555aaaa 10 3
fnmsub d3, d0, d1, d2|400000 c 3e76fe978b4e731d 4330000000000001 7ff8000000000000 0|fff8000000000000 0 5555aaaa5555aaaa 0 c
fnmsub d3, d0, d1, d2|c00000 1 ffefffffffffffff c2b1ab3598ce77f5 b0351480ed3da0d2 0|7fefffffffffffff 0 5555aaaa5555aaaa 14 1
fnmsub d3, d0, d1, d2|2000000 8 3e886a380b7a5077 bbfc2e2ffb0926b7 44c3f1bc624cfe1c 0|c4c3f1bc624cfe1c 0 5555aaaa5555aaaa 10 8
fnmsub d3, d0, d1, d2|0 5 30c71b6283cbeb8 80057813fa8f6e2d 4304cdc1478001be 0|c304cdc1478001be 0 5555aaaa5555aaaa 10 5
fnmsub d3, d0, d1, d2|800000 d 7ff8000000000000 3fd5555555555555 274f0fd626ff33bc 0|7ff8000000000000 0 5555aaaa5555aaaa 0 d
fnmsub d3, d0, d1, d2|0 4 4330000000000001 4330000000000000 3ff8000000000000 0|4670000000000001 0 5555aaaa5555aaaa 10 4
fnmsub d3, d0, d1, d2|800000 3 4004000000000000 580d5c81eb7a7 4394a74e6b6cf816 0|c394a74e6b6cf816 0 5555aaaa5555aaaa 10 3
fnmsub d3, d0, d1, d2|1c00000 f 3fd5555555555555 3fd5555555555554 41f0000000000000 0|c1effffffffc71c7 0 5555aaaa5555aaaa 10 f
fnmsub d3, d0, d1, d2|400000 2 bfe0000000000000 40cc96237fcfc6c1 40b3bf54b4d9d17c 0|c0c82abc1a54cc1e 0 5555aaaa5555aaaa 10 2
fnmsub d3, d0, d1, d2|400000 7 80055a4231dae8ac 5c1487ab4d2de bf304a89d6469cad 0|3f304a89d6469cad 0 5555aaaa5555aaaa 10 7
fnmsub d3, d0, d1, d2|400000 2 3e2b20a352ed1302 3a0bafcb444622e bbb2dd083dc33677 0|3bb2dd083dc33678 0 5555aaaa5555aaaa 10 2
fnmsub d3, d0, d1, d2|800000 8 ccba94d234fa6 7ff0000000000000 18f8da74bb8b293 0|7ff0000000000000 0 5555aaaa5555aaaa 0 8
fnmsub d3, d0, d1, d2|2c00000 f 8008c6b79e056dd2 4158b70bcee54af7 7fbb79d452f753b7 0|ffbb79d452f753b7 0 5555aaaa5555aaaa 10 f
fnmsub d3, d0, d1, d2|2800000 6 437dddfc766257d9 c225a79aeb20cfb6 414611628ad57bfe 0|c5b4361cc2fe2a7a 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|1800000 6 3a8fd7859a8637ad ba0095eeb5b10a7f 8000000000000000 0|b4a080f3db17804f 0 5555aaaa5555aaaa 10 6
fnmsub d3, d0, d1, d2|2400000 2 10000000000001 4004000000000000 7829ef8ca059bb0e 0|f829ef8ca059bb0d 0 5555aaaa5555aaaa 10 2
fnmsub d3, d0, d1, d2|3c00000 8 7fefffffffffffff a87e47da2d6fed33 10000000000001 0|e87e47da2d6fed32 0 5555aaaa5555aaaa 10 8
fnmsub d3, d0, d1, d2|0 9 bde6618ded21f449 10000000000001 4330000000000001 0|c330000000000001 0 5555aaaa5555aaaa 10 9
fnmsub d3, d0, d1, d2|1000000 c ece7ecb18cae2745 8000000000000000 4340000000000001 0|c340000000000001 0 5555aaaa5555aaaa 0 c
fnmsub d3, d0, d1, d2|1400000 9 4340000000000001 bd596c3b71df130a bf3b9fd332c9a6df 0|c0a96c3b3a9f6ca6 0 5555aaaa5555aaaa 10 9
fnmsub d3, d0, d1, d2|2000000 2 40f598048abb0a31 c0eccab0b8f962eb 3ff8000000000000 0|c1f36dcad712c461 0 5555aaaa5555aaaa 10 2
fnmsub d3, d0, d1, d2|1000000 e c2594f6b63cd560f 7ff0000000000000 ef195e6f7ab343 0|fff0000000000000 0 5555aaaa5555aaaa 0 e
fabs s3, s0|1800000 8 b7d1ffe9 3fc00000 800001 0|37d1ffe9 0 5555aaaa5555aaaa 0 8
fabs s3, s0|3000000 3 37208cb9 38421faf 8e7fca55 0|37208cb9 0 5555aaaa5555aaaa 0 3
fabs s3, s0|2800000 1 74a57421 48352210 396220ca 0|74a57421 0 5555aaaa5555aaaa 0 1
fabs s3, s0|c00000 2 473da3e8 800001 800001 0|473da3e8 0 5555aaaa5555aaaa 0 2
fabs s3, s0|800000 1 482507fc 8018d80a 5f000000 0|482507fc 0 5555aaaa5555aaaa 0 1
fabs s3, s0|1800000 d 4174a82b c77756f0 400000 0|4174a82b 0 5555aaaa5555aaaa 0 d
fabs s3, s0|1400000 a 83e3e4ca fed927a5 17530ae4 0|3e3e4ca 0 5555aaaa5555aaaa 0 a
fabs s3, s0|800000 a 77500767 c812be25 af0ffd2d 0|77500767 0 5555aaaa5555aaaa 0 a
fabs s3, s0|2800000 f 7fffff 3f800000 d882d0d 0|7fffff 0 5555aaaa5555aaaa 0 f
fabs s3, s0|1400000 d 44d93dcb 0 436d5999 0|44d93dcb 0 5555aaaa5555aaaa 0 d
fabs s3, s0|c00000 d c2a42491 634c819 6367ea1 0|42a42491 0 5555aaaa5555aaaa 0 d
fabs s3, s0|400000 a 664105eb 0 7bfc7e50 0|664105eb 0 5555aaaa5555aaaa 0 a
fabs s3, s0|c00000 f 4f800000 7635dc8 38cce84a 0|4f800000 0 5555aaaa5555aaaa 0 f
fabs s3, s0|0 6 400000 ae02f02c 1738cd 0|400000 0 5555aaaa5555aaaa 0 6
fabs s3, s0|c00000 c 800001 2a69f1 e36b873e 0|800001 0 5555aaaa5555aaaa 0 c
fabs s3, s0|400000 2 3ffeac0d ff0987aa 803e225e 0|3ffeac0d 0 5555aaaa5555aaaa 0 2
fabs s3, s0|1c00000 b 3a5b3353 7fa00000 40eb84ef 0|3a5b3353 0 5555aaaa5555aaaa 0 b
fabs s3, s0|1000000 9 9926458d bde29311 db23b239 0|1926458d 0 5555aaaa5555aaaa 0 9
fabs s3, s0|800000 4 3fc00000 c9500d85 3e0aecd0 0|3fc00000 0 5555aaaa5555aaaa 0 4
fabs s3, s0|800000 e 400000 cf55d445 479b67d6 0|400000 0 5555aaaa5555aaaa 0 e
fabs s3, s0|0 7 dab124b e7862b9 672cae78 0|dab124b 0 5555aaaa5555aaaa 0 7
fabs s3, s0|1400000 4 78e042 f1e94866 7f7fffff 0|78e042 0 5555aaaa5555aaaa 0 4
fabs s3, s0|2000000 e 5dc2219 bf800000 3fc00000 0|5dc2219 0 5555aaaa5555aaaa 0 e
fabs s3, s0|c00000 a 7fc00000 973703ca ff09762b 0|7fc00000 0 5555aaaa5555aaaa 0 a
fabs s3, s0|3c00000 b 7f800000 383b3ccd be9fddc8 0|7f800000 0 5555aaaa5555aaaa 0 b
fabs d3, d0|3000000 4 f9de71efbfdc2 fff4000000000abc 3fc93a2e64aacb3b 0|f9de71efbfdc2 0 5555aaaa5555aaaa 0 4
fabs d3, d0|3400000 5 12788019510c938 fe5ddb4c3bbef74e 978803b76926f51b 0|12788019510c938 0 5555aaaa5555aaaa 0 5
fabs d3, d0|800000 8 fff4000000000abc fff8000000012345 24f37be9cfde703 0|7ff4000000000abc 0 5555aaaa5555aaaa 0 8
fabs d3, d0|c00000 6 bfe0000000000000 3c348538a7f0fb7e 800e8bae4f92ad01 0|3fe0000000000000 0 5555aaaa5555aaaa 0 6
fabs d3, d0|800000 b 4004000000000000 c21170d51eeab719 3e4ebb52a3a0f546 0|4004000000000000 0 5555aaaa5555aaaa 0 b
fabs d3, d0|c00000 0 38ab32b9ac704d48 c22d714c4e5cb338 ffb3bdccfeaad264 0|38ab32b9ac704d48 0 5555aaaa5555aaaa 0 0
fabs d3, d0|1000000 c b3dc70626400b61a 9a6e82f774607234 40eb2e03908540ae 0|33dc70626400b61a 0 5555aaaa5555aaaa 0 c
fabs d3, d0|c00000 c 4330000000000001 c004000000000000 ff536add9095d58f 0|4330000000000001 0 5555aaaa5555aaaa 0 c
fabs d3, d0|2000000 4 33d00cdf9d585817 8078a60afa4f4c3a 3ff0000000000000 0|33d00cdf9d585817 0 5555aaaa5555aaaa 0 4
fabs d3, d0|800000 e 8000000000000 10000000000001 aa07d150a279185c 0|8000000000000 0 5555aaaa5555aaaa 0 e
fabs d3, d0|1800000 6 4004000000000000 368d7d75d9d9f229 4330000000000001 0|4004000000000000 0 5555aaaa5555aaaa 0 6
fabs d3, d0|0 2 c0d1084ee9b09 bc9f0041c070046b 2b503db74026fcbb 0|c0d1084ee9b09 0 5555aaaa5555aaaa 0 2
fabs d3, d0|400000 e 22644a8349cb5973 7ff0000000000001 fff4000000000abc 0|22644a8349cb5973 0 5555aaaa5555aaaa 0 e
fabs d3, d0|800000 9 834d0d69bc8b8917 3f849dd7b394507e 80003bf2eebe4128 0|34d0d69bc8b8917 0 5555aaaa5555aaaa 0 9
fabs d3, d0|1c00000 d 43e0000000000000 fe6d300b50a6f738 8053d2596cbd75c7 0|43e0000000000000 0 5555aaaa5555aaaa 0 d
fabs d3, d0|1c00000 5 fff8000000012345 c1e0000000200000 3fe0000000000000 0|7ff8000000012345 0 5555aaaa5555aaaa 0 5
fabs d3, d0|c00000 2 c3e0000000000000 e5ae596e3c99347d fdf966eed50f525a 0|43e0000000000000 0 5555aaaa5555aaaa 0 2
fabs d3, d0|c00000 7 0 8010000000000000 39c557547e07a75 0|0 0 5555aaaa5555aaaa 0 7
fabs d3, d0|1800000 1 40293ca3401dcb58 43e0000000000000 4330000000000001 0|40293ca3401dcb58 0 5555aaaa5555aaaa 0 1
fabs d3, d0|c00000 4 d1b66f458f60f1f2 50597b236eb6f7fa 3fd23e8d77878461 0|51b66f458f60f1f2 0 5555aaaa5555aaaa 0 4
fabs d3, d0|1400000 6 bfac5524f9bbb605 4000002b45822158 c23b965bc8ccf834 0|3fac5524f9bbb605 0 5555aaaa5555aaaa 0 6
fabs d3, d0|400000 3 c0f1920e21ebd379 171a2b1510156f38 1c4283407ec14 0|40f1920e21ebd379 0 5555aaaa5555aaaa 0 3
fabs d3, d0|3c00000 3 b35b8d4c44d83500 3fe0000000000000 fff4000000000abc 0|335b8d4c44d83500 0 5555aaaa5555aaaa 0 3
fabs d3, d0|c00000 2 7ff0000000000000 4274e00eec5dae31 c3e0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 2
fabs d3, d0|800000 e c1a0fffe2bc678d5 7648223a84906 4000cf7608be35fa 0|41a0fffe2bc678d5 0 5555aaaa5555aaaa 0 e
fneg s3, s0|c00000 4 8051bc96 f42d057a ffc12345 0|51bc96 0 5555aaaa5555aaaa 0 4
fneg s3, s0|400000 d d2531148 bbca8317 41fdf6a7 0|52531148 0 5555aaaa5555aaaa 0 d
fneg s3, s0|1400000 1 375fcc23 3b10bcae 803c7f7f 0|b75fcc23 0 5555aaaa5555aaaa 0 1
fneg s3, s0|0 b 928807bb 59fe6877 62cc766 0|128807bb 0 5555aaaa5555aaaa 0 b
fneg s3, s0|400000 8 0 801b147f 3fea308 0|80000000 0 5555aaaa5555aaaa 0 8
fneg s3, s0|3000000 7 65da2a 4effffff 22f2f495 0|8065da2a 0 5555aaaa5555aaaa 0 7
fneg s3, s0|0 e 3b96a2b 4f800000 40200000 0|83b96a2b 0 5555aaaa5555aaaa 0 e
fneg s3, s0|0 5 3ddee0ca 489e195e 3fc00000 0|bddee0ca 0 5555aaaa5555aaaa 0 5
fneg s3, s0|400000 7 5f000000 3fc00000 59908b 0|df000000 0 5555aaaa5555aaaa 0 7
fneg s3, s0|0 9 7889f4f4 fb9705d6 7fa00000 0|f889f4f4 0 5555aaaa5555aaaa 0 9
fneg s3, s0|0 6 ff6266f2 4828e259 566f5dd 0|7f6266f2 0 5555aaaa5555aaaa 0 6
fneg s3, s0|800000 d 48067b2d 7fc00000 3f000000 0|c8067b2d 0 5555aaaa5555aaaa 0 d
fneg s3, s0|800000 a 497c4b99 421b17b4 bc621fe0 0|c97c4b99 0 5555aaaa5555aaaa 0 a
fneg s3, s0|2400000 e 5f800000 bb9318dd ae268f43 0|df800000 0 5555aaaa5555aaaa 0 e
fneg s3, s0|c00000 5 7f800001 6be76207 39399339 0|ff800001 0 5555aaaa5555aaaa 0 5
fneg s3, s0|2800000 2 61ba49 c14d5c65 40200000 0|8061ba49 0 5555aaaa5555aaaa 0 2
fneg s3, s0|0 5 807fffff 71138acf 7fffff 0|7fffff 0 5555aaaa5555aaaa 0 5
fneg s3, s0|400000 b afc15378 bb4d14e2 ca4bef57 0|2fc15378 0 5555aaaa5555aaaa 0 b
fneg s3, s0|2400000 f 3524e93 4effffff c7e4d17a 0|83524e93 0 5555aaaa5555aaaa 0 f
fneg s3, s0|1800000 f bf800000 7f800000 ffc12345 0|3f800000 0 5555aaaa5555aaaa 0 f
fneg s3, s0|2000000 4 4a1ba8b2 80000000 44f9f0be 0|ca1ba8b2 0 5555aaaa5555aaaa 0 4
fneg s3, s0|800000 d 8063fe52 d967e9d4 e6cfc8a0 0|63fe52 0 5555aaaa5555aaaa 0 d
fneg s3, s0|1400000 1 71b740bc be103525 3ae2fe66 0|f1b740bc 0 5555aaaa5555aaaa 0 1
fneg s3, s0|0 5 80424e59 79cc0c47 43daee82 0|424e59 0 5555aaaa5555aaaa 0 5
fneg s3, s0|0 7 e39cec22 cf000000 3be311c3 0|639cec22 0 5555aaaa5555aaaa 0 7
fneg d3, d0|0 8 c3e0000000000000 8000a48423d497c7 c22b1003b9063f06 0|43e0000000000000 0 5555aaaa5555aaaa 0 8
fneg d3, d0|0 3 fdcbf04fe4e1be59 409007cc6190f1a0 beedf5f73a93ea16 0|7dcbf04fe4e1be59 0 5555aaaa5555aaaa 0 3
fneg d3, d0|0 b c346160c2fabcbbc 0 6eb9064dbea5696a 0|4346160c2fabcbbc 0 5555aaaa5555aaaa 0 b
fneg d3, d0|1400000 4 41f0000000000000 8007690cee9da1d8 bf878697af124a90 0|c1f0000000000000 0 5555aaaa5555aaaa 0 4
fneg d3, d0|1c00000 2 fff8000000012345 bfe0000000000000 bd5b32bde74d7881 0|7ff8000000012345 0 5555aaaa5555aaaa 0 2
fneg d3, d0|c00000 4 3ff0000000000000 bbf494953f2bcaf6 83cd62a75e679fc0 0|bff0000000000000 0 5555aaaa5555aaaa 0 4
fneg d3, d0|1400000 f 4340000000000001 10000000000000 800225893917b603 0|c340000000000001 0 5555aaaa5555aaaa 0 f
fneg d3, d0|800000 5 1 7e6d636a20e39d91 400921fb54442d18 0|8000000000000001 0 5555aaaa5555aaaa 0 5
fneg d3, d0|0 3 10000000000001 422f61e9336f689e 20f1cb0b926323b 0|8010000000000001 0 5555aaaa5555aaaa 0 3
fneg d3, d0|1c00000 a 3f6a2420a89f5863 c30cec8afca4152f 3ff8000000000000 0|bf6a2420a89f5863 0 5555aaaa5555aaaa 0 a
fneg d3, d0|c00000 0 bef2beba14d80e6d 41e0000000000000 c0818f9ede3b2853 0|3ef2beba14d80e6d 0 5555aaaa5555aaaa 0 0
fneg d3, d0|2400000 e c2d1081740d2c5f9 82a42acad1e4922f c004000000000000 0|42d1081740d2c5f9 0 5555aaaa5555aaaa 0 e
fneg d3, d0|0 f 7daab7d0fad0a599 a62ab9bdfd9c3 2050e338055edaa 0|fdaab7d0fad0a599 0 5555aaaa5555aaaa 0 f
fneg d3, d0|3000000 a 8010000000000000 826fa886045265a6 8034f7117d92098b 0|10000000000000 0 5555aaaa5555aaaa 0 a
fneg d3, d0|0 d 8000000000000000 bfe0000000000000 40a59dce1fc540fc 0|0 0 5555aaaa5555aaaa 0 d
fneg d3, d0|800000 8 839c4f02f8055ecd 7fdc286c218d8f86 fdb882dc4b296592 0|39c4f02f8055ecd 0 5555aaaa5555aaaa 0 8
fneg d3, d0|800000 e 400921fb54442d18 41e0000000000000 fecc2f9c540f3310 0|c00921fb54442d18 0 5555aaaa5555aaaa 0 e
fneg d3, d0|800000 0 41e0000000000000 ee5a7661d2ee8 43e0000000000000 0|c1e0000000000000 0 5555aaaa5555aaaa 0 0
fneg d3, d0|800000 2 c31f0f73089ed533 10000000000001 b62cb439e513f2a2 0|431f0f73089ed533 0 5555aaaa5555aaaa 0 2
fneg d3, d0|2000000 9 7e8617fcdf1e09b7 fda22490fe13748c fff0000000000000 0|fe8617fcdf1e09b7 0 5555aaaa5555aaaa 0 9
fneg d3, d0|c00000 2 fdac1dedba8974c5 800afc4baf89ddec 942c0f235187f186 0|7dac1dedba8974c5 0 5555aaaa5555aaaa 0 2
fneg d3, d0|1800000 0 4163c26be4472ecd df15f17e264a29c 83b978adae45a4fe 0|c163c26be4472ecd 0 5555aaaa5555aaaa 0 0
fneg d3, d0|1000000 9 a771cbb11c383 2800558920ec08fa c4977add3832c783 0|800a771cbb11c383 0 5555aaaa5555aaaa 0 9
fneg d3, d0|c00000 0 1 4299692d5850e63a 800e901ba101de46 0|8000000000000001 0 5555aaaa5555aaaa 0 0
fneg d3, d0|3c00000 f 419dfa1ba12c0f59 8000000000000000 800196b7eff0a212 0|c19dfa1ba12c0f59 0 5555aaaa5555aaaa 0 f
fsqrt s3, s0|400000 7 7fa00000 80000000 ff800000 0|7fe00000 0 5555aaaa5555aaaa 1 7
fsqrt s3, s0|1c00000 7 c17029d8 a4cd057 eeec2863 0|7fc00000 0 5555aaaa5555aaaa 1 7
fsqrt s3, s0|800000 0 4effffff 8eebe890 66a17edc 0|473504f2 0 5555aaaa5555aaaa 10 0
fsqrt s3, s0|800000 1 7fa00000 26706ba 7af8f22f 0|7fe00000 0 5555aaaa5555aaaa 1 1
fsqrt s3, s0|2000000 b 7cd09c42 5f000000 ffc12345 0|5e23686a 0 5555aaaa5555aaaa 10 b
fsqrt s3, s0|2c00000 d 3d7998ca b8bbbeec 801bb372 0|3e7cc734 0 5555aaaa5555aaaa 10 d
fsqrt s3, s0|0 5 f86e2498 11dfbdef 19c5af40 0|7fc00000 0 5555aaaa5555aaaa 1 5
fsqrt s3, s0|400000 f 4351cb16 1fac7b 535dfe 0|4167bf76 0 5555aaaa5555aaaa 10 f
fsqrt s3, s0|800000 6 7f800001 1 be012e16 0|7fc00001 0 5555aaaa5555aaaa 1 6
fsqrt s3, s0|c00000 2 7485987f 767b3e76 465d32d9 0|5a02c496 0 5555aaaa5555aaaa 10 2
fsqrt s3, s0|800000 2 8bfd8e95 8a5685cf 800000 0|7fc00000 0 5555aaaa5555aaaa 1 2
fsqrt s3, s0|0 9 80703d7d 5f800000 5e60895 0|7fc00000 0 5555aaaa5555aaaa 1 9
fsqrt s3, s0|1400000 7 7fffff 7ea8e928 c70bb578 0|0 0 5555aaaa5555aaaa 80 7
fsqrt s3, s0|1800000 a c35b82e2 7bb7c632 3fc00000 0|7fc00000 0 5555aaaa5555aaaa 1 a
fsqrt s3, s0|1800000 9 69dcbaed c1e41d2d b5e13932 0|54a81671 0 5555aaaa5555aaaa 10 9
fsqrt s3, s0|1c00000 3 1 7df72a 18f23dc4 0|0 0 5555aaaa5555aaaa 80 3
fsqrt s3, s0|2400000 0 3f800000 4f000000 4b000001 0|3f800000 0 5555aaaa5555aaaa 0 0
fsqrt s3, s0|c00000 5 360ae299 40490fdb a18797fc 0|3abc8f2c 0 5555aaaa5555aaaa 10 5
fsqrt s3, s0|0 a fa4a4f4 348ab543 ff812345 0|27912ba6 0 5555aaaa5555aaaa 10 a
fsqrt s3, s0|2800000 b fa2a1095 f791a03 7a2e84 0|7fc00000 0 5555aaaa5555aaaa 1 b
fsqrt s3, s0|2c00000 f 806dd808 43c0bf 4258e8ce 0|7fc00000 0 5555aaaa5555aaaa 1 f
fsqrt s3, s0|0 b b5bb6165 7f800000 1 0|7fc00000 0 5555aaaa5555aaaa 1 b
fsqrt s3, s0|3800000 1 80792d19 c0200000 35a3313b 0|80000000 0 5555aaaa5555aaaa 80 1
fsqrt s3, s0|1800000 3 8bc7c2d5 71224b1 56c869 0|7fc00000 0 5555aaaa5555aaaa 1 3
fsqrt s3, s0|400000 8 381692b7 80800000 91ed7803 0|3bc4554b 0 5555aaaa5555aaaa 10 8
fsqrt d3, d0|2000000 4 3fd5555555555555 3f74a110af05825a bcc09343d6163ebc 0|3fe279a74590331c 0 5555aaaa5555aaaa 10 4
fsqrt d3, d0|c00000 1 800dfa69ee02be15 7e16c7e35ff4c5c0 8010000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 1 1
fsqrt d3, d0|400000 0 6292181f602476e6 7ff0000000000000 bff0000000000000 0|514103d219af08e6 0 5555aaaa5555aaaa 10 0
fsqrt d3, d0|800000 6 be42b7f74c3b7027 c4b2f43c0dcf914f c6b4f54e8f1589f6 0|7ff8000000000000 0 5555aaaa5555aaaa 1 6
fsqrt d3, d0|2c00000 7 3f2b67c7e00e8657 c2e2279485ede11d 10000000000001 0|3f8d9d1cf4dd8fb0 0 5555aaaa5555aaaa 10 7
fsqrt d3, d0|0 2 40c9a2d7f9a22a1d ae9c855cd255943 2ae7d59006f4233 0|405ca45026766264 0 5555aaaa5555aaaa 10 2
fsqrt d3, d0|800000 3 934f9da631ef5e3e 40d1d4656fed1b83 4fe24a11e14a9 0|7ff8000000000000 0 5555aaaa5555aaaa 1 3
fsqrt d3, d0|3c00000 6 f03aa9196d4d4cfa 832feaf9e49289fb 41f22a510416382e 0|7ff8000000000000 0 5555aaaa5555aaaa 1 6
fsqrt d3, d0|800000 f bff0000000000000 fa078341a32e1419 619fb8551b8750d9 0|7ff8000000000000 0 5555aaaa5555aaaa 1 f
fsqrt d3, d0|1800000 a c0fc19df6b58f6b7 1 c1e0000000200000 0|7ff8000000000000 0 5555aaaa5555aaaa 1 a
fsqrt d3, d0|0 9 3ff0000000000000 10f76f980723888c bf2387718e4f195f 0|3ff0000000000000 0 5555aaaa5555aaaa 0 9
fsqrt d3, d0|1000000 9 e6631ffa3fafaad4 3fe0000000000000 8bb2d521fc2c4430 0|7ff8000000000000 0 5555aaaa5555aaaa 1 9
fsqrt d3, d0|400000 b 3de953421c92f013 399cb545915288a 964ba8f94bbb0e19 0|3eec77b81f70f5da 0 5555aaaa5555aaaa 10 b
fsqrt d3, d0|3000000 a ebab42508acbffe7 8008bd2c2ba13ca6 80eb162925302dee 0|7ff8000000000000 0 5555aaaa5555aaaa 1 a
fsqrt d3, d0|2000000 2 3ff0000000000000 906bfe529700d0 c399f37d7ed8c5db 0|3ff0000000000000 0 5555aaaa5555aaaa 0 2
fsqrt d3, d0|c00000 5 f48003ccb9f36 c0a194f61fd0b735 c19cbf7c6e60a698 0|1fff45e304475de8 0 5555aaaa5555aaaa 10 5
fsqrt d3, d0|2000000 5 beaceaff7067e256 c07565c7c7245f08 bfd008debdc9958e 0|7ff8000000000000 0 5555aaaa5555aaaa 1 5
fsqrt d3, d0|2400000 1 8264af851f47181c 3fc8098744cdf90a 8c02eaef7e3cd 0|7ff8000000000000 0 5555aaaa5555aaaa 1 1
fsqrt d3, d0|400000 0 97cfb8d9a26ab11 7fefffffffffffff 3fb71a03521fb7e0 0|24b588c1ca1e49f0 0 5555aaaa5555aaaa 10 0
fsqrt d3, d0|1c00000 4 43f0000000000000 c257fc86d604b3ef bfe0000000000000 0|41f0000000000000 0 5555aaaa5555aaaa 0 4
fsqrt d3, d0|1000000 c 41f0000000000000 6ea76967a7526abe ed3361143a281e0e 0|40f0000000000000 0 5555aaaa5555aaaa 0 c
fsqrt d3, d0|c00000 1 42691c8f2df9b056 7e6b8067c9b79c8c 7ff0000000000000 0|412c58e9397c6850 0 5555aaaa5555aaaa 10 1
fsqrt d3, d0|400000 0 7fefffffffffffff 80000c8603668dcc 4ca1c4ae38ef3122 0|5ff0000000000000 0 5555aaaa5555aaaa 10 0
fsqrt d3, d0|800000 4 8010000000000000 c1f1f2f0d7a200d2 fff4000000000abc 0|7ff8000000000000 0 5555aaaa5555aaaa 1 4
fsqrt d3, d0|c00000 d c016ef58969d56be c1e6092ab66a8f8d 311680c0044a7d5b 0|7ff8000000000000 0 5555aaaa5555aaaa 1 d
fmov s3, s0|c00000 1 bc850fa7 3a309b2d 3ed2ba5c 0|bc850fa7 0 5555aaaa5555aaaa 0 1
fmov s3, s0|1000000 6 8979aa77 7fffff 353379a9 0|8979aa77 0 5555aaaa5555aaaa 0 6
fmov s3, s0|800000 3 c3f069bb bc8848a 8056df12 0|c3f069bb 0 5555aaaa5555aaaa 0 3
fmov s3, s0|1800000 6 45181bd9 24b559 b29e6fd2 0|45181bd9 0 5555aaaa5555aaaa 0 6
fmov s3, s0|0 5 3b3d5401 4abd12ed e0463ffa 0|3b3d5401 0 5555aaaa5555aaaa 0 5
fmov s3, s0|2000000 a bf000000 26a979ef ffc12345 0|bf000000 0 5555aaaa5555aaaa 0 a
fmov s3, s0|1000000 b 459f17db b11e323a 3498c3e6 0|459f17db 0 5555aaaa5555aaaa 0 b
fmov s3, s0|1800000 7 571d91 7557e8 7f7fffff 0|571d91 0 5555aaaa5555aaaa 0 7
fmov s3, s0|3c00000 8 4effffff ffc12345 bd6a6cee 0|4effffff 0 5555aaaa5555aaaa 0 8
fmov s3, s0|0 8 b91c5639 be7b9aa1 5f800000 0|b91c5639 0 5555aaaa5555aaaa 0 8
fmov s3, s0|2c00000 5 1 8033ab19 c21fa5ce 0|1 0 5555aaaa5555aaaa 0 5
fmov s3, s0|c00000 f 73f47193 7f7fffff 3a6b0b93 0|73f47193 0 5555aaaa5555aaaa 0 f
fmov s3, s0|1400000 e e0c2c245 f691adcb c7f6444c 0|e0c2c245 0 5555aaaa5555aaaa 0 e
fmov s3, s0|1800000 4 a796470c 3ee25740 d29eeb5 0|a796470c 0 5555aaaa5555aaaa 0 4
fmov s3, s0|0 b 926f3d7 f8b326b6 40490fdb 0|926f3d7 0 5555aaaa5555aaaa 0 b
fmov s3, s0|400000 8 7dfceaf 0 9c2d5ead 0|7dfceaf 0 5555aaaa5555aaaa 0 8
fmov s3, s0|400000 b 8286e1dc 3e93b986 7978096e 0|8286e1dc 0 5555aaaa5555aaaa 0 b
fmov s3, s0|400000 6 3fc00000 729 416f12e9 0|3fc00000 0 5555aaaa5555aaaa 0 6
fmov s3, s0|2000000 a bf000000 3ac7e8a3 a64e3f49 0|bf000000 0 5555aaaa5555aaaa 0 a
fmov s3, s0|c00000 8 c2d4c16a 56d88f 800001 0|c2d4c16a 0 5555aaaa5555aaaa 0 8
fmov s3, s0|2800000 5 4494917f 807fffff c1248dc9 0|4494917f 0 5555aaaa5555aaaa 0 5
fmov s3, s0|1000000 0 f74c466c 8d6069cc c68eef10 0|f74c466c 0 5555aaaa5555aaaa 0 0
fmov s3, s0|0 c 3f000000 beaad7b7 80000000 0|3f000000 0 5555aaaa5555aaaa 0 c
fmov s3, s0|800000 1 7f800000 e721e85e c5e2619d 0|7f800000 0 5555aaaa5555aaaa 0 1
fmov s3, s0|800000 a b93af8d6 8a3d73f8 400000 0|b93af8d6 0 5555aaaa5555aaaa 0 a
fmov d3, d0|2c00000 e 80034b45e6584465 502a0cb75ce435c1 8008d4af2735f1b7 0|80034b45e6584465 0 5555aaaa5555aaaa 0 e
fmov d3, d0|1800000 7 c004000000000000 7ff8000000000000 9f1315ed24224626 0|c004000000000000 0 5555aaaa5555aaaa 0 7
fmov d3, d0|400000 4 43595eb581e79b81 bfa4e743115a07e1 bb4a5658228d447d 0|43595eb581e79b81 0 5555aaaa5555aaaa 0 4
fmov d3, d0|0 8 4133a928f1146002 3e83188610b650d5 3a1b9498234c7d7a 0|4133a928f1146002 0 5555aaaa5555aaaa 0 8
fmov d3, d0|2800000 8 febcebc9f381c918 7fefffffffffffff 81850bd61f0f0094 0|febcebc9f381c918 0 5555aaaa5555aaaa 0 8
fmov d3, d0|0 b bcb23acc75b93928 81ccc58c83a1c026 254b77387171f1b3 0|bcb23acc75b93928 0 5555aaaa5555aaaa 0 b
fmov d3, d0|1400000 1 42b11a57f47769e2 8000000000000 8001860cb3bddd7d 0|42b11a57f47769e2 0 5555aaaa5555aaaa 0 1
fmov d3, d0|0 b fcaa598dde64f31d 10000000000000 3ff0000000000000 0|fcaa598dde64f31d 0 5555aaaa5555aaaa 0 b
fmov d3, d0|2c00000 e bfacafa5c42e319f fff0000000000000 406ba49dd7737eb3 0|bfacafa5c42e319f 0 5555aaaa5555aaaa 0 e
fmov d3, d0|c00000 9 f0bb164d086ca7e9 42a9aefeaba9675b 40b9f32d7ac9b530 0|f0bb164d086ca7e9 0 5555aaaa5555aaaa 0 9
fmov d3, d0|1c00000 5 800567355dfaca2a c1f4cf56f717b951 4004000000000000 0|800567355dfaca2a 0 5555aaaa5555aaaa 0 5
fmov d3, d0|2000000 a 428b9951822c66bc c0eff9053069b968 d91a5cc43b34d 0|428b9951822c66bc 0 5555aaaa5555aaaa 0 a
fmov d3, d0|800000 9 41f0000000000000 d6ed9df99ddda 388f091ab3e3f0c8 0|41f0000000000000 0 5555aaaa5555aaaa 0 9
fmov d3, d0|3000000 a 400921fb54442d18 4340000000000001 43e0000000000000 0|400921fb54442d18 0 5555aaaa5555aaaa 0 a
fmov d3, d0|2800000 9 c004000000000000 bb8d673372c9b21c 19358d9b8cade 0|c004000000000000 0 5555aaaa5555aaaa 0 9
fmov d3, d0|2c00000 0 7ff8000000000000 41f0000000000000 7f0aebea84bca236 0|7ff8000000000000 0 5555aaaa5555aaaa 0 0
fmov d3, d0|0 f f20426ca30655 fff0000000000000 55a7248202780 0|f20426ca30655 0 5555aaaa5555aaaa 0 f
fmov d3, d0|2c00000 9 bf94b3bcafb38334 fe6d754047a8b734 3c751de16d0bf7c5 0|bf94b3bcafb38334 0 5555aaaa5555aaaa 0 9
fmov d3, d0|0 d 800fffffffffffff fd8b3f70f3bc6be8 8000000000000 0|800fffffffffffff 0 5555aaaa5555aaaa 0 d
fmov d3, d0|800000 3 8000000000000000 50f7dbf1df1933ae bec52d625066f0c8 0|8000000000000000 0 5555aaaa5555aaaa 0 3
fmov d3, d0|0 3 bd55ef004a903f20 cec10be01eb751d5 41f0000000000000 0|bd55ef004a903f20 0 5555aaaa5555aaaa 0 3
fmov d3, d0|800000 7 7ee3b74c516a35ea 55fa015d71624a52 c6788d225e34e64e 0|7ee3b74c516a35ea 0 5555aaaa5555aaaa 0 7
fmov d3, d0|0 0 41ee1f7ef3e09550 10000000000001 ffc6a6b69b9464a0 0|41ee1f7ef3e09550 0 5555aaaa5555aaaa 0 0
fmov d3, d0|800000 5 510761d4557087f5 8000097d0b1d55eb 800e353386ba3e48 0|510761d4557087f5 0 5555aaaa5555aaaa 0 5
fmov d3, d0|1400000 7 419df4a0d29a9eeb 341ab61f992462f ffefffffffffffff 0|419df4a0d29a9eeb 0 5555aaaa5555aaaa 0 7
frintn s3, s0|2400000 f 3fe33b15 44e9fbfd c4ddbc92 0|40000000 0 5555aaaa5555aaaa 0 f
frintn s3, s0|1000000 c 2e639808 13854d 7453ee8a 0|0 0 5555aaaa5555aaaa 0 c
frintn s3, s0|1400000 6 c7fda4e1 5d94d669 ffc12345 0|c7fda500 0 5555aaaa5555aaaa 0 6
frintn s3, s0|1400000 0 4149830d 5a489b18 facea65f 0|41500000 0 5555aaaa5555aaaa 0 0
frintn s3, s0|800000 7 771ced19 c7748c76 399ad967 0|771ced19 0 5555aaaa5555aaaa 0 7
frintn s3, s0|1800000 3 89916ef9 832989f1 c8f589c7 0|80000000 0 5555aaaa5555aaaa 0 3
frintn s3, s0|2000000 1 4f000000 b932b4d6 47dd3132 0|4f000000 0 5555aaaa5555aaaa 0 1
frintn s3, s0|2000000 3 878b0fdc 3fc00000 ca4bff81 0|80000000 0 5555aaaa5555aaaa 0 3
frintn s3, s0|1000000 9 8afc37f 7fffff 40490fdb 0|0 0 5555aaaa5555aaaa 0 9
frintn s3, s0|2c00000 a 6ca9f225 5ab4a2b1 7fa00000 0|6ca9f225 0 5555aaaa5555aaaa 0 a
frintn s3, s0|c00000 b b94d12e8 39d714d2 3f000000 0|80000000 0 5555aaaa5555aaaa 0 b
frintn s3, s0|1000000 a 76cea818 f1003268 388fcf06 0|76cea818 0 5555aaaa5555aaaa 0 a
frintn s3, s0|2000000 4 c009cd8b ba9bc12b c503d1f3 0|c0000000 0 5555aaaa5555aaaa 0 4
frintn s3, s0|400000 5 1 80529b01 99966de5 0|0 0 5555aaaa5555aaaa 0 5
frintn s3, s0|1800000 a 3495de18 df000000 f2ceea7b 0|0 0 5555aaaa5555aaaa 0 a
frintn s3, s0|1c00000 8 bf800000 f2f4d248 ff812345 0|bf800000 0 5555aaaa5555aaaa 0 8
frintn s3, s0|1c00000 8 16880c52 3e5c4a81 44389976 0|0 0 5555aaaa5555aaaa 0 8
frintn s3, s0|400000 6 935ce1 be4dcda2 95255dc8 0|0 0 5555aaaa5555aaaa 0 6
frintn s3, s0|400000 d c746a758 3d91d03d 7f7fffff 0|c746a700 0 5555aaaa5555aaaa 0 d
frintn s3, s0|2c00000 6 80129d03 bc1fa362 ff7fffff 0|80000000 0 5555aaaa5555aaaa 0 6
frintn s3, s0|800000 5 2ea6f8cb 3fc32040 40200000 0|0 0 5555aaaa5555aaaa 0 5
frintn s3, s0|1400000 c fc68033a c5fe0000 3aaa8550 0|fc68033a 0 5555aaaa5555aaaa 0 c
frintn s3, s0|1800000 d 4e8ee5 800000 0 0|0 0 5555aaaa5555aaaa 80 d
frintn s3, s0|400000 a fd0caa88 463c3131 3f000000 0|fd0caa88 0 5555aaaa5555aaaa 0 a
frintn s3, s0|1c00000 4 38c67a16 cf000000 447ca718 0|0 0 5555aaaa5555aaaa 0 4
frintn d3, d0|0 c 3f9598c7241c0d3b bd4077469c338785 7fefffffffffffff 0|0 0 5555aaaa5555aaaa 0 c
frintn d3, d0|c00000 a c9eaecb80574f4bc fe282272c28e8d42 de4618609dd8c716 0|c9eaecb80574f4bc 0 5555aaaa5555aaaa 0 a
frintn d3, d0|2800000 c 4330000000000001 8000000000000000 bd97a51cd8ca6d82 0|4330000000000001 0 5555aaaa5555aaaa 0 c
frintn d3, d0|c00000 c 40bf1ae5448ef9a9 9eb1474691905 42d75accfe8fa 0|40bf1b0000000000 0 5555aaaa5555aaaa 0 c
frintn d3, d0|800000 b c004000000000000 c0becfe810cdbe20 d2fa2d51d9cfb6 0|c000000000000000 0 5555aaaa5555aaaa 0 b
frintn d3, d0|400000 d ffe52fddbeedf740 3f573cb208f65ebf 7f2b3e78650699e8 0|ffe52fddbeedf740 0 5555aaaa5555aaaa 0 d
frintn d3, d0|1800000 0 80bee520b335e56d 1 10000000000001 0|8000000000000000 0 5555aaaa5555aaaa 0 0
frintn d3, d0|0 1 a88e895ea479d7bc ebcd1db1f1f18dcc e650c7d31b3a393c 0|8000000000000000 0 5555aaaa5555aaaa 0 1
frintn d3, d0|2c00000 a c263f6ba5ba1551e 4004000000000000 7fa68753b9a70751 0|c263f6ba5ba16000 0 5555aaaa5555aaaa 0 a
frintn d3, d0|1000000 1 1148960e4dd84 eb77eb44bb6c812c f6f92948877f8a69 0|0 0 5555aaaa5555aaaa 80 1
frintn d3, d0|0 3 153e27413df16ec 3f62bd3b23ab3af5 c1471fb4d2c41049 0|0 0 5555aaaa5555aaaa 0 3
frintn d3, d0|0 2 3b8526f3e1ed3f70 9d48b5ff5625c 800941ee3c79bb56 0|0 0 5555aaaa5555aaaa 0 2
frintn d3, d0|400000 a 41e0000000000000 3ee7c370fb8c28b7 905391c86d9b6ca1 0|41e0000000000000 0 5555aaaa5555aaaa 0 a
frintn d3, d0|3000000 0 c3801c0cccbd0231 baecb0f693ff5 41002a67a3afb22c 0|c3801c0cccbd0231 0 5555aaaa5555aaaa 0 0
frintn d3, d0|2000000 b 800fffffffffffff 7cd2ef0fb2ec098d ff0a57720a6a3c18 0|8000000000000000 0 5555aaaa5555aaaa 0 b
frintn d3, d0|0 b 1 7ff0000000000000 76716f57f9c55 0|0 0 5555aaaa5555aaaa 0 b
frintn d3, d0|1400000 1 41bb1c811ed9e22f 7d6e64aa5fe67e8f 3ff8000000000000 0|41bb1c811f000000 0 5555aaaa5555aaaa 0 1
frintn d3, d0|3800000 a 7fefffffffffffff c27da09feead329a fffffffffffff 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 a
frintn d3, d0|400000 1 c1e0000000200000 c27e5b3fa6fa7429 17daf688aaaf71af 0|c1e0000000200000 0 5555aaaa5555aaaa 0 1
frintn d3, d0|c00000 8 4004000000000000 506d321e557916e0 febae2e0b18ec8e9 0|4000000000000000 0 5555aaaa5555aaaa 0 8
frintn d3, d0|2000000 c 7ff0000000000000 3fd5555555555555 8000000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 c
frintn d3, d0|800000 9 9892a1215f631 269ca6568aed7c1a bfe0000000000000 0|0 0 5555aaaa5555aaaa 0 9
frintn d3, d0|0 2 30dfe40014a5ddb 7d08fc15b291db9b 21c0594f6a1b138d 0|0 0 5555aaaa5555aaaa 0 2
frintn d3, d0|2400000 c bbfc690b7eefd56f 3ff0000000000000 672e857dfbe73b84 0|8000000000000000 0 5555aaaa5555aaaa 0 c
frintn d3, d0|1000000 d 8fe2fd9af87b 7fefffffffffffff c2d91c15c4b65c45 0|0 0 5555aaaa5555aaaa 80 d
frintp s3, s0|1000000 7 348635bd 807fffff 91a7eee 0|3f800000 0 5555aaaa5555aaaa 0 7
frintp s3, s0|800000 5 cf000000 80000000 fce52feb 0|cf000000 0 5555aaaa5555aaaa 0 5
frintp s3, s0|2800000 2 45c770da ffc12345 ff7fffff 0|45c77800 0 5555aaaa5555aaaa 0 2
frintp s3, s0|400000 1 a5c58162 7fa00000 96a56bae 0|80000000 0 5555aaaa5555aaaa 0 1
frintp s3, s0|1000000 a ff800000 3fc00000 7fa00000 0|ff800000 0 5555aaaa5555aaaa 0 a
frintp s3, s0|2800000 e 63b7a59e 800001 bfe9b66a 0|63b7a59e 0 5555aaaa5555aaaa 0 e
frintp s3, s0|1000000 d c53c2be0 c0b7a1d9 bf800000 0|c53c2000 0 5555aaaa5555aaaa 0 d
frintp s3, s0|c00000 3 c2da65ee f24768fc 3f8ebc34 0|c2da0000 0 5555aaaa5555aaaa 0 3
frintp s3, s0|800000 0 8421a6ab 41898cf3 bf4414c2 0|80000000 0 5555aaaa5555aaaa 0 0
frintp s3, s0|0 7 c8719bb9 c1df6c3f 40200000 0|c8719b80 0 5555aaaa5555aaaa 0 7
frintp s3, s0|400000 0 3f000000 caeee05 df000000 0|3f800000 0 5555aaaa5555aaaa 0 0
frintp s3, s0|1800000 1 3d92876c 2eac06 3a2e3a0f 0|3f800000 0 5555aaaa5555aaaa 0 1
frintp s3, s0|3800000 1 0 3707c7ef 730eec9b 0|0 0 5555aaaa5555aaaa 0 1
frintp s3, s0|0 4 80000000 48d46301 bcba6d40 0|80000000 0 5555aaaa5555aaaa 0 4
frintp s3, s0|3800000 6 fa75ca10 1 3ab3cbff 0|fa75ca10 0 5555aaaa5555aaaa 0 6
frintp s3, s0|800000 c cf000000 3eaaaaab 807fffff 0|cf000000 0 5555aaaa5555aaaa 0 c
frintp s3, s0|1400000 8 7f800000 c2518849 58c58aa5 0|7f800000 0 5555aaaa5555aaaa 0 8
frintp s3, s0|1000000 d fc2f9289 0 7f800000 0|fc2f9289 0 5555aaaa5555aaaa 0 d
frintp s3, s0|400000 1 83fe91fa df000000 7fc00000 0|80000000 0 5555aaaa5555aaaa 0 1
frintp s3, s0|c00000 c 3d0371cf 4f000000 4065d2c7 0|3f800000 0 5555aaaa5555aaaa 0 c
frintp s3, s0|400000 1 a5dcff2e b78b4f52 7e9485a2 0|80000000 0 5555aaaa5555aaaa 0 1
frintp s3, s0|c00000 b ffc12345 be87806c 7fffff 0|ffc12345 0 5555aaaa5555aaaa 0 b
frintp s3, s0|0 0 d81b5965 febc5eb8 bcb9227e 0|d81b5965 0 5555aaaa5555aaaa 0 0
frintp s3, s0|2000000 b b82dd828 5faf1074 c17bee60 0|80000000 0 5555aaaa5555aaaa 0 b
frintp s3, s0|1400000 6 3f800000 f173b5dd 48803b4 0|3f800000 0 5555aaaa5555aaaa 0 6
frintp d3, d0|1000000 3 20b6fdd04f8fd61 c23b84e5bdb82f11 c2173f6f1806ee59 0|3ff0000000000000 0 5555aaaa5555aaaa 0 3
frintp d3, d0|c00000 e 9dac98b8ed2915a6 1f70aac48ad8e 3ff0000000000000 0|8000000000000000 0 5555aaaa5555aaaa 0 e
frintp d3, d0|1c00000 c 7ff8000000000000 8357ce66e7300cce 4330000000000001 0|7ff8000000000000 0 5555aaaa5555aaaa 0 c
frintp d3, d0|1c00000 c c1f2fdb2f795fb3b fe02856183f53281 4330000000000001 0|c1f2fdb2f7900000 0 5555aaaa5555aaaa 0 c
frintp d3, d0|1800000 4 1ef32cc416766fcf 83b84058e57079c8 3646461859d90bf9 0|3ff0000000000000 0 5555aaaa5555aaaa 0 4
frintp d3, d0|c00000 5 bf43aab14f04216c be8bf8439a267d95 fffffffffffff 0|8000000000000000 0 5555aaaa5555aaaa 0 5
frintp d3, d0|c00000 9 41c3a7b282027ea6 10000000000000 76cb028deac3a0fe 0|41c3a7b282800000 0 5555aaaa5555aaaa 0 9
frintp d3, d0|1800000 8 800a4a35359496ba 51d2c80e24d1164b 7fbad89b1d3edafe 0|8000000000000000 0 5555aaaa5555aaaa 80 8
frintp d3, d0|2c00000 9 d9b46afc89713abe c4bc93efb875bf86 3ff0000000000000 0|d9b46afc89713abe 0 5555aaaa5555aaaa 0 9
frintp d3, d0|800000 4 181823d540ccb701 4340000000000001 fffffffffffff 0|3ff0000000000000 0 5555aaaa5555aaaa 0 4
frintp d3, d0|400000 0 4340000000000001 864c8e2700a95a09 c1e0000000200000 0|4340000000000001 0 5555aaaa5555aaaa 0 0
frintp d3, d0|400000 2 7ce9c341a6cc1be8 43f0000000000000 3f063d2c95039bbd 0|7ce9c341a6cc1be8 0 5555aaaa5555aaaa 0 2
frintp d3, d0|2400000 7 4188c207d7510ab8 fc164ca0848bcf73 e099f7922cfa8739 0|4188c207d8000000 0 5555aaaa5555aaaa 0 7
frintp d3, d0|c00000 d 7f31431db6dfe31c 836fb0f3207354f5 bb76bcd250bf1701 0|7f31431db6dfe31c 0 5555aaaa5555aaaa 0 d
frintp d3, d0|1800000 0 42db5aa157429659 3bb2af978a4e156 aa2e949c74fbbe61 0|42db5aa157429680 0 5555aaaa5555aaaa 0 0
frintp d3, d0|1400000 4 41f0000000000000 ffbc0b43941f0fdf c2f9cd42da2239e0 0|41f0000000000000 0 5555aaaa5555aaaa 0 4
frintp d3, d0|c00000 b 402d3e55c717061f 930be7f12d81da1a 800bb73da28e55a8 0|402e000000000000 0 5555aaaa5555aaaa 0 b
frintp d3, d0|c00000 4 3f2a5f51d2051e9a 55717570a82f0739 3e3d10cbb4369e39 0|3ff0000000000000 0 5555aaaa5555aaaa 0 4
frintp d3, d0|3800000 9 401cdbbb1d4776bd e6b2311943412d be10a4c99969bc8d 0|4020000000000000 0 5555aaaa5555aaaa 0 9
frintp d3, d0|c00000 c fefff2c6b923fd00 dd2f25aa5a6a1759 de0ce01203c214e4 0|fefff2c6b923fd00 0 5555aaaa5555aaaa 0 c
frintp d3, d0|400000 b c34b6bd4346dcd09 3ff0000000000000 bf036b1a8f4331cd 0|c34b6bd4346dcd09 0 5555aaaa5555aaaa 0 b
frintp d3, d0|3800000 8 3e2625e9e2ebcc07 8bc6256339129ddf c1377ac8af9d5965 0|3ff0000000000000 0 5555aaaa5555aaaa 0 8
frintp d3, d0|1800000 5 ff5fed3d132bf8b2 a991d3ddd3d38d81 0 0|ff5fed3d132bf8b2 0 5555aaaa5555aaaa 0 5
frintp d3, d0|1800000 a 4340000000000001 c1e0000000200000 42b47f75a5dee158 0|4340000000000001 0 5555aaaa5555aaaa 0 a
frintp d3, d0|c00000 f c1f9f0833795dda7 1b683c4f88804ffd 92b5fa5a5d31431b 0|c1f9f08337900000 0 5555aaaa5555aaaa 0 f
frintm s3, s0|1000000 8 cf000000 4373a0a5 7f800001 0|cf000000 0 5555aaaa5555aaaa 0 8
frintm s3, s0|400000 7 8044dfa7 bf800000 a4354 0|bf800000 0 5555aaaa5555aaaa 0 7
frintm s3, s0|1000000 4 5f800000 8e2d98b2 df000000 0|5f800000 0 5555aaaa5555aaaa 0 4
frintm s3, s0|c00000 0 80000000 ca677aeb 4effffff 0|80000000 0 5555aaaa5555aaaa 0 0
frintm s3, s0|1400000 3 b208e2ce 5f800000 5f000000 0|bf800000 0 5555aaaa5555aaaa 0 3
frintm s3, s0|1800000 b ff800000 803cbd6d 64465729 0|ff800000 0 5555aaaa5555aaaa 0 b
frintm s3, s0|1000000 f 40490fdb ec3a83c8 4f800000 0|40400000 0 5555aaaa5555aaaa 0 f
frintm s3, s0|1800000 5 82d4cd1e 4052fbc3 a7b9f380 0|bf800000 0 5555aaaa5555aaaa 0 5
frintm s3, s0|800000 a 14961fc5 3f000000 c0f52661 0|0 0 5555aaaa5555aaaa 0 a
frintm s3, s0|2400000 c 7240a1 3357de78 c7a244ca 0|0 0 5555aaaa5555aaaa 0 c
frintm s3, s0|800000 a 4f000000 8030e8e5 7fa00000 0|4f000000 0 5555aaaa5555aaaa 0 a
frintm s3, s0|400000 8 4e331af9 cf000000 88b89649 0|4e331af9 0 5555aaaa5555aaaa 0 8
frintm s3, s0|0 b 332586 c33c1987 3f000000 0|0 0 5555aaaa5555aaaa 0 b
frintm s3, s0|1800000 1 c2f85e74 3da68326 800000 0|c2fa0000 0 5555aaaa5555aaaa 0 1
frintm s3, s0|3000000 d ff800000 e336ad99 ffc12345 0|ff800000 0 5555aaaa5555aaaa 0 d
frintm s3, s0|c00000 e 3f800000 ff4555a4 7f7fffff 0|3f800000 0 5555aaaa5555aaaa 0 e
frintm s3, s0|0 2 7fa00000 c0255e54 9a6cb027 0|7fe00000 0 5555aaaa5555aaaa 1 2
frintm s3, s0|2c00000 1 3c55207f b8bcb532 df000000 0|0 0 5555aaaa5555aaaa 0 1
frintm s3, s0|0 1 c8d4a887 3f800000 400000 0|c8d4a8a0 0 5555aaaa5555aaaa 0 1
frintm s3, s0|1c00000 2 c304a13f b9abe05e ff812345 0|c3050000 0 5555aaaa5555aaaa 0 2
frintm s3, s0|c00000 4 8941bf41 7bd73f 58f018 0|bf800000 0 5555aaaa5555aaaa 0 4
frintm s3, s0|800000 9 802b0dd0 71a9e87d 80800000 0|bf800000 0 5555aaaa5555aaaa 0 9
frintm s3, s0|2000000 4 16cfea f856fdd4 5f000000 0|0 0 5555aaaa5555aaaa 0 4
frintm s3, s0|0 f df000000 8903244d 5f800000 0|df000000 0 5555aaaa5555aaaa 0 f
frintm s3, s0|3800000 0 3e5ce366 400000 400000 0|0 0 5555aaaa5555aaaa 0 0
frintm d3, d0|800000 b 88a82b8fd3bd9 fcd69d864fc9d3c3 c3e0000000000000 0|0 0 5555aaaa5555aaaa 0 b
frintm d3, d0|3000000 4 7d56e1179cba8ea8 8002258fcfa0ab75 44b01792508b24a1 0|7d56e1179cba8ea8 0 5555aaaa5555aaaa 0 4
frintm d3, d0|c00000 3 34acb37d1bc662d1 c0e8fc10e6fd3147 4330000000000001 0|0 0 5555aaaa5555aaaa 0 3
frintm d3, d0|2800000 b 800b42a6f5962caa 8f2bdaa6142695b6 a5fe0bcea0983 0|bff0000000000000 0 5555aaaa5555aaaa 0 b
frintm d3, d0|c00000 6 ffefffffffffffff 49db8476474daa5f 7fcc6aa1f4371a85 0|ffefffffffffffff 0 5555aaaa5555aaaa 0 6
frintm d3, d0|400000 3 37f83b1a6c5a4b04 4330000000000001 21271e93c0a4aaa 0|0 0 5555aaaa5555aaaa 0 3
frintm d3, d0|1800000 1 3726f12291688d43 839410f5fc209cea f0baaebbfa16d959 0|0 0 5555aaaa5555aaaa 0 1
frintm d3, d0|1800000 7 800fffffffffffff 8000000000000000 c0ce392503ddfd49 0|8000000000000000 0 5555aaaa5555aaaa 80 7
frintm d3, d0|c00000 a cff54354de30bec1 ffefffffffffffff 42f051a00a55506b 0|cff54354de30bec1 0 5555aaaa5555aaaa 0 a
frintm d3, d0|1800000 e fff0000000000000 8000000000000000 c2142b0b5528b5e6 0|fff0000000000000 0 5555aaaa5555aaaa 0 e
frintm d3, d0|400000 2 53f8f769963c7c1 bedcdf6395b34669 c0f1aeca7807fb32 0|0 0 5555aaaa5555aaaa 0 2
frintm d3, d0|3400000 7 407bbb5846f542d7 12338602d9d86ed2 41e0000000000000 0|407bb00000000000 0 5555aaaa5555aaaa 0 7
frintm d3, d0|1c00000 0 416f189c46abc0af 3ff81bc0629452d9 83e9ca0b9db42585 0|416f189c40000000 0 5555aaaa5555aaaa 0 0
frintm d3, d0|c00000 6 8000000000000000 c3b17ee2956cd87b 371498854fc4a30a 0|8000000000000000 0 5555aaaa5555aaaa 0 6
frintm d3, d0|1000000 c 800fc2f64ed8f0c1 ff2d67d142d79280 3fe0000000000000 0|8000000000000000 0 5555aaaa5555aaaa 80 c
frintm d3, d0|1c00000 7 c28e7eb41fe0f232 4340000000000001 4340000000000001 0|c28e7eb41fe0f800 0 5555aaaa5555aaaa 0 7
frintm d3, d0|3400000 8 7ffd4c6cbc1ce bf35e46c77d43052 c2714a1af98d0058 0|0 0 5555aaaa5555aaaa 80 8
frintm d3, d0|400000 8 10000000000001 f167af3e9ef29320 41ffbac488bad036 0|0 0 5555aaaa5555aaaa 0 8
frintm d3, d0|800000 a c125f154d17a06e2 c332577098ed4a84 c23585cb10979ace 0|c125f15600000000 0 5555aaaa5555aaaa 0 a
frintm d3, d0|0 8 4340000000000001 df5061c1fbff1911 c35abfcfd6797333 0|4340000000000001 0 5555aaaa5555aaaa 0 8
frintm d3, d0|400000 3 7ff8000000000000 7fefffffffffffff 412210e0a68f3e7a 0|7ff8000000000000 0 5555aaaa5555aaaa 0 3
frintm d3, d0|c00000 9 c1e0000000200000 c1dc89ee299827f5 985ac09fe978fd8 0|c1e0000000200000 0 5555aaaa5555aaaa 0 9
frintm d3, d0|800000 5 829b27e7a3fff3ad 35b5e87e710c49 2fa7b3a69dd254d 0|bff0000000000000 0 5555aaaa5555aaaa 0 5
frintm d3, d0|400000 5 c2e7505de60b5fe9 c063abc61456d58d a347da8c00593d89 0|c2e7505de60b6000 0 5555aaaa5555aaaa 0 5
frintm d3, d0|3800000 6 fc82458d7e3d c45044538d247d00 40bd236d6d625e33 0|0 0 5555aaaa5555aaaa 80 6
frintz s3, s0|0 0 c874690b 64fe3147 c4bd98bd 0|c8746900 0 5555aaaa5555aaaa 0 0
frintz s3, s0|400000 3 7fffff 88d2ffb3 92b48e88 0|0 0 5555aaaa5555aaaa 0 3
frintz s3, s0|1400000 4 7fa00000 b19b8aa b50062fc 0|7fe00000 0 5555aaaa5555aaaa 1 4
frintz s3, s0|c00000 f 72b198ad c63b23ea d4c87c41 0|72b198ad 0 5555aaaa5555aaaa 0 f
frintz s3, s0|400000 c 7c53ee41 2990bb4f 4b000001 0|7c53ee41 0 5555aaaa5555aaaa 0 c
frintz s3, s0|2000000 f 8036bea2 f666a278 14d9abf2 0|80000000 0 5555aaaa5555aaaa 0 f
frintz s3, s0|1400000 9 61d683 753795af 8043bc12 0|0 0 5555aaaa5555aaaa 80 9
frintz s3, s0|0 2 8072dd1b 86864f90 5f800000 0|80000000 0 5555aaaa5555aaaa 0 2
frintz s3, s0|1400000 3 7f800001 80000000 4ce5b1 0|7fc00001 0 5555aaaa5555aaaa 1 3
frintz s3, s0|400000 9 8e97408f c0200000 c1433588 0|80000000 0 5555aaaa5555aaaa 0 9
frintz s3, s0|1800000 7 dccc7b0 10199e8f 61d6f673 0|0 0 5555aaaa5555aaaa 0 7
frintz s3, s0|3400000 8 543ac30f 80800000 df000000 0|543ac30f 0 5555aaaa5555aaaa 0 8
frintz s3, s0|1400000 9 7fffff c5396a1a 4076c3 0|0 0 5555aaaa5555aaaa 80 9
frintz s3, s0|2400000 e 6d74d2 e203fb16 7fc00000 0|0 0 5555aaaa5555aaaa 0 e
frintz s3, s0|400000 d be700d5f 3cf95477 78658773 0|80000000 0 5555aaaa5555aaaa 0 d
frintz s3, s0|c00000 a 80800000 792039ce c49ff425 0|80000000 0 5555aaaa5555aaaa 0 a
frintz s3, s0|1000000 3 51be0da9 0 86f1539b 0|51be0da9 0 5555aaaa5555aaaa 0 3
frintz s3, s0|2c00000 1 61c40130 c1df08a0 3eaaaaab 0|61c40130 0 5555aaaa5555aaaa 0 1
frintz s3, s0|0 4 c41398aa c5622238 f6e99b80 0|c4138000 0 5555aaaa5555aaaa 0 4
frintz s3, s0|0 0 fe6ce8a7 b402e7c9 3fc00000 0|fe6ce8a7 0 5555aaaa5555aaaa 0 0
frintz s3, s0|1800000 4 43b1de7a 35135d7 b7f7a28d 0|43b18000 0 5555aaaa5555aaaa 0 4
frintz s3, s0|1400000 a 3f000000 801df1cb 800000 0|0 0 5555aaaa5555aaaa 0 a
frintz s3, s0|2000000 2 800000 6da1d77 3fc00000 0|0 0 5555aaaa5555aaaa 0 2
frintz s3, s0|800000 c 50bf1be2 733d9479 863386ba 0|50bf1be2 0 5555aaaa5555aaaa 0 c
frintz s3, s0|400000 3 374b7bff c0200000 805211a5 0|0 0 5555aaaa5555aaaa 0 3
frintz d3, d0|800000 6 27ce76da53996 6d3dbf04b2ea17 fda2b937973832c6 0|0 0 5555aaaa5555aaaa 0 6
frintz d3, d0|c00000 c c1063473a98a6e9a 3ff8000000000000 c37516b92bb0db61 0|c106347000000000 0 5555aaaa5555aaaa 0 c
frintz d3, d0|1c00000 3 bff0000000000000 8003a4e685457f99 bf65db3c884da383 0|bff0000000000000 0 5555aaaa5555aaaa 0 3
frintz d3, d0|c00000 7 fe2989f5822924ed 0 800c93db505a2d2c 0|fe2989f5822924ed 0 5555aaaa5555aaaa 0 7
frintz d3, d0|400000 f fe3d5591e317a260 7ff8000000000000 800b17e9f3a53431 0|fe3d5591e317a260 0 5555aaaa5555aaaa 0 f
frintz d3, d0|1000000 8 41f0000000000000 80077b7a76b2d41d e5408c04743c7bd1 0|41f0000000000000 0 5555aaaa5555aaaa 0 8
frintz d3, d0|1400000 a c2aa68a773dcea99 c12f81afc5935a30 1 0|c2aa68a773dcea00 0 5555aaaa5555aaaa 0 a
frintz d3, d0|c00000 3 c1e0000000200000 fcb3b99ab0ab6c85 ffefffffffffffff 0|c1e0000000200000 0 5555aaaa5555aaaa 0 3
frintz d3, d0|400000 1 c1112313a0c5f180 1 41f0000000000000 0|c111231000000000 0 5555aaaa5555aaaa 0 1
frintz d3, d0|0 a 7f6a437369a95772 413ee827901b5e91 ff33f3bd90ef7e9b 0|7f6a437369a95772 0 5555aaaa5555aaaa 0 a
frintz d3, d0|c00000 0 7fefffffffffffff fcf1119f642bb91b 37c76a9d9e10bfa 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 0
frintz d3, d0|400000 9 7ff8000000000000 3e982b2bff8dfdaf 24d92fd58c5c3866 0|7ff8000000000000 0 5555aaaa5555aaaa 0 9
frintz d3, d0|c00000 1 3ff0000000000000 1141f5d14b0a79f4 a586eca2f041e180 0|3ff0000000000000 0 5555aaaa5555aaaa 0 1
frintz d3, d0|1800000 6 bf028e5a40bd4329 40d503a8cb0c3cd7 78f546931b5334ae 0|8000000000000000 0 5555aaaa5555aaaa 0 6
frintz d3, d0|1000000 6 fff4000000000abc fdf7cae3d6557cb8 bff0000000000000 0|fffc000000000abc 0 5555aaaa5555aaaa 1 6
frintz d3, d0|1c00000 1 bf3cdb5ab2e51926 3f67fc460fff330d 8081140ece233072 0|8000000000000000 0 5555aaaa5555aaaa 0 1
frintz d3, d0|1800000 4 80068be1ab0867d4 43f0000000000000 3bc448e23de0635e 0|8000000000000000 0 5555aaaa5555aaaa 80 4
frintz d3, d0|800000 4 80050aa668ce6288 440f9e4c6af64165 43f0000000000000 0|8000000000000000 0 5555aaaa5555aaaa 0 4
frintz d3, d0|400000 f c04f9fc7df9e0ce7 1 400921fb54442d18 0|c04f800000000000 0 5555aaaa5555aaaa 0 f
frintz d3, d0|400000 8 800fffffffffffff bc807b4cc33f6d52 b7bacdc9ec9ffbf9 0|8000000000000000 0 5555aaaa5555aaaa 0 8
frintz d3, d0|2400000 d 80032a0c1cc84064 bf930dec6c5f2d2b 3ff8000000000000 0|8000000000000000 0 5555aaaa5555aaaa 0 d
frintz d3, d0|1c00000 0 3ff0000000000000 c381268f0bb1b41d 3e89b252863cff9b 0|3ff0000000000000 0 5555aaaa5555aaaa 0 0
frintz d3, d0|800000 9 274a15cc3ddfbaf2 c1ce6edb238aacf5 80994ad7fd4d9d75 0|0 0 5555aaaa5555aaaa 0 9
frintz d3, d0|2400000 3 9abd2ac3d4000 4224165c7b8a9d9e 4adee81d0d0e3 0|0 0 5555aaaa5555aaaa 0 3
frintz d3, d0|1400000 6 ef7b22284be9bb bfd70e98acb9440b cbbc849acb8c9110 0|0 0 5555aaaa5555aaaa 0 6
frinta s3, s0|800000 5 6951344 e98dd5ed 4effffff 0|0 0 5555aaaa5555aaaa 0 5
frinta s3, s0|1400000 e 27b50f d3e4da90 3eaaaaab 0|0 0 5555aaaa5555aaaa 80 e
frinta s3, s0|400000 0 17edea8f 80000000 f3980e0b 0|0 0 5555aaaa5555aaaa 0 0
frinta s3, s0|c00000 5 fdb32799 ff624548 7b8a1603 0|fdb32799 0 5555aaaa5555aaaa 0 5
frinta s3, s0|0 9 250f57 f5266e 186aad31 0|0 0 5555aaaa5555aaaa 0 9
frinta s3, s0|1c00000 4 c3ad7ef1 716ec3fb 7d0702 0|c3ad8000 0 5555aaaa5555aaaa 0 4
frinta s3, s0|1800000 c 475b66a6 c1fbe0f5 bc56d04b 0|475b6700 0 5555aaaa5555aaaa 0 c
frinta s3, s0|1000000 2 a5415b98 0 44c83f12 0|80000000 0 5555aaaa5555aaaa 0 2
frinta s3, s0|1400000 d 79f3bafa 102989 c3c055e8 0|79f3bafa 0 5555aaaa5555aaaa 0 d
frinta s3, s0|0 d 8dd2f7e7 3c3cfae5 f70b8b40 0|80000000 0 5555aaaa5555aaaa 0 d
frinta s3, s0|0 8 400000 80000000 48ffddda 0|0 0 5555aaaa5555aaaa 0 8
frinta s3, s0|800000 b c6d17fad 4037c633 c74993ae 0|c6d18000 0 5555aaaa5555aaaa 0 b
frinta s3, s0|0 1 3234c6d8 a1619c01 12cbf40a 0|0 0 5555aaaa5555aaaa 0 1
frinta s3, s0|2800000 1 c20b8623 d4423131 40490fdb 0|c20c0000 0 5555aaaa5555aaaa 0 1
frinta s3, s0|1c00000 2 3f7543ed ff812345 80000000 0|3f800000 0 5555aaaa5555aaaa 0 2
frinta s3, s0|3000000 9 d20ce249 b76666bc 36bde603 0|d20ce249 0 5555aaaa5555aaaa 0 9
frinta s3, s0|c00000 9 1a50c0 7f800000 f8618de9 0|0 0 5555aaaa5555aaaa 0 9
frinta s3, s0|800000 9 3c4c3833 c1da1a65 94395d 0|0 0 5555aaaa5555aaaa 0 9
frinta s3, s0|0 9 80800000 400000 df000000 0|80000000 0 5555aaaa5555aaaa 0 9
frinta s3, s0|c00000 0 1 385f7faa 7fc00000 0|0 0 5555aaaa5555aaaa 0 0
frinta s3, s0|1c00000 4 4f800000 df000000 c16f0184 0|4f800000 0 5555aaaa5555aaaa 0 4
frinta s3, s0|800000 9 39561698 893c9ae6 6a049054 0|0 0 5555aaaa5555aaaa 0 9
frinta s3, s0|2c00000 8 c82b5b5b bf800000 5f800000 0|c82b5b40 0 5555aaaa5555aaaa 0 8
frinta s3, s0|c00000 c b8811d8a 864ec4f c87b3f8c 0|80000000 0 5555aaaa5555aaaa 0 c
frinta s3, s0|1000000 f d7f1e89d 32734f48 ff812345 0|d7f1e89d 0 5555aaaa5555aaaa 0 f
frinta d3, d0|1400000 2 30a989850e722f7 c2b5da1330f8c265 2275f1f884afa026 0|0 0 5555aaaa5555aaaa 0 2
frinta d3, d0|0 0 0 c0732b40bab40bd1 c3618605caf92862 0|0 0 5555aaaa5555aaaa 0 0
frinta d3, d0|1c00000 9 7a0ac13315d62d55 a650f8855827f87c 43f0000000000000 0|7a0ac13315d62d55 0 5555aaaa5555aaaa 0 9
frinta d3, d0|1000000 0 117f05694f21dee 42fb95c70e4f0998 800d2408bf03fc6d 0|0 0 5555aaaa5555aaaa 0 0
frinta d3, d0|800000 c ff88d4a86e8155a2 bff0000000000000 6a1aab05f77c8f81 0|ff88d4a86e8155a2 0 5555aaaa5555aaaa 0 c
frinta d3, d0|2400000 2 c386d089adb75785 a082c922ca194eef 922fd26f1e38bc 0|c386d089adb75785 0 5555aaaa5555aaaa 0 2
frinta d3, d0|c00000 c 800cf0de839cd3c3 b188acd189f3a944 c1924f1eb8064a1f 0|8000000000000000 0 5555aaaa5555aaaa 0 c
frinta d3, d0|400000 a 818abbec462a0c36 7c7ce4b6ce55b435 80022f5d19641d57 0|8000000000000000 0 5555aaaa5555aaaa 0 a
frinta d3, d0|c00000 5 10000000000001 3ee978bde473af8d aa01fc070423a736 0|0 0 5555aaaa5555aaaa 0 5
frinta d3, d0|1800000 8 f3da3d251459f 8005eec346b33721 bfb510e37144cd1a 0|0 0 5555aaaa5555aaaa 80 8
frinta d3, d0|1800000 2 99c4330a9a985ede 8010000000000000 8902d11d70af2d2 0|8000000000000000 0 5555aaaa5555aaaa 0 2
frinta d3, d0|0 1 c0b3d5f329c5b ff33d1cf9e95f40b c0beee152e1509b5 0|0 0 5555aaaa5555aaaa 0 1
frinta d3, d0|2000000 2 821d240bdfd061fb 6812ab0c53755ee8 d36031a1a7c00d34 0|8000000000000000 0 5555aaaa5555aaaa 0 2
frinta d3, d0|1c00000 2 61bbe6fd232a7188 cb8a555126a99 41e0000000000000 0|61bbe6fd232a7188 0 5555aaaa5555aaaa 0 2
frinta d3, d0|3800000 c 7fad34d8c4ec9c96 d7777013b402 d934f05bb223a 0|7fad34d8c4ec9c96 0 5555aaaa5555aaaa 0 c
frinta d3, d0|2c00000 f 7ff0000000000000 c0473dff90c6a1f0 43f0000000000000 0|7ff0000000000000 0 5555aaaa5555aaaa 0 f
frinta d3, d0|1400000 3 5cee44f0903adc68 3ff8000000000000 5f6b0b071563f347 0|5cee44f0903adc68 0 5555aaaa5555aaaa 0 3
frinta d3, d0|800000 5 42080723f437e4fa c03a909c795b0323 43e0000000000000 0|42080723f4380000 0 5555aaaa5555aaaa 0 5
frinta d3, d0|800000 d bf6603f9634ce520 7ff0000000000000 c00f193f0bf6c0f3 0|8000000000000000 0 5555aaaa5555aaaa 0 d
frinta d3, d0|c00000 6 daa64dba869c710a c1af23e55619ccf9 41dfffffffe00000 0|daa64dba869c710a 0 5555aaaa5555aaaa 0 6
frinta d3, d0|c00000 5 7a92b8f9e40de 3ff8000000000000 bfa53e2c8e39945c 0|0 0 5555aaaa5555aaaa 0 5
frinta d3, d0|400000 f 71fe347c3bd2d751 40333788ab1193a3 39bb6504e6b7c7d3 0|71fe347c3bd2d751 0 5555aaaa5555aaaa 0 f
frinta d3, d0|2400000 6 c004000000000000 fff0000000000000 ff6c00aadcdc3f2a 0|c008000000000000 0 5555aaaa5555aaaa 0 6
frinta d3, d0|2000000 0 7ff0000000000001 d010074887efabe4 c004000000000000 0|7ff8000000000000 0 5555aaaa5555aaaa 1 0
frinta d3, d0|1c00000 f bfcc7876664e2ab0 6b7519f7472d78b5 6d75da5d8341f979 0|8000000000000000 0 5555aaaa5555aaaa 0 f
frintx s3, s0|0 5 b8500341 400000 5f800000 0|80000000 0 5555aaaa5555aaaa 10 5
frintx s3, s0|2400000 a bac1ffd1 50281ca7 8072810d 0|80000000 0 5555aaaa5555aaaa 10 a
frintx s3, s0|400000 b 40200000 7b140a3d 7fc00000 0|40400000 0 5555aaaa5555aaaa 10 b
frintx s3, s0|0 3 9369163b 147b73bf 41658ae3 0|80000000 0 5555aaaa5555aaaa 10 3
frintx s3, s0|0 9 bbe67122 b7ac198d 7f7d290d 0|80000000 0 5555aaaa5555aaaa 10 9
frintx s3, s0|1800000 3 ccf729cb 3c87912e 40490fdb 0|ccf729cb 0 5555aaaa5555aaaa 0 3
frintx s3, s0|2800000 5 7eb9b8b6 3e645032 42d1f7bf 0|7eb9b8b6 0 5555aaaa5555aaaa 0 5
frintx s3, s0|c00000 d 7fffff ff812345 6282358 0|0 0 5555aaaa5555aaaa 10 d
frintx s3, s0|1400000 9 df000000 3e4726e7 80000000 0|df000000 0 5555aaaa5555aaaa 0 9
frintx s3, s0|1c00000 1 1a63a565 37298ef6 3fc00000 0|0 0 5555aaaa5555aaaa 10 1
frintx s3, s0|1000000 9 c7f2da94 800df980 ba570823 0|c7f2da80 0 5555aaaa5555aaaa 10 9
frintx s3, s0|0 0 8521790e 3b1dc454 1 0|80000000 0 5555aaaa5555aaaa 10 0
frintx s3, s0|2400000 4 bc3d1101 f52ca596 df000000 0|80000000 0 5555aaaa5555aaaa 10 4
frintx s3, s0|2800000 e bcb580de 46382725 c4e499cd 0|bf800000 0 5555aaaa5555aaaa 10 e
frintx s3, s0|400000 5 4d0639 907f34c2 b7e1c700 0|3f800000 0 5555aaaa5555aaaa 10 5
frintx s3, s0|1c00000 5 80800000 3e1e09b6 80800000 0|80000000 0 5555aaaa5555aaaa 10 5
frintx s3, s0|1000000 1 481f6c45 2a9c71 38ac319e 0|481f6c40 0 5555aaaa5555aaaa 10 1
frintx s3, s0|1800000 a c1945c0b 807fffff a56828da 0|c1980000 0 5555aaaa5555aaaa 10 a
frintx s3, s0|0 a 804e2bb7 46c0db 803f77dc 0|80000000 0 5555aaaa5555aaaa 10 a
frintx s3, s0|1800000 1 4008c905 48f5fef0 bf000000 0|40000000 0 5555aaaa5555aaaa 10 1
frintx s3, s0|400000 e 800001 80592251 7fc00000 0|3f800000 0 5555aaaa5555aaaa 10 e
frintx s3, s0|3c00000 6 7ef2a5d9 7fa00000 3e5924d4 0|7ef2a5d9 0 5555aaaa5555aaaa 0 6
frintx s3, s0|800000 4 c385f94a 803d2b21 97342356 0|c3860000 0 5555aaaa5555aaaa 10 4
frintx s3, s0|1400000 9 800000 7f800000 c0d4b354 0|3f800000 0 5555aaaa5555aaaa 10 9
frintx s3, s0|1000000 a b2d97707 57492b6f 7fffff 0|80000000 0 5555aaaa5555aaaa 10 a
frintx d3, d0|0 b 7f350c221515360a bfa85c84760039f2 f080b07d58ce350c 0|7f350c221515360a 0 5555aaaa5555aaaa 0 b
frintx d3, d0|0 2 6c9c3741cd09c5fe 828b180ffe23fbf7 c339a5469732d5f0 0|6c9c3741cd09c5fe 0 5555aaaa5555aaaa 0 2
frintx d3, d0|c00000 6 c3391f1d28e3005c 80086cd5c6d276ec 3dc3a6101d604 0|c3391f1d28e3005c 0 5555aaaa5555aaaa 0 6
frintx d3, d0|c00000 e c29f6699a9c2ef89 195cc5f8278274b4 c38e9be7e680226c 0|c29f6699a9c2ec00 0 5555aaaa5555aaaa 10 e
frintx d3, d0|800000 d 679ed41c24efb3cc 1d13b1606d6544c 43f0000000000000 0|679ed41c24efb3cc 0 5555aaaa5555aaaa 0 d
frintx d3, d0|400000 6 55d198288fdd7ddd 3ff0000000000000 436a9fd91e95733a 0|55d198288fdd7ddd 0 5555aaaa5555aaaa 0 6
frintx d3, d0|0 f c2ef69252daa122d c1cdaa94c102c150 3e19084223ec2717 0|c2ef69252daa1220 0 5555aaaa5555aaaa 10 f
frintx d3, d0|0 f c2b1cd76cc8a1092 400fe34f3c470c18 6a4edd6f5e74a112 0|c2b1cd76cc8a1100 0 5555aaaa5555aaaa 10 f
frintx d3, d0|800000 0 43e0000000000000 41dfffffffe00000 fff0000000000000 0|43e0000000000000 0 5555aaaa5555aaaa 0 0
frintx d3, d0|1800000 e 414499dad83cd597 40490e4a61228a92 82d832991a94f0c6 0|414499da80000000 0 5555aaaa5555aaaa 10 e
frintx d3, d0|400000 8 bf565e4516814350 7fefffffffffffff 800e0f1956459118 0|8000000000000000 0 5555aaaa5555aaaa 10 8
frintx d3, d0|800000 4 589f45e67652c83f 73e6f07aa827a 422a9857c557c596 0|589f45e67652c83f 0 5555aaaa5555aaaa 0 4
frintx d3, d0|400000 0 3bffdce13572f323 272bccd0c89cc 3c67056dd8894243 0|3ff0000000000000 0 5555aaaa5555aaaa 10 0
frintx d3, d0|0 b 426e18f08059eb94 3138a4de962f382a 2e84e0425b8329f3 0|426e18f08059e000 0 5555aaaa5555aaaa 10 b
frintx d3, d0|400000 c bfc6c9ce82a05364 c004000000000000 bac5c879d7734f5d 0|8000000000000000 0 5555aaaa5555aaaa 10 c
frintx d3, d0|400000 a 546ae905c0a7f5df beadbe9584b01e1c 43f0000000000000 0|546ae905c0a7f5df 0 5555aaaa5555aaaa 0 a
frintx d3, d0|0 8 10000000000000 30ef2b70a8d3f64 fffffffffffff 0|0 0 5555aaaa5555aaaa 10 8
frintx d3, d0|1400000 e 438e93252867cd82 efa8db77f3018ba 10000000000000 0|438e93252867cd82 0 5555aaaa5555aaaa 0 e
frintx d3, d0|0 e c0ffa3a099b6c3d0 352df2a01d1f2c52 7ff0000000000000 0|c0ffa3a000000000 0 5555aaaa5555aaaa 10 e
frintx d3, d0|c00000 d c2e6e27aaf492d9c bff0000000000000 43e0000000000000 0|c2e6e27aaf492d80 0 5555aaaa5555aaaa 10 d
frintx d3, d0|1c00000 6 43278aa810fd38e1 816434677dc895e2 42ff1ec1394ca401 0|43278aa810fd38e0 0 5555aaaa5555aaaa 10 6
frintx d3, d0|800000 8 3ff8000000000000 80009aaf2cf9f39b 826440e46f5edbeb 0|3ff0000000000000 0 5555aaaa5555aaaa 10 8
frintx d3, d0|2c00000 d a98f0037c06aeb4e 4330000000000001 81c998e1c98e4fb4 0|8000000000000000 0 5555aaaa5555aaaa 10 d
frintx d3, d0|3c00000 2 e7cc6701adf7b bfe0000000000000 3fe0000000000000 0|0 0 5555aaaa5555aaaa 80 2
frintx d3, d0|3c00000 3 c0060b1f8a278062 10000000000001 de5ae0f9798d5 0|c000000000000000 0 5555aaaa5555aaaa 10 3
frinti s3, s0|400000 c 3a2862e7 ff800000 ae84dc5e 0|3f800000 0 5555aaaa5555aaaa 0 c
frinti s3, s0|1c00000 e 4effffff 2cc30d6b 7f7fffff 0|4effffff 0 5555aaaa5555aaaa 0 e
frinti s3, s0|0 6 490c37 ff800000 ba77680c 0|0 0 5555aaaa5555aaaa 0 6
frinti s3, s0|c00000 a a60b02be 0 ff7fffff 0|80000000 0 5555aaaa5555aaaa 0 a
frinti s3, s0|800000 b 48d68110 c06621cd 8001c89a 0|48d68100 0 5555aaaa5555aaaa 0 b
frinti s3, s0|0 9 3f800000 774fd59e 800001 0|3f800000 0 5555aaaa5555aaaa 0 9
frinti s3, s0|400000 6 df000000 3de674af 522a7c 0|df000000 0 5555aaaa5555aaaa 0 6
frinti s3, s0|1400000 a f0d3d05a 807fffff c5076c56 0|f0d3d05a 0 5555aaaa5555aaaa 0 a
frinti s3, s0|1400000 8 4b079d1c 3bb70105 ff800000 0|4b079d1c 0 5555aaaa5555aaaa 0 8
frinti s3, s0|800000 4 48015bcb 60c930 3c18686d 0|48015bc0 0 5555aaaa5555aaaa 0 4
frinti s3, s0|c00000 5 4806f567 7045bc63 ff7fffff 0|4806f540 0 5555aaaa5555aaaa 0 5
frinti s3, s0|3800000 7 d559b4d4 a35c4ae 611cac06 0|d559b4d4 0 5555aaaa5555aaaa 0 7
frinti s3, s0|2c00000 c 3b0b8d38 bf800000 37e639 0|0 0 5555aaaa5555aaaa 0 c
frinti s3, s0|800000 f 7f800001 1 7cbe5ec 0|7fc00001 0 5555aaaa5555aaaa 1 f
frinti s3, s0|0 9 3fc00000 4b000001 f73bf171 0|40000000 0 5555aaaa5555aaaa 0 9
frinti s3, s0|400000 f 3c94fa80 ef2f1a66 c5fcc26b 0|3f800000 0 5555aaaa5555aaaa 0 f
frinti s3, s0|400000 3 3f800000 18bfce 46016b08 0|3f800000 0 5555aaaa5555aaaa 0 3
frinti s3, s0|0 c a3930fb5 7f800001 408ea7cc 0|80000000 0 5555aaaa5555aaaa 0 c
frinti s3, s0|800000 1 0 3f800000 c44128e0 0|0 0 5555aaaa5555aaaa 0 1
frinti s3, s0|800000 4 ffc12345 ee2268c9 0 0|ffc12345 0 5555aaaa5555aaaa 0 4
frinti s3, s0|400000 c ff800000 6a5cf03 875f9146 0|ff800000 0 5555aaaa5555aaaa 0 c
frinti s3, s0|1800000 1 2f9e51c2 9b4ec1d bd14aa5f 0|0 0 5555aaaa5555aaaa 0 1
frinti s3, s0|2000000 9 ff800000 e891a593 7fc00000 0|ff800000 0 5555aaaa5555aaaa 0 9
frinti s3, s0|400000 9 f4b13726 7fffff 3f831d8e 0|f4b13726 0 5555aaaa5555aaaa 0 9
frinti s3, s0|c00000 c be92aa05 7ed78b88 95c73048 0|80000000 0 5555aaaa5555aaaa 0 c
frinti d3, d0|1800000 e c159b0cd572200f9 430bf963f742a13b 8000ccb0e3bf6597 0|c159b0cd80000000 0 5555aaaa5555aaaa 0 e
frinti d3, d0|1000000 7 fff0000000000000 339953fa06e009 4078f36919a73d96 0|fff0000000000000 0 5555aaaa5555aaaa 0 7
frinti d3, d0|800000 5 7fefffffffffffff 587bda87bd5557c6 7ff8000000000000 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 5
frinti d3, d0|c00000 0 400921fb54442d18 c004000000000000 d674cc1b475506ca 0|4008000000000000 0 5555aaaa5555aaaa 0 0
frinti d3, d0|3000000 d c004000000000000 fcc9c1cd656249e2 b19eb779529c99f7 0|c000000000000000 0 5555aaaa5555aaaa 0 d
frinti d3, d0|400000 a fff8000000012345 43f0000000000000 c3e0000000000000 0|fff8000000012345 0 5555aaaa5555aaaa 0 a
frinti d3, d0|1000000 e d9162850c1ea4c85 7ff0000000000000 10000000000001 0|d9162850c1ea4c85 0 5555aaaa5555aaaa 0 e
frinti d3, d0|400000 0 0 43e0000000000000 10000000000000 0|0 0 5555aaaa5555aaaa 0 0
frinti d3, d0|c00000 e 41dfffffffe00000 3ff8000000000000 6d023ce8fb266 0|41dfffffffc00000 0 5555aaaa5555aaaa 0 e
frinti d3, d0|0 8 404bbd1379980370 7ff8000000000000 4330000000000001 0|404b800000000000 0 5555aaaa5555aaaa 0 8
frinti d3, d0|2c00000 d 2a76f6338084069 3fc5fd297226497b fdd77b965d76f6d2 0|0 0 5555aaaa5555aaaa 0 d
frinti d3, d0|1800000 9 7cf712e9a20d5721 400921fb54442d18 fff0000000000000 0|7cf712e9a20d5721 0 5555aaaa5555aaaa 0 9
frinti d3, d0|c00000 e 45f172a09cdf044a bead42ed4e27ba8a 43f0000000000000 0|45f172a09cdf044a 0 5555aaaa5555aaaa 0 e
frinti d3, d0|2400000 a 80092edaa419b0da 773d3f2b7b2f46ad c2969adbfc146e86 0|8000000000000000 0 5555aaaa5555aaaa 0 a
frinti d3, d0|800000 c 94b0473b173a2f0d 800f77ca018ec1f4 fffffffffffff 0|bff0000000000000 0 5555aaaa5555aaaa 0 c
frinti d3, d0|1400000 9 8007d9092df5e62e ffefffffffffffff 421e44100ea94386 0|8000000000000000 0 5555aaaa5555aaaa 80 9
frinti d3, d0|3400000 4 8f3ee1f0847f0597 81ef44265951acdd a332cf11c92f4722 0|8000000000000000 0 5555aaaa5555aaaa 0 4
frinti d3, d0|1000000 6 1540826da8ba824 fff8000000012345 43e0000000000000 0|0 0 5555aaaa5555aaaa 0 6
frinti d3, d0|1400000 b c03da879b2a3af33 d5b4209235e76 45baf8a1ccbd647a 0|c03d000000000000 0 5555aaaa5555aaaa 0 b
frinti d3, d0|2c00000 d 42136408e4212bda ee4541127acc808b fea067f818634ea0 0|42136408e4200000 0 5555aaaa5555aaaa 0 d
frinti d3, d0|0 b 4330000000000001 4039e7e1631fdf04 20ee813e75d11 0|4330000000000001 0 5555aaaa5555aaaa 0 b
frinti d3, d0|400000 7 7fefffffffffffff 40d5e709dcd4b07f bfa4b02c5d0c0364 0|7fefffffffffffff 0 5555aaaa5555aaaa 0 7
frinti d3, d0|800000 9 ffefffffffffffff fff0000000000000 3ff8000000000000 0|ffefffffffffffff 0 5555aaaa5555aaaa 0 9
frinti d3, d0|0 d 3edb1b0bb715fea7 4058e52b25864653 279225a60d99e6d 0|0 0 5555aaaa5555aaaa 0 d
frinti d3, d0|3000000 5 7d4b0e2351a50 41a2e1c5af31c1a5 69ad901f1e8a15 0|0 0 5555aaaa5555aaaa 80 5
fcvt d3, s0|400000 7 8372646 c987ada7 6760e86 0|3906e4c8c0000000 0 5555aaaa5555aaaa 0 7
fcvt d3, s0|400000 9 ff812345 9cf8736f 77d6fd05 0|fff82468a0000000 0 5555aaaa5555aaaa 1 9
fcvt d3, s0|0 b b9110a18 ff800000 8057eb85 0|bf22214300000000 0 5555aaaa5555aaaa 0 b
fcvt d3, s0|2400000 5 47706120 1b79176d 8dd5bcbf 0|40ee0c2400000000 0 5555aaaa5555aaaa 0 5
fcvt d3, s0|1400000 1 721ad364 392d629f 80800000 0|46435a6c80000000 0 5555aaaa5555aaaa 0 1
fcvt d3, s0|1800000 c bf000000 40200000 c5b9d239 0|bfe0000000000000 0 5555aaaa5555aaaa 0 c
fcvt d3, s0|1000000 b 0 3b1c9b bf800000 0|0 0 5555aaaa5555aaaa 0 b
fcvt d3, s0|2400000 b 864844e8 c0200000 424330eb 0|b8c9089d00000000 0 5555aaaa5555aaaa 0 b
fcvt d3, s0|800000 8 4b645ff6 c69cbf41 34e3f0 0|416c8bfec0000000 0 5555aaaa5555aaaa 0 8
fcvt d3, s0|c00000 3 3696b8c2 75ce70 8070f41a 0|3ed2d71840000000 0 5555aaaa5555aaaa 0 3
fcvt d3, s0|1400000 c c3c380a3 df000000 1 0|c078701460000000 0 5555aaaa5555aaaa 0 c
fcvt d3, s0|c00000 e 7fffff 7f800001 c25e019d 0|380fffffc0000000 0 5555aaaa5555aaaa 0 e
fcvt d3, s0|0 0 807fffff 222afd e011e3a 0|b80fffffc0000000 0 5555aaaa5555aaaa 0 0
fcvt d3, s0|1800000 4 f3419a6b 80171d8d 76afd089 0|c668334d60000000 0 5555aaaa5555aaaa 0 4
fcvt d3, s0|1c00000 7 80674c31 5f000000 353dd9da 0|8000000000000000 0 5555aaaa5555aaaa 80 7
fcvt d3, s0|800000 4 cce670ec 80800000 7f800000 0|c19cce1d80000000 0 5555aaaa5555aaaa 0 4
fcvt d3, s0|0 d 8dccd2f1 c23e257b fd2ecbdc 0|b9b99a5e20000000 0 5555aaaa5555aaaa 0 d
fcvt d3, s0|c00000 3 4f800000 400d2e 4393f089 0|41f0000000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, s0|0 8 1 c0200000 10b12b1e 0|36a0000000000000 0 5555aaaa5555aaaa 0 8
fcvt d3, s0|1c00000 d bf8990ac 7a8d96 3fc00000 0|bff1321580000000 0 5555aaaa5555aaaa 0 d
fcvt d3, s0|1800000 0 400000 f6d5f953 fbc458b5 0|0 0 5555aaaa5555aaaa 80 0
fcvt d3, s0|400000 9 cf000000 728d2cb6 3e1029ae 0|c1e0000000000000 0 5555aaaa5555aaaa 0 9
fcvt d3, s0|2000000 3 4b000001 327d1c15 48f402a9 0|4160000020000000 0 5555aaaa5555aaaa 0 3
fcvt d3, s0|2800000 1 edf9287 c7114f49 1e8275 0|39dbf250e0000000 0 5555aaaa5555aaaa 0 1
fcvt d3, s0|1400000 2 4f000000 1 bf000000 0|41e0000000000000 0 5555aaaa5555aaaa 0 2
fcvt d3, s0|0 f 7f800000 f78d736e 469f1db6 0|7ff0000000000000 0 5555aaaa5555aaaa 0 f
fcvt d3, s0|0 c 40200000 1921d5fa 50f028cd 0|4004000000000000 0 5555aaaa5555aaaa 0 c
fcvt d3, s0|c00000 d 4351f2bb bf800000 792bfd 0|406a3e5760000000 0 5555aaaa5555aaaa 0 d
fcvt d3, s0|c00000 6 9056f97c c3615fbc 6682bc4 0|ba0adf2f80000000 0 5555aaaa5555aaaa 0 6
fcvt d3, s0|800000 b 439f26 858e3417 c1bb4620 0|3800e7c980000000 0 5555aaaa5555aaaa 0 b
fcvt d3, s0|3000000 a e3756613 8478ef8d 4effffff 0|c46eacc260000000 0 5555aaaa5555aaaa 0 a
fcvt d3, s0|400000 a 44c5d86a 0 a8656fde 0|4098bb0d40000000 0 5555aaaa5555aaaa 0 a
fcvt d3, s0|2c00000 6 40490fdb c60ebdeb 3f29e9e3 0|400921fb60000000 0 5555aaaa5555aaaa 0 6
fcvt d3, s0|c00000 9 800000 7fa00000 153f192 0|3810000000000000 0 5555aaaa5555aaaa 0 9
fcvt d3, s0|2c00000 8 bf000000 a86abd02 800000 0|bfe0000000000000 0 5555aaaa5555aaaa 0 8
fcvt d3, s0|c00000 3 c4d270d8 5c9320d 6f3efc32 0|c09a4e1b00000000 0 5555aaaa5555aaaa 0 3
fcvt d3, s0|400000 2 c3ce4635 27d98afb 19982a 0|c079c8c6a0000000 0 5555aaaa5555aaaa 0 2
fcvt d3, s0|0 e 4b000001 4f800000 38bfe57f 0|4160000020000000 0 5555aaaa5555aaaa 0 e
fcvt d3, s0|400000 7 37b877f bdca5c42 c5433eee 0|386f70efe0000000 0 5555aaaa5555aaaa 0 7
fcvt d3, s0|2000000 9 e0e297b0 1a7457a c82a8970 0|c41c52f600000000 0 5555aaaa5555aaaa 0 9
fcvt s3, d0|c00000 d c2242f5113fd2ff0 3f1d216dfdd68eb2 40984c80342791e9 0|d1217a88 0 5555aaaa5555aaaa 10 d
fcvt s3, d0|800000 7 800e4c9e1eb2c0b7 800a92edf6fec3e6 56eba7a14f61dfc 0|80000001 0 5555aaaa5555aaaa 18 7
fcvt s3, d0|2c00000 1 5fe950661b367b 0 8728939a1c256ca4 0|0 0 5555aaaa5555aaaa 18 1
fcvt s3, d0|400000 4 3ff0000000000000 637a9998524d9a7f c3e0000000000000 0|3f800000 0 5555aaaa5555aaaa 0 4
fcvt s3, d0|1400000 9 7ff0000000000001 7e724e029b99aa6f 80066a4399f49bd3 0|7fc00000 0 5555aaaa5555aaaa 1 9
fcvt s3, d0|0 f 403e27d84a8a1eea 0 400921fb54442d18 0|41f13ec2 0 5555aaaa5555aaaa 10 f
fcvt s3, d0|800000 d 40db3181c72c2c47 10000000000001 0 0|46d98c0e 0 5555aaaa5555aaaa 10 d
fcvt s3, d0|3800000 e 4497ecf0400cfbed 3f706cf4968da35f fff0000000000000 0|64bf6782 0 5555aaaa5555aaaa 10 e
fcvt s3, d0|1c00000 9 bf8d838aabcf30d7 ba828d8351259ede 3ff8000000000000 0|bc6c1c55 0 5555aaaa5555aaaa 10 9
fcvt s3, d0|1400000 7 40df295d23b69c7f 80073360008035c4 ea7fb59b2e622e27 0|46f94aea 0 5555aaaa5555aaaa 10 7
fcvt s3, d0|1c00000 b 41e939f32077357c f7bb1c25be08fb15 9571257fa8ee7807 0|4f49cf99 0 5555aaaa5555aaaa 10 b
fcvt s3, d0|0 a 4207a6c563de9388 fe115a2b1f660ee5 c35eb7245b0b14ba 0|503d362b 0 5555aaaa5555aaaa 10 a
fcvt s3, d0|800000 b bd2b69fe8ef2929f 3d2905ca5c83aab0 9e1df827ab9bcf6a 0|a95b4ff5 0 5555aaaa5555aaaa 10 b
fcvt s3, d0|0 5 3f033407d59d7535 7ff0000000000000 cc82f69ae3f8d 0|3819a03f 0 5555aaaa5555aaaa 10 5
fcvt s3, d0|1000000 2 10000000000000 41f0000000000000 800b952ab5f6e445 0|0 0 5555aaaa5555aaaa 8 2
fcvt s3, d0|800000 5 10000000000000 966dbc9f21472 c862ef6da033dd3f 0|0 0 5555aaaa5555aaaa 18 5
fcvt s3, d0|1000000 3 3ecaa77b495c9539 421230ffb4c01533 9009999a5b0bc 0|36553bda 0 5555aaaa5555aaaa 10 3
fcvt s3, d0|c00000 7 c37955e9443fbf21 6014aefdc8a255c3 800fffffffffffff 0|dbcaaf4a 0 5555aaaa5555aaaa 10 7
fcvt s3, d0|c00000 1 c42a56f75f1c5d15 41c2a600afaa03c8 41e0000000000000 0|e152b7ba 0 5555aaaa5555aaaa 10 1
fcvt s3, d0|1000000 3 c27e3009ea2e30f7 4455f3698003a120 7d05e40f76101b52 0|d3f1804f 0 5555aaaa5555aaaa 10 3
fcvt s3, d0|2800000 d b8d136fd93533300 3f9026e780ddee68 c16e5f46c708b6ea 0|8689b7ed 0 5555aaaa5555aaaa 10 d
fcvt s3, d0|1400000 d fff8000000012345 c0a0e20302fe8cd2 7ff8000000000000 0|ffc00000 0 5555aaaa5555aaaa 0 d
fcvt s3, d0|0 f 42b95545040b1b09 4340000000000001 7b5f5900eca69 0|55caaa28 0 5555aaaa5555aaaa 10 f
fcvt s3, d0|c00000 4 fff0000000000000 43e0000000000000 da29aeb158a62 0|ff800000 0 5555aaaa5555aaaa 0 4
fcvt s3, d0|1c00000 4 43386ff6bf5ed6c2 400724d2afdcf46d 1fa685e21bacba12 0|59c37fb5 0 5555aaaa5555aaaa 10 4
fcvt s3, d0|2000000 1 363b79601fcc7802 73892fee3f383485 419f29137c9a3f73 0|0 0 5555aaaa5555aaaa 18 1
fcvt s3, d0|0 b fea7fc33bc693f36 7fefffffffffffff 3d1c60fab50194f4 0|ff800000 0 5555aaaa5555aaaa 14 b
fcvt s3, d0|0 1 c267f53784a96994 43f0000000000000 80d183908d93ae10 0|d33fa9bc 0 5555aaaa5555aaaa 10 1
fcvt s3, d0|2400000 d 400921fb54442d18 7e7a651c0c01dbf3 10000000000001 0|40490fdb 0 5555aaaa5555aaaa 10 d
fcvt s3, d0|0 9 41e0000000000000 4340000000000001 43e0000000000000 0|4f000000 0 5555aaaa5555aaaa 0 9
fcvt s3, d0|1c00000 3 3fe086daa67ca730 fd3dfe9cb94e02b6 fd010ac996e34f6b 0|3f0436d5 0 5555aaaa5555aaaa 10 3
fcvt s3, d0|2400000 8 7ff0000000000000 7e4ea9d7f5630438 35b8f62a2eb8648 0|7f800000 0 5555aaaa5555aaaa 0 8
fcvt s3, d0|800000 8 3ea8bc8fb64c750d 7ff0000000000000 c6efcec8829950cd 0|3545e47d 0 5555aaaa5555aaaa 10 8
fcvt s3, d0|1400000 7 41dfffffffe00000 c0aa175c7f927bb6 41dfffffffe00000 0|4f000000 0 5555aaaa5555aaaa 10 7
fcvt s3, d0|1000000 d 1c4d35754be51f28 6ff19651f4d93e3c ffddadef5dd61 0|0 0 5555aaaa5555aaaa 8 d
fcvt s3, d0|400000 5 7bd4f917215a31d3 7e0f960ef535910d 800fffffffffffff 0|7f800000 0 5555aaaa5555aaaa 14 5
fcvt s3, d0|400000 d 81653e82db87ed93 be8beeae490af869 64c5c7ae9d84d959 0|80000000 0 5555aaaa5555aaaa 18 d
fcvt s3, d0|2000000 3 3c68f5d4ccd2ad48 a5fe8e307c7775bf c004000000000000 0|2347aea6 0 5555aaaa5555aaaa 10 3
fcvt s3, d0|2c00000 4 be96b4694c235a4c 436a4dca26af9c12 8357eefe25039d48 0|b4b5a34a 0 5555aaaa5555aaaa 10 4
fcvt s3, d0|2800000 6 d3fc65e2b99e244f c004000000000000 49deea02a3e28498 0|ff800000 0 5555aaaa5555aaaa 14 6
fcvt s3, d0|1800000 5 7ff8000000000000 eb84a4ee67427e79 8010000000000000 0|7fc00000 0 5555aaaa5555aaaa 0 5
fcvt s3, d0|1800000 9 4340000000000001 6f973f10568f4bdf 40720529289161cc 0|5a000000 0 5555aaaa5555aaaa 10 9
fcvt s3, d0|0 f c2d57ccbaba90ab9 7fefffffffffffff 3ff0840c7ab02c13 0|d6abe65d 0 5555aaaa5555aaaa 10 f
fcvt s3, d0|c00000 c 50694e4108944726 bf5d9d56279285 42808ee787921190 0|7f7fffff 0 5555aaaa5555aaaa 14 c
fcvt s3, d0|1c00000 5 7cb17737a83f6c26 a38ddeb7fea3d 41c51bc0b18b54ab 0|7f7fffff 0 5555aaaa5555aaaa 14 5
fcvt s3, d0|800000 6 43f0000000000000 fd569965a8981dd7 3e0ef538ab2a2dd9 0|5f800000 0 5555aaaa5555aaaa 0 6
fcvt s3, d0|0 8 fff0000000000000 414a05b4f8658160 fd04ccff45b7e322 0|ff800000 0 5555aaaa5555aaaa 0 8
fcvt s3, d0|1400000 3 7ff8000000000000 8afcced3c1369 82286fdf36d5e2c0 0|7fc00000 0 5555aaaa5555aaaa 0 3
fcvt s3, d0|0 0 fff0000000000000 827d15de8136247c 800a2c0718b226b1 0|ff800000 0 5555aaaa5555aaaa 0 0
fcvt s3, d0|1c00000 b 41a5406fefa26305 4d908931991a11a3 6eb4995bd8897 0|4d2a037f 0 5555aaaa5555aaaa 10 b
fcvt s3, d0|1400000 3 43230a488b37c76b 97322d778486ebbe 7ff0000000000001 0|59185245 0 5555aaaa5555aaaa 10 3
fcvt s3, d0|400000 4 800fffffffffffff d5dde46297743a8d 7594d7426957d131 0|80000000 0 5555aaaa5555aaaa 18 4
fcvt s3, d0|400000 5 800fd944357b783a c33ffe1f448c3123 c1f644e296635b1f 0|80000000 0 5555aaaa5555aaaa 18 5
fcvt s3, d0|c00000 6 867b6efd09e7cb8 402839ea26bee93f c2c6af9712038c07 0|0 0 5555aaaa5555aaaa 18 6
fcvt s3, d0|800000 6 ffe6a8e509ce9c93 30c81f60dd0ac0e4 bfe0000000000000 0|ff800000 0 5555aaaa5555aaaa 14 6
fcvt s3, d0|2000000 6 80029f33eab9543d e5dbb139bf8d81ca 258412b91f6ea428 0|80000000 0 5555aaaa5555aaaa 18 6
fcvt s3, d0|800000 e 348e41bd70ea2 2d024dee252ba9b 3f18ef979dae9ebd 0|0 0 5555aaaa5555aaaa 18 e
fcvt s3, d0|400000 8 43e0000000000000 aa3b62eaa52320b5 8000000000000000 0|5f000000 0 5555aaaa5555aaaa 0 8
fcvt s3, d0|1400000 0 e2daddbb269b1d8e 3c8e9437d2183d 800323c5723b91c6 0|ff7fffff 0 5555aaaa5555aaaa 14 0
fcvt s3, d0|1c00000 1 400921fb54442d18 d0f4685f015f9 41180eb142828980 0|40490fda 0 5555aaaa5555aaaa 10 1
fcvt h3, s0|0 7 34d8d8 ff812345 59110731 0|0 0 5555aaaa5555aaaa 18 7
fcvt h3, s0|2800000 9 3442cac5 be6be6e1 cf000000 0|3 0 5555aaaa5555aaaa 18 9
fcvt h3, s0|1000000 9 68ac8e3 47181e9 3eaaaaab 0|0 0 5555aaaa5555aaaa 18 9
fcvt h3, s0|1000000 6 80000000 c0200000 3f61cc1b 0|8000 0 5555aaaa5555aaaa 0 6
fcvt h3, s0|c00000 7 6502adac 4f800000 7fc00000 0|7bff 0 5555aaaa5555aaaa 14 7
fcvt h3, s0|0 6 89583620 109dea1a 8012638d 0|8000 0 5555aaaa5555aaaa 18 6
fcvt h3, s0|1800000 b 80800000 3c044bd0 803c379e 0|8001 0 5555aaaa5555aaaa 18 b
fcvt h3, s0|400000 b fe3df3c7 7f7fffff c241cfc4 0|fbff 0 5555aaaa5555aaaa 14 b
fcvt h3, s0|c00000 7 80429b23 8edcd5b 8387510c 0|8000 0 5555aaaa5555aaaa 18 7
fcvt h3, s0|1c00000 f 4f800000 4b000001 69687ed9 0|7bff 0 5555aaaa5555aaaa 14 f
fcvt h3, s0|c00000 1 493f5104 2eaa1774 80175ed6 0|7bff 0 5555aaaa5555aaaa 14 1
fcvt h3, s0|2c00000 8 80770dfb 127a034e bf000000 0|8000 0 5555aaaa5555aaaa 18 8
fcvt h3, s0|c00000 f bf000000 3f983272 c7aa2f7f 0|b800 0 5555aaaa5555aaaa 0 f
fcvt h3, s0|3000000 2 48c53b78 40490fdb 531fbc 0|7c00 0 5555aaaa5555aaaa 14 2
fcvt h3, s0|400000 7 7f7fffff ff7fffff 3f050def 0|7c00 0 5555aaaa5555aaaa 14 7
fcvt h3, s0|2400000 f cf000000 35e1ad57 c546e7b2 0|fbff 0 5555aaaa5555aaaa 14 f
fcvt h3, s0|1c00000 b 80f65b21 3b89e551 7f7fffff 0|8000 0 5555aaaa5555aaaa 18 b
fcvt h3, s0|1c00000 2 79d335b9 3fc00000 4f59572 0|7bff 0 5555aaaa5555aaaa 14 2
fcvt h3, s0|0 2 424bd827 48fc7931 37dad140 0|525f 0 5555aaaa5555aaaa 10 2
fcvt h3, s0|2400000 1 7fffff 891f58d3 d79b1fc 0|1 0 5555aaaa5555aaaa 18 1
fcvt h3, s0|800000 6 ff812345 3aa8727d 45c65ea3 0|fe09 0 5555aaaa5555aaaa 1 6
fcvt h3, s0|1000000 a 7c8d9f56 434cb782 4065db5b 0|7c00 0 5555aaaa5555aaaa 14 a
fcvt h3, s0|800000 0 48a2018b c5537620 3c66814b 0|7bff 0 5555aaaa5555aaaa 14 0
fcvt h3, s0|2c00000 b 784cd184 bcade38e b339360c 0|7bff 0 5555aaaa5555aaaa 14 b
fcvt h3, s0|1800000 8 f2e1ffc0 5f800000 9d3ce940 0|fc00 0 5555aaaa5555aaaa 14 8
fcvt h3, s0|3000000 3 408f1301 3fc00000 2bedcbc2 0|4479 0 5555aaaa5555aaaa 10 3
fcvt h3, s0|1c00000 d c51889fa 1 8a46594e 0|e8c4 0 5555aaaa5555aaaa 10 d
fcvt h3, s0|1000000 f 37b087f1 f6861c1c 800000 0|161 0 5555aaaa5555aaaa 18 f
fcvt h3, s0|c00000 2 8000c64e bbf5c0f7 c6afaaf2 0|8000 0 5555aaaa5555aaaa 18 2
fcvt h3, s0|400000 c ffc12345 b9355538 8610561a 0|fe09 0 5555aaaa5555aaaa 0 c
fcvt h3, s0|0 7 82f546bf 4f800000 4750dc95 0|8000 0 5555aaaa5555aaaa 18 7
fcvt h3, s0|0 7 3fc00000 7f800001 45e76687 0|3e00 0 5555aaaa5555aaaa 0 7
fcvt h3, s0|c00000 b be662114 4824d51e 3cc2a26e 0|b331 0 5555aaaa5555aaaa 10 b
fcvt h3, s0|400000 6 3eaaaaab 807fffff ea92141 0|3556 0 5555aaaa5555aaaa 10 6
fcvt h3, s0|1000000 8 80397754 3f000000 90751252 0|8000 0 5555aaaa5555aaaa 80 8
fcvt h3, s0|0 2 3849922 883a5b90 80000000 0|0 0 5555aaaa5555aaaa 18 2
fcvt h3, s0|1000000 3 80124e47 bf800000 8dc978d8 0|8000 0 5555aaaa5555aaaa 80 3
fcvt h3, s0|400000 6 7f686eb8 f2a53b80 6380f90 0|7c00 0 5555aaaa5555aaaa 14 6
fcvt h3, s0|c00000 a bfe5b6ee 7f694 181f62e1 0|bf2d 0 5555aaaa5555aaaa 10 a
fcvt h3, s0|0 3 80461df2 4753bb79 c49352e3 0|8000 0 5555aaaa5555aaaa 18 3
fcvt h3, d0|800000 e bff0000000000000 bd6643f6396d71b8 3fe0000000000000 0|bc00 0 5555aaaa5555aaaa 0 e
fcvt h3, d0|400000 9 809461cd879d44d3 40539be331f73e90 bf2a5d80ceb4f049 0|8000 0 5555aaaa5555aaaa 18 9
fcvt h3, d0|3800000 f 3feb0374b2b1bbfb e12550ef0603b99f 4340000000000001 0|3ac0 0 5555aaaa5555aaaa 10 f
fcvt h3, d0|c00000 4 c116a65e45199fa6 1913323fabfb1 c13abdf30a6ab324 0|fbff 0 5555aaaa5555aaaa 14 4
fcvt h3, d0|0 5 5b97866d4fae9958 2ee54fdfc446b00 d91b59e82f82eb2f 0|7c00 0 5555aaaa5555aaaa 14 5
fcvt h3, d0|800000 6 8296af47e84bb84a 3fe0000000000000 4f51c25af686aef2 0|8001 0 5555aaaa5555aaaa 18 6
fcvt h3, d0|1400000 1 fffffffffffff 43f7780e9eb049d1 3dd4edbc6eb2f 0|0 0 5555aaaa5555aaaa 80 1
fcvt h3, d0|0 2 2eee3291888d797 43a450b9c0d7c4b8 8b37bb70659e7b62 0|0 0 5555aaaa5555aaaa 18 2
fcvt h3, d0|400000 1 8000000000000 c018eb728fd70d3e 41e0000000000000 0|1 0 5555aaaa5555aaaa 18 1
fcvt h3, d0|2c00000 9 8010000000000000 c2ba07e0f8029f86 bf17e20e073afcef 0|8000 0 5555aaaa5555aaaa 18 9
fcvt h3, d0|c00000 1 41363453eac3a49f 10000000000000 8515f6705d309fbb 0|7bff 0 5555aaaa5555aaaa 14 1
fcvt h3, d0|2800000 f 307088028e298b38 c2055da5d49765c6 10000000000001 0|0 0 5555aaaa5555aaaa 18 f
fcvt h3, d0|3000000 4 d1ddf2d0b1df6cec bfe0000000000000 802153980e42a7b7 0|fc00 0 5555aaaa5555aaaa 14 4
fcvt h3, d0|1000000 9 8001d04685fe951f 9972abe9d88f5 c0b2f8f2bbdf57c5 0|8000 0 5555aaaa5555aaaa 80 9
fcvt h3, d0|c00000 5 3ff8000000000000 3f016f5d2c7d97e7 44c41d7fc78615da 0|3e00 0 5555aaaa5555aaaa 0 5
fcvt h3, d0|800000 6 fff0000000000000 bdb5d45949ee4bd3 f71661b542220ead 0|fc00 0 5555aaaa5555aaaa 0 6
fcvt h3, d0|800000 7 4340000000000001 58367b5fa5a8cdeb 400921fb54442d18 0|7bff 0 5555aaaa5555aaaa 14 7
fcvt h3, d0|400000 3 c20b1b0dda555038 3d396dc6d78d89b5 9677a75c1ecab167 0|fbff 0 5555aaaa5555aaaa 14 3
fcvt h3, d0|3400000 e 800fffffffffffff c3e0000000000000 fff8000000012345 0|8000 0 5555aaaa5555aaaa 80 e
fcvt h3, d0|0 7 426377c5139f6aaf 7d7e58b54cbd1899 35d96aa7dbd8c 0|7c00 0 5555aaaa5555aaaa 14 7
fcvt h3, d0|1800000 6 c004000000000000 c004000000000000 41047125421124d2 0|c100 0 5555aaaa5555aaaa 0 6
fcvt h3, d0|800000 7 8005774a01c3076e 61514b9f0011f16e d99e0cabb313f 0|8001 0 5555aaaa5555aaaa 18 7
fcvt h3, d0|400000 7 30a2797ade61b01 3eb33520611d5c8e c173da1c3cafb6cd 0|1 0 5555aaaa5555aaaa 18 7
fcvt h3, d0|c00000 c 43f0000000000000 8107b4aee95da328 fff8000000012345 0|7bff 0 5555aaaa5555aaaa 14 c
fcvt h3, d0|1400000 0 1 c23254767aa43692 fe6d7bfce0e16663 0|0 0 5555aaaa5555aaaa 80 0
fcvt h3, d0|c00000 6 8000000000000000 fff4000000000abc 4330000000000001 0|8000 0 5555aaaa5555aaaa 0 6
fcvt h3, d0|0 8 fff8000000012345 0 ffefffffffffffff 0|fe00 0 5555aaaa5555aaaa 0 8
fcvt h3, d0|2800000 9 fff0000000000000 800fffffffffffff 8000000000000000 0|fc00 0 5555aaaa5555aaaa 0 9
fcvt h3, d0|0 2 8664ddbdfc0bcfa6 818f66d93d748d86 110abc577d5b2c1 0|8000 0 5555aaaa5555aaaa 18 2
fcvt h3, d0|0 5 c614c60dcde85f60 282b2ab6e28b2133 7fefffffffffffff 0|fc00 0 5555aaaa5555aaaa 14 5
fcvt h3, d0|3800000 8 48f546039565cbc9 bf62965bd62725c1 c3e0000000000000 0|7bff 0 5555aaaa5555aaaa 14 8
fcvt h3, d0|800000 4 dde79658d4efc8b9 7c9827cf746b310b 3f2937f1856127f6 0|fc00 0 5555aaaa5555aaaa 14 4
fcvt h3, d0|1400000 f afb068d4f16664d5 2d0acbbcdc9d0c5b c0511eb644aae809 0|8000 0 5555aaaa5555aaaa 18 f
fcvt h3, d0|1400000 b 7f317cd6e034820e 800d067d3d9ee6fb 3b8e9b1f2c22a741 0|7c00 0 5555aaaa5555aaaa 14 b
fcvt h3, d0|400000 1 413afd2a707edb36 c267285504355bb6 fff8000000012345 0|7c00 0 5555aaaa5555aaaa 14 1
fcvt h3, d0|0 2 800205ea7a02caa2 fffffffffffff 80c4cff25a19d0b4 0|8000 0 5555aaaa5555aaaa 18 2
fcvt h3, d0|0 8 8000000000000000 800fffffffffffff 27f1431741d27bb 0|8000 0 5555aaaa5555aaaa 0 8
fcvt h3, d0|400000 2 fff8000000012345 80042683b3e261a3 21d35cf7640c5e6a 0|fe00 0 5555aaaa5555aaaa 0 2
fcvt h3, d0|0 f 7ca09602f568daac 8308cb9ce6294fc8 0 0|7c00 0 5555aaaa5555aaaa 14 f
fcvt h3, d0|800000 a ff1639486d11ca52 7f1be10eb03e845f 80c84b244eac3112 0|fc00 0 5555aaaa5555aaaa 14 a
fcvt s3, h0|1000000 d 8000 0 0 0|80000000 0 5555aaaa5555aaaa 0 d
fcvt s3, h0|1800000 e d1c6 0 0 0|c238c000 0 5555aaaa5555aaaa 0 e
fcvt s3, h0|0 8 fbc4 0 0 0|c7788000 0 5555aaaa5555aaaa 0 8
fcvt s3, h0|2000000 6 7d00 0 0 0|7fc00000 0 5555aaaa5555aaaa 1 6
fcvt s3, h0|0 b 7d00 0 0 0|7fe00000 0 5555aaaa5555aaaa 1 b
fcvt s3, h0|2800000 7 7e01 0 0 0|7fc00000 0 5555aaaa5555aaaa 0 7
fcvt s3, h0|c00000 6 7e01 0 0 0|7fc02000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|c00000 6 1 0 0 0|33800000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|400000 0 fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 0
fcvt s3, h0|1c00000 b 3c00 0 0 0|3f800000 0 5555aaaa5555aaaa 0 b
fcvt s3, h0|400000 e 83ff 0 0 0|b87fc000 0 5555aaaa5555aaaa 0 e
fcvt s3, h0|800000 b 8000 0 0 0|80000000 0 5555aaaa5555aaaa 0 b
fcvt s3, h0|1000000 3 7c00 0 0 0|7f800000 0 5555aaaa5555aaaa 0 3
fcvt s3, h0|800000 5 825c 0 0 0|b8170000 0 5555aaaa5555aaaa 0 5
fcvt s3, h0|0 6 1 0 0 0|33800000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|2000000 2 83ff 0 0 0|b87fc000 0 5555aaaa5555aaaa 0 2
fcvt s3, h0|1400000 5 8000 0 0 0|80000000 0 5555aaaa5555aaaa 0 5
fcvt s3, h0|0 5 7c00 0 0 0|7f800000 0 5555aaaa5555aaaa 0 5
fcvt s3, h0|1400000 c 83ff 0 0 0|b87fc000 0 5555aaaa5555aaaa 0 c
fcvt s3, h0|c00000 4 8000 0 0 0|80000000 0 5555aaaa5555aaaa 0 4
fcvt s3, h0|2c00000 c 8000 0 0 0|80000000 0 5555aaaa5555aaaa 0 c
fcvt s3, h0|0 c fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 c
fcvt s3, h0|800000 6 fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|0 4 fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 4
fcvt s3, h0|c00000 8 a51c 0 0 0|bca38000 0 5555aaaa5555aaaa 0 8
fcvt s3, h0|2c00000 6 2f8d 0 0 0|3df1a000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|800000 5 fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 5
fcvt s3, h0|800000 e 7d00 0 0 0|7fe00000 0 5555aaaa5555aaaa 1 e
fcvt s3, h0|2800000 6 fc00 0 0 0|ff800000 0 5555aaaa5555aaaa 0 6
fcvt s3, h0|800000 6 7d00 0 0 0|7fe00000 0 5555aaaa5555aaaa 1 6
fcvt d3, h0|0 1 e3c0 0 0 0|c08f000000000000 0 5555aaaa5555aaaa 0 1
fcvt d3, h0|400000 a fc00 0 0 0|fff0000000000000 0 5555aaaa5555aaaa 0 a
fcvt d3, h0|400000 8 1 0 0 0|3e70000000000000 0 5555aaaa5555aaaa 0 8
fcvt d3, h0|800000 5 7d00 0 0 0|7ffc000000000000 0 5555aaaa5555aaaa 1 5
fcvt d3, h0|400000 a 7c00 0 0 0|7ff0000000000000 0 5555aaaa5555aaaa 0 a
fcvt d3, h0|2c00000 6 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 6
fcvt d3, h0|400000 a 7c00 0 0 0|7ff0000000000000 0 5555aaaa5555aaaa 0 a
fcvt d3, h0|1800000 0 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 0
fcvt d3, h0|3800000 3 83ff 0 0 0|bf0ff80000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, h0|800000 e fc00 0 0 0|fff0000000000000 0 5555aaaa5555aaaa 0 e
fcvt d3, h0|400000 b 1832 0 0 0|3f60c80000000000 0 5555aaaa5555aaaa 0 b
fcvt d3, h0|400000 3 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, h0|0 3 fc00 0 0 0|fff0000000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, h0|c00000 0 9c41 0 0 0|bf71040000000000 0 5555aaaa5555aaaa 0 0
fcvt d3, h0|0 2 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 2
fcvt d3, h0|0 5 7e01 0 0 0|7ff8040000000000 0 5555aaaa5555aaaa 0 5
fcvt d3, h0|c00000 9 ec5 0 0 0|3f3b140000000000 0 5555aaaa5555aaaa 0 9
fcvt d3, h0|1c00000 d 7e01 0 0 0|7ff8040000000000 0 5555aaaa5555aaaa 0 d
fcvt d3, h0|3400000 9 7c00 0 0 0|7ff0000000000000 0 5555aaaa5555aaaa 0 9
fcvt d3, h0|c00000 5 83ff 0 0 0|bf0ff80000000000 0 5555aaaa5555aaaa 0 5
fcvt d3, h0|1800000 c 8000 0 0 0|8000000000000000 0 5555aaaa5555aaaa 0 c
fcvt d3, h0|c00000 e b5cc 0 0 0|bfd7300000000000 0 5555aaaa5555aaaa 0 e
fcvt d3, h0|1400000 0 1 0 0 0|3e70000000000000 0 5555aaaa5555aaaa 0 0
fcvt d3, h0|c00000 7 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 7
fcvt d3, h0|1400000 f 7c00 0 0 0|7ff0000000000000 0 5555aaaa5555aaaa 0 f
fcvt d3, h0|2c00000 3 7bff 0 0 0|40effc0000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, h0|0 1 83ff 0 0 0|bf0ff80000000000 0 5555aaaa5555aaaa 0 1
fcvt d3, h0|3800000 3 83ff 0 0 0|bf0ff80000000000 0 5555aaaa5555aaaa 0 3
fcvt d3, h0|0 5 7e01 0 0 0|7ff8040000000000 0 5555aaaa5555aaaa 0 5
fcvt d3, h0|1400000 5 83ff 0 0 0|bf0ff80000000000 0 5555aaaa5555aaaa 0 5
fcmp s0, s1|c00000 0 c49b8bb 7f800001 c1f5bb99 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmp s0, s1|800000 7 85f42c70 5f42c70 34496019 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|0 a 59e0147c bff9db76 3f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|3c00000 b c31902d0 400000 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 8
fcmp s0, s1|2800000 4 7f7fffff 7f7ffffe b0868ca8 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|0 7 40807072 40807070 46fc79b5 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|1400000 7 4f000000 1 c5170981 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 2
fcmp s0, s1|c00000 b bc89778f 753c73d6 be007e01 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|0 3 fbcfc362 aeda7aeb 3dc20d86 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|400000 d ff7fffff ff7ffffe 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|c00000 c b8b61e20 b8b61e20 3dfdf50b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmp s0, s1|2800000 7 4562b12c 3fc00000 ff7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|1400000 1 7f800001 5f800000 3512286 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmp s0, s1|1400000 e 7513e63b 7513e639 885c18b5 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|1800000 2 bf0f14e3 4effffff 800001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|2800000 f b7869f00 b7869f01 f6f5b565 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|400000 8 70c7a2d7 f0c7a2d7 76e753d1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|800000 6 ff800000 bf000000 3eaaaaab 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|800000 3 b8d2e453 b8d2e452 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|0 6 4effffff 36b21590 3eaaaaab 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|400000 e 29d2748c 41656565 4066d0dd 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|2c00000 f a82627a7 1dd89972 bc44fbc5 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, s1|800000 4 4f000000 83cc86b8 57c78d 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|800000 9 3ec30589 c0200000 7e625188 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, s1|0 6 80800000 bac1e55d 61c31da0 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|2400000 f c004000000000000 c004000000000001 720429e2f9a05 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|0 b 41f0000000000000 c2ad8048e921200c bff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|c00000 5 c03607e69cb88607 7ff8000000000000 3ec2dfb753dce607 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 3
fcmp d0, d1|1400000 b 5ba235ededf35 8002899ec3e0bfad 420da18ec1c13db9 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 6
fcmp d0, d1|0 8 1 b4b44ab72b241 c38ead801d30a1bb 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|400000 c bfe0000000000000 3fe0000000000000 7db229f888a09854 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|800000 9 800472b17196e72d 28ed08a60501b35 ff70de610d770f13 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|400000 3 8a3b498f01296 c38c129475da97ee 40a08cbd09f82241 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|c00000 b fff4000000000abc 3f554cf3d62e541b 800c0b4caf043cdb 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmp d0, d1|0 5 c1e0000000200000 fbb2b5b046785212 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|1400000 b 7ff8000000000000 fff8000000000000 4340000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 3
fcmp d0, d1|c00000 6 8010000000000000 d2c2ef943a54c 800f68f90011629b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|800000 f 4330000000000001 4330000000000001 3fe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmp d0, d1|1000000 1 7fefffffffffffff 7feffffffffffffe c0231fc446d15b99 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|3800000 2 41e0000000000000 c1d5b703a481a96c 7d4e07f6523815e7 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|0 0 ff75d302c09a2d2d c08eef0baf6d54f4 1da5b8739bcfa 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|2400000 4 41e0000000000000 800fffffffffffff 43f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|c00000 3 c209d9dc5ad5772a 4209d9dc5ad5772a 43f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|0 2 c34b6c7789ece109 c34b6c7789ece109 134f43699b6c4af 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmp d0, d1|1c00000 0 4123527cc22dd173 c1bf725417446476 be8e4957c98bb987 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|400000 1 40d6e81e0efd8276 90697c20d41f4e92 4004000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, d1|400000 d f545129493c82361 7d63b78de88f943d c14b2c294a260e15 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|1800000 2 ffefffffffffffff ffeffffffffffffe 665b491348826f1f 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, d1|400000 6 ffefffffffffffff ffefffffffffffff 415eda450b1ea963 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmp d0, d1|2800000 5 8010000000000000 1e548e1ca02567a 3ea88de152f8856b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, #0.0|400000 c a065ce46 3d2a6e03 7879cee7 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, #0.0|400000 d 76642d69 4b000001 79f2693b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|2800000 2 40200000 800000 1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|0 2 7a9ad7cf ff812345 80409713 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|800000 9 bd4aea8d 40490fdb 325a1b2e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, #0.0|1800000 5 3f3c9275 804c723b bf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|800000 a a83038f 1 400000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|800000 0 4fd79c3d 11d646e 347a20 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp s0, #0.0|2c00000 a b75bcd24 7fc00000 f497fa8e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp s0, #0.0|c00000 5 7fc00000 3c5933be 8a417339 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 3
fcmp d0, #0.0|800000 7 43f0000000000000 c19825ed7056b887 b3e6cbf433f533bc 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, #0.0|400000 0 8328c0f2f8cce7ec 7f58336651afeccf 8010000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, #0.0|800000 9 430d57fbf308d585 893d277477c89 418c4e6a750dac64 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, #0.0|400000 8 c367b64b5e028279 10000000000001 8009d3e0771e89bb 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, #0.0|400000 1 854eefa3a38a3d8e 771b844fb06cf33b 82cd0fc5777c0f9e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, #0.0|c00000 3 7fefffffffffffff bc9a76d02ece03b1 fff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, #0.0|1000000 5 e18322743c7edde c1e0000000200000 c6f17683d23f481f 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, #0.0|1800000 8 be5a0125c47d296c 1 3bec9ed6119d899a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmp d0, #0.0|c00000 c 4340000000000001 27f69a2de071 2b185d3c47ced 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmp d0, #0.0|1000000 d 80047c2b96514ee0 c297264ae89bdc09 3bdf268323afd5f1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 6
fcmpe s0, s1|1000000 f f7617662 c3816731 eb11c14 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|0 a cf000000 8d043872 71678360 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|2800000 5 7fffff 7ffffd 1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|1c00000 f 99fe7718 1b5b1df 7f800001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|1000000 6 80800000 b9f2bac6 7260e351 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|800000 2 374c31a5 41a87f7f 891b7c63 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|800000 2 76fd2a65 b711c813 90535bc4 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|1c00000 4 7137e9c3 7137e9c1 ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|1800000 e 804cfe4a 5f000000 5f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 8
fcmpe s0, s1|800000 2 3fc00000 ff800000 b9f8be86 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|800000 8 c20f065a 8028a761 44e32aa8 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|2400000 b 98b87bb8 5494b8 800ba05b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|1000000 8 c0200000 803a095c 3b15c824 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 8
fcmpe s0, s1|1800000 c 40490fdb c0490fdb b9e4f1f1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|400000 6 7f7fffff 7643347b c65934d3 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|0 6 3f000000 3f000000 48c0240e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmpe s0, s1|1800000 b 3e59664b 79b30049 d24323b0 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|400000 4 7f800000 ff800000 1b26a52a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, s1|1000000 2 c92cb903 6ba23fd5 392d8fbd 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|2800000 d 8d8fd2b5 329fc8e2 40200000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|1000000 7 c0d06036 90c85c79 5f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|2c00000 4 40490fdb ff812345 2784c 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmpe s0, s1|0 0 5101961 54062668 a83af102 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|800000 4 887e657e 1b7f7be7 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, s1|3000000 4 474b532d 800001 dacaf1cb 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|1400000 e c1e0000000200000 5323e8256627 fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 8
fcmpe d0, d1|2000000 4 7df8d6bcbcfbe1a4 c2317f90337f147a 4d5579c3fa52c1a2 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|2000000 4 8000000000000000 8000000000000001 c34141a1b7d5e2cd 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|c00000 1 d2205c2dc5dfe37c 3c4dc6c4dddf5d8c e560ce9d29efaa7 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|400000 2 c2143a3bd1c08e78 8006fda111e3f7a7 3eadf0611d4833a6 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|400000 4 0 0 c1e0000000200000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmpe d0, d1|c00000 0 40ba5230ed162e7c 43f0000000000000 20a1f899ac0325a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|400000 a 323d0f465da76011 323d0f465da76013 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|0 6 800d736623924d36 800d736623924d37 800fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|0 7 2c6df87bb2357ad9 fff0000000000000 c13c692efe8fcba0 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|1c00000 0 795d01e8d2097de8 fa9afdfc8be60b3a d64797521bf05 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|800000 f a5113034310dc2c 800e079b2770216f bf9e745824a52c90 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|1000000 c 411b6e1ab996f32e 99cbdb5f1f0c1e23 7ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|400000 7 7c88233988363ffa 40f7a40a4a1303c9 7db29014771d3a02 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|2c00000 7 48be301c391175b4 5b414607f073446b fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|800000 c c0a7961076495819 7f17c0f11c71154a be9d2aa17c11d16e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|1800000 e be6b6372f023b279 be6b6372f023b279 8006b20a85fb6a24 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmpe d0, d1|800000 f 4099e11806cd576d c01125094689038b 400921fb54442d18 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|2800000 b 4953242543c5798 84953242543c5798 2d55cc3f9740b8a0 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|3c00000 d 7ff8000000000000 7ff8000000000000 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmpe d0, d1|1c00000 1 800fffffffffffff da10a7e924543 957db1b1edc92 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 6
fcmpe d0, d1|1400000 f c1e269a27753020e 16c9ee7c4ede01f 3fe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, d1|800000 1 3ebd19061779519e 800329107d325165 90000e38184b4 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, d1|1c00000 c 41e0000000000000 d2d63660d54d2 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 2
fcmpe d0, d1|400000 7 c690262c8c910a03 4189321d34a3c576 1a0fe9af1ad436f 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, #0.0|0 a 7f7fffff 3e0b6da5 41eec9a5 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, #0.0|3400000 5 bd6da48a c2b03752 ff800000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, #0.0|1800000 8 6b829b 835108a6 4effffff 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 6
fcmpe s0, #0.0|400000 3 7f800000 c23eab4a 8a171521 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, #0.0|2400000 b 800001 800000 b9e3ab7e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, #0.0|1800000 2 805c33c5 ca927429 ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 6
fcmpe s0, #0.0|800000 1 5f800000 3da788a9 426293b9 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe s0, #0.0|400000 f fc17cdc7 80800000 7fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe s0, #0.0|400000 9 7fa00000 3f800000 ff800000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcmpe s0, #0.0|400000 0 c0200000 bfab1038 568a91 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, #0.0|400000 7 3fd5555555555555 a329571f41abb 40c03456a4dbf667 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|c00000 1 0 bc26f85c327dc3bf 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fcmpe d0, #0.0|800000 1 41e0000000000000 40978ab76935e78b c1a08b6487b995 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|800000 0 76ae6dc7e547066c 8000000000000000 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|c00000 3 800038c5495c97bd c0c44266074feabc 407af462847f1d6e 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, #0.0|2000000 8 10000000000001 7db04587eb928c34 3ffed8e7319c98d7 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|800000 a 414b1d5e892a8c57 fffffffffffff bfe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|0 3 bebd6c4c0e1f531d c14c7fd4d2a8b677 40591952f8a232f3 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fcmpe d0, #0.0|1400000 f 400921fb54442d18 4330000000000001 8006b61772b0051d 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fcmpe d0, #0.0|c00000 6 ff9d470808bdb6f1 c22a31d0e5a34054 803988195fe5c10b 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmp s0, s1, #5, eq|3800000 3 37f50605 3aab134e 33ff4322 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 5
fccmp s0, s1, #5, eq|800000 c 768bccaf c84a2ef8 73a8bd86 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmp s0, s1, #5, eq|800000 7 f7497e 750cc955 3d4c67a1 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmp s0, s1, #5, eq|400000 f 42e9befd 42e9beff 7507bc1d 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmp s0, s1, #5, eq|c00000 f e0e7f235 4f800000 76b17808 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmp s0, s1, #5, eq|400000 5 7fffff 7f800001 8048220a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fccmp s0, s1, #5, eq|400000 4 c55cc53e e630aa64 c180679a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmp s0, s1, #5, eq|3800000 9 5f9713f 3d58646d c0200000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 5
fccmp s0, s1, #5, eq|0 d 3eec87da 3eec87d8 1af829 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmp s0, s1, #5, eq|1400000 f ff200d3a df000000 1f6e5142 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmp s0, s1, #5, eq|c00000 a 4b6b1b8b 25a94b79 4078d535 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 5
fccmp s0, s1, #5, eq|1400000 b 3fd83a1a be2f1930 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 5
fccmp s0, s1, #5, eq|1400000 9 84cbf819 c87bafaa 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 5
fccmp s0, s1, #5, eq|1400000 7 7f804e57 7fc00000 581f13 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fccmp s0, s1, #5, eq|400000 c 41490c21 c0200000 f3c0715f 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmpe d0, d1, #10, lt|0 c c1a7138cb4ac23be 415c3bc4bfb99b00 c290e81144600 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmpe d0, d1, #10, lt|3400000 e c83b3aceb0e9fbb3 c83b3aceb0e9fbb3 7d26a484c80b2f7f 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 6
fccmpe d0, d1, #10, lt|2400000 b 3650fc52e819b727 3650fc52e819b726 802a4fe2f4f46007 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|c00000 8 421d58dce91eb0e4 82687dbb38980001 335d4ea0fc1c327 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmpe d0, d1, #10, lt|800000 d 400921fb54442d18 c00921fb54442d18 c2ed9e556a0600e4 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|400000 a bedc06e60318ef0c bedc06e60318ef0d 7ef68730bfde4 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 2
fccmpe d0, d1, #10, lt|1400000 0 5ed383417f48e704 412052c23e4806ce c1e0000000200000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|0 f c10dc2a345d59c89 8ca01286f8e4ece5 8000b556cac00227 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|800000 d c1e0000000200000 c1e0000000200000 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|0 e c49978da598666fb 178c83b8cb4e3af bf87cd281653db3d 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 8
fccmpe d0, d1, #10, lt|c00000 d fff0000000000000 7ff0000000000000 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|1400000 e f95f573c91068 81f6516b8584e8e5 fcf08f26bc08ff5a 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 80 2
fccmpe d0, d1, #10, lt|400000 5 7ff0000000000001 feedd7ba4e08bd21 10000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fccmpe d0, d1, #10, lt|0 f c192831c5e05755e ec000da230daf6a9 c233a20e75c05242 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 0 a
fccmpe d0, d1, #10, lt|800000 a 81d309480c312005 7ff0000000000001 fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc 5555aaaa5555aaaa 1 3
fcsel s3, s0, s1, ne|1800000 0 b7d5fda2 bf800000 8a0dee75 0|b7d5fda2 0 5555aaaa5555aaaa 0 0
fcsel s3, s0, s1, ne|c00000 d 746ec0ea 1b2559de 80000000 0|1b2559de 0 5555aaaa5555aaaa 0 d
fcsel s3, s0, s1, ne|3c00000 5 3ee01c8f 3eaaaaab 4b000001 0|3eaaaaab 0 5555aaaa5555aaaa 0 5
fcsel s3, s0, s1, ne|800000 2 7f7fffff 7f7ffffe 41e2a242 0|7f7fffff 0 5555aaaa5555aaaa 0 2
fcsel s3, s0, s1, ne|800000 7 4f000000 f8517c26 391d14ca 0|f8517c26 0 5555aaaa5555aaaa 0 7
fcsel s3, s0, s1, ne|c00000 7 40200000 3d5524c7 fc1419aa 0|3d5524c7 0 5555aaaa5555aaaa 0 7
fcsel s3, s0, s1, ne|400000 5 40200000 40200000 bb22df53 0|40200000 0 5555aaaa5555aaaa 0 5
fcsel s3, s0, s1, ne|2800000 2 7fc00000 3fc00000 f6759efc 0|7fc00000 0 5555aaaa5555aaaa 0 2
fcsel d3, d0, d1, ge|400000 4 43e0000000000000 8010000000000000 7dbc8e33eae22ad9 0|43e0000000000000 0 5555aaaa5555aaaa 0 4
fcsel d3, d0, d1, ge|c00000 3 dd9f7b305ed29393 3dbcc3715825b5f1 3ff8000000000000 0|3dbcc3715825b5f1 0 5555aaaa5555aaaa 0 3
fcsel d3, d0, d1, ge|c00000 b 96a697e0e41981bb 1e6991c7ad545dd bea05ee0538c2762 0|96a697e0e41981bb 0 5555aaaa5555aaaa 0 b
fcsel d3, d0, d1, ge|2400000 d daf889532626e39e d79d70ef880af524 865acec655623d3d 0|daf889532626e39e 0 5555aaaa5555aaaa 0 d
fcsel d3, d0, d1, ge|800000 9 42d86b601d635178 42d86b601d635178 4351232218ea997a 0|42d86b601d635178 0 5555aaaa5555aaaa 0 9
fcsel d3, d0, d1, ge|400000 8 800fbc2f1156e811 fbc2f1156e811 4027a42fe1812025 0|fbc2f1156e811 0 5555aaaa5555aaaa 0 8
fcsel d3, d0, d1, ge|1000000 a 42fa94e6ce282780 7ff8000000000000 400921fb54442d18 0|7ff8000000000000 0 5555aaaa5555aaaa 0 a
fcsel d3, d0, d1, ge|400000 3 fff0000000000000 e847adea66fcca6c 416385b4a319b154 0|e847adea66fcca6c 0 5555aaaa5555aaaa 0 3
fcvtns w3, s0|3c00000 f 7cb1fe9c c2afb15e 3c1cbb87 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 f
fcvtns w3, s0|1400000 7 c0200000 4058fb51 c4c49ad0 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 7
fcvtns w3, s0|c00000 0 38d00ae4 d7a94978 723dbeb6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtns w3, s0|1800000 9 3fc00000 3fc00000 8026fcbd 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 9
fcvtns w3, s0|1400000 3 3f800000 3fc00000 33ea193b 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 3
fcvtns w3, s0|400000 0 1 377a3177 594498d4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtns w3, s0|400000 3 80795d0b 6004c2 35eb5f6a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtns w3, s0|3c00000 f 40600000 807fffff df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 f
fcvtns w3, s0|0 f c0200000 4269a9ba e81c2 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 f
fcvtns w3, s0|c00000 6 8608e baad15f2 3fabf217 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtns w3, s0|c00000 2 40200000 4f800000 9f11d2da 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 2
fcvtns w3, s0|1800000 f 4f800000 3879f950 96e3ed4e 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 f
fcvtns w3, s0|3800000 a c0200000 38214eba 5f800000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 a
fcvtns w3, s0|1000000 7 ff800000 b7d1cd43 3f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 7
fcvtns w3, s0|1800000 2 bf800000 39a582 ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 2
fcvtns w3, s0|0 0 8016b865 654bc75e df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtns w3, s0|800000 4 df000000 3162380d ff800000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 4
fcvtns w3, s0|1800000 8 c0200000 8049893d 800000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 8
fcvtns w3, s0|2c00000 9 cf000000 7910acbd 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 9
fcvtns w3, s0|800000 f 3f000000 8030fcc3 807d87e0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtns w3, d0|0 2 4004000000000000 c2341a88cc214824 c094c70ee68934e9 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 2
fcvtns w3, d0|400000 7 41f0000000000000 7f7617d4c4c6fe03 7f0ec97a291e9092 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtns w3, d0|0 4 8001fa867763836b 564ddcfe14335 bbbd8340ee7e396b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtns w3, d0|0 9 bfe0000000000000 d4f2b3dd7d4a87db 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtns w3, d0|0 a 43efffffffffffff 406c75fce197fc99 416aacbdb6936 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 a
fcvtns w3, d0|1400000 3 c127727be6c232f4 c2ce48be13f4fde8 c344c3266f7a4d02 0|5555aaaa5555aaaa 3333cccc3333cccc fff446c2 10 3
fcvtns w3, d0|1000000 3 fd9bdaef5cc2629b 41f0000000000000 d6125742d1eba6 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 3
fcvtns w3, d0|c00000 5 800fffffffffffff 7ff0000000000001 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtns w3, d0|400000 a ffa98f648bf9fcbf a75fc756f62b0619 7ededb1736c319cf 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 a
fcvtns w3, d0|0 0 800fffffffffffff 10000000000001 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtns w3, d0|0 7 43f0000000000000 c0e49fd2493ed3f1 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtns w3, d0|800000 7 43efffffffffffff 4baf2f24c3b8ee88 1cd569b26cf6d84a 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtns w3, d0|2800000 f c3e0000000000000 41dfffffffe00000 4340000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 f
fcvtns w3, d0|800000 d 4b628e7424b64 53bf415c36501d77 7fefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtns w3, d0|2800000 b 41effffffff00000 800b8dabe6147181 bf37f2229f7c337a 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 b
fcvtns w3, d0|800000 2 bfe8000000000000 3f3f1c999b004122 c55d0dda7f62d761 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 2
fcvtns w3, d0|3400000 e c004000000000000 bff0000000000000 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 e
fcvtns w3, d0|2400000 9 c1e0000000200000 80001532505a046b 7cdf253ce18f8b65 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 9
fcvtns w3, d0|800000 3 c30d841fa2fbde7f 4078e354fa9dfbd7 406ec9f23e2e31c8 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 3
fcvtns w3, d0|800000 1 15e6a204cfc887c0 42d171df1dfbf916 8120d8f7051a9c1b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtns x3, s0|400000 e 4f800000 bb1c7b78 7fd2c2 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 e
fcvtns x3, s0|0 d 501502f9 4796a55 c87d6cf8 0|5555aaaa5555aaaa 3333cccc3333cccc 2540be400 0 d
fcvtns x3, s0|800000 a 3fc00000 7f800000 88527636 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 a
fcvtns x3, s0|0 2 ce16e48d 7bb382cf 800000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffda46dcc0 0 2
fcvtns x3, s0|1c00000 5 df000000 b25bd3a4 f9cbf650 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 5
fcvtns x3, s0|1000000 d bbf6e74d fd211b79 ffc12345 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtns x3, s0|400000 d b90921a8 40456c13 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtns x3, s0|400000 1 5f000000 7f800001 4e4ec 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 1
fcvtns x3, s0|800000 2 df000000 80000000 fe7499d6 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 2
fcvtns x3, s0|400000 6 3f000000 bf75cc84 c58f3870 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtns x3, s0|800000 6 377b3d99 c0520f1b 80188b04 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtns x3, s0|1000000 6 501502f9 bf3ddccc bf800000 0|5555aaaa5555aaaa 3333cccc3333cccc 2540be400 0 6
fcvtns x3, s0|400000 1 afae7099 cade24d5 400b09a8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtns x3, s0|0 a 3fc00000 2ec44eb0 80800000 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 a
fcvtns x3, s0|0 5 bad6b7c7 be5ce5b4 45cfddc4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtns x3, s0|0 5 bfbd5fb bd50c14e 735995f2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtns x3, s0|0 c 7f7fffff 22b4dc07 479edfee 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 c
fcvtns x3, s0|3800000 d 3f000000 bdedbbf7 5685f8d3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtns x3, s0|1800000 a f77d5af2 83f019d4 3f955c90 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 a
fcvtns x3, s0|2000000 b 3f000000 bd219c30 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtns x3, d0|0 0 41dfffffffe00000 25beeeda6dd2630 418f23ca5adfb7d4 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 10 0
fcvtns x3, d0|1400000 8 831e719977f68434 3ff0000000000000 670b55a83367da04 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtns x3, d0|800000 2 fe2c7edb1440f0cc 9f42ec0f236dd 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 2
fcvtns x3, d0|2800000 6 d84d6aba0a7b5e5b e45ae0131984793a c2a4249a6750c3a3 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 6
fcvtns x3, d0|c00000 e bfe0000000000000 2540cda843cf4ce9 11aab4cfe3776555 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtns x3, d0|800000 4 40f06b99be6d26fe 2b692bace2016f2 800607cb233ecb8d 0|5555aaaa5555aaaa 3333cccc3333cccc 106ba 10 4
fcvtns x3, d0|400000 7 f5553036540e8c22 800fffffffffffff 5635002a60ededd4 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 7
fcvtns x3, d0|400000 4 c1071911db0d0e93 4269fb7121d17456 bfbb6bc372dadca0 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffd1cde 10 4
fcvtns x3, d0|2c00000 1 43efffffffffffff fff4000000000abc c0bfd84ee5e85ec6 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 1
fcvtns x3, d0|2400000 a c2d480c1e5166eed c24597d3c9aad7f6 311b77af1fead3b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffadfcf86ba644 10 a
fcvtns x3, d0|2c00000 6 32ad0cb3522bdd47 3fd5555555555555 3f32f6a1b8a93065 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtns x3, d0|0 4 4004000000000000 bf938bb6341e9c5f 400921fb54442d18 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 4
fcvtns x3, d0|c00000 b b5e812712b3aa6 10000000000000 42788c611384d1ea 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtns x3, d0|800000 9 c004000000000000 7fe65b197e69e3b6 436d0c25e3ae77f5 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffe 10 9
fcvtns x3, d0|1800000 3 beb2eef3556507c6 ffefffffffffffff bfe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtns x3, d0|0 0 3fdffffffffffffe afe03396ae9beed 48919672ce05334e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtns x3, d0|1c00000 e bfe0000000000000 2eec7b9095204 4a7b96ffae32d809 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtns x3, d0|400000 7 7ff8000000000000 bf91ed4a357042a8 8b783f9bfb2c7d52 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtns x3, d0|c00000 b bf716f4042657b41 fc699146ab7f25a2 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtns x3, d0|400000 3 43f0000000000000 640a1250d454adea fc95987a141ed758 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 3
fcvtnu w3, s0|2800000 a 5f000000 be0d81a0 3dc085e2 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtnu w3, s0|400000 a 40200000 40d2c907 7045fd10 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 a
fcvtnu w3, s0|3c00000 5 4f800000 f2c9351d f7a79b34 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 5
fcvtnu w3, s0|400000 3 807fffff 40200000 bee6575f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtnu w3, s0|400000 2 cf000000 44058ddd 740ef3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtnu w3, s0|2000000 1 123660 400000 b5650713 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtnu w3, s0|800000 9 bf800000 a6efd00 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtnu w3, s0|2000000 7 3f800000 803aef24 77310a5 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 7
fcvtnu w3, s0|400000 7 80523391 3f3db640 3fcb8df9 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtnu w3, s0|1c00000 3 3effffff 890f7efb 37e1a39f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtnu w3, s0|3800000 c 7ca2529b 4f000000 ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 c
fcvtnu w3, s0|c00000 6 c0200000 3373ed6c c4db64e6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtnu w3, s0|400000 d 48d994ce b6e82fa3 48ee8a18 0|5555aaaa5555aaaa 3333cccc3333cccc 6cca6 10 d
fcvtnu w3, s0|2400000 0 501502f9 b284bbbb 5f000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 0
fcvtnu w3, s0|2c00000 2 91759597 f6a1c395 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtnu w3, s0|2400000 e 4f800000 0 7e8afd79 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 e
fcvtnu w3, s0|1800000 2 3f000000 ce59700 7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtnu w3, s0|c00000 f b17278 3eaaaaab 80182235 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtnu w3, s0|1400000 d c7d8e45 7f800000 bc7f2c6b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtnu w3, s0|c00000 6 ba62e31e d293e82f 8002fd3f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtnu w3, d0|400000 e 0 41f0000000000000 800fa3b82cde0b6f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 e
fcvtnu w3, d0|1800000 1 7e82ee889134382f 829630fc6e29243e 26927c341d3eb119 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtnu w3, d0|1800000 9 43f0000000000000 800dcbf37d1ace72 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 9
fcvtnu w3, d0|c00000 d c004000000000000 4330000000000001 ffefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtnu w3, d0|2000000 c 4004000000000000 813e1a4977ad7667 8000c20cf255c529 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 c
fcvtnu w3, d0|2400000 c fff4000000000abc 0 8002b92ad7860864 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtnu w3, d0|1c00000 0 3e87a12ed6342375 c038c59f2c467e6f 10000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtnu w3, d0|2000000 6 40431e1a3a8feaeb 3fe0000000000000 3fc506fe7f56e08a 0|5555aaaa5555aaaa 3333cccc3333cccc 26 10 6
fcvtnu w3, d0|1c00000 f fffffffffffff 3ff0000000000000 7ec865e832ff9b6e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 f
fcvtnu w3, d0|1000000 9 b1382eec751ea36a 41dfffffffe00000 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtnu w3, d0|c00000 5 86b8848ad1ba8963 80779394ecc3e683 fff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtnu w3, d0|2400000 1 433ca418e7ee3bb6 2a6494d6fe15a 8000582472618764 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtnu w3, d0|400000 9 c1e0000000200000 8001abd97bc1e8c7 9204fc959ff7b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtnu w3, d0|c00000 b 20cf6fb3925b55 43e0000000000000 8010000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtnu w3, d0|400000 5 43efffffffffffff c004000000000000 39cba0256b4b4bf7 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 5
fcvtnu w3, d0|0 a c1e0000000200000 c3e0000000000000 40818ea7bbeaadb0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtnu w3, d0|3400000 d 83487ce207de4fa9 41101a4415de644a fdfaf9f7d2b0759b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtnu w3, d0|1800000 6 3d9dd8b63a5a1e50 52df47c57ffc279e 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtnu w3, d0|0 2 41effffffff00000 80065e6673acebe4 5f35911669302e8b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 2
fcvtnu w3, d0|2400000 9 41dfffffffe00000 c004000000000000 7cfdca9527aaa6da 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 10 9
fcvtnu x3, s0|1800000 1 cf000000 264788 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtnu x3, s0|3800000 5 802e6564 c3083406 60812ac7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 5
fcvtnu x3, s0|800000 b 4f800000 3856c241 40805c12 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 b
fcvtnu x3, s0|3400000 e d01502f9 40200000 df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtnu x3, s0|3800000 2 f9c0f904 3d4c438b bf800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtnu x3, s0|2800000 a bfc00000 8449b00f 4cc3297e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtnu x3, s0|c00000 c 4f800000 3f800000 79b11511 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 c
fcvtnu x3, s0|0 0 3fc00000 8c025b6 3a9ebe27 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 0
fcvtnu x3, s0|0 5 40200000 bd075d32 73ea02a1 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 5
fcvtnu x3, s0|3000000 b bf800000 80800000 7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtnu x3, s0|3000000 e 7afea6e6 b9ddbc71 fb010d29 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 e
fcvtnu x3, s0|c00000 c 7fa00000 6dbb0e8a 4661870e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtnu x3, s0|c00000 3 df000000 df000000 8003285d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtnu x3, s0|2000000 6 3effffff e4b149eb fadc3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtnu x3, s0|c00000 b bfc00000 8d807345 3e1e4a94 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtnu x3, s0|2000000 5 81a52b3d c4b37faf 47bdf4e9 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtnu x3, s0|1800000 3 7b82fc04 4dad0f 848f3e82 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 3
fcvtnu x3, s0|1c00000 2 3f800000 40fa9e4c 4f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 2
fcvtnu x3, s0|1400000 2 4f800000 7fa00000 801d74a0 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 2
fcvtnu x3, s0|0 8 bfc00000 7f800001 3adffd44 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtnu x3, d0|c00000 3 c004000000000000 ffefffffffffffff c1b62519245da196 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtnu x3, d0|2800000 a bfe8000000000000 2af106f9e3312cb 8000d11cfaf3a208 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtnu x3, d0|1400000 f 1c6edede751d9114 c28d59fb1961abda e81b62a90c8ab8ac 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtnu x3, d0|800000 7 41effffffff00000 7ff0000000000000 fdea945d6ef00ba7 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 10 7
fcvtnu x3, d0|0 c bfe0000000000000 40bc3bf41fc98bdb 3fd5555555555555 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtnu x3, d0|400000 3 2658b3abee0c864c 1e2cd2f4ba78936f 417b8cdf5bcab308 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtnu x3, d0|800000 a 7ff0000000000001 41dfffffffe00000 37691b9e3d191ff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtnu x3, d0|1400000 e bfe0000000000000 ab576c8719cc35ce 40f67da882a2814a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtnu x3, d0|1400000 9 c1e0000000200000 bfe0000000000000 fff4000000000abc 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtnu x3, d0|2000000 4 8000000000000000 aed1252638afb 5a21717be8baa4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 4
fcvtnu x3, d0|0 1 bfe8000000000000 fadc072a88e9865f f013023d1ac89 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtnu x3, d0|c00000 f bfe8000000000000 1 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtnu x3, d0|400000 8 c1e0000000100000 7caa75c005b0b350 3d47cb8e7762f72f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtnu x3, d0|800000 4 43e0000000000000 ec651ca0647d252 c1e2681b8f54d3ec 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 4
fcvtnu x3, d0|1800000 e 3fe0000000000000 2f58fa51eccc26f8 d76b6573c0bd0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtnu x3, d0|c00000 5 43e0000000000000 7e693b21d7413b23 fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 5
fcvtnu x3, d0|1000000 2 41dfffffffc00000 800fffffffffffff 2eb0aef689fb4378 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 2
fcvtnu x3, d0|800000 1 3a5df6768778684d 42d7a13a7b4f510a c076be85d77f680d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtnu x3, d0|1400000 b 92cfb472e8f033c5 c1e0000000200000 a96552e95069a26e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtnu x3, d0|800000 a 41effffffff00000 80d99a6573f96e55 fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 10 a
fcvtps w3, s0|2400000 4 857346a3 4520eca7 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtps w3, s0|1c00000 7 df000000 3b46c327 311d3f3 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 7
fcvtps w3, s0|1c00000 8 5ac247 dee3fa27 8bff5777 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 8
fcvtps w3, s0|400000 9 5f000000 409e9706 b879218d 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtps w3, s0|0 6 2ce4ff8d bf800000 431081ef 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtps w3, s0|400000 6 3effffff bf000000 395df430 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtps w3, s0|2800000 8 4f000000 40200000 75ee1959 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 8
fcvtps w3, s0|1000000 0 769f197a 400000 40304dba 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 0
fcvtps w3, s0|0 6 bfc00000 742dd6 be7cfd43 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 6
fcvtps w3, s0|c00000 e 3871849c 4f000000 3e5eec70 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 e
fcvtps w3, s0|1c00000 a 400000 b97ffbc7 ffc12345 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 a
fcvtps w3, s0|800000 1 40200000 3fc00000 428bed30 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 1
fcvtps w3, s0|1c00000 7 40200000 5f000000 497c395 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 7
fcvtps w3, s0|0 f a7e7292 7fffff 5f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 f
fcvtps w3, s0|800000 e c0200000 48981575 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 e
fcvtps w3, s0|0 1 cf15a932 c52626de bb0fc75e 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 1
fcvtps w3, s0|2800000 8 7fa00000 eab3872b 3936e8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtps w3, s0|2000000 7 6a8fbc97 80256434 8901d6e7 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtps w3, s0|0 d cf000000 f1428024 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 d
fcvtps w3, s0|2400000 b 4b657ae ff7fffff 2bd481d4 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 b
fcvtps w3, d0|800000 0 41dfffffffe00000 7f47a7a99aed38be 800fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 0
fcvtps w3, d0|3400000 3 516b71e9f408da4d 7ff0000000000000 0 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 3
fcvtps w3, d0|2400000 9 10000000000001 d13a0dc75a0f3a7b c1e0f4ba640531b3 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 9
fcvtps w3, d0|0 e 80043a7db8aa4779 273a1081b41391e1 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtps w3, d0|0 5 41effffffff00000 b0f129ef9c2c044f fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtps w3, d0|2800000 a c3e0000000000000 c303fe279e865efe 10000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 a
fcvtps w3, d0|1000000 c c06942739669ce69 41e0000000000000 3f6851a8dec9e7aa 0|5555aaaa5555aaaa 3333cccc3333cccc ffffff36 10 c
fcvtps w3, d0|2000000 7 fe9de150ae2de05b 422b4c9f4add33b6 10000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 7
fcvtps w3, d0|3800000 a 85be5f6b2a7c3b1c 7d82932611ee6 7dc06f949a4d9626 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtps w3, d0|3000000 4 41dfffffffc00000 4197e7b5479ab990 262a9a3787bd5a9f 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 4
fcvtps w3, d0|800000 5 c1e0000000200000 800a5eba8fb038f6 2a021d80f9c6c 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 5
fcvtps w3, d0|0 9 43e0000000000000 8000000000000 c00b538736d21e00 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtps w3, d0|0 c bff0000000000000 3e8b04a1ef717dd0 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 c
fcvtps w3, d0|2800000 c 4004000000000000 c10b4242c16bed36 800ef7a5660e809b 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 c
fcvtps w3, d0|3400000 2 dd2b1beda48e6621 3f55672c5770b674 c3832cd08905f25c 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 2
fcvtps w3, d0|1800000 4 3fe0000000000000 c1e0000000200000 829a5aa9f582f08b 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 4
fcvtps w3, d0|400000 4 d0a9edaf48f3f 7dfdea95c08943e0 888bc17a2474f73a 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 4
fcvtps w3, d0|800000 c 41effffffff00000 bffa838216b7dbbe 3f99577f2a9d13b6 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 c
fcvtps w3, d0|c00000 e 3fdffffffffffffe 9a133e44d49133c6 800b8482711b56ac 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 e
fcvtps w3, d0|c00000 5 43e0000000000000 c004000000000000 c34d2a7389c96a01 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtps x3, s0|400000 e 80503ddc bed72ac0 189a96a8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtps x3, s0|3000000 8 cd7f4922 78107647 c3495ed 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffff00b6de0 0 8
fcvtps x3, s0|3000000 4 80800000 f3bcbd2f 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtps x3, s0|c00000 6 4f000000 3eaf7d74 c3577e08 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 6
fcvtps x3, s0|800000 9 40600000 2fb9f011 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 9
fcvtps x3, s0|800000 e 36c1520f 4f000000 48e72cc2 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 e
fcvtps x3, s0|2800000 4 c0200000 ff812345 ff7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffe 10 4
fcvtps x3, s0|2400000 e 803e6661 bbe731ee fbb53e9e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtps x3, s0|1c00000 3 ff7fffff bb4a559d 18b20e 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 3
fcvtps x3, s0|1400000 9 3f000000 824bb024 b0c91d4e 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 9
fcvtps x3, s0|0 4 bf000000 c809a9a4 b2d2ecec 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtps x3, s0|400000 b 807fffff 6197c947 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtps x3, s0|1400000 f 40200000 c346158c fce8f3ad 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 f
fcvtps x3, s0|800000 9 399e5a58 26aa6e6a 487708c4 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 9
fcvtps x3, s0|1c00000 b 40490fdb b88e2bd7 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 b
fcvtps x3, s0|0 f bf000000 27bdf20b ff7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtps x3, s0|400000 9 4f000000 c3f3070e 3d3e831b 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 9
fcvtps x3, s0|1400000 8 df000000 1 7e23df3e 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 8
fcvtps x3, s0|2000000 b 4f800000 3a838fcd c33c4d8a 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 b
fcvtps x3, s0|800000 c 4f800000 bd911876 847b2272 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 c
fcvtps x3, d0|1000000 b 7ff0000000000000 81faf5d1d2919f4c 8176f2637282d9aa 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 b
fcvtps x3, d0|0 c bfe0000000000000 8000000000000 409d05b595667845 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtps x3, d0|0 8 c237f41d8347ea15 9c07b63af95a4 ff40820e2df5c2ba 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffe80be27cb9 10 8
fcvtps x3, d0|2000000 f 800f495b95c55a91 3ff8000000000000 e0f7308bae060 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtps x3, d0|1400000 d bfe8000000000000 8001652357ad1c88 c0384a158edab512 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtps x3, d0|c00000 6 7ff0000000000001 67cb99c039c17 800bfac50f74551e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtps x3, d0|1000000 1 43f0000000000000 fe826d21d38a8cc4 2e019b3153ad8743 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 1
fcvtps x3, d0|1000000 5 c347b788c468992d c3e0000000000000 fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc ffd090ee772ecda6 0 5
fcvtps x3, d0|0 9 653f14780d77e72b 8002d2119947c6a5 7fefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 9
fcvtps x3, d0|1000000 a 3fe0000000000000 41e0000000000000 fe96ff0912c36963 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 a
fcvtps x3, d0|1000000 6 e0085b6dc11ba 340a26c8977d50f2 52bcf5491a2c30e4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 6
fcvtps x3, d0|2400000 2 bff0000000000000 41f0000000000000 407883990f31eefe 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 0 2
fcvtps x3, d0|2c00000 d c2e8082567fa0bf1 becaae10fc612154 41dfffffffe00000 0|5555aaaa5555aaaa 3333cccc3333cccc ffff3fbed4c02fa1 10 d
fcvtps x3, d0|3800000 4 8000000000000 10000000000001 7ff8000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 4
fcvtps x3, d0|1c00000 3 c1e0000000200000 8396e0b64b8117f7 beaf5a9186bc66e9 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff7fffffff 0 3
fcvtps x3, d0|2000000 1 3ff8000000000000 21f4f337ce26bdf 4004000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 1
fcvtps x3, d0|c00000 3 bff0000000000000 4004000000000000 0 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 0 3
fcvtps x3, d0|1c00000 3 bf31d3a1a97c0436 be824ff17fae74f9 3d65e5b022e664c7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtps x3, d0|2800000 1 800fffffffffffff 10000000000001 2d4222da10afbf26 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtps x3, d0|1400000 5 43e0000000000000 c254a105fd01ee77 0 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 5
fcvtpu w3, s0|1400000 c 876199ee 26bb32 8ba2b4f4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtpu w3, s0|400000 8 40200000 bf000000 6c366246 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 8
fcvtpu w3, s0|400000 1 78de4372 382f862b bbf5db17 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtpu w3, s0|0 a 4f800000 c11f6ed1 c6f3cfc 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtpu w3, s0|0 7 4f5fb862 ec35424f 892909bc 0|5555aaaa5555aaaa 3333cccc3333cccc dfb86200 0 7
fcvtpu w3, s0|400000 9 80fd04c9 413181ad 40200000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtpu w3, s0|800000 5 e235c025 c0200000 49fec10b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtpu w3, s0|400000 4 3effffff 8bc2a4da 1326b1be 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 4
fcvtpu w3, s0|0 2 3f000000 5f000000 400000 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 2
fcvtpu w3, s0|3000000 6 ff7fffff 46ae0ce3 800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtpu w3, s0|0 9 41737304 5f800000 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 10 10 9
fcvtpu w3, s0|2800000 4 40600000 76954ec3 800000 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 4
fcvtpu w3, s0|0 f 3f280d19 38a36940 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 f
fcvtpu w3, s0|c00000 f cf000000 15f3babf 80785719 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtpu w3, s0|1800000 6 42cacefd 8f45b7a0 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 66 10 6
fcvtpu w3, s0|c00000 c 40a7c8a2 c5ee23ce 898afcc1 0|5555aaaa5555aaaa 3333cccc3333cccc 6 10 c
fcvtpu w3, s0|c00000 b bf000000 80000000 8f2447ac 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtpu w3, s0|0 1 3f000000 b9bae1b0 49da190f 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 1
fcvtpu w3, s0|400000 4 4f800000 235b737c 374baf78 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 4
fcvtpu w3, s0|c00000 6 390cf1ba 3db696b4 7e87f43a 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtpu w3, d0|400000 f 43efffffffffffff 3153eb9aec528e47 442acef998665144 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 f
fcvtpu w3, d0|400000 1 2951790ee21e58e 3ea9a147c3693fe4 3a8993ec7055f865 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 1
fcvtpu w3, d0|3800000 1 41f0000000000000 c1ffbd7b7350cee3 73c120ab5f7d5 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtpu w3, d0|2800000 c 8002f2a2325c0c8f 800cdb670f3327fb c2dc4b1330435164 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtpu w3, d0|3800000 8 bfe8000000000000 a16e8721c3b36 82efc1592f4dc77a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtpu w3, d0|c00000 4 7e37e43c8800759c 42ff4d1f76cd3e85 408f64debf6dae4b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 4
fcvtpu w3, d0|2400000 5 c22291debc2819e7 b2a7dc402872a578 4330000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtpu w3, d0|1000000 9 43e0000000000000 825318cd85e3a1e6 a71d1be7911e1c5f 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 9
fcvtpu w3, d0|800000 6 3f75140ec6afccc4 41dfffffffe00000 7ec36cf21e63e607 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtpu w3, d0|c00000 e ff980bd517c63e71 7ff0000000000000 3e2e7d6cdd998390 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtpu w3, d0|400000 9 3f9cab351bd3a22b c382ecbc8a8be017 800e8b9ad423a5d8 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 9
fcvtpu w3, d0|800000 7 81458995e9676776 800fffffffffffff bfe079a4d0b5437e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtpu w3, d0|800000 e fff8000000012345 c004000000000000 fe3cff051875aa2b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtpu w3, d0|1400000 e beca64e051397e4c 43f0000000000000 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtpu w3, d0|400000 2 41dfffffffc00000 cd96912c899de9 7f7481c525ba8d20 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 2
fcvtpu w3, d0|1800000 3 429fb70e3a300f34 438508b7eb62d2c4 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 3
fcvtpu w3, d0|0 1 1 3fb7bfb69accee86 800cff900c6e3283 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 1
fcvtpu w3, d0|800000 0 c003cfa37225da80 3e5f30565bfba05d 34cac661118c201 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtpu w3, d0|1c00000 b b27d8ab519506 2a78a346b4f8950 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 b
fcvtpu w3, d0|800000 5 bff0000000000000 5e398f1e5e771b1a bcf2ea7fed910674 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtpu x3, s0|c00000 b a352705a 4d48480c 801a6dbf 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtpu x3, s0|c00000 5 d6caea 807600a6 c7ea6c31 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 5
fcvtpu x3, s0|800000 d 9bc62d41 81349ee3 bc820551 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtpu x3, s0|1800000 b bfed4f0 3c68e9c3 32aac251 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 b
fcvtpu x3, s0|0 5 7f800001 3f0b9ee2 46f920d7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtpu x3, s0|1000000 4 bf800000 621c22e7 5d4d00 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtpu x3, s0|1000000 a 5f000000 c287aac9 7f800001 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 a
fcvtpu x3, s0|0 5 4f800000 31eb8886 be3a7983 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 5
fcvtpu x3, s0|3c00000 2 df000000 dfb9ecb2 a6aa76b4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtpu x3, s0|1400000 d ff263f04 bf800000 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtpu x3, s0|c00000 a 615b603 86babeea 801f4d7c 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 a
fcvtpu x3, s0|400000 9 df000000 74426e4b 46ec94ea 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtpu x3, s0|400000 8 4f800000 49a6a4a7 fe71d41e 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 8
fcvtpu x3, s0|3800000 4 2d4422 a18640b0 f42bbba 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 4
fcvtpu x3, s0|1c00000 8 34941b58 8066944d bebcf0c0 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 8
fcvtpu x3, s0|c00000 7 88b96e6b aa60fc5 3a8c983d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtpu x3, s0|1800000 4 807fffff 7c9277cf 6587d8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 4
fcvtpu x3, s0|1c00000 7 714b37e5 800000 800001 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 7
fcvtpu x3, s0|0 8 3fc00000 a4203c8 f5be121f 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 8
fcvtpu x3, s0|1800000 5 3fc00000 38a8e759 7a63fe45 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 5
fcvtpu x3, d0|0 4 43e0000000000000 7ecce47f6d85024e c14abc757b0d4d72 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 4
fcvtpu x3, d0|2c00000 6 7e37e43c8800759c 668281662e5e1669 71fd893a6e3a3c55 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 6
fcvtpu x3, d0|0 f 8004532fc7afb517 c045f495a927763b 41da7ffb94f6130c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtpu x3, d0|400000 5 43f0000000000000 d06851572dcef 3ba0fa85fa30dd06 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 5
fcvtpu x3, d0|2800000 4 7e37e43c8800759c bebd420bc59cdd72 fa421c7f634facd0 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 4
fcvtpu x3, d0|c00000 f 800709d46ac46574 af023074902a7a 4004000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtpu x3, d0|0 b bff0000000000000 7e788fe0dd757913 bd5c387bb9dc2aa2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtpu x3, d0|400000 f 41f0000000000000 41c82d2bf43ec12d 68a4c66cad5e5adb 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 f
fcvtpu x3, d0|1400000 0 7fefffffffffffff 4174451eaa0b2668 70a6fca180bcee3f 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 0
fcvtpu x3, d0|1800000 5 43efffffffffffff b1d76b198260c946 3ef04e5a23a1ff4a 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffff800 0 5
fcvtpu x3, d0|c00000 8 7fefffffffffffff 8196701195d32006 e165395c9e3ac96b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 8
fcvtpu x3, d0|400000 c c22e2b6490622239 c2aceccfa5aa7902 31f8decf4e5bcba 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtpu x3, d0|0 f 800baf74a71c3b70 800fdf23fe8d8cb9 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtpu x3, d0|1000000 a bfe8000000000000 bf5f904f1af1d572 4340000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtpu x3, d0|400000 a c004000000000000 839fa53d5b74adc7 bff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtpu x3, d0|0 6 41dfffffffc00000 b84fc521bbafc532 fff4000000000abc 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 6
fcvtpu x3, d0|1400000 1 c1735a827f5b37bc 8000000000000000 830a01287453d6af 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtpu x3, d0|2400000 2 43f0000000000000 c1e0000000200000 43f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 2
fcvtpu x3, d0|2400000 e 41dfffffffc00000 bf544b82bb4072d0 bee4e7da072a8205 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 e
fcvtpu x3, d0|3800000 e 80077eba08f388fd bfe0000000000000 4097f9069447dd88 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 e
fcvtms w3, s0|800000 6 bf000000 b97b2e56 400000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 6
fcvtms w3, s0|400000 e cf000000 829c61bf beca1476 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 e
fcvtms w3, s0|0 1 3f000000 740a6a59 807fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtms w3, s0|400000 d bdd7019e 7fffff c083d423 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 d
fcvtms w3, s0|c00000 8 bfc00000 803bca3c 3f000000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffe 10 8
fcvtms w3, s0|0 f 40668861 8495208c 3c2aa26f 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 f
fcvtms w3, s0|1400000 b 800001 79a172e1 bf800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtms w3, s0|400000 5 ff800000 80153235 7cbed26c 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 5
fcvtms w3, s0|800000 4 7004a6 6743eb ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtms w3, s0|400000 f cf000000 fb176d45 8440c457 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 f
fcvtms w3, s0|0 9 bf800000 913cade1 40490fdb 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 9
fcvtms w3, s0|1c00000 0 3effffff 7fffff f2c9bb1c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtms w3, s0|c00000 9 40200000 5f000000 7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 9
fcvtms w3, s0|1800000 6 d01502f9 45df30b8 806dc429 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 6
fcvtms w3, s0|2000000 d b9125906 3f800000 df000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 d
fcvtms w3, s0|c00000 b 7fa00000 6aa3f081 42f748 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtms w3, s0|800000 a 5f000000 b62910e2 803598e8 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 a
fcvtms w3, s0|1800000 2 3f3efe18 149c1 4effffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtms w3, s0|800000 3 c2d41d8b 3fc00000 1 0|5555aaaa5555aaaa 3333cccc3333cccc ffffff95 10 3
fcvtms w3, s0|c00000 1 807fffff de3f1681 751b8649 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 1
fcvtms w3, d0|1400000 1 43efffffffffffff c14d61ed03fb0802 4384f344ec0b3c2c 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 1
fcvtms w3, d0|c00000 0 800e4e4350f76dcf 835a911f9ecbb0c0 3de448412bf7f869 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 0
fcvtms w3, d0|1800000 b 43f0000000000000 4119ad09c95dbdb5 4004000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 b
fcvtms w3, d0|1000000 6 3fd5555555555555 bf40c991b77ac179 43ee338325a1b093 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtms w3, d0|2800000 8 3fdffffffffffffe 820f921ed2675422 4330000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtms w3, d0|1800000 8 43f0000000000000 e57261b9a652fcda 404f6f4194aba5ab 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 8
fcvtms w3, d0|1800000 4 41f0000000000000 bfe0000000000000 41db707d04a675ad 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 4
fcvtms w3, d0|800000 6 c3e0000000000000 0 0 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 6
fcvtms w3, d0|3000000 c 4116e6318b0c7846 56b20e96641b76c1 53c66fcd40277817 0|5555aaaa5555aaaa 3333cccc3333cccc 5b98c 10 c
fcvtms w3, d0|1000000 c bff0000000000000 43167870f83d6733 7e2f2b6bca96f8c4 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 c
fcvtms w3, d0|1000000 b 14170a92e07012b7 3ff8000000000000 413f8db3d6c4169f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtms w3, d0|1400000 4 7e37e43c8800759c 7ff0000000000001 800c17d95fd99eec 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 4
fcvtms w3, d0|2800000 4 bfe8000000000000 181ae597d2550f8 ea811deb5f13de4 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 4
fcvtms w3, d0|0 5 41dfffffffe00000 c12bd4f212c72d1b fff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 5
fcvtms w3, d0|0 8 c3e0000000000000 91372720c1ecce1b befd552956406b03 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 8
fcvtms w3, d0|0 c 3ff8000000000000 7d01d50f12bd0201 bfc170227f180b03 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 c
fcvtms w3, d0|c00000 3 41dfffffffc00000 7d8b44858fb52ad8 c0691dc5976ed0df 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 3
fcvtms w3, d0|3000000 3 41dfffffffc00000 41e0000000000000 bfc5a9aa56280461 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 3
fcvtms w3, d0|800000 9 43e0000000000000 800245dcbbbfda49 418840b176f70327 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtms w3, d0|1000000 9 816ed8a19f98bce5 c9ffc058862fa509 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 9
fcvtms x3, s0|c00000 8 40200000 4e4830f8 6d0280f 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 8
fcvtms x3, s0|800000 f cf000000 c4eb2ec2 4731a95b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff80000000 0 f
fcvtms x3, s0|1c00000 8 49c6880d 7bccc9e7 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 18d101 10 8
fcvtms x3, s0|800000 8 3fc00000 577abebf 4a857a28 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 8
fcvtms x3, s0|1c00000 8 8eac9134 879153ae b35b7e57 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 8
fcvtms x3, s0|800000 a cf000000 4effffff f4e8bb57 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff80000000 0 a
fcvtms x3, s0|c00000 b feb85d85 b719c6bc c5922506 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 b
fcvtms x3, s0|400000 5 df000000 3f000000 7f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 5
fcvtms x3, s0|1400000 4 bf000000 807fffff 804133b8 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 4
fcvtms x3, s0|400000 0 7fa00000 b81af53 bd3cf633 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtms x3, s0|400000 4 5f000000 0 800001 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 4
fcvtms x3, s0|800000 d 436c094f 7f800001 27527f92 0|5555aaaa5555aaaa 3333cccc3333cccc ec 10 d
fcvtms x3, s0|c00000 a 3ff84ae9 ff812345 feeb463e 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 a
fcvtms x3, s0|2c00000 2 5f800000 bf800000 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 2
fcvtms x3, s0|400000 d 805d6f2e 47600bd0 4b88984b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 d
fcvtms x3, s0|0 0 cf000000 384f3e21 807a47f8 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff80000000 0 0
fcvtms x3, s0|2c00000 c bf000000 7f800000 76f226 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 c
fcvtms x3, s0|400000 f 80800000 5c7f37b5 ba2d893 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 f
fcvtms x3, s0|3800000 7 d32c19a5 af23c803 c254483c 0|5555aaaa5555aaaa 3333cccc3333cccc ffffff53e65b0000 0 7
fcvtms x3, s0|c00000 4 43b6547d 3ef24a29 65ed674 0|5555aaaa5555aaaa 3333cccc3333cccc 16c 10 4
fcvtms x3, d0|400000 2 8000000000000 c1e0000000200000 8001bf37a61e0a50 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtms x3, d0|2800000 c 41f0000000000000 c3e0000000000000 9dae4a5b99bd96a1 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 c
fcvtms x3, d0|800000 b bd418dc942ecd82c 2fb9ea7011f809d 3ba8ef527b720972 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 b
fcvtms x3, d0|0 0 4004000000000000 4004000000000000 2cf57159d8942 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 0
fcvtms x3, d0|c00000 6 4004000000000000 48ae83a93ee39694 4330000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 6
fcvtms x3, d0|0 5 f9ddc9bdb440523c 7bfa0f903bd44f38 be69f83887b4622d 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 5
fcvtms x3, d0|c00000 5 3ff8000000000000 7b277977150880e6 3c0a85845615693a 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 5
fcvtms x3, d0|800000 d c1dc4e1fdea3f336 823808a3c03a83b1 d22035fe16e2af88 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff8ec78085 10 d
fcvtms x3, d0|800000 f 1a8fbdeb7c0b1 c03c78d8b8102d2b 800d2735279f48d2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtms x3, d0|800000 9 41effffffff00000 eec1ba1e2379c17f 8010000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 9
fcvtms x3, d0|800000 2 41effffffff00000 c3dea14b52b521ea c1593be7432d1ca2 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 2
fcvtms x3, d0|0 2 41dfffffffe00000 7c966a7fa6f9123a f70ebeeba2fd77cd 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 2
fcvtms x3, d0|1800000 6 4004000000000000 8000000000000 49bca6ade533c6f7 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 6
fcvtms x3, d0|3400000 e 76c15e71a2211229 870d10906cf129dd 400839efa1953784 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 e
fcvtms x3, d0|0 e 4004000000000000 c11eb27d8a055ac7 8005ae07b8177fa2 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 e
fcvtms x3, d0|800000 8 7e37e43c8800759c 40b99c131ed606c6 7ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 8
fcvtms x3, d0|0 9 7414cdd9c66f5f25 427a1a7578898e55 fff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 9
fcvtms x3, d0|c00000 6 80007410509df5e7 3fe0000000000000 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 6
fcvtms x3, d0|c00000 2 7e37e43c8800759c c0d99162a398dc7d e18eb0ffaeff8d94 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 2
fcvtms x3, d0|1800000 c bff31dabd42f8b9f 8004388782db3b81 800fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffe 10 c
fcvtmu w3, s0|400000 0 79ec2640 8069eb64 8a5d7e82 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 0
fcvtmu w3, s0|800000 2 df000000 bb6189cd 72ba7b7e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtmu w3, s0|c00000 2 4f800000 8047dfaa 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 2
fcvtmu w3, s0|1400000 8 51d7302b 80000000 804b349b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 8
fcvtmu w3, s0|400000 0 3fc00000 fbb41d1a 742f7f83 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 0
fcvtmu w3, s0|800000 a 38c531e0 c4a48079 c47231e1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtmu w3, s0|c00000 7 bf800000 ff800000 c7c1bd01 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtmu w3, s0|1400000 2 faf649e9 6e494ce0 fe10de3b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtmu w3, s0|2800000 7 3effffff 7f800001 bfd56e4c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtmu w3, s0|c00000 e beb3695d d26c16e4 ffc12345 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtmu w3, s0|c00000 6 f5d003f5 6512c3eb 1522d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtmu w3, s0|800000 2 6733b0 55a66c41 2ca96c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtmu w3, s0|3000000 9 6fe8f0 bd7a9835 800001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 9
fcvtmu w3, s0|1c00000 5 5f000000 f8492967 6388c47 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 5
fcvtmu w3, s0|c00000 b 501502f9 a6bfca44 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 b
fcvtmu w3, s0|800000 f 800e9331 c0200000 30b63b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtmu w3, s0|c00000 7 85a46ba0 3f800000 c0f5cd64 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtmu w3, s0|1400000 d 9dc8bad7 21b111 bb79e90d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtmu w3, s0|0 3 b991d31c bd3964dc bf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtmu w3, s0|0 2 c0200000 3d42a972 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtmu w3, d0|400000 d bfe8000000000000 3ff0000000000000 44093c2921ff24e2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtmu w3, d0|1c00000 4 3fe0000000000000 c15a3d6b5f5f34be 445bd8aedb06c882 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtmu w3, d0|1c00000 6 7fba8196048328bc 2d4361a1253e2547 c1a51903bcda36e2 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 6
fcvtmu w3, d0|2800000 c b908bbaa801c0fc6 feb5aba39921ad60 88f474425962ec85 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtmu w3, d0|c00000 7 800f34d6c6f45625 7fefffffffffffff 3fd5555555555555 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtmu w3, d0|400000 4 55c8eb27c4bff55f 7f64db752869da11 5b121e5d4e4636e2 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 4
fcvtmu w3, d0|2400000 a 43f0000000000000 c385ea9e727aa76b fff4000000000abc 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtmu w3, d0|3800000 9 7d69e7abec0bb291 e01d2797d4d53002 88cfd8216e547fe8 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 9
fcvtmu w3, d0|2c00000 3 80d445c7e8702f4c 767fc624cf209b9b 53f4f9ef66c6f326 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtmu w3, d0|2000000 6 c2d33fb1f5ccc939 136a6882a5effdd 213c2a9e1de7609 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtmu w3, d0|400000 0 3fe0000000000000 41ac43d3bdef2104 c2a4fb1487a27c77 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtmu w3, d0|400000 5 8000000000000000 6b0b5f2753ba1c80 703599e1cd0dc7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 5
fcvtmu w3, d0|1400000 f 41effffffff00000 41e0000000000000 400921fb54442d18 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 f
fcvtmu w3, d0|0 5 7e626bd5cd14e60d 6b9e3e60faf700fa af1e6b39c87bf4cb 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 5
fcvtmu w3, d0|3800000 5 41dfffffffc00000 9ef36530fbf4b9d8 8010000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 5
fcvtmu w3, d0|0 4 3b8270cc26ffc438 c196e9869e41ffc2 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtmu w3, d0|2800000 2 3ff0000000000000 7cb1e122f7f6a247 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 2
fcvtmu w3, d0|1c00000 d c02cce6aeb433a0e 809fff57ddf4ada3 a0ced6bcaffa47f3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtmu w3, d0|3000000 e c1440a0caef218d7 c2dd91813a7281d2 fc9d16b19097846c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtmu w3, d0|400000 7 8000000000000000 8282743741010e7c 742ebb5f60400ff4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 7
fcvtmu x3, s0|1000000 a bf800000 c0d9ae5c bf800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtmu x3, s0|c00000 e 483fd0d2 c4895385 653138 0|5555aaaa5555aaaa 3333cccc3333cccc 2ff43 10 e
fcvtmu x3, s0|800000 b df000000 4f800000 8c29e9d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtmu x3, s0|2400000 a f5c8f50b 80000000 9a39a328 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtmu x3, s0|0 5 1e87a1 8751e717 bf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtmu x3, s0|2c00000 0 c8bf1f01 cf000000 d7fec0a8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtmu x3, s0|3800000 9 d01502f9 cf000000 df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtmu x3, s0|3c00000 9 4735f16f 3c3560c5 85aa5799 0|5555aaaa5555aaaa 3333cccc3333cccc b5f1 10 9
fcvtmu x3, s0|400000 e 40600000 4c6eae44 b3f4ecd7 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 e
fcvtmu x3, s0|0 1 8044a0f9 4b000001 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtmu x3, s0|0 9 4f000000 f69053f5 41852ba4 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 9
fcvtmu x3, s0|c00000 1 80894d48 1a221d 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtmu x3, s0|2c00000 9 60d59547 340691e0 48e26ba2 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 9
fcvtmu x3, s0|1000000 0 d01502f9 c6b49b21 40490fdb 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtmu x3, s0|0 9 eb30adf 3ce3990b 3dd33a8c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtmu x3, s0|2000000 7 c5473040 8cf1f979 c51a6278 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtmu x3, s0|c00000 9 bf000000 ffc12345 803b802d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtmu x3, s0|c00000 b 4f800000 7f0af5 8255c8c8 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 b
fcvtmu x3, s0|0 2 f36a777c 418c871e 8037f69d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtmu x3, s0|1400000 1 4f800000 0 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 1
fcvtmu x3, d0|3400000 b 8004b41b1c87f19e 23fa2409ab59 bfe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 b
fcvtmu x3, d0|c00000 e 43efffffffffffff c0b261ea7fb0c302 dba427a2e6f10b56 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffff800 0 e
fcvtmu x3, d0|0 a c3e0000000000000 43f0000000000000 c1fc21b47bc61dc2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtmu x3, d0|0 3 43e0000000000000 2cbbfd2464fcf 42cdd3a58e7c0d83 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 3
fcvtmu x3, d0|800000 3 4daefb6d102d3 9695dc5f1af685da 83955296a1111b72 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtmu x3, d0|800000 3 3ff8000000000000 3ff0000000000000 800203096703e4ed 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 3
fcvtmu x3, d0|1400000 2 41dfffffffe00000 fd1228401e1f57b4 8261391aa8006249 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 2
fcvtmu x3, d0|c00000 9 4004000000000000 10000000000000 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 9
fcvtmu x3, d0|800000 2 551ad6f5b90e8a4d b68583d80f379 800b94ac31e76cf3 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 2
fcvtmu x3, d0|c00000 d c1e0000000200000 41e0000000000000 c2374ace1fe05cf0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtmu x3, d0|1c00000 3 3ff8000000000000 af0b0457dd76618b 14769b3657a48 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 3
fcvtmu x3, d0|1c00000 d 41dfffffffe00000 8000000000000000 61f7f3c678e189b0 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 d
fcvtmu x3, d0|c00000 9 7a723a7643c3e36d c004000000000000 17c179b0e8b299f 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 9
fcvtmu x3, d0|1000000 e 41f0000000000000 416a49c2bc7ee420 8000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 e
fcvtmu x3, d0|2400000 6 43efffffffffffff c004000000000000 c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffff800 0 6
fcvtmu x3, d0|1400000 9 41dfffffffc00000 c1e0000000200000 b9fe3b740c0ad3f1 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 9
fcvtmu x3, d0|c00000 6 0 400921fb54442d18 4218d6d9f2abc834 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 6
fcvtmu x3, d0|400000 f 3fe0000000000000 4a210b797f870ba0 3e3d1adf913d485c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtmu x3, d0|3800000 0 968026728889f857 d815ea3787ee3 c1c6b4424a288bc3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtmu x3, d0|1000000 0 c253d67134507a8e 80035bac05e181b1 bfbfd68e6932d785 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtas w3, s0|1800000 9 4f000000 81fa642d 803ff754 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtas w3, s0|c00000 b c6555ed9 3f19ecc7 3654d2d9 0|5555aaaa5555aaaa 3333cccc3333cccc ffffcaa8 10 b
fcvtas w3, s0|0 f d452925 7fa00000 df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtas w3, s0|c00000 e 4f800000 c5af02b6 2c59840f 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 e
fcvtas w3, s0|1800000 e b5b3a37 3fc00000 b477d6ae 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtas w3, s0|800000 c 7fffff 3eaaaaab 3d1c04a3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtas w3, s0|1c00000 4 b967b1bd 800226e4 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas w3, s0|2400000 6 df000000 4f800000 bf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 6
fcvtas w3, s0|c00000 0 7f52d245 cf000000 437cac23 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 0
fcvtas w3, s0|1800000 2 40600000 7f800001 ca0cf70a 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 2
fcvtas w3, s0|0 9 a436eb26 fc948274 bdb66fb6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtas w3, s0|400000 b 3fc00000 3f57d610 49151eed 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 b
fcvtas w3, s0|1c00000 f fe8a5040 3f000000 a5626ce8 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 f
fcvtas w3, s0|800000 0 40200000 ffc12345 c0200000 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 0
fcvtas w3, s0|c00000 4 5f800000 3fc00000 385eb8b9 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 4
fcvtas w3, s0|2c00000 f c5fa9f88 3fc00000 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffe0ac 10 f
fcvtas w3, s0|c00000 f df000000 f5285a25 c0d8d989 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 f
fcvtas w3, s0|1800000 4 40600000 5f000000 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 4
fcvtas w3, s0|400000 d bf800000 beff9325 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 d
fcvtas w3, s0|1000000 3 c80d3fc2 19961a25 7f800000 0|5555aaaa5555aaaa 3333cccc3333cccc fffdcb01 10 3
fcvtas w3, d0|400000 9 b4582cbe29ff45ee bf86c1aa0148f9ff 4330000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtas w3, d0|1000000 b 43e0000000000000 7ea961e2531f503d 5d32d3402ff7386d 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 b
fcvtas w3, d0|800000 5 bff0000000000000 3dea62fa4cebf986 eb3c0a37328740c1 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 5
fcvtas w3, d0|2400000 c 4337cfc53ff47823 800fffffffffffff 3ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 c
fcvtas w3, d0|1c00000 e c004000000000000 825c530352666496 fed040ca515a0d07 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffd 10 e
fcvtas w3, d0|1400000 0 bfe8000000000000 3fe0000000000000 41346669b218ca1d 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 0
fcvtas w3, d0|800000 4 26b1e640ca080104 9ee5520ee5b3a6a1 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas w3, d0|2400000 8 41f0000000000000 272388e4321f522 fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 8
fcvtas w3, d0|400000 4 3fdffffffffffffe fdd6752cb5688cef 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas w3, d0|800000 1 7ff0000000000001 ec194720cfde27ab b7f3a4effa36bfbe 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtas w3, d0|0 b 7e37e43c8800759c 41b1d54d5d2cfac0 3f810eb4dc9dc02f 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 b
fcvtas w3, d0|400000 a fd89a6b28bb92534 722f9273e42d7164 6c49b06ea4eca1b4 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 a
fcvtas w3, d0|c00000 0 c3e0000000000000 bd4e7a78bbda51e9 c70998a26a5ddd51 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 0
fcvtas w3, d0|800000 f bfe0000000000000 1 fc9d11f2bd001068 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 f
fcvtas w3, d0|800000 5 43e0000000000000 3830bdd1440dd267 bfe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtas w3, d0|2800000 3 800d6470deb5c25c 1a642523f753 353411492161d52 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtas w3, d0|2c00000 0 430e35021c5da3ab 39878610fe71ff1d 8004e4c2dd3a26ba 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 0
fcvtas w3, d0|400000 2 4004000000000000 4a171b25187ebb3a 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 2
fcvtas w3, d0|400000 2 42e871488c50d9bc 3fe0000000000000 427045a7af37d150 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 2
fcvtas w3, d0|400000 b bfe0000000000000 41dfffffffe00000 bcb8ba31c971469c 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 b
fcvtas x3, s0|1400000 d bf000000 40038d7d a86e9157 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 d
fcvtas x3, s0|1000000 2 74467730 800001 464f99ef 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 2
fcvtas x3, s0|1400000 b c06f2381 80473d35 0 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffc 10 b
fcvtas x3, s0|1400000 8 4f800000 33516c59 43459542 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 8
fcvtas x3, s0|1c00000 b df000000 3f800000 467a6375 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 b
fcvtas x3, s0|1800000 c 5f800000 cf000000 6c1ac5df 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 c
fcvtas x3, s0|c00000 e 8054f36a 8024f2d7 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtas x3, s0|1400000 3 4349343 339d5abe c39eac7a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtas x3, s0|800000 5 bf000000 ff800000 38429f19 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 5
fcvtas x3, s0|400000 a 4f000000 bf000000 426b30 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 a
fcvtas x3, s0|800000 e 417f9ef 1 b90e14ac 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtas x3, s0|400000 0 4f000000 80348fb5 804ee7b2 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 0
fcvtas x3, s0|0 4 3eaaaaab 6cf3210f b8ecc2d4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas x3, s0|c00000 6 9e82ee26 c9209856 7946e3d1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtas x3, s0|3c00000 c bfc00000 800000 4ced 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffe 10 c
fcvtas x3, s0|400000 b 150c9a2 b8480aa9 7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtas x3, s0|1c00000 a 3f000000 49ceb500 2b8fa7ef 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 a
fcvtas x3, s0|3000000 5 4f800000 4cb8cc38 a0fbc61 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 5
fcvtas x3, s0|c00000 4 3ab4918a ebde831b 45cf8ca9 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas x3, s0|400000 4 bf800000 df000000 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 0 4
fcvtas x3, d0|1000000 a bfe8000000000000 1213673883461fd 3f26a5b44fd120b4 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 a
fcvtas x3, d0|c00000 a 2a65dd29589baaf 4004000000000000 c1a2fe2558b89aea 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtas x3, d0|0 8 3fdffffffffffffe 41e0000000000000 41b89a73086189f8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtas x3, d0|1800000 c 4004000000000000 c334b63df5226e21 40121c8fa8345311 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 c
fcvtas x3, d0|0 8 7e37e43c8800759c c3e0000000000000 40ef34ee21e1b609 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 8
fcvtas x3, d0|1000000 c bf6c85a1fadf0fb2 33403123cd113c 3fe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtas x3, d0|400000 d 41effffffff00000 fff8000000012345 3ff8000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 10 d
fcvtas x3, d0|0 8 41dfffffffe00000 a65b875dfb648 10000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 10 8
fcvtas x3, d0|c00000 7 ca03eb9bacf47 72de0f8b95810ad8 7e797cf6e2b31623 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtas x3, d0|0 a c004000000000000 7f79da99163bafe6 fff8000000012345 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffffd 10 a
fcvtas x3, d0|800000 c c25e224adcf2c860 4330000000000001 26a81065e2a71912 0|5555aaaa5555aaaa 3333cccc3333cccc ffffff8776d48c35 10 c
fcvtas x3, d0|3000000 6 41dfffffffc00000 c3e0000000000000 c2f83403592675dd 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 6
fcvtas x3, d0|0 0 41dfffffffc00000 7ef63396d6773be6 fcfd785e55bdb4e7 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 0 0
fcvtas x3, d0|2000000 c bfe0000000000000 8001e4068c84c05b ff05c1d312613fec 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 10 c
fcvtas x3, d0|1c00000 4 10000000000001 7dafce147b43f381 800c33892480072d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtas x3, d0|400000 0 c3e0000000000000 ffefffffffffffff ee59fbcc59ff2848 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 0
fcvtas x3, d0|800000 f c1e0000000100000 7fefffffffffffff 437819bf60a2da69 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff7fffffff 10 f
fcvtas x3, d0|400000 b 800063c99cb8ba1c 92059ae2d3fde950 c35f255a62680a47 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtas x3, d0|2000000 1 e939f06a4d9f6f0f c048a44cff0d3a76 800a2d487ad9eae4 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 1
fcvtas x3, d0|800000 e 47f1e761a05b8264 8000000000000 fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 e
fcvtau w3, s0|800000 7 807fffff c4efb017 7f800001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtau w3, s0|800000 a bf800000 4b000001 f2453f6d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtau w3, s0|800000 3 3e287f46 c2d1344c c49870b2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtau w3, s0|0 1 5f000000 c2b46764 89cc2bdc 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtau w3, s0|1400000 9 c4870000 194b728a 804a7880 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtau w3, s0|1800000 f 63721568 71827dff 6e5cf2c 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 f
fcvtau w3, s0|400000 1 501502f9 7fc00000 f4eafc36 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtau w3, s0|1400000 2 3effffff bf1bcc7c c3cfc2df 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtau w3, s0|0 c 727f0331 48d717bb 37b28d78 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 c
fcvtau w3, s0|2c00000 f 4041364d bf000000 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 f
fcvtau w3, s0|800000 c 4f01b6 f0ed69ca 34ecbe56 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtau w3, s0|1400000 d 501502f9 820bbee2 658afde6 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 d
fcvtau w3, s0|1400000 c 7d608f49 4550fa42 80800000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 c
fcvtau w3, s0|800000 e bf800000 bf000000 8c895897 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 e
fcvtau w3, s0|400000 1 501502f9 c5755b60 495711 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtau w3, s0|2400000 0 bf000000 3df2af 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtau w3, s0|0 0 3fc00000 5f800000 443b250b 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 0
fcvtau w3, s0|0 2 3effffff 3f95bf09 8f563902 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtau w3, s0|3c00000 3 4f000000 f9f203bb fedb6947 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 3
fcvtau w3, s0|3400000 4 4abe63ad 4283792b 66833969 0|5555aaaa5555aaaa 3333cccc3333cccc 5f31d7 10 4
fcvtau w3, d0|1800000 f bfe37f3b568fcfa1 19c2b55dd88891a6 9e79919325779e1c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtau w3, d0|0 5 369d07113ddc69a c06c48b9c0926139 3e08e402e97ff5f4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtau w3, d0|1000000 b 7e37e43c8800759c 3f1af451ee0a4770 40f68821c44dfe63 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 b
fcvtau w3, d0|800000 c bfe8000000000000 8010000000000000 c0394cb8889904a6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtau w3, d0|2c00000 0 224e3a65b621dbe5 447effd7cd8cce8a bf499f547b365500 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtau w3, d0|800000 4 43e0000000000000 48b1276f91f97585 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 4
fcvtau w3, d0|400000 a 43efffffffffffff f4a0cb525d39ff b24069bc7ac9b93e 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtau w3, d0|800000 d 4183d78ca76cacd2 9a83bee91e6ec b981d084a59dbafc 0|5555aaaa5555aaaa 3333cccc3333cccc 27af195 10 d
fcvtau w3, d0|c00000 6 bff0000000000000 563fc903dd4152e3 bd9d5861686f0c88 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtau w3, d0|800000 6 bff0000000000000 c380bdb65fda7064 fed284639cbebbf 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtau w3, d0|2800000 7 426ffca39b801a73 0 3ae193651b3ed32 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 7
fcvtau w3, d0|1000000 f bea24727e5fe2465 389e8d877fd4ff1 3b923f1713892c9d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtau w3, d0|1c00000 9 800357c2f0c24058 3fe0000000000000 3fe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 9
fcvtau w3, d0|1400000 9 bbeafc509ec52709 34fb884f8f559 bd399320e81f9a8a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtau w3, d0|1c00000 2 3fe0000000000000 3dbf590e884a924a befa28ef09d1ee90 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 2
fcvtau w3, d0|c00000 5 8000000000000 400921fb54442d18 55d4a8606ec4b762 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtau w3, d0|0 a 41dfffffffe00000 3514987eb499fa3e fff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 10 a
fcvtau w3, d0|1400000 6 43e0000000000000 5578a2d9cc0db1e5 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 6
fcvtau w3, d0|2800000 0 c1e0000000200000 3f12e5c7c5ec5620 62851720f74211f6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtau w3, d0|1800000 e 18654a60bea3922c 7ff0000000000001 fd2bd30d59e8e049 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtau x3, s0|400000 d 3f4d7853 31b142 f1f41718 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 d
fcvtau x3, s0|1000000 3 3fc00000 ffc12345 800fd16f 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 3
fcvtau x3, s0|2000000 6 49451d11 bf800000 721d3316 0|5555aaaa5555aaaa 3333cccc3333cccc c51d1 10 6
fcvtau x3, s0|2800000 7 d01502f9 1cb9b4e 6fea10 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtau x3, s0|0 0 80000000 3c77c420 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 0
fcvtau x3, s0|0 6 5f800000 40dda7 7f800001 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 6
fcvtau x3, s0|c00000 2 40bce27e 556344b6 196c6d 0|5555aaaa5555aaaa 3333cccc3333cccc 6 10 2
fcvtau x3, s0|1c00000 1 4f800000 800001 1d786fb0 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 1
fcvtau x3, s0|2400000 1 cf000000 c3bd20ea 92b29b3c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtau x3, s0|800000 0 40600000 324079 794ded23 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 0
fcvtau x3, s0|c00000 b 3f800000 bb04397 3c9ec7de 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 b
fcvtau x3, s0|400000 5 4f000000 7fa00000 5545dfc3 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 5
fcvtau x3, s0|0 8 bf800000 3fc00000 175a183 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtau x3, s0|c00000 f 4f800000 4b000001 5ff6ff8 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 f
fcvtau x3, s0|2800000 a 3f000000 393a887c cf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 a
fcvtau x3, s0|2400000 e 480926ab df000000 400000 0|5555aaaa5555aaaa 3333cccc3333cccc 2249b 10 e
fcvtau x3, s0|2400000 c 804ad599 ff1b597d 3eaaaaab 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtau x3, s0|1800000 2 7fc00000 afce7c8d c005a375 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtau x3, s0|400000 8 2b8c53 497f61b7 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtau x3, s0|c00000 5 40600000 9fe9985e f542b29a 0|5555aaaa5555aaaa 3333cccc3333cccc 4 10 5
fcvtau x3, d0|400000 3 c11667c6fd6995a9 a3384b894f4f15ce bbba8e06b2348767 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtau x3, d0|400000 5 3ff8000000000000 3f90970bf055c738 400921fb54442d18 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 5
fcvtau x3, d0|1c00000 6 3fe0000000000000 410d9264d4e3ba29 67ac2706f4e7a2ad 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtau x3, d0|800000 e 3ff8000000000000 4340000000000001 7fefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 e
fcvtau x3, d0|0 e 42a5cdb7558dcbda 0 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ae6dbaac6e6 10 e
fcvtau x3, d0|1400000 7 0 6e388c32e3c8fab1 bf4b482c23f8a615 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 7
fcvtau x3, d0|0 1 41f0000000000000 bdd1b3d798695192 fdece2469bced723 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 1
fcvtau x3, d0|0 5 ff6a0b85f8d599ec 3f6c5a3e56ca47ec 8301df63700782b7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtau x3, d0|800000 b c3e0000000000000 ffefffffffffffff 4160e6bb4ddc5420 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 b
fcvtau x3, d0|1000000 e a7272ed895340a12 800c5c3b1a482c83 dcbfa7d4c1e14 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtau x3, d0|c00000 8 d8f28db1a99b1 fff0000000000000 3ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtau x3, d0|c00000 f 412a6e2e20b9d506 80066806ea1ec4c0 83bce523bfab7615 0|5555aaaa5555aaaa 3333cccc3333cccc d3717 10 f
fcvtau x3, d0|1800000 2 bfe0000000000000 fe1c6d35227a34cf c0651d967fb02a42 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtau x3, d0|1c00000 4 7afd0b791af25485 fdefa1d9f68a28a7 48291a58ad9d2d00 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 4
fcvtau x3, d0|400000 5 3ff8000000000000 7f59214bcf36478 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 5
fcvtau x3, d0|1c00000 7 1252b8c6a15b1 3faf6f5f621933f8 47ec6a3e4b36d711 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 7
fcvtau x3, d0|800000 5 4106011debf5cbee fffffffffffff c7058c3429771 0|5555aaaa5555aaaa 3333cccc3333cccc 2c024 10 5
fcvtau x3, d0|1000000 f c1e0000000100000 40064e30249d75bf 800255c7cdc2897f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtau x3, d0|c00000 f 7d3d2ea06bd35a4a 8010000000000000 509fc71525606248 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 f
fcvtau x3, d0|2000000 9 8000000000000000 fff8000000012345 c02ef80b9b2cf5c0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 9
fcvtzs w3, s0|c00000 4 bbedee50 802df2b0 fe82a52a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs w3, s0|3000000 7 f5e2a482 ff812345 40490fdb 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 7
fcvtzs w3, s0|3c00000 3 bf800000 7f800000 400000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 3
fcvtzs w3, s0|800000 f bfc00000 f9c48d37 a84d9672 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 f
fcvtzs w3, s0|800000 8 bf000000 df000000 a4079e3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtzs w3, s0|2400000 a 7fffff 40490fdb 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtzs w3, s0|400000 8 e6e4a995 a4f107ad c0200000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 8
fcvtzs w3, s0|400000 5 5f800000 3bc06040 3eaaaaab 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtzs w3, s0|800000 8 7c4bf9fb bf000000 dc111821 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 8
fcvtzs w3, s0|0 9 5f000000 b9063260 800000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtzs w3, s0|800000 9 cf000000 7f800001 bf658e2f 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 9
fcvtzs w3, s0|0 2 4f000000 73b718cf f5394cc9 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 2
fcvtzs w3, s0|0 9 f03339c c0200000 1ed6e509 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzs w3, s0|2000000 9 bf800000 a77a2ed ff800000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 0 9
fcvtzs w3, s0|0 4 3f000000 c4788784 bf5a48bd 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs w3, s0|c00000 b 80374ce2 81c64b03 41adc8e9 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtzs w3, s0|1800000 4 ba045317 f1ea7c9a 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs w3, s0|400000 c 768b255e 3f800000 39d012a8 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 c
fcvtzs w3, s0|3c00000 d c6aefb55 b8ff814a 73fca625 0|5555aaaa5555aaaa 3333cccc3333cccc ffffa883 10 d
fcvtzs w3, s0|800000 2 bf000000 4effffff 5f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtzs w3, d0|400000 b 80988a772aa0fa4d 42a37f59abea54f1 d02a74c1ca85ad7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtzs w3, d0|0 f 1fd0c4553549f1 800562016fbefa5d be9747c7c8f71e12 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzs w3, d0|c00000 d 80929e21a6158074 3273ba02b4c79 bf3e1b142889e424 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtzs w3, d0|1000000 8 fd205c283fef38a7 c07e5270493a7754 40f1348ca12e78fb 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 8
fcvtzs w3, d0|2000000 7 3fdffffffffffffe bec460f05ec57462 1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtzs w3, d0|1800000 9 1a801b53aece6ee8 34926fc03f881df 115e057980399bf8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzs w3, d0|0 d bfe8000000000000 8000000000000 c1e0000000200000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtzs w3, d0|400000 2 43f0000000000000 419034e70f335e25 41e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 2
fcvtzs w3, d0|2c00000 a baa415b2a9b12be9 4f4eb5e472e13f41 4004000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 a
fcvtzs w3, d0|400000 5 c3e0000000000000 8000000000000 44e0823c15fafbe2 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 5
fcvtzs w3, d0|400000 2 43f0000000000000 41e0000000000000 fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 2
fcvtzs w3, d0|400000 3 4004000000000000 4048372bf8ce45c0 9e6181d9696efbc9 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 3
fcvtzs w3, d0|1800000 c 43efffffffffffff fff4000000000abc 40fe29d5467ab9d6 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 c
fcvtzs w3, d0|800000 d 43f0000000000000 10000000000000 bfe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 d
fcvtzs w3, d0|1000000 2 bfe8000000000000 c064ee9ceb0cc255 429d0f8132acc63 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtzs w3, d0|400000 1 bfe8000000000000 31dd9ad5fdccec6 2724923917ec75a 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtzs w3, d0|1400000 5 43e0000000000000 2ecc452a5ee9060 800a6f3ee4b6c619 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtzs w3, d0|c00000 5 bfe8000000000000 331a73dd32940db 74590c45f3dc9dbe 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtzs w3, d0|2800000 9 bfe0000000000000 40e9e1efab6a9d05 401d3ef20e1aa8b3 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzs w3, d0|800000 6 81fe08531581eed7 6570c6b0dad07ba7 4026e397e3fa8aa1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 6
fcvtzs x3, s0|2400000 a 501502f9 bd94e148 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 2540be400 0 a
fcvtzs x3, s0|c00000 a c478da79 7fffff ec03b430 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffffc1d 10 a
fcvtzs x3, s0|1400000 8 7af3af 3e95502d 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 8
fcvtzs x3, s0|800000 2 dd4f43c5 807fffff ca5f40bb 0|5555aaaa5555aaaa 3333cccc3333cccc f30bc3b000000000 0 2
fcvtzs x3, s0|1c00000 1 17af71 7f800000 56eb4f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 1
fcvtzs x3, s0|c00000 5 bf800000 c7616772 cfed3479 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 0 5
fcvtzs x3, s0|0 7 5f800000 cf000000 4888b166 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 7
fcvtzs x3, s0|400000 5 7f22e2e1 d8ec0e45 3f5b2016 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 5
fcvtzs x3, s0|1800000 c 4f000000 b9c91b3a f80ef4bd 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 c
fcvtzs x3, s0|0 d 39dc6a76 d22bc6f6 800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtzs x3, s0|800000 0 3fc00000 484a1163 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 0
fcvtzs x3, s0|800000 e f2cc7b87 41c708ea 4f000000 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 e
fcvtzs x3, s0|1400000 9 574a6ff1 661630cb d5cd07f7 0|5555aaaa5555aaaa 3333cccc3333cccc ca6ff1000000 0 9
fcvtzs x3, s0|0 9 5f800000 80341a4b 80573784 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 9
fcvtzs x3, s0|2c00000 0 5f800000 c3fc998e 35df63fc 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 0
fcvtzs x3, s0|400000 8 fdf485f2 7f800000 f971d99a 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 8
fcvtzs x3, s0|c00000 e 438294ca 570925 80000000 0|5555aaaa5555aaaa 3333cccc3333cccc 105 10 e
fcvtzs x3, s0|3800000 4 35793e4e 3fc00000 39b479ce 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs x3, s0|3400000 c 501502f9 807fffff 443ba2fa 0|5555aaaa5555aaaa 3333cccc3333cccc 2540be400 0 c
fcvtzs x3, s0|2400000 5 7f800001 71b42fcf 3fe948e9 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtzs x3, d0|2800000 9 c3e0000000000000 41a77a6cfae81886 4340000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 9
fcvtzs x3, d0|800000 0 433b3b88eafb05fe 3fd5555555555555 c30f8441dc90792f 0|5555aaaa5555aaaa 3333cccc3333cccc 1b3b88eafb05fe 0 0
fcvtzs x3, d0|800000 b 10000000000000 8007bdfc4192894c 8000f2f6cf8cc319 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtzs x3, d0|400000 3 bfe8000000000000 4340000000000001 7fefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtzs x3, d0|3400000 6 7ff0000000000000 c2645b1fe4ba3a24 f1bc1d6f19576371 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 6
fcvtzs x3, d0|1800000 3 41effffffff00000 a300ae9bf808c8eb 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 3
fcvtzs x3, d0|1c00000 9 f3e107414801cd3c c1887593fe17e264 9b18eaa0bd710 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 9
fcvtzs x3, d0|400000 5 3ff8000000000000 42ab881ee026522d 7c70f8e5eb6c639e 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 5
fcvtzs x3, d0|400000 7 43f0000000000000 c3d853d1f45dab5c 43f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 7
fcvtzs x3, d0|c00000 e 6d15cabe2a9ed924 41efbdc14c43620b 4330000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 e
fcvtzs x3, d0|400000 5 c3e0000000000000 3ff0000000000000 bfba94c60809f256 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 0 5
fcvtzs x3, d0|2c00000 c 41effffffff00000 800216ade47c2ede 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 c
fcvtzs x3, d0|1400000 3 7e0a99748623d836 bf826aeb6b49b250 22897038ebab90e7 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 3
fcvtzs x3, d0|c00000 8 fffffffffffff 4004000000000000 277d68add94938d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtzs x3, d0|400000 7 7e910cadfd23b7e8 41e0000000000000 c36b377f1d4d5bef 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 7
fcvtzs x3, d0|1400000 4 32c2b0be63c35247 14535f923258d6c 9c154eb92dcbc 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs x3, d0|1800000 2 3ef64022bce3e3b6 10000000000000 29c9f9a1a7598201 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtzs x3, d0|400000 e 8271f155f6f218cb c164eb622b008bd3 adfd7ed208c4363f 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtzs x3, d0|c00000 f bfe8000000000000 4004000000000000 1a03dd15358d6074 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzs x3, d0|400000 6 41dfffffffe00000 bea2d98ad716884d 7e2ec9417929e217 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 6
fcvtzu w3, s0|1c00000 0 c4297fb1 471a7f7d bf800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtzu w3, s0|c00000 4 7fc00000 f2639fc6 c6380689 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtzu w3, s0|400000 1 df000000 80505a79 803e47ca 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtzu w3, s0|1c00000 b 800001 806a1e89 ff7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtzu w3, s0|800000 5 d01502f9 3c0376e4 3b7dde 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtzu w3, s0|400000 0 df000000 a01e57a9 37562d4c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtzu w3, s0|c00000 9 df000000 df000000 f34251a6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtzu w3, s0|1c00000 3 b793ee81 cb4b39c baa24094 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtzu w3, s0|c00000 d df000000 4944bb69 801f531e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtzu w3, s0|1400000 0 b43889ed bca96dfa b1748321 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzu w3, s0|c00000 1 40200000 c9adb829 3d654712 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 1
fcvtzu w3, s0|0 1 40200000 80800000 40200000 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 1
fcvtzu w3, s0|2800000 3 bfc00000 4477ef8a 7f7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtzu w3, s0|0 5 a41ecebe 4b265150 6739356 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 5
fcvtzu w3, s0|400000 6 bfc00000 4f000000 444f3401 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtzu w3, s0|1800000 8 df000000 c00bcd92 c4a7d6d8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtzu w3, s0|400000 b 4f800000 bd242fe3 0 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 b
fcvtzu w3, s0|400000 1 47d55b77 40c5c073 8077f8d6 0|5555aaaa5555aaaa 3333cccc3333cccc 1aab6 10 1
fcvtzu w3, s0|0 8 cf000000 868fb494 8445a419 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtzu w3, s0|800000 1 3fc00000 bcedf372 527e79b1 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 1
fcvtzu w3, d0|1000000 1 41effffffff00000 43f0000000000000 7d470c45832c181b 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 1
fcvtzu w3, d0|400000 9 ee475ab7fba25ca9 42c40442ff8986fb c152497adc75dea2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtzu w3, d0|0 e 432ec8acafa3fb40 bfdb2d6f436756ef 6cd930d5f1cacc4e 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 e
fcvtzu w3, d0|2800000 1 82180176733b09e1 c2b1d8c30727aa7f 3fa61b90acd565dd 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 1
fcvtzu w3, d0|2400000 e bfe0000000000000 239af9123b8ae 3f6c5d7f49a1cac6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtzu w3, d0|1400000 d 3fdffffffffffffe 528e46fb39c64 c1e0000000200000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtzu w3, d0|1000000 8 43e0000000000000 3ed40706709829d6 3f7ab77c33ba548d 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 8
fcvtzu w3, d0|2000000 f a5f84748f457f 43e0000000000000 318bfeb8b35f6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzu w3, d0|1800000 f bfe8000000000000 49c9122af268c1d 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzu w3, d0|1800000 a 43e0000000000000 8010000000000000 fe68fa4c729830d6 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtzu w3, d0|400000 d 7ff8000000000000 bff0000000000000 c081c2dec690c507 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtzu w3, d0|400000 f fe0a0a257513147a 199ca0e847b9f0a c8a3f7f7f0e4ace0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 f
fcvtzu w3, d0|3800000 3 bd5b4b2aed7cfef8 4004000000000000 69f0121d6ca32857 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtzu w3, d0|2400000 b 9a024301bd8b63aa 7ff0000000000000 33b4095b99d97b7 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 b
fcvtzu w3, d0|c00000 f 1 3fd5555555555555 c28bf5b07c153d44 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzu w3, d0|400000 9 8010000000000000 e208a60d3930440a 1553bb4d55908ece 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzu w3, d0|1c00000 2 c1e0000000200000 7ff0000000000000 7ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtzu w3, d0|400000 e 403a506b3e0082d0 7e530a3448685185 43560c52b3fcce7b 0|5555aaaa5555aaaa 3333cccc3333cccc 1a 10 e
fcvtzu w3, d0|3000000 c 41e0000000000000 7fefffffffffffff d8a528deac34f91e 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 c
fcvtzu w3, d0|800000 6 3ff0000000000000 2919640d8dcc4292 c2a2b62d2d82d5cf 0|5555aaaa5555aaaa 3333cccc3333cccc 1 0 6
fcvtzu x3, s0|2c00000 1 c21ac85a 85375c1e 80725cb4 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 1
fcvtzu x3, s0|2000000 a 5e86d2bf 44c8ad73 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 43695f8000000000 0 a
fcvtzu x3, s0|2000000 6 c0200000 37dc7408 40f54f30 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtzu x3, s0|800000 7 8020d88d 39848578 449ffd 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtzu x3, s0|3000000 8 c40c2ea3 803d1b86 cdf6ca68 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtzu x3, s0|c00000 8 3ea6aaf4 5d1a755b b272bb3c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 8
fcvtzu x3, s0|c00000 9 df000000 404fa02e 75e504e5 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 9
fcvtzu x3, s0|0 9 1a5757a2 807fffff 80242a73 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzu x3, s0|c00000 9 4f800000 ba7e738f 41ea0bb7 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 9
fcvtzu x3, s0|1c00000 3 d01502f9 806c8e1a 7f800001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtzu x3, s0|2000000 0 807fffff c7d14f22 800001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzu x3, s0|1800000 7 ad7fd540 3893686e f3dcff9b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 7
fcvtzu x3, s0|1400000 0 ff7fffff 3fc00000 5b859afd 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 0
fcvtzu x3, s0|1400000 4 c5c1fa6f feb6852e 807fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtzu x3, s0|2800000 0 bf000000 c6da2d36 2ef9f0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzu x3, s0|0 f 3f000000 8ee9f63c ba9f744d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzu x3, s0|3c00000 2 c0200000 59199b4a 47b0a65c 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtzu x3, s0|0 6 cf000000 cf000000 bd1971b2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtzu x3, s0|2800000 d ff47094 3dfeb934 c5e0384d 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 d
fcvtzu x3, s0|2400000 5 4f800000 2042c13 80705184 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 5
fcvtzu x3, d0|800000 e 3ff8000000000000 fe846c67bb56c4ae c1d0e77fe100c89f 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 e
fcvtzu x3, d0|1800000 f 43f0000000000000 dfa18ef74226f ffa539c6a175e191 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 f
fcvtzu x3, d0|c00000 6 43efffffffffffff 5a5e50e5cf7e4 f251652c35448939 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffff800 0 6
fcvtzu x3, d0|2400000 2 41dfffffffe00000 720a7d543f90c 82e9dbd54adc31f9 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 2
fcvtzu x3, d0|0 2 bee4c422739d6d0b c004000000000000 3fd5555555555555 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtzu x3, d0|0 5 400921fb54442d18 5b2d7c28a62fa946 10000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 3 10 5
fcvtzu x3, d0|1000000 c bfe8000000000000 f5495a76fdfea8f7 fff4000000000abc 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtzu x3, d0|1400000 4 800a3ce85e5190f1 2bf73c4c2b7c0d95 7ff0000000000001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 4
fcvtzu x3, d0|c00000 1 7ca1c84872e8ed8d be81cf105d68222f 1 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 1
fcvtzu x3, d0|0 4 41f0000000000000 c23723cae5ddf3cb 0 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 4
fcvtzu x3, d0|c00000 6 3ff8000000000000 8007c4b616367782 3fd5555555555555 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 6
fcvtzu x3, d0|800000 7 4004000000000000 c3e0000000000000 e875c00fe3cdb6ee 0|5555aaaa5555aaaa 3333cccc3333cccc 2 10 7
fcvtzu x3, d0|1000000 a c2bf680515c352a4 d8b7b791c3d9b077 bf5ba4231f932ebb 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 a
fcvtzu x3, d0|1000000 0 7e37e43c8800759c 8010000000000000 bfebd1b4c9155b18 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 0
fcvtzu x3, d0|1c00000 0 41effffffff00000 423a89c477838b16 6d05df55f255e2dd 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 10 0
fcvtzu x3, d0|1000000 8 c203b9aadb85e1cb 1 800fffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtzu x3, d0|400000 8 41f0000000000000 2bb7d0d2d914fb5f 41f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 100000000 0 8
fcvtzu x3, d0|3800000 a 4330000000000001 bf6ed6af2a51929b 7fefffffffffffff 0|5555aaaa5555aaaa 3333cccc3333cccc 10000000000001 0 a
fcvtzu x3, d0|1800000 d 41e0000000000000 10000000000001 c021d89f5aa76b04 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 0 d
fcvtzu x3, d0|1000000 4 3ff8000000000000 13dbe1c6fe620360 40aa920011ae7660 0|5555aaaa5555aaaa 3333cccc3333cccc 1 10 4
fcvtzs w3, s0, #5|1000000 0 3effffff fb260237 6d9f8a5 0|5555aaaa5555aaaa 3333cccc3333cccc f 10 0
fcvtzs w3, s0, #5|1c00000 f 3eaaaaab 801c0404 3eaaaaab 0|5555aaaa5555aaaa 3333cccc3333cccc a 10 f
fcvtzs w3, s0, #5|2000000 5 4f000000 8067cf62 389aeffb 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 5
fcvtzs w3, s0, #5|400000 2 8025b1b3 be6925c1 bf5cb36e 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 2
fcvtzs w3, s0, #5|400000 0 83c69205 c12a5655 5f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzs w3, s0, #5|1c00000 7 3fc00000 b2c417cf 4f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 30 0 7
fcvtzs w3, s0, #5|400000 7 501502f9 1680bd00 4b000001 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtzs w3, s0, #5|0 f 40200000 bac8ec3e 7fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 50 0 f
fcvtzs w3, s0, #5|400000 1 76808dc3 46ab89e4 c70dd405 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 1
fcvtzs w3, s0, #5|0 4 501502f9 8027f0a9 2c530638 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 4
fcvtzs w3, s0, #5|c00000 a 4f800000 c3a46b21 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 a
fcvtzs w3, s0, #5|c00000 8 c0200000 b6e799ba c457b16d 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffb0 0 8
fcvtzs w3, s0, #5|1c00000 7 ed4ab 7fc00000 a5b6a488 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 7
fcvtzs w3, s0, #5|800000 f 468333e8 7fffff 3c77cf87 0|5555aaaa5555aaaa 3333cccc3333cccc 8333e 10 f
fcvtzs w3, s0, #5|1000000 3 b4537466 38d9cc1e 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtzs x3, d0, #40|1400000 0 c004000000000000 3dbc48cdfefdb5ec 41dfffffffe00000 0|5555aaaa5555aaaa 3333cccc3333cccc fffffd8000000000 0 0
fcvtzs x3, d0, #40|3c00000 f 7f9462d488e6d48b 3ea180b1df8d27b3 fac4bc8c324e069c 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 f
fcvtzs x3, d0, #40|c00000 e 800b1ee9a9b2bb46 c1e0000000200000 c04fbe0c7852a4a0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtzs x3, d0, #40|3000000 4 41effffffff00000 c31bd976a86c59a9 3f704f175e563e4c 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 4
fcvtzs x3, d0, #40|3000000 b 43f0000000000000 c098a507205bd084 ffe7dddfb82329 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 b
fcvtzs x3, d0, #40|1800000 6 bff0000000000000 3dfa2efec55a837b 8000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffff0000000000 0 6
fcvtzs x3, d0, #40|1800000 8 80056c5d25730f9e c087e4c7fa0feca8 bf6f6caf94207ce8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 8
fcvtzs x3, d0, #40|400000 0 41dfffffffe00000 95888d5f5d0a86cf 3eaa3a15988bd90e 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 0
fcvtzs x3, d0, #40|2000000 b c1e0000000200000 ff53f69876b2f9ef 42bcddc5ddb886f5 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 b
fcvtzs x3, d0, #40|1800000 3 c004000000000000 7e31f822feaec4bf fe8c943375a46b06 0|5555aaaa5555aaaa 3333cccc3333cccc fffffd8000000000 0 3
fcvtzs x3, d0, #40|2000000 e 3fdffffffffffffe fc8abb50ea627112 c34a99cd72830506 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffff 10 e
fcvtzs x3, d0, #40|0 7 43e0000000000000 2b75716ca121e95f fd492f1f57357ca0 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 7
fcvtzs x3, d0, #40|1c00000 2 7e37e43c8800759c a01ccdb951871096 dcf48ddc5afc1212 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 2
fcvtzs x3, d0, #40|c00000 5 3fdffffffffffffe ccc92d8ebfa48aa0 bff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffff 10 5
fcvtzs x3, d0, #40|0 4 fffffffffffff 400921fb54442d18 834ee31764e109cf 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs x3, s0, #64|400000 3 e1f97b0a 4b000001 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 3
fcvtzs x3, s0, #64|1c00000 2 1 8e4bc95f 3f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 2
fcvtzs x3, s0, #64|1000000 7 bf800000 736ea1 457eac2a 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 7
fcvtzs x3, s0, #64|400000 8 3f000000 3f800000 3fc00000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 8
fcvtzs x3, s0, #64|0 c 501502f9 45a4bb90 26a8cfb 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 c
fcvtzs x3, s0, #64|800000 1 5f000000 496f8798 808d323e 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 1
fcvtzs x3, s0, #64|800000 6 bf800000 68b940 7fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 6
fcvtzs x3, s0, #64|800000 9 c8ff3c37 75b12a4b 3797690b 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000000000 1 9
fcvtzs x3, s0, #64|3400000 c 40600000 1 4f800000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 c
fcvtzs x3, s0, #64|2400000 0 4f800000 b8aa2573 df000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffffffffffff 1 0
fcvtzs w3, d0, #32|800000 3 bff0000000000000 f29cb8abd14636eb c3e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 3
fcvtzs w3, d0, #32|800000 e 6e37e679c8e8eca9 c33a1b5ddf3dab23 9f6ef8249d810fc3 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 e
fcvtzs w3, d0, #32|800000 9 43e0000000000000 bad36c1b9e97c6 3ff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 9
fcvtzs w3, d0, #32|2400000 4 8002bb4982b02d0e 41c11aab5457fb6e bfe9faead2d30b4b 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 4
fcvtzs w3, d0, #32|2000000 7 43f0000000000000 9e9ca871e37675a9 c1ee383dc7e00551 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 7
fcvtzs w3, d0, #32|800000 3 43e0000000000000 41dfffffffe00000 beaaec6f3956c8c5 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 1 3
fcvtzs w3, d0, #32|c00000 e 3fdffffffffffffe bf9e99fdbf9a6d8e 39366891d1bebbd8 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffffff 10 e
fcvtzs w3, d0, #32|400000 4 dc7d9c74c1625c3a c38b43e1ce785b57 430313cbaf04e431 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 4
fcvtzs w3, d0, #32|1c00000 1 ffefffffffffffff 16e2750c41d7698 aea2d1e227d2c95f 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 1
fcvtzs w3, d0, #32|400000 2 c3e0000000000000 0 c2447ba055c8740e 0|5555aaaa5555aaaa 3333cccc3333cccc 80000000 1 2
fcvtzu w3, s0, #5|c00000 d d01502f9 b4e6630b ff812345 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtzu w3, s0, #5|400000 c a272da5f 3cd835cf c15879dd 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 c
fcvtzu w3, s0, #5|400000 e 3fc00000 7f6708 ffc12345 0|5555aaaa5555aaaa 3333cccc3333cccc 30 0 e
fcvtzu w3, s0, #5|1800000 1 4f800000 bce307f6 41351507 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 1
fcvtzu w3, s0, #5|0 6 3effffff 8062af5d 8592cacb 0|5555aaaa5555aaaa 3333cccc3333cccc f 10 6
fcvtzu w3, s0, #5|0 a 5f000000 df000000 3a5ee7b4 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 a
fcvtzu w3, s0, #5|2800000 0 3eae4af 19aacc01 38cbf5b8 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzu w3, s0, #5|0 7 3f000000 463900be 8bf556c0 0|5555aaaa5555aaaa 3333cccc3333cccc 10 0 7
fcvtzu w3, s0, #5|400000 b 4f800000 458fd12d b77a5fa0 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 b
fcvtzu w3, s0, #5|c00000 e 8077412c 40200000 3a441190 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 e
fcvtzu w3, s0, #5|c00000 3 c0200000 7fffff cf000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 3
fcvtzu w3, s0, #5|400000 8 bf800000 146b3c 7dfd7886 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 8
fcvtzu w3, s0, #5|c00000 d 3fc00000 c37e1613 ffc12345 0|5555aaaa5555aaaa 3333cccc3333cccc 30 0 d
fcvtzu w3, s0, #5|1c00000 2 bfc00000 c6bbefbf 4793d130 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtzu w3, s0, #5|400000 9 5be1d1 45f8925f 57ba47 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 9
fcvtzu x3, d0, #40|1000000 d 3ff8000000000000 41e0000000000000 43e0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 18000000000 0 d
fcvtzu x3, d0, #40|800000 3 800d7778fafb7aa6 3fbd8b6fb1d78ede 532ebf761836f436 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 3
fcvtzu x3, d0, #40|2400000 7 3f21728978eefc13 41f5c8dce6fed61b 37fb4b0e4106b513 0|5555aaaa5555aaaa 3333cccc3333cccc 8b944bc 10 7
fcvtzu x3, d0, #40|c00000 2 c004000000000000 8002f9d029398191 fae0ded77c98f802 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtzu x3, d0, #40|800000 f 8010000000000000 da80f86303784 4043ca77be6ce984 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 f
fcvtzu x3, d0, #40|c00000 6 c004000000000000 c221b49e4cbecd65 8000000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 6
fcvtzu x3, d0, #40|0 c fd8ba99fa04b4e6a 9bc598c9bb08f422 400921fb54442d18 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtzu x3, d0, #40|c00000 f 3ff8000000000000 c2816fd5985a564d c1acad00c0f1b7c5 0|5555aaaa5555aaaa 3333cccc3333cccc 18000000000 0 f
fcvtzu x3, d0, #40|2800000 0 3fe0000000000000 3a8fc8ac9a6b00ca bf80c7c5775d6053 0|5555aaaa5555aaaa 3333cccc3333cccc 8000000000 0 0
fcvtzu x3, d0, #40|1000000 e 43f0000000000000 411478de5dba2e87 bff0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 e
fcvtzu x3, d0, #40|0 4 c1e0000000200000 b1bec554e0eaa fc9afc87292dd807 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtzu x3, d0, #40|3000000 5 c3e0000000000000 d44fcbe00bb4e166 71632f37a787f001 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 5
fcvtzu x3, d0, #40|1800000 0 415eb969ea97aa69 46245b1e83123df7 c30441183755d41c 0|5555aaaa5555aaaa 3333cccc3333cccc 7ae5a7aa5ea9a400 0 0
fcvtzu x3, d0, #40|400000 2 c1e0000000100000 800e9bad858e0ac8 43f0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 2
fcvtzu x3, d0, #40|1000000 7 fff4000000000abc ffa654c5ea7c3 800ac2defde112bc 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 7
fcvtzu x3, s0, #64|2c00000 3 501502f9 cf000000 7fa00000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 3
fcvtzu x3, s0, #64|0 0 501502f9 8028fd3b acb8559 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 0
fcvtzu x3, s0, #64|0 2 2c663898 7f800000 3d4bb410 0|5555aaaa5555aaaa 3333cccc3333cccc 398e260 0 2
fcvtzu x3, s0, #64|2400000 7 386482b3 4420425a 6904f621 0|5555aaaa5555aaaa 3333cccc3333cccc 3920acc000000 0 7
fcvtzu x3, s0, #64|800000 7 80000000 4effffff c0200000 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 7
fcvtzu x3, s0, #64|2c00000 7 4f800000 80800000 82dd2823 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 7
fcvtzu x3, s0, #64|1400000 4 5f000000 4effffff 82bc78f5 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 4
fcvtzu x3, s0, #64|1400000 d 3effffff 7fc00000 807fffff 0|5555aaaa5555aaaa 3333cccc3333cccc 7fffff8000000000 0 d
fcvtzu x3, s0, #64|400000 c d01502f9 7a8b4b00 c72353d1 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 c
fcvtzu x3, s0, #64|0 2 563726c4 99d55a8 3859ccdd 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffffffffffff 1 2
fcvtzu w3, d0, #32|800000 d 3f68d294e03f5223 5fdc930610c59 c4640c7ff1592b1 0|5555aaaa5555aaaa 3333cccc3333cccc c694a7 10 d
fcvtzu w3, d0, #32|3800000 d 8009b9bc663bffdd 591fc06afd70b fb742f08528e2168 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 d
fcvtzu w3, d0, #32|c00000 f 41dfffffffc00000 8004fcb76213c956 3beed7aa7b7d3528 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 f
fcvtzu w3, d0, #32|c00000 0 800a0caf16b82117 800ea9b9278ecff7 33521b503875c402 0|5555aaaa5555aaaa 3333cccc3333cccc 0 10 0
fcvtzu w3, d0, #32|0 4 c1e0000000100000 c2d13ce57b1c7fb6 43586a78319a5411 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtzu w3, d0, #32|c00000 4 c3e0000000000000 7e1df7f007041c72 9b04281d1818df01 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 4
fcvtzu w3, d0, #32|3000000 d bfe0000000000000 828a3c359a37cf57 c19f52e0a6d1b9f6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 1 d
fcvtzu w3, d0, #32|c00000 2 4004000000000000 6314919127155832 3fe0000000000000 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 2
fcvtzu w3, d0, #32|3800000 1 800efc54eb6f8ca5 c2a37c1e527d0583 f3ba9e9de5b089a2 0|5555aaaa5555aaaa 3333cccc3333cccc 0 80 1
fcvtzu w3, d0, #32|2800000 6 41effffffff00000 7ff0000000000000 c27aefc9e789d005 0|5555aaaa5555aaaa 3333cccc3333cccc ffffffff 1 6
scvtf s3, w0|1800000 d 0 0 0 ffffffff|bf800000 0 5555aaaa5555aaaa 0 d
scvtf s3, w0|2400000 1 0 0 0 7c17410ba5023dce|ceb5fb84 0 5555aaaa5555aaaa 10 1
scvtf s3, w0|2c00000 1 0 0 0 225364bbf62ada|ce8813aa 0 5555aaaa5555aaaa 10 1
scvtf s3, w0|2400000 d 0 0 0 e3c0d3a4f930|ce316c1b 0 5555aaaa5555aaaa 10 d
scvtf s3, w0|400000 e 0 0 0 df4a472fb0b91b1c|ce9e8dc9 0 5555aaaa5555aaaa 10 e
scvtf s3, w0|2c00000 d 0 0 0 20000000000001|3f800000 0 5555aaaa5555aaaa 0 d
scvtf s3, w0|800000 b 0 0 0 7fffffffffffffff|bf800000 0 5555aaaa5555aaaa 0 b
scvtf s3, w0|c00000 b 0 0 0 423e9623bf0856|4e0efc21 0 5555aaaa5555aaaa 10 b
scvtf s3, w0|1000000 3 0 0 0 40000000000003|40400000 0 5555aaaa5555aaaa 0 3
scvtf s3, w0|2c00000 3 0 0 0 e023d62ad91f83d5|ce1b81f0 0 5555aaaa5555aaaa 10 3
scvtf s3, w0|1800000 b 0 0 0 1|3f800000 0 5555aaaa5555aaaa 0 b
scvtf s3, w0|0 1 0 0 0 68f25e7ebfcb846a|ce8068f7 0 5555aaaa5555aaaa 10 1
scvtf s3, w0|800000 f 0 0 0 4da022f288da1e36|ceee4bc4 0 5555aaaa5555aaaa 10 f
scvtf s3, w0|800000 2 0 0 0 12c2907e4587|cedf0375 0 5555aaaa5555aaaa 10 2
scvtf s3, w0|c00000 9 0 0 0 a5ff|4725ff00 0 5555aaaa5555aaaa 0 9
scvtf s3, w0|0 6 0 0 0 ffffffff80000000|cf000000 0 5555aaaa5555aaaa 0 6
scvtf s3, w0|c00000 6 0 0 0 5bd7a4c5cf6b090a|ce4253db 0 5555aaaa5555aaaa 10 6
scvtf s3, w0|800000 6 0 0 0 38d546a60df0ad5c|4d5f0ad5 0 5555aaaa5555aaaa 10 6
scvtf s3, w0|800000 6 0 0 0 75ee37a15aa5b8f|4dad52dc 0 5555aaaa5555aaaa 10 6
scvtf s3, w0|c00000 7 0 0 0 baf|453af000 0 5555aaaa5555aaaa 0 7
scvtf d3, w0|1400000 7 0 0 0 1000001|4170000010000000 0 5555aaaa5555aaaa 0 7
scvtf d3, w0|2400000 a 0 0 0 14dd45dc0c2cba5|c1cf9e9a2d800000 0 5555aaaa5555aaaa 0 a
scvtf d3, w0|1c00000 5 0 0 0 67d57e7f0f8e5f86|41af1cbf0c000000 0 5555aaaa5555aaaa 0 5
scvtf d3, w0|0 9 0 0 0 1000001|4170000010000000 0 5555aaaa5555aaaa 0 9
scvtf d3, w0|3000000 0 0 0 0 8000000000000000|0 0 5555aaaa5555aaaa 0 0
scvtf d3, w0|400000 3 0 0 0 127|4072700000000000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0|400000 3 0 0 0 3035c115|41c81ae08a800000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0|400000 a 0 0 0 0|0 0 5555aaaa5555aaaa 0 a
scvtf d3, w0|400000 a 0 0 0 2cc1e4d7ed00b0ab|c1b2ff4f55000000 0 5555aaaa5555aaaa 0 a
scvtf d3, w0|1000000 c 0 0 0 46f91e04|41d1be4781000000 0 5555aaaa5555aaaa 0 c
scvtf d3, w0|3c00000 3 0 0 0 f617|40eec2e000000000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0|c00000 b 0 0 0 ac01de0ebef3b878|c1d04311e2000000 0 5555aaaa5555aaaa 0 b
scvtf d3, w0|c00000 f 0 0 0 7fffffff|41dfffffffc00000 0 5555aaaa5555aaaa 0 f
scvtf d3, w0|3800000 1 0 0 0 54d58c1d5e792|c1cf150c37000000 0 5555aaaa5555aaaa 0 1
scvtf d3, w0|800000 6 0 0 0 d37c43a6b08fb7a1|c1d3dc1217c00000 0 5555aaaa5555aaaa 0 6
scvtf d3, w0|c00000 5 0 0 0 80000000|c1e0000000000000 0 5555aaaa5555aaaa 0 5
scvtf d3, w0|3800000 3 0 0 0 2c3c3def9c|41ce1ef7ce000000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0|800000 e 0 0 0 9b6427787fb5|41c3bc3fda800000 0 5555aaaa5555aaaa 0 e
scvtf d3, w0|800000 5 0 0 0 f1|406e200000000000 0 5555aaaa5555aaaa 0 5
scvtf d3, w0|2400000 1 0 0 0 72|405c800000000000 0 5555aaaa5555aaaa 0 1
scvtf s3, x0|800000 0 0 0 0 dfe4fdfb684d8f6e|de006c09 0 5555aaaa5555aaaa 10 0
scvtf s3, x0|800000 b 0 0 0 26ea9dbe9854b09d|5e1baa76 0 5555aaaa5555aaaa 10 b
scvtf s3, x0|800000 8 0 0 0 20000000000001|5a000000 0 5555aaaa5555aaaa 10 8
scvtf s3, x0|0 b 0 0 0 bf3a940a69b60719|de818ad8 0 5555aaaa5555aaaa 10 b
scvtf s3, x0|c00000 8 0 0 0 177a4e|49bbd270 0 5555aaaa5555aaaa 0 8
scvtf s3, x0|1800000 0 0 0 0 1000001|4b800000 0 5555aaaa5555aaaa 10 0
scvtf s3, x0|2400000 6 0 0 0 f5d279fa1b8e0d64|dd22d860 0 5555aaaa5555aaaa 10 6
scvtf s3, x0|c00000 b 0 0 0 bc432f7174b93b5f|de8779a1 0 5555aaaa5555aaaa 10 b
scvtf s3, x0|0 4 0 0 0 f38e1942a16c2|59738e19 0 5555aaaa5555aaaa 10 4
scvtf s3, x0|0 6 0 0 0 15d6455a9f66|55aeb22b 0 5555aaaa5555aaaa 10 6
scvtf s3, x0|800000 a 0 0 0 40000000000003|5a800000 0 5555aaaa5555aaaa 10 a
scvtf s3, x0|400000 c 0 0 0 3e4c2d|4a7930b4 0 5555aaaa5555aaaa 0 c
scvtf s3, x0|0 d 0 0 0 40000000000003|5a800000 0 5555aaaa5555aaaa 10 d
scvtf s3, x0|1400000 a 0 0 0 42f7246bbd843a94|5e85ee49 0 5555aaaa5555aaaa 10 a
scvtf s3, x0|2000000 5 0 0 0 75f3490e0ba316|5aebe692 0 5555aaaa5555aaaa 10 5
scvtf s3, x0|3000000 0 0 0 0 ffffffff80000000|cf000000 0 5555aaaa5555aaaa 0 0
scvtf s3, x0|1000000 9 0 0 0 8189b|490189b0 0 5555aaaa5555aaaa 0 9
scvtf s3, x0|3400000 9 0 0 0 7fffffff|4f000000 0 5555aaaa5555aaaa 10 9
scvtf s3, x0|1400000 8 0 0 0 8000000000000000|df000000 0 5555aaaa5555aaaa 0 8
scvtf s3, x0|c00000 e 0 0 0 80785555a91f|57007855 0 5555aaaa5555aaaa 10 e
scvtf d3, x0|2c00000 2 0 0 0 3b84a68bdccd07|434dc25345ee6683 0 5555aaaa5555aaaa 10 2
scvtf d3, x0|400000 3 0 0 0 ffffffffffffffff|bff0000000000000 0 5555aaaa5555aaaa 0 3
scvtf d3, x0|2c00000 5 0 0 0 e8b31dfc6291ee|436d1663bf8c523d 0 5555aaaa5555aaaa 10 5
scvtf d3, x0|2c00000 a 0 0 0 cf7da45997f5991a|c3c8412dd3340533 0 5555aaaa5555aaaa 10 a
scvtf d3, x0|1c00000 2 0 0 0 1e2b5716a6b4987|437e2b5716a6b498 0 5555aaaa5555aaaa 10 2
scvtf d3, x0|3400000 c 0 0 0 14c4d39d446d2365|43b4c4d39d446d24 0 5555aaaa5555aaaa 10 c
scvtf d3, x0|1000000 d 0 0 0 8000000000000000|c3e0000000000000 0 5555aaaa5555aaaa 0 d
scvtf d3, x0|0 9 0 0 0 b8bed3a0cec93e4d|c3d1d04b17cc4db0 0 5555aaaa5555aaaa 10 9
scvtf d3, x0|0 4 0 0 0 3770d8|414bb86c00000000 0 5555aaaa5555aaaa 0 4
scvtf d3, x0|1c00000 f 0 0 0 ffffffff80000000|c1e0000000000000 0 5555aaaa5555aaaa 0 f
scvtf d3, x0|1400000 8 0 0 0 c6393e1436beef0a|c3cce360f5e4a088 0 5555aaaa5555aaaa 10 8
scvtf d3, x0|0 e 0 0 0 8f6ebde3b7eadf31|c3dc245087120548 0 5555aaaa5555aaaa 10 e
scvtf d3, x0|3c00000 7 0 0 0 27214|410390a000000000 0 5555aaaa5555aaaa 0 7
scvtf d3, x0|1c00000 d 0 0 0 437be7021ab31|4310def9c086acc4 0 5555aaaa5555aaaa 0 d
scvtf d3, x0|1800000 d 0 0 0 0|0 0 5555aaaa5555aaaa 0 d
scvtf d3, x0|0 6 0 0 0 6f21|40dbc84000000000 0 5555aaaa5555aaaa 0 6
scvtf d3, x0|c00000 b 0 0 0 0|0 0 5555aaaa5555aaaa 0 b
scvtf d3, x0|800000 9 0 0 0 1|3ff0000000000000 0 5555aaaa5555aaaa 0 9
scvtf d3, x0|800000 3 0 0 0 20f8d|41007c6800000000 0 5555aaaa5555aaaa 0 3
scvtf d3, x0|1c00000 c 0 0 0 b91b699024f54164|c3d1b9259bf6c2af 0 5555aaaa5555aaaa 10 c
scvtf s3, w0, #7|c00000 b 0 0 0 ff2a0fd92ac1c25e|4aab0709 0 5555aaaa5555aaaa 10 b
scvtf s3, w0, #7|800000 1 0 0 0 40000000000003|3cc00000 0 5555aaaa5555aaaa 0 1
scvtf s3, w0, #7|1800000 c 0 0 0 7e5e17e1e95b6639|ca3524cf 0 5555aaaa5555aaaa 10 c
scvtf s3, w0, #7|0 5 0 0 0 ccf90b55ff59afc1|c7a6503f 0 5555aaaa5555aaaa 0 5
scvtf s3, w0, #7|400000 4 0 0 0 cda01aea5d2fb0cb|4b3a5f62 0 5555aaaa5555aaaa 10 4
scvtf s3, w0, #7|2c00000 0 0 0 0 1000001|48000000 0 5555aaaa5555aaaa 10 0
scvtf s3, w0, #7|400000 a 0 0 0 c91095cdb76aa04c|cb112abf 0 5555aaaa5555aaaa 10 a
scvtf s3, w0, #7|800000 d 0 0 0 20000000000001|3c000000 0 5555aaaa5555aaaa 0 d
scvtf s3, w0, #7|400000 0 0 0 0 d|3dd00000 0 5555aaaa5555aaaa 0 0
scvtf s3, w0, #7|1000000 e 0 0 0 1e78213eef3c4a|4afbbcf1 0 5555aaaa5555aaaa 10 e
scvtf d3, x0, #64|2400000 7 0 0 0 14152baa7eb4d8f8|3fb4152baa7eb4d9 0 5555aaaa5555aaaa 10 7
scvtf d3, x0, #64|1800000 1 0 0 0 e9da11cf|3ded3b4239e00000 0 5555aaaa5555aaaa 0 1
scvtf d3, x0, #64|1c00000 1 0 0 0 e23c059ebb5bfc1a|bfbdc3fa6144a403 0 5555aaaa5555aaaa 10 1
scvtf d3, x0, #64|0 9 0 0 0 80000000|3de0000000000000 0 5555aaaa5555aaaa 0 9
scvtf d3, x0, #64|3c00000 8 0 0 0 1ac1c3ade0d2|3ebac1c3ade0d200 0 5555aaaa5555aaaa 0 8
scvtf d3, x0, #64|0 c 0 0 0 1af|3c7af00000000000 0 5555aaaa5555aaaa 0 c
scvtf d3, x0, #64|1400000 8 0 0 0 80000000|3de0000000000000 0 5555aaaa5555aaaa 0 8
scvtf d3, x0, #64|1400000 6 0 0 0 9f1813d31cdb6354|bfd839fb0b38c927 0 5555aaaa5555aaaa 10 6
scvtf d3, x0, #64|c00000 5 0 0 0 1ac3c22b56f91|3efac3c22b56f910 0 5555aaaa5555aaaa 0 5
scvtf d3, x0, #64|0 3 0 0 0 80000000|3de0000000000000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0, #32|2400000 a 0 0 0 80000000|bfe0000000000000 0 5555aaaa5555aaaa 0 a
scvtf d3, w0, #32|2800000 7 0 0 0 0|0 0 5555aaaa5555aaaa 0 7
scvtf d3, w0, #32|0 c 0 0 0 bedb7b7e3ecd9ed4|3fcf66cf6a000000 0 5555aaaa5555aaaa 0 c
scvtf d3, w0, #32|2400000 7 0 0 0 f5|3e6ea00000000000 0 5555aaaa5555aaaa 0 7
scvtf d3, w0, #32|400000 1 0 0 0 7bdd7fd82e19c01|bfdf4798ffc00000 0 5555aaaa5555aaaa 0 1
scvtf d3, w0, #32|800000 5 0 0 0 4aa7f3f30a44abaf|3fa489575e000000 0 5555aaaa5555aaaa 0 5
scvtf d3, w0, #32|c00000 3 0 0 0 1000001|3f70000010000000 0 5555aaaa5555aaaa 0 3
scvtf d3, w0, #32|800000 b 0 0 0 3d0543f74fee5|3fcfba7f72800000 0 5555aaaa5555aaaa 0 b
scvtf d3, w0, #32|c00000 9 0 0 0 f4c1a4d33ef42e8|3fc9f7a174000000 0 5555aaaa5555aaaa 0 9
scvtf d3, w0, #32|3c00000 2 0 0 0 5807778699520a15|bfd9ab7d7ac00000 0 5555aaaa5555aaaa 0 2
scvtf s3, x0, #1|1800000 7 0 0 0 c2f5b5873d0fa|58c2f5b5 0 5555aaaa5555aaaa 10 7
scvtf s3, x0, #1|1800000 1 0 0 0 a6a|44a6a000 0 5555aaaa5555aaaa 0 1
scvtf s3, x0, #1|400000 e 0 0 0 c444a8b3f5|52c444a9 0 5555aaaa5555aaaa 10 e
scvtf s3, x0, #1|c00000 5 0 0 0 1000001|4b000000 0 5555aaaa5555aaaa 10 5
scvtf s3, x0, #1|1400000 6 0 0 0 3388348|4bce20d2 0 5555aaaa5555aaaa 0 6
scvtf s3, x0, #1|3c00000 6 0 0 0 5375038|4c26ea07 0 5555aaaa5555aaaa 0 6
scvtf s3, x0, #1|0 6 0 0 0 18ab5f9dc8bc8048|5d455afd 0 5555aaaa5555aaaa 10 6
scvtf s3, x0, #1|400000 1 0 0 0 6db62d8fb|505b6c5c 0 5555aaaa5555aaaa 10 1
scvtf s3, x0, #1|2000000 e 0 0 0 aa9ffe|4aaa9ffe 0 5555aaaa5555aaaa 0 e
scvtf s3, x0, #1|800000 f 0 0 0 8000000000000000|de800000 0 5555aaaa5555aaaa 0 f
ucvtf s3, w0|1c00000 5 0 0 0 7419d1c67b55c|4de33daa 0 5555aaaa5555aaaa 10 5
ucvtf s3, w0|800000 6 0 0 0 12d99a88da3d86cc|4f5a3d86 0 5555aaaa5555aaaa 10 6
ucvtf s3, w0|1c00000 6 0 0 0 9a02e732412783ae|4e824f07 0 5555aaaa5555aaaa 10 6
ucvtf s3, w0|1400000 d 0 0 0 dc9607c9df032bf0|4f5f032c 0 5555aaaa5555aaaa 10 d
ucvtf s3, w0|3000000 f 0 0 0 7ffffffffffffffe|4f800000 0 5555aaaa5555aaaa 10 f
ucvtf s3, w0|400000 7 0 0 0 a4a627b4d3f|4ec4f69b 0 5555aaaa5555aaaa 10 7
ucvtf s3, w0|c00000 e 0 0 0 ffffffff80000000|4f000000 0 5555aaaa5555aaaa 0 e
ucvtf s3, w0|3400000 d 0 0 0 5c7be830|4eb8f7d1 0 5555aaaa5555aaaa 10 d
ucvtf s3, w0|800000 3 0 0 0 771cb2|4aee3964 0 5555aaaa5555aaaa 0 3
ucvtf s3, w0|2400000 7 0 0 0 7495052cc376eaef|4f4376eb 0 5555aaaa5555aaaa 10 7
ucvtf s3, w0|400000 c 0 0 0 115ebd97d79f0b|4f17d7a0 0 5555aaaa5555aaaa 10 c
ucvtf s3, w0|c00000 6 0 0 0 279b1df12574b416|4e15d2d0 0 5555aaaa5555aaaa 10 6
ucvtf s3, w0|800000 c 0 0 0 1ce9f2554dea4|4e15537a 0 5555aaaa5555aaaa 10 c
ucvtf s3, w0|c00000 4 0 0 0 20f6ffc447cd27|4f4447cd 0 5555aaaa5555aaaa 10 4
ucvtf s3, w0|c00000 c 0 0 0 67bc2b|4acf7856 0 5555aaaa5555aaaa 0 c
ucvtf s3, w0|2800000 5 0 0 0 c8a68a653c16|4f0a653c 0 5555aaaa5555aaaa 10 5
ucvtf s3, w0|800000 e 0 0 0 98b91b7fbfbf4|4f37fbfb 0 5555aaaa5555aaaa 10 e
ucvtf s3, w0|1400000 e 0 0 0 18deed8|4bc6f76c 0 5555aaaa5555aaaa 0 e
ucvtf s3, w0|1800000 a 0 0 0 47b9acef|4e8f7359 0 5555aaaa5555aaaa 10 a
ucvtf s3, w0|400000 5 0 0 0 20000000000001|3f800000 0 5555aaaa5555aaaa 0 5
ucvtf d3, w0|400000 f 0 0 0 21c|4080e00000000000 0 5555aaaa5555aaaa 0 f
ucvtf d3, w0|1400000 d 0 0 0 677ee5fd67254c|41eface4a9800000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0|3800000 d 0 0 0 f5|406ea00000000000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0|0 0 0 0 0 9026|40e204c000000000 0 5555aaaa5555aaaa 0 0
ucvtf d3, w0|c00000 d 0 0 0 9a5c4a2e2f7|41e8945c5ee00000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0|400000 a 0 0 0 f62711|416ec4e220000000 0 5555aaaa5555aaaa 0 a
ucvtf d3, w0|1000000 3 0 0 0 3ba06b555d5ce1f7|41d757387dc00000 0 5555aaaa5555aaaa 0 3
ucvtf d3, w0|1400000 4 0 0 0 7fffffff|41dfffffffc00000 0 5555aaaa5555aaaa 0 4
ucvtf d3, w0|c00000 9 0 0 0 2a1f386f7419b95f|41dd066e57c00000 0 5555aaaa5555aaaa 0 9
ucvtf d3, w0|c00000 d 0 0 0 13643ef0e7401350|41ece8026a000000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0|3000000 5 0 0 0 1d81|40bd810000000000 0 5555aaaa5555aaaa 0 5
ucvtf d3, w0|800000 d 0 0 0 e|402c000000000000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0|0 7 0 0 0 8000000000000000|0 0 5555aaaa5555aaaa 0 7
ucvtf d3, w0|1400000 a 0 0 0 0|0 0 5555aaaa5555aaaa 0 a
ucvtf d3, w0|2800000 3 0 0 0 ffffffff80000000|41e0000000000000 0 5555aaaa5555aaaa 0 3
ucvtf d3, w0|0 e 0 0 0 8a51d27a8782dec5|41e0f05bd8a00000 0 5555aaaa5555aaaa 0 e
ucvtf d3, w0|1800000 9 0 0 0 ffffffffffffffff|41efffffffe00000 0 5555aaaa5555aaaa 0 9
ucvtf d3, w0|0 6 0 0 0 5fc27d7f|41d7f09f5fc00000 0 5555aaaa5555aaaa 0 6
ucvtf d3, w0|0 7 0 0 0 72b25fdde47b2e5c|41ec8f65cb800000 0 5555aaaa5555aaaa 0 7
ucvtf d3, w0|2800000 6 0 0 0 80000000|41e0000000000000 0 5555aaaa5555aaaa 0 6
ucvtf s3, x0|800000 6 0 0 0 8d87319fa0|530d8731 0 5555aaaa5555aaaa 10 6
ucvtf s3, x0|1000000 f 0 0 0 e9f53e3cff185424|5f69f53e 0 5555aaaa5555aaaa 10 f
ucvtf s3, x0|1000000 1 0 0 0 cdbab8cf424053a7|5f4dbab9 0 5555aaaa5555aaaa 10 1
ucvtf s3, x0|400000 3 0 0 0 7fffffffffffffff|5f000000 0 5555aaaa5555aaaa 10 3
ucvtf s3, x0|1400000 b 0 0 0 a2b2fc72c2921ab6|5f22b2fd 0 5555aaaa5555aaaa 10 b
ucvtf s3, x0|c00000 5 0 0 0 a105fb54566|552105fb 0 5555aaaa5555aaaa 10 5
ucvtf s3, x0|c00000 9 0 0 0 6e52b0c|4cdca561 0 5555aaaa5555aaaa 10 9
ucvtf s3, x0|400000 4 0 0 0 7fffffff|4f000000 0 5555aaaa5555aaaa 10 4
ucvtf s3, x0|1800000 b 0 0 0 40000000000003|5a800000 0 5555aaaa5555aaaa 10 b
ucvtf s3, x0|1c00000 b 0 0 0 12bf4d|4995fa68 0 5555aaaa5555aaaa 0 b
ucvtf s3, x0|2800000 3 0 0 0 164f9595ceafb|57b27cac 0 5555aaaa5555aaaa 10 3
ucvtf s3, x0|1c00000 a 0 0 0 9af7c9eb9034fa97|5f1af7c9 0 5555aaaa5555aaaa 10 a
ucvtf s3, x0|400000 e 0 0 0 3|40400000 0 5555aaaa5555aaaa 0 e
ucvtf s3, x0|800000 9 0 0 0 7ffffffffffffffe|5effffff 0 5555aaaa5555aaaa 10 9
ucvtf s3, x0|c00000 5 0 0 0 ffffffffffffffff|5f7fffff 0 5555aaaa5555aaaa 10 5
ucvtf s3, x0|c00000 f 0 0 0 20000000000001|5a000000 0 5555aaaa5555aaaa 10 f
ucvtf s3, x0|800000 b 0 0 0 9c60fa16bfb5a415|5f1c60fa 0 5555aaaa5555aaaa 10 b
ucvtf s3, x0|1000000 1 0 0 0 8b23a1e632fe77d1|5f0b23a2 0 5555aaaa5555aaaa 10 1
ucvtf s3, x0|400000 b 0 0 0 2e31f98ab5584e2d|5e38c7e7 0 5555aaaa5555aaaa 10 b
ucvtf s3, x0|1400000 4 0 0 0 40000000000003|5a800001 0 5555aaaa5555aaaa 10 4
ucvtf d3, x0|2400000 c 0 0 0 0|0 0 5555aaaa5555aaaa 0 c
ucvtf d3, x0|3c00000 0 0 0 0 1be245b0c215|42bbe245b0c21500 0 5555aaaa5555aaaa 0 0
ucvtf d3, x0|1800000 5 0 0 0 151dd5fd7145ad01|43b51dd5fd7145ad 0 5555aaaa5555aaaa 10 5
ucvtf d3, x0|400000 4 0 0 0 16ddfd|4136ddfd00000000 0 5555aaaa5555aaaa 0 4
ucvtf d3, x0|c00000 6 0 0 0 ffffffff|41efffffffe00000 0 5555aaaa5555aaaa 0 6
ucvtf d3, x0|800000 0 0 0 0 4aa0844589c|4292a82111627000 0 5555aaaa5555aaaa 0 0
ucvtf d3, x0|800000 0 0 0 0 2f88|40c7c40000000000 0 5555aaaa5555aaaa 0 0
ucvtf d3, x0|1000000 3 0 0 0 19d3dcf20ec83143|43b9d3dcf20ec831 0 5555aaaa5555aaaa 10 3
ucvtf d3, x0|1800000 5 0 0 0 292a677104a029|43449533b8825014 0 5555aaaa5555aaaa 10 5
ucvtf d3, x0|1800000 9 0 0 0 1897ad010|41f897ad01000000 0 5555aaaa5555aaaa 0 9
ucvtf d3, x0|800000 e 0 0 0 38|404c000000000000 0 5555aaaa5555aaaa 0 e
ucvtf d3, x0|0 9 0 0 0 c8|4069000000000000 0 5555aaaa5555aaaa 0 9
ucvtf d3, x0|c00000 e 0 0 0 c83cd68c6ff364c6|43e9079ad18dfe6c 0 5555aaaa5555aaaa 10 e
ucvtf d3, x0|1c00000 6 0 0 0 1e0dc4d74b813d32|43be0dc4d74b813d 0 5555aaaa5555aaaa 10 6
ucvtf d3, x0|1800000 4 0 0 0 ffffffff|41efffffffe00000 0 5555aaaa5555aaaa 0 4
ucvtf d3, x0|3000000 a 0 0 0 8641f6e3e149041e|43e0c83edc7c2921 0 5555aaaa5555aaaa 10 a
ucvtf d3, x0|c00000 5 0 0 0 2684b446fbb2df|4343425a237dd96f 0 5555aaaa5555aaaa 10 5
ucvtf d3, x0|c00000 9 0 0 0 63eef747a02c6163|43d8fbbdd1e80b18 0 5555aaaa5555aaaa 10 9
ucvtf d3, x0|1800000 c 0 0 0 ffffffff80000000|43effffffff00000 0 5555aaaa5555aaaa 0 c
ucvtf d3, x0|1800000 a 0 0 0 3b743e5786fa2016|43cdba1f2bc37d10 0 5555aaaa5555aaaa 10 a
ucvtf s3, w0, #7|1000000 5 0 0 0 5f0131c062f21c46|4b45e439 0 5555aaaa5555aaaa 10 5
ucvtf s3, w0, #7|800000 b 0 0 0 1|3c000000 0 5555aaaa5555aaaa 0 b
ucvtf s3, w0, #7|800000 c 0 0 0 fa9e3e3527d8fbbc|4a9f63ee 0 5555aaaa5555aaaa 10 c
ucvtf s3, w0, #7|2000000 d 0 0 0 aae2ddc442d68bf4|4b05ad18 0 5555aaaa5555aaaa 10 d
ucvtf s3, w0, #7|2400000 7 0 0 0 ffffffff|4c000000 0 5555aaaa5555aaaa 10 7
ucvtf s3, w0, #7|c00000 1 0 0 0 c60f8a383356d75e|4acd5b5d 0 5555aaaa5555aaaa 10 1
ucvtf s3, w0, #7|0 d 0 0 0 248a4f1494b3622b|4b94b362 0 5555aaaa5555aaaa 10 d
ucvtf s3, w0, #7|0 f 0 0 0 7ffffffffffffffe|4c000000 0 5555aaaa5555aaaa 10 f
ucvtf s3, w0, #7|1800000 f 0 0 0 d07|41d07000 0 5555aaaa5555aaaa 0 f
ucvtf s3, w0, #7|400000 f 0 0 0 10f59a1|4807acd1 0 5555aaaa5555aaaa 10 f
ucvtf d3, x0, #64|1400000 1 0 0 0 40000000000003|3f50000000000001 0 5555aaaa5555aaaa 10 1
ucvtf d3, x0, #64|c00000 a 0 0 0 e0fa676894558acb|3fec1f4ced128ab1 0 5555aaaa5555aaaa 10 a
ucvtf d3, x0, #64|800000 4 0 0 0 c48cd1dbad8|3ea8919a3b75b000 0 5555aaaa5555aaaa 0 4
ucvtf d3, x0, #64|800000 a 0 0 0 ffffffff|3defffffffe00000 0 5555aaaa5555aaaa 0 a
ucvtf d3, x0, #64|400000 2 0 0 0 b7263ccd5dfdfdd|3fa6e4c799abbfc0 0 5555aaaa5555aaaa 10 2
ucvtf d3, x0, #64|c00000 d 0 0 0 aedcc07f4d5ab1f|3fa5db980fe9ab56 0 5555aaaa5555aaaa 10 d
ucvtf d3, x0, #64|2000000 6 0 0 0 3b29b|3d0d94d800000000 0 5555aaaa5555aaaa 0 6
ucvtf d3, x0, #64|1800000 d 0 0 0 20000000000001|3f40000000000000 0 5555aaaa5555aaaa 10 d
ucvtf d3, x0, #64|400000 f 0 0 0 7fffffff|3ddfffffffc00000 0 5555aaaa5555aaaa 0 f
ucvtf d3, x0, #64|2800000 b 0 0 0 5defb96aa69|3e977bee5aa9a400 0 5555aaaa5555aaaa 0 b
ucvtf d3, w0, #32|1000000 6 0 0 0 9edb03ca74a8df97|3fdd2a37e5c00000 0 5555aaaa5555aaaa 0 6
ucvtf d3, w0, #32|1400000 d 0 0 0 7fffffff|3fdfffffffc00000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0, #32|2000000 e 0 0 0 98b922f0819968b6|3fe0332d16c00000 0 5555aaaa5555aaaa 0 e
ucvtf d3, w0, #32|400000 9 0 0 0 10107ff2c|3f707ff2c0000000 0 5555aaaa5555aaaa 0 9
ucvtf d3, w0, #32|400000 d 0 0 0 bc537b2b48a47|3fe6569148e00000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0, #32|400000 4 0 0 0 1cfd653567f6735f|3fd9fd9cd7c00000 0 5555aaaa5555aaaa 0 4
ucvtf d3, w0, #32|1800000 1 0 0 0 9f25ad82faceaf9|3fc7d6757c800000 0 5555aaaa5555aaaa 0 1
ucvtf d3, w0, #32|800000 3 0 0 0 3db1a968b86b2650|3fe70d64ca000000 0 5555aaaa5555aaaa 0 3
ucvtf d3, w0, #32|2000000 d 0 0 0 1058a851019100df|3f79100df0000000 0 5555aaaa5555aaaa 0 d
ucvtf d3, w0, #32|0 d 0 0 0 0|0 0 5555aaaa5555aaaa 0 d
ucvtf s3, x0, #1|1800000 e 0 0 0 7ffffffffffffffe|5e7fffff 0 5555aaaa5555aaaa 10 e
ucvtf s3, x0, #1|1800000 2 0 0 0 460cb932f|500c1972 0 5555aaaa5555aaaa 10 2
ucvtf s3, x0, #1|1000000 1 0 0 0 7fffffff|4e800000 0 5555aaaa5555aaaa 10 1
ucvtf s3, x0, #1|1400000 b 0 0 0 0|0 0 5555aaaa5555aaaa 0 b
ucvtf s3, x0, #1|2800000 c 0 0 0 b3e41105013d8db4|5eb3e411 0 5555aaaa5555aaaa 10 c
ucvtf s3, x0, #1|400000 0 0 0 0 c5eac6c43a|52c5eac7 0 5555aaaa5555aaaa 10 0
ucvtf s3, x0, #1|c00000 2 0 0 0 1bb4a849|4d5da542 0 5555aaaa5555aaaa 10 2
ucvtf s3, x0, #1|1000000 7 0 0 0 21ec9746fb2c5|5787b25d 0 5555aaaa5555aaaa 10 7
ucvtf s3, x0, #1|0 0 0 0 0 1b6922a7dba|535b4915 0 5555aaaa5555aaaa 10 0
ucvtf s3, x0, #1|0 e 0 0 0 0|0 0 5555aaaa5555aaaa 0 e
fmov w3, s0|0 2 b8a3e5f0 bde2ee65 7304e8f4 0|5555aaaa5555aaaa 3333cccc3333cccc b8a3e5f0 0 2
fmov w3, s0|800000 1 3dad879f 5f000000 133b1f95 0|5555aaaa5555aaaa 3333cccc3333cccc 3dad879f 0 1
fmov w3, s0|400000 c 8019aefd 29d7150e 6a7fee45 0|5555aaaa5555aaaa 3333cccc3333cccc 8019aefd 0 c
fmov s3, w0|1c00000 f 0 0 0 2bba9830306|a9830306 0 5555aaaa5555aaaa 0 f
fmov s3, w0|c00000 7 0 0 0 b059d7d50322f6c9|322f6c9 0 5555aaaa5555aaaa 0 7
fmov s3, w0|1c00000 0 0 0 0 7ffffffffffffffe|fffffffe 0 5555aaaa5555aaaa 0 0
fmov x3, d0|2c00000 1 40ad21520a45be19 c056d1518c0605ab 8004aeb352abbdb0 0|5555aaaa5555aaaa 3333cccc3333cccc 40ad21520a45be19 0 1
fmov x3, d0|400000 2 7fefffffffffffff c3e0000000000000 7db5fe8344ad79da 0|5555aaaa5555aaaa 3333cccc3333cccc 7fefffffffffffff 0 2
fmov x3, d0|3400000 1 fffffffffffff c04b090dfa89622b 800695b871140659 0|5555aaaa5555aaaa 3333cccc3333cccc fffffffffffff 0 1
fmov d3, x0|0 0 0 0 0 389ec9c588689800|389ec9c588689800 0 5555aaaa5555aaaa 0 0
fmov d3, x0|1c00000 8 0 0 0 aad035bbd98|aad035bbd98 0 5555aaaa5555aaaa 0 8
fmov d3, x0|2c00000 b 0 0 0 1000001|1000001 0 5555aaaa5555aaaa 0 b
fmov x3, v0.d[1]|2c00000 7 49509e137bcce84b 8cdce4dbe9d3061d fef674b5bb871a55 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 7
fmov x3, v0.d[1]|800000 6 17d90c77f6386db3 7be3aea63b8f68b2 1446fe04ce32dc6 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 6
fmov x3, v0.d[1]|2400000 f 422b846e99795cd1 2652200b89faaa09 409a32f89d3805b0 0|5555aaaa5555aaaa 3333cccc3333cccc 0 0 f
fmov v3.d[1], x0|1800000 8 0 0 0 7ffffffffffffffe|5555aaaa5555aaaa 7ffffffffffffffe 5555aaaa5555aaaa 0 8
fmov v3.d[1], x0|1800000 9 0 0 0 25b1|5555aaaa5555aaaa 25b1 5555aaaa5555aaaa 0 9
fmov v3.d[1], x0|c00000 5 0 0 0 0|5555aaaa5555aaaa 0 5555aaaa5555aaaa 0 5
fmov s3, #1.0|0 3 67cdeb8 fab5b8c1 803253af 0|3f800000 0 5555aaaa5555aaaa 0 3
fmov d3, #-0.125|1400000 3 ac900e75 bb85ff75 366c89c9 0|bfc0000000000000 0 5555aaaa5555aaaa 0 3
fmov s3, #31.0|2400000 1 5e944321 3fc00000 c17feee1 0|41f80000 0 5555aaaa5555aaaa 0 1
fmov d3, #0.1875|2000000 e caefb188 5f000000 7cb7b7c0 0|3fc8000000000000 0 5555aaaa5555aaaa 0 e
`;
