// Stage-1 and stage-2 translation table walks against tables built in a plain buffer:
// every granule, several VA sizes, TTBR0/TTBR1, blocks and pages at each level, each fault
// kind at each level, permissions, stage 2 alone (incl. ZVM's VTCR_EL2 and concatenated
// starting tables) and two-stage walks with S1PTW faults.

import { describe, expect, it } from 'vitest';
import { PageTableBuilder, s1Attrs, s2Attrs, tableAttrs, type Geometry } from '../../src/machine/mmu/builder.ts';
import { FaultKind, faultStatusCode, hpfarValue } from '../../src/machine/mmu/fault.ts';
import { BufferDescriptorReader } from '../../src/machine/mmu/readers.ts';
import {
  accessNeed,
  PERM_R0,
  PERM_R1,
  PERM_R1_PAN,
  PERM_W0,
  PERM_W1,
  PERM_W1_PAN,
  PERM_X0,
  PERM_X1,
  REGIME_EL10,
  REGIME_EL2,
  REGIME_EL20,
  S1Params,
  S2Params,
  translate,
  walkStage2,
  WalkResult,
  type Regime,
} from '../../src/machine/mmu/walk.ts';

const BASE = 0x4000_0000;
const SIZE = 0x200_0000;
const MAIR_LO = 0x044400ff; // Attr0 Normal WB, Attr1 Device-nGnRnE, Attr2 Normal NC, Attr3 Device-nGnRE

type Gran = 4 | 16 | 64;
const GS: Record<Gran, number> = { 4: 12, 16: 14, 64: 16 };
const TG0: Record<Gran, number> = { 4: 0, 64: 1, 16: 2 };
const TG1: Record<Gran, number> = { 16: 1, 4: 2, 64: 3 };

interface TcrOpts {
  t0sz?: number;
  t1sz?: number;
  tg0?: Gran;
  tg1?: Gran;
  ips?: number;
  epd0?: boolean;
  epd1?: boolean;
  tbi0?: boolean;
  tbi1?: boolean;
  a1?: boolean;
  as16?: boolean;
  hpd0?: boolean;
}

function tcr(o: TcrOpts): [number, number] {
  const lo =
    (o.t0sz ?? 16) |
    (o.epd0 ? 1 << 7 : 0) |
    (TG0[o.tg0 ?? 4] << 14) |
    ((o.t1sz ?? 16) << 16) |
    (o.a1 ? 1 << 22 : 0) |
    (o.epd1 ? 1 << 23 : 0) |
    (TG1[o.tg1 ?? 4] << 30);
  const hi = (o.ips ?? 5) | (o.as16 ? 1 << 4 : 0) | (o.tbi0 ? 1 << 5 : 0) | (o.tbi1 ? 1 << 6 : 0) | (o.hpd0 ? 1 << 9 : 0);
  return [lo | 0, hi];
}

function geometry(gran: Gran, inputSize: number): Geometry {
  const gs = GS[gran];
  const stride = gs - 3;
  const start = 4 - Math.ceil((inputSize - gs) / stride);
  return { gs, startLevel: start, startBits: inputSize - (gs + (3 - start) * stride) };
}

const lohi = (v: bigint): [number, number] => [Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n))];

interface S1Setup {
  p: S1Params;
  s2: S2Params;
  b: PageTableBuilder;
  rd: BufferDescriptorReader;
  root0: number;
  root1: number;
  g0: Geometry;
  g1: Geometry;
  r: WalkResult;
  mem: Uint8Array;
}

function setupS1(o: TcrOpts & { sctlr?: number; asid0?: number; asid1?: number; regime?: Regime; hpds?: boolean } = {}): S1Setup {
  const mem = new Uint8Array(SIZE);
  const b = new PageTableBuilder(mem, BASE, BASE);
  const g0 = geometry(o.tg0 ?? 4, 64 - (o.t0sz ?? 16));
  const g1 = geometry(o.tg1 ?? 4, 64 - (o.t1sz ?? 16));
  const root0 = b.root(g0);
  const root1 = b.root(g1);
  const [tlo, thi] = tcr(o);
  const p = new S1Params().load(
    o.regime ?? REGIME_EL10,
    o.sctlr ?? 1,
    tlo,
    thi,
    root0,
    (o.asid0 ?? 0) << 16,
    root1,
    (o.asid1 ?? 0) << 16,
    MAIR_LO,
    0,
    48,
    o.hpds ?? false,
  );
  return { p, s2: new S2Params(), b, rd: new BufferDescriptorReader(mem, BASE), root0, root1, g0, g1, r: new WalkResult(), mem };
}

function tr(s: S1Setup, va: bigint, need = PERM_R1): boolean {
  const [lo, hi] = lohi(va);
  return translate(s.p, s.s2, lo, hi, need, s.rd, s.r);
}

function expectFault(s: S1Setup, kind: number, level: number, stage = 1) {
  expect({ kind: s.r.fault.kind, level: s.r.fault.level, stage: s.r.fault.stage }).toEqual({ kind, level, stage });
}

