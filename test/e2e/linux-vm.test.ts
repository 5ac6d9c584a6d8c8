// End to end with Debian's Linux: the default system (our hypervisor with the RTOS VM and
// the Linux VM, 2 vCPUs) in the real server process, debugged by the real gdb-multiarch in
// non-stop mode. Linux is inferior 3 (threads 3.1, 3.2); its kernel has no symbols beside
// it, so addresses come from the System.map that tools/linux-guest.ts reads out of the
// Image's kallsyms table, plus the KASLR slide measured on the running kernel.
//  (a) a breakpoint on a syscall entry stops one Linux vCPU while the RTOS keeps its period;
//  (b) `x/s` of the kernel's banner by virtual address reads the right bytes while the
//      Linux VM is paused by the hypervisor (its vCPUs not on any PE).

import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../../src/zvm/system.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { parseSystemMap } from '../../tools/kallsyms.ts';
import { LINUX_MARKER_READY, ensureLinuxGuest, type LinuxGuest } from '../../tools/linux-guest.ts';
import { InteractiveGdb, freePort, haveGdb, gdbValues as values, gdbThreadStates as threadStates } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const RTOS_BIN = join(IMAGES_DIR, 'rtos.bin');
const RTOS_ELF = join(IMAGES_DIR, 'rtos.elf');

/** 62.5 MHz counter ticks in one 5 ms RTOS control period: a wake-up later than this missed its deadline. */
const PERIOD_TICKS = 312_500;

/** arm64 syscall number of write (include/uapi/asm-generic/unistd.h), in pt_regs x8. */
const NR_WRITE = 64;



/** The RTOS logger's window reports in `text`. */
function latencyReports(text: string): { periods: number; min: number; avg: number; max: number; line: string }[] {
  return [...text.matchAll(/\[zephyr_os-0\] (?:rtos> )?logger: (\d+) control periods, wake-up latency ticks min (\d+) avg (\d+) max (\d+)/g)].map((m) => ({
    periods: Number(m[1]),
    min: Number(m[2]),
    avg: Number(m[3]),
    max: Number(m[4]),
    line: m[0],
  }));
}

const hex = (n: bigint): string => `0x${n.toString(16)}`;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

