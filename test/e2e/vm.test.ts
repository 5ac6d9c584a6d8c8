// End to end: the default system (our hypervisor, images/zvm_host.elf, with the RTOS VM)
// in the real server process, debugged by the real gdb-multiarch: the VM is inferior 2
// (found from hardware state, named from the hypervisor's table), its vCPU thread 2.1;
// breakpoints are scoped to the inferior GDB sets them in; RTOS memory is read by its
// guest addresses whether its vCPU runs on a PE, is stopped in it, or is not running.
// The RTOS and the hypervisor are both linked at 0x4000_xxxx: the same numbers in two
// address spaces, which is what these tests tell apart.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { InteractiveGdb, freePort, haveGdb, gdbValues as values } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');


/** The words of `x/wx` lines (`0xADDR <sym>:\t0xVALUE`). */
function words(out: string): bigint[] {
  return [...out.matchAll(/^(?:\(gdb\) )*0x[0-9a-f]+(?: <[^>]*>)?:\s+(0x[0-9a-f]+)$/gm)].map((m) => BigInt(m[1]!));
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


describe.skipIf(!haveGdb())('gdb-multiarch debugging the default system: the RTOS VM as inferior 2', () => {
  let server: SystemServer;
  let gdb: InteractiveGdb;
  const why = (): string =>
    `--- gdb ---\n${gdb?.output.slice(-6000)}\n--- server stdout ---\n${server?.stdout.slice(-2000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`;

  /** Runs GDB commands; their output without the "(gdb) " prompts. */
  async function run(commands: readonly string[], timeoutMs: number): Promise<string> {
    return (await gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  /**
   * Expects `re` in GDB's output after offset `from`: monitor output and errors come on
   * GDB's stderr, which may arrive after the stdout marker that ends `run`.
   */
  async function eventually(re: RegExp, from: number): Promise<void> {
    await gdb.waitFor(re, 20_000, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
  }

  /** `continue` for `ms`, then Ctrl-C: GDB's output from the continue to the SIGINT stop. */
  async function continueFor(ms: number): Promise<string> {
    const from = gdb.output.length;
    gdb.send('continue');
    await sleep(ms);
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT/, 60_000, from);
    return gdb.output.slice(from);
  }

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    // Connect once the RTOS runs in its VM (the hypervisor creates and runs it at boot).
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    gdb = new InteractiveGdb(server.port, HOST);
    await gdb.run(['set confirm off'], 60_000);
  }, 200_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
  });

  it('shows the hypervisor CPUs as inferior 1 and the VM as inferior 2 with its named vCPU thread', async () => {
    const from = gdb.output.length;
    const out = await run(['info inferiors', 'info threads', 'monitor vms', 'monitor vcpus'], 60_000);
    // The Executable column names each process's program: the hypervisor's ELF, and the
    // RTOS's ELF through a link named after the VM (GDB loaded both: no add-symbol-file).
    expect(out, why()).toMatch(/^\*?\s*1\s+process 1\s.*\/images\/zvm_host\.elf\s*$/m);
    expect(out, why()).toMatch(/^\s*2\s+process 2\s.*\/zephyr_os-0\s*$/m);
    for (let i = 0; i < 4; i++) expect(out, why()).toMatch(new RegExp(`^[* ] 1\\.${i + 1} +Thread 1\\.${i + 1} "cpu${i}"`, 'm'));
    expect(out, why()).toMatch(/^[* ] 2\.1 +Thread 2\.1 "zephyr_os-0-vcpu0"/m);
    await eventually(/process 2: zephyr_os-0 +VTTBR_EL2\.BADDR=0x[0-9a-f]+ VMID=1 +vcpus=1/, from);
    await eventually(/thread 2\.1: zephyr_os-0-vcpu0 +VMPIDR_EL2=0x80000000 +(running on cpu1|not running \(last on cpu1\))/, from);
  }, 120_000);

  it("gives a VM inferior the guest's system registers, and the hypervisor its EL2 ones", async () => {
    // GDB keeps the default AArch64 description for inferiors it discovers; `unset tdesc
    // filename` makes it fetch ours for the selected one (a VM's: EL1/EL0 registers only).
    let out = await run(['inferior 2', 'unset tdesc filename', 'print $vbar_el1 == (long)&k_vectors', 'print/x $sctlr_el1', 'print $vbar_el2', 'info registers vbar_el1'], 60_000);
    let v = values(out);
    expect(v[0], why()).toBe('1');
    expect(BigInt(v[1]!) & 1n, why()).toBe(0n); // the RTOS runs with its MMU off
    expect(v[2], why()).toBe('void'); // not a register of the guest's view
    expect(out, why()).toMatch(/^vbar_el1\s+0x[0-9a-f]+/m);
    out = await run(['inferior 1', 'print $vbar_el2 == (long)&hv_vectors'], 60_000);
    v = values(out);
    expect(v[0], why()).toBe('1');
  }, 120_000);

  it('gives VM inferiors their registers by itself with tools/gdb/zvm-inferiors.py (a second GDB)', async () => {
    // -ix runs the script before the connect; the second connection attaches meanwhile.
    const second = new InteractiveGdb(server.port, `--init-command=${join(REPO_ROOT, 'tools', 'gdb', 'zvm-inferiors.py')}`);
    try {
      const out = (await second.run(['inferior 2', 'print $vbar_el1 == (long)&k_vectors', 'print $vbar_el2'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
      expect(values(out), `${second.output.slice(-3000)}`).toEqual(['1', 'void']);
    } finally {
      await second.quit(); // detaches; the first session keeps its state (second-connection.test.ts)
    }
  }, 120_000);

  it('reads RTOS memory by its guest addresses while its vCPU is not running (stopped in the hypervisor)', async () => {
    // A hypervisor breakpoint on its trap handler: CPU 1 stops in guest_exit, at EL2.
    let out = await run(['break guest_exit', 'continue'], 120_000);
    expect(out, why()).toMatch(/Thread 1\.2 "cpu1" hit Breakpoint 1, guest_exit \(/);
    let from = gdb.output.length;
    out = await run(['delete', 'monitor vcpus', 'inferior 2', 'print nthreads', 'print ctl.periods > 0', 'x/wx &nthreads', 'print current->name', 'print/x $pc', 'info symbol $pc', 'x/wx 0x90000000'], 60_000);
    await eventually(/thread 2\.1: zephyr_os-0-vcpu0 .* not running \(last on cpu1\)/, from);
    const [nthreads, periodsPositive, name, pc] = values(out);
    expect(Number(nthreads), why()).toBeGreaterThanOrEqual(3);
    expect(periodsPositive, why()).toBe('1');
    expect(name, why()).toMatch(/^0x4000[0-9a-f]{4} "(idle|control|sensor|logger|worker|console|bg-a|bg-b)"$/);
    expect(pc, why()).toMatch(/^0x[0-9a-f]+$/);
    // GDB places the stopped vCPU's pc in an RTOS function (its ELF's .text).
    expect(out, why()).toMatch(/^\w+(?: \+ \d+)? in section \.text/m);
    const [word] = words(out);
    expect(word, why()).toBe(BigInt(nthreads!));
    // Outside the VM's RAM (stage 2): an error, never another VM's or the host's data.
    await eventually(/Cannot access memory at address 0x90000000/, from);

    // The same number in the hypervisor's address space is the hypervisor's own memory.
    const addr = /^0x([0-9a-f]+) <nthreads>:/m.exec(out)![1]!;
    from = gdb.output.length;
    out = await run(['inferior 1', `x/wx 0x${addr}`, 'inferior 2', 'monitor addrspace ipa 2'], 60_000);
    const [hostWord] = words(out);
    expect(hostWord, why()).not.toBe(BigInt(nthreads!));
    // Monitor output reaches GDB's stderr asynchronously: wait for it before the next
    // command so that it cannot land in the middle of the x/wx line.
    await eventually(/process 2 \(zephyr_os-0\): intermediate physical addresses/, from);
    out = await run([`x/wx 0x${addr}`], 60_000);
    const [ipaWord] = words(out);
    expect(ipaWord, why()).toBe(BigInt(nthreads!)); // MMU off in the RTOS: VA = IPA
    await run(['monitor addrspace va 2'], 60_000);
  }, 180_000);

  it('stops in VM thread 2.1 at a breakpoint on an RTOS function, not in the hypervisor', async () => {
    let out = await run(['break k_sleep_until', 'continue'], 120_000);
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0" hit Breakpoint 2(\.\d+)?, (0x[0-9a-f]+ in )?k_sleep_until \(/);
    const from = gdb.output.length;
    out = await run(['bt', 'info threads', 'print ctl.periods > 0', 'print/x $pc', 'monitor vcpus'], 60_000);
    expect(out, why()).toMatch(/^#1 +0x[0-9a-f]+ in (control_task|sensor_task|k_sleep) /m);
    expect(out, why()).toMatch(/^\* 2\.1 +Thread 2\.1 "zephyr_os-0-vcpu0" .*k_sleep_until/m);
    await eventually(/thread 2\.1: zephyr_os-0-vcpu0 .* running on cpu1 /, from);
    const [positive] = values(out);
    expect(positive, why()).toBe('1'); // memory of a vCPU stopped on its PE
  }, 180_000);

  it('keeps breakpoints at the same numeric address independent between inferiors', async () => {
    // k_sleep_until's address; in the hypervisor (inferior 1) it is inside one of its own
    // functions, which GDB names from the hypervisor's symbols.
    let out = await run(['print/x (long)&k_sleep_until', 'delete', 'set schedule-multiple on'], 60_000);
    const addr = values(out)[0]!;
    out = await run(['inferior 1', `info symbol ${addr}`], 60_000);
    const hostFunction = /^(\w+)(?: \+ \d+)? in section \.text/m.exec(out)?.[1];
    expect(hostFunction, why()).toBeDefined();
    expect(hostFunction, why()).not.toBe('k_sleep_until');
    out = await run([`break *${addr}`, 'info breakpoints'], 60_000);
    expect(out, why()).toMatch(new RegExp(`breakpoint +keep y +0x0*${addr.slice(2)} in ${hostFunction} .* inf 1`));
    // The RTOS runs k_sleep_until every 5 ms; the hypervisor's breakpoint must not fire.
    expect(await continueFor(4000), why()).not.toMatch(/hit Breakpoint/);

    // The other way: a breakpoint in the VM at the hypervisor's vgic_flush (RTOS data there)
    // never stops, while the same address in inferior 1 does.
    out = await run(['delete', 'print/x (long)&vgic_flush'], 60_000);
    const flush = values(out)[0]!;
    out = await run(['inferior 2', `break *${flush}`, 'info breakpoints'], 60_000);
    expect(out, why()).toMatch(/ inf 2$/m);
    expect(await continueFor(3000), why()).not.toMatch(/hit Breakpoint/);
    out = await run(['inferior 1', 'break vgic_flush', 'continue'], 120_000);
    expect(out, why()).toMatch(/Thread 1\.\d "cpu\d" hit Breakpoint \d+, (0x[0-9a-f]+ in )?vgic_flush \(/);
  }, 240_000);

  it('watches RTOS memory: a GDB watchpoint scoped to inferior 2, and a physical one by IPA', async () => {
    // A write watchpoint on the RTOS's period counter (the control task bumps it every 5 ms).
    let out = await run(['delete', 'inferior 2', 'print/x (long)&ctl.periods', 'watch ctl.periods', 'continue'], 120_000);
    const va = values(out)[0]!;
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0" hit Hardware watchpoint \d+: ctl\.periods\s+Old value = (\d+)\s+New value = (\d+)/);
    const [, before, after] = /Old value = (\d+)\s+New value = (\d+)/.exec(out)!;
    expect(Number(after), why()).toBe(Number(before) + 1);

    // The same virtual address watched in the hypervisor (inferior 1) is another address
    // space: the RTOS's writes there do not stop it.
    out = await run(['delete', 'inferior 1', `watch *(int *)${va}`], 60_000);
    expect(await continueFor(3000), why()).not.toMatch(/watchpoint \d+:/);
    let from: number;

    // monitor watch ipa: physical, so it names the VM's IPA; the RTOS's MMU is off (VA = IPA).
    from = gdb.output.length;
    out = await run(['delete', 'inferior 2', `monitor watch ipa ${va} 4 w vm 2`, 'continue'], 120_000);
    await eventually(/physical watchpoint 1: write IPA 0x[0-9a-f]+\+4 of process 2 \(zephyr_os-0\)/, from);
    expect(out, why()).toMatch(
      /physical watchpoint 1 \(IPA [^)]+\)\): write of \d byte\(s\) at PA 0x8[0-9a-f]{7} \(VA 0x[0-9a-f]+\) by thread 2\.1 on cpu1, pc 0x4[0-9a-f]+/,
    );
    expect(out, why()).toMatch(/Thread 2\.1 "zephyr_os-0-vcpu0" received signal SIGTRAP/);
    const pc1 = values(await run(['print/x $pc'], 60_000))[0];
    // Continuing makes that access, runs on, and stops at the next one (5 ms later).
    out = await run(['print ctl.periods', 'continue', 'print ctl.periods', 'print/x $pc'], 120_000);
    const [p0, p1, pc2] = values(out);
    expect(Number(p1), why()).toBe(Number(p0) + 1);
    expect(pc2, why()).toBe(pc1);
    from = gdb.output.length;
    await run(['monitor watch list', 'monitor watch delete all', 'monitor watch'], 60_000);
    await eventually(/^(?:\(gdb\) )*1: write IPA .* hits=2$/m, from);
    await eventually(/no physical watchpoints/, from);
  }, 300_000);

  it('reports a deleted VM as an exited process, and a VM created again as a new process', async () => {
    // Typed into the hypervisor's shell (UART0) while the board runs.
    let out = await run(['delete', 'inferior 1', 'monitor uart 0 "zvm delete -n 0\\r"', 'continue'], 120_000);
    await gdb.waitFor(/\[Inferior 2 \(process 2\) exited normally\]/, 60_000, 0).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    // The shell's console output reaches the server's stdout at its next flush, which may
    // come after GDB has the exit on a loaded machine.
    await server.waitFor(/zvm: VM 0 \(zephyr_os-0\) deleted/, 'stdout', 30_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    let from = gdb.output.length;
    out = await run(['info inferiors', 'monitor vms'], 60_000);
    expect(out, why()).not.toMatch(/^\s*\d+\s+process 2\s/m);
    await eventually(/no VM seen yet/, from);

    await run(['inferior 1', 'monitor uart 0 "zvm new -t zephyr\\r"', 'monitor uart 0 "zvm run -n 0\\r"'], 60_000);
    gdb.send('continue');
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000, server.stdout.lastIndexOf('deleted'));
    await sleep(1000);
    from = gdb.output.length;
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT|stopped\./, 60_000, from);
    out = await run(['info inferiors', 'info threads'], 60_000);
    // Same stage-2 table and name as the deleted VM, but a new process for GDB (which may
    // give it the exited inferior 2 again).
    expect(out, why()).toMatch(/^\*?\s*\d+\s+process 3\s.*\/zephyr_os-0\s*$/m);
    expect(out, why()).toMatch(/^[* ] \d+\.\d+ +Thread 3\.1 "zephyr_os-0-vcpu0"/m);
  }, 300_000);
});
