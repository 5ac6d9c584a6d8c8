// Builds the bare-metal guest programs of src/guests/baremetal into build/guests/<name>.elf.
//
//   npx tsx tools/build-guests.ts            build what is out of date
//   npx tsx tools/build-guests.ts --force    rebuild everything
//   npx tsx tools/build-guests.ts --hosted   also build Linux (glibc, static) twins of the
//                                            programs into build/guests/hosted/, runnable
//                                            with qemu-aarch64, to check outputs against glibc
//
// The cross compiler defaults to aarch64-linux-gnu-gcc; set CROSS_COMPILE to use another
// prefix (e.g. CROSS_COMPILE=aarch64-none-elf-).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GUEST_SRC_DIR = join(REPO_ROOT, 'src', 'guests', 'baremetal');
export const GUEST_OUT_DIR = join(REPO_ROOT, 'build', 'guests');
export const HOSTED_OUT_DIR = join(GUEST_OUT_DIR, 'hosted');

/**
 * test/gdb/bench: integer-only programs for `-cpu cortex-a53` (-march=armv8-a, general
 * registers only). isa: FP, AdvSIMD and LSE atomics programs for `-cpu max`, built with
 * -march=armv8.2-a and the vectoriser on (ISA_CODEGEN_FLAGS). el2: integer programs that
 * start at EL2 (`-M virt,virtualization=on -cpu max`) on the crt0-el2.S runtime; no
 * Linux twins.
 */
export type GuestKind = 'test' | 'gdb' | 'bench' | 'isa' | 'el2';

export interface GuestSpec {
  /** Output name: build/guests/<name>.elf */
  name: string;
  /** The program, i.e. progs/<program>.c */
  program: string;
  /** Optimisation flag, e.g. '-O2' */
  opt: string;
  kind: GuestKind;
  /** Extra compiler flags (e.g. '-g'). */
  extra: string[];
}

/** Self-checking test programs; each is built at three optimisation levels. */
export const TEST_PROGRAMS = ['arith', 'bits', 'sort', 'strings', 'crc', 'sieve', 'control', 'memops'] as const;
export const TEST_OPT_LEVELS = ['-O0', '-O2', '-O3'] as const;

/** FP / AdvSIMD / atomics programs (kind 'isa'), run with `-cpu max`; built once at -O2. */
export const ISA_PROGRAMS = ['fpmath', 'simdloops', 'strmem', 'atomics'] as const;

/** Machine-level programs that start at EL2 (kind 'el2'); built once at -O2. */
export const EL2_PROGRAMS = ['mmuctl', 'faults', 'pmu', 'debug'] as const;

export const GUESTS: readonly GuestSpec[] = [
  ...TEST_PROGRAMS.flatMap((program) =>
    TEST_OPT_LEVELS.map((opt) => ({ name: `${program}${opt}`, program, opt, kind: 'test' as const, extra: [] })),
  ),
  { name: 'gdbdemo', program: 'gdbdemo', opt: '-O0', kind: 'gdb', extra: ['-g'] },
  { name: 'bench', program: 'bench', opt: '-O2', kind: 'bench', extra: [] },
  { name: 'bench-empty', program: 'bench-empty', opt: '-O2', kind: 'bench', extra: [] },
  ...ISA_PROGRAMS.map((program) => ({ name: program, program, opt: '-O2', kind: 'isa' as const, extra: [] })),
  ...EL2_PROGRAMS.map((program) => ({ name: program, program, opt: '-O2', kind: 'el2' as const, extra: [] })),
];

/**
 * Code generation for the board as we emulate it: base A64 integer instructions only
 * (no FP/SIMD registers) and no unaligned accesses (with the MMU off all data accesses
 * are Device memory, where unaligned accesses fault).
 */
const CODEGEN_FLAGS = ['-march=armv8-a', '-mtune=cortex-a53', '-mgeneral-regs-only', '-mstrict-align'];
/**
 * The 'isa' programs: FP/SIMD registers allowed, auto-vectorised, LSE atomics inline (not
 * the libgcc out-of-line helpers), sqrt/floor/lround & co. as instructions rather than libm
 * calls (-fno-math-errno). Still no unaligned accesses (Device memory, MMU off).
 */
const ISA_CODEGEN_FLAGS = ['-march=armv8.2-a', '-ftree-vectorize', '-fno-math-errno', '-mno-outline-atomics', '-mstrict-align'];

function codegenFlags(spec: GuestSpec): string[] {
  return spec.kind === 'isa' ? ISA_CODEGEN_FLAGS : CODEGEN_FLAGS;
}
const WARN_FLAGS = ['-Wall', '-Wextra', '-Wno-unused-function'];
const BAREMETAL_FLAGS = [
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
];
const BAREMETAL_LINK = [
  '-Wl,--build-id=none',
  '-Wl,-z,max-page-size=4096',
  '-Wl,--no-warn-rwx-segments',
  '-Wl,-T,' + join(GUEST_SRC_DIR, 'link.ld'),
];
function runtimeSources(spec: GuestSpec): string[] {
  return [spec.kind === 'el2' ? 'crt0-el2.S' : 'crt0.S', 'rt.c'];
}

export class GuestBuildError extends Error {}

export function crossPrefix(): string {
  return process.env.CROSS_COMPILE ?? 'aarch64-linux-gnu-';
}

