// Snapshots with the real gdb-multiarch and the real server process (gdbdemo, -S):
// `monitor savevm` at a breakpoint, the program changed and run on, `monitor loadvm` gives
// back the registers and memory of the snapshot (GDB reads them again: the hook in
// tools/gdb/zvm-inferiors.py), and the program runs to its end from there. Truncated,
// corrupt, other-version and other-configuration files get a one-line error and the machine
// runs on untouched; `-loadvm FILE` starts the server from a snapshot, and refuses a bad one.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadImages } from '../../src/machine/board/boot.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { writeSnapshotFile } from '../../src/machine/snapshot/snapshot-file.ts';
import { saveMachineState } from '../../src/machine/snapshot/snapshot.ts';
import { guestElf } from '../helpers/guests.ts';
import { haveGdb, runGdbBatch, startGdbServer, type GdbResult, type GdbServerProcess } from '../helpers/gdb.ts';
import { BOARD_ARGS, CLI_PATH, runProcess } from '../helpers/qemu.ts';

const hasGdb = haveGdb();
const HOOK = 'source tools/gdb/zvm-inferiors.py';
/** The registers GDB shows, as one text to compare. */
const REGS = 'info registers x0 x1 x2 x29 x30 sp pc cpsr';
/** To the first compute() (a = 1), showing the registers and a. */
const TO_COMPUTE = [HOOK, 'break compute', 'continue', REGS, 'print a'];
/** The rest of the program, its spin loop shortened. */
const TO_END = ['delete', 'set var spin_iterations = 10', 'continue'];

/** The console of a run from the start, shortened, with `again` printed twice (a restore went back over it). */
function expectedConsole(again?: string): string {
  const lines = ['hello from gdbdemo', 'compute(1, 10) = 58', 'compute(2, 20) = 236', 'compute(3, 30) = 534', 'compute(4, 40) = 952', 'points[1] = (3, 4)', 'counter = 10', 'gdbdemo: done', ''];
  if (again !== undefined) lines.splice(lines.indexOf(again) + 1, 0, again);
  return lines.join('\n');
}

/** The text GDB printed for `$N = ...` results, in order. */
function values(out: string): string[] {
  return [...out.matchAll(/^\$\d+ = (.*)$/gm)].map((m) => m[1]!);
}

/** The blocks `info registers` printed, in order (each the lines of one command). */
function registerDumps(out: string): string[] {
  return [...out.matchAll(/((?:^(?:x0|x1|x2|x29|x30|sp|pc|cpsr) +\S.*\n)+)/gm)].map((m) => m[1]!);
}

