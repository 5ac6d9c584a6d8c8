// Serial backends for the board's UARTs: stdio, null, and TCP (client or server).

import { fstatSync } from 'node:fs';
import net from 'node:net';
import type { Pl011 } from '../machine/uart/pl011.ts';
import type { SerialSpec } from './qemu-options.ts';

/**
 * Feeds input into a UART no faster than its receive FIFO drains, like QEMU's character
 * backends (a paste or a script's burst would otherwise overflow the FIFO and lose bytes).
 */
class RxPacer {
  private readonly queue: number[] = [];
  private scheduled = false;

  constructor(private readonly uart: Pl011) {}

  push(bytes: Iterable<number>): void {
    for (const b of bytes) this.queue.push(b);
    this.drain();
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    const n = Math.min(this.uart.rxSpace, this.queue.length);
    if (n > 0) this.uart.receive(Uint8Array.from(this.queue.splice(0, n)));
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setTimeout(this.drain, 1); // the machine runs between timers: the guest reads meanwhile
    }
  };
}

export interface SerialBackend {
  /** Called by the UART for each transmitted byte. */
  sink(byte: number): void;
  /** Attaches the UART that receives this backend's input. */
  attach(uart: Pl011): Promise<void>;
  /** Writes out buffered output. */
  flush(): void;
  close(): void;
}

/** Buffers console bytes and writes them in one call per flush: stdout is slow per byte. */
class StdioSerial implements SerialBackend {
  private buf = new Uint8Array(4096);
  private len = 0;
  private onData: ((chunk: Buffer) => void) | null = null;

  sink(byte: number): void {
    if (this.len === this.buf.length) this.flush();
    this.buf[this.len++] = byte;
  }

  flush(): void {
    if (this.len === 0) return;
    process.stdout.write(Buffer.from(this.buf.subarray(0, this.len)));
    this.len = 0;
  }

  async attach(uart: Pl011): Promise<void> {
    // A terminal in raw mode, or a pipe (scripted input, as QEMU reads it); a file or
    // /dev/null on stdin means no console input.
    const tty = process.stdin.isTTY === true;
    if (!tty) {
      let piped = false;
      try {
        const st = fstatSync(0);
        piped = st.isFIFO() || st.isSocket();
      } catch {
        // no stdin at all
      }
      if (!piped) return;
    }
    if (tty) process.stdin.setRawMode(true);
    let ctrlA = false;
    const rx = new RxPacer(uart);
    this.onData = (chunk: Buffer) => {
      for (const b of chunk) {
        // QEMU's -nographic escape: Ctrl-A x quits.
        if (ctrlA && b === 0x78) {
          this.flush();
          process.stdout.write('\r\nzvm-gdbserver: terminated by Ctrl-A x\r\n');
          process.exit(0);
        }
        ctrlA = b === 0x01;
        if (!ctrlA) rx.push([b]);
      }
    };
    process.stdin.on('data', this.onData);
  }

  close(): void {
    this.flush();
    if (this.onData !== null) {
      process.stdin.off('data', this.onData);
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
    }
  }
}

class NullSerial implements SerialBackend {
  sink(): void {}
  flush(): void {}
  async attach(): Promise<void> {}
  close(): void {}
}

class TcpSerial implements SerialBackend {
  private socket: net.Socket | null = null;
  private server: net.Server | null = null;
  private pending: number[] = [];

  constructor(private readonly spec: Extract<SerialSpec, { kind: 'tcp' }>) {}

  sink(byte: number): void {
    this.pending.push(byte);
  }

  flush(): void {
    if (this.pending.length === 0 || this.socket === null) return;
    this.socket.write(Buffer.from(this.pending));
    this.pending = [];
  }

  attach(uart: Pl011): Promise<void> {
    const use = (s: net.Socket) => {
      this.socket = s;
      const rx = new RxPacer(uart);
      s.on('data', (chunk) => rx.push(chunk));
      s.on('error', () => {});
      s.on('close', () => {
        if (this.socket === s) this.socket = null;
      });
    };
    const { host, port } = this.spec;
    if (!this.spec.server) {
      return new Promise((resolve, reject) => {
        const s = net.connect(port, host, () => resolve());
        s.once('error', (e) => reject(new Error(`-serial tcp:${host}:${port}: ${e.message}`)));
        use(s);
      });
    }
    return new Promise((resolve, reject) => {
      const server = net.createServer((s) => {
        this.socket?.destroy();
        use(s);
        resolve();
      });
      this.server = server;
      server.once('error', (e) => reject(new Error(`-serial tcp:${host}:${port}: ${e.message}`)));
      server.listen(port, host, () => {
        if (!this.spec.wait) resolve();
        else process.stderr.write(`zvm-gdbserver: waiting for a serial connection on ${host}:${port}\n`);
      });
    });
  }

  close(): void {
    this.flush();
    this.socket?.destroy();
    this.server?.close();
  }
}

export function createSerial(spec: SerialSpec): SerialBackend {
  switch (spec.kind) {
    case 'stdio':
      return new StdioSerial();
    case 'null':
      return new NullSerial();
    case 'tcp':
      return new TcpSerial(spec);
  }
}
