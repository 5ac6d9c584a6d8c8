/**
 * The link: the stateful byte-level side of one connection. It feeds the stream to the
 * `FrameDecoder`, acks (or nacks) packets until no-ack mode, retransmits the last packet
 * on `-` (at most 3 times), and sends replies, `%` notifications and `O` console output.
 * What a packet or a raw Ctrl-C byte means is the session's business (`LinkEvents`).
 *
 * Packets are written as latin1 text, never as Buffers, and handed to the stream a piece
 * at a time, the next once the stream has written the last. A Buffer's memory (malloc'd,
 * outside the JavaScript heap) is freed only when a later garbage collection finds it,
 * and glibc keeps what was freed: 64 KiB reads made the server's RSS grow by tens of MB
 * that it never gave back. Text lives on the JavaScript heap, and a socket copies only
 * what it cannot write at once, freeing the copy when it has written it: a piece at most.
 */
import type { Duplex, Readable, Writable } from 'node:stream';
import { type FrameEvent, FrameDecoder, packetText } from './framing.ts';
import type { RspLogger } from './log.ts';
import { describe, printable } from './text.ts';

/** How much of a packet is handed to the stream at a time. */
const WRITE_PIECE = 16 * 1024;

/** A duplex stream (e.g. `net.Socket`) or a separate input and output. */
export type ByteStream = Duplex | { readonly input: Readable; readonly output: Writable };

/** What the link hands to the session. */
export interface LinkEvents {
  /** A packet to handle (already acked). */
  packet(payload: Buffer): void;
  /** A raw Ctrl-C byte outside any packet. */
  interrupt(): void;
  /** A chunk of input has been decoded and its packets handed over. */
  received(): void;
  /** The connection closed (the link has already ended its output). */
  ended(): void;
}

export interface LinkOptions {
  readonly log: RspLogger;
  readonly trace: boolean;
  /** Largest incoming payload accepted. */
  readonly maxPayload: number;
}

export class PacketLink {
  private readonly log: RspLogger;
  private readonly trace: boolean;
  private readonly maxPayload: number;
  private readonly decoder: FrameDecoder;
  private readonly input: Readable;
  private readonly output: Writable;
  private closed = false;
  private noAck = false;
  private lastSent: string | undefined;
  private retransmits = 0;
  /** Packets (or what is left of the first) not handed to the stream yet; see `flush`. */
  private readonly queued: string[] = [];
  private queuedBytes = 0;
  /** `whenDrained` promises: settled once nothing is unread, or the link closes. */
  private readonly drainWaiters = new Set<() => void>();

  constructor(
    stream: ByteStream,
    options: LinkOptions,
    private readonly events: LinkEvents,
  ) {
    this.log = options.log;
    this.trace = options.trace;
    this.maxPayload = options.maxPayload;
    this.decoder = new FrameDecoder(this.maxPayload);
    if ('input' in stream) {
      this.input = stream.input;
      this.output = stream.output;
    } else {
      this.input = stream;
      this.output = stream;
    }
    this.input.on('data', (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk));
    this.input.on('end', () => this.close('end of input'));
    this.input.on('close', () => this.close('input closed'));
    this.input.on('error', (e: Error) => this.close(`input error: ${e.message}`));
    this.output.on('error', (e: Error) => this.close(`output error: ${e.message}`));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Bytes of replies GDB has not read yet (still queued in this process). */
  get unreadReplies(): number {
    return this.queuedBytes + this.output.writableLength;
  }

  /** Resolves once the unread replies have been handed to the OS (or the link closed). */
  whenDrained(): Promise<void> {
    if (this.closed || this.unreadReplies === 0) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.add(resolve));
  }

  /** Stop reading GDB's requests (backpressure: the OS buffers fill and GDB waits). */
  pauseInput(): void {
    if (!this.closed && !this.input.isPaused()) this.input.pause();
  }

  resumeInput(): void {
    if (!this.closed && this.input.isPaused()) this.input.resume();
  }

  /** Send a packet (kept for retransmission until GDB acks it, outside no-ack mode).
   *  A string reply is latin1 text: one char per byte. */
  send(reply: string | Buffer): void {
    if (this.closed) return;
    const text = typeof reply === 'string' ? reply : reply.toString('latin1');
    if (this.trace) this.log.debug(`-> ${printable(Buffer.from(text, 'latin1'))}`);
    const packet = packetText(text);
    this.lastSent = this.noAck ? undefined : packet;
    this.retransmits = 0;
    this.writeRaw(packet);
  }

