// Two gdb-multiarch processes on one server: the first continues the default system;
// the second connects, tries to step and to continue, and leaves. The second is told it
// does not control the target (run control stays with the first), and the first still
// gets its stop reply when it interrupts, and answers afterwards.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { type ChildProcess, spawn } from 'node:child_process';
import { GDB, InteractiveGdb, freePort, haveGdb, gdbValues as values } from '../helpers/gdb.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const REFUSAL = /zvm-gdbserver: another GDB connection controls the target/;

/** gdb-multiarch over GDB/MI (as IDEs drive it): records are lines of its stdout. */
class MiGdb {
  readonly child: ChildProcess;
  private out = '';

  constructor(port: number) {
    this.child = spawn(GDB, ['-nx', '-q', '--interpreter=mi2', HOST], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d: Buffer) => (this.out += d.toString('utf8')));
    this.child.stderr!.on('data', (d: Buffer) => (this.out += d.toString('utf8')));
    this.send('-gdb-set architecture aarch64');
    // As IDEs do: commands (-exec-interrupt) are read while the target runs.
    this.send('-gdb-set mi-async on');
    this.send(`-target-select extended-remote 127.0.0.1:${port}`);
  }

  get output(): string {
    return this.out;
  }

  /** Connected: GDB reported the stop the connection found. */
  async connected(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!/\^connected/.test(this.out) || !/\*stopped/.test(this.out)) {
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`gdb/MI never connected\n${this.out.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  send(command: string): void {
    this.child.stdin!.write(`${command}\n`);
  }

  /** Sends `command`, then waits for `re` in what GDB prints after it. */
  async run(command: string, re: RegExp, timeoutMs = 60_000): Promise<string> {
    const from = this.out.length;
    this.send(command);
    const deadline = Date.now() + timeoutMs;
    while (!re.test(this.out.slice(from))) {
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`gdb/MI never printed ${re} after ${command}\n${this.out.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this.out.slice(from);
  }

  async quit(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const gone = new Promise((r) => this.child.once('close', r));
    this.send('-gdb-exit');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }
}

describe.skipIf(!haveGdb())('two gdb-multiarch clients on the default system', () => {
  let server: SystemServer;
  let first: InteractiveGdb;
  let second: InteractiveGdb | undefined;
  const why = (extra = ''): string =>
    `${extra}\n--- first gdb ---\n${first?.output.slice(-3000)}\n--- second gdb ---\n${second?.output.slice(-3000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`;

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    first = new InteractiveGdb(server.port, HOST);
    await first.run(['set confirm off'], 60_000);
  }, 240_000);

  afterAll(async () => {
    await second?.quit();
    await first?.quit();
    await miA?.quit();
    await miB?.quit();
    await server?.stop();
  });
  let miA: MiGdb | undefined;
  let miB: MiGdb | undefined;

  it('answers both: the second is refused run control, the first gets its stop reply', async () => {
    const from = first.output.length;
    first.send('continue');
    await first.waitFor(/Continuing\./, 30_000, from);

    second = new InteractiveGdb(server.port, HOST);
    const reads = (await second.run(['set confirm off', 'inferior 2', 'print ctl.periods'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
    expect(Number(values(reads)[0]), why(reads)).toBeGreaterThan(0);
    const stepped = await second.run(['stepi'], 60_000);
    expect(stepped, why(stepped)).toMatch(REFUSAL);
    const continued = await second.run(['continue'], 60_000);
    expect(continued, why(continued)).toMatch(REFUSAL);
    // Its Ctrl-C (SIGINT to GDB) while it is stopped interrupts nothing remote.
    second.interrupt();
    const after = await second.run(['inferior 2', 'print ctl.periods'], 60_000);
    expect(values(after.replace(/^(\(gdb\) )+/gm, ''))[0], why(after)).toMatch(/^\d+$/);
    await second.quit();
    second = undefined;

    // The first session never saw a stop, and its Ctrl-C now gets one.
    expect(first.output.slice(from), why()).not.toMatch(/received signal|stopped\./);
    const from2 = first.output.length;
    first.interrupt();
    await first.waitFor(/received signal SIGINT/, 60_000, from2).catch((e: Error) => {
      throw new Error(why(e.message));
    });
    const out = (await first.run(['inferior 2', 'print ctl.periods', 'info threads'], 60_000)).replace(/^(\(gdb\) )+/gm, '');
    expect(Number(values(out)[0]), why(out)).toBeGreaterThan(0);
    expect(out, why(out)).toMatch(/Thread 2\.1/);
  }, 300_000);

  it('answers both over GDB/MI too (as IDEs drive GDB): the second is told, the first gets its *stopped', async () => {
    await first.quit(); // control passes to the next connection that needs it
    miA = new MiGdb(server.port);
    await miA.connected();
    await miA.run('-exec-continue', /\*running/);
    const running = miA.output.length;
    miB = new MiGdb(server.port);
    await miB.connected();
    const step = await miB.run('-exec-step-instruction', /\*stopped|\^error/);
    expect(step, miB.output.slice(-3000)).toMatch(REFUSAL);
    expect(step).not.toMatch(/reason="end-stepping-range"/);
    await miB.run('-exec-continue', /\*stopped|\^error/);
    await miB.run('-data-evaluate-expression 1+1', /\^done,value="2"/);
    await miB.quit();
    miB = undefined;
    // A was never stopped; its interrupt stops the target and it hears about it.
    expect(miA.output.slice(running)).not.toMatch(/\*stopped/);
    await miA.run('-exec-interrupt', /\*stopped,reason="signal-received",signal-name="SIGINT"/);
    await miA.run('-thread-info', /\^done,threads=/);
  }, 300_000);
});
