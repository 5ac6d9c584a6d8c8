import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bus } from '../../src/machine/bus/bus.ts';
import { parseFdt, propCells, propStrings, virtDtb, writeFdt, FdtNode, prop } from '../../src/machine/board/fdt.ts';
import { ImageError } from '../../src/machine/loader/elf.ts';
import { bootLinux, isArm64Image, parseArm64Image } from '../../src/machine/loader/linux.ts';
import { linuxGuestCacheDir } from '../../tools/linux-guest.ts';

const MiB = 1 << 20;

/** A fake arm64 Image: header + payload. */
function fakeImage(textOffset: number, imageSize: number, payload = 4096, flags = 0xa): Uint8Array {
  const img = new Uint8Array(payload);
  const v = new DataView(img.buffer);
  v.setUint32(0, 0x91005a4d, true); // "MZ" + add (EFI stub style code0)
  v.setBigUint64(8, BigInt(textOffset), true);
  v.setBigUint64(16, BigInt(imageSize), true);
  v.setBigUint64(24, BigInt(flags), true);
  img.set([0x41, 0x52, 0x4d, 0x64], 0x38);
  img[100] = 0xab;
  return img;
}

const board = (ramSize: number) => (chosen: { initrd?: { start: number; end: number }; bootargs?: string }) =>
  virtDtb({ ramSize, cpus: 1, cpu: 'cortex-a53', virtualization: false, ...chosen });

describe('arm64 Image header', () => {
  it('parses text_offset, image_size and flags', () => {
    const h = parseArm64Image(fakeImage(0, 0x200_0000));
    expect(h).toMatchObject({ textOffset: 0, imageSize: 0x200_0000, bigEndian: false, pageSizeKiB: 4, placeAnywhere: true });
    // Pre-3.17 kernels (image_size 0): text_offset 0x80000.
    expect(parseArm64Image(fakeImage(0x1234, 0)).textOffset).toBe(0x80000);
  });

  it('rejects what is not an Image with a one-line reason', () => {
    expect(() => parseArm64Image(new Uint8Array(100))).toThrow(/arm64 Linux Image/);
    expect(() => parseArm64Image(new Uint8Array([0x1f, 0x8b, 8, 0, ...new Array(100).fill(0)]))).toThrow(/gzip/);
    const bus = new Bus(0x4000_0000, 64 * MiB);
    expect(() => bootLinux(bus, { kernel: fakeImage(0, 0x200_0000, 4096, 1), deviceTree: board(64 * MiB) })).toThrow(/big-endian/);
    expect(() => bootLinux(bus, { kernel: fakeImage(0, 0x400_0000), deviceTree: board(64 * MiB) })).toThrow(ImageError);
  });
});

describe('Linux boot protocol placement', () => {
  it('places the kernel, initrd and DTB like QEMU and returns entry and x0', () => {
    const ramSize = 512 * MiB;
    const bus = new Bus(0x4000_0000, ramSize);
    const kernel = fakeImage(0, 0x260_0000);
    const initrd = new Uint8Array(0xf0f9e).fill(7);
    const r = bootLinux(bus, { kernel, initrd, cmdline: 'console=ttyAMA0', deviceTree: board(ramSize) });
    expect(r.entry).toBe(0x4020_0000n);
    expect(r.kernel).toEqual({ start: 0x4020_0000, end: 0x4280_0000 });
    expect(r.initrd).toEqual({ start: 0x4800_0000, end: 0x480f_0f9e });
    expect(r.x0).toBe(0x4820_0000n);
    expect(bus.ram[0x20_0000 + 100]).toBe(0xab);
    expect(bus.ram[0x800_0000]).toBe(7);
    const dtb = parseFdt(bus.ram.subarray(0x820_0000, 0x820_0000 + r.dtb.size)).root;
    const chosen = dtb.find('/chosen')!;
    expect(propCells(chosen.get('linux,initrd-start')!)).toEqual([0x4800_0000]);
    expect(propCells(chosen.get('linux,initrd-end')!)).toEqual([0x480f_0f9e]);
    expect(propStrings(chosen.get('bootargs')!)).toEqual(['console=ttyAMA0']);
  });

  it('keeps text_offset above a 2 MiB boundary and puts the DTB where the initrd would start without one (QEMU)', () => {
    const bus = new Bus(0x4000_0000, 64 * MiB);
    const r = bootLinux(bus, { kernel: fakeImage(0x80000, 0x100_0000), deviceTree: board(64 * MiB) });
    expect(r.entry).toBe(0x4008_0000n);
    expect(r.x0).toBe(0x4200_0000n); // RAM base + min(RAM / 2, 128 MiB)
    expect(r.initrd).toBeUndefined();
  });

  it('moves the initrd above a kernel that reaches past RAM base + 128 MiB', () => {
    const bus = new Bus(0x4000_0000, 512 * MiB);
    const r = bootLinux(bus, { kernel: fakeImage(0, 0x900_0123), initrd: new Uint8Array(10), deviceTree: board(512 * MiB) });
    expect(r.initrd!.start).toBe(0x4920_1000);
  });

  it('amends a user -dtb with /chosen like QEMU', () => {
    const root = new FdtNode('');
    root.set('compatible', prop.string('user,board'));
    root.child('chosen').set('bootargs', prop.string('old'));
    const bus = new Bus(0x4000_0000, 64 * MiB);
    const r = bootLinux(bus, {
      kernel: fakeImage(0, 0x100_0000),
      dtb: writeFdt(root),
      initrd: new Uint8Array(16),
      cmdline: 'new',
      deviceTree: () => {
        throw new Error('not used');
      },
    });
    const off = Number(r.x0) - 0x4000_0000;
    const dt = parseFdt(bus.ram.subarray(off, off + r.dtb.size)).root;
    expect(propStrings(dt.get('compatible')!)).toEqual(['user,board']);
    expect(propStrings(dt.find('/chosen')!.get('bootargs')!)).toEqual(['new']);
    expect(propCells(dt.find('/chosen')!.get('linux,initrd-start')!)).toEqual([r.initrd!.start]);
    expect(() => bootLinux(bus, { kernel: fakeImage(0, 0x100_0000), dtb: new Uint8Array(64), deviceTree: () => new Uint8Array() })).toThrow(/bad magic/);
  });

  const cached = join(linuxGuestCacheDir(), 'current', 'Image');
  it.skipIf(!existsSync(cached))("loads Debian's kernel Image (if the guest is built)", () => {
    const kernel = readFileSync(cached);
    expect(isArm64Image(kernel)).toBe(true);
    const h = parseArm64Image(kernel);
    const bus = new Bus(0x4000_0000, 512 * MiB);
    const r = bootLinux(bus, { kernel, cmdline: 'console=ttyAMA0', deviceTree: board(512 * MiB) });
    expect(r.entry).toBe(BigInt(0x4020_0000 + h.textOffset));
    expect(r.kernel.end).toBeGreaterThan(r.kernel.start + kernel.length - 1);
    expect(Number(r.x0) % (2 * MiB)).toBe(0);
  });
});
