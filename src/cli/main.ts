// The zvm-gdbserver program: QEMU-style options -> a virt board with its images loaded ->
// free run, or a GDB server controlling the run.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CommanderError } from 'commander';
import { VirtBoard, describeEvent } from '../machine/board/virt.ts';
import { ImageError } from '../machine/loader/elf.ts';
import { loadImages, type BootState } from '../machine/board/boot.ts';
import { logger, setLogLevel } from '../log.ts';
import { ListRequest, parseOptions, UsageError, type Options } from './qemu-options.ts';
import { Consoles } from './serial.ts';
import { HumanMonitor } from './monitor.ts';
import { startGdbServer, type GdbServerConfig } from '../debug/server.ts';
import { COUNT_DATA_ACCESSES } from '../machine/cpu/data-access.ts';
import { SnapshotError } from '../machine/snapshot/snapshot.ts';
import { loadFromFile, saveToFile } from '../debug/snapshot-commands.ts';
import { outputDirOf } from '../debug/machine-monitor.ts';
import { writeRegister } from '../debug/aarch64-registers.ts';
import { RecordReplay } from '../machine/replay/record-replay.ts';
import { RecordError } from '../machine/replay/record-file.ts';
import { boardIdentity } from '../machine/snapshot/snapshot.ts';

const log = logger('main');

/**
 * Instructions per free-run slice: long enough to be cheap, short enough to stay responsive
 * and to compile the wasm tier's batch of newly hot blocks soon (between slices), as the
 * GDB server's 1 M slices.
 */
const SLICE = 1_000_000;

/**
 * The longest host sleep of an idle board between two looks (input ends it at once; the
 * look is cheap: time passes, nothing runs).
 */
const IDLE_SLEEP_MS = 200;

/** The free run's pause switch (-S, and the monitor's stop and cont). */
interface FreeRunControl {
  paused: boolean;
  /** Resumes a paused run (set while paused). */
  wake: () => void;
}

/**
 * A system reset as QEMU does it: every PE to its reset state and the images loaded again
 * (a guest's changes to its loaded data are undone). The files are read again (QEMU keeps
 * them in memory: a file changed meanwhile differs). Returns false after reporting an image
 * that can no longer be loaded.
 */
function resetSystem(board: VirtBoard, opts: Options, boot: BootState): boolean {
  board.reset(boot.entry, boot.x0);
  try {
    loadImages(board, opts);
  } catch (e) {
    if (!(e instanceof ImageError)) throw e;
    process.stderr.write(`zvm-gdbserver: system reset: ${e.message}\n`);
    return false;
  }
  board.bus.invalidateCode();
  return true;
}

/**
 * SHA-256 of what the board boots (the image files' contents, their addresses, the kernel
 * command line): recorded in snapshot files, to tell a snapshot of other images. Computed
 * once, when first asked.
 */
function imagesHasher(opts: Options): () => string | null {
  let hash: string | null | undefined;
  return () => {
    if (hash !== undefined) return hash;
    try {
      const h = createHash('sha256');
      for (const [what, file] of [['kernel', opts.kernel], ['initrd', opts.initrd], ['dtb', opts.dtb]] as const) {
        if (file !== undefined) h.update(`${what}\0`).update(readFileSync(file));
      }
      for (const l of opts.loaders) h.update(`loader ${l.addr ?? ''} ${l.forceRaw}\0`).update(readFileSync(l.file));
      h.update(`append\0${opts.append ?? ''}`);
      hash = h.digest('hex');
    } catch {
      hash = null; // an image gone since the start: nothing to compare with
    }
    return hash;
  };
}

/**
 * Runs the board without a debugger until it powers off or stops, or a replay reaches the
 * end of its record (`replayEnded()`: its exit code). Returns the exit code.
 */
