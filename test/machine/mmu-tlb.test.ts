// The software TLB: hits and misses by regime, VMID, ASID and global entries, permission
// bits, and every TLBI operation (by encoding, checked against the assembler's).

import { describe, expect, it } from 'vitest';
import { applyTlbi, CTX_STAGE2_OFF, FAST_CLASS_NONE, FAST_MODE_FLAT, Tlb, tlbContext, tlbIndex, tlbiOpFor, TLBI_OPS, type TlbiContext } from '../../src/machine/mmu/tlb.ts';
import { PERM_ALL, PERM_R0, PERM_R1, PERM_W0, PERM_W1, REGIME_EL10, REGIME_EL2, REGIME_EL20, WalkResult, type Regime } from '../../src/machine/mmu/walk.ts';

const lohi = (v: bigint): [number, number] => [Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n))];

interface Entry {
  va: bigint;
  pa: number;
  regime?: Regime;
  vmid?: number;
  asid?: number; // undefined: global
  perm?: number;
  shift?: number;
  ipa?: number;
  s2Shift?: number;
  /** Walked with stage 2 off (tagged CTX_STAGE2_OFF). */
  s2Off?: boolean;
}

function fill(t: Tlb, e: Entry): void {
  const r = new WalkResult();
  const [lo, hi] = lohi(e.va);
  r.pa = e.pa + (lo & 0xfff);
  r.ipa = (e.ipa ?? e.pa) + (lo & 0xfff);
  r.perm = e.perm ?? PERM_ALL;
  r.global = e.asid === undefined;
  r.asid = e.asid ?? 0;
  r.blockShift = e.shift ?? 12;
  r.twoStage = e.s2Shift !== undefined;
  r.s2BlockShift = e.s2Shift ?? 0;
  r.attr = 0xff;
  t.fill(lo, hi, tlbContext(e.regime ?? REGIME_EL10, e.vmid ?? 0) | (e.s2Off ? CTX_STAGE2_OFF : 0), r);
}

function look(t: Tlb, va: bigint, o: { regime?: Regime; vmid?: number; asid?: number; need?: number; s2Off?: boolean } = {}): number {
  const [lo, hi] = lohi(va);
  const ctx = tlbContext(o.regime ?? REGIME_EL10, o.vmid ?? 0) | (o.s2Off ? CTX_STAGE2_OFF : 0);
  return t.lookup(lo, hi, ctx, o.asid ?? 0, o.need ?? PERM_R1);
}

const hit = (t: Tlb, va: bigint, o: Parameters<typeof look>[2] = {}) => look(t, va, o) !== -1;

function tlbi(t: Tlb, name: string, xt = 0n, c: Partial<TlbiContext> = {}): void {
  const o = TLBI_OPS.find((x) => x.name === `TLBI ${name}`);
  if (o === undefined) throw new Error(name);
  const [lo, hi] = lohi(xt);
  applyTlbi(t, o, lo, hi, { vmid: 0, e2h: false, tge: false, el: 1, ...c });
}

/** Xt for TLBI by VA: VA[55:12] in bits 43:0, ASID in 63:48. */
const vaOp = (va: bigint, asid = 0) => ((va >> 12n) & 0xfff_ffff_ffffn) | (BigInt(asid) << 48n);

