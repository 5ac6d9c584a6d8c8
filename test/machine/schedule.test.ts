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
import { PSCI } from '../../src/machine/board/psci.ts';
import { assemble } from '../../tools/asm.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';

const HOST_ELF = join(IMAGES_DIR, 'zvm_host.elf');
/** Past the hypervisor's boot, with the RTOS VM running on PE 1 (PEs 2 and 3 in WFI). */
const END = 14_000_000;

/**
 * PE 0 starts PEs 1-3 (PSCI CPU_ON); each then increments `counter` with LDXR/STXR, logs
 * the value it read in its own 4 KiB ring, waits a while that depends on the value, and
 * every 64 increments executes WFE (every 16, YIELD): which PE sees which value, and when
 * an STXR fails, is the interleaving.
 */
const CONTENDERS = `
      mov  x20, #1
  1:  movz x0, #0x${(PSCI.CPU_ON_64 >>> 16).toString(16)}, lsl #16
      movk x0, #0x${(PSCI.CPU_ON_64 & 0xffff).toString(16)}
      mov  x1, x20
      adr  x2, worker
      mov  x3, x20
      hvc  #0
      add  x20, x20, #1
      cmp  x20, #4
      b.ne 1b
      mov  x0, #0
  worker:
      adr  x4, counter
      adr  x5, ring
      add  x5, x5, x0, lsl #12
      mov  x6, #0
  loop:
  2:  ldxr x7, [x4]
      add  x8, x7, #1
      stxr w10, x8, [x4]
      add  x13, x13, x10             // failed STXRs
      cbnz w10, 2b
      and  x11, x6, #511
      str  x7, [x5, x11, lsl #3]
      add  x6, x6, #1
      and  x12, x7, #31
  3:  subs x12, x12, #1
      b.pl 3b
      tst  x6, #15
      b.ne loop
      yield
      tst  x6, #63
      b.ne loop
      sevl
      wfe
      wfe
      b    loop
      .balign 4096
  counter: .quad 0
      .balign 4096
  ring:
`;

function contenders(): VirtBoard {
  const b = new VirtBoard({ ramSize: 1 << 20, smp: 4, cpu: 'max', virtualization: false, serial: [() => {}] });
  assemble(CONTENDERS).forEach((w, i) => (b.bus.ram32[i] = w));
  b.reset(0x4000_0000n);
  return b;
}

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
    const stxr = 0x4000_0000n + 4n * BigInt(assemble(CONTENDERS.slice(0, CONTENDERS.indexOf('stxr'))).length);
    sameState(contenders, 2_000_000, stxr, 4);
  }, 120_000);

  it('does not depend on where runs stop: hypervisor + RTOS VM, 4 PEs (timers, WFI)', () => {
    // The hypervisor's path of every exit from a VM.
    const exit = elfSymbol(readFileSync(HOST_ELF), 'guest_exit_common');
    expect(exit).toBeDefined();
    sameState(makeBoard, END, exit!, 2);
  }, 300_000);
});
