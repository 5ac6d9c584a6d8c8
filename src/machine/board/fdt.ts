// Flattened device trees (DTB format version 17, devicetree specification chapter 5):
// an in-memory node tree, a writer (header, memory reservation map, structure block,
// strings block), a reader (to amend a user's -dtb), and virtDeviceTree(), which describes
// our `virt` board the way QEMU 7.2's virt machine does (test/machine/fdt.test.ts compares it
// with the tree QEMU dumps for `-machine virt,gic-version=3,dumpdtb=FILE`).

import { CPU_MODEL_NAMES, cpuModel, type CpuModelName } from '../cpu/sysregs.ts';
import { MAX_CPUS, VIRT_DEVICES, VIRT_MAP, VIRT_PPI, VIRT_UARTS, type VirtDevice } from './memory-map.ts';

// ---- the tree ------------------------------------------------------------------------

/** A property value: raw bytes. Build them with the helpers below. */
export type FdtValue = Uint8Array;

export class FdtNode {
  readonly props = new Map<string, FdtValue>();
  readonly children: FdtNode[] = [];

  constructor(readonly name: string) {}

  /** Sets a property (replacing an existing one, keeping its position). Returns this. */
  set(name: string, value: FdtValue): this {
    this.props.set(name, value);
    return this;
  }

  /** Adds a child node (or returns the existing child of that name). */
  child(name: string): FdtNode {
    const have = this.children.find((c) => c.name === name);
    if (have) return have;
    const c = new FdtNode(name);
    this.children.push(c);
    return c;
  }

  /** The node at a path like "/chosen" or "cpus/cpu@0" below this one, or undefined. */
  find(path: string): FdtNode | undefined {
    let n: FdtNode | undefined = this;
    for (const part of path.split('/').filter((p) => p !== '')) {
      n = n.children.find((c) => c.name === part);
      if (n === undefined) return undefined;
    }
    return n;
  }

  get(name: string): FdtValue | undefined {
    return this.props.get(name);
  }
}

/** Property value helpers. */
export const prop = {
  /** An empty (boolean) property. */
  empty: (): FdtValue => new Uint8Array(0),
  /** One or more big-endian 32-bit cells. */
  cells: (...cells: number[]): FdtValue => {
    const b = new Uint8Array(cells.length * 4);
    const v = new DataView(b.buffer);
    cells.forEach((c, i) => v.setUint32(i * 4, c >>> 0));
    return b;
  },
  /** 64-bit values as pairs of cells. */
  u64: (...values: (number | bigint)[]): FdtValue => prop.cells(...values.flatMap(split64)),
  /** A NUL-terminated string, or a string list. */
  string: (...strings: string[]): FdtValue => new TextEncoder().encode(strings.map((s) => s + '\0').join('')),
};

function split64(v: number | bigint): [number, number] {
  const b = BigInt(v);
  return [Number((b >> 32n) & 0xffff_ffffn), Number(b & 0xffff_ffffn)];
}

/** Decodes a property as cells (big-endian u32s). */
export function propCells(v: FdtValue): number[] {
  const d = new DataView(v.buffer, v.byteOffset, v.byteLength);
  const cells: number[] = [];
  for (let i = 0; i + 4 <= v.length; i += 4) cells.push(d.getUint32(i));
  return cells;
}

/** Decodes a property as a list of strings. */
export function propStrings(v: FdtValue): string[] {
  const s = new TextDecoder().decode(v);
  return s.replace(/\0$/, '').split('\0');
}

// ---- writing -------------------------------------------------------------------------

export const FDT_MAGIC = 0xd00dfeed;
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;
const HEADER_SIZE = 40;

export interface FdtReservation {
  address: bigint;
  size: bigint;
}

export interface FdtWriteOptions {
  /** Memory reservation map entries (default none, like QEMU). */
  reservations?: readonly FdtReservation[];
  /** boot_cpuid_phys (default 0). */
  bootCpuid?: number;
}

