// DC ZVA's traps (SCTLR_EL1.DZE at EL0, HCR_EL2.TDZ at EL0/EL1) and DCZID_EL0.DZP, on the
// interpreter and with every block compiled to WebAssembly (whose inline DC ZVA must take
// the trap too). ZVM_JIT is read when the CPU modules load: each run imports a fresh graph.

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';

const CODE = 0x4000_8000;
const DATA = 0x4010_0000;

// EL1 (or EL2, `el2`) sets the controls from x20 (SCTLR_EL1) and x21 (HCR_EL2), then ERETs to
// the lower EL, which reads DCZID_EL0 into x5, zeroes the block at x0 and makes an SVC (HVC); the
// first exception's syndrome lands in x7.
function program(el2: boolean): string {
  const e = el2 ? 'el2' : 'el1';
  return `
    adr x1, vectors
    msr vbar_${e}, x1
    msr sctlr_el1, x20
    ${el2 ? 'msr hcr_el2, x21' : ''}
    isb
    adr x1, lower
    msr elr_${e}, x1
    mov x1, #${el2 ? 0x3c5 : 0x3c0}
    msr spsr_${e}, x1
    eret
  lower:
    mrs x5, dczid_el0
    str x5, [x0, #64]      // the page into the TLB's fast view: compiled DC ZVA would find it
    dc zva, x0
    mov x6, #1
    ${el2 ? 'hvc' : 'svc'} #0
    b .
    .balign 2048
  vectors:
    b .
    .balign 0x200
    b .
    .balign 0x200
    mrs x7, esr_${e}
    b .
  `;
}

interface Outcome {
  dczid: number;
  ec: number;
  zeroed: boolean;
}

async function run(tier: 'interp' | 'wasm', el2: boolean, sctlr: number, hcr = 0): Promise<Outcome> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const board = new VirtBoard({ ramSize: 4 << 20, smp: 1, cpu: el2 ? 'max' : 'cortex-a53', virtualization: el2, serial: [() => {}] });
  assemble(program(el2)).forEach((w, i) => (board.bus.ram32[(CODE - 0x4000_0000) / 4 + i] = w));
  for (let i = 0; i < 16; i++) board.bus.ram32[(DATA - 0x4000_0000) / 4 + i] = -1;
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0]!;
  cpu.setX(0, BigInt(DATA));
  cpu.setX(20, BigInt(sctlr));
  cpu.setX(21, BigInt(hcr));
  board.run(200);
  const zeroed = Array.from({ length: 16 }, (_, i) => board.bus.ram32[(DATA - 0x4000_0000) / 4 + i]).every((w) => w === 0);
  return { dczid: Number(cpu.getX(5)), ec: Number(cpu.getX(7) >> 26n), zeroed };
}

const SCTLR_DZE = 1 << 14;
const HCR_RW = 2 ** 31;
const HCR_TDZ = 1 << 28;

describe('DC ZVA traps and DCZID_EL0.DZP', () => {
  for (const tier of ['interp', 'wasm'] as const) {
    it(`EL0: runs with SCTLR_EL1.DZE, traps to EL1 (EC 0x18) without it (${tier})`, async () => {
      expect(await run(tier, false, SCTLR_DZE)).toEqual({ dczid: 0x4, ec: 0x15, zeroed: true });
      expect(await run(tier, false, 0)).toEqual({ dczid: 0x14, ec: 0x18, zeroed: false });
    });

    it(`EL1 under HCR_EL2.TDZ traps to EL2 (${tier})`, async () => {
      expect(await run(tier, true, 0, HCR_RW)).toEqual({ dczid: 0x4, ec: 0x16, zeroed: true });
      expect(await run(tier, true, 0, HCR_RW + HCR_TDZ)).toEqual({ dczid: 0x14, ec: 0x18, zeroed: false });
    });
  }
});
