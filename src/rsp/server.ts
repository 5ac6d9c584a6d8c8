/**
 * One GDB connection (`GdbSession`) over any byte stream, and a TCP listener
 * (`serveTcp`) that makes one session per connection.
 *
 * All-stop semantics:
 * - Packets are handled one at a time, in order; target calls never overlap.
 * - While the target runs (after `c`/`s`/`vCont`), only Ctrl-C (0x03) is acted on
 *   (-> `target.interrupt()`). Any other packet is held and handled after the stop
 *   reply has been sent, exactly as if GDB had sent it then (this includes a second
 *   resume). At most `maxQueuedPackets` are held; further ones are dropped.
 * - The thread named in a stop reply becomes the general (`Hg`) thread.
 * - Legacy `c`/`C` continue every thread (the signal goes to the `Hc` thread, or the
 *   general thread when `Hc` is -1/0); `s`/`S` step only that thread. `vCont` applies
 *   the leftmost action that matches each thread; threads no action matches stay
 *   stopped. GDB 13's default all-stop `continue` is `vCont;c:p<pid>.-1`, i.e. only
 *   the current process runs unless `set schedule-multiple on`.
 *
 * Non-stop semantics (after `QNonStop:1`, only with a target `nonStop` capability):
 * - Every packet is handled at once, running threads or not; resumes answer `OK`.
 * - Target stop events go into a queue. The head is sent as a `%Stop:` notification
 *   when nothing is outstanding; each `vStopped` drops the acknowledged head and
 *   answers with the next event (a plain packet) or `OK` when the queue is empty.
 * - Stops do NOT change the general thread: GDB does not record it in non-stop and
 *   sends `Hg` itself; switching behind its back would aim `g`/`m` at the wrong thread.
 * - `?` answers with one stopped thread (`OK` if none is stopped). The other stopped
 *   threads are held back until GDB has drained that answer with `vStopped`, then
 *   queued as ordinary notifications: GDB 13.1 fails an internal assertion
 *   (remote.c `wait`: `!async_event_handler_marked`) when the connect-time drain
 *   yields more than one stopped thread.
 */
import net from 'node:net';
import type { Duplex, Readable, Writable } from 'node:stream';
import {
  ALL,
  ANY,
  type Command,
  formatThreadId,
  parseCommand,
  type ThreadSpec,
  type VContAction,
} from './commands.ts';
import { DEFAULT_MAX_PAYLOAD, encodePacket, escapeBinary, type FrameEvent, FrameDecoder } from './framing.ts';
import { defaultRspLogger, type RspLogger } from './log.ts';
import {
  Errno,
  GdbSignal,
  type ProcessInfo,
  type StopEvent,
  type Target,
  TargetError,
  type ThreadAction,
  type ThreadId,
} from './target.ts';

export interface SessionOptions {
  /** Logger (default: winston child `rsp` on stderr). */
  readonly logger?: RspLogger;
  /** Trace every packet in and out at debug level. */
  readonly debug?: boolean;
  /** Largest incoming payload accepted and advertised as PacketSize (default 0x4000). */
  readonly maxPacketSize?: number;
  /** Packets held while the target runs before further ones are dropped (default 64). */
  readonly maxQueuedPackets?: number;
  /**
   * How many other sessions share the target (serveTcp: the other live connections).
   * While there are any, a detach (`D`) only removes this session's own breakpoints of
   * the process: the target's detach (which may clear every breakpoint and let the
   * machine run freely) is left to the last session, so that a second connection (an
   * IDE's live watch) leaving does not disturb the first one.
   */
  readonly otherSessions?: () => number;
}

/** A duplex stream (e.g. `net.Socket`) or a separate input and output. */
export type ByteStream = Duplex | { readonly input: Readable; readonly output: Writable };

/** Reply to send: text (latin1), raw bytes, or null for "no reply". */
type Reply = string | Buffer | null;

const EINVAL_REPLY = 'E16';
const VCONT_ACTIONS = 'vCont;c;C;s;S;t';
const THREADS_PER_INFO_PACKET = 64;

/** The GDB side of one connection. */
export class GdbSession {
  /** Resolves when the connection has closed. */
  readonly closed: Promise<void>;

  private readonly log: RspLogger;
  private readonly trace: boolean;
  private readonly maxPayload: number;
  private readonly maxQueued: number;
  private readonly otherSessions: (() => number) | undefined;
  private readonly decoder: FrameDecoder;
  private readonly input: Readable;
  private readonly output: Writable;

  private isClosed = false;
  private resolveClosed!: () => void;
  private noAck = false;
  private lastSent: Buffer | undefined;
  private retransmits = 0;

  // Negotiated with qSupported.
  private multiprocess = false;
  private gdbSwbreak = false;
  private gdbHwbreak = false;
  private errorMessages = false;
  private extended = false;

  // Non-stop mode: the event queue; `notified` = its head was sent and awaits vStopped.
  private nonStopMode = false;
  private nonStopGeneration = 0;
  private readonly stopQueue: StopEvent[] = [];
  private notified = false;
  /** Stops `?` found beyond the first, queued once GDB has drained the `?` answer. */
  private heldStops: StopEvent[] = [];
  /** Last stop of each thread seen in non-stop mode ("pid.tid"), repeated by `?`. */
  private readonly threadStops = new Map<string, StopEvent>();

