// Reverse execution's RAM deltas (src/debug/ram-deltas.ts) on our hypervisor running the
// RTOS VM on 4 PEs (3 GiB, compiled WebAssembly code doing most stores): the bus records
// every page a run changes, whoever writes it (compiled code, the interpreter, GDB), and a
// checkpoint restored from a chain of deltas is the machine that was captured, by the
// full state hash of record/replay (registers, devices, every RAM page), in any order of
// restores and after the oldest delta was merged into the next.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RamDeltas, type RamDelta } from '../../src/debug/ram-deltas.ts';
import { loadImages } from '../../src/machine/board/boot.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { machineHash } from '../../src/machine/replay/state-hash.ts';
import { forEachNonZeroPage, RAM_PAGE } from '../../src/machine/snapshot/ram-image.ts';
import { restoreBoardState, saveBoardState, type BoardState } from '../../src/machine/snapshot/snapshot.ts';
import { ZVM_STAGING } from '../../src/zvm/system.ts';
import { assemble } from '../../tools/asm.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';

/** Past the hypervisor's boot, with the RTOS VM running. */
const BOOTED = 14_000_000;

function makeBoard(): VirtBoard {
  const b = new VirtBoard({ ramSize: 3 * 2 ** 30, smp: 4, cpu: 'max', virtualization: true, serial: [() => {}] });
  const boot = loadImages(b, { kernel: join(IMAGES_DIR, 'zvm_host.elf'), loaders: [{ file: join(IMAGES_DIR, 'rtos.bin'), addr: ZVM_STAGING.zephyr, forceRaw: true }] });
  b.reset(boot.entry, boot.x0);
  return b;
}

function runFor(b: VirtBoard, n: number): void {
  const end = b.retired + n;
  while (b.retired < end) expect(b.run(end - b.retired)).toBeNull();
}

/** Hash of every page that is not zero, by page number. */
function pageHashes(b: VirtBoard): Map<number, string> {
  const ram = b.bus.ram;
  const m = new Map<number, string>();
  forEachNonZeroPage(ram, (p) => m.set(p, createHash('sha256').update(ram.subarray(p * RAM_PAGE, (p + 1) * RAM_PAGE)).digest('hex')));
  return m;
}

function changedPages(before: Map<number, string>, after: Map<number, string>): number[] {
  const changed = new Set<number>();
  for (const [p, h] of after) if (before.get(p) !== h) changed.add(p);
  for (const p of before.keys()) if (!after.has(p)) changed.add(p);
  return [...changed].sort((x, y) => x - y);
}

