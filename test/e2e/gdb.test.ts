// End to end: the real server process (tools/cli.ts -M virt ... -gdb tcp::PORT -S) debugging
// build/guests/gdbdemo.elf, driven by the real gdb-multiarch. Every expected value below
// follows from src/guests/baremetal/progs/gdbdemo.c:
//   compute(a, b) = sum_{i<b} (a + i) + scale(a),  scale(v) = 3 v
//   compute(1, 10) = 58, compute(2, 20) = 236, compute(3, 30) = 534, compute(4, 40) = 952

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GUEST_SRC_DIR } from '../../tools/build-guests.ts';
import { guestElf } from '../helpers/guests.ts';
import {
  GDB,
  InteractiveGdb,
  RawRsp,
  frame,
  haveGdb,
  runGdbBatch,
  startGdbServer,
  type GdbResult,
  type GdbServerProcess,
} from '../helpers/gdb.ts';

const hasGdb = haveGdb();
const SOURCE = join(GUEST_SRC_DIR, 'progs', 'gdbdemo.c');

/** The console of a full run with `spin_iterations` set to `spins` and nothing else changed. */
function expectedConsole(spins: number, compute2 = 236): string {
  return [
    'hello from gdbdemo',
    'compute(1, 10) = 58',
    `compute(2, 20) = ${compute2}`,
    'compute(3, 30) = 534',
    'compute(4, 40) = 952',
    'points[1] = (3, 4)',
    `counter = ${spins}`,
    'gdbdemo: done',
    '',
  ].join('\n');
}

/** 1-based line number of the (unique) source line containing `text`. */
function sourceLine(text: string): number {
  const lines = readFileSync(SOURCE, 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`"${text}" found on lines [${hits.join(', ')}] of ${SOURCE}`);
  return hits[0]!;
}

/** Start address of a source line, from the ELF's line table (GDB without a target). */
function lineAddress(elf: string, line: number): bigint {
  const out = execFileSync(GDB, ['-nx', '-batch', '-ex', `info line gdbdemo.c:${line}`, elf], { encoding: 'utf8' });
  const m = /starts at address (0x[0-9a-f]+)/.exec(out);
  if (m === null) throw new Error(`no address for gdbdemo.c:${line}: ${out}`);
  return BigInt(m[1]!);
}

/** The values of the `$N = value` lines (print, finish) in the output, in order. */
function values(out: string): string[] {
  return [...out.matchAll(/^(?:\(gdb\) )*(?:Value returned is )?\$\d+ = (.*)$/gm)].map((m) => m[1]!);
}

function describeSession(gdb: GdbResult, server: GdbServerProcess): string {
  return `gdb exit ${gdb.code ?? gdb.signal}${gdb.timedOut ? ' (timed out)' : ''} after ${gdb.durationMs} ms\n--- gdb ---\n${gdb.out}\n--- server stdout ---\n${server.stdout()}\n--- server stderr ---\n${server.stderr().slice(-4000)}`;
}

/** Connects to host:port; resolves 'connected' or the error code (e.g. ECONNREFUSED). */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = new Socket();
    const done = (r: string): void => {
      s.destroy();
      resolve(r);
    };
    s.setTimeout(2000, () => done('timeout'));
    s.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
    s.connect(port, host, () => done('connected'));
  });
}

