// Builds the Linux test guest from Debian packages only, cached outside the repository:
//
//   Image               Debian's arm64 kernel (linux-image-<ver>-arm64, the package that
//                       linux-image-arm64 depends on), boot/vmlinuz-* decompressed to a raw
//                       arm64 Image
//   initramfs.cpio.gz   busybox-static:arm64 plus src/guests/linux/init (newc cpio, gzip)
//   System.map          the kernel's symbols, read from the Image's own kallsyms table
//                       (tools/kallsyms.ts): the deb's boot/System.map-* is only a stub
//                       pointing at the -dbg package
//   manifest.json       the package versions and the init script's hash it was built from
//
//   npx tsx tools/linux-guest.ts            build if missing/out of date, print the paths
//   npx tsx tools/linux-guest.ts --force    rebuild
//   npx tsx tools/linux-guest.ts --debug-symbols
//                                           also the kernel's vmlinux with DWARF and its GDB
//                                           scripts (tools/linux-debug-symbols.ts)
//
// Cache: $ZVM_LINUX_CACHE, else $XDG_CACHE_HOME/zvm-gdbserver/linux, else
// ~/.cache/zvm-gdbserver/linux. Fetching the packages needs root (dpkg --add-architecture
// arm64, apt-get update, apt-get download); without root it says what to run.
// Boot it like: qemu-system-aarch64 -machine virt,gic-version=3 -cpu cortex-a53 -m 512M
//   -nographic -kernel Image -initrd initramfs.cpio.gz -append "console=ttyAMA0"

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeCpio, type CpioEntry } from '../src/guests/linux/cpio.ts';
import { KallsymsError, formatSystemMap, imageKallsyms } from './kallsyms.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const INIT_SCRIPT = join(REPO_ROOT, 'src', 'guests', 'linux', 'init');

/** Console lines the guest's /init prints. */
export const LINUX_MARKER_READY = 'ZVM-LINUX-MARKER: shell ready';
export const LINUX_MARKER_DONE = 'ZVM-LINUX-MARKER: done';

export class LinuxGuestError extends Error {}

export interface LinuxGuest {
  dir: string;
  /** Raw arm64 kernel Image. */
  image: string;
  /** gzip'd newc initramfs. */
  initrd: string;
  /** The kernel's System.map (text symbols and `_text`, link addresses). */
  systemMap: string;
  kernelPackage: string;
  kernelVersion: string;
  busyboxVersion: string;
}

interface Manifest {
  kernelPackage: string;
  kernelVersion: string;
  busyboxVersion: string;
  initSha256: string;
  format: number;
}

/** Bump when the layout of the initramfs changes. */
const FORMAT = 1;

export function linuxGuestCacheDir(): string {
  if (process.env.ZVM_LINUX_CACHE) return resolve(process.env.ZVM_LINUX_CACHE);
  const base = process.env.XDG_CACHE_HOME ? resolve(process.env.XDG_CACHE_HOME) : join(homedir(), '.cache');
  return join(base, 'zvm-gdbserver', 'linux');
}

