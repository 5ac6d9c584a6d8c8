// `npm run bench`: the emulator's speed beside qemu-system-aarch64's, measured side by side
// in one run on the same ELF, plus the server's peak resident memory and GDB round trips.
//
//   npm run bench                 all measurements
//   npm run bench -- --runs 5     more repetitions (medians are reported)
//   npm run bench -- --only-elf   (or --only-linux, --only-overhead, --only-zvm, --only-gdb-vm, --only-reverse) one section
//   npm run bench -- --only-linux --only-overhead   both, with the estimated share of the TLB
//                                 and device paths in the Linux boot (from its --stats counts)
//
// Ours runs as the CLI (tools/cli.ts --stats) with ZVM_JIT set to each execution tier
// (interp, js, wasm) in turn, or unset for the default; the tier columns (share of the
// instructions run in compiled regions, regions compiled, compile time, peak RSS) come from
// its --stats lines. Our MIPS = instructions retired / wall seconds of the board's run loop.
// QEMU's MIPS = the same instruction count / (QEMU's wall time on bench.elf minus its wall
// time on bench-empty.elf, the same program with no rounds: start-up and exit cancel out).

import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linuxVmDtb, zvmSystemArgs } from '../src/zvm/system.ts';
import { IMAGES_DIR } from './build-zvm.ts';
import { ConsoleSession } from './console-session.ts';
import { buildGuests, REPO_ROOT } from './build-guests.ts';
import { ensureLinuxGuest, LINUX_MARKER_READY } from './linux-guest.ts';
import { measureOverhead, printOverhead, type OverheadCosts } from './bench-overhead.ts';
import { measureReverse, printReverse } from './bench-reverse.ts';
import { freePort, median, table, waitForPort } from './bench-util.ts';

const BOARD = ['-M', 'virt', '-cpu', 'cortex-a53', '-m', '128M', '-nographic'];
const RAM = 128 * 1024 * 1024;


/** Our CPU's execution tiers (ZVM_JIT, read by src/machine/cpu/block-cache.ts when it loads). */
type Tier = 'interp' | 'js' | 'wasm';

/** The three `--stats` lines of our CLI (src/cli/main.ts), parsed. */
interface CliStats {
  retired: number;
  /** Wall seconds of the run loop (after loading the images) and retired / that, in MIPS. */
  seconds: number;
  mips: number;
  dataWalks: number;
  fetchWalks: number;
  mmioReads: number;
  mmioWrites: number;
  /** Only counted with ZVM_COUNT_DATA_ACCESSES=1 (null otherwise). */
  dataAccesses: number | null;
  /** The tier the run used, the share (0..1) of instructions retired in compiled regions. */
  tier: Tier;
  compiledShare: number;
  regions: number;
  compileSeconds: number;
  peakRssMiB: number;
}

function parseCliStats(stderr: string): CliStats {
  const a = /stats: (\d+) instructions retired, board time \d+ ticks, ([0-9.]+) s wall, ([0-9.]+) MIPS/.exec(stderr);
  const b = /stats: (\d+) data \+ (\d+) fetch page-table walks, (\d+) \+ (\d+) MMIO reads \+ writes, (?:(\d+) data accesses|data accesses not counted)/.exec(stderr);
  const c = /stats: tier (interp|js|wasm): ([0-9.]+)% of instructions in compiled regions, (\d+) regions compiled (?:\(\d+ batches\) )?in ([0-9.]+) s, peak RSS (\d+) MiB/.exec(stderr);
  if (a === null || b === null || c === null) throw new Error(`our CLI printed no (or incomplete) --stats lines:\n${stderr.slice(-2000)}`);
  return {
    retired: Number(a[1]),
    seconds: Number(a[2]),
    mips: Number(a[3]),
    dataWalks: Number(b[1]),
    fetchWalks: Number(b[2]),
    mmioReads: Number(b[3]),
    mmioWrites: Number(b[4]),
    dataAccesses: b[5] === undefined ? null : Number(b[5]),
    tier: c[1] as Tier,
    compiledShare: Number(c[2]) / 100,
    regions: Number(c[3]),
    compileSeconds: Number(c[4]),
    peakRssMiB: Number(c[5]),
  };
}

/**
 * Runs a command until it exits (it must exit with 0). Returns the wall seconds to the first
 * stdout containing `marker` (NaN without one; an error if it never appears), total wall
 * seconds, stdout and stderr.
 */
