// AT (address translation) instructions: the PAR_EL1 value of AT S1E1R/W, S1E1RP/WP,
// S1E0R/W, S12E1R/W, S12E0R/W and S1E2R/W. The PE chooses the parameters: the stage-1
// regime (EL1&0, or EL2&0 for S1E0x/S1E1x at EL2 with E2H = TGE = 1 and for S1E2* with
// E2H = 1; EL2 for S1E2* with E2H = 0) and whether stage 2 is enabled (HCR_EL2.VM).

import { faultStatusCode } from './fault.ts';
import {
  type DescriptorReader,
  PERM_R0,
  PERM_R1,
  PERM_R1_PAN,
  PERM_W0,
  PERM_W1,
  PERM_W1_PAN,
  type S1Params,
  type S2Params,
  translate,
  WalkResult,
  WALK_STAGE1_ONLY,
} from './walk.ts';

export interface AtOp {
  readonly name: string;
  /** SYS encoding: op1, CRn = 7, CRm, op2. */
  readonly op1: number;
  readonly crm: number;
  readonly op2: number;
  /** PERM_* bit checked. */
  readonly need: number;
  /** Stage 1 and 2 (S12E*) or stage 1 only. */
  readonly twoStage: boolean;
  /** EL2 translation regime (S1E2*). */
  readonly el2: boolean;
}

const at = (name: string, op1: number, crm: number, op2: number, need: number, twoStage = false, el2 = false): AtOp => ({
  name: `AT ${name}`,
  op1,
  crm,
  op2,
  need,
  twoStage,
  el2,
});

export const AT_OPS: readonly AtOp[] = [
  at('S1E1R', 0, 8, 0, PERM_R1),
  at('S1E1W', 0, 8, 1, PERM_W1),
  at('S1E0R', 0, 8, 2, PERM_R0),
  at('S1E0W', 0, 8, 3, PERM_W0),
  at('S1E1RP', 0, 9, 0, PERM_R1_PAN), // FEAT_PAN2; the PE uses PERM_R1 when PSTATE.PAN = 0
  at('S1E1WP', 0, 9, 1, PERM_W1_PAN),
  at('S1E2R', 4, 8, 0, PERM_R1, false, true),
  at('S1E2W', 4, 8, 1, PERM_W1, false, true),
  at('S12E1R', 4, 8, 4, PERM_R1, true),
  at('S12E1W', 4, 8, 5, PERM_W1, true),
  at('S12E0R', 4, 8, 6, PERM_R0, true),
  at('S12E0W', 4, 8, 7, PERM_W0, true),
];

export const AT_BY_ENCODING: ReadonlyMap<number, AtOp> = new Map(AT_OPS.map((o) => [(o.op1 << 7) | (o.crm << 3) | o.op2, o]));

export function atOpFor(op1: number, crm: number, op2: number): AtOp | undefined {
  return AT_BY_ENCODING.get((op1 << 7) | (crm << 3) | op2);
}

/** Outcome of an AT instruction. */
export class AtResult {
  /** PAR_EL1 halves. */
  parLo = 0;
  parHi = 0;
  /**
   * A stage-2 fault during the stage-1 walk of an AT S1E0x/S1E1x executed at EL1: it is
   * not reported in PAR_EL1 but taken to EL2 as a Data Abort (S1PTW = 1); `walk.fault`
   * describes it. PAR_EL1 is left unchanged then.
   */
  stage2Exception = false;
  readonly walk = new WalkResult();
}

/**
 * PAR_EL1 for a successful translation: PA[47:12] at bits 47:12, SH at 8:7, NS (bit 9) = 1
 * (Non-secure: no EL3, Non-secure state), bit 11 RES1, ATTR at 63:56.
 */
export function parSuccess(pa: number, attr: number, sh: number): { lo: number; hi: number } {
  const lo = ((pa % 4294967296) & ~0xfff) | (sh << 7) | (1 << 9) | (1 << 11);
  const hi = (Math.floor(pa / 4294967296) & 0xffff) | (attr << 24);
  return { lo: lo | 0, hi: hi | 0 };
}

/**
 * Executes AT `o`. `s1` must describe the regime the instruction translates in; `s2` the
 * current stage 2 (ignored unless s1 is EL1&0 and s2.enabled). `fromEL` is the EL
 * executing the instruction (a stage-2 fault on the stage-1 walk of S1E0x/S1E1x at EL1
 * becomes an exception to EL2). `pan`: PSTATE.PAN for S1E1RP/WP.
 */
export function executeAt(
  o: AtOp,
  s1: S1Params,
  s2: S2Params,
  lo: number,
  hi: number,
  reader: DescriptorReader,
  out: AtResult,
  fromEL: number,
  pan = true,
): AtResult {
  let need = o.need;
  if (!pan && need === PERM_R1_PAN) need = PERM_R1;
  if (!pan && need === PERM_W1_PAN) need = PERM_W1;
  const r = out.walk;
  const ok = translate(s1, s2, lo, hi, need, reader, r, o.twoStage ? 0 : WALK_STAGE1_ONLY);
  out.stage2Exception = false;
  if (ok) {
    const attr = o.twoStage ? r.attr : r.s1Attr;
    const pa = o.twoStage ? r.pa : r.ipa;
    const sh = o.twoStage ? r.sh : (attr & 0xf0) === 0 || attr === 0x44 ? 2 : r.sh;
    const p = parSuccess(pa, attr, sh);
    out.parLo = p.lo;
    out.parHi = p.hi;
    return out;
  }
  const f = r.fault;
  if (f.stage === 2 && !o.twoStage && fromEL === 1) {
    out.stage2Exception = true;
    return out;
  }
  // Fault format: F (bit 0), FST (6:1), PTW (8), S (9), bit 11 RES1.
  out.parLo = 1 | (faultStatusCode(f) << 1) | (f.s1ptw ? 1 << 8 : 0) | (f.stage === 2 ? 1 << 9 : 0) | (1 << 11);
  out.parHi = 0;
  return out;
}
