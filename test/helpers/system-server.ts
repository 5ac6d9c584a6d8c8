// The real server process running the default system (hypervisor + RTOS VM unless other
// arguments are given) with its GDB server on `port`, for end-to-end tests with real GDB.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { zvmGdbArgs, zvmSystemArgs } from '../../src/zvm/system.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { CLI_PATH } from './qemu.ts';

/** The hypervisor with the RTOS demo guest as its only VM (GDB gets the RTOS's ELF for it). */
export function rtosSystemArgs(): string[] {
  const files = { host: join(IMAGES_DIR, 'zvm_host.elf'), rtosBin: join(IMAGES_DIR, 'rtos.bin'), rtosElf: join(IMAGES_DIR, 'rtos.elf') };
  return [...zvmSystemArgs(files), ...zvmGdbArgs(files)];
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class SystemServer {
  private out = '';
  private err = '';
  readonly child: ChildProcess;

  /** Starts `args` (default: rtosSystemArgs()) with `-gdb tcp::port`, then `extra`. */
  constructor(
    readonly port: number,
    args: readonly string[] = rtosSystemArgs(),
    extra: readonly string[] = [],
  ) {
    this.child = spawn(process.execPath, [CLI_PATH, ...args, '-gdb', `tcp::${port}`, ...extra], {
      cwd: REPO_ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.out += d.toString('latin1')));
    this.child.stderr!.on('data', (d: Buffer) => (this.err += d.toString('utf8')));
  }

  get stdout(): string {
    return this.out;
  }

  get stderr(): string {
    return this.err;
  }

  /** Types into the hypervisor's shell (UART0 on the server's stdio). */
  type(text: string): void {
    this.child.stdin!.write(text);
  }

  /** Waits until `re` matches the stream after character offset `from`. */
  async waitFor(re: RegExp, what: 'stdout' | 'stderr', timeoutMs: number, from = 0): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!re.test((what === 'stdout' ? this.out : this.err).slice(from))) {
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`server never printed ${re}\n--- stdout ---\n${this.out.slice(-3000)}\n--- stderr ---\n${this.err.slice(-3000)}`);
      }
      await sleep(100);
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise<void>((r) => this.child.once('close', () => r()));
    this.child.kill('SIGKILL');
    await gone;
  }
}
