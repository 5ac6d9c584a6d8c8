// System instructions: MRS/MSR, PSTATE field writes, hints, barriers, exception
// generation and the SYS space (cache and TLB maintenance).

import type { InsnEmitter, WasmTranslation } from '../wasm-tier/insn-emitter.ts';
import { out } from '../bits.ts';
import type { Cpu } from '../cpu.ts';
import type { Fields, JsTranslation, Row } from '../decoder.ts';
import { ALIAS_OF, DCZID_BS, DCZID_DZP, dcZvaTrapTarget, FAST_READ_ROWS, gicAccessTraps, SYSREG, SYSREGS, sysRegIndexOf, VHE_REDIRECT, writesPlainly } from '../sysregs.ts';
import { Op, VOID } from '../../wasm/encoder.ts';
import { PmuAccess, pmuAccessCheck, pmuRegClass } from '../pmu.ts';
import { EC, exceptionReturn, hcr, hcrE2H, hvcEnabled, smcTrapsToEl2, syncTargetEL } from '../exceptions.ts';
import { atOpFor, tlbiOpFor } from '../../mmu/index.ts';
import { noPc } from '../translate-helpers.ts';
import { debugAccessTraps, debugTrapBit } from '../self-hosted-debug.ts';

const HCR_TVM = 1 << 26;
const HCR_TRVM = 1 << 30;

/**
 * The table row an MRS/MSR reaches from the current EL: UNDEFINED below the register's
 * minimum EL, FEAT_VHE redirection of EL1 encodings at EL2 with E2H = 1 and the `*_EL12`
 * accessors, and the EL2 traps of EL1 accesses (HCR_EL2.TVM/TRVM).
 */
function accessibleIndex(cpu: Cpu, insn: number, read: boolean): number {
  let i = sysRegIndexOf((insn >>> 5) & 0xffff);
  if (i < 0) {
    // Unallocated ID registers (op0=3, op1=0, CRn=0, CRm=1..7) read as zero.
    if (read && cpu.el >= 1 && (insn & 0x1ff000) === 0x180000 && ((insn >>> 8) & 15) !== 0) return RAZ;
    cpu.undefinedInstruction(insn);
  }
  const row = SYSREGS[i];
  if (row.minEL > cpu.el) cpu.undefinedInstruction(insn);
  const pmu = PMU_CLASS[i];
  if (pmu !== undefined && cpu.el < 2) {
    const a = pmuAccessCheck(cpu, pmu, read);
    if (a === PmuAccess.UNDEFINED) cpu.undefinedInstruction(insn);
    if (a !== PmuAccess.NONE) trapSysReg(cpu, insn, read, a === PmuAccess.TRAP_EL2 ? 2 : syncTargetEL(cpu));
  }
  if (cpu.el === 2 && hcrE2H(cpu)) {
    i = row.aliasOf !== undefined ? ALIAS_OF[i] : VHE_REDIRECT[i];
  } else if (row.aliasOf !== undefined) {
    cpu.undefinedInstruction(insn);
  } else if (cpu.el === 1 && cpu.model.el2) {
    // MDCR_EL2.TDA/TDOSA/TDRA (all three with TDE): the hypervisor owns the debug registers.
    if (DEBUG_TRAP[i] !== 0 && debugAccessTraps(cpu, DEBUG_TRAP[i])) trapToEl2(cpu, insn, read);
    if (row.vmControl === true && (hcr(cpu) & (read ? HCR_TRVM : HCR_TVM)) !== 0) trapToEl2(cpu, insn, read);
    if (GIC_ROW[i] !== 0 && gicAccessTraps(cpu, row.name)) trapToEl2(cpu, insn, read);
  }
  return i;
}

/** Index meaning "reads as zero" (an unallocated ID register). */
const RAZ = -2;

/** A trapped MSR/MRS: EC 0x18 to EL2 with Op0, Op2, Op1, CRn, Rt, CRm and the direction. */
function trapToEl2(cpu: Cpu, insn: number, read: boolean): never {
  trapSysReg(cpu, insn, read, 2);
}

