// A mere port probe (a TCP connect and close, no packet: a port scanner, an IDE checking
// that the server is up) must not halt the board: it stops for a debugger only when the
// connection's first packet arrives.

import { Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, haveGdb } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

/** Connects to the port and closes again without sending anything. */
function probe(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    s.once('error', reject);
    s.connect(port, '127.0.0.1', () => {
      s.end();
      s.once('close', () => resolve());
    });
  });
}

const LOGGER = /\[zephyr_os-0\] (?:rtos> )?logger: \d+ control periods/;

describe.skipIf(!haveGdb())('a port probe on the default system', () => {
  let server: SystemServer | undefined;

  afterAll(async () => {
    await server?.stop();
  });

  it('leaves the board running: the RTOS keeps logging after connects that send no packet', async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    for (let i = 0; i < 3; i++) await probe(server.port);
    const from = server.stdout.length;
    // The RTOS's logger prints every few hundred control periods: it does so again only if
    // the board still runs.
    await server.waitFor(LOGGER, 'stdout', 180_000, from);
    await server.waitFor(LOGGER, 'stdout', 180_000, server.stdout.length);
    expect(server.stderr).not.toMatch(/error/i);
  }, 480_000);
});
