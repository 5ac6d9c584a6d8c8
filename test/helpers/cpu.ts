// Builds a bare PE with RAM at 0x4000_0000 for instruction-level unit tests.

import { Bus } from '../../src/machine/bus/bus.ts';
import { Cpu } from '../../src/machine/cpu/cpu.ts';
import { a64Decoder } from '../../src/machine/cpu/insns/index.ts';

export const RAM_BASE = 0x4000_0000;

export function makeCpu(ramSize = 1 << 20): Cpu {
  const bus = new Bus(RAM_BASE, ramSize);
  const cpu = new Cpu(bus, a64Decoder(), 0);
  cpu.setPC(BigInt(RAM_BASE));
  return cpu;
}

/**
 * Places `words` at PC (RAM base by default) and executes exactly `words.length`
 * instructions unless a branch or halt intervenes (pass `steps` to run a different count).
 */
export function runWords(cpu: Cpu, words: number[], steps = words.length): number {
  const base = Number(cpu.getPC()) - RAM_BASE;
  words.forEach((w, i) => {
    cpu.bus.ram32[(base >>> 2) + i] = w | 0;
  });
  return cpu.run(steps);
}
