// GICv3 state machines: distributor, redistributors, CPU interface, virtualization.

import { describe, expect, it } from 'vitest';
import { IrqLine } from '../../src/machine/irq/line.ts';
import { out } from '../../src/machine/cpu/bits.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import type { SysRegDef } from '../../src/machine/cpu/sysregs.ts';
import { GicV3 } from '../../src/machine/gic/gicv3.ts';
import { gicSysRegs, gicTrapsToEl2 } from '../../src/machine/gic/sysregs.ts';

/** The PE state the GIC rows look at. */
interface FakePe {
  index: number;
  el: number;
  hcrLo: number;
  model: { el2: boolean };
}

function makeGic(cpus = 4) {
  const gic = new GicV3({ cpus });
  const pes: FakePe[] = Array.from({ length: cpus }, (_, index) => ({ index, el: 2, hcrLo: 0, model: { el2: true } }));
  const getInterface = (cpu: Cpu) => gic.cpuInterfaces[cpu.index];
  const hcr = (cpu: Cpu) => (cpu as unknown as FakePe).hcrLo;
  const rows = new Map<string, SysRegDef>(gicSysRegs(getInterface, { hcr }).map((r) => [r.name, r]));
  const traps = gicTrapsToEl2(getInterface, { hcr });
  const asCpu = (pe: number) => pes[pe] as unknown as Cpu;

  const sys = {
    read(pe: number, name: string): bigint {
      const r = rows.get(name);
      if (r?.read === undefined) throw new Error(`no readable row ${name}`);
      const lo = r.read(asCpu(pe));
      return (BigInt(out.hi >>> 0) << 32n) | BigInt(lo >>> 0);
    },
    write(pe: number, name: string, v: bigint | number): void {
      const r = rows.get(name);
      if (r?.write === undefined) throw new Error(`no writable row ${name}`);
      const b = BigInt(v);
      r.write(asCpu(pe), Number(BigInt.asIntN(32, b)), Number(BigInt.asIntN(32, b >> 32n)));
    },
    traps: (pe: number, name: string) => traps(asCpu(pe), name),
  };

  const GICD = gic.distributor;
  const GICR = gic.redistributorRegion;
  const dist = {
    read: (off: number, size = 4) => GICD.read(off, size),
    write: (off: number, v: number, size = 4) => GICD.write(off, size, v >>> 0),
  };
  /** Redistributor of `pe`: frame 0 = RD_base, frame 1 = SGI_base. */
  const redist = (pe: number, frame: 0 | 1) => ({
    read: (off: number, size = 4) => GICR.read(pe * 0x20000 + frame * 0x10000 + off, size),
    write: (off: number, v: number, size = 4) => GICR.write(pe * 0x20000 + frame * 0x10000 + off, size, v >>> 0),
  });
  return { gic, pes, rows, sys, dist, redist };
}

type TestGic = ReturnType<typeof makeGic>;

/** Enables both groups in GICD_CTLR and Group 1 with PMR 0xF0 on every PE (at EL2/host). */
function enableAll(t: TestGic): void {
  t.dist.write(0x0, 0x3);
  for (let pe = 0; pe < t.gic.numCpus; pe++) {
    t.redist(pe, 0).write(0x14, 0); // wake
    t.sys.write(pe, 'ICC_PMR_EL1', 0xf0);
    t.sys.write(pe, 'ICC_IGRPEN1_EL1', 1);
  }
}

/** Configures SPI `id`: Group 1, enabled, priority, routed to PE `pe`, edge or level. */
function setupSpi(t: TestGic, id: number, priority: number, pe: number, edge = false): void {
  const word = (id >> 5) * 4;
  const bit = 1 << (id & 31);
  t.dist.write(0x80 + word, t.dist.read(0x80 + word) | bit);
  t.dist.write(0x400 + id, priority, 1);
  const cfgOff = 0xc00 + (id >> 4) * 4;
  const sh = (id & 15) * 2 + 1;
  const cfg = t.dist.read(cfgOff);
  t.dist.write(cfgOff, edge ? cfg | (1 << sh) : cfg & ~(1 << sh));
  t.dist.write(0x6000 + 8 * id, pe);
  t.dist.write(0x6000 + 8 * id + 4, 0);
  t.dist.write(0x100 + word, bit);
}

/** Configures SGI/PPI `id` on PE `pe`: Group 1, enabled, priority. */
function setupPrivate(t: TestGic, pe: number, id: number, priority: number): void {
  const sgi = t.redist(pe, 1);
  sgi.write(0x80, sgi.read(0x80) | (1 << id));
  sgi.write(0x400 + id, priority, 1);
  sgi.write(0x100, 1 << id);
}

