#!/usr/bin/env node
// Installs what `npm start` / `npm test` need on a fresh machine. Plain Node on purpose:
// it runs before node_modules exists. Usage: ensure-deps.mjs [npm] [start|test]
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wants = new Set(process.argv.slice(2));

function run(cmd) {
  console.error(`[deps] ${cmd}`);
  execSync(cmd, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

if (wants.has('npm')) {
  const stamp = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(stamp) || statSync(lock).mtimeMs > statSync(stamp).mtimeMs) {
    run('npm ci --no-audit --no-fund');
  }
}

// Debian packages, by command: the GDB client, the cross compiler for the guest programs
// QEMU as the reference machine (system and user mode) and dtc to check device trees. `npm start` needs the first two (it builds the demo
// and tells the user to connect gdb-multiarch); the tests and the benchmark need all three.
const DEBIAN = {
  'gdb-multiarch': 'gdb-multiarch',
  'aarch64-linux-gnu-gcc': 'gcc-aarch64-linux-gnu',
  'qemu-system-aarch64': 'qemu-system-arm',
  'qemu-aarch64': 'qemu-user',
  dtc: 'device-tree-compiler',
};
const NEEDS = {
  start: ['gdb-multiarch', 'aarch64-linux-gnu-gcc'],
  test: Object.keys(DEBIAN),
};

const commands = [...new Set([...wants].flatMap((w) => NEEDS[w] ?? []))];
if (commands.length > 0) {
  const missing = commands.filter((cmd) => !has(cmd)).map((cmd) => DEBIAN[cmd]);
  if (missing.length > 0) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !has('apt-get')) {
      console.error(`[deps] missing Debian packages: ${missing.join(' ')}.`);
      console.error(`[deps] install them with: sudo apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    run('apt-get update -qq');
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
  }
}

// `npm start` boots Debian's Linux in a VM: fetch and assemble it now (cached), so the
// server itself starts at once. Without root or apt the system starts with the RTOS alone.
if (wants.has('start')) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '.bin', 'tsx'), join(root, 'tools', 'linux-guest.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) console.error('[deps] the Linux guest is not available; npm start boots the RTOS guest alone');
}
