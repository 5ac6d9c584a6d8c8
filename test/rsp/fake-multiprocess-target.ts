// A machine-free Target with per-thread run state, for multi-process and non-stop tests:
// two processes x two threads, the AArch64 register layout of mock-target.ts, memory in a
// Map per process. It implements the all-stop core AND the optional `nonStop` capability.
//
// What a running thread does (both modes), decided on the next tick after it starts:
// - `step`: executes one instruction (pc += 4) and stops with SIGTRAP;
// - `continue`: `script(thread)` may return the event to report (e.g. a process exit);
//   otherwise it runs to a software/hardware breakpoint of its process that is not at
//   its own pc, if there is one, and else keeps running until stopped.

import {
  Errno,
  GdbSignal,
  type NonStopCapability,
  type ProcessInfo,
  type StopCallback,
  type StopEvent,
  type Target,
  TargetError,
  type ThreadAction,
  type ThreadId,
} from '../../src/rsp/index.ts';
import { type BreakpointRecord, CORE_XML, G_SIZE, PC_REGNUM, TARGET_XML } from './mock-target.ts';

interface FakeThread {
  readonly tid: number;
  readonly name: string;
  readonly core: number;
  running: boolean;
}

interface FakeProcess {
  readonly pid: number;
  readonly threads: FakeThread[];
}

export interface FakeOptions {
  /** Provide the `nonStop` capability (default true). */
  readonly withNonStop?: boolean;
  /** Report non-stop events synchronously from within `stop()` (default false: next tick). */
  readonly syncEvents?: boolean;
  /** Decides what a continued thread runs into; `undefined` = default behaviour. */
  readonly script?: (thread: ThreadId, target: FakeMultiprocessTarget) => StopEvent | undefined;
  /** Provide the `signalInfo` capability with these bytes per thread (default: none). */
  readonly signalInfo?: (thread: ThreadId) => Uint8Array | undefined;
}

/** Every call the server made, as short strings, for transcript assertions. */
export type CallLog = string[];

const key = (th: ThreadId): string => `${th.pid}.${th.tid}`;

export class FakeMultiprocessTarget implements Target {
  readonly procs: FakeProcess[] = [
    { pid: 1, threads: [{ tid: 1, name: 'vm1-vcpu0', core: 0, running: false }, { tid: 2, name: 'vm1-vcpu1', core: 1, running: false }] },
    { pid: 2, threads: [{ tid: 1, name: 'vm2-vcpu0', core: 0, running: false }, { tid: 2, name: 'vm2-vcpu1', core: 1, running: false }] },
  ];
  readonly regs = new Map<string, Buffer>();
  readonly memory = new Map<number, Map<bigint, number>>();
  readonly bps: BreakpointRecord[] = [];
  readonly calls: CallLog = [];
  readonly killed: number[] = [];
  readonly detached: number[] = [];

  readonly breakpoints: Target['breakpoints'];
  readonly processes: Target['processes'];
  readonly nonStop: NonStopCapability | undefined;
  readonly signalInfo: Target['signalInfo'];

  /** All-stop: the callback of the current resume. */
  private onStop: StopCallback | undefined;
  /** Non-stop: the event sink given to enter(). */
  private onEvent: StopCallback | undefined;
  /** Bumped whenever threads stop, so stale scheduled events are dropped. */
  private epoch = 0;

