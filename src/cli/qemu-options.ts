// QEMU-compatible command-line options, parsed into a typed configuration, so scripts
// written for qemu-system-aarch64 work by swapping the binary. Every error is a
// UsageError with a one-line message.

import { Command, CommanderError } from 'commander';
import type { CpuModel } from '../machine/board/virt.ts';
import { MAX_CPUS } from '../machine/board/memory-map.ts';
import type { LoaderImage } from '../machine/board/boot.ts';
import type { VmElfSpec } from '../debug/executables.ts';

export class UsageError extends Error {}

export type SerialSpec =
  | { kind: 'stdio' }
  | { kind: 'null' }
  | { kind: 'tcp'; host: string; port: number; server: boolean; wait: boolean };

export interface GdbSpec {
  host: string;
  port: number;
}

export interface Options {
  virtualization: boolean;
  cpu: CpuModel;
  smp: number;
  ramSize: number;
  kernel?: string;
  initrd?: string;
  append?: string;
  dtb?: string;
  loaders: LoaderImage[];
  serial: SerialSpec[];
  gdb?: GdbSpec;
  /** -S: do not start the CPUs until a debugger resumes them. */
  waitForDebugger: boolean;
  logLevel: string;
  /** Print run statistics on exit. */
  stats: boolean;
  /** --vm-elf: the program (ELF with symbols) of the VMs whose name starts with `prefix`. */
  vmElfs: VmElfSpec[];
}

export const DEFAULT_RAM = 128 * 1024 * 1024;
export const DEFAULT_GDB_PORT = 1234;

/** Parses "key=value,flag,..." after an optional leading positional word. */
function parseProps(spec: string, firstIsName: boolean): { name?: string; props: Map<string, string> } {
  const parts = spec.split(',');
  const props = new Map<string, string>();
  let name: string | undefined;
  parts.forEach((p, i) => {
    if (i === 0 && firstIsName && !p.includes('=')) {
      name = p;
      return;
    }
    const eq = p.indexOf('=');
    if (eq < 0) props.set(p, 'on');
    else props.set(p.slice(0, eq), p.slice(eq + 1));
  });
  return { name, props };
}

function onOff(key: string, value: string): boolean {
  if (value === 'on' || value === 'true' || value === 'yes') return true;
  if (value === 'off' || value === 'false' || value === 'no') return false;
  throw new UsageError(`${key}=${value}: expected on or off`);
}

function parseMachine(spec: string): { virtualization: boolean } {
  const { name, props } = parseProps(spec, true);
  const machine = name ?? props.get('type');
  if (machine !== 'virt' && !machine?.startsWith('virt-')) {
    throw new UsageError(`-machine ${spec}: only the 'virt' board is emulated`);
  }
  let virtualization = false;
  for (const [key, value] of props) {
    if (key === 'type') continue;
    else if (key === 'virtualization') virtualization = onOff(key, value);
    else if (key === 'gic-version') {
      if (value !== '3' && value !== 'max' && value !== 'host') {
        throw new UsageError(`-machine gic-version=${value}: only GICv3 is emulated (use gic-version=3)`);
      }
    } else if (key === 'secure') {
      if (onOff(key, value)) throw new UsageError('-machine secure=on: EL3 is not emulated');
    } else if (key === 'accel' || key === 'highmem' || key === 'its' || key === 'iommu') {
      // Accepted for compatibility; they change nothing here.
    } else throw new UsageError(`-machine: unknown property '${key}'`);
  }
  return { virtualization };
}

function parseCpu(spec: string): CpuModel {
  const { name } = parseProps(spec, true);
  if (name === 'cortex-a53' || name === 'cortex-a55' || name === 'max') return name;
  throw new UsageError(`-cpu ${spec}: supported models are cortex-a53, cortex-a55 and max`);
}

function parseSmp(spec: string): number {
  const { name, props } = parseProps(spec, true);
  const n = Number(name ?? props.get('cpus') ?? '1');
  if (!Number.isInteger(n) || n < 1 || n > MAX_CPUS) throw new UsageError(`-smp ${spec}: expected 1 to ${MAX_CPUS} CPUs`);
  return n;
}

