// zvm-gdbserver command line (QEMU-compatible options). All logic lives in src/cli.
import { exitOnFatalErrors } from '../src/cli/fatal.ts';
import { deprioritizeWorkerThreads } from '../src/cli/worker-priority.ts';
import { main } from '../src/cli/main.ts';

exitOnFatalErrors();
deprioritizeWorkerThreads();
process.exitCode = await main(process.argv.slice(2));
// Sockets and stdin listeners must not keep a finished emulator alive.
process.exit();
