// The Linux guest's kernel with full DWARF and the kernel's own GDB scripts, from Debian
// packages of exactly the guest's kernel version (`npx tsx tools/linux-guest.ts --debug-symbols`):
//
//   vmlinux                  linux-image-<abi>-arm64-dbg: usr/lib/debug/boot/vmlinux-<abi>-arm64
//                            (the ~800 MB package is streamed; only the vmlinux is written)
//   vmlinux-gdb.py           linux-source-<major.minor>: the kernel tree's scripts/gdb, laid out
//   scripts/gdb/linux/*.py   as in a kernel build directory, so GDB auto-loads vmlinux-gdb.py
//                            beside the vmlinux (once the directory is in its auto-load safe-path)
//   scripts/gdb/linux/constants.py
//                            generated as the kernel's build does (scripts/gdb/linux/Makefile:
//                            `$(CPP) -E -x c -P $(c_flags) constants.py.in`, then everything up to
//                            the `<!-- end-c-headers -->` marker deleted), by aarch64-linux-gnu-gcc
//                            with the include paths and forced includes of the kernel's c_flags,
//                            against Debian's linux-headers-<abi>-common (the kernel's include/ and
//                            arch/arm64/include) and linux-headers-<abi>-arm64 (the configuration
//                            this kernel was built with: include/generated/autoconf.h and the other
//                            generated headers). The headers are deleted afterwards.
//   manifest.json            versions; written last, so a directory with it is complete
//
// Cached in <linux guest cache>/debug/<kernel package>_<version>/: a second run downloads nothing.
// Each package's SHA256 comes from apt's verified index (`apt-get download --print-uris`).

import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DebStreamError, extractFromDeb, parseAptUris, type AptUri } from './deb-stream.ts';
import { LinuxGuestError, ensureLinuxGuest, linuxGuestCacheDir, type LinuxGuest } from './linux-guest.ts';

export interface LinuxDebugSymbols {
  dir: string;
  /** The kernel ELF with DWARF, at its link addresses (the guest kernel runs there: no KASLR seed on our board). */
  vmlinux: string;
  /** The kernel's GDB scripts' loader; `source` it in the Linux inferior, or let GDB auto-load it. */
  gdbScript: string;
  kernelPackage: string;
  kernelVersion: string;
}

interface Manifest {
  kernelPackage: string;
  kernelVersion: string;
  buildId: string;
  format: number;
}

const FORMAT = 1;
const CROSS_CPP = 'aarch64-linux-gnu-gcc';

function log(msg: string): void {
  process.stderr.write(`[linux-guest] ${msg}\n`);
}

/** The package names for a kernel package like linux-image-6.1.0-57-arm64. */
export function debugPackages(kernelPackage: string): { abi: string; dbg: string; source: string; headersCommon: string; headersArch: string } {
  const m = /^linux-image-((\d+\.\d+)\.\d+-[^-]+)-arm64$/.exec(kernelPackage);
  if (!m) throw new LinuxGuestError(`cannot tell the kernel ABI from the package name ${kernelPackage}`);
  const abi = m[1]!;
  return {
    abi,
    dbg: `${kernelPackage}-dbg`,
    source: `linux-source-${m[2]}`,
    headersCommon: `linux-headers-${abi}-common`,
    headersArch: `linux-headers-${abi}-arm64`,
  };
}

export function linuxDebugSymbolsDir(kernelPackage: string, kernelVersion: string): string {
  return join(linuxGuestCacheDir(), 'debug', `${kernelPackage}_${kernelVersion.replace(/[^\w.+-]/g, '_')}`);
}

function result(dir: string, m: Manifest): LinuxDebugSymbols {
  return { dir, vmlinux: join(dir, 'vmlinux'), gdbScript: join(dir, 'vmlinux-gdb.py'), kernelPackage: m.kernelPackage, kernelVersion: m.kernelVersion };
}

/** The cached symbols of `guest`'s kernel, or null (nothing is fetched). */
export function cachedLinuxDebugSymbols(guest: Pick<LinuxGuest, 'kernelPackage' | 'kernelVersion'>): LinuxDebugSymbols | null {
  const dir = linuxDebugSymbolsDir(guest.kernelPackage, guest.kernelVersion);
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (m.format !== FORMAT || !existsSync(join(dir, 'vmlinux')) || !existsSync(join(dir, 'scripts', 'gdb', 'linux', 'constants.py'))) return null;
    return result(dir, m);
  } catch {
    return null;
  }
}

/** Reads `length` bytes at `offset` of an open file (fewer at its end). */
function pread(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  return buf.subarray(0, readSync(fd, buf, 0, length, offset));
}

