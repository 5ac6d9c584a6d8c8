import { describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { assemble } from '../../tools/asm.ts';

/**
 * Each program installs a vector table at 0x40001000 whose synchronous entries (current EL
 * with SPx at +0x200, lower EL at +0x400) record ESR/ELR/SPSR/FAR of the EL in x20-x23
 * and power off through PSCI (the conduit of the board under test).
 */
function vectors(el: 1 | 2, conduit: 'hvc' | 'smc'): string {
  const record = `
      mrs x20, esr_el${el}
      mrs x21, elr_el${el}
      mrs x22, spsr_el${el}
      mrs x23, far_el${el}
      mrs x24, CurrentEL
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      ${conduit} #0`;
  return `
      .org 0x1000
    vectors:
      .org 0x1200
      ${record}
      .org 0x1400
      ${record}
      .org 0x1800`;
}

function run(source: string, virtualization = false): VirtBoard {
  const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'max', virtualization, serial: [() => {}] });
  assemble(source).forEach((w, i) => (board.bus.ram32[i] = w));
  board.reset(0x4000_0000n);
  expect(board.run(10_000)).toEqual({ kind: 'poweroff' });
  return board;
}

const x = (b: VirtBoard, n: number) => b.cpus[0].getX(n);

describe('exception model', () => {
  it('SVC at EL1 enters the EL1 vector with the syndrome, ELR = next instruction, SPSR = PSTATE', () => {
    const b = run(`
      adr x1, vectors
      msr vbar_el1, x1
      msr daifclr, #0xf        // DAIF = 0, visible in SPSR
      mov x2, #-1
      adds x2, x2, #1          // Z and C set
    svc_here:
      svc #0x1234
      ${vectors(1, 'hvc')}`);
    expect(x(b, 20)).toBe((0x15n << 26n) | (1n << 25n) | 0x1234n);
    expect(x(b, 21)).toBe(0x4000_0000n + 6n * 4n); // the instruction after SVC
    expect(x(b, 22)).toBe(0x6000_0005n); // Z C, EL1h
    expect(x(b, 24)).toBe(1n << 2n);
  });

  it('an undefined instruction takes EC 0 with ELR at the instruction; ERET returns to ELR', () => {
    const b = run(`
      adr x1, vectors
      msr vbar_el1, x1
      adr x2, after
      msr elr_el1, x2
      mov x3, #0x3c5           // EL1h, DAIF masked
      msr spsr_el1, x3
      mov x4, #7
      eret
      mov x4, #8               // skipped
    after:
      add x4, x4, #1
    bad:
      .inst 0x00000000
      ${vectors(1, 'hvc')}`);
    expect(x(b, 4)).toBe(8n);
    expect(x(b, 20)).toBe(1n << 25n); // EC 0, IL 1
    expect(x(b, 21)).toBe(0x4000_0000n + 10n * 4n);
  });

  it('an unaligned load with the MMU off takes a data abort with DFSC alignment and FAR', () => {
    const b = run(`
      adr x1, vectors
      msr vbar_el1, x1
      movz x2, #0x4000, lsl #16
      movk x2, #0x2001
      ldr x3, [x2]
      ${vectors(1, 'hvc')}`);
    expect(x(b, 20)).toBe((0x25n << 26n) | (1n << 25n) | 0x21n);
    expect(x(b, 23)).toBe(0x4000_2001n);
  });

  it('a store to an address with nothing behind it is a synchronous external abort with WnR', () => {
    const b = run(`
      adr x1, vectors
      msr vbar_el1, x1
      movz x2, #0x2000, lsl #16
      str x3, [x2]
      ${vectors(1, 'hvc')}`);
    expect(x(b, 20)).toBe((0x25n << 26n) | (1n << 25n) | (1n << 6n) | 0x10n);
    expect(x(b, 23)).toBe(0x2000_0000n);
  });

  it('with EL2, HVC from EL1 is taken to EL2 (lower-EL vector) and SMC answers PSCI', () => {
    const b = run(
      `
      adr x1, vectors
      msr vbar_el2, x1
      movz x1, #0x8000, lsl #16  // HCR_EL2.RW
      msr hcr_el2, x1
      adr x2, el1
      msr elr_el2, x2
      mov x3, #0x3c5             // EL1h
      msr spsr_el2, x3
      eret
    el1:
      mrs x5, CurrentEL
      hvc #0x42
      ${vectors(2, 'smc')}`,
      true,
    );
    expect(x(b, 5)).toBe(1n << 2n);
    expect(x(b, 20)).toBe((0x16n << 26n) | (1n << 25n) | 0x42n);
    expect(x(b, 22)).toBe(0x3c5n);
    expect(x(b, 24)).toBe(2n << 2n);
  });

  it('HCR_EL2.TSC traps SMC from EL1 to EL2 with ELR at the SMC', () => {
    const b = run(
      `
      adr x1, vectors
      msr vbar_el2, x1
      movz x1, #0x8008, lsl #16  // HCR_EL2.RW | TSC
      msr hcr_el2, x1
      adr x2, el1
      msr elr_el2, x2
      mov x3, #0x3c5
      msr spsr_el2, x3
      eret
    el1:
      smc #7
      ${vectors(2, 'smc')}`,
      true,
    );
    expect(x(b, 20)).toBe((0x17n << 26n) | (1n << 25n) | 7n);
    expect(x(b, 21)).toBe(0x4000_0000n + 9n * 4n);
  });

  it('reports the original exception when the guest has no vectors (instead of looping)', () => {
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'max', virtualization: false, serial: [() => {}] });
    assemble('movz x2, #0x2000, lsl #16\nldr x3, [x2]').forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    const ev = board.run(100);
    expect(ev).toMatchObject({ kind: 'halt', halt: { kind: 'fault', pc: 0x4000_0004n } });
    expect(ev?.kind === 'halt' && ev.halt.kind === 'fault' && ev.halt.message).toMatch(
      /data abort \(synchronous external abort.*\) at address 0x20000000, ESR 0x96000010, and no vectors at VBAR_EL1/,
    );
  });
});