describe('stage 1: granules, VA sizes, start levels', () => {
  const cases: [Gran, number, number][] = [
    [4, 48, 0],
    [4, 39, 1],
    [4, 30, 2],
    [4, 25, 2],
    [16, 48, 0],
    [16, 47, 1],
    [16, 36, 2],
    [16, 25, 3],
    [64, 48, 1],
    [64, 42, 2],
    [64, 29, 3],
  ];
  for (const [gran, bits, start] of cases) {
    it(`${gran}K granule, ${bits}-bit VA starts at level ${start} and maps pages at level 3`, () => {
      const s = setupS1({ tg0: gran, t0sz: 64 - bits, tg1: gran, t1sz: 64 - bits });
      expect(s.p.startLevel[0]).toBe(start);
      expect(s.p.inputSize[0]).toBe(bits);
      const gs = GS[gran];
      // A page near the top of the TTBR0 range and one in the TTBR1 range.
      const va0 = 2 ** bits - 2 ** gs * 3 + 0x18;
      const page0 = va0 - (va0 % 2 ** gs);
      s.b.map(s.root0, s.g0, page0, 3, BASE + 0x100_0000, s1Attrs());
      s.rd.reads = 0;
      expect(tr(s, BigInt(va0))).toBe(true);
      expect(s.r.pa).toBe(BASE + 0x100_0000 + 0x18);
      expect(s.r.level).toBe(3);
      expect(s.r.blockShift).toBe(gs);
      expect(s.rd.reads).toBe(4 - start);
      const va1 = (1n << 64n) - (1n << BigInt(bits)) + BigInt(2 ** gs * 5 + 0x20);
      s.b.map(s.root1, s.g1, 2 ** gs * 5, 3, BASE + 0x180_0000, s1Attrs());
      expect(tr(s, va1)).toBe(true);
      expect(s.r.pa).toBe(BASE + 0x180_0000 + 0x20);
    });
  }

  const blocks: [Gran, number, number][] = [
    [4, 1, 30],
    [4, 2, 21],
    [16, 2, 25],
    [64, 2, 29],
  ];
  for (const [gran, level, shift] of blocks) {
    it(`${gran}K granule block at level ${level} (2^${shift} bytes)`, () => {
      const s = setupS1({ tg0: gran, t0sz: 16 });
      const ia = 2 ** shift * 3;
      const oa = 2 ** shift * 5;
      s.b.map(s.root0, s.g0, ia, level, oa, s1Attrs());
      expect(tr(s, BigInt(ia + 0x12345 % 2 ** shift))).toBe(true);
      expect(s.r.pa).toBe(oa + (0x12345 % 2 ** shift));
      expect(s.r.level).toBe(level);
      expect(s.r.blockShift).toBe(shift);
    });
  }

  const badBlocks: [Gran, number][] = [
    [4, 0],
    [16, 0],
    [16, 1],
    [64, 1],
  ];
  for (const [gran, level] of badBlocks) {
    it(`${gran}K granule: a block descriptor at level ${level} is a translation fault`, () => {
      const s = setupS1({ tg0: gran, t0sz: 16 });
      const at = s.b.slot(s.root0, s.g0, 0x1000, level);
      s.b.write64(at, 0x4000_0000n | s1Attrs() | 1n);
      expect(tr(s, 0x1000n)).toBe(false);
      expectFault(s, FaultKind.TRANSLATION, level);
    });
  }

  it('a block-type descriptor (0b01) at level 3 is a translation fault at level 3', () => {
    const s = setupS1({});
    s.b.write64(s.b.slot(s.root0, s.g0, 0x5000, 3), 0x4000_0000n | s1Attrs() | 1n);
    expect(tr(s, 0x5000n)).toBe(false);
    expectFault(s, FaultKind.TRANSLATION, 3);
    expect(faultStatusCode(s.r.fault)).toBe(0b000111);
  });
});

describe('stage 1: VA ranges, TTBR selection, EPD, TBI', () => {
  it('selects TTBR1 by the top bits and faults outside both ranges at level 0', () => {
    const s = setupS1({ t0sz: 25, t1sz: 25 });
    s.b.map(s.root0, s.g0, 0x40_0000, 2, 0x4000_0000, s1Attrs());
    s.b.map(s.root1, s.g1, 0x40_0000, 2, 0x5000_0000, s1Attrs());
    expect(tr(s, 0x40_0010n)).toBe(true);
    expect(s.r.pa).toBe(0x4000_0010);
    expect(tr(s, 0xffff_ff80_0040_0010n)).toBe(true);
    expect(s.r.pa).toBe(0x5000_0010);
    for (const va of [0x80_0000_0000n, 0xffff_ff00_0040_0010n, 0x8000_0000_0040_0010n, 0x0100_0000_0040_0010n]) {
      expect(tr(s, va)).toBe(false);
      expectFault(s, FaultKind.TRANSLATION, 0);
    }
  });

  it('EPD0 and EPD1 disable walks with a level 0 translation fault', () => {
    const s = setupS1({ epd0: true, epd1: true });
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4000_0000, s1Attrs());
    s.rd.reads = 0;
    expect(tr(s, 0x1000n)).toBe(false);
    expectFault(s, FaultKind.TRANSLATION, 0);
    expect(tr(s, 0xffff_0000_0000_1000n)).toBe(false);
    expectFault(s, FaultKind.TRANSLATION, 0);
    expect(s.rd.reads).toBe(0);
  });

  it('TBI0 ignores the top byte of TTBR0 addresses; without it the address is out of range', () => {
    const s = setupS1({ tbi0: true });
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4000_0000, s1Attrs());
    expect(tr(s, 0xab00_0000_0000_1008n)).toBe(true);
    expect(s.r.pa).toBe(0x4000_0008);
    const t = setupS1({});
    t.b.map(t.root0, t.g0, 0x1000, 3, 0x4000_0000, s1Attrs());
    expect(tr(t, 0xab00_0000_0000_1008n)).toBe(false);
    expectFault(t, FaultKind.TRANSLATION, 0);
  });

  it('TTBR1 with 64K granule and TTBR0 with 4K granule in one regime', () => {
    const s = setupS1({ tg0: 4, t0sz: 25, tg1: 64, t1sz: 22 });
    expect(s.p.granuleShift[1]).toBe(16);
    s.b.map(s.root1, s.g1, 0x3_0000, 3, 0x7000_0000, s1Attrs());
    expect(tr(s, 0xffff_fc00_0003_0123n)).toBe(true);
    expect(s.r.pa).toBe(0x7000_0123);
  });
});

