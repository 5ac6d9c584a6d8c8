// QEMU-compatible command-line options, parsed into a typed configuration, so scripts
// written for qemu-system-aarch64 work by swapping the binary. Every error is a
// UsageError with a one-line message.

import { Command, CommanderError } from 'commander';
import type { CpuModel } from '../machine/board/virt.ts';
import { MAX_CPUS } from '../machine/board/memory-map.ts';
import type { LoaderImage } from '../machine/board/boot.ts';
import type { VmElfSpec } from '../debug/executables.ts';
import { PLAIN_NAME } from '../debug/snapshot-commands.ts';

export class UsageError extends Error {}

/** A character backend (QEMU's -chardev): where a UART's or the monitor's bytes go. */
export type SerialSpec =
  /** `signal`: Ctrl-C on a terminal ends the process (QEMU's -chardev stdio default). */
  | { kind: 'stdio'; signal?: boolean }
  | { kind: 'null' }
  | { kind: 'file'; path: string }
  | { kind: 'tcp'; host: string; port: number; server: boolean; wait: boolean };

/**
 * A character device: a backend shared by its front ends (UARTs, the monitor). With `mux`
 * several front ends share it and Ctrl-A c switches the input between them, as in QEMU.
 */
export interface Chardev {
  id: string;
  backend: SerialSpec;
  mux: boolean;
  /** The option that made it, as typed (for errors). */
  label: string;
}

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
  /** The UARTs' character devices, UART0 first (an id may repeat in a mux). */
  serial: Chardev[];
  /** The human monitor's character device (-mon, -monitor, or muxed on stdio by default). */
  monitor: Chardev | null;
  gdb?: GdbSpec;
  /** -S: do not start the CPUs until a debugger (or the monitor's `cont`) resumes them. */
  waitForDebugger: boolean;
  /** -no-reboot: a guest's reset request ends the run (status 0) instead of rebooting. */
  noReboot: boolean;
  /** -pidfile: the process id is written there and the file removed on exit. */
  pidfile?: string;
  /** -loadvm: the machine snapshot file to start from. */
  loadvm?: string;
  /**
   * -icount rr=record|replay,rrfile=FILE[,rrsnapshot=NAME]: record the run's inputs to FILE,
   * or replay them from it; with rrsnapshot, the recording saves the machine to snapshot
   * NAME in the output directory as it starts, and the replay starts from that snapshot.
   */
  record?: { mode: 'record' | 'replay'; file: string; snapshot?: string };
  /** A one-line note about accepted options that change nothing here (-d, -D). */
  notes: string[];
  logLevel: string;
  /** Print run statistics on exit. */
  stats: boolean;
  /** --vm-elf: the program (ELF with symbols) of the VMs whose name starts with `prefix`. */
  vmElfs: VmElfSpec[];
  /** --output-dir: where the GDB server's `monitor trace save` writes (default: the server's). */
  outputDir?: string;
  /** --max-connections: GDB connections served at once (default: the server's, 8). */
  maxConnections?: number;
  /** --halt-on-disconnect: the board stays stopped when GDB's connection drops (QEMU's way). */
  haltOnDisconnect: boolean;
  /** --reverse-memory: MiB the reverse-execution checkpoints may hold (default: the server's). */
  reverseMemoryMb?: number;
}

export const DEFAULT_RAM = 128 * 1024 * 1024;
export const DEFAULT_GDB_PORT = 1234;

/** `-cpu help`, `-M help`: a list to print on stdout, then exit with status 0 (as QEMU). */
export class ListRequest extends Error {}

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;

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

const MACHINE_LIST = 'Supported machines are:\nvirt                 QEMU virt board (ARM64; GICv3, PL011, PSCI; virtualization=on for EL2)\n';

