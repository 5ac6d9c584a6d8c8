/**
 * RSP framing: the byte-level layer of the GDB Remote Serial Protocol.
 *
 *   $<payload>#<2 hex checksum>     packet (checksum = sum of payload bytes mod 256,
 *                                   computed over the bytes as sent, i.e. escaped)
 *   +  /  -                         acknowledgement / request for retransmission
 *   0x03                            interrupt (Ctrl-C), only outside packets
 *
 * Inside a payload, 0x7d ('}') escapes the next byte (sent as byte ^ 0x20) and
 * `<c>*<n>` is run-length encoding: `c` repeated `n - 29` more times, where `n` is a
 * printable character (' ' to '~': 3 to 97 more). Both are undone by the decoder for
 * every incoming packet in a single left-to-right pass, so an escaped '*' is data and
 * never a run-length marker. (No GDB packet carries a raw '}' or '*' outside binary
 * data, so unescaping all packets is safe.) A count outside that range is a framing
 * error (`malformed`), never a huge or negative run.
 *
 * The decoder is incremental (feed it TCP chunks of any size), never throws, and never
 * holds more than `maxPayload` bytes, before or after expansion: longer packets are
 * discarded up to their '#xx' trailer (or refused when they would expand beyond it)
 * and reported as `oversize`. Its buffer grows with the packets it sees, so an idle
 * connection costs little, and is kept (`maxPayload` at most): allocating it again for
 * each big packet left memory that glibc keeps (see link.ts).
 */

/** Default largest payload we accept (and advertise as PacketSize). */
export const DEFAULT_MAX_PAYLOAD = 0x20000;

/** Something the decoder found in the incoming byte stream. */
export type FrameEvent =
  /** A complete packet with a good checksum. `payload` is unescaped and run-length
   *  expanded. */
  | { readonly type: 'packet'; readonly payload: Buffer }
  /** `+` from the peer. */
  | { readonly type: 'ack' }
  /** `-` from the peer: retransmit the last packet. */
  | { readonly type: 'nack' }
  /** Raw 0x03 outside a packet. */
  | { readonly type: 'interrupt' }
  /** A packet whose checksum did not match. `payload` is the decoded payload when it is
   *  decodable at all. */
  | {
      readonly type: 'bad-checksum';
      readonly expected: number;
      readonly received: string;
      readonly payload: Buffer | undefined;
    }
  /** A packet with a good checksum that cannot be decoded: it ends inside an escape or
   *  a run-length pair, or a run-length count is out of range. */
  | { readonly type: 'malformed'; readonly reason: string }
  /** A packet longer than the maximum payload; its bytes were dropped. `expanded`: the
   *  escaped payload fits, but its run-length expansion (`length` bytes at least) does not. */
  | { readonly type: 'oversize'; readonly length: number; readonly expanded?: true }
  /** A packet cut short by a new '$' before its '#xx' trailer. */
  | { readonly type: 'truncated'; readonly partial: Buffer }
  /** Bytes outside packets that are neither acks nor Ctrl-C (reported per run). */
  | { readonly type: 'garbage'; readonly bytes: Buffer };

const DOLLAR = 0x24;
const HASH = 0x23;
const PLUS = 0x2b;
const MINUS = 0x2d;
const ESCAPE = 0x7d;
const STAR = 0x2a;
const CTRL_C = 0x03;
/** Run-length counts are printable: ' ' (3 more) to '~' (97 more). */
const RUN_COUNT_MIN = 0x20;
const RUN_COUNT_MAX = 0x7e;
const RUN_COUNT_BIAS = 29;
/** The decoder's buffer starts this small and doubles up to the maximum payload. */
const INITIAL_BUFFER = 256;

const enum State {
  Idle,
  Payload,
  Checksum1,
  Checksum2,
  /** Oversize packet: skip bytes until '#', then two checksum characters. */
  Discard,
  DiscardChecksum1,
  DiscardChecksum2,
}

/** Incremental RSP stream decoder. */
export class FrameDecoder {
  private state = State.Idle;
  private buf = Buffer.alloc(INITIAL_BUFFER);
  private len = 0;
  private sum = 0;
  private csChars = '';
  private discarded = 0;
  private garbage: number[] = [];

  /** @param maxPayload largest escaped payload accepted, in bytes. */
  constructor(readonly maxPayload: number = DEFAULT_MAX_PAYLOAD) {}

