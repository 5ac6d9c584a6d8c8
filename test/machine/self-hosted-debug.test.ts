// The guest's self-hosted debug on one PE, for what the QEMU-compared program
// (progs/debug.c in el2-programs.test.ts) cannot show: QEMU 7.2 implements no unlinked
// context breakpoints and no VMID matches, and the debugger's own breakpoints and watchpoints must never
// collide with the guest's (the debugger stops first, and the guest's exception follows
// when the debugger lets the instruction run).

import { describe, expect, it } from 'vitest';
import { makeCpu, RAM_BASE } from '../helpers/cpu.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';

const WATCHED = RAM_BASE + 0x2000;
const VBAR = RAM_BASE + 0x800;
const LDR_X2_X0 = 0xf9400002; // ldr x2, [x0]
const LDTR_X2_X0 = 0xf8400802; // ldtr x2, [x0]
const ADD_X1_1 = 0x91000421; // add x1, x1, #1
const ERET = 0xd69f03e0;
const NOP = 0xd503201f;

const MDSCR_SS = 1n;
const MDSCR_KDE = 1n << 13n;
const MDSCR_MDE = 1n << 15n;
const BCR_ADDRESS = 1n | (3n << 1n) | (0xfn << 5n); // E, PMC = EL1 and EL0, BAS = 0b1111
const ESR_BREAKPOINT_SAME = 0xc6000022n; // EC 0x31, IL, IFSC 0x22
const ESR_WATCHPOINT_SAME_READ = 0xd6000022n; // EC 0x35, WnR = 0
const ESR_STEP_LOWER_ISV = 0xcb000022n; // EC 0x32, ISV = 1, EX = 0

/** A PE at EL1h with its vectors at VBAR, the OS lock clear and `words` at RAM_BASE. */
function setup(words: number[], mdscr: bigint, unmaskD = true): Cpu {
  const cpu = makeCpu();
  words.forEach((w, i) => (cpu.bus.ram32[i] = w | 0));
  for (let i = 0; i < 0x200; i++) cpu.bus.ram32[(0x800 >>> 2) + i] = NOP;
  cpu.sys.set('VBAR_EL1', BigInt(VBAR));
  cpu.sys.set('OSLAR_EL1', 0n);
  cpu.sys.set('MDSCR_EL1', mdscr);
  if (unmaskD) cpu.daif = 0x7;
  cpu.setX(0, BigInt(WATCHED));
  return cpu;
}

/** `n` calls of run(1) (a write to a debug register ends the run slice it is in). */
function runEach(cpu: Cpu, n: number): void {
  for (let i = 0; i < n; i++) cpu.run(1);
}

