// The fuzzer's input: a deterministic stream of wire units (a packet, or bytes between
// packets) from a seed: mutations of a recorded gdb-multiarch session
// (gdb-session.txt) and the hostile cases of issue 16 (run-length bombs and bad counts,
// oversize packets, cut escapes, huge reads, garbage, stray acks and Ctrl-C).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The recorded session's payloads (latin1). */
export function loadCorpus(): string[] {
  return readFileSync(join(HERE, 'gdb-session.txt'), 'latin1')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as string);
}

/** mulberry32: small, fast, good enough for choosing mutations. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function checksum(b: Buffer): string {
  let s = 0;
  for (const c of b) s = (s + c) & 0xff;
  return s.toString(16).padStart(2, '0');
}

export function framed(payload: Buffer | string, goodChecksum = true): Buffer {
  const b = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : payload;
  return Buffer.concat([Buffer.from('$'), b, Buffer.from(`#${goodChecksum ? checksum(b) : 'zz'}`, 'latin1')]);
}

const SPECIAL_BYTES = [0x24, 0x23, 0x7d, 0x2a, 0x03, 0x2b, 0x2d, 0x00, 0xff, 0x3a, 0x3b, 0x2c];
const NUMBERS = ['0', '1', 'ffffffffffffffff', 'fffffffffffffffff0', '7fffffff', '80000000', '10000', '20000', '100000000', '-1', '', 'zz', '40000800'];
const MONITOR = ['help', 'cpus', 'vms', 'vcpus', 'translate 0x40000000', 'translate zz', 'trace status', 'trace save ../escape.json', 'uart 9 x', 'catch bogus', ''];

/** One payload mutation of a recorded packet. */
function mutate(rng: Rng, p: string, corpus: readonly string[]): Buffer {
  switch (rng.int(8)) {
    case 0:
      return Buffer.from(p, 'latin1');
    case 1: // a number replaced by an extreme one
      return Buffer.from(p.replace(/[0-9a-f]+/g, (m) => (rng.chance(0.4) ? rng.pick(NUMBERS) : m)), 'latin1');
    case 2: {
      // a few bytes changed, inserted or deleted
      const b = [...Buffer.from(p, 'latin1')];
      for (let k = 1 + rng.int(4); k > 0; k--) {
        const at = rng.int(b.length + 1);
        const byte = rng.chance(0.5) ? rng.pick(SPECIAL_BYTES) : rng.int(256);
        const op = rng.int(3);
        if (op === 0) b.splice(at, 0, byte);
        else if (op === 1) b.splice(at, 1);
        else b[at] = byte;
      }
      return Buffer.from(b);
    }
    case 3:
      return Buffer.from(p.slice(0, rng.int(p.length + 1)), 'latin1');
    case 4: // two packets spliced
      return Buffer.from(p.slice(0, rng.int(p.length + 1)) + rng.pick(corpus).slice(rng.int(8)), 'latin1');
    case 5: {
      // a segment repeated (packets of up to a few KiB)
      const at = rng.int(p.length + 1);
      const seg = p.slice(at, at + 1 + rng.int(16));
      return Buffer.from(p.slice(0, at) + seg.repeat(1 + rng.int(200)) + p.slice(at), 'latin1');
    }
    case 6: // a monitor command, fine or not
      return Buffer.from(`qRcmd,${Buffer.from(rng.pick(MONITOR)).toString('hex')}`, 'latin1');
    default: // run-length pairs put in, counts in range or not
      return Buffer.from(p.replace(/([0-9a-f])/, (c) => `${c}*${String.fromCharCode(rng.chance(0.5) ? 0x20 + rng.int(0x5f) : rng.int(256))}`), 'latin1');
  }
}

/** A hostile case: what issue 16 reported, and its relatives. */
function hostile(rng: Rng): Buffer {
  switch (rng.int(12)) {
    case 0: // a run-length bomb with valid counts (expands far beyond PacketSize)
      return framed(`M40100000,1:${'0*~'.repeat(200 + rng.int(rng.chance(0.02) ? 43_000 : 2000))}`);
    case 1: // the reported bomb: counts of 0xff
      return framed(Buffer.concat([Buffer.from('M40100000,1:'), Buffer.from('0*\xff'.repeat(100 + rng.int(rng.chance(0.02) ? 43_000 : 1000)), 'latin1')]));
    case 2: // count bytes below ' '
      return framed(Buffer.from(`M40000900,1:0*${String.fromCharCode(rng.int(0x20))}`, 'latin1'));
    case 3: // longer than PacketSize (rarely: they are big)
      return rng.chance(0.05) ? framed(`X40000900,10:${'A'.repeat(0x20010)}`) : framed(`m${'0'.repeat(40)},4`);
    case 4: // cut escapes and lone markers
      return framed(rng.pick(['X40000900,1:}', '*', 'a*', '}', 'X40000900,2:}}*', 'm}40000000,4']));
    case 5: // big reads: 64 KiB replies
      return framed(rng.pick(['m40000000,10000', 'x40000000,10000', 'm40000000,ffffffff', 'x40000000,fffffff']));
    case 6: // qXfer at odd offsets and lengths
      return framed(`qXfer:${rng.pick(['features', 'threads', 'exec-file', 'siginfo', 'memory-map'])}:read:${rng.pick(['target.xml', '', '1', 'zz'])}:${rng.pick(NUMBERS)},${rng.pick(NUMBERS)}`);
    case 7: // garbage, acks, nacks and Ctrl-C between packets
      return Buffer.from(Array.from({ length: 1 + rng.int(40) }, () => (rng.chance(0.5) ? rng.pick(SPECIAL_BYTES.filter((b) => b !== 0x24)) : rng.int(256) & 0x7f)).filter((b) => b !== 0x24));
    case 8: // a packet cut short by the next '$'
      return Buffer.from(`$m40000000,${rng.int(100)}`, 'latin1');
    case 9: // bad checksums
      return framed(rng.pick(['g', '?', 'qC', 'm40000800,8']), false);
    case 10: // run control and writes (a reading session is refused them)
      return framed(rng.pick(['vCont;c', 'vCont;s:p1.1', 'c', 's', 'vCtrlC', 'QNonStop:1', 'M40000800,8:0000000000000000', 'Z0,40000004,4', 'k', 'vKill;1']));
    default: // threads that do not exist
      return framed(rng.pick(['Hgp99.1', 'Hgp1.99', 'Tp1.1', 'Tp0.0', 'Hg-1', 'Hc0', 'qAttached:7', 'vAttach;9', 'D;5']));
  }
}

/** The `count` wire units of fuzz stream `seed` (lazily). */
export function* fuzzUnits(seed: number, count: number, corpus: readonly string[] = loadCorpus()): Generator<Buffer> {
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.2)) yield hostile(rng);
    else yield framed(mutate(rng, rng.pick(corpus), corpus), !rng.chance(0.03));
  }
}
