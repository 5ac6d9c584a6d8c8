// The programs GDB loads for each process (`qXfer:exec-file`): the hypervisor's ELF for
// process 1 and, per VM, the ELF given with --vm-elf for its name. GDB shows the path in
// the Executable column of `info inferiors`, so a VM's program is given through a link
// named after the VM (e.g. /tmp/zvm-gdbserver-XXXX/zephyr_os-0 -> images/rtos.elf): the
// inferior list then names every VM, and GDB has its symbols without `add-symbol-file`.
// A kernel's System.map works too (when its vmlinux, in Debian's -dbg package, is not at hand): it is
// turned into a symbol-only ELF (symbol-elf.ts), written under the VM's name instead of a link.
// A VM with no --vm-elf gets an ELF with no symbols under its name: GDB then takes AArch64
// for that inferior (without a program it takes its own default, e.g. i386, and fails with
// "Truncated register 37 in remote 'g' packet" unless `set architecture aarch64` came first).

import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isSystemMap, systemMapToElf } from './symbol-elf.ts';

/** --vm-elf: the program (ELF with symbols, or a System.map) of the VMs whose name starts with `prefix`. */
export interface VmElfSpec {
  prefix: string;
  file: string;
}

export class ExecutableFiles {
  private linkDir: string | undefined;
  private readonly links = new Map<string, string>();
  private readonly hypervisor: string | undefined;
  private readonly vmElfs: readonly (VmElfSpec & { systemMap: boolean })[];
  /** System.map file -> the ELF made from it (converted once, for the first VM asking). */
  private readonly converted = new Map<string, string>();

  /** Throws when a --vm-elf file is neither a readable ELF nor a System.map (a usage error, said at start). */
  constructor(hypervisorImage: string | undefined, vmElfs: readonly VmElfSpec[]) {
    this.hypervisor = hypervisorImage !== undefined && isElf(hypervisorImage) ? resolve(hypervisorImage) : undefined;
    this.vmElfs = vmElfs.map((v) => {
      const systemMap = !isElf(v.file);
      if (systemMap && !isSystemMapFile(v.file)) throw new Error(`-vm-elf ${v.prefix}=${v.file}: not a readable ELF file (nor a System.map)`);
      return { prefix: v.prefix, file: resolve(v.file), systemMap };
    });
  }

  /** The hypervisor's program (process 1), if it was booted from an ELF. */
  forHypervisor(): string | undefined {
    return this.hypervisor;
  }

  /** The program of the VM named `name`: its --vm-elf's, else an empty AArch64 ELF (undefined: no usable name). */
  forVm(name: string | undefined): string | undefined {
    if (name === undefined || !/^[\w.+-]+$/.test(name)) return undefined;
    const spec = this.vmElfs.find((v) => name.startsWith(v.prefix)) ?? { prefix: '', file: '', systemMap: true };
    let link = this.links.get(name);
    if (link === undefined) {
      try {
        this.linkDir ??= mkdtempSync(join(tmpdir(), 'zvm-gdbserver-'));
        link = join(this.linkDir, name);
        const made = spec.systemMap ? this.converted.get(spec.file) : spec.file;
        if (made !== undefined) {
          symlinkSync(made, link);
        } else {
          // Done here rather than at start: only a VM GDB asks about costs the conversion (~0.3 s for a 50,000-line map).
          writeFileSync(link, systemMapToElf(spec.file === '' ? '' : readFileSync(spec.file, 'utf8')));
          this.converted.set(spec.file, link);
        }
      } catch {
        // No link: GDB still gets an ELF under its own name; a System.map it cannot read.
        link = spec.systemMap ? this.converted.get(spec.file) : spec.file;
        if (link === undefined) return undefined;
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
    this.converted.clear();
  }
}

/** The first `n` bytes of a file (fewer if it is shorter; undefined if unreadable). */
function head(path: string, n: number): Buffer | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(n);
      return buf.subarray(0, readSync(fd, buf, 0, n, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function isElf(path: string): boolean {
  return head(path, 4)?.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) ?? false;
}

/** A System.map, by its first line (`ffff800008000000 T _text`). */
export function isSystemMapFile(path: string): boolean {
  return isSystemMap(head(path, 4096)?.toString('latin1') ?? '');
}
