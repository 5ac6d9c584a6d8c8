// FEAT_LSE atomics (src/machine/cpu/insns/atomics.ts): CAS, CASP, SWP and LD<op> at every
// size and ordering, the ST<op> aliases, XZR operands, SP base, alignment faults, the
// exclusive monitor, and the model gate. Encodings come from `aarch64-linux-gnu-as
// -march=armv8.1-a` + objdump (assembly next to each word). The literal expectations were
// confirmed on `qemu-aarch64 -cpu max` (7.2); the last block repeats that comparison for
// every encoding with random operands when qemu-aarch64 and the cross gcc are installed.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { SP } from '../../src/machine/cpu/cpu.ts';
import { ATOMIC_ROWS } from '../../src/machine/cpu/insns/atomics.ts';
import { a64Decoder } from '../../src/machine/cpu/insns/index.ts';
import { cpuModel } from '../../src/machine/cpu/sysregs.ts';
import { makeCpu, RAM_BASE, runWords } from '../helpers/cpu.ts';

/** Data area, 64-byte aligned, well away from the code at RAM_BASE. */
const D = RAM_BASE + 0x8_0000;

const view = (cpu: Cpu) => new DataView(cpu.bus.ram.buffer, cpu.bus.ram.byteOffset, cpu.bus.ram.byteLength);
const poke64 = (cpu: Cpu, pa: number, v: bigint) => view(cpu).setBigUint64(pa - RAM_BASE, BigInt.asUintN(64, v), true);
const peek64 = (cpu: Cpu, pa: number) => view(cpu).getBigUint64(pa - RAM_BASE, true);
const u64 = (v: bigint) => BigInt.asUintN(64, v);

/** Guard pattern around the operand: every byte of D-16..D+31 that the access must not touch. */
const GUARD = 0xa5a5a5a5a5a5a5a5n;

/** A `max` PE (LSE implemented) with X2 = D and guard bytes around D. */
function setup(mem = 0n, mem2 = GUARD): Cpu {
  const cpu = makeCpu();
  cpu.model = cpuModel('max');
  cpu.setX(2, BigInt(D));
  poke64(cpu, D - 16, GUARD);
  poke64(cpu, D - 8, GUARD);
  poke64(cpu, D, mem);
  poke64(cpu, D + 8, mem2);
  poke64(cpu, D + 16, GUARD);
  poke64(cpu, D + 24, GUARD);
  return cpu;
}

function run(cpu: Cpu, words: number[]): void {
  const n = runWords(cpu, words);
  expect(cpu.halt).toBeNull();
  expect(n).toBe(words.length);
}

/** Every encoding in ATOMIC_ROWS order, from objdump of the assembly of: for each size
 * (B, H, W, X) and ordering ("", A, AL, L): `cas<o><s> {w,x}1, {w,x}3, [x2]`; then CASP
 * (W, X) for each ordering: `casp<o> r4, r5, r6, r7, [x2]`; then for each size and ordering
 * `swp<o><s> r1, r3, [x2]` followed by `ld<op><o><s> r1, r3, [x2]` for op = add, clr, eor,
 * set, smax, smin, umax, umin. So Rs = 1 (the operand), Rt = 3 (the destination). */