describe('a PE that faults forever at its own vector', () => {
  const boot = (source: string) => {
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'max', virtualization: false, serial: [() => {}] });
    assemble(source).forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    return board;
  };
  const message = (ev: ReturnType<VirtBoard['run']>) => (ev?.kind === 'halt' && ev.halt.kind === 'fault' ? ev.halt.message : JSON.stringify(ev));
  /** Runs `b` until it stops: a fault halt at `pc` whose report matches `report`. */
  const expectStuck = (b: VirtBoard, pc: bigint, report: RegExp) => {
    const ev = b.run(10_000);
    expect(ev).toMatchObject({ kind: 'halt', halt: { kind: 'fault', pc } });
    expect(message(ev)).toMatch(report);
  };

  it('stops with a report when the vectors hold undefined instructions (zeroed RAM)', () => {
    const b = boot(`
      movz x1, #0x4001, lsl #16  // VBAR_EL1 = 0x4001_0000: zeroed RAM (UDF #0)
      msr vbar_el1, x1
      isb
      udf #7`);
    expectStuck(
      b,
      0x4001_0200n,
      /^exception loop at the vector: undefined instruction \(ESR 0x2000000\) repeated 8 times without an instruction executed; it began with undefined instruction \(ESR 0x2000000\) at EL1 pc 0x4000000c, and the PE is stuck$/,
    );
    // The exceptions were taken as the architecture takes them: ELR is the vector now.
    expect(b.cpus[0].sys.get('ELR_EL1')).toBe(0x4001_0200n);
  });

  it('stops with a report when the vectors are at an unmapped virtual address (MMU on)', () => {
    const b = boot(`
      movz x1, #0x4008, lsl #16  // level 1 table at 0x4008_0000
      movz x2, #0x4000, lsl #16
      movk x2, #0x0705           // block 0x4000_0000: AF, inner shareable, MAIR index 1
      str x2, [x1, #8]
      msr ttbr0_el1, x1
      mov x3, #0xff00
      msr mair_el1, x3
      movz x4, #0x3520           // TCR_EL1: T0SZ = 32, 4 KiB, walks inner shareable WB
      movk x4, #0x80, lsl #16    // EPD1
      msr tcr_el1, x4
      movz x5, #0x8000, lsl #16  // VBAR_EL1 = 0x8000_0000: nothing maps it
      msr vbar_el1, x5
      isb
      mrs x6, sctlr_el1
      orr x6, x6, #1
      msr sctlr_el1, x6
      isb
      udf #7`);
    expectStuck(
      b,
      0x8000_0200n,
      /^exception loop at the vector: instruction abort \(fault status 0x5\) \(ESR 0x86000005\) repeated 8 times .* it began with undefined instruction \(ESR 0x2000000\) at EL1 pc 0x40000044, and the PE is stuck$/,
    );
    expect(b.cpus[0].sys.get('FAR_EL1')).toBe(0x8000_0200n);
  });

  it('enters vectors the guest installed at an address with nothing behind it (MMU off), then stops in the loop with SIGSEGV, not SIGILL', () => {
    const b = boot(`
      movz x1, #0x9000, lsl #16  // VBAR_EL1 = 0x9000_0000: no RAM, no device
      msr vbar_el1, x1
      isb
      udf #7`);
    expectStuck(
      b,
      0x9000_0200n,
      /^exception loop at the vector: instruction abort \(synchronous external abort: nothing at that physical address\) \(ESR 0x86000010\) repeated 8 times .* it began with undefined instruction \(ESR 0x2000000\) at EL1 pc 0x4000000c, and the PE is stuck$/,
    );
    const sys = b.cpus[0].sys;
    expect([sys.get('ELR_EL1'), sys.get('FAR_EL1'), sys.get('ESR_EL1')]).toEqual([0x9000_0200n, 0x9000_0200n, 0x8600_0010n]);
  });

  it('does not stop a PE whose vector handles the exception (an undefined instruction skipped 50 times)', () => {
    const b = boot(`
      adr x1, vectors
      msr vbar_el1, x1
      isb
      mov x2, #0
    again:
      add x2, x2, #1
      cmp x2, #50
      b.ne fault
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      hvc #0
    fault:
      udf #0
      b again
      .balign 0x800
    vectors:
      .skip 0x200
      mrs x3, elr_el1
      add x3, x3, #4
      msr elr_el1, x3
      eret`);
    expect(b.run(100_000)).toEqual({ kind: 'poweroff' });
    expect(b.cpus[0].getX(2)).toBe(50n);
  });
});

