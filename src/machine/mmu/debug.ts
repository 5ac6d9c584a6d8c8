// Side-effect-free debug translation for the GDB side (`monitor translate`, memory reads
// of guest virtual addresses): fills no TLB, never sets an Access Flag (walks never write),
// never faults into the guest, and reads descriptors with a side-effect-free reader.
// Permissions and AF are not enforced (a debugger may read what the guest could not) but
// are reported, with the level-by-level trace of every walk.

import { describeFault, Fault, faultStatusCode } from './fault.ts';
import {
  NEED_NONE,
  PERM_R0,
  PERM_R1,
  PERM_W0,
  PERM_W1,
  PERM_X0,
  PERM_X1,
  type DescriptorReader,
  type S1Params,
  type S2Params,
  type TraceStep,
  translate,
  walkStage2,
  WalkResult,
  WALK_IGNORE_AF,
} from './walk.ts';

export interface DebugTranslation {
  /** Whether the address translates (ignoring permissions and AF). */
  ok: boolean;
  va: bigint;
  /** Stage-1 output (IPA under two stages). */
  ipa?: number;
  pa?: number;
  /** MAIR-format attributes, PERM_* bits, stage-1 leaf level and block size (log2). */
  attr?: number;
  perm?: number;
  level?: number;
  blockShift?: number;
  global?: boolean;
  asid?: number;
  /** The fault the guest would take for a read (ignoring permissions), with its DFSC. */
  fault?: { kind: number; level: number; stage: number; s1ptw: boolean; ipa: number; fsc: number; text: string };
  /** Every descriptor read, in order (stage-2 lookups of stage-1 table addresses interleaved). */
  steps: TraceStep[];
}

const scratch = new WalkResult();

function faultInfo(f: Fault): DebugTranslation['fault'] {
  return { kind: f.kind, level: f.level, stage: f.stage, s1ptw: f.s1ptw, ipa: f.ipa, fsc: faultStatusCode(f), text: describeFault(f) };
}

/** Debug translation of a virtual address through stage 1 (and stage 2 when enabled). */
export function debugTranslate(s1: S1Params, s2: S2Params, va: bigint, reader: DescriptorReader): DebugTranslation {
  const lo = Number(BigInt.asIntN(32, va));
  const hi = Number(BigInt.asIntN(32, va >> 32n));
  const steps: TraceStep[] = [];
  const r = scratch;
  const ok = translate(s1, s2, lo, hi, NEED_NONE, reader, r, WALK_IGNORE_AF, steps);
  const out: DebugTranslation = { ok, va: BigInt.asUintN(64, va), steps };
  if (!ok) {
    out.fault = faultInfo(r.fault);
    return out;
  }
  Object.assign(out, { ipa: r.ipa, pa: r.pa, attr: r.attr, perm: r.perm, level: r.level, blockShift: r.blockShift, global: r.global, asid: r.asid });
  return out;
}

/** Debug translation of an IPA through stage 2 only. */
export function debugTranslateIpa(s2: S2Params, ipa: number, reader: DescriptorReader): DebugTranslation {
  const steps: TraceStep[] = [];
  const r = scratch;
  r.fault.clear();
  const ok = walkStage2(s2, ipa, NEED_NONE, reader, r, false, WALK_IGNORE_AF, steps);
  const out: DebugTranslation = { ok, va: BigInt(ipa), steps };
  if (!ok) {
    out.fault = faultInfo(r.fault);
    return out;
  }
  Object.assign(out, { ipa, pa: r.s2pa, attr: r.s2attr, perm: r.s2perm, level: r.s2Level, blockShift: r.s2BlockShift, global: true });
  return out;
}

const hex = (n: number | bigint) => '0x' + n.toString(16);

/** "rwx" strings for EL0 and the privileged level. */
export function formatPerm(perm: number): string {
  const f = (r: number, w: number, x: number) => (perm & r ? 'r' : '-') + (perm & w ? 'w' : '-') + (perm & x ? 'x' : '-');
  return `EL0 ${f(PERM_R0, PERM_W0, PERM_X0)} EL1/2 ${f(PERM_R1, PERM_W1, PERM_X1)}`;
}

/** Human-readable lines for `monitor translate`. */
export function formatTranslation(t: DebugTranslation): string[] {
  const lines: string[] = [`VA ${hex(t.va)}`];
  for (const s of t.steps) {
    const who = s.purpose === 's1' ? 'S1' : s.purpose === 's1ptw' ? '  S2 (table walk)' : 'S2';
    const where = s.descPa !== s.descAddr ? `${hex(s.descAddr)} (PA ${hex(s.descPa)})` : hex(s.descAddr);
    const desc = s.desc === null ? 'unreadable' : hex(s.desc);
    let what: string = s.type;
    if (s.type === 'table') what = `table -> ${hex(s.output)}`;
    else if (s.type === 'block' || s.type === 'page') what = `${s.type} -> ${hex(s.output)}${s.af === false ? ' (AF=0)' : ''}`;
    lines.push(`${who} L${s.level} table ${hex(s.table)}[${s.index}] @ ${where} = ${desc}: ${what}`);
  }
  if (t.ok) {
    const ipa = t.ipa !== undefined && t.ipa !== t.pa ? ` IPA ${hex(t.ipa)}` : '';
    lines.push(`->${ipa} PA ${hex(t.pa ?? 0)} attr ${hex(t.attr ?? 0)} ${formatPerm(t.perm ?? 0)}${t.global ? ' global' : ` ASID ${t.asid}`}`);
  } else if (t.fault !== undefined) lines.push(`-> ${t.fault.text} (FSC ${hex(t.fault.fsc)})`);
  return lines;
}
