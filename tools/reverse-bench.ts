// Measures reverse execution with the real server process and gdb-multiarch on gdbdemo
// (one CPU, 128 MiB): spin() shortened to 10 M instructions (625000 iterations of 16), then from the line after
// it: reverse-continue to the last write of `counter` (a few instructions back),
// reverse-stepi 20 times (median and worst), and reverse-continue to the last write of
// results[3], made before spin(), about 10 M instructions back. Each command is timed in
// GDB (Python), from sending it to its stop. One run, numbers printed; not a test.
// Usage: npx tsx tools/reverse-bench.ts [--iterations N] [--reverse-memory MB]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './build-guests.ts';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const iterations = Number(arg('--iterations', '625000'));
const reverseMemory = arg('--reverse-memory', '');
const elf = join(REPO_ROOT, 'build', 'guests', 'gdbdemo.elf');

const port = await new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(REPO_ROOT, 'tools', 'cli.ts'), '-M', 'virt', '-cpu', 'cortex-a53', '-m', '128M', '-nographic', '-kernel', elf, '-gdb', `tcp::${port}`, '-S', ...(reverseMemory ? ['--reverse-memory', reverseMemory] : [])],
  { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
);
await new Promise<void>((resolve) => server.stderr.on('data', (d: Buffer) => d.toString().includes('waiting for GDB') && resolve()));

const script = `
import time, statistics
def timed(cmd):
    t = time.time()
    gdb.execute(cmd, to_string=True)
    return (time.time() - t) * 1000
gdb.execute("set var spin_iterations = ${iterations}")
gdb.execute("tbreak gdbdemo.c:58")
print("BENCH continue to after spin(): %.0f ms" % timed("continue"))
gdb.execute("watch counter")
print("BENCH reverse-continue to the last write of counter: %.0f ms" % timed("reverse-continue"))
print("BENCH   counter = %s" % gdb.parse_and_eval("counter"))
gdb.execute("delete")
steps = [timed("reverse-stepi") for _ in range(20)]
print("BENCH reverse-stepi x20: median %.1f ms, max %.1f ms" % (statistics.median(steps), max(steps)))
gdb.execute("watch results[3]")
print("BENCH reverse-continue to the last write of results[3] (before spin): %.0f ms" % timed("reverse-continue"))
print("BENCH   stopped at %s" % gdb.execute("x/i $pc", to_string=True).strip())
`;
const dir = mkdtempSync(join(tmpdir(), 'zvm-reverse-bench-'));
const py = join(dir, 'bench.py');
writeFileSync(py, script);
const r = spawnSync('gdb-multiarch', ['-nx', '-batch', '-ex', 'set pagination off', '-ex', `target extended-remote 127.0.0.1:${port}`, '-ex', `source ${py}`, elf], {
  cwd: REPO_ROOT,
  encoding: 'utf8',
  timeout: 600_000,
});
server.kill('SIGKILL');
rmSync(dir, { recursive: true, force: true });
const lines = `${r.stdout}${r.stderr}`.split('\n');
const bench = lines.filter((l) => l.startsWith('BENCH'));
process.stdout.write(bench.length > 0 ? `${bench.join('\n')}\n` : `${lines.join('\n')}\n`);
