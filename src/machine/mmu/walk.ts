// VMSAv8-64 translation table walks as pure functions (Arm ARM D8, pseudocode
// AArch64.S1Translate / AArch64.S2Translate / AArch64.TranslationTableWalk):
//   translate(s1, s2, va, need, reader, result)
// Stage 1 for the EL1&0, EL2&0 (VHE) and EL2 regimes with 4K/16K/64K granules; stage 2
// with VTCR_EL2/VTTBR_EL2 incl. concatenated starting tables; two-stage composition in
// which every stage-1 descriptor fetch goes through stage 2 (a fault there is a stage-2
// fault with S1PTW = 1). The only input from outside is the descriptor reader, and walks
// never write memory: the Access Flag is not updated by hardware (FEAT_HAFDBS is not
// advertised), so AF = 0 is an Access flag fault. Nothing is allocated per walk: results go
// into a caller-owned WalkResult (and a trace array only when one is passed, for debug).
//
// Addresses: a virtual address is a (lo, hi) pair of int32 halves; intermediate and
// physical addresses are Numbers (exact: they are below 2^48).

import { Fault, FaultKind } from './fault.ts';

// ---- translation regimes and permissions ----------------------------------------------

/** Stage-1 translation regimes (also the TLB's regime tag). */
export const REGIME_EL10 = 0;
export const REGIME_EL20 = 1;
export const REGIME_EL2 = 2;
export type Regime = 0 | 1 | 2;

/**
 * Permission bits of a translation (stage 1 combined with stage 2). "EL1" means the
 * privileged level of the regime (EL1 for EL1&0, EL2 for EL2 and EL2&0). The _PAN bits
 * are the privileged permissions while PSTATE.PAN = 1 (no data access to EL0-accessible
 * memory). An access needs exactly one bit; the hot path tests `perm & need`.
 */
export const PERM_R0 = 0x01;
export const PERM_W0 = 0x02;
export const PERM_X0 = 0x04;
export const PERM_R1 = 0x08;
export const PERM_W1 = 0x10;
export const PERM_X1 = 0x20;
export const PERM_R1_PAN = 0x40;
export const PERM_W1_PAN = 0x80;
export const PERM_ALL = 0xff;
const PERM_READS = PERM_R0 | PERM_R1 | PERM_R1_PAN;
const PERM_WRITES = PERM_W0 | PERM_W1 | PERM_W1_PAN;

/**
 * The permission bit an access needs. `unprivileged`: EL0 permissions (an access from
 * EL0, or LDTR/STTR at EL1 without UAO); `pan`: PSTATE.PAN = 1 (privileged data only).
 */
export function accessNeed(write: boolean, fetch: boolean, unprivileged: boolean, pan: boolean): number {
  if (fetch) return unprivileged ? PERM_X0 : PERM_X1;
  if (unprivileged) return write ? PERM_W0 : PERM_R0;
  if (pan) return write ? PERM_W1_PAN : PERM_R1_PAN;
  return write ? PERM_W1 : PERM_R1;
}

/** `need` value meaning "do not check permissions" (debug walks). */
export const NEED_NONE = 0;

/** translate() flags. */
/** Stop after stage 1 (AT S1E0x/S1E1x: output is the IPA; table walks still use stage 2). */
export const WALK_STAGE1_ONLY = 1;
/** Do not fault on AF = 0 (debug walks report it in the trace instead). */
export const WALK_IGNORE_AF = 2;

// ---- descriptor reader ---------------------------------------------------------------

/**
 * Reads the 64-bit little-endian doubleword at physical address `pa` into lo/hi (int32
 * halves). Returns false on a bus error (the walk reports a synchronous External abort on
 * the translation table walk). The walk reads lo/hi right after each call.
 */
export interface DescriptorReader {
  read(pa: number): boolean;
  lo: number;
  hi: number;
}

// ---- translation parameters ------------------------------------------------------------

const P2 = new Float64Array(65);
for (let i = 0; i <= 64; i++) P2[i] = 2 ** i;

/** TCR.IPS/PS and VTCR.PS encodings -> address bits (6 = 52 bits needs FEAT_LPA: 48 here). */
const PS_BITS = [32, 36, 40, 42, 44, 48, 48, 48];

