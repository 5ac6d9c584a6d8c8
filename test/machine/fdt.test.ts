import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FdtNode, parseFdt, prop, propCells, propStrings, virtDeviceTree, virtDtb, writeFdt } from '../../src/machine/board/fdt.ts';

const REFERENCE = resolve(__dirname, '../../../shared/reference');
const hasDtc = spawnSync('sh', ['-c', 'command -v dtc'], { stdio: 'ignore' }).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'fdt-test-'));

function dtc(args: string[], input: Uint8Array | string): { out: Buffer; stderr: string } {
  const r = spawnSync('dtc', args, { input });
  if (r.status !== 0) throw new Error(`dtc ${args.join(' ')} failed: ${r.stderr}`);
  return { out: r.stdout, stderr: r.stderr.toString() };
}

function referenceTree(file: string): FdtNode {
  return parseFdt(dtc(['-q', '-I', 'dts', '-O', 'dtb'], readFileSync(join(REFERENCE, file), 'utf8')).out).root;
}

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

  it.skipIf(!hasDtc)('reads and rewrites what dtc writes, byte for byte in dts form', () => {
    const refBlob = dtc(['-q', '-I', 'dts', '-O', 'dtb'], readFileSync(join(REFERENCE, 'qemu-virt-el1.dts'), 'utf8')).out;
    const ours = writeFdt(parseFdt(refBlob).root);
    expect(dtc(['-q', '-I', 'dtb', '-O', 'dts'], ours).out.toString()).toBe(dtc(['-q', '-I', 'dtb', '-O', 'dts'], refBlob).out.toString());
  });
});

describe('the virt board device tree', () => {
  const ignoreSeeds = new Set(['/chosen:rng-seed', '/chosen:kaslr-seed']);

  it.skipIf(!hasDtc)('matches QEMU 7.2 (EL1, cortex-a53, 512 MiB) for our devices, and dtc accepts it', () => {
    const root = virtDeviceTree({
      ramSize: 512 << 20,
      cpus: 1,
      cpu: 'cortex-a53',
      virtualization: false,
      bootargs: 'console=ttyAMA0 earlycon',
      initrd: { start: 0x4800_0000, end: 0x480f_0f9e },
    });
    expectSubtreeOf(root, referenceTree('qemu-virt-el1.dts'), '/', ignoreSeeds);
    const blob = writeFdt(root);
    writeFileSync(join(tmp, 'el1.dtb'), blob);
    const dts = execFileSync('dtc', ['-I', 'dtb', '-O', 'dts', join(tmp, 'el1.dtb')], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    expect(dts).toContain('method = "hvc"');
    expect(dts).toContain('serial0 = "/pl011@9000000"');
    expect(dts).toContain('interrupts = <0x01 0x0d 0x04 0x01 0x0e 0x04 0x01 0x0b 0x04 0x01 0x0a 0x04>');
  });

  it.skipIf(!hasDtc)('matches QEMU 7.2 with virtualization=on and -cpu max (SMC conduit, maintenance PPI)', () => {
    const root = virtDeviceTree({
      ramSize: 512 << 20,
      cpus: 1,
      cpu: 'max',
      virtualization: true,
      bootargs: 'console=ttyAMA0 earlycon',
      initrd: { start: 0x4800_0000, end: 0x480f_0f9e },
    });
    expectSubtreeOf(root, referenceTree('qemu-virt-el2.dts'), '/', ignoreSeeds);
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