function runToExit(cmd: string, args: string[], opts: { marker?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ toMarker: number; total: number; stdout: string; stderr: string }> {
  const { marker, env } = opts;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
    let out = '';
    let err = '';
    let toMarker = NaN;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('latin1');
      if (marker !== undefined && Number.isNaN(toMarker) && out.includes(marker)) toMarker = (performance.now() - t0) / 1000;
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('latin1')));
    child.on('error', reject);
    child.on('close', (code) => {
      const missed = marker !== undefined && Number.isNaN(toMarker);
      if (code !== 0 || missed) reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}${missed ? ', marker not seen' : ''}):\n${err.slice(-2000)}`));
      else resolve({ toMarker, total: (performance.now() - t0) / 1000, stdout: out, stderr: err });
    });
  });
}

/**
 * Runs our CLI (`tools/cli.ts <args> --stats`, a process of its own: the tier is fixed when
 * the CPU module loads) with ZVM_JIT=`tier`, or the program's default tier when `tier` is
 * undefined, plus `env`. Returns what runToExit does and the parsed --stats lines.
 */
async function runCli(args: string[], opts: { tier?: Tier; env?: Record<string, string>; marker?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  if (opts.tier === undefined) delete env.ZVM_JIT;
  else env.ZVM_JIT = opts.tier;
  const r = await runToExit(process.execPath, ['bin/zvm-gdbserver.js', ...args, '--stats'], { marker: opts.marker, env });
  const stats = parseCliStats(r.stderr);
  if (opts.tier !== undefined && stats.tier !== opts.tier) throw new Error(`ZVM_JIT=${opts.tier} ran tier ${stats.tier}`);
  return { ...r, stats };
}

type CliRun = Awaited<ReturnType<typeof runCli>>;

/** The per-tier columns of a run: share in compiled regions, regions, compile seconds, peak RSS. */
function tierColumns(s: Pick<CliStats, 'compiledShare' | 'regions' | 'compileSeconds' | 'peakRssMiB'>): string[] {
  return [`${(s.compiledShare * 100).toFixed(1)}%`, String(s.regions), s.compileSeconds.toFixed(2), String(s.peakRssMiB)];
}

const TIER_HEADERS = ['in compiled regions', 'regions compiled', 'compile, s', 'peak RSS, MiB'];

/** A live process's peak resident memory so far (VmHWM) in bytes; 0 once it has exited. */
function peakRssOf(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0; // the process has just exited
  }
}

/** Runs a command to completion; returns wall seconds, stdout and the peak RSS (VmHWM) in bytes. */
function runTimed(cmd: string, args: string[]): Promise<{ seconds: number; stdout: string; peakRss: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peakRss = 0;
    const poll = setInterval(() => (peakRss = Math.max(peakRss, peakRssOf(child.pid))), 50);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('latin1')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${cmd} exited with ${code}`));
      else resolve({ seconds: (performance.now() - t0) / 1000, stdout, peakRss });
    });
  });
}


