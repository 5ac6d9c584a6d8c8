/**
 * Packet parsing: every incoming payload is parsed exactly once, here, into a typed
 * `Command`. Handlers never look at packet text. Parsing never throws: bad hex or
 * malformed arguments give `{ kind: 'malformed' }` (answered with an `E` reply) and
 * packets we do not know give `{ kind: 'unknown' }` (answered with an empty reply).
 */

/**
 * A thread id as GDB writes it. In multiprocess syntax `p<pid>.<tid>`; `p<pid>` alone
 * means `p<pid>.-1`. A bare `<tid>` (no multiprocess) has pid ANY.
 * Each part is a positive id, ALL (-1) or ANY (0).
 */
export interface ThreadSpec {
  readonly pid: number;
  readonly tid: number;
}

/** -1 in a thread id: all processes / all threads. */
export const ALL = -1;
/** 0 in a thread id: any process / any thread. */
export const ANY = 0;

/** One action of a `vCont` packet. `thread` undefined = applies to every thread. */
export interface VContAction {
  readonly op: 'continue' | 'step' | 'stop';
  readonly signal?: number;
  readonly thread?: ThreadSpec;
}

export type BreakpointType = 'sw' | 'hw' | 'write' | 'read' | 'access';

/**
 * Every packet we understand, as typed data: the arguments of each command kind. A
 * protocol module (`handlers/`) may add a kind of its own by declaration merging
 * (`declare module '../commands.ts' { interface CommandArgs { ... } }`) together with
 * its parser.
 */
export interface CommandArgs {
  qSupported: { readonly features: ReadonlyMap<string, string | boolean> };
  vMustReplyEmpty: object;
  startNoAckMode: object;
  extendedMode: object;
  haltReason: object;
  readRegisters: object;
  writeRegisters: { readonly data: Buffer };
  readRegister: { readonly regnum: number };
  writeRegister: { readonly regnum: number; readonly data: Buffer };
  readMemory: { readonly addr: bigint; readonly length: number; readonly binary: boolean };
  writeMemory: { readonly addr: bigint; readonly data: Buffer };
  /** Legacy `c`/`C`/`s`/`S`: `signal` only for `C`/`S`, `addr` when given. */
  resume: { readonly op: 'continue' | 'step'; readonly signal?: number; readonly addr?: bigint };
  vContQuery: object;
  vCont: { readonly actions: readonly VContAction[] };
  /** `bs` (one instruction back) / `bc` (back to the previous breakpoint or watchpoint hit). */
  reverse: { readonly op: 'step' | 'continue' };
  setThread: { readonly op: 'g' | 'c'; readonly thread: ThreadSpec };
  threadAlive: { readonly thread: ThreadSpec };
  currentThread: object;
  threadInfoFirst: object;
  threadInfoNext: object;
  /** `qThreadExtraInfo,<thread-id>`. */
  threadExtraInfo: { readonly thread: ThreadSpec };
  xferRead: { readonly object: string; readonly annex: string; readonly offset: number; readonly length: number };
  attached: { readonly pid?: number };
  attach: { readonly pid: number };
  vKill: { readonly pid: number };
  /** `vRun;program;arg...` (hex-encoded strings; an empty program: the default one). */
  vRun: { readonly program: string; readonly args: readonly string[] };
  kill: object;
  detach: { readonly pid?: number };
  monitor: { readonly command: string };
  breakpoint: {
    readonly insert: boolean;
    readonly type: BreakpointType;
    readonly addr: bigint;
    /** Breakpoint kind (instruction size) for Z0/Z1, length in bytes for Z2-Z4. */
    readonly size: number;
  };
  traceStatus: object;
  /** `QNonStop:1` / `QNonStop:0`. */
  setNonStop: { readonly enabled: boolean };
  /** `vStopped`: GDB acknowledges a stop notification and asks for the next one. */
  vStopped: object;
  /** `vCtrlC`: Ctrl-C as a packet (non-stop mode). */
  vCtrlC: object;
  unknown: { readonly name: string };
  malformed: { readonly name: string; readonly reason: string };
}

