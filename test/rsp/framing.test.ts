import { describe, expect, it } from 'vitest';
import {
  checksum,
  DEFAULT_MAX_PAYLOAD,
  encodePacket,
  escapeBinary,
  escapedText,
  type FrameEvent,
  FrameDecoder,
  packetText,
  unescapeAndExpand,
} from '../../src/rsp/index.ts';
import { frame } from './wire.ts';

const packets = (evs: FrameEvent[]): string[] =>
  evs.flatMap((e) => (e.type === 'packet' ? [e.payload.toString('latin1')] : []));

describe('FrameDecoder', () => {
  it('decodes a packet split across many chunks, one byte at a time', () => {
    const d = new FrameDecoder();
    const bytes = frame('qSupported:multiprocess+');
    const evs: FrameEvent[] = [];
    for (const b of bytes) evs.push(...d.push(Buffer.from([b])));
    expect(evs).toEqual([{ type: 'packet', payload: Buffer.from('qSupported:multiprocess+') }]);
    expect(d.inPacket).toBe(false);
  });

  it('decodes several packets, acks and Ctrl-C in one chunk, in order', () => {
    const d = new FrameDecoder();
    const chunk = Buffer.concat([Buffer.from('+'), frame('g'), Buffer.from('-'), Buffer.from([3]), frame('m1000,4')]);
    expect(d.push(chunk).map((e) => e.type)).toEqual(['ack', 'packet', 'nack', 'interrupt', 'packet']);
  });

  it('treats 0x03 inside a packet as data, not as an interrupt', () => {
    const d = new FrameDecoder();
    const payload = Buffer.from([0x58, 0x31, 0x2c, 0x31, 0x3a, 0x03]); // "X1,1:\x03"
    const evs = d.push(frame(payload));
    expect(evs).toEqual([{ type: 'packet', payload }]);
  });

  it('reports a bad checksum with the decoded payload and recovers for the next packet', () => {
    const d = new FrameDecoder();
    const evs = d.push(Buffer.concat([Buffer.from('$m1000,4#00'), frame('g')]));
    expect(evs[0]).toMatchObject({ type: 'bad-checksum', received: '00', expected: checksum(Buffer.from('m1000,4')) });
    expect(packets(evs)).toEqual(['g']);
    // Non-hex checksum characters are just a mismatch.
    expect(d.push(Buffer.from('$g#zz'))[0]).toMatchObject({ type: 'bad-checksum', received: 'zz' });
  });

  it('reports a packet truncated by a new "$" and decodes the new one', () => {
    const d = new FrameDecoder();
    const evs = d.push(Buffer.concat([Buffer.from('$m10'), frame('?')]));
    expect(evs[0]).toEqual({ type: 'truncated', partial: Buffer.from('m10') });
    expect(packets(evs)).toEqual(['?']);
    // Truncated within the checksum as well.
    const evs2 = d.push(Buffer.concat([Buffer.from('$g#6'), frame('g')]));
    expect(evs2.map((e) => e.type)).toEqual(['truncated', 'packet']);
  });

  it('reports garbage between packets once per run and keeps going', () => {
    const d = new FrameDecoder();
    const evs = d.push(Buffer.concat([Buffer.from('hello'), frame('g'), Buffer.from('\r\n')]));
    expect(evs).toEqual([
      { type: 'garbage', bytes: Buffer.from('hello') },
      { type: 'packet', payload: Buffer.from('g') },
      { type: 'garbage', bytes: Buffer.from('\r\n') },
    ]);
  });

  it('drops an oversize packet without buffering it and recovers', () => {
    const d = new FrameDecoder(16);
    const big = 'M1000,100:' + '00'.repeat(0x100);
    const evs: FrameEvent[] = [];
    const bytes = Buffer.concat([frame(big), frame('g')]);
    for (let i = 0; i < bytes.length; i += 7) evs.push(...d.push(bytes.subarray(i, i + 7)));
    expect(evs[0]).toEqual({ type: 'oversize', length: big.length });
    expect(packets(evs)).toEqual(['g']);
    // A payload of exactly the maximum is fine.
    expect(packets(d.push(frame('x'.repeat(16))))).toEqual(['x'.repeat(16)]);
  });

  it('an oversize packet cut by "$" is still reported and the next one decoded', () => {
    const d = new FrameDecoder(4);
    const evs = d.push(Buffer.concat([Buffer.from('$0123456789'), frame('g')]));
    expect(evs.map((e) => e.type)).toEqual(['oversize', 'packet']);
  });

  it('expands run-length encoding', () => {
    const d = new FrameDecoder();
    // GDB manual example: "0* " is '0' plus 3 more (' ' = 32, 32 - 29 = 3).
    expect(packets(d.push(frame('0* ')))).toEqual(['0000']);
    // '"' = 34: 5 more.
    expect(unescapeAndExpand(Buffer.from('a*"b'))?.toString()).toBe('aaaaaab');
    // A run inside an M packet's hex data.
    // (runs of 6 or 7 would need the count characters '#' / '$', which are never used)
    expect(packets(d.push(frame('M1000,4:00*"0')))).toEqual(['M1000,4:00000000']);
  });

  it('expands a run of an escaped byte, and an escaped "*" is data', () => {
    // '}' 0x0a -> '*' (data), then '*' '!' repeats it 4 more... '!' = 33 -> 4.
    expect(unescapeAndExpand(Buffer.from([0x7d, 0x0a, 0x2a, 0x21]))).toEqual(Buffer.from('*****'));
  });

  it('rejects a payload ending inside an escape or a run-length pair (malformed: its checksum is right)', () => {
    expect(unescapeAndExpand(Buffer.from([0x41, 0x7d]))).toBeUndefined();
    expect(unescapeAndExpand(Buffer.from('*'))).toBeUndefined();
    expect(unescapeAndExpand(Buffer.from('a*'))).toBeUndefined();
    const d = new FrameDecoder();
    expect(d.push(frame(Buffer.from([0x41, 0x7d])))[0]).toEqual({ type: 'malformed', reason: 'payload ends inside an escape' });
  });

  it('reports a run-length count outside the protocol range (32-126) as malformed, not as a bad checksum', () => {
    const d = new FrameDecoder();
    for (const count of [0x00, 0x1c, 0x1f, 0x7f, 0xff]) {
      const payload = Buffer.from([0x4d, 0x31, 0x2c, 0x31, 0x3a, 0x30, 0x2a, count]); // "M1,1:0*<count>"
      const evs = d.push(frame(payload));
      expect(evs).toHaveLength(1);
      expect(evs[0]).toMatchObject({ type: 'malformed' });
      expect((evs[0] as { reason: string }).reason).toContain(`run-length count 0x${count.toString(16).padStart(2, '0')}`);
    }
    // The decoder is in sync afterwards.
    expect(packets(d.push(frame('g')))).toEqual(['g']);
    // The edges of the range are valid: ' ' = 3 more, '~' = 97 more.
    expect(unescapeAndExpand(Buffer.from('a* '))?.length).toBe(4);
    expect(unescapeAndExpand(Buffer.from('a*~'))?.length).toBe(98);
  });

  it('applies the maximum payload after run-length expansion (a 129 KB run-length bomb)', () => {
    const d = new FrameDecoder();
    // Valid counts: 43,000 x "0*~" is 129 KB on the wire and would expand to 4.2 MB.
    const bomb = 'M40100000,1:' + '0*~'.repeat(43_000);
    const evs = d.push(frame(bomb));
    expect(evs).toEqual([{ type: 'oversize', length: DEFAULT_MAX_PAYLOAD + 1, expanded: true }]);
    // Counts out of range (the reported bomb): malformed at the first bad count.
    const bad = Buffer.concat([Buffer.from('M40100000,1:'), Buffer.from('0*\xff'.repeat(43_000), 'latin1')]);
    expect(d.push(frame(bad))[0]).toMatchObject({ type: 'malformed' });
    // Exactly the maximum after expansion is fine.
    const small = new FrameDecoder(100);
    expect(packets(small.push(frame('a*~aa')))).toEqual(['a'.repeat(100)]);
    expect(small.push(frame('a*~aaa'))).toEqual([{ type: 'oversize', length: 101, expanded: true }]);
  });

  it('never throws on random input and never holds more than its maximum', () => {
    let seed = 12345;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const d = new FrameDecoder(64);
    const alphabet = Buffer.from('$#+-}*\x03abc0123456789');
    for (let round = 0; round < 2000; round++) {
      const n = rnd() % 40;
      const chunk = Buffer.alloc(n);
      for (let i = 0; i < n; i++) chunk[i] = rnd() % 3 === 0 ? rnd() & 0xff : alphabet[rnd() % alphabet.length]!;
      const evs = d.push(chunk);
      for (const e of evs) if (e.type === 'packet') expect(e.payload.length).toBeLessThanOrEqual(64 * 95);
    }
    // Still in sync afterwards once a packet boundary arrives.
    expect(packets(d.push(Buffer.concat([Buffer.from('#00'), frame('g'), frame('?')])))).toContain('?');
  });
});