function parseMachine(opt: string, spec: string): { virtualization: boolean } {
  const { name, props } = parseProps(spec, true);
  if (name === 'help' || name === '?' || props.has('help')) throw new ListRequest(MACHINE_LIST);
  const machine = name ?? props.get('type');
  if (machine !== 'virt' && !machine?.startsWith('virt-')) {
    throw new UsageError(`${opt} ${spec}: only the 'virt' board is emulated (${opt} help lists it)`);
  }
  let virtualization = false;
  for (const [key, value] of props) {
    if (key === 'type') continue;
    else if (key === 'virtualization') virtualization = onOff(key, value);
    else if (key === 'gic-version') {
      if (value !== '3' && value !== 'max' && value !== 'host') {
        throw new UsageError(`${opt} gic-version=${value}: only GICv3 is emulated (use gic-version=3)`);
      }
    } else if (key === 'secure') {
      if (onOff(key, value)) throw new UsageError(`${opt} secure=on: EL3 is not emulated`);
    } else if (key === 'accel') {
      parseAccel(`${opt} accel=`, value);
    } else if (key === 'highmem' || key === 'its' || key === 'iommu') {
      // Accepted for compatibility; they change nothing here.
    } else throw new UsageError(`${opt}: unknown property '${key}'`);
  }
  return { virtualization };
}

const CPU_LIST = 'Available CPUs:\n  cortex-a53\n  cortex-a55\n  max\n';

/**
 * QEMU's -cpu properties and the value our models have: a property that asks for the
 * other value asks for something these models do not do. (No model has SVE, SME, pointer
 * authentication, MTE, LPA2 or EL3; all have AArch64 and a PMU.)
 */
const CPU_PROPERTIES: Record<string, { has: boolean; feature: string }> = {
  sve: { has: false, feature: 'SVE' },
  'sve-default-vector-length': { has: false, feature: 'SVE' },
  sme: { has: false, feature: 'SME' },
  'sme-fa64': { has: false, feature: 'SME' },
  pauth: { has: false, feature: 'pointer authentication (FEAT_PAuth)' },
  'pauth-impdef': { has: false, feature: 'pointer authentication (FEAT_PAuth)' },
  'pauth-qarma3': { has: false, feature: 'pointer authentication (FEAT_PAuth)' },
  mte: { has: false, feature: 'MTE' },
  lpa2: { has: false, feature: 'FEAT_LPA2' },
  has_el3: { has: false, feature: 'EL3' },
  aarch64: { has: true, feature: 'AArch64' },
  pmu: { has: true, feature: 'the PMU' },
};

function parseCpu(opt: string, spec: string): CpuModel {
  const { name, props } = parseProps(spec, true);
  if (name === 'help' || name === '?') throw new ListRequest(CPU_LIST);
  if (name !== 'cortex-a53' && name !== 'cortex-a55' && name !== 'max') {
    throw new UsageError(`${opt} ${spec}: supported models are cortex-a53, cortex-a55 and max`);
  }
  for (const [key, value] of props) {
    // sve128 ... sve2048: vector lengths, each asking for SVE when on.
    const p = CPU_PROPERTIES[key] ?? (/^(sve|sme)\d+$/.test(key) ? CPU_PROPERTIES[key.slice(0, 3)] : undefined);
    if (p === undefined) throw new UsageError(`${opt} ${spec}: unknown CPU property '${key}'`);
    let wanted: boolean;
    if (key === 'sve-default-vector-length') wanted = value !== '-1' && value !== '0';
    else wanted = onOff(`${opt} ${name},${key}`, value);
    if (wanted === p.has) continue;
    throw new UsageError(
      p.has
        ? `${opt} ${name},${key}=${value}: ${p.feature} cannot be removed from the ${name} model here`
        : `${opt} ${name},${key}=${value}: ${p.feature} is not emulated (the ${name} model here has ${key}=off)`,
    );
  }
  return name;
}