export type CommandKind = keyof CommandArgs;

/** One parsed packet: its kind and that kind's arguments. */
export type Command = { readonly [K in CommandKind]: { readonly kind: K } & Readonly<CommandArgs[K]> }[CommandKind];

/** The command of one kind. */
export type CommandOf<K extends CommandKind> = Extract<Command, { readonly kind: K }>;


const HEX_RE = /^[0-9a-fA-F]+$/;

/** Parse a non-empty hex string to a number (up to 2^53), or undefined. */
export function parseHexNumber(s: string): number | undefined {
  if (!HEX_RE.test(s) || s.length > 13) return undefined;
  return parseInt(s, 16);
}

/** Parse a non-empty hex string to a 64-bit unsigned bigint, or undefined. */
export function parseHexAddr(s: string): bigint | undefined {
  if (!HEX_RE.test(s) || s.replace(/^0+/, '').length > 16) return undefined;
  return BigInt('0x' + s);
}

/** Decode a hex byte string (even length), or undefined. Empty string gives 0 bytes. */
export function decodeHexBytes(s: string): Buffer | undefined {
  if (s.length % 2 !== 0) return undefined;
  if (s.length > 0 && !HEX_RE.test(s)) return undefined;
  return Buffer.from(s, 'hex');
}

/** Parse one thread id: `p<pid>.<tid>`, `p<pid>`, `<tid>`, with `-1` and `0`. */
export function parseThreadSpec(s: string): ThreadSpec | undefined {
  const part = (t: string): number | undefined => {
    if (t === '-1') return ALL;
    const n = parseHexNumber(t);
    return n === undefined || n > 0x7fffffff ? undefined : n;
  };
  if (s.startsWith('p')) {
    const dot = s.indexOf('.');
    const pid = part(dot < 0 ? s.slice(1) : s.slice(1, dot));
    if (pid === undefined) return undefined;
    if (dot < 0) return { pid, tid: ALL };
    const tid = part(s.slice(dot + 1));
    if (tid === undefined) return undefined;
    // "p-1.<tid>" with a specific tid is meaningless.
    if (pid === ALL && tid !== ALL) return undefined;
    return { pid, tid };
  }
  const tid = part(s);
  if (tid === undefined) return undefined;
  if (tid === ALL) return { pid: ALL, tid: ALL };
  return { pid: ANY, tid };
}

/** Format a concrete or special thread id in multiprocess or plain syntax. */
export function formatThreadId(t: ThreadSpec, multiprocess: boolean): string {
  const part = (n: number): string => (n === ALL ? '-1' : n.toString(16));
  return multiprocess ? `p${part(t.pid)}.${part(t.tid)}` : part(t.tid);
}

function malformed(name: string, reason: string): Command {
  return { kind: 'malformed', name, reason };
}

/** Split `addr,len` into a bigint address and a numeric length. */
function parseAddrLen(s: string): { addr: bigint; length: number } | undefined {
  const comma = s.indexOf(',');
  if (comma < 0) return undefined;
  const addr = parseHexAddr(s.slice(0, comma));
  const length = parseHexNumber(s.slice(comma + 1));
  if (addr === undefined || length === undefined) return undefined;
  return { addr, length };
}

function parseSignal(s: string): number | undefined {
  if (s.length !== 2) return undefined;
  return parseHexNumber(s);
}

/** Parses the packets of one name (`qFoo`, `QFoo`, `vFoo`) this file does not know;
 *  `rest` is the text after the name (from its `:`, `,`, `;` or `?` on). */
export type PacketParser = (rest: string) => Command;

/**
 * Parse one packet payload (already unescaped and run-length expanded).
 * Binary payloads (`X`) keep their bytes exactly. `extra` adds parsers for packet names
 * the built-in ones leave `unknown` (protocol modules contribute them).
 */
