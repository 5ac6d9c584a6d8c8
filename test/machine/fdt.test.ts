import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FdtNode, parseFdt, prop, propCells, propStrings, virtDeviceTree, virtDtb, writeFdt, type VirtDeviceTreeOptions } from '../../src/machine/board/fdt.ts';
import { haveQemu, QEMU_SYSTEM } from '../helpers/qemu.ts';

const hasDtc = spawnSync('sh', ['-c', 'command -v dtc'], { stdio: 'ignore' }).status === 0;
const hasQemu = haveQemu();
const tmp = mkdtempSync(join(tmpdir(), 'fdt-test-'));

function dtc(args: string[], input: Uint8Array | string): { out: Buffer; stderr: string } {
  const r = spawnSync('dtc', args, { input });
  if (r.status !== 0) throw new Error(`dtc ${args.join(' ')} failed: ${r.stderr}`);
  return { out: r.stdout, stderr: r.stderr.toString() };
}

// QEMU places the initrd at RAM base + min(RAM / 2, 128 MiB) and reports [start, start + size)
// in /chosen; a file of this size gives the range our trees are built with below.
const INITRD = { start: 0x4800_0000, end: 0x480f_0f9e };
const BOOTARGS = 'console=ttyAMA0 earlycon';

/**
 * QEMU's own device tree for `-machine virt,<machine> <args>`, dumped with dumpdtb=: a direct
 * kernel boot (any file will do as the kernel: QEMU loads it as a raw image) with our initrd
 * size and command line, so /chosen is filled in as the tests' trees are.
 */
