// The programs GDB loads for each process (`qXfer:exec-file`): the hypervisor's ELF for
// process 1 and, per VM, the ELF given with --vm-elf for its name. GDB shows the path in
// the Executable column of `info inferiors`, so a VM's program is given through a link
// named after the VM (e.g. /tmp/zvm-gdbserver-XXXX/zephyr_os-0 -> images/rtos.elf): the
// inferior list then names every VM, and GDB has its symbols without `add-symbol-file`.

import { closeSync, mkdtempSync, openSync, readSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { VmElfSpec } from '../cli/qemu-options.ts';

export class ExecutableFiles {
  private linkDir: string | undefined;
  private readonly links = new Map<string, string>();
  private readonly hypervisor: string | undefined;
  private readonly vmElfs: readonly VmElfSpec[];

  /** Throws when a --vm-elf file is not a readable ELF (a usage error, said at start). */
  constructor(hypervisorImage: string | undefined, vmElfs: readonly VmElfSpec[]) {
    this.hypervisor = hypervisorImage !== undefined && isElf(hypervisorImage) ? resolve(hypervisorImage) : undefined;
    for (const v of vmElfs) if (!isElf(v.file)) throw new Error(`-vm-elf ${v.prefix}=${v.file}: not a readable ELF file`);
    this.vmElfs = vmElfs.map((v) => ({ prefix: v.prefix, file: resolve(v.file) }));
  }

  /** The hypervisor's program (process 1), if it was booted from an ELF. */
  forHypervisor(): string | undefined {
    return this.hypervisor;
  }

  /** The program of the VM named `name` (undefined: no --vm-elf matches, or no name). */
  forVm(name: string | undefined): string | undefined {
    if (name === undefined || !/^[\w.+-]+$/.test(name)) return undefined;
    const elf = this.vmElfs.find((v) => name.startsWith(v.prefix))?.file;
    if (elf === undefined) return undefined;
    let link = this.links.get(name);
    if (link === undefined) {
      try {
        this.linkDir ??= mkdtempSync(join(tmpdir(), 'zvm-gdbserver-'));
        link = join(this.linkDir, name);
        symlinkSync(elf, link);
      } catch {
        link = elf; // no link: GDB still gets the program, under its own name
      }
      this.links.set(name, link);
    }
    return link;
  }

  /** Removes the links (at exit). */
  dispose(): void {
    if (this.linkDir !== undefined) rmSync(this.linkDir, { recursive: true, force: true });
    this.linkDir = undefined;
    this.links.clear();
  }
}

function isElf(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const magic = Buffer.alloc(4);
      return readSync(fd, magic, 0, 4, 0) === 4 && magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