describe.skipIf(!haveGdb())('gdb-multiarch in non-stop mode on the default system with Linux (inferior 3)', () => {
  let dir: string;
  let guest: LinuxGuest;
  let syms: Map<string, bigint>;
  let server: SystemServer;
  let gdb: InteractiveGdb;
  /** Runtime minus link address of the kernel (KASLR), measured in beforeAll. */
  let slide: bigint;
  const why = (): string =>
    `--- gdb ---\n${gdb?.output.slice(-6000)}\n--- server stdout ---\n${server?.stdout.slice(-3000)}\n--- server stderr ---\n${server?.stderr.slice(-3000)}`;

  async function run(commands: readonly string[], timeoutMs = 60_000): Promise<string> {
    return (await gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  /** Monitor output and errors come on GDB's stderr, possibly after the marker that ends run(). */
  async function eventually(re: RegExp, from: number, timeoutMs = 30_000): Promise<RegExpExecArray> {
    return gdb.waitFor(re, timeoutMs, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
  }

  /** Waits for the server's console (stdout) to match `re` after offset `from`. */
  async function consoleShows(re: RegExp, from: number, timeoutMs = 120_000): Promise<void> {
    await server.waitFor(re, 'stdout', timeoutMs, from);
  }

  /** Types into the hypervisor's UART0 through GDB, as a user would. */
  async function typeUart(text: string): Promise<void> {
    const from = gdb.output.length;
    await run([`monitor uart 0 "${text}"`]);
    await eventually(/typed \d+ byte\(s\) into uart0/, from);
  }

  /** Repeats `info threads` until `pred` holds for the thread states. */
  async function threadsUntil(pred: (s: string[]) => boolean, what: string): Promise<string[]> {
    for (let i = 0; ; i++) {
      const states = threadStates(await run(['info threads']));
      if (pred(states)) return states;
      if (i > 100) throw new Error(`thread states never became ${what}: ${states.join(', ')}\n${why()}`);
      await sleep(300);
    }
  }

  const sym = (name: string): bigint => {
    const a = syms.get(name);
    if (a === undefined) throw new Error(`${name} is not in ${guest.systemMap}`);
    return a;
  };

  beforeAll(async () => {
    // In CI the guest is built here (or by the pretest step); without it this fails, as the
    // default-system test does.
    guest = ensureLinuxGuest({ quiet: true });
    syms = parseSystemMap(readFileSync(guest.systemMap, 'utf8'));
    dir = mkdtempSync(join(tmpdir(), 'zvm-linux-e2e-'));
    const dtb = join(dir, 'linux-vm.dtb');
    // zvm.shell: /init leaves an interactive shell instead of powering the VM off.
    writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 zvm.shell'));
    // As npm start: GDB gets the RTOS's ELF and an ELF made from the kernel's System.map.
    const files: ZvmSystemFiles = {
      host: HOST, rtosBin: RTOS_BIN, rtosElf: RTOS_ELF,
      linux: { image: guest.image, dtb, initrd: guest.initrd }, linuxSymbols: guest.systemMap,
    };
    server = new SystemServer(await freePort(), [...zvmSystemArgs(files), ...zvmGdbArgs(files)]);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    // Linux needs a minute or more of emulation to reach its shell.
    await server.waitFor(new RegExp(`\\[linux_os-1\\] ${LINUX_MARKER_READY}`), 'stdout', 480_000);
    await server.waitFor(/\[linux_os-1\] [^\n]*# /, 'stdout', 120_000); // the shell's prompt

    // `set non-stop on` must precede the connect (-ex): -iex, in the program-file slot.
    gdb = new InteractiveGdb(server.port, '--init-eval-command=set non-stop on');
    await gdb.run(['set confirm off', 'set pagination off'], 60_000);
    let from = gdb.output.length;
    const out = await run(['info inferiors', 'monitor vms']);
    expect(out, why()).toMatch(/^\s*2\s+process 2\s.*\/zephyr_os-0\s*$/m);
    expect(out, why()).toMatch(/^\s*3\s+process 3\s.*\/linux_os-1\s*$/m);
    await eventually(/process 3: linux_os-1 +VTTBR_EL2\.BADDR=0x[0-9a-f]+ VMID=\d+ +vcpus=2/, from);
    await run(['continue -a &']);
    await threadsUntil((s) => s.length === 7 && s.every((x) => x.endsWith('running')), 'all running');

    // The KASLR slide: stop a Linux vCPU in the kernel and compare VBAR_EL1 with `vectors`
    // (with KPTI, VBAR_EL1 holds the trampoline while at EL0: retry then).
    for (let tries = 0; ; tries++) {
      from = gdb.output.length;
      await run(['thread 3.1', 'interrupt']);
      await eventually(/Thread 3\.1 "linux_os-1-vcpu0" stopped\./, from, 60_000);
      const [vbar, cpsr] = values(await run(['print/x $vbar_el1', 'print/x $cpsr']));
      await run(['continue &']);
      if (((Number(cpsr) >> 2) & 3) === 1) {
        slide = BigInt(vbar!) - sym('vectors');
        break;
      }
      if (tries >= 5) throw new Error(`Linux vCPU 0 never stopped at EL1 (cpsr ${cpsr})\n${why()}`);
      await sleep(1000);
    }
    // A slide is a whole number of 64 KiB pages (and 0 here: the board offers no seed).
    expect(slide % 0x10000n, why()).toBe(0n);
    await threadsUntil((s) => s.length === 7 && s.every((x) => x.endsWith('running')), 'all running');
  }, 900_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stops a Linux vCPU at __arm64_sys_write while the RTOS runs on within its period, then resumes Linux', async () => {
    const bp = sym('__arm64_sys_write') + slide;
    let out = await run(['inferior 3', `break *${hex(bp)}`, 'info breakpoints']);
    expect(out, why()).toMatch(/ inf 3$/m); // scoped to the Linux VM

    // Typing into the Linux shell: busybox's line editing echoes each key with write(2).
    let from = gdb.output.length;
    let con = server.stdout.length;
    await typeUart('zvm look 1\\r');
    await consoleShows(/console attached to VM 1 \(linux_os-1\)/, con);
    await typeUart('echo zvm-$((6*7))\\r');
    const hit = await eventually(new RegExp(`Thread 3\\.(\\d) "linux_os-1-vcpu(\\d)" hit Breakpoint \\d+, ${hex(bp)} in __arm64_sys_write \\(\\)`), from, 120_000);
    const tid = `3.${hit[1]}`;
    expect(Number(hit[2]), why()).toBe(Number(hit[1]) - 1);
    const stoppedAt = server.stdout.length;

    // Only that vCPU stopped; the hypervisor CPUs, the RTOS and the other Linux vCPU run.
    const states = await threadsUntil((s) => s.length === 7 && s.filter((x) => x.endsWith('stopped')).length === 1, 'one stopped');
    expect(states, why()).toContain(`${tid} stopped`);
    expect(states, why()).toContain('2.1 running');
    // In the kernel at the syscall: PC at the breakpoint, x0 = struct pt_regs of the
    // caller, whose x8 is the syscall number and x0 the file descriptor.
    out = await run([`thread ${tid}`, 'print/x $pc', 'print/x $cpsr & 0xc', 'print *(unsigned long *)($x0 + 8 * 8)', 'print *(unsigned long *)$x0']);
    const [pc, el, nr, fd] = values(out);
    expect(BigInt(pc!), why()).toBe(bp);
    expect(el, why()).toBe('0x4'); // EL1
    expect(Number(nr), why()).toBe(NR_WRITE);
    expect([0, 1, 2], why()).toContain(Number(fd)); // the console: stdin/stdout/stderr

    // The RTOS keeps running: its period counter advances and the logger reports windows
    // in which every wake-up came within one period. Wait for two reports after the stop:
    // the second window was measured entirely while the Linux vCPU was stopped.
    const [p1] = values(await run(['inferior 2', 'print ctl.periods']));
    await server.waitFor(/logger: [^\n]*\n[^]*logger: [^\n]*\n/, 'stdout', 180_000, stoppedAt).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    const [p2] = values(await run(['print ctl.periods']));
    expect(Number(p2), why()).toBeGreaterThan(Number(p1) + 1000);
    const reports = latencyReports(server.stdout.slice(stoppedAt));
    expect(reports.length, why()).toBeGreaterThanOrEqual(2);
    for (const r of reports) {
      expect(r.min, r.line).toBeLessThanOrEqual(r.avg);
      expect(r.avg, r.line).toBeLessThanOrEqual(r.max);
      expect(r.max, r.line).toBeLessThan(PERIOD_TICKS);
    }
    expect(reports[1]!.periods, why()).toBe(reports[0]!.periods + 1000);

    // ... while the Linux vCPU stayed where it stopped, on its PE.
    from = gdb.output.length;
    out = await run([`thread ${tid}`, 'print/x $pc', 'monitor vcpus']);
    expect(BigInt(values(out)[0]!), why()).toBe(bp);
    await eventually(new RegExp(`thread ${tid.replace('.', '\\.')}: linux_os-1-vcpu\\d +VMPIDR_EL2=0x[0-9a-f]+ +running on cpu\\d +pc=${hex(bp)} EL1h`), from);
    expect(threadStates(await run(['info threads'])), why()).toContain(`${tid} stopped`);

    // Without the breakpoint, Linux runs on and executes the typed command.
    con = server.stdout.length;
    await run(['delete', 'continue -a &']);
    await threadsUntil((s) => s.length === 7 && s.every((x) => x.endsWith('running')), 'all running');
    await consoleShows(/\[linux_os-1\] zvm-42\r?\n/, con);
    expect(gdb.output, why()).not.toContain('internal-error');
    expect(server.stderr, why()).not.toMatch(/warn|error/i);
  }, 600_000);

  it('reads the kernel banner with x/s by virtual address while the Linux VM is paused', async () => {
    // The banner the kernel printed at boot, and where that string is in the Image (the
    // Image also holds a placeholder banner without the build number).
    const banner = /\[linux_os-1\] \[ *0\.000000\] (Linux version [^\r\n]+)/.exec(server.stdout)?.[1];
    expect(banner, why()).toBeDefined();
    expect(banner, why()).toContain(guest.kernelPackage.replace(/^linux-image-/, ''));
    expect(banner, why()).toContain(guest.kernelVersion);
    const image = readFileSync(guest.image);
    const offset = image.indexOf(Buffer.from(`${banner}\n\0`, 'latin1'));
    expect(offset, why()).toBeGreaterThan(0);
    expect(image.indexOf(Buffer.from(`${banner}\n\0`, 'latin1'), offset + 1), why()).toBe(-1);
    const va = sym('_text') + slide + BigInt(offset);

    // Pause the VM from the hypervisor's shell: it returns once no PE holds a Linux vCPU.
    let con = server.stdout.length;
    await typeUart('\\x18');
    await consoleShows(/zvm: console detached/, con);
    con = server.stdout.length;
    await typeUart('zvm pause -n 1\\r');
    await consoleShows(/zvm: VM 1 \(linux_os-1\) paused/, con);
    let from = gdb.output.length;
    await run(['monitor vcpus']);
    await eventually(/thread 3\.1: linux_os-1-vcpu0 .* not running \(last on cpu\d\)/, from);
    await eventually(/thread 3\.2: linux_os-1-vcpu1 .* not running \(last on cpu\d\)/, from);

    // Through the vCPU's stage 1 (kernel page tables) and the VM's stage 2.
    from = gdb.output.length;
    const unmapped = sym('_text') + slide - 0x10000n; // below the kernel: the module area, empty here
    const out = await run(['inferior 3', 'thread 3.1', `x/s ${hex(va)}`, `x/s ${hex(unmapped)}`, 'monitor vcpus']);
    const escaped = banner!.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    expect(out, why()).toContain(`${hex(va)}:\t"${escaped}\\n"`);
    await eventually(new RegExp(`Cannot access memory at address ${hex(unmapped)}`), from);
    // Still paused while it was read.
    await eventually(/thread 3\.1: linux_os-1-vcpu0 .* not running \(last on cpu\d\)/, from);

    // Resumed, Linux answers on its console again.
    con = server.stdout.length;
    await typeUart('zvm run -n 1\\r');
    await consoleShows(/zvm: VM 1 \(linux_os-1\) running/, con);
    await typeUart('zvm look 1\\r');
    con = server.stdout.length;
    await typeUart('echo zvm-$((7*6+1))\\r');
    await consoleShows(/\[linux_os-1\] zvm-43\r?\n/, con);
    expect(gdb.output, why()).not.toContain('internal-error');
    expect(server.stderr, why()).not.toMatch(/warn|error/i);
  }, 300_000);
});
