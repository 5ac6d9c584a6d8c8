// Bounds a client cannot push the server past: replies it leaves unread, the number of
// connections, and how long packet handling may keep the event loop.

import { Socket } from 'node:net';
import { PassThrough, Writable } from 'node:stream';
import { getHeapSpaceStatistics } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { type GdbServer, GdbSession, serveTcp, type ThreadId } from '../../src/rsp/index.ts';
import { RawRsp } from '../helpers/gdb.ts';
import { MockTarget } from './mock-target.ts';
import { frame, RecordingLogger, waitFor } from './wire.ts';

/** The mock target with 64 KiB readable everywhere at 0x40000000 (as a board's RAM). */
class BigMemoryTarget extends MockTarget {
  onRead: () => void = () => undefined;
  override readMemory(th: ThreadId, addr: bigint, length: number): Uint8Array {
    if (addr < 0x40000000n) return super.readMemory(th, addr, length);
    this.memReads.push({ thread: th, addr, length });
    this.onRead();
    return new Uint8Array(length).fill(0x5a);
  }
}

const BIG_READ = 'm40000000,10000';
/** `$` + 128 KiB of hex + `#xx`. */
const BIG_REPLY_BYTES = 0x20000 + 4;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function connect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    s.once('error', reject);
    s.connect(port, '127.0.0.1', () => resolve(s));
  });
}

let server: GdbServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a client that does not read its replies', () => {
  it('is not read from while its unread replies exceed the bound; it gets every reply once it reads', async () => {
    const target = new BigMemoryTarget();
    server = await serveTcp(target, { port: 0, logger: new RecordingLogger() });
    const client = await connect(server.port);
    // 3,000 64 KiB reads (375 MiB of replies) pipelined; nothing read for a while.
    const requests = 3000;
    client.write(Buffer.concat(Array.from({ length: requests }, () => frame(BIG_READ))));
    await waitFor(() => target.memReads.length > 0, 10_000);
    await sleep(1500);
    const session = [...server.sessions][0]!;
    // What the OS buffers of the two sockets hold plus the session's bound, no more.
    const handled = target.memReads.length;
    expect(handled).toBeLessThan(requests / 3);
    expect(session.unreadReplies).toBeLessThanOrEqual(0x100000 + BIG_REPLY_BYTES);
    // Now read: every request is answered, in full.
    let replies = 0;
    let bytes = 0;
    client.on('data', (d: Buffer) => {
      bytes += d.length;
      for (const c of d) if (c === 0x24) replies++;
    });
    await waitFor(() => replies === requests && bytes === requests * (BIG_REPLY_BYTES + 1), 120_000);
    expect(target.memReads.length).toBe(requests);
    client.destroy();
  }, 180_000);

  it('is read from again once its replies are read, when the last request it sent put them over the bound', async () => {
    // A client's output whose writes complete only when the test says (the client reads).
    const held: (() => void)[] = [];
    const output = new Writable({ write: (_chunk, _encoding, done) => void held.push(() => done()) });
    const input = new PassThrough();
    const target = new BigMemoryTarget();
    new GdbSession(target, { input, output }, { logger: new RecordingLogger(), maxUnreadReplies: 0x1000 });
    input.write(frame('QStartNoAckMode'));
    input.write(frame(BIG_READ));
    // The reply to the last request waiting took the unread replies over the bound: the
    // session stops reading.
    await waitFor(() => target.memReads.length === 1 && input.isPaused(), 5000);
    const readDone = (): void => {
      while (held.length > 0) held.shift()!();
    };
    readDone();
    // The client read everything: the next request is read and answered.
    input.write(frame(BIG_READ));
    await waitFor(() => {
      readDone();
      return target.memReads.length === 2;
    }, 5000);
  });

  it('drops the unread replies of a client that goes away', async () => {
    const target = new BigMemoryTarget();
    server = await serveTcp(target, { port: 0, logger: new RecordingLogger() });
    const client = await connect(server.port);
    client.write(Buffer.concat(Array.from({ length: 200 }, () => frame(BIG_READ))));
    await waitFor(() => target.memReads.length > 0, 10_000);
    await sleep(500);
    const handledBeforeClose = target.memReads.length;
    client.destroy();
    await waitFor(() => server!.sessions.size === 0, 10_000);
    // The requests still waiting were not handled for nobody.
    await sleep(300);
    expect(target.memReads.length).toBeLessThan(200);
    expect(target.memReads.length).toBeLessThanOrEqual(handledBeforeClose + 64);
  }, 60_000);
});