describe('stage 1: faults at each level', () => {
  for (const level of [0, 1, 2, 3]) {
    it(`invalid descriptor at level ${level}: translation fault, DFSC 0b0001${level.toString(2).padStart(2, '0')}`, () => {
      const s = setupS1({});
      // Build the path to level 3, then invalidate the descriptor at `level`.
      s.b.map(s.root0, s.g0, 0x8000_0000, 3, 0x4000_0000, s1Attrs());
      s.b.write64(s.b.slot(s.root0, s.g0, 0x8000_0000, level), 0n);
      expect(tr(s, 0x8000_0000n)).toBe(false);
      expectFault(s, FaultKind.TRANSLATION, level);
      expect(faultStatusCode(s.r.fault)).toBe(0b000100 | level);
    });

    it(`address size fault at level ${level} (IPS = 32 bits)`, () => {
      const s = setupS1({ ips: 0 });
      s.b.map(s.root0, s.g0, 0x8000_0000, 3, 0x4000_0000, s1Attrs());
      const at = s.b.slot(s.root0, s.g0, 0x8000_0000, level);
      // Point the table (levels 0-2) or the page (level 3) above 4 GiB.
      s.b.write64(at, s.b.read64(at) | 0x1_0000_0000n);
      expect(tr(s, 0x8000_0000n)).toBe(false);
      expectFault(s, FaultKind.ADDRESS_SIZE, level);
      expect(faultStatusCode(s.r.fault)).toBe(level);
    });

    it(`synchronous external abort on the walk at level ${level}`, () => {
      const s = setupS1({});
      s.b.map(s.root0, s.g0, 0x8000_0000, 3, 0x4000_0000, s1Attrs());
      if (level === 0) s.p.base[0] = 0x1000_0000; // TTBR0 pointing at nothing
      else {
        const at = s.b.slot(s.root0, s.g0, 0x8000_0000, level - 1);
        s.b.write64(at, 0x2000_0000n | 3n); // table at an address with nothing behind it
      }
      expect(tr(s, 0x8000_0000n)).toBe(false);
      expectFault(s, FaultKind.EXTERNAL_WALK, level);
      expect(faultStatusCode(s.r.fault)).toBe(0b010100 | level);
    });
  }

  it('TTBR above the output size: address size fault at level 0', () => {
    const s = setupS1({ ips: 0 });
    s.p.base[0] = 0x1_0000_0000;
    expect(tr(s, 0x1000n)).toBe(false);
    expectFault(s, FaultKind.ADDRESS_SIZE, 0);
  });

  for (const level of [1, 2, 3]) {
    it(`access flag fault at level ${level} (AF = 0), before any permission check`, () => {
      const s = setupS1({});
      s.b.map(s.root0, s.g0, 0x4000_0000, level, 0x4000_0000, s1Attrs({ af: false, ap: 0 }));
      // EL0 write to a privileged page with AF = 0: the AF fault wins.
      expect(tr(s, 0x4000_0000n, PERM_W0)).toBe(false);
      expectFault(s, FaultKind.ACCESS_FLAG, level);
      expect(faultStatusCode(s.r.fault)).toBe(0b001000 | level);
    });

    it(`permission fault at level ${level}`, () => {
      const s = setupS1({});
      s.b.map(s.root0, s.g0, 0x4000_0000, level, 0x4000_0000, s1Attrs({ ap: 2 }));
      expect(tr(s, 0x4000_0000n, PERM_R1)).toBe(true);
      expect(tr(s, 0x4000_0000n, PERM_W1)).toBe(false);
      expectFault(s, FaultKind.PERMISSION, level);
      expect(faultStatusCode(s.r.fault)).toBe(0b001100 | level);
    });
  }

  it('64K granule: descriptor bits [15:12] set are an address size fault without 52-bit PAs', () => {
    const s = setupS1({ tg0: 64, t0sz: 22 });
    s.b.map(s.root0, s.g0, 0x1_0000, 3, 0x4000_0000, s1Attrs());
    const at = s.b.slot(s.root0, s.g0, 0x1_0000, 3);
    s.b.write64(at, s.b.read64(at) | 0x1000n);
    expect(tr(s, 0x1_0000n)).toBe(false);
    expectFault(s, FaultKind.ADDRESS_SIZE, 3);
  });
});

