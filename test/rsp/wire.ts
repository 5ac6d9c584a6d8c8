// Test harness: a GdbSession on a pair of in-memory streams, with an independent
// (deliberately naive) parser of what the server sends.

import { PassThrough } from 'node:stream';
import { GdbSession, type RspLogger, type SessionOptions, type Target } from '../../src/rsp/index.ts';

/** One thing the server sent: an ack, a nack, or a packet. */
export type Token =
  | { kind: '+' }
  | { kind: '-' }
  /** `raw` = payload as sent (escaped), `data` = unescaped. */
  | { kind: 'packet'; raw: Buffer; data: Buffer; text: string; notification: boolean };

export function cksum(s: Buffer | string): string {
  const b = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
  let sum = 0;
  for (const c of b) sum = (sum + c) & 0xff;
  return sum.toString(16).padStart(2, '0');
}

/** `$payload#cs` for a payload given as text (latin1) or bytes. */
export function frame(payload: Buffer | string): Buffer {
  const b = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  return Buffer.concat([Buffer.from('$'), b, Buffer.from('#' + cksum(b))]);
}

export function unescape(raw: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) out.push(raw[i] === 0x7d ? raw[++i]! ^ 0x20 : raw[i]!);
  return Buffer.from(out);
}

/** Logger that records warnings and errors (and fails nothing by itself). */
export class RecordingLogger implements RspLogger {
  readonly lines: string[] = [];
  error(m: string): void {
    this.lines.push(`error: ${m}`);
  }
  warn(m: string): void {
    this.lines.push(`warn: ${m}`);
  }
  info(m: string): void {
    this.lines.push(`info: ${m}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${m}`);
  }
}

export class Wire {
  readonly toServer = new PassThrough();
  readonly fromServer = new PassThrough();
  readonly session: GdbSession;
  readonly logger = new RecordingLogger();
  private pending = Buffer.alloc(0);
  private wake: (() => void) | undefined;
  /** Everything the server ever sent. */
  all = Buffer.alloc(0);
  /** Whether `rpc` expects '+' before replies. */
  ackMode = true;

  constructor(target: Target, options: SessionOptions = {}) {
    this.session = new GdbSession(target, { input: this.toServer, output: this.fromServer }, { logger: this.logger, ...options });
    this.fromServer.on('data', (c: Buffer) => {
      this.pending = Buffer.concat([this.pending, c]);
      this.all = Buffer.concat([this.all, c]);
      this.wake?.();
    });
  }

  write(bytes: Buffer | string): void {
    this.toServer.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  }

  /** Parse one token off the front of the received bytes, if complete. */
  private take(): Token | undefined {
    const b = this.pending;
    if (b.length === 0) return undefined;
    const c = b[0];
    if (c === 0x2b || c === 0x2d) {
      this.pending = b.subarray(1);
      return { kind: c === 0x2b ? '+' : '-' };
    }
    if (c !== 0x24 && c !== 0x25) throw new Error(`server sent stray byte 0x${c!.toString(16)} in ${JSON.stringify(b.toString('latin1'))}`);
    const hash = b.indexOf(0x23);
    if (hash < 0 || b.length < hash + 3) return undefined;
    const raw = Buffer.from(b.subarray(1, hash));
    const cs = b.subarray(hash + 1, hash + 3).toString('latin1');
    if (cs !== cksum(raw)) throw new Error(`bad checksum from server: ${cs} for ${raw.toString('latin1')}`);
    this.pending = b.subarray(hash + 3);
    const data = unescape(raw);
    return { kind: 'packet', raw, data, text: data.toString('latin1'), notification: c === 0x25 };
  }

  /** Next token from the server (rejects after `ms`). */
  async next(ms = 2000): Promise<Token> {
    const deadline = Date.now() + ms;
    for (;;) {
      const t = this.take();
      if (t) return t;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timeout waiting for the server; pending ${JSON.stringify(this.pending.toString('latin1'))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Next packet (skipping nothing: an ack here is an error). */
  async packet(ms?: number): Promise<Extract<Token, { kind: 'packet' }>> {
    const t = await this.next(ms);
    if (t.kind !== 'packet') throw new Error(`expected a packet, got "${t.kind}"`);
    return t;
  }

  /** Send one packet, expect '+' (in ack mode) and return the reply text. */
  async rpc(payload: Buffer | string): Promise<string> {
    this.write(frame(payload));
    if (this.ackMode) {
      const ack = await this.next();
      if (ack.kind !== '+') throw new Error(`expected "+", got ${JSON.stringify(ack)}`);
    }
    return (await this.packet()).text;
  }

  /** Send a resume packet (no immediate reply); consume its ack and wait until the
   *  session has handed it to the target. */
  async resume(payload: string): Promise<void> {
    this.write(frame(payload));
    if (this.ackMode) expectToken(await this.next(), '+');
    await waitFor(() => this.session.isRunning);
  }

  /** Resolve true if nothing arrives within `ms`. */
  async silent(ms = 50): Promise<boolean> {
    await new Promise((r) => setTimeout(r, ms));
    return this.pending.length === 0;
  }

  /** Run the GDB 13 connection preamble up to no-ack mode. */
  async handshake(): Promise<void> {
    await this.rpc(GDB13_QSUPPORTED);
    await this.rpc('vMustReplyEmpty');
    await this.rpc('QStartNoAckMode');
    this.ackMode = false;
  }
}

export function expectToken(t: Token, kind: '+' | '-'): void {
  if (t.kind !== kind) throw new Error(`expected "${kind}", got ${JSON.stringify(t)}`);
}

/** qSupported exactly as gdb-multiarch 13.1 sends it for `target extended-remote`. */
export const GDB13_QSUPPORTED =
  'qSupported:multiprocess+;swbreak+;hwbreak+;qRelocInsn+;fork-events+;vfork-events+;exec-events+;vContSupported+;QThreadEvents+;no-resumed+;memory-tagging+;xmlRegisters=i386';

/** Poll until `cond` holds (rejects after `ms`). */
export async function waitFor(cond: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('timeout in waitFor');
    await new Promise((r) => setTimeout(r, 1));
  }
}
