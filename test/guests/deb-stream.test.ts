// Streaming extraction from a Debian package (tools/deb-stream.ts), against packages built by
// the real dpkg-deb and served over HTTP by a local server: only the asked-for files are
// written, and a package whose size or SHA256 differs from the index is refused.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArSplitter, DebStreamError, extractFromDeb, parseAptUris, type AptUri } from '../../tools/deb-stream.ts';
import { elfBuildId } from '../../tools/linux-debug-symbols.ts';

const have = (c: string): boolean => spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status === 0;

function sh(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!have('dpkg-deb') || !have('tar') || !have('xz'))('extractFromDeb', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const files = new Map<string, Buffer>();
  let vmlinux: Buffer;
  let inner: Buffer;
  let deb: Buffer;
  let nested: Buffer;

  const source = (name: string, over: Partial<AptUri> = {}): AptUri => {
    const data = files.get(name)!;
    return { url: `${base}/${name}`, file: name, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), ...over };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-deb-stream-'));
    // A -dbg-like package: the vmlinux first, then other files tar must not write.
    const root = join(dir, 'pkg');
    mkdirSync(join(root, 'DEBIAN'), { recursive: true });
    writeFileSync(join(root, 'DEBIAN', 'control'), 'Package: fake-dbg\nVersion: 1.0\nArchitecture: all\nMaintainer: test <t@example.org>\nDescription: test\n');
    mkdirSync(join(root, 'usr/lib/debug/boot'), { recursive: true });
    vmlinux = randomBytes(3 << 20);
    writeFileSync(join(root, 'usr/lib/debug/boot/vmlinux-1'), vmlinux);
    mkdirSync(join(root, 'usr/lib/debug/z'), { recursive: true });
    writeFileSync(join(root, 'usr/lib/debug/z/other.ko'), randomBytes(1 << 20));
    sh('dpkg-deb', ['-Zxz', '--root-owner-group', '--build', root, join(dir, 'fake.deb')]);
    deb = readFileSync(join(dir, 'fake.deb'));
    files.set('fake.deb', deb);

    // A linux-source-like package: a tree inside a .tar.xz inside the data tarball.
    const src = join(dir, 'src');
    mkdirSync(join(src, 'linux-source-9.9/scripts/gdb/linux'), { recursive: true });
    mkdirSync(join(src, 'linux-source-9.9/kernel'), { recursive: true });
    inner = Buffer.from('print("hello from the kernel tree")\n');
    writeFileSync(join(src, 'linux-source-9.9/scripts/gdb/linux/utils.py'), inner);
    writeFileSync(join(src, 'linux-source-9.9/kernel/sys.c'), 'int x;\n');
    const root2 = join(dir, 'pkg2');
    mkdirSync(join(root2, 'DEBIAN'), { recursive: true });
    mkdirSync(join(root2, 'usr/src'), { recursive: true });
    writeFileSync(join(root2, 'DEBIAN', 'control'), 'Package: fake-source\nVersion: 1.0\nArchitecture: all\nMaintainer: test <t@example.org>\nDescription: test\n');
    sh('tar', ['-cJf', join(root2, 'usr/src/linux-source-9.9.tar.xz'), '-C', src, 'linux-source-9.9']);
    sh('dpkg-deb', ['-Zgzip', '--root-owner-group', '--build', root2, join(dir, 'source.deb')]);
    nested = readFileSync(join(dir, 'source.deb'));
    files.set('source.deb', nested);
    files.set('truncated.deb', deb.subarray(0, deb.length - 1000));
    files.set('notadeb.deb', randomBytes(4096));

    server = createServer((req, res) => {
      const data = files.get(req.url!.slice(1));
      if (data === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/vnd.debian.binary-package' });
      res.end(data);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    rmSync(dir, { recursive: true, force: true });
  });

  const outDir = (name: string): string => {
    const d = join(dir, name);
    mkdirSync(d);
    return d;
  };

  it('writes only the member asked for, stopping tar early but checking the whole package', async () => {
    const out = outDir('one');
    await extractFromDeb(source('fake.deb'), [{ cmd: 'tar', args: ['-x', '-f', '-', '-C', out, '--occurrence=1', './usr/lib/debug/boot/vmlinux-1'] }]);
    expect(readFileSync(join(out, 'usr/lib/debug/boot/vmlinux-1')).equals(vmlinux)).toBe(true);
    expect(existsSync(join(out, 'usr/lib/debug/z'))).toBe(false);
  });

  it('pipes a tarball inside the data tarball into a second tar', async () => {
    const out = outDir('nested');
    await extractFromDeb(source('source.deb'), [
      { cmd: 'tar', args: ['-x', '-f', '-', '-O', '--occurrence=1', './usr/src/linux-source-9.9.tar.xz'] },
      { cmd: 'tar', args: ['-x', '-f', '-', '-C', out, '--xz', '--wildcards', 'linux-source-9.9/scripts/gdb/*'] },
    ]);
    expect(readFileSync(join(out, 'linux-source-9.9/scripts/gdb/linux/utils.py')).equals(inner)).toBe(true);
    expect(existsSync(join(out, 'linux-source-9.9/kernel'))).toBe(false);
  });

  const tarInto = (out: string) => [{ cmd: 'tar', args: ['-x', '-f', '-', '-C', out] }];

  it('refuses a package whose SHA256 is not the index one', async () => {
    const wrong = createHash('sha256').update('something else').digest('hex');
    await expect(extractFromDeb(source('fake.deb', { sha256: wrong }), tarInto(outDir('badsum')))).rejects.toThrow(new RegExp(`SHA256 [0-9a-f]{64}, the index gives ${wrong}`));
  });

  it('refuses a package longer or shorter than the index says', async () => {
    await expect(extractFromDeb(source('fake.deb', { size: deb.length - 10 }), tarInto(outDir('long')))).rejects.toThrow(/more than the \d+ bytes the index gives/);
    await expect(extractFromDeb(source('truncated.deb', { size: deb.length }), tarInto(outDir('short')))).rejects.toThrow(/got \d+ bytes, the index gives \d+/);
  });

  it('says what is wrong with a missing package, a non-package and a member tar does not find', async () => {
    await expect(extractFromDeb(source('fake.deb', { url: `${base}/gone.deb` }), tarInto(outDir('gone')))).rejects.toThrow(/gone\.deb: HTTP 404/);
    await expect(extractFromDeb(source('notadeb.deb'), tarInto(outDir('notadeb')))).rejects.toThrow(DebStreamError);
    await expect(extractFromDeb(source('notadeb.deb'), tarInto(outDir('notadeb2')))).rejects.toThrow(/not a Debian package/);
    await expect(
      extractFromDeb(source('fake.deb'), [{ cmd: 'tar', args: ['-x', '-f', '-', '-C', outDir('nomember'), './usr/lib/debug/boot/vmlinux-2'] }]),
    ).rejects.toThrow(/vmlinux-2: Not found in archive/);
  });
});