  // Thread selection and run state.
  private general: ThreadId | undefined;
  private contSpec: ThreadSpec = { pid: ALL, tid: ALL };
  private lastStop: StopEvent | undefined;
  private running = false;
  private resumeGeneration = 0;

  // Packet queue; `null` is a raw Ctrl-C received in non-stop mode (handled in order).
  private readonly inbox: (Buffer | null)[] = [];
  private pumping = false;

  // Paged / cached replies.
  private threadInfoPages: string[] = [];
  private threadsXml: Buffer | undefined;

  /** Breakpoints this session inserted, removed again if the connection drops. */
  private readonly inserted = new Map<string, Extract<Command, { kind: 'breakpoint' }> & { thread: ThreadId }>();

  constructor(
    private readonly target: Target,
    stream: ByteStream,
    options: SessionOptions = {},
  ) {
    this.log = options.logger ?? defaultRspLogger();
    this.trace = options.debug ?? false;
    this.maxPayload = options.maxPacketSize ?? DEFAULT_MAX_PAYLOAD;
    this.maxQueued = options.maxQueuedPackets ?? 64;
    this.otherSessions = options.otherSessions;
    this.decoder = new FrameDecoder(this.maxPayload);
    if ('input' in stream) {
      this.input = stream.input;
      this.output = stream.output;
    } else {
      this.input = stream;
      this.output = stream;
    }
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
    this.input.on('data', (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk));
    this.input.on('end', () => this.shutdown('end of input'));
    this.input.on('close', () => this.shutdown('input closed'));
    this.input.on('error', (e: Error) => this.shutdown(`input error: ${e.message}`));
    this.output.on('error', (e: Error) => this.shutdown(`output error: ${e.message}`));
  }

  /** Close the connection (the target is left as it is). */
  close(): void {
    this.shutdown('closed by server');
  }

  /** True while the target is running on behalf of this session (all-stop). */
  get isRunning(): boolean {
    return this.running;
  }

  /** True after GDB switched this session to non-stop mode. */
  get isNonStop(): boolean {
    return this.nonStopMode;
  }

  // ---------------------------------------------------------------------------------
  // Byte stream

  private onData(chunk: Buffer): void {
    if (this.isClosed) return;
    let events: FrameEvent[];
    try {
      events = this.decoder.push(chunk);
    } catch (e) {
      this.log.error(`framing failed: ${describe(e)}`);
      return;
    }
    for (const ev of events) {
      try {
        this.onFrame(ev);
      } catch (e) {
        this.log.error(`frame handling failed: ${describe(e)}`);
      }
    }
    void this.pump();
  }

  private onFrame(ev: FrameEvent): void {
    switch (ev.type) {
      case 'packet':
        if (!this.noAck) this.writeRaw('+');
        this.enqueue(ev.payload);
        break;
      case 'bad-checksum':
        if (!this.noAck) {
          this.log.warn(`bad checksum (computed ${ev.expected.toString(16)}, got "${ev.received}"), asked to resend`);
          this.writeRaw('-');
        } else if (ev.payload) {
          // No-ack mode: checksums need not be checked and GDB will not resend.
          this.log.warn(`bad checksum in no-ack mode (computed ${ev.expected.toString(16)}, got "${ev.received}"), using packet anyway`);
          this.enqueue(ev.payload);
        } else {
          this.log.warn('undecodable packet in no-ack mode dropped');
        }
        break;
      case 'oversize':
        this.log.warn(`packet of ${ev.length} bytes exceeds PacketSize ${this.maxPayload}; dropped`);
        if (!this.noAck) this.writeRaw('-');
        break;
      case 'truncated':
        this.log.warn(`truncated packet dropped: "${printable(ev.partial)}"`);
        break;
      case 'garbage':
        if (this.trace) this.log.debug(`ignored bytes between packets: "${printable(ev.bytes)}"`);
        break;
      case 'ack':
        this.lastSent = undefined;
        this.retransmits = 0;
        break;
      case 'nack':
        if (!this.noAck && this.lastSent && this.retransmits < 3) {
          this.retransmits++;
          this.log.warn('GDB asked for a retransmission');
          this.writeRaw(this.lastSent);
        }
        break;
      case 'interrupt':
        if (this.nonStopMode) {
          if (this.trace) this.log.debug('<- Ctrl-C (non-stop)');
          this.inbox.push(null);
        } else if (this.running) {
          if (this.trace) this.log.debug('<- Ctrl-C');
          try {
            this.target.interrupt();
          } catch (e) {
            this.log.error(`target.interrupt() failed: ${describe(e)}`);
          }
        } else if (this.trace) {
          this.log.debug('Ctrl-C while stopped ignored');
        }
        break;
    }
  }

