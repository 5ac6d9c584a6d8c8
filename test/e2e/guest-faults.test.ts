// End to end: a guest whose exception vectors fault forever, met the way a user meets it
// (gdb-multiarch continuing a real server process): the PE stops with SIGSEGV at the
// vector instead of running on silently, and the server says which exception began the
// loop. The guest is gdbdemo.elf, told through GDB to take its vectors from zeroed RAM
// (all UDF #0) and to execute an undefined instruction at its entry point.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guestElf } from '../helpers/guests.ts';
import { haveGdb, runGdbBatch, startGdbServer, type GdbServerProcess } from '../helpers/gdb.ts';

const ZEROED_RAM = 0x4700_0000; // the last MiB of the 128 MiB board: untouched by the program

describe.skipIf(!haveGdb())('gdb-multiarch: a guest whose vectors fault forever', () => {
  let elf: string;
  const servers: GdbServerProcess[] = [];

  beforeAll(async () => {
    elf = await guestElf('gdbdemo');
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it('stops with SIGSEGV at the vector and reports the undefined instruction that began the loop', async () => {
    const s = await startGdbServer(elf);
    servers.push(s);
    const gdb = await runGdbBatch(
      s.port,
      elf,
      [
        'print/x $pc',
        `set $vbar_el1 = ${ZEROED_RAM}`,
        'set {int}$pc = 0',
        'continue',
        'print/x $pc',
        'print/x $elr_el1',
        'print/x $esr_el1',
      ],
      120_000,
    );
    const why = `gdb exit ${gdb.code}\n--- gdb ---\n${gdb.out}\n--- server stderr ---\n${s.stderr().slice(-3000)}`;
    expect(gdb.code, why).toBe(0);
    expect(gdb.out, why).toMatch(/received signal SIGSEGV/);
    const values = [...gdb.out.matchAll(/^\$\d+ = (0x[0-9a-f]+)$/gm)].map((m) => m[1]);
    const entry = values[0];
    // Stopped at the current-EL synchronous vector, which the PE keeps re-entering.
    expect(values.slice(1), why).toEqual([`0x${(ZEROED_RAM + 0x200).toString(16)}`, `0x${(ZEROED_RAM + 0x200).toString(16)}`, '0x2000000']);
    expect(s.stderr(), why).toContain(
      `exception loop at the vector: undefined instruction (ESR 0x2000000) repeated 8 times without an instruction executed; ` +
        `it began with undefined instruction (ESR 0x2000000) at EL1 pc ${entry}, and the PE is stuck at pc 0x${(ZEROED_RAM + 0x200).toString(16)}`,
    );
  }, 180_000);
});