function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new LinuxGuestError(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new LinuxGuestError(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).trim().slice(-2000)}`);
  return r.stdout;
}

function tryRun(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return r.status === 0 ? r.stdout : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function hasCommand(c: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status === 0;
}

const SETUP_HINT =
  'as root: dpkg --add-architecture arm64 && apt-get update (then rerun: npx tsx tools/linux-guest.ts)';

/** Candidate version of `pkg` (e.g. "busybox-static:arm64"), or null when apt does not know it. */
function candidateVersion(pkg: string): string | null {
  const out = tryRun('apt-cache', ['policy', pkg]);
  const m = out?.match(/Candidate:\s*(\S+)/);
  return m && m[1] !== '(none)' ? m[1] : null;
}

/** Makes sure apt knows the arm64 packages (adds the architecture and updates, as root). */
function ensureArm64Apt(): void {
  if (!hasCommand('apt-get') || !hasCommand('dpkg-deb')) {
    throw new LinuxGuestError('the Linux guest is built from Debian packages: apt-get and dpkg-deb are needed (a Debian or Ubuntu host)');
  }
  if (candidateVersion('linux-image-arm64:arm64') !== null && candidateVersion('busybox-static:arm64') !== null) return;
  if (!isRoot()) throw new LinuxGuestError(`apt does not know the arm64 packages; ${SETUP_HINT}`);
  const archs = run('dpkg', ['--print-foreign-architectures']).split(/\s+/);
  if (!archs.includes('arm64')) run('dpkg', ['--add-architecture', 'arm64']);
  log('apt-get update');
  run('apt-get', ['update', '-qq']);
  if (candidateVersion('linux-image-arm64:arm64') === null) {
    throw new LinuxGuestError('apt has no linux-image-arm64:arm64 even after apt-get update (check the Debian sources)');
  }
}

/** The versioned kernel package the linux-image-arm64 metapackage depends on. */
function kernelPackageName(): string {
  const out = run('apt-cache', ['depends', 'linux-image-arm64:arm64']);
  const m = out.match(/Depends:\s*(linux-image-[0-9][^\s:]*-arm64)(?::arm64)?/);
  if (!m) throw new LinuxGuestError(`cannot find the kernel package linux-image-arm64 depends on:\n${out}`);
  return m[1];
}

function log(msg: string): void {
  process.stderr.write(`[linux-guest] ${msg}\n`);
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Checks an arm64 Image header: magic "ARM\x64" at 0x38. */
export function isArm64Image(data: Uint8Array): boolean {
  return data.length >= 64 && data[0x38] === 0x41 && data[0x39] === 0x52 && data[0x3a] === 0x4d && data[0x3b] === 0x64;
}

/** The initramfs: directories, busybox, /dev/console and /init (and `extra` files, for tests). */
export function buildInitramfs(busybox: Uint8Array, init: Uint8Array, extra: readonly CpioEntry[] = []): Uint8Array {
  const dirs = ['bin', 'sbin', 'usr', 'usr/bin', 'usr/sbin', 'dev', 'proc', 'sys', 'tmp', 'etc', 'root', 'mnt', 'run'];
  const entries: CpioEntry[] = [
    ...dirs.map((path): CpioEntry => ({ kind: 'dir', path, mode: path === 'tmp' ? 0o1777 : 0o755 })),
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1, mode: 0o600 },
    { kind: 'chardev', path: 'dev/null', major: 1, minor: 3, mode: 0o666 },
    { kind: 'file', path: 'bin/busybox', data: busybox, mode: 0o755 },
    { kind: 'symlink', path: 'bin/sh', target: 'busybox' },
    { kind: 'file', path: 'init', data: init, mode: 0o755 },
    ...extra,
  ];
  return gzipSync(writeCpio(entries), { level: 9 });
}

/** Writes the kernel's System.map, from the kallsyms table inside its Image. */
function writeSystemMap(image: Uint8Array, path: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, formatSystemMap(imageKallsyms(image)));
  } catch (e) {
    if (e instanceof KallsymsError) throw new LinuxGuestError(`System.map: ${e.message}`);
    throw e;
  }
  renameSync(tmp, path);
}

function guestIn(dir: string, m: Manifest): LinuxGuest {
  return {
    dir,
    image: join(dir, 'Image'),
    initrd: join(dir, 'initramfs.cpio.gz'),
    systemMap: join(dir, 'System.map'),
    kernelPackage: m.kernelPackage,
    kernelVersion: m.kernelVersion,
    busyboxVersion: m.busyboxVersion,
  };
}

/** The guest as last built, without asking apt whether it is current (null: none built). */
export function cachedLinuxGuest(): LinuxGuest | null {
  const current = join(linuxGuestCacheDir(), 'current');
  const m = readManifest(current);
  if (m === null || m.format !== FORMAT || !existsSync(join(current, 'Image')) || !existsSync(join(current, 'initramfs.cpio.gz'))) return null;
  return guestIn(current, m);
}

/** Builds (or reuses) the guest; returns the paths. Throws LinuxGuestError with what to do. */
export function ensureLinuxGuest(options: { force?: boolean; quiet?: boolean } = {}): LinuxGuest {
  const cache = linuxGuestCacheDir();
  const init = readFileSync(INIT_SCRIPT);
  const initSha256 = sha256(init);
  const current = join(cache, 'current');
  const have = readManifest(current);
  const done = (m: Manifest): LinuxGuest => guestIn(current, m);
  const usable = (m: Manifest | null): m is Manifest =>
    m !== null && m.format === FORMAT && existsSync(join(current, 'Image')) && existsSync(join(current, 'initramfs.cpio.gz'));

  // Caches built before System.map was kept get it from their Image (no download needed).
  if (usable(have) && !existsSync(join(current, 'System.map'))) {
    writeSystemMap(readFileSync(join(current, 'Image')), join(current, 'System.map'));
  }

  // A cached build is reused as long as the init script is the same; the packages are only
  // re-resolved when apt is usable (an offline machine keeps its cached guest).
  if (!options.force && usable(have) && have.initSha256 === initSha256) {
    const kpkg = tryRun('apt-cache', ['depends', 'linux-image-arm64:arm64'])?.match(/Depends:\s*(linux-image-[0-9][^\s:]*-arm64)/)?.[1];
    const kver = kpkg ? candidateVersion(`${kpkg}:arm64`) : null;
    const bver = candidateVersion('busybox-static:arm64');
    if (kpkg === undefined || kver === null || bver === null) return done(have);
    if (kpkg === have.kernelPackage && kver === have.kernelVersion && bver === have.busyboxVersion) return done(have);
  }

  ensureArm64Apt();
  const kernelPackage = kernelPackageName();
  const kernelVersion = candidateVersion(`${kernelPackage}:arm64`);
  const busyboxVersion = candidateVersion('busybox-static:arm64');
  if (kernelVersion === null || busyboxVersion === null) throw new LinuxGuestError(`apt cannot find ${kernelPackage}:arm64 or busybox-static:arm64; ${SETUP_HINT}`);

  // Packages are kept per version so a rebuild after an init change does not download again.
  const debs = join(cache, 'debs');
  mkdirSync(debs, { recursive: true });
  const fetch = (pkg: string, version: string): string => {
    const found = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('_arm64.deb') && f.includes(version.replace(/^\d+:/, '')));
    if (found) return join(debs, found);
    if (!options.quiet) log(`apt-get download ${pkg}:arm64=${version}`);
    // apt-get download as root warns that the _apt user cannot write the folder; harmless.
    run('apt-get', ['download', '-q', `${pkg}:arm64=${version}`], debs);
    const got = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('_arm64.deb') && f.includes(version.replace(/^\d+:/, '')));
    if (!got) throw new LinuxGuestError(`apt-get download ${pkg}:arm64 produced no .deb in ${debs}`);
    return join(debs, got);
  };
  const kernelDeb = fetch(kernelPackage, kernelVersion);
  const busyboxDeb = fetch('busybox-static', busyboxVersion);

  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'build-'));
  try {
    const kx = join(work, 'kernel');
    const bx = join(work, 'busybox');
    run('dpkg-deb', ['-x', kernelDeb, kx]);
    run('dpkg-deb', ['-x', busyboxDeb, bx]);
    const vmlinuz = readdirSync(join(kx, 'boot')).find((f) => f.startsWith('vmlinuz-'));
    if (!vmlinuz) throw new LinuxGuestError(`${kernelDeb}: no boot/vmlinuz-*`);
    let image: Uint8Array = readFileSync(join(kx, 'boot', vmlinuz));
    if (image[0] === 0x1f && image[1] === 0x8b) image = gunzipSync(image);
    if (!isArm64Image(image)) throw new LinuxGuestError(`${vmlinuz}: not an arm64 Image (no ARM\\x64 magic at 0x38)`);
    const busybox = readFileSync(join(bx, 'bin', 'busybox'));

    const out = join(work, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'Image'), image);
    writeFileSync(join(out, 'initramfs.cpio.gz'), buildInitramfs(busybox, init));
    writeSystemMap(image, join(out, 'System.map'));
    const manifest: Manifest = { kernelPackage, kernelVersion, busyboxVersion, initSha256, format: FORMAT };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    // Swap in atomically-enough: another builder may have finished first, which is fine.
    const old = join(work, 'old');
    if (existsSync(current)) renameSync(current, old);
    renameSync(out, current);
    if (!options.quiet) log(`built ${current} (${kernelPackage} ${kernelVersion}, busybox-static ${busyboxVersion})`);
    return done(manifest);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function cli(): Promise<void> {
  try {
    const force = process.argv.includes('--force');
    const g = ensureLinuxGuest({ force });
    process.stdout.write(
      `kernel  ${g.image}\ninitrd  ${g.initrd}\nsymbols ${g.systemMap}\npackages ${g.kernelPackage} ${g.kernelVersion}, busybox-static ${g.busyboxVersion}\n`,
    );
    if (process.argv.includes('--debug-symbols')) {
      // Imported here, not awaited at top level: that module imports this one.
      const { ensureLinuxDebugSymbols } = await import('./linux-debug-symbols.ts');
      const d = await ensureLinuxDebugSymbols({ force, guest: g });
      process.stdout.write(`vmlinux ${d.vmlinux}\ngdb scripts ${d.gdbScript}\n`);
    }
  } catch (e) {
    if (e instanceof LinuxGuestError) {
      process.stderr.write(`linux-guest: ${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void cli();