function tg0Shift(tg: number): number {
  return tg === 1 ? 16 : tg === 2 ? 14 : 12; // 0b00 4K, 0b01 64K, 0b10 16K (0b11 reserved: 4K)
}
function tg1Shift(tg: number): number {
  return tg === 1 ? 14 : tg === 3 ? 16 : 12; // 0b01 16K, 0b10 4K, 0b11 64K (0b00 reserved: 4K)
}

/** TxSZ limits without FEAT_LVA/FEAT_TTST: 16 (48-bit) .. 39 (25-bit); out-of-range values are clamped. */
function inputSizeOf(tsz: number): number {
  return 64 - Math.min(39, Math.max(16, tsz));
}

/**
 * Stage-1 parameters of one translation regime, decoded from the system registers by
 * `load` (call it again whenever SCTLR/TCR/TTBR0/TTBR1/MAIR of the regime, or the regime
 * itself, changes: it is cheap). Index 0 of the per-range arrays is the TTBR0 range,
 * index 1 the TTBR1 range (EL1&0 and EL2&0 only).
 */
export class S1Params {
  regime: Regime = REGIME_EL10;
  /** SCTLR_ELx.M */
  enabled = false;
  /** SCTLR_ELx.WXN */
  wxn = false;
  /** Two VA ranges (TTBR0/TTBR1) and two privilege levels: EL1&0 and EL2&0. */
  twoRanges = true;
  readonly inputSize = new Int32Array(2);
  readonly granuleShift = new Int32Array(2);
  readonly startLevel = new Int32Array(2);
  /** Index bits resolved at the start level. */
  readonly startBits = new Int32Array(2);
  /** Starting table address (from TTBRn.BADDR, aligned to the table size). */
  readonly base = new Float64Array(2);
  readonly epd = new Uint8Array(2);
  readonly tbi = new Uint8Array(2);
  /** Hierarchical permissions disabled (TCR.HPDn with FEAT_HPDS). */
  readonly hpd = new Uint8Array(2);
  /** Current ASID (TTBR0 or TTBR1 per TCR.A1; 8 or 16 bits per TCR.AS). 0 in the EL2 regime. */
  asid = 0;
  /** Output (intermediate physical) address size from TCR.IPS/PS, capped by the PA size. */
  outputBits = 48;
  /** Implemented PA size (ID_AA64MMFR0_EL1.PARange). */
  paBits = 48;
  /** MAIR_ELx as 8 attribute bytes. */
  readonly mair = new Uint8Array(8);

  /**
   * Decodes the registers of `regime`. For REGIME_EL2 (HCR_EL2.E2H = 0), `tcr` is TCR_EL2
   * in its single-range layout and ttbr1 is ignored. `hpds`: FEAT_HPDS implemented.
   */
  load(
    regime: Regime,
    sctlr: number,
    tcrLo: number,
    tcrHi: number,
    ttbr0Lo: number,
    ttbr0Hi: number,
    ttbr1Lo: number,
    ttbr1Hi: number,
    mairLo: number,
    mairHi: number,
    paBits = 48,
    hpds = false,
  ): this {
    this.regime = regime;
    this.enabled = (sctlr & 1) !== 0;
    this.wxn = (sctlr & (1 << 19)) !== 0;
    this.paBits = paBits;
    for (let i = 0; i < 4; i++) {
      this.mair[i] = (mairLo >>> (8 * i)) & 0xff;
      this.mair[i + 4] = (mairHi >>> (8 * i)) & 0xff;
    }
    if (regime === REGIME_EL2) {
      this.twoRanges = false;
      this.setRange(0, tcrLo & 0x3f, tg0Shift((tcrLo >>> 14) & 3), 0, (tcrLo >>> 20) & 1, hpds ? (tcrLo >>> 24) & 1 : 0, ttbr0Lo, ttbr0Hi);
      this.setRange(1, 16, 12, 1, 0, 0, 0, 0);
      this.outputBits = Math.min(PS_BITS[(tcrLo >>> 16) & 7], paBits);
      this.asid = 0;
      return this;
    }
    this.twoRanges = true;
    this.setRange(0, tcrLo & 0x3f, tg0Shift((tcrLo >>> 14) & 3), (tcrLo >>> 7) & 1, (tcrHi >>> 5) & 1, hpds ? (tcrHi >>> 9) & 1 : 0, ttbr0Lo, ttbr0Hi);
    this.setRange(1, (tcrLo >>> 16) & 0x3f, tg1Shift((tcrLo >>> 30) & 3), (tcrLo >>> 23) & 1, (tcrHi >>> 6) & 1, hpds ? (tcrHi >>> 10) & 1 : 0, ttbr1Lo, ttbr1Hi);
    this.outputBits = Math.min(PS_BITS[tcrHi & 7], paBits);
    const asidHi = (tcrLo >>> 22) & 1 ? ttbr1Hi : ttbr0Hi;
    this.asid = (tcrHi >>> 4) & 1 ? asidHi >>> 16 : (asidHi >>> 16) & 0xff;
    return this;
  }

