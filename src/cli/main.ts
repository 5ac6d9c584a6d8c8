// The zvm-gdbserver program: QEMU-style options -> a virt board with its images loaded ->
// free run, or a GDB server controlling the run.

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { VirtBoard, describeEvent } from '../machine/board/virt.ts';
import { ImageError, isElf, loadElf, loadRaw } from '../machine/loader/elf.ts';
import { logger, setLogLevel } from '../log.ts';
import { parseOptions, UsageError, type Options } from './qemu-options.ts';
import { createSerial, type SerialBackend } from './serial.ts';
import { startGdbServer } from '../debug/server.ts';

const log = logger('main');

/** Instructions per free-run slice: long enough to be cheap, short enough to stay responsive. */
const SLICE = 4_000_000;

function readImage(file: string, what: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new ImageError(`${what} ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** Loads -kernel and -device loader images; returns the boot entry point. */
export function loadImages(board: VirtBoard, opts: Options): bigint {
  let entry: bigint | undefined;
  if (opts.kernel !== undefined) {
    const data = readImage(opts.kernel, '-kernel');
    if (!isElf(data)) {
      throw new ImageError(`-kernel ${opts.kernel}: not an ELF image (booting a Linux Image is not supported yet)`);
    }
    entry = loadElf(board.bus, data, opts.kernel).entry;
  }
  if (opts.initrd !== undefined || opts.dtb !== undefined || opts.append !== undefined) {
    throw new UsageError('-initrd/-dtb/-append: the Linux boot protocol is not supported yet');
  }
  for (const l of opts.loaders) {
    const data = readImage(l.file, '-device loader');
    if (!l.forceRaw && isElf(data)) {
      const e = loadElf(board.bus, data, l.file).entry;
      entry ??= e;
    } else {
      if (l.addr === undefined) throw new UsageError(`-device loader,file=${l.file}: a raw image needs addr=`);
      loadRaw(board.bus, data, l.addr, l.file);
    }
  }
  if (entry === undefined) throw new UsageError('nothing to run: give -kernel FILE.elf or -device loader,file=FILE.elf');
  return entry;
}

/** Runs the board without a debugger until it powers off or stops. Returns the exit code. */
async function freeRun(board: VirtBoard, serials: SerialBackend[], entry: bigint): Promise<number> {
  for (;;) {
    const ev = board.run(SLICE);
    for (const s of serials) s.flush();
    if (ev === null) {
      await new Promise((r) => setImmediate(r));
      continue;
    }
    if (ev.kind === 'poweroff') return 0;
    if (ev.kind === 'reset') {
      board.reset(entry);
      continue;
    }
    process.stderr.write(`zvm-gdbserver: ${describeEvent(ev)}\n`);
    return 1;
  }
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
  let entry: bigint;
  try {
    board = new VirtBoard({
      ramSize: opts.ramSize,
      smp: opts.smp,
      cpu: opts.cpu,
      virtualization: opts.virtualization,
      serial: serials.map((s) => (b: number) => s.sink(b)),
    });
    entry = loadImages(board, opts);
    board.reset(entry);
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
  log.info(`board: ${opts.smp} x ${opts.cpu}, ${opts.ramSize >> 20} MiB, entry 0x${entry.toString(16)}`);

  let code: number;
  if (opts.gdb !== undefined) {
    code = await startGdbServer(board, serials, entry, opts);
  } else {
    code = await freeRun(board, serials, entry);
  }
  for (const s of serials) s.close();
  return code;
}