const ALL = [
  0x08a17c43, 0x08e17c43, 0x08e1fc43, 0x08a1fc43, 0x48a17c43, 0x48e17c43, 0x48e1fc43, 0x48a1fc43, 0x88a17c43,
  0x88e17c43, 0x88e1fc43, 0x88a1fc43, 0xc8a17c43, 0xc8e17c43, 0xc8e1fc43, 0xc8a1fc43, 0x08247c46, 0x08647c46,
  0x0864fc46, 0x0824fc46, 0x48247c46, 0x48647c46, 0x4864fc46, 0x4824fc46, 0x38218043, 0x38210043, 0x38211043,
  0x38212043, 0x38213043, 0x38214043, 0x38215043, 0x38216043, 0x38217043, 0x38a18043, 0x38a10043, 0x38a11043,
  0x38a12043, 0x38a13043, 0x38a14043, 0x38a15043, 0x38a16043, 0x38a17043, 0x38e18043, 0x38e10043, 0x38e11043,
  0x38e12043, 0x38e13043, 0x38e14043, 0x38e15043, 0x38e16043, 0x38e17043, 0x38618043, 0x38610043, 0x38611043,
  0x38612043, 0x38613043, 0x38614043, 0x38615043, 0x38616043, 0x38617043, 0x78218043, 0x78210043, 0x78211043,
  0x78212043, 0x78213043, 0x78214043, 0x78215043, 0x78216043, 0x78217043, 0x78a18043, 0x78a10043, 0x78a11043,
  0x78a12043, 0x78a13043, 0x78a14043, 0x78a15043, 0x78a16043, 0x78a17043, 0x78e18043, 0x78e10043, 0x78e11043,
  0x78e12043, 0x78e13043, 0x78e14043, 0x78e15043, 0x78e16043, 0x78e17043, 0x78618043, 0x78610043, 0x78611043,
  0x78612043, 0x78613043, 0x78614043, 0x78615043, 0x78616043, 0x78617043, 0xb8218043, 0xb8210043, 0xb8211043,
  0xb8212043, 0xb8213043, 0xb8214043, 0xb8215043, 0xb8216043, 0xb8217043, 0xb8a18043, 0xb8a10043, 0xb8a11043,
  0xb8a12043, 0xb8a13043, 0xb8a14043, 0xb8a15043, 0xb8a16043, 0xb8a17043, 0xb8e18043, 0xb8e10043, 0xb8e11043,
  0xb8e12043, 0xb8e13043, 0xb8e14043, 0xb8e15043, 0xb8e16043, 0xb8e17043, 0xb8618043, 0xb8610043, 0xb8611043,
  0xb8612043, 0xb8613043, 0xb8614043, 0xb8615043, 0xb8616043, 0xb8617043, 0xf8218043, 0xf8210043, 0xf8211043,
  0xf8212043, 0xf8213043, 0xf8214043, 0xf8215043, 0xf8216043, 0xf8217043, 0xf8a18043, 0xf8a10043, 0xf8a11043,
  0xf8a12043, 0xf8a13043, 0xf8a14043, 0xf8a15043, 0xf8a16043, 0xf8a17043, 0xf8e18043, 0xf8e10043, 0xf8e11043,
  0xf8e12043, 0xf8e13043, 0xf8e14043, 0xf8e15043, 0xf8e16043, 0xf8e17043, 0xf8618043, 0xf8610043, 0xf8611043,
  0xf8612043, 0xf8613043, 0xf8614043, 0xf8615043, 0xf8616043, 0xf8617043,
].map((w) => w | 0);

/** objdump's mnemonic for a row name: "LDADDALB_32_memop" -> "ldaddalb". */
const mnemonic = (name: string) => name.slice(0, name.indexOf('_')).toLowerCase();

describe('decoding', () => {
  it('has 168 rows, each decoding its assembler encoding, named as in the Arm ARM', () => {
    expect(ATOMIC_ROWS).toHaveLength(168);
    const d = a64Decoder();
    ALL.forEach((w, i) => {
      expect(d.nameOf(w)).toBe(ATOMIC_ROWS[i].name);
      expect(d.isImplemented(d.decode(w))).toBe(true);
    });
    expect(ATOMIC_ROWS.map((r) => mnemonic(r.name))).toContain('casalb');
    expect(d.nameOf(0xc8a1fc43)).toBe('CASL_C64_comswap'); // casl x1, x3, [x2]
    expect(d.nameOf(0x4864fc46)).toBe('CASPAL_CP64_comswappr'); // caspal x4, x5, x6, x7, [x2]
    expect(d.nameOf(0xf8e1005f)).toBe('LDADDAL_64_memop'); // ldaddal x1, xzr, [x2]
    expect(d.nameOf(0x3863205f)).toBe('LDEORLB_32_memop'); // steorlb w3, [x2]
    expect(d.nameOf(0xb8218043)).toBe('SWP_32_memop'); // swp w1, w3, [x2]
    expect(d.nameOf(0xf8bfc041)).toBe('LDAPR_64L_memop'); // ldapr x1, [x2]: not shadowed
  });

  it('CAS/CASP with Rt2 != 11111 are not LSE encodings', () => {
    const d = a64Decoder();
    expect(d.nameOf(0x88a17843)).not.toMatch(/^CAS/); // cas w1, w3, [x2] with Rt2 = 11110
    expect(d.nameOf(0x08247846)).not.toMatch(/^CASP/);
  });
});

// ---- LD<op>: every op, size and ordering against a BigInt model of the Arm ARM ----------

const OPS = ['add', 'clr', 'eor', 'set', 'smax', 'smin', 'umax', 'umin'] as const;
type Op = (typeof OPS)[number];