  private setRange(r: number, tsz: number, gs: number, epd: number, tbi: number, hpd: number, ttbrLo: number, ttbrHi: number): void {
    const inputSize = inputSizeOf(tsz);
    const stride = gs - 3;
    const levels = Math.ceil((inputSize - gs) / stride);
    const start = 4 - levels;
    const bits = inputSize - (gs + (3 - start) * stride);
    this.inputSize[r] = inputSize;
    this.granuleShift[r] = gs;
    this.startLevel[r] = start;
    this.startBits[r] = bits;
    this.base[r] = tableBase(ttbrLo, ttbrHi, bits + 3);
    this.epd[r] = epd;
    this.tbi[r] = tbi;
    this.hpd[r] = hpd;
  }
}

/** TTBR/VTTBR BADDR (bits 47:1) aligned down to 2^alignBits bytes. */
function tableBase(lo: number, hi: number, alignBits: number): number {
  const l = alignBits >= 32 ? 0 : ((lo >>> alignBits) * P2[alignBits]) % 4294967296;
  return (hi & 0xffff) * 4294967296 + l;
}

/**
 * Stage-2 parameters, decoded from VTCR_EL2/VTTBR_EL2 by `load`. `enabled` is
 * HCR_EL2.VM (the caller clears it when HCR_EL2.TGE = 1 or for the EL2 regimes).
 */
export class S2Params {
  enabled = false;
  inputSize = 32;
  granuleShift = 12;
  startLevel = 1;
  startBits = 2;
  /** VTCR_EL2.SL0/T0SZ/TG0 describe a valid starting level (else every walk faults at level 0). */
  validStart = true;
  base = 0;
  outputBits = 48;
  paBits = 48;
  /** VTTBR_EL2.VMID (16 bits when VTCR_EL2.VS = 1). */
  vmid = 0;
  /** HCR_EL2.PTW: a stage-1 walk touching stage-2 Device memory is a stage-2 permission fault. */
  ptw = false;

  load(enabled: boolean, vtcrLo: number, vttbrLo: number, vttbrHi: number, paBits = 48, hcrPtw = false): this {
    this.enabled = enabled;
    this.paBits = paBits;
    this.ptw = hcrPtw;
    const gs = tg0Shift((vtcrLo >>> 14) & 3);
    const stride = gs - 3;
    const sl0 = (vtcrLo >>> 6) & 3;
    const inputSize = inputSizeOf(vtcrLo & 0x3f);
    const start = sl0 === 3 ? -1 : gs === 12 ? 2 - sl0 : 3 - sl0;
    const bits = inputSize - (gs + (3 - start) * stride);
    this.inputSize = inputSize;
    this.granuleShift = gs;
    this.startLevel = start;
    this.startBits = bits;
    // AArch64.S2InvalidSL / S2InconsistentSL: the start level must resolve between 1 bit
    // and a full table plus 4 bits (at most 16 concatenated tables).
    this.validStart = start >= 0 && bits >= 1 && bits <= stride + 4;
    this.base = this.validStart ? tableBase(vttbrLo, vttbrHi, bits + 3) : 0;
    this.outputBits = Math.min(PS_BITS[(vtcrLo >>> 16) & 7], paBits);
    this.vmid = (vtcrLo >>> 19) & 1 ? vttbrHi >>> 16 : (vttbrHi >>> 16) & 0xff;
    return this;
  }
}

