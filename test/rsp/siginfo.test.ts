// qXfer:siginfo:read (GDB's $_siginfo), served by handlers/siginfo.ts from the target's
// optional `signalInfo` capability: packets against the fake target, then the real GDB.

import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { type GdbServer, serveTcp, type ThreadId } from '../../src/rsp/index.ts';
import { GDB, haveGdb } from '../helpers/gdb.ts';
import { FakeMultiprocessTarget, type FakeOptions } from './fake-multiprocess-target.ts';
import { frame, RecordingLogger, Wire } from './wire.ts';

const SIGTRAP = 5;
const SIGSEGV = 11;

/** AArch64 Linux `siginfo_t` (128 bytes): si_signo, si_errno, si_code, pad, then
 *  si_addr at offset 16. Thread p1.x: SIGTRAP/TRAP_HWBKPT; p2.x: SIGSEGV/SEGV_MAPERR.
 *  The address holds bytes the protocol must escape (0x7d, 0x2a, 0x24, 0x23). */
function siginfoOf(th: ThreadId): Buffer {
  const b = Buffer.alloc(128);
  b.writeInt32LE(th.pid === 2 ? SIGSEGV : SIGTRAP, 0);
  b.writeInt32LE(0, 4);
  b.writeInt32LE(th.pid === 2 ? 1 : 4, 8);
  b.writeBigUInt64LE(0x7d2a2423_00000000n + BigInt(th.pid * 0x100 + th.tid), 16);
  return b;
}

async function connected(opts: FakeOptions, maxPacketSize?: number): Promise<{ w: Wire; t: FakeMultiprocessTarget; features: string[] }> {
  const t = new FakeMultiprocessTarget(opts);
  const w = new Wire(t, maxPacketSize === undefined ? {} : { maxPacketSize });
  const features = (await w.rpc('qSupported:multiprocess+')).split(';');
  return { w, t, features };
}

describe('qXfer:siginfo:read packets', () => {
  it('is neither offered nor served without the capability', async () => {
    const { w, features } = await connected({});
    expect(features).not.toContain('qXfer:siginfo:read+');
    expect(await w.rpc('qXfer:siginfo:read::0,80')).toBe('');
  });

  it('is offered last with the capability and reads the Hg thread\'s siginfo', async () => {
    const { w, t, features } = await connected({ signalInfo: siginfoOf });
    expect(features.at(-1)).toBe('qXfer:siginfo:read+');
    expect(await w.rpc('Hgp2.2')).toBe('OK');
    const whole = await rpcData(w, 'qXfer:siginfo:read::0,80');
    expect(whole.text[0]).toBe('l');
    expect(whole.data.subarray(1)).toEqual(siginfoOf({ pid: 2, tid: 2 }));
    // The escaped address really was escaped on the wire.
    expect(whole.raw.includes(0x7d)).toBe(true);
    expect(t.calls).toContain('siginfo 2.2');

    // Chunks: `m` while more follows, `l` for the last, `l` alone past the end.
    const first = await rpcData(w, 'qXfer:siginfo:read::0,14');
    expect(first.text[0]).toBe('m');
    expect(first.data.subarray(1)).toEqual(siginfoOf({ pid: 2, tid: 2 }).subarray(0, 0x14));
    const addr = await rpcData(w, 'qXfer:siginfo:read::10,8');
    expect(addr.data.subarray(1).readBigUInt64LE(0)).toBe(0x7d2a2423_00000202n);
    const last = await rpcData(w, 'qXfer:siginfo:read::70,20');
    expect(last.text[0]).toBe('l');
    expect(last.data.length).toBe(1 + 0x10);
    expect(await w.rpc('qXfer:siginfo:read::80,20')).toBe('l');
  });

  it('keeps each chunk under PacketSize', async () => {
    const { w } = await connected({ signalInfo: siginfoOf }, 64);
    const chunk = await rpcData(w, 'qXfer:siginfo:read::0,80');
    expect(chunk.text[0]).toBe('m');
    expect(chunk.data.length).toBe(64);
    expect(chunk.data.subarray(1)).toEqual(siginfoOf({ pid: 1, tid: 1 }).subarray(0, 63));
  });

  it('answers E when the thread has no siginfo, E00 for an annex', async () => {
    const { w } = await connected({ signalInfo: (th) => (th.tid === 2 ? undefined : siginfoOf(th)) });
    expect(await w.rpc('Hgp1.2')).toBe('OK');
    expect(await w.rpc('qXfer:siginfo:read::0,80')).toBe('E02');
    expect(await w.rpc('Hgp1.1')).toBe('OK');
    expect(await w.rpc('qXfer:siginfo:read:x:0,80')).toBe('E00');
    expect(w.logger.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
  });
});

/** Send a packet and return the whole reply token (with its unescaped bytes). */
async function rpcData(w: Wire, payload: string): Promise<{ text: string; data: Buffer; raw: Buffer }> {
  w.write(frame(payload));
  if (w.ackMode) expect((await w.next()).kind).toBe('+');
  return w.packet();
}

let server: GdbServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('gdb-multiarch reads $_siginfo', () => {
  it.skipIf(!haveGdb())('prints si_signo and si_addr of the selected thread', async () => {
    const target = new FakeMultiprocessTarget({ signalInfo: siginfoOf });
    const logger = new RecordingLogger();
    server = await serveTcp(target, { port: 0, logger, debug: true });
    const args = ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', 'set osabi GNU/Linux', '-ex', `target extended-remote 127.0.0.1:${server.port}`];
    for (const c of ['p $_siginfo.si_signo', 'p $_siginfo.si_code', 'p/x $_siginfo._sifields._sigfault.si_addr', 'inferior 2', 'thread 2.2', 'p $_siginfo.si_signo', 'p/x $_siginfo._sifields._sigfault.si_addr']) {
      args.push('-ex', c);
    }
    const out = await new Promise<string>((resolve) => execFile(GDB, args, { timeout: 60_000 }, (_err, stdout, stderr) => resolve(`${stdout}\n${stderr}`)));

    expect(out).toMatch(/^\$1 = 5$/m);
    expect(out).toMatch(/^\$2 = 4$/m);
    expect(out).toMatch(/^\$3 = 0x7d2a242300000101$/m);
    expect(out).toMatch(/^\$4 = 11$/m);
    expect(out).toMatch(/^\$5 = 0x7d2a242300000202$/m);
    const sent = logger.lines.filter((l) => l.startsWith('debug: <- ')).map((l) => l.slice('debug: <- '.length));
    expect(sent.some((p) => p.startsWith('qXfer:siginfo:read::'))).toBe(true);
    expect(target.calls).toEqual(expect.arrayContaining(['siginfo 1.1', 'siginfo 2.2']));
    expect(logger.lines.filter((l) => l.startsWith('error') || l.startsWith('warn'))).toEqual([]);
  });
});