/** The value LD<op> stores: `d` from memory, `s` from Rs, both taken at `bits` bits. */
function model(op: Op, d: bigint, s: bigint, bits: number): bigint {
  const m = (1n << BigInt(bits)) - 1n;
  d &= m;
  s &= m;
  const sd = BigInt.asIntN(bits, d);
  const ss = BigInt.asIntN(bits, s);
  switch (op) {
    case 'add':
      return (d + s) & m;
    case 'clr':
      return d & ~s & m;
    case 'eor':
      return d ^ s;
    case 'set':
      return d | s;
    case 'smax':
      return sd >= ss ? d : s;
    case 'smin':
      return sd <= ss ? d : s;
    case 'umax':
      return d >= s ? d : s;
    case 'umin':
      return d <= s ? d : s;
  }
}

const SIZES = [
  { name: 'B', bits: 8 },
  { name: 'H', bits: 16 },
  { name: 'W', bits: 32 },
  { name: 'X', bits: 64 },
];
const ORDERS = ['', 'A', 'AL', 'L'];

/** Operand pairs [memory, Rs] chosen to hit carries, sign boundaries and equality at every size. */
const PAIRS: [bigint, bigint][] = [
  [0x0123456789abcdefn, 0xfedcba9876543210n],
  [0x7f7f7f7f7f7f7f7fn, 0x8080808080808080n],
  [0x8000000000000000n, 0x7fffffffffffffffn],
  [0xffffffffffffffffn, 0x0000000000000001n],
  [0x00000000ffffffffn, 0x0000000000000001n],
  [0x5555555555555555n, 0x5555555555555555n],
  [0x0000000000000000n, 0xffffffffffffffffn],
  [0x8000000180008001n, 0x7fffffff7fff7ffen],
];

describe('LD<op> (every op, size and ordering)', () => {
  const ldWord = (size: number, order: number, op: number) => ALL[24 + size * 36 + order * 9 + 1 + op];

  for (const [si, size] of SIZES.entries()) {
    for (const [oi, op] of OPS.entries()) {
      it(`LD${op.toUpperCase()}{,A,AL,L}${size.name === 'B' || size.name === 'H' ? size.name : ''} (${size.bits}-bit)`, () => {
        const m = (1n << BigInt(size.bits)) - 1n;
        for (let order = 0; order < 4; order++) {
          const w = ldWord(si, order, oi);
          expect(a64Decoder().nameOf(w)).toMatch(new RegExp(`^LD${op.toUpperCase()}${ORDERS[order]}`));
          for (const [mem, s] of PAIRS) {
            const cpu = setup(mem);
            cpu.setX(1, s);
            cpu.setX(3, 0xdeadbeefdeadbeefn);
            run(cpu, [w]);
            // Rt receives the old memory value, zero-extended to 64 bits.
            expect(cpu.getX(3)).toBe(mem & m);
            expect(cpu.getX(1)).toBe(s);
            // Only the accessed bytes change.
            expect(peek64(cpu, D)).toBe((mem & ~m) | model(op, mem, s, size.bits));
            expect(peek64(cpu, D - 8)).toBe(GUARD);
            expect(peek64(cpu, D + 8)).toBe(GUARD);
          }
        }
      });
    }
  }
});

