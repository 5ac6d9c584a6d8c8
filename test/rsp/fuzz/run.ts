// One fuzz run: the board and server here, the clients in a child process; what the
// server went through (slice gaps, guest progress, memory, logged errors).

import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { RspLogger } from '../../../src/rsp/index.ts';
import { startFuzzServer } from './board.ts';
import type { FuzzClientOptions, FuzzClientResult } from './client.ts';

const CLIENT = join(dirname(fileURLToPath(import.meta.url)), 'client.ts');

export interface FuzzRun {
  readonly client: FuzzClientResult;
  /** Longest time the board waited between two run slices while running (ms). */
  readonly maxGapMs: number;
  /** Gaps over 50 ms. */
  readonly longGaps: number;
  /** The same in this process's CPU time (see FuzzServer.slices). */
  readonly maxCpuGapMs: number;
  readonly longCpuGaps: number;
  readonly slices: number;
  /** After the clients went, while the board ran on and the server gave memory back: the
   *  longest gap between slices in main-thread CPU time, and the longest GC pause (ms). */
  readonly idleMaxCpuGapMs: number;
  readonly idleLongestGcMs: number;
  /** The guest's counter went up during the run. */
  readonly counterBefore: bigint;
  readonly counterAfter: bigint;
  readonly rssStartMB: number;
  /** The most RSS and ArrayBuffer memory (Buffers: malloc'd outside the JS heap, live or
   *  not yet collected) seen while the clients sent, sampled every 20 ms. */
  readonly rssPeakMB: number;
  readonly arrayBuffersPeakMB: number;
  /** RSS once the server had been left alone (no collection forced by this harness). */
  readonly rssEndMB: number;
  /** What JavaScript holds (V8 heap in use + external memory such as Buffers), after a
   *  full garbage collection, before and after the clients. */
  readonly heldStartMB: number;
  readonly heldEndMB: number;
  /** Sessions the server had, and how many of them were still reachable at the end. */
  readonly sessions: number;
  readonly sessionsReachable: number;
  /** Errors the server logged (a target or session bug), and how many warnings. */
  readonly errors: readonly string[];
  readonly warnings: number;
}

/** How long the board may run on after the clients went before RSS is measured: the
 *  server gives memory back 2 s after the last client (see src/rsp/idle-memory.ts). */
const SETTLE_MS = 10_000;

/**
 * A full garbage collection, for what JavaScript still holds (heldEndMB) only: RSS is
 * measured before, as the server left it.
 */
function fullGc(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function held(): number {
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.external) / 1048576);
}

/** RSS of the mappings that matter here (Linux): glibc's main arena ('[heap]', where
 *  Buffers and other native allocations live) and everything else (the JS heap's pages,
 *  code, other arenas), in MB. */
function rssByMapping(): string {
  try {
    let heap = 0;
    let other = 0;
    let inHeap = false;
    for (const line of readFileSync('/proc/self/smaps', 'latin1').split('\n')) {
      if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inHeap = line.endsWith('[heap]');
      else if (line.startsWith('Rss:')) {
        const kb = Number(line.split(/\s+/)[1]);
        if (inHeap) heap += kb;
        else other += kb;
      }
    }
    return `main arena ${Math.round(heap / 1024)} MB, other ${Math.round(other / 1024)} MB`;
  } catch {
    return '';
  }
}

