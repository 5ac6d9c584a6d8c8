// An idle board costs the host nothing: a guest asleep in WFI forever with interrupts
// masked and no timer (nothing can ever wake it), or with a timer armed far ahead (board
// time skips to it, then nothing is left), must not keep the free run spinning. Measured
// as the server process's own CPU time (user + system, from /proc) over a few seconds of
// wall time: other processes on a loaded machine cannot inflate it.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOARD_ARGS, CLI_PATH } from '../helpers/qemu.ts';
import { freePort } from '../helpers/gdb.ts';

const dir = mkdtempSync(join(tmpdir(), 'zvm-idle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Assembles and links `source` at the board's kernel address. */
function buildElf(name: string, source: string): string {
  const src = join(dir, `${name}.s`);
  writeFileSync(src, source);
  execFileSync('aarch64-linux-gnu-as', ['-o', join(dir, `${name}.o`), src]);
  const elf = join(dir, `${name}.elf`);
  execFileSync('aarch64-linux-gnu-ld', ['-Ttext=0x40080000', '-e', '_start', '-o', elf, join(dir, `${name}.o`)]);
  return elf;
}

/** Prints "I" and a newline on the PL011, then sleeps in WFI forever with DAIF masked (`body`: each wake-up). */
function idleGuest(setup: string, body = ''): string {
  return `
.globl _start
_start:
  movz x1, #0x0900, lsl #16
  msr daifset, #0xf
${setup}
  mov w2, #'I'
  str w2, [x1]
  mov w2, #'\\n'
  str w2, [x1]
1: wfi
${body}
  b 1b
`;
}

/**
 * The UART's receive interrupt (SPI 1, INTID 33) enabled through the GICv3 to PE 0; PSTATE
 * still masks it, so it only ends WFI. Each wake-up echoes what the UART holds.
 */
const ECHO_SETUP = `
  movz x7, #0x0800, lsl #16
  mov w8, #0x12
  str w8, [x7]
  mov w8, #2
  str w8, [x7, #0x84]
  str w8, [x7, #0x104]
  movz x9, #0x080a, lsl #16
  str wzr, [x9, #0x14]
  mov x8, #7
  msr S3_0_C12_C12_5, x8
  isb
  mov x8, #0xff
  msr S3_0_C4_C6_0, x8
  mov x8, #1
  msr S3_0_C12_C12_7, x8
  mov w8, #0x50
  str w8, [x1, #0x38]`;
const ECHO_BODY = `
  mrs x10, S3_0_C12_C12_0
2: ldr w12, [x1, #0x18]
  tbnz w12, #4, 3f
  ldr w11, [x1]
  str w11, [x1]
  b 2b
3: msr S3_0_C12_C12_1, x10`;

/** A virtual timer armed 1000 s of board time ahead (its interrupt reaches nothing: the GIC is off). */
const TIMER_SETUP = `
  mrs x3, cntfrq_el0
  mov x4, #1000
  mul x3, x3, x4
  mrs x5, cntvct_el0
  add x5, x5, x3
  msr cntv_cval_el0, x5
  mov x6, #1
  msr cntv_ctl_el0, x6`;

/** CPU time (user + system) of process `pid` in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 (utime, stime), counted from the state field (3) here.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** The emulator on `elf`, started; `output()` is what it printed so far. */
interface Running {
  child: ChildProcess;
  output(): string;
}

/** Waits until `r` printed `text` (60 s at most). */
function waitForOutput(r: Running, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (r.output().includes(text)) {
        clearInterval(poll);
        resolve();
      } else if (r.child.exitCode !== null || Date.now() - started > 60_000) {
        clearInterval(poll);
        reject(new Error(`no ${JSON.stringify(text)} from the emulator (exit ${r.child.exitCode}): ${JSON.stringify(r.output())}`));
      }
    }, 20);
  });
}

/** Starts the emulator on `elf` and resolves once the guest printed its line (it is asleep then). */
async function startAsleep(elf: string, extra: readonly string[] = []): Promise<Running> {
  const child = spawn(process.execPath, [CLI_PATH, ...BOARD_ARGS, '-kernel', elf, ...extra], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('latin1')));
  const r = { child, output: () => out };
  await waitForOutput(r, 'I\n');
  return r;
}

/** The share of one core the process used over `seconds` of wall time. */
async function cpuShare(child: ChildProcess, seconds: number): Promise<{ share: number; cpu: number; wall: number }> {
  const cpu0 = cpuSeconds(child.pid!);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const cpu = cpuSeconds(child.pid!) - cpu0;
  const wall = (performance.now() - t0) / 1000;
  return { share: cpu / wall, cpu, wall };
}

describe('an idle board sleeps on the host', () => {
  /** WFI with interrupts masked and no timer (with `-gdb`: the GDB server's free run before a debugger attaches). */
  async function echoCase(gdb: boolean): Promise<void> {
    const extra = gdb ? ['-gdb', `tcp:127.0.0.1:${await freePort()}`] : [];
    const r = await startAsleep(buildElf(gdb ? 'echo-gdb' : 'echo', idleGuest(ECHO_SETUP, ECHO_BODY)), extra);
    try {
      const m = await cpuShare(r.child, 3);
      expect(m.share, `CPU ${m.cpu.toFixed(2)} s over ${m.wall.toFixed(2)} s of wall time`).toBeLessThan(0.2);
      r.child.stdin!.write('xyz');
      await waitForOutput(r, 'I\nxyz');
    } finally {
      r.child.kill('SIGKILL');
    }
  }

  it('WFI with interrupts masked and no timer: well under 20% of a core, and console input still wakes it', () => echoCase(false), 120_000);
  it('the same under the GDB server before a debugger attaches', () => echoCase(true), 120_000);

  it('the same while GDB continues it (all-stop), and console input still wakes it', async () => {
    const port = await freePort();
    const elf = buildElf('echo-continue', idleGuest(ECHO_SETUP, ECHO_BODY));
    const r = await startAsleep(elf, ['-gdb', `tcp:127.0.0.1:${port}`]);
    const gdb = spawn('gdb-multiarch', ['-nx', '-batch', '-ex', 'set architecture aarch64', '-ex', `target remote 127.0.0.1:${port}`, '-ex', 'continue', elf], { stdio: 'ignore' });
    try {
      // GDB attached (the board stopped) and continued: the server then reads nothing more.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const m = await cpuShare(r.child, 3);
      expect(m.share, `CPU ${m.cpu.toFixed(2)} s over ${m.wall.toFixed(2)} s of wall time`).toBeLessThan(0.2);
      r.child.stdin!.write('xyz');
      await waitForOutput(r, 'I\nxyz');
    } finally {
      gdb.kill('SIGKILL');
      r.child.kill('SIGKILL');
    }
  }, 120_000);

  it('WFI with interrupts masked and a timer 1000 s of board time ahead: time skips to it, then the host sleeps', async () => {
    const r = await startAsleep(buildElf('timer', idleGuest(TIMER_SETUP)));
    try {
      const m = await cpuShare(r.child, 3);
      expect(m.share, `CPU ${m.cpu.toFixed(2)} s over ${m.wall.toFixed(2)} s of wall time`).toBeLessThan(0.2);
      expect(r.child.exitCode).toBeNull();
    } finally {
      r.child.kill('SIGKILL');
    }
  }, 120_000);
});