describe('stage 1: permissions and attributes', () => {
  // AP[2:1] -> [EL0 r, EL0 w, EL1 r, EL1 w]
  const table: [number, boolean, boolean, boolean, boolean][] = [
    [0, false, false, true, true],
    [1, true, true, true, true],
    [2, false, false, true, false],
    [3, true, false, true, false],
  ];
  for (const [ap, r0, w0, r1, w1] of table) {
    it(`AP = 0b${ap.toString(2).padStart(2, '0')}`, () => {
      const s = setupS1({});
      s.b.map(s.root0, s.g0, 0x10_0000, 3, 0x4000_0000, s1Attrs({ ap }));
      expect(tr(s, 0x10_0000n, PERM_R0)).toBe(r0);
      expect(tr(s, 0x10_0000n, PERM_W0)).toBe(w0);
      expect(tr(s, 0x10_0000n, PERM_R1)).toBe(r1);
      expect(tr(s, 0x10_0000n, PERM_W1)).toBe(w1);
      // PAN: privileged data access to EL0-accessible memory is denied.
      expect(tr(s, 0x10_0000n, PERM_R1_PAN)).toBe(r1 && !r0);
      expect(tr(s, 0x10_0000n, PERM_W1_PAN)).toBe(w1 && !r0);
      // EL0-writable memory is never privileged-executable.
      expect(tr(s, 0x10_0000n, PERM_X1)).toBe(!w0);
      expect(tr(s, 0x10_0000n, PERM_X0)).toBe(true);
    });
  }

  it('accessNeed picks the bit for each access', () => {
    expect(accessNeed(false, false, false, false)).toBe(PERM_R1);
    expect(accessNeed(true, false, false, true)).toBe(PERM_W1_PAN);
    expect(accessNeed(true, false, true, true)).toBe(PERM_W0);
    expect(accessNeed(false, true, true, false)).toBe(PERM_X0);
    expect(accessNeed(false, true, false, true)).toBe(PERM_X1);
  });

  it('UXN, PXN and WXN', () => {
    const s = setupS1({});
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4000_0000, s1Attrs({ ap: 1, uxn: true }));
    s.b.map(s.root0, s.g0, 0x2000, 3, 0x4000_0000, s1Attrs({ ap: 3, pxn: true }));
    s.b.map(s.root0, s.g0, 0x3000, 3, 0x4000_0000, s1Attrs({ ap: 0 }));
    expect(tr(s, 0x1000n, PERM_X0)).toBe(false);
    expect(tr(s, 0x1000n, PERM_X1)).toBe(false); // EL0-writable
    expect(tr(s, 0x2000n, PERM_X0)).toBe(true);
    expect(tr(s, 0x2000n, PERM_X1)).toBe(false);
    expect(tr(s, 0x3000n, PERM_X1)).toBe(true);
    const w = setupS1({ sctlr: 1 | (1 << 19) });
    w.b.map(w.root0, w.g0, 0x3000, 3, 0x4000_0000, s1Attrs({ ap: 0 }));
    w.b.map(w.root0, w.g0, 0x4000, 3, 0x4000_0000, s1Attrs({ ap: 2 }));
    expect(tr(w, 0x3000n, PERM_X1)).toBe(false);
    expect(tr(w, 0x4000n, PERM_X1)).toBe(true);
  });

  it('hierarchical APTable/UXNTable/PXNTable, and HPD disabling them', () => {
    for (const hpd of [false, true]) {
      const s = setupS1({ hpd0: hpd, hpds: true });
      s.b.map(s.root0, s.g0, 0x20_0000, 3, 0x4000_0000, s1Attrs({ ap: 1 }), tableAttrs({ apTable: 1 }));
      s.b.map(s.root0, s.g0, 0x80_0000_0000, 3, 0x4000_0000, s1Attrs({ ap: 1 }), tableAttrs({ apTable: 2, uxnTable: true, pxnTable: true }));
      expect(tr(s, 0x20_0000n, PERM_R0)).toBe(hpd);
      expect(tr(s, 0x20_0000n, PERM_W1)).toBe(true);
      expect(tr(s, 0x80_0000_0000n, PERM_R0)).toBe(true);
      expect(tr(s, 0x80_0000_0000n, PERM_W0)).toBe(hpd);
      expect(tr(s, 0x80_0000_0000n, PERM_W1)).toBe(hpd);
      expect(tr(s, 0x80_0000_0000n, PERM_X0)).toBe(hpd);
      expect(tr(s, 0x80_0000_0000n, PERM_X1)).toBe(false); // PXNTable, or EL0-writable (implicit PXN)
    }
  });

  it('records the MAIR attribute, shareability, nG and the ASID', () => {
    const s = setupS1({ asid0: 0x42, asid1: 0x99 });
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4000_0000, s1Attrs({ attrIndx: 0, sh: 3, ng: true }));
    s.b.map(s.root0, s.g0, 0x2000, 3, 0x0900_0000, s1Attrs({ attrIndx: 1 }));
    s.b.map(s.root0, s.g0, 0x3000, 3, 0x4000_0000, s1Attrs({ attrIndx: 2, sh: 3 }));
    expect(tr(s, 0x1000n)).toBe(true);
    expect([s.r.attr, s.r.sh, s.r.global, s.r.asid]).toEqual([0xff, 3, false, 0x42]);
    expect(tr(s, 0x2000n)).toBe(true);
    expect([s.r.attr, s.r.sh, s.r.global]).toEqual([0x00, 2, true]);
    expect(tr(s, 0x3000n)).toBe(true);
    expect([s.r.attr, s.r.sh]).toEqual([0x44, 2]);
    // TCR.A1 selects TTBR1's ASID; AS = 0 keeps 8 bits.
    const t = setupS1({ a1: true, asid0: 0x42, asid1: 0x1299 });
    expect(t.p.asid).toBe(0x99);
    expect(setupS1({ a1: true, as16: true, asid1: 0x1299 }).p.asid).toBe(0x1299);
  });

  it('stage 1 disabled: VA = PA, data accesses Device-nGnRnE, VA beyond PA size faults', () => {
    const s = setupS1({ sctlr: 0 });
    expect(tr(s, 0x4000_1234n, PERM_W0)).toBe(true);
    expect([s.r.pa, s.r.attr, s.r.global]).toEqual([0x4000_1234, 0, true]);
    expect(tr(s, 0x1_0000_0000_0000n)).toBe(false);
    expectFault(s, FaultKind.ADDRESS_SIZE, 0);
  });
});

