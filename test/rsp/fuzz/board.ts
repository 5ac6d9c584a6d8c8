// The server side of the RSP fuzz test and the soak: a real board (a guest that counts in
// memory) under the real machine target and serveTcp, in this process, with the board's
// run slices timed so that a stall of the emulation shows.

import { mkdtempSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MachineTarget } from '../../../src/debug/machine-target.ts';
import { VirtBoard } from '../../../src/machine/board/virt.ts';
import { type GdbServer, type RspLogger, serveTcp, silentLogger } from '../../../src/rsp/index.ts';
import { assemble } from '../../../tools/asm.ts';

export const ENTRY = 0x4000_0000n;
/** The guest's counter (a u64 it increments forever). */
export const COUNTER = 0x4000_0800n;

const GUEST = `
    movz x1, #0x4000, lsl #16
    add  x1, x1, #0x800
  1:
    ldr  x2, [x1]
    add  x2, x2, #1
    str  x2, [x1]
    b    1b
`;

/** The main thread's /proc stat file, kept open, and a buffer to read it into. */
let statFd: number | undefined;
const statBuf = Buffer.alloc(1024);
const SPACE = 0x20;
const CLOSE_PAREN = 0x29;

/**
 * CPU time of this process's main thread (the event loop: the board, the protocol and
 * the garbage collector's pauses), not of its helper threads (concurrent marking,
 * compilers): Linux /proc, in clock ticks of 10 ms; elsewhere the whole process's.
 * Read twice per run slice, so it allocates nothing: the line is parsed in its buffer
 * (readFileSync of a /proc file takes 64 KiB each time, and a string split 3 MB/s of
 * garbage, which made V8's young generation and the measured RSS the harness's).
 */
export function mainThreadCpuMs(): number {
  try {
    statFd ??= openSync(`/proc/self/task/${process.pid}/stat`, 'r');
    const n = readSync(statFd, statBuf, 0, statBuf.length, 0);
    // utime and stime are fields 14 and 15 of the line (11 and 12 after the name, which
    // ends with the last ')').
    let i = statBuf.lastIndexOf(CLOSE_PAREN, n - 1) + 2;
    for (let field = 0; field < 11; field++) i = statBuf.indexOf(SPACE, i) + 1;
    let ticks = 0;
    let value = 0;
    for (let field = 0; field < 2; i++) {
      const b = statBuf[i]!;
      if (b === SPACE) {
        ticks += value;
        value = 0;
        field++;
      } else value = value * 10 + b - 0x30;
    }
    return ticks * 10;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
}

export interface FuzzServer {
  readonly server: GdbServer;
  readonly board: VirtBoard;
  readonly target: MachineTarget;
  /** Where `monitor trace save` writes. */
  readonly outputDir: string;
  /** The guest's counter now. */
  counter(): bigint;
  /**
   * The time between the end of one run slice and the start of the next while the board
   * was running: time the event loop spent elsewhere (the protocol). `gaps` in wall-clock
   * ms; `cpuGaps` in ms of the main thread's CPU time (10 ms steps), which a loaded
   * machine that runs other processes meanwhile does not inflate.
   */
  readonly slices: { count: number; maxGapMs: number; gaps: number[]; cpuGaps: number[] };
  /** Forget the slice gaps measured so far (e.g. after the warm-up). */
  resetGaps(): void;
  /** Sessions made so far, and how many of them something still references: after the
   *  clients went and a full garbage collection, any is memory a closed connection kept. */
  sessionCounts(): { created: number; reachable: number };
  close(): Promise<void>;
}

/** @param debug log every packet (at debug level) */
export async function startFuzzServer(logger: RspLogger = silentLogger, debug = false): Promise<FuzzServer> {
  const board = new VirtBoard({ ramSize: 16 << 20, smp: 2, cpu: 'cortex-a53', virtualization: false, serial: [() => undefined] });
  board.bus.debugWrite(Number(ENTRY), new Uint8Array(new Int32Array(assemble(GUEST)).buffer));
  board.reset(ENTRY);
  const outputDir = mkdtempSync(join(tmpdir(), 'zvm-rsp-fuzz-'));
  // No reverse-execution history: its checkpoints (up to --reverse-memory) of the run the
  // test makes after the clients left would count as memory held for them.
  const target = new MachineTarget(board, { entry: ENTRY, x0: 0n }, { afterSlice: () => undefined, onFinished: () => undefined, outputDir, reverseMemoryMb: 0 });
  const slices = { count: 0, maxGapMs: 0, gaps: [] as number[], cpuGaps: [] as number[] };
  let lastEnd = 0;
  let lastEndCpu = 0;
  const cpuMs = mainThreadCpuMs;
  const run = board.run.bind(board);
  board.run = (...args) => {
    const start = performance.now();
    if (lastEnd > 0) {
      const gap = start - lastEnd;
      slices.gaps.push(gap);
      slices.cpuGaps.push(cpuMs() - lastEndCpu);
      if (gap > slices.maxGapMs) slices.maxGapMs = gap;
    }
    const ev = run(...args);
    slices.count++;
    lastEnd = performance.now();
    lastEndCpu = cpuMs();
    return ev;
  };
  const sessions: WeakRef<object>[] = [];
  const server = await serveTcp(target, { port: 0, logger, debug, onSession: (s) => sessions.push(new WeakRef(s)) });
  return {
    server,
    board,
    target,
    outputDir,
    counter: () => {
      const b = Buffer.alloc(8);
      board.bus.debugRead(Number(COUNTER), b);
      return b.readBigUInt64LE(0);
    },
    slices,
    resetGaps: () => {
      slices.gaps.length = 0;
      slices.cpuGaps.length = 0;
      slices.maxGapMs = 0;
      lastEnd = 0;
    },
    sessionCounts: () => ({ created: sessions.length, reachable: sessions.filter((w) => w.deref() !== undefined).length }),
    close: () => server.close(),
  };
}
