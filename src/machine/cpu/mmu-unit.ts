// The PE's memory management unit: picks the translation regime from the EL and the
// system registers, translates through the TLB (walking on a miss), turns walk faults
// into aborts with their syndromes, and executes TLBI and AT. The walks themselves are
// the pure functions of src/machine/mmu.

import { allocateTlb } from './wasm-tier/layout.ts';
import {
  applyTlbi,
  AtResult,
  BusDescriptorReader,
  CTX_STAGE2_OFF,
  DebugDescriptorReader,
  debugTranslate,
  FAST_MODE_FLAT,
  tlbIndex,
  executeAt,
  faultStatusCode,
  hpfarHi,
  hpfarLo,
  isDevice as isDeviceBinding,
  NEED_NONE,
  REGIME_EL10,
  REGIME_EL2,
  REGIME_EL20,
  S1Params,
  S2Params,
  Tlb,
  tlbContext as tlbContextBinding,
  translate as translateBinding,
  WalkResult,
  WALK_IGNORE_AF,
  type AtOp,
  type DebugTranslation,
  type Regime,
  type TlbiOp,
} from '../mmu/index.ts';
import type { Cpu } from './cpu.ts';
import { EC, hcr, hcrE2H, hcrTGE, syncTargetEL, syndrome } from './exceptions.ts';
import { SYSREG } from './sysregs.ts';

// tsx reads imported bindings through getters (two here: index.ts re-exports walk.ts and
// tlb.ts): bind the functions called per access or per walk to module-local constants.
const isDevice = isDeviceBinding;
const translate = translateBinding;
const tlbContext = tlbContextBinding;

const R = {
  HCR: SYSREG.HCR_EL2,
  SCTLR1: SYSREG.SCTLR_EL1,
  SCTLR2: SYSREG.SCTLR_EL2,
  TCR1: SYSREG.TCR_EL1,
  TCR2: SYSREG.TCR_EL2,
  TTBR0_1: SYSREG.TTBR0_EL1,
  TTBR1_1: SYSREG.TTBR1_EL1,
  TTBR0_2: SYSREG.TTBR0_EL2,
  TTBR1_2: SYSREG.TTBR1_EL2,
  MAIR1: SYSREG.MAIR_EL1,
  MAIR2: SYSREG.MAIR_EL2,
  VTCR: SYSREG.VTCR_EL2,
  VTTBR: SYSREG.VTTBR_EL2,
  HPFAR: SYSREG.HPFAR_EL2,
  PAR: SYSREG.PAR_EL1,
};

// PERM_* bits of src/machine/mmu/walk.ts, as literals: imported constants are slower in
// per-access code under tsx's per-file transform.
const PERM_R0 = 0x01;
const PERM_W0 = 0x02;
const PERM_X0 = 0x04;
const PERM_R1 = 0x08;
const PERM_W1 = 0x10;
const PERM_X1 = 0x20;

const HCR_VM = 1;
const HCR_PTW = 1 << 2;
const SCTLR_A = 1 << 1;
/**
 * The SCTLR_ELx bits a walk depends on, M and WXN, and A, which the TLB's fast view records
 * per entry (whether unaligned accesses may use it): a change drops the regime's entries.
 */
const SCTLR_WALK = 1 | (1 << 19) | SCTLR_A;
/** Where MmuUnit.walkedUnder keeps each set of controls (5 words each, stage 2 uses 2). */
const UNDER_EL1 = 0;
const UNDER_EL2 = 5;
const UNDER_S2 = 10;

export class MmuUnit {
  /** Stage 1 or stage 2 translation is on in the current regime. */
  on = false;
  /**
   * Page-table walks done on TLB misses (each fills the TLB or takes a fault), for data
   * accesses and for instruction fetches, since the PE was created. AT and debug walks are
   * not counted.
   */
  dataWalks = 0;
  fetchWalks = 0;
  readonly tlb: Tlb;
  private readonly s1 = new S1Params();
  private readonly s2 = new S2Params();
  private readonly res = new WalkResult();
  private readonly reader: BusDescriptorReader;
  private readonly debugReader: DebugDescriptorReader;
  private ctx = 0;
  private asid = 0;
  /** SCTLR_ELx.A of the current regime: alignment checks on Normal memory too. */
  private strictAlign = false;
  private paBits = 40;
  private readonly atScratch = new AtResult();
  private readonly atS1 = new S1Params();
  /** VTTBR_EL2 as last seen, to flush the TLB when it changes (ZVM ORs the VMID into BADDR). */
  private vttbrLo = 0;
  private vttbrHi = 0;
  /**
   * The controls the TLB's entries were walked under, besides what their tags say
   * (regime, VMID, ASID, stage 2 on or off): the EL1 registers (SCTLR_EL1.M/WXN, TCR_EL1,
   * MAIR_EL1), the EL2 ones, and stage 2's (VTCR_EL2, HCR_EL2.PTW). As QEMU does on
   * these writes, a change drops the entries it affects, so that for instance a
   * translation made with the MMU off never serves an access once it is on.
   */
  private readonly walkedUnder = new Int32Array(15);