/** Throws a GuestBuildError that says what to install when the cross compiler is missing. */
export function checkCrossCompiler(): string {
  const cc = `${crossPrefix()}gcc`;
  const probe = spawnSync(cc, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new GuestBuildError(
      `${cc} not found (needed to build the bare-metal guest programs). ` +
        `Install it with: sudo apt-get install gcc-aarch64-linux-gnu ` +
        `(or set CROSS_COMPILE to the prefix of another aarch64 gcc).`,
    );
  }
  return cc;
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) newest = Math.max(newest, statSync(p).mtimeMs);
  return newest;
}

/** Every file a guest depends on: runtime, headers, linker script, its program, this script. */
function dependencies(spec: GuestSpec, hosted: boolean): string[] {
  const progDir = join(GUEST_SRC_DIR, 'progs');
  const deps = [
    join(progDir, `${spec.program}.c`),
    join(GUEST_SRC_DIR, 'rt.h'),
    fileURLToPath(import.meta.url),
    ...readdirSync(progDir)
      .filter((f) => f.endsWith('.h'))
      .map((f) => join(progDir, f)),
  ];
  if (!hosted) deps.push(join(GUEST_SRC_DIR, 'link.ld'), join(GUEST_SRC_DIR, 'crt-common.h'), ...runtimeSources(spec).map((f) => join(GUEST_SRC_DIR, f)));
  return deps;
}

function compileArgs(spec: GuestSpec, output: string, hosted: boolean): string[] {
  const program = join(GUEST_SRC_DIR, 'progs', `${spec.program}.c`);
  if (hosted) {
    return [spec.opt, ...spec.extra, ...codegenFlags(spec), ...WARN_FLAGS, '-DRT_HOSTED', '-static', program, '-o', output];
  }
  return [
    spec.opt,
    ...spec.extra,
    ...codegenFlags(spec),
    ...WARN_FLAGS,
    ...BAREMETAL_FLAGS,
    ...BAREMETAL_LINK,
    ...runtimeSources(spec).map((f) => join(GUEST_SRC_DIR, f)),
    program,
    '-o',
    output,
  ];
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

/** Runs `jobs` with at most `limit` in flight. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * Serialises builders across processes (vitest workers) with a lock directory, so a
 * second process waits and then finds everything up to date instead of rebuilding.
 * A lock older than two minutes is considered left behind by a killed process.
 */
async function withBuildLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(dir, '.build-lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // The holder released it between our two calls.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface BuildOptions {
  /** Rebuild even when outputs are up to date. */
  force?: boolean;
  /** Build the glibc-hosted twins (build/guests/hosted/<name>) instead of the bare-metal ELFs. */
  hosted?: boolean;
  /** Print one line per compiled program. */
  verbose?: boolean;
  /** Only these guest names. */
  only?: string[];
}

/**
 * Compiles every guest that is out of date (sources, headers, linker script, flags or this
 * script changed). Returns name -> absolute path of the output. Outputs are written to a
 * temporary file and renamed, so concurrent callers never see a half-written ELF.
 */
export async function buildGuests(options: BuildOptions = {}): Promise<Record<string, string>> {
  const cc = checkCrossCompiler();
  const hosted = options.hosted ?? false;
  const outDir = hosted ? HOSTED_OUT_DIR : GUEST_OUT_DIR;
  mkdirSync(outDir, { recursive: true });
  const specs = GUESTS.filter((g) => (!options.only || options.only.includes(g.name)) && !(hosted && g.kind === 'el2'));
  const outputs: Record<string, string> = {};

  const jobs = specs.map((spec) => async (): Promise<void> => {
    const output = join(outDir, hosted ? spec.name : `${spec.name}.elf`);
    outputs[spec.name] = output;
    const stamp = `${output}.cmd`;
    const args = compileArgs(spec, output, hosted);
    const command = [cc, ...args].join(' ');
    const upToDate =
      !options.force &&
      existsSync(output) &&
      existsSync(stamp) &&
      readFileSync(stamp, 'utf8') === command &&
      statSync(output).mtimeMs >= newestMtime(dependencies(spec, hosted));
    if (upToDate) return;
    const tmp = `${output}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const result = await run(cc, compileArgs(spec, tmp, hosted));
    if (result.code !== 0) {
      rmSync(tmp, { force: true });
      throw new GuestBuildError(`building ${spec.name} failed:\n$ ${command}\n${result.output}`);
    }
    if (result.output.trim() && options.verbose) process.stderr.write(result.output);
    renameSync(tmp, output);
    writeFileSync(stamp, command);
    if (options.verbose) console.log(`built ${output.slice(REPO_ROOT.length + 1)}`);
  });
  await withBuildLock(outDir, () => pool(jobs, 4));
  return outputs;
}

async function main(argv: string[]): Promise<void> {
  const force = argv.includes('--force');
  const withHosted = argv.includes('--hosted');
  try {
    const built = await buildGuests({ force, verbose: true });
    if (withHosted) await buildGuests({ force, hosted: true, verbose: true });
    console.log(`${Object.keys(built).length} guests up to date in ${GUEST_OUT_DIR.slice(REPO_ROOT.length + 1)}/`);
  } catch (err) {
    console.error(`build-guests: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
