// Measures reverse execution with the real server process and gdb-multiarch on gdbdemo
// (one CPU, 128 MiB), the workload of `npm run bench -- --only-reverse` (bench-reverse.ts)
// on ours alone: spin() at 10 M instructions (625000 iterations of 16; --iterations), then
// from the line after it: reverse-continue to the last write of `counter` (a few
// instructions back), reverse-stepi 20 times (median and worst), and reverse-continue to
// the last write of results[3], made before spin(), about 10 M instructions back. Each
// command is timed in GDB (Python), from sending it to its stop. One run, numbers printed;
// not a test.
// With --system: the default system (our hypervisor on 4 PEs with the RTOS VM; --linux
// adds the Linux VM) in all-stop mode, in the RTOS VM (inferior 2): from the unlock of the
// console lock at an RTOS log window, on about --back instructions (a breakpoint on the
// control loop's k_msgq_put with an ignore count), reverse-stepi 20 times in thread 2.1,
// then `watch con_lock` + reverse-continue back to that unlock (the distance measured with
// `monitor cpus`).
// Usage: npx tsx tools/reverse-bench.ts [--iterations N] [--reverse-memory MB]
//        npx tsx tools/reverse-bench.ts --system [--linux] [--back N] [--reverse-memory MB]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../src/zvm/system.ts';
import { REPO_ROOT } from './build-guests.ts';
import { IMAGES_DIR } from './build-zvm.ts';
import { LINUX_MARKER_READY, ensureLinuxGuest } from './linux-guest.ts';
import { reverseOnOurs } from './bench-reverse.ts';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const iterations = Number(arg('--iterations', '625000'));
const reverseMemory = arg('--reverse-memory', '');
const system = process.argv.includes('--system');
const back = Number(arg('--back', '10000000'));

if (!system) {
  const r = await reverseOnOurs(iterations, reverseMemory ? ['--reverse-memory', reverseMemory] : []);
  console.log(`BENCH continue to after spin(): ${r.toAfterSpin.toFixed(0)} ms`);
  console.log(`BENCH reverse-continue to the last write of counter: ${r.backToCounter.toFixed(0)} ms`);
  console.log(`BENCH   counter = ${r.counter}`);
  console.log(`BENCH reverse-stepi x20: median ${r.stepMedian.toFixed(1)} ms, max ${r.stepMax.toFixed(1)} ms`);
  console.log(`BENCH reverse-continue to the last write of results[3] (before spin): ${r.backToResults.toFixed(0)} ms`);
  console.log(`BENCH   stopped at => ${r.resultsStop}`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'zvm-reverse-bench-'));

/** The default system's server arguments (GDB gets the hypervisor's ELF). */
function systemArgs(): string[] {
  const files: ZvmSystemFiles = { host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin'), rtosElf: join(IMAGES_DIR, 'rtos.elf') };
  if (process.argv.includes('--linux')) {
    const guest = ensureLinuxGuest({ quiet: true });
    const dtb = join(dir, 'linux-vm.dtb');
    writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 zvm.shell'));
    files.linux = { image: guest.image, dtb, initrd: guest.initrd };
    files.linuxSymbols = guest.systemMap;
  }
  return [...zvmSystemArgs(files), ...zvmGdbArgs(files)];
}
const elf = join(IMAGES_DIR, 'zvm_host.elf');
const machine = systemArgs();

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const server = spawn(
  process.execPath,
  [join(REPO_ROOT, 'bin', 'zvm-gdbserver.js'), ...machine, '-gdb', `tcp::${port}`, ...(reverseMemory ? ['--reverse-memory', reverseMemory] : [])],
  { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverOut = '';
server.stdout.on('data', (d: Buffer) => (serverOut += d.toString('latin1')));
await new Promise<void>((resolve) => server.stderr.on('data', (d: Buffer) => d.toString().includes('waiting for GDB') && resolve()));
// The system: once the RTOS runs in its VM (the hypervisor boots it without GDB), and with
// --linux once Linux reached its shell (a VM appearing while GDB runs the board stops it).
const ready = process.argv.includes('--linux') ? `[linux_os-1] ${LINUX_MARKER_READY}` : '[zephyr_os-0] tick 1000 Hz';
while (!serverOut.includes(ready)) await new Promise((r) => setTimeout(r, 200));

const systemScript = `
import time, statistics, re, math
def timed(cmd):
    t = time.time()
    gdb.execute(cmd, to_string=True)
    return (time.time() - t) * 1000
def position():
    out = gdb.execute("monitor cpus", to_string=True)
    return sum(int(x) for x in re.findall(r"retired=(\\d+)", out))
gdb.execute("inferior 2")
gdb.execute("watch con_lock")
# The lock at a log window: take, its count, then the unlock (give).
for _ in range(3):
    gdb.execute("continue", to_string=True)
unlock = position()
gdb.execute("delete")
gdb.execute("break k_msgq_put")
gdb.execute("continue", to_string=True)
p0 = position()
for _ in range(10):
    gdb.execute("continue", to_string=True)
period = (position() - p0) / 10
gdb.breakpoints()[-1].ignore_count = max(0, math.floor((${back} - (position() - unlock)) / period) - 1)
print("BENCH continue on to about ${back} instructions after the unlock: %.0f ms" % timed("continue"))
gdb.execute("delete")
gdb.execute("thread 2.1")
steps = [timed("reverse-stepi") for _ in range(20)]
print("BENCH reverse-stepi x20 in thread 2.1: median %.1f ms, max %.1f ms" % (statistics.median(steps), max(steps)))
gdb.execute("watch con_lock")
start = position()
ms = timed("reverse-continue")
print("BENCH reverse-continue to the last write of con_lock, %.2f M instructions back: %.0f ms" % ((start - position()) / 1e6, ms))
print("BENCH   stopped at %s (the unlock was at %d, now %d)" % (gdb.execute("x/i $pc", to_string=True).strip(), unlock, position()))
`;

const py = join(dir, 'bench.py');
writeFileSync(py, systemScript);
// GDB runs while this process drains the server's output (a full pipe would stall the server).
const gdbRun = spawn('gdb-multiarch', ['-nx', '-batch', '-ex', 'set pagination off', '-ex', `target extended-remote 127.0.0.1:${port}`, '-ex', `source ${py}`, elf], { cwd: REPO_ROOT });
let gdbOut = '';
gdbRun.stdout.on('data', (d: Buffer) => (gdbOut += d.toString()));
gdbRun.stderr.on('data', (d: Buffer) => (gdbOut += d.toString()));
const killer = setTimeout(() => gdbRun.kill('SIGKILL'), 900_000);
await new Promise<void>((resolve) => gdbRun.on('close', () => resolve()));
clearTimeout(killer);
server.kill('SIGKILL');
rmSync(dir, { recursive: true, force: true });
const lines = gdbOut.split('\n');
const bench = lines.filter((l) => l.startsWith('BENCH'));
process.stdout.write(bench.length > 0 ? `${bench.join('\n')}\n` : `${lines.join('\n')}\n`);
