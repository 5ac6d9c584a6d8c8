// The CLI's process runs the emulator on its main thread and gives V8's worker threads a
// lower priority (src/cli/worker-priority.ts): read from /proc while a real server waits
// for GDB.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startGdbServer } from '../helpers/gdb.ts';
import { guestElf } from '../helpers/guests.ts';

/** The nice value of each thread of process `pid` (field 19 of /proc/PID/task/TID/stat). */
function niceValues(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(task), Number(fields[16]));
  }
  return out;
}

describe.runIf(process.platform === 'linux')('worker thread priority', () => {
  it('the main thread keeps its priority, the others get a lower one', async () => {
    const server = await startGdbServer(await guestElf('crc-O2'));
    try {
      const pid = server.child.pid!;
      const nice = niceValues(pid);
      const own = niceValues(process.pid).get(process.pid)!;
      expect(nice.get(pid)).toBe(own);
      const workers = [...nice].filter(([tid]) => tid !== pid);
      // Node starts V8's platform workers (four by default) before any script runs.
      expect(workers.length).toBeGreaterThanOrEqual(4);
      for (const [, n] of workers) expect(n).toBe(Math.min(19, own + 10));
    } finally {
      await server.stop();
    }
  });
});