  constructor(private readonly cpu: Cpu) {
    const m = cpu.bus.memory;
    this.tlb = new Tlb(m.buffer, allocateTlb(m));
    this.reader = new BusDescriptorReader(cpu.bus);
    this.debugReader = new DebugDescriptorReader(cpu.bus);
  }

  /** Re-reads the regime and its registers; call after any EL or translation-register change. */
  update(): void {
    const cpu = this.cpu;
    const v = cpu.sys.values;
    this.paBits = cpu.model.paRange === 5 ? 48 : 40;
    const el2 = cpu.model.el2;
    const hcrLo = el2 ? hcr(cpu) : 0;
    const e2h = hcrE2H(cpu);
    const tge = hcrTGE(cpu);
    let regime: Regime;
    if (cpu.el === 2) regime = e2h ? REGIME_EL20 : REGIME_EL2;
    else if (cpu.el === 0 && e2h && tge) regime = REGIME_EL20;
    else regime = REGIME_EL10;
    this.loadS1(this.s1, regime);
    if (this.controlsDiffer(UNDER_EL1, v[2 * R.SCTLR1] & SCTLR_WALK, v[2 * R.TCR1], v[2 * R.TCR1 + 1], v[2 * R.MAIR1], v[2 * R.MAIR1 + 1])) {
      this.tlb.invalidateRegime(REGIME_EL10);
    }
    if (this.controlsDiffer(UNDER_EL2, v[2 * R.SCTLR2] & SCTLR_WALK, v[2 * R.TCR2], v[2 * R.TCR2 + 1], v[2 * R.MAIR2], v[2 * R.MAIR2 + 1])) {
      this.tlb.invalidateRegime(REGIME_EL2);
      this.tlb.invalidateRegime(REGIME_EL20);
    }
    const vttbrLo = v[2 * R.VTTBR];
    const vttbrHi = v[2 * R.VTTBR + 1];
    if (vttbrLo !== this.vttbrLo || vttbrHi !== this.vttbrHi) {
      this.vttbrLo = vttbrLo;
      this.vttbrHi = vttbrHi;
      this.tlb.invalidateAll();
    }
    this.s2.load(el2 && (hcrLo & HCR_VM) !== 0 && !tge, v[2 * R.VTCR], vttbrLo, vttbrHi, this.paBits, (hcrLo & HCR_PTW) !== 0);
    const withS2 = regime === REGIME_EL10 && this.s2.enabled;
    // Stage 2's controls matter only to walks that use it (a hypervisor's host runs with
    // stage 2 off and another HCR_EL2.PTW: no flush on each entry and exit).
    if (withS2 && this.controlsDiffer(UNDER_S2, v[2 * R.VTCR], hcrLo & HCR_PTW, 0, 0, 0)) this.tlb.invalidateRegime(REGIME_EL10);
    this.on = this.s1.enabled || withS2;
    this.ctx = tlbContext(regime, this.s2.vmid) | (regime === REGIME_EL10 && !withS2 ? CTX_STAGE2_OFF : 0);
    this.asid = this.s1.asid;
    const sctlr = v[2 * (regime === REGIME_EL10 ? R.SCTLR1 : R.SCTLR2)];
    this.strictAlign = (sctlr & SCTLR_A) !== 0;
    this.updateFetchKey();
  }

  /** Records controls a..e at walkedUnder[at..]; true when they differ from the last ones recorded there. */
  private controlsDiffer(at: number, a: number, b: number, c: number, d: number, e: number): boolean {
    const w = this.walkedUnder;
    if (w[at] === a && w[at + 1] === b && w[at + 2] === c && w[at + 3] === d && w[at + 4] === e) return false;
    w[at] = a;
    w[at + 1] = b;
    w[at + 2] = c;
    w[at + 3] = d;
    w[at + 4] = e;
    return true;
  }