describe('LD<op>: hand-checked values (qemu-aarch64 -cpu max)', () => {
  it('LDSMAXB compares signed bytes: 0x80 (-128) vs 0x7f', () => {
    const cpu = setup(0x1111111111111180n);
    cpu.setX(3, 0xffffffffffffff7fn); // only the low byte counts
    run(cpu, [0x38234041]); // ldsmaxb w3, w1, [x2]
    expect(cpu.getX(1)).toBe(0x80n);
    expect(peek64(cpu, D)).toBe(0x111111111111117fn);
  });

  it('LDSMINH keeps the memory value when it is the smaller (0x8000 = -32768)', () => {
    const cpu = setup(0x2222222222228000n);
    cpu.setX(3, 0x7fffn);
    run(cpu, [0x78235041]); // ldsminh w3, w1, [x2]
    expect(cpu.getX(1)).toBe(0x8000n);
    expect(peek64(cpu, D)).toBe(0x2222222222228000n);
  });

  it('LDSMAX W compares signed words; Rt is zero-extended', () => {
    const cpu = setup(0x33333333fffffffen); // -2
    cpu.setX(3, 0xffffffff00000005n); // W3 = 5
    run(cpu, [0xb8234041]); // ldsmax w3, w1, [x2]
    expect(cpu.getX(1)).toBe(0xfffffffen);
    expect(peek64(cpu, D)).toBe(0x3333333300000005n);
  });

  it('LDUMIN W compares unsigned words', () => {
    const cpu = setup(0x00000000fffffffen);
    cpu.setX(3, 5n);
    run(cpu, [0xb8237041]); // ldumin w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(5n);
  });

  it('LDSMIN X and LDUMAX X compare at 64 bits (high halves decide)', () => {
    let cpu = setup(0x8000000000000000n);
    cpu.setX(3, 0x7fffffffffffffffn);
    run(cpu, [0xf8235041]); // ldsmin x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0x8000000000000000n);
    cpu = setup(0x8000000000000000n);
    cpu.setX(3, 0x7fffffffffffffffn);
    run(cpu, [0xf8236041]); // ldumax x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0x8000000000000000n);
    cpu = setup(0x00000001_00000000n);
    cpu.setX(3, 0x00000000_ffffffffn);
    run(cpu, [0xf8236041]); // ldumax x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0x00000001_00000000n);
  });

  it('LDADD X carries into the high half; LDADD W and LDADDB/H wrap at their size', () => {
    let cpu = setup(0x00000000ffffffffn);
    cpu.setX(3, 1n);
    run(cpu, [0xf8230041]); // ldadd x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0x0000000100000000n);
    expect(cpu.getX(1)).toBe(0xffffffffn);
    cpu = setup(0x77777777ffffffffn);
    cpu.setX(3, 1n);
    run(cpu, [0xb8230041]); // ldadd w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(0x7777777700000000n);
    cpu = setup(0x77777777777777ffn);
    cpu.setX(3, 1n);
    run(cpu, [0x38230041]); // ldaddb w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(0x7777777777777700n);
    cpu = setup(0x777777777777ffffn);
    cpu.setX(3, 2n);
    run(cpu, [0x78230041]); // ldaddh w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(0x7777777777770001n);
    expect(cpu.getX(1)).toBe(0xffffn);
  });

  it('LDCLR, LDEOR, LDSET', () => {
    let cpu = setup(0xff00ff00ff00ff00n);
    cpu.setX(3, 0xf0f0f0f0f0f0f0f0n);
    run(cpu, [0xf8231041]); // ldclr x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0x0f000f000f000f00n);
    cpu = setup(0xff00ff00ff00ff00n);
    cpu.setX(3, 0xf0f0f0f0f0f0f0f0n);
    run(cpu, [0xb8232041]); // ldeor w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(0xff00ff000ff00ff0n);
    cpu = setup(0xff00ff00ff00ff00n);
    cpu.setX(3, 0x00f000f000f000f0n);
    run(cpu, [0xf8233041]); // ldset x3, x1, [x2]
    expect(peek64(cpu, D)).toBe(0xfff0fff0fff0fff0n);
  });
});

describe('ST<op> aliases and XZR', () => {
  it('ST<op> (Rt = XZR) updates memory and writes no register', () => {
    const cases: [number, bigint, bigint, bigint][] = [
      // [word, memory, Rs (x3), memory after]
      [0xb823005f, 0x11111111_00000010n, 0x5n, 0x11111111_00000015n], // stadd w3, [x2]
      [0xf863005f, 0x10n, u64(-1n), 0xfn], // staddl x3, [x2]
      [0x3823105f, 0xffn, 0x0fn, 0xf0n], // stclrb w3, [x2]
      [0x7823405f, 0x8000n, 0x0001n, 0x0001n], // stsmaxh w3, [x2]
      [0xf823705f, 0x5n, 0x3n, 0x3n], // stumin x3, [x2]
      [0x3863205f, 0x1234n, 0xffn, 0x12cbn], // steorlb w3, [x2]
    ];
    for (const [w, mem, s, after] of cases) {
      const cpu = setup(mem);
      cpu.setX(3, s);
      run(cpu, [w]);
      expect(peek64(cpu, D)).toBe(after);
      expect(cpu.getX(31)).toBe(0n);
      expect(cpu.getX(3)).toBe(s);
    }
  });

  it('LDADDAL with Rt = XZR (not an ST alias: acquire) behaves the same', () => {
    const cpu = setup(40n);
    cpu.setX(1, 2n);
    run(cpu, [0xf8e1005f]); // ldaddal x1, xzr, [x2]
    expect(peek64(cpu, D)).toBe(42n);
  });

  it('Rs = XZR reads zero: LDADD adds 0, SWP stores 0, CAS compares with 0', () => {
    let cpu = setup(7n);
    run(cpu, [0xf83f0041]); // ldadd xzr, x1, [x2]
    expect(peek64(cpu, D)).toBe(7n);
    expect(cpu.getX(1)).toBe(7n);
    cpu = setup(7n);
    run(cpu, [0xf83f8041]); // swp xzr, x1, [x2]
    expect(peek64(cpu, D)).toBe(0n);
    expect(cpu.getX(1)).toBe(7n);
    cpu = setup(0n);
    cpu.setX(3, 9n);
    run(cpu, [0xc8bf7c43]); // cas xzr, x3, [x2]
    expect(peek64(cpu, D)).toBe(9n);
    expect(cpu.getX(31)).toBe(0n);
  });

  it('STSET with SP as the base', () => {
    const cpu = setup(0x100n);
    cpu.setX(SP, BigInt(D));
    cpu.setX(3, 0x1n);
    run(cpu, [0xb82333ff]); // stset w3, [sp]
    expect(peek64(cpu, D)).toBe(0x101n);
  });
});