// ---- results and traces -------------------------------------------------------------------

/** The outcome of a translation. Reused across walks: nothing is allocated per walk. */
export class WalkResult {
  readonly fault = new Fault();
  /** Output physical address of the input address (valid without fault). */
  pa = 0;
  /** Stage-1 output address (the IPA under two stages; equals pa with one stage). */
  ipa = 0;
  /** Memory attributes in MAIR format (stage 1 combined with stage 2; 0x00 = Device-nGnRnE). */
  attr = 0;
  /** Stage-1 attributes alone (MAIR format), for AT S1E*. */
  s1Attr = 0;
  /** Shareability (descriptor SH[1:0]; 0b10 for Device and Normal non-cacheable). */
  sh = 0;
  /** PERM_* bits (stage 1 masked by stage 2). */
  perm = 0;
  /** Stage-1 level of the leaf descriptor (0 with stage 1 disabled). */
  level = 0;
  /** log2 of the stage-1 block/page size (12 with stage 1 disabled). */
  blockShift = 12;
  /** Stage-2 leaf level and log2 block size (when stage 2 was used for the output). */
  s2Level = 0;
  s2BlockShift = 0;
  /** Whether the final IPA went through stage 2. */
  twoStage = false;
  /** nG = 0 (or a regime without ASIDs): matches any ASID. */
  global = true;
  /** ASID the translation is tagged with (when not global). */
  asid = 0;
  // Scratch of the stage-2 walk (used for descriptor fetches and the final IPA).
  s2pa = 0;
  s2attr = 0;
  s2perm = 0;
  s2sh = 0;

  /** Smallest of the stage-1 and stage-2 block sizes (log2): what a TLB entry may cover. */
  get pageShift(): number {
    return this.twoStage && this.s2BlockShift < this.blockShift ? this.s2BlockShift : this.blockShift;
  }
}

/** One lookup of a debug trace (see debug.ts). */
export interface TraceStep {
  stage: 1 | 2;
  /** 's1': a stage-1 lookup; 's1ptw': a stage-2 lookup for a stage-1 descriptor address; 's2': stage 2 of the output IPA. */
  purpose: 's1' | 's1ptw' | 's2';
  level: number;
  /** Table base address (an IPA for stage 1 under two stages) and the index into it. */
  table: number;
  index: number;
  /** Address of the descriptor (IPA under two stages for stage 1) and the PA actually read. */
  descAddr: number;
  descPa: number;
  /** The descriptor read, or null when the read failed (bus error) or was not done. */
  desc: bigint | null;
  type: 'table' | 'block' | 'page' | 'invalid' | 'reserved' | 'unreadable' | 'not-read';
  /** Next-level table address or output address of the block/page. */
  output: number;
  /** AF bit of a block/page descriptor. */
  af?: boolean;
}

// ---- the walks ----------------------------------------------------------------------------

/** Next-table or output address: descriptor bits [47:shift], shift <= 30. */
function oaOf(dlo: number, dhi: number, shift: number): number {
  return (dhi & 0xffff) * 4294967296 + (dlo >>> shift) * P2[shift];
}

function pushStep(
  trace: TraceStep[],
  stage: 1 | 2,
  purpose: 's1' | 's1ptw' | 's2',
  level: number,
  table: number,
  index: number,
  descAddr: number,
): TraceStep {
  const s: TraceStep = { stage, purpose, level, table, index, descAddr, descPa: descAddr, desc: null, type: 'not-read', output: 0 };
  trace.push(s);
  return s;
}