describe('TLB lookup', () => {
  it('hits the cached page, misses other pages, returns the PA with the page offset', () => {
    const t = new Tlb();
    fill(t, { va: 0xffff_0000_1234_5000n, pa: 0x4_4000_0000 });
    expect(look(t, 0xffff_0000_1234_5abcn)).toBe(0x4_4000_0abc);
    expect(hit(t, 0xffff_0000_1234_6000n)).toBe(false);
    expect(hit(t, 0x0000_0000_1234_5000n)).toBe(false);
    expect(hit(t, 0xfff0_0000_1234_5000n)).toBe(false);
    expect(t.count()).toBe(1);
  });

  it('checks the permission bit the access needs', () => {
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0x4000_0000, perm: PERM_R0 | PERM_R1 });
    expect(hit(t, 0x1000n, { need: PERM_R0 })).toBe(true);
    expect(hit(t, 0x1000n, { need: PERM_W1 })).toBe(false);
    expect(hit(t, 0x1000n, { need: PERM_W0 })).toBe(false);
  });

  it('tags by regime, VMID and ASID; global entries match any ASID', () => {
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0x4000_0000, vmid: 1, asid: 5 });
    fill(t, { va: 0x2000n, pa: 0x4000_1000, vmid: 1 });
    fill(t, { va: 0x3000n, pa: 0x4000_2000, regime: REGIME_EL2 });
    expect(hit(t, 0x1000n, { vmid: 1, asid: 5 })).toBe(true);
    expect(hit(t, 0x1000n, { vmid: 1, asid: 6 })).toBe(false);
    expect(hit(t, 0x1000n, { vmid: 2, asid: 5 })).toBe(false);
    expect(hit(t, 0x1000n, { regime: REGIME_EL20, asid: 5 })).toBe(false);
    expect(hit(t, 0x2000n, { vmid: 1, asid: 77 })).toBe(true);
    expect(hit(t, 0x2000n, { vmid: 0 })).toBe(false);
    expect(hit(t, 0x3000n, { regime: REGIME_EL2 })).toBe(true);
    expect(hit(t, 0x3000n, { regime: REGIME_EL2, vmid: 9 })).toBe(true); // VMIDs do not tag EL2
    expect(hit(t, 0x3000n)).toBe(false);
  });

  it('keeps EL1&0 translations made with stage 2 off apart from two-stage ones', () => {
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0x4000_0000, vmid: 1, s2Off: true });
    expect(hit(t, 0x1000n, { vmid: 1, s2Off: true })).toBe(true);
    expect(hit(t, 0x1000n, { vmid: 1 })).toBe(false);
    fill(t, { va: 0x1000n, pa: 0x4000_0000, vmid: 1, s2Shift: 21 });
    expect(hit(t, 0x1000n, { vmid: 1 })).toBe(true);
    expect(hit(t, 0x1000n, { vmid: 1, s2Off: true })).toBe(false);
  });

  it('index ignores the top byte; the tag does not', () => {
    const [lo, hi] = lohi(0x5a00_0000_0040_1000n);
    const [lo2, hi2] = lohi(0x0000_0000_0040_1000n);
    expect(tlbIndex(lo, hi)).toBe(tlbIndex(lo2, hi2));
  });
});

