/**
 * The interface between the GDB protocol server and whatever is being debugged.
 *
 * A `Target` is a small required core (threads, registers, memory, target description,
 * asynchronous resume/interrupt) plus OPTIONAL capability objects. The server only
 * advertises (in `qSupported`) and only answers the packets of the capabilities that
 * are present: leave a capability `undefined` and GDB is told it does not exist.
 *
 * Conventions
 * - Processes are GDB inferiors, threads are GDB threads. Ids are positive integers
 *   (`pid >= 1`, `tid >= 1`); thread ids need only be unique within their process.
 * - The server always passes CONCRETE thread ids (never "all"/"any").
 * - Every method may return its result directly or as a Promise (`MaybePromise`). The
 *   server handles one packet at a time, so calls never overlap within one session.
 * - Errors: throw a `TargetError` to choose the errno of the `E` reply; any other
 *   exception becomes `E01` and is logged. A thrown error never kills the session.
 * - Registers are raw bytes in target byte order (little-endian for AArch64), in the
 *   order and sizes of the target description. Signals use GDB's numbering
 *   (`GdbSignal`).
 * - Execution is asynchronous: `resume()` returns as soon as the threads are running;
 *   the target later calls the `StopCallback` given to that `resume()` exactly once
 *   with the event that stopped everything (all-stop). `interrupt()` asks for such a
 *   stop (reported with `GdbSignal.INT`).
 * - Non-stop mode is the optional `nonStop` capability: threads run and stop one by
 *   one and every stop is pushed to the server through one long-lived callback. A
 *   target without it is debugged in all-stop mode only.
 */

/** A value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/** Concrete thread: process id and thread id, both >= 1. */
export interface ThreadId {
  readonly pid: number;
  readonly tid: number;
}

/** GDB signal numbers used by the protocol (not host signal numbers). */
export const GdbSignal = {
  NONE: 0,
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  EMT: 7,
  FPE: 8,
  KILL: 9,
  BUS: 10,
  SEGV: 11,
  SYS: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STOP: 17,
} as const;

/** One thread as listed to GDB (`qfThreadInfo`, `qXfer:threads:read`). */
export interface ThreadInfo {
  readonly tid: number;
  /** Shown by `info threads` (e.g. "vcpu0"). */
  readonly name?: string;
  /** Physical core currently running the thread, shown as `core=` / `core:`. */
  readonly core?: number;
  /** What the thread is doing, shown by `info threads` after its name (the text of its
   *  `qXfer:threads` element, and the `qThreadExtraInfo` answer). */
  readonly extra?: string;
}

/** One process (GDB inferior) and its threads. A process with no threads is ignored. */
export interface ProcessInfo {
  readonly pid: number;
  readonly threads: readonly ThreadInfo[];
}

/** Why a thread stopped, beyond its signal. Only report what is TRUE: GDB silently
 *  resumes on a `swbreak` where it has no breakpoint. */
export type StopReason =
  | { readonly kind: 'swbreak' }
  | { readonly kind: 'hwbreak' }
  /** Watchpoint hit: `watch` = write, `rwatch` = read, `awatch` = access. */
  | { readonly kind: 'watch' | 'rwatch' | 'awatch'; readonly addr: bigint }
  /** Reverse execution reached the start (`begin`) or end of its history: GDB prints
   *  "No more reverse-execution history." and stops there. */
  | { readonly kind: 'replaylog'; readonly at: 'begin' | 'end' };

/** What the target reports when execution stops. */
export type StopEvent =
  /** A thread stopped with a signal (`T` stop reply). In all-stop every thread is
   *  stopped; `thread` is the one that caused it and becomes GDB's current thread. */
  | {
      readonly kind: 'signal';
      readonly thread: ThreadId;
      readonly signal: number;
      readonly reason?: StopReason;
      /** Core the thread was running on (`core:` in the stop reply). */
      readonly core?: number;
      /** Registers sent with the stop reply (GDB number, target-order bytes), so GDB
       *  need not ask for them: typically PC, SP, frame pointer, link register, flags. */
      readonly registers?: readonly (readonly [number, Uint8Array])[];
      /** Why it stopped, in words, when the reply cannot say it (e.g. a trap catchpoint's
       *  syndrome): printed by GDB before the stop in all-stop mode (`O` packets). */
      readonly message?: string;
      /** More `name:value;` pairs for the reply, e.g. a trap's syndrome. GDB skips pairs it
       *  does not know (they show in `set debug remote 1`); a name must not read as a hex
       *  register number, nor be one GDB knows (thread, core, watch...). */
      readonly info?: readonly (readonly [string, string])[];
    }
  /** A process exited with an exit code (`W` stop reply); `message` as for a signal stop. */
  | { readonly kind: 'exited'; readonly pid: number; readonly code: number; readonly message?: string }
  /** A process was terminated by a signal (`X` stop reply). */
  | { readonly kind: 'killed'; readonly pid: number; readonly signal: number };

