// The zvm-gdbserver program: QEMU-style options -> a virt board with its images loaded ->
// free run, or a GDB server controlling the run.

import { performance } from 'node:perf_hooks';
import { CommanderError } from 'commander';
import { VirtBoard, describeEvent } from '../machine/board/virt.ts';
import { ImageError } from '../machine/loader/elf.ts';
import { loadImages, type BootState } from '../machine/board/boot.ts';
import { logger, setLogLevel } from '../log.ts';
import { parseOptions, UsageError, type Options } from './qemu-options.ts';
import { createSerial, type SerialBackend } from './serial.ts';
import { startGdbServer, type GdbServerConfig } from '../debug/server.ts';
import { COUNT_DATA_ACCESSES } from '../machine/cpu/data-access.ts';

const log = logger('main');

/**
 * Instructions per free-run slice: long enough to be cheap, short enough to stay responsive
 * and to compile the wasm tier's batch of newly hot blocks soon (between slices), as the
 * GDB server's 1 M slices.
 */
const SLICE = 1_000_000;

/** Runs the board without a debugger until it powers off or stops. Returns the exit code. */
async function freeRun(board: VirtBoard, serials: SerialBackend[], boot: BootState): Promise<number> {
  for (;;) {
    const ev = board.run(SLICE);
    for (const s of serials) s.flush();
    if (ev === null) {
      await new Promise((r) => setImmediate(r));
      continue;
    }
    if (ev.kind === 'poweroff') return 0;
    if (ev.kind === 'reset') {
      board.reset(boot.entry, boot.x0);
      continue;
    }
    process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
    return 1;
  }
}

/** What the debug server needs of the options (-gdb given). */
function gdbServerConfig(opts: Options): GdbServerConfig {
  return {
    host: opts.gdb!.host,
    port: opts.gdb!.port,
    waitForDebugger: opts.waitForDebugger,
    kernel: opts.kernel,
    vmElfs: opts.vmElfs,
    logPackets: opts.logLevel === 'debug',
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // --help
    if (e instanceof UsageError) {
      process.stderr.write(`zvm-gdbserver: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  setLogLevel(opts.logLevel);
  const serials = opts.serial.map(createSerial);
  let board: VirtBoard;
  let boot: BootState;
  try {
    board = new VirtBoard({
      ramSize: opts.ramSize,
      smp: opts.smp,
      cpu: opts.cpu,
      virtualization: opts.virtualization,
      serial: serials.map((s) => (b: number) => s.sink(b)),
    });
    boot = loadImages(board, opts);
    board.reset(boot.entry, boot.x0);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImageError) {
      process.stderr.write(`zvm-gdbserver: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    await Promise.all(serials.map((s, i) => (board.uarts[i] ? s.attach(board.uarts[i]) : Promise.resolve())));
  } catch (e) {
    process.stderr.write(`zvm-gdbserver: ${(e as Error).message}\n`);
    return 1;
  }
  log.info(`board: ${opts.smp} x ${opts.cpu}, ${opts.ramSize / 2 ** 20} MiB, entry 0x${boot.entry.toString(16)}`);

  const started = performance.now();
  let code: number;
  if (opts.gdb !== undefined) {
    code = await startGdbServer(board, serials, boot, gdbServerConfig(opts));
  } else {
    code = await freeRun(board, serials, boot);
  }
  for (const s of serials) s.close();
  if (opts.stats) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `zvm-gdbserver: stats: ${board.retired} instructions retired, board time ${board.time} ticks, ` +
        `${seconds.toFixed(2)} s wall, ${(board.retired / seconds / 1e6).toFixed(1)} MIPS\n`,
    );
    const k = board.counters();
    const perM = (n: number) => (k.retired === 0 ? 0 : (n / k.retired) * 1e6).toFixed(1);
    const data = COUNT_DATA_ACCESSES ? `${k.dataAccesses} data accesses` : 'data accesses not counted (ZVM_COUNT_DATA_ACCESSES=1 counts them)';
    process.stderr.write(
      `zvm-gdbserver: stats: ${k.dataWalks} data + ${k.fetchWalks} fetch page-table walks, ` +
        `${k.mmioReads} + ${k.mmioWrites} MMIO reads + writes, ${data} ` +
        `(per M instructions: ${perM(k.dataWalks + k.fetchWalks)} walks, ${perM(k.mmioReads + k.mmioWrites)} MMIO` +
        `${COUNT_DATA_ACCESSES ? `, ${perM(k.dataAccesses)} data accesses` : ''})\n`,
    );
    const j = board.cpus.map((c) => c.jitStats());
    const sum = (f: (s: (typeof j)[number]) => number) => j.reduce((a, s) => a + f(s), 0);
    const compiled = sum((s) => s.compiledRetired);
    process.stderr.write(
      `zvm-gdbserver: stats: tier ${j[0].tier}: ${((compiled / Math.max(1, sum((s) => s.retired))) * 100).toFixed(1)}% of instructions in compiled regions, ` +
        `${sum((s) => s.regionsCompiled)} regions compiled in ${(sum((s) => s.compileMs) / 1000).toFixed(2)} s` +
        `${sum((s) => s.compileFailures) > 0 ? ` (${sum((s) => s.compileFailures)} batched compiles FAILED)` : ''}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
    );
  }
  return code;
}
