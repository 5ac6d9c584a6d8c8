// savevm and loadvm in the QEMU-style monitor (Ctrl-A c on the console): the machine is
// saved while stopped and reset, a bad file is refused in one line with the machine left
// as it is, and loadvm brings the saved registers back; the program then runs to its end
// from the snapshot. While recording (-icount rr=record), `info replay` says so, and
// system_reset and loadvm are refused in one line.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../tools/console-session.ts';
import { guestElf } from '../helpers/guests.ts';
import { BOARD_ARGS, CLI_PATH } from '../helpers/qemu.ts';

/**
 * gdbdemo on the CLI (`extra` options) run until it printed its results, then stopped from
 * the monitor (Ctrl-A c). `monitor` sends a line and resolves to what it printed up to the
 * next prompt.
 */
async function stoppedInMonitor(extra: readonly string[]): Promise<{ con: ConsoleSession; monitor: (line: string) => Promise<string> }> {
  const elf = await guestElf('gdbdemo');
  const con = new ConsoleSession(process.execPath, [CLI_PATH, ...BOARD_ARGS, '-kernel', elf, ...extra]);
  const monitor = async (line: string): Promise<string> => {
    const from = con.output.length;
    con.type(`${line}\r`);
    return (await con.waitFor(/([\s\S]*?)\(qemu\) $/, 60_000, from))[1]!;
  };
  // gdbdemo prints its results, then spins for a while before its last lines.
  await con.waitFor('points[1] = (3, 4)', 60_000);
  con.type('\x01c');
  await con.waitFor('(qemu) ', 30_000);
  await monitor('stop');
  return { con, monitor };
}

describe('savevm / loadvm in the monitor', () => {
  it('restores the registers saved while stopped after a reset; a bad file changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zvm-mon-snap-'));
    const file = join(dir, 'stopped.zvmsnap');
    writeFileSync(join(dir, 'bad'), 'not a snapshot');
    const { con, monitor } = await stoppedInMonitor([]);
    try {
      expect(await monitor(`savevm ${file}`)).toMatch(/saved the machine \(\d+ instructions retired\) to \S+stopped\.zvmsnap: [\d.]+ MiB/);
      const saved = await monitor('info registers');
      // While stopped, a reset takes effect at once: CPU 0 back at the entry point.
      await monitor('system_reset');
      const reset = await monitor('info registers');
      expect(reset).toContain('PC=0000000040000000');
      const bad = await monitor(`loadvm ${join(dir, 'bad')}`);
      // The echoed command, then one line.
      expect(bad).toMatch(/^loadvm \S+\r?\nloadvm \S+bad: not a zvm-gdbserver snapshot file; the machine is unchanged\r?\n$/);
      expect(await monitor('info registers')).toBe(reset);
      expect(await monitor(`loadvm ${file}`)).toMatch(/restored the machine from \S+stopped\.zvmsnap \(\d+ instructions retired\)/);
      expect(await monitor('info registers')).toBe(saved);
      await monitor('cont');
      await con.waitFor('gdbdemo: done', 120_000);
      // It went on from the snapshot, not from the reset: the greeting was printed once.
      expect(con.output.split('hello from gdbdemo').length).toBe(2);
    } finally {
      await con.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('info replay while recording; system_reset and loadvm refused then, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zvm-mon-rr-'));
    const file = join(dir, 'run.rr');
    const { con, monitor } = await stoppedInMonitor(['-icount', `shift=auto,rr=record,rrfile=${file}`]);
    try {
      // Typed into the monitor, not into the UART: no input of the guest's.
      expect(await monitor('info replay')).toMatch(/recording \S+run\.rr\r?\ninstruction count: \d+ \(board time \d+, 0 reset\(s\)\)\r?\ninputs logged: 0\r?\nstate hash: [0-9a-f]{32}\r?\n$/);
      expect(await monitor('system_reset')).toMatch(/^system_reset\r?\nsystem_reset is refused while recording \S+run\.rr \(a record follows one run forward from its start\)\r?\n$/);
      expect(await monitor(`loadvm ${join(dir, 'x')}`)).toMatch(/^loadvm \S+\r?\nloadvm is refused while recording \S+run\.rr \(a record follows one run forward from its start\)\r?\n$/);
      con.type('quit\r');
      for (let waited = 0; con.exited === null; waited += 100) {
        if (waited > 60_000) throw new Error('quit did not end the process');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await con.close();
    }
    try {
      // quit ended the recording: the file has its end line.
      const last = readFileSync(file, 'utf8').trimEnd().split('\n').at(-1)!;
      expect(JSON.parse(last)).toMatchObject({ k: 'end', lines: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
