// Golden packet transcripts: a GdbSession on in-memory streams against the mock target.

import { describe, expect, it } from 'vitest';
import { GdbSignal, type ThreadId } from '../../src/rsp/index.ts';
import { CORE_XML, G_SIZE, MockTarget, TARGET_XML } from './mock-target.ts';
import { cksum, frame, GDB13_QSUPPORTED, Wire } from './wire.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

async function connected(target = new MockTarget()): Promise<{ w: Wire; t: MockTarget }> {
  const w = new Wire(target);
  await w.handshake();
  return { w, t: target };
}

describe('connection handshake (as gdb-multiarch 13.1 sends it)', () => {
  it('answers the exact GDB 13 extended-remote preamble, byte for byte through no-ack mode', async () => {
    const t = new MockTarget();
    const w = new Wire(t);
    const supported =
      'PacketSize=20000;QStartNoAckMode+;multiprocess+;qXfer:features:read+;qXfer:threads:read+;vContSupported+;binary-upload+;swbreak+;hwbreak+';

    // GDB's first byte is an ack of nothing; it must be ignored.
    w.write('+');
    w.write(frame(GDB13_QSUPPORTED));
    expect((await w.next()).kind).toBe('+');
    const sup = await w.packet();
    expect(sup.text).toBe(supported);
    w.write('+');

    w.write(frame('vMustReplyEmpty'));
    expect((await w.next()).kind).toBe('+');
    expect((await w.packet()).text).toBe('');
    w.write('+');

    w.write(frame('QStartNoAckMode'));
    expect((await w.next()).kind).toBe('+'); // that packet itself is still acked
    expect((await w.packet()).text).toBe('OK');
    w.write('+'); // GDB acks the OK, then both sides stop acking
    w.ackMode = false;

    // Exact bytes so far.
    expect(w.all.toString('latin1')).toBe(
      `+$${supported}#${cksum(supported)}` + '+$#00' + '+$OK#9a',
    );

    const transcript: [string, string][] = [
      ['!', 'OK'],
      ['Hgp0.0', 'OK'],
      ['qXfer:features:read:target.xml:0,1000', 'l' + TARGET_XML],
      ['qXfer:features:read:aarch64-core.xml:0,1000', 'l' + CORE_XML],
      ['qTStatus', ''],
      ['?', 'T05thread:p1.1;core:0;'],
      [
        'qXfer:threads:read::0,1000',
        'l<?xml version="1.0"?>\n<threads>\n' +
          '<thread id="p1.1" core="0" name="hyp-cpu0"/>\n<thread id="p1.2" core="1" name="hyp-cpu1"/>\n' +
          '<thread id="p2.1" core="0" name="vm0-vcpu0"/>\n<thread id="p2.2" core="1" name="vm0-vcpu1"/>\n' +
          '</threads>\n',
      ],
      ['qAttached:1', '1'],
      ['qAttached:2', '0'],
      ['Hc-1', 'OK'],
      ['g', hex(t.regs.get('1.1')!)],
      ['m1000,4', '10111213'],
      ['mffc,4', 'E0e'],
      ['qfThreadInfo', 'mp1.1,p1.2,p2.1,p2.2'],
      ['qsThreadInfo', 'l'],
      ['qC', 'QCp1.1'],
      ['vCont?', 'vCont;c;C;s;S;t'],
    ];
    const before = w.all.length;
    for (const [req, rep] of transcript) expect(await w.rpc(req), req).toBe(rep);
    // No acks at all after no-ack mode.
    expect(w.all.subarray(before).toString('latin1')).not.toMatch(/(^|#[0-9a-f]{2})[+-]/);
    expect(w.logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('only advertises what the target provides and what GDB offered', async () => {
    const w = new Wire(new MockTarget({ withBreakpoints: false }));
    const reply = await w.rpc('qSupported:multiprocess+;error-message+');
    expect(reply.split(';')).toEqual([
      'PacketSize=20000',
      'QStartNoAckMode+',
      'multiprocess+',
      'qXfer:features:read+',
      'qXfer:threads:read+',
      'vContSupported+',
      'binary-upload+',
      'error-message+',
    ]);
    // Z packets for a target without breakpoints: empty (unsupported), not an error.
    expect(await w.rpc('Z0,1000,4')).toBe('');
    expect(await w.rpc('Z2,1000,4')).toBe('');
  });

  it('PacketSize follows the configured maximum', async () => {
    const w = new Wire(new MockTarget(), { maxPacketSize: 0x800 });
    expect(await w.rpc('qSupported')).toMatch(/^PacketSize=800;/);
  });

  it('uses plain thread ids when GDB did not offer multiprocess', async () => {
    const w = new Wire(new MockTarget());
    await w.rpc('qSupported:swbreak+');
    expect(await w.rpc('?')).toBe('T05thread:1;core:0;');
    expect(await w.rpc('Hg2')).toBe('OK');
    expect(await w.rpc('qC')).toBe('QC2');
  });
});

describe('framing errors on the wire', () => {
  it('answers a bad checksum with "-" and then handles the retransmission', async () => {
    const w = new Wire(new MockTarget());
    w.write('$m1000,4#00');
    expect((await w.next()).kind).toBe('-');
    expect(await w.silent()).toBe(true);
    expect(await w.rpc('m1000,4')).toBe('10111213');
    expect(w.logger.lines.some((l) => l.includes('bad checksum'))).toBe(true);
  });

  it('in no-ack mode, uses a packet with a bad checksum without "-"', async () => {
    const { w } = await connected();
    w.write('$m1000,2#00');
    expect((await w.packet()).text).toBe('1011');
  });

  it('drops a truncated packet and answers the next one only', async () => {
    const w = new Wire(new MockTarget());
    w.write('$m1000,');
    w.write(frame('m1001,1'));
    expect((await w.next()).kind).toBe('+');
    expect((await w.packet()).text).toBe('11');
    expect(await w.silent()).toBe(true);
    expect(w.logger.lines.some((l) => l.includes('truncated packet dropped: "m1000,"'))).toBe(true);
  });

  it('rejects an oversize packet with "-" (ack mode) without buffering it, then recovers', async () => {
    const w = new Wire(new MockTarget(), { maxPacketSize: 64 });
    w.write(frame('M1000,40:' + '00'.repeat(0x40)));
    expect((await w.next()).kind).toBe('-');
    expect(await w.silent()).toBe(true);
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('says why a packet with a run-length count out of range is dropped (not "bad checksum")', async () => {
    const t = new MockTarget();
    const w = new Wire(t);
    w.write(frame(Buffer.from('M1000,1:0*\x00', 'latin1')));
    expect((await w.next()).kind).toBe('-');
    expect(w.logger.lines.filter((l) => l.startsWith('warn'))).toEqual([
      "warn: malformed packet dropped: run-length count 0x00 outside the protocol's range 0x20-0x7e",
    ]);
    expect(t.memory.get(1)!.get(0x1000n)).toBe(0x10);
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('refuses a run-length bomb (PacketSize applies after expansion) and stays responsive', async () => {
    const t = new MockTarget();
    const w = new Wire(t);
    w.write(frame('M1000,1:' + '0*~'.repeat(43_000)));
    expect((await w.next()).kind).toBe('-');
    expect(w.logger.lines).toContain('warn: packet expands beyond PacketSize 131072 (run-length encoding); dropped');
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('drops an oversize packet silently in no-ack mode', async () => {
    const t = new MockTarget();
    const w = new Wire(t, { maxPacketSize: 256 });
    await w.handshake();
    w.write(frame('M1000,100:' + 'ff'.repeat(0x100)));
    expect(await w.silent()).toBe(true);
    expect(t.memory.get(1)!.get(0x1000n)).toBe(0x10);
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('ignores garbage between packets', async () => {
    const w = new Wire(new MockTarget());
    w.write('junk\r\n');
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('retransmits its last packet when GDB sends "-"', async () => {
    const w = new Wire(new MockTarget());
    expect(await w.rpc('m1000,2')).toBe('1011');
    w.write('-');
    expect((await w.packet()).text).toBe('1011');
    w.write('+');
    w.write('-'); // acked already: nothing to resend
    expect(await w.silent()).toBe(true);
  });

  it('splits across arbitrary chunk boundaries and several packets per chunk', async () => {
    const { w } = await connected();
    const stream = Buffer.concat([frame('m1000,1'), frame('m1001,1'), frame('m1002,1')]);
    for (let i = 0; i < stream.length; i += 3) w.write(stream.subarray(i, i + 3));
    expect([(await w.packet()).text, (await w.packet()).text, (await w.packet()).text]).toEqual(['10', '11', '12']);
  });

  it('survives random bytes and still answers afterwards', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const w = new Wire(t, { maxPacketSize: 256 });
    await w.handshake();
    let seed = 99;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const alphabet = Buffer.from('$#}*mMXxgGpPZzHTqQv?0123456789abcdef,:;.-');
    for (let i = 0; i < 300; i++) {
      const chunk = Buffer.from(Array.from({ length: rnd() % 30 }, () => (rnd() % 4 === 0 ? rnd() & 0xff : alphabet[rnd() % alphabet.length]!)));
      // No resume/kill letters: the session has to stay stopped for the final check.
      w.write(Buffer.from(chunk.filter((b) => b !== 0x63 && b !== 0x73 && b !== 0x43 && b !== 0x53 && b !== 0x76 && b !== 0x6b)));
    }
    w.write('#00');
    await new Promise((r) => setTimeout(r, 50));
    w.write(frame('qC'));
    // Drain whatever the random packets produced until our answer shows up.
    for (;;) {
      const tok = await w.next();
      if (tok.kind === 'packet' && tok.text.startsWith('QC')) break;
    }
    expect(w.logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

describe('registers and memory', () => {
  it('g/G, p/P on the general thread', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('Hgp2.2')).toBe('OK');
    expect(await w.rpc('g')).toBe(hex(t.regs.get('2.2')!));
    expect(await w.rpc('p21')).toBe('c5030000');
    expect(await w.rpc('p20')).toBe('0410000000000000');
    expect(await w.rpc('p99')).toBe('E16');
    expect(await w.rpc('P20=0020000000000000')).toBe('OK');
    expect(t.pc({ pid: 2, tid: 2 })).toBe(0x2000n);
    expect(await w.rpc('P99=00')).toBe('E16');
    const regs = Buffer.alloc(G_SIZE, 0xab);
    expect(await w.rpc('G' + hex(regs))).toBe('OK');
    expect(t.regs.get('2.2')).toEqual(regs);
    expect(t.regs.get('2.1')).not.toEqual(regs);
    expect(await w.rpc('G' + hex(Buffer.alloc(G_SIZE + 8)))).toBe('E16');
  });

  it('memory goes to the address space of the Hg process', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('m1000,4')).toBe('10111213');
    expect(await w.rpc('Hgp2.1')).toBe('OK');
    expect(await w.rpc('m1000,4')).toBe('20212223');
    expect(await w.rpc('M1000,2:beef')).toBe('OK');
    expect(t.memory.get(2)!.get(0x1000n)).toBe(0xbe);
    expect(t.memory.get(1)!.get(0x1000n)).toBe(0x10);
    expect(t.memReads.at(-1)!.thread).toEqual({ pid: 2, tid: 1 });
  });

  it('partial reads return what is readable; nothing readable is an E reply', async () => {
    const { w } = await connected();
    const r = await w.rpc('m10f0,20');
    expect(r).toBe(Buffer.from(Array.from({ length: 16 }, (_, i) => (0x10 ^ (0xf0 + i)) & 0xff)).toString('hex'));
    expect(await w.rpc('m5000,4')).toBe('E0e');
    expect(await w.rpc('x5000,4')).toBe('E0e');
    expect(await w.rpc('M5000,1:00')).toBe('E0e');
  });

  it('a target that reads into the session\'s buffer gives the same replies, whatever read came before', async () => {
    class ReadIntoTarget extends MockTarget {
      readsInto = 0;
      readMemoryInto(th: ThreadId, addr: bigint, into: Uint8Array): number {
        this.readsInto++;
        const data = this.readMemory(th, addr, into.length);
        into.set(data);
        return data.length;
      }
    }
    // Big before small (the buffer is reused), binary with bytes to escape, partial, none.
    const requests = ['m1000,100', 'm1000,4', 'x1000,100', 'x10fe,8', 'm10f0,20', 'x1030,4', 'm5000,4', 'x5000,4', 'x1000,0'];
    const plain = (await connected()).w;
    const expected = [];
    for (const r of requests) expected.push(await plain.rpc(r));
    const into = new ReadIntoTarget();
    const { w } = await connected(into);
    const got = [];
    for (const r of requests) got.push(await w.rpc(r));
    expect(got).toEqual(expected);
    expect(into.readsInto).toBe(requests.length - 1);
  });

  it('answers bad hex in m/M/X/G with E, never crashing', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('mzz,4')).toBe('E16');
    expect(await w.rpc('m1000,q')).toBe('E16');
    expect(await w.rpc('M1000,2:zzzz')).toBe('E16');
    expect(await w.rpc('M1000,2:abc')).toBe('E16');
    expect(await w.rpc('M1000,4:abcd')).toBe('E16');
    expect(await w.rpc('Xqq,1:a')).toBe('E16');
    expect(await w.rpc('X1000,4:ab')).toBe('E16');
    expect(await w.rpc('G12x4')).toBe('E16');
    expect(await w.rpc('G123')).toBe('E16');
    expect(t.memory.get(1)!.get(0x1000n)).toBe(0x10);
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('turns target exceptions into E replies and logs them', async () => {
    const { w } = await connected();
    expect(await w.rpc('mbad00000,4')).toBe('E01');
    expect(w.logger.lines.some((l) => l.startsWith('error') && l.includes('simulated target bug'))).toBe(true);
    expect(await w.rpc('m1000,1')).toBe('10');
  });

  it('uses E.<text> only once GDB offered error-message+', async () => {
    const w = new Wire(new MockTarget());
    await w.rpc('qSupported:multiprocess+;error-message+');
    expect(await w.rpc('m5000,4')).toBe('E0e'); // not a thrown error: plain code
    expect(await w.rpc('M5000,1:00')).toBe('E.unmapped');
  });

  it('binary escaping round trip through X and x', async () => {
    const { w, t } = await connected();
    const data = Buffer.from([0x7d, 0x23, 0x24, 0x2a, 0x00, 0x03, 0xff, 0x7d, 0x7d, 0x2a]);
    const payload = Buffer.concat([Buffer.from(`X1010,${data.length.toString(16)}:`), escapeForTest(data)]);
    expect(await w.rpc(payload)).toBe('OK');
    for (let i = 0; i < data.length; i++) expect(t.memory.get(1)!.get(0x1010n + BigInt(i))).toBe(data[i]);

    w.write(frame(`x1010,${data.length.toString(16)}`));
    const reply = await w.packet();
    expect(reply.data).toEqual(Buffer.concat([Buffer.from('b'), data]));
    // On the wire every special byte is escaped, nothing else is.
    expect(reply.raw).toEqual(Buffer.concat([Buffer.from('b'), escapeForTest(data)]));
    expect(reply.raw.includes(0x23) || reply.raw.includes(0x24) || reply.raw.includes(0x2a)).toBe(false);

    // Zero-length X is GDB's probe for X support.
    expect(await w.rpc('X1000,0:')).toBe('OK');
  });

  it('expands run-length encoded packets', async () => {
    const { w, t } = await connected();
    // "M1010,4:" + "00*\"0" = eight '0' characters.
    expect(await w.rpc('M1010,4:00*"0')).toBe('OK');
    expect([0, 1, 2, 3].map((i) => t.memory.get(1)!.get(0x1010n + BigInt(i)))).toEqual([0, 0, 0, 0]);
    expect(await w.rpc('m1010,4')).toBe('00000000');
    // RLE in the command part too: "m10* ,1" = "m10000,1" (unreadable there).
    expect(await w.rpc('m10* ,1')).toBe('E0e');
    expect(t.memReads.at(-1)!.addr).toBe(0x10000n);
  });
});

describe('threads', () => {
  it('T reports whether a thread is alive; H on a dead thread is an error', async () => {
    const { w } = await connected();
    expect(await w.rpc('Tp2.2')).toBe('OK');
    expect(await w.rpc('Tp2.3')).toBe('E03');
    expect(await w.rpc('Tp3.1')).toBe('E03');
    expect(await w.rpc('Hgp3.1')).toBe('E03');
    expect(await w.rpc('Hgp2.-1')).toBe('OK');
    expect(await w.rpc('qC')).toBe('QCp2.1');
  });

  it('after a stop reply the reporting thread is the general thread', async () => {
    const { w, t } = await connected();
    w.write(frame('vCont;s:p2.2;c:p2.-1'));
    expect((await w.packet()).text).toBe('T05thread:p2.2;');
    expect(await w.rpc('qC')).toBe('QCp2.2');
    expect(await w.rpc('g')).toBe(hex(t.regs.get('2.2')!));
    expect(await w.rpc('p20')).toBe('0810000000000000'); // stepped from 0x1004
    expect(await w.rpc('?')).toBe('T05thread:p2.2;');
  });

  it('pages qfThreadInfo/qsThreadInfo and caches qXfer:threads across chunks', async () => {
    const t = new MockTarget();
    t.procs.push({ pid: 3, threads: Array.from({ length: 70 }, (_, i) => ({ tid: i + 1, name: `t<${i}>&"`, core: i })) });
    const { w } = await connected(t);
    const first = await w.rpc('qfThreadInfo');
    const second = await w.rpc('qsThreadInfo');
    expect(await w.rpc('qsThreadInfo')).toBe('l');
    const ids = [...first.slice(1).split(','), ...second.slice(1).split(',')];
    expect(first[0]).toBe('m');
    expect(second[0]).toBe('m');
    expect(ids.length).toBe(74);
    expect(ids.at(-1)).toBe('p3.46');

    let xml = '';
    for (let off = 0; ; ) {
      const r = await w.rpc(`qXfer:threads:read::${off.toString(16)},100`);
      xml += r.slice(1);
      off += r.length - 1;
      if (r[0] === 'l') break;
      expect(r[0]).toBe('m');
      expect(r.length - 1).toBe(0x100);
      // The list changing between chunks must not tear the document.
      t.procs[2]!.threads.pop();
    }
    expect(xml).toContain('<thread id="p3.46" core="45" name="t&#60;69&#62;&#38;&#34;"/>');
    expect(xml.endsWith('</threads>\n')).toBe(true);
  });
});

describe('qXfer:features chunking', () => {
  it('returns m-chunks at the requested offsets and an l-chunk at the end', async () => {
    const { w } = await connected();
    const a = await w.rpc('qXfer:features:read:target.xml:0,10');
    expect(a).toBe('m' + TARGET_XML.slice(0, 16));
    const b = await w.rpc('qXfer:features:read:target.xml:10,20');
    expect(b).toBe('m' + TARGET_XML.slice(16, 48));
    const tailStart = TARGET_XML.length - 5;
    expect(await w.rpc(`qXfer:features:read:target.xml:${tailStart.toString(16)},100`)).toBe('l' + TARGET_XML.slice(tailStart));
    // Exactly up to the end: still 'l'.
    expect(await w.rpc(`qXfer:features:read:target.xml:0,${TARGET_XML.length.toString(16)}`)).toBe('l' + TARGET_XML);
    expect(await w.rpc(`qXfer:features:read:target.xml:${TARGET_XML.length.toString(16)},10`)).toBe('l');
    expect(await w.rpc('qXfer:features:read:target.xml:ffff,10')).toBe('l');

    let doc = '';
    for (let off = 0; ; ) {
      const r = await w.rpc(`qXfer:features:read:aarch64-core.xml:${off.toString(16)},7f`);
      doc += r.slice(1);
      off += r.length - 1;
      if (r[0] === 'l') break;
    }
    expect(doc).toBe(CORE_XML);
  });

  it('qXfer:exec-file gives the program of a process, by pid or of the general thread', async () => {
    const t = new MockTarget();
    Object.assign(t, { processes: { ...t.processes, executable: (pid: number) => (pid === 1 ? '/images/host.elf' : undefined) } });
    const { w } = await connected(t);
    expect(await w.rpc('qSupported:multiprocess+')).toContain(';qXfer:exec-file:read+');
    expect(await w.rpc('qXfer:exec-file:read:1:0,100')).toBe('l/images/host.elf');
    expect(await w.rpc('qXfer:exec-file:read:1:1,6')).toBe('mimages');
    expect(await w.rpc('qXfer:exec-file:read::0,100')).toBe('l/images/host.elf');
    expect(await w.rpc('qXfer:exec-file:read:2:0,100')).toBe('E02');
    expect(await w.rpc('qXfer:exec-file:read:zz:0,100')).toBe('E00');
    // Not offered by a target without it.
    const { w: plain } = await connected();
    expect(await plain.rpc('qSupported:multiprocess+')).not.toContain('exec-file');
    expect(await plain.rpc('qXfer:exec-file:read:1:0,100')).toBe('');
  });

  it('unknown annex is an error, unknown objects are unsupported', async () => {
    const { w } = await connected();
    expect(await w.rpc('qXfer:features:read:nope.xml:0,100')).toBe('E00');
    expect(await w.rpc('qXfer:threads:read:x:0,100')).toBe('E00');
    expect(await w.rpc('qXfer:memory-map:read::0,100')).toBe('');
    expect(await w.rpc('qXfer:features:write:target.xml:0,100')).toBe('');
  });
});

describe('execution', () => {
  it('vCont applies the leftmost matching action to each thread', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    const run = async (packet: string): Promise<string[]> => {
      await w.resume(packet);
      t.report({ kind: 'signal', thread: { pid: 1, tid: 1 }, signal: GdbSignal.TRAP });
      await w.packet();
      return t.resumes.at(-1)!.map((a) => `${a.thread.pid}.${a.thread.tid}:${a.action}${a.signal !== undefined ? `/${a.signal}` : ''}`);
    };
    // GDB 13 stepi: step one thread, its siblings run; the other process stays stopped.
    expect(await run('vCont;s:p1.1;c:p1.-1')).toEqual(['1.1:step', '1.2:continue']);
    // Default continue: the current process only.
    expect(await run('vCont;c:p2.-1')).toEqual(['2.1:continue', '2.2:continue']);
    // A default action applies to everyone not matched earlier.
    expect(await run('vCont;t:p1.2;C0b:p2.1;c')).toEqual(['1.1:continue', '1.2:stop', '2.1:continue/11', '2.2:continue']);
    // Leftmost wins even when a later action is more specific.
    expect(await run('vCont;c:p1.-1;s:p1.1')).toEqual(['1.1:continue', '1.2:continue']);
    expect(await run('vCont;c:p-1.-1')).toEqual(['1.1:continue', '1.2:continue', '2.1:continue', '2.2:continue']);
    expect(await run('vCont;s:p2.2')).toEqual(['2.2:step']);
    // Whether a continue reached every process, those GDB does not know yet included.
    expect(t.scopes.map((sc) => sc?.everyProcess)).toEqual([false, false, true, false, true, false]);
  });

  it('vCont that resumes nothing, or names no thread, is an error', async () => {
    const { w, t } = await connected(new MockTarget({ autoStep: false, autoBreak: false }));
    expect(await w.rpc('vCont;c:p5.-1')).toBe('E03');
    expect(await w.rpc('vCont;t')).toBe('E03');
    expect(await w.rpc('vCont;x')).toBe('E16');
    expect(t.resumes).toEqual([]);
  });

  it('legacy c/C/s/S use the Hc thread', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    const run = async (packet: string) => {
      await w.resume(packet);
      t.report({ kind: 'signal', thread: { pid: 1, tid: 1 }, signal: GdbSignal.TRAP });
      await w.packet();
      return t.resumes.at(-1)!;
    };
    expect(await w.rpc('Hcp2.2')).toBe('OK');
    expect(await run('S0b')).toEqual([{ thread: { pid: 2, tid: 2 }, action: 'step', signal: 11 }]);
    const c = await run('c2000');
    expect(c[0]).toEqual({ thread: { pid: 2, tid: 2 }, action: 'continue', addr: 0x2000n });
    expect(c.slice(1).map((a) => `${a.thread.pid}.${a.thread.tid}:${a.action}`)).toEqual(['1.1:continue', '1.2:continue', '2.1:continue']);
    expect(await w.rpc('Hc-1')).toBe('OK');
    // Hc -1: the general thread (1.1 after the last stop) gets the step.
    expect(await run('s')).toEqual([{ thread: { pid: 1, tid: 1 }, action: 'step' }]);
  });

  it('Ctrl-C while running interrupts; packets while running wait for the stop', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    expect(await w.rpc('Hgp2.1')).toBe('OK');
    await w.resume('vCont;c:p2.-1');
    expect(w.session.isRunning).toBe(true);
    expect(await w.silent()).toBe(true);

    // A packet (and even a second resume) while running: held, not answered.
    w.write(frame('m1000,1'));
    expect(await w.silent()).toBe(true);
    expect(t.memReads.length).toBe(0);

    w.write(Buffer.from([0x03]));
    expect((await w.packet()).text).toBe('T02thread:p2.1;');
    expect(t.interrupts).toBe(1);
    // The held packet is answered right after the stop reply.
    expect((await w.packet()).text).toBe('20');
    expect(w.session.isRunning).toBe(false);

    // Ctrl-C while stopped does nothing.
    w.write(Buffer.from([0x03]));
    expect(await w.silent()).toBe(true);
    expect(t.interrupts).toBe(1);
  });

  it('a resume sent while running is carried out after the stop', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    await w.resume('vCont;c:p1.-1');
    w.write(frame('vCont;c:p2.-1'));
    expect(await w.silent()).toBe(true);
    expect(t.resumes.length).toBe(1);
    t.report({ kind: 'signal', thread: { pid: 1, tid: 2 }, signal: GdbSignal.TRAP });
    expect((await w.packet()).text).toBe('T05thread:p1.2;');
    await new Promise((r) => setTimeout(r, 20));
    expect(t.resumes.length).toBe(2);
    expect(w.session.isRunning).toBe(true);
    t.report({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: GdbSignal.TRAP });
    expect((await w.packet()).text).toBe('T05thread:p2.1;');
  });

  it('ignores a second stop for the same resume and stale callbacks', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    await w.resume('vCont;c');
    const cb = t.pendingStop!;
    cb({ kind: 'signal', thread: { pid: 1, tid: 1 }, signal: GdbSignal.TRAP });
    cb({ kind: 'signal', thread: { pid: 1, tid: 2 }, signal: GdbSignal.TRAP });
    expect((await w.packet()).text).toBe('T05thread:p1.1;');
    expect(await w.silent()).toBe(true);
    expect(w.logger.lines.some((l) => l.includes('unexpected stop event'))).toBe(true);
  });

  it('formats exits, kills, watchpoints, break reasons and expedited registers', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    const stop = async (ev: Parameters<MockTarget['report']>[0]): Promise<string> => {
      await w.resume('vCont;c');
      t.report(ev);
      return (await w.packet()).text;
    };
    expect(await stop({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, reason: { kind: 'watch', addr: 0x8000n }, core: 3 })).toBe(
      'T05thread:p2.1;core:3;watch:8000;',
    );
    expect(await stop({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, reason: { kind: 'rwatch', addr: 0x10n } })).toBe('T05thread:p2.1;rwatch:10;');
    expect(await stop({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, reason: { kind: 'awatch', addr: 0x10n } })).toBe('T05thread:p2.1;awatch:10;');
    expect(await stop({ kind: 'signal', thread: { pid: 1, tid: 2 }, signal: 5, reason: { kind: 'swbreak' } })).toBe('T05thread:p1.2;swbreak:;');
    expect(await stop({ kind: 'signal', thread: { pid: 1, tid: 2 }, signal: 5, reason: { kind: 'hwbreak' } })).toBe('T05thread:p1.2;hwbreak:;');
    const pc = Uint8Array.of(0x2c, 0x0b, 0, 0x40, 0, 0, 0, 0);
    const cpsr = Uint8Array.of(0xc5, 3, 0, 0);
    expect(await stop({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, registers: [[0x20, pc], [0x21, cpsr]] })).toBe(
      'T05thread:p2.1;20:2c0b004000000000;21:c5030000;',
    );
    // Extra pairs GDB skips; names that GDB would read as a register or a reason are dropped.
    const info: [string, string][] = [['esr_el2', '5a001234'], ['ec', '16'], ['core', '9'], ['bad;name', 'x'], ['ok', 'a;b']];
    expect(await stop({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, info })).toBe('T05thread:p2.1;esr_el2:5a001234;');
    expect(await stop({ kind: 'exited', pid: 2, code: 3 })).toBe('W03;process:2');
    expect(await stop({ kind: 'killed', pid: 1, signal: GdbSignal.KILL })).toBe('X09;process:1');
  });

  it('sends a stop message as console output before the stop reply (all-stop)', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const { w } = await connected(t);
    await w.resume('vCont;c');
    t.report({ kind: 'signal', thread: { pid: 2, tid: 1 }, signal: 5, message: 'caught hvc' });
    expect((await w.packet()).text).toBe(`O${Buffer.from('caught hvc\n').toString('hex')}`);
    expect((await w.packet()).text).toBe('T05thread:p2.1;');
  });

  it('does not claim swbreak/hwbreak to a GDB that did not offer them', async () => {
    const t = new MockTarget({ autoStep: false, autoBreak: false });
    const w = new Wire(t);
    await w.rpc('qSupported:multiprocess+');
    await w.resume('vCont;c');
    t.report({ kind: 'signal', thread: { pid: 1, tid: 2 }, signal: 5, reason: { kind: 'swbreak' } });
    expect((await w.packet()).text).toBe('T05thread:p1.2;');
  });

  it('a resume that throws is answered with E and the session stays stopped', async () => {
    const t = new MockTarget();
    t.resume = () => {
      throw new Error('cannot run');
    };
    const { w } = await connected(t);
    expect(await w.rpc('vCont;c')).toBe('E01');
    expect(w.session.isRunning).toBe(false);
    expect(await w.rpc('m1000,1')).toBe('10');
  });
});

describe('breakpoints', () => {
  it('Z packets are scoped to the process selected by Hg', async () => {
    const { w, t } = await connected();
    // What GDB 13 sends with two inferiors and `break *0x1010` in each.
    expect(await w.rpc('Hgp1.1')).toBe('OK');
    expect(await w.rpc('Z0,1010,4')).toBe('OK');
    expect(await w.rpc('Hgp2.1')).toBe('OK');
    expect(await w.rpc('Z0,1010,4')).toBe('OK');
    expect(await w.rpc('Z1,1020,4')).toBe('OK');
    expect(await w.rpc('Z2,8000,8')).toBe('OK');
    expect(t.bps).toEqual([
      { pid: 1, type: 'sw', addr: 0x1010n, size: 4 },
      { pid: 2, type: 'sw', addr: 0x1010n, size: 4 },
      { pid: 2, type: 'hw', addr: 0x1020n, size: 4 },
      { pid: 2, type: 'write', addr: 0x8000n, size: 8 },
    ]);
    expect(await w.rpc('Hgp1.1')).toBe('OK');
    expect(await w.rpc('z0,1010,4')).toBe('OK');
    expect(t.bps.map((b) => `${b.pid}:${b.type}`)).toEqual(['2:sw', '2:hw', '2:write']);
    // A failed insert is an error.
    expect(await w.rpc('Z0,dead0000,4')).toBe('E0e');
  });

  it('a stop after continue reports swbreak, and Z/z churn works', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('Hgp2.1')).toBe('OK');
    expect(await w.rpc('Z0,1040,4')).toBe('OK');
    w.write(frame('vCont;c:p2.-1'));
    expect((await w.packet()).text).toBe('T05thread:p2.1;core:0;swbreak:;');
    expect(t.pc({ pid: 2, tid: 1 })).toBe(0x1040n);
    expect(await w.rpc('z0,1040,4')).toBe('OK');
    expect(t.bps).toEqual([]);
  });

  it('breakpoints left inserted are removed when the connection drops', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('Hgp2.1')).toBe('OK');
    expect(await w.rpc('Z0,1040,4')).toBe('OK');
    expect(await w.rpc('Z4,1000,4')).toBe('OK');
    expect(t.bps.length).toBe(2);
    w.toServer.end();
    await w.session.closed;
    expect(t.bps).toEqual([]);
  });
});

describe('monitor and process operations', () => {
  it('streams monitor output as O packets before OK', async () => {
    const { w } = await connected();
    w.write(frame('qRcmd,' + Buffer.from('info vms').toString('hex')));
    const o1 = await w.packet();
    const o2 = await w.packet();
    const ok = await w.packet();
    expect(o1.text).toBe('O' + Buffer.from('you said: info vms\n').toString('hex'));
    expect(o2.text).toBe('O' + Buffer.from('second line\n').toString('hex'));
    expect(ok.text).toBe('OK');
    expect(await w.rpc('qRcmd,' + Buffer.from('fail').toString('hex'))).toBe('E16');
    expect(await w.rpc('qRcmd,' + Buffer.from('boom').toString('hex'))).toBe('E01');
    expect(await w.rpc('qRcmd,zz')).toBe('E16');
  });

  it('monitor without the capability is unsupported', async () => {
    const { w } = await connected(new MockTarget({ withMonitor: false }));
    expect(await w.rpc('qRcmd,6869')).toBe('');
  });

  it('vAttach reports a stop in the attached process and qC names it', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('vAttach;2')).toBe('T00thread:p2.1;');
    expect(t.attached).toEqual([2]);
    expect(await w.rpc('qC')).toBe('QCp2.1');
    expect(await w.rpc('vAttach;7')).toBe('E03');
  });

  it('vKill, D and k', async () => {
    const { w, t } = await connected();
    expect(await w.rpc('!')).toBe('OK');
    expect(await w.rpc('Hgp2.2')).toBe('OK');
    expect(await w.rpc('vKill;2')).toBe('OK');
    expect(t.killed).toEqual([2]);
    expect(await w.rpc('qC')).toBe('QCp1.1');
    expect(await w.rpc('qfThreadInfo')).toBe('mp1.1,p1.2');
    expect(await w.rpc('D;1')).toBe('OK');
    expect(t.detached).toEqual([1]);
    // `k` gets no reply; in extended mode the connection stays open.
    w.write(frame('k'));
    expect(await w.silent()).toBe(true);
    expect(t.killed).toEqual([2, 1]);
    expect(await w.rpc('?')).toBe('W00');
  });

  it('without the process capability: vAttach/vKill unsupported, qAttached says attached', async () => {
    const { w } = await connected(new MockTarget({ withProcesses: false }));
    expect(await w.rpc('vAttach;1')).toBe('');
    expect(await w.rpc('vKill;1')).toBe('');
    expect(await w.rpc('qAttached:2')).toBe('1');
    expect(await w.rpc('D')).toBe('OK');
  });
});

/** Independent re-implementation of the escaping rule for the assertions. */
function escapeForTest(data: Buffer): Buffer {
  const out: number[] = [];
  for (const b of data) {
    if (b === 0x7d || b === 0x23 || b === 0x24 || b === 0x2a) out.push(0x7d, b ^ 0x20);
    else out.push(b);
  }
  return Buffer.from(out);
}
