// Character devices for the board's UARTs and the monitor, as QEMU's -chardev: a backend
// (stdio, null, a file, TCP client or server) and its front ends. A muxed chardev (mux=on,
// and stdio, as QEMU's -nographic console) has QEMU's Ctrl-A escapes: Ctrl-A c moves the
// input between its front ends (console, monitor), Ctrl-A x quits, Ctrl-A h lists them.

import { closeSync, fstatSync, openSync, writeSync } from 'node:fs';
import net from 'node:net';
import type { Pl011 } from '../machine/uart/pl011.ts';
import type { Chardev, SerialSpec } from './qemu-options.ts';

/** Console input a UART's guest has not read yet, at most (a paste of a few MiB). */
export const RX_QUEUE_MAX = 4 << 20;

/**
 * Feeds input into a UART no faster than its receive FIFO drains, like QEMU's character
 * backends (a paste or a script's burst would otherwise overflow the FIFO and lose bytes):
 * the guest's reads refill the FIFO at once (Pl011.rxRefill), a host timer covers a guest
 * that waits for its interrupt. Beyond RX_QUEUE_MAX unread bytes, input is refused with a
 * message rather than held without bound.
 */
export class RxPacer {
  /** Waiting input: chunks, the first one read from `offset`. */
  private readonly chunks: Uint8Array[] = [];
  private offset = 0;
  private queued = 0;
  private scheduled = false;
  private refused = false;

  constructor(
    private readonly uart: Pl011,
    private readonly notify: () => void,
    private readonly warn: (message: string) => void = (m) => process.stderr.write(m),
  ) {
    uart.rxRefill = this.refill;
  }

  /** Bytes waiting for room in the FIFO. */
  get pending(): number {
    return this.queued;
  }

  push(bytes: Uint8Array): void {
    if (this.queued + bytes.length > RX_QUEUE_MAX) {
      if (!this.refused) this.warn(`\r\nzvm-gdbserver: ${this.uart.name} input dropped: the guest has ${this.queued} bytes of earlier input still unread (at most ${RX_QUEUE_MAX} are held)\r\n`);
      this.refused = true;
      return;
    }
    this.refused = false;
    this.chunks.push(bytes.slice());
    this.queued += bytes.length;
    this.drain();
  }

  /** Moves as much input as fits into the FIFO; returns whether any did. */
  private fill(): boolean {
    let moved = false;
    while (this.queued > 0 && this.uart.rxSpace > 0) {
      const chunk = this.chunks[0]!;
      const n = Math.min(this.uart.rxSpace, chunk.length - this.offset);
      this.uart.receive(chunk.subarray(this.offset, this.offset + n));
      this.offset += n;
      this.queued -= n;
      moved = true;
      if (this.offset === chunk.length) {
        this.chunks.shift();
        this.offset = 0;
      }
    }
    return moved;
  }

  private readonly refill = (): void => {
    if (this.queued > 0) this.fill();
  };

  private readonly drain = (): void => {
    this.scheduled = false;
    if (this.fill()) this.notify();
    if (this.queued > 0 && !this.scheduled) {
      this.scheduled = true;
      setTimeout(this.drain, 1); // the machine runs between timers: the guest reads meanwhile
    }
  };
}

/** Where a chardev's bytes go and come from. */
interface Transport {
  /** Starts input (`onConnect` runs when a peer appears: at once for stdio, per client for TCP). */
  open(onInput: (chunk: Uint8Array) => void, onConnect: () => void): Promise<void>;
  write(data: Uint8Array): void;
  /** Whether anything can ever be typed into it (after open). */
  readonly hasInput: boolean;
  close(): void;
}

class StdioTransport implements Transport {
  private onData: ((chunk: Buffer) => void) | null = null;
  hasInput = false;

  constructor(private readonly signal: boolean) {}

  write(data: Uint8Array): void {
    process.stdout.write(data);
  }

  async open(onInput: (chunk: Uint8Array) => void, onConnect: () => void): Promise<void> {
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
    this.hasInput = true;
    this.onData = (chunk: Buffer) => {
      // signal=on (QEMU's -chardev stdio default): Ctrl-C on the terminal ends the process.
      if (tty && this.signal && chunk.includes(0x03)) terminate('terminating on Ctrl-C (signal=off passes it to the guest)');
      onInput(chunk);
    };
    process.stdin.on('data', this.onData);
    onConnect();
  }

  close(): void {
    if (this.onData !== null) {
      process.stdin.off('data', this.onData);
      if (process.stdin.isTTY) process.stdin.setRawMode(false);
      process.stdin.pause();
    }
  }
}

class NullTransport implements Transport {
  readonly hasInput = false;
  async open(): Promise<void> {}
  write(): void {}
  close(): void {}
}