function finishStep(s: TraceStep, dlo: number, dhi: number, level: number, gs: number, stride: number): void {
  s.desc = (BigInt(dhi >>> 0) << 32n) | BigInt(dlo >>> 0);
  if ((dlo & 1) === 0) s.type = 'invalid';
  else if ((dlo & 2) === 0) {
    s.type = level === 3 ? 'reserved' : 'block';
    s.output = oaOf(dlo, dhi, gs + (3 - level) * stride);
    s.af = (dlo & 0x400) !== 0;
  } else if (level === 3) {
    s.type = 'page';
    s.output = oaOf(dlo, dhi, gs);
    s.af = (dlo & 0x400) !== 0;
  } else {
    s.type = 'table';
    s.output = oaOf(dlo, dhi, gs);
  }
}

/** First level at which a block descriptor is allowed (without FEAT_LPA/LPA2). */
function firstBlockLevel(gs: number): number {
  return gs === 12 ? 1 : 2;
}

/**
 * Stage-2 translation of `ipa`. Fills res.s2pa/s2attr/s2perm/s2sh/s2Level/s2BlockShift, or
 * res.fault (stage 2, with `s1ptw` and the IPA). `need`: PERM_* bit to check, 0 for none.
 */
export function walkStage2(
  s2: S2Params,
  ipa: number,
  need: number,
  reader: DescriptorReader,
  res: WalkResult,
  s1ptw = false,
  flags = 0,
  trace: TraceStep[] | null = null,
): boolean {
  const fault = res.fault;
  const inputSize = s2.inputSize;
  // An IPA beyond the stage-2 input size, or an invalid starting level: level 0 translation fault.
  if (!s2.validStart || ipa >= P2[inputSize]) {
    fault.set(FaultKind.TRANSLATION, 0, 2, s1ptw, ipa);
    return false;
  }
  const gs = s2.granuleShift;
  const stride = gs - 3;
  const outLimit = P2[s2.outputBits];
  const purpose = s1ptw ? 's1ptw' : 's2';
  let level = s2.startLevel;
  let bits = s2.startBits;
  let base = s2.base;
  if (base >= outLimit) {
    fault.set(FaultKind.ADDRESS_SIZE, level, 2, s1ptw, ipa);
    return false;
  }
  let dlo = 0;
  let dhi = 0;
  let shift = 0;
  for (;;) {
    shift = gs + (3 - level) * stride;
    const index = Math.floor(ipa / P2[shift]) % P2[bits];
    const descAddr = base + index * 8;
    const step = trace === null ? null : pushStep(trace, 2, purpose, level, base, index, descAddr);
    if (!reader.read(descAddr)) {
      if (step !== null) step.type = 'unreadable';
      fault.set(FaultKind.EXTERNAL_WALK, level, 2, s1ptw, ipa);
      return false;
    }
    dlo = reader.lo;
    dhi = reader.hi;
    if (step !== null) finishStep(step, dlo, dhi, level, gs, stride);
    if ((dlo & 1) === 0) {
      fault.set(FaultKind.TRANSLATION, level, 2, s1ptw, ipa);
      return false;
    }
    if ((dlo & 2) === 0) {
      if (level === 3 || level < firstBlockLevel(gs)) {
        fault.set(FaultKind.TRANSLATION, level, 2, s1ptw, ipa);
        return false;
      }
      break;
    }
    if (level === 3) break;
    const next = oaOf(dlo, dhi, gs);
    if (next >= outLimit || (gs === 16 && (dlo & 0xf000) !== 0)) {
      fault.set(FaultKind.ADDRESS_SIZE, level, 2, s1ptw, ipa);
      return false;
    }
    base = next;
    level++;
    bits = stride;
  }
  // Leaf (block or page) descriptor.
  const oa = oaOf(dlo, dhi, shift);
  if (oa >= outLimit || (gs === 16 && (dlo & 0xf000) !== 0)) {
    fault.set(FaultKind.ADDRESS_SIZE, level, 2, s1ptw, ipa);
    return false;
  }
  if ((dlo & 0x400) === 0 && (flags & WALK_IGNORE_AF) === 0) {
    fault.set(FaultKind.ACCESS_FLAG, level, 2, s1ptw, ipa);
    return false;
  }
  const s2ap = (dlo >>> 6) & 3;
  const xn = (dhi >>> 22) & 1; // XN[1] (bit 54); XN[0] (bit 53) needs FEAT_XNX
  const perm = (s2ap & 1 ? PERM_READS : 0) | (s2ap & 2 ? PERM_WRITES : 0) | (xn ? 0 : PERM_X0 | PERM_X1);
  const memAttr = (dlo >>> 2) & 0xf;
  const attr = s2AttrToMair(memAttr);
  res.s2pa = oa + (ipa % P2[shift]);
  res.s2attr = attr;
  res.s2perm = perm;
  res.s2sh = (dlo >>> 8) & 3;
  res.s2Level = level;
  res.s2BlockShift = shift;
  if (need !== 0) {
    if ((perm & need) === 0 || (s1ptw && s2.ptw && (attr & 0xf0) === 0)) {
      fault.set(FaultKind.PERMISSION, level, 2, s1ptw, ipa);
      return false;
    }
  }
  return true;
}