/** A trapped MSR/MRS: EC 0x18 to `targetEL` with Op0, Op2, Op1, CRn, Rt, CRm and the direction. */
function trapSysReg(cpu: Cpu, insn: number, read: boolean, targetEL: number): never {
  const iss =
    (((insn >>> 19) & 3) << 20) |
    (((insn >>> 5) & 7) << 17) |
    (((insn >>> 16) & 7) << 14) |
    (((insn >>> 12) & 15) << 10) |
    ((insn & 31) << 5) |
    (((insn >>> 8) & 15) << 1) |
    (read ? 1 : 0);
  cpu.syncException(EC.SYSREG, iss, false, targetEL);
}


/** The access check of the PMU rows (PMUSERENR_EL0, MDCR_EL2.TPM/TPMCR), undefined for the others. */
const PMU_CLASS = SYSREGS.map((r) => pmuRegClass(r.name));

/** The MDCR_EL2 bit (TDA, TDOSA, TDRA) that traps EL1 accesses to each debug row; 0 for the others. */
const DEBUG_TRAP = Int32Array.from(SYSREGS, (r) => debugTrapBit(r.name));

/** 1 for the GIC CPU-interface rows, whose EL1 accesses the GIC itself may trap. */
const GIC_ROW = Uint8Array.from(SYSREGS, (r) => (r.name.startsWith('ICC_') || r.name.startsWith('ICH_') ? 1 : 0));

// fastReadMask decides for FAST_READ_ROWS from the row's EL, hooks and VHE redirection
// only: none of them may be one that accessibleIndex traps for another reason.
for (const i of FAST_READ_ROWS) {
  if (PMU_CLASS[i] !== undefined || DEBUG_TRAP[i] !== 0 || GIC_ROW[i] !== 0) throw new Error(`${SYSREGS[i].name} cannot be a fast-read row`);
}

function mrs(cpu: Cpu, insn: number): void {
  const i = accessibleIndex(cpu, insn, true);
  const t = (insn & 31) << 1;
  if (i === RAZ) {
    cpu.x[t] = 0;
    cpu.x[t + 1] = 0;
    return;
  }
  if (SYSREGS[i].access === 'wo') cpu.undefinedInstruction(insn);
  const lo = cpu.sys.readIndex(i);
  cpu.x[t] = lo;
  cpu.x[t + 1] = out.hi;
}

const CNTVCT_ROW = SYSREGS.findIndex((r) => r.name === 'CNTVCT_EL0');

/**
 * 1 for the rows whose MRS reads the register file plainly at every EL (what mrs() does for
 * them): read-only, accessible from EL0, no read hook, nothing that traps or redirects them
 * (accessibleIndex): CTR_EL0, which Linux reads before each cache maintenance loop.
 */
export const PLAIN_READ = Uint8Array.from(SYSREGS, (r, i) =>
  r.minEL === 0 && r.access === 'ro' && r.read === undefined && r.aliasOf === undefined && r.vmControl !== true &&
  VHE_REDIRECT[i] === i && PMU_CLASS[i] === undefined && DEBUG_TRAP[i] === 0 && GIC_ROW[i] === 0
    ? 1
    : 0,
);

/**
 * MRS of a FAST_READ_ROWS register: a load from the register file while the PE's fast-read
 * mask allows it (it says when mrs() would read the row plainly), the handler otherwise.
 * MRS of CNTVCT_EL0: the count computed from the retired count where it cannot trap.
 */
function mrsWasm(_f: Fields, insn: number): WasmTranslation | null {
  const i = sysRegIndexOf((insn >>> 5) & 0xffff);
  const t = insn & 31;
  // The counter Linux's clock and busy-wait loops poll (InsnEmitter.virtualCount).
  if (i === CNTVCT_ROW) {
    return (e) => {
      e.fastVirtualCount().c.op(Op.if).byte(VOID);
      e.virtualCount().setX(t);
      e.c.op(Op.else);
      e.callHandler();
      e.c.op(Op.end);
    };
  }
  // DCZID_EL0 as its row reads it: DZP where DC ZVA traps at this EL.
  if (i === SYSREG.DCZID_EL0) {
    return (e) => {
      e.c.i32(DCZID_BS).i32(DCZID_BS | DCZID_DZP);
      e.zvaAllowed().c.op(Op.select);
      e.setW(t);
    };
  }
  // PSTATE.DAIF (its row's live read).
  if (i === SYSREG.DAIF) {
    return (e) => {
      e.daif().c.i32(6).op(Op.i32_shl);
      e.setW(t);
    };
  }
  if (i >= 0 && PLAIN_READ[i] !== 0) return (e) => e.sysReg(i).setX(t);
  const bit = FAST_READ_ROWS.indexOf(i);
  if (bit < 0) return null;
  return (e) => whileFastRead(e, bit, () => e.sysReg(i).setX(t));
}

