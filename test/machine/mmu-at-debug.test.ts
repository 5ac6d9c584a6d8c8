// AT instructions (PAR_EL1) and the side-effect-free debug translation.

import { describe, expect, it } from 'vitest';
import { Bus, type MmioDevice } from '../../src/machine/bus/bus.ts';
import { atOpFor, AT_OPS, AtResult, executeAt, type AtOp } from '../../src/machine/mmu/at.ts';
import { PageTableBuilder, s1Attrs, s2Attrs, type Geometry } from '../../src/machine/mmu/builder.ts';
import { debugTranslate, debugTranslateIpa, formatTranslation } from '../../src/machine/mmu/debug.ts';
import { FaultKind } from '../../src/machine/mmu/fault.ts';
import { BufferDescriptorReader, BusDescriptorReader, DebugDescriptorReader } from '../../src/machine/mmu/readers.ts';
import { Tlb } from '../../src/machine/mmu/tlb.ts';
import { PERM_R1, REGIME_EL10, S1Params, S2Params, translate, WalkResult } from '../../src/machine/mmu/walk.ts';

const BASE = 0x4000_0000;
const SIZE = 0x100_0000;
const DELTA = 0x40_0000;
const G1: Geometry = { gs: 12, startLevel: 1, startBits: 9 }; // 39-bit VA
const G2: Geometry = { gs: 12, startLevel: 1, startBits: 2 }; // ZVM's stage 2

function op(name: string): AtOp {
  const o = AT_OPS.find((x) => x.name === `AT ${name}`);
  if (o === undefined) throw new Error(name);
  return o;
}

/** A guest with stage 1 in IPA space and stage 2 mapping IPA 0x4000_0000.. to PA + DELTA. */
function guest(mem: Uint8Array = new Uint8Array(SIZE)) {
  const b2 = new PageTableBuilder(mem, BASE, BASE + 0xe0_0000);
  const root2 = b2.root(G2);
  for (let i = 0; i < 4; i++) b2.map(root2, G2, BASE + i * 0x20_0000, 2, BASE + DELTA + i * 0x20_0000, s2Attrs());
  b2.map(root2, G2, 0x0900_0000, 3, 0x0900_0000, s2Attrs({ memAttr: 0, af: false }));
  const s2 = new S2Params().load(true, 0x8000_3560 | 0, root2, 0);
  const b1 = new PageTableBuilder(mem, BASE, BASE, (ipa) => ipa + DELTA);
  const root1 = b1.root(G1);
  b1.map(root1, G1, 0x1000, 3, 0x4008_0000, s1Attrs({ ap: 1, ng: true }));
  b1.map(root1, G1, 0x2000, 3, 0x4008_1000, s1Attrs({ ap: 3 }));
  b1.map(root1, G1, 0x3000, 3, 0x0900_0000, s1Attrs({ attrIndx: 1 }));
  b1.map(root1, G1, 0x4000, 3, 0x4008_2000, s1Attrs({ af: false }));
  b1.map(root1, G1, 0x5000, 3, 0x2000_0000, s1Attrs()); // IPA not mapped at stage 2
  // T0SZ 25, T1SZ 25, 4K, IPS 40 bits; MAIR Attr0 = 0xff, Attr1 = 0x00.
  const s1 = new S1Params().load(REGIME_EL10, 1, 25 | (25 << 16) | (2 << 30), 2, root1, 0, 0, 0, 0xff, 0);
  return { mem, s1, s2, b1, b2, root1, root2, rd: new BufferDescriptorReader(mem, BASE) };
}

function at(g: ReturnType<typeof guest>, name: string, va: number, fromEL = 1): AtResult {
  return executeAt(op(name), g.s1, g.s2, va, 0, g.rd, new AtResult(), fromEL);
}

const par = (r: AtResult) => (BigInt(r.parHi >>> 0) << 32n) | BigInt(r.parLo >>> 0);