  /** Recomputes fetchKey (Cpu.controlsChanged calls it again after the FP trap target). */
  updateFetchKey(): void {
    const cpu = this.cpu;
    // Interned to a small integer so that the run loop compares small integers. Looked up
    // by ctx (< 2^21), then by the rest (ASID < 2^16, EL < 4, the FP trap target < 4): small
    // integers both, where one number of all (up to 2^42) would be a heap number, allocated
    // on every change of EL.
    let keys = this.fetchKeys.get(this.ctx);
    if (keys === undefined) {
      keys = new Map();
      this.fetchKeys.set(this.ctx, keys);
    }
    const rest = (((this.asid & 0xffff) * 4 + cpu.el) * 8) | (this.on ? 4 : 0) | cpu.fpTrapTarget;
    let key = keys.get(rest);
    if (key === undefined) {
      key = this.fetchKeyCount++;
      keys.set(rest, key);
    }
    this.fetchKey = key;
  }

  private readonly fetchKeys = new Map<number, Map<number, number>>();
  private fetchKeyCount = 0;

  /**
   * What an instruction fetch's translation and decoding depend on besides the TLB's
   * contents: the TLB tag (regime, VMID, ASID), the EL (execute permission), whether
   * translation is on, and the SIMD&FP trap target (blocks are decoded with the trapping
   * handlers). The PE's block successor links are valid for one fetchKey and Tlb.fetchGen.
   */
  fetchKey = -1;

  private loadS1(s1: S1Params, regime: Regime): void {
    const v = this.cpu.sys.values;
    const el1 = regime === REGIME_EL10;
    const sctlr = el1 ? R.SCTLR1 : R.SCTLR2;
    const tcr = el1 ? R.TCR1 : R.TCR2;
    const t0 = el1 ? R.TTBR0_1 : R.TTBR0_2;
    const t1 = el1 ? R.TTBR1_1 : R.TTBR1_2;
    const mair = el1 ? R.MAIR1 : R.MAIR2;
    s1.load(regime, v[2 * sctlr], v[2 * tcr], v[2 * tcr + 1], v[2 * t0], v[2 * t0 + 1], v[2 * t1], v[2 * t1 + 1], v[2 * mair], v[2 * mair + 1], this.paBits);
  }

  /** Physical address of a data access of `size` bytes at VA (lo, hi); takes the abort on a fault. */
  data(lo: number, hi: number, size: number, write: boolean): number {
    const unpriv = this.cpu.el === 0 || this.cpu.unprivilegedAccess;
    const need = write ? (unpriv ? PERM_W0 : PERM_W1) : unpriv ? PERM_R0 : PERM_R1;
    const t = this.tlb;
    const i = ((lo >>> 12) ^ (hi >>> 4)) & 0xfff;
    let pa: number;
    let attr: number;
    if (t.vaLo[i] === (lo & -4096) && t.vaHi[i] === hi && t.ctx[i] === this.ctx && (t.asid[i] === this.asid || t.asid[i] === -1) && (t.perm[i] & need) !== 0) {
      pa = t.pa[i] + (lo & 0xfff);
      attr = t.attr[i];
    } else {
      this.walk(lo, hi, need, write, false);
      pa = this.res.pa;
      attr = this.res.attr;
    }
    if ((lo & (size - 1)) !== 0 && (this.strictAlign || isDevice(attr))) {
      this.cpu.dataAbort(0x21, lo, hi, write);
    }
    return pa;
  }

  /**
   * The TLB fast view's access class (Tlb.fastClass) of compiled code's data accesses now:
   * the regime, VMID and ASID, privileged or not, or translation off.
   */
  fastClass(): number {
    return this.tlb.fastClass(this.ctx, this.asid, !this.on ? FAST_MODE_FLAT : this.cpu.el === 0 ? 1 : 0);
  }

  /**
   * After compiled code's data access at VA (lo, hi) took the full path (and completed):
   * puts its page into the TLB's fast view for the current class, readable and writable as
   * the TLB entry allows, when the TLB now holds it in RAM (with translation off: when the
   * address is in RAM). Not while a watchpoint is armed (the class then never matches).
   */
  fillFastView(lo: number, hi: number): void {
    const t = this.tlb;
    if (!this.on) {
      const bus = this.cpu.bus;
      const page = (lo & -4096) >>> 0;
      // Data accesses with translation off are to Device memory: no unaligned ones.
      if (hi === 0 && page >= bus.ramBase && page - bus.ramBase < bus.ramSize) t.setFast(tlbIndex(lo, 0), lo, 0, this.fastClass(), true, true, page - bus.ramBase, false);
      return;
    }
    const i = t.find(lo, hi, this.ctx, this.asid);
    if (i < 0) return;
    const ram = t.ram[i];
    if (ram === -1) return; // not RAM (RAM offsets of 2 GiB and more are negative int32s)
    const unpriv = this.cpu.el === 0;
    const perm = t.perm[i];
    // Unaligned accesses as data() allows them (SCTLR.A drops the entries when it changes).
    const unaligned = !this.strictAlign && !isDevice(t.attr[i]);
    t.setFast(i, lo, hi, this.fastClass(), (perm & (unpriv ? PERM_R0 : PERM_R1)) !== 0, (perm & (unpriv ? PERM_W0 : PERM_W1)) !== 0, ram, unaligned);
  }

