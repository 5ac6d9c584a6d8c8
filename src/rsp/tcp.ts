/** A TCP listener that makes one `GdbSession` per connection, all on one target. */
import net from 'node:net';
import { RunControl } from './control.ts';
import { encodePacket, FrameDecoder } from './framing.ts';
import { heapInUse, IDLE_REDUCTION_DELAY_MS, IDLE_REDUCTION_MAX_HEAP, IDLE_REDUCTION_TRAFFIC, reduceMemory } from './idle-memory.ts';
import { defaultRspLogger, type RspLogger } from './log.ts';
import { GdbSession, type SessionOptions } from './server.ts';
import type { Target } from './target.ts';

const DEFAULT_MAX_CONNECTIONS = 8;
/** How long a refused connection may take to send its first packet. */
const REFUSAL_WAIT_MS = 5000;

export interface ServeOptions extends SessionOptions {
  /** Interface to listen on (default 127.0.0.1: GDB has no authentication). */
  readonly host?: string;
  /** TCP port; 0 picks a free one (see `GdbServer.port`). */
  readonly port: number;
  /** Connections served at once; one more is refused with an error GDB prints
   *  (default 8). */
  readonly maxConnections?: number;
  /** Called for every new session. */
  readonly onSession?: (session: GdbSession) => void;
  /**
   * Once the last client has gone, after `trafficBytes` of GDB traffic (both ways) and
   * `delayMs` with no client, give back what the traffic made the process hold if the
   * JS heap in use when the first of those clients connected was at most `maxHeapBytes`
   * (see idle-memory.ts; `onReduced` is called after, with whether it ran). Default:
   * 16 MiB, 2 s, 40 MiB; false: never.
   */
  readonly idleMemoryReduction?:
    | { readonly trafficBytes?: number; readonly delayMs?: number; readonly maxHeapBytes?: number; readonly onReduced?: (ran: boolean) => void }
    | false;
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
  const control = new RunControl();
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const reduction = options.idleMemoryReduction ?? {};
  /** Traffic of the closed sessions since the last reduction. */
  let traffic = 0;
  /** The heap in use when the first client since the last reduction connected. */
  let heapBefore: number | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let closing = false;
  const cancelReduction = (): void => {
    clearTimeout(idleTimer);
    idleTimer = undefined;
  };
  const server = net.createServer((socket) => {
    cancelReduction();
    socket.setNoDelay(true);
    const peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    if (sessions.size >= maxConnections) {
      refuse(socket, `too many GDB connections (${sessions.size} open, the limit); close one and connect again`, log, peer);
      return;
    }
    log.info(`GDB connected from ${peer}`);
    if (sessions.size === 0) heapBefore ??= heapInUse();
    const session: GdbSession = new GdbSession(target, socket, {
      ...options,
      otherSessions: () => [...sessions].filter((s) => s !== session).length,
      control,
    });
    sessions.add(session);
    void session.closed.then(() => {
      sessions.delete(session);
      socket.destroy();
      traffic += socket.bytesRead + socket.bytesWritten;
      if (reduction === false || closing || sessions.size > 0 || traffic < (reduction.trafficBytes ?? IDLE_REDUCTION_TRAFFIC)) return;
      cancelReduction();
      idleTimer = setTimeout(() => {
        idleTimer = undefined;
        traffic = 0;
        const before = heapBefore ?? 0;
        heapBefore = undefined;
        const mib = (n: number): string => `${Math.round(n / 1048576)} MiB`;
        if (before > (reduction.maxHeapBytes ?? IDLE_REDUCTION_MAX_HEAP)) {
          log.debug(`GDB clients gone; heap of ${mib(before)} before them too big for a short memory-reducing collection`);
          reduction.onReduced?.(false);
          return;
        }
        const start = performance.now();
        reduceMemory((ran) => {
          log.debug(`GDB clients gone; memory-reducing collection ${ran ? `took ${(performance.now() - start).toFixed(1)} ms (heap ${mib(before)} before them, ${mib(heapInUse())} now)` : 'not available'}`);
          reduction.onReduced?.(ran);
        });
      }, reduction.delayMs ?? IDLE_REDUCTION_DELAY_MS);
      // A server that is only waiting to give memory back does not keep the process alive.
      idleTimer.unref();
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
      closing = true;
      cancelReduction();
      for (const s of sessions) s.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Turn a connection away: its first packet (GDB's `qSupported`) is answered with an
 * `E.` error, which GDB prints ("Remote failure reply: E.<why>") before it reports the
 * connection closed. Nothing the client sends is kept.
 */
function refuse(socket: net.Socket, why: string, log: RspLogger, peer: string): void {
  log.warn(`GDB connection from ${peer} refused: ${why}`);
  const decoder = new FrameDecoder(256);
  const timer = setTimeout(() => socket.destroy(), REFUSAL_WAIT_MS);
  socket.on('error', () => undefined);
  socket.on('close', () => clearTimeout(timer));
  socket.on('data', (chunk: Buffer) => {
    const ended = decoder.push(chunk).some((ev) => ev.type !== 'ack' && ev.type !== 'nack' && ev.type !== 'garbage' && ev.type !== 'interrupt');
    if (!ended || socket.writableEnded) return;
    socket.end(Buffer.concat([Buffer.from('+'), encodePacket(`E.zvm-gdbserver: ${why}`)]));
  });
}
