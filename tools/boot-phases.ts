// Where the wall time of a Linux boot on our board goes, by phase of the boot: each console
// line is stamped with the host's clock as it arrives, and Linux stamps it with its own
// clock, which on our board counts retired instructions (62.5 MHz, one tick each). Between
// two stamped lines at least `--gap` seconds of wall time apart, the speed of that stretch
// is (guest seconds x 62.5 M) / wall seconds, in MIPS (one PE; with several PEs it is the
// PE-time, not the instructions of all). The first stretch starts at the process's start
// and ends at the first stamped line, which Linux prints only once its console is up.
// Usage: npx tsx tools/boot-phases.ts [--gap S] [-- CLI options]   (default: the EL1 boot
//        of the benchmark, Debian's kernel to its shell on one cortex-a53)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './build-guests.ts';
import { ensureLinuxGuest } from './linux-guest.ts';

const COUNTER_HZ = 62.5e6;
const gapAt = process.argv.indexOf('--gap');
const gap = gapAt >= 0 ? Number(process.argv[gapAt + 1]) : 0.15;
const dashes = process.argv.indexOf('--');
let args: string[];
if (dashes >= 0) args = process.argv.slice(dashes + 1);
else {
  const g = ensureLinuxGuest({ quiet: true });
  args = ['-machine', 'virt,gic-version=3', '-cpu', 'cortex-a53', '-m', '512M', '-nographic', '-kernel', g.image, '-initrd', g.initrd, '-append', 'console=ttyAMA0'];
}

const t0 = performance.now();
const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'zvm-gdbserver.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
let pending = '';
let last: { wall: number; guest: number } = { wall: 0, guest: 0 };
console.log('wall s (from - to)   guest s (from - to)    MIPS  the line that ends the stretch');
child.stdout.on('data', (d: Buffer) => {
  const wall = (performance.now() - t0) / 1000;
  pending += d.toString('latin1');
  const lines = pending.split('\n');
  pending = lines.pop()!;
  for (const line of lines) {
    const m = /^\[\s*(\d+\.\d+)\]\s?(.*)$/.exec(line.trim());
    if (m === null || wall - last.wall < gap) continue;
    const guest = Number(m[1]);
    const mips = ((guest - last.guest) * COUNTER_HZ) / (wall - last.wall) / 1e6;
    console.log(`${last.wall.toFixed(2).padStart(6)} - ${wall.toFixed(2).padStart(6)}   ${last.guest.toFixed(2).padStart(6)} - ${guest.toFixed(2).padStart(6)}   ${mips.toFixed(0).padStart(6)}  ${m[2]!.slice(0, 60)}`);
    last = { wall, guest };
  }
});
child.on('exit', (code) => {
  console.log(`exit ${code} after ${((performance.now() - t0) / 1000).toFixed(2)} s`);
});