describe('AT and PAR_EL1', () => {
  it('encodings match the assembler', () => {
    const expected: [string, number, number, number][] = [
      ['S1E1R', 0, 8, 0], ['S1E1W', 0, 8, 1], ['S1E0R', 0, 8, 2], ['S1E0W', 0, 8, 3], ['S1E1RP', 0, 9, 0], ['S1E1WP', 0, 9, 1],
      ['S1E2R', 4, 8, 0], ['S1E2W', 4, 8, 1], ['S12E1R', 4, 8, 4], ['S12E1W', 4, 8, 5], ['S12E0R', 4, 8, 6], ['S12E0W', 4, 8, 7],
    ];
    for (const [name, op1, crm, op2] of expected) expect(atOpFor(op1, crm, op2)?.name).toBe(`AT ${name}`);
  });

  it('S1E1R reports the IPA with stage-1 attributes; S12E1R the PA with combined ones', () => {
    const g = guest();
    // PA[47:12], NS (bit 9), bit 11, SH = 0b11 (bits 8:7), ATTR 0xff.
    expect(par(at(g, 'S1E1R', 0x1234))).toBe(0xff00_0000_4008_0000n | (3n << 7n) | (1n << 9n) | (1n << 11n));
    expect(par(at(g, 'S12E1R', 0x1234, 2))).toBe(0xff00_0000_4048_0000n | (3n << 7n) | (1n << 9n) | (1n << 11n));
    // Device: SH reported as 0b10.
    expect(par(at(g, 'S1E1W', 0x3000))).toBe(0x0000_0000_0900_0000n | (2n << 7n) | (1n << 9n) | (1n << 11n));
  });

  it('faults: F = 1, FST, S, PTW', () => {
    const g = guest();
    // EL0 write to a read-only page: stage-1 permission fault, level 3.
    expect(par(at(g, 'S1E0W', 0x2000))).toBe(1n | (0x0fn << 1n) | (1n << 11n));
    // EL0 read of a privileged page.
    expect(par(at(g, 'S1E0R', 0x2000)) & 1n).toBe(0n);
    expect(par(at(g, 'S1E0R', 0x1000)) & 1n).toBe(0n);
    // AF = 0 at stage 1, level 3.
    expect(par(at(g, 'S1E1R', 0x4000))).toBe(1n | (0x0bn << 1n) | (1n << 11n));
    // Unmapped VA in the same 2 MiB region: level 3 translation fault; another region: level 2.
    expect(par(at(g, 'S1E1R', 0x10_0000)) & 0x7fn).toBe(1n | (0x07n << 1n));
    expect(par(at(g, 'S1E1R', 0x40_0000)) & 0x7fn).toBe(1n | (0x06n << 1n));
    // S12E1R of an IPA not mapped at stage 2 (level 2 entry empty): S = 1, PTW = 0.
    expect(par(at(g, 'S12E1R', 0x5000, 2))).toBe(1n | (0x06n << 1n) | (1n << 9n) | (1n << 11n));
    // The MMIO window: stage-2 access flag fault.
    expect(par(at(g, 'S12E1W', 0x3000, 2))).toBe(1n | (0x0bn << 1n) | (1n << 9n) | (1n << 11n));
  });

  it('a stage-2 fault on the stage-1 walk: PAR with S and PTW at EL2, an exception to EL2 from EL1', () => {
    const g = guest();
    const slot = g.b1.slot(g.root1, G1, 0x1000, 2);
    g.b1.write64(slot, 0x3000_0000n | 3n); // level-3 table at an IPA with no stage-2 mapping
    const fromEl2 = at(g, 'S1E1R', 0x1000, 2);
    expect(fromEl2.stage2Exception).toBe(false);
    // Stage 2 has a level-2 table for 0..1 GiB (the MMIO window) without an entry for 0x3000_0000.
    expect(par(fromEl2)).toBe(1n | (0x06n << 1n) | (1n << 8n) | (1n << 9n) | (1n << 11n));
    const fromEl1 = at(g, 'S1E1R', 0x1000, 1);
    expect(fromEl1.stage2Exception).toBe(true);
    expect([fromEl1.walk.fault.kind, fromEl1.walk.fault.s1ptw, fromEl1.walk.fault.ipa]).toEqual([FaultKind.TRANSLATION, true, 0x3000_0008]);
  });
});

