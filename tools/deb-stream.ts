// Extracts files from a Debian package while it downloads, without keeping the package: the
// HTTP body is hashed (checked against the SHA256 of apt's index at the end) and split into
// its ar members; the data tarball's bytes go to GNU tar, which writes only the members
// asked for. Used for the kernel's -dbg package (about 800 MB, of which the vmlinux is 300).
//
// Where the package comes from is apt's business: `apt-get download --print-uris` names the
// URL, size and SHA256 from the index apt verified, so the mirror is the one apt uses.

import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';

export class DebStreamError extends Error {}

/** One line of `apt-get download --print-uris`: 'URL' FILE SIZE SHA256:HEX. */
export interface AptUri {
  url: string;
  file: string;
  size: number;
  sha256: string;
}

export function parseAptUris(text: string): AptUri[] {
  const out: AptUri[] = [];
  for (const m of text.matchAll(/^'([^']+)' (\S+) (\d+) SHA256:([0-9a-f]{64})$/gm)) {
    out.push({ url: m[1]!, file: m[2]!, size: Number(m[3]), sha256: m[4]! });
  }
  return out;
}

/** tar's decompression option for a data member's name (data.tar.xz, .gz, .zst, none). */
export function tarCompression(member: string): string[] {
  if (member.endsWith('.xz')) return ['--xz'];
  if (member.endsWith('.gz')) return ['--gzip'];
  if (member.endsWith('.zst')) return ['--zstd'];
  if (member === 'data.tar') return [];
  throw new DebStreamError(`unknown data member compression: ${member}`);
}

const AR_MAGIC = '!<arch>\n';
const AR_HEADER = 60;

/**
 * Splits a streamed ar archive (a .deb) into members: `onMember(name, size)` before each
 * member's bytes, `onData(bytes)` for them. Holds at most one header's bytes between chunks.
 */
export class ArSplitter {
  private pending = Buffer.alloc(0);
  private magicSeen = false;
  /** Bytes left in the current member, then its padding byte (members are 2-aligned). */
  private left = 0;
  private pad = 0;

  constructor(
    private readonly onMember: (name: string, size: number) => void,
    private readonly onData: (bytes: Buffer) => void,
  ) {}

  push(chunk: Buffer): void {
    let buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (buf.length > 0) {
      if (!this.magicSeen) {
        if (buf.length < AR_MAGIC.length) break;
        if (buf.toString('latin1', 0, AR_MAGIC.length) !== AR_MAGIC) throw new DebStreamError('not a Debian package (no ar magic)');
        this.magicSeen = true;
        buf = buf.subarray(AR_MAGIC.length);
      } else if (this.left > 0) {
        const n = Math.min(this.left, buf.length);
        this.onData(buf.subarray(0, n));
        this.left -= n;
        buf = buf.subarray(n);
      } else if (this.pad > 0) {
        this.pad = 0;
        buf = buf.subarray(1);
      } else {
        if (buf.length < AR_HEADER) break;
        const header = buf.toString('latin1', 0, AR_HEADER);
        if (header.slice(58, 60) !== '`\n') throw new DebStreamError('corrupt ar member header in the package');
        const name = header.slice(0, 16).trim().replace(/\/$/, '');
        const size = Number(header.slice(48, 58).trim());
        if (!Number.isSafeInteger(size) || size < 0) throw new DebStreamError(`bad ar member size in the package: ${header.slice(48, 58)}`);
        this.left = size;
        this.pad = size & 1;
        this.onMember(name, size);
        buf = buf.subarray(AR_HEADER);
      }
    }
    if (buf.length > 0) this.pending = Buffer.from(buf);
  }

  /** True when the archive ended on a member boundary. */
  get complete(): boolean {
    return this.magicSeen && this.left === 0 && this.pending.length === 0;
  }
}

/** A command the data tarball (or the previous command's output) is piped into. */
export interface PipeStage {
  cmd: string;
  args: string[];
}