  /** Consume a chunk; returns the events it completed, in stream order. */
  push(chunk: Uint8Array): FrameEvent[] {
    const out: FrameEvent[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      switch (this.state) {
        case State.Idle:
          if (b === DOLLAR) {
            this.flushGarbage(out);
            this.startPacket();
          } else if (b === PLUS) {
            this.flushGarbage(out);
            out.push({ type: 'ack' });
          } else if (b === MINUS) {
            this.flushGarbage(out);
            out.push({ type: 'nack' });
          } else if (b === CTRL_C) {
            this.flushGarbage(out);
            out.push({ type: 'interrupt' });
          } else if (this.garbage.length < 64) {
            this.garbage.push(b);
          }
          break;
        case State.Payload:
          if (b === HASH) {
            this.state = State.Checksum1;
          } else if (b === DOLLAR) {
            // '$' is always escaped inside a payload: the previous packet was cut short.
            out.push({ type: 'truncated', partial: Buffer.from(this.buf.subarray(0, this.len)) });
            this.startPacket();
          } else if (this.len >= this.maxPayload) {
            this.discarded = this.len + 1;
            this.state = State.Discard;
          } else {
            if (this.len === this.buf.length) this.grow();
            this.buf[this.len++] = b;
            this.sum = (this.sum + b) & 0xff;
          }
          break;
        case State.Checksum1:
          if (b === DOLLAR) {
            out.push({ type: 'truncated', partial: Buffer.from(this.buf.subarray(0, this.len)) });
            this.startPacket();
          } else {
            this.csChars = String.fromCharCode(b);
            this.state = State.Checksum2;
          }
          break;
        case State.Checksum2:
          if (b === DOLLAR) {
            out.push({ type: 'truncated', partial: Buffer.from(this.buf.subarray(0, this.len)) });
            this.startPacket();
          } else {
            this.csChars += String.fromCharCode(b);
            this.state = State.Idle;
            out.push(this.finishPacket());
          }
          break;
        case State.Discard:
          if (b === HASH) this.state = State.DiscardChecksum1;
          else if (b === DOLLAR) {
            out.push({ type: 'oversize', length: this.discarded });
            this.startPacket();
          } else this.discarded++;
          break;
        case State.DiscardChecksum1:
          this.state = State.DiscardChecksum2;
          break;
        case State.DiscardChecksum2:
          this.state = State.Idle;
          out.push({ type: 'oversize', length: this.discarded });
          break;
      }
    }
    if (this.state === State.Idle) this.flushGarbage(out);
    return out;
  }

  /** True while a packet has started but not yet ended. */
  get inPacket(): boolean {
    return this.state !== State.Idle;
  }

  private startPacket(): void {
    this.state = State.Payload;
    this.len = 0;
    this.sum = 0;
    this.csChars = '';
    this.discarded = 0;
  }

  private grow(): void {
    const bigger = Buffer.alloc(Math.min(this.maxPayload, this.buf.length * 2));
    this.buf.copy(bigger, 0, 0, this.len);
    this.buf = bigger;
  }

  private flushGarbage(out: FrameEvent[]): void {
    if (this.garbage.length > 0) {
      out.push({ type: 'garbage', bytes: Buffer.from(this.garbage) });
      this.garbage = [];
    }
  }

  private finishPacket(): FrameEvent {
    const received = parseHexByte(this.csChars);
    const decoded = decodePayload(this.buf.subarray(0, this.len), this.maxPayload);
    if (received !== this.sum) {
      // `payload` is kept so no-ack mode (checksums need not be checked) can still use it.
      const payload = typeof decoded === 'string' ? undefined : decoded;
      return { type: 'bad-checksum', expected: this.sum, received: this.csChars, payload };
    }
    if (typeof decoded !== 'string') return { type: 'packet', payload: decoded };
    if (decoded === EXPANDS_TOO_FAR) return { type: 'oversize', length: this.maxPayload + 1, expanded: true };
    return { type: 'malformed', reason: decoded };
  }
}

function parseHexByte(s: string): number {
  if (!/^[0-9a-fA-F]{2}$/.test(s)) return -1;
  return parseInt(s, 16);
}

const EXPANDS_TOO_FAR = 'run-length expansion exceeds the maximum payload';

/**
 * Undo binary escaping and run-length encoding of one payload of at most `max` bytes
 * once expanded. Returns the payload, or why it cannot be decoded: it ends inside an
 * escape or run-length pair, a run-length marker has nothing before it, a count is out
 * of range, or the expansion is longer than `max`.
 */