describe.skipIf(!hasGdb)('snapshots with gdb-multiarch (monitor savevm / loadvm, -loadvm)', () => {
  let elf: string;
  let dir: string;
  const servers: GdbServerProcess[] = [];

  beforeAll(async () => {
    elf = await guestElf('gdbdemo');
    dir = mkdtempSync(join(tmpdir(), 'zvm-snap-e2e-'));
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function server(extraArgs: string[] = []): Promise<GdbServerProcess> {
    const s = await startGdbServer(elf, { extraArgs: ['--output-dir', dir, ...extraArgs] });
    servers.push(s);
    return s;
  }

  const why = (gdb: GdbResult, s: GdbServerProcess) => `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;

  it('restores registers and memory saved at a breakpoint; the program runs on from there', async () => {
    const s = await server();
    const gdb = await runGdbBatch(s.port, elf, [
      ...TO_COMPUTE,
      'print results[3]',
      'monitor savevm at-compute-1',
      'monitor savevm at-compute-1',
      'monitor savevm -f at-compute-1',
      'set var results[3] = 777',
      'set var $x2 = 0x1234',
      'continue',
      REGS,
      'print a',
      'print results[3]',
      'monitor loadvm at-compute-1',
      REGS,
      'print a',
      'print results[3]',
      ...TO_END,
    ]);
    const msg = why(gdb, s);
    expect(gdb.code, msg).toBe(0);
    expect(gdb.out, msg).toMatch(/^saved the machine \(\d+ instructions retired\) to \S+at-compute-1: [\d.]+ MiB in [\d.]+ s$/m);
    expect(gdb.out, msg).toMatch(/^error: \S+at-compute-1 exists: use savevm -f NAME to replace it/m);
    expect(gdb.out, msg).toMatch(/^restored the machine from \S+at-compute-1 \(\d+ instructions retired\)/m);
    // a and results[3] at the snapshot, after running on (the second compute), after the restore.
    expect(values(gdb.out), msg).toEqual(['1', '0', '2', '777', '1', '0']);
    const [saved, changed, restored] = registerDumps(gdb.out);
    expect(changed, msg).not.toBe(saved);
    expect(restored, msg).toBe(saved);
    // From the snapshot on, compute(1, 10) runs again and the program ends as usual.
    expect(gdb.out, msg).toContain('exited normally');
    expect(s.stdout(), msg).toBe(expectedConsole('compute(1, 10) = 58'));
  }, 120_000);

  it('refuses truncated, corrupt, other-version and other-board files in one line; the machine runs on', async () => {
    // A snapshot of this very program on the server's board, made in this process, and bad copies of it.
    const board = new VirtBoard({ ramSize: 128 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    const boot = loadImages(board, { kernel: elf, loaders: [] });
    board.reset(boot.entry, boot.x0);
    const good = join(dir, 'good');
    await writeSnapshotFile(good, saveMachineState(board));
    const bytes = readFileSync(good);
    writeFileSync(join(dir, 'truncated'), bytes.subarray(0, bytes.length - 100));
    const corrupt = Buffer.from(bytes);
    corrupt[corrupt.length - 50] ^= 0xff;
    writeFileSync(join(dir, 'corrupt'), corrupt);
    const version = Buffer.from(bytes);
    version.writeUInt32LE(99, 8);
    writeFileSync(join(dir, 'version'), version);
    writeFileSync(join(dir, 'notasnapshot'), 'hello\n');
    const other = new VirtBoard({ ramSize: 64 << 20, smp: 2, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
    await writeSnapshotFile(join(dir, 'other-board'), saveMachineState(other));

    const s = await server();
    const gdb = await runGdbBatch(s.port, elf, [
      ...TO_COMPUTE,
      ...['truncated', 'corrupt', 'version', 'notasnapshot', 'other-board', 'missing', '../etc/passwd'].map((f) => `monitor loadvm ${f}`),
      REGS,
      'print a',
      ...TO_END,
    ]);
    const msg = why(gdb, s);
    expect(gdb.code, msg).toBe(0);
    const errors = gdb.out.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors, msg).toEqual([
      expect.stringMatching(/^error: loadvm \S+truncated: the file is truncated \(section ram\.0 ends past its end\); the machine is unchanged/),
      expect.stringMatching(/^error: loadvm \S+corrupt: section ram\.0 is corrupt \(.+\); the machine is unchanged/),
      expect.stringMatching(/^error: loadvm \S+version: snapshot format version 99; this zvm-gdbserver reads version 2; the machine is unchanged/),
      expect.stringMatching(/^error: loadvm \S+notasnapshot: not a zvm-gdbserver snapshot file; the machine is unchanged/),
      expect.stringMatching(/^error: loadvm \S+other-board: it was saved on another board configuration: ramSize 67108864 \(this board: 134217728\), smp 2 \(this board: 1\); the machine is unchanged/),
      expect.stringMatching(/^error: loadvm \S+missing: cannot read \S+missing: no such file; the machine is unchanged/),
      expect.stringMatching(/^error: usage: monitor loadvm NAME: NAME is a plain file name/),
    ]);
    const [before, after] = registerDumps(gdb.out);
    expect(after, msg).toBe(before);
    expect(values(gdb.out), msg).toEqual(['1', '1']);
    expect(s.stdout(), msg).toBe(expectedConsole());
  }, 120_000);

  it('-loadvm FILE starts the server from the snapshot; a bad file is one line on stderr and exit status 1', async () => {
    // The snapshot at the first compute(), from a server GDB drove there.
    const first = await server();
    const save = await runGdbBatch(first.port, elf, ['break compute', 'continue', REGS, 'monitor savevm -f loadvm-start']);
    expect(save.code, why(save, first)).toBe(0);
    const [saved] = registerDumps(save.out);

    const s = await server(['-loadvm', join(dir, 'loadvm-start')]);
    const gdb = await runGdbBatch(s.port, elf, [REGS, 'print a', 'set var spin_iterations = 10', 'continue']);
    const msg = why(gdb, s);
    expect(gdb.code, msg).toBe(0);
    expect(registerDumps(gdb.out)[0], msg).toBe(saved);
    expect(values(gdb.out)[0], msg).toBe('1');
    // Only what the program prints after the snapshot: compute(1, 10) onwards.
    expect(s.stdout(), msg).toBe(expectedConsole().slice('hello from gdbdemo\n'.length));

    writeFileSync(join(dir, 'short'), readFileSync(join(dir, 'loadvm-start')).subarray(0, 20));
    const bad = await runProcess(process.execPath, [CLI_PATH, ...BOARD_ARGS, '-kernel', elf, '-loadvm', join(dir, 'short')], { timeoutMs: 60_000 });
    expect(bad.code, bad.stderr).toBe(1);
    expect(bad.stderr).toMatch(/^zvm-gdbserver: -loadvm \S+short: the file is truncated \(in its header\)\n$/);
  }, 120_000);
});
