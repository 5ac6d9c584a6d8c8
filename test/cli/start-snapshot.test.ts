// `npm start`'s snapshot (tools/start-snapshot.ts): the key follows the images and the
// machine options (not how GDB is served), and the hooks save the machine once the Linux
// shell's marker has been printed and half a second of board time has passed, a snapshot
// that restores into a fresh board.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { readSnapshotFile } from '../../src/machine/snapshot/snapshot-file.ts';
import { restoreMachineState } from '../../src/machine/snapshot/snapshot.ts';
import { assemble } from '../../tools/asm.ts';
import { saveWhenReady, snapshotFileFor } from '../../tools/start-snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'zvm-start-snap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start's snapshot", () => {
  it('is keyed by the images and the machine options, not by the GDB options', () => {
    const image = join(dir, 'image');
    writeFileSync(image, 'one');
    const args = ['-M', 'virt,virtualization=on', '-smp', '4'];
    const key = snapshotFileFor([image], args);
    expect(key).toMatch(/zvm-gdbserver\/snapshots\/default-[0-9a-f]{24}\.zvmsnap$/);
    expect(snapshotFileFor([image], [...args, '-gdb', 'tcp::2345', '-S'])).toBe(key);
    // The program GDB is given for a VM (System.map or vmlinux) is no part of the machine.
    expect(snapshotFileFor([image], [...args, '-vm-elf', 'linux_os=/x/vmlinux'])).toBe(key);
    expect(snapshotFileFor([image], [...args, '-m', '2G'])).not.toBe(key);
    writeFileSync(image, 'two');
    expect(snapshotFileFor([image], args)).not.toBe(key);
  });

  it('saves the machine half a second of board time after the shell marker', async () => {
    const marker = '[linux_os-1] ZVM-LINUX-MARKER: shell ready\n';
    // Prints the marker on UART0, then counts in x5 forever.
    const words = assemble(`
      movz x1, #0x0900, lsl #16
      adr  x2, text
    1: ldrb w3, [x2], #1
      cbz  w3, 2f
      str  w3, [x1]
      b    1b
    2: add  x5, x5, #1
      b    2b
    text: .asciz "${marker.replace('\n', '\\n')}"
    `);
    const file = join(dir, 'default-test.zvmsnap');
    const hooks = saveWhenReady(file);
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [(b) => hooks.serialTap!(0, b)] });
    words.forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    const slice = 1_000_000;
    let timeOfMarker = -1;
    for (let i = 0; i < 40 && !existsSync(file); i++) {
      board.run(slice);
      hooks.afterSlice!(board);
      if (timeOfMarker < 0) timeOfMarker = board.time;
      await new Promise((r) => setTimeout(r, 20));
    }
    for (let i = 0; i < 500 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(file)).toBe(true);
    const { snap } = await readSnapshotFile(file);
    // Saved at the first slice end at least 31.25 M ticks (0.5 s) after the marker's slice.
    const savedAt = snap.parts['board']!['time'] as number;
    expect(savedAt - timeOfMarker).toBeGreaterThanOrEqual(31_250_000);
    expect(savedAt - timeOfMarker).toBeLessThan(31_250_000 + slice);
    const fresh = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    restoreMachineState(fresh, snap);
    expect(fresh.cpus[0].getX(5)).toBeGreaterThan(15_000_000n); // one count per two instructions
    expect(fresh.time).toBe(savedAt);
  });
});
