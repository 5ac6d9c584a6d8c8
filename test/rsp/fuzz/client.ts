// The fuzz clients, run in their own process (so that their work is not counted as the
// server's): one controlling connection continues the board and at the end interrupts
// it (it must get its stop reply); `connections` more send the fuzz stream, reading
// everything, and at the end must still answer a probe.
//
//   node --import tsx test/rsp/fuzz/client.ts '{"port":1234,"seed":1,"count":100000}'
// prints one line of JSON (FuzzClientResult).

import { Socket } from 'node:net';
import { framed, fuzzUnits } from './packets.ts';

export interface FuzzClientOptions {
  readonly port: number;
  readonly seed: number;
  readonly count: number;
  /** Fuzzing connections besides the controlling one (default 4). */
  readonly connections?: number;
}

export interface FuzzClientResult {
  readonly units: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  /** Connections the server closed (each was opened again). */
  readonly reconnects: number;
  /** Fuzzing connections that answered the final probe. */
  readonly probesAnswered: number;
  readonly connections: number;
  /** The controlling connection got a stop reply for its Ctrl-C at the end. */
  readonly controllerStopped: boolean;
  readonly ms: number;
}

/** A probe every fuzzing connection must answer at the end. */
const PROBE = 'qXfer:features:read:target.xml:0,10';
const PROBE_REPLY = '$m<?xml ver';

class Conn {
  socket!: Socket;
  received = 0;
  tail = '';
  closedByServer = 0;
  private ended = false;

  constructor(private readonly port: number) {}

  async open(): Promise<void> {
    this.socket = await new Promise<Socket>((resolve, reject) => {
      const s = new Socket();
      s.once('error', reject);
      s.connect(this.port, '127.0.0.1', () => {
        s.off('error', reject);
        resolve(s);
      });
    });
    this.socket.on('error', () => undefined);
    this.socket.on('data', (d: Buffer) => {
      this.received += d.length;
      this.tail = (this.tail + d.toString('latin1')).slice(-4096);
    });
    this.socket.on('close', () => {
      if (!this.ended) this.closedByServer++;
    });
  }

  /** Writes, waiting for room (the server stops reading while its replies are unread). */
  async write(data: Buffer): Promise<void> {
    if (this.socket.destroyed) await this.open();
    if (!this.socket.write(data)) {
      await new Promise<void>((resolve) => {
        this.socket.once('drain', resolve);
        this.socket.once('close', resolve);
      });
    }
  }

  async waitFor(text: string, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      if (this.tail.includes(text)) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  close(): void {
    this.ended = true;
    this.socket.destroy();
  }
}

export async function runFuzzClients(o: FuzzClientOptions): Promise<FuzzClientResult> {
  const started = Date.now();
  const controller = new Conn(o.port);
  await controller.open();
  await controller.write(Buffer.concat([framed('QStartNoAckMode'), Buffer.from('+'), framed('?'), framed('vCont;c')]));
  const conns = Array.from({ length: o.connections ?? 4 }, () => new Conn(o.port));
  for (const c of conns) await c.open();

  let units = 0;
  let bytesSent = 0;
  const batches: Buffer[][] = conns.map(() => []);
  const sizes = conns.map(() => 0);
  const flush = async (i: number): Promise<void> => {
    const data = Buffer.concat(batches[i]!);
    batches[i] = [];
    sizes[i] = 0;
    bytesSent += data.length;
    await conns[i]!.write(data);
  };
  for (const unit of fuzzUnits(o.seed, o.count)) {
    const i = units++ % conns.length;
    batches[i]!.push(unit);
    sizes[i]! += unit.length;
    if (sizes[i]! > 0x8000) await flush(i);
  }
  for (let i = 0; i < conns.length; i++) await flush(i);

  // Each connection answers a probe: a '$' ends whatever the fuzz left unfinished.
  let probesAnswered = 0;
  await Promise.all(
    conns.map(async (c) => {
      await c.write(Buffer.concat([framed('QStartNoAckMode'), framed(PROBE)]));
      if (await c.waitFor(PROBE_REPLY, 120_000)) probesAnswered++;
    }),
  );
  // The controller still runs the board and gets its stop reply.
  controller.tail = '';
  await controller.write(Buffer.from([3]));
  const controllerStopped = await controller.waitFor('$T02', 60_000);
  const reconnects = conns.reduce((n, c) => n + c.closedByServer, 0) + controller.closedByServer;
  const bytesReceived = conns.reduce((n, c) => n + c.received, controller.received);
  for (const c of [controller, ...conns]) c.close();
  return { units, bytesSent, bytesReceived, reconnects, probesAnswered, connections: conns.length, controllerStopped, ms: Date.now() - started };
}

if (process.argv[1]?.endsWith('client.ts') === true) {
  const options = JSON.parse(process.argv[2] ?? '{}') as FuzzClientOptions;
  void runFuzzClients(options).then((r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    process.exit(0);
  });
}
