// `npm start` from a snapshot: the first run boots the default system and saves the machine
// once the Linux shell is ready; later runs start from that snapshot (`-loadvm`) in
// seconds. The snapshot lives beside the Linux guest's cache, keyed by a hash of the images,
// the machine options and the emulator's own sources (a changed emulator may save other
// state), so any change boots afresh. `npm start -- --fresh` always boots from scratch.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MainHooks } from '../src/cli/main.ts';
import type { VirtBoard } from '../src/machine/board/virt.ts';
import { SNAPSHOT_FILE_VERSION, writeSnapshotFile } from '../src/machine/snapshot/snapshot-file.ts';
import { saveMachineState } from '../src/machine/snapshot/snapshot.ts';
import { REPO_ROOT } from './build-guests.ts';
import { linuxGuestCacheDir } from './linux-guest.ts';

/** What the Linux VM prints when its shell is ready (on the hypervisor's console). */
const READY = '[linux_os-1] ZVM-LINUX-MARKER: shell ready';
/** Board time after the marker before saving, so that the shell's prompt is out (0.5 s). */
const SETTLE_TICKS = 31_250_000;
/** Options that change how the run is watched, not the machine (the first two take a value). */
const NOT_MACHINE = new Set(['-gdb', '-vm-elf', '-S', '-s', '--fresh']);
const WITH_VALUE = new Set(['-gdb', '-vm-elf']);

/** The emulator sources whose code defines the machine's state. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The snapshot file for these images and options. */
export function snapshotFileFor(imageFiles: readonly string[], args: readonly string[]): string {
  const h = createHash('sha256').update(`zvm-gdbserver snapshot ${SNAPSHOT_FILE_VERSION}\0`);
  for (let i = 0; i < args.length; i++) {
    if (NOT_MACHINE.has(args[i])) {
      if (WITH_VALUE.has(args[i]!)) i++;
      continue;
    }
    h.update(`${args[i]}\0`);
  }
  for (const f of imageFiles) h.update(readFileSync(f));
  for (const f of [...sourceFiles(join(REPO_ROOT, 'src', 'machine')), ...sourceFiles(join(REPO_ROOT, 'src', 'zvm'))].sort()) h.update(f).update(readFileSync(f));
  return join(dirname(linuxGuestCacheDir()), 'snapshots', `default-${h.digest('hex').slice(0, 24)}.zvmsnap`);
}

/** Hooks for main(): save the machine to `file` once the Linux shell is ready. */
export function saveWhenReady(file: string): MainHooks {
  let tail = '';
  let seen = false;
  let readyAt = -1;
  let saved = false;
  return {
    serialTap: (uart, byte) => {
      if (uart !== 0 || seen) return;
      tail = (tail + String.fromCharCode(byte)).slice(-READY.length);
      seen = tail === READY;
    },
    afterSlice: (board: VirtBoard) => {
      if (!seen || saved) return;
      if (readyAt < 0) readyAt = board.time;
      if (board.time - readyAt < SETTLE_TICKS) return;
      saved = true;
      const snap = saveMachineState(board);
      mkdirSync(dirname(file), { recursive: true });
      // Older snapshots of other images or options would only take room.
      for (const old of readdirSync(dirname(file))) if (old.startsWith('default-') && join(dirname(file), old) !== file) rmSync(join(dirname(file), old), { force: true });
      writeSnapshotFile(file, snap).then(
        (bytes) => process.stderr.write(`\nzvm-gdbserver: saved the ready system to ${file} (${(bytes / 2 ** 20).toFixed(0)} MiB): the next npm start starts from it\n`),
        (e: Error) => process.stderr.write(`\nzvm-gdbserver: could not save the ready system to ${file}: ${e.message}\n`),
      );
    },
  };
}