/**
 * Translates virtual address (lo, hi) in the regime described by `s1` (with stage 2 from
 * `s2` when s1 is EL1&0 and s2.enabled). `need`: the PERM_* bit the access needs (see
 * accessNeed), or NEED_NONE to skip permission checks. Returns true on success; on a
 * fault res.fault says what and where. Permission faults of stage 1 take priority over
 * everything in the final stage 2; Access flag faults over permission faults.
 */
export function translate(
  s1: S1Params,
  s2: S2Params,
  lo: number,
  hi: number,
  need: number,
  reader: DescriptorReader,
  res: WalkResult,
  flags = 0,
  trace: TraceStep[] | null = null,
): boolean {
  const fault = res.fault;
  fault.clear();
  const useS2 = s1.regime === REGIME_EL10 && s2.enabled;
  const finalS2 = useS2 && (flags & WALK_STAGE1_ONLY) === 0;
  const ptwNeed = need === 0 ? 0 : PERM_R1;
  res.twoStage = finalS2;
  // Range selection: bit 55 for the two-range regimes.
  const r = s1.twoRanges ? (hi >>> 23) & 1 : 0;
  const top = s1.tbi[r] ? 55 : 63;

  if (!s1.enabled) {
    // Stage 1 disabled: flat mapping; VA bits [top:PAMax] must be zero (level 0 address size fault).
    if (!bitsAllEqual(lo, hi, s1.paBits, top, 0)) {
      fault.set(FaultKind.ADDRESS_SIZE, 0, 1, false, 0);
      return false;
    }
    const ipa = (hi & ((1 << (s1.paBits - 32)) - 1)) * 4294967296 + (lo >>> 0);
    res.ipa = ipa;
    res.level = 0;
    res.blockShift = 12;
    res.global = true;
    res.asid = 0;
    res.s1Attr = 0x00; // data accesses: Device-nGnRnE (instruction fetches are Normal)
    res.sh = 2;
    res.perm = PERM_ALL;
    return finishTranslation(s2, finalS2, ipa, need, reader, res, flags, trace);
  }

  const inputSize = s1.inputSize[r];
  if (s1.epd[r] !== 0 || !bitsAllEqual(lo, hi, inputSize, top, r)) {
    fault.set(FaultKind.TRANSLATION, 0, 1, false, 0);
    return false;
  }
  const va =
    inputSize >= 32 ? (hi & ((1 << (inputSize - 32)) - 1)) * 4294967296 + (lo >>> 0) : (lo & ((1 << inputSize) - 1)) >>> 0;
  const gs = s1.granuleShift[r];
  const stride = gs - 3;
  const outLimit = P2[s1.outputBits];
  let level = s1.startLevel[r];
  let bits = s1.startBits[r];
  let base = s1.base[r];
  if (base >= outLimit) {
    fault.set(FaultKind.ADDRESS_SIZE, 0, 1, false, 0);
    return false;
  }
  const twoPriv = s1.twoRanges;
  const hpd = s1.hpd[r] !== 0;
  // Hierarchical controls collected from table descriptors.
  let apTable = 0;
  let uxnTable = 0;
  let pxnTable = 0;
  let dlo = 0;
  let dhi = 0;
  let shift = 0;
  for (;;) {
    shift = gs + (3 - level) * stride;
    const index = Math.floor(va / P2[shift]) % P2[bits];
    const descAddr = base + index * 8;
    let descPa = descAddr;
    if (useS2) {
      if (!walkStage2(s2, descAddr, ptwNeed, reader, res, true, flags, trace)) return false;
      descPa = res.s2pa;
    }
    const step = trace === null ? null : pushStep(trace, 1, 's1', level, base, index, descAddr);
    if (step !== null) step.descPa = descPa;
    if (!reader.read(descPa)) {
      if (step !== null) step.type = 'unreadable';
      fault.set(FaultKind.EXTERNAL_WALK, level, 1, false, 0);
      return false;
    }
    dlo = reader.lo;
    dhi = reader.hi;
    if (step !== null) finishStep(step, dlo, dhi, level, gs, stride);
    if ((dlo & 1) === 0) {
      fault.set(FaultKind.TRANSLATION, level, 1, false, 0);
      return false;
    }
    if ((dlo & 2) === 0) {
      if (level === 3 || level < firstBlockLevel(gs)) {
        fault.set(FaultKind.TRANSLATION, level, 1, false, 0);
        return false;
      }
      break;
    }
    if (level === 3) break;
    const next = oaOf(dlo, dhi, gs);
    if (next >= outLimit || (gs === 16 && (dlo & 0xf000) !== 0)) {
      fault.set(FaultKind.ADDRESS_SIZE, level, 1, false, 0);
      return false;
    }
    if (!hpd) {
      apTable |= (dhi >>> 29) & 3;
      uxnTable |= (dhi >>> 28) & 1;
      pxnTable |= (dhi >>> 27) & 1;
    }
    base = next;
    level++;
    bits = stride;
  }
  const oa = oaOf(dlo, dhi, shift);
  if (oa >= outLimit || (gs === 16 && (dlo & 0xf000) !== 0)) {
    fault.set(FaultKind.ADDRESS_SIZE, level, 1, false, 0);
    return false;
  }
  if ((dlo & 0x400) === 0 && (flags & WALK_IGNORE_AF) === 0) {
    fault.set(FaultKind.ACCESS_FLAG, level, 1, false, 0);
    return false;
  }
  // Permissions (AArch64.S1ApplyTablePerms / S1ComputePermissions, without FEAT_PAN3/EPAN).
  const ap = (dlo >>> 6) & 3;
  const ro = ((ap >>> 1) | (apTable >>> 1)) & 1;
  const wxn = s1.wxn;
  let perm: number;
  if (twoPriv) {
    const el0 = ap & 1 & ~apTable & 1;
    const uxn = ((dhi >>> 22) & 1) | uxnTable;
    const pxn = ((dhi >>> 21) & 1) | pxnTable;
    const userW = el0 !== 0 && ro === 0;
    const privW = ro === 0;
    const userX = uxn === 0 && !(userW && wxn);
    const privX = pxn === 0 && !(privW && wxn) && !userW;
    perm =
      PERM_R1 |
      (privW ? PERM_W1 : 0) |
      (privX ? PERM_X1 : 0) |
      (el0 !== 0 ? PERM_R0 | (userW ? PERM_W0 : 0) : PERM_R1_PAN | (privW ? PERM_W1_PAN : 0)) |
      (userX ? PERM_X0 : 0);
    res.global = ((dlo >>> 11) & 1) === 0;
  } else {
    const xn = ((dhi >>> 22) & 1) | uxnTable;
    const w = ro === 0;
    perm = PERM_R1 | PERM_R1_PAN | (w ? PERM_W1 | PERM_W1_PAN : 0) | (xn === 0 && !(w && wxn) ? PERM_X1 : 0);
    res.global = true;
  }
  const ipa = oa + (va % P2[shift]);
  res.ipa = ipa;
  res.level = level;
  res.blockShift = shift;
  res.asid = s1.asid;
  res.perm = perm;
  const attr = s1.mair[(dlo >>> 2) & 7];
  res.s1Attr = attr;
  res.sh = isDeviceOrNC(attr) ? 2 : (dlo >>> 8) & 3;
  if (need !== 0 && (perm & need) === 0) {
    fault.set(FaultKind.PERMISSION, level, 1, false, 0);
    return false;
  }
  return finishTranslation(s2, finalS2, ipa, need, reader, res, flags, trace);
}