function waitExit(child: ChildProcess, what: string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.on('error', (e) => reject(new DebStreamError(`${what}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new DebStreamError(`${what} failed (${signal ?? code}): ${stderr().trim().slice(-1000)}`));
    });
  });
}

/** Resolves when `w` can take more bytes, or is closed (the reader stopped early). */
function drainedOrClosed(w: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      w.off('drain', done);
      w.off('close', done);
      resolve();
    };
    w.on('drain', done);
    w.on('close', done);
  });
}

/**
 * Streams the .deb at `source`, piping its data tarball through `stages` (the first gets the
 * tarball's compression option appended to its arguments; each later one reads the previous
 * one's stdout). A stage may stop reading early (tar --occurrence): the rest of the package is
 * still read, to check its size and SHA256 against the index. Rejects on any mismatch: the
 * caller must then discard what the stages wrote.
 */
export async function extractFromDeb(source: AptUri, stages: readonly PipeStage[], fetchImpl: typeof fetch = fetch): Promise<void> {
  if (stages.length === 0) throw new DebStreamError('nothing to extract');
  let res: Response;
  try {
    res = await fetchImpl(source.url);
  } catch (e) {
    throw new DebStreamError(`${source.url}: ${e instanceof Error ? `${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}` : String(e)}`);
  }
  if (!res.ok || res.body === null) throw new DebStreamError(`${source.url}: HTTP ${res.status} ${res.statusText}`);

  const children: ChildProcess[] = [];
  const exits: Promise<void>[] = [];
  let first: ChildProcess | undefined;
  let stdinOpen = false;
  const startStages = (compression: string[]): void => {
    let prev: ChildProcess | undefined;
    stages.forEach((s, i) => {
      const args = i === 0 ? [...s.args, ...compression] : s.args;
      const child = spawn(s.cmd, args, { stdio: ['pipe', i === stages.length - 1 ? 'ignore' : 'pipe', 'pipe'] });
      let err = '';
      child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
      exits.push(waitExit(child, `${s.cmd} ${args.join(' ')}`, () => err));
      // A stage that stops reading early closes its input: the writer's EPIPE is expected.
      child.stdin!.on('error', () => undefined);
      if (prev) prev.stdout!.pipe(child.stdin!);
      prev = child;
      children.push(child);
    });
    first = children[0];
    stdinOpen = true;
    first!.stdin!.on('close', () => (stdinOpen = false));
  };

  const hash = createHash('sha256');
  let received = 0;
  let dataMember = false;
  let dataSeen = false;
  const splitter = new ArSplitter(
    (name) => {
      if (dataMember && stdinOpen) first!.stdin!.end();
      dataMember = name.startsWith('data.tar');
      if (dataMember) {
        if (dataSeen) throw new DebStreamError('two data members in the package');
        dataSeen = true;
        startStages(tarCompression(name));
      }
    },
    (bytes) => {
      if (dataMember && stdinOpen) writes.push(bytes);
    },
  );
  // Bytes for the first stage, written with backpressure after each chunk is split.
  const writes: Buffer[] = [];
  try {
    for await (const chunk of Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>)) {
      const buf = chunk as Buffer;
      received += buf.length;
      if (received > source.size) throw new DebStreamError(`${source.url}: more than the ${source.size} bytes the index gives`);
      hash.update(buf);
      splitter.push(buf);
      for (const w of writes.splice(0)) {
        if (!stdinOpen) break;
        if (!first!.stdin!.write(w)) await drainedOrClosed(first!.stdin!);
      }
    }
    if (stdinOpen) first!.stdin!.end();
    if (received !== source.size) throw new DebStreamError(`${source.url}: got ${received} bytes, the index gives ${source.size}`);
    const sum = hash.digest('hex');
    if (sum !== source.sha256) throw new DebStreamError(`${source.url}: SHA256 ${sum}, the index gives ${source.sha256}`);
    if (!splitter.complete) throw new DebStreamError(`${source.url}: the package ends inside a member`);
    if (!dataSeen) throw new DebStreamError(`${source.url}: no data.tar member`);
    await Promise.all(exits);
  } catch (e) {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.allSettled(exits);
    throw e;
  }
}
