// `monitor savevm [-f] NAME` and `monitor loadvm NAME` (QEMU's monitor names): the whole
// machine to and from a snapshot file NAME in the server's output directory (a plain name,
// as `monitor trace save`; `-loadvm FILE` on the command line takes any path). GDB keeps
// registers and memory it has read: after a loadvm they are stale until it reads them
// again (`maint flush register-cache`; tools/gdb/zvm-inferiors.py does it after every
// monitor command).

import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { VirtBoard } from '../machine/board/virt.ts';
import { readSnapshotFile, writeSnapshotFile } from '../machine/snapshot/snapshot-file.ts';
import { boardIdentity, restoreMachineState, saveMachineState, SnapshotError, type RestoreOptions, type Snapshot } from '../machine/snapshot/snapshot.ts';
import { Errno, TargetError } from '../rsp/target.ts';

/** What the snapshot commands need of the target. */
export interface SnapshotHost {
  readonly board: VirtBoard;
  /** The one directory files are saved in (an absolute path). */
  readonly outputDir: string;
  /** SHA-256 of the images the board was started with (recorded in the file), if known. */
  readonly imagesHash?: () => string | null;
  /** Why the machine cannot be restored now (e.g. non-stop mode), or null; with `snap`, why not to that snapshot. */
  restoreRefused(snap?: Snapshot): string | null;
}

/** A plain file name: no directory part, nothing hidden, nothing a shell would mangle. */
export const PLAIN_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

function snapshotPath(host: SnapshotHost, name: string | undefined, usage: string): string {
  if (name === undefined || !PLAIN_NAME.test(name)) {
    throw new TargetError(Errno.EINVAL, `usage: monitor ${usage}: NAME is a plain file name (letters, digits, . _ -) in ${host.outputDir}`);
  }
  return join(host.outputDir, name);
}

const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
const secondsSince = (t: number) => `${((performance.now() - t) / 1000).toFixed(2)} s`;

/** Saves the machine to `file` (any path; through file.tmp); returns the line to print. */
export async function saveToFile(board: VirtBoard, file: string, imagesHash: string | null): Promise<string> {
  const t = performance.now();
  // The state is copied at once; compressing and writing happen after (the machine may run).
  const snap = saveMachineState(board);
  const bytes = await writeSnapshotFile(file, snap, imagesHash);
  return `saved the machine (${snap.retired} instructions retired) to ${file}: ${mib(bytes)} in ${secondsSince(t)}\n`;
}

/**
 * Restores the machine from `file`; returns the line to print. Throws SnapshotError with
 * the machine unchanged. `imagesHash` is asked only when the file records the images.
 */
export async function loadFromFile(
  board: VirtBoard,
  file: string,
  imagesHash: () => string | null,
  options?: RestoreOptions,
  refused?: (snap: Snapshot) => string | null,
): Promise<string> {
  const t = performance.now();
  const { snap, header } = await readSnapshotFile(file, boardIdentity(board));
  const why = refused?.(snap) ?? null;
  if (why !== null) throw new SnapshotError(why);
  restoreMachineState(board, snap, options);
  const hash = header.images === null ? null : imagesHash();
  const other = hash !== null && header.images !== hash ? ' (it was saved with other images than these)' : '';
  return `restored the machine from ${file} (${snap.retired} instructions retired) in ${secondsSince(t)}${other}\n`;
}

/** `savevm [-f] NAME`: returns the line to print. */
export async function savevmCommand(host: SnapshotHost, args: readonly string[]): Promise<string> {
  const force = args[0] === '-f';
  const words = force ? args.slice(1) : args;
  const file = snapshotPath(host, words.length === 1 ? words[0] : undefined, 'savevm [-f] NAME (-f replaces NAME)');
  const existing = lstatSync(file, { throwIfNoEntry: false });
  if (existing !== undefined && (!force || !existing.isFile())) {
    throw new TargetError(Errno.EINVAL, `${file} exists${existing.isFile() ? ': use savevm -f NAME to replace it' : ' and is not a file'}`);
  }
  try {
    mkdirSync(host.outputDir, { recursive: true });
    return await saveToFile(host.board, file, host.imagesHash?.() ?? null);
  } catch (e) {
    throw new TargetError(Errno.EIO, `cannot write ${file}: ${(e as Error).message}`);
  }
}

/** `loadvm NAME`: returns the lines to print. */
export async function loadvmCommand(host: SnapshotHost, args: readonly string[]): Promise<string> {
  const file = snapshotPath(host, args.length === 1 ? args[0] : undefined, 'loadvm NAME');
  const refused = host.restoreRefused();
  if (refused !== null) throw new TargetError(Errno.EINVAL, `loadvm: ${refused}`);
  try {
    const done = await loadFromFile(host.board, file, () => host.imagesHash?.() ?? null, {}, (snap) => host.restoreRefused(snap));
    return `${done}GDB's cached registers and memory are stale: 'maint flush register-cache' (tools/gdb/zvm-inferiors.py does it after monitor commands)\n`;
  } catch (e) {
    if (e instanceof SnapshotError) throw new TargetError(Errno.EINVAL, `loadvm ${file}: ${e.message}; the machine is unchanged`);
    throw e;
  }
}
