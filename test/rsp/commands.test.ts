import { describe, expect, it } from 'vitest';
import { type Command, formatThreadId, parseCommand, parseThreadSpec } from '../../src/rsp/index.ts';

const p = (s: string | Buffer): Command => parseCommand(typeof s === 'string' ? Buffer.from(s, 'latin1') : s);

describe('thread ids', () => {
  it('parses multiprocess and plain syntax, -1 = all, 0 = any', () => {
    expect(parseThreadSpec('p1.2')).toEqual({ pid: 1, tid: 2 });
    expect(parseThreadSpec('p1f.a')).toEqual({ pid: 0x1f, tid: 0xa });
    expect(parseThreadSpec('p1.-1')).toEqual({ pid: 1, tid: -1 });
    expect(parseThreadSpec('p1')).toEqual({ pid: 1, tid: -1 });
    expect(parseThreadSpec('p-1')).toEqual({ pid: -1, tid: -1 });
    expect(parseThreadSpec('p-1.-1')).toEqual({ pid: -1, tid: -1 });
    expect(parseThreadSpec('p0.0')).toEqual({ pid: 0, tid: 0 });
    expect(parseThreadSpec('-1')).toEqual({ pid: -1, tid: -1 });
    expect(parseThreadSpec('0')).toEqual({ pid: 0, tid: 0 });
    expect(parseThreadSpec('7')).toEqual({ pid: 0, tid: 7 });
  });

  it('rejects malformed thread ids', () => {
    for (const bad of ['', 'p', 'p.1', 'p1.', 'px.1', 'p1.g', 'p-1.3', '-2', 'p1.2.3', 'zz']) {
      expect(parseThreadSpec(bad), bad).toBeUndefined();
    }
  });

  it('formats thread ids', () => {
    expect(formatThreadId({ pid: 0x1a, tid: 2 }, true)).toBe('p1a.2');
    expect(formatThreadId({ pid: 1, tid: -1 }, true)).toBe('p1.-1');
    expect(formatThreadId({ pid: 1, tid: 0x2b }, false)).toBe('2b');
  });
});