/** `body` while bit `bit` of the PE's fast-read mask is set (InsnEmitter.fastRead), else the handler. */
function whileFastRead(e: InsnEmitter, bit: number, body: () => void): void {
  e.fastRead(bit).c.op(Op.if).byte(VOID);
  body();
  e.c.op(Op.else);
  e.callHandler();
  e.c.op(Op.end);
}

function msrRegister(cpu: Cpu, insn: number): void {
  const i = accessibleIndex(cpu, insn, false);
  if (i === RAZ) cpu.undefinedInstruction(insn);
  if (SYSREGS[i].access === 'ro') cpu.undefinedInstruction(insn);
  const t = (insn & 31) << 1;
  cpu.sys.writeIndex(i, cpu.x[t], cpu.x[t + 1]);
}

/**
 * MSR DAIF, Xt in the wasm tier (its row's live write; nothing traps it): the region leaves
 * after it when an interrupt line is up (InsnEmitter.setDaif). FAST_READ_ROWS: msrFastWasm.
 * Other registers: the handler.
 */
function msrRegisterWasm(_f: Fields, insn: number): WasmTranslation | null {
  const i = sysRegIndexOf((insn >>> 5) & 0xffff);
  const t = insn & 31;
  if (i !== SYSREG.DAIF) return i >= 0 ? msrFastWasm(i, t) : null;
  return (e) => {
    e.w(t).c.i32(6).op(Op.i32_shr_u).i32(0xf).op(Op.i32_and);
    e.setDaif();
  };
}

/**
 * MSR of a FAST_READ_ROWS register that takes writes plainly: a store to the register file
 * while the PE's fast-read mask allows (the same conditions as for the read: accessible,
 * not redirected, not trapped, not the live SP), the handler otherwise.
 */
function msrFastWasm(i: number, t: number): WasmTranslation | null {
  const bit = FAST_READ_ROWS.indexOf(i);
  if (bit < 0 || !writesPlainly(i)) return null;
  return (e) => whileFastRead(e, bit, () => e.x(t).setSysReg(i));
}

/** MSR DAIFSet/DAIFClr, #imm in the wasm tier (as msrImmediate); SPSel and the rest: the handler. */
function msrImmediateWasm(f: Fields): WasmTranslation | null {
  const field = (f.o << 3) | f.p;
  const crm = f.m;
  if (field !== 0o36 && field !== 0o37) return null;
  return (e) => {
    e.daif();
    if (field === 0o36) e.c.i32(crm).op(Op.i32_or);
    else e.c.i32(~crm).op(Op.i32_and);
    // Masking more cannot make an interrupt takeable: only DAIFClr may have to leave.
    e.setDaif(field === 0o37);
  };
}

/** MSR <pstatefield>, #imm: SPSel, DAIFSet, DAIFClr (op1:op2 select the field). */
function msrImmediate(cpu: Cpu, insn: number): void {
  const op1 = (insn >>> 16) & 7;
  const op2 = (insn >>> 5) & 7;
  const crm = (insn >>> 8) & 15;
  const field = (op1 << 3) | op2;
  if (field === 0o05 && cpu.el >= 1) cpu.selectStack(cpu.el, crm & 1);
  else if (field === 0o36) cpu.daif |= crm;
  else if (field === 0o37) cpu.daif &= ~crm;
  else cpu.undefinedInstruction(insn);
}

/**
 * HINT space: NOP, YIELD, WFE, WFI, SEV, SEVL and unallocated hints, which act as NOP.
 * WFI sleeps until an interrupt is pending; WFE and YIELD end the slice so that other PEs
 * (the lock holder a WFE loop waits for) run sooner.
 */
function hint(cpu: Cpu, insn: number): void {
  const op = (insn >>> 5) & 0x7f;
  if (op === 3) cpu.waitingForInterrupt = true;
  if (op >= 1 && op <= 3) cpu.yieldRequest = true;
}