export function parseCommand(payload: Uint8Array, extra?: ReadonlyMap<string, PacketParser>): Command {
  const buf = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  if (buf.length === 0) return { kind: 'unknown', name: '' };
  const first = String.fromCharCode(buf[0]!);

  // Binary packet: only the header before ':' is text.
  if (first === 'X') {
    const colon = buf.indexOf(0x3a);
    if (colon < 0) return malformed('X', 'missing ":"');
    const al = parseAddrLen(buf.subarray(1, colon).toString('latin1'));
    if (!al) return malformed('X', 'bad address or length');
    const data = Buffer.from(buf.subarray(colon + 1));
    if (data.length !== al.length) return malformed('X', `length ${al.length} but ${data.length} data bytes`);
    return { kind: 'writeMemory', addr: al.addr, data };
  }

  const text = buf.toString('latin1');
  switch (first) {
    case '!':
      return text === '!' ? { kind: 'extendedMode' } : { kind: 'unknown', name: text };
    case '?':
      return text === '?' ? { kind: 'haltReason' } : { kind: 'unknown', name: text };
    case 'g':
      return text === 'g' ? { kind: 'readRegisters' } : { kind: 'unknown', name: text };
    case 'G': {
      const data = decodeHexBytes(text.slice(1));
      return data ? { kind: 'writeRegisters', data } : malformed('G', 'bad hex data');
    }
    case 'p': {
      const regnum = parseHexNumber(text.slice(1));
      return regnum === undefined ? malformed('p', 'bad register number') : { kind: 'readRegister', regnum };
    }
    case 'P': {
      const eq = text.indexOf('=');
      if (eq < 0) return malformed('P', 'missing "="');
      const regnum = parseHexNumber(text.slice(1, eq));
      const data = decodeHexBytes(text.slice(eq + 1));
      if (regnum === undefined || !data || data.length === 0) return malformed('P', 'bad register number or value');
      return { kind: 'writeRegister', regnum, data };
    }
    case 'm':
    case 'x': {
      const al = parseAddrLen(text.slice(1));
      if (!al) return malformed(first, 'bad address or length');
      return { kind: 'readMemory', addr: al.addr, length: al.length, binary: first === 'x' };
    }
    case 'M': {
      const colon = text.indexOf(':');
      if (colon < 0) return malformed('M', 'missing ":"');
      const al = parseAddrLen(text.slice(1, colon));
      const data = decodeHexBytes(text.slice(colon + 1));
      if (!al || !data) return malformed('M', 'bad address, length or hex data');
      if (data.length !== al.length) return malformed('M', `length ${al.length} but ${data.length} data bytes`);
      return { kind: 'writeMemory', addr: al.addr, data };
    }
    case 'c':
    case 's': {
      const op = first === 'c' ? 'continue' : 'step';
      if (text.length === 1) return { kind: 'resume', op };
      const addr = parseHexAddr(text.slice(1));
      return addr === undefined ? malformed(first, 'bad address') : { kind: 'resume', op, addr };
    }
    case 'C':
    case 'S': {
      const op = first === 'C' ? 'continue' : 'step';
      const semi = text.indexOf(';');
      const signal = parseSignal(semi < 0 ? text.slice(1) : text.slice(1, semi));
      if (signal === undefined) return malformed(first, 'bad signal');
      if (semi < 0) return { kind: 'resume', op, signal };
      const addr = parseHexAddr(text.slice(semi + 1));
      return addr === undefined ? malformed(first, 'bad address') : { kind: 'resume', op, signal, addr };
    }
    case 'H': {
      const op = text[1];
      if (op !== 'g' && op !== 'c') return { kind: 'unknown', name: text };
      const thread = parseThreadSpec(text.slice(2));
      return thread ? { kind: 'setThread', op, thread } : malformed('H', 'bad thread id');
    }
    case 'T': {
      const thread = parseThreadSpec(text.slice(1));
      return thread ? { kind: 'threadAlive', thread } : malformed('T', 'bad thread id');
    }
    case 'D': {
      if (text === 'D') return { kind: 'detach' };
      if (!text.startsWith('D;')) return malformed('D', 'bad argument');
      const pid = parseHexNumber(text.slice(2));
      return pid === undefined ? malformed('D', 'bad pid') : { kind: 'detach', pid };
    }
    case 'b':
      if (text === 'bs' || text === 'bc') return { kind: 'reverse', op: text === 'bs' ? 'step' : 'continue' };
      return { kind: 'unknown', name: text.slice(0, 32) };
    case 'k':
      return text === 'k' ? { kind: 'kill' } : { kind: 'unknown', name: text };
    case 'z':
    case 'Z':
      return parseBreakpoint(text);
    case 'q':
    case 'Q':
      return parseQuery(text, extra);
    case 'v':
      return parseV(text, extra);
    default:
      return { kind: 'unknown', name: text.slice(0, 32) };
  }
}

