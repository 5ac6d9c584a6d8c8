// The record file of record/replay (`-icount rr=record|replay,rrfile=FILE`): text, one JSON
// object per line, written as the run goes.
//
//   line 1        header: format, version, the board configuration, the starting point
//                 (boot: a hash of the images and options; snapshot: a hash of the file)
//                 and the state hash there
//   then          one line per input, in order, each at its position: e (resets of the
//                 board so far), t (board time, which counts instructions), r (instructions
//                 retired by all PEs), h (registers hash before the input) and k, the kind:
//                   uart {n, d}    bytes into UART n's receive FIFO (console, TCP serial, monitor uart)
//                   mem {pa, d}    a debugger's write to physical memory
//                   reg {pe, n, d} a debugger's write to GDB register n of PE pe
//                   step {pe, m}   a debugger's single step of PE pe (m: interrupts held low)
//   last line     end {fh, lines, digest}: the whole machine's hash where the recording
//                 ended, the count of lines before it and the SHA-256 of their text.
//
// d is hex. Reading checks everything before a replay starts; each problem is a one-line
// RecordError.

import { createHash, type Hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { BoardIdentity } from '../snapshot/snapshot.ts';

export const RECORD_FORMAT = 'zvm-gdbserver record';
export const RECORD_VERSION = 1;
/** Largest record file read (a replay holds it in memory). */
const MAX_RECORD_BYTES = 256 << 20;
/** Largest data of one input (a UART FIFO's worth, a GDB packet's memory write). */
const MAX_DATA = 1 << 20;

/** Where a recording started. */
export interface RecordStart {
  readonly kind: 'boot' | 'snapshot';
  /** boot: SHA-256 of the images and options; snapshot: of the snapshot file. */
  readonly hash: string;
  /** registersHash() of the machine there. */
  readonly state: string;
}

export interface RecordHeader {
  readonly format: typeof RECORD_FORMAT;
  readonly version: number;
  readonly identity: BoardIdentity;
  readonly start: RecordStart;
  readonly created: string;
}

/** Where an input was: board resets so far, board time, instructions retired, registers hash. */
export interface Position {
  readonly e: number;
  readonly t: number;
  readonly r: number;
  readonly h: string;
}

export type RecordInput =
  | { readonly k: 'uart'; readonly n: number; readonly d: Uint8Array }
  | { readonly k: 'mem'; readonly pa: number; readonly d: Uint8Array }
  | { readonly k: 'reg'; readonly pe: number; readonly n: number; readonly d: Uint8Array }
  | { readonly k: 'step'; readonly pe: number; readonly m: boolean }
  | { readonly k: 'end'; readonly fh: string };

export type RecordEvent = Position & RecordInput;

/** A record file that cannot be replayed here. */
export class RecordError extends Error {}

const hex = (d: Uint8Array) => Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('hex');

/** Appends a record as the run goes (synchronously: the last line is written at process exit). */
export class RecordWriter {
  private readonly fd: number;
  private readonly digest: Hash = createHash('sha256');
  private lines = 0;

  constructor(
    readonly path: string,
    header: Omit<RecordHeader, 'format' | 'version' | 'created'>,
  ) {
    this.fd = openSync(path, 'w');
    this.line({ format: RECORD_FORMAT, version: RECORD_VERSION, created: new Date().toISOString(), ...header });
  }

  private line(o: object): void {
    const text = `${JSON.stringify(o)}\n`;
    this.digest.update(text);
    this.lines++;
    writeSync(this.fd, text);
  }

  write(at: Position, input: Exclude<RecordInput, { k: 'end' }>): void {
    const o: Record<string, unknown> = { ...at, ...input };
    if ('d' in input) o.d = hex(input.d);
    this.line(o);
  }

  /** Writes the end line and closes the file. */
  end(at: Position, fullHash: string): void {
    const text = `${JSON.stringify({ ...at, k: 'end', fh: fullHash, lines: this.lines, digest: this.digest.digest('hex') })}\n`;
    writeSync(this.fd, text);
    closeSync(this.fd);
  }
}

function fail(why: string): never {
  throw new RecordError(why);
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isHash = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{16,64}$/.test(v);

function data(v: unknown, where: string): Uint8Array {
  if (typeof v !== 'string' || v.length % 2 !== 0 || v.length > 2 * MAX_DATA || !/^[0-9a-f]*$/.test(v)) fail(`${where}: bad data`);
  return Uint8Array.from(Buffer.from(v, 'hex'));
}

/** The position of an input or end line, checked. */
function parsePosition(o: Record<string, unknown>, where: string): Position {
  if (!isCount(o.e) || !isCount(o.t) || !isCount(o.r) || !isHash(o.h)) fail(`${where}: bad position`);
  return { e: o.e, t: o.t, r: o.r, h: o.h };
}

/** One input line, checked. */
function parseEvent(o: Record<string, unknown>, where: string): RecordEvent {
  const at = parsePosition(o, where);
  switch (o.k) {
    case 'uart':
      if (!isCount(o.n)) fail(`${where}: bad UART`);
      return { ...at, k: 'uart', n: o.n, d: data(o.d, where) };
    case 'mem':
      if (!isCount(o.pa)) fail(`${where}: bad address`);
      return { ...at, k: 'mem', pa: o.pa, d: data(o.d, where) };
    case 'reg':
      if (!isCount(o.pe) || !isCount(o.n)) fail(`${where}: bad register`);
      return { ...at, k: 'reg', pe: o.pe, n: o.n, d: data(o.d, where) };
    case 'step':
      if (!isCount(o.pe) || typeof o.m !== 'boolean') fail(`${where}: bad step`);
      return { ...at, k: 'step', pe: o.pe, m: o.m };
  }
  fail(`${where}: unknown input kind ${JSON.stringify(o.k)}`);
}

function parseJson(text: string, where: string): Record<string, unknown> {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    fail(`${where} is corrupt (not JSON)`);
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) fail(`${where} is corrupt`);
  return o as Record<string, unknown>;
}

/**
 * Reads a record file completely and checks it: format, version, every line, the order of
 * the positions, the end line and the digest of the lines before it. `pes` and `uarts`
 * bound the PE and UART numbers of its inputs.
 */
export function readRecordFile(path: string, limits: { pes: number; uarts: number }): { header: RecordHeader; events: RecordEvent[]; end: Position & { fh: string } } {
  let text: string;
  try {
    const fd = openSync(path, 'r');
    try {
      if (fstatSync(fd).size > MAX_RECORD_BYTES) fail(`the file is larger than ${MAX_RECORD_BYTES >> 20} MiB`);
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof RecordError) throw e;
    fail(`cannot read it: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (!first.includes(`"format":"${RECORD_FORMAT}"`)) fail('not a zvm-gdbserver record file');
  const h = parseJson(first, 'the header');
  if (h.version !== RECORD_VERSION) fail(`record format version ${String(h.version)}; this zvm-gdbserver reads version ${RECORD_VERSION}`);
  const start = h.start as Record<string, unknown> | undefined;
  if (typeof h.identity !== 'object' || h.identity === null || typeof start !== 'object' || start === null || (start.kind !== 'boot' && start.kind !== 'snapshot') || !isHash(start.hash) || !isHash(start.state)) {
    fail('the header is incomplete');
  }
  if (lines.at(-1) !== '') fail('the file is truncated (its last line is cut off)');
  const digest = createHash('sha256').update(`${first}\n`);
  const events: RecordEvent[] = [];
  let prev: Position = { e: 0, t: 0, r: 0, h: start.state };
  for (let i = 1; i < lines.length - 1; i++) {
    const where = `line ${i + 1}`;
    const o = parseJson(lines[i], where);
    if (o.k === 'end') {
      if (i !== lines.length - 2) fail(`${where}: the end line is not the last`);
      if (o.lines !== i || o.digest !== digest.digest('hex')) fail('the file is corrupt (its digest does not match its lines)');
      if (!isHash(o.fh)) fail(`${where}: bad hash`);
      const ev = parsePosition(o, where);
      if (ev.e < prev.e || (ev.e === prev.e && ev.t < prev.t) || ev.r < prev.r) fail(`${where}: the end comes before the last input`);
      return { header: h as unknown as RecordHeader, events, end: { e: ev.e, t: ev.t, r: ev.r, h: ev.h, fh: o.fh } };
    }
    const ev = parseEvent(o, where);
    if (ev.e < prev.e || (ev.e === prev.e && ev.t < prev.t) || ev.r < prev.r) fail(`${where}: inputs out of order`);
    if ((ev.k === 'uart' && ev.n >= limits.uarts) || ((ev.k === 'reg' || ev.k === 'step') && ev.pe >= limits.pes)) fail(`${where}: no such UART or CPU on this board`);
    digest.update(`${lines[i]}\n`);
    events.push(ev);
    prev = ev;
  }
  fail('the file is truncated (it has no end line: the recording did not finish)');
}
