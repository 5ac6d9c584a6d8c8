// Reverse execution with the real gdb-multiarch and the real server process (gdbdemo on a
// one-CPU board, -S): reverse-stepi N after stepi N gives back the registers and memory,
// and stepi N again the same state as the first time; `watch` + `continue` +
// `reverse-continue` stops at the store that last wrote the variable (GDB prints the value
// going back), then at the start of the history; a write from GDB starts the history
// afresh; a board with two CPUs goes back too; non-stop mode refuses with the reason. The
// RTOS (timer interrupts): reverse-continue to the previous interrupt gives its registers
// and stack exactly, and continue the next. (The default system: reverse-system.test.ts.)

import { describe, expect, it } from 'vitest';
import { haveGdb, runGdbBatch, type GdbResult } from '../helpers/gdb.ts';
import { guestServers } from '../helpers/gdb-servers.ts';
import { buildRtos } from '../../tools/build-rtos.ts';

const hasGdb = haveGdb();
/** Registers and memory GDB shows, one block per `STATE` in the output. */
const STATE = ['echo ==state==\\n', 'info registers', 'x/16gx $sp', 'output results', 'echo \\n', 'output counter', 'echo \\n==end==\\n'];
const NO_HISTORY = 'No more reverse-execution history.';

function states(out: string): string[] {
  return [...out.matchAll(/==state==\n([\s\S]*?)==end==/g)].map((m) => m[1]!);
}

