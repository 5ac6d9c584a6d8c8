import { existsSync, lstatSync, readFileSync, readlinkSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExecutableFiles } from '../../src/debug/executables.ts';
import { systemMapToElf } from '../../src/debug/symbol-elf.ts';

const dir = mkdtempSync(join(tmpdir(), 'exec-test-'));
const elf = join(dir, 'rtos.elf');
const raw = join(dir, 'rtos.bin');
writeFileSync(elf, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
writeFileSync(raw, Buffer.from([0x1f, 0x20, 0x03, 0xd5]));
const map = join(dir, 'System.map');
const MAP = 'ffff800008000000 T _text\nffff800008010000 T __arm64_sys_getpid\nffff800008010100 T _etext\nffff800008020000 D init_task\n';
writeFileSync(map, MAP);
const text = join(dir, 'notes.txt');
writeFileSync(text, 'not a System.map\n');
// What Debian's linux-image package has in boot/System.map-<version>: a stub.
const stub = join(dir, 'System.map-stub');
writeFileSync(stub, 'ffffffffffffffff B The real System.map is in the linux-image-<version>-dbg package\n');
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
    // No matching prefix: an AArch64 ELF without symbols under the VM's name (GDB's architecture
    // for that inferior). No name, or a name that is not a plain file name: nothing.
    const bare = files.forVm('linux_os-1')!;
    expect(basename(bare)).toBe('linux_os-1');
    expect(readFileSync(bare)).toEqual(systemMapToElf(''));
    expect(readFileSync(bare).readUInt16LE(18)).toBe(183); // e_machine EM_AARCH64
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

  it('converts a System.map --vm-elf into an ELF, once, at the first VM asking for it', () => {
    const files = new ExecutableFiles(elf, [{ prefix: 'zephyr_os', file: elf }, { prefix: 'linux_os', file: map }]);
    const made = files.forVm('linux_os-1')!;
    expect(basename(made)).toBe('linux_os-1');
    expect(lstatSync(made).isFile()).toBe(true); // a real file, not a link to the map
    expect(readFileSync(made)).toEqual(systemMapToElf(MAP));
    expect(files.forVm('linux_os-1')).toBe(made);
    // Another VM of that kind: a link named after it to the ELF already made.
    const second = files.forVm('linux_os-2')!;
    expect(basename(second)).toBe('linux_os-2');
    expect(readlinkSync(second)).toBe(made);
    // ELF files keep their links.
    expect(readlinkSync(files.forVm('zephyr_os-0')!)).toBe(resolve(elf));
    files.dispose();
    expect(existsSync(made)).toBe(false);
  });

  it('refuses a --vm-elf that is neither an ELF nor a System.map (e.g. Debian\'s stub)', () => {
    for (const file of [text, stub]) {
      expect(() => new ExecutableFiles(elf, [{ prefix: 'linux_os', file }])).toThrow(/not a readable ELF file \(nor a System\.map\)/);
    }
  });
});
