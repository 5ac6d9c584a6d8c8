/**
 * Giving back, once the last GDB client has gone, the memory a burst of protocol traffic
 * made the process hold.
 *
 * Under heavy traffic V8's young generation grows to its maximum (two 16 MiB semispaces,
 * both touched, so resident), and Buffers freed by nobody wait for the next collection.
 * The young generation shrinks again only in a scavenge at an allocation rate under
 * 1 MB/s or in a memory-reducing collection, and a board that runs on allocates 1-3 MB/s
 * (tools/alloc-rate.ts) or so little that no collection comes at all: neither happens by
 * itself, and a small system stayed 15-30 MB larger for good. A memory-reducing
 * collection (V8's low-memory notification: full collections that shrink the young
 * generation, free external memory and release pooled pages) is the only one a script
 * can ask for without `--expose-gc`: the inspector protocol's
 * `HeapProfiler.collectGarbage`, in process (no port is opened).
 *
 * It is atomic, two full collections back to back, so it stops the event loop (and the
 * board) for 1.5-3 ms per MiB of heap, measured on this project's 2-core machine
 * (2026-12-07, at load 3-9): 45-115 ms with the fuzz test's board (20-30 MiB), 64 ms for
 * the hypervisor with its RTOS VM (35 MiB), 440 ms with Linux too (189 MiB). Guest time
 * counts instructions, so the guests do not see it; the console and GDB wait. So it is
 * asked for only after enough traffic to have grown the young generation, when no client
 * has been connected for a while, and only if the heap the system used before the
 * clients came (sampled when the first connected: what the collection has to mark,
 * without the clients' garbage) is small enough for a short pause. That is also where the young
 * generation is a large part of the process: with Linux (670 MiB RSS) 16 MiB of memory
 * reads left no measurable growth to give back.
 */
import { getHeapStatistics } from 'node:v8';
import type { Session } from 'node:inspector';

/** Bytes of GDB traffic (both ways) since the last reduction that make one worth it:
 *  about what fills the young generation once. */
export const IDLE_REDUCTION_TRAFFIC = 16 << 20;
/** How long the server must have had no client before it reduces. */
export const IDLE_REDUCTION_DELAY_MS = 2000;
/** The most heap in use before the clients came that a reduction is done with: a pause
 *  of 60-120 ms at most. */
export const IDLE_REDUCTION_MAX_HEAP = 40 << 20;

/** The JS heap in use now (live objects and garbage not collected yet), in bytes. */
export function heapInUse(): number {
  return getHeapStatistics().used_heap_size;
}

/**
 * Ask V8 for a memory-reducing collection; `done` is called once it has run, with false
 * if it could not (no inspector in this Node build). The inspector session lives only
 * for that request: a connected session gets every console message.
 */
export function reduceMemory(done: (ran: boolean) => void = () => undefined): void {
  void openSession().then((s) => {
    if (s === null) {
      done(false);
      return;
    }
    s.post('HeapProfiler.collectGarbage', (e) => {
      // Not from within the callback: Node 20 never returns from that.
      setImmediate(() => s.disconnect());
      done(e === null);
    });
  });
}

/** Loaded only when needed, and only where Node was built with the inspector (importing
 *  it elsewhere throws). */
async function openSession(): Promise<Session | null> {
  if (!process.features.inspector) return null;
  try {
    const s = new (await import('node:inspector')).Session();
    s.connect();
    return s;
  } catch {
    return null;
  }
}
