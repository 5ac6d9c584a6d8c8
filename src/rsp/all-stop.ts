/**
 * All-stop run state of one session: whether the target runs on its behalf, which
 * resume a stop callback belongs to (a late or repeated callback is ignored), and the
 * last stop (repeated by `?`).
 */
import { stopPid } from './stop-queue.ts';
import type { StopEvent } from './target.ts';
import type { ThreadSelection } from './threads.ts';

export class AllStopRun {
  running = false;
  lastStop: StopEvent | undefined;
  private generation = 0;

  /** A resume starts; its stop callback passes the number returned to `end`. */
  begin(): number {
    this.running = true;
    return ++this.generation;
  }

  /** True (and the run is over) if `generation` is the resume still awaiting its stop. */
  end(generation: number): boolean {
    if (!this.running || generation !== this.generation) return false;
    this.running = false;
    return true;
  }

  /** A stop GDB is told about: its thread becomes the general thread; an exit drops
   *  the general thread of that process. */
  record(ev: StopEvent, threads: ThreadSelection): void {
    this.lastStop = ev;
    if (ev.kind === 'signal') threads.general = ev.thread;
    else threads.forgetProcess(ev.pid);
  }

  forgetProcess(pid: number): void {
    if (this.lastStop && stopPid(this.lastStop) === pid) this.lastStop = undefined;
  }
}
