// Reverse execution on the default system (our hypervisor on 4 PEs with the RTOS VM, and
// the Linux VM with 2 vCPUs) with the real gdb-multiarch and the real server process, in
// all-stop mode: the PEs' interleaving does not depend on where runs stop, so going back
// re-executes exactly.
//  - RTOS VM (inferior 2): reverse-stepi N after stepi N gives back the registers and
//    memory of the VM thread, and stepi N again the same state as the first time;
//    `watch tick_count` + reverse-continue stops at the store that last wrote it (the
//    timer interrupt's), with the value before it.
//  - Linux VM (inferior 3, no KASLR): `watch` on jiffies_64 (its address read from
//    do_timer's code) + reverse-continue stops at the store that last wrote it, with
//    the value before it.

import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linuxVmDtb, zvmGdbArgs, zvmSystemArgs, type ZvmSystemFiles } from '../../src/zvm/system.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { ensureLinuxGuest } from '../../tools/linux-guest.ts';
import { InteractiveGdb, freePort, haveGdb } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const NO_HISTORY = 'No more reverse-execution history.';

/** The VM thread's registers and the memory around its stack pointer, one block per `STATE` in the output. */
const STATE = ['echo ==state==\\n', 'info registers', 'x/16gx $sp', 'echo ==end==\\n'];

function states(out: string): string[] {
  return [...out.matchAll(/==state==\n([\s\S]*?)==end==/g)].map((m) => m[1]!);
}

/** GDB's report of a watchpoint hit: the values before and after. */
function watchValues(out: string): { old: bigint; now: bigint } | null {
  const m = /Old value = (\d+)\nNew value = (\d+)/.exec(out);
  return m === null ? null : { old: BigInt(m[1]!), now: BigInt(m[2]!) };
}

/** One GDB session on a server: runs commands, output without prompts. */
class Session {
  gdb!: InteractiveGdb;
  constructor(readonly server: SystemServer) {}

  async connect(): Promise<void> {
    this.gdb = new InteractiveGdb(this.server.port, HOST);
    await this.gdb.run(['set confirm off', 'set pagination off'], 60_000);
  }

  async run(commands: readonly string[], timeoutMs = 240_000): Promise<string> {
    return (await this.gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  why(): string {
    return `--- gdb ---\n${this.gdb?.output.slice(-8000)}\n--- server stdout ---\n${this.server.stdout.slice(-2000)}\n--- server stderr ---\n${this.server.stderr.slice(-3000)}`;
  }

  async close(): Promise<void> {
    await this.gdb?.quit();
    await this.server.stop();
  }
}

/**
 * `watch EXPR` in inferior `inferior`, two forward hits, then reverse-continue: GDB must
 * stop at the store of the first hit's new value going back (the values swapped), at a
 * store instruction.
 */
async function watchAndGoBack(s: Session, inferior: number, expr: string): Promise<void> {
  const out = await s.run([`inferior ${inferior}`, 'delete', `watch ${expr}`, 'continue', 'echo ==second==\\n', 'continue', 'echo ==back==\\n', 'reverse-continue', `print ${expr}`, 'x/i $pc', 'delete']);
  const [first, rest] = out.split('==second==');
  const [second, back] = (rest ?? '').split('==back==');
  const why = s.why();
  const w1 = watchValues(first!);
  const w2 = watchValues(second ?? '');
  expect(w1, why).not.toBeNull();
  expect(w2, why).not.toBeNull();
  expect(w2!.old, why).toBe(w1!.now);
  // Going back over the store of the second hit: GDB shows its value, then the one before.
  const wb = watchValues(back ?? '');
  expect(wb, why).toEqual({ old: w2!.now, now: w2!.old });
  expect(back, why).toMatch(new RegExp(`\\$\\d+ = ${w2!.old}\\n`));
  expect(back, why).toMatch(/=> 0x[0-9a-f]+ <[^>]+>:\s+st[a-z0-9]*\s/);
  expect(back).not.toContain(NO_HISTORY);
}

describe.skipIf(!haveGdb())('reverse execution on the hypervisor with the RTOS VM (4 PEs), all-stop', () => {
  let s: Session;

  beforeAll(async () => {
    const server = new SystemServer(await freePort());
    s = new Session(server);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    await s.connect();
  }, 200_000);

  afterAll(async () => {
    await s?.close();
  });

  it('reverse-stepi N after stepi N in VM thread 2.1 gives back its registers and memory; stepi N again the same state', async () => {
    const out = await s.run(['inferior 2', 'break k_msgq_put', 'continue', 'delete', 'thread 2.1', ...STATE, 'stepi 40', ...STATE, 'reverse-stepi 40', ...STATE, 'stepi 40', ...STATE]);
    const [before, after, back, again] = states(out);
    expect(again, s.why()).toBeDefined();
    expect(before).toMatch(/pc +0x[0-9a-f]+ +0x[0-9a-f]+ <k_msgq_put(\+\d+)?>/);
    expect(after, s.why()).not.toBe(before);
    expect(back, s.why()).toBe(before);
    expect(again, s.why()).toBe(after);
    expect(out).not.toContain(NO_HISTORY);
  }, 300_000);

  it('watch + reverse-continue stops at the store that last wrote tick_count in the RTOS VM', async () => {
    await watchAndGoBack(s, 2, 'tick_count');
  }, 300_000);
});

describe.skipIf(!haveGdb())('reverse execution on the default system with the Linux VM (inferior 3), all-stop', () => {
  let s: Session;
  let dir: string;

  beforeAll(async () => {
    const guest = ensureLinuxGuest({ quiet: true });
    dir = mkdtempSync(join(tmpdir(), 'zvm-reverse-linux-'));
    const dtb = join(dir, 'linux-vm.dtb');
    // No KASLR: the System.map's addresses are the running kernel's (GDB looks the symbol up).
    writeFileSync(dtb, linuxVmDtb(statSync(guest.initrd).size, 'console=ttyAMA0 nokaslr'));
    const files: ZvmSystemFiles = {
      host: HOST,
      rtosBin: join(IMAGES_DIR, 'rtos.bin'),
      rtosElf: join(IMAGES_DIR, 'rtos.elf'),
      linux: { image: guest.image, dtb, initrd: guest.initrd },
      linuxSymbols: guest.systemMap,
    };
    const server = new SystemServer(await freePort(), [...zvmSystemArgs(files), ...zvmGdbArgs(files)]);
    s = new Session(server);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    // The kernel's timer runs once it calibrated its delay loop.
    await server.waitFor(/\[linux_os-1\] [^\n]*Calibrating delay loop/, 'stdout', 600_000);
    await s.connect();
  }, 700_000);

  afterAll(async () => {
    await s?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('watch + reverse-continue stops at the store that last wrote jiffies_64 in the Linux VM', async () => {
    // The System.map has no data symbols: jiffies_64 is where do_timer() adds to it
    // (`adrp xN, PAGE` ... `str xM, [xN, #OFF]`), read from the kernel's code by GDB.
    const dis = await s.run(['inferior 3', 'x/16i do_timer']);
    const page = /adrp\s+(x\d+), (0x[0-9a-f]+)/.exec(dis);
    expect(page, s.why()).not.toBeNull();
    const store = new RegExp(`str\\s+x\\d+, \\[${page![1]}, #(\\d+)\\]`).exec(dis);
    expect(store, s.why()).not.toBeNull();
    const jiffies = BigInt(page![2]!) + BigInt(store![1]!);
    await watchAndGoBack(s, 3, `*(unsigned long *)0x${jiffies.toString(16)}`);
  }, 600_000);
});