describe('self-hosted debug', () => {
  it("the debugger's breakpoint at the guest's breakpoint stops first; resuming takes the guest's exception", () => {
    const cpu = setup([ADD_X1_1, ADD_X1_1], MDSCR_MDE | MDSCR_KDE);
    cpu.sys.set('DBGBVR0_EL1', BigInt(RAM_BASE));
    cpu.sys.set('DBGBCR0_EL1', BCR_ADDRESS);
    cpu.addBreakpoint(BigInt(RAM_BASE));
    expect(cpu.run(10)).toBe(0);
    expect(cpu.hitBreakpoint).toBe(true);
    expect(cpu.sys.get('ESR_EL1')).toBe(0n);
    cpu.skipBreakpointOnce = true;
    cpu.run(1);
    expect(cpu.sys.get('ESR_EL1')).toBe(ESR_BREAKPOINT_SAME);
    expect(cpu.sys.get('ELR_EL1')).toBe(BigInt(RAM_BASE));
    expect(cpu.getPC()).toBe(BigInt(VBAR + 0x200));
    expect(cpu.getX(1)).toBe(0n);
  });

  it("the debugger's watchpoint on the guest's watched word stops first; stepping over it takes the guest's exception", () => {
    const cpu = setup([LDR_X2_X0], MDSCR_MDE | MDSCR_KDE);
    cpu.sys.set('DBGWVR0_EL1', BigInt(WATCHED));
    cpu.sys.set('DBGWCR0_EL1', 1n | (3n << 1n) | (3n << 3n) | (0xffn << 5n)); // loads and stores, 8 bytes
    cpu.addWatchpoint(BigInt(WATCHED), 8, 'read', 'va');
    expect(cpu.run(1)).toBe(0);
    expect(cpu.watchHit?.kind).toBe('rwatch');
    expect(cpu.sys.get('ESR_EL1')).toBe(0n);
    expect(cpu.run(1, false)).toBe(0);
    expect(cpu.sys.get('ESR_EL1')).toBe(ESR_WATCHPOINT_SAME_READ);
    expect(cpu.sys.get('FAR_EL1')).toBe(BigInt(WATCHED));
    expect(cpu.getPC()).toBe(BigInt(VBAR + 0x200));
  });

  it('an unlinked context-ID breakpoint (BT 0b0010) fires at any instruction while CONTEXTIDR_EL1 matches', () => {
    const cpu = setup([ADD_X1_1, ADD_X1_1], MDSCR_MDE | MDSCR_KDE);
    cpu.sys.set('DBGBVR5_EL1', 7n);
    cpu.sys.set('DBGBCR5_EL1', BCR_ADDRESS | (2n << 20n));
    cpu.sys.set('CONTEXTIDR_EL1', 8n);
    expect(cpu.run(1)).toBe(1);
    expect(cpu.getX(1)).toBe(1n);
    cpu.sys.set('CONTEXTIDR_EL1', 7n);
    cpu.run(1);
    expect(cpu.sys.get('ESR_EL1')).toBe(ESR_BREAKPOINT_SAME);
    expect(cpu.sys.get('ELR_EL1')).toBe(BigInt(RAM_BASE + 4));
    // Only the highest breakpoint is context-aware (ID_AA64DFR0_EL1.CTX_CMPs = 0): on 0 it never fires.
    const other = setup([ADD_X1_1], MDSCR_MDE | MDSCR_KDE);
    other.sys.set('DBGBVR0_EL1', 7n);
    other.sys.set('DBGBCR0_EL1', BCR_ADDRESS | (2n << 20n));
    other.sys.set('CONTEXTIDR_EL1', 7n);
    expect(other.run(1)).toBe(1);
  });

  it('a linked VMID breakpoint: the address breakpoint fires under stage 2 only while VTTBR_EL2.VMID matches', () => {
    const vmidRun = (vmid: bigint) => {
      const cpu = setup([ADD_X1_1, ADD_X1_1], MDSCR_MDE | MDSCR_KDE);
      // Stage 2: one level-1 block maps the GiB of RAM onto itself (T0SZ 32, start level 1).
      const table = 0x10000;
      cpu.bus.ram32[(table + 8) >>> 2] = RAM_BASE | 1 | (0xf << 2) | (3 << 6) | (3 << 8) | (1 << 10);
      cpu.sys.set('VTCR_EL2', (1n << 31n) | (1n << 6n) | (1n << 8n) | (1n << 10n) | (3n << 12n) | 32n);
      cpu.sys.set('VTTBR_EL2', BigInt(RAM_BASE + table) | (vmid << 48n));
      cpu.sys.set('HCR_EL2', (1n << 31n) | 1n); // RW, VM
      cpu.sys.set('DBGBVR5_EL1', 5n << 32n); // VMID 5 in bits 39:32
      cpu.sys.set('DBGBCR5_EL1', BCR_ADDRESS | (9n << 20n)); // linked VMID match
      cpu.sys.set('DBGBVR0_EL1', BigInt(RAM_BASE + 4));
      cpu.sys.set('DBGBCR0_EL1', BCR_ADDRESS | (1n << 20n) | (5n << 16n)); // linked address match, LBN 5
      runEach(cpu, 2);
      return cpu;
    };
    const hit = vmidRun(5n);
    expect(hit.sys.get('ESR_EL1')).toBe(ESR_BREAKPOINT_SAME);
    expect(hit.sys.get('ELR_EL1')).toBe(BigInt(RAM_BASE + 4));
    expect(hit.getX(1)).toBe(1n);
    const miss = vmidRun(6n);
    expect(miss.sys.get('ESR_EL1')).toBe(0n);
    expect(miss.getX(1)).toBe(2n);
  });

  it('a watchpoint for EL0 only sees LDTR at EL1 (an unprivileged access), not LDR', () => {
    const cpu = setup([LDR_X2_X0, LDTR_X2_X0], MDSCR_MDE | MDSCR_KDE);
    cpu.sys.set('DBGWVR0_EL1', BigInt(WATCHED));
    cpu.sys.set('DBGWCR0_EL1', 1n | (2n << 1n) | (1n << 3n) | (0xffn << 5n)); // PAC = EL0, loads
    expect(cpu.run(1)).toBe(1);
    cpu.run(1);
    expect(cpu.sys.get('ESR_EL1')).toBe(ESR_WATCHPOINT_SAME_READ);
    expect(cpu.sys.get('ELR_EL1')).toBe(BigInt(RAM_BASE + 4));
  });

  it("ptrace's single step: ERET to EL0 with SPSR.SS = 1 runs one instruction, then a step exception to EL1", () => {
    // EL1 runs with PSTATE.D set (step not active there); KDE is not needed for EL0.
    const cpu = setup([ERET], MDSCR_SS, false);
    [ADD_X1_1, ADD_X1_1, ADD_X1_1].forEach((w, i) => (cpu.bus.ram32[(0x100 >>> 2) + i] = w));
    cpu.sys.set('ELR_EL1', BigInt(RAM_BASE + 0x100));
    cpu.sys.set('SPSR_EL1', 1n << 21n); // EL0t, DAIF clear, SS
    runEach(cpu, 3); // ERET, ADD at EL0, the step exception
    expect(cpu.sys.get('ESR_EL1')).toBe(ESR_STEP_LOWER_ISV);
    expect(cpu.sys.get('ELR_EL1')).toBe(BigInt(RAM_BASE + 0x104));
    expect(cpu.sys.get('SPSR_EL1') & (1n << 21n)).toBe(0n);
    expect(cpu.getX(1)).toBe(1n);
    expect(cpu.el).toBe(1);
    expect(cpu.getPC() >= BigInt(VBAR + 0x400)).toBe(true);
  });

  it('with software step off, ERET leaves PSTATE.SS clear whatever SPSR.SS says', () => {
    const cpu = setup([ERET], 0n, false);
    cpu.bus.ram32[0x100 >>> 2] = ADD_X1_1;
    cpu.sys.set('ELR_EL1', BigInt(RAM_BASE + 0x100));
    cpu.sys.set('SPSR_EL1', 1n << 21n);
    runEach(cpu, 2);
    expect(cpu.pstateSS).toBe(0);
    expect(cpu.getX(1)).toBe(1n);
    expect(cpu.sys.get('ESR_EL1')).toBe(0n);
  });
});