/** NOP and the other hints do nothing here; WFE, WFI and YIELD need the handler. */
function hintJs(f: Fields): JsTranslation | null {
  const op = (f.m << 3) | f.o; // CRm:op2
  return op >= 1 && op <= 3 ? null : noPc('');
}

/** The same for the wasm tier: no code. */
function hintWasm(f: Fields): WasmTranslation | null {
  const op = (f.m << 3) | f.o;
  return op >= 1 && op <= 3 ? null : noCode;
}

/** Barriers: nothing to order (see barrier), no code in the wasm tier. */
const noCode: WasmTranslation = () => {};
const barrierWasm = (): WasmTranslation => noCode;

function clrex(cpu: Cpu): void {
  cpu.exclusiveAddr = -1;
}

function barrier(): void {
  // One PE is interleaved at instruction granularity: every access is already ordered.
}

function svc(cpu: Cpu, insn: number): void {
  cpu.syncException(EC.SVC64, (insn >>> 5) & 0xffff, true);
}

/**
 * HVC: the board's firmware answers it when it is the PSCI conduit (no EL2); otherwise
 * it is a Hypervisor Call to EL2, or UNDEFINED at EL0 and without (enabled) EL2.
 */
function hvc(cpu: Cpu, insn: number): void {
  if (cpu.el < 1) cpu.undefinedInstruction(insn);
  if (cpu.firmwareCall?.(cpu, 'hvc', (insn >>> 5) & 0xffff)) return;
  if (!hvcEnabled(cpu)) cpu.undefinedInstruction(insn);
  cpu.syncException(EC.HVC64, (insn >>> 5) & 0xffff, true, 2);
}

/** SMC: trapped to EL2 by HCR_EL2.TSC, else answered by the board (there is no EL3). */
function smc(cpu: Cpu, insn: number): void {
  if (cpu.el < 1) cpu.undefinedInstruction(insn);
  if (smcTrapsToEl2(cpu)) cpu.syncException(EC.SMC64, (insn >>> 5) & 0xffff, false, 2);
  if (cpu.firmwareCall?.(cpu, 'smc', (insn >>> 5) & 0xffff)) return;
  cpu.undefinedInstruction(insn);
}

function brk(cpu: Cpu, insn: number): void {
  cpu.syncException(EC.BRK64, (insn >>> 5) & 0xffff, false);
}

/**
 * SYS: TLB maintenance (CRn = 8), address translation (AT, CRn = 7, CRm = 8/9), DC ZVA
 * (zeroes a 64-byte block); the other cache maintenance has nothing to do here.
 */
function sys(cpu: Cpu, insn: number): void {
  const op1 = (insn >>> 16) & 7;
  const crn = (insn >>> 12) & 15;
  const crm = (insn >>> 8) & 15;
  const op2 = (insn >>> 5) & 7;
  if (op1 !== 3 && cpu.el === 0) cpu.undefinedInstruction(insn);
  const t = (insn & 31) << 1;
  if (crn === 8) {
    const op = tlbiOpFor(op1, crm, op2);
    if (op === undefined || (op1 >= 4 && cpu.el < 2)) cpu.undefinedInstruction(insn);
    const xtLo = cpu.x[t];
    const xtHi = cpu.x[t + 1];
    if (op.broadcast) for (const pe of cpu.peers) pe.mmu.tlbi(op, xtLo, xtHi);
    else cpu.mmu.tlbi(op, xtLo, xtHi);
  } else if (crn === 7 && (crm === 8 || crm === 9)) {
    const op = atOpFor(op1, crm, op2);
    if (op === undefined || (op1 >= 4 && cpu.el < 2)) cpu.undefinedInstruction(insn);
    cpu.mmu.at(op, cpu.x[t], cpu.x[t + 1]);
  } else if (crn === 7 && op1 === 3 && crm === 4 && op2 === 1) {
    // DC ZVA: zero the 64-byte block (DCZID_EL0.BS = 4 words = 2^4 * 4 bytes). One
    // translation for the block (it cannot cross a page); RAM is filled directly.
    const to = dcZvaTrapTarget(cpu);
    if (to !== 0) trapSysReg(cpu, insn, false, to);
    const lo = cpu.x[t] & ~63;
    const hi = cpu.x[t + 1];
    // The whole block is one write for the guest's watchpoints (FAR: the first watched byte).
    const pa = cpu.dataAddress(lo, hi, cpu.watchActive ? 64 : 1, true);
    if (!cpu.bus.zeroRam(pa, 64)) for (let i = 0; i < 64; i += 8) cpu.st64(lo + i, hi, 0, 0);
    cpu.clearExclusiveIfMarked(pa);
    cpu.fillFastView(lo, hi); // compiled DC ZVA finds the page there next time (zeroBlock)
  }
}

