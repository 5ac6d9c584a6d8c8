// Snapshots of our hypervisor with its RTOS VM, under the real gdb-multiarch: saved while
// the VM's vCPU is out of its guest (its registers exist only in the server's books, not
// in any CPU), restored after the system ran on; GDB then sees the same vCPU registers,
// the same hypervisor CPU, the same VM process, and the system runs on. A snapshot from
// before the VM existed is refused while GDB has the VM's thread selected; restored from
// process 1, it ends the VM's process in GDB, and the VM comes back when made again.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, freePort, haveGdb } from '../helpers/gdb.ts';
import { SystemServer, rtosSystemArgs } from '../helpers/system-server.ts';

const VCPU_REGS = 'info registers x0 x1 x2 x3 x30 sp pc cpsr';

/** The blocks `info registers` printed, in order. */
function registerDumps(out: string): string[] {
  return [...out.matchAll(/((?:^(?:\(gdb\) )*(?:x0|x1|x2|x3|x30|sp|pc|cpsr) +\S.*\n)+)/gm)].map((m) => m[1]!.replace(/^(\(gdb\) )+/gm, ''));
}

/** The server (the hypervisor with its RTOS VM, `extra` options) and GDB on it, for one describe block. */
function systemSession(extra: readonly string[], ready: RegExp | null): { gdb: () => InteractiveGdb; why: () => string } {
  let dir: string;
  let server: SystemServer;
  let gdb: InteractiveGdb;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-snap-vm-'));
    server = new SystemServer(await freePort(), rtosSystemArgs(), ['--output-dir', dir, ...extra]);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    if (ready !== null) await server.waitFor(ready, 'stdout', 120_000);
    gdb = new InteractiveGdb(server.port, join(IMAGES_DIR, 'zvm_host.elf'));
    await gdb.run(['set confirm off', 'source tools/gdb/zvm-inferiors.py'], 60_000);
  }, 200_000);
  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return {
    gdb: () => gdb,
    why: () => `--- gdb ---\n${gdb?.output.slice(-6000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`,
  };
}

describe.skipIf(!haveGdb())('snapshots of the hypervisor with its RTOS VM under gdb-multiarch', () => {
  // Connected once the RTOS runs in its VM.
  const session = systemSession([], /\[zephyr_os-0\] tick 1000 Hz/);
  let gdb: InteractiveGdb;
  const why = session.why;
  beforeAll(() => {
    gdb = session.gdb();
  });

  it("restores a vCPU's registers held while it is out of its guest, and the system runs on", async () => {
    // CPU 1 stops in the hypervisor's exit handler: the vCPU's registers are its snapshot.
    let out = await gdb.run(['break guest_exit', 'continue'], 120_000);
    expect(out, why()).toMatch(/Thread 1\.2 "cpu1" hit Breakpoint 1, guest_exit \(/);
    out = await gdb.run(['thread 2.1', VCPU_REGS, 'thread 1.2', 'print/x $pc', 'monitor savevm vm-exit'], 60_000);
    await gdb.waitFor(/saved the machine \(\d+ instructions retired\) to \S+vm-exit/, 60_000);
    const [saved] = registerDumps(out);
    const exitPc = /^(?:\(gdb\) )*\$\d+ = (0x[0-9a-f]+)$/m.exec(out)![1]!;

    // Fifty exits later the vCPU has run on.
    out = await gdb.run(['continue 50', 'thread 2.1', VCPU_REGS], 120_000);
    const [later] = registerDumps(out);
    expect(later, why()).toBeDefined();
    expect(later, why()).not.toBe(saved);

    const from = gdb.output.length;
    out = await gdb.run(['monitor loadvm vm-exit', 'thread 2.1', VCPU_REGS, 'thread 1.2', 'print/x $pc', 'info threads'], 60_000);
    await gdb.waitFor(/restored the machine from \S+vm-exit/, 60_000, from);
    expect(registerDumps(out)[0], why()).toBe(saved);
    expect(out, why()).toContain(`= ${exitPc}`);
    expect(out, why()).toMatch(/^[* ] 2\.1 +Thread 2\.1 "zephyr_os-0-vcpu0"/m);

    // And on from there: the next exit comes, and the RTOS keeps running.
    out = await gdb.run(['continue'], 120_000);
    expect(out, why()).toMatch(/Thread 1\.2 "cpu1" hit Breakpoint 1, guest_exit \(/);
  }, 300_000);
});

describe.skipIf(!haveGdb())('a snapshot from before the VM existed, restored under gdb-multiarch', () => {
  // Connected at the reset state (-S).
  const session = systemSession(['-S'], null);
  let gdb: InteractiveGdb;
  const why = session.why;
  beforeAll(() => {
    gdb = session.gdb();
  });

  it("is refused while GDB is on the VM's thread; then ends the VM's process, which comes back when the hypervisor makes the VM again", async () => {
    // Saved at the reset state: no VM yet.
    let from = gdb.output.length;
    await gdb.run(['monitor savevm at-reset'], 60_000);
    await gdb.waitFor(/saved the machine \(0 instructions retired\)/, 60_000, from);
    // The first stop once the VM is there (GDB learns of its thread).
    let out = await gdb.run(['break guest_exit', 'continue', 'info inferiors'], 120_000);
    expect(out, why()).toMatch(/^[* ]\s*2\s+process 2\s.*zephyr_os-0/m);
    const firstStop = /\[New Thread 2\.1\]\n\[Switching to Thread 2\.1\]\n(.*)\n/.exec(out)?.[1];
    expect(firstStop, why()).toBeDefined();
    // GDB stopped in the VM's thread, which the snapshot does not have: refused (GDB could
    // not even switch away from a thread gone under it).
    from = gdb.output.length;
    await gdb.run(['monitor loadvm at-reset'], 60_000);
    await gdb.waitFor(/error: loadvm \S+at-reset: the snapshot has no thread 2\.1, which GDB has selected: select a thread of process 1 first \('inferior 1'\); the machine is unchanged/, 60_000, from);
    from = gdb.output.length;
    await gdb.run(['inferior 1', 'monitor loadvm at-reset'], 60_000);
    await gdb.waitFor(/restored the machine from \S+at-reset \(0 instructions retired\)/, 60_000, from);
    // Running on from the reset state, the VM's process ends first; then the hypervisor
    // makes the VM again, and the run stops where it first did.
    out = await gdb.run(['continue'], 120_000);
    expect(out, why()).toMatch(/\[Inferior 2 \(process 2\) exited normally\]/);
    out = await gdb.run(['inferior 1', 'continue', 'info inferiors', 'info threads'], 120_000);
    expect(out, why()).toContain(`[New Thread 2.1]\n[Switching to Thread 2.1]\n${firstStop}\n`);
    expect(out, why()).toMatch(/^[* ]\s*2\s+process 2\s/m);
    // GDB numbers the thread it learns anew 2.2; the server's thread is 2.1 again.
    expect(out, why()).toMatch(/^[* ] 2\.\d+ +Thread 2\.1 "zephyr_os-0-vcpu0"/m);
  }, 300_000);
});
