// Breakpoints kept in the emulator must not change what the machine does, only how fast:
// with 100 breakpoints set at addresses never executed, every PE retires exactly the same
// instructions in the same board time as with none. (A PE that took an interrupt in the
// checked path once returned 0, so the board counted it idle and let time jump ahead of
// it: the RTOS VM then did a few thousandth of its work.)
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/machine/board/boot.ts';
import { parseOptions } from '../../src/cli/qemu-options.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { zvmSystemArgs } from '../../src/zvm/system.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { join } from 'node:path';

function retiredAfter(breakpoints: number): number[] {
  const opts = parseOptions(zvmSystemArgs({ host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin') }));
  const board = new VirtBoard({ ramSize: opts.ramSize, smp: opts.smp, cpu: opts.cpu, virtualization: opts.virtualization, serial: [() => {}] });
  const boot = loadImages(board, opts);
  board.reset(boot.entry, boot.x0);
  for (let i = 0; i < 10; i++) expect(board.run(1_000_000)).toBeNull(); // hypervisor up, RTOS VM running
  for (let i = 0; i < breakpoints; i++) for (const cpu of board.cpus) cpu.addBreakpoint(0x4100_0000n + BigInt(4 * i));
  for (let i = 0; i < 20; i++) expect(board.run(1_000_000)).toBeNull();
  return board.cpus.map((c) => c.retired);
}

describe('breakpoints that are never hit', () => {
  it('leave the instruction counts of every PE unchanged (hypervisor + RTOS VM, 30 M ticks)', () => {
    const none = retiredAfter(0);
    expect(none[1]).toBeGreaterThan(5_000_000); // the RTOS's CPU did real work
    expect(retiredAfter(100)).toEqual(none);
  }, 120_000);
});
