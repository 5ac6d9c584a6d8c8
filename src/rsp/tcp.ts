/** A TCP listener that makes one `GdbSession` per connection, all on one target. */
import net from 'node:net';
import { RunControl } from './control.ts';
import { encodePacket, FrameDecoder } from './framing.ts';
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
  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const peer = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    if (sessions.size >= maxConnections) {
      refuse(socket, `too many GDB connections (${sessions.size} open, the limit); close one and connect again`, log, peer);
      return;
    }
    log.info(`GDB connected from ${peer}`);
    const session: GdbSession = new GdbSession(target, socket, {
      ...options,
      otherSessions: () => [...sessions].filter((s) => s !== session).length,
      control,
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
