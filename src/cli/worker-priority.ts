// The emulator runs on the main thread; V8's worker threads (Node starts four) compile
// optimized code (TurboFan, JS and wasm: ~2 s of CPU in the EL1 Linux boot) and help the
// garbage collector beside it. On a two-core machine they took the main thread's core in
// turns: it waited 0.36 s in the run queue (median of 8 boots). Ten nice levels below it,
// the workers use the other core and yield the main thread's: it waited 0.11 s and the boot
// took 3.50 s instead of 3.75 s (the main thread's own CPU +0.1 s: optimized code comes a
// little later).

import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How many nice levels below the main thread the workers run (at most down to 19). */
const WORKER_NICE_OFFSET = 10;

/**
 * Lowers the scheduling priority of the process's other threads, as they are now: call it
 * at the start of a process that runs the emulator (Node's and V8's threads exist by then).
 * Linux only (threads are listed in /proc/self/task); elsewhere, or if refused, nothing changes.
 */
export function deprioritizeWorkerThreads(): void {
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  const nice = Math.min(19, getPriority() + WORKER_NICE_OFFSET);
  for (const task of tasks) {
    const tid = Number(task);
    if (tid === process.pid) continue;
    try {
      // Linux's setpriority() with a thread id sets that thread's nice value alone.
      setPriority(tid, nice);
    } catch {
      // A thread that ended meanwhile, or a system that refuses: nothing to do.
    }
  }
}
