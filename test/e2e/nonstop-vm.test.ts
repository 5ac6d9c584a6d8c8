// End to end, non-stop mode: the default system (our hypervisor with the RTOS VM) in the
// real server process, debugged by the real gdb-multiarch with `set non-stop on`. Threads
// stop one by one: interrupting the RTOS vCPU thread 2.1 freezes the PE it runs on while
// the other PEs (hypervisor threads 1.x) keep running; a breakpoint in the VM reports only
// thread 2.1 stopped; `continue` resumes it alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractiveGdb, freePort, haveGdb, gdbValues as values, gdbThreadStates as threadStates } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';




/** `monitor cpus`: instructions retired by each CPU. */
function retired(out: string): Map<number, number> {
  return new Map([...out.matchAll(/\bcpu(\d+): .*? retired=(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
}

/** `info threads` while the RTOS vCPU alone is stopped: the hypervisor CPUs run on. */
const ONLY_VCPU_STOPPED = ['1.1 running', '1.2 running', '1.3 running', '1.4 running', '2.1 stopped'];

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


describe.skipIf(!haveGdb())('gdb-multiarch in non-stop mode on the default system (RTOS VM = inferior 2)', () => {
  let server: SystemServer;
  let gdb: InteractiveGdb;
  const why = (): string =>
    `--- gdb ---\n${gdb?.output.slice(-6000)}\n--- server stdout ---\n${server?.stdout.slice(-1500)}\n--- server stderr ---\n${server?.stderr.slice(process.env.NS_DEBUG ? -12000 : -3000)}`;

  async function run(commands: readonly string[], timeoutMs = 60_000): Promise<string> {
    return (await gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  /** Repeats `info threads` until `pred` holds for the thread states. */
  async function threadsUntil(pred: (s: string[]) => boolean, what: string): Promise<string[]> {
    for (let i = 0; ; i++) {
      const states = threadStates(await run(['info threads']));
      if (pred(states)) return states;
      if (i > 100) throw new Error(`thread states never became ${what}: ${states.join(', ')}\n${why()}`);
      await sleep(200);
    }
  }

  beforeAll(async () => {
    server = new SystemServer(await freePort(), undefined, process.env.NS_DEBUG ? ['--log', 'debug'] : []);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    // `set non-stop on` must precede the connect (-ex): -iex, in the program-file slot.
    gdb = new InteractiveGdb(server.port, '--init-eval-command=set non-stop on');
    await gdb.run(['set confirm off', 'set pagination off'], 60_000);
  }, 200_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
  });

  it('runs every thread, stops the RTOS vCPU alone, stops it at a VM breakpoint, resumes it', async () => {
    let out = await run(['info inferiors', 'inferior 2']);
    expect(out, why()).toMatch(/^\s*2\s+process 2\s.*\/zephyr_os-0\s*$/m);

    // Connected: everything stopped. continue -a: every thread runs.
    await run(['continue -a &']);
    const all = await threadsUntil((s) => s.length === 5 && s.every((x) => x.endsWith('running')), 'all running');
    expect(all.map((x) => x.split(' ')[0]), why()).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);

    // interrupt the RTOS vCPU: only thread 2.1 stops, the hypervisor CPU threads run on.
    let from = gdb.output.length;
    await run(['thread 2.1', 'interrupt']);
    await gdb.waitFor(/Thread 2\.1 "zephyr_os-0-vcpu0" stopped\./, 30_000, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    expect(await threadsUntil((s) => s[4] === '2.1 stopped', '2.1 stopped'), why()).toEqual(ONLY_VCPU_STOPPED);

    // The RTOS is frozen: its period counter stays; CPU 0 (the hypervisor) keeps going.
    from = gdb.output.length;
    out = await run(['print ctl.periods', 'monitor cpus']);
    await gdb.waitFor(/cpu3: .*\n/, 20_000, from);
    const before = retired(gdb.output.slice(from));
    const [p1] = values(out);
    await sleep(2000);
    from = gdb.output.length;
    out = await run(['print ctl.periods', 'monitor cpus']);
    await gdb.waitFor(/cpu3: .*\n/, 20_000, from);
    const after = retired(gdb.output.slice(from));
    const [p2] = values(out);
    expect(Number(p1), why()).toBeGreaterThan(0);
    expect(p2, why()).toBe(p1);
    expect(after.get(0)!, why()).toBeGreaterThan(before.get(0)!);
    // CPU 1, which the vCPU is pinned to, is frozen (at the latest once the vCPU entered).
    await sleep(500);
    from = gdb.output.length;
    await run(['monitor cpus']);
    await gdb.waitFor(/cpu3: .*\n/, 20_000, from);
    const later = retired(gdb.output.slice(from));
    expect(later.get(1), why()).toBe(after.get(1));
    expect(later.get(0)!, why()).toBeGreaterThan(after.get(0)!);

    // A breakpoint in the VM: continue -a resumes 2.1; the stop names 2.1 only.
    from = gdb.output.length;
    await run(['break k_msgq_put', 'continue -a &']);
    await gdb.waitFor(/Thread 2\.1 "zephyr_os-0-vcpu0" hit Breakpoint \d+(\.\d+)?, (0x[0-9a-f]+ in )?k_msgq_put \(/, 60_000, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
    expect(await threadsUntil((s) => s[4] === '2.1 stopped', '2.1 stopped'), why()).toEqual(ONLY_VCPU_STOPPED);
    out = await run(['bt 1', 'print ctl.periods']);
    expect(out, why()).toMatch(/^#0 +k_msgq_put \(/m);
    const [p3] = values(out);

    // stepi over the breakpoint: one instruction of 2.1 (or, as on hardware, the vIRQ
    // that became pending while the vCPU was stopped: then the PC is at its EL1 vector).
    out = await run(['print/x $pc', 'stepi', 'print/x $pc']);
    const [pcA, pcB] = values(out);
    expect(out, why()).not.toMatch(/hit Breakpoint/);
    expect(BigInt(pcB!), why()).not.toBe(BigInt(pcA!));
    expect(await threadsUntil((s) => s[4] === '2.1 stopped' && s.slice(0, 4).every((x) => x.endsWith('running')), '2.1 stopped'), why()).toHaveLength(5);

    // continue (thread 2.1 only, breakpoint deleted): the RTOS runs again.
    await run(['delete', 'continue &']);
    await threadsUntil((s) => s.length === 5 && s.every((x) => x.endsWith('running')), 'all running');
    await sleep(2000);
    const [p4] = values(await run(['print ctl.periods']));
    expect(Number(p4), why()).toBeGreaterThan(Number(p3));
    expect(gdb.output, why()).not.toContain('internal-error');
    expect(server.stderr, why()).not.toMatch(/warn|error/i);
  }, 300_000);
});