  /**
   * The fast path of an aligned data access at VA (lo, hi) that hits the TLB with the
   * permission it needs and lands in RAM: its RAM offset. -1 otherwise (the caller then
   * takes the full path through data(), which gives the same result for such an access).
   */
  ramData(lo: number, hi: number, write: boolean): number {
    const cpu = this.cpu;
    const unpriv = cpu.el === 0 || cpu.unprivilegedAccess;
    const need = write ? (unpriv ? PERM_W0 : PERM_W1) : unpriv ? PERM_R0 : PERM_R1;
    const t = this.tlb;
    const i = ((lo >>> 12) ^ (hi >>> 4)) & 0xfff;
    if (t.vaLo[i] === (lo & -4096) && t.vaHi[i] === hi && t.ctx[i] === this.ctx && (t.asid[i] === this.asid || t.asid[i] === -1) && (t.perm[i] & need) !== 0) {
      const r = t.ram[i];
      if (r !== -1) return (r >>> 0) + (lo & 0xfff);
    }
    return -1;
  }

  /** Physical address of the instruction at VA (lo, hi); takes the abort on a fault. */
  fetch(lo: number, hi: number): number {
    return this.fetchOffset(lo, hi) + this.cpu.bus.ramBase;
  }

  /**
   * fetch() as an offset from the RAM base, for the run loop: a PA of 2 GiB or more is not
   * a small integer, and returning one would allocate a heap number on every fetch.
   */
  fetchOffset(lo: number, hi: number): number {
    const need = this.cpu.el === 0 ? PERM_X0 : PERM_X1;
    const t = this.tlb;
    const i = ((lo >>> 12) ^ (hi >>> 4)) & 0xfff;
    if (t.vaLo[i] === (lo & -4096) && t.vaHi[i] === hi && t.ctx[i] === this.ctx && (t.asid[i] === this.asid || t.asid[i] === -1) && (t.perm[i] & need) !== 0) {
      t.markFetched(i);
      return t.pa[i] + (lo & 0xfff) - this.cpu.bus.ramBase;
    }
    this.walk(lo, hi, need, false, true);
    return this.res.pa - this.cpu.bus.ramBase;
  }

  /**
   * Walks and fills the TLB (the PA in res.pa: returned, one of 2 GiB or more would be a heap
   * number to allocate), or takes the abort the fault calls for.
   */
  private walk(lo: number, hi: number, need: number, write: boolean, fetch: boolean): void {
    const res = this.res;
    if (fetch) this.fetchWalks++;
    else this.dataWalks++;
    if (translate(this.s1, this.s2, lo, hi, need, this.reader, res)) {
      const slot = this.tlb.fill(lo, hi, this.ctx, res);
      if (fetch) this.tlb.markFetched(slot);
      const bus = this.cpu.bus;
      const page = this.tlb.pa[slot] - bus.ramBase;
      this.tlb.ram[slot] = page >= 0 && page < bus.ramSize ? page : -1;
      return;
    }
    const f = res.fault;
    const cpu = this.cpu;
    const fsc = faultStatusCode(f);
    if (f.stage === 2) {
      // Stage-2 faults go to EL2 with the faulting IPA in HPFAR_EL2.
      const v = cpu.sys.values;
      v[2 * R.HPFAR] = hpfarLo(f);
      v[2 * R.HPFAR + 1] = hpfarHi(f);
      const ec = fetch ? EC.IABT_LOWER : EC.DABT_LOWER;
      let iss = fsc | (f.s1ptw ? 1 << 7 : 0);
      if (!fetch) iss |= (write ? 1 << 6 : 0) | (f.s1ptw ? 0 : instructionSyndrome(cpu.currentInstruction()));
      cpu.abort(2, syndrome(ec, iss), lo, hi);
    }
    const target = syncTargetEL(cpu);
    const same = target === cpu.el;
    const ec = fetch ? (same ? EC.IABT_SAME : EC.IABT_LOWER) : same ? EC.DABT_SAME : EC.DABT_LOWER;
    cpu.abort(target, syndrome(ec, fsc | (!fetch && write ? 1 << 6 : 0)), lo, hi);
  }

