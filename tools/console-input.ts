// Console input into the Linux VM of the default system, end to end: the board's PL011,
// the hypervisor's shell (`zvm look 1`), its virtual UART and Linux's tty. Pastes a block
// of text into `head -c N > /tmp/paste` in the VM's shell and reads back the byte count
// and MD5 the guest computes. Used by test/zvm/console-input.test.ts and, as a benchmark
// of the input rate, from the command line:
//
//   npx tsx tools/console-input.ts [--bytes N] [--echo] [--qemu]
//
// (--echo leaves the tty's echo on, so every pasted byte also comes back out; --qemu runs
// the same system on qemu-system-aarch64 for comparison.)

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { linuxVmDtb, zvmSystemArgs } from '../src/zvm/system.ts';
import { REPO_ROOT } from './build-guests.ts';
import { IMAGES_DIR } from './build-zvm.ts';
import { ConsoleSession } from './console-session.ts';
import { LINUX_MARKER_READY, ensureLinuxGuest } from './linux-guest.ts';

const CLI_PATH = join(REPO_ROOT, 'bin', 'zvm-gdbserver.js');

/** The default system with the Linux VM's interactive shell, attached with `zvm look 1`,
 *  on our board or on QEMU (the reference for the hypervisor's behaviour). */
export async function bootLinuxShell(timeoutMs: number, machine: 'ours' | 'qemu' = 'ours'): Promise<{ con: ConsoleSession; close: () => Promise<void> }> {
  const guest = ensureLinuxGuest({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'zvm-console-input-'));
  const dtb = join(dir, 'linux-vm.dtb');
  writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 zvm.shell'));
  const args = zvmSystemArgs({ host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin'), linux: { image: guest.image, dtb, initrd: guest.initrd } });
  const con =
    machine === 'ours'
      ? new ConsoleSession(process.execPath, [CLI_PATH, ...args])
      : new ConsoleSession('qemu-system-aarch64', [...args, '-monitor', 'none']);
  const close = async () => {
    await con.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await con.waitFor(`[linux_os-1] ${LINUX_MARKER_READY}`, timeoutMs);
    await con.waitFor(/\[linux_os-1\] [^\n]*# /, timeoutMs);
    const from = con.output.length;
    con.type('zvm look 1\r');
    await con.waitFor('console attached to VM 1', timeoutMs, from);
    return { con, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** `bytes` of printable ASCII in lines of 64 (no tty control characters), each ending in LF. */
export function pasteText(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    if (i % 64 === 63 || i === bytes - 1) out[i] = 0x0a;
    else {
      x = (x * 1103515245 + 12345) >>> 0;
      out[i] = 0x21 + ((x >>> 16) % 94);
    }
  }
  return out;
}

export interface PasteResult {
  /** Bytes and MD5 the guest counted. */
  count: number;
  md5: string;
  expectedMd5: string;
  /** From the paste to the guest's answer. */
  seconds: number;
}

/** Pastes `text` into the attached Linux shell; the guest counts and hashes what it got. */
export async function pasteIntoLinux(con: ConsoleSession, text: Buffer, echo: boolean, timeoutMs: number): Promise<PasteResult> {
  let from = con.output.length;
  // One command line: head stops after exactly the pasted bytes, the rest runs after it.
  // The paste starts once the guest says so (READY-5, which its echo of the command does not
  // contain): by then the tty is in the mode head reads in.
  con.type(`${echo ? '' : 'stty -echo; '}echo READY-$((2+3)); head -c ${text.length} > /tmp/paste; stty echo; echo "pasted $(wc -c < /tmp/paste) bytes md5 $(md5sum < /tmp/paste)"\r`);
  await con.waitFor('READY-5', timeoutMs, from);
  from = con.output.length;
  const start = performance.now();
  con.type(text.toString('latin1'));
  const m = await con.waitFor(/\] pasted (\d+) bytes md5 ([0-9a-f]{32})/, timeoutMs, from);
  return {
    count: Number(m[1]),
    md5: m[2]!,
    expectedMd5: createHash('md5').update(text).digest('hex'),
    seconds: (performance.now() - start) / 1000,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\/tools\//, '/tools/'))) {
  const { values } = parseArgs({ options: { bytes: { type: 'string', default: '32768' }, echo: { type: 'boolean', default: false }, qemu: { type: 'boolean', default: false } } });
  const bytes = Number(values.bytes);
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > 1 << 20) {
    console.error('console-input: --bytes takes a whole number from 1 to 1048576');
    process.exit(2);
  }
  const t0 = performance.now();
  const { con, close } = await bootLinuxShell(900_000, values.qemu ? 'qemu' : 'ours');
  console.log(`booted to the Linux shell in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  try {
    const r = await pasteIntoLinux(con, pasteText(bytes), values.echo, 1_800_000);
    const ok = r.count === bytes && r.md5 === r.expectedMd5;
    console.log(`pasted ${bytes} bytes (echo ${values.echo ? 'on' : 'off'}): the guest got ${r.count} bytes, md5 ${ok ? 'matches' : `${r.md5} != ${r.expectedMd5}`}; ${r.seconds.toFixed(1)} s, ${(bytes / r.seconds).toFixed(0)} bytes/s`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await close();
  }
}