describe('stage 1: EL2 regimes', () => {
  it('EL2 (E2H = 0): TCR_EL2 layout, one range, one privilege level, no ASIDs', () => {
    const mem = new Uint8Array(SIZE);
    const b = new PageTableBuilder(mem, BASE, BASE);
    const g = geometry(4, 39);
    const root = b.root(g);
    b.map(root, g, 0x4000_0000, 2, 0x4000_0000, s1Attrs({ ap: 1, ng: true }));
    b.map(root, g, 0x4020_0000, 2, 0x4020_0000, s1Attrs({ ap: 2, uxn: true }));
    // T0SZ 25, TG0 4K, PS 40 bits, TBI.
    const tcrEl2 = 25 | (2 << 16) | (1 << 20) | (1 << 31) | (1 << 23);
    const p = new S1Params().load(REGIME_EL2, 1, tcrEl2, 0, root, 0x55 << 16, 0, 0, MAIR_LO, 0);
    const s: S1Setup = { p, s2: new S2Params(), b, rd: new BufferDescriptorReader(mem, BASE), root0: root, root1: 0, g0: g, g1: g, r: new WalkResult(), mem };
    expect(tr(s, 0x4000_0010n, PERM_W1)).toBe(true);
    expect([s.r.global, s.r.perm & (PERM_R0 | PERM_W0 | PERM_X0)]).toEqual([true, 0]);
    expect(tr(s, 0x4020_0010n, PERM_W1)).toBe(false);
    expect(tr(s, 0x4020_0010n, PERM_X1)).toBe(false);
    expect(tr(s, 0x5a00_0000_4000_0010n)).toBe(true); // TBI
    expect(tr(s, 0xffff_ffff_c000_0000n)).toBe(false); // no TTBR1 range
    expectFault(s, FaultKind.TRANSLATION, 0);
  });

  it('EL2&0 (E2H = 1): TCR_EL1 layout, TTBR1_EL2, ASIDs', () => {
    const s = setupS1({ regime: REGIME_EL20, t0sz: 16, t1sz: 16, asid0: 7 });
    s.b.map(s.root1, s.g1, 0x8000_0000, 2, 0x4000_0000, s1Attrs({ ap: 0 }));
    s.b.map(s.root0, s.g0, 0x40_0000, 3, 0x4100_0000, s1Attrs({ ap: 1, ng: true }));
    expect(tr(s, 0xffff_0000_8000_0010n, PERM_W1)).toBe(true);
    expect(s.r.pa).toBe(0x4000_0010);
    expect(tr(s, 0x40_0010n, PERM_W0)).toBe(true);
    expect([s.r.global, s.r.asid]).toEqual([false, 7]);
  });
});

// ---- stage 2 -----------------------------------------------------------------------------

interface S2Setup {
  s2: S2Params;
  b: PageTableBuilder;
  rd: BufferDescriptorReader;
  root: number;
  g: Geometry;
  r: WalkResult;
  mem: Uint8Array;
}

function vtcr(o: { t0sz: number; sl0: number; tg0?: Gran; ps?: number }): number {
  return (o.t0sz | (o.sl0 << 6) | (TG0[o.tg0 ?? 4] << 14) | ((o.ps ?? 5) << 16) | (1 << 31)) | 0;
}

function s2Geometry(gran: Gran, t0sz: number, sl0: number): Geometry {
  const gs = GS[gran];
  const start = gs === 12 ? 2 - sl0 : 3 - sl0;
  return { gs, startLevel: start, startBits: 64 - t0sz - (gs + (3 - start) * (gs - 3)) };
}

function setupS2(vtcrValue: number, g: Geometry, vmid = 0, mem = new Uint8Array(SIZE), allocFrom = BASE): S2Setup {
  const b = new PageTableBuilder(mem, BASE, allocFrom);
  const root = b.root(g);
  const s2 = new S2Params().load(true, vtcrValue, root, vmid << 16);
  return { s2, b, rd: new BufferDescriptorReader(mem, BASE), root, g, r: new WalkResult(), mem };
}