describe('GICv3 distributor registers', () => {
  it('GICD_CTLR: DS and ARE read as one, group enables are writable, RWP reads 0', () => {
    const t = makeGic(4);
    expect(t.dist.read(0x0)).toBe(0x50);
    t.dist.write(0x0, 0xffff_ffff);
    expect(t.dist.read(0x0)).toBe(0x53);
    t.dist.write(0x0, 0x2);
    expect(t.dist.read(0x0)).toBe(0x52);
  });

  it('GICD_TYPER, GICD_IIDR and the ID registers', () => {
    const t = makeGic(4);
    // ITLinesNumber 7 (256 INTIDs), CPUNumber 3, IDbits 15, A3V; no LPIs, no MBIS, no Security.
    expect(t.dist.read(0x4)).toBe(0x0178_0067);
    expect(t.dist.read(0x8)).toBe(0x0000_043b);
    expect(t.dist.read(0xffe8)).toBe(0x3b); // PIDR2.ArchRev = 3
    expect(t.dist.read(0xfff0)).toBe(0x0d);
    expect(t.dist.read(0xfffc)).toBe(0xb1);
    expect(makeGic(1).dist.read(0x4)).toBe(0x0178_0007);
  });

  it('registers of INTIDs 0..31 are RAZ/WI in the distributor', () => {
    const t = makeGic(2);
    t.dist.write(0x100, 0xffff_ffff);
    t.dist.write(0x80, 0xffff_ffff);
    t.dist.write(0x400, 0xffff_ffff);
    expect(t.dist.read(0x100)).toBe(0);
    expect(t.dist.read(0x80)).toBe(0);
    expect(t.dist.read(0x400)).toBe(0);
    t.dist.write(0x104, 0xffff_ffff); // SPIs 32..63
    expect(t.dist.read(0x104)).toBe(0xffff_ffff);
    expect(t.dist.read(0x184)).toBe(0xffff_ffff); // ICENABLER reads the enables too
    t.dist.write(0x184, 0x0000_0003);
    expect(t.dist.read(0x104)).toBe(0xffff_fffc);
    // INTIDs past 255 do not exist.
    t.dist.write(0x120, 0xffff_ffff);
    expect(t.dist.read(0x120)).toBe(0);
  });

  it('IPRIORITYR keeps the 5 implemented bits and supports byte access', () => {
    const t = makeGic(1);
    t.dist.write(0x420, 0xffff_ffff);
    expect(t.dist.read(0x420)).toBe(0xf8f8_f8f8);
    t.dist.write(0x421, 0x13, 1);
    expect(t.dist.read(0x420)).toBe(0xf8f8_10f8);
    expect(t.dist.read(0x421, 1)).toBe(0x10);
  });

  it('ICFGR: SPIs reset level-sensitive, Int_config[1] selects edge', () => {
    const t = makeGic(1);
    expect(t.dist.read(0xc08)).toBe(0);
    t.dist.write(0xc08, 0xffff_ffff);
    expect(t.dist.read(0xc08)).toBe(0xaaaa_aaaa);
  });

  it('IGRPMODR and NSACR are RAZ/WI with DS = 1', () => {
    const t = makeGic(1);
    t.dist.write(0xd04, 0xffff_ffff);
    expect(t.dist.read(0xd04)).toBe(0);
    t.dist.write(0xe08, 0xffff_ffff);
    expect(t.dist.read(0xe08)).toBe(0);
  });

  it('IROUTER<n>: 64-bit affinity with IRM, routes the SPI', () => {
    const t = makeGic(4);
    t.dist.write(0x6000 + 8 * 40, 0xffff_ffff);
    t.dist.write(0x6000 + 8 * 40 + 4, 0xffff_ffff);
    expect(t.gic.distributor.irouter(40)).toBe(0xff_80ff_ffffn); // Aff3, IRM, Aff2..Aff0
    expect(t.dist.read(0x6000 + 8 * 40)).toBe(0x80ff_ffff);
    expect(t.dist.read(0x6000 + 8 * 40 + 4)).toBe(0xff);
    t.dist.write(0x6000 + 8 * 40, 0x2);
    t.dist.write(0x6000 + 8 * 40 + 4, 0);
    expect(t.gic.distributor.target[40]).toBe(2);
    t.dist.write(0x6000 + 8 * 40, 0x102); // Aff1 = 1: no such PE
    expect(t.gic.distributor.target[40]).toBe(-1);
    // INTIDs 0..31 have no IROUTER.
    t.dist.write(0x6000 + 8 * 5, 3);
    expect(t.dist.read(0x6000 + 8 * 5)).toBe(0);
  });
});

describe('GICv3 redistributor registers', () => {
  it('GICR_TYPER: processor number, affinity, Last on the last PE', () => {
    const t = makeGic(4);
    expect(t.redist(0, 0).read(0x8)).toBe(0x0000);
    expect(t.redist(0, 0).read(0xc)).toBe(0);
    expect(t.redist(2, 0).read(0x8)).toBe(0x0200);
    expect(t.redist(2, 0).read(0xc)).toBe(2);
    expect(t.redist(3, 0).read(0x8)).toBe(0x0310);
    expect(t.redist(3, 0).read(0xc)).toBe(3);
    expect(t.redist(3, 0).read(0x4)).toBe(0x43b);
    expect(t.redist(1, 0).read(0xffe8)).toBe(0x3b);
    // Past the last PE: RAZ/WI.
    expect(t.redist(4, 0).read(0x8)).toBe(0);
    t.redist(4, 1).write(0x100, 0xffff_ffff);
  });

  it('GICR_WAKER: ProcessorSleep/ChildrenAsleep handshake', () => {
    const t = makeGic(2);
    const rd = t.redist(1, 0);
    expect(rd.read(0x14)).toBe(0x6);
    rd.write(0x14, 0x0); // clear ProcessorSleep
    expect(rd.read(0x14)).toBe(0x0); // ChildrenAsleep follows at once
    expect(t.redist(0, 0).read(0x14)).toBe(0x6); // other PEs untouched
    rd.write(0x14, 0x2);
    expect(rd.read(0x14)).toBe(0x6);
    rd.write(0x14, 0x4); // ChildrenAsleep is read-only
    expect(rd.read(0x14)).toBe(0x0);
  });

  it('SGI frame: SGIs are edge-only, PPIs configurable, per-PE state', () => {
    const t = makeGic(2);
    const sgi0 = t.redist(0, 1);
    expect(sgi0.read(0xc00)).toBe(0xaaaa_aaaa);
    sgi0.write(0xc00, 0);
    expect(sgi0.read(0xc00)).toBe(0xaaaa_aaaa);
    expect(sgi0.read(0xc04)).toBe(0);
    sgi0.write(0xc04, 0x0000_0800); // INTID 21 edge
    expect(sgi0.read(0xc04)).toBe(0x0000_0800);
    sgi0.write(0x100, 0x0800_0001);
    expect(sgi0.read(0x100)).toBe(0x0800_0001);
    expect(t.redist(1, 1).read(0x100)).toBe(0);
    sgi0.write(0x41b, 0x80, 1);
    expect(sgi0.read(0x418)).toBe(0x8000_0000);
    sgi0.write(0x80, 0xffff_ffff);
    expect(sgi0.read(0x80)).toBe(0xffff_ffff);
  });
});