/**
 * DC ZVA in the wasm tier (InsnEmitter.zeroBlock); no code where sys() does nothing at any
 * EL: op1 = 3 (EL0-accessible: IC IVAU, DC CVAU, DC CIVAC...) outside TLBI, AT and DC ZVA. The
 * rest of the SYS space runs its handler.
 */
function sysWasm(f: Fields, insn: number): WasmTranslation | null {
  if ((insn & 0xffffffe0) === (0xd50b7420 | 0)) {
    const t = insn & 31;
    return (e) => e.zeroBlock(t);
  }
  const crn = f.n;
  const crm = f.m;
  if (f.o === 3 && crn !== 8 && !(crn === 7 && (crm === 8 || crm === 9))) return noCode;
  return null;
}

/** DC ZVA (SYS #3, C7, C4, #1): one translation for the 64-byte block; other SYS none. */
const dcZvaAccesses = (insn: number): number => ((insn & 0xffffffe0) === (0xd50b7420 | 0) ? 1 : 0);

export const SYSTEM_ROWS: Row[] = [
  { name: 'MSR_SI_pstate', pattern: '1101010100000ooo0100mmmmppp11111', exec: msrImmediate, wasm: msrImmediateWasm, asm: 'MSR <pstatefield>, #<imm>' },
  { name: 'HINT_HM_hints', pattern: '11010101000000110010mmmmooo11111', exec: hint, js: hintJs, wasm: hintWasm, asm: 'HINT #<imm>' },
  { name: 'CLREX_BN_barriers', pattern: '11010101000000110011mmmm01011111', exec: clrex, asm: 'CLREX' },
  { name: 'DSB_BO_barriers', pattern: '11010101000000110011mmmm10011111', exec: barrier, wasm: barrierWasm, asm: 'DSB <option>' },
  { name: 'DMB_BO_barriers', pattern: '11010101000000110011mmmm10111111', exec: barrier, wasm: barrierWasm, asm: 'DMB <option>' },
  { name: 'ISB_BI_barriers', pattern: '11010101000000110011mmmm11011111', exec: barrier, wasm: barrierWasm, asm: 'ISB' },
  { name: 'SYS_CR_systeminstrs', pattern: '1101010100001ooonnnnmmmmpppttttt', exec: sys, wasm: sysWasm, dataAccesses: dcZvaAccesses, asm: 'SYS #<op1>, <Cn>, <Cm>, #<op2>, <Xt>' },
  { name: 'SYSL_RC_systeminstrs', pattern: '1101010100101ooonnnnmmmmpppttttt', asm: 'SYSL <Xt>, #<op1>, <Cn>, <Cm>, #<op2>' },
  { name: 'MSR_SR_systemmove', pattern: '110101010001ooooooooooooooottttt', exec: msrRegister, wasm: msrRegisterWasm, asm: 'MSR <sysreg>, <Xt>' },
  { name: 'MRS_RS_systemmove', pattern: '110101010011ooooooooooooooottttt', exec: mrs, wasm: mrsWasm, asm: 'MRS <Xt>, <sysreg>' },
  { name: 'SVC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00001', exec: svc, asm: 'SVC #<imm>' },
  { name: 'HVC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00010', exec: hvc, asm: 'HVC #<imm>' },
  { name: 'SMC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00011', exec: smc, asm: 'SMC #<imm>' },
  { name: 'BRK_EX_exception', pattern: '11010100001iiiiiiiiiiiiiiii00000', exec: brk, asm: 'BRK #<imm>' },
  { name: 'HLT_EX_exception', pattern: '11010100010iiiiiiiiiiiiiiii00000', asm: 'HLT #<imm>' },
  { name: 'ERET_64E_branch_reg', pattern: '11010110100111110000001111100000', exec: exceptionReturn, asm: 'ERET' },
];
