// The JavaScript heap's allocation rate of the emulator in a steady state: runs the default
// system (hypervisor + RTOS VM, no GDB) or the command line given after `--` under
// `node --trace-gc`, waits for the RTOS's `tick 1000 Hz` banner (or --warmup seconds from the
// start with other arguments) and --warmup seconds more, then, over --seconds, adds up what
// the scavenges freed. Past the warm-up nothing survives a scavenge for long, so that is
// what the run loop allocated. Also prints the GC pauses and the main thread's CPU time
// (Linux /proc) over the same window.
//
//   npx tsx tools/alloc-rate.ts [--seconds 20] [--warmup 5] [-- <zvm-gdbserver arguments>]

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { CLI_PATH } from '../test/helpers/qemu.ts';
import { rtosSystemArgs } from '../test/helpers/system-server.ts';
import { REPO_ROOT } from './build-guests.ts';

const program = new Command()
  .option('--seconds <n>', 'length of the measured window', '20')
  .option('--warmup <n>', 'seconds skipped after the RTOS banner (or the start)', '5')
  .argument('[args...]', 'zvm-gdbserver arguments (default: the hypervisor with its RTOS VM)')
  .parse();
const o = program.opts<{ seconds: string; warmup: string }>();
const seconds = Number(o.seconds);
const warmup = Number(o.warmup);
for (const [name, v] of [['--seconds', seconds], ['--warmup', warmup]] as const) {
  if (!Number.isFinite(v) || v <= 0) {
    process.stderr.write(`alloc-rate: ${name} needs a number above 0\n`);
    process.exit(2);
  }
}
const custom = program.args.length > 0;
const args = custom ? program.args : rtosSystemArgs();

/** "[pid:0x...]  12345 ms: Scavenge 40.7 (60.8) -> 27.9 (60.8) MB, 0.28 / 0.00 ms ..." */
const GC_LINE = /\s(\d+) ms: (Scavenge|Mark-Compact|Mark-Sweep)\S* ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB, ([\d.]+) \//;

interface Window {
  scavenges: number;
  freedMb: number;
  fullGcs: number;
  pauseMs: number;
}
const w: Window = { scavenges: 0, freedMb: 0, fullGcs: 0, pauseMs: 0 };
let measuring = false;

const child = spawn(process.execPath, ['--trace-gc', CLI_PATH, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
/** The main thread's CPU time in seconds (its task's schedstat: run time in ns), or NaN off Linux. */
function mainThreadCpu(): number {
  try {
    return Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/schedstat`, 'latin1').split(' ')[0]) / 1e9;
  } catch {
    return NaN;
  }
}

let pending = '';
let started = false;
child.stdout!.on('data', (d: Buffer) => {
  pending += d.toString('latin1');
  const lines = pending.split('\n');
  pending = lines.pop()!;
  for (const line of lines) {
    if (!started && !custom && line.includes('tick 1000 Hz')) start();
    const m = GC_LINE.exec(line);
    if (m === null || !measuring) continue;
    w.pauseMs += Number(m[5]);
    if (m[2] === 'Scavenge') {
      w.scavenges++;
      w.freedMb += Number(m[3]) - Number(m[4]);
    } else w.fullGcs++;
  }
});
child.on('exit', (code) => {
  if (!done) {
    process.stderr.write(`alloc-rate: the server exited (${code}) before the window ended\n`);
    process.exit(1);
  }
});
if (custom) start();

let done = false;
function start(): void {
  started = true;
  setTimeout(() => {
    const cpu0 = mainThreadCpu();
    const t0 = Date.now();
    measuring = true;
    setTimeout(() => {
      measuring = false;
      done = true;
      const wall = (Date.now() - t0) / 1000;
      const cpu = mainThreadCpu() - cpu0;
      child.kill();
      const out = [
        `alloc-rate: ${(w.freedMb / wall).toFixed(2)} MB/s freed by ${w.scavenges} scavenges (${w.freedMb.toFixed(1)} MB) over ${wall.toFixed(1)} s`,
        `alloc-rate: ${w.fullGcs} full GCs, ${w.pauseMs.toFixed(1)} ms of GC pauses; main thread ${cpu.toFixed(1)} s of CPU`,
      ];
      process.stdout.write(out.join('\n') + '\n');
    }, seconds * 1000);
  }, warmup * 1000);
}