describe('SIMD&FP access traps', () => {
  it('CPACR_EL1.FPEN = 0 traps FP at EL1 with EC 0x07; FPEN = 3 lets it run', () => {
    const b = run(`
      adr x1, vectors
      msr vbar_el1, x1
      mov x2, #(3 << 20)
      msr cpacr_el1, x2
      isb
      fmov d0, #1.0              // allowed
      msr cpacr_el1, xzr
      isb
      fmov d1, #2.0              // traps
      ${vectors(1, 'hvc')}`);
    expect(x(b, 20)).toBe((0x07n << 26n) | (1n << 25n) | 0x1e00000n);
    expect(x(b, 21)).toBe(0x4000_0000n + 8n * 4n);
    expect(b.cpus[0].vreg[0]).toBe(0);
    expect(b.cpus[0].vreg[1]).toBe(0x3ff00000);
  });

  it('CPTR_EL2.TFP traps FP from EL1 to EL2 (CPACR_EL1 allowing it)', () => {
    const b = run(
      `
      adr x1, vectors
      msr vbar_el2, x1
      mov x1, #(1 << 10)         // CPTR_EL2.TFP
      msr cptr_el2, x1
      mov x2, #(3 << 20)
      msr cpacr_el1, x2
      movz x1, #0x8000, lsl #16  // HCR_EL2.RW
      msr hcr_el2, x1
      adr x2, el1
      msr elr_el2, x2
      mov x3, #0x3c5
      msr spsr_el2, x3
      eret
    el1:
      fadd d0, d1, d2
      ${vectors(2, 'smc')}`,
      true,
    );
    expect(x(b, 20)).toBe((0x07n << 26n) | (1n << 25n) | 0x1e00000n);
    expect(x(b, 24)).toBe(2n << 2n);
  });
});