describe('connection limit', () => {
  it('refuses a connection beyond the limit with an error GDB prints, and serves again once one closes', async () => {
    const logger = new RecordingLogger();
    server = await serveTcp(new MockTarget(), { port: 0, logger, maxConnections: 2 });
    const a = await RawRsp.connect(server.port);
    const b = await RawRsp.connect(server.port);
    await waitFor(() => server!.sessions.size === 2, 5000);
    const c = await RawRsp.connect(server.port);
    c.sendPacket('qSupported:multiprocess+');
    const refusal = await c.expect(/\$E\.[^#]*#[0-9a-f]{2}/);
    expect(refusal).toContain('too many GDB connections (2 open, the limit)');
    await waitFor(() => c.closed, 5000);
    expect(logger.lines.some((l) => l.startsWith('warn: GDB connection from 127.0.0.1:') && l.includes('refused'))).toBe(true);
    expect(server.sessions.size).toBe(2);
    // The others are served all along; after one closes, a new connection is served.
    a.sendPacket('m1000,2');
    expect(await a.expect(/\$1011#/)).toBeTruthy();
    await b.close();
    await waitFor(() => server!.sessions.size === 1, 5000);
    const d = await RawRsp.connect(server.port);
    d.sendPacket('m1000,2');
    expect(await d.expect(/\$1011#/)).toBeTruthy();
    await a.close();
    await d.close();
  });
});

describe('event loop', () => {
  it('yields to the event loop while working through many pipelined requests', async () => {
    const target = new BigMemoryTarget();
    server = await serveTcp(target, { port: 0, logger: new RecordingLogger() });
    const client = await connect(server.port);
    // Ticks of a setImmediate loop (as the board's run loop is) during the work.
    let ticks = 0;
    let ticking = true;
    let ticksAtLastRead = 0;
    target.onRead = () => (ticksAtLastRead = ticks);
    const tick = (): void => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    const requests = 1000;
    let received = 0;
    client.on('data', (d: Buffer) => {
      for (const c of d) if (c === 0x24) received++;
    });
    client.write(Buffer.concat(Array.from({ length: requests }, () => frame('m40000000,8000'))));
    setImmediate(tick);
    await waitFor(() => received >= requests, 60_000);
    ticking = false;
    // 1,000 replies of 64 KiB of hex each: without yielding they are all built in one go,
    // with no tick in between.
    expect(target.memReads.length).toBe(requests);
    expect(ticksAtLastRead, `ticks ${ticksAtLastRead}`).toBeGreaterThan(5);
    client.destroy();
  }, 90_000);
});

describe('memory after the clients go', () => {
  /** V8's young generation (new space): memory its two semispaces take, in MiB. */
  function youngGenerationMiB(): number {
    return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 1048576;
  }
  /** Objects that survive a few scavenges each: V8 grows the young generation to its most. */
  function growYoungGeneration(): void {
    let keep: object[] = [];
    for (let i = 0; i < 3_000_000; i++) {
      keep.push({ i });
      if (keep.length > 200_000) keep = [];
    }
  }
  /** A client that reads `count` 64 KiB blocks (128 KiB of hex each) and leaves. */
  async function readAndLeave(port: number, count: number): Promise<void> {
    const raw = await RawRsp.connect(port);
    for (let i = 0; i < count; i++) {
      raw.sendPacket(BIG_READ);
      await raw.expect(/\$[0-9a-f]{131072}#[0-9a-f]{2}/, 10_000);
    }
    await raw.close();
  }

  it('after enough traffic, the server gives back the young generation once no client has been connected for a while', async () => {
    let reductions = 0;
    server = await serveTcp(new BigMemoryTarget(), {
      port: 0,
      logger: new RecordingLogger(),
      // Whatever heap this test process has (the limit has its own test).
      idleMemoryReduction: { trafficBytes: 2 << 20, delayMs: 300, maxHeapBytes: Infinity, onReduced: (ran) => void (ran && reductions++) },
    });
    growYoungGeneration();
    expect(youngGenerationMiB()).toBeGreaterThanOrEqual(16);
    // 1 MiB of replies: under the traffic that makes a reduction worth it.
    await readAndLeave(server.port, 8);
    await sleep(600);
    expect(reductions).toBe(0);
    // 2 MiB more, then a client that comes within the delay: nothing while it is there.
    await readAndLeave(server.port, 16);
    const other = await RawRsp.connect(server.port);
    await sleep(600);
    expect(reductions).toBe(0);
    await other.close();
    // Gone: the young generation shrinks to what the process needs now.
    await waitFor(() => reductions === 1, 5000);
    expect(youngGenerationMiB()).toBeLessThanOrEqual(4);
    // The traffic counts again from nothing.
    await readAndLeave(server.port, 8);
    await sleep(600);
    expect(reductions).toBe(1);
  }, 60_000);

  it('not while the heap is too big for a short pause', async () => {
    const outcomes: boolean[] = [];
    server = await serveTcp(new BigMemoryTarget(), {
      port: 0,
      logger: new RecordingLogger(),
      idleMemoryReduction: { trafficBytes: 1 << 20, delayMs: 100, maxHeapBytes: 1 << 20, onReduced: (ran) => outcomes.push(ran) },
    });
    growYoungGeneration();
    await readAndLeave(server.port, 16);
    await waitFor(() => outcomes.length === 1, 5000);
    expect(outcomes).toEqual([false]);
    // Still at its most (a reduction leaves 1 MiB).
    expect(youngGenerationMiB()).toBeGreaterThanOrEqual(16);
  }, 60_000);
});
