// An interactive console session with a machine process (ours or QEMU) on stdio: wait for
// output patterns, type input. Drives the built-in hypervisor's shell in tests and in the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';

export class ConsoleSession {
  private readonly child: ChildProcess;
  private out = '';
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  exited: number | null = null;

  constructor(cmd: string, args: readonly string[]) {
    this.child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const onData = (b: Buffer) => {
      this.out += b.toString('utf8');
      this.poll();
    };
    this.child.stdout!.on('data', onData);
    this.child.stderr!.on('data', onData);
    this.child.on('exit', (code) => {
      this.exited = code ?? -1;
      this.poll();
    });
  }

  /** The process id (undefined if it could not start). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Everything printed so far. */
  get output(): string {
    return this.out;
  }

  private poll(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  /**
   * Waits until `pattern` matches the output after character offset `from` (default: the
   * whole output); returns the match. Fails with the output's tail on timeout or exit.
   */
  async waitFor(pattern: RegExp | string, timeoutMs: number, from = 0): Promise<RegExpExecArray> {
    const re = typeof pattern === 'string' ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : pattern;
    const match = () => re.exec(this.out.slice(from));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${re}; output tail:\n${this.out.slice(-3000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const test = () => match() !== null || this.exited !== null;
      if (test()) done();
      else this.waiters.push({ test, resolve: done });
    });
    const m = match();
    if (m === null) throw new Error(`process exited (${this.exited}) before ${re}; output tail:\n${this.out.slice(-3000)}`);
    return m;
  }

  /** Types `text` into the console. */
  type(text: string): void {
    this.child.stdin!.write(text);
  }

  async close(): Promise<void> {
    if (this.exited !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await gone;
  }
}
