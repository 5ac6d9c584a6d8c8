// Record and replay (-icount rr=record|replay,rrfile=FILE) with real server processes and
// the real gdb-multiarch: the hypervisor with its RTOS VM on 4 CPUs, recorded while the
// user types into the hypervisor's shell and GDB stops the board, writes a variable of the
// hypervisor's and lets it run on; replayed without GDB and without typing, it prints the
// same console output and ends in the same machine hash. The same for GDB's writes to the
// RTOS vCPU's registers while it is out of its guest (made as it enters again). The same for the default system
// with Debian's Linux, typed into at its shell. A one-CPU program under GDB (breakpoint
// stops, steps, register and memory writes) replays the same, also from a -loadvm snapshot
// (which the replay then needs). Input over TCP serial is recorded too, and SIGTERM ends
// the record properly. A record whose file was cut, altered, of another version or of
// other options gives a one-line error.

import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../../src/zvm/system.ts';
import { LINUX_MARKER_READY, ensureLinuxGuest } from '../../tools/linux-guest.ts';
import { buildRtos } from '../../tools/build-rtos.ts';
import { InteractiveGdb, freePort, haveGdb, runGdbBatch } from '../helpers/gdb.ts';
import { guestServers } from '../helpers/gdb-servers.ts';
import { BOARD_ARGS, CLI_PATH, runProcess, type RunResult } from '../helpers/qemu.ts';
import { SystemServer, rtosSystemArgs } from '../helpers/system-server.ts';

const HOST_ELF = join(IMAGES_DIR, 'zvm_host.elf');
const SHELL_PROMPT = /zvm_host:~# /;
const SAME = /replay: end of the record \S+ at instruction count (\d+) \(board time \d+\): state hash ([0-9a-f]+), the same as recorded/;

/** The console text a recording printed, without the line its Ctrl-A x added. */
function recordedConsole(stdout: string): string {
  return stdout.replace(/\r\nzvm-gdbserver: terminated by Ctrl-A x\r\n$/, '');
}

/** Replays `file` on the board `args` describe, without GDB and with no console input. */
function replay(args: readonly string[], file: string, timeoutMs = 300_000): Promise<RunResult> {
  return runProcess(process.execPath, [CLI_PATH, ...args, '-icount', `shift=auto,rr=replay,rrfile=${file}`], { timeoutMs });
}

/** The record file's lines as objects. */
function recordLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * A replay that went the recorded course: it reached the record's end with the recorded
 * machine hash and instruction count, diverged nowhere, and printed the recorded console output.
 */
function expectSameReplay(r: RunResult, end: Record<string, unknown>, recorded: string): void {
  expect(r.stderr, r.stderr).toMatch(SAME);
  expect(SAME.exec(r.stderr)![2]).toBe(end.fh);
  expect(Number(SAME.exec(r.stderr)![1])).toBe(end.r);
  expect(r.stderr).not.toMatch(/diverged/);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(recorded);
}

/** Ctrl-C in GDB (the board stops between two runs), then GDB detaches and quits: the board runs on freely. */
async function interruptAndLeave(gdb: InteractiveGdb): Promise<void> {
  const from = gdb.output.length;
  await gdb.run(['interrupt'], 60_000);
  await gdb.waitFor(/received signal SIGINT/, 60_000, from);
  await gdb.run(['detach'], 60_000);
  await gdb.quit();
}

/** Ctrl-A x: the recording ends with the process; returns its exit code. */
async function endRecording(server: SystemServer): Promise<number | null> {
  server.type('\x01x');
  return new Promise((r) => (server.child.exitCode !== null ? r(server.child.exitCode) : server.child.once('exit', (c) => r(c))));
}

/** What a failed check of a recorded session shows: the ends of GDB's output and the server's. */
function sessionReport(gdb: InteractiveGdb | undefined, server: SystemServer | undefined): string {
  return `--- gdb ---\n${gdb?.output.slice(-4000)}\n--- server stderr ---\n${server?.stderr.slice(-3000)}\n--- stdout ---\n${server?.stdout.slice(-3000)}`;
}

