// Whole-machine snapshots in memory (src/machine/snapshot): every property of every saved
// object is either saved or named as rebuilt; a snapshot taken mid-run and restored (into
// the same board after it ran on, and into a fresh board) continues exactly as the
// original did: same UART output, same state, for the RTOS guest alone at EL1 and for our
// hypervisor running it as a VM on 4 PEs (with the VM awareness's books); a snapshot of another configuration is refused
// with the machine untouched.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadImages, type BootState } from '../../src/machine/board/boot.ts';
import { boardFlash } from '../../src/machine/board/flash.ts';
import { machineStateHash } from '../helpers/state-hash.ts';
import { VirtBoard, type VirtConfig } from '../../src/machine/board/virt.ts';
import { boardParts } from '../../src/machine/snapshot/board-parts.ts';
import { RAM_PAGE, applyRam, captureRam } from '../../src/machine/snapshot/ram-image.ts';
import { addSnapshotExtension, restoreMachineState, saveMachineState, SnapshotError, type Snapshot } from '../../src/machine/snapshot/snapshot.ts';
import { VmAwareness } from '../../src/zvm/awareness.ts';
import { awarenessExtension } from '../../src/zvm/awareness-state.ts';
import { ZVM_STAGING } from '../../src/zvm/system.ts';
import { buildRtos } from '../../tools/build-rtos.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';

/** A board whose UART0 output collects in `out`. */
function makeBoard(config: Omit<VirtConfig, 'serial'>): { board: VirtBoard; out: number[] } {
  const out: number[] = [];
  return { board: new VirtBoard({ ...config, serial: [(b) => out.push(b)] }), out };
}

/** Runs `n` instructions in slices as the servers do; returns the UART text printed meanwhile. */
function runFor(board: VirtBoard, out: number[], n: number): string {
  const from = out.length;
  const end = board.retired + n;
  while (board.retired < end) {
    const ev = board.run(Math.min(1_000_000, end - board.retired));
    if (ev !== null) throw new Error(`board stopped: ${ev.kind}`);
  }
  return Buffer.from(out.slice(from)).toString('latin1');
}

/** Extra books kept beside a board (the VM awareness): attaches them, returns a hash of them. */
type Books = (b: VirtBoard) => () => string;

/**
 * Snapshot at `warm` instructions, then proves `n` more instructions replay identically:
 * the same console output, machine state and books.
 */
function roundTrip(
  config: Omit<VirtConfig, 'serial'>,
  boot: (b: VirtBoard) => BootState,
  warm: number,
  n: number,
  input: string,
  mustPrint: RegExp,
  books: Books = () => () => '',
): void {
  const a = makeBoard(config);
  const booksA = books(a.board);
  boot(a.board);
  runFor(a.board, a.out, warm);
  const snap: Snapshot = saveMachineState(a.board);
  // Console input typed right after the snapshot point, as the same input at the same time.
  const type = (b: VirtBoard) => b.uarts[0].receive(Buffer.from(input, 'latin1'));
  type(a.board);
  const first = runFor(a.board, a.out, n);
  const firstHash = machineStateHash(a.board);
  const firstBooks = booksA();
  expect(first).toMatch(mustPrint);

  // The same board, which ran on meanwhile (warm caches, compiled code, other TLB contents).
  restoreMachineState(a.board, snap);
  type(a.board);
  expect(runFor(a.board, a.out, n)).toBe(first);
  expect(machineStateHash(a.board)).toBe(firstHash);
  expect(booksA()).toBe(firstBooks);

  // A fresh board with its images loaded, as -loadvm restores: everything comes from the
  // snapshot, and only the pages the images filled are looked at besides the snapshot's.
  const b = makeBoard(config);
  const booksB = books(b.board);
  const loaded = boot(b.board).loaded;
  expect(loaded?.length).toBeGreaterThan(0);
  restoreMachineState(b.board, snap, { ramWrittenOnly: loaded });
  type(b.board);
  expect(runFor(b.board, b.out, n)).toBe(first);
  expect(machineStateHash(b.board)).toBe(firstHash);
  expect(booksB()).toBe(firstBooks);
}

