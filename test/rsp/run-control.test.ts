// Several connections on one target: one holds run control, the others read; nobody is
// left waiting for a stop reply another connection's resume took.

import { afterEach, describe, expect, it } from 'vitest';
import { type GdbServer, serveTcp } from '../../src/rsp/index.ts';
import { RawRsp } from '../helpers/gdb.ts';
import { MockTarget } from './mock-target.ts';
import { RecordingLogger, waitFor } from './wire.ts';

let server: GdbServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function noAck(port: number): Promise<RawRsp> {
  const c = await RawRsp.connect(port);
  c.sendPacket('QStartNoAckMode');
  await c.expect(/\$OK#9a/);
  c.write('+');
  return c;
}

const REFUSAL = /another GDB connection controls the target/;

describe('run control with two connections', () => {
  it("refuses a second connection's resume, write and breakpoint; the first still gets its stop reply", async () => {
    // Continue runs until interrupted (no automatic breakpoint stop).
    const target = new MockTarget({ autoBreak: false });
    server = await serveTcp(target, { port: 0, logger: new RecordingLogger() });
    const a = await noAck(server.port);
    a.sendPacket('vCont;c');
    await waitFor(() => target.pendingStop !== undefined, 5000);

    const b = await noAck(server.port);
    b.sendPacket('?');
    expect(await b.expect(/\$T05[^#]*#/)).toMatch(/thread:/);
    // A step: told why (console output), then an error instead of a stop reply.
    b.sendPacket('vCont;s:p1.1');
    const refused = await b.expect(/\$E01#/);
    const console = [...refused.matchAll(/\$O([0-9a-f]+)#/g)].map((m) => Buffer.from(m[1]!, 'hex').toString()).join('');
    expect(console).toMatch(REFUSAL);
    b.sendPacket('c');
    await b.expect(/\$E01#/);
    b.sendPacket('M1000,1:ff');
    await b.expect(/\$E01#/);
    b.sendPacket('Z0,1000,4');
    await b.expect(/\$E01#/);
    b.sendPacket(`qRcmd,${Buffer.from('reset').toString('hex')}`);
    await b.expect(/\$E01#/);
    // Reading is fine, while A's resume goes on.
    b.sendPacket('m1000,2');
    await b.expect(/\$1011#/);
    b.write(Buffer.from([3])); // a Ctrl-C of B's interrupts nothing
    await new Promise((r) => setTimeout(r, 200));
    expect(target.resumes).toHaveLength(1);
    expect(target.interrupts).toBe(0);
    expect(target.bps).toEqual([]);
    expect(target.memory.get(1)!.get(0x1000n)).toBe(0x10);
    await b.close();
    await waitFor(() => server!.sessions.size === 1, 5000);

    // A's Ctrl-C still stops the target and A gets its stop reply, then `?` works.
    a.write(Buffer.from([3]));
    expect(await a.expect(/\$T02[^#]*#/, 5000)).toMatch(/thread:1;/);
    a.sendPacket('?');
    await a.expect(/\$T02[^#]*#/);
    await a.close();
  });

  it('gives control to the next connection that needs it once the holder is gone', async () => {
    const target = new MockTarget({ autoBreak: false });
    server = await serveTcp(target, { port: 0, logger: new RecordingLogger() });
    const a = await noAck(server.port);
    const b = await noAck(server.port);
    // Reading takes no control: A's write takes it, B's is refused.
    b.sendPacket('m1000,1');
    await b.expect(/\$10#/);
    a.sendPacket('M1001,1:ee');
    await a.expect(/\$OK#/);
    b.sendPacket('M1000,1:ff');
    await b.expect(/\$E01#/);
    await a.close();
    await waitFor(() => server!.sessions.size === 1, 5000);
    b.sendPacket('M1000,1:ff');
    await b.expect(/\$OK#/);
    b.sendPacket('vCont;c');
    await waitFor(() => target.pendingStop !== undefined, 5000);
    b.write(Buffer.from([3]));
    await b.expect(/\$T02[^#]*#/, 5000);
    // And a connection that comes now reads only.
    const c = await noAck(server.port);
    c.sendPacket('vCont;c');
    await c.expect(/\$E01#/);
    await b.close();
    await c.close();
  });
});