async function freeRun(
  board: VirtBoard,
  consoles: Consoles,
  control: FreeRunControl,
  opts: Options,
  boot: BootState,
  afterSlice: () => void,
  replayEnded: () => number | null,
): Promise<number> {
  let budget = SLICE;
  for (;;) {
    while (control.paused) await new Promise<void>((r) => (control.wake = r));
    const ev = board.run(budget);
    budget = SLICE;
    consoles.flush();
    afterSlice();
    const ended = replayEnded();
    if (ended !== null) return ended;
    if (ev === null) {
      // Every PE in WFI: with a timer armed, time skips to it in one run; with none,
      // nothing can happen until input arrives: sleep on the host instead of spinning
      // (a replay's input comes from its record: no sleep, the runs go to it).
      const until = board.asleepUntil();
      if (until === Infinity) await (board.idle() ? consoles.waitForInput(IDLE_SLEEP_MS) : new Promise((r) => setImmediate(r)));
      else {
        // The jump, and on to the end of the slice the timer falls in: runs still end
        // every SLICE ticks of board time, as the GDB server's, so that a run recorded
        // under one replays the same under the other (where a run ends cuts the PEs'
        // round there, which changes how several PEs interleave).
        if (until > board.time) budget = Math.ceil((until - board.time) / SLICE) * SLICE;
        await new Promise((r) => setImmediate(r));
      }
      continue;
    }
    if (ev.kind === 'poweroff') return 0;
    if (ev.kind === 'reset') {
      if (opts.noReboot) return 0; // -no-reboot: QEMU exits with status 0
      if (!resetSystem(board, opts, boot)) return 1;
      continue;
    }
    process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
    return 1;
  }
}

/** What the debug server needs of the options (-gdb given). */
function gdbServerConfig(opts: Options, board: VirtBoard, boot: BootState): GdbServerConfig {
  return {
    restartSystem: () => resetSystem(board, opts, boot),
    haltOnDisconnect: opts.haltOnDisconnect,
    host: opts.gdb!.host,
    port: opts.gdb!.port,
    waitForDebugger: opts.waitForDebugger,
    kernel: opts.kernel,
    vmElfs: opts.vmElfs,
    logPackets: opts.logLevel === 'debug',
    outputDir: opts.outputDir,
    maxConnections: opts.maxConnections,
    reverseMemoryMb: opts.reverseMemoryMb,
  };
}

/**
 * Where a recording starts, for -icount rr: at boot, a hash of what the board boots and
 * how (images, addresses, command line, board configuration, -no-reboot); from a snapshot
 * (-loadvm, rrsnapshot), a hash of the snapshot file.
 */
function recordStart(board: VirtBoard, opts: Options, snapshot: string | undefined, imagesHash: () => string | null): { kind: 'boot' | 'snapshot'; hash: string } {
  const h = createHash('sha256');
  if (snapshot !== undefined) {
    try {
      return { kind: 'snapshot', hash: h.update(readFileSync(snapshot)).digest('hex') };
    } catch (e) {
      throw new RecordError(`cannot read the snapshot ${snapshot}: ${(e as Error).message}`);
    }
  }
  h.update(JSON.stringify(boardIdentity(board))).update(`\0${imagesHash() ?? ''}\0no-reboot=${opts.noReboot}`);
  return { kind: 'boot', hash: h.digest('hex') };
}

/**
 * Starts recording or replaying (-icount rr=...) from the board as it is now (started from
 * `snapshot`, if given); prints a one-line error and returns null when it cannot.
 */