/** Serialises a tree (root node named "") to a version-17 DTB. */
export function writeFdt(root: FdtNode, options: FdtWriteOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const strings: number[] = [];
  const stringOffsets = new Map<string, number>();
  const nameOff = (name: string): number => {
    let off = stringOffsets.get(name);
    if (off === undefined) {
      off = strings.length;
      stringOffsets.set(name, off);
      strings.push(...enc.encode(name), 0);
    }
    return off;
  };

  const struct: number[] = [];
  const u32 = (v: number) => struct.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
  const bytes = (b: Uint8Array) => {
    for (const x of b) struct.push(x);
    while (struct.length % 4 !== 0) struct.push(0);
  };
  const emit = (node: FdtNode) => {
    u32(FDT_BEGIN_NODE);
    bytes(enc.encode(node.name + '\0'));
    for (const [name, value] of node.props) {
      u32(FDT_PROP);
      u32(value.length);
      u32(nameOff(name));
      bytes(value);
    }
    for (const c of node.children) emit(c);
    u32(FDT_END_NODE);
  };
  emit(root);
  u32(FDT_END);

  const rsv = options.reservations ?? [];
  const offMemRsv = HEADER_SIZE; // 8-aligned
  const rsvSize = (rsv.length + 1) * 16;
  const offStruct = offMemRsv + rsvSize;
  const offStrings = offStruct + struct.length;
  const total = offStrings + strings.length;
  const blob = new Uint8Array((total + 7) & ~7);
  const v = new DataView(blob.buffer);
  v.setUint32(0, FDT_MAGIC);
  v.setUint32(4, blob.length);
  v.setUint32(8, offStruct);
  v.setUint32(12, offStrings);
  v.setUint32(16, offMemRsv);
  v.setUint32(20, 17); // version
  v.setUint32(24, 16); // last_comp_version
  v.setUint32(28, options.bootCpuid ?? 0);
  v.setUint32(32, strings.length);
  v.setUint32(36, struct.length);
  rsv.forEach((r, i) => {
    v.setBigUint64(offMemRsv + i * 16, r.address);
    v.setBigUint64(offMemRsv + i * 16 + 8, r.size);
  });
  blob.set(struct, offStruct);
  blob.set(strings, offStrings);
  return blob;
}

// ---- reading -------------------------------------------------------------------------

export class FdtError extends Error {}

export interface ParsedFdt {
  root: FdtNode;
  reservations: FdtReservation[];
  bootCpuid: number;
}

/** Parses a DTB (versions 16 and 17). Throws FdtError on a malformed blob. */
export function parseFdt(blob: Uint8Array): ParsedFdt {
  const fail = (why: string): never => {
    throw new FdtError(`device tree blob: ${why}`);
  };
  if (blob.length < HEADER_SIZE) fail('too short');
  const v = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (v.getUint32(0) !== FDT_MAGIC) fail('bad magic (not a DTB)');
  const total = v.getUint32(4);
  const offStruct = v.getUint32(8);
  const offStrings = v.getUint32(12);
  const offRsv = v.getUint32(16);
  const version = v.getUint32(20);
  if (version < 16) fail(`version ${version} is too old`);
  if (total > blob.length) fail('truncated');
  const sizeStrings = v.getUint32(32);
  const sizeStruct = version >= 17 ? v.getUint32(36) : total - offStruct;
  if (offStruct + sizeStruct > total || offStrings + sizeStrings > total) fail('blocks outside the blob');
  const dec = new TextDecoder();
  const cstr = (off: number, end: number): [string, number] => {
    let e = off;
    while (e < end && blob[e] !== 0) e++;
    if (e >= end) fail('unterminated string');
    return [dec.decode(blob.subarray(off, e)), e + 1];
  };

  const reservations: FdtReservation[] = [];
  for (let o = offRsv; ; o += 16) {
    if (o + 16 > total) fail('unterminated reservation map');
    const address = v.getBigUint64(o);
    const size = v.getBigUint64(o + 8);
    if (address === 0n && size === 0n) break;
    reservations.push({ address, size });
  }

  const stack: FdtNode[] = [];
  let root: FdtNode | null = null;
  let p = offStruct;
  const end = offStruct + sizeStruct;
  const align = (x: number) => (x + 3) & ~3;
  for (;;) {
    if (p + 4 > end) fail('structure block ends without FDT_END');
    const tok = v.getUint32(p);
    p += 4;
    if (tok === FDT_BEGIN_NODE) {
      const [name, next] = cstr(p, end);
      p = align(next);
      const node = new FdtNode(name);
      if (stack.length === 0) {
        if (root !== null) fail('two root nodes');
        root = node;
      } else stack[stack.length - 1].children.push(node);
      stack.push(node);
    } else if (tok === FDT_END_NODE) {
      if (stack.pop() === undefined) fail('unbalanced FDT_END_NODE');
    } else if (tok === FDT_PROP) {
      const len = v.getUint32(p);
      const nameoff = v.getUint32(p + 4);
      p += 8;
      if (p + len > end) fail('property outside the structure block');
      if (stack.length === 0) fail('property outside a node');
      const [name] = cstr(offStrings + nameoff, offStrings + sizeStrings);
      stack[stack.length - 1].props.set(name, blob.slice(p, p + len));
      p = align(p + len);
    } else if (tok === FDT_NOP) {
      continue;
    } else if (tok === FDT_END) {
      break;
    } else fail(`unknown token ${tok} at ${p - 4}`);
  }
  if (root === null || stack.length !== 0) fail('unbalanced nodes');
  return { root: root!, reservations, bootCpuid: v.getUint32(28) };
}

