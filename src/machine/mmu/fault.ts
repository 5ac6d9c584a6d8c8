// MMU fault values, typed in one place (Arm ARM D8 "The VMSAv8-64 address translation
// system": MMU fault types and their reporting). A walk reports a fault by filling a
// preallocated `Fault`; the exception-entry code turns it into ESR_ELx.{DFSC,IFSC,S1PTW},
// FAR_ELx and HPFAR_EL2 with the helpers below and adds WnR/ISV/... itself.

/** Fault kinds (values are stable: tests and switch statements use them). */
export const FaultKind = {
  NONE: 0,
  /** Translation fault (invalid descriptor, address out of range, EPDx, bad start level). */
  TRANSLATION: 1,
  /** Access flag fault (descriptor AF = 0; hardware AF update is not implemented). */
  ACCESS_FLAG: 2,
  /** Permission fault. */
  PERMISSION: 3,
  /** Address size fault (TTBR/table/output address beyond the configured PA size). */
  ADDRESS_SIZE: 4,
  /** Synchronous External abort on a translation table walk (descriptor read hit nothing). */
  EXTERNAL_WALK: 5,
  /** Synchronous External abort, not on a walk (the access itself hit nothing). */
  EXTERNAL: 6,
  /** Alignment fault (not produced by the walks; here so one function covers all DFSCs). */
  ALIGNMENT: 7,
} as const;
export type FaultKindValue = (typeof FaultKind)[keyof typeof FaultKind];

export const FAULT_NAMES: readonly string[] = [
  'none',
  'translation fault',
  'access flag fault',
  'permission fault',
  'address size fault',
  'synchronous external abort on translation table walk',
  'synchronous external abort',
  'alignment fault',
];

/** A translation fault record. Preallocated and reused: copy it before the next walk. */
export class Fault {
  kind: number = FaultKind.NONE;
  /** Lookup level (0..3) at which the fault occurred (the stage-2 level when stage === 2). */
  level = 0;
  /** Translation stage that faulted: 1 or 2. */
  stage = 1;
  /** Stage-2 fault on a stage-1 translation table walk (ESR_EL2.ISS.S1PTW). */
  s1ptw = false;
  /** Faulting IPA (valid when stage === 2): the descriptor's IPA when s1ptw, else the access's IPA. */
  ipa = 0;

  clear(): void {
    this.kind = FaultKind.NONE;
    this.level = 0;
    this.stage = 1;
    this.s1ptw = false;
    this.ipa = 0;
  }

  set(kind: number, level: number, stage: number, s1ptw: boolean, ipa: number): void {
    this.kind = kind;
    this.level = level;
    this.stage = stage;
    this.s1ptw = s1ptw;
    this.ipa = ipa;
  }

  copyFrom(f: Fault): void {
    this.set(f.kind, f.level, f.stage, f.s1ptw, f.ipa);
  }

  get isFault(): boolean {
    return this.kind !== FaultKind.NONE;
  }
}

/** Fault status codes (ESR_ELx.ISS.DFSC/IFSC, PAR_EL1.FST) without the level bits. */
export const FSC_BASE = {
  ADDRESS_SIZE: 0b000000,
  TRANSLATION: 0b000100,
  ACCESS_FLAG: 0b001000,
  PERMISSION: 0b001100,
  EXTERNAL: 0b010000,
  EXTERNAL_WALK: 0b010100,
  ALIGNMENT: 0b100001,
} as const;

/**
 * DFSC/IFSC for a fault: address size 0b0000ll, translation 0b0001ll, access flag
 * 0b0010ll, permission 0b0011ll, external abort on walk 0b0101ll (ll = level),
 * external abort 0b010000, alignment 0b100001.
 */
export function faultStatusCode(f: Fault): number {
  return faultStatusCodeOf(f.kind, f.level);
}

export function faultStatusCodeOf(kind: number, level: number): number {
  const ll = level & 3;
  switch (kind) {
    case 1:
      return FSC_BASE.TRANSLATION | ll;
    case 2:
      return FSC_BASE.ACCESS_FLAG | ll;
    case 3:
      return FSC_BASE.PERMISSION | ll;
    case 4:
      return FSC_BASE.ADDRESS_SIZE | ll;
    case 5:
      return FSC_BASE.EXTERNAL_WALK | ll;
    case 6:
      return FSC_BASE.EXTERNAL;
    case 7:
      return FSC_BASE.ALIGNMENT;
    default:
      throw new Error(`no fault status code for fault kind ${kind}`);
  }
}

/** Whether the fault is reported to EL2 with HPFAR_EL2 valid (a stage-2 fault). */
export function hpfarValid(f: Fault): boolean {
  return f.kind !== FaultKind.NONE && f.stage === 2;
}

/** HPFAR_EL2 for a stage-2 fault: FIPA (bits 43:4) = IPA[51:12]. As a Number (< 2^53). */
export function hpfarValue(f: Fault): number {
  return Math.floor(f.ipa / 4096) * 16;
}

/** Low and high halves (int32) of HPFAR_EL2, for the register file. */
export function hpfarLo(f: Fault): number {
  return (hpfarValue(f) % 4294967296) | 0;
}
export function hpfarHi(f: Fault): number {
  return Math.floor(hpfarValue(f) / 4294967296) | 0;
}

/** One-line description, e.g. "stage 2 translation fault, level 1 (S1PTW, IPA 0x...)". */
export function describeFault(f: Fault): string {
  if (f.kind === FaultKind.NONE) return 'no fault';
  const lvl = f.kind <= 5 ? `, level ${f.level}` : '';
  const extra = f.stage === 2 ? ` (${f.s1ptw ? 'S1PTW, ' : ''}IPA 0x${f.ipa.toString(16)})` : '';
  return `stage ${f.stage} ${FAULT_NAMES[f.kind]}${lvl}${extra}`;
}
