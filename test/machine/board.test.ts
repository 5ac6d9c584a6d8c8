import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { PSCI } from '../../src/machine/board/psci.ts';
import { assemble } from '../../tools/asm.ts';

const RAM = 0x4000_0000;

function boardWith(source: string, smp: number, virtualization = false): { board: VirtBoard; out: number[] } {
  const out: number[] = [];
  const board = new VirtBoard({ ramSize: 1 << 20, smp, cpu: 'cortex-a53', virtualization, serial: [(b) => out.push(b)] });
  assemble(source).forEach((w, i) => (board.bus.ram32[i] = w));
  board.reset(BigInt(RAM));
  return { board, out };
}

describe('virt board', () => {
  it('starts a secondary PE with PSCI CPU_ON at the boot EL with x0 = context, and powers off', () => {
    const { board, out } = boardWith(
      `
      // CPU 0: CPU_ON(target 1, entry = secondary, context 0x55), then wait for it.
      movz x0, #0x${(PSCI.CPU_ON_64 >>> 16).toString(16)}, lsl #16
      movk x0, #0x${(PSCI.CPU_ON_64 & 0xffff).toString(16)}
      mov  x1, #1
      adr  x2, secondary
      mov  x3, #0x55
      hvc  #0
      mov  x19, x0                 // PSCI return value
      adr  x4, flag
    1: ldr  x5, [x4]
      cbz  x5, 1b
      // AFFINITY_INFO(target 1): 0 = on.
      movz x0, #0xc400, lsl #16
      movk x0, #0x0004
      mov  x1, #1
      mov  x2, #0
      hvc  #0
      mov  x20, x0
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008             // SYSTEM_OFF
      hvc  #0
    secondary:
      mrs  x6, CurrentEL
      adr  x4, flag
      str  x0, [x4]                // the context id
      movz x7, #0x0900, lsl #16
      mov  w8, #'S'
      str  w8, [x7]                // PL011 UARTDR
    2: b    2b
      .balign 8
    flag: .quad 0
      `,
      2,
    );
    const ev = board.run(100_000);
    expect(ev).toEqual({ kind: 'poweroff' });
    const [cpu0, cpu1] = board.cpus;
    expect(cpu0.getX(19)).toBe(0n);
    expect(cpu0.getX(20)).toBe(0n);
    expect(cpu0.getX(5)).toBe(0x55n);
    expect(cpu1.getX(6)).toBe(1n << 2n); // EL1
    expect(board.powered).toEqual([true, true]);
    expect(Buffer.from(out).toString()).toBe('S');
  });

  it('answers PSCI on SMC, not HVC, when booting at EL2 (virtualization=on)', () => {
    const { board } = boardWith(
      `
      mrs  x1, CurrentEL
      movz x0, #0x8400, lsl #16     // PSCI_VERSION
      smc  #0
      mov  x2, x0
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      smc  #0
      `,
      1,
      true,
    );
    expect(board.run(1000)).toEqual({ kind: 'poweroff' });
    expect(board.cpus[0].getX(1)).toBe(2n << 2n);
    expect(board.cpus[0].getX(2)).toBe(0x10001n);
  });

  it("keeps a power-off and a debugger's stop request when both come before the PE yields", () => {
    for (const offFirst of [true, false]) {
      const { board } = boardWith('1: b 1b', 1);
      if (offFirst) board.systemOff();
      board.requestStop(0, 'guest-exit');
      if (!offFirst) board.systemOff();
      // The power-off is never lost to a request (nor the request to the power-off).
      expect(board.step(0)).toEqual({ kind: 'poweroff' });
      expect(board.step(0)).toEqual({ kind: 'request', cpu: 0, why: 'guest-exit' });
      expect(board.step(0)).toBeNull();
    }
  });

  it('stops with a report naming the encoding for an undefined instruction', () => {
    const { board } = boardWith('nop\n.inst 0x00000000', 1);
    const ev = board.run(10);
    expect(ev).toMatchObject({ kind: 'halt', cpu: 0, halt: { kind: 'undefined', insn: 0, pc: BigInt(RAM + 4) } });
  });
});

