/**
 * One GDB connection (`GdbSession`) over any byte stream: the orchestration of the
 * parts. The link (`link.ts`) frames, acks and sends; packets are parsed once
 * (`commands.ts`) and handled by the protocol modules (`handlers/`), joined into one
 * table by command kind; the session holds the state they share and the inbox.
 *
 * All-stop semantics:
 * - Packets are handled one at a time, in order; target calls never overlap.
 * - While the target runs (after `c`/`s`/`vCont`), only Ctrl-C (0x03) is acted on
 *   (-> `target.interrupt()`). Any other packet is held and handled after the stop
 *   reply has been sent, exactly as if GDB had sent it then (this includes a second
 *   resume). At most `maxQueuedPackets` are held; further ones are dropped.
 * - Bounded: while GDB leaves more than `maxUnreadReplies` bytes of replies unread, or
 *   more than `maxQueuedPackets` requests wait, the session stops reading its requests
 *   (the OS buffers fill and GDB waits), except while the target runs in all-stop mode
 *   (Ctrl-C must get through; packets beyond the bound are dropped then). Handling
 *   yields to the event loop every few milliseconds, so the board and other sessions
 *   go on however fast GDB sends.
 * - The thread named in a stop reply becomes the general (`Hg`) thread.
 * - Legacy `c`/`C` continue every thread (the signal goes to the `Hc` thread, or the
 *   general thread when `Hc` is -1/0); `s`/`S` step only that thread. `vCont` applies
 *   the leftmost action that matches each thread; threads no action matches stay
 *   stopped. GDB 13's default all-stop `continue` is `vCont;c:p<pid>.-1`, i.e. only
 *   the current process runs unless `set schedule-multiple on`.
 *
 * Non-stop semantics (after `QNonStop:1`, only with a target `nonStop` capability):
 * - Every packet is handled at once, running threads or not; resumes answer `OK`.
 * - Target stop events go into a queue (`stop-queue.ts`). The head is sent as a
 *   `%Stop:` notification when nothing is outstanding; each `vStopped` drops the
 *   acknowledged head and answers with the next event (a plain packet) or `OK` when
 *   the queue is empty.
 * - Stops do NOT change the general thread: GDB does not record it in non-stop and
 *   sends `Hg` itself; switching behind its back would aim `g`/`m` at the wrong thread.
 * - `?` answers with one stopped thread (`OK` if none is stopped). The other stopped
 *   threads are held back until GDB has drained that answer with `vStopped`, then
 *   queued as ordinary notifications: GDB 13.1 fails an internal assertion
 *   (remote.c `wait`: `!async_event_handler_marked`) when the connect-time drain
 *   yields more than one stopped thread.
 */
import { parseCommand } from './commands.ts';
import { needsControl, NOT_IN_CONTROL, RunControl } from './control.ts';
import { DEFAULT_MAX_PAYLOAD } from './framing.ts';
import { type ByteStream, PacketLink } from './link.ts';
import { defaultRspLogger, type RspLogger } from './log.ts';
import { AllStopRun } from './all-stop.ts';
import { InsertedBreakpoints } from './handlers/breakpoints.ts';
import { errorReply } from './handlers/errors.ts';
import { PROTOCOL_MODULES } from './handlers/index.ts';
import { Dispatch, type GdbOffers, type Reply, type SessionState, type ThreadListing } from './handlers/module.ts';
import { interruptNonStop, leaveNonStop, NonStopState } from './handlers/nonstop.ts';
import { StopQueue } from './stop-queue.ts';
import { formatStopReply } from './stop-reply.ts';
import { Errno, GdbSignal, type StopEvent, type Target, TargetError } from './target.ts';
import { describe, printable } from './text.ts';
import { ThreadSelection } from './threads.ts';

export type { ByteStream } from './link.ts';

export interface SessionOptions {
  /** Logger (default: winston child `rsp` on stderr). */
  readonly logger?: RspLogger;
  /** Trace every packet in and out at debug level. */
  readonly debug?: boolean;
  /** Largest incoming payload accepted and advertised as PacketSize (default 0x20000). */
  readonly maxPacketSize?: number;
  /** Requests waiting to be handled before the session stops reading (and, while the
   *  target runs in all-stop mode, drops further ones) (default 64). */
  readonly maxQueuedPackets?: number;
  /** Bytes of replies GDB may leave unread before the session stops reading its
   *  requests (default 1 MiB). */
  readonly maxUnreadReplies?: number;
  /**
   * How many other sessions share the target (serveTcp: the other live connections).
   * While there are any, a detach (`D`) only removes this session's own breakpoints of
   * the process: the target's detach (which may clear every breakpoint and let the
   * machine run freely) is left to the last session, so that a second connection (an
   * IDE's live watch) leaving does not disturb the first one.
   */
  readonly otherSessions?: () => number;
  /** Run control shared with the other sessions on the target (serveTcp); by default
   *  the session has it to itself. See `control.ts`. */
  readonly control?: RunControl;
  /** Called once, when the first packet (or Ctrl-C) arrives: a mere port probe (a
   *  connect and close) sends none. */
  readonly onFirstPacket?: () => void;
}

