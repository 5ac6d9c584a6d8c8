// `npm run bench -- --only-reverse`: reverse debugging on our board and on QEMU's record/replay,
// the same workload on both: gdbdemo.elf with spin() set to 625,000 iterations (10 M
// instructions; set in a copy of the ELF, because GDB must not write to a QEMU replay), one
// Cortex-A53, 128 MiB. From the line after spin(), timed inside GDB: reverse-continue to the
// last write of `counter` (a few instructions back), reverse-stepi 20 times, reverse-continue
// to the last write of results[3] (made before spin(), about 10 M instructions back).
//
// Ours: the server with -S and GDB's extended-remote; it goes back from its in-memory
// checkpoints. QEMU: the run is recorded first (`-icount shift=auto,rr=record,rrfile=F,
// rrsnapshot=init`, with a qcow2 drive to hold the snapshot), then replayed under its GDB
// stub; it goes back by loading that snapshot and replaying forward.
// Then, ours only (QEMU's stub does not follow a VM), the default system with Linux:
// tools/reverse-bench.ts --system --linux, which also runs this workload on ours alone
// (other spin() lengths, --reverse-memory).

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './build-guests.ts';
import { freePort, median, table, waitForPort } from './bench-util.ts';

const BOARD = ['-M', 'virt', '-cpu', 'cortex-a53', '-m', '128M', '-nographic'];
const SPIN_ITERATIONS = 625_000;

/** One run's figures (milliseconds) and where each reverse-continue stopped. */
export interface ReverseRun {
  toAfterSpin: number;
  backToCounter: number;
  counter: string;
  stepMedian: number;
  stepMax: number;
  backToResults: number;
  resultsStop: string;
}

const SCRIPT = `
import time, statistics
def timed(cmd):
    t = time.time()
    gdb.execute(cmd, to_string=True)
    return (time.time() - t) * 1000
gdb.execute("tbreak gdbdemo.c:58")
print("R toAfterSpin %.1f" % timed("continue"))
gdb.execute("watch counter")
print("R backToCounter %.1f" % timed("reverse-continue"))
print("R counter %s" % gdb.parse_and_eval("counter"))
gdb.execute("delete")
steps = [timed("reverse-stepi") for _ in range(20)]
print("R stepMedian %.1f" % statistics.median(steps))
print("R stepMax %.1f" % max(steps))
gdb.execute("watch results[3]")
print("R backToResults %.1f" % timed("reverse-continue"))
print("R resultsStop %s" % gdb.execute("x/i $pc", to_string=True).strip().replace("=> ", ""))
`;

/** gdbdemo.elf with spin_iterations patched in the file (GDB's `set write on`). */
function workloadElf(dir: string, iterations = SPIN_ITERATIONS): string {
  const elf = join(dir, 'gdbdemo-spin.elf');
  copyFileSync(join(REPO_ROOT, 'build', 'guests', 'gdbdemo.elf'), elf);
  const r = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', 'set write on', '-ex', `file ${elf}`, '-ex', `set var spin_iterations = ${iterations}`, '-ex', 'p spin_iterations'], { encoding: 'utf8' });
  if (!r.stdout.includes(`= ${iterations}`)) throw new Error(`could not patch ${elf}:\n${r.stdout}\n${r.stderr}`);
  return elf;
}

