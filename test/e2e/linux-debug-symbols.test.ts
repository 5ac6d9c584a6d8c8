// End to end: the README's "Linux with its real vmlinux" walk-through, command by command.
// The default system (hypervisor, RTOS VM, Linux VM) in the real server process with the
// kernel's vmlinux from Debian's -dbg package as the Linux VM's program (`npm start --
// --debug-symbols`), and the real gdb-multiarch in all-stop mode started with the options
// npm start prints, so that it auto-loads the kernel's own GDB scripts (lx-*). The symbols
// are fetched here (tools/linux-debug-symbols.ts, cached) when missing: without them the
// test fails, saying why.

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debugGdbArgs, linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../../src/zvm/system.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { ensureLinuxDebugSymbols, type LinuxDebugSymbols } from '../../tools/linux-debug-symbols.ts';
import { LINUX_MARKER_READY, ensureLinuxGuest } from '../../tools/linux-guest.ts';
import { InteractiveGdb, freePort, haveGdb, gdbValues as values } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

/** C-string escaping as GDB prints a string. */
const gdbString = (s: string): string => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

describe.skipIf(!haveGdb())('Linux in its VM debugged with its vmlinux and the kernel GDB scripts (README walk-through)', () => {
  let dir: string;
  let debug: LinuxDebugSymbols;
  let server: SystemServer;
  let gdb: InteractiveGdb;
  /** The banner the kernel printed at boot (without its newline). */
  let banner: string;
  const why = (): string =>
    `--- gdb ---\n${gdb?.output.slice(-8000)}\n--- server stdout ---\n${server?.stdout.slice(-3000)}\n--- server stderr ---\n${server?.stderr.slice(-3000)}`;

  async function run(commands: readonly string[], timeoutMs = 120_000): Promise<string> {
    return (await gdb.run(commands, timeoutMs).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    })).replace(/^(\(gdb\) )+/gm, '');
  }

  beforeAll(async () => {
    const guest = ensureLinuxGuest({ quiet: true });
    try {
      debug = await ensureLinuxDebugSymbols({ guest, quiet: true });
    } catch (e) {
      throw new Error(
        `this test needs the kernel's debug symbols, and fetching them failed (npx tsx tools/linux-guest.ts --debug-symbols): ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    dir = mkdtempSync(join(tmpdir(), 'zvm-linux-dbg-e2e-'));
    const dtb = join(dir, 'linux-vm.dtb');
    writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 zvm.shell'));
    // As `npm start -- --debug-symbols`: the vmlinux is the Linux VM's program.
    const files: ZvmSystemFiles = {
      host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin'), rtosElf: join(IMAGES_DIR, 'rtos.elf'),
      linux: { image: guest.image, dtb, initrd: guest.initrd }, linuxSymbols: debug.vmlinux,
    };
    server = new SystemServer(await freePort(), [...zvmSystemArgs(files), ...zvmGdbArgs(files)]);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(new RegExp(`\\[linux_os-1\\] ${LINUX_MARKER_READY}`), 'stdout', 480_000);
    await server.waitFor(/\[linux_os-1\] [^\n]*# /, 'stdout', 120_000);
    banner = /\[linux_os-1\] \[ *0\.000000\] (Linux version [^\r\n]+)/.exec(server.stdout)![1]!;

    // GDB as npm start says to start it (all-stop, as a user types it).
    gdb = new InteractiveGdb(server.port, debugGdbArgs(debug.dir));
    await run(['set confirm off', 'set pagination off', 'set schedule-multiple on']);
  }, 1_800_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('loads the vmlinux for the Linux VM at the addresses the kernel runs at', async () => {
    const out = await run(['info inferiors', 'inferior 3', 'x/s linux_banner', 'p jiffies', 'info auto-load python-scripts']);
    expect(out, why()).toMatch(/^\s*3\s+process 3\s.*\/linux_os-1\s*$/m);
    // The kernel's banner read through the symbol's link address: no load offset (no KASLR seed on our board).
    expect(out, why()).toMatch(new RegExp(`0x[0-9a-f]+ <linux_banner>:\\s+"${gdbString(`${banner}\n`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(Number(values(out)[0]), why()).toBeGreaterThan(0);
    // vmlinux-gdb.py beside the vmlinux, auto-loaded (its directory is in the safe-path).
    expect(out, why()).toMatch(new RegExp(`Yes\\s+${debug.gdbScript.replace(/[.+]/g, '\\$&')}`));
  }, 300_000);

  it("runs the kernel's GDB scripts and gives a full backtrace at a kernel breakpoint", async () => {
    let out = await run(['lx-version']);
    expect(out.trim(), why()).toBe(banner);
    const [jiffiesBefore] = values(await run(['p jiffies']));

    out = await run(['break __arm64_sys_newuname']);
    expect(out, why()).toMatch(/Breakpoint (\d+) at 0x[0-9a-f]+: __arm64_sys_newuname/);
    // `continue` returns when the breakpoint hits: send it, then type into the Linux shell
    // through the hypervisor's console, as a user does in npm start's terminal.
    const from = gdb.output.length;
    gdb.send('continue');
    await gdb.waitFor(/Continuing\./, 60_000, from);
    server.type('zvm look 1\r');
    await server.waitFor(/console attached to VM 1 \(linux_os-1\)/, 'stdout', 120_000);
    server.type('uname -a\r');
    await gdb.waitFor(/hit Breakpoint [\d.]+, (0x[0-9a-f]+ in )?__arm64_sys_newuname \(/, 300_000, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });

    // The whole call chain from the exception vector, with arguments.
    out = await run(['bt']);
    const frames = out.split('\n').filter((l) => /^#\d+ /.test(l));
    expect(frames[0], why()).toMatch(/^#0 +(0x[0-9a-f]+ in )?__arm64_sys_newuname \(.*\) at kernel\/sys\.c:\d+/);
    for (const fn of ['invoke_syscall', 'el0_svc_common', 'do_el0_svc', 'el0_svc', 'el0t_64_sync_handler', 'el0t_64_sync']) {
      expect(frames.some((f) => new RegExp(` ${fn} \\(`).test(f)), `${fn} in:\n${out}\n${why()}`).toBe(true);
    }
    expect(frames.at(-1), why()).toMatch(/ el0t_64_sync \(\)/);
    // Past the vector's frame GDB may try the unmapped guard page above the task's stack.
    expect(out, why()).not.toMatch(/corrupt stack/);

    // $lx_current() reads $SP_EL0 (QEMU's spelling of our $sp_el0): the task that made the syscall.
    out = await run(['p $SP_EL0 == $sp_el0', 'p $lx_current()->comm', 'p $lx_current()->pid']);
    const [same, comm, pid] = values(out);
    expect(same, why()).toBe('1');
    // char comm[16]: "sh", '\000' <repeats 13 times>, or "uname\000\000..." (10 NULs or fewer).
    const name = /^"(.*?)(?:\\000)*"(?:, '\\000' <repeats \d+ times>)?$/.exec(comm!);
    expect(name, why()).not.toBeNull();
    const task = name![1]!;
    // busybox's shell runs an applet by exec'ing itself, so the name may be uname, sh or exe:
    // the task list, walked by lx-ps from init_task, must show that pid with that name.
    expect(task, why()).toMatch(/^[\w.-]+$/);
    out = await run(['lx-ps']);
    expect(out, why()).toMatch(new RegExp(`^0x[0-9a-f]+ +${pid} +${task}$`, 'm'));
    expect(out, why()).toMatch(/^0x[0-9a-f]+ +1 +(init|sh)$/m);
    expect(out, why()).toMatch(/^0x[0-9a-f]+ +0 +swapper\/0$/m);

    out = await run(['lx-dmesg'], 900_000); // many small reads: minutes on a loaded machine
    expect(out, why()).toContain(`[    0.000000] ${banner}`);
    expect(out, why()).toMatch(/KASLR disabled due to lack of seed/);

    // Time went on while Linux ran.
    expect(BigInt(values(await run(['p jiffies']))[0]!), why()).toBeGreaterThan(BigInt(jiffiesBefore!));

    // Without the breakpoint Linux completes the command.
    const con = server.stdout.length;
    await run(['delete', 'continue &']);
    await server.waitFor(new RegExp(`\\[linux_os-1\\] Linux \\S+ ${banner.split(' ')[2]!.replace(/[.+]/g, '\\$&')} `), 'stdout', 120_000, con);
    expect(gdb.output, why()).not.toMatch(/internal-error|Python Exception/);
  }, 1_800_000);
});
