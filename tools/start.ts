// `npm start`: the default system. Our ZVM-design hypervisor boots on a 4-CPU virt board
// (virtualization on, GICv3, -cpu max) with the RTOS demo guest and Debian's Linux as two
// VMs; the GDB server listens on 127.0.0.1:1234 at once while the guests boot behind it.
// Extra arguments go to the CLI, e.g. `npm start -- -gdb tcp::2345` or `-S` to wait for GDB.
// With Linux, the first run saves the machine when the Linux shell is ready and later runs
// start from that snapshot (tools/start-snapshot.ts); `npm start -- --fresh` boots afresh.
//
// `npm start -- --debug-symbols` gives GDB the kernel's vmlinux with DWARF instead of its
// System.map, and the kernel's GDB scripts (fetched once by tools/linux-debug-symbols.ts).
//
// The images come prebuilt from images/ (rebuild them with `npx tsx tools/build-zvm.ts`).
// The Linux guest is assembled from Debian packages by `npm start`'s prestart step; when it
// is not available (no root, no apt) the system starts with the RTOS guest alone.
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exitOnFatalErrors } from '../src/cli/fatal.ts';
import { deprioritizeWorkerThreads } from '../src/cli/worker-priority.ts';
import { main } from '../src/cli/main.ts';
import { isSystemMapFile } from '../src/debug/executables.ts';
import { debugGdbArgs, linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../src/zvm/system.ts';
import { REPO_ROOT } from './build-guests.ts';
import { IMAGES_DIR } from './build-zvm.ts';
import { ensureLinuxDebugSymbols, type LinuxDebugSymbols } from './linux-debug-symbols.ts';
import { LinuxGuestError, cachedLinuxGuest, linuxGuestCacheDir } from './linux-guest.ts';
import { saveWhenReady, snapshotFileFor } from './start-snapshot.ts';

const files: ZvmSystemFiles = { host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin'), rtosElf: join(IMAGES_DIR, 'rtos.elf') };
let linuxNote: string;
try {
  // Only the cached guest: building it (apt downloads) is prestart's job, not the server's.
  const dir = join(linuxGuestCacheDir(), 'current');
  const image = join(dir, 'Image');
  const initrd = join(dir, 'initramfs.cpio.gz');
  if (!existsSync(image) || !existsSync(initrd)) {
    throw new LinuxGuestError(`no Linux guest in ${dir} (build it with: npx tsx tools/linux-guest.ts, as root)`);
  }
  const dtb = join(dir, 'zvm-linux-vm.dtb');
  // zvm.shell: the guest's /init gives an interactive shell (`zvm look 1` to type into it).
  writeFileSync(dtb, linuxVmDtb(statSync(initrd).size, 'console=ttyAMA0 zvm.shell'));
  files.linux = { image, dtb, initrd };
  // The kernel's symbols: GDB gets a symbol-only ELF made from them for linux_os-1 (not
  // from the package's one-line stub, which would stop the server at start).
  const systemMap = join(dir, 'System.map');
  if (isSystemMapFile(systemMap)) files.linuxSymbols = systemMap;
  linuxNote = 'linux_os-1 (Debian arm64 kernel + busybox)';
} catch (e) {
  linuxNote = `no Linux VM: ${e instanceof Error ? e.message : String(e)}`;
}

// --debug-symbols: the vmlinux of the same kernel package (fetched here the first time).
let debug: LinuxDebugSymbols | undefined;
if (process.argv.includes('--debug-symbols')) {
  const guest = cachedLinuxGuest();
  if (files.linux === undefined || guest === null) {
    process.stderr.write(`zvm-gdbserver: --debug-symbols needs the Linux guest (${linuxNote})\n`);
    process.exit(1);
  }
  try {
    debug = await ensureLinuxDebugSymbols({ guest });
  } catch (e) {
    process.stderr.write(`zvm-gdbserver: --debug-symbols: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  files.linuxSymbols = debug.vmlinux;
}

const fresh = process.argv.includes('--fresh');
const extra = process.argv.slice(2).filter((a) => a !== '--fresh' && a !== '--debug-symbols');
const gdbArgs = extra.includes('-gdb') || extra.includes('-s') ? [] : ['-gdb', 'tcp::1234'];
const gdbPort = /:(\d+)$/.exec(extra[extra.indexOf('-gdb') + 1] ?? '')?.[1] ?? '1234';
const rel = (p: string) => {
  const r = relative(process.cwd(), p);
  return r === '' || r.startsWith('..') ? p : r; // a path outside the working directory (the cache) as it is
};
process.stderr.write(
  `zvm-gdbserver: booting the built-in ZVM-design hypervisor (${relative(REPO_ROOT, files.host)}) on 4 CPUs\n` +
    `  VMs: zephyr_os-0 (RTOS demo guest), ${linuxNote}\n` +
    `  shell on this console (zvm info, zvm look N, help); GDB on 127.0.0.1:${gdbPort}:\n` +
    `  gdb-multiarch ${debug ? `${debugGdbArgs(debug.dir).map((a) => (a.startsWith('-') ? a : `'${a}'`)).join(' ')} ` : ''}-ix tools/gdb/zvm-inferiors.py -ex 'target extended-remote :${gdbPort}' -ex 'set schedule-multiple on'\n` +
    `  (GDB loads ${rel(files.host)} for the hypervisor, inferior 1, and ${rel(files.rtosElf!)} for zephyr_os-0` +
    (files.linuxSymbols ? `;\n   linux_os-1 gets the symbols of ${rel(files.linuxSymbols)})\n` : ')\n') +
    (debug ? `  (GDB reads the vmlinux directly and auto-loads the kernel's GDB scripts beside it: lx-dmesg, lx-ps, $lx_current())\n` : ''),
);
exitOnFatalErrors();
deprioritizeWorkerThreads();
const args = [...zvmSystemArgs(files), ...zvmGdbArgs(files), ...gdbArgs, ...extra];
if (files.linux === undefined) process.exitCode = await main(args);
else {
  const linux = files.linux;
  const snapshot = snapshotFileFor([files.host, files.rtosBin!, linux.image, linux.dtb, linux.initrd], args);
  let failed = false;
  if (!fresh && existsSync(snapshot)) {
    process.stderr.write(`zvm-gdbserver: starting from the snapshot of the ready system, ${rel(snapshot)} (npm start -- --fresh boots afresh); press Enter for the shell prompt\n`);
    process.exitCode = await main([...args, '-loadvm', snapshot], { loadvmFailed: () => (failed = true) });
  }
  if (fresh || failed || !existsSync(snapshot)) {
    if (failed) rmSync(snapshot, { force: true });
    process.stderr.write(`zvm-gdbserver: the machine is saved to ${rel(snapshot)} when the Linux shell is ready; the next npm start starts from there\n`);
    process.exitCode = await main(args, saveWhenReady(snapshot));
  }
}
process.exit();