function w2(s: S2Setup, ipa: number, need = PERM_R1): boolean {
  s.r.fault.clear();
  return walkStage2(s.s2, ipa, need, s.rd, s.r);
}

describe('stage 2', () => {
  it("ZVM's VTCR_EL2 = 0x8000_3560: 4K granule, 32-bit IPA, start level 1 with 4 entries", () => {
    const v = 0x8000_3560 | 0;
    const g = s2Geometry(4, 32, 1);
    expect(g).toEqual({ gs: 12, startLevel: 1, startBits: 2 });
    const s = setupS2(v, g);
    expect([s.s2.inputSize, s.s2.startLevel, s.s2.startBits, s.s2.validStart, s.s2.outputBits]).toEqual([32, 1, 2, true, 32]);
    // Guest RAM 0x4000_0000 -> host 0x8000_0000 with 2 MiB blocks; UART page with AF = 0 (MMIO emulation).
    for (let i = 0; i < 4; i++) s.b.map(s.root, g, 0x4000_0000 + i * 0x20_0000, 2, 0x8000_0000 + i * 0x20_0000, s2Attrs());
    s.b.map(s.root, g, 0x0900_0000, 3, 0x0900_0000, s2Attrs({ memAttr: 0, af: false }));
    s.rd.reads = 0;
    expect(w2(s, 0x4012_3456)).toBe(true);
    expect([s.r.s2pa, s.r.s2Level, s.r.s2BlockShift, s.r.s2attr]).toEqual([0x8012_3456, 2, 21, 0xff]);
    expect(s.rd.reads).toBe(2);
    // The MMIO window: stage-2 AF fault at level 3 even for a write that S2AP would allow or not.
    expect(w2(s, 0x0900_0018, PERM_W1)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level, s.r.fault.stage, s.r.fault.ipa]).toEqual([FaultKind.ACCESS_FLAG, 3, 2, 0x0900_0018]);
    expect(faultStatusCode(s.r.fault)).toBe(0b001011);
    expect(hpfarValue(s.r.fault)).toBe(0x09000 << 4);
    // Unmapped IPA in range: translation fault at level 1 (empty level-1 entry) / level 2.
    expect(w2(s, 0xc000_0000)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level]).toEqual([FaultKind.TRANSLATION, 1]);
    expect(w2(s, 0x5000_0000)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level]).toEqual([FaultKind.TRANSLATION, 2]);
    // IPA beyond 32 bits: level 0 translation fault.
    expect(w2(s, 0x1_0000_0000)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level]).toEqual([FaultKind.TRANSLATION, 0]);
  });

  it('AF fault takes priority over a permission fault', () => {
    const g = s2Geometry(4, 32, 1);
    const s = setupS2(0x8000_3560 | 0, g);
    s.b.map(s.root, g, 0x0900_0000, 3, 0x0900_0000, s2Attrs({ s2ap: 0, af: false }));
    expect(w2(s, 0x0900_0000, PERM_W1)).toBe(false);
    expect(s.r.fault.kind).toBe(FaultKind.ACCESS_FLAG);
  });

  it('S2AP and XN permissions, MemAttr', () => {
    const g = s2Geometry(4, 32, 1);
    const s = setupS2(0x8000_3560 | 0, g);
    s.b.map(s.root, g, 0x1000, 3, 0x4000_0000, s2Attrs({ s2ap: 0 }));
    s.b.map(s.root, g, 0x2000, 3, 0x4000_0000, s2Attrs({ s2ap: 1, xn: true }));
    s.b.map(s.root, g, 0x3000, 3, 0x4000_0000, s2Attrs({ s2ap: 2, memAttr: 1 }));
    const can = (ipa: number, need: number) => w2(s, ipa, need);
    expect([can(0x1000, PERM_R1), can(0x1000, PERM_W0), can(0x1000, PERM_X1)]).toEqual([false, false, true]);
    expect([can(0x2000, PERM_R0), can(0x2000, PERM_W1), can(0x2000, PERM_X0), can(0x2000, PERM_X1)]).toEqual([true, false, false, false]);
    expect(s.r.fault.kind).toBe(FaultKind.PERMISSION);
    expect([can(0x3000, PERM_R1), can(0x3000, PERM_W1_PAN)]).toEqual([false, true]);
    expect(s.r.s2attr).toBe(0x04); // Device-nGnRE
  });

  it('concatenated level-1 tables: T0SZ = 24 (40-bit IPA), SL0 = 1 -> two tables', () => {
    const g = s2Geometry(4, 24, 1);
    expect(g.startBits).toBe(10);
    const s = setupS2(vtcr({ t0sz: 24, sl0: 1 }), g);
    expect(s.s2.base % 8192).toBe(0);
    s.b.map(s.root, g, 0x80_4000_0000, 2, 0x4060_0000, s2Attrs());
    s.b.map(s.root, g, 0x00_4000_0000, 1, 0x4000_0000, s2Attrs());
    expect(w2(s, 0x80_4000_1234)).toBe(true);
    expect(s.r.s2pa).toBe(0x4060_1234);
    expect(w2(s, 0x4000_1234)).toBe(true);
    expect([s.r.s2pa, s.r.s2Level]).toEqual([0x4000_1234, 1]);
    // The second table really is the second 4 KiB page of the root.
    expect(s.b.slot(s.root, g, 0x80_4000_0000, 1) - s.root).toBe(0x1000 + 8 * 1);
  });

  it('concatenated level-2 tables: T0SZ = 32, SL0 = 0 -> four tables', () => {
    const g = s2Geometry(4, 32, 0);
    expect(g).toEqual({ gs: 12, startLevel: 2, startBits: 11 });
    const s = setupS2(vtcr({ t0sz: 32, sl0: 0 }), g);
    s.b.map(s.root, g, 0xc020_0000, 2, 0x4020_0000, s2Attrs());
    expect(w2(s, 0xc020_0042)).toBe(true);
    expect(s.r.s2pa).toBe(0x4020_0042);
    expect(s.b.slot(s.root, g, 0xc020_0000, 2) - s.root).toBe(0x3000 + 8);
  });

  it('16K and 64K granules', () => {
    const g16 = s2Geometry(16, 24, 1); // start level 2, 40 - 36 = 4 extra bits -> 2^15 entries? no: 40-(14+11) = 15 bits
    expect(g16).toEqual({ gs: 14, startLevel: 2, startBits: 15 });
    const s16 = setupS2(vtcr({ t0sz: 24, sl0: 1, tg0: 16 }), g16);
    s16.b.map(s16.root, g16, 0x12_3456_0000, 3, 0x4100_0000, s2Attrs());
    expect(w2(s16, 0x12_3456_0abc)).toBe(true);
    expect(s16.r.s2pa).toBe(0x4100_0abc + (0x12_3456_0000 % 0x4000));
    const g64 = s2Geometry(64, 24, 1);
    expect(g64).toEqual({ gs: 16, startLevel: 2, startBits: 11 });
    const s64 = setupS2(vtcr({ t0sz: 24, sl0: 1, tg0: 64 }), g64);
    s64.b.map(s64.root, g64, 0x40_2000_0000, 2, 0x2000_0000, s2Attrs());
    expect(w2(s64, 0x40_2000_0abc)).toBe(true);
    expect([s64.r.s2pa, s64.r.s2BlockShift]).toEqual([0x2000_0abc, 29]);
  });

  it('an invalid starting level is a level 0 translation fault', () => {
    // 4K, 32-bit IPA, SL0 = 2 (start level 0): too few bits at level 0.
    const s = new S2Params().load(true, vtcr({ t0sz: 32, sl0: 2 }), BASE, 0);
    expect(s.validStart).toBe(false);
    const r = new WalkResult();
    expect(walkStage2(s, 0x1000, PERM_R1, new BufferDescriptorReader(new Uint8Array(16), 0), r)).toBe(false);
    expect([r.fault.kind, r.fault.level, r.fault.stage]).toEqual([FaultKind.TRANSLATION, 0, 2]);
    // SL0 = 3 is reserved.
    expect(new S2Params().load(true, vtcr({ t0sz: 24, sl0: 3 }), BASE, 0).validStart).toBe(false);
    // 4K, 40-bit IPA from level 2 would need 64 level-2 tables (> 16).
    expect(new S2Params().load(true, vtcr({ t0sz: 24, sl0: 0 }), BASE, 0).validStart).toBe(false);
  });

  it('output address beyond VTCR_EL2.PS: stage-2 address size fault', () => {
    const g = s2Geometry(4, 32, 1);
    const s = setupS2(0x8000_3560 | 0, g); // PS = 0: 32-bit PAs
    s.b.map(s.root, g, 0x1000, 3, 0x1_0000_0000, s2Attrs());
    expect(w2(s, 0x1000)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level, s.r.fault.stage]).toEqual([FaultKind.ADDRESS_SIZE, 3, 2]);
  });

  it('VMID from VTTBR_EL2 (8 bits unless VTCR_EL2.VS)', () => {
    expect(new S2Params().load(true, 0x8000_3560 | 0, 0, 0x1234 << 16).vmid).toBe(0x34);
    expect(new S2Params().load(true, (0x8000_3560 | (1 << 19)) | 0, 0, 0x1234 << 16).vmid).toBe(0x1234);
  });
});