/** Handling packets yields to the event loop after this long (ms). */
const HANDLING_BUDGET_MS = 4;

/**
 * The handling time all sessions of this process may spend in one turn of the event
 * loop. Shared, because each connection's socket events come in the same poll phase:
 * with a budget per session, five busy clients kept the board waiting five budgets
 * (and as many again for their continuations). Spending starts a turn; an immediate
 * (which runs after the board's own, queued earlier) ends it.
 */
class TurnBudget {
  private spent = 0;
  private open = false;
  private readonly endTurn = (): void => {
    this.spent = 0;
    this.open = false;
  };

  get exhausted(): boolean {
    return this.spent > HANDLING_BUDGET_MS;
  }

  charge(ms: number): void {
    this.spent += ms;
    if (!this.open) {
      this.open = true;
      setImmediate(this.endTurn);
    }
  }
}

const turn = new TurnBudget();

/** Resolves in the event loop's next check phase: the board and other sessions go first. */
const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Every packet handler, assembled once from the protocol modules. */
const DISPATCH = new Dispatch(PROTOCOL_MODULES);

/** The state of one connection, as the protocol modules see it. */
class Session implements SessionState {
  readonly log: RspLogger;
  readonly trace: boolean;
  readonly maxPayload: number;
  readonly link: PacketLink;
  readonly gdb: GdbOffers = { multiprocess: false, swbreak: false, hwbreak: false, errorMessages: false };
  extended = false;
  readonly threads: ThreadSelection;
  readonly allStop = new AllStopRun();
  readonly nonStop = new NonStopState(new StopQueue());
  readonly inserted = new InsertedBreakpoints();
  readonly listing: ThreadListing = { infoPages: [], xml: undefined };

  private readonly maxQueued: number;
  private readonly maxUnread: number;
  private readonly countOthers: (() => number) | undefined;
  private readonly control: RunControl;
  /** Packets not handled yet; `null` is a raw Ctrl-C received in non-stop mode
   *  (handled in order with the packets). */
  private readonly inbox: (Buffer | null)[] = [];
  private pumping = false;
  /** updateFlow waits for the unread replies to be read. */
  private waitingForDrain = false;
  private onFirstPacket: (() => void) | undefined;

  constructor(
    readonly target: Target,
    stream: ByteStream,
    options: SessionOptions,
    private readonly onClosed: () => void,
  ) {
    this.log = options.logger ?? defaultRspLogger();
    this.trace = options.debug ?? false;
    this.maxPayload = options.maxPacketSize ?? DEFAULT_MAX_PAYLOAD;
    this.maxQueued = options.maxQueuedPackets ?? 64;
    this.maxUnread = options.maxUnreadReplies ?? 0x100000;
    this.countOthers = options.otherSessions;
    this.control = options.control ?? new RunControl();
    this.onFirstPacket = options.onFirstPacket;
    this.threads = new ThreadSelection(target);
    this.link = new PacketLink(
      stream,
      { log: this.log, trace: this.trace, maxPayload: this.maxPayload },
      {
        packet: (payload) => {
          this.firstInput();
          this.enqueue(payload);
        },
        interrupt: () => {
          this.firstInput();
          this.onCtrlC();
        },
        received: () => this.pump(),
        ended: () => this.onEnded(),
      },
    );
  }

  otherSessions(): number {
    return this.countOthers?.() ?? 0;
  }

  supported(): string {
    return DISPATCH.features(this).join(';');
  }

  formatStop(ev: StopEvent): string {
    return formatStopReply(ev, this.gdb);
  }

  errorReply(e: unknown, what: string): string {
    return errorReply(e, what, this);
  }

  forgetProcess(pid: number): void {
    this.threads.forgetProcess(pid);
    this.allStop.forgetProcess(pid);
    this.nonStop.queue.forgetProcess(pid);
  }

  shutdown(why: string): void {
    this.link.close(why);
  }

  pump(): void {
    void this.drainInbox();
  }

  /** GDB sent a packet or Ctrl-C (a port probe sends none). */
  heardFrom = false;

  private firstInput(): void {
    this.heardFrom = true;
    const hook = this.onFirstPacket;
    this.onFirstPacket = undefined;
    hook?.();
  }

  private enqueue(payload: Buffer | null): void {
    if (this.allStop.running && this.inbox.length >= this.maxQueued) {
      this.log.warn(`packet received while running dropped (queue full): "${payload ? printable(payload) : 'Ctrl-C'}"`);
      return;
    }
    this.inbox.push(payload);
    this.updateFlow();
  }