describe('GICv3 CPU interface registers', () => {
  it('reset values and fixed fields', () => {
    const t = makeGic(1);
    expect(t.sys.read(0, 'ICC_CTLR_EL1')).toBe(0x8400n); // PRIbits 4, IDbits 0, A3V
    expect(t.sys.read(0, 'ICC_SRE_EL1')).toBe(0x7n);
    expect(t.sys.read(0, 'ICC_SRE_EL2')).toBe(0xfn);
    expect(t.sys.read(0, 'ICC_BPR0_EL1')).toBe(2n);
    expect(t.sys.read(0, 'ICC_BPR1_EL1')).toBe(3n);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0xffn);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(1023n);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(1023n);
  });

  it('PMR keeps 5 bits (Linux probes BIT(8 - pribits)), BPRs clamp to their minimum', () => {
    const t = makeGic(1);
    t.sys.write(0, 'ICC_PMR_EL1', 0x08);
    expect(t.sys.read(0, 'ICC_PMR_EL1')).toBe(0x08n);
    t.sys.write(0, 'ICC_PMR_EL1', 0xff);
    expect(t.sys.read(0, 'ICC_PMR_EL1')).toBe(0xf8n);
    t.sys.write(0, 'ICC_BPR0_EL1', 0);
    expect(t.sys.read(0, 'ICC_BPR0_EL1')).toBe(2n);
    t.sys.write(0, 'ICC_BPR1_EL1', 0);
    expect(t.sys.read(0, 'ICC_BPR1_EL1')).toBe(3n);
    t.sys.write(0, 'ICC_BPR1_EL1', 6);
    expect(t.sys.read(0, 'ICC_BPR1_EL1')).toBe(6n);
    // CBPR: BPR1 reads BPR0 + 1 and ignores writes.
    t.sys.write(0, 'ICC_CTLR_EL1', 1);
    expect(t.sys.read(0, 'ICC_CTLR_EL1')).toBe(0x8401n);
    t.sys.write(0, 'ICC_BPR0_EL1', 4);
    expect(t.sys.read(0, 'ICC_BPR1_EL1')).toBe(5n);
    t.sys.write(0, 'ICC_BPR1_EL1', 7);
    t.sys.write(0, 'ICC_CTLR_EL1', 2);
    expect(t.sys.read(0, 'ICC_CTLR_EL1')).toBe(0x8402n);
    expect(t.sys.read(0, 'ICC_BPR1_EL1')).toBe(6n);
    // SRE_EL2.Enable is the only writable SRE bit.
    t.sys.write(0, 'ICC_SRE_EL2', 0);
    expect(t.sys.read(0, 'ICC_SRE_EL2')).toBe(0x7n);
    t.sys.write(0, 'ICC_SRE_EL1', 0);
    expect(t.sys.read(0, 'ICC_SRE_EL1')).toBe(0x7n);
  });

  it('row encodings are the architected ones', () => {
    const t = makeGic(1);
    const enc = (n: string) => {
      const r = t.rows.get(n)!;
      return [r.op0, r.op1, r.crn, r.crm, r.op2, r.minEL];
    };
    expect(enc('ICC_PMR_EL1')).toEqual([3, 0, 4, 6, 0, 1]);
    expect(enc('ICC_IAR0_EL1')).toEqual([3, 0, 12, 8, 0, 1]);
    expect(enc('ICC_AP0R3_EL1')).toEqual([3, 0, 12, 8, 7, 1]);
    expect(enc('ICC_AP1R2_EL1')).toEqual([3, 0, 12, 9, 2, 1]);
    expect(enc('ICC_DIR_EL1')).toEqual([3, 0, 12, 11, 1, 1]);
    expect(enc('ICC_RPR_EL1')).toEqual([3, 0, 12, 11, 3, 1]);
    expect(enc('ICC_SGI1R_EL1')).toEqual([3, 0, 12, 11, 5, 1]);
    expect(enc('ICC_ASGI1R_EL1')).toEqual([3, 0, 12, 11, 6, 1]);
    expect(enc('ICC_SGI0R_EL1')).toEqual([3, 0, 12, 11, 7, 1]);
    expect(enc('ICC_IAR1_EL1')).toEqual([3, 0, 12, 12, 0, 1]);
    expect(enc('ICC_CTLR_EL1')).toEqual([3, 0, 12, 12, 4, 1]);
    expect(enc('ICC_SRE_EL1')).toEqual([3, 0, 12, 12, 5, 1]);
    expect(enc('ICC_IGRPEN1_EL1')).toEqual([3, 0, 12, 12, 7, 1]);
    expect(enc('ICC_SRE_EL2')).toEqual([3, 4, 12, 9, 5, 2]);
    expect(enc('ICH_AP0R1_EL2')).toEqual([3, 4, 12, 8, 1, 2]);
    expect(enc('ICH_AP1R3_EL2')).toEqual([3, 4, 12, 9, 3, 2]);
    expect(enc('ICH_HCR_EL2')).toEqual([3, 4, 12, 11, 0, 2]);
    expect(enc('ICH_VTR_EL2')).toEqual([3, 4, 12, 11, 1, 2]);
    expect(enc('ICH_MISR_EL2')).toEqual([3, 4, 12, 11, 2, 2]);
    expect(enc('ICH_EISR_EL2')).toEqual([3, 4, 12, 11, 3, 2]);
    expect(enc('ICH_ELRSR_EL2')).toEqual([3, 4, 12, 11, 5, 2]);
    expect(enc('ICH_VMCR_EL2')).toEqual([3, 4, 12, 11, 7, 2]);
    expect(enc('ICH_LR3_EL2')).toEqual([3, 4, 12, 12, 3, 2]);
    // No two rows share an encoding.
    const keys = [...t.rows.values()].map((r) => (r.op0 << 14) | (r.op1 << 11) | (r.crn << 7) | (r.crm << 3) | r.op2);
    expect(new Set(keys).size).toBe(keys.length);
    expect(t.rows.size).toBe(45); // 27 ICC_* + 18 ICH_*
  });
});

