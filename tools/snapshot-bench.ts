// Measures snapshots of the default system (`npm start`'s) with Linux at its shell: boots
// it in this process, then times saveMachineState, the compression of RAM with zlib
// (levels 1 and 6) and brotli (qualities 0 and 1) both ways, writing the file, reading and decoding it,
// restoring it, and the restored Linux shell answering a command. One run, numbers printed;
// not a test. Usage: npx tsx tools/snapshot-bench.ts [--out FILE]
import { statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants, deflate, inflate } from 'node:zlib';
import { loadImages } from '../src/machine/board/boot.ts';
import { VirtBoard } from '../src/machine/board/virt.ts';
import { parseOptions } from '../src/cli/qemu-options.ts';
import { readSnapshotFile, writeSnapshotFile } from '../src/machine/snapshot/snapshot-file.ts';
import { boardIdentity, restoreMachineState, saveMachineState } from '../src/machine/snapshot/snapshot.ts';
import { linuxVmDtb, zvmSystemArgs } from '../src/zvm/system.ts';
import { IMAGES_DIR } from './build-zvm.ts';
import { LINUX_MARKER_READY, linuxGuestCacheDir } from './linux-guest.ts';

const outArg = process.argv.indexOf('--out');
const dir = mkdtempSync(join(tmpdir(), 'zvm-snapbench-'));
const file = outArg >= 0 ? process.argv[outArg + 1]! : join(dir, 'linux-shell.zvmsnap');
const linux = join(linuxGuestCacheDir(), 'current');
const dtb = join(dir, 'linux.dtb');
writeFileSync(dtb, linuxVmDtb(statSync(join(linux, 'initramfs.cpio.gz')).size, 'console=ttyAMA0 zvm.shell'));
const opts = parseOptions(
  zvmSystemArgs({
    host: join(IMAGES_DIR, 'zvm_host.elf'),
    rtosBin: join(IMAGES_DIR, 'rtos.bin'),
    linux: { image: join(linux, 'Image'), dtb, initrd: join(linux, 'initramfs.cpio.gz') },
  }),
);
const out: number[] = [];
const board = new VirtBoard({ ramSize: opts.ramSize, smp: opts.smp, cpu: opts.cpu, virtualization: opts.virtualization, serial: [(b) => out.push(b)] });
const boot = loadImages(board, opts);
board.reset(boot.entry, boot.x0);
const text = () => Buffer.from(out).toString('latin1');

/** Runs until `pattern` appears in the console output after `from`; returns wall ms. */
function runUntil(pattern: string, from: number, limit = 20e9): number {
  const t = performance.now();
  while (!text().slice(from).includes(pattern)) {
    if (board.retired > limit) throw new Error(`no '${pattern}' after ${board.retired} instructions:\n${text().slice(-2000)}`);
    const ev = board.run(5_000_000);
    if (ev !== null) throw new Error(`board stopped: ${ev.kind}`);
  }
  return performance.now() - t;
}

const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
const bootMs = runUntil(LINUX_MARKER_READY, 0);
// Let the shell print its prompt.
board.run(50_000_000);
console.log(`booted to the Linux shell marker in ${ms(bootMs)} (${board.retired} instructions)`);

let t = performance.now();
const snap = saveMachineState(board);
console.log(`saveMachineState: ${ms(performance.now() - t)}; RAM ${mib(board.bus.ramSize)}, ${snap.ram.pages.length} non-zero pages = ${mib(snap.ram.data.length)}`);

// Compression of the RAM pages, 4 MiB chunks in parallel on the thread pool (as the file
// does), each codec in turn, twice (the first round also warms the thread pool up).
const chunks: Uint8Array[] = [];
for (let at = 0; at < snap.ram.data.length; at += 4 << 20) chunks.push(snap.ram.data.subarray(at, at + (4 << 20)));
const brotli = (quality: number) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
const codecs: [string, (b: Uint8Array) => Promise<Buffer>, (b: Buffer) => Promise<Buffer>][] = [
  ['zlib level 1', (b) => promisify(deflate)(b, { level: 1 }), (b) => promisify(inflate)(b)],
  ['zlib level 6', (b) => promisify(deflate)(b, { level: 6 }), (b) => promisify(inflate)(b)],
  ['brotli quality 0', (b) => promisify(brotliCompress)(b, brotli(0)), (b) => promisify(brotliDecompress)(b)],
  ['brotli quality 1', (b) => promisify(brotliCompress)(b, brotli(1)), (b) => promisify(brotliDecompress)(b)],
];
for (let round = 1; round <= 2; round++) {
  for (const [name, pack, unpack] of codecs) {
    t = performance.now();
    const packed = await Promise.all(chunks.map(pack));
    const tPack = performance.now() - t;
    t = performance.now();
    await Promise.all(packed.map(unpack));
    const size = packed.reduce((n, b) => n + b.length, 0);
    console.log(`  round ${round}: RAM with ${name}: ${mib(size)}, compressed in ${ms(tPack)}, decompressed in ${ms(performance.now() - t)}`);
  }
}

t = performance.now();
const s2 = saveMachineState(board);
const bytes = await writeSnapshotFile(file, s2);
console.log(`savevm (save + encode + write ${file}): ${ms(performance.now() - t)}, file ${mib(bytes)}`);

// Run on, then go back.
board.run(100_000_000);
t = performance.now();
const { snap: loaded } = await readSnapshotFile(file, boardIdentity(board));
const tRead = performance.now() - t;
restoreMachineState(board, loaded);
const tLoad = performance.now() - t;
console.log(`loadvm: read + decode ${ms(tRead)}, + restore ${ms(tLoad)}`);

// The restored shell answers: switch the console to the Linux VM and run a command.
const from = out.length;
board.uarts[0].receive(Buffer.from('zvm look 1\r'));
t = performance.now();
runUntil('look', from);
const from2 = out.length;
for (const c of 'echo snap-$((6*7))\r') {
  while (board.uarts[0].rxSpace === 0) board.run(100_000);
  board.uarts[0].receive(Buffer.from(c));
  board.run(200_000);
}
runUntil('snap-42', from2);
console.log(`restored Linux shell answered 'echo' after ${ms(performance.now() - t)} of emulation`);
if (outArg < 0) rmSync(dir, { recursive: true, force: true });
