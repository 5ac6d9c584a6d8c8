// Runs a bare-metal ELF on a `virt` board: on real QEMU (the reference) or on our machine
// through tools/cli.ts, which accepts the same options. Both capture the console (PL011 on
// stdio) and the exit status.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tools/build-guests.ts';

export interface RunResult {
  /** Everything the guest wrote to its console. */
  stdout: string;
  stderr: string;
  /** Exit code, or null when killed by a signal (e.g. on timeout). */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  durationMs: number;
}

export interface RunOptions {
  /** Kill the process after this long (default 60 s). */
  timeoutMs?: number;
  /** Arguments appended after the board options. */
  extraArgs?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The board options instead of BOARD_ARGS (runQemu, runCli). */
  board?: readonly string[];
}

/** The board both machines are given: QEMU's `virt`, one Cortex-A53, 128 MiB of RAM. */
export const BOARD_ARGS = ['-M', 'virt', '-cpu', 'cortex-a53', '-m', '128M', '-nographic'] as const;
/** The board of the programs that start at EL2 (guest kind 'el2'). */
export const EL2_BOARD_ARGS = ['-M', 'virt,virtualization=on,gic-version=3', '-cpu', 'max', '-m', '128M', '-nographic'] as const;

export const QEMU_SYSTEM = 'qemu-system-aarch64';
/** The server's command line as users run it (`node CLI_PATH ...`: tools/cli.ts from its bundle, tools/cli-bundle.mjs). */
export const CLI_PATH = join(REPO_ROOT, 'bin', 'zvm-gdbserver.js');

/** Spawns `cmd args`, stdin closed, collecting stdout/stderr until exit or timeout. */
export function runProcess(cmd: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: options.cwd ?? REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
        signal,
        timedOut,
        durationMs: Date.now() - started,
      });
    });
  });
}

/** True when qemu-system-aarch64 can be started. */
export function haveQemu(): boolean {
  const r = spawnSync(QEMU_SYSTEM, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/**
 * `qemu-system-aarch64 -M virt -cpu cortex-a53 -m 128M -nographic -monitor none
 * -serial stdio -kernel <elf>`: the reference run.
 */
export function runQemu(elf: string, options: RunOptions = {}): Promise<RunResult> {
  const args = [...(options.board ?? BOARD_ARGS), '-monitor', 'none', '-serial', 'stdio', '-kernel', elf, ...(options.extraArgs ?? [])];
  return runProcess(QEMU_SYSTEM, args, { timeoutMs: 30_000, ...options });
}

/** True once the lead's CLI exists. */
export function haveCli(): boolean {
  return existsSync(CLI_PATH);
}

/**
 * Our machine with the same options as QEMU:
 * `node bin/zvm-gdbserver.js -M virt -cpu cortex-a53 -m 128M -nographic -kernel <elf>`.
 */
export function runCli(elf: string, options: RunOptions = {}): Promise<RunResult> {
  const args = [CLI_PATH, ...(options.board ?? BOARD_ARGS), '-kernel', elf, ...(options.extraArgs ?? [])];
  return runProcess(process.execPath, args, { timeoutMs: 300_000, ...options });
}

/** A one-paragraph description of a run, for assertion messages. */
export function describeRun(what: string, r: RunResult): string {
  const status = r.timedOut ? `timed out after ${r.durationMs} ms` : `exit ${r.code ?? r.signal} after ${r.durationMs} ms`;
  const tail = (s: string): string => (s.length > 2000 ? '...' + s.slice(-2000) : s);
  return `${what}: ${status}\n--- stdout ---\n${tail(r.stdout)}\n--- stderr ---\n${tail(r.stderr)}`;
}