describe('TLBI', () => {
  it('encodings match the assembler (op1, CRm, op2)', () => {
    const expected: [string, number, number, number][] = [
      ['VMALLE1IS', 0, 3, 0], ['VAE1IS', 0, 3, 1], ['ASIDE1IS', 0, 3, 2], ['VAAE1IS', 0, 3, 3], ['VALE1IS', 0, 3, 5], ['VAALE1IS', 0, 3, 7],
      ['VMALLE1', 0, 7, 0], ['VAE1', 0, 7, 1], ['ASIDE1', 0, 7, 2], ['VAAE1', 0, 7, 3], ['VALE1', 0, 7, 5], ['VAALE1', 0, 7, 7],
      ['IPAS2E1IS', 4, 0, 1], ['IPAS2LE1IS', 4, 0, 5], ['ALLE2IS', 4, 3, 0], ['VAE2IS', 4, 3, 1], ['ALLE1IS', 4, 3, 4], ['VALE2IS', 4, 3, 5],
      ['VMALLS12E1IS', 4, 3, 6], ['IPAS2E1', 4, 4, 1], ['IPAS2LE1', 4, 4, 5], ['ALLE2', 4, 7, 0], ['VAE2', 4, 7, 1], ['ALLE1', 4, 7, 4],
      ['VALE2', 4, 7, 5], ['VMALLS12E1', 4, 7, 6],
      ['VMALLE1OS', 0, 1, 0], ['VAE1OS', 0, 1, 1], ['ASIDE1OS', 0, 1, 2], ['VAAE1OS', 0, 1, 3], ['VALE1OS', 0, 1, 5], ['VAALE1OS', 0, 1, 7],
      ['IPAS2E1OS', 4, 4, 0], ['IPAS2LE1OS', 4, 4, 4], ['ALLE2OS', 4, 1, 0], ['VAE2OS', 4, 1, 1], ['ALLE1OS', 4, 1, 4], ['VALE2OS', 4, 1, 5],
      ['VMALLS12E1OS', 4, 1, 6],
    ];
    for (const [name, op1, crm, op2] of expected) expect(tlbiOpFor(op1, crm, op2)?.name).toBe(`TLBI ${name}`);
    expect(TLBI_OPS.length).toBe(expected.length);
    expect(TLBI_OPS.filter((o) => o.broadcast).length).toBe(26);
    expect(TLBI_OPS.filter((o) => o.lastLevel).map((o) => o.name)).toContain('TLBI VALE1IS');
  });

  it('VAE1: the whole block containing VA, matching ASID or global, top byte ignored', () => {
    const t = new Tlb();
    // Two pages of one 2 MiB block (ASID 5), a global page in another block, a page with ASID 6.
    fill(t, { va: 0x4000_1000n, pa: 0x8000_1000, asid: 5, shift: 21 });
    fill(t, { va: 0x401f_f000n, pa: 0x801f_f000, asid: 5, shift: 21 });
    fill(t, { va: 0x4020_0000n, pa: 0x8020_0000, shift: 21 });
    fill(t, { va: 0x4000_3000n, pa: 0x9000_3000, asid: 6 });
    tlbi(t, 'VAE1', vaOp(0x5a00_0000_4012_3000n, 5));
    expect(hit(t, 0x4000_1000n, { asid: 5 })).toBe(false);
    expect(hit(t, 0x401f_f000n, { asid: 5 })).toBe(false);
    expect(hit(t, 0x4020_0000n)).toBe(true);
    // ASID 6's 4 KiB page in the same region survives an ASID 5 operation on another page...
    tlbi(t, 'VAE1', vaOp(0x4000_3000n, 5));
    expect(hit(t, 0x4000_3000n, { asid: 6 })).toBe(true);
    // ...but not VAAE1 (all ASIDs).
    tlbi(t, 'VAAE1IS', vaOp(0x4000_3000n));
    expect(hit(t, 0x4000_3000n, { asid: 6 })).toBe(false);
    // Global entries go with any ASID.
    tlbi(t, 'VALE1', vaOp(0x4020_0000n, 99));
    expect(hit(t, 0x4020_0000n)).toBe(false);
  });

  it('VAE1 of a 1 GiB block (more pages than slots) and of TTBR1 addresses', () => {
    const t = new Tlb();
    fill(t, { va: 0xffff_8000_4000_0000n, pa: 0x4000_0000, shift: 30 });
    fill(t, { va: 0xffff_8000_7fff_f000n, pa: 0x7fff_f000, shift: 30 });
    fill(t, { va: 0xffff_8000_8000_0000n, pa: 0x8000_0000, shift: 30 });
    tlbi(t, 'VAE1IS', vaOp(0xffff_8000_5555_5000n));
    expect(hit(t, 0xffff_8000_4000_0000n)).toBe(false);
    expect(hit(t, 0xffff_8000_7fff_f000n)).toBe(false);
    expect(hit(t, 0xffff_8000_8000_0000n)).toBe(true);
  });

  it('VAE1 of a block cached through a tagged VA, by an untagged VA elsewhere in the block', () => {
    const t = new Tlb();
    // A 2 MiB block's last page reached with top byte 0x5a; 4 KiB pages in other 1 GiB regions.
    fill(t, { va: 0x5aff_8000_403f_f000n, pa: 0x403f_f000, shift: 21 });
    fill(t, { va: 0xffff_8000_8000_0000n, pa: 0x4000_0000 });
    fill(t, { va: 0xffff_8001_4000_5000n, pa: 0x4000_0000 });
    tlbi(t, 'VAAE1IS', vaOp(0xffff_8000_4020_0000n));
    expect(hit(t, 0x5aff_8000_403f_f000n)).toBe(false);
    expect(t.count()).toBe(2);
  });

  it('VAE1 finds a block by its own context and VA half, whatever other contexts cache', () => {
    const t = new Tlb();
    // The hypervisor's 1 GiB block and a VM's kernel (upper half) 2 MiB block...
    fill(t, { va: 0x4000_0000n, pa: 0x4000_0000, regime: REGIME_EL2, shift: 30 });
    fill(t, { va: 0xffff_0000_0060_0000n, pa: 0x4000_0000, vmid: 1, shift: 21 });
    // ...then a 2 MiB block of VM 1's lower half walked with stage 2 off, two of its pages.
    fill(t, { va: 0x20_0000n, pa: 0x4020_0000, vmid: 1, shift: 21, s2Off: true });
    fill(t, { va: 0x3f_f000n, pa: 0x403f_f000, vmid: 1, shift: 21, s2Off: true });
    tlbi(t, 'VAE1', vaOp(0x30_0000n), { vmid: 1 });
    expect(hit(t, 0x20_0000n, { vmid: 1, s2Off: true })).toBe(false);
    expect(hit(t, 0x3f_f000n, { vmid: 1, s2Off: true })).toBe(false);
    expect(t.count()).toBe(2);
    // The upper-half block goes by a VA of its own half only, the EL2 one by VAE2.
    tlbi(t, 'VAE1', vaOp(0xffff_0000_007f_f000n), { vmid: 1 });
    tlbi(t, 'VAE2', vaOp(0x7fff_f000n));
    expect(t.count()).toBe(0);
  });

  it('VAE1 only affects the current VMID and the EL1&0 regime', () => {
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0x4000_0000, vmid: 1 });
    fill(t, { va: 0x7000n, pa: 0x4000_0000, vmid: 2 });
    fill(t, { va: 0x2000n, pa: 0x4000_0000, regime: REGIME_EL2 });
    tlbi(t, 'VAE1', vaOp(0x1000n), { vmid: 2 });
    tlbi(t, 'VAE1', vaOp(0x2000n), { vmid: 0 });
    tlbi(t, 'VAE1', vaOp(0x7000n), { vmid: 1 });
    expect(t.count()).toBe(3);
    tlbi(t, 'VAE1', vaOp(0x1000n), { vmid: 1 });
    expect(hit(t, 0x1000n, { vmid: 1 })).toBe(false);
    expect(t.count()).toBe(2);
  });

  it('ASIDE1 removes non-global entries of one ASID', () => {
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0, asid: 1 });
    fill(t, { va: 0x2000n, pa: 0, asid: 2 });
    fill(t, { va: 0x3000n, pa: 0 });
    fill(t, { va: 0x4000n, pa: 0, asid: 1, vmid: 3 });
    tlbi(t, 'ASIDE1IS', 1n << 48n);
    expect([hit(t, 0x1000n, { asid: 1 }), hit(t, 0x2000n, { asid: 2 }), hit(t, 0x3000n, { asid: 1 }), hit(t, 0x4000n, { asid: 1, vmid: 3 })]).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('VMALLE1 / VMALLS12E1: the current VMID; ALLE1: every VMID; ALLE2: the EL2 regimes', () => {
    const mk = () => {
      const t = new Tlb();
      fill(t, { va: 0x1000n, pa: 0, vmid: 1, asid: 4 });
      fill(t, { va: 0x2000n, pa: 0, vmid: 2 });
      fill(t, { va: 0x3000n, pa: 0, regime: REGIME_EL2 });
      fill(t, { va: 0x4000n, pa: 0, regime: REGIME_EL20, asid: 3 });
      return t;
    };
    const state = (t: Tlb) => [
      hit(t, 0x1000n, { vmid: 1, asid: 4 }),
      hit(t, 0x2000n, { vmid: 2 }),
      hit(t, 0x3000n, { regime: REGIME_EL2 }),
      hit(t, 0x4000n, { regime: REGIME_EL20, asid: 3 }),
    ];
    let t = mk();
    tlbi(t, 'VMALLE1', 0n, { vmid: 1 });
    expect(state(t)).toEqual([false, true, true, true]);
    t = mk();
    tlbi(t, 'VMALLS12E1IS', 0n, { vmid: 2, el: 2 });
    expect(state(t)).toEqual([true, false, true, true]);
    t = mk();
    tlbi(t, 'ALLE1', 0n, { el: 2 });
    expect(state(t)).toEqual([false, false, true, true]);
    t = mk();
    tlbi(t, 'ALLE2IS', 0n, { el: 2, e2h: true });
    expect(state(t)).toEqual([true, true, false, false]);
    // With E2H = TGE = 1 at EL2, VMALLE1 means the EL2&0 regime.
    t = mk();
    tlbi(t, 'VMALLE1IS', 0n, { el: 2, e2h: true, tge: true, vmid: 1 });
    expect(state(t)).toEqual([true, true, true, false]);
    t = mk();
    t.invalidateAll();
    expect(t.count()).toBe(0);
  });

  it('every TLBI that removes a VMID\'s entries removes those made with stage 2 off too', () => {
    const cases: [string, bigint, Partial<TlbiContext>][] = [
      ['VMALLE1', 0n, { vmid: 1 }],
      ['VMALLS12E1', 0n, { vmid: 1, el: 2 }],
      ['ALLE1IS', 0n, { el: 2 }],
      ['ASIDE1', 4n << 48n, { vmid: 1 }],
      ['VAE1', vaOp(0x1000n, 4), { vmid: 1 }],
      ['VAAE1', vaOp(0x1000n), { vmid: 1 }],
    ];
    for (const [name, xt, c] of cases) {
      const t = new Tlb();
      fill(t, { va: 0x1000n, pa: 0, vmid: 1, asid: 4, s2Off: true });
      fill(t, { va: 0x2000n, pa: 0, vmid: 2, asid: 4, s2Off: true });
      tlbi(t, name, xt, c);
      expect([name, hit(t, 0x1000n, { vmid: 1, asid: 4, s2Off: true })]).toEqual([name, false]);
      expect([name, hit(t, 0x2000n, { vmid: 2, asid: 4, s2Off: true })]).toEqual([name, name === 'ALLE1IS' ? false : true]);
    }
    const t = new Tlb();
    fill(t, { va: 0x1000n, pa: 0, vmid: 1, s2Off: true });
    t.invalidateRegime(REGIME_EL10);
    expect(t.count()).toBe(0);
  });

  it('VAE2: EL2 regime (all entries global) or EL2&0 with the ASID', () => {
    const t = new Tlb();
    fill(t, { va: 0x4000_0000n, pa: 0, regime: REGIME_EL2 });
    fill(t, { va: 0x5000_0000n, pa: 0, regime: REGIME_EL20, asid: 3 });
    fill(t, { va: 0x5000_1000n, pa: 0, regime: REGIME_EL20, asid: 4 });
    tlbi(t, 'VAE2', vaOp(0x4000_0000n), { el: 2 });
    expect(hit(t, 0x4000_0000n, { regime: REGIME_EL2 })).toBe(false);
    tlbi(t, 'VALE2IS', vaOp(0x5000_0000n, 3), { el: 2, e2h: true });
    tlbi(t, 'VAE2IS', vaOp(0x5000_1000n, 3), { el: 2, e2h: true });
    expect(hit(t, 0x5000_0000n, { regime: REGIME_EL20, asid: 3 })).toBe(false);
    expect(hit(t, 0x5000_1000n, { regime: REGIME_EL20, asid: 4 })).toBe(true);
  });

  it('IPAS2E1: two-stage entries whose stage-2 block holds the IPA, in the current VMID', () => {
    const t = new Tlb();
    // Two VAs mapping into one 2 MiB stage-2 block, one in another block, a stage-1-only entry.
    fill(t, { va: 0x1000n, pa: 0x8000_0000, ipa: 0x4000_0000, s2Shift: 21, vmid: 1 });
    fill(t, { va: 0x2000n, pa: 0x8010_0000, ipa: 0x4010_0000, s2Shift: 21, vmid: 1 });
    fill(t, { va: 0x3000n, pa: 0x8020_0000, ipa: 0x4020_0000, s2Shift: 21, vmid: 1 });
    fill(t, { va: 0x4000n, pa: 0x4000_0000, vmid: 1 });
    fill(t, { va: 0x5000n, pa: 0x8000_0000, ipa: 0x4000_0000, s2Shift: 21, vmid: 2 });
    tlbi(t, 'IPAS2E1IS', BigInt(0x4001_5000 / 4096), { vmid: 1, el: 2 });
    expect([
      hit(t, 0x1000n, { vmid: 1 }),
      hit(t, 0x2000n, { vmid: 1 }),
      hit(t, 0x3000n, { vmid: 1 }),
      hit(t, 0x4000n, { vmid: 1 }),
      hit(t, 0x5000n, { vmid: 2 }),
    ]).toEqual([false, false, true, true, true]);
    // A two-stage entry also goes with stage-1 invalidation.
    tlbi(t, 'VAE1', vaOp(0x3000n), { vmid: 1 });
    expect(hit(t, 0x3000n, { vmid: 1 })).toBe(false);
    // IPAs above 4 GiB: Xt[35:0] = IPA[47:12].
    fill(t, { va: 0x6000n, pa: 0, ipa: 0x12_3456_7000, s2Shift: 12, vmid: 1 });
    tlbi(t, 'IPAS2LE1', BigInt(0x12_3456_7000 / 4096), { vmid: 1, el: 2 });
    expect(hit(t, 0x6000n, { vmid: 1 })).toBe(false);
  });
});

