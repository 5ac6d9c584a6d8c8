// `npm start`: builds the demo guest and boots it on a one-CPU virt board, waiting for GDB
// on 127.0.0.1:1234 (like `qemu-system-aarch64 ... -s -S`). Extra arguments go to the CLI,
// e.g. `npm start -- -gdb tcp::2345`.
import { relative } from 'node:path';
import { main } from '../src/cli/main.ts';
import { buildGuests, REPO_ROOT } from './build-guests.ts';

const elf = (await buildGuests({ only: ['gdbdemo'] }))['gdbdemo'];
const shown = relative(process.cwd(), elf) || elf;
const extra = process.argv.slice(2);
const gdbArgs = extra.includes('-gdb') || extra.includes('-s') ? [] : ['-gdb', 'tcp::1234'];
process.stderr.write(
  `zvm-gdbserver: booting the demo program ${relative(REPO_ROOT, elf)} (CPUs wait for GDB)\n` +
    `  in another terminal: gdb-multiarch ${shown} -ex 'target extended-remote :1234' -ex 'break compute' -ex continue\n`,
);
process.exitCode = await main(['-M', 'virt', '-cpu', 'cortex-a53', '-m', '128M', '-nographic', '-kernel', elf, '-S', ...gdbArgs, ...extra]);
process.exit();