// ---- the virt board's tree -----------------------------------------------------------

export interface VirtDeviceTreeOptions {
  /** RAM size in bytes (RAM starts at VIRT_MAP.ram.base unless ramBase is given). */
  ramSize: number;
  ramBase?: number;
  /** Number of PEs (1..MAX_CPUS); MPIDR affinity = CPU index. */
  cpus: number;
  /** `-cpu` model (cortex-a53, cortex-a55, max) or an explicit "vendor,cpu" compatible. */
  cpu: string;
  /** virtualization=on: PSCI over SMC, the GIC maintenance interrupt. */
  virtualization: boolean;
  /** Number of PL011s (1..3): the first ones of VIRT_UARTS (default 1). */
  uarts?: number;
  /** Describe the GICv3 ITS (only if the board implements it; default false). */
  its?: boolean;
  /** Describe the PMU (PPI 7), as QEMU does for its CPUs (default false: a VM's tree leaves it out). */
  pmu?: boolean;
  /** Describe the PL031 RTC (only if the board maps it; default false). */
  rtc?: boolean;
  /** /chosen: kernel command line (bootargs), initrd range [start, end). */
  bootargs?: string;
  initrd?: { start: number; end: number };
  /** /chosen stdout-path (default the first PL011). */
  stdoutPath?: string;
  /** /chosen kaslr-seed and rng-seed; omitted by default (deterministic runs). */
  kaslrSeed?: bigint;
  rngSeed?: Uint8Array;
}

/** The `compatible` QEMU 7.2 gives each -cpu model in its device tree. */
export const CPU_COMPATIBLE: Readonly<Record<string, string>> = {
  'cortex-a53': 'arm,cortex-a53',
  'cortex-a55': 'arm,cortex-a55',
  // QEMU 7.2 derives `max` from the Cortex-A57 and keeps its compatible in the device tree.
  max: 'arm,cortex-a57',
};

/** PSCI 0.2 function ids as QEMU lists them (SMC64 forms where they exist). */
export const PSCI_FN = {
  cpuSuspend: 0xc400_0001,
  cpuOff: 0x8400_0002,
  cpuOn: 0xc400_0003,
  migrate: 0xc400_0005,
} as const;

/** GIC interrupt specifier types and flags (bindings/interrupt-controller/arm,gic*.yaml). */
export const GIC_SPI = 0;
export const GIC_PPI = 1;
export const IRQ_TYPE_EDGE_RISING = 1;
export const IRQ_TYPE_LEVEL_HIGH = 4;

/**
 * The device tree of our virt board, like QEMU's for the devices we have: root
 * (linux,dummy-virt, 2 address and size cells), /psci, /memory@40000000, the PL011s,
 * /intc@8000000 (GICv3 with one redistributor region), /cpus with cpu-map, /timer,
 * /apb-pclk (24 MHz fixed clock), /chosen and /aliases. Phandles are allocated as QEMU
 * does: the clock 0x8000, the CPUs 0x8001.., then the GIC and the ITS.
 */
