// End to end (issue 15, finding 4): the hypervisor's threads tell the truth while their CPU
// runs a guest. The default system (our hypervisor with its RTOS VM on CPU 1) in the real
// server, real gdb-multiarch. Stopped at an RTOS breakpoint, CPU 1 runs the VM: thread 1.2
// must show the hypervisor where it is (at the ERET into the guest, in guest_enter, EL2,
// its own stack), never the guest's PC explained with the hypervisor's symbols; and
// `info threads` says what each CPU runs (qXfer:threads text, qThreadExtraInfo).

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, RawRsp, freePort, haveGdb, gdbValues as values } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');

describe.skipIf(!haveGdb())('hypervisor threads while their CPU runs a guest', () => {
  let server: SystemServer;
  let gdb: InteractiveGdb;
  const why = (): string => `--- gdb ---\n${gdb?.output.slice(-5000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`;

  async function run(commands: readonly string[], timeoutMs = 90_000): Promise<string> {
    return (await gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    gdb = new InteractiveGdb(server.port, HOST);
    await run(['set confirm off', 'set schedule-multiple on']);
  }, 200_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
  });

  it("shows the hypervisor at its ERET into the guest, not the guest's PC", async () => {
    // Stopped in the RTOS (its vCPU runs on CPU 1 at EL1).
    let out = await run(['inferior 2', 'break k_sleep_until', 'continue']);
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0" hit Breakpoint 1(\.\d)?, (0x[0-9a-f]+ in )?k_sleep_until \(/);
    out = await run(['delete', 'info threads']);
    expect(out, why()).toMatch(/^\s+1\.2 +Thread 1\.2 "cpu1" \(in zephyr_os-0 vcpu0, EL1\) +guest_enter \(\) at \S*start\.S:\d+$/m);
    // CPU 0 runs the hypervisor (its shell): its own registers, nothing to add.
    expect(out, why()).toMatch(/^\s+1\.1 +Thread 1\.1 "cpu0" +(0x[0-9a-f]+ in )?[a-z_]\w* \(/m);
    expect(out, why()).toMatch(/^\* 2\.1 +Thread 2\.1 "zephyr_os-0-vcpu0" +(0x[0-9a-f]+ in )?k_sleep_until /m);

    // The hypervisor's thread: the ERET, at EL2 (PSTATE.EL = 2), its stack pointer; its
    // backtrace is its own (guest_enter only: it switched its SP to the vCPU frame), with
    // no frame made of the guest's registers.
    out = await run(['thread 1.2', 'bt', 'x/i $pc', 'print ($cpsr >> 2) & 3', 'print/x $sp', 'thread 2.1', 'print/x $sp', 'print ($cpsr >> 2) & 3']);
    expect(out, why()).toMatch(/^#0 +guest_enter \(\) at \S*start\.S:\d+$/m);
    expect(out, why()).not.toMatch(/^#1 /m);
    expect(out, why()).toMatch(/<guest_enter\+\d+>:\s+eret/);
    const [hostEl, hostSp, guestSp, guestEl] = values(out);
    expect(hostEl, why()).toBe('2');
    expect(guestEl, why()).toBe('1');
    expect(hostSp, why()).not.toBe(guestSp);
    // The guest's registers cannot be written through the hypervisor's thread.
    out = await run(['thread 1.2', 'set var $x0 = 5']);
    await gdb.waitFor(/Could not write register "x0"/, 20_000);
  }, 240_000);

  it('answers qThreadExtraInfo for a raw client', async () => {
    const raw = await RawRsp.connect(server.port);
    try {
      raw.sendPacket('qThreadExtraInfo,p1.2');
      const reply = await raw.expect(/\$([0-9a-f]*)#/);
      const text = Buffer.from(/\$([0-9a-f]*)#/.exec(reply)![1]!, 'hex').toString('utf8');
      expect(text).toBe('in zephyr_os-0 vcpu0, EL1');
      raw.sendPacket('qThreadExtraInfo,p1.9');
      await raw.expect(/\$E03#/);
    } finally {
      await raw.close();
    }
  }, 60_000);
});