describe('parseCommand', () => {
  it('parses the packets a GDB 13 session uses', () => {
    expect(p('qSupported:multiprocess+;swbreak+;xmlRegisters=i386;fork-events-')).toEqual({
      kind: 'qSupported',
      features: new Map<string, string | boolean>([
        ['multiprocess', true],
        ['swbreak', true],
        ['xmlRegisters', 'i386'],
        ['fork-events', false],
      ]),
    });
    expect(p('vMustReplyEmpty')).toEqual({ kind: 'vMustReplyEmpty' });
    expect(p('QStartNoAckMode')).toEqual({ kind: 'startNoAckMode' });
    expect(p('!')).toEqual({ kind: 'extendedMode' });
    expect(p('Hgp0.0')).toEqual({ kind: 'setThread', op: 'g', thread: { pid: 0, tid: 0 } });
    expect(p('Hc-1')).toEqual({ kind: 'setThread', op: 'c', thread: { pid: -1, tid: -1 } });
    expect(p('qXfer:features:read:target.xml:0,1000')).toEqual({
      kind: 'xferRead',
      object: 'features',
      annex: 'target.xml',
      offset: 0,
      length: 0x1000,
    });
    expect(p('qXfer:threads:read::1f,fff')).toEqual({ kind: 'xferRead', object: 'threads', annex: '', offset: 0x1f, length: 0xfff });
    expect(p('qTStatus')).toEqual({ kind: 'traceStatus' });
    expect(p('?')).toEqual({ kind: 'haltReason' });
    expect(p('qAttached:2')).toEqual({ kind: 'attached', pid: 2 });
    expect(p('qAttached')).toEqual({ kind: 'attached' });
    expect(p('g')).toEqual({ kind: 'readRegisters' });
    expect(p('p20')).toEqual({ kind: 'readRegister', regnum: 0x20 });
    expect(p('P21=c5030000')).toEqual({ kind: 'writeRegister', regnum: 0x21, data: Buffer.from([0xc5, 3, 0, 0]) });
    expect(p('G0102')).toEqual({ kind: 'writeRegisters', data: Buffer.from([1, 2]) });
    expect(p('mffffffffffff0000,40')).toEqual({ kind: 'readMemory', addr: 0xffffffffffff0000n, length: 0x40, binary: false });
    expect(p('x1000,10')).toEqual({ kind: 'readMemory', addr: 0x1000n, length: 0x10, binary: true });
    expect(p('M1000,2:abcd')).toEqual({ kind: 'writeMemory', addr: 0x1000n, data: Buffer.from([0xab, 0xcd]) });
    expect(p('vCont?')).toEqual({ kind: 'vContQuery' });
    expect(p('vCont;s:p1.1;c:p1.-1')).toEqual({
      kind: 'vCont',
      actions: [
        { op: 'step', thread: { pid: 1, tid: 1 } },
        { op: 'continue', thread: { pid: 1, tid: -1 } },
      ],
    });
    expect(p('vCont;C0b:p2.1;t;S05')).toEqual({
      kind: 'vCont',
      actions: [{ op: 'continue', signal: 11, thread: { pid: 2, tid: 1 } }, { op: 'stop' }, { op: 'step', signal: 5 }],
    });
    expect(p('c')).toEqual({ kind: 'resume', op: 'continue' });
    expect(p('s2000')).toEqual({ kind: 'resume', op: 'step', addr: 0x2000n });
    expect(p('C02')).toEqual({ kind: 'resume', op: 'continue', signal: 2 });
    expect(p('S0b;1000')).toEqual({ kind: 'resume', op: 'step', signal: 11, addr: 0x1000n });
    expect(p('Tp2.1')).toEqual({ kind: 'threadAlive', thread: { pid: 2, tid: 1 } });
    expect(p('qC')).toEqual({ kind: 'currentThread' });
    expect(p('qfThreadInfo')).toEqual({ kind: 'threadInfoFirst' });
    expect(p('qsThreadInfo')).toEqual({ kind: 'threadInfoNext' });
    expect(p('vAttach;2')).toEqual({ kind: 'attach', pid: 2 });
    expect(p('vKill;a')).toEqual({ kind: 'vKill', pid: 10 });
    expect(p('k')).toEqual({ kind: 'kill' });
    expect(p('D')).toEqual({ kind: 'detach' });
    expect(p('D;1')).toEqual({ kind: 'detach', pid: 1 });
    expect(p('qRcmd,68656c70')).toEqual({ kind: 'monitor', command: 'help' });
    expect(p('Z0,1010,4')).toEqual({ kind: 'breakpoint', insert: true, type: 'sw', addr: 0x1010n, size: 4 });
    expect(p('z1,1010,4')).toEqual({ kind: 'breakpoint', insert: false, type: 'hw', addr: 0x1010n, size: 4 });
    expect(p('Z2,8000,8')).toEqual({ kind: 'breakpoint', insert: true, type: 'write', addr: 0x8000n, size: 8 });
    expect(p('Z3,8000,4')).toMatchObject({ type: 'read' });
    expect(p('Z4,8000,4')).toMatchObject({ type: 'access' });
    expect(p('Z0,1010,4;X3,220a00')).toEqual({ kind: 'breakpoint', insert: true, type: 'sw', addr: 0x1010n, size: 4 });
  });

  it('parses the non-stop packets', () => {
    expect(p('QNonStop:1')).toEqual({ kind: 'setNonStop', enabled: true });
    expect(p('QNonStop:0')).toEqual({ kind: 'setNonStop', enabled: false });
    expect(p('vStopped')).toEqual({ kind: 'vStopped' });
    expect(p('vCtrlC')).toEqual({ kind: 'vCtrlC' });
    expect(p('vCont;t:p1.1')).toEqual({ kind: 'vCont', actions: [{ op: 'stop', thread: { pid: 1, tid: 1 } }] });
    expect(p('vCont;t:p-1.-1')).toEqual({ kind: 'vCont', actions: [{ op: 'stop', thread: { pid: -1, tid: -1 } }] });
    expect(p('vRun;;')).toEqual({ kind: 'vRun', program: '', args: [''] });
    expect(p('vRun;' + Buffer.from('/bin/x').toString('hex') + ';6131')).toEqual({ kind: 'vRun', program: '/bin/x', args: ['a1'] });
    expect(p('vRun;zz').kind).toBe('malformed');
    expect(p('vCont;c:p2.-1')).toEqual({ kind: 'vCont', actions: [{ op: 'continue', thread: { pid: 2, tid: -1 } }] });
  });

  it('keeps X data as raw binary bytes (already unescaped by the framing)', () => {
    const data = Buffer.from([0x00, 0x7d, 0x23, 0x24, 0x2a, 0x3a, 0xff]);
    expect(p(Buffer.concat([Buffer.from('X1000,7:'), data]))).toEqual({ kind: 'writeMemory', addr: 0x1000n, data });
    expect(p('X1000,0:')).toEqual({ kind: 'writeMemory', addr: 0x1000n, data: Buffer.alloc(0) });
  });

  it('turns bad hex and malformed arguments into "malformed", never throwing', () => {
    const bad = [
      'mxyz,4',
      'm1000',
      'm1000,',
      'm1000,zz',
      'm11112222333344445,4', // more than 64 bits
      'M1000,2:abc',
      'M1000,2:zzzz',
      'M1000,4:abcd', // length mismatch
      'M1000,2',
      'X1000,4:ab', // length mismatch
      'Xq,1:a',
      'X1000,1',
      'G0',
      'G0g',
      'pq',
      'P1=',
      'P1',
      'Pz=00',
      'Hgpx.1',
      'Tp1.',
      'C',
      'C2',
      'Cxx',
      'S05;zz',
      'czz',
      'vCont;x',
      'vCont;c:pz',
      'vCont;Cq',
      'vCont',
      'vAttach;',
      'vAttach;0',
      'vKill;x',
      'D;x',
      'Dxyz',
      'qRcmd,6',
      'qRcmd,zz',
      'qRcmd',
      'Z0,xyz,4',
      'Z0',
      'Z0,1000',
      'qXfer:features:read:target.xml:0',
      'qXfer:features:read:target.xml:q,1',
      'qXfer:features:read',
      'qAttached:zz',
      'qAttached:',
      'QNonStop',
      'QNonStop:',
      'QNonStop:2',
      'QNonStop:10',
      'QNonStop;1',
      'vStopped;1',
      'vStopped:',
      'vCtrlC;',
      'vCtrlC:1',
      'vCont;t:p',
      'vCont;t:p1.x',
      'vCont;tt',
      'vKill;',
      'D;',
    ];
    for (const s of bad) expect(p(s).kind, s).toBe('malformed');
  });

  it('classifies packets it does not implement as "unknown"', () => {
    for (const s of ['', 'qOffsets', 'vFile:open:6a', 'Z9,1,1', 'qXfer:memory-map:write::0,1', 'Hx1', 'i', 'qSymbol::', 'gg']) {
      expect(p(s).kind, s).toBe('unknown');
    }
  });

  it('survives arbitrary bytes', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const heads = ['m', 'M', 'X', 'x', 'g', 'G', 'p', 'P', 'Z', 'z', 'H', 'T', 'v', 'vCont;', 'q', 'qXfer:', 'qRcmd,', 'Q', 'D', 'c', 'C', 's', 'S'];
    for (let i = 0; i < 3000; i++) {
      const tail = Buffer.from(Array.from({ length: rnd() % 24 }, () => (rnd() % 2 ? rnd() & 0xff : '0123456789abcdef,:;.-p'.charCodeAt(rnd() % 22))));
      const cmd = p(Buffer.concat([Buffer.from(heads[rnd() % heads.length]!), tail]));
      expect(typeof cmd.kind).toBe('string');
    }
  });
});