/** QEMU's -m: a size in MiB by default, with optional K/M/G/T suffix, or size=... */
export function parseMemSize(spec: string): number {
  const { name, props } = parseProps(spec, true);
  const text = name ?? props.get('size') ?? '';
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]?)[bB]?$/.exec(text);
  if (m === null) throw new UsageError(`-m ${spec}: expected a size such as 512M or 4G`);
  const unit = { '': 2 ** 20, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 }[m[2].toLowerCase()]!;
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 2 ** 20 || bytes % 4096 !== 0) throw new UsageError(`-m ${spec}: RAM must be at least 1M and a multiple of 4K`);
  if (bytes > 4 * 2 ** 30) throw new UsageError(`-m ${spec}: at most 4G of RAM is supported`);
  return bytes;
}

function parseNumber(key: string, value: string): number {
  const n = Number(value); // accepts 0x... and decimal
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${key}=${value}: expected a non-negative number`);
  return n;
}

function parseDevice(spec: string): LoaderImage {
  const { name, props } = parseProps(spec, true);
  if (name !== 'loader') throw new UsageError(`-device ${name ?? spec}: only the generic 'loader' device is supported`);
  const file = props.get('file');
  if (file === undefined) throw new UsageError(`-device loader: file= is required (data= loaders are not supported)`);
  const loader: LoaderImage = { file, forceRaw: false };
  for (const [key, value] of props) {
    if (key === 'file') continue;
    else if (key === 'addr') loader.addr = parseNumber(key, value);
    else if (key === 'force-raw') loader.forceRaw = onOff(key, value);
    else if (key === 'cpu-num') parseNumber(key, value);
    else throw new UsageError(`-device loader: unknown property '${key}'`);
  }
  if (loader.forceRaw && loader.addr === undefined) throw new UsageError('-device loader: force-raw=on needs addr=');
  return loader;
}

/** "tcp:[HOST]:PORT" as used by -gdb; an empty host means 127.0.0.1 (not all interfaces). */
function parseTcp(spec: string, what: string): { host: string; port: number; props: Map<string, string> } {
  const m = /^tcp:([^:,]*):(\d+)((?:,.*)?)$/.exec(spec);
  if (m === null) throw new UsageError(`${what} ${spec}: expected tcp:[HOST]:PORT`);
  const port = Number(m[2]);
  if (port > 65535) throw new UsageError(`${what} ${spec}: port out of range`);
  const { props } = parseProps(m[3].slice(1), false);
  return { host: m[1] === '' ? '127.0.0.1' : m[1], port, props };
}

export function parseSerial(spec: string): SerialSpec {
  if (spec === 'stdio' || spec === 'mon:stdio') return { kind: 'stdio' };
  if (spec === 'null' || spec === 'none') return { kind: 'null' };
  if (spec.startsWith('tcp:')) {
    const { host, port, props } = parseTcp(spec, '-serial');
    props.delete('');
    const server = props.has('server') ? onOff('server', props.get('server')!) : false;
    const nowait = props.has('nowait') || (props.has('wait') && !onOff('wait', props.get('wait')!));
    return { kind: 'tcp', host, port, server, wait: server && !nowait };
  }
  throw new UsageError(`-serial ${spec}: supported backends are stdio, null and tcp:HOST:PORT[,server[,wait=off]]`);
}

function parseGdb(spec: string): GdbSpec {
  if (/^\d+$/.test(spec)) return { host: '127.0.0.1', port: Number(spec) };
  const { host, port } = parseTcp(spec, '-gdb');
  return { host, port };
}

/**
 * QEMU spells long options with one dash (-machine); commander wants two. Single-letter
 * options (-M, -m, -s, -S) keep one dash.
 */
export function normalizeArgs(argv: readonly string[]): string[] {
  return argv.map((a) => (/^-[a-z][a-z0-9-]+$/.test(a) ? `-${a}` : a));
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function parseOptions(argv: readonly string[]): Options {
  const program = new Command('zvm-gdbserver')
    .description('ARM64 virt board emulator with a hypervisor-aware GDB server (QEMU-compatible options)')
    .option('-M, --machine <spec>', 'board: virt[,virtualization=on|off][,gic-version=3]', 'virt')
    .option('--cpu <model>', 'cortex-a53, cortex-a55 or max', 'cortex-a53')
    .option('--smp <n>', 'number of CPUs (1-8)', '1')
    .option('-m, --memory <size>', 'RAM size (default unit MiB; e.g. 128M, 4G)', '128M')
    .option('--kernel <file>', 'ELF image to boot (entered at its entry point)')
    .option('--initrd <file>', 'initial ramdisk (Linux boot)')
    .option('--append <cmdline>', 'kernel command line (Linux boot)')
    .option('--dtb <file>', 'device tree blob (Linux boot)')
    .option('--device <spec>', 'loader,file=F[,addr=A][,force-raw=on] (repeatable)', collect, [])
    .option('--serial <backend>', 'stdio | null | tcp:HOST:PORT[,server[,wait=off]] (repeatable)', collect, [])
    .option('--nographic', 'no graphics (always the case); console on stdio')
    .option('--monitor <backend>', 'accepted for compatibility: only "none" and "stdio"')
    .option('--display <backend>', 'accepted for compatibility: only "none"')
    .option('-s', 'shorthand for -gdb tcp::1234')
    .option('--gdb <dev>', 'wait for GDB on tcp:[HOST]:PORT (HOST defaults to 127.0.0.1)')
    .option('-S', 'do not start the CPUs: wait for the debugger to resume them')
    .option('--log <level>', 'log level: error, warn, info, debug', 'warn')
    .option('--stats', 'print instructions retired, board time, wall time, page-table walks and MMIO accesses on exit (stderr)')
    .option('--vm-elf <name=file>', 'GDB: the ELF that VMs whose name starts with NAME run (repeatable)', collect, [])
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .allowExcessArguments(false);

  try {
    program.parse(normalizeArgs(argv), { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') throw e;
      throw new UsageError(e.message.replace(/^error: /, ''));
    }
    throw e;
  }
  const o = program.opts();
  const { virtualization } = parseMachine(o.machine);
  if (o.monitor !== undefined && o.monitor !== 'none' && o.monitor !== 'stdio') {
    throw new UsageError(`-monitor ${o.monitor}: the QEMU monitor is not emulated (use -monitor none)`);
  }
  if (o.display !== undefined && o.display !== 'none') throw new UsageError(`-display ${o.display}: no display is emulated`);
  let gdb: GdbSpec | undefined;
  if (o.gdb !== undefined) gdb = parseGdb(o.gdb);
  else if (o.s) gdb = { host: '127.0.0.1', port: DEFAULT_GDB_PORT };
  const serial = (o.serial as string[]).map(parseSerial);
  if (serial.length === 0) serial.push({ kind: 'stdio' });
  if (serial.length > 3) throw new UsageError('-serial: at most 3 UARTs');
  return {
    virtualization,
    cpu: parseCpu(o.cpu),
    smp: parseSmp(o.smp),
    ramSize: parseMemSize(o.memory),
    kernel: o.kernel,
    initrd: o.initrd,
    append: o.append,
    dtb: o.dtb,
    loaders: (o.device as string[]).map(parseDevice),
    serial,
    gdb,
    waitForDebugger: Boolean(o.S),
    logLevel: o.log,
    stats: Boolean(o.stats),
    vmElfs: (o.vmElf as string[]).map(parseVmElf),
  };
}

function parseVmElf(spec: string): VmElfSpec {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`-vm-elf ${spec}: expected NAME=FILE (e.g. zephyr_os=images/rtos.elf)`);
  return { prefix: spec.slice(0, eq), file: spec.slice(eq + 1) };
}
