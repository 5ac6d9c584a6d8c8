// System instructions: MRS/MSR, PSTATE field writes, hints, barriers, exception
// generation and the SYS space (cache and TLB maintenance).

import { out } from '../bits.ts';
import type { Cpu } from '../cpu.ts';
import type { Row } from '../decoder.ts';
import { SYSREGS, sysRegIndexOf } from '../sysregs.ts';
import { EC, exceptionReturn, hvcEnabled, smcTrapsToEl2 } from '../exceptions.ts';

function accessibleIndex(cpu: Cpu, insn: number): number {
  const i = sysRegIndexOf((insn >>> 5) & 0xffff);
  if (i < 0 || SYSREGS[i].minEL > cpu.el) cpu.undefinedInstruction(insn);
  return i;
}

function mrs(cpu: Cpu, insn: number): void {
  const i = accessibleIndex(cpu, insn);
  if (SYSREGS[i].access === 'wo') cpu.undefinedInstruction(insn);
  const lo = cpu.sys.readIndex(i);
  const t = (insn & 31) << 1;
  cpu.x[t] = lo;
  cpu.x[t + 1] = out.hi;
}

function msrRegister(cpu: Cpu, insn: number): void {
  const i = accessibleIndex(cpu, insn);
  if (SYSREGS[i].access === 'ro') cpu.undefinedInstruction(insn);
  const t = (insn & 31) << 1;
  cpu.sys.writeIndex(i, cpu.x[t], cpu.x[t + 1]);
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

/** HINT space: NOP, YIELD, WFE, WFI, SEV, SEVL and unallocated hints, which act as NOP. */
function hint(cpu: Cpu, insn: number): void {
  const op = (insn >>> 5) & 0x7f;
  // WFI/WFE (3, 2): end the slice so the board can advance time or run other PEs.
  if (op === 2 || op === 3) cpu.yieldRequest = true;
}

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

/** SYS: DC ZVA zeroes a block; other cache and TLB maintenance has nothing to do yet. */
function sys(cpu: Cpu, insn: number): void {
  const op1 = (insn >>> 16) & 7;
  const crn = (insn >>> 12) & 15;
  const crm = (insn >>> 8) & 15;
  const op2 = (insn >>> 5) & 7;
  if (op1 !== 3 && cpu.el === 0) cpu.undefinedInstruction(insn);
  if (crn === 7 && op1 === 3 && crm === 4 && op2 === 1) {
    // DC ZVA: zero the 64-byte block (DCZID_EL0.BS = 4 words = 2^4 * 4 bytes).
    const t = (insn & 31) << 1;
    const lo = cpu.x[t] & ~63;
    const hi = cpu.x[t + 1];
    for (let i = 0; i < 64; i += 8) cpu.st64(lo + i, hi, 0, 0);
  }
}

export const SYSTEM_ROWS: Row[] = [
  { name: 'MSR_SI_pstate', pattern: '1101010100000ooo0100mmmmooo11111', exec: msrImmediate, asm: 'MSR <pstatefield>, #<imm>' },
  { name: 'HINT_HM_hints', pattern: '11010101000000110010mmmmooo11111', exec: hint, asm: 'HINT #<imm>' },
  { name: 'CLREX_BN_barriers', pattern: '11010101000000110011mmmm01011111', exec: clrex, asm: 'CLREX' },
  { name: 'DSB_BO_barriers', pattern: '11010101000000110011mmmm10011111', exec: barrier, asm: 'DSB <option>' },
  { name: 'DMB_BO_barriers', pattern: '11010101000000110011mmmm10111111', exec: barrier, asm: 'DMB <option>' },
  { name: 'ISB_BI_barriers', pattern: '11010101000000110011mmmm11011111', exec: barrier, asm: 'ISB' },
  { name: 'SYS_CR_systeminstrs', pattern: '1101010100001ooonnnnmmmmooottttt', exec: sys, asm: 'SYS #<op1>, <Cn>, <Cm>, #<op2>, <Xt>' },
  { name: 'SYSL_RC_systeminstrs', pattern: '1101010100101ooonnnnmmmmooottttt', asm: 'SYSL <Xt>, #<op1>, <Cn>, <Cm>, #<op2>' },
  { name: 'MSR_SR_systemmove', pattern: '110101010001ooooooooooooooottttt', exec: msrRegister, asm: 'MSR <sysreg>, <Xt>' },
  { name: 'MRS_RS_systemmove', pattern: '110101010011ooooooooooooooottttt', exec: mrs, asm: 'MRS <Xt>, <sysreg>' },
  { name: 'SVC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00001', exec: svc, asm: 'SVC #<imm>' },
  { name: 'HVC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00010', exec: hvc, asm: 'HVC #<imm>' },
  { name: 'SMC_EX_exception', pattern: '11010100000iiiiiiiiiiiiiiii00011', exec: smc, asm: 'SMC #<imm>' },
  { name: 'BRK_EX_exception', pattern: '11010100001iiiiiiiiiiiiiiii00000', exec: brk, asm: 'BRK #<imm>' },
  { name: 'HLT_EX_exception', pattern: '11010100010iiiiiiiiiiiiiiii00000', asm: 'HLT #<imm>' },
  { name: 'ERET_64E_branch_reg', pattern: '11010110100111110000001111100000', exec: exceptionReturn, asm: 'ERET' },
];
