/**
 * Threads on the session side: a map and a set keyed by `{pid, tid}` (no "pid.tid"
 * strings), thread-spec expansion (`-1` = all, `0` = any, as GDB writes them), and the
 * session's `Hg`/`Hc` selection.
 */
import { ALL, ANY, type ThreadSpec } from './commands.ts';
import { Errno, type ProcessInfo, type Target, TargetError, type ThreadId } from './target.ts';

/** A map keyed by thread id: one inner map per process, so a whole process can go at once. */
export class ThreadMap<V> {
  private readonly byPid = new Map<number, Map<number, V>>();

  get size(): number {
    let n = 0;
    for (const threads of this.byPid.values()) n += threads.size;
    return n;
  }

  get(thread: ThreadId): V | undefined {
    return this.byPid.get(thread.pid)?.get(thread.tid);
  }

  has(thread: ThreadId): boolean {
    return this.contains(thread.pid, thread.tid);
  }

  /** `has` without a ThreadId object (for callers on a hot path). */
  contains(pid: number, tid: number): boolean {
    return this.byPid.get(pid)?.has(tid) ?? false;
  }

  set(thread: ThreadId, value: V): this {
    let threads = this.byPid.get(thread.pid);
    if (!threads) this.byPid.set(thread.pid, (threads = new Map()));
    threads.set(thread.tid, value);
    return this;
  }

  delete(thread: ThreadId): boolean {
    const threads = this.byPid.get(thread.pid);
    if (!threads?.delete(thread.tid)) return false;
    if (threads.size === 0) this.byPid.delete(thread.pid);
    return true;
  }

  /** Drops every thread of process `pid`. */
  deleteProcess(pid: number): void {
    this.byPid.delete(pid);
  }

  clear(): void {
    this.byPid.clear();
  }

  /** Entries by process (in first-insertion order), then by thread. */
  *entries(): IterableIterator<[ThreadId, V]> {
    for (const [pid, threads] of this.byPid) for (const [tid, value] of threads) yield [{ pid, tid }, value];
  }

  *keys(): IterableIterator<ThreadId> {
    for (const [thread] of this.entries()) yield thread;
  }

  *values(): IterableIterator<V> {
    for (const threads of this.byPid.values()) yield* threads.values();
  }

  [Symbol.iterator](): IterableIterator<[ThreadId, V]> {
    return this.entries();
  }
}

/** A set of thread ids. */
export class ThreadSet {
  private readonly map = new ThreadMap<true>();

  constructor(threads: Iterable<ThreadId> = []) {
    for (const th of threads) this.add(th);
  }

  get size(): number {
    return this.map.size;
  }

  add(thread: ThreadId): this {
    this.map.set(thread, true);
    return this;
  }

  has(thread: ThreadId): boolean {
    return this.map.has(thread);
  }

  /** `has` without a ThreadId object (for callers on a hot path). */
  contains(pid: number, tid: number): boolean {
    return this.map.contains(pid, tid);
  }

  delete(thread: ThreadId): boolean {
    return this.map.delete(thread);
  }

  deleteProcess(pid: number): void {
    this.map.deleteProcess(pid);
  }

  clear(): void {
    this.map.clear();
  }

  [Symbol.iterator](): IterableIterator<ThreadId> {
    return this.map.keys();
  }
}

export function sameThread(a: ThreadId, b: ThreadId): boolean {
  return a.pid === b.pid && a.tid === b.tid;
}

/** Concrete threads a spec names, in list order. `p0.N` picks the first process that
 *  has thread N; `0` alone picks the first thread of the first process. */
export function expandThreads(spec: ThreadSpec, procs: readonly ProcessInfo[]): ThreadId[] {
  let candidates: readonly ProcessInfo[];
  if (spec.pid === ALL) candidates = procs;
  else if (spec.pid === ANY) {
    if (spec.tid > 0) {
      const p = procs.find((q) => q.threads.some((th) => th.tid === spec.tid));
      candidates = p ? [p] : [];
    } else candidates = procs.slice(0, 1);
  } else candidates = procs.filter((p) => p.pid === spec.pid);
  const out: ThreadId[] = [];
  for (const p of candidates) {
    if (spec.tid === ALL) for (const th of p.threads) out.push({ pid: p.pid, tid: th.tid });
    else if (spec.tid === ANY) out.push({ pid: p.pid, tid: p.threads[0]!.tid });
    else if (p.threads.some((th) => th.tid === spec.tid)) out.push({ pid: p.pid, tid: spec.tid });
  }
  return out;
}

/** Every listed thread. */
export const EVERY_THREAD: ThreadSpec = { pid: ALL, tid: ALL };
/** GDB's default thread: the first thread of the first process. */
export const DEFAULT_THREAD: ThreadSpec = { pid: ANY, tid: ANY };

/** The core the target lists for a thread, if any. */
export function threadCore(procs: readonly ProcessInfo[], thread: ThreadId): number | undefined {
  return procs.find((p) => p.pid === thread.pid)?.threads.find((th) => th.tid === thread.tid)?.core;
}

/** The session's thread selection: `Hg` (general) and `Hc` (continue) threads. */
export class ThreadSelection {
  /** The thread register/memory/breakpoint packets go to; undefined = the default. */
  general: ThreadId | undefined;
  /** `Hc`: the thread a legacy `C`/`S` delivers its signal to or steps. */
  continueSpec: ThreadSpec = EVERY_THREAD;

  constructor(private readonly target: Target) {}

  /** The target's processes that have threads (the others do not exist for GDB). */
  async processes(): Promise<readonly ProcessInfo[]> {
    return (await this.target.listProcesses()).filter((p) => p.threads.length > 0);
  }

  /** Whether the target lists `pid` (with or without threads). */
  async processExists(pid: number): Promise<boolean> {
    return (await this.target.listProcesses()).some((p) => p.pid === pid);
  }

  async generalThread(): Promise<ThreadId> {
    if (this.general) return this.general;
    const first = expandThreads(DEFAULT_THREAD, await this.processes())[0];
    if (!first) throw new TargetError(Errno.ESRCH, 'no threads');
    this.general = first;
    return first;
  }

  /** `Hg`/`Hc`; false when the spec names no thread (only `0` and `-1` may). */
  async select(op: 'g' | 'c', spec: ThreadSpec): Promise<boolean> {
    const threads = expandThreads(spec, await this.processes());
    const isDefault = spec.pid === ANY && spec.tid === ANY;
    if (threads.length === 0 && !(isDefault || spec.pid === ALL)) return false;
    if (op === 'g') this.general = threads[0];
    else this.continueSpec = spec;
    return true;
  }

  /** The process ended or was detached: the default thread takes over. */
  forgetProcess(pid: number): void {
    if (this.general?.pid === pid) this.general = undefined;
  }
}