  constructor(private readonly opts: FakeOptions = {}) {
    for (const p of this.procs) {
      const mem = new Map<bigint, number>();
      // 0x1000..0x10ff readable: byte i = (pid << 4) ^ i.
      for (let i = 0; i < 0x100; i++) mem.set(0x1000n + BigInt(i), ((p.pid << 4) ^ i) & 0xff);
      this.memory.set(p.pid, mem);
      for (const t of p.threads) {
        const r = Buffer.alloc(G_SIZE);
        for (let i = 0; i < 31; i++) r.writeBigUInt64LE(BigInt(p.pid * 0x100 + t.tid * 0x10 + i), i * 8);
        r.writeBigUInt64LE(0x8000n, 31 * 8);
        r.writeBigUInt64LE(0x1000n + BigInt(t.tid - 1) * 4n, PC_REGNUM * 8);
        r.writeUInt32LE(0x3c5, 33 * 8);
        this.regs.set(key({ pid: p.pid, tid: t.tid }), r);
      }
    }
    const bp = (type: BreakpointRecord['type']) => ({
      insert: (th: ThreadId, addr: bigint, size: number) => {
        this.calls.push(`Z ${type} ${th.pid} ${addr.toString(16)}`);
        if (!this.bps.some((b) => b.pid === th.pid && b.type === type && b.addr === addr)) this.bps.push({ pid: th.pid, type, addr, size });
        return true;
      },
      remove: (th: ThreadId, addr: bigint) => {
        this.calls.push(`z ${type} ${th.pid} ${addr.toString(16)}`);
        const i = this.bps.findIndex((b) => b.pid === th.pid && b.type === type && b.addr === addr);
        if (i >= 0) this.bps.splice(i, 1);
        return true;
      },
    });
    this.breakpoints = { software: bp('sw'), hardware: bp('hw') };
    this.processes = {
      attach: (pid) => {
        this.calls.push(`attach ${pid}`);
        if (!this.proc(pid)) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
        for (const t of this.proc(pid)!.threads) t.running = false;
      },
      kill: (pid) => {
        this.calls.push(`kill ${pid}`);
        this.killed.push(pid);
        this.removeProcess(pid);
      },
      detach: (pid) => {
        this.calls.push(`detach ${pid}`);
        this.detached.push(pid);
      },
      isAttached: (pid) => pid === 1,
    };
    const siginfo = opts.signalInfo;
    this.signalInfo = siginfo && {
      read: (th) => {
        this.calls.push(`siginfo ${key(th)}`);
        return siginfo(th);
      },
    };
    this.nonStop =
      opts.withNonStop === false
        ? undefined
        : {
            enter: (onEvent) => {
              this.calls.push('enter');
              this.onEvent = onEvent;
            },
            leave: () => {
              this.calls.push('leave');
              this.onEvent = undefined;
              this.stopAll();
            },
            resume: (actions) => {
              this.calls.push(`ns-resume ${describeActions(actions)}`);
              this.start(actions);
            },
            stop: (threads, signal) => {
              this.calls.push(`ns-stop ${threads.map(key).join(',')} sig=${signal}`);
              const events: StopEvent[] = [];
              for (const th of threads) {
                const t = this.thread(th);
                if (!t?.running) continue;
                t.running = false;
                events.push({ kind: 'signal', thread: th, signal, core: t.core });
              }
              // One batch, so the stops of one request reach the server together.
              const deliver = (): void => events.forEach((ev) => this.onEvent?.(ev));
              if (opts.syncEvents) deliver();
              else setImmediate(deliver);
            },
            isRunning: (th) => this.thread(th)?.running ?? false,
          };
  }

  // --- helpers for tests -------------------------------------------------------------

  proc(pid: number): FakeProcess | undefined {
    return this.procs.find((p) => p.pid === pid);
  }
  thread(th: ThreadId): FakeThread | undefined {
    return this.proc(th.pid)?.threads.find((t) => t.tid === th.tid);
  }
  /** "pid.tid" of every running thread. */
  running(): string[] {
    return this.procs.flatMap((p) => p.threads.filter((t) => t.running).map((t) => `${p.pid}.${t.tid}`));
  }
  pc(th: ThreadId): bigint {
    return this.regsOf(th).readBigUInt64LE(PC_REGNUM * 8);
  }
  /** Put threads in the running state directly (as if they had been resumed earlier). */
  setRunning(threads: readonly ThreadId[]): void {
    for (const th of threads) this.thread(th)!.running = true;
  }

  /** A thread stops on its own (e.g. a guest fault): reported like any stop. */
  threadStops(th: ThreadId, signal: number): void {
    this.thread(th)!.running = false;
    this.report({ kind: 'signal', thread: th, signal, core: this.thread(th)!.core });
  }

  /** The process ends with `code` (W) and disappears from the list. */
  exitProcess(pid: number, code: number): void {
    this.removeProcess(pid);
    this.report({ kind: 'exited', pid, code });
  }

  private removeProcess(pid: number): void {
    const i = this.procs.findIndex((p) => p.pid === pid);
    if (i >= 0) this.procs.splice(i, 1);
  }

  /** Deliver an event: in non-stop to the sink, in all-stop once per resume (all stop). */
  private report(ev: StopEvent): void {
    if (this.onEvent) {
      this.onEvent(ev);
      return;
    }
    const cb = this.onStop;
    if (!cb) return;
    this.onStop = undefined;
    this.stopAll();
    cb(ev);
  }

  private stopAll(): void {
    this.epoch++;
    for (const p of this.procs) for (const t of p.threads) t.running = false;
  }

  /** Mark threads running and schedule what each runs into. */
  private start(actions: readonly ThreadAction[]): void {
    const epoch = this.epoch;
    for (const a of actions) {
      const t = this.thread(a.thread);
      if (!t || a.action === 'stop') continue;
      t.running = true;
      if (a.addr !== undefined) this.regsOf(a.thread).writeBigUInt64LE(a.addr, PC_REGNUM * 8);
      const th = a.thread;
      setImmediate(() => {
        // Stopped (or everything stopped) in the meantime: nothing happens.
        if (this.epoch !== epoch || !this.thread(th)?.running) return;
        const ev = a.action === 'step' ? this.stepOne(th) : this.runInto(th);
        if (!ev) return;
        if (ev.kind === 'signal') this.thread(th)!.running = false;
        else this.removeProcess(ev.pid);
        this.report(ev);
      });
    }
  }

