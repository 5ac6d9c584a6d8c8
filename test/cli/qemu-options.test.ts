import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeArgs, parseMemSize, parseOptions, parseSerial, UsageError } from '../../src/cli/qemu-options.ts';
import { runProcess, CLI_PATH } from '../helpers/qemu.ts';

describe('QEMU-compatible options', () => {
  it('turns QEMU single-dash long options into commander long options', () => {
    expect(normalizeArgs(['-machine', 'virt', '-M', 'virt', '-m', '1G', '-nographic', '-s', '-S', '-append', 'console=x'])).toEqual([
      '--machine', 'virt', '-M', 'virt', '-m', '1G', '--nographic', '-s', '-S', '--append', 'console=x',
    ]);
  });

  it('parses a ZVM-style command line', () => {
    const o = parseOptions([
      '-machine', 'virt,virtualization=on,gic-version=3', '-cpu', 'max', '-smp', '4', '-m', '4G', '-nographic',
      '-kernel', 'zvm_host.elf', '-device', 'loader,file=zephyr.bin,addr=0xe0000000,force-raw=on', '-s', '-S',
    ]);
    expect(o).toMatchObject({
      virtualization: true, cpu: 'max', smp: 4, ramSize: 4 * 2 ** 30, kernel: 'zvm_host.elf', waitForDebugger: true,
      gdb: { host: '127.0.0.1', port: 1234 }, serial: [{ id: 'serial0', backend: { kind: 'stdio' }, mux: true }],
    });
    // As QEMU's -nographic: the monitor shares the console's stdio (Ctrl-A c).
    expect(o.monitor).toBe(o.serial[0]);
    expect(o.loaders).toEqual([{ file: 'zephyr.bin', addr: 0xe000_0000, forceRaw: true }]);
  });

  it('takes -vm-elf NAME=FILE, repeatable, and rejects other forms', () => {
    const o = parseOptions(['-kernel', 'x', '-vm-elf', 'zephyr_os=images/rtos.elf', '-vm-elf', 'linux_os=/k/vmlinux']);
    expect(o.vmElfs).toEqual([{ prefix: 'zephyr_os', file: 'images/rtos.elf' }, { prefix: 'linux_os', file: '/k/vmlinux' }]);
    expect(parseOptions(['-kernel', 'x']).vmElfs).toEqual([]);
    for (const bad of ['rtos.elf', '=rtos.elf', 'zephyr_os=']) expect(() => parseOptions(['-kernel', 'x', '-vm-elf', bad])).toThrow(UsageError);
  });

  it('binds -gdb to 127.0.0.1 unless a host is given', () => {
    expect(parseOptions(['-kernel', 'x', '-gdb', 'tcp::2345']).gdb).toEqual({ host: '127.0.0.1', port: 2345 });
    expect(parseOptions(['-kernel', 'x', '-gdb', 'tcp:0.0.0.0:2345']).gdb).toEqual({ host: '0.0.0.0', port: 2345 });
  });

  it("takes QEMU's -icount record/replay spelling and refuses what it cannot honour", () => {
    expect(parseOptions(['-kernel', 'x', '-icount', 'shift=auto,rr=record,rrfile=a.rr']).record).toEqual({ mode: 'record', file: 'a.rr' });
    expect(parseOptions(['-kernel', 'x', '-icount', 'rr=replay,rrfile=/t/b.rr']).record).toEqual({ mode: 'replay', file: '/t/b.rr' });
    expect(parseOptions(['-kernel', 'x', '-icount', 'shift=auto,rr=record,rrfile=a.rr,rrsnapshot=init']).record).toEqual({ mode: 'record', file: 'a.rr', snapshot: 'init' });
    const plain = parseOptions(['-kernel', 'x', '-icount', '4']);
    expect(plain.record).toBeUndefined();
    expect(plain.notes).toEqual(['-icount 4: time here always counts instructions (one 62.5 MHz counter tick per instruction)']);
    const bad: [string, RegExp][] = [
      ['shift=7', /^-icount shift=7: time here is one 62\.5 MHz counter tick \(16 ns\) per instruction, QEMU's shift=4/],
      ['rr=record', /^-icount rr=record: give the record file with rrfile=FILE$/],
      ['rrfile=a.rr', /^-icount rrfile=a\.rr: give rr=record or rr=replay with it$/],
      ['rr=both,rrfile=a', /^-icount rr=both: expected record or replay$/],
      ['rr=record,rrfile=', /^-icount rrfile=: expected a file$/],
      ['align=on', /^-icount align=on: time here never waits for the host's clock/],
      ['rr=record,rrfile=a,rrsnapshot=../init', /^-icount rrsnapshot=\.\.\/init: expected a plain file name \(letters, digits, \. _ -\), kept in the output directory$/],
      ['rrsnapshot=init', /^-icount rrsnapshot=init: give rr=record or rr=replay with it$/],
      ['speed=9', /^-icount speed=9: expected shift=4\|auto, align=off, sleep=on\|off, rr=record\|replay, rrfile=FILE, rrsnapshot=NAME$/],
    ];
    for (const [spec, re] of bad) expect(() => parseOptions(['-kernel', 'x', '-icount', spec]), spec).toThrow(re);
    expect(() => parseOptions(['-kernel', 'x', '-loadvm', 's', '-icount', 'rr=record,rrfile=a,rrsnapshot=init'])).toThrow(/rrsnapshot=init: the recording starts from that snapshot, not from -loadvm s: give one of the two/);
  });

  it('parses memory sizes like QEMU (MiB by default)', () => {
    expect(parseMemSize('512')).toBe(512 * 2 ** 20);
    expect(parseMemSize('128M')).toBe(128 * 2 ** 20);
    expect(parseMemSize('2G')).toBe(2 * 2 ** 30);
    expect(() => parseMemSize('lots')).toThrow(UsageError);
    expect(() => parseMemSize('8G')).toThrow(/at most 4G/);
  });

  it('parses serial backends', () => {
    expect(parseSerial('null')).toEqual({ kind: 'null' });
    expect(parseSerial('tcp::4444,server,nowait')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 4444, server: true, wait: false });
    expect(parseSerial('tcp:localhost:4444')).toEqual({ kind: 'tcp', host: 'localhost', port: 4444, server: false, wait: false });
    expect(() => parseSerial('pty')).toThrow(UsageError);
  });

  it.each([
    [['-M', 'sbsa-ref', '-kernel', 'x'], /only the 'virt' board/],
    [['-machine', 'virt,gic-version=2', '-kernel', 'x'], /only GICv3/],
    [['-cpu', 'cortex-a72', '-kernel', 'x'], /supported models/],
    [['-smp', '9', '-kernel', 'x'], /1 to 8 CPUs/],
    [['-device', 'virtio-net', '-kernel', 'x'], /only the generic 'loader'/],
    [['-device', 'loader,file=f,force-raw=on'], /needs addr=/],
    [['-frobnicate'], /unknown option/],
  ])('rejects %j', (args, message) => {
    expect(() => parseOptions(args)).toThrow(message);
  });
});

describe('the CLI process on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-cli-'));
  const run = (args: string[]) => runProcess(process.execPath, [CLI_PATH, ...args], { timeoutMs: 30_000 });

  it.each([
    ['a missing image', ['-kernel', join(dir, 'missing.elf')], /-kernel .*missing\.elf: no such file/],
    ['a bad option', ['-machine', 'pc'], /only the 'virt' board/],
    ['nothing to run', ['-M', 'virt'], /nothing to run/],
  ])('gives a one-line error and exit status 1 for %s', async (_what, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  /** An AArch64 ELF header (entry 0x4000_0000) with one program header at 64, in `size` bytes. */
  const elfHeader = (size: number): Buffer => {
    const hdr = Buffer.alloc(size);
    hdr.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    hdr.writeUInt16LE(2, 16);
    hdr.writeUInt16LE(183, 18);
    hdr.writeBigUInt64LE(0x4000_0000n, 24);
    hdr.writeBigUInt64LE(64n, 32);
    hdr.writeUInt16LE(56, 54);
    hdr.writeUInt16LE(1, 56);
    return hdr;
  };

  it('rejects a corrupt or truncated ELF with a one-line error', async () => {
    const truncated = join(dir, 'truncated.elf');
    // A valid AArch64 ELF header whose program headers lie beyond the end of the file.
    const hdr = elfHeader(64);
    writeFileSync(truncated, hdr);
    const wrongArch = join(dir, 'x86.elf');
    const x86 = Buffer.from(hdr);
    x86.writeUInt16LE(62, 18);
    writeFileSync(wrongArch, x86);

    const empty = join(dir, 'empty.bin');
    writeFileSync(empty, '');

    for (const [file, message] of [
      [truncated, /program headers lie outside the file/],
      [wrongArch, /not AArch64/],
      [empty, /-kernel .*empty\.bin: an empty file/],
    ] as const) {
      const r = await run(['-M', 'virt', '-kernel', file]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });

  it('reports a segment that wraps around the 64-bit address space with its real address', async () => {
    const file = join(dir, 'wrap.elf');
    const img = elfHeader(0x100);
    img.writeUInt32LE(1, 64); // PT_LOAD
    img.writeBigUInt64LE(0xffff_ffff_ffff_f000n, 64 + 24); // p_paddr
    img.writeBigUInt64LE(0x10n, 64 + 32); // p_filesz
    img.writeBigUInt64LE(0x2000n, 64 + 40); // p_memsz
    writeFileSync(file, img);
    const r = await run(['-M', 'virt', '-kernel', file]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/segment 0 at 0xfffffffffffff000 \(\+0x2000\) wraps around the end of the 64-bit address space$/m);
  });
});