describe('global exclusive monitor', () => {
  it("a store by another PE to the marked granule makes this PE's store-exclusive fail", () => {
    const out: number[] = [];
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 2, cpu: 'cortex-a53', virtualization: false, serial: [(b) => out.push(b)] });
    // CPU 0: ldxr x1, [x2]; stxr w3, x4, [x2]   CPU 1 (at +0x100): str x5, [x2, #8]
    assemble('ldxr x1, [x2]\nstxr w3, x4, [x2]').forEach((w, i) => (board.bus.ram32[i] = w));
    assemble('str x5, [x2, #8]').forEach((w, i) => (board.bus.ram32[0x40 + i] = w));
    board.reset(BigInt(RAM));
    board.powerOn(1, BigInt(RAM + 0x100), 0n);
    const [c0, c1] = board.cpus;
    for (const c of [c0, c1]) c.setX(2, BigInt(RAM + 0x1000));
    c0.setX(4, 0x1234n);
    board.step(0); // ldxr marks the granule
    board.step(1); // another PE writes into it
    board.step(0); // stxr must fail
    expect(c0.getX(3)).toBe(1n);
    expect(board.bus.ram32[0x1000 / 4]).toBe(0);
  });
});

describe('PMU cycle counter', () => {
  it('counts one cycle per instruction while PMCR_EL0.E and PMCNTENSET_EL0[31] are set', () => {
    const { board } = boardWith(
      `
      mov x1, #(1 << 2) | 1          // PMCR_EL0: C (reset the cycle counter) | E
      msr pmcr_el0, x1
      mov x2, #(1 << 31)
      msr pmcntenset_el0, x2
      mrs x3, pmccntr_el0
      nop
      nop
      nop
      mrs x4, pmccntr_el0
      msr pmcntenclr_el0, x2
      nop
      mrs x5, pmccntr_el0
      mrs x6, id_aa64dfr0_el1
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      hvc #0`,
      1,
    );
    expect(board.run(1000)).toEqual({ kind: 'poweroff' });
    const cpu = board.cpus[0];
    expect(cpu.getX(4) - cpu.getX(3)).toBe(4n); // three NOPs and the MRS itself
    expect(cpu.getX(5) - cpu.getX(4)).toBe(1n); // stopped after the MSR that cleared the enable
    expect((cpu.getX(6) >> 8n) & 0xfn).toBe(1n); // PMUVer = PMUv3
  });

  it('event counters count INST_RETIRED at the ELs their filter allows, overflow into PMOVSSET_EL0 and CHAIN', () => {
    const { board } = boardWith(
      `
      mov x1, #8                     // INST_RETIRED
      msr pmevtyper0_el0, x1
      movz x2, #0x8000, lsl #16      // P: not at EL1
      orr x2, x2, #8
      msr pmevtyper2_el0, x2
      mov x3, #0x1e                  // CHAIN above counter 0
      msr pmevtyper1_el0, x3
      mov x4, #-3
      msr pmevcntr0_el0, x4          // 0xffff_fffd: wraps after three events
      mov x5, #0x7
      msr pmcntenset_el0, x5
      mov x6, #1
      msr pmcr_el0, x6               // E
      nop
      nop
      nop
      nop
      mrs x7, pmevcntr0_el0
      mrs x8, pmevcntr1_el0
      mrs x9, pmevcntr2_el0
      mrs x10, pmovsset_el0
      mrs x11, pmcr_el0
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      hvc #0`,
      1,
    );
    expect(board.run(1000)).toEqual({ kind: 'poweroff' });
    const cpu = board.cpus[0];
    // The MSR that sets PMCR_EL0.E and 4 NOPs are 5 events from 0xffff_fffd (as QEMU -icount counts).
    expect(cpu.getX(7)).toBe(2n);
    expect(cpu.getX(8)).toBe(1n); // one overflow of counter 0
    expect(cpu.getX(9)).toBe(0n); // P = 1: nothing at EL1
    expect(cpu.getX(10)).toBe(1n);
    expect(cpu.getX(11)).toBe(0x4103_3001n); // IMP Arm, IDCODE 3 (Cortex-A53), N = 6, E
  });
});
