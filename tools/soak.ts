// Soak test of the GDB server on the default system (hypervisor + RTOS VM): for N minutes,
// round after round (the board running freely a second between them), a gdb-multiarch attaches, reads RTOS variables, dumps RTOS memory to
// a file, types into the hypervisor's console with `monitor uart` and detaches; a raw
// client reads 1 MiB of memory in 64 KiB packets and leaves; text is typed into the
// server's own console (UART0 on its stdin): a hypervisor shell command, and a command
// into the RTOS VM's console (`zvm look 0`, whose answer is awaited, then Ctrl+X).
// Meanwhile the server's RSS and the RTOS's own report of its wake-up latency (in guest
// ticks) and how often it reports (guest progress per wall-clock second) are recorded;
// first the same figures over a baseline with no clients, to compare with.
//
//   npm run soak -- --minutes 10 [--interval 5] [--baseline 60]
// Prints one line per sample and a summary; exit status 1 if a round failed or the
// server died.

import { readFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { freePort, haveGdb, RawRsp, runGdbBatch } from '../test/helpers/gdb.ts';
import { SystemServer } from '../test/helpers/system-server.ts';
import { IMAGES_DIR } from './build-zvm.ts';

const program = new Command()
  .option('--minutes <n>', 'how long to run', '5')
  .option('--interval <s>', 'seconds between samples', '5')
  .option('--baseline <s>', 'seconds of free running without clients first, for the latency baseline', '60')
  .parse();
const o = program.opts<{ minutes: string; interval: string; baseline: string }>();
const minutes = Number(o.minutes);
const interval = Number(o.interval) * 1000;
const baselineMs = Number(o.baseline) * 1000;
for (const [name, v] of [['--minutes', minutes], ['--interval', interval], ['--baseline', baselineMs]] as const) {
  if (!Number.isFinite(v) || v < 0) {
    process.stderr.write(`soak: ${name} needs a number of at least 0\n`);
    process.exit(2);
  }
}

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
/** "[zephyr_os-0] logger: N control periods, wake-up latency ticks min a avg b max c" */
const LOGGER = /\[zephyr_os-0\] logger: (\d+) control periods, wake-up latency ticks min (\d+) avg (\d+) max (\d+)/g;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** One gdb-multiarch session: attach, read, dump memory, type, detach. */
async function gdbRound(port: number, dir: string, round: number): Promise<string | undefined> {
  const dump = join(dir, `rtos-${round}.bin`);
  const r = await runGdbBatch(
    port,
    HOST,
    ['inferior 2', 'print ctl.periods', `dump binary memory ${dump} (long)&ctl (long)&ctl+4096`, 'inferior 1', 'monitor uart 0 "zvm info\\r"', 'info threads'],
    120_000,
  );
  if (r.code !== 0 || r.timedOut) return `gdb round ${round}: exit ${r.code}${r.timedOut ? ' (timed out)' : ''}\n${r.out.slice(-1500)}`;
  if (!/\$1 = \d+/.test(r.out)) return `gdb round ${round}: no ctl.periods\n${r.out.slice(-1500)}`;
  if (statSync(dump, { throwIfNoEntry: false })?.size !== 4096) return `gdb round ${round}: no memory dump`;
  rmSync(dump);
  return undefined;
}

/** A raw client reading 1 MiB of RAM in 64 KiB packets, then detaching (a connection
 *  that just drops leaves the board stopped, as QEMU does). */
async function rawRound(port: number): Promise<string | undefined> {
  const raw = await RawRsp.connect(port);
  try {
    raw.sendPacket('QStartNoAckMode');
    await raw.expect(/\$OK#9a/, 30_000);
    raw.write('+');
    for (let i = 0; i < 16; i++) {
      raw.sendPacket(`m${(0x40000000 + i * 0x10000).toString(16)},10000`);
      await raw.expect(/\$[0-9a-f]{131072}#[0-9a-f]{2}/, 60_000);
    }
    raw.sendPacket('D');
    await raw.expect(/\$OK#9a/, 30_000);
    return undefined;
  } catch (e) {
    return `raw round: ${(e as Error).message.slice(0, 300)}`;
  } finally {
    await raw.close();
  }
}

/** The RTOS logger's reports in `text`: how many, and the largest wake-up latency. */
function loggerReports(text: string): { reports: number; worst: number; lastPeriods: number } {
  let reports = 0;
  let worst = 0;
  let lastPeriods = 0;
  for (const m of text.matchAll(LOGGER)) {
    reports++;
    lastPeriods = Number(m[1]);
    worst = Math.max(worst, Number(m[4]));
  }
  return { reports, worst, lastPeriods };
}

/** Types a command into the RTOS VM's console through the hypervisor shell and waits for its answer. */
async function vmConsoleRound(server: SystemServer, round: number): Promise<string | undefined> {
  const from = server.stdout.length;
  server.type('zvm look 0\ruptime\r\x18');
  try {
    await server.waitFor(/uptime: \d+ ticks/, 'stdout', 60_000, from);
    await server.waitFor(/zvm: console detached/, 'stdout', 60_000, from);
    return undefined;
  } catch (e) {
    return `VM console round ${round}: ${(e as Error).message.slice(0, 300)}\n${server.stdout.slice(-1000)}`;
  }
}

async function main(): Promise<number> {
  if (!haveGdb()) {
    process.stderr.write('soak: gdb-multiarch is needed\n');
    return 1;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zvm-soak-'));
  const server = new SystemServer(await freePort());
  const failures: string[] = [];
  try {
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    const pid = server.child.pid!;
    // The baseline: the board running with no client and no input.
    const baselineFrom = server.stdout.length;
    const baselineRss = rssMB(pid);
    await sleep(baselineMs);
    const base = loggerReports(server.stdout.slice(baselineFrom));
    process.stdout.write(
      `baseline: ${(baselineMs / 1000).toFixed(0)} s without clients: RSS ${baselineRss} -> ${rssMB(pid)} MB, ${(base.reports / (baselineMs / 1000)).toFixed(2)} RTOS reports/s, ` +
        `wake-up latency max ${base.reports > 0 ? base.worst : '-'} ticks\n`,
    );
    const rss: number[] = [];
    const latencyMax: number[] = [];
    let logged = 0;
    let seen = server.stdout.length; // the rounds' samples start after the baseline
    const end = Date.now() + minutes * 60_000;
    let round = 0;
    let lastSample = Date.now();
    process.stdout.write('time_s  rss_MB  rtos_reports/s  rtos_latency_max_ticks  rounds  failures\n');
    const started = Date.now();
    // One client after the other (a detach lets the board run on only when no other
    // debugger is attached), a second of free running between rounds; samples are taken
    // between rounds.
    while (Date.now() < end && server.child.exitCode === null) {
      round++;
      for (const f of [await gdbRound(server.port, dir, round), await rawRound(server.port)]) if (f !== undefined) failures.push(f);
      server.type(`zvm info\r`);
      const typed = await vmConsoleRound(server, round);
      if (typed !== undefined) failures.push(typed);
      if (Date.now() - lastSample >= interval) {
        const text = server.stdout.slice(seen);
        seen = server.stdout.length;
        const { reports, worst, lastPeriods } = loggerReports(text);
        if (reports > 0) logged = lastPeriods;
        const seconds = (Date.now() - lastSample) / 1000;
        lastSample = Date.now();
        rss.push(rssMB(pid));
        if (reports > 0) latencyMax.push(worst);
        process.stdout.write(
          `${((Date.now() - started) / 1000).toFixed(0).padStart(6)}  ${String(rss.at(-1)).padStart(6)}  ${(reports / seconds).toFixed(2).padStart(14)}  ${String(reports > 0 ? worst : '-').padStart(22)}  ${String(round).padStart(6)}  ${String(failures.length).padStart(8)}\n`,
        );
      }
      await sleep(1000);
    }
    if (server.child.exitCode !== null) failures.push(`server exited with ${server.child.exitCode}`);
    const rssEnd = rssMB(pid);
    process.stdout.write(
      `summary: ${round} rounds in ${((Date.now() - started) / 60_000).toFixed(1)} min; RSS first ${rss[0]} MB, max ${Math.max(...rss)} MB, last ${rssEnd} MB; ` +
        `RTOS control periods logged ${logged}, wake-up latency max per sample ${latencyMax.length > 0 ? `${Math.min(...latencyMax)}-${Math.max(...latencyMax)}` : '-'} ticks ` +
        `(baseline max ${base.reports > 0 ? base.worst : '-'}); ${failures.length} failures\n`,
    );
    for (const f of failures.slice(0, 10)) process.stdout.write(`failure: ${f}\n`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exit(await main());