describe('SWP', () => {
  it('every size and ordering swaps at its size; Rt is zero-extended', () => {
    for (let size = 0; size < 4; size++) {
      const bits = SIZES[size].bits;
      const m = (1n << BigInt(bits)) - 1n;
      for (let order = 0; order < 4; order++) {
        const w = ALL[24 + size * 36 + order * 9];
        expect(a64Decoder().nameOf(w)).toMatch(new RegExp(`^SWP${ORDERS[order]}`));
        const cpu = setup(0x8899aabbccddeeffn);
        cpu.setX(1, 0x0123456789abcdefn);
        cpu.setX(3, u64(-1n));
        run(cpu, [w]); // swp<o><s> r1, r3, [x2]
        expect(cpu.getX(3)).toBe(0x8899aabbccddeeffn & m);
        expect(peek64(cpu, D)).toBe((0x8899aabbccddeeffn & ~m) | (0x0123456789abcdefn & m));
        expect(peek64(cpu, D + 8)).toBe(GUARD);
      }
    }
  });

  it('SWP with Rs == Rt stores the old register value', () => {
    const cpu = setup(0x5555n);
    cpu.setX(1, 0xaaaan);
    run(cpu, [0xf8218041]); // swp x1, x1, [x2]
    expect(peek64(cpu, D)).toBe(0xaaaan);
    expect(cpu.getX(1)).toBe(0x5555n);
  });
});

describe('CAS', () => {
  it('every size and ordering: success stores Rt, failure stores nothing; Rs gets the old value', () => {
    for (let size = 0; size < 4; size++) {
      const bits = SIZES[size].bits;
      const m = (1n << BigInt(bits)) - 1n;
      for (let order = 0; order < 4; order++) {
        const w = ALL[size * 4 + order];
        expect(a64Decoder().nameOf(w)).toMatch(new RegExp(`^CAS${ORDERS[order]}[BH]?_C`));
        const mem = 0x8899aabbccddeeffn;
        // Success: Rs matches at the access size (bits above it are ignored).
        let cpu = setup(mem);
        cpu.setX(1, (mem & m) | (bits < 64 ? 0x1234n << BigInt(bits) : 0n));
        cpu.setX(3, 0x0123456789abcdefn);
        run(cpu, [w]); // cas<o><s> r1, r3, [x2]
        expect(peek64(cpu, D)).toBe((mem & ~m) | (0x0123456789abcdefn & m));
        expect(cpu.getX(1)).toBe(mem & m);
        expect(cpu.getX(3)).toBe(0x0123456789abcdefn);
        // Failure: memory unchanged, Rs receives the value read.
        cpu = setup(mem);
        cpu.setX(1, (mem ^ 1n) & m);
        cpu.setX(3, 0x0123456789abcdefn);
        run(cpu, [w]);
        expect(peek64(cpu, D)).toBe(mem);
        expect(cpu.getX(1)).toBe(mem & m);
      }
    }
  });

  it('CAS W compares only the low word and zero-extends Ws', () => {
    const cpu = setup(0x99999999_80000000n);
    cpu.setX(1, 0xffffffff_80000000n);
    cpu.setX(3, 0x1n);
    run(cpu, [0x88a17c43]); // cas w1, w3, [x2]
    expect(peek64(cpu, D)).toBe(0x99999999_00000001n);
    expect(cpu.getX(1)).toBe(0x80000000n);
  });

  it('CAS X with the high halves differing fails', () => {
    const cpu = setup(0x00000001_00000005n);
    cpu.setX(1, 0x00000002_00000005n);
    cpu.setX(3, 0x7n);
    run(cpu, [0xc8a17c43]); // cas x1, x3, [x2]
    expect(peek64(cpu, D)).toBe(0x00000001_00000005n);
    expect(cpu.getX(1)).toBe(0x00000001_00000005n);
  });

  it('CAS X with SP as the base', () => {
    const cpu = setup(5n);
    cpu.setX(SP, BigInt(D));
    cpu.setX(1, 5n);
    cpu.setX(3, 6n);
    run(cpu, [0xc8a17fe3]); // cas x1, x3, [sp]
    expect(peek64(cpu, D)).toBe(6n);
  });
});