/** Output appended to a file (QEMU's file backend truncates it first, as here); no input. */
class FileTransport implements Transport {
  private fd = -1;
  readonly hasInput = false;

  constructor(
    private readonly path: string,
    private readonly label: string,
  ) {}

  async open(): Promise<void> {
    try {
      this.fd = openSync(this.path, 'w');
    } catch (e) {
      throw new Error(`${this.label}: ${(e as Error).message}`);
    }
  }

  write(data: Uint8Array): void {
    if (this.fd >= 0) writeSync(this.fd, data);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

class TcpTransport implements Transport {
  private socket: net.Socket | null = null;
  private server: net.Server | null = null;
  readonly hasInput = true;

  constructor(
    private readonly spec: Extract<SerialSpec, { kind: 'tcp' }>,
    private readonly label: string,
  ) {}

  write(data: Uint8Array): void {
    this.socket?.write(data);
  }

  open(onInput: (chunk: Uint8Array) => void, onConnect: () => void): Promise<void> {
    const use = (s: net.Socket) => {
      this.socket = s;
      s.on('data', onInput);
      s.on('error', () => {});
      s.on('close', () => {
        if (this.socket === s) this.socket = null;
      });
      onConnect();
    };
    const { host, port } = this.spec;
    if (!this.spec.server) {
      return new Promise((resolve, reject) => {
        const s = net.connect(port, host, () => resolve());
        s.once('error', (e) => reject(new Error(`${this.label}: ${e.message}`)));
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
      server.once('error', (e) => reject(new Error(`${this.label}: ${e.message}`)));
      server.listen(port, host, () => {
        if (!this.spec.wait) resolve();
        else process.stderr.write(`zvm-gdbserver: waiting for a serial connection on ${host}:${port}\n`);
      });
    });
  }

  close(): void {
    this.socket?.destroy();
    this.server?.close();
  }
}

function createTransport({ backend: spec, label }: Chardev): Transport {
  switch (spec.kind) {
    case 'stdio':
      return new StdioTransport(spec.signal === true);
    case 'null':
      return new NullTransport();
    case 'file':
      return new FileTransport(spec.path, label);
    case 'tcp':
      return new TcpTransport(spec, label);
  }
}

function terminate(why: string): never {
  process.stdout.write(`\r\nzvm-gdbserver: ${why}\r\n`);
  process.exit(0);
}

/** A line-oriented front end (the monitor): answers whole lines, greets when focused. */
export interface LineFrontend {
  /** Text shown when the input first moves to it (banner and prompt). */
  greeting(first: boolean): string;
  /** Runs one typed line; returns the text to print (ending with the next prompt), or a promise of it. */
  line(text: string): string | Promise<string>;
}

const CTRL_A = 0x01;
const MUX_HELP =
  '\r\nC-a h    print this help\r\nC-a x    exit emulator\r\nC-a c    switch between console and monitor\r\nC-a C-a  sends C-a\r\n';

/** One chardev at run time: a transport, its UARTs and maybe the monitor. */
class ConsoleDevice {
  private out = new Uint8Array(4096);
  private len = 0;
  private readonly transport: Transport;
  /** Front ends taking input, in QEMU's order (UARTs, then the monitor); `focus` indexes it. */
  private readonly inputs: ({ uart: RxPacer } | { monitor: LineFrontend })[] = [];
  private readonly greeted = new Set<LineFrontend>();
  private focus = 0;
  private escape = false;
  private lineBuf = '';
  private lastCR = false;

  /** `notify`: called after input reached a front end (Consoles.waitForInput). */
  constructor(
    readonly chardev: Chardev,
    private readonly notify: () => void,
  ) {
    this.transport = createTransport(chardev);
  }

  get hasInput(): boolean {
    return this.transport.hasInput;
  }

  /** Called by the UART for each transmitted byte. */
  sink(byte: number): void {
    if (this.len === this.out.length) this.flush();
    this.out[this.len++] = byte;
  }

  flush(): void {
    if (this.len === 0) return;
    this.transport.write(this.out.slice(0, this.len));
    this.len = 0;
  }

  private print(text: string): void {
    this.flush();
    this.transport.write(Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8'));
  }

  addUart(uart: Pl011): void {
    this.inputs.push({ uart: new RxPacer(uart, this.notify) });
  }

  addMonitor(monitor: LineFrontend): void {
    this.inputs.push({ monitor });
  }

  open(): Promise<void> {
    return this.transport.open(
      (chunk) => this.input(chunk),
      () => {
        // A monitor alone on its chardev greets each new peer.
        const f = this.inputs[this.focus];
        if (f !== undefined && 'monitor' in f) this.greet(f.monitor);
      },
    );
  }

  private greet(m: LineFrontend): void {
    this.print(m.greeting(!this.greeted.has(m)));
    this.greeted.add(m);
  }

  private get escapes(): boolean {
    return this.chardev.mux || this.chardev.backend.kind === 'stdio';
  }

  /** Bytes of the current input chunk for the focused UART, handed over in one push. */
  private uartBytes: number[] = [];

  private flushUartBytes(): void {
    const f = this.inputs[this.focus];
    if (this.uartBytes.length > 0 && f !== undefined && 'uart' in f) f.uart.push(Uint8Array.from(this.uartBytes));
    this.uartBytes.length = 0;
  }

  private input(chunk: Uint8Array): void {
    for (const b of chunk) {
      if (this.escapes && this.escape) {
        this.escape = false;
        if (b === 0x78) terminate('terminated by Ctrl-A x'); // x
        else if (b === 0x68) this.print(MUX_HELP); // h
        else if (b === 0x63 && this.inputs.length > 1) this.switchFocus(); // c
        else if (b === CTRL_A) this.deliver(b);
        continue;
      }
      if (this.escapes && b === CTRL_A) {
        this.escape = true;
        continue;
      }
      this.deliver(b);
    }
    this.flushUartBytes();
    this.notify();
  }

  private switchFocus(): void {
    this.flushUartBytes();
    this.focus = (this.focus + 1) % this.inputs.length;
    const f = this.inputs[this.focus];
    if ('monitor' in f) this.greet(f.monitor);
    else this.print('\n');
  }

  private deliver(b: number): void {
    const f = this.inputs[this.focus];
    if (f === undefined) return;
    if ('uart' in f) {
      this.uartBytes.push(b);
      return;
    }
    // The monitor's line editing: echo, backspace, a line per CR or LF (CR LF is one).
    if (b === 0x0a && this.lastCR) {
      this.lastCR = false;
      return;
    }
    this.lastCR = b === 0x0d;
    if (b === 0x0d || b === 0x0a) {
      const line = this.lineBuf;
      this.lineBuf = '';
      this.print('\n');
      const reply = f.monitor.line(line);
      if (typeof reply === 'string') this.print(reply);
      else void reply.then((text) => this.print(text));
    } else if (b === 0x7f || b === 0x08) {
      if (this.lineBuf.length > 0) {
        this.lineBuf = this.lineBuf.slice(0, -1);
        this.print('\b \b');
      }
    } else if (b >= 0x20 && b < 0x7f) {
      this.lineBuf += String.fromCharCode(b);
      this.print(String.fromCharCode(b));
    }
  }

  close(): void {
    this.flush();
    this.transport.close();
  }
}

/** The UARTs' and the monitor's character devices of one run. */
export class Consoles {
  private readonly devices: ConsoleDevice[] = [];
  private readonly uartDevices: ConsoleDevice[];
  private readonly monitorDevice: ConsoleDevice | null;

  constructor(serial: readonly Chardev[], monitor: Chardev | null) {
    const deviceOf = (c: Chardev): ConsoleDevice => {
      let d = this.devices.find((x) => x.chardev === c);
      if (d === undefined) this.devices.push((d = new ConsoleDevice(c, this.inputArrived)));
      return d;
    };
    this.uartDevices = serial.map(deviceOf);
    this.monitorDevice = monitor === null ? null : deviceOf(monitor);
  }

  /** One transmit sink per UART, in -serial order. */
  get sinks(): ((byte: number) => void)[] {
    return this.uartDevices.map((d) => (b: number) => d.sink(b));
  }

  /** Whether the monitor can be typed into (after attach). */
  get monitorHasInput(): boolean {
    return this.monitorDevice?.hasInput ?? false;
  }

  /** Connects the UARTs and the monitor to their backends (a TCP server may wait for its client). */
  async attach(uarts: readonly Pl011[], monitor: LineFrontend | null): Promise<void> {
    this.uartDevices.forEach((d, i) => {
      if (uarts[i]) d.addUart(uarts[i]);
    });
    if (monitor !== null) this.monitorDevice?.addMonitor(monitor);
    await Promise.all(this.devices.map((d) => d.open()));
  }

  flush(): void {
    for (const d of this.devices) d.flush();
  }

  /** Resolves waitForInput's promise, if one waits. */
  private waiter: (() => void) | null = null;
  private readonly inputArrived = (): void => {
    this.waiter?.();
  };

  /**
   * Resolves at the next input that reaches a UART or the monitor, or after `ms`: for a
   * host loop with nothing to run meanwhile (an idle board).
   */
  waitForInput(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.waiter === done) this.waiter = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiter = done;
    });
  }

  close(): void {
    for (const d of this.devices) d.close();
  }
}
