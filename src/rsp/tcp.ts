/** A TCP listener that makes one `GdbSession` per connection, all on one target. */
import net from 'node:net';
import { defaultRspLogger } from './log.ts';
import { GdbSession, type SessionOptions } from './server.ts';
import type { Target } from './target.ts';

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