/** Runs the script in GDB against a server already started on `port`; its figures. */
async function gdbScript(dir: string, elf: string, remote: 'remote' | 'extended-remote', port: number): Promise<ReverseRun> {
  const py = join(dir, 'reverse.py');
  writeFileSync(py, SCRIPT);
  const out = await new Promise<string>((resolve) => {
    const gdb = spawn('gdb-multiarch', ['-nx', '-batch', '-ex', 'set pagination off', '-ex', `target ${remote} 127.0.0.1:${port}`, '-ex', `source ${py}`, elf], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    gdb.stdout.on('data', (d: Buffer) => (text += d.toString()));
    gdb.stderr.on('data', (d: Buffer) => (text += d.toString()));
    const timer = setTimeout(() => gdb.kill('SIGKILL'), 600_000);
    gdb.on('close', () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
  const get = (key: string): string => {
    const m = new RegExp(`^R ${key} (.*)$`, 'm').exec(out);
    if (m === null) throw new Error(`reverse benchmark: no ${key} from GDB:\n${out.slice(-3000)}`);
    return m[1]!.trim();
  };
  const n = (key: string) => Number(get(key));
  return {
    toAfterSpin: n('toAfterSpin'),
    backToCounter: n('backToCounter'),
    counter: get('counter'),
    stepMedian: n('stepMedian'),
    stepMax: n('stepMax'),
    backToResults: n('backToResults'),
    resultsStop: get('resultsStop'),
  };
}

async function oursOnce(dir: string, elf: string, serverArgs: readonly string[] = []): Promise<ReverseRun> {
  const port = await freePort();
  const server = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'zvm-gdbserver.js'), ...BOARD, '-kernel', elf, '-gdb', `tcp::${port}`, '-S', ...serverArgs], { stdio: 'ignore' });
  try {
    await waitForPort(port);
    return await gdbScript(dir, elf, 'extended-remote', port);
  } finally {
    server.kill('SIGKILL');
  }
}

/** QEMU: records the whole run (its seconds), then replays it under GDB. */
async function qemuOnce(dir: string, elf: string): Promise<ReverseRun & { recordSeconds: number }> {
  const disk = join(dir, 'snapshots.qcow2');
  rmSync(disk, { force: true });
  const img = spawnSync('qemu-img', ['create', '-f', 'qcow2', disk, '16M'], { encoding: 'utf8' });
  if (img.status !== 0) throw new Error(`qemu-img: ${img.stderr}`);
  const rr = (mode: 'record' | 'replay') => ['-icount', `shift=auto,rr=${mode},rrfile=${join(dir, 'qemu.rr')},rrsnapshot=init`, '-drive', `file=${disk},if=none,id=rr`, '-net', 'none', '-monitor', 'none'];
  const t0 = performance.now();
  const rec = spawnSync('qemu-system-aarch64', [...BOARD, '-kernel', elf, ...rr('record')], { encoding: 'utf8', timeout: 300_000 });
  const recordSeconds = (performance.now() - t0) / 1000;
  if (!rec.stdout.includes('gdbdemo: done')) throw new Error(`QEMU's recording did not finish:\n${rec.stdout.slice(-2000)}\n${rec.stderr.slice(-2000)}`);
  const port = await freePort();
  const server = spawn('qemu-system-aarch64', [...BOARD, '-kernel', elf, ...rr('replay'), '-gdb', `tcp::${port}`, '-S'], { stdio: 'ignore' });
  try {
    await waitForPort(port);
    return { ...(await gdbScript(dir, elf, 'remote', port)), recordSeconds };
  } finally {
    server.kill('SIGKILL');
  }
}

/** The workload once on ours alone (tools/reverse-bench.ts), with `iterations` of spin() and extra server options. */
export async function reverseOnOurs(iterations: number, serverArgs: readonly string[]): Promise<ReverseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-reverse-ours-'));
  try {
    return await oursOnce(dir, workloadElf(dir, iterations), serverArgs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ReverseFigures {
  ours: ReverseRun[];
  qemu: (ReverseRun & { recordSeconds: number })[];
  /** tools/reverse-bench.ts --system --linux's figure lines (ours only: QEMU's stub does not follow a VM). */
  system: string[];
}

/**
 * `runs` runs of the workload on each machine, alternated; then once the default system
 * with Linux, in its RTOS VM (tools/reverse-bench.ts --system --linux).
 */
export async function measureReverse(runs: number): Promise<ReverseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-bench-reverse-'));
  try {
    const elf = workloadElf(dir);
    const figures: ReverseFigures = { ours: [], qemu: [], system: [] };
    for (let i = 0; i < runs; i++) {
      figures.ours.push(await oursOnce(dir, elf));
      figures.qemu.push(await qemuOnce(dir, elf));
    }
    const sys = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tools', 'reverse-bench.ts'), '--system', '--linux'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 1_200_000 });
    figures.system = sys.stdout.split('\n').filter((l) => l.startsWith('BENCH'));
    if (figures.system.length === 0) throw new Error(`reverse-bench --system --linux gave no figures:\n${sys.stdout.slice(-2000)}\n${sys.stderr.slice(-2000)}`);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printReverse(f: ReverseFigures): void {
  const row = (label: string, pick: (r: ReverseRun) => number) => {
    const o = median(f.ours.map(pick));
    const q = median(f.qemu.map(pick));
    return [label, o.toFixed(1), q.toFixed(1), (q / o).toFixed(2)];
  };
  console.log(`\nreverse debugging, gdbdemo.elf with spin() at ${SPIN_ITERATIONS.toLocaleString('en-US')} iterations (10 M instructions), one CPU; ours from its checkpoints, QEMU replaying its recording:`);
  console.log(
    table([
      ['GDB command, ms', 'zvm-gdbserver', 'QEMU rr replay', 'ratio (ours/QEMU speed)'],
      row('continue to the line after spin()', (r) => r.toAfterSpin),
      row('reverse-continue to the last write of counter', (r) => r.backToCounter),
      row('reverse-stepi, median of 20', (r) => r.stepMedian),
      row('reverse-stepi, max of 20', (r) => r.stepMax),
      row('reverse-continue to the last write of results[3], ~10 M back', (r) => r.backToResults),
    ]),
  );
  const q = f.qemu[0]!;
  const o = f.ours[0]!;
  console.log(`(medians of ${f.ours.length} runs; QEMU's recording beforehand: ${median(f.qemu.map((r) => r.recordSeconds)).toFixed(2)} s)`);
  console.log(`where the watchpoints stopped: ours counter = ${o.counter}, at ${o.resultsStop}; QEMU counter = ${q.counter}, at ${q.resultsStop}`);
  console.log('the default system with Linux at its shell (4 CPUs, 3 GiB), in the RTOS VM, ours (tools/reverse-bench.ts --system --linux):');
  for (const line of f.system) console.log(`  ${line.replace(/^BENCH /, '')}`);
}