describe('debug translation', () => {
  it('traces both stages level by level and ignores AF and permissions', () => {
    const g = guest();
    const t = debugTranslate(g.s1, g.s2, 0x1234n, g.rd);
    expect(t.ok).toBe(true);
    expect([t.ipa, t.pa]).toEqual([0x4008_0234, 0x4048_0234]);
    // Stage-1 levels 1..3, each preceded by a 2-level stage-2 walk, then stage 2 of the output.
    expect(t.steps.map((s) => `${s.purpose}:${s.level}:${s.type}`)).toEqual([
      's1ptw:1:table', 's1ptw:2:block', 's1:1:table',
      's1ptw:1:table', 's1ptw:2:block', 's1:2:table',
      's1ptw:1:table', 's1ptw:2:block', 's1:3:page',
      's2:1:table', 's2:2:block',
    ]);
    expect(t.steps[2].descPa - t.steps[2].descAddr).toBe(DELTA);
    const lines = formatTranslation(t);
    expect(lines[0]).toBe('VA 0x1234');
    expect(lines.at(-1)).toMatch(/^-> IPA 0x40080234 PA 0x40480234 attr 0xff EL0 rwx EL1\/2 rw- ASID 0$/);
    // AF = 0 still translates (and is reported); the MMIO window with stage-2 AF = 0 too.
    const af = debugTranslate(g.s1, g.s2, 0x4000n, g.rd);
    expect(af.ok).toBe(true);
    expect(formatTranslation(af).join('\n')).toContain('(AF=0)');
    expect(debugTranslate(g.s1, g.s2, 0x3000n, g.rd).pa).toBe(0x0900_0000);
    // A translation fault is reported, not raised.
    const bad = debugTranslate(g.s1, g.s2, 0x5000n, g.rd);
    expect(bad.ok).toBe(false);
    expect(bad.fault).toMatchObject({ kind: FaultKind.TRANSLATION, stage: 2, level: 2, fsc: 0x06 });
    expect(formatTranslation(bad).at(-1)).toContain('stage 2 translation fault, level 2');
    const ipa = debugTranslateIpa(g.s2, 0x4010_0000, g.rd);
    expect([ipa.ok, ipa.pa, ipa.steps.length]).toEqual([true, 0x4050_0000, 2]);
  });

  it('has no side effects: memory, TLB and devices untouched', () => {
    const bus = new Bus(BASE, SIZE);
    const g = guest(bus.ram);
    let deviceReads = 0;
    const dev: MmioDevice = {
      name: 'fifo',
      read: () => {
        deviceReads++;
        return 0;
      },
      write: () => {},
      reset: () => {},
    };
    bus.map(0x0900_0000, 0x1000, dev);
    const before = bus.ram.slice();
    const tlb = new Tlb();
    const rd = new DebugDescriptorReader(bus);
    for (const va of [0x1000n, 0x2000n, 0x3000n, 0x4000n, 0x5000n]) debugTranslate(g.s1, g.s2, va, rd);
    expect(Buffer.compare(bus.ram, before)).toBe(0);
    expect(tlb.count()).toBe(0);
    // A table pointing into the device window: the debug reader refuses it without reading the device.
    const slot = g.b1.slot(g.root1, G1, 0x1000, 2);
    g.b1.write64(slot, 0x0900_0000n | 3n);
    const t = debugTranslate(g.s1, g.s2, 0x1000n, rd);
    expect(t.ok).toBe(false);
    expect(t.fault?.kind).toBe(FaultKind.EXTERNAL_WALK);
    expect(deviceReads).toBe(0);
    // The PE's reader does read it (as hardware would), and a hole is an external abort on the walk.
    const r = new WalkResult();
    g.s2.enabled = false; // flat: IPA = PA
    g.s1.base[0] = 0x1000_0000;
    expect(translate(g.s1, g.s2, 0x1000, 0, PERM_R1, new BusDescriptorReader(bus), r)).toBe(false);
    expect([r.fault.kind, r.fault.level]).toEqual([FaultKind.EXTERNAL_WALK, 1]);
    expect(bus.lastError).toBe(false);
  });
});