function startRecordReplay(
  board: VirtBoard,
  opts: Options,
  snapshot: string | undefined,
  imagesHash: () => string | null,
  ended: (same: boolean) => void,
): RecordReplay | null | undefined {
  const rr = opts.record;
  if (rr === undefined) return undefined;
  const hooks = {
    writeRegister: (cpu: Parameters<typeof writeRegister>[0], n: number, d: Uint8Array) => writeRegister(cpu, n, d, 0),
    say: (line: string) => void process.stderr.write(`zvm-gdbserver: ${line}\n`),
    ended,
  };
  let r: RecordReplay;
  try {
    const start = recordStart(board, opts, snapshot, imagesHash);
    r = rr.mode === 'record' ? RecordReplay.record(board, rr.file, start, hooks) : RecordReplay.replay(board, rr.file, start, hooks);
  } catch (e) {
    if (!(e instanceof RecordError)) throw e;
    process.stderr.write(`zvm-gdbserver: -icount rrfile=${rr.file}: ${e.message}\n`);
    return null;
  }
  hooks.say(
    rr.mode === 'record'
      ? `recording the run's inputs to ${rr.file}`
      : `replaying ${rr.file} (${r.inputsTotal} inputs): input from the host is ignored until the end of the record`,
  );
  // The record's end line (the whole machine's hash) is written, or a replay's end checked,
  // however the process ends: exit, Ctrl-A x, the monitor's quit, a signal.
  process.once('exit', () => r.finish());
  for (const [sig, n] of [['SIGTERM', 15], ['SIGINT', 2], ['SIGHUP', 1]] as const) process.once(sig, () => process.exit(128 + n));
  return r;
}

/** What a caller of main() in the same process (tools/start.ts) may add to a run. */
export interface MainHooks {
  /** Every byte UART `uart` transmits. */
  serialTap?(uart: number, byte: number): void;
  /** After every run slice (free or under GDB), when the machine is between instructions. */
  afterSlice?(board: VirtBoard): void;
  /** -loadvm could not restore its file (the one-line error was printed; main returns 1). */
  loadvmFailed?(): void;
}