  /** Read GDB's requests only while there is room for them and their replies. */
  private updateFlow(): void {
    const unreadOver = this.link.unreadReplies > this.maxUnread;
    if ((unreadOver || this.inbox.length >= this.maxQueued) && !this.allStop.running) {
      this.link.pauseInput();
      // Nothing else may come to read again: the inbox can be empty.
      if (unreadOver && !this.waitingForDrain) {
        this.waitingForDrain = true;
        void this.link.whenDrained().then(() => {
          this.waitingForDrain = false;
          if (!this.link.isClosed) this.updateFlow();
        });
      }
    } else {
      this.link.resumeInput();
    }
  }

  private onCtrlC(): void {
    if (this.nonStop.enabled) {
      if (this.trace) this.log.debug('<- Ctrl-C (non-stop)');
      this.inbox.push(null);
    } else if (this.allStop.running) {
      if (this.trace) this.log.debug('<- Ctrl-C');
      try {
        this.target.interrupt();
      } catch (e) {
        this.log.error(`target.interrupt() failed: ${describe(e)}`);
      }
    } else if (this.trace) {
      this.log.debug('Ctrl-C while stopped ignored');
    }
  }

  private onEnded(): void {
    this.inbox.length = 0;
    void leaveNonStop(this)
      .catch((e: unknown) => this.log.warn(`leaving non-stop mode failed: ${describe(e)}`))
      .then(() => this.inserted.removeAll(this))
      .finally(() => {
        // Control passes on once this session's breakpoints are gone.
        this.control.release(this);
        this.onClosed();
      });
  }

  private async drainInbox(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.allStop.running && !this.link.isClosed && this.inbox.length > 0) {
        if (this.link.unreadReplies > this.maxUnread) {
          this.updateFlow();
          await this.link.whenDrained();
          continue;
        }
        if (turn.exhausted) {
          await nextTurn();
          continue;
        }
        const start = performance.now();
        try {
          const payload = this.inbox.shift()!;
          if (payload) await this.handlePacket(payload);
          else await interruptNonStop(this, GdbSignal.INT);
        } catch (e) {
          this.log.error(`packet handling failed: ${describe(e)}`);
        }
        this.updateFlow();
        turn.charge(performance.now() - start);
      }
    } finally {
      this.pumping = false;
      if (!this.link.isClosed) this.updateFlow();
    }
  }

  private async handlePacket(payload: Buffer): Promise<void> {
    if (this.trace) this.log.debug(`<- ${printable(payload)}`);
    const cmd = parseCommand(payload, DISPATCH.parsers);
    let reply: Reply;
    try {
      if (needsControl(cmd) && !this.control.claim(this)) {
        this.log.info(`${cmd.kind} refused: ${NOT_IN_CONTROL}`);
        // A resume's reply is a stop reply, and GDB prints console output that comes
        // before it: the user reads why.
        if (cmd.kind === 'resume' || cmd.kind === 'vCont') this.link.consoleOutput(`zvm-gdbserver: ${NOT_IN_CONTROL}\n`);
        throw new TargetError(Errno.EPERM, NOT_IN_CONTROL);
      }
      reply = await DISPATCH.handle(cmd, this);
    } catch (e) {
      reply = this.errorReply(e, cmd.kind);
    }
    if (reply !== null) this.link.send(reply);
  }
}

/** The GDB side of one connection. */
export class GdbSession {
  /** Resolves when the connection has closed. */
  readonly closed: Promise<void>;
  private readonly session: Session;

  constructor(target: Target, stream: ByteStream, options: SessionOptions = {}) {
    let resolveClosed!: () => void;
    this.closed = new Promise((resolve) => (resolveClosed = resolve));
    this.session = new Session(target, stream, options, () => resolveClosed());
  }

  /** Close the connection (the target is left as it is). */
  close(): void {
    this.session.shutdown('closed by server');
  }

  /** True once the client sent a packet or Ctrl-C (a port probe sends none). */
  get sentPackets(): boolean {
    return this.session.heardFrom;
  }

  /** True while the target is running on behalf of this session (all-stop). */
  get isRunning(): boolean {
    return this.session.allStop.running;
  }

  /** Bytes of replies sent but not yet read by GDB (bounded by `maxUnreadReplies`,
   *  plus at most one reply). */
  get unreadReplies(): number {
    return this.session.link.unreadReplies;
  }

  /** True after GDB switched this session to non-stop mode. */
  get isNonStop(): boolean {
    return this.session.nonStop.enabled;
  }

  /** `T`/`W`/`X` stop reply for an event, as this session writes it. */
  formatStop(ev: StopEvent): string {
    return this.session.formatStop(ev);
  }
}