describe('deb-stream helpers', () => {
  it('parses apt-get download --print-uris lines', () => {
    const sum = 'ab'.repeat(32);
    expect(parseAptUris(`'http://deb.debian.org/debian/pool/main/l/linux/x_1_arm64.deb' x_1_arm64.deb 804091472 SHA256:${sum}\nnoise\n`)).toEqual([
      { url: 'http://deb.debian.org/debian/pool/main/l/linux/x_1_arm64.deb', file: 'x_1_arm64.deb', size: 804091472, sha256: sum },
    ]);
  });

  it('splits an ar archive fed one byte at a time', () => {
    const member = (name: string, data: string): string => `${name.padEnd(16)}${'0'.padEnd(12)}${'0'.padEnd(6)}${'0'.padEnd(6)}${'100644'.padEnd(8)}${String(data.length).padEnd(10)}\`\n${data}${data.length & 1 ? '\n' : ''}`;
    const ar = Buffer.from(`!<arch>\n${member('debian-binary', '2.0\n')}${member('data.tar.xz/', 'abc')}`, 'latin1');
    const seen: string[] = [];
    const s = new ArSplitter((name, size) => seen.push(`${name}:${size}:`), (b) => (seen[seen.length - 1] += b.toString('latin1')));
    for (let i = 0; i < ar.length; i++) s.push(ar.subarray(i, i + 1));
    expect(seen).toEqual(['debian-binary:4:2.0\n', 'data.tar.xz:3:abc']);
    expect(s.complete).toBe(true);
  });
});

describe.skipIf(!have('aarch64-linux-gnu-gcc') || !have('readelf'))('elfBuildId', () => {
  it('reads the GNU build ID readelf shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zvm-buildid-'));
    try {
      writeFileSync(join(dir, 'a.c'), 'void _start(void) { for (;;) ; }\n');
      sh('aarch64-linux-gnu-gcc', ['-nostdlib', '-static', '-Wl,--build-id=sha1', '-o', join(dir, 'a.elf'), join(dir, 'a.c')]);
      const want = /Build ID: ([0-9a-f]+)/.exec(sh('readelf', ['-n', join(dir, 'a.elf')]))![1];
      expect(elfBuildId(join(dir, 'a.elf'))?.toString('hex')).toBe(want);
      writeFileSync(join(dir, 'not.elf'), 'hello');
      expect(elfBuildId(join(dir, 'not.elf'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