  /** `%payload#cs`: never acked by GDB, so not a candidate for retransmission. */
  notify(payload: string): void {
    if (this.closed) return;
    if (this.trace) this.log.debug(`-> %${payload}`);
    this.writeRaw(packetText(payload, true));
  }

  /** Text GDB prints on its console (`O` packets, each well under PacketSize). */
  consoleOutput(text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    const step = Math.max(1, Math.floor((this.maxPayload - 1) / 2));
    for (let i = 0; i < bytes.length; i += step) this.send('O' + bytes.subarray(i, i + step).toString('hex'));
  }

  /** `QStartNoAckMode`: its `OK` is the last packet GDB acks. */
  startNoAckMode(): void {
    this.send('OK');
    this.noAck = true;
    this.lastSent = undefined;
  }

  close(why: string): void {
    if (this.closed) return;
    this.closed = true;
    this.log.info(`GDB session ended (${why})`);
    // Unread replies are of no use to anyone now: drop them rather than keep them
    // queued for a client that may never read.
    if (!this.output.destroyed) this.output.end();
    if (this.output.writableLength > 0 && 'destroy' in this.output) this.output.destroy();
    this.queued.length = 0;
    this.queuedBytes = 0;
    this.lastSent = undefined;
    this.settleDrainWaiters();
    this.events.ended();
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    let frames: FrameEvent[];
    try {
      frames = this.decoder.push(chunk);
    } catch (e) {
      this.log.error(`framing failed: ${describe(e)}`);
      return;
    }
    for (const ev of frames) {
      try {
        this.onFrame(ev);
      } catch (e) {
        this.log.error(`frame handling failed: ${describe(e)}`);
      }
    }
    this.events.received();
  }

  private onFrame(ev: FrameEvent): void {
    switch (ev.type) {
      case 'packet':
        if (!this.noAck) this.writeRaw('+');
        this.events.packet(ev.payload);
        break;
      case 'bad-checksum':
        if (!this.noAck) {
          this.log.warn(`bad checksum (computed ${ev.expected.toString(16)}, got "${ev.received}"), asked to resend`);
          this.writeRaw('-');
        } else if (ev.payload) {
          // No-ack mode: checksums need not be checked and GDB will not resend.
          this.log.warn(`bad checksum in no-ack mode (computed ${ev.expected.toString(16)}, got "${ev.received}"), using packet anyway`);
          this.events.packet(ev.payload);
        } else {
          this.log.warn('undecodable packet in no-ack mode dropped');
        }
        break;
      case 'malformed':
        // The checksum is right, so a resent copy would be no better: dropped, with a
        // '-' (as for an oversize packet) so that GDB does not wait for a reply.
        this.log.warn(`malformed packet dropped: ${ev.reason}`);
        if (!this.noAck) this.writeRaw('-');
        break;
      case 'oversize':
        this.log.warn(
          ev.expanded
            ? `packet expands beyond PacketSize ${this.maxPayload} (run-length encoding); dropped`
            : `packet of ${ev.length} bytes exceeds PacketSize ${this.maxPayload}; dropped`,
        );
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
        this.events.interrupt();
        break;
    }
  }

  private writeRaw(data: string): void {
    if (this.closed || this.output.destroyed || this.output.writableEnded) return;
    this.queued.push(data);
    this.queuedBytes += data.length;
    this.flush();
  }

  /** Hands queued text to the stream while it has written everything it was given; the
   *  write's callback comes back here. */
  private readonly flush = (): void => {
    while (!this.closed && this.output.writableLength === 0) {
      const head = this.queued[0];
      if (head === undefined) {
        this.settleDrainWaiters();
        return;
      }
      let piece = head;
      if (head.length > WRITE_PIECE) {
        piece = head.slice(0, WRITE_PIECE);
        this.queued[0] = head.slice(WRITE_PIECE);
      } else {
        this.queued.shift();
      }
      this.queuedBytes -= piece.length;
      try {
        this.output.write(piece, 'latin1', this.flush);
      } catch (e) {
        this.close(`write failed: ${describe(e)}`);
      }
    }
  };

  private settleDrainWaiters(): void {
    const waiters = [...this.drainWaiters];
    this.drainWaiters.clear();
    for (const done of waiters) done();
  }
}