function parseSmp(opt: string, spec: string): number {
  const { name, props } = parseProps(spec, true);
  const num = (key: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${opt} ${spec}: ${key} must be a positive integer`);
    return n;
  };
  const topo = ['sockets', 'dies', 'clusters', 'cores', 'threads'];
  for (const key of props.keys()) {
    if (key !== 'cpus' && key !== 'maxcpus' && !topo.includes(key)) throw new UsageError(`${opt} ${spec}: unknown property '${key}'`);
  }
  const given = topo.map((k) => num(k, props.get(k)));
  const product = given.reduce<number>((a, n) => a * (n ?? 1), 1);
  const cpus = num('cpus', name ?? props.get('cpus')) ?? (given.some((n) => n !== undefined) ? product : 1);
  const maxcpus = num('maxcpus', props.get('maxcpus')) ?? cpus;
  if (maxcpus !== cpus) throw new UsageError(`${opt} ${spec}: CPU hotplug is not emulated (maxcpus must equal cpus)`);
  if (given.some((n) => n !== undefined) && product !== cpus) {
    throw new UsageError(`${opt} ${spec}: the topology (${product} CPUs) does not match cpus=${cpus}`);
  }
  if (cpus > MAX_CPUS) throw new UsageError(`${opt} ${spec}: expected 1 to ${MAX_CPUS} CPUs`);
  return cpus;
}

/** QEMU's -m: a size in MiB by default, with optional K/M/G/T suffix, or size=... */
export function parseMemSize(spec: string, opt = '-m'): number {
  const { name, props } = parseProps(spec, true);
  const text = name ?? props.get('size') ?? '';
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]?)[bB]?$/.exec(text);
  if (m === null) throw new UsageError(`${opt} ${spec}: expected a size such as 512M or 4G`);
  const unit = { '': 2 ** 20, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 }[m[2].toLowerCase()]!;
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 2 ** 20 || bytes % 4096 !== 0) throw new UsageError(`${opt} ${spec}: RAM must be at least 1M and a multiple of 4K`);
  if (bytes > 4 * 2 ** 30) throw new UsageError(`${opt} ${spec}: at most 4G of RAM is supported`);
  return bytes;
}

function parseNumber(key: string, value: string): number {
  const n = Number(value); // accepts 0x... and decimal
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`${key}=${value}: expected a non-negative number`);
  return n;
}

function parseDevice(opt: string, spec: string): LoaderImage {
  const { name, props } = parseProps(spec, true);
  if (name !== 'loader') throw new UsageError(`${opt} ${name ?? spec}: only the generic 'loader' device is supported`);
  const file = props.get('file');
  if (file === undefined) throw new UsageError(`${opt} loader: file= is required (data= loaders are not supported)`);
  const loader: LoaderImage = { file, forceRaw: false };
  for (const [key, value] of props) {
    if (key === 'file') continue;
    else if (key === 'addr') loader.addr = parseNumber(key, value);
    else if (key === 'force-raw') loader.forceRaw = onOff(key, value);
    else if (key === 'cpu-num') parseNumber(key, value);
    else throw new UsageError(`${opt} loader: unknown property '${key}'`);
  }
  if (loader.forceRaw && loader.addr === undefined) throw new UsageError(`${opt} loader: force-raw=on needs addr=`);
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

/** A -serial/-monitor backend: stdio, null/none, file:PATH, tcp:HOST:PORT[,server[,wait=off]]. */
export function parseSerial(spec: string, opt = '-serial'): SerialSpec {
  if (spec === 'stdio' || spec === 'mon:stdio') return { kind: 'stdio' };
  if (spec === 'null' || spec === 'none') return { kind: 'null' };
  if (spec.startsWith('file:') && spec.length > 5) return { kind: 'file', path: spec.slice(5) };
  if (spec.startsWith('tcp:')) {
    const { host, port, props } = parseTcp(spec, opt);
    props.delete('');
    const server = props.has('server') ? onOff('server', props.get('server')!) : false;
    const nowait = props.has('nowait') || (props.has('wait') && !onOff('wait', props.get('wait')!));
    return { kind: 'tcp', host, port, server, wait: server && !nowait };
  }
  if (spec === 'pty') throw new UsageError(`${opt} pty: pseudo-terminals are not supported; use ${opt} tcp::PORT,server,wait=off and connect with nc`);
  throw new UsageError(`${opt} ${spec}: supported backends are stdio, null, file:PATH, tcp:HOST:PORT[,server[,wait=off]] and chardev:ID`);
}

/** -chardev BACKEND,id=ID[,mux=on][,...]: stdio, null, file,path=F, socket,host=H,port=P[,server=on][,wait=off]. */
export function parseChardev(opt: string, spec: string): Chardev {
  const { name, props } = parseProps(spec, true);
  const id = props.get('id');
  if (id === undefined || id === '' || id === 'on') throw new UsageError(`${opt} ${spec}: id= is required`);
  const mux = props.has('mux') && onOff('mux', props.get('mux')!);
  const known = (...keys: string[]) => {
    for (const key of props.keys()) {
      if (key !== 'id' && key !== 'mux' && !keys.includes(key)) throw new UsageError(`${opt} ${spec}: unknown property '${key}' for a ${name} backend`);
    }
  };
  let backend: SerialSpec;
  switch (name) {
    case 'stdio':
      known('signal');
      backend = { kind: 'stdio', signal: !props.has('signal') || onOff('signal', props.get('signal')!) };
      break;
    case 'null':
      known();
      backend = { kind: 'null' };
      break;
    case 'file': {
      known('path');
      const path = props.get('path');
      if (path === undefined || path === '') throw new UsageError(`${opt} ${spec}: a file backend needs path=`);
      backend = { kind: 'file', path };
      break;
    }
    case 'socket': {
      known('host', 'port', 'server', 'wait', 'nowait', 'nodelay', 'telnet');
      if (props.has('telnet') && onOff('telnet', props.get('telnet')!)) throw new UsageError(`${opt} ${spec}: telnet=on is not supported (raw TCP only)`);
      const portText = props.get('port');
      if (portText === undefined) throw new UsageError(`${opt} ${spec}: a socket backend needs port= (unix sockets are not supported)`);
      const port = Number(portText);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`${opt} ${spec}: port=${portText} is out of range`);
      const server = props.has('server') && onOff('server', props.get('server')!);
      const wait = server && !props.has('nowait') && (!props.has('wait') || onOff('wait', props.get('wait')!));
      const host = props.get('host');
      backend = { kind: 'tcp', host: host === undefined || host === '' ? '127.0.0.1' : host, port, server, wait };
      break;
    }
    default:
      throw new UsageError(`${opt} ${spec}: supported backends are stdio, null, file and socket`);
  }
  return { id, backend, mux, label: `${opt} ${spec}` };
}

function parseGdb(opt: string, spec: string): GdbSpec {
  if (/^\d+$/.test(spec)) return { host: '127.0.0.1', port: Number(spec) };
  const { host, port } = parseTcp(spec, opt);
  return { host, port };
}

function parseAccel(opt: string, spec: string): void {
  const { name } = parseProps(spec, true);
  if (name !== 'tcg') throw new UsageError(`${opt}${spec}: only tcg (this emulator) is available`);
}

/** -net/-nic: only `none` (the board has no network device). */
function parseNoNet(opt: string, spec: string): void {
  if (spec !== 'none') throw new UsageError(`${opt} ${spec}: no network device is emulated (use ${opt} none)`);
}

/**
 * QEMU spells long options with one dash (-machine); commander wants two. Single-letter
 * options (-M, -m, -s, -S) keep one dash.
 */
export function normalizeArgs(argv: readonly string[]): string[] {
  return argv.map((a) => (/^-[a-z][a-z0-9-]+$/.test(a) ? `-${a}` : a));
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * The UARTs' and the monitor's character devices: -chardev definitions referenced by
 * `-serial chardev:ID` and `-mon chardev=ID`, and the -serial/-monitor shorthands. As in
 * QEMU, without -nodefaults the monitor shares stdio with the console (Ctrl-A c).
 */
function resolveConsoles(
  o: { chardev: string[]; serial: string[]; mon: string[]; monitor?: string; nodefaults?: boolean },
  as: (long: string) => string,
): { serial: Chardev[]; monitor: Chardev | null } {
  const byId = new Map<string, Chardev>();
  for (const spec of o.chardev) {
    const c = parseChardev(as('chardev'), spec);
    if (byId.has(c.id)) throw new UsageError(`${as('chardev')} ${spec}: a chardev with id=${c.id} already exists`);
    byId.set(c.id, c);
  }
  let stdioShared: Chardev | undefined;
  const shorthand = (opt: string, spec: string, id: string): Chardev => {
    if (spec.startsWith('chardev:')) {
      const c = byId.get(spec.slice(8));
      if (c === undefined) throw new UsageError(`${opt} ${spec}: no ${as('chardev')} with id=${spec.slice(8)}`);
      return c;
    }
    const backend = parseSerial(spec, opt);
    const label = `${opt} ${spec}`;
    // -serial stdio and -monitor stdio share one muxed stdio, as QEMU's mon:stdio.
    if (backend.kind === 'stdio') return (stdioShared ??= { id, backend, mux: true, label });
    return { id, backend, mux: false, label };
  };
  const serial = o.serial.map((spec, i) => shorthand(as('serial'), spec, `serial${i}`));
  if (serial.length === 0 && !o.nodefaults) serial.push(shorthand('-serial', 'stdio', 'serial0'));
  if (serial.length > 3) throw new UsageError(`${as('serial')}: at most 3 UARTs`);

  let monitor: Chardev | null = null;
  if (o.mon.length > 1) throw new UsageError(`${as('mon')}: one monitor only`);
  if (o.mon.length === 1) {
    const { name, props } = parseProps(o.mon[0], true);
    const id = props.get('chardev') ?? name;
    const mode = props.get('mode') ?? 'readline';
    if (mode !== 'readline') throw new UsageError(`${as('mon')} ${o.mon[0]}: only mode=readline (the human monitor) is emulated, not QMP`);
    if (id === undefined) throw new UsageError(`${as('mon')} ${o.mon[0]}: chardev= is required`);
    monitor = byId.get(id) ?? null;
    if (monitor === null) throw new UsageError(`${as('mon')} ${o.mon[0]}: no ${as('chardev')} with id=${id}`);
  } else if (o.monitor !== undefined) {
    monitor = o.monitor === 'none' ? null : shorthand(as('monitor'), o.monitor, 'compat_monitor0');
  } else if (!o.nodefaults) {
    monitor = shorthand('-monitor', 'stdio', 'compat_monitor0');
  }

  // A chardev serves one front end unless mux=on; stdio can back one chardev only.
  const users = new Map<Chardev, number>();
  for (const c of [...serial, ...(monitor === null ? [] : [monitor])]) users.set(c, (users.get(c) ?? 0) + 1);
  let stdio: Chardev | undefined;
  for (const [c, n] of users) {
    if (n > 1 && !c.mux) throw new UsageError(`chardev '${c.id}' is used by ${n} devices: give it mux=on`);
    if (c.backend.kind === 'stdio') {
      if (stdio !== undefined) {
        // As QEMU: "cannot use stdio by multiple character devices".
        const other = c === monitor && o.mon.length === 0 && o.monitor === undefined ? 'the default monitor' : `chardev '${c.id}'`;
        throw new UsageError(`stdio is used by chardev '${stdio.id}' and by ${other}: share one chardev (mux=on, -mon chardev=${stdio.id}) or give -monitor none`);
      }
      stdio = c;
    }
  }
  return { serial, monitor };
}

export function parseOptions(argv: readonly string[]): Options {
  const program = new Command('zvm-gdbserver')
    .description('ARM64 virt board emulator with a hypervisor-aware GDB server (QEMU-compatible options)')
    .option('-M, --machine <spec>', 'board: virt[,virtualization=on|off][,gic-version=3] (help lists boards)', 'virt')
    .option('--cpu <model>', 'cortex-a53, cortex-a55 or max[,sve=off,pauth=off,...] (help lists models)', 'cortex-a53')
    .option('--smp <n>', 'CPUs (1-8): N or cpus=N[,sockets=S,cores=C,threads=T]', '1')
    .option('-m, --memory <size>', 'RAM size (default unit MiB; e.g. 128M, 4G)', '128M')
    .option('--kernel <file>', 'ELF, arm64 Linux Image or raw image to boot')
    .option('--initrd <file>', 'initial ramdisk (Linux boot)')
    .option('--append <cmdline>', 'kernel command line (Linux boot)')
    .option('--dtb <file>', 'device tree blob (Linux boot)')
    .option('--device <spec>', 'loader,file=F[,addr=A][,force-raw=on] (repeatable)', collect, [])
    .option('--chardev <spec>', 'stdio|null|file|socket,id=ID[,mux=on][,signal=off][,path=F][,host=H,port=P,server=on,wait=off] (repeatable)', collect, [])
    .option('--serial <backend>', 'stdio | null | file:F | tcp:HOST:PORT[,server[,wait=off]] | chardev:ID (repeatable)', collect, [])
    .option('--mon <spec>', 'chardev=ID[,mode=readline]: the monitor on a chardev', collect, [])
    .option('--monitor <backend>', 'the monitor: stdio (default, Ctrl-A c), none, or a -serial backend')
    .option('--nographic', 'no graphics (always the case); console on stdio')
    .option('--display <backend>', 'accepted for compatibility: only "none"')
    .option('--nodefaults', 'no default serial console or monitor')
    .option('--net <spec>', 'accepted for compatibility: only "none"')
    .option('--nic <spec>', 'accepted for compatibility: only "none"')
    .option('--accel <spec>', 'accepted for compatibility: only "tcg"')
    .option('--pidfile <file>', 'write the process id to FILE (removed on exit)')
    .option('--no-reboot', 'exit instead of rebooting when the guest resets the board')
    .option('--loadvm <file>', 'start from the machine snapshot FILE (written by savevm) instead of the reset state')
    .option('--icount <spec>', '[shift=4|auto][,rr=record|replay,rrfile=FILE]: time here always counts instructions; rr records or replays the run')
    .option('--rtc <spec>', 'accepted for compatibility (base=utc, clock=vm|host|rt)')
    .option('-d <items>', "QEMU's debug logs: accepted, not produced (see --log)")
    .option('-D <file>', "QEMU's debug log file: accepted, not written")
    .option('-s', 'shorthand for -gdb tcp::1234')
    .option('--gdb <dev>', 'wait for GDB on tcp:[HOST]:PORT (HOST defaults to 127.0.0.1)')
    .option('-S', "do not start the CPUs: wait for GDB (or the monitor's cont) to start them")
    .option('--log <level>', `log level: ${LOG_LEVELS.join(', ')}`, 'warn')
    .option('--stats', 'print instructions retired, board time, wall time, page-table walks and MMIO accesses on exit (stderr)')
    .option('--vm-elf <name=file>', 'GDB: the ELF that VMs whose name starts with NAME run (repeatable)', collect, [])
    .option('--output-dir <dir>', 'GDB: the directory monitor trace save writes plain file names to (default: $ZVM_OUTPUT_DIR, else ./zvm-output)')
    .option('--max-connections <n>', 'GDB: connections served at once; one more is refused with a message (default 8)')
    .option('--halt-on-disconnect', "GDB: when the last connection drops without detaching, the board stays stopped (QEMU's way) instead of running on")
    .option('--reverse-memory <MB>', 'GDB: memory the checkpoints for reverse execution may hold, MiB (default 256; 0: no reverse execution)')
    .argument('[disk...]', "QEMU's disk image (not emulated: refused)")
    .exitOverride()
    .configureOutput({ writeErr: () => {} })
    .allowExcessArguments(false);

  // Errors name an option as the user spelled it (-net, --net or -M).
  const as = (long: string, short?: string): string =>
    argv.find((a) => a === `--${long}` || (short !== undefined && a === `-${short}`)) ?? `-${long}`;
  try {
    program.parse(normalizeArgs(argv), { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') throw e;
      throw new UsageError(e.message.replace(/^error: /, '').replace(/--([a-z][a-z0-9-]*)/g, (_m, long: string) => as(long)));
    }
    throw e;
  }
  const o = program.opts();
  if (program.args.length > 0) {
    throw new UsageError(`${program.args[0]}: a disk image (QEMU's positional argument) is not emulated; give the program with -kernel`);
  }
  const { virtualization } = parseMachine(as('machine', 'M'), o.machine);
  const cpu = parseCpu(as('cpu'), o.cpu);
  if (o.display !== undefined && o.display !== 'none') throw new UsageError(`${as('display')} ${o.display}: no display is emulated`);
  if (o.net !== undefined) parseNoNet(as('net'), o.net);
  if (o.nic !== undefined) parseNoNet(as('nic'), o.nic);
  if (o.accel !== undefined) parseAccel(`${as('accel')} `, o.accel);
  if (!(LOG_LEVELS as readonly string[]).includes(o.log)) throw new UsageError(`${as('log')} ${o.log}: expected one of ${LOG_LEVELS.join(', ')}`);
  let gdb: GdbSpec | undefined;
  if (o.gdb !== undefined) gdb = parseGdb(as('gdb'), o.gdb);
  else if (o.s) gdb = { host: '127.0.0.1', port: DEFAULT_GDB_PORT };
  const { serial, monitor } = resolveConsoles(o as Parameters<typeof resolveConsoles>[0], as);
  if (o.S && gdb === undefined && monitor === null) {
    throw new UsageError("-S: nothing would start the CPUs: add -s or -gdb tcp::PORT (or keep a monitor to type 'cont')");
  }
  const notes: string[] = [];
  const record = o.icount === undefined ? undefined : parseIcount(as('icount'), o.icount, notes);
  if (record?.snapshot !== undefined && o.loadvm !== undefined) {
    throw new UsageError(`${as('icount')} rrsnapshot=${record.snapshot}: the recording starts from that snapshot, not from -loadvm ${o.loadvm}: give one of the two`);
  }
  if (o.d !== undefined || o.D !== undefined) {
    notes.push(`${o.d !== undefined ? `-d ${o.d}` : `-D ${o.D}`}: QEMU's debug logs are not produced here (--log debug gives this program's, GDB the machine state)`);
  }
  return {
    virtualization,
    cpu,
    smp: parseSmp(as('smp'), o.smp),
    ramSize: parseMemSize(o.memory, as('memory', 'm')),
    kernel: o.kernel,
    initrd: o.initrd,
    append: o.append,
    dtb: o.dtb,
    loaders: (o.device as string[]).map((spec) => parseDevice(as('device'), spec)),
    serial,
    monitor,
    gdb,
    waitForDebugger: Boolean(o.S),
    noReboot: o.reboot === false,
    pidfile: o.pidfile,
    loadvm: o.loadvm === '' ? invalid(`${as('loadvm')}: expected a snapshot file`) : o.loadvm,
    record,
    notes,
    logLevel: o.log,
    stats: Boolean(o.stats),
    vmElfs: (o.vmElf as string[]).map((spec) => parseVmElf(as('vm-elf'), spec)),
    outputDir: o.outputDir === '' ? invalid(`${as('output-dir')}: expected a directory`) : o.outputDir,
    maxConnections: o.maxConnections === undefined ? undefined : parseMaxConnections(as('max-connections'), o.maxConnections),
    haltOnDisconnect: Boolean(o.haltOnDisconnect),
    reverseMemoryMb: o.reverseMemory === undefined ? undefined : parseReverseMemory(as('reverse-memory'), o.reverseMemory),
  };
}

/** QEMU's shift: 2^shift ns per instruction. Ours is one 62.5 MHz counter tick, 16 ns. */
const OUR_SHIFT = 4;

/**
 * -icount [shift=N|auto][,align=off][,sleep=on|off][,rr=record|replay,rrfile=FILE[,rrsnapshot=NAME]]:
 * time here always counts instructions, as QEMU's shift=4; rr records or replays the run's
 * inputs. QEMU keeps rrsnapshot in a qcow2 image; here it is a snapshot file in the output
 * directory, a plain name as for `monitor savevm`.
 */
function parseIcount(opt: string, spec: string, notes: string[]): Options['record'] {
  let rr: string | undefined;
  let rrfile: string | undefined;
  let rrsnapshot: string | undefined;
  for (const item of spec.split(',')) {
    const eq = item.indexOf('=');
    const [key, value] = eq < 0 ? ['shift', item] : [item.slice(0, eq), item.slice(eq + 1)];
    switch (key) {
      case 'shift':
        if (value !== 'auto' && value !== String(OUR_SHIFT)) {
          // auto (QEMU adapts the shift to the host's speed) is taken as ours: time never follows the host here
          throw new UsageError(`${opt} shift=${value}: time here is one 62.5 MHz counter tick (16 ns) per instruction, QEMU's shift=${OUR_SHIFT} (or auto); other shifts are not emulated`);
        }
        break;
      case 'align':
        if (value !== 'off') throw new UsageError(`${opt} align=${value}: time here never waits for the host's clock (align=off)`);
        break;
      case 'sleep':
        if (value !== 'on' && value !== 'off') throw new UsageError(`${opt} sleep=${value}: expected on or off`);
        break;
      case 'rr':
        if (value !== 'record' && value !== 'replay') throw new UsageError(`${opt} rr=${value}: expected record or replay`);
        rr = value;
        break;
      case 'rrfile':
        if (value === '') throw new UsageError(`${opt} rrfile=: expected a file`);
        rrfile = value;
        break;
      case 'rrsnapshot':
        if (!PLAIN_NAME.test(value)) throw new UsageError(`${opt} rrsnapshot=${value}: expected a plain file name (letters, digits, . _ -), kept in the output directory`);
        rrsnapshot = value;
        break;
      default:
        throw new UsageError(`${opt} ${item}: expected shift=4|auto, align=off, sleep=on|off, rr=record|replay, rrfile=FILE, rrsnapshot=NAME`);
    }
  }
  if (rr === undefined) {
    if (rrfile !== undefined || rrsnapshot !== undefined) throw new UsageError(`${opt} ${rrfile !== undefined ? 'rrfile' : 'rrsnapshot'}=${rrfile ?? rrsnapshot}: give rr=record or rr=replay with it`);
    notes.push(`${opt} ${spec}: time here always counts instructions (one 62.5 MHz counter tick per instruction)`);
    return undefined;
  }
  if (rrfile === undefined) throw new UsageError(`${opt} rr=${rr}: give the record file with rrfile=FILE`);
  return { mode: rr as 'record' | 'replay', file: rrfile, ...(rrsnapshot !== undefined ? { snapshot: rrsnapshot } : {}) };
}

function invalid(message: string): never {
  throw new UsageError(message);
}

/** At most this many GDB connections may be asked for (each holds buffers and a session). */
const MAX_CONNECTIONS_LIMIT = 64;

function parseMaxConnections(opt: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > MAX_CONNECTIONS_LIMIT) throw new UsageError(`${opt} ${v}: expected a whole number from 1 to ${MAX_CONNECTIONS_LIMIT}`);
  return n;
}

/** Most MiB the reverse-execution checkpoints may be given (the host's memory is the real bound). */
const MAX_REVERSE_MEMORY_MB = 65536;

function parseReverseMemory(opt: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > MAX_REVERSE_MEMORY_MB) throw new UsageError(`${opt} ${v}: expected MiB as a whole number from 0 to ${MAX_REVERSE_MEMORY_MB}`);
  return n;
}

function parseVmElf(opt: string, spec: string): VmElfSpec {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw new UsageError(`${opt} ${spec}: expected NAME=FILE (e.g. zephyr_os=images/rtos.elf)`);
  return { prefix: spec.slice(0, eq), file: spec.slice(eq + 1) };
}
