// A second connection while a first GDB session runs the target (IDE "live watch":
// cortex-debug's Live Watch, cdt-gdb-adapter's auxiliaryGdb): it may attach, read memory
// of a VM by its guest addresses while the VM runs, and leave again, without stopping the
// target and without disturbing the first session (its breakpoints and its run state).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, RawRsp, freePort, haveGdb, runGdbBatch, gdbValues as values } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


/** The server process running the default system, as in vm.test.ts (stdin = UART0). */

/** A little-endian u32 from `m` reply hex. */
function u32(hex: string): number {
  return Buffer.from(hex, 'hex').readUInt32LE(0);
}

describe.skipIf(!haveGdb())('a second connection while a first GDB session runs the default system', () => {
  let server: SystemServer;
  let gdb: InteractiveGdb;
  let periodsAddr = '';
  let periodsBefore = 0;
  const why = (extra = ''): string =>
    `${extra}\n--- first gdb ---\n${gdb?.output.slice(-4000)}\n--- server stdout ---\n${server?.stdout.slice(-1500)}\n--- server stderr ---\n${server?.stderr.slice(-1500)}`;

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    // The first session: RTOS symbols for inferior 2, a breakpoint in the hypervisor's
    // shell (inferior 1) that only typing a command reaches, and the target running.
    gdb = new InteractiveGdb(server.port, HOST);
    const out = (
      await gdb.run(
        ['set confirm off', 'inferior 2', 'print/x (long)&ctl.periods', 'print ctl.periods', 'inferior 1', 'break run_command', 'set schedule-multiple on'],
        60_000,
      )
    ).replace(/^(\(gdb\) )+/gm, '');
    const [addr, periods] = values(out);
    periodsAddr = addr!.replace(/^0x/, '');
    periodsBefore = Number(periods);
    const from = gdb.output.length;
    gdb.send('continue');
    await gdb.waitFor(/Continuing\./, 30_000, from);
  }, 240_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
  });

  it('serves a plain RSP client reading RTOS memory by guest address while the VM runs', async () => {
    const raw = await RawRsp.connect(server.port);
    try {
      raw.sendPacket('qSupported:multiprocess+;swbreak+;hwbreak+');
      expect(await raw.expect(/\$[^#]*PacketSize=[^#]*#[0-9a-f]{2}/), why()).toMatch(/multiprocess\+/);
      raw.sendPacket('QStartNoAckMode');
      await raw.expect(/\$OK#9a/);
      raw.write('+');
      raw.sendPacket('?');
      expect(await raw.expect(/\$T[0-9a-f]{2}[^#]*#[0-9a-f]{2}/), why()).toMatch(/thread:p1\./);
      raw.sendPacket('Hgp2.1');
      await raw.expect(/\$OK#9a/);
      const read = async (): Promise<number> => {
        raw.sendPacket(`m${periodsAddr},4`);
        const reply = await raw.expect(/\$[0-9a-f]{8}#[0-9a-f]{2}/);
        return u32(/\$([0-9a-f]{8})#/.exec(reply)![1]!);
      };
      const first = await read();
      await sleep(2000);
      const second = await read();
      // The control task counts its 5 ms periods: the VM ran on between the reads.
      expect(first, why()).toBeGreaterThanOrEqual(periodsBefore);
      expect(second, why(`first ${first} second ${second}`)).toBeGreaterThan(first);
    } finally {
      await raw.close();
    }
  }, 120_000);

  it('serves a second gdb-multiarch reading RTOS variables while the VM runs, then detaching', async () => {
    const second = await runGdbBatch(
      server.port,
      HOST,
      ['inferior 2', 'print ctl.periods', 'shell sleep 2', 'print ctl.periods', 'print current->name'],
      120_000,
    );
    const [a, b, name] = values(second.out);
    expect(Number(a), why(second.out)).toBeGreaterThan(periodsBefore);
    expect(Number(b), why(second.out)).toBeGreaterThan(Number(a));
    expect(name, why(second.out)).toMatch(/^0x4000[0-9a-f]{4} "(idle|control|sensor|logger|worker|console|bg-a|bg-b)"$/);
    // The first session never saw a stop.
    expect(gdb.output, why()).not.toMatch(/received signal|hit Breakpoint|exited/);
  }, 180_000);

  it("leaves the first session's breakpoints and run state intact", async () => {
    // Typing a shell command reaches the first session's breakpoint in the hypervisor
    // (the RTOS has a run_command too: two locations, 1.1 and 1.2).
    const from = gdb.output.length;
    server.type('zvm info\r');
    await gdb.waitFor(/Thread 1\.1 "cpu0" hit Breakpoint 1(\.\d+)?, (0x[0-9a-f]+ in )?run_command \(line=[^)]*"zvm info"\)/, 60_000, from).catch((e: Error) => {
      throw new Error(why(e.message));
    });
    const out = (await gdb.run(['inferior 2', 'print ctl.periods', 'delete'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
    expect(Number(values(out)[0]), why()).toBeGreaterThan(periodsBefore);
    // And it still runs and stops the target: continue, Ctrl-C.
    gdb.send('continue');
    await sleep(2000);
    const from2 = gdb.output.length;
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT/, 60_000, from2).catch((e: Error) => {
      throw new Error(why(e.message));
    });
  }, 180_000);
});