/** Records the hypervisor with its RTOS VM into `name` in a new directory; returns once the RTOS runs. */
async function recordRtosSystem(prefix: string, name: string): Promise<{ dir: string; record: string; server: SystemServer }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const record = join(dir, name);
  const server = new SystemServer(await freePort(), rtosSystemArgs(), ['-icount', `shift=auto,rr=record,rrfile=${record}`]);
  await server.waitFor(SHELL_PROMPT, 'stdout', 120_000);
  // With the RTOS VM running (a VM that appears while GDB runs the board stops it).
  await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
  return { dir, record, server };
}

/** Ctrl-C, GDB leaves, Ctrl-A x: the recording ends; returns the console text it printed. */
async function leaveAndEndRecording(gdb: InteractiveGdb, server: SystemServer): Promise<string> {
  await interruptAndLeave(gdb);
  expect(await endRecording(server), sessionReport(gdb, server)).toBe(0);
  return recordedConsole(server.stdout);
}

/** Servers, GDB and the directory of a describe block, gone after it. */
async function cleanUp(gdb: InteractiveGdb | undefined, server: SystemServer | undefined, dir: string | undefined): Promise<void> {
  await gdb?.quit();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

describe.skipIf(!haveGdb())('record and replay of a one-CPU program under gdb-multiarch', () => {
  const servers = guestServers('gdbdemo');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-rr1-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('replays breakpoint stops, single steps and register and memory writes to the same output and machine hash', async () => {
    const record = join(dir, 'gdbdemo.rr');
    const s = await servers.start({ extraArgs: ['-icount', `rr=record,rrfile=${record}`] });
    // compute(1, 10) entered with b = 3 instead (x1 at its first instruction), steps over
    // the breakpoint and on, points[1].x written: the program prints what GDB did.
    const gdb = await runGdbBatch(
      s.port,
      servers.elf(),
      ['break *compute', 'continue', 'set $x1 = 3', 'stepi 5', 'continue', 'delete', 'stepi 3', 'set var points[1].x = 42', 'continue'],
      120_000,
    );
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    expect(gdb.out, why).toMatch(/exited normally/);
    expect((await s.waitExit(60_000))?.code, why).toBe(0);
    expect(s.stdout()).toContain('compute(1, 10) = 9\n');
    expect(s.stdout()).toContain('points[1] = (42, 4)\n');
    const kinds = recordLines(record).map((l) => l.k);
    for (const k of ['reg', 'step', 'mem', 'end']) expect(kinds, why).toContain(k);

    const r = await replay([...BOARD_ARGS, '-kernel', servers.elf()], record, 120_000);
    expect(r.stderr, r.stderr).toMatch(SAME);
    expect(SAME.exec(r.stderr)![2]).toBe(recordLines(record).at(-1)!.fh);
    expect(r.stderr).not.toMatch(/diverged/);
    expect(r.stdout).toBe(s.stdout());
  }, 300_000);
  it('records from a -loadvm snapshot; the replay needs the same snapshot', async () => {
    const first = await servers.start({ extraArgs: ['--output-dir', dir] });
    let gdb = await runGdbBatch(first.port, servers.elf(), ['break compute', 'continue', 'monitor savevm start.snap'], 120_000);
    expect(gdb.out, gdb.out).toMatch(/saved the machine \(\d+ instructions retired\)/);
    await first.stop();
    const snap = join(dir, 'start.snap');
    const record = join(dir, 'from-snapshot.rr');
    const s = await servers.start({ extraArgs: ['-loadvm', snap, '-icount', `rr=record,rrfile=${record}`] });
    gdb = await runGdbBatch(s.port, servers.elf(), ['set var points[1].x = 77', 'continue'], 120_000);
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    expect(gdb.out, why).toMatch(/exited normally/);
    expect((await s.waitExit(60_000))?.code, why).toBe(0);
    expect(s.stdout(), why).toContain('points[1] = (77, 4)');
    expect(recordLines(record)[0]).toMatchObject({ start: { kind: 'snapshot' } });

    const board = [...BOARD_ARGS, '-kernel', servers.elf()];
    const r = await replay([...board, '-loadvm', snap], record, 120_000);
    expect(r.stderr, r.stderr).toMatch(SAME);
    expect(r.stdout).toBe(s.stdout());
    const fromBoot = await replay(board, record, 120_000);
    expect(fromBoot.code).toBe(1);
    expect(fromBoot.stderr.trim()).toMatch(/^zvm-gdbserver: -icount rrfile=\S+: it was recorded from a snapshot: give the same -loadvm FILE$/);
  }, 300_000);

  it("takes QEMU's rrsnapshot=NAME: the recording saves the machine to NAME in the output directory first, the replay starts from it", async () => {
    const out = join(dir, 'rrsnapshot-out');
    const record = join(dir, 'rrsnapshot.rr');
    const icount = (mode: string, name = 'init') => ['-icount', `shift=auto,rr=${mode},rrfile=${record},rrsnapshot=${name}`, '--output-dir', out];
    const s = await servers.start({ extraArgs: icount('record') });
    const gdb = await runGdbBatch(s.port, servers.elf(), ['break compute', 'continue', 'set var points[1].x = 55', 'delete', 'continue'], 120_000);
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    expect(gdb.out, why).toMatch(/exited normally/);
    expect((await s.waitExit(60_000))?.code, why).toBe(0);
    expect(s.stderr(), why).toMatch(/-icount rrsnapshot: saved the machine \(0 instructions retired\) to \S+rrsnapshot-out\/init/);
    expect(recordLines(record)[0]).toMatchObject({ start: { kind: 'snapshot' } });

    const board = [...BOARD_ARGS, '-kernel', servers.elf()];
    const r = await runProcess(process.execPath, [CLI_PATH, ...board, ...icount('replay')], { timeoutMs: 120_000 });
    expect(r.stderr, r.stderr).toMatch(SAME);
    expect(r.stderr).not.toMatch(/diverged/);
    expect(r.stdout).toBe(s.stdout());
    expect(r.stdout).toContain('points[1] = (55, 4)');

    // Without its snapshot the replay cannot start; a name with a directory part is no name.
    rmSync(join(out, 'init'));
    const missing = await runProcess(process.execPath, [CLI_PATH, ...board, ...icount('replay')], { timeoutMs: 60_000 });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^zvm-gdbserver: -icount rrsnapshot \S+\/init: /)]);
    const path = await runProcess(process.execPath, [CLI_PATH, ...board, ...icount('record', '../init')], { timeoutMs: 60_000 });
    expect(path.code).toBe(1);
    expect(path.stderr).toMatch(/rrsnapshot=\.\.\/init: expected a plain file name/);
  }, 300_000);

  it('records TCP serial input and ends the record on SIGTERM; the replay prints the same', async () => {
    const rtos = buildRtos();
    const record = join(dir, 'tcp.rr');
    const port = await freePort();
    const board = [...BOARD_ARGS, '-kernel', rtos, '-monitor', 'none'];
    const child = spawn(process.execPath, [CLI_PATH, ...board, '-serial', `tcp:127.0.0.1:${port},server`, '-icount', `rr=record,rrfile=${record}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      const waitErr = async (what: string): Promise<void> => {
        for (let t = 0; !err.includes(what); t += 100) {
          if (t > 60_000 || child.exitCode !== null) throw new Error(`never printed ${what}: ${err}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await waitErr('waiting for a serial connection');
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (d) => (text += d.toString('latin1')));
      const shows = async (re: RegExp, from: number): Promise<void> => {
        for (let t = 0; !re.test(text.slice(from)); t += 100) {
          if (t > 120_000) throw new Error(`the console never showed ${re}: ${text.slice(-2000)}\n${err}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      // Typed at once: the RTOS gives up waiting for input (and runs a script) after a
      // while of its own time, which a loaded host could let pass before a later typist.
      socket.write('uptime\r');
      await shows(/rtos> uptime\r?\nuptime: \d+ ticks[^\n]*\n/, 0);
      child.kill('SIGTERM');
      expect(await exited, err).toBe(143);
      socket.destroy();
      const lines = recordLines(record);
      expect(lines.filter((l) => l.k === 'uart').map((l) => Buffer.from(l.d as string, 'hex').toString('latin1')).join('')).toBe('uptime\r');
      expect(lines.at(-1)).toMatchObject({ k: 'end' });

      const out = join(dir, 'tcp-replay.out');
      const r = await replay([...board, '-serial', `file:${out}`], record, 120_000);
      expect(r.stderr, r.stderr).toMatch(SAME);
      // The output up to the record's end: what the client had received by then (maybe less).
      const replayed = readFileSync(out, 'latin1');
      expect(replayed.startsWith(text), `${replayed}\n---\n${text}`).toBe(true);
      expect(replayed).toMatch(/uptime: \d+ ticks/);
    } finally {
      child.kill('SIGKILL');
    }
  }, 300_000);

  it('refuses resets while recording, and GDB writes while replaying; a replay under GDB reaches the recorded end', async () => {
    const record = join(dir, 'refusals.rr');
    const s = await servers.start({ extraArgs: ['-icount', `rr=record,rrfile=${record}`] });
    let gdb = await runGdbBatch(s.port, servers.elf(), ['break compute', 'continue', 'monitor reset', 'set var points[1].x = 5', 'delete', 'continue'], 120_000);
    let why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    expect(gdb.out, why).toMatch(/error: monitor reset is refused while recording \S+refusals\.rr \(a record follows one run forward from its start\)/);
    expect(gdb.out, why).toMatch(/exited normally/);
    expect((await s.waitExit(60_000))?.code, why).toBe(0);

    const r = await servers.start({ extraArgs: ['-icount', `rr=replay,rrfile=${record}`] });
    gdb = await runGdbBatch(r.port, servers.elf(), ['set var points[1].x = 6', 'monitor info replay', 'continue'], 120_000);
    why = `gdb:\n${gdb.out}\nserver stderr:\n${r.stderr()}`;
    expect(gdb.out, why).toMatch(/Cannot access memory at address 0x/);
    expect(r.stderr(), why).toMatch(/write refused: replaying \S+refusals\.rr: the machine follows the record; GDB cannot write registers or memory until its end/);
    expect(gdb.out, why).toMatch(/replaying \S+refusals\.rr\ninstruction count: 0 \(board time 0, 0 reset\(s\)\)\ninputs consumed: 0, remaining: 1\nstate hash: [0-9a-f]{32}\ndivergence: none seen\n/);
    expect(gdb.out, why).toMatch(/exited normally/);
    await r.waitExit(60_000);
    expect(r.stderr(), why).toMatch(SAME);
    expect(r.stdout()).toBe(s.stdout());
    expect(r.stdout()).toContain('points[1] = (5, 4)');
  }, 300_000);
});

describe.skipIf(!haveGdb())('record and replay of the hypervisor with its RTOS VM (4 CPUs)', () => {
  let dir: string;
  let record: string;
  let server: SystemServer;
  let gdb: InteractiveGdb | undefined;
  let recorded = '';
  const why = (): string => sessionReport(gdb, server);

  beforeAll(async () => {
    ({ dir, record, server } = await recordRtosSystem('zvm-rr-', 'session.rr'));
    expect(server.stderr).toMatch(/recording the run's inputs to /);

    // Typed while the board runs freely.
    let from = server.stdout.length;
    server.type('zvm info\r');
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);

    // GDB stops the board, writes a variable of the hypervisor's console, runs it on;
    // the user types meanwhile; Ctrl-C; GDB leaves and the board runs on freely.
    gdb = new InteractiveGdb(server.port, HOST_ELF);
    let out = await gdb.run(['set confirm off', 'print column', 'set var column = 7', 'print column', 'monitor info replay'], 60_000);
    expect(out, why()).toMatch(/\$2 = 7/);
    await gdb.waitFor(/recording \S+session\.rr\ninstruction count: \d+ .*\ninputs logged: \d+\nstate hash: [0-9a-f]{32}\n/, 60_000);
    await gdb.run(['continue &'], 60_000);
    from = server.stdout.length;
    server.type('help\r');
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);
    await interruptAndLeave(gdb);
    from = server.stdout.length;
    server.type('zvm info\r');
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);
    expect(await endRecording(server), why()).toBe(0);
    recorded = recordedConsole(server.stdout);
  }, 400_000);

  afterAll(() => cleanUp(gdb, server, dir));

  it('logs the typed bytes and the write from GDB, and ends with the machine hash', () => {
    const lines = recordLines(record);
    expect(lines[0]).toMatchObject({ format: 'zvm-gdbserver record', version: 1, start: { kind: 'boot' } });
    const typed = lines.filter((l) => l.k === 'uart').map((l) => Buffer.from(l.d as string, 'hex').toString('latin1')).join('');
    expect(typed).toBe('zvm info\rhelp\rzvm info\r');
    // `set var column = 7`: an int written where the symbol is (identity-mapped at EL2).
    expect(lines.filter((l) => l.k === 'mem')).toEqual([expect.objectContaining({ d: '07000000' })]);
    expect(lines.at(-1)).toMatchObject({ k: 'end', fh: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('replays without GDB and without typing: the same console output and the same machine hash', async () => {
    expectSameReplay(await replay(rtosSystemArgs(), record), recordLines(record).at(-1)!, recorded);
  }, 400_000);

  it('refuses a record file that was cut, altered, of another version or of other options with one line', async () => {
    const text = readFileSync(record, 'utf8');
    const lines = text.trimEnd().split('\n');
    const cases: [string, string, RegExp][] = [
      ['cut.rr', `${lines.slice(0, -1).join('\n')}\n`, /the file is truncated \(it has no end line: the recording did not finish\)/],
      ['half.rr', text.slice(0, text.length - 20), /the file is truncated \(its last line is cut off\)/],
      ['altered.rr', text.replace('"d":"07000000"', '"d":"08000000"'), /the file is corrupt \(its digest does not match its lines\)/],
      ['version.rr', text.replace('"version":1', '"version":9'), /record format version 9; this zvm-gdbserver reads version 1/],
      ['other.rr', 'hello\n', /not a zvm-gdbserver record file/],
    ];
    for (const [name, content, re] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      const r = await replay(rtosSystemArgs(), file, 120_000);
      expect(r.code, `${name}: ${r.stderr}`).toBe(1);
      const errLines = r.stderr.trim().split('\n');
      expect(errLines, name).toHaveLength(1);
      expect(errLines[0]).toMatch(new RegExp(`^zvm-gdbserver: -icount rrfile=\\S+${name}: ${re.source}$`));
    }
    // The same images, another option: the starting point differs.
    const r = await replay([...rtosSystemArgs(), '-no-reboot'], record, 120_000);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^zvm-gdbserver: -icount rrfile=\S+: it was recorded from other images or options \(.*\)$/);
  }, 400_000);
});

describe.skipIf(!haveGdb())('record and replay of GDB breakpoint stops and steps on 4 CPUs (the hypervisor with its RTOS VM)', () => {
  let dir: string;
  let record: string;
  let server: SystemServer;
  let gdb: InteractiveGdb | undefined;
  let recorded = '';
  const why = (): string => sessionReport(gdb, server);

  beforeAll(async () => {
    ({ dir, record, server } = await recordRtosSystem('zvm-rr-bp-', 'breakpoints.rr'));

    // Stops in the middle of runs: a breakpoint on the hypervisor's exit path (hit on
    // whichever CPU takes the next guest exit), ignored 6 times, then single steps and a
    // source-line step on the CPU that hit it, then a watchpoint's stop.
    gdb = new InteractiveGdb(server.port, HOST_ELF);
    let out = await gdb.run(['set confirm off', 'break guest_exit', 'ignore 1 6', 'continue'], 120_000);
    await gdb.waitFor(/Breakpoint 1, guest_exit/, 120_000);
    out = await gdb.run(['stepi 5', 'next', 'info threads', 'delete', 'watch column', 'continue'], 120_000);
    const from = server.stdout.length;
    server.type('zvm info\r');
    await gdb.waitFor(/Hardware watchpoint 2: column/, 120_000);
    await gdb.waitFor(/New value = /, 120_000);
    expect(out, why()).toMatch(/Thread/);
    await gdb.run(['delete', 'continue &'], 60_000);
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);
    recorded = await leaveAndEndRecording(gdb, server);
  }, 400_000);

  afterAll(() => cleanUp(gdb, server, dir));

  it('logs the stops and steps, and replays them without GDB to the same console output and machine hash', async () => {
    const lines = recordLines(record);
    expect(lines.filter((l) => l.k === 'step').length, JSON.stringify(lines.slice(0, 40))).toBeGreaterThan(0);
    expectSameReplay(await replay(rtosSystemArgs(), record), lines.at(-1)!, recorded);
  }, 400_000);
});

describe.skipIf(!haveGdb())('record and replay of GDB register writes to an RTOS vCPU that is not on a CPU (4 CPUs)', () => {
  let dir: string;
  let record: string;
  let server: SystemServer;
  let gdb: InteractiveGdb | undefined;
  let recorded = '';
  let written = '';
  let later = '';
  const why = (): string => sessionReport(gdb, server);

  beforeAll(async () => {
    ({ dir, record, server } = await recordRtosSystem('zvm-rr-vcpu-', 'vcpu-write.rr'));

    // Stopped in the hypervisor's exit path, the RTOS vCPU is out of its guest: GDB writes
    // its TPIDR_EL0 and V7 (the RTOS uses neither: it is built without FP/SIMD; the
    // hypervisor saves and restores both at every exit and entry), which the vCPU takes as
    // it enters its guest again. (`unset tdesc filename`: GDB fetches the VM's register
    // description, with its system registers.)
    gdb = new InteractiveGdb(server.port, HOST_ELF);
    await gdb.run(['set confirm off', 'break guest_exit', 'continue'], 120_000);
    await gdb.waitFor(/hit Breakpoint 1, guest_exit/, 120_000);
    written = await gdb.run(['inferior 2', 'unset tdesc filename', 'thread 2.1', 'set $tpidr_el0 = 0x5a17e0', 'set $v7.d.u[0] = 0x1122334455667788', 'print/x $tpidr_el0', 'print/x $v7.d.u[0]', 'monitor vcpus'], 60_000);
    // The next exit: the vCPU entered (and took the writes), ran, and left again. (From the
    // hypervisor's inferior: GDB resumes only the selected one, and the vCPU needs its CPUs.)
    let from = gdb.output.length;
    await gdb.run(['inferior 1', 'continue'], 120_000);
    await gdb.waitFor(/hit Breakpoint 1, guest_exit/, 120_000, from);
    later = await gdb.run(['thread 2.1', 'print/x $tpidr_el0', 'print/x $v7.d.u[0]', 'monitor vcpus', 'delete', 'inferior 1', 'continue &'], 60_000);
    from = server.stdout.length;
    server.type('zvm info\r');
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);
    recorded = await leaveAndEndRecording(gdb, server);
  }, 400_000);

  afterAll(() => cleanUp(gdb, server, dir));

  it('takes the writes while recording: the vCPU holds them until it enters, then has them', () => {
    expect(written, why()).not.toMatch(/cannot be written|Could not|Cannot access/);
    expect(written, why()).toMatch(/= 0x5a17e0\n/);
    expect(written, why()).toMatch(/= 0x1122334455667788\n/);
    expect(written, why()).toMatch(/thread 2\.1: zephyr_os-0-vcpu0 .* not running .*\(register writes pending\)/);
    expect(later, why()).toMatch(/= 0x5a17e0\n/);
    expect(later, why()).toMatch(/= 0x1122334455667788\n/);
    expect(later, why()).not.toMatch(/register writes pending/);
  });

  it('logs them as register inputs of the CPU the vCPU entered on, and replays without GDB to the same console output and machine hash', async () => {
    const lines = recordLines(record);
    const regs = lines.filter((l) => l.k === 'reg');
    // TPIDR_EL0 (a system register: GDB numbers those from 68) and V7 (34 + 7), one input each, for one CPU.
    expect(regs, JSON.stringify(regs)).toHaveLength(2);
    const [sys, v7] = [regs.find((l) => Number(l.n) >= 68), regs.find((l) => l.n === 41)];
    expect(sys?.d, JSON.stringify(regs)).toBe('e0175a0000000000');
    expect(v7?.d, JSON.stringify(regs)).toMatch(/^8877665544332211[0-9a-f]{16}$/);
    expect(new Set(regs.map((l) => l.pe)).size).toBe(1);
    expectSameReplay(await replay(rtosSystemArgs(), record), lines.at(-1)!, recorded);
  }, 400_000);
});

describe.skipIf(!haveGdb())('record and replay of the default system with Linux (4 CPUs), typed into at its shell', () => {
  let dir: string;
  let record: string;
  let args: string[];
  let server: SystemServer;
  let gdb: InteractiveGdb | undefined;
  let recorded = '';
  const why = (): string => sessionReport(gdb, server);

  beforeAll(async () => {
    const guest = ensureLinuxGuest({ quiet: true });
    dir = mkdtempSync(join(tmpdir(), 'zvm-rr-linux-'));
    record = join(dir, 'linux.rr');
    const dtb = join(dir, 'linux-vm.dtb');
    // zvm.shell: /init leaves an interactive shell.
    writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 zvm.shell'));
    const files: ZvmSystemFiles = {
      host: HOST_ELF, rtosBin: join(IMAGES_DIR, 'rtos.bin'), rtosElf: join(IMAGES_DIR, 'rtos.elf'),
      linux: { image: guest.image, dtb, initrd: guest.initrd }, linuxSymbols: guest.systemMap,
    };
    args = [...zvmSystemArgs(files), ...zvmGdbArgs(files)];
    server = new SystemServer(await freePort(), args, ['-icount', `shift=auto,rr=record,rrfile=${record}`]);
    await server.waitFor(new RegExp(`\\[linux_os-1\\] ${LINUX_MARKER_READY}`), 'stdout', 480_000);
    await server.waitFor(/\[linux_os-1\] [^\n]*# /, 'stdout', 120_000);

    // Into the Linux VM's console, typed at its shell.
    let from = server.stdout.length;
    server.type('zvm look 1\r');
    await server.waitFor(/console attached to VM 1 \(linux_os-1\)/, 'stdout', 120_000, from);
    from = server.stdout.length;
    server.type('echo zvm-$((7*6+1))\r');
    await server.waitFor(/\[linux_os-1\] zvm-43\r?\n/, 'stdout', 120_000, from);

    // GDB stops the board, writes a variable of the hypervisor's, runs it on while the
    // user types, interrupts it and leaves.
    gdb = new InteractiveGdb(server.port, HOST_ELF);
    const out = await gdb.run(['set confirm off', 'set var column = 3', 'print column', 'continue &'], 120_000);
    expect(out, why()).toMatch(/\$1 = 3/);
    from = server.stdout.length;
    server.type('echo done-$((6*7))\r');
    await server.waitFor(/\[linux_os-1\] done-42\r?\n/, 'stdout', 120_000, from);
    await interruptAndLeave(gdb);
    from = server.stdout.length;
    server.type('uname -m\r');
    await server.waitFor(/\[linux_os-1\] aarch64\r?\n/, 'stdout', 120_000, from);
    expect(await endRecording(server), why()).toBe(0);
    recorded = recordedConsole(server.stdout);
  }, 900_000);

  afterAll(() => cleanUp(gdb, server, dir));

  it('replays without GDB and without typing: the same console output and the same machine hash', async () => {
    const lines = recordLines(record);
    expect(lines.filter((l) => l.k === 'mem')).toEqual([expect.objectContaining({ d: '03000000' })]);
    const r = await replay(args, record, 900_000);
    expectSameReplay(r, lines.at(-1)!, recorded);
    expect(r.stdout).toMatch(/\[linux_os-1\] done-42\r?\n/);
  }, 900_000);
});
