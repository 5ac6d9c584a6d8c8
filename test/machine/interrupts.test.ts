import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { assemble } from '../../tools/asm.ts';

/**
 * EL1 start of the programs below: VBAR_EL1 = `vectors`, and PPI `intid` routed through
 * the GICv3 as an enabled Group 1 interrupt of priority 0x80, unmasked at the CPU interface.
 */
const gicSetup = (intid: number): string => `
      adr x1, vectors
      msr vbar_el1, x1
      movz x2, #0x0800, lsl #16      // GICD
      mov w3, #0x37
      str w3, [x2]                   // GICD_CTLR: ARE, group enables
      movz x2, #0x080a, lsl #16      // GICR of CPU 0 (RD frame)
      str wzr, [x2, #0x14]           // GICR_WAKER: awake
      add x2, x2, #0x10000           // SGI frame
      mov w3, #(1 << ${intid})
      str w3, [x2, #0x80]            // GICR_IGROUPR0: the PPI in group 1
      str w3, [x2, #0x100]           // GICR_ISENABLER0
      mov w3, #0x80
      strb w3, [x2, #(0x400 + ${intid})]   // GICR_IPRIORITYR: priority 0x80
      mov x3, #7
      msr icc_sre_el1, x3
      mov x3, #0xff
      msr icc_pmr_el1, x3
      mov x3, #1
      msr icc_igrpen1_el1, x3
      isb
`;

/**
 * A bare-metal program at EL1: routes the virtual timer's PPI 27 through the GICv3 as a
 * Group 1 interrupt, arms the timer 1000 ticks ahead, unmasks IRQs and sleeps in WFI. The
 * IRQ vector acknowledges (ICC_IAR1_EL1), records the counter and powers off.
 */
const PROGRAM = `
${gicSetup(27)}      mrs x19, cntvct_el0
      mov x3, #1000
      msr cntv_tval_el0, x3
      mov x3, #1
      msr cntv_ctl_el0, x3           // enabled, not masked
      msr daifclr, #2
    sleep:
      wfi
      b sleep
      .org 0x800
    vectors:
      .org 0x800 + 0x280             // IRQ, current EL with SPx
      mrs x23, isr_el1               // IRQ pending (bit 7) before the acknowledge
      mrs x20, icc_iar1_el1
      mrs x21, cntvct_el0
      msr icc_eoir1_el1, x20
      mrs x22, cntv_ctl_el0
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      hvc #0
`;

describe('interrupts through the GICv3', () => {
  it('the virtual timer fires PPI 27 into an EL1 IRQ handler after WFI, skipping idle time', () => {
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    assemble(PROGRAM).forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    expect(board.run(1_000_000)).toEqual({ kind: 'poweroff' });
    const cpu = board.cpus[0];
    expect(cpu.getX(20)).toBe(27n);
    const armedAt = cpu.getX(19);
    const firedAt = cpu.getX(21);
    expect(firedAt - armedAt).toBeGreaterThanOrEqual(1000n);
    expect(firedAt - armedAt).toBeLessThan(1100n);
    expect(cpu.getX(22)).toBe(5n); // ENABLE | ISTATUS
    expect(cpu.getX(23)).toBe(0x80n); // ISR_EL1.I
    expect(cpu.retired).toBeLessThan(100); // the wait was skipped, not executed
  });
});

describe('PMU overflow interrupt', () => {
  it('an INST_RETIRED counter overflowing raises PPI 7 (INTID 23) within a few instructions', () => {
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    assemble(`
${gicSetup(23)}      mov x3, #8                     // INST_RETIRED
      msr pmevtyper0_el0, x3
      movz x3, #0xffff, lsl #16
      movk x3, #0xfc18               // 2^32 - 1000
      msr pmevcntr0_el0, x3
      mov x3, #1
      msr pmintenset_el1, x3
      msr pmcntenset_el0, x3
      msr pmcr_el0, x3               // E
      msr daifclr, #2
    loop:
      add x19, x19, #1
      b loop
      .org 0x800
    vectors:
      .org 0x800 + 0x280             // IRQ, current EL with SPx
      mrs x20, icc_iar1_el1
      mrs x21, pmevcntr0_el0
      mrs x22, pmovsset_el0
      msr icc_eoir1_el1, x20
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      hvc #0
    `).forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    expect(board.run(1_000_000)).toEqual({ kind: 'poweroff' });
    const cpu = board.cpus[0];
    expect(cpu.getX(20)).toBe(23n);
    expect(cpu.getX(22)).toBe(1n); // PMOVSSET_EL0: counter 0
    // The IRQ is taken as the 1000th event wraps the counter (the loop is 2 instructions a
    // turn): one event since, the MRS of ICC_IAR1_EL1.
    expect(cpu.getX(21)).toBeGreaterThanOrEqual(1n);
    expect(cpu.getX(21)).toBeLessThanOrEqual(3n);
    expect(cpu.getX(19)).toBeGreaterThanOrEqual(498n);
    expect(cpu.getX(19)).toBeLessThanOrEqual(500n);
  });
});
