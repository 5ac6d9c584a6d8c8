// Builds the images of the default system from source, reproducibly:
//   zvm_host.elf  the built-in hypervisor (src/zvm/firmware), ELF with symbols and DWARF
//   rtos.elf      the RTOS demo guest (src/guests/rtos) in its continuous mode, for GDB symbols
//   rtos.bin      the same as a raw image, staged at 0xE000_0000 like a Zephyr zephyr.bin
//
//   npx tsx tools/build-zvm.ts                 build into build/zvm/
//   npx tsx tools/build-zvm.ts --update        build and refresh the prebuilt copies in images/
//
// `npm start` uses the prebuilt copies in images/ (no compiler needed); a test rebuilds
// them and compares byte for byte when the same compiler is installed (images/BUILDINFO).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuestBuildError, REPO_ROOT, checkCrossCompiler, crossPrefix } from './build-guests.ts';
import { RTOS_FLAGS, RTOS_SRC_DIR, rtosSources } from './build-rtos.ts';

export const ZVM_SRC_DIR = join(REPO_ROOT, 'src', 'zvm', 'firmware');
export const ZVM_BUILD_DIR = join(REPO_ROOT, 'build', 'zvm');
export const IMAGES_DIR = join(REPO_ROOT, 'images');
export const IMAGE_FILES = ['zvm_host.elf', 'rtos.elf', 'rtos.bin'] as const;

/** The hypervisor: Armv8.2-A with LSE like ZVM (-mcpu=cortex-a55); EL2 code never uses FP. */
const ZVM_FLAGS = [
  '-O2',
  '-g',
  '-mcpu=cortex-a55',
  '-mgeneral-regs-only',
  '-mno-outline-atomics',
  '-Wall',
  '-Wextra',
  '-Werror',
  '-ffreestanding',
  '-fno-builtin',
  '-nostdlib',
  '-nostartfiles',
  '-static',
  '-fno-pie',
  '-no-pie',
  '-fno-stack-protector',
  '-fno-asynchronous-unwind-tables',
  '-fno-unwind-tables',
  '-fno-common',
  '-fno-omit-frame-pointer',
  `-ffile-prefix-map=${REPO_ROOT}=.`,
  '-Wl,--build-id=none',
  '-Wl,-z,max-page-size=4096',
  '-Wl,--no-warn-rwx-segments',
];

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new GuestBuildError(`${cmd} failed:\n$ ${[cmd, ...args].join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}${r.error?.message ?? ''}`);
  }
}

/**
 * Compiles each source to a named object, then links: one gcc call for everything would
 * leave its random temporary object names in the symbol table (not reproducible).
 */
function link(cc: string, flags: string[], script: string, sources: string[], objDir: string, out: string): void {
  mkdirSync(objDir, { recursive: true });
  const objects = sources.map((src) => {
    const obj = join(objDir, `${basename(src).replace(/\.[cS]$/, '')}.o`);
    run(cc, [...flags, '-c', src, '-o', obj]);
    return obj;
  });
  run(cc, [...flags, `-Wl,-T,${script}`, ...objects, '-o', out]);
}

/** The compiler's version line, recorded with the prebuilt images. */
export function compilerVersion(): string {
  const cc = checkCrossCompiler();
  return spawnSync(cc, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]!.trim();
}

/** Builds zvm_host.elf, rtos.elf and rtos.bin into `outDir`; returns their paths. */
export function buildZvmImages(outDir: string = ZVM_BUILD_DIR): Record<(typeof IMAGE_FILES)[number], string> {
  const cc = checkCrossCompiler();
  mkdirSync(outDir, { recursive: true });
  const zvmSources = readdirSync(ZVM_SRC_DIR)
    .filter((f) => f.endsWith('.c') || f.endsWith('.S'))
    .sort()
    .map((f) => join(ZVM_SRC_DIR, f));
  const host = join(outDir, 'zvm_host.elf');
  const rtosElf = join(outDir, 'rtos.elf');
  const rtosBin = join(outDir, 'rtos.bin');
  link(cc, ZVM_FLAGS, join(ZVM_SRC_DIR, 'link.ld'), zvmSources, join(outDir, 'obj-zvm'), host);
  link(cc, [...RTOS_FLAGS, '-DRTOS_CONTINUOUS=1'], join(RTOS_SRC_DIR, 'link.ld'), rtosSources(), join(outDir, 'obj-rtos'), rtosElf);
  run(`${crossPrefix()}objcopy`, ['-O', 'binary', rtosElf, rtosBin]);
  return { 'zvm_host.elf': host, 'rtos.elf': rtosElf, 'rtos.bin': rtosBin };
}

export const HOSTILE_SRC_DIR = join(REPO_ROOT, 'src', 'guests', 'hostile');

/**
 * The hostile test guest (src/guests/hostile): an arm64 Image the hypervisor runs as a
 * "linux" VM, for the isolation tests. Built on demand, not shipped in images/.
 */
export function buildHostileImage(outDir: string = ZVM_BUILD_DIR): string {
  const cc = checkCrossCompiler();
  mkdirSync(outDir, { recursive: true });
  const sources = [join(HOSTILE_SRC_DIR, 'start.S'), join(HOSTILE_SRC_DIR, 'hostile.c'), join(REPO_ROOT, 'src', 'guests', 'baremetal', 'rt.c')];
  const elf = join(outDir, 'hostile.elf');
  const bin = join(outDir, 'hostile.bin');
  link(cc, RTOS_FLAGS, join(HOSTILE_SRC_DIR, 'link.ld'), sources, join(outDir, 'obj-hostile'), elf);
  run(`${crossPrefix()}objcopy`, ['-O', 'binary', elf, bin]);
  return bin;
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** images/BUILDINFO: the compiler that built the prebuilt images and their hashes. */
export interface BuildInfo {
  compiler: string;
  sha256: Record<string, string>;
}

export function readBuildInfo(): BuildInfo {
  return JSON.parse(readFileSync(join(IMAGES_DIR, 'BUILDINFO.json'), 'utf8')) as BuildInfo;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const built = buildZvmImages();
    console.log(`built ${buildHostileImage().slice(REPO_ROOT.length + 1)}`);
    for (const f of IMAGE_FILES) console.log(`built ${built[f].slice(REPO_ROOT.length + 1)}`);
    if (process.argv.includes('--update')) {
      mkdirSync(IMAGES_DIR, { recursive: true });
      const info: BuildInfo = { compiler: compilerVersion(), sha256: {} };
      for (const f of IMAGE_FILES) {
        copyFileSync(built[f], join(IMAGES_DIR, f));
        info.sha256[f] = sha256File(built[f]);
      }
      writeFileSync(join(IMAGES_DIR, 'BUILDINFO.json'), JSON.stringify(info, null, 2) + '\n');
      console.log(`updated images/ (${info.compiler})`);
    }
  } catch (err) {
    console.error(`build-zvm: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