describe('CASP', () => {
  it('X pairs, every ordering: Xs holds bits 63:0 and Xs+1 bits 127:64', () => {
    for (let order = 0; order < 4; order++) {
      const w = ALL[20 + order]; // casp<o> x4, x5, x6, x7, [x2]
      expect(a64Decoder().nameOf(w)).toBe(`CASP${ORDERS[order]}_CP64_comswappr`);
      let cpu = setup(0x1111n, 0x2222n);
      cpu.setX(4, 0x1111n);
      cpu.setX(5, 0x2222n);
      cpu.setX(6, 0xaaaan);
      cpu.setX(7, 0xbbbbn);
      run(cpu, [w]);
      expect([peek64(cpu, D), peek64(cpu, D + 8)]).toEqual([0xaaaan, 0xbbbbn]);
      expect([cpu.getX(4), cpu.getX(5)]).toEqual([0x1111n, 0x2222n]);
      // Either half differing fails.
      cpu = setup(0x1111n, 0x2222n);
      cpu.setX(4, 0x1111n);
      cpu.setX(5, 0x2223n);
      cpu.setX(6, 0xaaaan);
      cpu.setX(7, 0xbbbbn);
      run(cpu, [w]);
      expect([peek64(cpu, D), peek64(cpu, D + 8)]).toEqual([0x1111n, 0x2222n]);
      expect([cpu.getX(4), cpu.getX(5)]).toEqual([0x1111n, 0x2222n]);
    }
  });

  it('W pairs, every ordering: Ws is the low word of the doubleword; results zero-extended', () => {
    for (let order = 0; order < 4; order++) {
      const w = ALL[16 + order]; // casp<o> w4, w5, w6, w7, [x2]
      expect(a64Decoder().nameOf(w)).toBe(`CASP${ORDERS[order]}_CP32_comswappr`);
      let cpu = setup(0x22222222_11111111n);
      cpu.setX(4, 0xffffffff_11111111n);
      cpu.setX(5, 0xffffffff_22222222n);
      cpu.setX(6, 0xaaaaaaaan);
      cpu.setX(7, 0xbbbbbbbbn);
      run(cpu, [w]);
      expect(peek64(cpu, D)).toBe(0xbbbbbbbb_aaaaaaaan);
      expect(peek64(cpu, D + 8)).toBe(GUARD);
      expect([cpu.getX(4), cpu.getX(5)]).toEqual([0x11111111n, 0x22222222n]);
      cpu = setup(0x22222222_11111111n);
      cpu.setX(4, 0x11111111n);
      cpu.setX(5, 0x22222223n);
      run(cpu, [w]);
      expect(peek64(cpu, D)).toBe(0x22222222_11111111n);
      expect([cpu.getX(4), cpu.getX(5)]).toEqual([0x11111111n, 0x22222222n]);
    }
  });

  it('CASP with Rs = 30 pairs X30 with XZR (compares with 0, the write is discarded)', () => {
    const cpu = setup(0x1234n, 0n);
    cpu.setX(30, 0x1234n);
    cpu.setX(6, 0x5n);
    cpu.setX(7, 0x6n);
    run(cpu, [0x483e7c46]); // casp x30, xzr, x6, x7, [x2]
    expect([peek64(cpu, D), peek64(cpu, D + 8)]).toEqual([0x5n, 0x6n]);
    expect(cpu.getX(30)).toBe(0x1234n);
    expect(cpu.getX(31)).toBe(0n);
  });

  it('odd Rs or Rt is UNDEFINED', () => {
    for (const w of [0x48257c46, 0x48247c47]) {
      // casp with Rs = 5 / Rt = 7 (assemblers refuse them)
      const cpu = setup();
      runWords(cpu, [w]);
      expect(cpu.halt).toMatchObject({ kind: 'undefined', row: 'CASP_CP64_comswappr' });
    }
  });
});