  private enqueue(payload: Buffer | null): void {
    if (this.running && this.inbox.length >= this.maxQueued) {
      this.log.warn(`packet received while running dropped (queue full): "${payload ? printable(payload) : 'Ctrl-C'}"`);
      return;
    }
    this.inbox.push(payload);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.running && !this.isClosed && this.inbox.length > 0) {
        try {
          const payload = this.inbox.shift()!;
          if (payload) await this.handlePacket(payload);
          else await this.interruptNonStop(GdbSignal.INT);
        } catch (e) {
          this.log.error(`packet handling failed: ${describe(e)}`);
        }
      }
    } finally {
      this.pumping = false;
    }
  }

  private writeRaw(data: string | Buffer): void {
    if (this.isClosed || this.output.destroyed || this.output.writableEnded) return;
    try {
      this.output.write(data);
    } catch (e) {
      this.shutdown(`write failed: ${describe(e)}`);
    }
  }

  private send(reply: string | Buffer): void {
    if (this.isClosed) return;
    if (this.trace) this.log.debug(`-> ${printable(typeof reply === 'string' ? Buffer.from(reply, 'latin1') : reply)}`);
    const packet = encodePacket(reply);
    this.lastSent = this.noAck ? undefined : packet;
    this.retransmits = 0;
    this.writeRaw(packet);
  }

  /** `%payload#cs`: never acked by GDB, so not a candidate for retransmission. */
  private notify(payload: string): void {
    if (this.isClosed) return;
    if (this.trace) this.log.debug(`-> %${payload}`);
    this.writeRaw(encodePacket(payload, true));
  }

  private shutdown(why: string): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.log.info(`GDB session ended (${why})`);
    this.inbox.length = 0;
    if (!this.output.destroyed) this.output.end();
    void this.leaveNonStop()
      .catch((e: unknown) => this.log.warn(`leaving non-stop mode failed: ${describe(e)}`))
      .then(() => this.removeInsertedBreakpoints())
      .finally(() => this.resolveClosed());
  }

  /** Removes the breakpoints this session inserted (in process `pid` only, if given). */
  private async removeInsertedBreakpoints(pid?: number): Promise<void> {
    for (const [key, bp] of [...this.inserted]) {
      if (pid !== undefined && bp.thread.pid !== pid) continue;
      try {
        await this.applyBreakpoint({ ...bp, insert: false }, bp.thread);
      } catch (e) {
        this.log.warn(`could not remove breakpoint at 0x${bp.addr.toString(16)}: ${describe(e)}`);
      }
      this.inserted.delete(key);
    }
  }

  // ---------------------------------------------------------------------------------
  // Packets

  private async handlePacket(payload: Buffer): Promise<void> {
    if (this.trace) this.log.debug(`<- ${printable(payload)}`);
    const cmd = parseCommand(payload);
    let reply: Reply;
    try {
      reply = await this.dispatch(cmd);
    } catch (e) {
      reply = this.errorReply(e, cmd.kind);
    }
    if (reply !== null) this.send(reply);
  }

  private errorReply(e: unknown, what: string): string {
    if (e instanceof TargetError) {
      if (this.trace) this.log.debug(`${what}: ${e.message}`);
      if (this.errorMessages && e.message) return `E.${e.message.replace(/[$#}*]/g, '?')}`;
      return `E${hex2(e.errno)}`;
    }
    this.log.error(`target failed on ${what}: ${describe(e)}`);
    return 'E01';
  }

  private async dispatch(cmd: Command): Promise<Reply> {
    const t = this.target;
    switch (cmd.kind) {
      case 'qSupported':
        return this.supported(cmd.features);
      case 'vMustReplyEmpty':
        return '';
      case 'startNoAckMode':
        this.send('OK');
        this.noAck = true;
        this.lastSent = undefined;
        return null;
      case 'extendedMode':
        this.extended = true;
        return 'OK';
      case 'haltReason':
        return this.haltReason();
      case 'readRegisters': {
        const regs = await t.readRegisters(await this.generalThread());
        return Buffer.from(regs).toString('hex');
      }
      case 'writeRegisters':
        await t.writeRegisters(await this.generalThread(), cmd.data);
        return 'OK';
      case 'readRegister': {
        const value = await t.readRegister(await this.generalThread(), cmd.regnum);
        if (value === undefined) return this.errorReply(new TargetError(Errno.EINVAL, `no register ${cmd.regnum}`), 'p');
        return Buffer.from(value).toString('hex');
      }
      case 'writeRegister': {
        const ok = await t.writeRegister(await this.generalThread(), cmd.regnum, cmd.data);
        return ok ? 'OK' : this.errorReply(new TargetError(Errno.EINVAL, `no register ${cmd.regnum}`), 'P');
      }
      case 'readMemory':
        return this.readMemory(cmd.addr, cmd.length, cmd.binary);
      case 'writeMemory':
        if (cmd.data.length > 0) await t.writeMemory(await this.generalThread(), cmd.addr, cmd.data);
        return 'OK';
      case 'resume':
        return this.legacyResume(cmd.op, cmd.signal, cmd.addr);
      case 'vContQuery':
        return VCONT_ACTIONS;
      case 'vCont':
        return this.vCont(cmd.actions);
      case 'setThread':
        return this.setThread(cmd.op, cmd.thread);
      case 'threadAlive':
        return (await this.threadAlive(cmd.thread)) ? 'OK' : `E${hex2(Errno.ESRCH)}`;
      case 'currentThread': {
        const th = await this.generalThread();
        return `QC${formatThreadId(th, this.multiprocess)}`;
      }
      case 'threadInfoFirst':
        return this.threadInfoFirst();
      case 'threadInfoNext':
        return this.threadInfoPages.shift() ?? 'l';
      case 'xferRead':
        return this.xferRead(cmd.object, cmd.annex, cmd.offset, cmd.length);
      case 'attached': {
        if (cmd.pid !== undefined && !(await this.processExists(cmd.pid))) return `E${hex2(Errno.ESRCH)}`;
        const isAttached = t.processes?.isAttached;
        if (!isAttached) return '1';
        const pid = cmd.pid ?? (await this.generalThread()).pid;
        return (await isAttached.call(t.processes, pid)) ? '1' : '0';
      }
      case 'attach':
        return this.attach(cmd.pid);
      case 'vKill': {
        if (!t.processes?.kill) return '';
        if (!(await this.processExists(cmd.pid))) return `E${hex2(Errno.ESRCH)}`;
        await t.processes.kill(cmd.pid);
        this.forgetProcess(cmd.pid);
        return 'OK';
      }
      case 'kill':
        // GDB does not wait for a reply to `k`.
        if (t.processes?.kill) {
          for (const p of await t.listProcesses()) {
            try {
              await t.processes.kill(p.pid);
            } catch (e) {
              this.log.warn(`kill of process ${p.pid} failed: ${describe(e)}`);
            }
            this.forgetProcess(p.pid);
          }
        }
        if (!this.extended) this.shutdown('killed by GDB');
        return null;
      case 'detach': {
        if (cmd.pid !== undefined && !(await this.processExists(cmd.pid))) return `E${hex2(Errno.ESRCH)}`;
        const pids = cmd.pid !== undefined ? [cmd.pid] : (await t.listProcesses()).map((p) => p.pid);
        const shared = (this.otherSessions?.() ?? 0) > 0;
        for (const pid of pids) {
          if (shared) await this.removeInsertedBreakpoints(pid);
          else if (t.processes?.detach) await t.processes.detach(pid);
          this.forgetProcess(pid);
        }
        return 'OK';
      }
      case 'monitor':
        return this.monitor(cmd.command);
      case 'breakpoint': {
        const thread = await this.generalThread();
        const result = await this.applyBreakpoint(cmd, thread);
        if (result === undefined) return '';
        if (!result) return `E${hex2(Errno.EFAULT)}`;
        const key = `${thread.pid}:${cmd.type}:${cmd.addr.toString(16)}:${cmd.size}`;
        if (cmd.insert) this.inserted.set(key, { ...cmd, thread });
        else this.inserted.delete(key);
        return 'OK';
      }
      case 'traceStatus':
        return '';
      case 'setNonStop':
        return this.setNonStop(cmd.enabled);
      case 'vStopped':
        return this.vStopped();
      case 'vCtrlC':
        // In all-stop this is only handled while stopped: nothing to interrupt.
        if (this.nonStopMode) await this.interruptNonStop(GdbSignal.INT);
        return 'OK';
      case 'unknown':
        if (this.trace) this.log.debug(`unsupported packet "${cmd.name}"`);
        return '';
      case 'malformed':
        this.log.warn(`malformed ${cmd.name} packet: ${cmd.reason}`);
        return EINVAL_REPLY;
    }
  }

  private supported(features: ReadonlyMap<string, string | boolean>): string {
    this.multiprocess = features.get('multiprocess') === true;
    this.gdbSwbreak = features.get('swbreak') === true;
    this.gdbHwbreak = features.get('hwbreak') === true;
    this.errorMessages = features.get('error-message') === true;
    const bp = this.target.breakpoints;
    const out = [
      `PacketSize=${this.maxPayload.toString(16)}`,
      'QStartNoAckMode+',
      'multiprocess+',
      'qXfer:features:read+',
      'qXfer:threads:read+',
      'vContSupported+',
      'binary-upload+',
    ];
    if (bp?.software) out.push('swbreak+');
    if (bp?.hardware) out.push('hwbreak+');
    if (this.errorMessages) out.push('error-message+');
    if (this.target.nonStop) out.push('QNonStop+');
    if (this.target.processes?.executable) out.push('qXfer:exec-file:read+');
    return out.join(';');
  }

  // ---------------------------------------------------------------------------------
  // Threads

  private async processes(): Promise<readonly ProcessInfo[]> {
    return (await this.target.listProcesses()).filter((p) => p.threads.length > 0);
  }

  /** Concrete threads a spec names, in list order. */
  private expand(spec: ThreadSpec, procs: readonly ProcessInfo[]): ThreadId[] {
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

  /** The thread register/memory/breakpoint packets apply to. */
  private async generalThread(): Promise<ThreadId> {
    if (this.general) return this.general;
    const first = this.expand({ pid: ANY, tid: ANY }, await this.processes())[0];
    if (!first) throw new TargetError(Errno.ESRCH, 'no threads');
    this.general = first;
    return first;
  }

  private async setThread(op: 'g' | 'c', spec: ThreadSpec): Promise<Reply> {
    const procs = await this.processes();
    const threads = this.expand(spec, procs);
    const isDefault = spec.pid === ANY && spec.tid === ANY;
    if (threads.length === 0 && !(isDefault || spec.pid === ALL)) return `E${hex2(Errno.ESRCH)}`;
    if (op === 'g') this.general = threads[0];
    else this.contSpec = spec;
    return 'OK';
  }

  private async threadAlive(spec: ThreadSpec): Promise<boolean> {
    const alive = this.target.isThreadAlive;
    if (alive && spec.pid > 0 && spec.tid > 0) return alive.call(this.target, { pid: spec.pid, tid: spec.tid });
    return this.expand(spec, await this.processes()).length > 0;
  }

  private async threadInfoFirst(): Promise<Reply> {
    const ids = this.expand({ pid: ALL, tid: ALL }, await this.processes()).map((th) => formatThreadId(th, this.multiprocess));
    this.threadInfoPages = [];
    for (let i = 0; i < ids.length; i += THREADS_PER_INFO_PACKET) {
      this.threadInfoPages.push('m' + ids.slice(i, i + THREADS_PER_INFO_PACKET).join(','));
    }
    return this.threadInfoPages.shift() ?? 'l';
  }

  private async threadsXmlDocument(): Promise<Buffer> {
    const lines = ['<?xml version="1.0"?>', '<threads>'];
    for (const p of await this.processes()) {
      for (const th of p.threads) {
        let attrs = `id="${formatThreadId({ pid: p.pid, tid: th.tid }, this.multiprocess)}"`;
        if (th.core !== undefined) attrs += ` core="${th.core.toString(16)}"`;
        if (th.name !== undefined) attrs += ` name="${xmlEscape(th.name)}"`;
        lines.push(`<thread ${attrs}/>`);
      }
    }
    lines.push('</threads>', '');
    return Buffer.from(lines.join('\n'), 'utf8');
  }

  private forgetProcess(pid: number): void {
    if (this.general?.pid === pid) this.general = undefined;
    if (this.lastStop && stopPid(this.lastStop) === pid) this.lastStop = undefined;
    for (const key of [...this.threadStops.keys()]) if (key.startsWith(`${pid}.`)) this.threadStops.delete(key);
    // Queued events of the process are stale, except a head GDB already holds: its
    // vStopped acknowledgement will drop it.
    const keep = this.notified ? 1 : 0;
    for (let i = this.stopQueue.length - 1; i >= keep; i--) if (stopPid(this.stopQueue[i]!) === pid) this.stopQueue.splice(i, 1);
    this.heldStops = this.heldStops.filter((ev) => stopPid(ev) !== pid);
  }

  /** Whether the target lists `pid` (with or without threads). */
  private async processExists(pid: number): Promise<boolean> {
    return (await this.target.listProcesses()).some((p) => p.pid === pid);
  }

  // ---------------------------------------------------------------------------------
  // Memory and transfers

  private async readMemory(addr: bigint, length: number, binary: boolean): Promise<Reply> {
    if (length === 0) return binary ? 'b' : '';
    const max = binary ? this.maxPayload - 1 : Math.floor(this.maxPayload / 2);
    const want = Math.min(length, max);
    const data = await this.target.readMemory(await this.generalThread(), addr, want);
    if (data.length === 0) return `E${hex2(Errno.EFAULT)}`;
    const bytes = data.length > want ? data.subarray(0, want) : data;
    if (binary) return Buffer.concat([Buffer.from('b'), escapeBinary(bytes)]);
    return Buffer.from(bytes).toString('hex');
  }

  private async xferRead(object: string, annex: string, offset: number, length: number): Promise<Reply> {
    let doc: Buffer;
    if (object === 'features') {
      const pid = this.general?.pid ?? (await this.generalThread().catch(() => undefined))?.pid ?? 0;
      const content = await this.target.targetDescription(annex, pid);
      if (content === undefined) return 'E00';
      doc = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    } else if (object === 'exec-file' && this.target.processes?.executable) {
      // The annex is the pid in hex; empty means the general thread's process.
      const pid = annex === '' ? (await this.generalThread()).pid : parseInt(annex, 16);
      if (!Number.isInteger(pid) || !/^[0-9a-f]*$/i.test(annex)) return 'E00';
      const path = await this.target.processes.executable(pid);
      if (path === undefined) return `E${hex2(Errno.ENOENT)}`;
      doc = Buffer.from(path, 'utf8');
    } else if (object === 'threads') {
      if (annex !== '') return 'E00';
      // Build once per listing so chunks at later offsets are consistent.
      if (offset === 0 || !this.threadsXml) this.threadsXml = await this.threadsXmlDocument();
      doc = this.threadsXml;
    } else {
      return '';
    }
    return xferChunk(doc, offset, Math.min(length, this.maxPayload - 1));
  }

  private async monitor(command: string): Promise<Reply> {
    const mon = this.target.monitor;
    if (!mon) return '';
    let done = false;
    const output = (text: string): void => {
      if (done) {
        this.log.warn(`monitor output after the command finished dropped: ${JSON.stringify(text)}`);
        return;
      }
      this.consoleOutput(text);
    };
    try {
      await mon.run(command, output);
    } finally {
      done = true;
    }
    return 'OK';
  }

  /** Text GDB prints on its console (`O` packets, each well under PacketSize). */
  private consoleOutput(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    const step = Math.max(1, Math.floor((this.maxPayload - 1) / 2));
    for (let i = 0; i < bytes.length; i += step) this.send('O' + bytes.subarray(i, i + step).toString('hex'));
  }

  /** Returns undefined when the target lacks that kind of breakpoint. */
  private async applyBreakpoint(
    cmd: Extract<Command, { kind: 'breakpoint' }>,
    thread: ThreadId,
  ): Promise<boolean | undefined> {
    const bp = this.target.breakpoints;
    if (!bp) return undefined;
    switch (cmd.type) {
      case 'sw':
        if (!bp.software) return undefined;
        return cmd.insert ? bp.software.insert(thread, cmd.addr, cmd.size) : bp.software.remove(thread, cmd.addr, cmd.size);
      case 'hw':
        if (!bp.hardware) return undefined;
        return cmd.insert ? bp.hardware.insert(thread, cmd.addr, cmd.size) : bp.hardware.remove(thread, cmd.addr, cmd.size);
      default:
        if (!bp.watchpoints) return undefined;
        return cmd.insert
          ? bp.watchpoints.insert(thread, cmd.type, cmd.addr, cmd.size)
          : bp.watchpoints.remove(thread, cmd.type, cmd.addr, cmd.size);
    }
  }

  // ---------------------------------------------------------------------------------
  // Execution

  private async legacyResume(op: 'continue' | 'step', signal?: number, addr?: bigint): Promise<Reply> {
    const procs = await this.processes();
    const all = this.expand({ pid: ALL, tid: ALL }, procs);
    const chosen = this.contSpec.pid > 0 && this.contSpec.tid > 0 ? this.expand(this.contSpec, procs)[0] : undefined;
    const main = chosen ?? (await this.generalThread());
    const actions: ThreadAction[] = [{ thread: main, action: op, ...(signal !== undefined && { signal }), ...(addr !== undefined && { addr }) }];
    if (op === 'continue') {
      for (const th of all) if (th.pid !== main.pid || th.tid !== main.tid) actions.push({ thread: th, action: 'continue' });
    }
    return this.nonStopMode ? this.resumeNonStop(actions) : this.startResume(actions);
  }

  private async vCont(vactions: readonly VContAction[]): Promise<Reply> {
    const procs = await this.processes();
    const all = this.expand({ pid: ALL, tid: ALL }, procs);
    const matchSets = vactions.map((a) =>
      a.thread ? new Set(this.expand(a.thread, procs).map((th) => `${th.pid}.${th.tid}`)) : undefined,
    );
    const actions: ThreadAction[] = [];
    for (const th of all) {
      const key = `${th.pid}.${th.tid}`;
      // The leftmost action that matches the thread wins.
      const i = matchSets.findIndex((s) => s === undefined || s.has(key));
      if (i < 0) continue;
      const a = vactions[i]!;
      actions.push({ thread: th, action: a.op, ...(a.signal !== undefined && { signal: a.signal }) });
    }
    if (this.nonStopMode) {
      if (actions.length > 0) return this.resumeNonStop(actions);
      this.log.warn('vCont names no thread');
      return `E${hex2(Errno.ESRCH)}`;
    }
    if (!actions.some((a) => a.action !== 'stop')) {
      this.log.warn('vCont resumes no thread');
      return `E${hex2(Errno.ESRCH)}`;
    }
    return this.startResume(actions);
  }

  private async startResume(actions: readonly ThreadAction[]): Promise<Reply> {
    const generation = ++this.resumeGeneration;
    this.running = true;
    this.threadsXml = undefined;
    try {
      await this.target.resume(actions, (ev) => this.onTargetStop(generation, ev));
    } catch (e) {
      if (this.running && this.resumeGeneration === generation) {
        this.running = false;
        return this.errorReply(e, 'resume');
      }
      this.log.error(`target.resume() threw after reporting a stop: ${describe(e)}`);
    }
    return null;
  }

  private onTargetStop(generation: number, ev: StopEvent): void {
    try {
      if (this.isClosed) {
        this.log.debug('stop event after the session closed ignored');
        return;
      }
      if (!this.running || generation !== this.resumeGeneration) {
        this.log.warn(`unexpected stop event ignored: ${JSON.stringify(ev, bigintJson)}`);
        return;
      }
      this.running = false;
      this.recordStop(ev);
      // All-stop: GDB prints console output that comes before the stop reply.
      if (ev.kind === 'signal' && ev.message !== undefined) this.consoleOutput(`${ev.message}\n`);
      this.send(this.formatStop(ev));
      void this.pump();
    } catch (e) {
      this.log.error(`stop handling failed: ${describe(e)}`);
    }
  }

  private recordStop(ev: StopEvent): void {
    this.lastStop = ev;
    if (ev.kind === 'signal') this.general = ev.thread;
    else if (this.general?.pid === ev.pid) this.general = undefined;
  }

  private async haltReason(): Promise<Reply> {
    if (this.nonStopMode) return this.haltReasonNonStop();
    const procs = await this.processes();
    const ev = this.lastStop;
    if (ev && ev.kind === 'signal' && this.expand(ev.thread, procs).length > 0) {
      this.general = ev.thread;
      return this.formatStop(ev);
    }
    const first = this.expand({ pid: ANY, tid: ANY }, procs)[0];
    if (!first) return 'W00';
    const core = procs.find((p) => p.pid === first.pid)?.threads.find((th) => th.tid === first.tid)?.core;
    const initial: StopEvent = { kind: 'signal', thread: first, signal: GdbSignal.TRAP, ...(core !== undefined && { core }) };
    this.recordStop(initial);
    return this.formatStop(initial);
  }

  private async attach(pid: number): Promise<Reply> {
    const attach = this.target.processes?.attach;
    if (!attach) return '';
    let ev = (await attach.call(this.target.processes, pid)) ?? undefined;
    if (this.nonStopMode) {
      // Non-stop: `OK` now, then every thread of the process as a stop notification
      // (GDB waits for those; the target's own event stands for the thread it names).
      const threads = this.expand({ pid, tid: ALL }, await this.processes());
      if (!ev && threads.length === 0) return `E${hex2(Errno.ESRCH)}`;
      this.send('OK');
      const evThread = ev?.kind === 'signal' ? ev.thread : undefined;
      if (ev) this.queueStop(ev);
      if (ev?.kind !== 'exited' && ev?.kind !== 'killed') {
        for (const th of threads) {
          if (evThread && evThread.tid === th.tid) continue;
          this.queueStop({ kind: 'signal', thread: th, signal: GdbSignal.NONE });
        }
      }
      return null;
    }
    if (!ev) {
      const first = this.expand({ pid, tid: ANY }, await this.processes())[0];
      if (!first) return `E${hex2(Errno.ESRCH)}`;
      ev = { kind: 'signal', thread: first, signal: GdbSignal.NONE };
    }
    this.recordStop(ev);
    return this.formatStop(ev);
  }

  // ---------------------------------------------------------------------------------
  // Non-stop

  private async setNonStop(enabled: boolean): Promise<Reply> {
    const ns = this.target.nonStop;
    if (!ns) return enabled ? '' : 'OK';
    if (enabled === this.nonStopMode) return 'OK';
    if (enabled) {
      const generation = ++this.nonStopGeneration;
      // Set first: the target may report events from within enter().
      this.nonStopMode = true;
      try {
        await ns.enter((ev) => this.onNonStopEvent(generation, ev));
      } catch (e) {
        this.nonStopMode = false;
        this.nonStopGeneration++;
        this.stopQueue.length = 0;
        this.notified = false;
        this.threadStops.clear();
        throw e;
      }
    } else {
      await this.leaveNonStop();
    }
    return 'OK';
  }

  private async leaveNonStop(): Promise<void> {
    if (!this.nonStopMode) return;
    this.nonStopMode = false;
    this.nonStopGeneration++;
    this.stopQueue.length = 0;
    this.notified = false;
    this.heldStops = [];
    this.threadStops.clear();
    await this.target.nonStop?.leave();
  }

  private onNonStopEvent(generation: number, ev: StopEvent): void {
    try {
      if (this.isClosed || !this.nonStopMode || generation !== this.nonStopGeneration) {
        this.log.debug(`non-stop event outside non-stop mode ignored: ${JSON.stringify(ev, bigintJson)}`);
        return;
      }
      this.queueStop(ev);
    } catch (e) {
      this.log.error(`stop handling failed: ${describe(e)}`);
    }
  }

  /** Queue an event for GDB; notify at once when no notification is outstanding. */
  private queueStop(ev: StopEvent): void {
    this.threadsXml = undefined;
    if (ev.kind === 'signal') this.threadStops.set(`${ev.thread.pid}.${ev.thread.tid}`, ev);
    else {
      for (const key of [...this.threadStops.keys()]) if (key.startsWith(`${ev.pid}.`)) this.threadStops.delete(key);
      if (this.general?.pid === ev.pid) this.general = undefined;
    }
    this.stopQueue.push(ev);
    if (!this.notified) {
      this.notified = true;
      this.notify(`Stop:${this.formatStop(ev)}`);
    }
  }

  private vStopped(): Reply {
    if (this.notified) this.stopQueue.shift();
    const next = this.stopQueue[0];
    this.notified = next !== undefined;
    if (next) return this.formatStop(next);
    if (this.heldStops.length === 0) return 'OK';
    // The `?` answer is drained: the held stops follow as notifications, after the OK.
    this.send('OK');
    const held = this.heldStops;
    this.heldStops = [];
    for (const ev of held) this.queueStop(ev);
    return null;
  }

  private async haltReasonNonStop(): Promise<Reply> {
    const ns = this.target.nonStop!;
    // Start over with one event per stopped thread: the first now, the rest held.
    this.stopQueue.length = 0;
    this.notified = false;
    this.heldStops = [];
    const procs = await this.processes();
    for (const th of this.expand({ pid: ALL, tid: ALL }, procs)) {
      if (await ns.isRunning(th)) continue;
      const seen = this.threadStops.get(`${th.pid}.${th.tid}`);
      const core = procs.find((p) => p.pid === th.pid)?.threads.find((x) => x.tid === th.tid)?.core;
      this.stopQueue.push(seen ?? { kind: 'signal', thread: th, signal: GdbSignal.NONE, ...(core !== undefined && { core }) });
    }
    const first = this.stopQueue[0];
    if (!first) return 'OK';
    this.heldStops = this.stopQueue.splice(1);
    this.notified = true;
    return this.formatStop(first);
  }

  /** Non-stop resume: stop actions go to `stop()`, the rest to `resume()`, each
   *  leaving out threads already in the wanted state. A stopped thread whose stop GDB
   *  has not acknowledged yet is not resumed either: GDB still believes it runs (a
   *  wildcard `vCont;c` includes it) and the queued stop is what it must learn next. */
  private async resumeNonStop(actions: readonly ThreadAction[]): Promise<Reply> {
    const ns = this.target.nonStop!;
    const unacknowledged = new Set<string>();
    for (const ev of [...this.stopQueue, ...this.heldStops]) {
      if (ev.kind === 'signal') unacknowledged.add(`${ev.thread.pid}.${ev.thread.tid}`);
    }
    const toStop: ThreadId[] = [];
    const toRun: ThreadAction[] = [];
    for (const a of actions) {
      const running = await ns.isRunning(a.thread);
      if (a.action === 'stop') {
        if (running) toStop.push(a.thread);
      } else if (!running && !unacknowledged.has(`${a.thread.pid}.${a.thread.tid}`)) toRun.push(a);
    }
    this.threadsXml = undefined;
    if (toStop.length > 0) await ns.stop(toStop, GdbSignal.NONE);
    if (toRun.length > 0) await ns.resume(toRun);
    return 'OK';
  }

  /** Ctrl-C in non-stop: stop ONE running thread with `signal` (as a SIGINT would),
   *  preferably of the general thread's process. */
  private async interruptNonStop(signal: number): Promise<void> {
    const ns = this.target.nonStop;
    if (!ns || !this.nonStopMode) return;
    const all = this.expand({ pid: ALL, tid: ALL }, await this.processes());
    const pid = this.general?.pid;
    const ordered = [...all.filter((th) => th.pid === pid), ...all.filter((th) => th.pid !== pid)];
    for (const th of ordered) {
      if (await ns.isRunning(th)) {
        await ns.stop([th], signal);
        return;
      }
    }
    if (this.trace) this.log.debug('Ctrl-C with no running thread ignored');
  }

  /** `T`/`W`/`X` stop reply for an event. */
  formatStop(ev: StopEvent): string {
    const process = (pid: number): string => (this.multiprocess ? `;process:${pid.toString(16)}` : '');
    switch (ev.kind) {
      case 'exited':
        return `W${hex2(ev.code)}${process(ev.pid)}`;
      case 'killed':
        return `X${hex2(ev.signal)}${process(ev.pid)}`;
      case 'signal': {
        let s = `T${hex2(ev.signal)}thread:${formatThreadId(ev.thread, this.multiprocess)};`;
        if (ev.core !== undefined) s += `core:${ev.core.toString(16)};`;
        for (const [n, bytes] of ev.registers ?? []) s += `${n.toString(16)}:${Buffer.from(bytes).toString('hex')};`;
        for (const [name, value] of ev.info ?? []) if (isInfoName(name) && /^[^;#$}*]*$/.test(value)) s += `${name}:${value};`;
        const r = ev.reason;
        if (r?.kind === 'swbreak' && this.gdbSwbreak) s += 'swbreak:;';
        else if (r?.kind === 'hwbreak' && this.gdbHwbreak) s += 'hwbreak:;';
        else if (r && r.kind !== 'swbreak' && r.kind !== 'hwbreak') s += `${r.kind}:${r.addr.toString(16)};`;
        return s;
      }
    }
  }
}

/** Stop-reply pair names GDB gives a meaning to. */
const STOP_REPLY_NAMES = new Set(['thread', 'core', 'watch', 'rwatch', 'awatch', 'library', 'replaylog', 'swbreak', 'hwbreak', 'fork', 'vfork', 'vforkdone', 'exec', 'create', 'syscall_entry', 'syscall_return']);

/** A stop-reply pair name GDB skips: not hex (a register number), not a known reason. */
function isInfoName(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/i.test(name) && !/^[0-9a-f]+$/i.test(name) && !STOP_REPLY_NAMES.has(name);
}

function stopPid(ev: StopEvent): number {
  return ev.kind === 'signal' ? ev.thread.pid : ev.pid;
}

/** One chunk of a qXfer object: `m` if more follows, `l` if this is the last. */
export function xferChunk(doc: Uint8Array, offset: number, length: number): Buffer {
  if (offset >= doc.length) return Buffer.from('l');
  const slice = doc.subarray(offset, offset + length);
  const more = offset + slice.length < doc.length;
  return Buffer.concat([Buffer.from(more ? 'm' : 'l'), escapeBinary(slice)]);
}

function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, '0');
}

