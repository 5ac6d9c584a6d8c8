/**
 * The non-stop stop queue. Target stop events wait here for GDB:
 * - the head goes out as a `%Stop:` notification when nothing is outstanding (`push`
 *   says when); each `vStopped` drops the acknowledged head and answers with the next
 *   event, or `OK` when the queue is empty (`acknowledge`);
 * - `?` starts over with one event per stopped thread: the first is its answer, the
 *   others are HELD until GDB has drained that answer with `vStopped`, then queued as
 *   ordinary notifications (`takeHeld`). gdb-multiarch 13.1 fails an internal assertion
 *   (remote.c `wait`: `!async_event_handler_marked`) when its connect-time drain yields
 *   more than one stopped thread.
 * It also remembers each thread's last stop, which `?` repeats.
 */
import type { StopEvent, ThreadId } from './target.ts';
import { ThreadMap, ThreadSet } from './threads.ts';

export function stopPid(ev: StopEvent): number {
  return ev.kind === 'signal' ? ev.thread.pid : ev.pid;
}

export class StopQueue {
  private readonly queue: StopEvent[] = [];
  /** The head was sent and awaits `vStopped`. */
  private notified = false;
  /** Stops `?` found beyond the first, queued once GDB has drained the `?` answer. */
  private held: StopEvent[] = [];
  /** Last stop of each thread, repeated by `?`. */
  private readonly lastStops = new ThreadMap<StopEvent>();

  /** Queue an event; true when it must be sent as a notification now. */
  push(ev: StopEvent): boolean {
    if (ev.kind === 'signal') this.lastStops.set(ev.thread, ev);
    else this.lastStops.deleteProcess(ev.pid);
    this.queue.push(ev);
    if (this.notified) return false;
    this.notified = true;
    return true;
  }

  /** `vStopped`: drop the acknowledged head; the next event to answer with, if any. */
  acknowledge(): StopEvent | undefined {
    if (this.notified) this.queue.shift();
    const next = this.queue[0];
    this.notified = next !== undefined;
    return next;
  }

  get hasHeld(): boolean {
    return this.held.length > 0;
  }

  /** The held stops, now to be pushed in order (the `?` answer is drained). */
  takeHeld(): StopEvent[] {
    const held = this.held;
    this.held = [];
    return held;
  }

  /** `?`, step 1: forget what is queued; `collect` the stopped threads next. */
  restart(): void {
    this.queue.length = 0;
    this.notified = false;
    this.held = [];
  }

  /** `?`, step 2: one stopped thread (not notified by itself). */
  collect(ev: StopEvent): void {
    this.queue.push(ev);
  }

  /** `?`, step 3: the event to answer with (now outstanding); the rest are held. */
  answer(): StopEvent | undefined {
    const first = this.queue[0];
    if (!first) return undefined;
    this.held = this.queue.splice(1);
    this.notified = true;
    return first;
  }

  lastStop(thread: ThreadId): StopEvent | undefined {
    return this.lastStops.get(thread);
  }

  /** Threads with a stop GDB has not acknowledged yet (queued or held). */
  unacknowledged(): ThreadSet {
    const out = new ThreadSet();
    for (const ev of this.queue) if (ev.kind === 'signal') out.add(ev.thread);
    for (const ev of this.held) if (ev.kind === 'signal') out.add(ev.thread);
    return out;
  }

  /** The process is gone: its queued events are stale, except a head GDB already holds
   *  (its `vStopped` acknowledgement will drop it). */
  forgetProcess(pid: number): void {
    this.lastStops.deleteProcess(pid);
    const keep = this.notified ? 1 : 0;
    for (let i = this.queue.length - 1; i >= keep; i--) if (stopPid(this.queue[i]!) === pid) this.queue.splice(i, 1);
    this.held = this.held.filter((ev) => stopPid(ev) !== pid);
  }

  clear(): void {
    this.restart();
    this.lastStops.clear();
  }
}