describe('alignment and the exclusive monitor', () => {
  const faults: [string, number, number][] = [
    ['ldaddh w3, w1, [x2] at +1', 0x78230041, 1],
    ['ldadd w3, w1, [x2] at +2', 0xb8230041, 2],
    ['ldadd x3, x1, [x2] at +4', 0xf8230041, 4],
    ['swp x1, x3, [x2] at +4', 0xf8218043, 4],
    ['cash w1, w3, [x2] at +1', 0x48a17c43, 1],
    ['cas x1, x3, [x2] at +4', 0xc8a17c43, 4],
    ['casp w4, w5, w6, w7, [x2] at +4', 0x08247c46, 4],
    ['casp x4, x5, x6, x7, [x2] at +8', 0x48247c46, 8],
  ];
  for (const [what, w, off] of faults) {
    it(`${what}: alignment fault, nothing written`, () => {
      const cpu = setup(0x0123456789abcdefn, 0x0123456789abcdefn);
      cpu.setX(2, BigInt(D + off));
      cpu.setX(1, 0n);
      cpu.setX(3, 0n);
      cpu.setX(4, BigInt.asUintN(64, view(cpu).getBigUint64(D - RAM_BASE + off, true)));
      runWords(cpu, [w]);
      expect(cpu.halt?.kind).toBe('fault');
      expect((cpu.halt as { message: string }).message).toContain('alignment');
      expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
      expect([peek64(cpu, D), peek64(cpu, D + 8)]).toEqual([0x0123456789abcdefn, 0x0123456789abcdefn]);
    });
  }

  it('ldaddb accepts any address', () => {
    const cpu = setup(0n);
    cpu.setX(2, BigInt(D + 3));
    cpu.setX(3, 5n);
    run(cpu, [0x38230041]); // ldaddb w3, w1, [x2]
    expect(peek64(cpu, D)).toBe(0x05000000n);
  });

  it('an atomic write to the marked granule clears the exclusive monitor; STXR then fails', () => {
    const cpu = setup(1n);
    cpu.setX(3, 1n);
    // ldxr x5, [x2]; stadd w3, [x2]; stxr w6, x5, [x2]
    run(cpu, [0xc85f7c45, 0xb823005f]);
    expect(cpu.exclusiveAddr).toBe(-1);
    run(cpu, [0xc8067c45]);
    expect(cpu.getX(6)).toBe(1n);
    expect(peek64(cpu, D)).toBe(2n);
  });

  it('an atomic write elsewhere leaves the monitor set', () => {
    const cpu = setup(1n);
    cpu.setX(3, 1n);
    cpu.setX(8, BigInt(D + 64));
    run(cpu, [0xc85f7c45, 0xb823011f]); // ldxr x5, [x2]; stadd w3, [x8]
    expect(cpu.exclusiveAddr).toBe(D);
  });
});

describe('model gating', () => {
  it('every LSE encoding is UNDEFINED on cortex-a53 and leaves state untouched', () => {
    for (const w of ALL) {
      const cpu = setup(0x55n);
      cpu.model = cpuModel('cortex-a53');
      cpu.setX(1, 0x55n);
      cpu.setX(3, 0x66n);
      runWords(cpu, [w]);
      expect(cpu.halt?.kind).toBe('undefined');
      expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
      expect(peek64(cpu, D)).toBe(0x55n);
      expect(cpu.getX(1)).toBe(0x55n);
      expect(cpu.getX(3)).toBe(0x66n);
    }
  });

  it('implemented on cortex-a55', () => {
    const cpu = setup(1n);
    cpu.model = cpuModel('cortex-a55');
    cpu.setX(3, 1n);
    run(cpu, [0xb823005f]); // stadd w3, [x2]
    expect(peek64(cpu, D)).toBe(2n);
  });
});

// ---- every encoding against qemu-aarch64 -cpu max ---------------------------------------

const haveUserQemu = (): boolean =>
  ['qemu-aarch64', 'aarch64-linux-gnu-gcc'].every((c) => {
    const r = spawnSync(c, ['--version'], { stdio: 'ignore' });
    return !r.error && r.status === 0;
  });

