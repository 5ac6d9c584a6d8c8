// Record and replay (-icount rr=record|replay,rrfile=FILE) with real server processes and
// the real gdb-multiarch: the hypervisor with its RTOS VM on 4 CPUs, recorded while the
// user types into the hypervisor's shell and GDB stops the board, writes a variable of the
// hypervisor's and lets it run on; replayed without GDB and without typing, it prints the
// same console output and ends in the same machine hash. A record whose file was cut,
// altered, of another version or of other options gives a one-line error.

import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
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
  return runProcess(process.execPath, ['--import', 'tsx', CLI_PATH, ...args, '-icount', `shift=auto,rr=replay,rrfile=${file}`], { timeoutMs });
}

/** The record file's lines as objects. */
function recordLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
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
});

describe.skipIf(!haveGdb())('record and replay of the hypervisor with its RTOS VM (4 CPUs)', () => {
  let dir: string;
  let record: string;
  let server: SystemServer;
  let gdb: InteractiveGdb | undefined;
  let recorded = '';
  const why = (): string => `--- gdb ---\n${gdb?.output.slice(-4000)}\n--- server stderr ---\n${server?.stderr.slice(-3000)}\n--- stdout ---\n${server?.stdout.slice(-3000)}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-rr-'));
    record = join(dir, 'session.rr');
    server = new SystemServer(await freePort(), rtosSystemArgs(), ['-icount', `shift=auto,rr=record,rrfile=${record}`]);
    await server.waitFor(/recording the run's inputs to /, 'stderr', 60_000);
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000);

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
    from = gdb.output.length;
    await gdb.run(['interrupt'], 60_000);
    await gdb.waitFor(/received signal SIGINT/, 60_000, from);
    await gdb.run(['detach'], 60_000);
    await gdb.quit();
    from = server.stdout.length;
    server.type('zvm info\r');
    await server.waitFor(SHELL_PROMPT, 'stdout', 120_000, from);
    server.type('\x01x'); // Ctrl-A x: the recording ends with the process
    const exit = await new Promise<number | null>((r) => (server.child.exitCode !== null ? r(server.child.exitCode) : server.child.once('exit', (c) => r(c))));
    expect(exit, why()).toBe(0);
    recorded = recordedConsole(server.stdout);
  }, 400_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

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
    const r = await replay(rtosSystemArgs(), record);
    const end = recordLines(record).at(-1)!;
    expect(r.stderr, r.stderr).toMatch(SAME);
    expect(SAME.exec(r.stderr)![2]).toBe(end.fh);
    expect(Number(SAME.exec(r.stderr)![1])).toBe(end.r);
    expect(r.stderr).not.toMatch(/diverged/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(recorded);
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