function parseBreakpoint(text: string): Command {
  const name = text.slice(0, 2);
  const types: Record<string, BreakpointType> = { '0': 'sw', '1': 'hw', '2': 'write', '3': 'read', '4': 'access' };
  const type = types[text[1] ?? ''];
  if (!type) return { kind: 'unknown', name };
  if (text[2] !== ',') return malformed(name, 'missing ","');
  // Conditions / commands (";X...", ";cmds") are not advertised; ignore anything after ';'.
  const semi = text.indexOf(';');
  const al = parseAddrLen(text.slice(3, semi < 0 ? undefined : semi));
  if (!al) return malformed(name, 'bad address or kind');
  return { kind: 'breakpoint', insert: text[0] === 'Z', type, addr: al.addr, size: al.length };
}

function parseQuery(text: string, extra: ReadonlyMap<string, PacketParser> | undefined): Command {
  // Name is up to the first ':' / ',' / ';'.
  const m = /^[qQ][^:,;]*/.exec(text);
  const name = m ? m[0] : text;
  const rest = text.slice(name.length);
  switch (name) {
    case 'qSupported': {
      const features = new Map<string, string | boolean>();
      if (rest.startsWith(':')) {
        for (const f of rest.slice(1).split(';')) {
          if (f === '') continue;
          const eq = f.indexOf('=');
          if (eq >= 0) features.set(f.slice(0, eq), f.slice(eq + 1));
          else if (f.endsWith('+')) features.set(f.slice(0, -1), true);
          else if (f.endsWith('-')) features.set(f.slice(0, -1), false);
          else features.set(f, true);
        }
      }
      return { kind: 'qSupported', features };
    }
    case 'QStartNoAckMode':
      return rest === '' ? { kind: 'startNoAckMode' } : { kind: 'unknown', name };
    case 'qC':
      return rest === '' ? { kind: 'currentThread' } : { kind: 'unknown', name };
    case 'qfThreadInfo':
      return { kind: 'threadInfoFirst' };
    case 'qsThreadInfo':
      return { kind: 'threadInfoNext' };
    case 'qThreadExtraInfo': {
      const thread = rest[0] === ',' ? parseThreadSpec(rest.slice(1)) : undefined;
      return thread ? { kind: 'threadExtraInfo', thread } : malformed(name, 'bad thread id');
    }
    case 'qTStatus':
      return { kind: 'traceStatus' };
    case 'QNonStop':
      if (rest === ':1' || rest === ':0') return { kind: 'setNonStop', enabled: rest === ':1' };
      return malformed(name, 'expected ":0" or ":1"');
    case 'qAttached': {
      if (rest === '') return { kind: 'attached' };
      const pid = parseHexNumber(rest.slice(1));
      return rest[0] === ':' && pid !== undefined ? { kind: 'attached', pid } : malformed(name, 'bad pid');
    }
    case 'qRcmd': {
      if (rest[0] !== ',') return malformed(name, 'missing ","');
      const bytes = decodeHexBytes(rest.slice(1));
      return bytes ? { kind: 'monitor', command: bytes.toString('utf8') } : malformed(name, 'bad hex');
    }
    case 'qXfer': {
      // qXfer:<object>:read:<annex>:<offset>,<length>
      const parts = rest.split(':');
      if (parts.length !== 5 || parts[0] !== '') return malformed(name, 'bad qXfer syntax');
      const [, object, op, annex, range] = parts as [string, string, string, string, string];
      if (op !== 'read') return { kind: 'unknown', name: `qXfer:${object}:${op}` };
      const comma = range.indexOf(',');
      const offset = parseHexNumber(range.slice(0, comma));
      const length = parseHexNumber(range.slice(comma + 1));
      if (comma < 0 || offset === undefined || length === undefined) return malformed(name, 'bad offset or length');
      return { kind: 'xferRead', object, annex, offset, length };
    }
    default:
      return extra?.get(name)?.(rest) ?? { kind: 'unknown', name };
  }
}

