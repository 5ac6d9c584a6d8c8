import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { assemble } from '../../tools/asm.ts';

function boot(source: string): VirtBoard {
  const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'max', virtualization: true, serial: [() => {}] });
  assemble(source).forEach((w, i) => (board.bus.ram32[i] = w));
  board.reset(0x4000_0000n);
  return board;
}

const POWEROFF = `
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      smc #0`;

describe('FEAT_VHE system register redirection', () => {
  it('at EL2 with E2H = 1, EL1 encodings reach EL2 registers and *_EL12 reach EL1 registers', () => {
    const b = boot(`
      movz x1, #0x8800, lsl #16
      movk x1, #0x4, lsl #32     // HCR_EL2 = E2H | TGE | RW, as ZVM's host
      msr hcr_el2, x1
      isb
      mov x2, #0x1000
      msr vbar_el1, x2           // -> VBAR_EL2
      mov x3, #0x2000
      msr vbar_el12, x3          // -> VBAR_EL1
      mov x4, #0x3000
      msr ttbr0_el1, x4          // -> TTBR0_EL2
      mrs x5, ttbr0_el12         // the EL1 register, still 0
      mrs x6, ttbr0_el1          // reads TTBR0_EL2
      ${POWEROFF}`);
    expect(b.run(1000)).toEqual({ kind: 'poweroff' });
    const sys = b.cpus[0].sys;
    expect(sys.get('VBAR_EL2')).toBe(0x1000n);
    expect(sys.get('VBAR_EL1')).toBe(0x2000n);
    expect(sys.get('TTBR0_EL2')).toBe(0x3000n);
    expect(b.cpus[0].getX(5)).toBe(0n);
    expect(b.cpus[0].getX(6)).toBe(0x3000n);
  });

  it('without E2H, *_EL12 accessors are UNDEFINED and EL1 encodings reach EL1 registers', () => {
    const b = boot(`
      mov x2, #0x1000
      msr vbar_el1, x2
      msr vbar_el12, x2`);
    const ev = b.run(100);
    expect(b.cpus[0].sys.get('VBAR_EL1')).toBe(0x1000n);
    expect(ev).toMatchObject({ kind: 'halt', halt: { kind: 'undefined', row: 'MSR_SR_systemmove', pc: 0x4000_0008n } });
  });

  it('HCR_EL2.TVM traps EL1 writes of SCTLR_EL1 to EL2 with EC 0x18 and the encoding in the ISS', () => {
    const b = boot(`
      adr x1, vectors
      msr vbar_el2, x1
      movz x1, #0x8400, lsl #16  // RW | TVM
      msr hcr_el2, x1
      adr x2, el1
      msr elr_el2, x2
      mov x3, #0x3c5
      msr spsr_el2, x3
      eret
    el1:
      mrs x7, sctlr_el1          // reads are not trapped by TVM
      msr sctlr_el1, x7
      .org 0x800
    vectors:
      .org 0xc00                 // lower EL, synchronous
      mrs x20, esr_el2
      ${POWEROFF}`);
    expect(b.run(1000)).toEqual({ kind: 'poweroff' });
    // EC 0x18, IL, Op0=3 Op2=0 Op1=0 CRn=1 Rt=7 CRm=0, write (direction 0).
    expect(b.cpus[0].getX(20)).toBe((0x18n << 26n) | (1n << 25n) | (3n << 20n) | (1n << 10n) | (7n << 5n));
  });

  it('unallocated ID registers read as zero', () => {
    const b = boot(`
      mrs x1, id_pfr0_el1
      mrs x2, id_isar0_el1
      ${POWEROFF}`);
    b.cpus[0].setX(1, 5n);
    expect(b.run(100)).toEqual({ kind: 'poweroff' });
    expect(b.cpus[0].getX(1)).toBe(0n);
  });
});

describe('VPIDR_EL2 / VMPIDR_EL2', () => {
  it('EL1 reads MIDR_EL1 and MPIDR_EL1 from them; they reset to the PE identity', () => {
    const b = boot(`
      mrs x10, vmpidr_el2
      mrs x11, vpidr_el2
      mov x1, #0x8000
      movk x1, #0x8000, lsl #16
      add x1, x1, #3
      msr vmpidr_el2, x1         // vCPU 3 of a VM
      movz x1, #0x8000, lsl #16  // HCR_EL2.RW
      msr hcr_el2, x1
      adr x2, el1
      msr elr_el2, x2
      mov x3, #0x3c5
      msr spsr_el2, x3
      eret
    el1:
      mrs x12, mpidr_el1
      mrs x13, midr_el1
      ${POWEROFF}`);
    expect(b.run(1000)).toEqual({ kind: 'poweroff' });
    const c = b.cpus[0];
    expect(c.getX(10)).toBe(0x8000_0000n);
    expect(c.getX(11)).toBe(0x000f_0510n);
    expect(c.getX(12)).toBe(0x8000_8003n);
    expect(c.getX(13)).toBe(0x000f_0510n);
  });
});