describe.skipIf(!haveUserQemu())('differential against qemu-aarch64 -cpu max', () => {
  it('all 168 encodings plus Rt = XZR, Rs == Rt and Rs = XZR variants, random operands', () => {
    let seed = 0x1234567;
    const next32 = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const edges = [0n, 1n, 0x7fn, 0x80n, 0xffn, 0x8000n, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x8000000000000000n, u64(-1n)];
    const rnd64 = (): bigint => {
      const r = next32() % 3;
      if (r === 0) return edges[next32() % edges.length];
      return (BigInt(next32()) << 32n) | BigInt(next32());
    };
    const words: number[] = [];
    for (const w of ALL) {
      words.push(w);
      if ((w & 0xbfa07c00) === 0x08207c00) {
        words.push((w & ~(31 << 16)) | (30 << 16)); // CASP with Rs = 30 (pairs with XZR)
      } else {
        words.push((w & ~31) | 31, (w & ~31) | 1, w | (31 << 16)); // Rt = XZR, Rt = Rs, Rs = XZR
      }
    }
    const REGS = [1, 3, 4, 5, 6, 7, 30];
    interface Case { w: number; mem: bigint[]; regs: bigint[] }
    const cases: Case[] = [];
    for (const w of words) {
      for (let k = 0; k < 4; k++) {
        const mem = [rnd64(), rnd64()];
        const regs = REGS.map(() => rnd64());
        if (k < 2) {
          // make CAS/CASP succeed (for k = 1 only at 32 bits and below)
          regs[0] = k === 0 ? mem[0] : mem[0] ^ 0xffffffff00000000n;
          regs[2] = mem[0];
          regs[3] = mem[1];
          regs[6] = mem[0];
        }
        cases.push({ w, mem, regs });
      }
    }
    const hex = (v: bigint) => '0x' + u64(v).toString(16);
    let asm = '.text\n.global _start\n_start:\n ldr x2, =buf\n ldr x20, =res\n ldr x21, =inp\n';
    cases.forEach((c, i) => {
      asm += ' ldp x8, x9, [x21], #16\n stp x8, x9, [x2]\n';
      for (const r of REGS) asm += ` ldr x${r}, [x21], #8\n`;
      asm += ` .inst 0x${(c.w >>> 0).toString(16)}\n`;
      for (const r of REGS) asm += ` str x${r}, [x20], #8\n`;
      asm += ' ldp x8, x9, [x2]\n stp x8, x9, [x20], #16\n';
      if (i % 500 === 499) asm += ' b 1f\n .ltorg\n1:\n';
    });
    asm += ` mov x0, #1\n ldr x1, =res\n ldr x2, =${cases.length * 72}\n mov x8, #64\n svc #0\n mov x0, #0\n mov x8, #93\n svc #0\n .ltorg\n`;
    asm += '.data\n.balign 16\nbuf: .quad 0, 0\ninp:\n';
    for (const c of cases) asm += ` .quad ${[...c.mem, ...c.regs].map(hex).join(', ')}\n`;
    asm += `.bss\n.balign 16\nres: .skip ${cases.length * 72}\n`;
    const dir = mkdtempSync(join(tmpdir(), 'zvm-lse-'));
    let ref: Buffer;
    try {
      writeFileSync(join(dir, 't.S'), asm);
      execFileSync('aarch64-linux-gnu-gcc', ['-march=armv8.1-a', '-static', '-nostdlib', '-o', join(dir, 't'), join(dir, 't.S')]);
      ref = execFileSync('qemu-aarch64', ['-cpu', 'max', join(dir, 't')], { maxBuffer: 1 << 26 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(ref.length).toBe(cases.length * 72);
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      const cpu = setup(c.mem[0], c.mem[1]);
      REGS.forEach((r, j) => cpu.setX(r, c.regs[j]));
      runWords(cpu, [c.w]);
      const got = [...REGS.map((r) => cpu.getX(r)), peek64(cpu, D), peek64(cpu, D + 8)];
      const want = got.map((_, j) => ref.readBigUInt64LE(i * 72 + j * 8));
      if (cpu.halt !== null || got.some((g, j) => g !== want[j])) {
        mismatches.push(`${(c.w >>> 0).toString(16)} ${a64Decoder().nameOf(c.w)} in ${[...c.mem, ...c.regs].map(hex)}: got ${got.map(hex)} want ${want.map(hex)}`);
      }
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
