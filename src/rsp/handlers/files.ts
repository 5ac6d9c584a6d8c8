/**
 * `vFile:open/pread/fstat/close/setfs` (GDB's host I/O: `remote get FILE`, and the programs
 * GDB loads when its sysroot is `target:`), offered when the target has the `hostFiles`
 * capability, which decides what may be read. Read-only: an open for writing, and every
 * other vFile operation (pwrite, unlink, readlink), is refused. Replies are `F<result>` or
 * `F-1,<errno>`; pread's data follows a `;` as escaped binary.
 *
 * A descriptor remembers only the resolved path (each read opens the file again), so a
 * session that ends without closing its files leaks nothing.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Command } from '../commands.ts';
import { escapedText } from '../framing.ts';
import { Errno, TargetError } from '../target.ts';
import type { ProtocolModule, SessionState } from './module.ts';

declare module '../commands.ts' {
  interface CommandArgs {
    /** `vFile:<op>:<args>`; `args` split at commas (hex numbers, hex-encoded path). */
    vFile: { readonly op: string; readonly args: readonly string[] };
  }
}

/** Open descriptors per session (at most MAX_OPEN). */
const MAX_OPEN = 32;
const open = new WeakMap<SessionState, Map<number, string>>();

/** GDB's fileio open flags: O_RDONLY is 0; any of these asks for writing. */
const FILEIO_O_WRITE = 0x1 | 0x2 | 0x8 | 0x200 | 0x400 | 0x800;
/** GDB's fileio mode bits for a regular file and a directory. */
const FILEIO_S_IFREG = 0o100000;
const FILEIO_S_IFDIR = 0o40000;

const fail = (errno: number): string => `F-1,${errno.toString(16)}`;

const hexNumber = (s: string | undefined): number | undefined => (s !== undefined && /^[0-9a-fA-F]{1,12}$/.test(s) ? Number.parseInt(s, 16) : undefined);

function table(s: SessionState): Map<number, string> {
  let t = open.get(s);
  if (t === undefined) open.set(s, (t = new Map()));
  return t;
}

/** The errno GDB should see for a failure (Node's code, or the target's TargetError). */
function errnoOf(e: unknown): number {
  if (e instanceof TargetError) return e.errno;
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? Errno.ENOENT : code === 'EACCES' || code === 'EPERM' ? Errno.EACCES : code === 'EISDIR' ? 0x15 : Errno.EIO;
}

/** GDB's `struct fio_stat` (64 bytes, big-endian) of a host file. */
function fioStat(path: string): Buffer {
  const st = statSync(path);
  const b = Buffer.alloc(64);
  b.writeUInt32BE(st.dev >>> 0, 0);
  b.writeUInt32BE(st.ino >>> 0, 4);
  b.writeUInt32BE((st.isDirectory() ? FILEIO_S_IFDIR : FILEIO_S_IFREG) | (st.mode & 0o777), 8);
  b.writeUInt32BE(st.nlink >>> 0, 12);
  b.writeUInt32BE(0, 16); // uid, gid, rdev: not the client's business
  b.writeUInt32BE(0, 20);
  b.writeUInt32BE(0, 24);
  b.writeBigUInt64BE(BigInt(st.size), 28);
  b.writeBigUInt64BE(4096n, 36);
  b.writeBigUInt64BE(BigInt(Math.ceil(st.size / 512)), 44);
  b.writeUInt32BE(Math.floor(st.atimeMs / 1000) >>> 0, 52);
  b.writeUInt32BE(Math.floor(st.mtimeMs / 1000) >>> 0, 56);
  b.writeUInt32BE(Math.floor(st.ctimeMs / 1000) >>> 0, 60);
  return b;
}

function parse(rest: string): Command {
  const m = /^:([a-z]+):(.*)$/s.exec(rest);
  if (m === null) return { kind: 'malformed', name: 'vFile', reason: 'expected vFile:OP:ARGS' };
  return { kind: 'vFile', op: m[1]!, args: m[2]!.split(',') };
}

async function handle(cmd: { op: string; args: readonly string[] }, s: SessionState): Promise<string | Buffer> {
  const files = s.target.hostFiles;
  if (files === undefined) return '';
  const fds = table(s);
  switch (cmd.op) {
    case 'setfs':
      // One filesystem for every process.
      return hexNumber(cmd.args[0]) === undefined ? fail(Errno.EINVAL) : 'F0';
    case 'open': {
      const [pathHex, flagsHex] = cmd.args;
      const flags = hexNumber(flagsHex);
      if (pathHex === undefined || !/^([0-9a-fA-F]{2})+$/.test(pathHex) || flags === undefined) return fail(Errno.EINVAL);
      if ((flags & FILEIO_O_WRITE) !== 0) return fail(Errno.EACCES); // read-only
      if (fds.size >= MAX_OPEN) return fail(Errno.EMFILE);
      const path = Buffer.from(pathHex, 'hex').toString('utf8');
      let host: string;
      try {
        host = await files.resolve(path);
        closeSync(openSync(host, 'r')); // exists and is readable now
      } catch (e) {
        return fail(errnoOf(e));
      }
      let fd = 0;
      while (fds.has(fd)) fd++;
      fds.set(fd, host);
      return `F${fd.toString(16)}`;
    }
    case 'pread': {
      const [fd, count, offset] = cmd.args.map(hexNumber);
      if (fd === undefined || count === undefined || offset === undefined) return fail(Errno.EINVAL);
      const host = fds.get(fd);
      if (host === undefined) return fail(Errno.EBADF);
      // Room for "F<count>;"; escaping then trims the data to fit (see below).
      const n = Math.min(count, s.maxPayload - 16);
      const data = Buffer.alloc(n);
      let got: number;
      try {
        const h = openSync(host, 'r');
        try {
          if (fstatSync(h).isDirectory()) return fail(0x15);
          got = readSync(h, data, 0, n, offset);
        } finally {
          closeSync(h);
        }
      } catch (e) {
        return fail(errnoOf(e));
      }
      // Each of } # $ * takes two bytes once escaped: keep the prefix that fits.
      let size = got;
      for (let i = 0; i < got; i++) {
        const c = data[i]!;
        if (c === 0x7d || c === 0x23 || c === 0x24 || c === 0x2a) size++;
      }
      while (size > n) {
        const c = data[--got]!;
        size -= c === 0x7d || c === 0x23 || c === 0x24 || c === 0x2a ? 2 : 1;
      }
      return `F${got.toString(16)};${escapedText(data.subarray(0, got))}`;
    }
    case 'fstat': {
      const fd = hexNumber(cmd.args[0]);
      const host = fd === undefined ? undefined : fds.get(fd);
      if (host === undefined) return fail(Errno.EBADF);
      try {
        const st = fioStat(host);
        return `F${st.length.toString(16)};${escapedText(st)}`;
      } catch (e) {
        return fail(errnoOf(e));
      }
    }
    case 'close': {
      const fd = hexNumber(cmd.args[0]);
      if (fd === undefined || !fds.delete(fd)) return fail(Errno.EBADF);
      return 'F0';
    }
    default:
      // pwrite, unlink, readlink, stat: not offered (GDB then does without them).
      return '';
  }
}

export const files: ProtocolModule = {
  name: 'files',
  parsers: { vFile: parse },
  handlers: {
    vFile: (cmd, s) => handle(cmd, s),
  },
};