describe('write tracking of compiled code', () => {
  it('records the pages stores of compiled WebAssembly code write through the fast view, after every arming', () => {
    const b = new VirtBoard({ ramSize: 16 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    const code = b.bus.ramBase + 0x8000;
    const data = b.bus.ramBase + 0x10_0000;
    const words = assemble(`
      mov x2, #1
      add x3, x0, #0x2000
      add x4, x0, #0x3000
      add x5, x0, #0x4000
    loop:
      str x2, [x0]
      str w2, [x0, #0x1008]
      strh w2, [x3, #0x10]
      strb w2, [x4, #0x18]
      tst x2, #0x1ff
      b.ne skip
      str x2, [x5, #0x20]
    skip:
      add x2, x2, #1
      b loop`);
    words.forEach((w, i) => (b.bus.ram32[(code - b.bus.ramBase) / 4 + i] = w));
    b.reset(BigInt(code), 0n);
    b.cpus[0].setX(0, BigInt(data));
    const pages = [0, 1, 2, 3, 4].map((k) => (data - b.bus.ramBase) / RAM_PAGE + k);
    // Compiled, with the five pages in the TLB's fast view for writing. A run's first loop
    // iteration is interpreted; the last page is written every 512 only, so compiled code
    // makes its first store after the arming.
    runFor(b, 50_000);
    b.bus.trackWrites();
    for (let round = 0; round < 3; round++) {
      const compiled = b.cpus[0].jitStats().compiledRetired;
      runFor(b, 20_000);
      expect(b.cpus[0].jitStats().tier).toBe('wasm');
      expect(b.cpus[0].jitStats().compiledRetired - compiled).toBeGreaterThan(19_000);
      expect([...b.bus.writtenPages()].sort((x, y) => x - y)).toEqual(pages);
      b.bus.armWritten();
    }
    b.bus.stopTracking();
  });
});

describe('RAM deltas of reverse execution (hypervisor + RTOS VM, 4 PEs)', () => {
  it('records every page a run changes as written: stores of compiled code, of the interpreter, and GDB writes', () => {
    const b = makeBoard();
    runFor(b, BOOTED);
    b.bus.trackWrites();
    for (let round = 0; round < 4; round++) {
      const before = pageHashes(b);
      const compiledBefore = b.cpus.reduce((n, c) => n + c.jitStats().compiledRetired, 0);
      runFor(b, 700_000);
      const changed = changedPages(before, pageHashes(b));
      expect(changed.length).toBeGreaterThan(0);
      const written = new Set(b.bus.writtenPages());
      expect(changed.filter((p) => !written.has(p))).toEqual([]);
      // Most of it ran as compiled WebAssembly code (whose stores hit RAM directly).
      expect(b.cpus[0].jitStats().tier).toBe('wasm');
      expect(b.cpus.reduce((n, c) => n + c.jitStats().compiledRetired, 0) - compiledBefore).toBeGreaterThan(350_000);
      b.bus.armWritten();
      expect(b.bus.writtenPages().length).toBe(0);
    }
    // A debugger's write to a page nothing else writes.
    const page = b.bus.ramSize / RAM_PAGE - 3;
    b.bus.debugWrite(b.bus.ramBase + page * RAM_PAGE + 100, new Uint8Array([1, 2, 3]));
    expect([...b.bus.writtenPages()]).toContain(page);
    b.bus.stopTracking();
    expect(b.bus.codeLines.every((m) => m <= 1)).toBe(true);
  }, 120_000);

  it('restores a checkpoint from the chain of deltas to the full machine state it had, in any order', () => {
    const b = makeBoard();
    runFor(b, BOOTED);
    const deltas = new RamDeltas(b.bus);
    const chain: RamDelta[] = [];
    const states: BoardState[] = [];
    const hashes: string[] = [];
    const restore = (k: number) => restoreBoardState(b, states[k], () => deltas.restore(chain, k));
    for (let k = 0; k < 6; k++) {
      if (k > 0) runFor(b, 400_000 + 77_777 * k);
      states.push(saveBoardState(b));
      chain.push(deltas.capture(chain));
      hashes.push(machineHash(b));
    }
    expect(chain[0].full).toBe(true);
    expect(chain.slice(1).every((d) => !d.full && d.pages.size > 0 && d.pages.size < chain[0].pages.size)).toBe(true);
    // Back and forth, with runs between (pages written since the restored one).
    for (const k of [2, 5, 0, 3, 3, 1, 4]) {
      runFor(b, 123_457);
      restore(k);
      expect(machineHash(b), `checkpoint ${k}`).toBe(hashes[k]);
    }
    // A run from a restored checkpoint reaches the next one exactly (code invalidated where RAM changed).
    restore(1);
    runFor(b, states[2].retired - states[1].retired);
    expect(machineHash(b)).toBe(hashes[2]);
    // A capture after a restore of an older one (the later ones still there) holds what differs from the newest.
    restore(2);
    runFor(b, 50_000);
    states.push(saveBoardState(b));
    chain.push(deltas.capture(chain));
    hashes.push(machineHash(b));
    restore(4);
    expect(machineHash(b)).toBe(hashes[4]);
    restore(6);
    expect(machineHash(b)).toBe(hashes[6]);
    // The oldest merged into the next: the next is whole, the others unchanged.
    deltas.mergeOldest(chain);
    chain.shift();
    states.shift();
    hashes.shift();
    expect(chain[0].full).toBe(true);
    for (const k of [0, 4, 2, 5]) {
      runFor(b, 10_000);
      restore(k);
      expect(machineHash(b), `checkpoint ${k + 1}`).toBe(hashes[k]);
    }
    // RAM rewritten behind the bus (a reset loading the images again): the tracker lost
    // track, so a restore rewrites every page, and the next capture holds every page.
    runFor(b, 30_000);
    b.bus.ram.fill(0x5a, 0x10_0000, 0x10_2000);
    b.bus.invalidateCode();
    restore(3);
    expect(machineHash(b)).toBe(hashes[3]);
    runFor(b, 30_000);
    b.bus.invalidateCode();
    states.push(saveBoardState(b));
    chain.push(deltas.capture(chain));
    hashes.push(machineHash(b));
    expect(chain.at(-1)!.full).toBe(true);
    for (const k of [1, chain.length - 1, 0]) {
      runFor(b, 10_000);
      restore(k);
      expect(machineHash(b), `checkpoint ${k + 1}`).toBe(hashes[k]);
    }
  }, 180_000);
});