/** The GNU build ID (NT_GNU_BUILD_ID in a PT_NOTE segment) of a little-endian ELF64 file, or null. */
export function elfBuildId(path: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const eh = pread(fd, 0, 64);
    if (eh.length < 64 || eh.readUInt32BE(0) !== 0x7f454c46 || eh[4] !== 2 || eh[5] !== 1) return null;
    const phoff = Number(eh.readBigUInt64LE(0x20));
    const phentsize = eh.readUInt16LE(0x36);
    const phnum = eh.readUInt16LE(0x38);
    for (let i = 0; i < phnum; i++) {
      const ph = pread(fd, phoff + i * phentsize, 56);
      if (ph.length < 56 || ph.readUInt32LE(0) !== 4 /* PT_NOTE */) continue;
      const notes = pread(fd, Number(ph.readBigUInt64LE(8)), Math.min(Number(ph.readBigUInt64LE(32)), 1 << 16));
      for (let at = 0; at + 12 <= notes.length; ) {
        const namesz = notes.readUInt32LE(at);
        const descsz = notes.readUInt32LE(at + 4);
        const type = notes.readUInt32LE(at + 8);
        const desc = at + 12 + ((namesz + 3) & ~3);
        if (type === 3 /* NT_GNU_BUILD_ID */ && notes.toString('latin1', at + 12, at + 12 + namesz) === 'GNU\0') return notes.subarray(desc, desc + descsz);
        at = desc + ((descsz + 3) & ~3);
      }
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Each package's download, in the order of `specs` (NAME[:ARCH]=VERSION; apt answers in its own order). */
function aptUris(specs: string[]): AptUri[] {
  const r = spawnSync('apt-get', ['download', '--print-uris', ...specs], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new LinuxGuestError(
      `apt cannot find ${specs.join(' ')}: ${(r.stderr || r.stdout).trim().slice(-500)}\n` +
        '(the guest kernel may have been superseded: rebuild the guest with npx tsx tools/linux-guest.ts, or run apt-get update as root)',
    );
  }
  const uris = parseAptUris(r.stdout);
  return specs.map((spec) => {
    const name = spec.replace(/[:=].*$/, '');
    const uri = uris.find((u) => u.file.startsWith(`${name}_`));
    if (uri === undefined) throw new LinuxGuestError(`apt-get download --print-uris ${spec} named no package file:\n${r.stdout}`);
    return uri;
  });
}

function hasCommand(c: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${c}`], { stdio: 'ignore' }).status === 0;
}

/** Runs the preprocessor step of scripts/gdb/linux/Makefile against the unpacked headers. */
export function generateConstantsPy(constantsIn: string, srctree: string, objtree: string): string {
  const inc = (...p: string[]) => ['-I', join(...p)];
  const args = [
    '-E', '-x', 'c', '-P', '-nostdinc', '-D__KERNEL__', '-mlittle-endian',
    // LINUXINCLUDE and USERINCLUDE of the kernel's Makefile, in its order.
    ...inc(srctree, 'arch/arm64/include'), ...inc(objtree, 'arch/arm64/include/generated'),
    ...inc(srctree, 'include'), ...inc(objtree, 'include'),
    ...inc(srctree, 'arch/arm64/include/uapi'), ...inc(objtree, 'arch/arm64/include/generated/uapi'),
    ...inc(srctree, 'include/uapi'), ...inc(objtree, 'include/generated/uapi'),
    '-include', join(srctree, 'include/linux/compiler-version.h'),
    '-include', join(srctree, 'include/linux/kconfig.h'),
    // c_flags (scripts/Makefile.lib) force this one too, as for any kernel C file.
    '-include', join(srctree, 'include/linux/compiler_types.h'),
    constantsIn,
  ];
  // kconfig.h includes generated/autoconf.h, which it finds through objtree/include.
  const r = spawnSync(CROSS_CPP, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (r.error || r.status !== 0) throw new LinuxGuestError(`${CROSS_CPP} -E constants.py.in failed: ${(r.error?.message ?? r.stderr).trim().slice(-2000)}`);
  const marker = r.stdout.indexOf('<!-- end-c-headers -->');
  if (marker < 0) throw new LinuxGuestError('constants.py.in: no <!-- end-c-headers --> marker in the preprocessed output');
  const text = r.stdout.slice(r.stdout.indexOf('\n', marker) + 1);
  if (!/^LX_CONFIG_DEBUG_INFO_REDUCED = [01]$/m.test(text)) throw new LinuxGuestError(`constants.py came out without the kernel's configuration:\n${text.slice(0, 2000)}`);
  return text;
}

/** Fetches (or reuses) the vmlinux and GDB scripts of the guest's kernel. Throws LinuxGuestError with what to do. */
export async function ensureLinuxDebugSymbols(options: { force?: boolean; quiet?: boolean; guest?: LinuxGuest } = {}): Promise<LinuxDebugSymbols> {
  const guest = options.guest ?? ensureLinuxGuest({ quiet: options.quiet });
  const cached = cachedLinuxDebugSymbols(guest);
  if (cached && !options.force) return cached;

  for (const c of ['apt-get', 'tar', 'xz', CROSS_CPP]) {
    if (!hasCommand(c)) throw new LinuxGuestError(`--debug-symbols needs ${c} (apt-get install ${c === CROSS_CPP ? 'gcc-aarch64-linux-gnu' : c === 'xz' ? 'xz-utils' : c})`);
  }
  const p = debugPackages(guest.kernelPackage);
  const v = guest.kernelVersion;
  const [dbg, source, headersCommon, headersArch] = aptUris([`${p.dbg}:arm64=${v}`, `${p.source}=${v}`, `${p.headersCommon}=${v}`, `${p.headersArch}:arm64=${v}`]);

  const dir = linuxDebugSymbolsDir(guest.kernelPackage, guest.kernelVersion);
  mkdirSync(join(dir, '..'), { recursive: true });
  const work = mkdtempSync(`${dir}.tmp-`);
  try {
    const tarX = (into: string, ...rest: string[]) => ({ cmd: 'tar', args: ['-x', '-f', '-', '-C', into, ...rest] });
    const mk = (name: string) => {
      mkdirSync(join(work, name));
      return join(work, name);
    };
    const [dbgDir, srcDir, hdrDir] = [mk('dbg'), mk('src'), mk('hdr')];
    const vmlinuxMember = `./usr/lib/debug/boot/vmlinux-${p.abi}-arm64`;
    const started = Date.now();
    if (!options.quiet) log(`streaming ${dbg!.file} (${(dbg!.size / 1e6).toFixed(0)} MB) for its vmlinux, and ${source!.file}, ${headersCommon!.file}, ${headersArch!.file}`);
    const fetches: [AptUri, Parameters<typeof extractFromDeb>[1]][] = [
      // --occurrence: tar stops once the vmlinux is out (the rest is only hashed).
      [dbg!, [tarX(dbgDir, '--occurrence=1', vmlinuxMember)]],
      [source!, [
        { cmd: 'tar', args: ['-x', '-f', '-', '-O', '--occurrence=1', `./usr/src/${p.source}.tar.xz`] },
        tarX(srcDir, '--xz', '--wildcards', `${p.source}/scripts/gdb/*`),
      ]],
      [headersCommon!, [tarX(hdrDir, `./usr/src/${p.headersCommon}/include`, `./usr/src/${p.headersCommon}/arch/arm64/include`)]],
      [headersArch!, [tarX(hdrDir, `./usr/src/${p.headersArch}/include`, `./usr/src/${p.headersArch}/arch/arm64/include`)]],
    ];
    try {
      await Promise.all(fetches.map(([uri, stages]) => extractFromDeb(uri, stages)));
    } catch (e) {
      if (e instanceof DebStreamError) throw new LinuxGuestError(e.message);
      throw e;
    }
    if (!options.quiet) log(`downloaded and extracted in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const out = mk('out');
    const vmlinux = join(dbgDir, vmlinuxMember);
    if (!existsSync(vmlinux)) throw new LinuxGuestError(`${dbg!.file}: no ${vmlinuxMember}`);
    // The symbols must be those of the kernel that runs: the Image (the vmlinux's loadable
    // bytes, .notes included) holds the vmlinux's build ID.
    const buildId = elfBuildId(vmlinux);
    if (buildId === null) throw new LinuxGuestError(`${dbg!.file}: its vmlinux has no GNU build ID`);
    if (!readFileSync(guest.image).includes(buildId)) {
      throw new LinuxGuestError(`${dbg!.file}'s vmlinux (build ID ${buildId.toString('hex')}) is not the guest's kernel ${guest.image}`);
    }
    renameSync(vmlinux, join(out, 'vmlinux'));

    const gdbSrc = join(srcDir, p.source, 'scripts', 'gdb');
    if (!existsSync(join(gdbSrc, 'vmlinux-gdb.py'))) throw new LinuxGuestError(`${source!.file}: no scripts/gdb/vmlinux-gdb.py`);
    copyFileSync(join(gdbSrc, 'vmlinux-gdb.py'), join(out, 'vmlinux-gdb.py'));
    const linuxPy = join(out, 'scripts', 'gdb', 'linux');
    mkdirSync(linuxPy, { recursive: true });
    for (const f of readdirSync(join(gdbSrc, 'linux'))) if (f.endsWith('.py')) copyFileSync(join(gdbSrc, 'linux', f), join(linuxPy, f));
    const constants = generateConstantsPy(
      join(gdbSrc, 'linux', 'constants.py.in'),
      join(hdrDir, 'usr', 'src', p.headersCommon),
      join(hdrDir, 'usr', 'src', p.headersArch),
    );
    writeFileSync(join(linuxPy, 'constants.py'), constants);

    const manifest: Manifest = { kernelPackage: guest.kernelPackage, kernelVersion: v, buildId: buildId.toString('hex'), format: FORMAT };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    if (existsSync(dir)) renameSync(dir, join(work, 'old'));
    renameSync(out, dir);
    if (!options.quiet) log(`debug symbols in ${dir}`);
    return result(dir, manifest);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