export async function main(argv: readonly string[], hooks: MainHooks = {}): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // --help
    if (e instanceof ListRequest) {
      process.stdout.write(e.message);
      return 0;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`zvm-gdbserver: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  setLogLevel(opts.logLevel);
  for (const note of opts.notes) process.stderr.write(`zvm-gdbserver: ${note}\n`);
  if (opts.pidfile !== undefined) {
    const file = opts.pidfile;
    try {
      writeFileSync(file, `${process.pid}\n`);
    } catch (e) {
      process.stderr.write(`zvm-gdbserver: -pidfile ${file}: ${(e as Error).message}\n`);
      return 1;
    }
    process.once('exit', () => {
      try {
        unlinkSync(file); // as QEMU, which removes its pid file on exit
      } catch {
        // already gone
      }
    });
  }
  const consoles = new Consoles(opts.serial, opts.monitor);
  const consoleSinks = consoles.sinks;
  if (consoleSinks.length === 0) consoleSinks.push(() => {}); // -nodefaults: UART0 is there, unconnected
  const tap = hooks.serialTap;
  const sinks = tap === undefined ? consoleSinks : consoleSinks.map((sink, i) => (b: number) => (sink(b), tap(i, b)));
  let board: VirtBoard;
  let boot: BootState;
  try {
    board = new VirtBoard({
      ramSize: opts.ramSize,
      smp: opts.smp,
      cpu: opts.cpu,
      virtualization: opts.virtualization,
      serial: sinks,
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
  const imagesHash = imagesHasher(opts);
  // -icount rrsnapshot=NAME: a recording saves the machine there first, a replay starts from it.
  const rrSnapshot = opts.record?.snapshot === undefined ? undefined : join(outputDirOf(opts.outputDir), opts.record.snapshot);
  const startFrom = opts.loadvm ?? (opts.record?.mode === 'replay' ? rrSnapshot : undefined);
  if (startFrom !== undefined) {
    const what = opts.loadvm !== undefined ? '-loadvm' : '-icount rrsnapshot';
    try {
      // The board is new: RAM holds only the images (it need not all be read).
      await loadFromFile(board, startFrom, imagesHash, { ramWrittenOnly: boot.loaded });
    } catch (e) {
      if (!(e instanceof SnapshotError)) throw e;
      process.stderr.write(`zvm-gdbserver: ${what} ${startFrom}: ${e.message}\n`);
      hooks.loadvmFailed?.();
      return 1;
    }
  } else if (rrSnapshot !== undefined) {
    try {
      mkdirSync(dirname(rrSnapshot), { recursive: true });
      process.stderr.write(`zvm-gdbserver: -icount rrsnapshot: ${await saveToFile(board, rrSnapshot, imagesHash())}`);
    } catch (e) {
      process.stderr.write(`zvm-gdbserver: -icount rrsnapshot: cannot write ${rrSnapshot}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  let replayEnded: number | null = null;
  const rr = startRecordReplay(board, opts, startFrom ?? rrSnapshot, imagesHash, (same) => {
    replayEnded = same ? 0 : 1;
    if (!same) process.exitCode = 1; // also when the end is checked as the process exits (a power-off)
  });
  if (rr === null) return 1;
  const underGdb = opts.gdb !== undefined;
  const control: FreeRunControl = { paused: opts.waitForDebugger && !underGdb, wake: () => {} };
  const monitor = new HumanMonitor({
    board,
    // As a guest's reset request (so -no-reboot applies, as in QEMU), carried out by the
    // free run or the debug server when the CPUs next run; at once when they are stopped.
    reset: () => {
      const why = rr?.refusal('system_reset') ?? null;
      if (why === null) {
        if (!underGdb && control.paused) resetSystem(board, opts, boot);
        else board.systemReset();
      }
      return why;
    },
    quit: () => {
      consoles.close();
      process.exit(0);
    },
    cont: () => {
      if (underGdb) return "the CPUs run under GDB's control: use GDB's continue";
      control.paused = false;
      control.wake();
      return null;
    },
    stop: () => {
      if (underGdb) return "the CPUs run under GDB's control: use GDB's interrupt (Ctrl-C)";
      control.paused = true;
      return null;
    },
    savevm: (file) => saveToFile(board, file, imagesHash()).catch((e: Error) => `savevm ${file}: ${e.message}\n`),
    replayInfo: () => rr?.info() ?? 'no record or replay (-icount rr=record|replay,rrfile=FILE starts one)\n',
    loadvm: (file) => {
      const why = rr?.refusal('loadvm') ?? null;
      if (why !== null) return Promise.resolve(`${why}\n`);
      return loadFromFile(board, file, imagesHash).catch((e: Error) => {
        if (!(e instanceof SnapshotError)) throw e;
        return `loadvm ${file}: ${e.message}; the machine is unchanged\n`;
      });
    },
  });
  try {
    await consoles.attach(board.uarts, monitor);
  } catch (e) {
    process.stderr.write(`zvm-gdbserver: ${(e as Error).message}\n`);
    return 1;
  }
  if (control.paused) {
    if (!consoles.monitorHasInput) {
      consoles.close();
      process.stderr.write("zvm-gdbserver: -S: nothing can start the CPUs (the monitor gets no input): add -s or -gdb tcp::PORT\n");
      return 1;
    }
    const where = opts.monitor?.mux ? ' (Ctrl-A c switches the console to it)' : '';
    process.stderr.write(`zvm-gdbserver: CPUs stopped (-S): type 'cont' in the monitor${where} to start them\n`);
  }
  log.info(`board: ${opts.smp} x ${opts.cpu}, ${opts.ramSize / 2 ** 20} MiB, entry 0x${boot.entry.toString(16)}`);

  const started = performance.now();
  let code: number;
  if (opts.gdb !== undefined) {
    code = await startGdbServer(board, [consoles, { flush: () => hooks.afterSlice?.(board) }], boot, { ...gdbServerConfig(opts, board, boot), imagesHash, recorder: rr });
  } else {
    code = await freeRun(board, consoles, control, opts, boot, () => hooks.afterSlice?.(board), () => replayEnded);
  }
  consoles.close();
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
        `${sum((s) => s.regionsCompiled)} regions compiled (${sum((s) => s.batchesCompiled)} batches) in ${(sum((s) => s.compileMs) / 1000).toFixed(2)} s` +
        `${sum((s) => s.compileFailures) > 0 ? ` (${sum((s) => s.compileFailures)} batched compiles FAILED)` : ''}, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB\n`,
    );
  }
  return code;
}