function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function printable(b: Uint8Array, max = 200): string {
  let s = '';
  for (let i = 0; i < b.length && i < max; i++) {
    const c = b[i]!;
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return b.length > max ? `${s}...(${b.length} bytes)` : s;
}

function describe(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `0x${value.toString(16)}` : value;
}

// -------------------------------------------------------------------------------------
// TCP

export interface ServeOptions extends SessionOptions {
  /** Interface to listen on (default 127.0.0.1: GDB has no authentication). */
  readonly host?: string;
  /** TCP port; 0 picks a free one (see `GdbServer.port`). */
  readonly port: number;
  /** Called for every new session. */
  readonly onSession?: (session: GdbSession) => void;
}

export interface GdbServer {
  /** The port actually listened on. */
  readonly port: number;
  readonly host: string;
  readonly server: net.Server;
  /** Live sessions. */
  readonly sessions: ReadonlySet<GdbSession>;
  /** Stop listening and close every session. */
  close(): Promise<void>;
}

/** Listen for GDB connections; each connection gets its own `GdbSession` on `target`. */
export async function serveTcp(target: Target, options: ServeOptions): Promise<GdbServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.logger ?? defaultRspLogger();
  const sessions = new Set<GdbSession>();
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    log.info(`GDB connected from ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`);
    const session: GdbSession = new GdbSession(target, socket, {
      ...options,
      otherSessions: () => [...sessions].filter((s) => s !== session).length,
    });
    sessions.add(session);
    void session.closed.then(() => {
      sessions.delete(session);
      socket.destroy();
    });
    options.onSession?.(session);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (e) => log.error(`GDB server error: ${e.message}`));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info(`waiting for GDB on ${host}:${port}`);
  return {
    port,
    host,
    server,
    sessions,
    close: async () => {
      for (const s of sessions) s.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