/** Seconds GDB took for each timed command, measured inside GDB with its Python. */
async function gdbRoundTrips(server: string[], remote: 'remote' | 'extended-remote', elf: string): Promise<{ stepi: number; dump: number }> {
  const port = await freePort();
  const child = spawn(server[0], [...server.slice(1), '-gdb', `tcp::${port}`, '-S'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    await waitForPort(port);
    const timed = (label: string, cmd: string) => [
      '-ex', 'python import time; t0 = time.time()', '-ex', cmd, '-ex', `python print("${label}", time.time() - t0)`,
    ];
    const r = spawnSync(
      'gdb-multiarch',
      ['-nx', '-batch', '-ex', 'set pagination off', '-ex', `target ${remote} 127.0.0.1:${port}`,
        ...timed('STEPI', 'stepi 5000'),
        ...timed('DUMP', 'dump binary memory /dev/null 0x40000000 0x42000000'),
        '-ex', 'kill', elf],
      { encoding: 'utf8', timeout: 300_000 },
    );
    const get = (label: string) => {
      const m = new RegExp(`${label} ([0-9.e-]+)`).exec(r.stdout);
      if (m === null) throw new Error(`GDB measurement ${label} failed:\n${r.stdout}\n${r.stderr}`);
      return Number(m[1]);
    };
    return { stepi: get('STEPI'), dump: get('DUMP') };
  } finally {
    child.kill('SIGKILL');
  }
}


interface LatencyWindow {
  min: number;
  avg: number;
  max: number;
}

/** Merges RTOS logger windows (1000 periods each) into one min/avg/max. */
function mergeWindows(ws: LatencyWindow[]): LatencyWindow {
  return { min: Math.min(...ws.map((w) => w.min)), avg: ws.reduce((a, w) => a + w.avg, 0) / ws.length, max: Math.max(...ws.map((w) => w.max)) };
}

/**
 * The default system (hypervisor + RTOS + Linux) on one machine: boot times of both guests
 * and the RTOS control task's wake-up latency with the Linux VM idle at its shell, then
 * with two busy loops running in it (one per vCPU).
 */
async function zvmSystemFigures(machine: 'ours' | 'qemu', linux: { image: string; initrd: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-bench-'));
  const dtb = join(dir, 'linux-vm.dtb');
  writeFileSync(dtb, linuxVmDtb(statSync(linux.initrd).size, 'console=ttyAMA0 zvm.shell'));
  const args = zvmSystemArgs({
    host: join(IMAGES_DIR, 'zvm_host.elf'),
    rtosBin: join(IMAGES_DIR, 'rtos.bin'),
    linux: { image: linux.image, dtb, initrd: linux.initrd },
  });
  const t0 = performance.now();
  const con =
    machine === 'ours'
      ? new ConsoleSession(process.execPath, ['bin/zvm-gdbserver.js', ...args])
      : new ConsoleSession('qemu-system-aarch64', [...args, '-monitor', 'none']);
  const oneWindow = /\[zephyr_os-0\] logger: \d+ control periods, wake-up latency ticks min (\d+) avg (\d+) max (\d+)/;
  const windowsAfter = async (from: number, n: number): Promise<LatencyWindow[]> => {
    const ws: LatencyWindow[] = [];
    for (let pos = from; ws.length < n; ) {
      const m = await con.waitFor(oneWindow, 600_000, pos);
      ws.push({ min: Number(m[1]), avg: Number(m[2]), max: Number(m[3]) });
      pos += m.index + m[0].length;
    }
    return ws;
  };
  try {
    await con.waitFor('[zephyr_os-0] kernel: 7 threads created', 600_000);
    const rtosBoot = (performance.now() - t0) / 1000;
    await con.waitFor(`[linux_os-1] ${LINUX_MARKER_READY}`, 900_000);
    const linuxBoot = (performance.now() - t0) / 1000;
    const idle = mergeWindows(await windowsAfter(con.output.length, 2));
    con.type('zvm look 1\r');
    await con.waitFor('console attached to VM 1', 60_000);
    con.type('while :; do :; done &\rwhile :; do :; done &\r');
    await new Promise((r) => setTimeout(r, 500));
    con.type('\x18');
    const load = mergeWindows(await windowsAfter(con.output.length, 2));
    return { rtosBoot, linuxBoot, idle, load, peakRss: peakRssOf(con.pid) };
  } finally {
    await con.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type ZvmFigures = Awaited<ReturnType<typeof zvmSystemFigures>>;

function printZvmTable(zOurs: ZvmFigures, zQemu: ZvmFigures): void {
  const lat = (w: LatencyWindow) => `${w.min} / ${w.avg.toFixed(0)} / ${w.max}`;
  console.log('\ndefault system (built-in hypervisor, RTOS VM + Linux VM with 2 vCPUs, 4 CPUs; ours on its default tier):');
  console.log(
    table([
      ['measurement', 'zvm-gdbserver', 'qemu-system-aarch64', 'ratio'],
      ['RTOS guest boot (start to its threads), s', zOurs.rtosBoot.toFixed(2), zQemu.rtosBoot.toFixed(2), (zQemu.rtosBoot / zOurs.rtosBoot).toFixed(3)],
      ['Linux guest to its shell marker, s', zOurs.linuxBoot.toFixed(2), zQemu.linuxBoot.toFixed(2), (zQemu.linuxBoot / zOurs.linuxBoot).toFixed(3)],
      ['RTOS wake-up latency, Linux idle: min / avg / max ticks', lat(zOurs.idle), lat(zQemu.idle), ''],
      ['RTOS wake-up latency, Linux busy: min / avg / max ticks', lat(zOurs.load), lat(zQemu.load), ''],
      ['server peak RSS (VmHWM at the end), MiB', (zOurs.peakRss / 2 ** 20).toFixed(0), (zQemu.peakRss / 2 ** 20).toFixed(0), ''],
    ]),
  );
  console.log('(latency over 2000 control periods each, in 62.5 MHz counter ticks; on ours a tick is one retired instruction of the PE, so the figures are also instruction counts)');
}

/** A server booting the default system minus Linux, its console captured (drained so it never blocks). */
async function startRtosSystem(machine: 'ours' | 'qemu'): Promise<{ port: number; rtosCpu: number; output: () => string; stop: () => void }> {
  const port = await freePort();
  const args = [...zvmSystemArgs({ host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin') }), '-gdb', `tcp::${port}`];
  const child =
    machine === 'ours'
      ? spawn(process.execPath, ['bin/zvm-gdbserver.js', ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn('qemu-system-aarch64', [...args, '-monitor', 'none'], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('latin1')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('latin1')));
  const stop = () => child.kill('SIGKILL');
  const deadline = performance.now() + 600_000;
  while (!out.includes('[zephyr_os-0] kernel: 7 threads created')) {
    if (child.exitCode !== null || performance.now() > deadline) {
      stop();
      throw new Error(`${machine}: the RTOS VM did not start:\n${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const m = /created VM \d+ \(zephyr_os-0\): \d+ vCPU\(s\) on CPU (\d+)/.exec(out);
  return { port, rtosCpu: m ? Number(m[1]) : 1, output: () => out, stop };
}

/** Runs gdb-multiarch in batch mode with these -ex commands (asynchronously: the server's console keeps draining). */
function gdbBatch(commands: string[], timeoutMs = 600_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('gdb-multiarch', ['-nx', '-batch', ...commands.flatMap((c) => ['-ex', c])], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stdout, stderr });
    });
  });
}

const gdbTimed = (label: string, cmd: string) => ['python import time; t0 = time.time()', cmd, `python print("${label}", time.time() - t0)`];

function gdbFigure(r: { stdout: string; stderr: string }, label: string): number {
  const m = new RegExp(`${label} ([0-9.e-]+)`).exec(r.stdout);
  if (m === null) throw new Error(`GDB measurement ${label} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return Number(m[1]);
}

/**
 * GDB round trips on a VM of the default system (hypervisor + RTOS VM, no Linux): `stepi 5000`
 * on the RTOS vCPU and a 32 MiB dump of its RAM. Ours: inferior 2 (zephyr_os-0), thread 2.1,
 * the dump by guest virtual address (stage 1, MMU off, then stage 2 to PA 0x8000_0000).
 * QEMU: threads are CPUs, so the CPU running the RTOS, and the dump by physical address.
 */
async function gdbVmRoundTrips(machine: 'ours' | 'qemu'): Promise<{ stepi: number; dump: number; inferiors: string; steppedPcs: string }> {
  const sys = await startRtosSystem(machine);
  try {
    const common = ['set pagination off', 'set confirm off', 'set architecture aarch64', `target extended-remote 127.0.0.1:${sys.port}`, 'info inferiors'];
    const select =
      machine === 'ours'
        ? ['inferior 2', 'thread 2.1']
        : [`thread ${sys.rtosCpu + 1}`, 'maintenance packet Qqemu.PhyMemMode:1'];
    const base = machine === 'ours' ? '0x40000000' : '0x80000000';
    const end = machine === 'ours' ? '0x42000000' : '0x82000000';
    const r = await gdbBatch([
      ...common,
      ...select,
      'python print("PC0", hex(int(gdb.parse_and_eval("$pc"))))',
      ...gdbTimed('STEPI', 'stepi 5000'),
      'python print("PC1", hex(int(gdb.parse_and_eval("$pc"))))',
      ...gdbTimed('DUMP', `dump binary memory /dev/null ${base} ${end}`),
      'kill inferiors 1',
    ]);
    const pcs = [...r.stdout.matchAll(/PC[01] (0x[0-9a-f]+)/g)].map((m) => m[1]).join(' -> ');
    const inf = /Num\s+Description[\s\S]*?(?=\n[A-Z]|\nPC0)/.exec(r.stdout)?.[0] ?? '';
    return { stepi: gdbFigure(r, 'STEPI'), dump: gdbFigure(r, 'DUMP'), inferiors: inf, steppedPcs: pcs };
  } finally {
    sys.stop();
  }
}

/**
 * Breakpoint overhead on ours: the RTOS VM's progress per wall second while continuing, with
 * no breakpoints and with 100 breakpoints set in inferior 2 at addresses it never executes
 * (a page of its RAM past the image, IPA 0x4100_0000). Alternating intervals (0, 100, 0, 100,
 * ...) of `seconds` each, ended by an interrupt from a timer in GDB; progress = the two
 * RTOS threads' work counters (mostly the two CPU-bound background
 * threads) and the control task's periods.
 */
async function gdbVmBreakpointOverhead(rounds: number, seconds: number): Promise<{ none: { work: number; periods: number }; hundred: { work: number; periods: number }; hits: number }> {
  const sys = await startRtosSystem('ours');
  try {
    const sample =
      'python print("SAMPLE", sum(int(gdb.parse_and_eval(f"threads[{i}].work")) for i in range(int(gdb.parse_and_eval("nthreads")))), int(gdb.parse_and_eval("ctl.periods")))';
    // A timed continue: a timer thread interrupts GDB (SIGINT, as Ctrl-C would) after `seconds`.
    const interval = (label: string) => [
      'inferior 2',
      sample,
      `python import threading, os, signal; tm = threading.Timer(${seconds}, lambda: os.kill(os.getpid(), signal.SIGINT)); t0 = time.time(); tm.start()`,
      'continue',
      `python print("${label}", time.time() - t0)`,
      'inferior 2',
      sample,
    ];
    const bps = Array.from({ length: 100 }, (_, i) => `break *${0x4100_0000 + 4 * i}`);
    const cmds = [
      'set pagination off', 'set confirm off', 'set architecture aarch64', 'set breakpoint always-inserted on',
      `target extended-remote 127.0.0.1:${sys.port}`, 'inferior 2', 'add-symbol-file images/rtos.elf', 'python import time',
    ];
    for (let i = 0; i < rounds; i++) {
      cmds.push(...interval('NONE'));
      cmds.push('inferior 2', ...bps, 'python print("BPS", len([b for b in gdb.breakpoints()]))');
      cmds.push(...interval('HUNDRED'));
      cmds.push('delete');
    }
    cmds.push('info breakpoints', 'kill inferiors 1');
    const r = await gdbBatch(cmds, 60_000 + rounds * 2 * (seconds + 30) * 1000);
    if (process.env.BENCH_GDB_LOG) writeFileSync(process.env.BENCH_GDB_LOG, r.stdout + r.stderr);
    // Each interval prints SAMPLE, LABEL seconds, SAMPLE in order.
    const events = [...r.stdout.matchAll(/^(SAMPLE (\d+) (\d+)|(NONE|HUNDRED) ([0-9.e-]+))$/gm)];
    const acc = { NONE: { work: 0, periods: 0, s: 0 }, HUNDRED: { work: 0, periods: 0, s: 0 } };
    let hits = 0;
    for (let i = 0; i + 2 < events.length; i++) {
      const [a, l, b] = [events[i], events[i + 1], events[i + 2]];
      if (a[2] === undefined || l[4] === undefined || b[2] === undefined) continue;
      const k = l[4] as 'NONE' | 'HUNDRED';
      acc[k].work += Number(b[2]) - Number(a[2]);
      acc[k].periods += Number(b[3]) - Number(a[3]);
      acc[k].s += Number(l[5]);
      i += 2;
    }
    hits = (r.stdout.match(/Breakpoint \d+, /g) ?? []).length;
    if (acc.NONE.s === 0 || acc.HUNDRED.s === 0) throw new Error(`breakpoint overhead measurement failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    const rate = (x: { work: number; periods: number; s: number }) => ({ work: x.work / x.s, periods: x.periods / x.s });
    return { none: rate(acc.NONE), hundred: rate(acc.HUNDRED), hits };
  } finally {
    sys.stop();
  }
}

/** The VM rows: GDB on a VM of the default system (minus Linux), ours beside QEMU's gdbstub. */
async function printGdbVmTable(runs: number): Promise<void> {
  const ours: Awaited<ReturnType<typeof gdbVmRoundTrips>>[] = [];
  const qemu: Awaited<ReturnType<typeof gdbVmRoundTrips>>[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await gdbVmRoundTrips('ours'));
    qemu.push(await gdbVmRoundTrips('qemu'));
    console.error(`bench: GDB on a VM, run ${i + 1}: ours stepi ${ours[i].stepi.toFixed(2)} s dump ${ours[i].dump.toFixed(2)} s; QEMU stepi ${qemu[i].stepi.toFixed(2)} s dump ${qemu[i].dump.toFixed(2)} s`);
  }
  console.error('bench: GDB on a VM: round trips done; breakpoint overhead (3 x 2 intervals of 5 s)...');
  const bp = await gdbVmBreakpointOverhead(3, 5);
  const oStep = median(ours.map((r) => r.stepi));
  const qStep = median(qemu.map((r) => r.stepi));
  const oDump = median(ours.map((r) => r.dump));
  const qDump = median(qemu.map((r) => r.dump));
  const mb = 32 * 1.048576;
  console.log('\nGDB on a VM (default system without Linux: hypervisor + RTOS VM zephyr_os-0; same gdb-multiarch):');
  console.log(
    table([
      ['measurement', 'zvm-gdbserver', 'qemu-system-aarch64', 'ratio (ours/QEMU speed)'],
      ['stepi 5000 on the RTOS vCPU (ours: thread 2.1; QEMU: its CPU), steps/s', (5000 / oStep).toFixed(0), (5000 / qStep).toFixed(0), (qStep / oStep).toFixed(2)],
      ['dump 32 MiB of the RTOS RAM (ours: VA 0x40000000 via S1+S2; QEMU: PA 0x80000000), MB/s', (mb / oDump).toFixed(1), (mb / qDump).toFixed(1), (qDump / oDump).toFixed(2)],
    ]),
  );
  console.log(`(medians of ${runs} runs; stepped PCs, ours: ${ours[0].steppedPcs}; QEMU: ${qemu[0].steppedPcs})`);
  console.log(
    table([
      ['RTOS VM progress while continuing (ours)', 'no breakpoints', '100 breakpoints in inferior 2', 'ratio (100 / none)'],
      ['RTOS threads work (sum of k_thread.work), per s', bp.none.work.toFixed(0), bp.hundred.work.toFixed(0), (bp.hundred.work / bp.none.work).toFixed(3)],
      ['control periods, per s', bp.none.periods.toFixed(1), bp.hundred.periods.toFixed(1), (bp.hundred.periods / bp.none.periods).toFixed(3)],
    ]),
  );
  const ok = bp.hundred.work >= 0.9 * bp.none.work;
  console.log(`(3 alternating 5 s intervals each, breakpoints at IPA 0x41000000.. never executed (${bp.hits} hits); within 10%: ${ok ? 'yes' : 'NO'})`);
}

/** Our EL1 Linux run's `--stats` figures: the whole run (to power-off), and its event counts. */
interface LinuxCounts {
  insns: number;
  seconds: number;
  dataWalks: number;
  fetchWalks: number;
  mmioReads: number;
  mmioWrites: number;
  dataAccesses: number;
}

/**
 * Table rows for the counts of our EL1 boot (per million instructions) and, with the overhead
 * section's per-operation costs of this run, the estimated share of the TLB and device paths;
 * plus the line saying how the estimate was made.
 */
function linuxPathRows(k: LinuxCounts, costs: OverheadCosts | null): { rows: string[][]; note: string } {
  const perM = (n: number) => ((n / k.insns) * 1e6).toFixed(1);
  const walks = k.dataWalks + k.fetchWalks;
  const mmio = k.mmioReads + k.mmioWrites;
  const rows = [
    ['page-table walks per M insns (data + fetch)', `${perM(k.dataWalks)} + ${perM(k.fetchWalks)}`],
    ['MMIO accesses per M insns (reads + writes)', `${perM(k.mmioReads)} + ${perM(k.mmioWrites)}`],
    ['data accesses (TLB lookups) per M insns', perM(k.dataAccesses)],
  ];
  if (costs === null) return { rows, note: '(TLB and device share of the EL1 boot: run with --only-overhead too for the per-operation costs)' };
  const paths = (k.dataAccesses * costs.lookupNs + walks * costs.walkNs + mmio * costs.mmioOnNs) / 1e9;
  const over = paths / (k.seconds - paths);
  rows.push(['TLB and device paths (estimate), % over the rest', `${(over * 100).toFixed(1)}%`]);
  const m = (n: number) => (n / 1e6).toFixed(2);
  const note =
    `(EL1 estimate: ${m(k.dataAccesses)} M data accesses x ${costs.lookupNs.toFixed(1)} ns + ${m(walks)} M walks x ${costs.walkNs.toFixed(1)} ns + ` +
    `${m(mmio)} M MMIO x ${costs.mmioOnNs.toFixed(1)} ns (per-operation costs: the overhead section of this run, MMU on) = ${paths.toFixed(2)} s ` +
    `of the run's ${k.seconds.toFixed(2)} s (${(k.insns / 1e6).toFixed(0)} M insns to power-off): ${(over * 100).toFixed(1)}% over the other ${(k.seconds - paths).toFixed(2)} s)`;
  return { rows, note };
}

const LINUX_HEADERS = ['Linux to the shell marker', 'time, s', 'ratio (ours/QEMU speed)', 'M insns', 'MIPS', ...TIER_HEADERS];

/**
 * Debian's Linux to the shell marker, EL1 and EL2 (VHE + KVM), the same command line on both
 * machines: QEMU's median of 3 and ours on the default tier (the median of `runs`), their runs
 * alternated, then ours once on the other compiled tier (the interpreter would take many
 * minutes); and the counts of our EL1 boot.
 */
async function linuxFigures(linux: { image: string; initrd: string }, runs: number): Promise<{ rows: string[][]; el1: LinuxCounts | null }> {
  const rows: string[][] = [];
  let el1: LinuxCounts | null = null;
  for (const [label, machine, cpu] of [
    ['EL1 (cortex-a53)', 'virt,gic-version=3', 'cortex-a53'],
    ['EL2 VHE+KVM (max)', 'virt,virtualization=on,gic-version=3', 'max'],
  ]) {
    const args = ['-machine', machine, '-cpu', cpu, '-m', '512M', '-nographic', '-kernel', linux.image, '-initrd', linux.initrd, '-append', 'console=ttyAMA0'];
    // QEMU 3 times and the default tier `runs` times, alternated (the machine's load drifts:
    // both sides see the same), and the median run of each.
    const q: number[] = [];
    const defs: CliRun[] = [];
    for (let i = 0; i < Math.max(3, runs); i++) {
      if (i < 3) q.push((await runToExit('qemu-system-aarch64', args, { marker: LINUX_MARKER_READY })).toMarker);
      if (i < runs) defs.push(await runCli(args, { marker: LINUX_MARKER_READY }));
    }
    const qemu = median(q);
    rows.push([`${label}: qemu-system-aarch64 (median of 3)`, qemu.toFixed(2), '', '', '', '', '', '', '']);
    defs.sort((a, b) => a.toMarker - b.toMarker);
    const def = defs[(defs.length - 1) >> 1];
    const ours: CliRun[] = [def];
    for (const tier of ['js', 'wasm'] as const) if (tier !== def.stats.tier) ours.push(await runCli(args, { tier, marker: LINUX_MARKER_READY }));
    ours.sort((a, b) => a.stats.tier.localeCompare(b.stats.tier));
    for (const o of ours) {
      const s = o.stats;
      rows.push([
        `${label}: ours, ${s.tier}${o === def ? ` (default${runs > 1 ? `, median of ${runs}` : ''})` : ''}`,
        o.toMarker.toFixed(2), (qemu / o.toMarker).toFixed(3), (s.retired / 1e6).toFixed(0), s.mips.toFixed(1), ...tierColumns(s),
      ]);
    }
    if (cpu === 'cortex-a53') {
      // The counts come from a second, untimed run that counts data accesses (which costs
      // ~3% and only the js tier does: off in the timed runs); the time is the default run's.
      const counting = (await runCli(args, { tier: 'js', env: { ZVM_COUNT_DATA_ACCESSES: '1' }, marker: LINUX_MARKER_READY })).stats;
      if (counting.dataAccesses !== null) {
        el1 = {
          insns: counting.retired, seconds: def.stats.seconds, dataWalks: counting.dataWalks, fetchWalks: counting.fetchWalks,
          mmioReads: counting.mmioReads, mmioWrites: counting.mmioWrites, dataAccesses: counting.dataAccesses,
        };
      }
    }
  }
  return { rows, el1 };
}

/** The Linux table, its EL1 counts and the note on how their estimate was made. */
function printLinux(lf: { rows: string[][]; el1: LinuxCounts | null }, costs: OverheadCosts | null): void {
  console.log('\nDebian Linux, same command line on both machines (ours: the default tier: the median run of --runs, one run of the other tier; M insns, MIPS and the tier columns: the whole run to power-off):');
  console.log(table([LINUX_HEADERS, ...lf.rows]));
  if (lf.el1 === null) return;
  const paths = linuxPathRows(lf.el1, costs);
  console.log(table([['EL1 boot counts (ours, ZVM_JIT=js ZVM_COUNT_DATA_ACCESSES=1)', 'zvm-gdbserver'], ...paths.rows]));
  console.log(paths.note);
}

const BENCH_HEADERS = ['bench.elf (CPU-bound)', 'MIPS', 'ratio (ours/QEMU speed)', 'process wall, s', ...TIER_HEADERS];
const TIERS: readonly Tier[] = ['interp', 'js', 'wasm'];

/**
 * bench.elf on each of our tiers (CLI runs, interleaved; medians, peak RSS the largest) and
 * on QEMU. Our MIPS: the CLI's --stats (instructions retired / wall seconds of the run loop).
 * QEMU's: our instruction count for the rounds / (QEMU's wall time on bench.elf minus on
 * bench-empty.elf). Table rows, and the figures the other lines need.
 */
async function benchElfFigures(bench: string, empty: string, runs: number) {
  const byTier = new Map<Tier, CliRun[]>(TIERS.map((t) => [t, []]));
  for (let i = 0; i < runs; i++) for (const tier of TIERS) byTier.get(tier)!.push(await runCli([...BOARD, '-kernel', bench], { tier }));
  const emptyRun = await runCli([...BOARD, '-kernel', empty]);
  const defaultTier = emptyRun.stats.tier;
  const first = byTier.get('interp')![0];
  const work = first.stats.retired - emptyRun.stats.retired;

  // QEMU on the same ELFs, interleaved with nothing else.
  const qBench: number[] = [];
  const qEmpty: number[] = [];
  let qemuOut = '';
  let qemuRss = 0;
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const r = await runTimed('qemu-system-aarch64', [...BOARD, '-kernel', bench]);
    qBench.push(r.seconds);
    qemuOut = r.stdout;
    qemuRss = Math.max(qemuRss, r.peakRss);
    qEmpty.push((await runTimed('qemu-system-aarch64', [...BOARD, '-kernel', empty])).seconds);
  }
  for (const r of [...byTier.values()].flat()) {
    if (r.stdout !== qemuOut) throw new Error(`QEMU and our emulator (tier ${r.stats.tier}) printed different output for bench.elf`);
    if (r.stats.retired !== first.stats.retired) throw new Error(`tier ${r.stats.tier} retired ${r.stats.retired} instructions, interp ${first.stats.retired}`);
  }
  const qemuWork = Math.max(median(qBench) - median(qEmpty), 1e-3);
  const qemuMips = work / qemuWork / 1e6;
  const qemuWall = median(qBench);

  const peakRssMiB = new Map<Tier, number>();
  const rows = TIERS.map((tier) => {
    const rs = byTier.get(tier)!;
    const mid = (f: (s: CliStats) => number) => median(rs.map((r) => f(r.stats)));
    const mips = mid((s) => s.mips);
    const wall = median(rs.map((r) => r.total));
    peakRssMiB.set(tier, Math.max(...rs.map((r) => r.stats.peakRssMiB)));
    return [
      `zvm-gdbserver, ${tier}${tier === defaultTier ? ' (default)' : ''}`, mips.toFixed(1), (mips / qemuMips).toFixed(3), wall.toFixed(2),
      ...tierColumns({ compiledShare: mid((s) => s.compiledShare), regions: mid((s) => s.regions), compileSeconds: mid((s) => s.compileSeconds), peakRssMiB: peakRssMiB.get(tier)! }),
    ];
  });
  rows.push(['qemu-system-aarch64', qemuMips.toFixed(0), '', qemuWall.toFixed(2), '', '', '', (qemuRss / 2 ** 20).toFixed(0)]);
  return { rows, retired: first.stats.retired, work, qemuWork, peakRssMiB };
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--runs <n>', 'repetitions per measurement', '3')
    .option('--only-elf', 'only bench.elf on each tier beside QEMU, and the GDB round trips on gdbdemo.elf')
    .option('--only-zvm', 'only the default-system figures (hypervisor + RTOS + Linux)')
    .option('--only-gdb-vm', 'only the GDB-on-a-VM figures (hypervisor + RTOS VM, ours beside QEMU)')
    .option('--only-linux', 'only the Linux boot figures (EL1 and EL2, ours beside QEMU); with --only-overhead, both')
    .option('--only-overhead', 'only the TLB and device overhead over the bare interpreter (ours)')
    .option('--only-reverse', 'only reverse debugging (reverse-stepi, reverse-continue), ours beside QEMU record/replay')
    .parse(process.argv)
    .opts();
  const runs = Math.max(1, Number(opts.runs));
  if (opts.onlyZvm) {
    printZvmTable(await zvmSystemFigures('ours', ensureLinuxGuest({ quiet: true })), await zvmSystemFigures('qemu', ensureLinuxGuest({ quiet: true })));
    return;
  }
  if (opts.onlyGdbVm) {
    await printGdbVmTable(runs);
    return;
  }
  if (opts.onlyReverse) {
    printReverse(await measureReverse(runs));
    return;
  }
  if (opts.onlyLinux || opts.onlyOverhead) {
    // The overhead section first: its per-operation costs go into the Linux estimate.
    const overhead = opts.onlyOverhead ? measureOverhead(runs) : null;
    if (opts.onlyLinux) {
      printLinux(await linuxFigures(ensureLinuxGuest({ quiet: true }), runs), overhead?.costs ?? null);
    }
    if (overhead !== null) printOverhead(overhead);
    return;
  }
  const elfs = await buildGuests();
  const bench = elfs['bench'];
  const empty = elfs['bench-empty'];

  // bench.elf on each of our tiers and on QEMU.
  const be = await benchElfFigures(bench, empty, runs);

  // GDB round trips against both servers: 5000 single steps and a 32 MiB memory dump.
  const demo = elfs['gdbdemo'];
  const ourGdb = await gdbRoundTrips([process.execPath, 'bin/zvm-gdbserver.js', ...BOARD, '-kernel', demo], 'extended-remote', demo);
  const qemuGdb = await gdbRoundTrips(['qemu-system-aarch64', ...BOARD, '-kernel', demo], 'remote', demo);

  const printElf = () => {
    console.log(`bench.elf: ${be.retired.toLocaleString('en-US')} instructions (${be.work.toLocaleString('en-US')} in the rounds), output identical on every tier and QEMU\n`);
    console.log(table([BENCH_HEADERS, ...be.rows]));
    const budget = RAM / 2 ** 20 + 150;
    const rss = [...be.peakRssMiB].map(([tier, m]) => `${tier} ${m}`).join(', ');
    const within = [...be.peakRssMiB.values()].every((m) => m <= budget);
    console.log(`server peak RSS running bench.elf, MiB: ${rss} (guest RAM ${RAM / 2 ** 20} MiB; budget RAM + 150 MiB: ${within ? 'within' : 'EXCEEDED'})\n`);
    console.log(
      table([
        ['GDB on gdbdemo.elf (ours: default tier)', 'zvm-gdbserver', 'qemu-system-aarch64', 'ratio (ours/QEMU speed)'],
        ['GDB stepi 5000, steps/s', (5000 / ourGdb.stepi).toFixed(0), (5000 / qemuGdb.stepi).toFixed(0), (qemuGdb.stepi / ourGdb.stepi).toFixed(2)],
        ['GDB dump 32 MiB, MB/s', (32 * 1.048576 / ourGdb.dump).toFixed(1), (32 * 1.048576 / qemuGdb.dump).toFixed(1), (qemuGdb.dump / ourGdb.dump).toFixed(2)],
      ]),
    );
  };
  const footer = `medians of ${runs} runs (QEMU: ${Math.max(runs, 5)}); QEMU time on the rounds alone: ${(be.qemuWork * 1000).toFixed(0)} ms`;
  if (opts.onlyElf) {
    printElf();
    console.log(footer);
    return;
  }

  // Debian's Linux to the shell marker, same command line on both (EL1, and EL2 with VHE + KVM).
  const linux = ensureLinuxGuest({ quiet: true });
  const lf = await linuxFigures(linux, runs);
  // The overhead section's per-operation costs, for the Linux estimate (printed last).
  const overhead = measureOverhead(runs);

  // The default system: hypervisor + RTOS + Linux, side by side on both machines.
  const zOurs = await zvmSystemFigures('ours', linux);
  const zQemu = await zvmSystemFigures('qemu', linux);

  printElf();
  printLinux(lf, overhead.costs);
  printZvmTable(zOurs, zQemu);
  await printGdbVmTable(runs);
  printReverse(await measureReverse(runs));
  printOverhead(overhead);
  console.log(footer);
}

await main();