describe('TLB fast view (what compiled code compares)', () => {
  const va = 0xffff_0000_1234_5000n;
  const slotOf = (v: bigint): number => tlbIndex(...lohi(v));
  const tagR = (t: Tlb, v: bigint): bigint => {
    const i = slotOf(v);
    return (BigInt(t.fastTagR[2 * i + 1] >>> 0) << 32n) | BigInt(t.fastTagR[2 * i] >>> 0);
  };
  const setFast = (t: Tlb, v: bigint, cls: number): void => {
    const [lo, hi] = lohi(v);
    t.setFast(slotOf(v), lo, hi, cls, true, false, 0x1000, true);
  };

  it('tags a page with its access class in bits 11:3; read and write tags apart', () => {
    const t = new Tlb();
    const cls = t.fastClass(tlbContext(REGIME_EL10, 0), 5, 0);
    setFast(t, va, cls);
    expect(tagR(t, va)).toBe(va | BigInt(cls << 3));
    expect(t.fastTagW[2 * slotOf(va)]).toBe(-1);
    expect(t.fastRam[2 * slotOf(va)]).toBe(0x1000);
  });

  it('classes: one per regime + VMID, ASID and mode; translation off ignores the context', () => {
    const t = new Tlb();
    const a = t.fastClass(tlbContext(REGIME_EL10, 1), 5, 0);
    expect(t.fastClass(tlbContext(REGIME_EL10, 1), 5, 0)).toBe(a);
    const others = [t.fastClass(tlbContext(REGIME_EL10, 2), 5, 0), t.fastClass(tlbContext(REGIME_EL10, 1), 6, 0), t.fastClass(tlbContext(REGIME_EL10, 1), 5, 1), t.fastClass(tlbContext(REGIME_EL2, 0), 5, 0)];
    expect(new Set([a, ...others]).size).toBe(5);
    expect(t.fastClass(tlbContext(REGIME_EL10, 1), 5, FAST_MODE_FLAT)).toBe(t.fastClass(tlbContext(REGIME_EL2, 0), 0, FAST_MODE_FLAT));
    for (const c of [a, ...others]) expect(c).toBeGreaterThan(0);
  });

  it('a refill or drop of the TLB slot, and every invalidation, clears the view there', () => {
    const t = new Tlb();
    const cls = t.fastClass(tlbContext(REGIME_EL10, 0), 5, 0);
    fill(t, { va, pa: 0x4000_0000, asid: 5 });
    setFast(t, va, cls);
    const other = va ^ (1n << 36n) ^ (1n << 12n);
    expect(slotOf(other)).toBe(slotOf(va));
    fill(t, { va: other, pa: 0x4000_1000, asid: 5 });
    expect(tagR(t, va)).toBe(0xffff_ffff_ffff_ffffn);
    for (const inval of [
      () => tlbi(t, 'VAE1', vaOp(va, 5)),
      () => tlbi(t, 'ASIDE1', 5n << 48n),
      () => tlbi(t, 'VMALLE1'),
      () => t.invalidateAll(),
    ]) {
      fill(t, { va, pa: 0x4000_0000, asid: 5 });
      setFast(t, va, cls);
      inval();
      expect(tagR(t, va)).toBe(0xffff_ffff_ffff_ffffn);
    }
  });

  it('when every class is taken, the view is emptied and numbering starts again', () => {
    const t = new Tlb();
    const first = t.fastClass(tlbContext(REGIME_EL10, 0), 0, 0);
    setFast(t, va, first);
    let last = first;
    for (let asid = 1; asid < 510; asid++) last = t.fastClass(tlbContext(REGIME_EL10, 0), asid, 0);
    expect(last).toBe(510);
    expect(tagR(t, va)).toBe(va | BigInt(first << 3));
    expect(t.fastClass(tlbContext(REGIME_EL10, 0), 600, 0)).toBe(1);
    expect(tagR(t, va)).toBe(0xffff_ffff_ffff_ffffn);
    expect(FAST_CLASS_NONE).toBe(511);
  });
});

