// End to end (issue 15, finding 3): kill, run and reset with a meaning, on the default
// system (our hypervisor with its RTOS VM) in the real server, driven by real
// gdb-multiarch. `kill` of a VM asks the hypervisor to delete it (its shell's command);
// `kill` of the hypervisor's process resets the board and leaves no process; `run` boots
// the system again from its images (`run` for a VM is refused); `monitor reset` says what
// happened; GDB sees the old VMs' ends at the next stop in all-stop (GDB 13 stops at each),
// at once in non-stop; a GDB that just drops leaves the board running (or halted with
// --halt-on-disconnect, QEMU's way).

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, freePort, haveGdb } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const BANNER = /built-in hypervisor \(ZVM design\) at EL2/g;
const LOGGER = /\[zephyr_os-0\] (?:rtos> )?logger: \d+ control periods/;

/** The `retired=N` counts of `monitor cpus`, as one string. */
function retired(out: string): string {
  return [...out.matchAll(/retired=(\d+)/g)].map((m) => m[1]).join(',');
}

describe.skipIf(!haveGdb())('kill, run and reset on the default system', () => {
  let server: SystemServer | undefined;
  let gdb: InteractiveGdb | undefined;

  afterEach(async () => {
    await gdb?.quit();
    await server?.stop();
    gdb = undefined;
    server = undefined;
  });

  const why = (): string => `--- gdb ---\n${gdb?.output.slice(-5000)}\n--- server stdout ---\n${server?.stdout.slice(-3000)}\n--- server stderr ---\n${server?.stderr.slice(-3000)}`;

  async function run(commands: readonly string[], timeoutMs = 90_000): Promise<string> {
    return (await gdb!.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  /** The hypervisor with its RTOS VM, once GDB may connect and the RTOS ticks. */
  async function startSystem(extra: readonly string[] = []): Promise<SystemServer> {
    const started = new SystemServer(await freePort(), undefined, extra);
    server = started; // stopped by afterEach even when the waits below fail
    await started.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await started.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    return started;
  }

  it('resets on kill of the hypervisor, boots again on run, reports the VM end after monitor reset', async () => {
    server = await startSystem();
    gdb = new InteractiveGdb(server.port, HOST);
    await run(['set confirm off', 'set schedule-multiple on']);

    // The hypervisor: the board is reset and no process of it is left (kill of a VM: kill-vm.test.ts).
    let out = await run(['info threads']);
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0"/);
    out = await run(['inferior 1', 'kill']);
    expect(out, why()).toMatch(/\[Inferior 1 \(process 1\) killed\]/);
    out = await run(['info threads']);
    expect(out, why()).not.toMatch(/Thread 1\.\d/);
    const banners = server.stdout.match(BANNER)?.length ?? 0;

    // run: the system boots again from its images (the hypervisor prints its banner again);
    // GDB is first told that the old VM ended, then the new boot runs to the breakpoint.
    // GDB 13 in all-stop stops at any process's end and selects its inferior: the server
    // says so, and how to go on, before that stop.
    let from = gdb.output.length;
    out = await run(['break guest_exit', 'run']);
    expect(out, why()).toMatch(/\[Inferior 2 \(process 2\) exited normally\]/);
    await gdb.waitFor(/zvm-gdbserver: process 2 \(zephyr_os-0\) has ended \(deleted by the hypervisor, or the system was reset\); GDB stops at a process's end and selects its inferior: 'inferior 1' then 'continue' go on/, 20_000, from);
    out = await run(['inferior 1', 'continue']);
    // GDB binds the new VM (process 3) to the exited inferior 2.
    expect(out, why()).toMatch(/\[New Thread 3\.1\]/);
    expect(out, why()).toMatch(/Thread 1\.2 "cpu1" hit Breakpoint 1, guest_exit \(/);
    expect(server.stdout.match(BANNER)?.length, why()).toBe(banners + 1);

    // monitor reset: says what happened; the VM's end is the next stop.
    from = gdb.output.length;
    await run(['monitor reset']);
    await gdb.waitFor(/system reset: the board starts again from its images, cpu0 at 0x40000000; process 3 \(VMs\) ended: GDB is told at the next stop\./, 20_000, from);
    from = gdb.output.length;
    out = await run(['continue']);
    expect(out, why()).toMatch(/\[Inferior 2 \(process 3\) exited normally\]/);
    await gdb.waitFor(/zvm-gdbserver: process 3 \(zephyr_os-0\) has ended/, 20_000, from);
    out = await run(['inferior 1', 'continue']);
    expect(out, why()).toMatch(/Thread 1\.2 "cpu1" hit Breakpoint 1, guest_exit \(/);
    expect(server.stdout.match(BANNER)?.length, why()).toBe(banners + 2);
    expect(server.child.exitCode, why()).toBeNull();
  }, 400_000);

  it('in non-stop mode, tells GDB the old VMs ended at once on kill and monitor reset, and the system runs on', async () => {
    server = await startSystem();
    // `set non-stop on` must precede the connect (-ex): -iex, in the program-file slot.
    gdb = new InteractiveGdb(server.port, '--init-eval-command=set non-stop on');
    await run(['set confirm off', `file ${HOST}`]);
    let out = await run(['info inferiors']);
    expect(out, why()).toMatch(/^\s*2\s+process 2\s/m);

    // kill of the hypervisor: the VM's end comes with it, no continue needed.
    let from = gdb.output.length;
    out = await run(['inferior 1', 'kill']);
    expect(out, why()).toMatch(/\[Inferior 1 \(process 1\) killed\]/);
    await gdb.waitFor(/\[Inferior 2 \(process 2\) exited normally\]/, 20_000, from);

    // run: the system boots again and runs on its own (non-stop: every thread runs); the
    // hypervisor starts the RTOS VM again (process 3). GDB learns of new processes at a
    // stop (GDB 13 fails an assertion when `info threads` finds one while threads run).
    const banners = server.stdout.match(BANNER)?.length ?? 0;
    let mark = server.stdout.length;
    await run(['run &']);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 180_000, mark);
    expect(server.stdout.match(BANNER)?.length, why()).toBe(banners + 1);
    // (The stop that shows GDB the new VM is reported in that VM's thread.)
    from = gdb.output.length;
    await run(['interrupt']);
    await gdb.waitFor(/Thread [\d.]+ "[^"]+" stopped\./, 30_000, from);
    out = await run(['info threads', 'thread 1.1']);
    expect(out, why()).toMatch(/Thread 3\.1 "zephyr_os-0-vcpu0"/);

    // monitor reset: the VM of that boot (process 3) ends at once and GDB stays in inferior 1.
    from = gdb.output.length;
    await run(['monitor reset']);
    await gdb.waitFor(/process 3 \(VMs\) ended: GDB is told now\./, 20_000, from);
    await gdb.waitFor(/\[Inferior 2 \(process 3\) exited normally\]/, 20_000, from);
    out = await run(['info inferiors']);
    expect(out, why()).toMatch(/^\*\s*1\s+process 1\s/m);

    // The next continue (of CPU 0's thread, stopped) boots the system again: VM process 4.
    mark = server.stdout.length;
    await run(['continue &']);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 180_000, mark);
    from = gdb.output.length;
    await run(['interrupt']);
    await gdb.waitFor(/Thread [\d.]+ "[^"]+" stopped\./, 30_000, from);
    out = await run(['info threads']);
    expect(out, why()).toMatch(/Thread 4\.1 "zephyr_os-0-vcpu0"/);
    expect(server.stdout.match(BANNER)?.length, why()).toBe(banners + 2);
    expect(server.child.exitCode, why()).toBeNull();
  }, 400_000);

  it('deletes the VM through the hypervisor, refuses run for it and a kill while the console is attached to a VM', async () => {
    server = await startSystem();
    // A second RTOS VM, made with the hypervisor's shell before GDB attaches.
    server.type('zvm new -t zephyr\r');
    await server.waitFor(/zvm: created VM 1 \(zephyr_os-1\)/, 'stdout', 60_000);
    server.type('zvm run -n 1\r');
    await server.waitFor(/\[zephyr_os-1\] tick 1000 Hz/, 'stdout', 120_000);
    gdb = new InteractiveGdb(server.port, HOST);
    let out = await run(['set confirm off', 'set schedule-multiple on', 'info threads']);
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0"/);
    expect(out, why()).toMatch(/Thread 3\.1 "zephyr_os-1-vcpu0"/);

    // kill in the first VM's inferior: the hypervisor deletes VM 0, GDB reports it killed.
    out = await run(['inferior 2', 'kill']);
    expect(out, why()).toMatch(/\[Inferior 2 \(process 2\) killed\]/);
    expect(server.stdout, why()).toMatch(/zvm: VM 0 \(zephyr_os-0\) deleted/);
    out = await run(['info threads']);
    expect(out, why()).toMatch(/Thread 1\.1 "cpu0"/);
    expect(out, why()).toMatch(/Thread 3\.1 "zephyr_os-1-vcpu0"/);
    expect(out, why()).not.toMatch(/Thread 2\.\d/);

    // run in that inferior: refused, the board untouched (no second boot banner).
    const banners = server.stdout.match(/built-in hypervisor \(ZVM design\) at EL2/g)?.length;
    out = await run(['run']);
    expect(out, why()).toMatch(/Running the default executable on the remote target failed/);
    await server.waitFor(/run refused: the hypervisor \(process 1\) is running and a VM is only created by it/, 'stderr', 20_000);
    out = await run(['inferior 1', 'info threads']);
    expect(out, why()).toMatch(/Thread 3\.1 "zephyr_os-1-vcpu0"/);

    // The hypervisor and the other VM run on: the RTOS in VM 1 prints again, VM 0 never.
    const from = server.stdout.length;
    gdb.send('continue');
    await server.waitFor(/\[zephyr_os-1\] (?:rtos> )?logger: \d+ control periods/, 'stdout', 180_000, from);
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT|stopped/, 60_000, gdb.output.length - 1);
    expect(server.stdout.slice(from), why()).not.toMatch(/\[zephyr_os-0\]/);
    expect(server.stdout.match(/built-in hypervisor \(ZVM design\) at EL2/g)?.length, why()).toBe(banners);

    // The console attached to VM 1 ('zvm look 1'): the shell would not read a command; refused.
    await run(['monitor uart 0 "zvm look 1\\r"']);
    gdb.send('continue');
    await server.waitFor(/zvm: console attached to VM 1/, 'stdout', 60_000);
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT|stopped/, 60_000, gdb.output.length - 1);
    out = await run(['inferior 3', 'kill']);
    expect(out, why()).toMatch(/Can't kill process/);
    await server.waitFor(/kill refused: process 3 \(zephyr_os-1\) is a VM and its hypervisor did not delete it: its console is attached to VM 1 \('zvm look'\)/, 'stderr', 20_000);
    out = await run(['info threads']);
    expect(out, why()).toMatch(/Thread 3\.1 "zephyr_os-1-vcpu0"/);
    expect(server.child.exitCode, why()).toBeNull();
  }, 400_000);

  it('lets the board run on when the last GDB drops without detaching', async () => {
    server = await startSystem();
    gdb = new InteractiveGdb(server.port, HOST);
    await run(['set confirm off', 'break guest_exit', 'continue']);
    gdb.child.kill('SIGKILL'); // no detach: the connection just drops
    await gdb.exited;
    gdb = undefined;
    // The RTOS logs again only if the board runs.
    const from = server.stdout.length;
    await server.waitFor(LOGGER, 'stdout', 180_000, from);
    await server.waitFor(LOGGER, 'stdout', 180_000, server.stdout.length);
  }, 400_000);

  it('with --halt-on-disconnect keeps the board stopped for the next GDB, as QEMU does', async () => {
    server = await startSystem(['--halt-on-disconnect']);
    gdb = new InteractiveGdb(server.port, HOST);
    await run(['set confirm off']);
    let from = gdb.output.length;
    await run(['monitor cpus']);
    // Monitor output comes on GDB's stderr, possibly after run()'s marker.
    await gdb.waitFor(/cpu3: .*retired=\d+/, 20_000, from);
    const before = retired(gdb.output.slice(from));
    gdb.child.kill('SIGKILL');
    await gdb.exited;
    // A second GDB finds every CPU where the first left it (no instruction retired since).
    gdb = new InteractiveGdb(server.port, HOST);
    await run(['set confirm off']);
    from = gdb.output.length;
    await run(['monitor cpus']);
    await gdb.waitFor(/cpu3: .*retired=\d+/, 20_000, from);
    expect(before, why()).toMatch(/^\d+,\d+,\d+,\d+$/);
    expect(retired(gdb.output.slice(from)), why()).toBe(before);
  }, 400_000);
});