// ---- two stages ------------------------------------------------------------------------------

/** Guest IPA space 0x4000_0000.. maps to host PA IPA + 0x40_0000 (4 MiB) via stage 2 pages. */
const DELTA = 0x40_0000;

function setupTwoStage(): { s: S1Setup; t: S2Setup } {
  const mem = new Uint8Array(SIZE);
  // Stage-2 tables at the top of the buffer, stage-1 tables in guest IPA space.
  const g2 = s2Geometry(4, 32, 1);
  const t = setupS2(0x8000_3560 | 0, g2, 5, mem, BASE + 0x1e0_0000);
  const s1b = new PageTableBuilder(mem, BASE, 0x4000_0000, (ipa) => ipa + DELTA);
  // Map guest IPA 0x4000_0000..0x4100_0000 (16 MiB) page by page... with 2 MiB blocks.
  for (let i = 0; i < 8; i++) t.b.map(t.root, g2, 0x4000_0000 + i * 0x20_0000, 2, 0x4000_0000 + DELTA + i * 0x20_0000, s2Attrs());
  const g0 = geometry(4, 39);
  const root0 = s1b.root(g0);
  const [tlo, thi] = tcr({ t0sz: 25, t1sz: 25, ips: 2 });
  const p = new S1Params().load(REGIME_EL10, 1, tlo, thi, root0, 3 << 16, 0, 0, MAIR_LO, 0);
  const s: S1Setup = { p, s2: t.s2, b: s1b, rd: t.rd, root0, root1: 0, g0, g1: g0, r: new WalkResult(), mem };
  return { s, t };
}