  private stepOne(th: ThreadId): StopEvent {
    this.regsOf(th).writeBigUInt64LE(this.pc(th) + 4n, PC_REGNUM * 8);
    return { kind: 'signal', thread: th, signal: GdbSignal.TRAP, core: this.thread(th)!.core };
  }

  private runInto(th: ThreadId): StopEvent | undefined {
    const scripted = this.opts.script?.(th, this);
    if (scripted) return scripted;
    const pc = this.pc(th);
    const bp = this.bps.find((b) => b.pid === th.pid && (b.type === 'sw' || b.type === 'hw') && b.addr !== pc);
    if (!bp) return undefined;
    this.regsOf(th).writeBigUInt64LE(bp.addr, PC_REGNUM * 8);
    return {
      kind: 'signal',
      thread: th,
      signal: GdbSignal.TRAP,
      reason: { kind: bp.type === 'sw' ? 'swbreak' : 'hwbreak' },
      core: this.thread(th)!.core,
    };
  }

  // --- Target core ---------------------------------------------------------------------

  listProcesses(): ProcessInfo[] {
    return this.procs.map((p) => ({ pid: p.pid, threads: p.threads.map((t) => ({ tid: t.tid, name: t.name, core: t.core })) }));
  }

  private regsOf(th: ThreadId): Buffer {
    const r = this.regs.get(key(th));
    if (!r || !this.thread(th)) throw new TargetError(Errno.ESRCH, `no thread ${key(th)}`);
    return r;
  }

  readRegisters(th: ThreadId): Uint8Array {
    if (this.thread(th)?.running) throw new TargetError(Errno.EBUSY, `thread ${key(th)} is running`);
    return Buffer.from(this.regsOf(th));
  }
  writeRegisters(th: ThreadId, data: Uint8Array): void {
    if (data.length > G_SIZE) throw new TargetError(Errno.EINVAL, 'too many register bytes');
    this.regsOf(th).set(data, 0);
  }
  readRegister(th: ThreadId, regnum: number): Uint8Array | undefined {
    if (regnum > 33) return undefined;
    const [off, len] = regnum === 33 ? [33 * 8, 4] : [regnum * 8, 8];
    return Buffer.from(this.regsOf(th).subarray(off, off + len));
  }
  writeRegister(th: ThreadId, regnum: number, data: Uint8Array): boolean {
    if (regnum > 33) return false;
    const [off, len] = regnum === 33 ? [33 * 8, 4] : [regnum * 8, 8];
    if (data.length !== len) return false;
    this.regsOf(th).set(data, off);
    return true;
  }

  readMemory(th: ThreadId, addr: bigint, length: number): Uint8Array {
    const mem = this.memory.get(th.pid);
    if (!mem || !this.proc(th.pid)) throw new TargetError(Errno.ESRCH, `no process ${th.pid}`);
    const out: number[] = [];
    for (let i = 0; i < length; i++) {
      const b = mem.get(addr + BigInt(i));
      if (b === undefined) break;
      out.push(b);
    }
    return Uint8Array.from(out);
  }
  writeMemory(th: ThreadId, addr: bigint, data: Uint8Array): void {
    const mem = this.memory.get(th.pid);
    if (!mem || !this.proc(th.pid)) throw new TargetError(Errno.ESRCH, `no process ${th.pid}`);
    for (let i = 0; i < data.length; i++) if (!mem.has(addr + BigInt(i))) throw new TargetError(Errno.EFAULT, 'unmapped');
    data.forEach((b, i) => mem.set(addr + BigInt(i), b));
  }

  targetDescription(annex: string): string | undefined {
    if (annex === 'target.xml') return TARGET_XML;
    if (annex === 'aarch64-core.xml') return CORE_XML;
    return undefined;
  }

  resume(actions: readonly ThreadAction[], onStop: StopCallback): void {
    this.calls.push(`resume ${describeActions(actions)}`);
    this.onStop = onStop;
    this.start(actions);
  }

  interrupt(): void {
    this.calls.push('interrupt');
    const first = this.procs.flatMap((p) => p.threads.filter((t) => t.running).map((t) => ({ pid: p.pid, tid: t.tid })))[0];
    if (first) setImmediate(() => this.report({ kind: 'signal', thread: first, signal: GdbSignal.INT }));
  }
}

/** "1.1:continue,1.2:step/5" */
export function describeActions(actions: readonly ThreadAction[]): string {
  return actions.map((a) => `${key(a.thread)}:${a.action}${a.signal !== undefined ? `/${a.signal}` : ''}`).join(',');
}