describe('GICv3 SPI state machine', () => {
  it('level-sensitive: pending -> active+pending -> deactivate re-signals while the line is high', () => {
    const t = makeGic(4);
    enableAll(t);
    setupSpi(t, 33, 0xa0, 1);
    const c1 = t.gic.cpuInterfaces[1];
    t.gic.setLevel(33, true);
    expect(c1.irqPending).toBe(true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    expect(t.dist.read(0x204)).toBe(0x2); // ISPENDR1: INTID 33
    expect(t.sys.read(1, 'ICC_HPPIR1_EL1')).toBe(33n);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(1023n); // not routed to PE 0
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(33n);
    expect(c1.irqPending).toBe(false);
    expect(t.dist.read(0x304)).toBe(0x2); // active
    expect(t.dist.read(0x204)).toBe(0x2); // and still pending: the line is high
    expect(t.sys.read(1, 'ICC_RPR_EL1')).toBe(0xa0n);
    expect(t.sys.read(1, 'ICC_AP1R0_EL1')).toBe(BigInt(1 << (0xa0 >> 3)));
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(1023n); // active: cannot be taken again
    t.sys.write(1, 'ICC_EOIR1_EL1', 33); // EOImode 0: drop + deactivate
    expect(t.dist.read(0x304)).toBe(0);
    expect(t.sys.read(1, 'ICC_RPR_EL1')).toBe(0xffn);
    expect(c1.irqPending).toBe(true); // level still high: pending again
    t.gic.setLevel(33, false);
    expect(c1.irqPending).toBe(false);
    expect(t.dist.read(0x204)).toBe(0);
  });

  it('level-sensitive with ISPENDR: the latch is cleared by acknowledge and ICPENDR', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 40, 0x80, 0);
    t.dist.write(0x204, 1 << 8);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    t.dist.write(0x284, 1 << 8);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    t.dist.write(0x204, 1 << 8);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(40n);
    expect(t.dist.read(0x204)).toBe(0); // latch cleared, line low
    t.sys.write(0, 'ICC_EOIR1_EL1', 40);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    // ICPENDR does not clear a pending state held by the line.
    t.gic.setLevel(40, true);
    t.dist.write(0x284, 1 << 8);
    expect(t.dist.read(0x204)).toBe(1 << 8);
  });

  it('edge-triggered: a new edge while active makes it active and pending; no re-pend without one', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 34, 0x80, 0, true);
    const c = t.gic.cpuInterfaces[0];
    t.gic.setLevel(34, true);
    t.gic.setLevel(34, false);
    expect(c.irqPending).toBe(true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(34n);
    expect(t.dist.read(0x204)).toBe(0);
    t.sys.write(0, 'ICC_EOIR1_EL1', 34);
    expect(c.irqPending).toBe(false);
    // Held high: one edge only.
    t.gic.setLevel(34, true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(34n);
    t.sys.write(0, 'ICC_EOIR1_EL1', 34);
    expect(c.irqPending).toBe(false);
    // Edge during the active state.
    t.gic.setLevel(34, false);
    t.gic.setLevel(34, true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(34n);
    t.gic.setLevel(34, false);
    t.gic.setLevel(34, true);
    expect(t.dist.read(0x204)).toBe(1 << 2);
    expect(t.dist.read(0x304)).toBe(1 << 2);
    expect(c.irqPending).toBe(false);
    t.sys.write(0, 'ICC_EOIR1_EL1', 34);
    expect(c.irqPending).toBe(true);
  });

  it('disabled, group-disabled and unrouted interrupts are not signalled', () => {
    const t = makeGic(2);
    enableAll(t);
    setupSpi(t, 50, 0x40, 0);
    t.gic.setLevel(50, true);
    const c = t.gic.cpuInterfaces[0];
    expect(c.irqPending).toBe(true);
    t.dist.write(0x180 + 4, 1 << 18); // ICENABLER
    expect(c.irqPending).toBe(false);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(1023n);
    t.dist.write(0x100 + 4, 1 << 18);
    expect(c.irqPending).toBe(true);
    t.dist.write(0x0, 0x1); // GICD_CTLR.EnableGrp1 = 0
    expect(c.irqPending).toBe(false);
    t.dist.write(0x0, 0x3);
    t.sys.write(0, 'ICC_IGRPEN1_EL1', 0);
    expect(c.irqPending).toBe(false);
    t.sys.write(0, 'ICC_IGRPEN1_EL1', 1);
    expect(c.irqPending).toBe(true);
    t.dist.write(0x6000 + 8 * 50, 0x7); // no PE 7
    expect(c.irqPending).toBe(false);
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(false);
  });

  it('Group 0 is signalled as FIQ and acknowledged through ICC_IAR0_EL1', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 36, 0x20, 0);
    t.dist.write(0x84, t.dist.read(0x84) & ~(1 << 4)); // Group 0
    t.gic.setLevel(36, true);
    const c = t.gic.cpuInterfaces[0];
    expect(c.fiqPending).toBe(false); // IGRPEN0 = 0
    t.sys.write(0, 'ICC_IGRPEN0_EL1', 1);
    expect(c.fiqPending).toBe(true);
    expect(c.irqPending).toBe(false);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(1023n);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(1023n);
    expect(t.sys.read(0, 'ICC_HPPIR0_EL1')).toBe(36n);
    expect(t.sys.read(0, 'ICC_IAR0_EL1')).toBe(36n);
    expect(t.sys.read(0, 'ICC_AP0R0_EL1')).toBe(1n << 4n);
    expect(t.sys.read(0, 'ICC_AP1R0_EL1')).toBe(0n);
    t.sys.write(0, 'ICC_EOIR0_EL1', 36);
    expect(t.sys.read(0, 'ICC_AP0R0_EL1')).toBe(0n);
  });

  it('1-of-N routing (IRM = 1) goes to the lowest PE with the group enabled', () => {
    const t = makeGic(3);
    t.dist.write(0x0, 0x3);
    for (let pe = 0; pe < 3; pe++) t.sys.write(pe, 'ICC_PMR_EL1', 0xf0);
    setupSpi(t, 60, 0x80, 0);
    t.dist.write(0x6000 + 8 * 60, 0x8000_0000);
    t.gic.setLevel(60, true);
    t.sys.write(2, 'ICC_IGRPEN1_EL1', 1);
    expect(t.gic.cpuInterfaces.map((c) => c.irqPending)).toEqual([false, false, true]);
    t.sys.write(1, 'ICC_IGRPEN1_EL1', 1);
    expect(t.gic.cpuInterfaces.map((c) => c.irqPending)).toEqual([false, true, false]);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(60n);
  });

  it('IrqLine wiring: the PL011-style line drives SPI 33', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 33, 0x80, 0);
    const line = new IrqLine('uart0.irq');
    t.gic.connectSpi(line, 33);
    const changes: number[] = [];
    t.gic.onOutputChange = (pe) => changes.push(pe);
    line.set(true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    line.set(false);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    expect(changes).toEqual([0, 0]);
    expect(() => t.gic.setLevel(20, true)).toThrow();
  });
});