  /** TLBI `op` with operand Xt, on this PE (the caller broadcasts the shareable forms). */
  tlbi(op: TlbiOp, xtLo: number, xtHi: number): void {
    const cpu = this.cpu;
    applyTlbi(this.tlb, op, xtLo, xtHi, { vmid: this.s2.vmid, e2h: hcrE2H(cpu), tge: hcrTGE(cpu), el: cpu.el });
  }

  /** AT `op` on VA Xt: writes PAR_EL1, or takes a stage-2 abort to EL2 (S1E0/S1E1 at EL1). */
  at(op: AtOp, xtLo: number, xtHi: number): void {
    const cpu = this.cpu;
    const v = cpu.sys.values;
    const e2h = hcrE2H(cpu);
    const tge = hcrTGE(cpu);
    let regime: Regime;
    if (op.el2) regime = e2h ? REGIME_EL20 : REGIME_EL2;
    else if (op.twoStage) regime = REGIME_EL10;
    else regime = cpu.el === 2 && e2h && tge ? REGIME_EL20 : REGIME_EL10;
    this.loadS1(this.atS1, regime);
    const s2 = this.s2.enabled || !op.twoStage ? this.s2 : this.stage2ForAt();
    const r = executeAt(op, this.atS1, s2, xtLo, xtHi, this.reader, this.atScratch, cpu.el);
    if (r.stage2Exception) {
      const f = r.walk.fault;
      v[2 * R.HPFAR] = hpfarLo(f);
      v[2 * R.HPFAR + 1] = hpfarHi(f);
      cpu.abort(2, syndrome(EC.DABT_LOWER, faultStatusCode(f) | (1 << 7)), xtLo, xtHi);
    }
    v[2 * R.PAR] = r.parLo;
    v[2 * R.PAR + 1] = r.parHi;
  }

  /** Stage 2 as HCR_EL2.VM configures it, for AT S12E* executed at EL2. */
  private stage2ForAt(): S2Params {
    const v = this.cpu.sys.values;
    const s2 = new S2Params();
    return s2.load((v[2 * R.HCR] & HCR_VM) !== 0, v[2 * R.VTCR], v[2 * R.VTTBR], v[2 * R.VTTBR + 1], this.paBits);
  }

  /** Side-effect-free translation of a VA in the current regime, for debuggers. */
  debug(va: bigint): DebugTranslation {
    return debugTranslate(this.s1, this.s2, va, this.debugReader);
  }

  /**
   * The PA debug() finds for VA (lo, hi), or -1 where it does not translate: the same walk
   * without its trace, BigInts and result object, for the PE's own use on an exception path
   * (Cpu.currentInstruction, on every stage-2 data abort).
   */
  debugPa(lo: number, hi: number): number {
    const r = this.debugRes;
    return translate(this.s1, this.s2, lo, hi, NEED_NONE, this.debugReader, r, WALK_IGNORE_AF) ? r.pa : -1;
  }

  private readonly debugRes = new WalkResult();
}

/**
 * ISS[24:14] of a data abort taken to EL2 (ISV, SAS, SSE, SRT, SF, AR): valid for loads and
 * stores of one general-purpose register without writeback, as a hypervisor emulating
 * MMIO needs; 0 (ISV = 0) for everything else.
 */
export function instructionSyndrome(insn: number): number {
  const size = insn >>> 30;
  const rt = insn & 31;
  // Load/store register: unsigned offset (bits 29:24 = 111001), or unscaled / register
  // offset / unprivileged (111000 with bits 11:10 = 00 or 10).
  const group = (insn >>> 24) & 0x3f;
  const isSingle =
    group === 0x39 || (group === 0x38 && (((insn >>> 21) & 1) === 0 ? ((insn >>> 10) & 1) === 0 : ((insn >>> 10) & 3) === 2));
  if (isSingle) {
    const opc = (insn >>> 22) & 3;
    if (size === 3 && opc >= 2) return 0; // PRFM or unallocated
    const sse = opc >= 2 ? 1 : 0;
    const sf = opc === 2 || (opc < 2 && size === 3) ? 1 : 0;
    return (1 << 24) | (size << 22) | (sse << 21) | (rt << 16) | (sf << 15);
  }
  // LDAR/STLR (load/store ordered: bits 29:23 = 0010001, o2 = 1, o1 = 0, o0 = 1).
  if ((insn & 0x3fa08000) === 0x08808000) {
    return (1 << 24) | (size << 22) | (rt << 16) | ((size === 3 ? 1 : 0) << 15) | (1 << 14);
  }
  return 0;
}