describe('machine snapshots', () => {
  it('name every property of every saved object as saved or rebuilt', () => {
    const { board } = makeBoard({ ramSize: 1 << 24, smp: 2, cpu: 'max', virtualization: true });
    boardFlash(board.bus);
    for (const p of boardParts(board)) {
      const named = [...p.spec.fields, ...(p.spec.loose ?? []), ...p.spec.rebuilt].sort();
      expect(Object.keys(p.obj).sort(), `${p.path}: classify new properties in src/machine/snapshot/board-parts.ts`).toEqual(named);
    }
  });

  it('restore RAM exactly: the snapshot\'s pages, zero elsewhere (looking only where images were loaded when told so)', () => {
    const ram = new Uint8Array(16 * RAM_PAGE);
    ram[3 * RAM_PAGE + 5] = 1;
    ram[9 * RAM_PAGE] = 2;
    const image = captureRam(ram);
    expect([...image.pages]).toEqual([3, 9]);
    ram.fill(0);
    ram[4 * RAM_PAGE + 7] = 3; // not in the image: must be cleared
    ram[9 * RAM_PAGE + 1] = 4; // in the image: overwritten
    const all = ram.slice();
    applyRam(all, image);
    const hinted = ram.slice();
    applyRam(hinted, image, [[4 * RAM_PAGE, 4 * RAM_PAGE + 100]]);
    for (const r of [all, hinted]) expect(captureRam(r)).toEqual(image);
  });

  it('replay the RTOS guest at EL1 exactly after a restore', () => {
    const elf = buildRtos();
    roundTrip(
      { ramSize: 128 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false },
      (b) => {
        const boot = loadImages(b, { kernel: elf, loaders: [] });
        b.reset(boot.entry, boot.x0);
        return boot;
      },
      3_000_000,
      6_000_000,
      'uptime\r',
      /\S/,
    );
  }, 120_000);

  it('replay our hypervisor with the RTOS VM on 4 PEs exactly after a restore', () => {
    roundTrip(
      { ramSize: 3 * 2 ** 30, smp: 4, cpu: 'max', virtualization: true },
      (b) => {
        const boot = loadImages(b, {
          kernel: join(IMAGES_DIR, 'zvm_host.elf'),
          loaders: [{ file: join(IMAGES_DIR, 'rtos.bin'), addr: ZVM_STAGING.zephyr, forceRaw: true }],
        });
        b.reset(boot.entry, boot.x0);
        return boot;
      },
      // Past the RTOS VM's first prompt; the hypervisor's shell then lists the VMs.
      9_000_000,
      10_000_000,
      'zvm info\r',
      /zephyr_os-0 +1 +128 +running/,
      (board) => {
        // The debugger's VM awareness, as the GDB server keeps it: VMs, vCPUs, their registers.
        const aw = new VmAwareness(board.cpus);
        aw.enable();
        const ext = awarenessExtension(aw);
        addSnapshotExtension(board, ext);
        return () => {
          expect(aw.vms.map((vm) => vm.vcpus.length)).toEqual([1]);
          return createHash('sha256').update(serialize(ext.save())).digest('hex');
        };
      },
    );
  }, 300_000);

  it('refuse a snapshot of another configuration and leave the machine as it was', () => {
    const a = makeBoard({ ramSize: 1 << 24, smp: 2, cpu: 'max', virtualization: true });
    const b = makeBoard({ ramSize: 1 << 24, smp: 1, cpu: 'max', virtualization: true });
    b.board.bus.ram[123] = 7;
    b.board.cpus[0].setX(3, 42n);
    const before = machineStateHash(b.board);
    const snap = saveMachineState(a.board);
    expect(() => restoreMachineState(b.board, snap)).toThrow(SnapshotError);
    expect(() => restoreMachineState(b.board, snap)).toThrow(/another board configuration: smp 2 \(this board: 1\)/);
    expect(machineStateHash(b.board)).toBe(before);

    // Same configuration, but state of another shape (e.g. from a build with another
    // system-register table): refused before anything is written, RAM included.
    const src = makeBoard({ ramSize: 1 << 24, smp: 1, cpu: 'max', virtualization: true }).board;
    src.bus.ram[5000] = 9;
    const same = saveMachineState(src);
    expect(same.ram.pages).toEqual(Uint32Array.of(1));
    const sys = same.parts['cpu0.sys']!;
    sys['values'] = (sys['values'] as Int32Array).slice(2);
    expect(() => restoreMachineState(b.board, same)).toThrow(/^cpu0\.sys\.values: Int32Array\[\d+\] where Int32Array\[\d+\] was expected$/);
    expect(machineStateHash(b.board)).toBe(before);
  });
});