describe('GICv3 priorities', () => {
  it('PMR masks: the interrupt stays visible in HPPIR but IAR returns 1023', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 33, 0x80, 0);
    t.gic.setLevel(33, true);
    const c = t.gic.cpuInterfaces[0];
    t.sys.write(0, 'ICC_PMR_EL1', 0x80); // equal priority: masked
    expect(c.irqPending).toBe(false);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(33n);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(1023n);
    t.sys.write(0, 'ICC_PMR_EL1', 0x88);
    expect(c.irqPending).toBe(true);
  });

  it('running priority and preemption: nested acknowledge and priority drops in order', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 40, 0x80, 0);
    setupSpi(t, 41, 0x90, 0);
    setupSpi(t, 42, 0x40, 0);
    const c = t.gic.cpuInterfaces[0];
    t.gic.setLevel(40, true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(40n);
    t.gic.setLevel(41, true); // lower priority: waits
    expect(c.irqPending).toBe(false);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(41n);
    t.gic.setLevel(42, true); // higher: preempts
    expect(c.irqPending).toBe(true);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(42n);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(42n);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0x40n);
    expect(t.sys.read(0, 'ICC_AP1R0_EL1')).toBe(BigInt((1 << 8) | (1 << 16)));
    t.gic.setLevel(42, false);
    t.sys.write(0, 'ICC_EOIR1_EL1', 42);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0x80n);
    expect(c.irqPending).toBe(false);
    t.gic.setLevel(40, false);
    t.sys.write(0, 'ICC_EOIR1_EL1', 40);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0xffn);
    expect(c.irqPending).toBe(true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(41n);
  });

  it('equal priorities: the lowest INTID wins; the binary point sets preemption groups', () => {
    const t = makeGic(1);
    enableAll(t);
    setupSpi(t, 45, 0x80, 0);
    setupSpi(t, 44, 0x80, 0);
    t.gic.setLevel(45, true);
    t.gic.setLevel(44, true);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(44n);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(44n);
    t.gic.setLevel(44, false);
    setupSpi(t, 46, 0x70, 0);
    // Running priority 0x80 (INTID 44). BPR1 = 5: Group 1 binary point 4, group priority
    // bits 7:5: 0x70 -> 0x60 < 0x80 preempts.
    t.sys.write(0, 'ICC_BPR1_EL1', 5);
    t.gic.setLevel(46, true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    // BPR1 = 7: binary point 6, group priority bit 7 only: 0x70 -> 0x00 < 0x80 preempts.
    t.sys.write(0, 'ICC_BPR1_EL1', 7);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    // ... but 0x88 -> 0x80 is the running group priority: no preemption.
    t.gic.setLevel(46, false);
    t.dist.write(0x280 + 4, 1 << 14);
    setupSpi(t, 47, 0x88, 0);
    t.gic.setLevel(47, true);
    t.gic.setLevel(45, false);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0x80n);
    expect(t.sys.read(0, 'ICC_HPPIR1_EL1')).toBe(47n);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    t.sys.write(0, 'ICC_BPR1_EL1', 3);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false); // 0x88 > 0x80 anyway
  });

  it('EOImode = 1: EOIR only drops the priority, DIR deactivates', () => {
    const t = makeGic(1);
    enableAll(t);
    t.sys.write(0, 'ICC_CTLR_EL1', 2);
    setupSpi(t, 33, 0x80, 0);
    t.gic.setLevel(33, true);
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(33n);
    t.gic.setLevel(33, false);
    t.sys.write(0, 'ICC_EOIR1_EL1', 33);
    expect(t.sys.read(0, 'ICC_RPR_EL1')).toBe(0xffn);
    expect(t.dist.read(0x304)).toBe(0x2); // still active
    t.gic.setLevel(33, true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false); // active: not signalled
    t.sys.write(0, 'ICC_DIR_EL1', 33);
    expect(t.dist.read(0x304)).toBe(0);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    // DIR with EOImode = 0 is ignored.
    expect(t.sys.read(0, 'ICC_IAR1_EL1')).toBe(33n);
    t.sys.write(0, 'ICC_CTLR_EL1', 0);
    t.sys.write(0, 'ICC_DIR_EL1', 33);
    expect(t.dist.read(0x304)).toBe(0x2);
  });
});

describe('GICv3 SGIs and PPIs', () => {
  it('ICC_SGI1R_EL1 with a target list reaches exactly the listed PEs', () => {
    const t = makeGic(4);
    enableAll(t);
    for (let pe = 0; pe < 4; pe++) setupPrivate(t, pe, 5, 0x60);
    // INTID 5, TargetList {1, 2}, Aff1 = Aff2 = Aff3 = 0, RS = 0.
    t.sys.write(0, 'ICC_SGI1R_EL1', (5n << 24n) | 0b0110n);
    expect(t.gic.cpuInterfaces.map((c) => c.irqPending)).toEqual([false, true, true, false]);
    expect(t.redist(1, 1).read(0x200)).toBe(1 << 5);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(5n);
    expect(t.redist(1, 1).read(0x200)).toBe(0);
    expect(t.redist(1, 1).read(0x300)).toBe(1 << 5);
    t.sys.write(1, 'ICC_EOIR1_EL1', 5);
    expect(t.redist(1, 1).read(0x300)).toBe(0);
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(false); // SGIs are edge: no re-pend
    // Non-zero Aff1 or RS selects PEs that do not exist.
    t.sys.write(0, 'ICC_SGI1R_EL1', (5n << 24n) | (1n << 16n) | 0b1000n);
    t.sys.write(0, 'ICC_SGI1R_EL1', (5n << 24n) | (1n << 44n) | 0b1000n);
    expect(t.gic.cpuInterfaces[3].irqPending).toBe(false);
  });

  it('IRM = 1 sends to every PE but the sender', () => {
    const t = makeGic(4);
    enableAll(t);
    for (let pe = 0; pe < 4; pe++) setupPrivate(t, pe, 1, 0x60);
    t.sys.write(2, 'ICC_SGI1R_EL1', (1n << 24n) | (1n << 40n));
    expect(t.gic.cpuInterfaces.map((c) => c.irqPending)).toEqual([true, true, false, true]);
  });

  it('SGI0R and ASGI1R only pend Group 0 SGIs; SGI1R pends either (DS = 1)', () => {
    const t = makeGic(2);
    enableAll(t);
    setupPrivate(t, 1, 3, 0x60); // Group 1
    t.sys.write(0, 'ICC_SGI0R_EL1', (3n << 24n) | 0b10n);
    t.sys.write(0, 'ICC_ASGI1R_EL1', (3n << 24n) | 0b10n);
    expect(t.redist(1, 1).read(0x200)).toBe(0);
    t.redist(1, 1).write(0x80, 0); // SGI 3 -> Group 0
    t.sys.write(0, 'ICC_SGI0R_EL1', (3n << 24n) | 0b10n);
    expect(t.redist(1, 1).read(0x200)).toBe(1 << 3);
    t.redist(1, 1).write(0x280, 1 << 3);
    t.sys.write(0, 'ICC_SGI1R_EL1', (3n << 24n) | 0b10n);
    expect(t.redist(1, 1).read(0x200)).toBe(1 << 3);
    t.sys.write(1, 'ICC_IGRPEN0_EL1', 1);
    expect(t.gic.cpuInterfaces[1].fiqPending).toBe(true);
  });

  it('PPIs: level inputs per PE (timer on 27), maintenance on 25', () => {
    const t = makeGic(2);
    enableAll(t);
    setupPrivate(t, 1, 27, 0xa0);
    t.gic.setPpiLevel(1, 27, true);
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(false);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(27n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 27);
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(true); // still high
    t.gic.setPpiLevel(1, 27, false);
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(false);
    const line = new IrqLine('cpu0.timer.virt');
    setupPrivate(t, 0, 27, 0xa0);
    t.gic.connectPpi(0, line, 27);
    line.set(true);
    expect(t.gic.cpuInterfaces[0].irqPending).toBe(true);
    expect(() => t.gic.setPpiLevel(0, 3, true)).toThrow();
  });
});

