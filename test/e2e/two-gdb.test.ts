// Two gdb-multiarch processes on one server: the first continues the default system;
// the second connects, tries to step and to continue, and leaves. The second is told it
// does not control the target (run control stays with the first), and the first still
// gets its stop reply when it interrupts, and answers afterwards.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, freePort, haveGdb, gdbValues as values } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const REFUSAL = /zvm-gdbserver: another GDB connection controls the target/;

describe.skipIf(!haveGdb())('two gdb-multiarch clients on the default system', () => {
  let server: SystemServer;
  let first: InteractiveGdb;
  let second: InteractiveGdb | undefined;
  const why = (extra = ''): string =>
    `${extra}\n--- first gdb ---\n${first?.output.slice(-3000)}\n--- second gdb ---\n${second?.output.slice(-3000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`;

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    first = new InteractiveGdb(server.port, HOST);
    await first.run(['set confirm off'], 60_000);
  }, 240_000);

  afterAll(async () => {
    await second?.quit();
    await first?.quit();
    await server?.stop();
  });

  it('answers both: the second is refused run control, the first gets its stop reply', async () => {
    const from = first.output.length;
    first.send('continue');
    await first.waitFor(/Continuing\./, 30_000, from);

    second = new InteractiveGdb(server.port, HOST);
    const reads = (await second.run(['set confirm off', 'inferior 2', 'print ctl.periods'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
    expect(Number(values(reads)[0]), why(reads)).toBeGreaterThan(0);
    const stepped = await second.run(['stepi'], 60_000);
    expect(stepped, why(stepped)).toMatch(REFUSAL);
    const continued = await second.run(['continue'], 60_000);
    expect(continued, why(continued)).toMatch(REFUSAL);
    // Its Ctrl-C (SIGINT to GDB) while it is stopped interrupts nothing remote.
    second.interrupt();
    const after = await second.run(['inferior 2', 'print ctl.periods'], 60_000);
    expect(values(after.replace(/^(\(gdb\) )+/gm, ''))[0], why(after)).toMatch(/^\d+$/);
    await second.quit();
    second = undefined;

    // The first session never saw a stop, and its Ctrl-C now gets one.
    expect(first.output.slice(from), why()).not.toMatch(/received signal|stopped\./);
    const from2 = first.output.length;
    first.interrupt();
    await first.waitFor(/received signal SIGINT/, 60_000, from2).catch((e: Error) => {
      throw new Error(why(e.message));
    });
    const out = (await first.run(['inferior 2', 'print ctl.periods', 'info threads'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
    expect(Number(values(out)[0]), why(out)).toBeGreaterThan(0);
    expect(out, why(out)).toMatch(/Thread 2\.1/);
  }, 300_000);
});