describe.skipIf(!hasGdb)('gdb-multiarch against the zvm-gdbserver process (gdbdemo)', () => {
  let elf: string;
  const servers: GdbServerProcess[] = [];

  beforeAll(async () => {
    elf = await guestElf('gdbdemo');
  });

  afterEach(async () => {
    // Whatever happened in the test, no server outlives it.
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  async function server(extraArgs: string[] = []): Promise<GdbServerProcess> {
    const s = await startGdbServer(elf, { extraArgs });
    servers.push(s);
    return s;
  }

  it('breaks in compute, inspects frames/locals/memory/globals, steps, finishes, runs monitor commands, runs to exit', async () => {
    const s = await server();
    expect(s.host).toBe('127.0.0.1');
    expect(s.stderr()).toContain(`waiting for GDB on 127.0.0.1:${s.port}`);

    const gdb = await runGdbBatch(s.port, elf, [
      'break compute',
      'continue',
      'bt',
      'info locals',
      'print a',
      'print b',
      'print/x $sp',
      'x/8xg $sp',
      'print/x $pc',
      'stepi',
      'print/x $pc',
      'finish',
      'set var results[0] = 1234',
      'print results[0]',
      'print greeting',
      'print points[1]',
      'print/x $pc',
      'info threads',
      'monitor help',
      'monitor cpus',
      'delete',
      'set var spin_iterations = 10',
      'continue',
    ]);
    const why = describeSession(gdb, s);
    const out = gdb.out;
    expect(gdb.code, why).toBe(0);

    // GDB connected to a machine held at its entry point by -S.
    expect(out, why).toMatch(/_start \(\) at \S*crt0\.S:\d+/);
    // Breakpoint and arguments.
    expect(out, why).toMatch(/Breakpoint 1 at 0x[0-9a-f]+: file \S*gdbdemo\.c, line \d+\./);
    expect(out, why).toMatch(/\nBreakpoint 1, compute \(a=1, b=10\) at \S*gdbdemo\.c:\d+\n\d+\t\tint sum = 0;\n/);
    // Backtrace: compute <- main.
    const bt = /^#0  compute \(a=1, b=10\) at \S*gdbdemo\.c:\d+\n#1  (0x[0-9a-f]{16}) in main \(\) at \S*gdbdemo\.c:(\d+)\n/m.exec(out);
    expect(bt, why).not.toBeNull();
    const returnAddress = BigInt(bt![1]!);
    expect(Number(bt![2]), why).toBe(sourceLine('results[k] = compute(k + 1, 10 * (k + 1));'));
    // Locals at the first line of compute: the loop's i is in an inner block.
    expect(out, why).toMatch(/^sum = 0$/m);

    const v = values(out);
    // print a, print b, print/x $sp, print/x $pc, (stepi), print/x $pc, finish's value,
    // results[0], greeting, points[1], $pc after finish.
    expect(v.length, why).toBe(10);
    const [a, b, sp, pc0, pc1, finished, r0, greeting, point1, pcAfterFinish] = v;
    expect(a).toBe('1');
    expect(b).toBe('10');

    // x/8xg $sp: 8 giant words in 4 lines starting at the stack pointer.
    const spAddr = BigInt(sp!);
    const dump = [...out.matchAll(/^(0x[0-9a-f]+):\t(0x[0-9a-f]{16})\t(0x[0-9a-f]{16})$/gm)];
    expect(dump.length, why).toBe(4);
    dump.forEach((line, i) => expect(BigInt(line[1]!), why).toBe(spAddr + BigInt(16 * i)));
    // compute's prologue (stp x29, x30, [sp, #-48]!) saved the link register at [sp + 8]:
    // it is the return address GDB shows for main's frame.
    expect(BigInt(dump[0]![3]!), why).toBe(returnAddress);

    // stepi over `str wzr, [sp, #44]`: one instruction further.
    expect(BigInt(pc1!) - BigInt(pc0!), why).toBe(4n);

    // finish: back in main at the return address; compute(1, 10) = 55 + scale(1) = 58.
    expect(out, why).toMatch(/\n0x[0-9a-f]{16} in main \(\) at \S*gdbdemo\.c:\d+\n/);
    expect(out, why).toMatch(/^Value returned is \$\d+ = 58$/m);
    expect(finished).toBe('58');
    expect(BigInt(pcAfterFinish!), why).toBe(returnAddress);

    // Globals: write then read back; strings; arrays of structs.
    expect(r0).toBe('1234');
    expect(greeting).toBe('"hello from gdbdemo"');
    expect(point1).toBe('{x = 3, y = 4}');

    // Threads: one PE, named cpu0.
    expect(out, why).toMatch(/^\* 1 +Thread 1\.1 "cpu0" 0x[0-9a-f]{16} in main \(\) at \S*gdbdemo\.c:\d+$/m);

    // Monitor commands (qRcmd).
    expect(out, why).toContain(
      'zvm-gdbserver monitor commands:\n' +
        '  help           this text\n' +
        '  cpus           list the CPUs with their state, EL, PC and retired instructions\n' +
        '  reset          reset the board (CPU 0 restarts at the image entry point)\n',
    );
    const cpus = /^cpu0: on +EL1 pc=0x([0-9a-f]+) retired=(\d+)$/m.exec(out);
    expect(cpus, why).not.toBeNull();
    expect(BigInt(`0x${cpus![1]}`), why).toBe(returnAddress);
    expect(Number(cpus![2]), why).toBeGreaterThan(100);

    // Run to the end: the guest powers off.
    expect(out, why).toContain('[Inferior 1 (process 1) exited normally]');
    // The server exits 0 once GDB has gone, and the console shows the whole run
    // (results[0] = 1234 was overwritten by main's own store of compute's result).
    const exit = await s.waitExit(10_000);
    expect(exit, why).toEqual({ code: 0, signal: null });
    expect(s.stdout(), why).toBe(expectedConsole(10));
  });

  it('Ctrl-C interrupts the spin loop; the loop is then cut short and the program runs to exit', async () => {
    const s = await server();
    const gdb = new InteractiveGdb(s.port, elf);
    try {
      await gdb.waitFor(/_start \(\) at \S*crt0\.S:\d+/);
      let out = await gdb.run(['break spin', 'continue']);
      expect(out).toMatch(/Breakpoint 1, spin \(\) at \S*gdbdemo\.c:\d+/);
      // A loop no tier finishes before the interrupt (the default 10M iterations, ~160M
      // instructions, take well under a second compiled): interrupt after half a second.
      out = await gdb.run(['print counter', 'delete', 'set var spin_iterations = 4000000000']);
      expect(values(out)).toEqual(['0']);

      const from = gdb.output.length;
      gdb.send('continue');
      await gdb.waitFor(/Continuing\.\n/, 10_000, from);
      await new Promise((r) => setTimeout(r, 500));
      let stop: RegExpExecArray | undefined;
      for (let attempt = 0; attempt < 3 && stop === undefined; attempt++) {
        gdb.interrupt();
        stop = await gdb.waitFor(/Program received signal SIGINT, Interrupt\.\n0x([0-9a-f]{16}) in spin \(\)/, 5_000, from).catch(() => undefined);
      }
      const why = `--- gdb ---\n${gdb.output}\n--- server stderr ---\n${s.stderr()}`;
      expect(stop, why).toBeDefined();
      // The program had not finished: nothing after points[1] on the console.
      expect(s.stdout(), why).not.toContain('counter =');

      out = await gdb.run(['bt', 'print counter', 'print/x $pc', 'print spin_iterations']);
      expect(out, why).toMatch(/#0  0x[0-9a-f]{16} in spin \(\) at \S*gdbdemo\.c:\d+\n#1  0x[0-9a-f]{16} in main \(\) at \S*gdbdemo\.c:\d+$/m);
      const [counterText, pc, iterations] = values(out);
      const counter = Number(counterText);
      expect(counter, why).toBeGreaterThan(0);
      expect(counter, why).toBeLessThan(4_000_000_000);
      expect(BigInt(pc!), why).toBe(BigInt(`0x${stop![1]}`));
      expect(iterations).toBe('4000000000');

      // n < spin_iterations now fails at the next test: the loop ends.
      out = await gdb.run(['set var spin_iterations = 0', 'continue'], 30_000);
      expect(out, why).toContain('[Inferior 1 (process 1) exited normally]');
      const done = await gdb.quit();
      expect(done.code, why).toBe(0);
      const exit = await s.waitExit(10_000);
      expect(exit, why).toEqual({ code: 0, signal: null });
      // The interrupt may have landed between the load and the store of counter++,
      // which then completes: counter is what GDB saw, or one more.
      const printed = /^counter = (\d+)$/m.exec(s.stdout());
      expect(printed, s.stdout()).not.toBeNull();
      expect([counter, counter + 1]).toContain(Number(printed![1]));
      expect(s.stdout()).toMatch(/points\[1\] = \(3, 4\)\ncounter = \d+\ngdbdemo: done\n$/);
    } finally {
      if (gdb.child.exitCode === null) gdb.child.kill('SIGKILL');
    }
  });

  it('breaks at an address, on a hardware breakpoint and a temporary one; until/advance; writes a register', async () => {
    const s = await server(['--log', 'debug']);
    const returnLine = sourceLine('return result;');
    const scaleCallLine = sourceLine('sum += scale(a);');
    const returnAddr = lineAddress(elf, returnLine);

    const gdb = await runGdbBatch(s.port, elf, [
      'hbreak scale',
      `break *0x${returnAddr.toString(16)}`,
      'continue', // hbreak: scale(1)
      'continue', // break *addr: scale(1), at `return result;`
      'print result',
      'print/x $pc',
      'delete',
      'tbreak compute',
      'continue', // compute(2, 20)
      'info breakpoints',
      `until ${scaleCallLine}`,
      'print sum',
      'advance scale',
      `advance ${returnLine}`,
      'print result',
      'finish',
      // Make scale(2) have returned 100 instead of 6: compute(2, 20) = 230 + 100.
      'set var $x0 = 100',
      'set var spin_iterations = 10',
      'continue',
    ]);
    const why = describeSession(gdb, s);
    const out = gdb.out;
    expect(gdb.code, why).toBe(0);

    const hb = /^Hardware assisted breakpoint 1 at (0x[0-9a-f]+): file \S*gdbdemo\.c, line (\d+)\.$/m.exec(out);
    expect(hb, why).not.toBeNull();
    const scaleBody = BigInt(hb![1]!);
    expect(Number(hb![2]), why).toBe(sourceLine('int result = value * 3;'));
    expect(out, why).toContain(`Breakpoint 2 at 0x${returnAddr.toString(16)}: file `);
    expect(out, why).toMatch(new RegExp(`\\nBreakpoint 1, scale \\(value=1\\) at \\S*gdbdemo\\.c:${hb![2]}\\n`));
    expect(out, why).toMatch(new RegExp(`\\nBreakpoint 2, scale \\(value=1\\) at \\S*gdbdemo\\.c:${returnLine}\\n${returnLine}\\t\\treturn result;\\n`));
    const [result1, pcAtReturn, sum, result2, returned] = values(out);
    expect(result1).toBe('3');
    expect(BigInt(pcAtReturn!)).toBe(returnAddr);

    expect(out, why).toMatch(/\nTemporary breakpoint 3, compute \(a=2, b=20\) at \S*gdbdemo\.c:\d+\n/);
    expect(out, why).toContain('No breakpoints or watchpoints.');
    // until: the loop ran to completion, sum = sum_{i<20} (2 + i) = 230.
    expect(out, why).toMatch(new RegExp(`\\ncompute \\(a=2, b=20\\) at \\S*gdbdemo\\.c:${scaleCallLine}\\n${scaleCallLine}\\t\\tsum \\+= scale\\(a\\);\\n`));
    expect(sum).toBe('230');
    expect(out, why).toMatch(/\nscale \(value=2\) at \S*gdbdemo\.c:\d+\n/);
    expect(out, why).toMatch(new RegExp(`\\nscale \\(value=2\\) at \\S*gdbdemo\\.c:${returnLine}\\n`));
    expect(result2).toBe('6');
    expect(returned).toBe('6');
    expect(out, why).toContain('[Inferior 1 (process 1) exited normally]');

    const exit = await s.waitExit(10_000);
    expect(exit, why).toEqual({ code: 0, signal: null });
    // The register write changed what compute(2, 20) returned.
    expect(s.stdout(), why).toBe(expectedConsole(10, 330));

    // The packets GDB sent: Z1 for hbreak, Z0 for break *addr, P for the register write.
    const sent = [...s.stderr().matchAll(/rsp debug: <- (.*)$/gm)].map((m) => m[1]!);
    expect(sent, why).toContain(`Z1,${scaleBody.toString(16)},4`);
    expect(sent, why).toContain(`Z0,${returnAddr.toString(16)},4`);
    expect(sent, why).toContain('P0=6400000000000000');
    expect(s.stderr(), why).not.toMatch(/ (warn|error): /);
  });

  it('write and read watchpoints stop before the access with the watched address (Z2/Z3)', async () => {
    const s = await server(['--log', 'debug']);
    const gdb = await runGdbBatch(s.port, elf, [
      'break spin',
      'continue',
      // $_siginfo (qXfer:siginfo:read): SIGTRAP with TRAP_BRKPT at the PC; after the watchpoint,
      // TRAP_TRACE at the PC (GDB stepped the thread past the access: that step is its last stop).
      'printf "siginfo %d %d %#lx %#lx\\n", $_siginfo.si_signo, $_siginfo.si_code, $_siginfo._sifields._sigfault.si_addr, $pc',
      'watch counter',
      'continue', // counter 0 -> 1
      'printf "siginfo %d %d %#lx %#lx\\n", $_siginfo.si_signo, $_siginfo.si_code, $_siginfo._sifields._sigfault.si_addr, $pc',
      'continue', // counter 1 -> 2
      'delete',
      'rwatch spin_iterations',
      'continue', // the loop condition reads spin_iterations
      'delete',
      'set var spin_iterations = 0',
      'continue',
    ]);
    const why = describeSession(gdb, s);
    const out = gdb.out;
    expect(gdb.code, why).toBe(0);
    expect(out, why).toMatch(/Hardware watchpoint 2: counter\n\nOld value = 0\nNew value = 1\n/);
    const siginfo = [...out.matchAll(/^siginfo (\d+) (\d+) (0x[0-9a-f]+) (0x[0-9a-f]+)$/gm)];
    expect(siginfo.map((m) => [m[1], m[2]]), why).toEqual([['5', '1'], ['5', '2']]);
    for (const m of siginfo) expect(m[3], why).toBe(m[4]);
    expect(out, why).toMatch(/Hardware watchpoint 2: counter\n\nOld value = 1\nNew value = 2\n/);
    expect(out, why).toMatch(/Hardware read watchpoint 3: spin_iterations\n\nValue = 10000000\n/);
    expect(out, why).toContain('[Inferior 1 (process 1) exited normally]');
    const sent = [...s.stderr().matchAll(/rsp debug: <- (.*)$/gm)].map((m) => m[1]!);
    expect(sent.some((p) => /^Z2,[0-9a-f]+,4$/.test(p)), why).toBe(true);
    expect(sent.some((p) => /^Z3,[0-9a-f]+,8$/.test(p)), why).toBe(true);
    expect(await s.waitExit(10_000), why).toEqual({ code: 0, signal: null });
    // The read that hit the rwatch had already returned 10000000 when spin_iterations was
    // set to 0, so the loop body ran once more: counter ends at 3.
    expect(s.stdout(), why).toBe(expectedConsole(3));
  });

  it('monitor translate reports the address translation of the stopped CPU', async () => {
    const s = await server();
    const gdb = await runGdbBatch(s.port, elf, ['monitor translate 0x40001000', 'monitor translate nonsense', 'kill']);
    const why = describeSession(gdb, s);
    // The bare-metal demo runs with the MMU off: virtual = physical.
    expect(gdb.out, why).toContain('cpu0: translation is off: VA 0x40001000 = PA 0x40001000');
    expect(gdb.out, why).toContain("error: usage: monitor translate ADDRESS [PID.TID] ('nonsense' is not a number");
    expect(gdb.out, why).not.toContain('Protocol error');
  });

  it('answers mistyped, QEMU and bad-argument monitor commands with a reason, and names the thread translate walks', async () => {
    const s = await server(['-smp', '2']);
    const gdb = await runGdbBatch(s.port, elf, [
      'monitor frobnicate',
      'monitor info registers',
      'monitor info version',
      'monitor info cpus',
      'monitor translate &main',
      // 'info threads' reads thread 1.2's frame last (Hgp1.2) and then shows thread 1 as
      // current without telling the server: translate says which thread it walked.
      'info threads',
      'monitor translate 0x40001000',
      'monitor translate 0x40001000 1.1',
      'monitor translate 0x40001000 1.9',
      'kill',
    ]);
    const why = describeSession(gdb, s);
    expect(gdb.out, why).not.toContain('Protocol error');
    expect(gdb.out, why).toContain("error: unknown monitor command 'frobnicate' (see 'monitor help')");
    expect(gdb.out, why).toContain("error: 'info registers' is a QEMU monitor command, not one of zvm-gdbserver's: use GDB's 'info registers'");
    expect(gdb.out, why).toContain("error: 'info version' is a QEMU monitor command");
    expect(gdb.out, why).toMatch(/^cpu1: off EL1 pc=0x0 retired=0$/m);
    expect(gdb.out, why).toContain(`GDB does not evaluate monitor arguments; try eval "monitor translate 0x%lx", &main)`);
    expect(gdb.out, why).toContain('thread 1.2 (the thread GDB last selected; add PID.TID to choose):\ncpu1: translation is off');
    expect(gdb.out, why).toContain('thread 1.1:\ncpu0: translation is off: VA 0x40001000 = PA 0x40001000');
    expect(gdb.out, why).toContain('error: no thread p1.9');
  });

  for (const mode of ['all-stop', 'non-stop'] as const) {
    it(`stepi takes no pending interrupt by default (as QEMU's gdbstub), and does after monitor step irq on (${mode})`, async () => {
      // GDB's disconnect drops the connection: the board must wait for the reconnect.
      const s = await server(['-M', 'virt,virtualization=on', ...(mode === 'non-stop' ? ['--halt-on-disconnect'] : [])]);
      const connect = mode === 'non-stop' ? ['disconnect', 'set non-stop on', `target extended-remote 127.0.0.1:${s.port}`] : [];
      const STEPS = 20;
      const gdb = await runGdbBatch(s.port, elf, [
        ...connect,
        'break compute',
        'continue',
        // Drop from EL2 to EL1 (same stack) with IRQs unmasked and a virtual IRQ pending
        // (HCR_EL2.RW|VI|IMO): the next instruction boundary takes it, unless stepping masks it.
        'set $oldsp = $sp',
        'set $hcr_el2 = 0x80000090',
        'set $cpsr = ($cpsr & ~0xcf) | 5',
        'set $sp = $oldsp',
        'p/x $isr_el1',
        'p/x $vbar_el1',
        ...Array.from({ length: STEPS }, () => ['stepi', 'p/x $pc']).flat(),
        'monitor step irq on',
        'stepi',
        'p/x $pc',
        'kill',
      ]);
      const why = describeSession(gdb, s);
      const printed = [...gdb.out.matchAll(/^\$\d+ = (0x[0-9a-f]+)$/gm)].map((m) => BigInt(m[1]!));
      expect(printed.length, why).toBe(2 + STEPS + 1);
      const [isr, vbar] = printed;
      expect(isr, why).toBe(0x80n); // ISR_EL1.I: the IRQ is pending all along
      const steppedPcs = printed.slice(2, 2 + STEPS);
      const compute = lineAddress(elf, sourceLine('int sum = 0;'));
      for (const pc of steppedPcs) expect(pc >= compute && pc < compute + 0x200n, `${why}\npc 0x${pc.toString(16)}`).toBe(true);
      expect(gdb.out, why).toContain('step irq on: a step takes a pending interrupt');
      expect(printed.at(-1), why).toBe(vbar! + 0x280n); // current EL with SP_ELx, IRQ
    });
  }

  it('shows the system registers from the register table (read, write, read-only refused)', async () => {
    const s = await server();
    const gdb = await runGdbBatch(s.port, elf, [
      'break compute',
      'continue',
      'p/x $midr_el1',
      'p $currentel',
      'set $tpidr_el0 = 0x1234',
      'p/x $tpidr_el0',
      'info registers cntfrq_el0',
      'set $midr_el1 = 5',
      'kill',
    ]);
    const why = describeSession(gdb, s);
    expect(gdb.out, why).toMatch(/\$1 = 0x410fd034\n/); // cortex-a53 r0p4
    expect(gdb.out, why).toMatch(/\$2 = 4\n/); // EL1
    expect(gdb.out, why).toMatch(/\$3 = 0x1234\n/);
    expect(gdb.out, why).toMatch(/cntfrq_el0\s+0x3b9aca0\s+62500000/);
    expect(gdb.out, why).toContain('Could not write register "midr_el1"');
  });

  it('survives garbage, bad checksums, oversize and malformed packets, then serves a real GDB on a second connection', async () => {
    const s = await server(['--log', 'debug']);
    const raw = await RawRsp.connect(s.port);
    try {
      // Bytes outside packets that are not +, - or Ctrl-C: ignored, no reply.
      raw.write('hello, this is not RSP\r\n');
      expect(await raw.collect(150)).toBe('');
      // Bad checksum: nack, asking for a retransmission.
      raw.write('$qSupported#00');
      expect(await raw.expect(/-/)).toBe('-');
      // Bad checksum characters.
      raw.write('$g#zz');
      expect(await raw.expect(/-/)).toBe('-');
      // Longer than PacketSize (0x20000): dropped up to its trailer, nacked.
      raw.write(`$m${'0'.repeat(0x21000)},4#00`);
      expect(await raw.expect(/-/)).toBe('-');
      // Ctrl-C while stopped: nothing to interrupt, no reply.
      raw.write('\x03');
      expect(await raw.collect(150)).toBe('');

      // The connection still works: a valid packet is acked and answered (the machine
      // is stopped with SIGTRAP on cpu0).
      raw.write(frame('?'));
      const stopReply = await raw.expect(/#[0-9a-f]{2}$/);
      const m = /^\+(\$(T05[^#]*)#[0-9a-f]{2})$/.exec(stopReply);
      expect(m, stopReply).not.toBeNull();
      expect(m![1]).toBe(frame(m![2]!));
      // Nack: the reply is sent again, byte for byte.
      raw.write('-');
      expect(await raw.expect(/#[0-9a-f]{2}$/)).toBe(m![1]);
      raw.write('+');

      // Malformed packets: acked, answered with an error (never a crash).
      for (const p of ['mzz,4', `m${'f'.repeat(40)},4`, 'Z0,zz', 'Gxyz', 'vCont;q']) {
        raw.write(frame(p));
        expect(await raw.expect(/#[0-9a-f]{2}$/), p).toMatch(/^\+\$(E[0-9a-f]{2})?#[0-9a-f]{2}$/);
      }
      // A packet cut short by a new '$', then a good one: the good one is answered.
      raw.write('$m4000');
      raw.write(frame('m40000000,4'));
      // The first instruction of _start, `msr daifset, #0xf` = 0xd5034fdf, little-endian.
      expect(await raw.expect(/#[0-9a-f]{2}$/)).toBe(`+${frame('df4f03d5')}`);
      expect(s.child.exitCode).toBeNull();

      // A real GDB on a second connection (the raw one stays open): the machine is still
      // at its entry point, and a full session works.
      const gdb = await runGdbBatch(s.port, elf, [
        'break compute',
        'continue',
        'print a + b',
        'delete',
        'set var spin_iterations = 3',
        'continue',
      ]);
      const why = describeSession(gdb, s);
      expect(gdb.code, why).toBe(0);
      expect(gdb.out, why).toMatch(/_start \(\) at \S*crt0\.S:\d+/);
      expect(gdb.out, why).toMatch(/\nBreakpoint 1, compute \(a=1, b=10\) at /);
      expect(values(gdb.out)).toEqual(['11']);
      expect(gdb.out, why).toContain('[Inferior 1 (process 1) exited normally]');
      expect(s.stdout(), why).toBe(expectedConsole(3));

      // Warnings were logged for what was dropped.
      const err = s.stderr();
      expect(err).toMatch(/bad checksum \(computed [0-9a-f]+, got "00"\), asked to resend/);
      expect(err).toMatch(/packet of \d+ bytes exceeds PacketSize 131072; dropped/);
    } finally {
      await raw.close();
    }
    // The machine has powered off and the last connection is gone: the server exits 0.
    expect(await s.waitExit(10_000), s.stderr()).toEqual({ code: 0, signal: null });
  });

  it('-gdb tcp::PORT listens on 127.0.0.1 only', async () => {
    const s = await server();
    expect(s.stderr()).toContain(`waiting for GDB on 127.0.0.1:${s.port}`);

    // The kernel's socket table: exactly one listener on the port, bound to 127.0.0.1.
    const portHex = s.port.toString(16).toUpperCase().padStart(4, '0');
    const listeners = (file: string): string[] => {
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return [];
      }
      return text
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s+/))
        .filter((f) => f.length > 3 && f[1]!.endsWith(`:${portHex}`) && f[3] === '0A')
        .map((f) => f[1]!);
    };
    expect(listeners('/proc/net/tcp')).toEqual([`0100007F:${portHex}`]);
    expect(listeners('/proc/net/tcp6')).toEqual([]);

    // Another loopback address and the machine's other addresses are refused.
    expect(await tryConnect('127.0.0.2', s.port)).toBe('ECONNREFUSED');
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const addr of external) expect(await tryConnect(addr, s.port), addr).toBe('ECONNREFUSED');
    // 127.0.0.1 itself works (and the server is still waiting afterwards).
    expect(await tryConnect('127.0.0.1', s.port)).toBe('connected');
  });
});