export function decodePayload(raw: Uint8Array, max: number = DEFAULT_MAX_PAYLOAD): Buffer | string {
  // Fast path: nothing to do.
  if (raw.indexOf(ESCAPE) < 0 && raw.indexOf(STAR) < 0) return Buffer.from(raw);
  // First pass: check and measure; nothing is allocated for a packet that is refused.
  let length = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === ESCAPE) {
      if (++i >= raw.length) return 'payload ends inside an escape';
      length++;
    } else if (b === STAR) {
      if (length === 0) return 'run-length marker at the start of the payload';
      if (++i >= raw.length) return 'payload ends inside a run-length pair';
      const count = raw[i]!;
      if (count < RUN_COUNT_MIN || count > RUN_COUNT_MAX) {
        return `run-length count 0x${count.toString(16).padStart(2, '0')} outside the protocol's range 0x20-0x7e`;
      }
      length += count - RUN_COUNT_BIAS;
    } else {
      length++;
    }
    if (length > max) return EXPANDS_TOO_FAR;
  }
  const out = Buffer.allocUnsafe(length);
  let j = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === ESCAPE) {
      out[j++] = raw[++i]! ^ 0x20;
    } else if (b === STAR) {
      const n = raw[++i]! - RUN_COUNT_BIAS;
      out.fill(out[j - 1]!, j, j + n);
      j += n;
    } else {
      out[j++] = b;
    }
  }
  return out;
}

/** `decodePayload` without the reason: undefined for a payload that cannot be decoded. */
export function unescapeAndExpand(raw: Uint8Array, max: number = DEFAULT_MAX_PAYLOAD): Buffer | undefined {
  const decoded = decodePayload(raw, max);
  return typeof decoded === 'string' ? undefined : decoded;
}

/** Escape binary data for a payload: `}` `#` `$` `*` become 0x7d, byte ^ 0x20. */
export function escapeBinary(data: Uint8Array): Buffer {
  let extra = 0;
  for (let i = 0; i < data.length; i++) if (needsEscape(data[i]!)) extra++;
  if (extra === 0) return Buffer.from(data);
  const out = Buffer.alloc(data.length + extra);
  escapeInto(data, out);
  return out;
}

/** Grown once to the largest escaped reply, then reused: see escapedText. */
let escapeScratch = Buffer.alloc(0);

/**
 * `escapeBinary` as latin1 text, for a reply payload. The bytes are escaped in one
 * buffer reused by every reply, so a big binary reply leaves no Buffer behind (see
 * link.ts: why replies are text).
 */
export function escapedText(data: Uint8Array): string {
  if (escapeScratch.length < data.length * 2) escapeScratch = Buffer.alloc(data.length * 2);
  return escapeScratch.toString('latin1', 0, escapeInto(data, escapeScratch));
}

/** Writes `data` escaped into `out` (room enough); returns the length written. */
function escapeInto(data: Uint8Array, out: Uint8Array): number {
  let j = 0;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (needsEscape(b)) {
      out[j++] = ESCAPE;
      out[j++] = b ^ 0x20;
    } else {
      out[j++] = b;
    }
  }
  return j;
}

function needsEscape(b: number): boolean {
  return b === ESCAPE || b === HASH || b === DOLLAR || b === STAR;
}

/** Modulo-256 sum of the bytes. */
export function checksum(data: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s = (s + data[i]!) & 0xff;
  return s;
}

/**
 * Frame an (already escaped, if binary) latin1 payload as text: `$payload#cs`, or
 * `%payload#cs` for a notification. What the link writes (see link.ts: why text).
 */
export function packetText(payload: string, notification = false): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum = (sum + payload.charCodeAt(i)) & 0xff;
  return `${notification ? '%' : '$'}${payload}#${sum.toString(16).padStart(2, '0')}`;
}

/**
 * Frame an (already escaped, if binary) payload: `$payload#cs`, or `%payload#cs` for
 * a notification. Strings are taken as latin1 so each char is one byte.
 */
export function encodePacket(payload: Uint8Array | string, notification = false): Buffer {
  // One buffer per packet: a text payload is written straight into it.
  const length = payload.length;
  const out = Buffer.allocUnsafe(length + 4);
  out[0] = notification ? 0x25 : DOLLAR;
  if (typeof payload === 'string') out.write(payload, 1, 'latin1');
  else out.set(payload, 1);
  out[length + 1] = HASH;
  out.write(checksum(out.subarray(1, length + 1)).toString(16).padStart(2, '0'), length + 2, 'latin1');
  return out;
}