export function virtDeviceTree(o: VirtDeviceTreeOptions): FdtNode {
  if (!Number.isInteger(o.cpus) || o.cpus < 1 || o.cpus > MAX_CPUS) throw new Error(`device tree: cpus must be 1..${MAX_CPUS}`);
  const uarts = o.uarts ?? 1;
  if (uarts < 1 || uarts > VIRT_UARTS.length) throw new Error(`device tree: uarts must be 1..${VIRT_UARTS.length}`);
  const ramBase = o.ramBase ?? VIRT_MAP.ram.base;
  const cpuCompatible = CPU_COMPATIBLE[o.cpu] ?? (o.cpu.includes(',') ? o.cpu : undefined);
  if (cpuCompatible === undefined) throw new Error(`device tree: no compatible string for CPU model ${o.cpu}`);

  let nextPhandle = 0x8000;
  const clockPhandle = nextPhandle++;
  const cpuPhandles = Array.from({ length: o.cpus }, () => nextPhandle++);
  const gicPhandle = nextPhandle++;
  const itsPhandle = o.its ? nextPhandle++ : 0;

  const root = new FdtNode('');
  root
    .set('interrupt-parent', prop.cells(gicPhandle))
    .set('model', prop.string('linux,dummy-virt'))
    .set('#size-cells', prop.cells(2))
    .set('#address-cells', prop.cells(2))
    .set('compatible', prop.string('linux,dummy-virt'));

  root
    .child('psci')
    .set('migrate', prop.cells(PSCI_FN.migrate))
    .set('cpu_on', prop.cells(PSCI_FN.cpuOn))
    .set('cpu_off', prop.cells(PSCI_FN.cpuOff))
    .set('cpu_suspend', prop.cells(PSCI_FN.cpuSuspend))
    .set('method', prop.string(o.virtualization ? 'smc' : 'hvc'))
    .set('compatible', prop.string('arm,psci-1.0', 'arm,psci-0.2', 'arm,psci'));

  root
    .child(`memory@${ramBase.toString(16)}`)
    .set('reg', prop.u64(ramBase, o.ramSize))
    .set('device_type', prop.string('memory'));

  // Each peripheral from the board's device table: its clocks, SPI (level-high), window.
  const device = (d: VirtDevice): string => {
    const name = `${d.node}@${d.base.toString(16)}`;
    root
      .child(name)
      .set('clock-names', prop.string(...d.clocks))
      .set('clocks', prop.cells(...d.clocks.map(() => clockPhandle)))
      .set('interrupts', prop.cells(GIC_SPI, d.spi, IRQ_TYPE_LEVEL_HIGH))
      .set('reg', prop.u64(d.base, d.size))
      .set('compatible', prop.string(...d.compatible));
    return `/${name}`;
  };
  if (o.rtc) device(VIRT_DEVICES.rtc);
  const uartPaths = VIRT_UARTS.slice(0, uarts).map(device);

  if (o.pmu) {
    root
      .child('pmu')
      .set('interrupts', prop.cells(GIC_PPI, VIRT_PPI.pmu - 16, IRQ_TYPE_LEVEL_HIGH))
      .set('compatible', prop.string('arm,armv8-pmuv3'));
  }

  const gic = root.child(`intc@${VIRT_MAP.gicDistributor.base.toString(16)}`);
  gic.set('phandle', prop.cells(gicPhandle));
  if (o.virtualization) gic.set('interrupts', prop.cells(GIC_PPI, VIRT_PPI.maintenance - 16, IRQ_TYPE_LEVEL_HIGH));
  gic
    .set(
      'reg',
      prop.u64(
        VIRT_MAP.gicDistributor.base,
        VIRT_MAP.gicDistributor.size,
        VIRT_MAP.gicRedistributors.base,
        VIRT_MAP.gicRedistributors.size,
      ),
    )
    .set('#redistributor-regions', prop.cells(1))
    .set('compatible', prop.string('arm,gic-v3'))
    .set('ranges', prop.empty())
    .set('#size-cells', prop.cells(2))
    .set('#address-cells', prop.cells(2))
    .set('interrupt-controller', prop.empty())
    .set('#interrupt-cells', prop.cells(3));
  if (o.its) {
    gic
      .child(`its@${VIRT_MAP.gicIts.base.toString(16)}`)
      .set('phandle', prop.cells(itsPhandle))
      .set('reg', prop.u64(VIRT_MAP.gicIts.base, VIRT_MAP.gicIts.size))
      .set('#msi-cells', prop.cells(1))
      .set('msi-controller', prop.empty())
      .set('compatible', prop.string('arm,gic-v3-its'));
  }

  const cpus = root.child('cpus');
  cpus.set('#size-cells', prop.cells(0)).set('#address-cells', prop.cells(1));
  const cluster = cpus.child('cpu-map').child('socket0').child('cluster0');
  for (let i = 0; i < o.cpus; i++) cluster.child(`core${i}`).set('cpu', prop.cells(cpuPhandles[i]));
  for (let i = 0; i < o.cpus; i++) {
    const cpu = cpus.child(`cpu@${i.toString(16)}`);
    cpu
      .set('phandle', prop.cells(cpuPhandles[i]))
      .set('reg', prop.cells(i))
      .set('compatible', prop.string(cpuCompatible))
      .set('device_type', prop.string('cpu'));
    // QEMU names the enable method only when there are secondaries to start.
    if (o.cpus > 1) cpu.set('enable-method', prop.string('psci'));
  }

  // Timer PPIs: secure 13, non-secure 14, virtual 11, hypervisor 10 (INTIDs 29, 30, 27,
  // 26), level-high; with GICv3 QEMU sets no CPU-mask bits (they are a GICv2 notion). A
  // board started at EL2 with FEAT_VHE also lists the EL2 virtual timer, PPI 12 (INTID 28),
  // which EL2 software uses as CNTV_*_EL0 under E2H: QEMU 7.2 leaves it out, QEMU 9.0 and
  // later list it fifth (the arm,armv8-timer binding's "hyp-virt").
  const timerPpi = (intid: number) => [GIC_PPI, intid - 16, IRQ_TYPE_LEVEL_HIGH];
  const vhe = o.virtualization && (CPU_MODEL_NAMES as readonly string[]).includes(o.cpu) && cpuModel(o.cpu as CpuModelName).vhe;
  root
    .child('timer')
    .set(
      'interrupts',
      prop.cells(
        ...timerPpi(VIRT_PPI.secureTimer),
        ...timerPpi(VIRT_PPI.physicalTimer),
        ...timerPpi(VIRT_PPI.virtualTimer),
        ...timerPpi(VIRT_PPI.hypPhysicalTimer),
        ...(vhe ? timerPpi(VIRT_PPI.hypVirtualTimer) : []),
      ),
    )
    .set('always-on', prop.empty())
    .set('compatible', prop.string('arm,armv8-timer', 'arm,armv7-timer'));

  root
    .child('apb-pclk')
    .set('phandle', prop.cells(clockPhandle))
    .set('clock-output-names', prop.string('clk24mhz'))
    .set('clock-frequency', prop.cells(24_000_000))
    .set('#clock-cells', prop.cells(0))
    .set('compatible', prop.string('fixed-clock'));

  const chosen = root.child('chosen');
  setChosen(chosen, { bootargs: o.bootargs, initrd: o.initrd });
  chosen.set('stdout-path', prop.string(o.stdoutPath ?? uartPaths[0]));
  if (o.rngSeed !== undefined) chosen.set('rng-seed', o.rngSeed);
  if (o.kaslrSeed !== undefined) chosen.set('kaslr-seed', prop.u64(o.kaslrSeed));

  const aliases = root.child('aliases');
  uartPaths.forEach((p, i) => aliases.set(`serial${i}`, prop.string(p)));
  return root;
}

/** Sets /chosen's bootargs and linux,initrd-start/end (one cell below 4 GiB, else two). */
export function setChosen(chosen: FdtNode, c: { bootargs?: string; initrd?: { start: number; end: number } }): void {
  if (c.initrd !== undefined) {
    const addr = (a: number) => (a < 2 ** 32 ? prop.cells(a) : prop.u64(a));
    chosen.set('linux,initrd-end', addr(c.initrd.end));
    chosen.set('linux,initrd-start', addr(c.initrd.start));
  }
  if (c.bootargs !== undefined) chosen.set('bootargs', prop.string(c.bootargs));
}

/** virtDeviceTree() serialised as a DTB. */
export function virtDtb(o: VirtDeviceTreeOptions): Uint8Array {
  return writeFdt(virtDeviceTree(o));
}
