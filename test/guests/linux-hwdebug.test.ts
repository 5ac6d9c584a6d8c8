// Linux's own use of the self-hosted debug architecture: Debian's kernel boots with an
// initramfs whose /init runs src/guests/linux/hwdebug.c (static, built here with the cross
// compiler), a ptrace tracer that stops its child at a hardware watchpoint, a hardware
// breakpoint and three single steps. The tracer's report must be the same on QEMU and on
// our board, and say that each stop happened.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCpio } from '../../src/guests/linux/cpio.ts';
import { buildInitramfs, ensureLinuxGuest, type LinuxGuest } from '../../tools/linux-guest.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { CLI_PATH, haveQemu, QEMU_SYSTEM, runProcess } from '../helpers/qemu.ts';

const BOOT_TIMEOUT_MS = 300_000;
const BEGIN = 'HWDEBUG-BEGIN';
const END = 'HWDEBUG-END';

const INIT = `#!/bin/busybox sh
/bin/busybox --install -s
mount -t proc proc /proc
echo ${BEGIN}
/hwdebug
echo ${END}
poweroff -f
`;

/** The lines between the markers (the kernel's own messages interleave nowhere there: it prints none). */
function report(stdout: string): string[] {
  const lines = stdout.replace(/\r/g, '').split('\n');
  const from = lines.indexOf(BEGIN);
  const to = lines.indexOf(END);
  return from >= 0 && to > from ? lines.slice(from + 1, to) : [`no ${BEGIN} ... ${END} in: ${stdout.slice(-2000)}`];
}

describe('Linux ptrace hardware watchpoints, breakpoints and single step', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-hwdebug-'));
  let guest: LinuxGuest;
  let initrd: string;

  beforeAll(() => {
    guest = ensureLinuxGuest({ quiet: true });
    const program = join(dir, 'hwdebug');
    execFileSync('aarch64-linux-gnu-gcc', ['-static', '-O2', '-Wall', '-o', program, join(REPO_ROOT, 'src', 'guests', 'linux', 'hwdebug.c')]);
    const busybox = readCpio(gunzipSync(readFileSync(guest.initrd))).find((r) => r.name === 'bin/busybox');
    if (busybox === undefined) throw new Error(`no bin/busybox in ${guest.initrd}`);
    initrd = join(dir, 'initramfs.cpio.gz');
    writeFileSync(initrd, buildInitramfs(busybox.data, new TextEncoder().encode(INIT), [{ kind: 'file', path: 'hwdebug', data: readFileSync(program), mode: 0o755 }]));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const board = ['-machine', 'virt,gic-version=3', '-cpu', 'cortex-a53', '-m', '512M', '-nographic'];
  const kernel = () => ['-kernel', guest.image, '-initrd', initrd, '-append', 'console=ttyAMA0'];

  it('stops at each as on QEMU', async () => {
    expect(haveQemu(), 'qemu-system-aarch64 missing').toBe(true);
    const qemu = await runProcess(QEMU_SYSTEM, [...board, '-monitor', 'none', '-serial', 'stdio', ...kernel()], { timeoutMs: 120_000 });
    const ours = await runProcess(process.execPath, [CLI_PATH, ...board, ...kernel()], { timeoutMs: BOOT_TIMEOUT_MS });
    expect(ours.code, ours.stderr).toBe(0);
    const expected = report(qemu.stdout);
    expect(expected).toContain('watchpoint slots 4');
    expect(report(ours.stdout)).toEqual(expected);
    // What the report says (so that the same wrong output on both could not pass).
    const text = expected.join('\n');
    expect(text).toMatch(/^watchpoint: signal 5 si_code 4 address as expected, pc - target = -?\d+, watched = 0$/m);
    expect(text).toMatch(/^breakpoint: signal 5 si_code 4 address as expected, pc - target = 0, watched = 42$/m);
    for (const pc of [4, 8, 12]) expect(text).toContain(`single step: signal 5 si_code 2 address as expected, pc - target = ${pc}, watched = 42`);
    expect(text).toContain('child exit status 7');
  }, BOOT_TIMEOUT_MS + 140_000);
});