// ---- virtualization ------------------------------------------------------------------

const IMO_FMO = (1 << 4) | (1 << 3);

/** An ICH_LR<n>_EL2 value. */
function lr(state: number, group: number, priority: number, vintid: number, o: { hw?: boolean; pintid?: number; eoi?: boolean } = {}): bigint {
  return (
    (BigInt(state) << 62n) |
    (o.hw ? 1n << 61n : 0n) |
    (BigInt(group) << 60n) |
    (BigInt(priority) << 48n) |
    (BigInt(o.pintid ?? 0) << 32n) |
    (o.eoi ? 1n << 41n : 0n) |
    BigInt(vintid)
  );
}

/** A GIC with the host set up on every PE and PE 1 ready to run a guest. */
function hostWithGuest(cpus = 2) {
  const t = makeGic(cpus);
  enableAll(t);
  setupPrivate(t, 1, 25, 0x80); // maintenance interrupt, as a hypervisor enables it
  t.sys.write(1, 'ICH_VMCR_EL2', 0xf800_0002); // ZVM's value
  t.sys.write(1, 'ICH_HCR_EL2', 1);
  return t;
}

function enterGuest(t: TestGic, pe: number): void {
  t.pes[pe].el = 1;
  t.pes[pe].hcrLo = IMO_FMO;
}

function exitToHost(t: TestGic, pe: number): void {
  t.pes[pe].el = 2;
}

describe('GICv3 virtualization: ICH_* registers', () => {
  it('ICH_VTR_EL2, ICH_VMCR_EL2 minimums and RES bits, ICH_HCR_EL2 writable bits', () => {
    const t = makeGic(1);
    expect(t.sys.read(0, 'ICH_VTR_EL2')).toBe(0x9038_0003n);
    t.sys.write(0, 'ICH_VMCR_EL2', 0xf800_0002);
    expect(t.sys.read(0, 'ICH_VMCR_EL2')).toBe(0xf84c_000an);
    t.sys.write(0, 'ICH_VMCR_EL2', 0xffff_ffff);
    expect(t.sys.read(0, 'ICH_VMCR_EL2')).toBe(0xf8fc_021bn);
    t.sys.write(0, 'ICH_HCR_EL2', 0xffff_ffff);
    expect(t.sys.read(0, 'ICH_HCR_EL2')).toBe(0xf800_5cffn);
    t.sys.write(0, 'ICH_HCR_EL2', 0);
    // LR: RES0 bits and unimplemented priority bits read as zero.
    t.sys.write(0, 'ICH_LR2_EL2', 0xffff_ffff_ffff_ffffn);
    expect(t.sys.read(0, 'ICH_LR2_EL2')).toBe(0xf0f8_1fff_ffff_ffffn);
    expect(t.sys.read(0, 'ICH_ELRSR_EL2')).toBe(0b1011n);
    expect(t.sys.read(0, 'ICH_AP0R1_EL2')).toBe(0n);
    t.sys.write(0, 'ICH_AP1R0_EL2', 0x8000_0001);
    expect(t.sys.read(0, 'ICH_AP1R0_EL2')).toBe(0x8000_0001n);
  });

  it('ZVM flow: HW = 1 virtual timer, host EOImode = 1, guest EOI deactivates the physical PPI', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    setupPrivate(t, 1, 27, 0xa0);
    t.sys.write(1, 'ICC_CTLR_EL1', 2); // host EOImode = 1
    // The guest's virtual timer fires while the guest runs: the host takes it.
    t.gic.setPpiLevel(1, 27, true);
    expect(c.irqPending).toBe(true);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(27n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 27); // priority drop only
    expect(t.sys.read(1, 'ICC_RPR_EL1')).toBe(0xffn);
    expect(t.redist(1, 1).read(0x300)).toBe(1 << 27); // still active
    // Inject it: LR0 = pending, Group 1, priority 0xA0, HW, pINTID = vINTID = 27.
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0xa0, 27, { hw: true, pintid: 27 }));
    expect(t.sys.read(1, 'ICH_ELRSR_EL2')).toBe(0b1110n);
    expect(c.vIrqPending).toBe(true);
    expect(c.irqPending).toBe(false); // physical 27 is active
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_HPPIR1_EL1')).toBe(27n);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(27n); // ICV_IAR1_EL1
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(1023n);
    expect(c.vIrqPending).toBe(false);
    expect(t.sys.read(1, 'ICC_RPR_EL1')).toBe(0xa0n); // ICV_RPR_EL1
    expect(t.gic.cpuInterfaces[1].runningPriority()).toBe(0xff); // physical untouched
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_LR0_EL2')).toBe(lr(2, 1, 0xa0, 27, { hw: true, pintid: 27 }));
    expect(t.sys.read(1, 'ICH_AP1R0_EL2')).toBe(1n << 20n);
    expect(t.sys.read(1, 'ICH_ELRSR_EL2')).toBe(0b1110n);
    enterGuest(t, 1);
    t.gic.setPpiLevel(1, 27, false); // the guest's handler reprograms the timer
    t.sys.write(1, 'ICC_EOIR1_EL1', 27); // ICV_EOIR1_EL1, VEOIM = 0: drop + deactivate
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_LR0_EL2')).toBe(lr(0, 1, 0xa0, 27, { hw: true, pintid: 27 }));
    expect(t.sys.read(1, 'ICH_AP1R0_EL2')).toBe(0n);
    expect(t.sys.read(1, 'ICH_ELRSR_EL2')).toBe(0b1111n);
    expect(t.sys.read(1, 'ICH_EISR_EL2')).toBe(0n); // HW = 1: no EOI maintenance
    expect(t.redist(1, 1).read(0x300)).toBe(0); // physical 27 deactivated
    expect(t.sys.read(1, 'ICH_HCR_EL2')).toBe(1n); // EOIcount unchanged
    expect(c.irqPending).toBe(false);
  });

  it('HW = 1 deactivation with the line still high re-pends the physical interrupt', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    setupPrivate(t, 1, 27, 0xa0);
    t.sys.write(1, 'ICC_CTLR_EL1', 2);
    t.gic.setPpiLevel(1, 27, true);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(27n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 27);
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0xa0, 27, { hw: true, pintid: 27 }));
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(27n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 27);
    expect(c.irqPending).toBe(true); // the host sees the timer again
  });

  it('software injection with EOI = 1: EISR, MISR.EOI and the maintenance interrupt', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    t.sys.write(1, 'ICH_LR1_EL2', lr(1, 1, 0x80, 33, { eoi: true }));
    expect(t.sys.read(1, 'ICH_ELRSR_EL2')).toBe(0b1101n);
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(33n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 33);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_EISR_EL2')).toBe(0b0010n);
    expect(t.sys.read(1, 'ICH_ELRSR_EL2')).toBe(0b1101n); // EOI = 1: not empty yet
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(1n); // EOI
    expect(t.redist(1, 1).read(0x200)).toBe(1 << 25); // maintenance PPI pending (level)
    expect(c.irqPending).toBe(true);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(25n);
    t.sys.write(1, 'ICH_LR1_EL2', 0); // the hypervisor frees the LR
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0n);
    expect(t.redist(1, 1).read(0x200)).toBe(0);
    t.sys.write(1, 'ICC_EOIR1_EL1', 25);
    expect(c.irqPending).toBe(false);
  });

  it('underflow (UIE): maintenance with zero or one valid LR, none with two', () => {
    const t = hostWithGuest();
    const U = 2n;
    t.sys.write(1, 'ICH_HCR_EL2', 0b11); // En | UIE
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(U);
    expect(t.gic.redistributors[1].bank.level[25]).toBe(1);
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0x80, 40));
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(U);
    t.sys.write(1, 'ICH_LR3_EL2', lr(2, 1, 0x80, 41));
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0n);
    expect(t.gic.redistributors[1].bank.level[25]).toBe(0);
    // Guest EOI of 41 leaves one valid LR: underflow again.
    enterGuest(t, 1);
    t.sys.write(1, 'ICH_AP1R0_EL2', 0); // (not needed for deactivation)
    t.sys.write(1, 'ICC_EOIR1_EL1', 41);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(U);
    // En = 0: MISR still reads, but no maintenance interrupt.
    t.sys.write(1, 'ICH_HCR_EL2', 0b10);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(U);
    expect(t.gic.redistributors[1].bank.level[25]).toBe(0);
  });

  it('NP: no LR in the pending state', () => {
    const t = hostWithGuest();
    t.sys.write(1, 'ICH_HCR_EL2', 0b1001); // En | NPIE
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(8n);
    t.sys.write(1, 'ICH_LR0_EL2', lr(2, 1, 0x80, 40)); // active only
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(8n);
    t.sys.write(1, 'ICH_LR1_EL2', lr(3, 1, 0x80, 41)); // pending and active
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0n);
    t.sys.write(1, 'ICH_LR1_EL2', lr(1, 1, 0x80, 41));
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0n);
  });

  it('EOIcount and LRENP: EOIs and DIRs that match no LR', () => {
    const t = hostWithGuest();
    t.sys.write(1, 'ICH_HCR_EL2', 0b101); // En | LRENPIE
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_EOIR1_EL1', 40); // VEOIM = 0: deactivation of an unlisted INTID
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_HCR_EL2')).toBe(0x0800_0005n);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(4n);
    expect(t.gic.redistributors[1].bank.level[25]).toBe(1);
    // VEOIM = 1: EOIR does not count, DIR does; special INTIDs never count.
    t.sys.write(1, 'ICH_VMCR_EL2', 0xf800_0202);
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_EOIR1_EL1', 40);
    t.sys.write(1, 'ICC_DIR_EL1', 1023);
    t.sys.write(1, 'ICC_DIR_EL1', 40);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_HCR_EL2')).toBe(0x1000_0005n);
    // The count wraps at 5 bits; the hypervisor clears it by writing.
    t.sys.write(1, 'ICH_HCR_EL2', 0xf800_0005);
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_DIR_EL1', 40);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_HCR_EL2')).toBe(0x5n);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0n);
  });

  it('VGrp0E/VGrp0D/VGrp1E/VGrp1D follow ICH_VMCR_EL2.VENG0/VENG1', () => {
    const t = hostWithGuest();
    t.sys.write(1, 'ICH_HCR_EL2', 0xf1); // En and all four group interrupt enables
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0x20n | 0x40n); // VENG0 = 0, VENG1 = 1
    t.sys.write(1, 'ICH_VMCR_EL2', 0xf800_0001);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0x10n | 0x80n);
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_IGRPEN1_EL1', 1); // ICV_IGRPEN1_EL1 -> VENG1
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_VMCR_EL2')).toBe(0xf84c_000bn);
    expect(t.sys.read(1, 'ICH_MISR_EL2')).toBe(0x10n | 0x40n);
  });
});