function qemuDtb(name: string, machine: string, args: string[]): Uint8Array {
  const kernel = join(tmp, 'kernel');
  const initrd = join(tmp, 'initrd');
  writeFileSync(kernel, new Uint8Array(4096));
  writeFileSync(initrd, new Uint8Array(INITRD.end - INITRD.start));
  const out = join(tmp, `${name}.dtb`);
  const r = spawnSync(
    QEMU_SYSTEM,
    ['-machine', `virt,${machine},dumpdtb=${out}`, ...args, '-kernel', kernel, '-initrd', initrd, '-append', BOOTARGS, '-nographic', '-monitor', 'none'],
    { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`${QEMU_SYSTEM} dumpdtb failed (${r.status}): ${r.stderr}`);
  return readFileSync(out);
}

const qemuTree = (name: string, machine: string, args: string[]): FdtNode => parseFdt(qemuDtb(name, machine, args)).root;

/** Every node we generate (but /aliases, which QEMU 7.2 lacks) exists in the reference with the same properties. */
function expectSubtreeOf(ours: FdtNode, ref: FdtNode, path: string, ignore: Set<string>): void {
  if (path !== '/aliases') {
    const ourProps = [...ours.props.keys()].filter((k) => !ignore.has(`${path}:${k}`)).sort();
    const refProps = [...ref.props.keys()].filter((k) => !ignore.has(`${path}:${k}`)).sort();
    expect(ourProps, `properties of ${path}`).toEqual(refProps);
    for (const k of ourProps) expect(Buffer.from(ours.get(k)!).toString('hex'), `${path}:${k}`).toBe(Buffer.from(ref.get(k)!).toString('hex'));
  }
  for (const c of ours.children) {
    if (c.name === 'aliases') continue;
    const rc = ref.children.find((x) => x.name === c.name);
    expect(rc, `reference has ${path === '/' ? '' : path}/${c.name}`).toBeDefined();
    expectSubtreeOf(c, rc!, `${path === '/' ? '' : path}/${c.name}`, ignore);
  }
}

describe('flattened device tree writer and reader', () => {
  it('round-trips a tree and writes a valid version-17 header', () => {
    const root = new FdtNode('');
    root.set('#address-cells', prop.cells(2)).set('compatible', prop.string('a', 'b'));
    root.child('n@1').set('reg', prop.u64(0x1_0000_0000n, 0x1000)).set('flag', prop.empty());
    const blob = writeFdt(root, { reservations: [{ address: 0x4000_0000n, size: 0x1000n }] });
    const v = new DataView(blob.buffer);
    expect(v.getUint32(0)).toBe(0xd00dfeed);
    expect(v.getUint32(4)).toBe(blob.length);
    expect(v.getUint32(20)).toBe(17);
    expect(v.getUint32(24)).toBe(16);
    const p = parseFdt(blob);
    expect(p.reservations).toEqual([{ address: 0x4000_0000n, size: 0x1000n }]);
    expect(propStrings(p.root.get('compatible')!)).toEqual(['a', 'b']);
    expect(propCells(p.root.find('/n@1')!.get('reg')!)).toEqual([1, 0, 0, 0x1000]);
    expect(p.root.find('n@1')!.get('flag')!.length).toBe(0);
    expect(writeFdt(p.root, { reservations: p.reservations })).toEqual(blob);
  });

  it.skipIf(!hasDtc || !hasQemu)('reads and rewrites what dtc writes, byte for byte in dts form', () => {
    // QEMU's blob carries free space; dtc's rewrite of it is compact, like ours.
    const dts = dtc(['-q', '-I', 'dtb', '-O', 'dts'], qemuDtb('roundtrip', 'gic-version=3', ['-cpu', 'cortex-a53', '-m', '512M'])).out;
    const refBlob = dtc(['-q', '-I', 'dts', '-O', 'dtb'], dts).out;
    const ours = writeFdt(parseFdt(refBlob).root);
    expect(dtc(['-q', '-I', 'dtb', '-O', 'dts'], ours).out.toString()).toBe(dtc(['-q', '-I', 'dtb', '-O', 'dts'], refBlob).out.toString());
  });
});

describe('the virt board device tree', () => {
  const ignoreSeeds = new Set(['/chosen:rng-seed', '/chosen:kaslr-seed']);
  /** One PE, booted as qemuDtb() boots QEMU's. */
  const board = (options: Pick<VirtDeviceTreeOptions, 'ramSize' | 'cpu' | 'virtualization'> & Partial<VirtDeviceTreeOptions>): FdtNode =>
    virtDeviceTree({ cpus: 1, bootargs: BOOTARGS, initrd: INITRD, ...options });

  it.skipIf(!hasDtc || !hasQemu)('matches QEMU (EL1, GICv3, cortex-a53, 512 MiB) for our devices, and dtc accepts it', () => {
    const root = board({ ramSize: 512 << 20, cpu: 'cortex-a53', virtualization: false });
    expectSubtreeOf(root, qemuTree('el1', 'gic-version=3', ['-cpu', 'cortex-a53', '-m', '512M']), '/', ignoreSeeds);
    const blob = writeFdt(root);
    writeFileSync(join(tmp, 'el1.dtb'), blob);
    const dts = execFileSync('dtc', ['-I', 'dtb', '-O', 'dts', join(tmp, 'el1.dtb')], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    expect(dts).toContain('method = "hvc"');
    expect(dts).toContain('serial0 = "/pl011@9000000"');
    expect(dts).toContain('interrupts = <0x01 0x0d 0x04 0x01 0x0e 0x04 0x01 0x0b 0x04 0x01 0x0a 0x04>');
  });

  it.skipIf(!hasQemu)('matches QEMU with virtualization=on and -cpu max (SMC conduit, maintenance PPI), adding the EL2 virtual timer', () => {
    const root = board({ ramSize: 512 << 20, cpu: 'max', virtualization: true });
    const ref = qemuTree('el2', 'gic-version=3,virtualization=on', ['-cpu', 'max', '-m', '512M']);
    expectSubtreeOf(root, ref, '/', new Set([...ignoreSeeds, '/timer:interrupts']));
    // QEMU 7.2 lists four timer PPIs; with FEAT_VHE at EL2 we list the EL2 virtual timer
    // (PPI 12 = INTID 28, level-high) fifth, as QEMU 9.0 and later do.
    expect(propCells(root.find('/timer')!.get('interrupts')!)).toEqual([...propCells(ref.find('/timer')!.get('interrupts')!), 1, 12, 4]);
  });

  it.skipIf(!hasQemu)('matches QEMU with virtualization=on and a CPU without FEAT_VHE (cortex-a53): four timer PPIs', () => {
    const root = board({ ramSize: 512 << 20, cpu: 'cortex-a53', virtualization: true });
    expectSubtreeOf(root, qemuTree('el2-a53', 'gic-version=3,virtualization=on', ['-cpu', 'cortex-a53', '-m', '512M']), '/', ignoreSeeds);
    expect(propCells(root.find('/timer')!.get('interrupts')!)).toHaveLength(12);
  });

  it.skipIf(!hasQemu)('matches QEMU with 1 GiB, the ITS, the PMU and the RTC', () => {
    const root = board({ ramSize: 1 << 30, cpu: 'cortex-a53', virtualization: false, its: true, pmu: true, rtc: true });
    expectSubtreeOf(root, qemuTree('1g', 'gic-version=3', ['-cpu', 'cortex-a53', '-m', '1G']), '/', ignoreSeeds);
  });

  it('lists every CPU with PSCI enable-method and MPIDR affinity as reg for SMP', () => {
    const p = parseFdt(virtDtb({ ramSize: 1 << 30, cpus: 4, cpu: 'cortex-a55', virtualization: false, its: true, pmu: true })).root;
    for (let i = 0; i < 4; i++) {
      const cpu = p.find(`/cpus/cpu@${i}`)!;
      expect(propCells(cpu.get('reg')!)).toEqual([i]);
      expect(propStrings(cpu.get('enable-method')!)).toEqual(['psci']);
      expect(propStrings(cpu.get('compatible')!)).toEqual(['arm,cortex-a55']);
      expect(propCells(p.find(`/cpus/cpu-map/socket0/cluster0/core${i}`)!.get('cpu')!)).toEqual(propCells(cpu.get('phandle')!));
    }
    const gic = p.find('/intc@8000000')!;
    expect(propCells(p.get('interrupt-parent')!)).toEqual(propCells(gic.get('phandle')!));
    expect(propCells(gic.get('phandle')!)).toEqual([0x8005]);
    expect(p.find('/intc@8000000/its@8080000')).toBeDefined();
    expect(p.find('/pmu')).toBeDefined();
    expect(propCells(p.find('/memory@40000000')!.get('reg')!)).toEqual([0, 0x4000_0000, 0, 0x4000_0000]);
    expect(p.find('/chosen')!.get('bootargs')).toBeUndefined();
  });
});