const mb = (): number => Math.round(process.memoryUsage().rss / 1048576);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runFuzz(options: Omit<FuzzClientOptions, 'port'>): Promise<FuzzRun> {
  const errors: string[] = [];
  let warnings = 0;
  const logger: RspLogger = {
    error: (m: string) => errors.push(m),
    warn: () => warnings++,
    info: () => undefined,
    debug: (m: string) => {
      if (process.env['FUZZ_TRACE'] && m.startsWith('GDB clients gone')) console.error(m);
    },
  };
  const fuzz = await startFuzzServer(logger);
  try {
    // Warm up: the board runs (compiling its loop) before anything is measured.
    await new Promise<void>((resolve) => {
      fuzz.target.resume([{ thread: { pid: 1, tid: 1 }, action: 'continue' }], () => resolve());
      setTimeout(() => fuzz.target.interrupt(), 1000);
    });
    fullGc();
    const heldStartMB = held();
    const rssStartMB = mb();
    if (process.env['FUZZ_TRACE']) {
      const m = process.memoryUsage();
      console.error(`start rss ${mb()} heapTotal ${Math.round(m.heapTotal / 1048576)} heapUsed ${Math.round(m.heapUsed / 1048576)} external ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)}; ${rssByMapping()}`);
    }
    fuzz.resetGaps();
    const counterBefore = fuzz.counter();
    let rssPeak = 0;
    let arrayBuffersPeak = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      rssPeak = Math.max(rssPeak, m.rss);
      arrayBuffersPeak = Math.max(arrayBuffersPeak, m.arrayBuffers);
    }, 20);
    const client = await new Promise<FuzzClientResult>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CLIENT, JSON.stringify({ ...options, port: fuzz.server.port })], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (code) => {
        try {
          resolve(JSON.parse(out) as FuzzClientResult);
        } catch {
          reject(new Error(`fuzz client failed (exit ${code}): ${err.slice(-2000)}`));
        }
      });
    });
    clearInterval(sampler);
    const counterAfter = fuzz.counter();
    const maxGapMs = fuzz.slices.maxGapMs;
    const longGaps = fuzz.slices.gaps.filter((g) => g > 50).length;
    const maxCpuGapMs = Math.max(0, ...fuzz.slices.cpuGaps);
    const longCpuGaps = fuzz.slices.cpuGaps.filter((g) => g > 50).length;
    const slices = fuzz.slices.count;
    // The clients are gone: their sessions end; memory goes back.
    for (let i = 0; i < 100 && fuzz.server.sessions.size > 0; i++) await sleep(50);
    // The server lives on: the board runs (as it does with no debugger attached). Its
    // gaps are measured again from its first slice (not across the stop).
    fuzz.resetGaps();
    let idleLongestGcMs = 0;
    const gcs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) idleLongestGcMs = Math.max(idleLongestGcMs, e.duration);
    });
    gcs.observe({ entryTypes: ['gc'] });
    const stopped = new Promise<void>((resolve) => fuzz.target.resume([{ thread: { pid: 1, tid: 1 }, action: 'continue' }], () => resolve()));
    const settle = Date.now();
    const trace: string[] = [];
    while (Date.now() - settle < SETTLE_MS && mb() > rssStartMB + 10) {
      const m = process.memoryUsage();
      trace.push(`${((Date.now() - settle) / 1000).toFixed(1)}s rss ${mb()} heapTotal ${Math.round(m.heapTotal / 1048576)} heapUsed ${Math.round(m.heapUsed / 1048576)} external ${Math.round(m.external / 1048576)} ab ${Math.round(m.arrayBuffers / 1048576)}`);
      await sleep(1000);
    }
    const rssEndMB = mb();
    fuzz.target.interrupt();
    await stopped;
    gcs.disconnect();
    const idleMaxCpuGapMs = Math.max(0, ...fuzz.slices.cpuGaps);
    if (process.env['FUZZ_TRACE']) console.error(`${trace.join('\n')}\nend rss ${rssEndMB}: ${rssByMapping()}; idle: CPU gap max ${idleMaxCpuGapMs} ms, longest GC ${idleLongestGcMs.toFixed(1)} ms`);
    // A WeakRef's target stays alive until the job that created or dereferenced it ends:
    // collect on a later turn.
    await sleep(0);
    fullGc();
    const heldEndMB = held();
    const sessionCounts = fuzz.sessionCounts();
    return {
      client,
      maxGapMs,
      longGaps,
      maxCpuGapMs,
      longCpuGaps,
      slices,
      idleMaxCpuGapMs,
      idleLongestGcMs: Math.round(idleLongestGcMs * 10) / 10,
      counterBefore,
      counterAfter,
      rssStartMB,
      rssPeakMB: Math.round(rssPeak / 1048576),
      arrayBuffersPeakMB: Math.round(arrayBuffersPeak / 1048576),
      rssEndMB,
      heldStartMB,
      heldEndMB,
      sessions: sessionCounts.created,
      sessionsReachable: sessionCounts.reachable,
      errors,
      warnings,
    };
  } finally {
    await fuzz.close();
    rmSync(fuzz.outputDir, { recursive: true, force: true });
  }
}
