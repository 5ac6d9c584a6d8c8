// A small writer for cpio archives in the "newc" (SVR4, no CRC) format the Linux kernel
// unpacks as an initramfs. Deterministic: inode numbers are assigned in order, mtime 0,
// owner root.

export type CpioEntry =
  | { kind: 'dir'; path: string; mode?: number }
  | { kind: 'file'; path: string; data: Uint8Array; mode?: number }
  | { kind: 'symlink'; path: string; target: string }
  | { kind: 'chardev'; path: string; major: number; minor: number; mode?: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFCHR = 0o020000;

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

/** Serialises the entries (paths without a leading slash) and the TRAILER!!! record. */
export function writeCpio(entries: readonly CpioEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  const push = (b: Uint8Array) => {
    parts.push(b);
    size += b.length;
  };
  const record = (ino: number, mode: number, nlink: number, rdevMajor: number, rdevMinor: number, name: string, data: Uint8Array) => {
    const nameBytes = enc.encode(name + '\0');
    const header =
      '070701' +
      [ino, mode, 0, 0, nlink, 0, data.length, 0, 0, rdevMajor, rdevMinor, nameBytes.length, 0].map(hex8).join('');
    push(enc.encode(header));
    push(nameBytes);
    push(new Uint8Array(pad4(110 + nameBytes.length)));
    push(data);
    push(new Uint8Array(pad4(data.length)));
  };
  let ino = 1;
  for (const e of entries) {
    const path = e.path.replace(/^\/+/, '');
    if (path === '' || path.includes('\0')) throw new Error(`cpio: bad path ${JSON.stringify(e.path)}`);
    switch (e.kind) {
      case 'dir':
        record(ino++, S_IFDIR | (e.mode ?? 0o755), 2, 0, 0, path, new Uint8Array(0));
        break;
      case 'file':
        record(ino++, S_IFREG | (e.mode ?? 0o644), 1, 0, 0, path, e.data);
        break;
      case 'symlink':
        record(ino++, S_IFLNK | 0o777, 1, 0, 0, path, enc.encode(e.target));
        break;
      case 'chardev':
        record(ino++, S_IFCHR | (e.mode ?? 0o600), 1, e.major, e.minor, path, new Uint8Array(0));
        break;
    }
  }
  record(0, 0, 1, 0, 0, 'TRAILER!!!', new Uint8Array(0));
  const outBytes = new Uint8Array(size + pad4(size));
  let off = 0;
  for (const p of parts) {
    outBytes.set(p, off);
    off += p.length;
  }
  return outBytes;
}

export interface CpioRecord {
  name: string;
  mode: number;
  rdevMajor: number;
  rdevMinor: number;
  data: Uint8Array;
}

/** Reads a newc archive back (for tests and checks); stops at TRAILER!!!. */
export function readCpio(buf: Uint8Array): CpioRecord[] {
  const dec = new TextDecoder();
  const recs: CpioRecord[] = [];
  let off = 0;
  for (;;) {
    if (off + 110 > buf.length) throw new Error('cpio: truncated header');
    const h = dec.decode(buf.subarray(off, off + 110));
    if (!h.startsWith('070701')) throw new Error(`cpio: bad magic at ${off}`);
    const f = (i: number) => parseInt(h.slice(6 + 8 * i, 14 + 8 * i), 16);
    const mode = f(1);
    const filesize = f(6);
    const namesize = f(11);
    const name = dec.decode(buf.subarray(off + 110, off + 110 + namesize - 1));
    off += 110 + namesize;
    off += pad4(off);
    const data = buf.subarray(off, off + filesize);
    off += filesize;
    off += pad4(off);
    if (name === 'TRAILER!!!') return recs;
    recs.push({ name, mode, rdevMajor: f(9), rdevMinor: f(10), data });
  }
}