describe('fetch generations (what fetches memoise lives while its slot\'s generation does)', () => {
  const gen = (t: Tlb, va: bigint): number => {
    const [lo, hi] = lohi(va);
    return t.fetchGen[tlbIndex(lo, hi)];
  };
  /** A page a fetch translated through. */
  const fillFetched = (t: Tlb, e: Entry): void => {
    fill(t, e);
    const [lo, hi] = lohi(e.va);
    t.markFetched(tlbIndex(lo, hi));
  };
  const code = 0xffff_8000_0800_0000n; // 2 MiB aligned
  const data = 0xffff_0000_4000_3000n;

  it('a TLBI by VA moves on the slot of a fetched page it removes, or of one evicted, and no other', () => {
    const t = new Tlb();
    fillFetched(t, { va: code, pa: 0x4010_0000 });
    fill(t, { va: data, pa: 0x4020_0000 });
    const before = gen(t, code);
    const dataBefore = gen(t, data);
    tlbi(t, 'VAE1IS', vaOp(data));
    expect([gen(t, code), gen(t, data)]).toEqual([before, dataBefore]);
    tlbi(t, 'VAE1IS', vaOp(code));
    expect(gen(t, code)).toBe(before + 1);
    // Evicted by a data page that shares its slot, the code page's memos must still die with a TLBI of it.
    fillFetched(t, { va: code, pa: 0x4010_0000 });
    fill(t, { va: code + 0x100_0000n, pa: 0x4030_0000 });
    tlbi(t, 'VAE1IS', vaOp(code));
    expect(gen(t, code)).toBe(before + 2);
  });

  it('a TLBI by VA inside a cached block moves on the slots of the block\'s fetched pages', () => {
    const t = new Tlb();
    const far = code + 0x1f_f000n; // another page of the same 2 MiB block
    fillFetched(t, { va: code, pa: 0x4000_0000, shift: 21 });
    fillFetched(t, { va: far, pa: 0x401f_f000, shift: 21 });
    const before = gen(t, far);
    tlbi(t, 'VAE1', vaOp(code));
    expect(gen(t, far)).toBe(before + 1);
  });

  it('every other invalidation moves on every slot', () => {
    const t = new Tlb();
    for (const inval of [() => tlbi(t, 'VMALLE1'), () => tlbi(t, 'ASIDE1', 5n << 48n), () => tlbi(t, 'IPAS2E1', 0x4000n, { el: 2 }), () => tlbi(t, 'ALLE1', 0n, { el: 2 }), () => t.invalidateAll()]) {
      const before = [gen(t, code), gen(t, data)];
      inval();
      expect([gen(t, code), gen(t, data)]).toEqual([before[0] + 1, before[1] + 1]);
    }
  });
});
