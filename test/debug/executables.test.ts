import { existsSync, readlinkSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExecutableFiles } from '../../src/debug/executables.ts';

const dir = mkdtempSync(join(tmpdir(), 'exec-test-'));
const elf = join(dir, 'rtos.elf');
const raw = join(dir, 'rtos.bin');
writeFileSync(elf, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
writeFileSync(raw, Buffer.from([0x1f, 0x20, 0x03, 0xd5]));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the programs GDB loads per process (qXfer:exec-file)', () => {
  it('gives the hypervisor its ELF and each VM a link named after it to its --vm-elf file', () => {
    const files = new ExecutableFiles(elf, [{ prefix: 'zephyr_os', file: elf }]);
    expect(files.forHypervisor()).toBe(resolve(elf));
    const link = files.forVm('zephyr_os-0')!;
    expect(basename(link)).toBe('zephyr_os-0');
    expect(readlinkSync(link)).toBe(resolve(elf));
    expect(files.forVm('zephyr_os-0')).toBe(link);
    expect(basename(files.forVm('zephyr_os-3')!)).toBe('zephyr_os-3');
    // No matching prefix, no name, or a name that is not a plain file name: nothing.
    expect(files.forVm('linux_os-1')).toBeUndefined();
    expect(files.forVm(undefined)).toBeUndefined();
    expect(files.forVm('zephyr_os/../x')).toBeUndefined();
    files.dispose();
    expect(existsSync(link)).toBe(false);
  });

  it('gives no program for a raw hypervisor image and refuses a --vm-elf that is not an ELF', () => {
    expect(new ExecutableFiles(raw, []).forHypervisor()).toBeUndefined();
    expect(new ExecutableFiles(undefined, []).forHypervisor()).toBeUndefined();
    expect(() => new ExecutableFiles(elf, [{ prefix: 'zephyr_os', file: raw }])).toThrow(/not a readable ELF/);
    expect(() => new ExecutableFiles(elf, [{ prefix: 'zephyr_os', file: join(dir, 'missing.elf') }])).toThrow(/not a readable ELF/);
  });
});