function parseV(text: string, extra: ReadonlyMap<string, PacketParser> | undefined): Command {
  const m = /^v[^;:?]*/.exec(text);
  const name = m ? m[0] : text;
  const rest = text.slice(name.length);
  switch (name) {
    case 'vMustReplyEmpty':
      return { kind: 'vMustReplyEmpty' };
    case 'vStopped':
    case 'vCtrlC':
      // Both take no argument; anything after the name is a client bug worth an E.
      if (rest !== '') return malformed(name, 'unexpected argument');
      return name === 'vStopped' ? { kind: 'vStopped' } : { kind: 'vCtrlC' };
    case 'vCont': {
      if (rest === '?') return { kind: 'vContQuery' };
      if (!rest.startsWith(';')) return malformed(name, 'missing ";"');
      const actions: VContAction[] = [];
      for (const a of rest.slice(1).split(';')) {
        const colon = a.indexOf(':');
        const head = colon < 0 ? a : a.slice(0, colon);
        let thread: ThreadSpec | undefined;
        if (colon >= 0) {
          thread = parseThreadSpec(a.slice(colon + 1));
          if (!thread) return malformed(name, `bad thread id in "${a}"`);
        }
        const letter = head[0];
        let action: VContAction;
        if ((letter === 'c' || letter === 's' || letter === 't') && head.length === 1) {
          action = { op: letter === 'c' ? 'continue' : letter === 's' ? 'step' : 'stop', ...(thread && { thread }) };
        } else if (letter === 'C' || letter === 'S') {
          const signal = parseSignal(head.slice(1));
          if (signal === undefined) return malformed(name, `bad signal in "${a}"`);
          action = { op: letter === 'C' ? 'continue' : 'step', signal, ...(thread && { thread }) };
        } else {
          return malformed(name, `unsupported action "${a}"`);
        }
        actions.push(action);
      }
      return { kind: 'vCont', actions };
    }
    case 'vRun': {
      if (rest[0] !== ';') return malformed(name, 'missing ";"');
      const parts = rest.slice(1).split(';');
      const decoded = parts.map((h) => (/^([0-9a-f]{2})*$/i.test(h) ? Buffer.from(h, 'hex').toString('utf8') : undefined));
      if (decoded.some((d) => d === undefined)) return malformed(name, 'bad hex string');
      const [program, ...args] = decoded as string[];
      return { kind: 'vRun', program: program ?? '', args };
    }
    case 'vAttach':
    case 'vKill': {
      const pid = parseHexNumber(rest.slice(1));
      if (rest[0] !== ';' || pid === undefined || pid === 0) return malformed(name, 'bad pid');
      return name === 'vAttach' ? { kind: 'attach', pid } : { kind: 'vKill', pid };
    }
    default:
      return extra?.get(name)?.(rest) ?? { kind: 'unknown', name };
  }
}
