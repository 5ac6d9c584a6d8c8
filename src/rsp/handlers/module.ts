/**
 * How the session's packet handling is assembled. Each protocol module (one file in
 * this folder per capability) contributes
 * - `handlers`: a table typed by command kind (each kind handled by one module only),
 * - `xfer`: `qXfer:<object>:read` objects (offered as `qXfer:<object>:read+`),
 * - `features`: more `qSupported` features, computed from the target and GDB's offer,
 * - `parsers`: parsers for packet names `commands.ts` does not know (a new command
 *   kind is declared by merging into `CommandArgs`).
 * `Dispatch` joins them into one table; the session owns the state they act on
 * (`SessionState`).
 */
import type { Command, CommandKind, CommandOf, PacketParser } from '../commands.ts';
import type { PacketLink } from '../link.ts';
import type { RspLogger } from '../log.ts';
import type { AllStopRun } from '../all-stop.ts';
import type { MaybePromise, StopEvent, Target } from '../target.ts';
import type { ThreadSelection } from '../threads.ts';
import { escapedText } from '../framing.ts';
import type { InsertedBreakpoints } from './breakpoints.ts';
import type { NonStopState } from './nonstop.ts';

/** Reply to send: text (latin1), raw bytes, or null for "no reply" (sent already, or none due). */
export type Reply = string | Buffer | null;

export type Handler<K extends CommandKind> = (cmd: CommandOf<K>, s: SessionState) => MaybePromise<Reply>;

/** Handlers by command kind. */
export type HandlerTable = { readonly [K in CommandKind]?: Handler<K> };

/** One `qXfer:<object>:read` object. */
export interface XferObject {
  /** Offered and served only when true for the target (default: always). */
  available?(target: Target): boolean;
  /** The whole object for `annex` (chunked by the caller), or a reply of its own (an
   *  `E` error). `offset` lets an object rebuild itself at the start of a read. */
  read(annex: string, offset: number, s: SessionState): MaybePromise<Uint8Array | string>;
}

export interface ProtocolModule {
  readonly name: string;
  readonly handlers?: HandlerTable;
  readonly xfer?: Readonly<Record<string, XferObject>>;
  /** `qSupported` features besides the `qXfer` ones, in reply order. */
  features?(s: SessionState): readonly string[];
  /** Parsers by packet name, for packets of a command kind this module adds. */
  readonly parsers?: Readonly<Record<string, PacketParser>>;
}

/** What GDB offered in `qSupported`. */
export interface GdbOffers {
  multiprocess: boolean;
  swbreak: boolean;
  hwbreak: boolean;
  errorMessages: boolean;
}

/** Per-session caches of the thread listing; a resume or a stop drops the XML. */
export interface ThreadListing {
  /** `qsThreadInfo` pages still to send. */
  infoPages: string[];
  /** `qXfer:threads:read` document being read in chunks. */
  xml: Buffer | undefined;
}

/** The per-connection state and services the handlers use. */
export interface SessionState {
  readonly target: Target;
  readonly log: RspLogger;
  readonly trace: boolean;
  /** Largest payload either way (PacketSize). */
  readonly maxPayload: number;
  readonly link: PacketLink;
  readonly gdb: GdbOffers;
  /** `!` was received. */
  extended: boolean;
  readonly threads: ThreadSelection;
  readonly allStop: AllStopRun;
  readonly nonStop: NonStopState;
  /** Breakpoints this session inserted (removed again when it ends). */
  readonly inserted: InsertedBreakpoints;
  readonly listing: ThreadListing;
  /** How many other sessions share the target. */
  otherSessions(): number;
  /** The `qSupported` reply. */
  supported(): string;
  formatStop(ev: StopEvent): string;
  /** The `E` reply for a failure of `what`. */
  errorReply(e: unknown, what: string): string;
  /** A process is gone or detached: forget it everywhere. */
  forgetProcess(pid: number): void;
  /** Handle the packets held while the target ran. */
  pump(): void;
  shutdown(why: string): void;
}

/** The handlers of every module, joined. */
export class Dispatch {
  private readonly handlers = new Map<CommandKind, Handler<CommandKind>>();
  private readonly xferObjects = new Map<string, XferObject>();
  readonly parsers = new Map<string, PacketParser>();

  constructor(private readonly modules: readonly ProtocolModule[]) {
    for (const m of modules) {
      for (const [kind, handler] of Object.entries(m.handlers ?? {}) as [CommandKind, Handler<CommandKind>][]) {
        if (this.handlers.has(kind)) throw new Error(`protocol modules: "${kind}" handled twice (again by ${m.name})`);
        this.handlers.set(kind, handler);
      }
      for (const [name, object] of Object.entries(m.xfer ?? {})) {
        if (this.xferObjects.has(name)) throw new Error(`protocol modules: qXfer object "${name}" served twice (again by ${m.name})`);
        this.xferObjects.set(name, object);
      }
      for (const [name, parser] of Object.entries(m.parsers ?? {})) {
        if (this.parsers.has(name)) throw new Error(`protocol modules: packet "${name}" parsed twice (again by ${m.name})`);
        this.parsers.set(name, parser);
      }
    }
    if (this.handlers.has('xferRead')) throw new Error('protocol modules: xferRead is served through xfer objects');
    this.handlers.set('xferRead', (cmd, s) => this.xferRead(cmd as CommandOf<'xferRead'>, s));
  }

  /** The command kinds that have a handler. */
  get kinds(): readonly CommandKind[] {
    return [...this.handlers.keys()];
  }

  /** Handle one command; a kind no module handles is unsupported (empty reply). */
  handle(cmd: Command, s: SessionState): MaybePromise<Reply> {
    const handler = this.handlers.get(cmd.kind);
    return handler ? handler(cmd, s) : '';
  }

  /** Every module's features, in module order. */
  features(s: SessionState): string[] {
    const out: string[] = [];
    for (const m of this.modules) {
      if (m.features) out.push(...m.features(s));
      for (const [name, object] of Object.entries(m.xfer ?? {})) {
        if (object.available?.(s.target) ?? true) out.push(`qXfer:${name}:read+`);
      }
    }
    return out;
  }

  private async xferRead(cmd: CommandOf<'xferRead'>, s: SessionState): Promise<Reply> {
    const object = this.xferObjects.get(cmd.object);
    if (!object || !(object.available?.(s.target) ?? true)) return '';
    const doc = await object.read(cmd.annex, cmd.offset, s);
    if (typeof doc === 'string') return doc;
    return xferChunk(doc, cmd.offset, Math.min(cmd.length, s.maxPayload - 1));
  }
}

/** One chunk of a qXfer object: `m` if more follows, `l` if this is the last. */
export function xferChunk(doc: Uint8Array, offset: number, length: number): string {
  if (offset >= doc.length) return 'l';
  const slice = doc.subarray(offset, offset + length);
  const more = offset + slice.length < doc.length;
  return `${more ? 'm' : 'l'}${escapedText(slice)}`;
}