/** Given to `resume()`; the target calls it once when execution has stopped. */
export type StopCallback = (event: StopEvent) => void;

/**
 * What one thread should do on resume. Threads absent from a `resume()` call stay as
 * they are (stopped, in all-stop).
 * - `continue` / `step` (exactly one instruction), optionally delivering `signal`.
 * - `stop`: keep (or put) the thread stopped (`vCont` `t`).
 * - `addr`: legacy `c addr` / `s addr`: set the PC to `addr` first.
 */
export interface ThreadAction {
  readonly thread: ThreadId;
  readonly action: 'continue' | 'step' | 'stop';
  readonly signal?: number;
  readonly addr?: bigint;
}

/** How far an all-stop resume reaches beyond the threads its actions name. */
export interface ResumeScope {
  /** A continue applied to every process (`vCont;c`, `c:p-1.-1`, legacy `c`): it also
   *  covers processes the target has and GDB does not know yet. */
  readonly everyProcess: boolean;
}

/** Throw this from a target method to choose the `E` reply's errno (1..255). */
export class TargetError extends Error {
  constructor(
    readonly errno: number,
    message: string,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

/** Common errno values for `TargetError`. */
export const Errno = {
  EPERM: 0x01,
  ENOENT: 0x02,
  ESRCH: 0x03,
  EIO: 0x05,
  EFAULT: 0x0e,
  EBUSY: 0x10,
  EBADF: 0x09,
  EACCES: 0x0d,
  EINVAL: 0x16,
  EMFILE: 0x18,
  ENOSPC: 0x1c,
} as const;

/** The required core every target provides, plus optional capabilities. */
export interface Target {
  /** All processes and their threads, in a stable order (the first thread of the first
   *  process is GDB's default thread). Called at every connect and after every stop. */
  listProcesses(): MaybePromise<readonly ProcessInfo[]>;

  /** `g`: all registers of the thread's `g` block, raw bytes in description order.
   *  May be shorter than the description (GDB reads the rest with `p`); never longer. */
  readRegisters(thread: ThreadId): MaybePromise<Uint8Array>;
  /** `G`: write the registers covered by `data` (same layout as `readRegisters`). */
  writeRegisters(thread: ThreadId, data: Uint8Array): MaybePromise<void>;
  /** `p`: one register by target-description number; `undefined` = no such register
   *  (answered with `E`). */
  readRegister(thread: ThreadId, regnum: number): MaybePromise<Uint8Array | undefined>;
  /** `P`: write one register; return false if the register does not exist. */
  writeRegister(thread: ThreadId, regnum: number, data: Uint8Array): MaybePromise<boolean>;

  /**
   * `m`/`x`: read memory in the address space of `thread.pid`, as seen by `thread`
   * (threads of one process normally share it; `tid` lets a target pick e.g. the
   * vCPU whose translation regime to use). May return FEWER bytes than asked when the
   * range runs into unreadable memory; zero bytes is answered with `E`.
   * Debug reads must have no side effects on the target.
   */
  readMemory(thread: ThreadId, addr: bigint, length: number): MaybePromise<Uint8Array>;
  /**
   * `readMemory` into the caller's buffer (up to `into.length` bytes); returns how many
   * were read. Optional: `m`/`x` read into a buffer the session reuses, so that big
   * reads leave no memory behind for the garbage collector to find.
   */
  readMemoryInto?(thread: ThreadId, addr: bigint, into: Uint8Array): MaybePromise<number>;
  /** `M`/`X`: write all of `data` or throw. */
  writeMemory(thread: ThreadId, addr: bigint, data: Uint8Array): MaybePromise<void>;

  /**
   * `qXfer:features:read:<annex>`: the target description file `annex` ("target.xml"
   * and any file it `xi:include`s) for process `pid` (processes may differ, e.g.
   * AArch64 and AArch32 VMs). `undefined` = no such annex.
   */
  targetDescription(annex: string, pid: number): MaybePromise<string | Uint8Array | undefined>;

  /**
   * Start execution and return immediately. `actions` has one entry per thread that
   * was given an action; others stay stopped. Call `onStop` once, later (or even
   * before returning), when everything has stopped. If several threads stop at once,
   * report one and keep the others pending for the next resume.
   */
  resume(actions: readonly ThreadAction[], onStop: StopCallback, scope?: ResumeScope): MaybePromise<void>;
  /** Ctrl-C: stop as soon as possible and report it (usually `GdbSignal.INT`) through
   *  the pending `StopCallback`. Must be harmless if called repeatedly or when stopped. */
  interrupt(): void;

  /** Optional: Z0-Z4 / z0-z4. */
  readonly breakpoints?: BreakpointCapability;
  /** Optional: `monitor` commands (`qRcmd`). */
  readonly monitor?: MonitorCapability;
  /** Optional: attach / kill / detach / qAttached (extended-remote operations). */
  readonly processes?: ProcessCapability;
  /** Optional: cheaper `T` (thread alive) check than scanning `listProcesses()`. */
  isThreadAlive?(thread: ThreadId): MaybePromise<boolean>;
  /** Optional: non-stop mode (`QNonStop`, `vCont;t`, `vCtrlC`, `%Stop` notifications). */
  readonly nonStop?: NonStopCapability;
  /** Optional: the signal information of a thread's last stop (`qXfer:siginfo:read`,
   *  GDB's `$_siginfo`). */
  readonly signalInfo?: SignalInfoCapability;
  /** Optional: operating-system tables (`qXfer:osdata:read`, GDB's `info os`). */
  readonly osData?: OsDataCapability;
  /** Optional: reverse execution (`bs`, `bc`; GDB's reverse-stepi, reverse-continue...). */
  readonly reverse?: ReverseCapability;
  /** Optional: files GDB may read on the target's host (`vFile:open/pread/fstat/close`:
   *  GDB's `remote get`, and the programs it loads when its sysroot is `target:`). */
  readonly hostFiles?: HostFileCapability;
}

/**
 * Breakpoints and watchpoints. Z packets carry no pid: `thread` is the thread GDB
 * last selected with `Hg` (or the last stop), and `thread.pid` is the address space.
 * Return false when the breakpoint cannot be set (answered with `E`). Insert/remove
 * happen at every stop/resume, so make them cheap. Removing one that is not there
 * should succeed.
 */
export interface BreakpointCapability {
  /** Z0/z0. `kind` is the instruction size GDB uses (4 on AArch64). */
  readonly software?: {
    insert(thread: ThreadId, addr: bigint, kind: number): MaybePromise<boolean>;
    remove(thread: ThreadId, addr: bigint, kind: number): MaybePromise<boolean>;
  };
  /** Z1/z1. */
  readonly hardware?: {
    insert(thread: ThreadId, addr: bigint, kind: number): MaybePromise<boolean>;
    remove(thread: ThreadId, addr: bigint, kind: number): MaybePromise<boolean>;
  };
  /** Z2/Z3/Z4 (write/read/access) and their z counterparts. */
  readonly watchpoints?: {
    insert(thread: ThreadId, type: WatchType, addr: bigint, length: number): MaybePromise<boolean>;
    remove(thread: ThreadId, type: WatchType, addr: bigint, length: number): MaybePromise<boolean>;
  };
}

export type WatchType = 'write' | 'read' | 'access';

/** `monitor <command>`. */
export interface MonitorCapability {
  /**
   * Run one command. Text passed to `output` is sent to GDB immediately (as `O`
   * packets) and printed by it. Resolve when done; throw to make GDB print an error.
   * `thread` is GDB's last `Hg` thread (GDB sends none with the command; undefined when
   * there are no threads).
   */
  run(command: string, output: (text: string) => void, thread?: ThreadId): MaybePromise<void>;
}

/** Extended-remote process operations. Each member is optional on its own. */
export interface ProcessCapability {
  /** `vAttach;pid`: start debugging `pid` (it is stopped after this). Return the stop
   *  event to report, or nothing to report its first thread stopped with signal 0.
   *  (In non-stop mode every thread of the process is reported stopped.) */
  attach?(pid: number): MaybePromise<StopEvent | void>;
  /** `vKill;pid` and `k`: terminate the process (GDB expects no stop event for it). */
  kill?(pid: number): MaybePromise<void>;
  /** `vRun;program;args...` (GDB's `run` in extended mode): start the program again
   *  (`program` may be empty: the default one); return the stop of its first thread. */
  run?(program: string, args: readonly string[]): MaybePromise<StopEvent>;
  /** `D` / `D;pid`: stop debugging the process and let it run freely.
   *  Without this, detach just answers OK and the process stays as it is. */
  detach?(pid: number): MaybePromise<void>;
  /** `qAttached:pid`: true if the process existed before GDB (GDB then detaches
   *  instead of killing on quit). Without this, the server answers "attached". */
  isAttached?(pid: number): MaybePromise<boolean>;
  /** `qXfer:exec-file:read:pid`: the absolute path, on GDB's host, of the program the
   *  process runs; GDB loads it for that inferior and shows it in `info inferiors`.
   *  `undefined` = not known (GDB then asks the user for a file). */
  executable?(pid: number): MaybePromise<string | undefined>;
  /**
   * True when processes have descriptions of their own (`targetDescription` per pid) that
   * GDB must read for each. GDB 13 reads one only at connect, attach, run and an exec event;
   * an inferior it discovers keeps a default. With this, an all-stop resume of every thread
   * is answered, once per process GDB has not read `target.xml` for, with an exec stop of
   * that process's first thread (its program from `executable`): GDB reads the process's
   * description, prints "process N is executing new program: PATH" and resumes again.
   */
  describeByExec?: boolean;
}

/**
 * Non-stop mode: each thread runs or stops on its own, and GDB keeps talking to the
 * target while threads run. Offered to GDB (`QNonStop+`) only when present.
 *
 * Between `enter()` and `leave()` the server uses these methods instead of the core's
 * `resume()`/`interrupt()`, and the target reports EVERY stop through the `onEvent`
 * callback given to `enter()`, as often as things happen:
 * - `{ kind: 'signal' }`: that one thread stopped (the others keep their state);
 * - `{ kind: 'exited' | 'killed' }`: the process is gone (reported as
 *   `%Stop:W..;process:N` / `X..`); it must no longer be listed by `listProcesses()`.
 * Events may be reported at any time, also from within a method call. The server
 * queues them and hands them to GDB one at a time, so the target never waits for GDB.
 */
export interface NonStopCapability {
  /** `QNonStop:1`: start reporting stops to `onEvent` (replacing any earlier
   *  callback). Threads keep their current state. Throw `TargetError` to refuse. */
  enter(onEvent: StopCallback): MaybePromise<void>;
  /** `QNonStop:0`, or the session in non-stop mode ended: back to all-stop. Stop every
   *  running thread WITHOUT reporting it and stop calling `onEvent`. */
  leave(): MaybePromise<void>;
  /** Resume the stopped threads in `actions` (only `continue`/`step`, never `stop`;
   *  the server leaves out threads that are already running). Threads not named keep
   *  their state. Return once they run; each later stop is one `onEvent` call. */
  resume(actions: readonly ThreadAction[]): MaybePromise<void>;
  /** Stop the running threads in `threads` (the server leaves out stopped ones) and
   *  report each with one `signal` event carrying `signal`: `GdbSignal.NONE` for
   *  `vCont;t`, `GdbSignal.INT` for Ctrl-C. May report before returning. */
  stop(threads: readonly ThreadId[], signal: number): MaybePromise<void>;
  /** True while the thread runs; false once it has stopped (even if the server has
   *  not delivered that stop to GDB yet). */
  isRunning(thread: ThreadId): MaybePromise<boolean>;
}

/**
 * Reverse execution in all-stop mode (`ReverseStep+`, `ReverseContinue+` in `qSupported`).
 * Like `resume()`, each call returns once the target is on its way and calls `onStop`
 * exactly once with where it stopped: `step` one instruction back in `thread`'s history
 * (the others go back with it), `continue` back to the previous breakpoint or watchpoint
 * hit (reported as forwards). Where the history ends first, the stop carries the reason
 * `replaylog` (`begin`). Throw `TargetError` to refuse (e.g. no history kept).
 * Non-stop mode refuses both in the protocol layer.
 */
export interface ReverseCapability {
  step(thread: ThreadId, onStop: StopCallback): MaybePromise<void>;
  continue(thread: ThreadId, onStop: StopCallback): MaybePromise<void>;
}

/**
 * `qXfer:siginfo:read`: what GDB shows as `$_siginfo`. The bytes are the target OS's
 * `siginfo_t` in target byte order; for AArch64 Linux the 128-byte layout GDB expects
 * is `si_signo`, `si_errno`, `si_code` (int32 each), 4 bytes of padding, then the union
 * at offset 16 (e.g. `si_addr`, a u64, for SIGTRAP/SIGSEGV).
 */
export interface SignalInfoCapability {
  /** The siginfo of `thread`'s last stop; `undefined` = none (answered with `E`). */
  read(thread: ThreadId): MaybePromise<Uint8Array | undefined>;
}

/** One `info os TYPE` table: rows of column name -> text, columns in row order. */
export type OsDataTable = readonly Readonly<Record<string, string>>[];

/**
 * `qXfer:osdata:read:TYPE`: tables GDB shows with `info os TYPE` (`processes` also feeds
 * `attach`'s completion; its columns are `pid`, `user`, `command`, `cores` and any others).
 */
export interface OsDataCapability {
  /** The types offered (`info os` with no type lists them). */
  types(): readonly { type: string; description: string; title: string }[];
  /** The table of `type`; undefined = no such type (answered with `E`). */
  read(type: string): MaybePromise<OsDataTable | undefined>;
}

/**
 * Read-only access to files on the target's host, for `vFile`. The target decides which
 * paths GDB may read; the protocol layer opens and reads them (never writes).
 */
export interface HostFileCapability {
  /** The host path to read for `path` as GDB gave it. Throw `TargetError` (EACCES,
   *  ENOENT...) to refuse: GDB shows that errno. */
  resolve(path: string): MaybePromise<string>;
}