/** Final stage 2 of the stage-1 output (or the identity), combining attributes and permissions. */
function finishTranslation(
  s2: S2Params,
  finalS2: boolean,
  ipa: number,
  need: number,
  reader: DescriptorReader,
  res: WalkResult,
  flags: number,
  trace: TraceStep[] | null,
): boolean {
  if (!finalS2) {
    res.pa = ipa;
    res.attr = res.s1Attr;
    return true;
  }
  if (!walkStage2(s2, ipa, need, reader, res, false, flags, trace)) return false;
  res.pa = res.s2pa;
  res.perm &= res.s2perm;
  res.attr = combineAttrs(res.s1Attr, res.s2attr);
  if (isDeviceOrNC(res.attr)) res.sh = 2;
  else res.sh = combineSh(res.sh, res.s2sh);
  return true;
}

/**
 * Whether bits [top:from] of the 64-bit (lo, hi) all equal `bit` (0 or 1); from >= 25.
 */
function bitsAllEqual(lo: number, hi: number, from: number, top: number, bit: number): boolean {
  if (from < 32) {
    const m = ~((1 << from) - 1);
    if ((lo & m) !== (bit ? m : 0)) return false;
  }
  const lsb = from > 32 ? from - 32 : 0;
  const width = top - 32 + 1 - lsb;
  if (width <= 0) return true;
  const mask = (width >= 32 ? -1 : ((1 << width) - 1) << lsb) | 0;
  return (hi & mask) === (bit ? mask : 0);
}