describe('encoding', () => {
  it('frames a payload with its checksum', () => {
    expect(encodePacket('OK').toString()).toBe('$OK#9a');
    expect(encodePacket('').toString()).toBe('$#00');
    expect(encodePacket('Stop:T05', true).toString()).toMatch(/^%Stop:T05#[0-9a-f]{2}$/);
  });

  it('escapes exactly } # $ * and round-trips every byte value', () => {
    expect([...escapeBinary(Buffer.from([0x7d, 0x23, 0x24, 0x2a, 0x03, 0x41]))]).toEqual([
      0x7d, 0x5d, 0x7d, 0x03, 0x7d, 0x04, 0x7d, 0x0a, 0x03, 0x41,
    ]);
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const esc = escapeBinary(all);
    expect(esc.length).toBe(256 + 4);
    expect(unescapeAndExpand(esc)).toEqual(all);
    // And through the decoder as a whole packet.
    const d = new FrameDecoder();
    expect(d.push(encodePacket(esc))).toEqual([{ type: 'packet', payload: all }]);
  });

  it('gives the same bytes as text (latin1), in a buffer reused from a bigger reply to a smaller one', () => {
    const big = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) & 0xff));
    const small = Buffer.from([0x24, 0x41, 0x2a]);
    for (const data of [big, small, Buffer.alloc(0)]) {
      expect(Buffer.from(escapedText(data), 'latin1')).toEqual(escapeBinary(data));
    }
    const payload = `b${escapedText(big)}`;
    expect(Buffer.from(packetText(payload), 'latin1')).toEqual(encodePacket(Buffer.from(payload, 'latin1')));
    expect(packetText('OK')).toBe('$OK#9a');
    expect(packetText('Stop:T05', true)).toBe(encodePacket('Stop:T05', true).toString('latin1'));
  });
});
