// Builds the RTOS demo guest (src/guests/rtos) into build/guests/rtos.elf: an ELF linked
// and entered at EL1 at 0x4000_0000 (Zephyr qemu_cortex_a53 conventions), with DWARF.
//
//   npx tsx tools/build-rtos.ts            build when out of date
//   npx tsx tools/build-rtos.ts --force    rebuild
//
// Run it with: qemu-system-aarch64 -M virt,gic-version=3 -cpu cortex-a53 -m 128M -nographic
// -kernel build/guests/rtos.elf (or the same options to tools/cli.ts).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUEST_OUT_DIR, GuestBuildError, REPO_ROOT, checkCrossCompiler } from './build-guests.ts';

export const RTOS_SRC_DIR = join(REPO_ROOT, 'src', 'guests', 'rtos');
export const RTOS_ELF = join(GUEST_OUT_DIR, 'rtos.elf');

/** Compiler flags; paths in DWARF are made relative to the repository (reproducible builds). */
export const RTOS_FLAGS = [
  '-O2',
  '-g',
  '-march=armv8-a',
  '-mtune=cortex-a53',
  '-mgeneral-regs-only',
  '-mstrict-align',
  '-Wall',
  '-Wextra',
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
  '-Wl,--build-id=none',
  '-Wl,-z,max-page-size=4096',
  '-Wl,--no-warn-rwx-segments',
  `-ffile-prefix-map=${REPO_ROOT}=.`,
];

export function rtosSources(): string[] {
  return [
    ...readdirSync(RTOS_SRC_DIR)
      .filter((f) => f.endsWith('.c') || f.endsWith('.S'))
      .sort()
      .map((f) => join(RTOS_SRC_DIR, f)),
    join(REPO_ROOT, 'src', 'guests', 'baremetal', 'rt.c'),
  ];
}

/** Compiles rtos.elf when a source, header, the linker script or this script changed. */
export function buildRtos(options: { force?: boolean } = {}): string {
  const cc = checkCrossCompiler();
  mkdirSync(GUEST_OUT_DIR, { recursive: true });
  const srcs = rtosSources();
  const deps = [
    ...srcs,
    ...readdirSync(RTOS_SRC_DIR).map((f) => join(RTOS_SRC_DIR, f)),
    join(REPO_ROOT, 'src', 'guests', 'baremetal', 'rt.h'),
    fileURLToPath(import.meta.url),
  ];
  const args = (out: string): string[] => [...RTOS_FLAGS, `-Wl,-T,${join(RTOS_SRC_DIR, 'link.ld')}`, ...srcs, '-o', out];
  const command = [cc, ...args(RTOS_ELF)].join(' ');
  const stamp = `${RTOS_ELF}.cmd`;
  const newest = Math.max(...deps.map((d) => statSync(d).mtimeMs));
  if (
    !options.force &&
    existsSync(RTOS_ELF) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === command &&
    statSync(RTOS_ELF).mtimeMs >= newest
  ) {
    return RTOS_ELF;
  }
  const tmp = `${RTOS_ELF}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const r = spawnSync(cc, args(tmp), { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    rmSync(tmp, { force: true });
    throw new GuestBuildError(`building rtos.elf failed:\n$ ${command}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  if ((r.stderr ?? '').trim()) process.stderr.write(r.stderr);
  renameSync(tmp, RTOS_ELF);
  writeFileSync(stamp, command);
  return RTOS_ELF;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const elf = buildRtos({ force: process.argv.includes('--force') });
    console.log(`built ${elf.slice(REPO_ROOT.length + 1)}`);
  } catch (err) {
    console.error(`build-rtos: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
