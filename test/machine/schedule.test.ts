// The board's schedule of its PEs is a function of instruction counts only: a board run to
// an instruction count in one go and with many stops on the way (slices of odd sizes, steps
// of the PE whose turn it is, breakpoint hits) reaches the same machine state, bit for bit
// (registers, devices, the schedule, RAM). Two workloads: 4 PEs incrementing one counter
// with LDXR/STXR and logging the values they saw (the log is the interleaving), with WFE
// and YIELD ending turns early; our hypervisor running the RTOS VM on 4 PEs (timers, WFI,
// idle PEs). Reverse execution relies on this (src/debug/reverse.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/machine/board/boot.ts';
import { machineStateHash } from '../helpers/state-hash.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { elfSymbol } from '../../src/zvm/symbols.ts';
import { ZVM_STAGING } from '../../src/zvm/system.ts';
import { contenders, contendersAddress } from '../helpers/smp-guest.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';

const HOST_ELF = join(IMAGES_DIR, 'zvm_host.elf');
/** Past the hypervisor's boot, with the RTOS VM running on PE 1 (PEs 2 and 3 in WFI). */
const END = 14_000_000;

function makeBoard(): VirtBoard {
  const b = new VirtBoard({ ramSize: 3 * 2 ** 30, smp: 4, cpu: 'max', virtualization: true, serial: [() => {}] });
  const boot = loadImages(b, { kernel: HOST_ELF, loaders: [{ file: join(IMAGES_DIR, 'rtos.bin'), addr: ZVM_STAGING.zephyr, forceRaw: true }] });
  b.reset(boot.entry, boot.x0);
  return b;
}

/** A small deterministic generator (the test must not depend on Math.random). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Runs the board to exactly `end` instructions retired (a round where all PEs sleep uses up budget too). */
function runTo(b: VirtBoard, end: number, slice: () => number): void {
  while (b.retired < end) {
    const ev = b.run(Math.min(slice(), end - b.retired));
    if (ev !== null && ev.kind !== 'breakpoint') throw new Error(`board stopped: ${ev.kind}`);
    if (ev?.kind === 'breakpoint') b.cpus[ev.cpu].skipBreakpointOnce = true;
  }
}

/** One go, many stops and steps, breakpoint hits at `bp`: the same state at `end`, where `busy` PEs ran. */
function sameState(make: () => VirtBoard, end: number, bp: bigint, busy: number): void {
  const once = make();
  runTo(once, end, () => end);
  const expected = machineStateHash(once);
  expect(once.cpus.filter((c) => c.retired > 10_000).length).toBe(busy);

  // Odd slices (a host's time limits, Ctrl-C) and steps of the PE the schedule has next.
  const sliced = make();
  const rnd = lcg(7);
  let steps = 0;
  while (sliced.retired < end - 10) {
    runTo(sliced, Math.min(end - 10, sliced.retired + 1 + Math.floor(rnd() * 40_000)), () => 1 + Math.floor(rnd() * 3000));
    const pe = sliced.scheduledPe;
    if (pe < 0) continue;
    for (let k = Math.floor(rnd() * 4); k > 0 && sliced.scheduledPe === pe; k--, steps++) expect(sliced.step(pe)).toBeNull();
  }
  runTo(sliced, end, () => end);
  expect(steps).toBeGreaterThan(50);
  expect(machineStateHash(sliced)).toBe(expected);

  // Stopped at a breakpoint, on whichever PE.
  const stopped = make();
  for (const c of stopped.cpus) c.addBreakpoint(bp);
  let hits = 0;
  while (stopped.retired < end) {
    const ev = stopped.run(end - stopped.retired);
    if (ev === null) continue;
    expect(ev.kind).toBe('breakpoint');
    hits++;
    stopped.cpus[(ev as { cpu: number }).cpu].skipBreakpointOnce = true;
  }
  for (const c of stopped.cpus) c.removeBreakpoint(bp);
  expect(hits).toBeGreaterThan(10);
  expect(machineStateHash(stopped)).toBe(expected);
}

describe('the schedule of the PEs', () => {
  it('does not depend on where runs stop: 4 PEs contending for a counter', () => {
    // The breakpoint: the STXR (hit by every PE, often).
    const stxr = contendersAddress('stxr');
    sameState(contenders, 2_000_000, stxr, 4);
  }, 120_000);

  it('does not depend on where runs stop: hypervisor + RTOS VM, 4 PEs (timers, WFI)', () => {
    // The hypervisor's path of every exit from a VM.
    const exit = elfSymbol(readFileSync(HOST_ELF), 'guest_exit_common');
    expect(exit).toBeDefined();
    sameState(makeBoard, END, exit!, 2);
  }, 300_000);
});
