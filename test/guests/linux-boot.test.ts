// Debian's arm64 kernel and busybox initramfs (tools/linux-guest.ts) booted on OUR board
// with the command lines used with qemu-system-aarch64: at EL1 on two CPUs, and at EL2 with
// virtualization=on, where the kernel runs with VHE and initialises its own KVM.

import { beforeAll, describe, expect, it } from 'vitest';
import { ensureLinuxGuest, LINUX_MARKER_DONE, LINUX_MARKER_READY, type LinuxGuest } from '../../tools/linux-guest.ts';
import { CLI_PATH, runProcess } from '../helpers/qemu.ts';

const BOOT_TIMEOUT_MS = 300_000;

describe('Debian Linux on the zvm-gdbserver board', () => {
  let guest: LinuxGuest;

  beforeAll(() => {
    guest = ensureLinuxGuest({ quiet: true });
  }, 600_000);

  const boot = (machine: string, cpu: string, smp: string, env: Record<string, string> = {}, extra: string[] = []) =>
    runProcess(
      process.execPath,
      [CLI_PATH, '-machine', machine, '-cpu', cpu, '-smp', smp, '-m', '512M', '-nographic',
        '-kernel', guest.image, '-initrd', guest.initrd, '-append', 'console=ttyAMA0', ...extra],
      { timeoutMs: BOOT_TIMEOUT_MS, env: { ...process.env, ...env } },
    );

  it('boots at EL1 on 2 CPUs to the busybox shell, runs commands and powers off', async () => {
    const r = await boot('virt,gic-version=3', 'cortex-a53', '2');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('smp: Brought up 1 node, 2 CPUs');
    expect(r.stdout).toContain('GICv3: CPU1: found redistributor 1');
    expect(r.stdout).toContain('arch_timer: cp15 timer(s) running at 62.50MHz (virt).');
    expect(r.stdout).toContain(LINUX_MARKER_READY);
    expect(r.stdout).toMatch(/Linux \(none\) 6\.\d+\.\d+-\d+-arm64 .* aarch64 GNU\/Linux/);
    expect(r.stdout).toContain('CPU part\t: 0xd03');
    expect(r.stdout).toContain(LINUX_MARKER_DONE);
    expect(r.stdout).toContain('reboot: Power down');
  }, BOOT_TIMEOUT_MS + 10_000);

  it('boots at EL2 (virtualization=on, -cpu max): VHE, its own KVM, then the shell', async () => {
    const r = await boot('virt,virtualization=on,gic-version=3', 'max', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CPU: All CPU(s) started at EL2');
    expect(r.stdout).toContain('kvm [1]: VHE mode initialized successfully');
    expect(r.stdout).toContain(LINUX_MARKER_READY);
    expect(r.stdout).toContain(LINUX_MARKER_DONE);
    expect(r.stdout).toContain('reboot: Power down');
  }, BOOT_TIMEOUT_MS + 10_000);

  // The tiers must not change what the guest does: the same console output (its timestamps
  // come from the instruction-count timer) and the same instruction count to power-off, with
  // the JS tier and with the wasm tier compiling every block that has run 50 times (on
  // every block's first run the boot takes over ten minutes: each new block recompiles its
  // page's region).
  it('boots identically on the JS tier and on the wasm tier compiling early', async () => {
    const [js, wasm] = [
      await boot('virt,gic-version=3', 'cortex-a53', '1', { ZVM_JIT: 'js' }, ['--stats']),
      await boot('virt,gic-version=3', 'cortex-a53', '1', { ZVM_JIT: 'wasm', ZVM_JIT_THRESHOLD: '50' }, ['--stats']),
    ];
    for (const r of [js, wasm]) expect(r.code, r.stderr).toBe(0);
    expect(js.stdout).toContain(LINUX_MARKER_DONE);
    expect(wasm.stdout).toBe(js.stdout);
    const retired = (r: { stderr: string }) => /stats: (\d+) instructions retired, board time (\d+) ticks/.exec(r.stderr)?.slice(1);
    expect(retired(js)).toBeDefined();
    expect(retired(wasm)).toEqual(retired(js));
    // Most of it ran compiled, and no batched compile failed.
    const share = /tier wasm: ([\d.]+)% of instructions in compiled regions/.exec(wasm.stderr);
    expect(share, wasm.stderr).not.toBeNull();
    expect(Number(share![1])).toBeGreaterThan(50);
    expect(wasm.stderr).not.toContain('FAILED');
  }, 2 * BOOT_TIMEOUT_MS + 10_000);
});