describe.skipIf(!hasGdb)('reverse execution with gdb-multiarch', () => {
  const servers = guestServers('gdbdemo');

  async function session(commands: string[]): Promise<{ gdb: GdbResult; why: string }> {
    const s = await servers.start();
    const gdb = await runGdbBatch(s.port, servers.elf(), commands, 120_000);
    return { gdb, why: `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}` };
  }

  it('reverse-stepi N after stepi N gives back registers and memory; stepi N again the same state', async () => {
    const { gdb, why } = await session(['break compute', 'continue', ...STATE, 'stepi 40', ...STATE, 'reverse-stepi 40', ...STATE, 'stepi 40', ...STATE]);
    const [before, after, back, again] = states(gdb.out);
    expect(again, why).toBeDefined();
    expect(before).toMatch(/pc +0x[0-9a-f]+ +0x[0-9a-f]+ <compute\+\d+>/);
    expect(after, why).not.toBe(before);
    expect(back, why).toBe(before);
    expect(again, why).toBe(after);
    expect(gdb.out).not.toContain(NO_HISTORY);
  }, 180_000);

  it('watch + continue + reverse-continue stops at the store that last wrote the variable, then at the start of history', async () => {
    const { gdb, why } = await session([
      'break compute',
      'continue',
      'delete',
      'watch results[1]',
      'continue',
      'echo ==back==\\n',
      'reverse-continue',
      'print results[1]',
      'x/i $pc',
      'echo ==start==\\n',
      'reverse-continue',
      'info registers pc',
      'echo ==forward==\\n',
      'continue',
      'print results[1]',
    ]);
    const [forward1, rest] = gdb.out.split('==back==');
    expect(rest, why).toBeDefined();
    expect(forward1).toMatch(/Old value = 0\nNew value = 236/);
    const [back, rest2] = rest!.split('==start==');
    // Going back over the store: GDB shows the value before it, and stops at the store.
    expect(back, why).toMatch(/Old value = 236\nNew value = 0/);
    expect(back).toMatch(/\$1 = 0/);
    expect(back).toMatch(/=> 0x[0-9a-f]+ <main\+\d+>:\s+str\s/);
    const [start, forward2] = rest2!.split('==forward==');
    expect(start, why).toContain(NO_HISTORY);
    expect(start).toMatch(/pc +0x40000000 /);
    // Forward again from the start: the same store, the same value.
    expect(forward2, why).toMatch(/Old value = 0\nNew value = 236/);
    expect(forward2).toMatch(/\$2 = 236/);
  }, 180_000);

  it('reverse-next and reverse-finish go back by source line and out of the function', async () => {
    const { gdb, why } = await session(['break scale', 'continue', 'delete', 'next', 'echo ==next==\\n', 'reverse-next', 'bt 1', 'echo ==finish==\\n', 'reverse-finish', 'bt 1', 'x/i $pc']);
    const [, next, finish] = gdb.out.split(/==next==|==finish==/);
    expect(finish, why).toBeDefined();
    expect(next).toMatch(/#0 +scale \(value=1\) at .*gdbdemo\.c:28/);
    // reverse-finish stops at the call in the caller.
    expect(finish).toMatch(/#0 +0x[0-9a-f]+ in compute \(a=1, b=10\) at .*gdbdemo\.c:38/);
    expect(finish).toMatch(/=> 0x[0-9a-f]+ <compute\+\d+>:\s+bl\s+0x[0-9a-f]+ <scale>/);
  }, 180_000);

  it('a write from GDB starts the history afresh: going back stops there, the write stays', async () => {
    const { gdb, why } = await session(['break compute', 'continue', 'stepi 3', 'set var results[3] = 777', 'stepi 2', 'echo ==back==\\n', 'reverse-stepi 5', 'print results[3]']);
    const back = gdb.out.split('==back==')[1];
    expect(back, why).toContain(NO_HISTORY);
    expect(back).toMatch(/\$1 = 777/);
  }, 180_000);

  it('works on a board with two CPUs: reverse-stepi after stepi returns to the PC before it', async () => {
    const s = await servers.start({ extraArgs: ['-smp', '2'] });
    const gdb = await runGdbBatch(s.port, servers.elf(), ['break compute', 'continue', 'stepi', 'info registers pc', 'stepi', 'info registers pc', 'reverse-stepi', 'info registers pc'], 120_000);
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    const pcs = [...gdb.out.matchAll(/^pc +(0x[0-9a-f]+)/gm)].map((m) => m[1]);
    expect(pcs, why).toHaveLength(3);
    expect(pcs[1]).not.toBe(pcs[0]);
    expect(pcs[2], why).toBe(pcs[0]);
    expect(gdb.out).not.toContain(NO_HISTORY);
  }, 180_000);

  it('is refused in non-stop mode with the reason; the thread stays where it was', async () => {
    // GDB disconnects to switch to non-stop: the board must wait for it meanwhile.
    const s = await servers.start({ extraArgs: ['--halt-on-disconnect'] });
    const gdb = await runGdbBatch(s.port, servers.elf(), ['disconnect', 'set non-stop on', `target extended-remote 127.0.0.1:${s.port}`, 'break compute', 'continue', 'info registers pc', 'reverse-stepi', 'info registers pc'], 120_000);
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    expect(gdb.out, why).toContain('zvm-gdbserver: reverse execution works in all-stop mode only');
    const pcs = [...gdb.out.matchAll(/^pc +(0x[0-9a-f]+)/gm)].map((m) => m[1]);
    expect(pcs, why).toHaveLength(2);
    expect(pcs[1]).toBe(pcs[0]);
    expect(gdb.timedOut).toBe(false);
  }, 180_000);
});

describe.skipIf(!hasGdb)('reverse execution of the RTOS (timer interrupts) with gdb-multiarch', () => {
  const servers = guestServers(buildRtos);

  it('reverse-continue goes back to the previous interrupt exactly as it was; continue reaches the next one again', async () => {
    const s = await servers.start();
    const gdb = await runGdbBatch(s.port, servers.elf(), ['break k_irq_handler', 'continue', 'continue', ...STATE_IRQ, 'continue', ...STATE_IRQ, 'reverse-continue', ...STATE_IRQ, 'continue', ...STATE_IRQ], 120_000);
    const why = `gdb:\n${gdb.out}\nserver stderr:\n${s.stderr()}`;
    const [second, third, back, again] = states(gdb.out);
    expect(again, why).toBeDefined();
    expect(second).toMatch(/pc +0x[0-9a-f]+ +0x[0-9a-f]+ <k_irq_handler(\+\d+)?>/);
    expect(third, why).not.toBe(second);
    expect(back, why).toBe(second);
    expect(again, why).toBe(third);
  }, 180_000);
});

/** Registers and the stack at an interrupt of the RTOS. */
const STATE_IRQ = ['echo ==state==\\n', 'info registers', 'x/32gx $sp', 'echo ==end==\\n'];
