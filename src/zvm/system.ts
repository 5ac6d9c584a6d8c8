// The default system: our hypervisor (images/zvm_host.elf) on a 4-CPU virt board with
// virtualization on, the RTOS demo guest and, when available, Debian's Linux, staged
// where ZVM stages its images. Produces the same command line one would give
// qemu-system-aarch64 to run ZVM.

import { virtDtb } from '../machine/board/fdt.ts';

/** Host physical addresses where ZVM expects staged images (ZVM-COMPAT.md). */
export const ZVM_STAGING = {
  zephyr: 0xe000_0000,
  linuxImage: 0xe400_0000,
  linuxDtb: 0xec00_0000,
  linuxInitrd: 0xf000_0000,
} as const;

/** What the Linux VM sees: RAM at 0x4000_0000 (1 GiB), its initramfs copied to 0x4900_0000. */
export const LINUX_VM = {
  ramBase: 0x4000_0000,
  ramSize: 0x4000_0000,
  initrdIpa: 0x4900_0000,
  vcpus: 2,
} as const;

/** Board options of the default system: the hypervisor needs RAM up to the staging area. */
export const ZVM_BOARD = {
  machine: 'virt,virtualization=on,gic-version=3',
  cpu: 'max',
  smp: 4,
  memory: '3G',
} as const;

/** The device tree the hypervisor hands to the Linux VM (RAM, GICv3, PL011, timer, PSCI hvc). */
export function linuxVmDtb(initrdSize: number, bootargs = 'console=ttyAMA0'): Uint8Array {
  return virtDtb({
    ramBase: LINUX_VM.ramBase,
    ramSize: LINUX_VM.ramSize,
    cpus: LINUX_VM.vcpus,
    cpu: 'max',
    virtualization: false, // the guest's PSCI conduit is HVC, answered by the hypervisor
    bootargs,
    initrd: { start: LINUX_VM.initrdIpa, end: LINUX_VM.initrdIpa + initrdSize },
  });
}

export interface ZvmSystemFiles {
  /** The hypervisor ELF (-kernel). */
  host: string;
  /** The RTOS (or a Zephyr zephyr.bin) raw image; omitted for a Linux-only system. */
  rtosBin?: string;
  /** The RTOS's ELF with symbols (GDB loads it for the RTOS VM's inferior). */
  rtosElf?: string;
  /** Linux Image, the VM's DTB (see linuxVmDtb) and initramfs. */
  linux?: { image: string; dtb: string; initrd: string };
  /** The Linux kernel's vmlinux (with DWARF), or its System.map (GDB gets an ELF made from its symbols). */
  linuxSymbols?: string;
}

const hex = (n: number) => `0x${n.toString(16)}`;
const loader = (file: string, addr: number) => ['-device', `loader,file=${file},addr=${hex(addr)},force-raw=on`];

/** The command line (without -gdb/-S) that boots the system, on our board or on QEMU. */
export function zvmSystemArgs(files: ZvmSystemFiles): string[] {
  const args = ['-M', ZVM_BOARD.machine, '-cpu', ZVM_BOARD.cpu, '-smp', String(ZVM_BOARD.smp), '-m', ZVM_BOARD.memory, '-nographic'];
  args.push('-kernel', files.host);
  if (files.rtosBin) args.push(...loader(files.rtosBin, ZVM_STAGING.zephyr));
  if (files.linux) {
    args.push(...loader(files.linux.image, ZVM_STAGING.linuxImage));
    args.push(...loader(files.linux.dtb, ZVM_STAGING.linuxDtb));
    args.push(...loader(files.linux.initrd, ZVM_STAGING.linuxInitrd));
  }
  return args;
}

/**
 * GDB's options (before it connects) for the kernel's vmlinux and GDB scripts in `dir`: read
 * the programs from the local disk (through the server, a 300 MB vmlinux takes a minute, and
 * GDB auto-loads no script for a file it reads from the target), and trust `dir`, so GDB
 * auto-loads `dir`/vmlinux-gdb.py when it loads the vmlinux for the Linux VM.
 */
export function debugGdbArgs(dir: string): string[] {
  return ['-iex', 'set sysroot /', '-iex', `add-auto-load-safe-path ${dir}`];
}

/** Our server's GDB options for the system (not QEMU's): the program each VM runs. */
export function zvmGdbArgs(files: ZvmSystemFiles): string[] {
  const args = files.rtosElf ? ['-vm-elf', `zephyr_os=${files.rtosElf}`] : [];
  if (files.linux && files.linuxSymbols) args.push('-vm-elf', `linux_os=${files.linuxSymbols}`);
  return args;
}