// ---- memory attributes ---------------------------------------------------------------------

/** Device, or Normal Non-cacheable in both inner and outer: reported Outer Shareable. */
export function isDeviceOrNC(attr: number): boolean {
  return (attr & 0xf0) === 0 || attr === 0x44;
}

export function isDevice(attr: number): boolean {
  return (attr & 0xf0) === 0;
}

/** Stage-2 MemAttr[3:0] (FWB = 0) as a MAIR-format byte. */
export function s2AttrToMair(memAttr: number): number {
  if ((memAttr & 0xc) === 0) return (memAttr & 3) << 2; // Device-nGnRnE/nGnRE/nGRE/GRE
  const o = memAttr >>> 2;
  const i = memAttr & 3;
  const nib = (x: number) => (x === 1 ? 0x4 : x === 2 ? 0xa : 0xf); // NC / WT RA / WB RWA
  return (nib(o) << 4) | (i === 0 ? 0x4 : nib(i)); // inner 0b00 is UNPREDICTABLE: treat as NC
}

/** Cacheability class of a MAIR nibble: 0 non-cacheable, 1 write-through, 2 write-back. */
function cacheClass(n: number): number {
  if (n === 0x4) return 0;
  if ((n & 0xc) === 0x8 || ((n & 0xc) === 0 && n !== 0)) return 1;
  return 2;
}

function combineNibble(n1: number, n2: number): number {
  const c1 = cacheClass(n1);
  const c = Math.min(c1, cacheClass(n2));
  if (c === c1) return n1;
  if (c === 0) return 0x4;
  return 0x8 | (n1 & 3); // write-through with stage 1's allocation hints
}

/** Stage-1 and stage-2 attributes combined (Arm ARM "Combining the stage 1 and stage 2 attributes", FWB = 0). */
export function combineAttrs(a1: number, a2: number): number {
  const d1 = isDevice(a1);
  const d2 = isDevice(a2);
  if (d1 || d2) {
    const t1 = d1 ? (a1 >>> 2) & 3 : 3;
    const t2 = d2 ? (a2 >>> 2) & 3 : 3;
    return Math.min(t1, t2) << 2;
  }
  return (combineNibble(a1 >>> 4, a2 >>> 4) << 4) | combineNibble(a1 & 0xf, a2 & 0xf);
}

/** Shareability combination: Outer (0b10) > Inner (0b11) > Non-shareable (0b00). */
function combineSh(s1: number, s2: number): number {
  if (s1 === 2 || s2 === 2) return 2;
  if (s1 === 3 || s2 === 3) return 3;
  return 0;
}
