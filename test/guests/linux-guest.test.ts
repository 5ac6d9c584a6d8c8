// The Linux test guest (tools/linux-guest.ts): Debian's arm64 kernel and a busybox-static
// initramfs, built from Debian packages into a cache outside the repository, booted on
// QEMU (the reference): with QEMU's own device tree, and with ours (virtDtb) via -dtb.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { virtDtb } from '../../src/machine/board/fdt.ts';
import { readCpio, writeCpio } from '../../src/guests/linux/cpio.ts';
import { ensureLinuxGuest, LINUX_MARKER_DONE, LINUX_MARKER_READY, type LinuxGuest } from '../../tools/linux-guest.ts';
import { haveQemu, QEMU_SYSTEM, runProcess } from '../helpers/qemu.ts';

describe('cpio newc writer', () => {
  it('writes directories, files, symlinks and device nodes that read back', () => {
    const blob = writeCpio([
      { kind: 'dir', path: 'bin' },
      { kind: 'file', path: '/bin/x', data: new Uint8Array([1, 2, 3]), mode: 0o755 },
      { kind: 'symlink', path: 'bin/sh', target: 'x' },
      { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    ]);
    expect(blob.length % 4).toBe(0);
    expect(new TextDecoder().decode(blob.subarray(0, 6))).toBe('070701');
    const recs = readCpio(blob);
    expect(recs.map((r) => r.name)).toEqual(['bin', 'bin/x', 'bin/sh', 'dev/console']);
    expect(recs[0].mode).toBe(0o40755);
    expect(recs[1].mode).toBe(0o100755);
    expect([...recs[1].data]).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(recs[2].data)).toBe('x');
    expect(recs[3]).toMatchObject({ mode: 0o20600, rdevMajor: 5, rdevMinor: 1 });
  });
});

describe.skipIf(!haveQemu())('Debian Linux guest on QEMU', () => {
  let guest: LinuxGuest;
  const tmp = mkdtempSync(join(tmpdir(), 'linux-guest-'));

  beforeAll(() => {
    guest = ensureLinuxGuest({ quiet: true });
  }, 600_000);

  it('has an initramfs with busybox, /init and /dev/console', () => {
    const names = readCpio(gunzipSync(readFileSync(guest.initrd))).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['init', 'bin/busybox', 'dev/console']));
  });

  const boot = (machine: string, cpu: string, extra: string[] = []) =>
    runProcess(
      QEMU_SYSTEM,
      ['-machine', machine, '-cpu', cpu, '-m', '512M', '-nographic', '-kernel', guest.image, '-initrd', guest.initrd, '-append', 'console=ttyAMA0', ...extra],
      { timeoutMs: 60_000 },
    );

  const expectMarkers = (r: Awaited<ReturnType<typeof boot>>) => {
    expect(r.timedOut, r.stdout.slice(-3000)).toBe(false);
    expect(r.stdout).toContain(LINUX_MARKER_READY);
    expect(r.stdout).toContain(LINUX_MARKER_DONE);
    expect(r.stdout).toMatch(/Linux \S+ 6\.\d+\.\d+-\d+-arm64 .* aarch64/);
    expect(r.code).toBe(0);
  };

  it('boots to the shell marker, runs commands and powers off', async () => {
    const r = await boot('virt,gic-version=3', 'cortex-a53');
    expectMarkers(r);
    expect(r.stdout).toMatch(/BogoMIPS\s*: 125\.00/); // the 62.5 MHz counter
  }, 90_000);

  it('boots with our device tree (-dtb), two CPUs started through PSCI', async () => {
    const dtb = join(tmp, 'virt-el1.dtb');
    writeFileSync(dtb, virtDtb({ ramSize: 512 << 20, cpus: 2, cpu: 'cortex-a53', virtualization: false }));
    const r = await boot('virt,gic-version=3', 'cortex-a53', ['-smp', '2', '-dtb', dtb]);
    expectMarkers(r);
    expect(r.stdout).toContain('SMP: Total of 2 processors activated');
    expect(r.stdout).toContain('psci: PSCIv');
    expect(r.stdout).toContain('ITS: No ITS available'); // ours, not QEMU's tree, was used
    expect(r.stdout).toMatch(/ttyAMA0 at MMIO 0x9000000 \(irq = \d+, base_baud = 0\) is a PL011/);
  }, 90_000);

  it('boots at EL2 with our device tree (virtualization=on: SMC conduit, maintenance PPI)', async () => {
    const dtb = join(tmp, 'virt-el2.dtb');
    writeFileSync(dtb, virtDtb({ ramSize: 512 << 20, cpus: 2, cpu: 'cortex-a53', virtualization: true }));
    const r = await boot('virt,virtualization=on,gic-version=3', 'cortex-a53', ['-smp', '2', '-dtb', dtb]);
    expectMarkers(r);
    expect(r.stdout).toContain('CPU: All CPU(s) started at EL2');
    expect(r.stdout).toContain('kvm [1]: vgic interrupt IRQ9'); // the maintenance PPI from our tree
    expect(r.stdout).toContain('kvm [1]: Hyp mode initialized successfully');
    expect(r.stdout).toContain('SMP: Total of 2 processors activated');
  }, 90_000);
});
