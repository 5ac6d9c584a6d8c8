// End-to-end GDB helpers: the real server process (tools/cli.ts with QEMU's options plus
// `-gdb tcp::PORT -S`) and the real client (gdb-multiarch), in batch mode or driven
// interactively over a pipe (for Ctrl-C).
//
//   const server = await startGdbServer(elf);
//   try {
//     const gdb = await runGdbBatch(server.port, elf, ['break compute', 'continue']);
//     ...
//   } finally {
//     await server.stop();
//   }

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { BOARD_ARGS, CLI_PATH } from './qemu.ts';

export const GDB = 'gdb-multiarch';

/** True when gdb-multiarch can be started. */
export function haveGdb(): boolean {
  const r = spawnSync(GDB, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** A TCP port that was free a moment ago (listen on port 0, close, hand it out). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') {
        srv.close();
        reject(new Error('no port'));
        return;
      }
      const port = addr.port;
      srv.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface GdbServerProcess {
  readonly port: number;
  readonly host: string;
  readonly child: ChildProcess;
  /** The guest's console (the server's stdout) so far. */
  stdout(): string;
  /** The server's diagnostics (stderr) so far; with `--log debug` the packet trace. */
  stderr(): string;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<ServerExit>;
  /** Waits up to `ms` for the process to exit on its own; undefined if it did not. */
  waitExit(ms: number): Promise<ServerExit | undefined>;
  /** Kills the process (SIGKILL) if still running and waits for it to be gone. */
  stop(): Promise<ServerExit>;
}

export interface StartServerOptions {
  /** Extra CLI options (e.g. ['--log', 'debug']). */
  extraArgs?: string[];
  /** How long to wait for the "waiting for GDB" line (default 30 s). */
  startTimeoutMs?: number;
  /** Attempts when the port was taken between picking and binding (default 5). */
  attempts?: number;
}

/** Every server this process started; killed on exit whatever happens to the test. */
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

/**
 * Starts `node bin/zvm-gdbserver.js -M virt ... -kernel ELF -gdb tcp::PORT -S` on a
 * free port and resolves once it prints "waiting for GDB on HOST:PORT". Retries with a
 * new port if the chosen one was taken in the meantime.
 */
export async function startGdbServer(elf: string, options: StartServerOptions = {}): Promise<GdbServerProcess> {
  const attempts = options.attempts ?? 5;
  let lastError: Error | undefined;
  for (let i = 0; i < attempts; i++) {
    const port = await freePort();
    try {
      return await startOnPort(elf, port, options);
    } catch (e) {
      lastError = e as Error;
      if (!/EADDRINUSE|address already in use/i.test(lastError.message)) throw lastError;
    }
  }
  throw lastError ?? new Error('could not start the server');
}

function startOnPort(elf: string, port: number, options: StartServerOptions): Promise<GdbServerProcess> {
  const args = [
    CLI_PATH,
    ...BOARD_ARGS,
    '-kernel',
    elf,
    '-gdb',
    `tcp::${port}`,
    '-S',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (d: Buffer) => out.push(d));
  const exited = new Promise<ServerExit>((resolve) => {
    child.on('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
    child.on('error', () => {
      live.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  const stdout = (): string => Buffer.concat(out).toString('latin1');
  const stderr = (): string => Buffer.concat(err).toString('utf8');
  const waitExit = async (ms: number): Promise<ServerExit | undefined> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
    try {
      return await Promise.race([exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  const stop = async (): Promise<ServerExit> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const timeoutMs = options.startTimeoutMs ?? 30_000;
    const timer = setTimeout(() => fail(new Error(`server did not start within ${timeoutMs} ms`)), timeoutMs);
    const fail = (e: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${e.message}\n--- server stderr ---\n${stderr()}`)));
    };
    child.stderr!.on('data', (d: Buffer) => {
      err.push(d);
      if (settled) return;
      const m = /waiting for GDB on ([\d.]+):(\d+)/.exec(stderr());
      if (m !== null) {
        settled = true;
        clearTimeout(timer);
        if (Number(m[2]) !== port) {
          void stop();
          reject(new Error(`server listens on ${m[2]}, asked for ${port}`));
          return;
        }
        resolve({ port, host: m[1]!, child, stdout, stderr, exited, waitExit, stop });
      }
    });
    void exited.then((x) => fail(new Error(`server exited (${x.code ?? x.signal}) before listening`)));
  });
}

export interface GdbResult {
  /** stdout and stderr of gdb, interleaved as they arrived. */
  out: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
}

/** The options every session starts with: no init files, aarch64, connect. */
export function gdbConnectArgs(port: number, host = '127.0.0.1'): string[] {
  return ['-nx', '-ex', 'set architecture aarch64', '-ex', 'set pagination off', '-ex', 'set width 0', '-ex', `target extended-remote ${host}:${port}`];
}

/** `gdb-multiarch -nx -batch -ex ... ELF`: runs the commands, then GDB quits. */
export function runGdbBatch(port: number, elf: string, commands: readonly string[], timeoutMs = 60_000): Promise<GdbResult> {
  return runGdb([...gdbConnectArgs(port), '-batch', ...commands.flatMap((c) => ['-ex', c]), elf], timeoutMs);
}

/** `gdb-multiarch -nx -batch -ex 'target extended-remote ...' -ex ... ELF` as a user types it:
 *  no `set architecture`, no script (GDB detaches when it quits). */
export function runGdbBare(port: number, elf: string, commands: readonly string[], timeoutMs = 120_000): Promise<GdbResult> {
  return runGdb(['-nx', '-batch', '-ex', `target extended-remote 127.0.0.1:${port}`, ...commands.flatMap((c) => ['-ex', c]), elf], timeoutMs);
}

/**
 * GDB writes a monitor command's output (and other target output) to stderr and its own
 * output to stdout. Read from two pipes, the two interleave as the reader happens to poll
 * them, cutting one command's output with the next one's; with stderr on the stdout pipe
 * the kernel keeps GDB's write order (GDB flushes stdout before writing to stderr).
 */
function spawnGdbOnePipe(args: readonly string[], stdin: 'ignore' | 'pipe'): ChildProcess {
  return spawn('sh', ['-c', 'exec "$0" "$@" 2>&1', GDB, ...args], { cwd: REPO_ROOT, stdio: [stdin, 'pipe', 'ignore'] });
}

function runGdb(args: readonly string[], timeoutMs: number): Promise<GdbResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawnGdbOnePipe(args, 'ignore');
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ out: Buffer.concat(chunks).toString('utf8'), code, signal, timedOut, durationMs: Date.now() - started });
    });
  });
}

/**
 * gdb-multiarch reading commands from a pipe (not batch mode), so that the test can
 * send it SIGINT while the target runs: GDB then sends the remote a Ctrl-C (0x03).
 */
export class InteractiveGdb {
  readonly child: ChildProcess;
  private buf = '';
  private marker = 0;
  private waiters: Array<() => void> = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  /** `program`: the ELF, or other arguments after the connect options (e.g. `-iex` ones). */
  constructor(port: number, program: string | readonly string[]) {
    this.child = spawnGdbOnePipe([...gdbConnectArgs(port), '-q', ...(typeof program === 'string' ? [program] : program)], 'pipe');
    const onData = (d: Buffer): void => {
      this.buf += d.toString('utf8');
      for (const w of this.waiters.splice(0)) w();
    };
    this.child.stdout!.on('data', onData);
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Everything GDB printed so far. */
  get output(): string {
    return this.buf;
  }

  /** Sends one command line without waiting for it to finish. */
  send(command: string): void {
    this.child.stdin!.write(`${command}\n`);
  }

  /** Resolves once the output matches `re` (searched from `from`); returns the match. */
  async waitFor(re: RegExp, timeoutMs = 30_000, from = 0): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const m = re.exec(this.buf.slice(from));
      if (m !== null) return m;
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) {
        throw new Error(`gdb output never matched ${re}\n--- gdb output ---\n${this.buf}`);
      }
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(Math.min(left, 200))]);
    }
  }

  /**
   * Runs commands and waits until GDB has executed them all (an `echo` marker after
   * them appears); returns the output they produced.
   */
  async run(commands: readonly string[], timeoutMs = 30_000): Promise<string> {
    const from = this.buf.length;
    const tag = `@@done-${++this.marker}@@`;
    for (const c of commands) this.send(c);
    this.send(`echo ${tag}\\n`);
    const m = await this.waitFor(new RegExp(`${tag}\\n`), timeoutMs, from);
    return this.buf.slice(from, from + m.index);
  }

  /** Ctrl-C: SIGINT to GDB, which interrupts the remote target. */
  interrupt(): void {
    this.child.kill('SIGINT');
  }

  /** `quit` (answering GDB's question if the target is still alive), then waits for exit. */
  async quit(timeoutMs = 10_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null) {
      this.send('quit');
      this.child.stdin!.end();
    }
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      this.exited,
      new Promise<undefined>((res) => (timer = setTimeout(() => res(undefined), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (r !== undefined) return r;
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

/** A raw TCP connection to the server, for hand-made (malformed) packets. */
export class RawRsp {
  private buf = Buffer.alloc(0);
  private waiters: Array<() => void> = [];
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('error', () => {});
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawRsp> {
    return new Promise((resolve, reject) => {
      const s = new Socket();
      s.once('error', reject);
      s.connect(port, host, () => {
        s.off('error', reject);
        resolve(new RawRsp(s));
      });
    });
  }

  write(data: string | Buffer): void {
    this.socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  /** Sends `$payload#cs` with a correct checksum. */
  sendPacket(payload: string): void {
    this.write(frame(payload));
  }

  /** Takes and returns everything received so far. */
  take(): string {
    const s = this.buf.toString('latin1');
    this.buf = Buffer.alloc(0);
    return s;
  }

  /** Everything received in the next `ms` milliseconds (plus what was already there). */
  async collect(ms: number): Promise<string> {
    await sleep(ms);
    return this.take();
  }

  /** Waits until the received bytes match `re`, then takes and returns them all. */
  async expect(re: RegExp, timeoutMs = 5_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = this.buf.toString('latin1');
      if (re.test(s)) {
        this.buf = Buffer.alloc(0);
        return s;
      }
      const left = deadline - Date.now();
      if (left <= 0 || this.closed) throw new Error(`raw connection never received ${re}; got ${JSON.stringify(s)}`);
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(Math.min(left, 100))]);
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
      setTimeout(() => this.socket.destroy(), 1000).unref();
    });
  }
}

/** `$payload#xx` with the modulo-256 checksum. */
export function frame(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum = (sum + payload.charCodeAt(i)) & 0xff;
  return `$${payload}#${sum.toString(16).padStart(2, '0')}`;
}

/** gdb's "$N = value" lines, in order. */
export function gdbValues(out: string): string[] {
  return [...out.matchAll(/^(?:\(gdb\) )*\$\d+ = (.*)$/gm)].map((m) => m[1]!);
}

/** `info threads` rows as "1.2 running" / "1.2 stopped". */
export function gdbThreadStates(out: string): string[] {
  const rows: string[] = [];
  for (const m of out.matchAll(/^(?:\(gdb\) )*\*?\s+(\d+\.\d+)\s+Thread \S+ "[^"]*"\s+(.*)$/gm)) {
    rows.push(`${m[1]} ${m[2]!.includes('(running)') ? 'running' : 'stopped'}`);
  }
  return rows;
}