describe('two-stage translation', () => {
  it('stage-1 descriptors are fetched through stage 2, then the IPA goes through stage 2', () => {
    const { s, t } = setupTwoStage();
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4080_0000, s1Attrs({ ap: 1 }));
    t.rd.reads = 0;
    expect(tr(s, 0x1234n, PERM_W0)).toBe(true);
    expect([s.r.ipa, s.r.pa, s.r.twoStage, s.r.level, s.r.s2Level]).toEqual([0x4080_0234, 0x4080_0234 + DELTA, true, 3, 2]);
    // 3 stage-1 descriptors, each after a 2-level stage-2 walk, then the final 2-level walk.
    expect(t.rd.reads).toBe(3 * 3 + 2);
    expect(s.r.pageShift).toBe(12);
  });

  it('stage 2 restricts the combined permissions and attributes', () => {
    const { s, t } = setupTwoStage();
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x0900_0000, s1Attrs({ ap: 1 }));
    t.b.map(t.root, t.g, 0x0900_0000, 3, 0x0900_0000, s2Attrs({ s2ap: 1, xn: true, memAttr: 0 }));
    expect(tr(s, 0x1000n, PERM_R0)).toBe(true);
    expect(s.r.perm & (PERM_W0 | PERM_W1 | PERM_X0 | PERM_X1)).toBe(0);
    expect(s.r.attr).toBe(0x00);
    expect(tr(s, 0x1000n, PERM_W0)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.stage, s.r.fault.s1ptw, s.r.fault.ipa]).toEqual([FaultKind.PERMISSION, 2, false, 0x0900_0000]);
  });

  it('a stage-2 fault on a stage-1 table fetch is an S1PTW fault with the descriptor IPA', () => {
    const { s, t } = setupTwoStage();
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x4080_0000, s1Attrs());
    // Move the level-3 table outside the stage-2 mapped range.
    const at = s.b.slot(s.root0, s.g0, 0x1000, 2);
    s.b.write64(at, 0x3000_0000n | 3n);
    expect(tr(s, 0x1000n)).toBe(false);
    // Stage 2 has nothing for 0x0000_0000..0x3fff_ffff: its level-1 entry is invalid.
    expect([s.r.fault.kind, s.r.fault.level, s.r.fault.stage, s.r.fault.s1ptw, s.r.fault.ipa]).toEqual([
      FaultKind.TRANSLATION,
      1,
      2,
      true,
      0x3000_0008,
    ]);
    expect(hpfarValue(s.r.fault)).toBe(0x30000 << 4);
    // AF = 0 on the stage-2 page holding the table: S1PTW access flag fault.
    t.b.map(t.root, t.g, 0x3000_0000, 3, 0x4000_0000 + DELTA, s2Attrs({ af: false }));
    expect(tr(s, 0x1000n)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level, s.r.fault.s1ptw]).toEqual([FaultKind.ACCESS_FLAG, 3, true]);
    // Not readable at stage 2: S1PTW permission fault.
    t.b.map(t.root, t.g, 0x3000_0000, 3, 0x4000_0000 + DELTA, s2Attrs({ s2ap: 2 }));
    expect(tr(s, 0x1000n)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.level, s.r.fault.s1ptw]).toEqual([FaultKind.PERMISSION, 3, true]);
  });

  it('a stage-1 permission fault wins over a stage-2 fault on the output IPA', () => {
    const { s } = setupTwoStage();
    s.b.map(s.root0, s.g0, 0x1000, 3, 0x2000_0000, s1Attrs({ ap: 2 })); // IPA unmapped at stage 2
    expect(tr(s, 0x1000n, PERM_W1)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.stage]).toEqual([FaultKind.PERMISSION, 1]);
    expect(tr(s, 0x1000n, PERM_R1)).toBe(false);
    expect([s.r.fault.kind, s.r.fault.stage, s.r.fault.s1ptw, s.r.fault.ipa]).toEqual([FaultKind.TRANSLATION, 2, false, 0x2000_0000]);
  });

  it('stage 1 disabled with stage 2 enabled: VA = IPA', () => {
    const { s } = setupTwoStage();
    s.p.enabled = false;
    expect(tr(s, 0x4000_0040n, PERM_W1)).toBe(true);
    expect([s.r.ipa, s.r.pa]).toEqual([0x4000_0040, 0x4000_0040 + DELTA]);
  });

  it('stage 2 is not used by the EL2 regimes', () => {
    const { s } = setupTwoStage();
    s.p.regime = REGIME_EL20;
    s.p.enabled = false;
    expect(tr(s, 0x4000_0040n)).toBe(true);
    expect(s.r.pa).toBe(0x4000_0040);
  });
});