describe('GICv3 virtualization: ICV_* interface', () => {
  it('virtual priority mask, priority order, pending-and-active LRs', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0x90, 50));
    t.sys.write(1, 'ICH_LR1_EL2', lr(1, 1, 0x60, 51));
    t.sys.write(1, 'ICH_LR2_EL2', lr(3, 1, 0x10, 52)); // pending and active: not a candidate
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_PMR_EL1', 0x60); // ICV_PMR_EL1
    expect(c.vIrqPending).toBe(false);
    expect(t.sys.read(1, 'ICC_HPPIR1_EL1')).toBe(51n);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(1023n);
    t.sys.write(1, 'ICC_PMR_EL1', 0xf8);
    expect(t.sys.read(1, 'ICC_PMR_EL1')).toBe(0xf8n);
    expect(c.vIrqPending).toBe(true);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(51n);
    expect(c.vIrqPending).toBe(false); // 0x90 cannot preempt 0x60
    expect(t.sys.read(1, 'ICC_HPPIR1_EL1')).toBe(50n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 51); // drops 0x60, deactivates 51
    t.sys.write(1, 'ICC_PMR_EL1', 0x08);
    exitToHost(t, 1);
    // The hypervisor turns 52 into a plain pending interrupt of priority 0: it beats VPMR 0x08.
    t.sys.write(1, 'ICH_LR2_EL2', lr(1, 1, 0x00, 52));
    expect(c.vIrqPending).toBe(true);
    expect(t.sys.read(1, 'ICH_VMCR_EL2') >> 24n).toBe(0x08n);
    // The host's own PMR is a different register.
    expect(t.sys.read(1, 'ICC_PMR_EL1')).toBe(0xf0n);
  });

  it('VEOIM = 1: ICV_EOIR drops the priority, ICV_DIR deactivates (HW = 1 reaches the physical GIC)', () => {
    const t = hostWithGuest();
    setupPrivate(t, 1, 30, 0xa0);
    t.sys.write(1, 'ICC_CTLR_EL1', 2);
    t.gic.setPpiLevel(1, 30, true);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(30n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 30);
    t.gic.setPpiLevel(1, 30, false);
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0xa0, 30, { hw: true, pintid: 30 }));
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_CTLR_EL1', 2); // ICV_CTLR_EL1.EOImode -> VEOIM
    expect(t.sys.read(1, 'ICC_CTLR_EL1')).toBe(0x8402n);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(30n);
    t.sys.write(1, 'ICC_EOIR1_EL1', 30);
    expect(t.sys.read(1, 'ICC_RPR_EL1')).toBe(0xffn);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_VMCR_EL2') & 0x200n).toBe(0x200n);
    expect(t.sys.read(1, 'ICH_LR0_EL2') >> 62n).toBe(2n); // still active
    expect(t.redist(1, 1).read(0x300)).toBe(1 << 30);
    enterGuest(t, 1);
    t.sys.write(1, 'ICC_DIR_EL1', 30);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_LR0_EL2') >> 62n).toBe(0n);
    expect(t.redist(1, 1).read(0x300)).toBe(0);
  });

  it('Group 0 LRs: vFIQ, ICV_IAR0 under FMO; the group must match the IAR', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    t.sys.write(1, 'ICH_VMCR_EL2', 0xf800_0003);
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 0, 0x40, 7));
    expect(c.vFiqPending).toBe(true);
    expect(c.vIrqPending).toBe(false);
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(1023n);
    expect(t.sys.read(1, 'ICC_HPPIR0_EL1')).toBe(7n);
    expect(t.sys.read(1, 'ICC_IAR0_EL1')).toBe(7n);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_AP0R0_EL2')).toBe(1n << 8n);
    expect(c.vFiqPending).toBe(false);
    // With FMO clear, Group 0 registers reach the physical interface even with IMO set.
    t.pes[1].el = 1;
    t.pes[1].hcrLo = 1 << 4;
    expect(t.sys.read(1, 'ICC_AP0R0_EL1')).toBe(0n);
    expect(t.sys.read(1, 'ICC_AP1R0_EL1')).toBe(0n);
  });

  it('ICH_HCR_EL2.En = 0 disables the virtual interface', () => {
    const t = hostWithGuest();
    const c = t.gic.cpuInterfaces[1];
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0x40, 7));
    expect(c.vIrqPending).toBe(true);
    t.sys.write(1, 'ICH_HCR_EL2', 0);
    expect(c.vIrqPending).toBe(false);
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_IAR1_EL1')).toBe(1023n);
  });

  it('ICV_BPR0/1 and ICV_CTLR map onto ICH_VMCR_EL2', () => {
    const t = hostWithGuest();
    enterGuest(t, 1);
    expect(t.sys.read(1, 'ICC_BPR0_EL1')).toBe(2n);
    expect(t.sys.read(1, 'ICC_BPR1_EL1')).toBe(3n);
    t.sys.write(1, 'ICC_BPR1_EL1', 5);
    t.sys.write(1, 'ICC_BPR0_EL1', 4);
    t.sys.write(1, 'ICC_CTLR_EL1', 1); // VCBPR
    expect(t.sys.read(1, 'ICC_BPR1_EL1')).toBe(5n);
    t.sys.write(1, 'ICC_BPR1_EL1', 7); // ignored with CBPR
    expect(t.sys.read(1, 'ICC_IGRPEN1_EL1')).toBe(1n);
    exitToHost(t, 1);
    expect(t.sys.read(1, 'ICH_VMCR_EL2')).toBe(0xf894_001an);
    // The physical binary points are untouched.
    expect(t.sys.read(1, 'ICC_BPR1_EL1')).toBe(3n);
  });

  it('traps of EL1 accesses to EL2', () => {
    const t = hostWithGuest();
    expect(t.sys.traps(1, 'ICC_SGI1R_EL1')).toBe(false); // EL2
    t.pes[1].el = 1;
    expect(t.sys.traps(1, 'ICC_SGI1R_EL1')).toBe(false); // IMO = FMO = 0
    enterGuest(t, 1);
    expect(t.sys.traps(1, 'ICC_SGI1R_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_ASGI1R_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_SGI0R_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_IAR1_EL1')).toBe(false);
    expect(t.sys.traps(1, 'SCTLR_EL1')).toBe(false);
    t.gic.cpuInterfaces[1].virt.writeHcr(1 | (1 << 12)); // TALL1
    expect(t.sys.traps(1, 'ICC_IAR1_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_AP1R0_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_IAR0_EL1')).toBe(false);
    expect(t.sys.traps(1, 'ICC_PMR_EL1')).toBe(false);
    t.gic.cpuInterfaces[1].virt.writeHcr(1 | (1 << 10)); // TC
    expect(t.sys.traps(1, 'ICC_PMR_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_DIR_EL1')).toBe(true);
    t.gic.cpuInterfaces[1].virt.writeHcr(1 | (1 << 14)); // TDIR
    expect(t.sys.traps(1, 'ICC_DIR_EL1')).toBe(true);
    expect(t.sys.traps(1, 'ICC_PMR_EL1')).toBe(false);
    expect(t.sys.traps(1, 'ICC_SRE_EL1')).toBe(false);
    t.gic.cpuInterfaces[1].sreEnable = false;
    expect(t.sys.traps(1, 'ICC_SRE_EL1')).toBe(true);
    t.pes[1].model.el2 = false;
    expect(t.sys.traps(1, 'ICC_SRE_EL1')).toBe(false);
  });
});

describe('GICv3 reset', () => {
  it('a bus reset of either window resets the whole GIC but keeps the input levels', () => {
    const t = hostWithGuest();
    setupSpi(t, 33, 0x80, 1);
    t.gic.setLevel(33, true);
    t.sys.write(1, 'ICH_LR0_EL2', lr(1, 1, 0x40, 7));
    expect(t.gic.cpuInterfaces[1].irqPending).toBe(true);
    t.gic.redistributorRegion.reset();
    const c = t.gic.cpuInterfaces[1];
    expect([c.irqPending, c.vIrqPending]).toEqual([false, false]);
    expect(t.dist.read(0x0)).toBe(0x50);
    expect(t.redist(1, 0).read(0x14)).toBe(0x6);
    expect(t.sys.read(1, 'ICH_LR0_EL2')).toBe(0n);
    expect(t.sys.read(1, 'ICC_PMR_EL1')).toBe(0n);
    expect(t.dist.read(0x204)).toBe(0x2); // SPI 33's line is still high: pending
    enableAll(t);
    setupSpi(t, 33, 0x80, 1);
    expect(c.irqPending).toBe(true);
  });
});
