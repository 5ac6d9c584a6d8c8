// The guest programs on real QEMU: they must print exactly the checked-in expected output
// (and their Linux/glibc twins under qemu-aarch64 must agree), so the differential test
// compares our machine against known-good output, never two empty strings.

import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGuests, ensureHostedGuests, GUESTS } from '../helpers/guests.ts';
import { describeRun, runProcess, runQemu } from '../helpers/qemu.ts';
import { KEY_LINES, readExpected, UPDATE_EXPECTED, writeExpected } from './expected.ts';

// The 'isa' programs need `-cpu max` (LSE, FP16): test/guests/isa-programs.test.ts runs them;
// the 'el2' ones start at EL2: test/machine/el2-programs.test.ts.
const CORTEX_A53_GUESTS = GUESTS.filter((g) => g.kind !== 'isa' && g.kind !== 'el2');

describe('guest programs on QEMU', () => {
  let elfs: Record<string, string>;
  let hosted: Record<string, string>;
  beforeAll(async () => {
    elfs = await ensureGuests();
    hosted = await ensureHostedGuests();
  });

  it.each(CORTEX_A53_GUESTS.map((g) => [g.name, g.program] as const))('%s prints the expected output', async (name, program) => {
    const r = await runQemu(elfs[name]!);
    expect(r.code, describeRun(`qemu ${name}`, r)).toBe(0);
    if (UPDATE_EXPECTED && CORTEX_A53_GUESTS.find((g) => g.name === name)!.opt === '-O2') writeExpected(program, r.stdout);
    for (const line of KEY_LINES[program] ?? []) expect(r.stdout.split('\n')).toContain(line);
    expect(r.stdout).not.toContain('EXCEPTION');
    expect(r.stdout).toBe(readExpected(program));
  });

  it.each(CORTEX_A53_GUESTS.map((g) => [g.name, g.program] as const))(
    '%s built for Linux/glibc prints the same under qemu-aarch64',
    async (name, program) => {
      expect(spawnSync('qemu-aarch64', ['--version']).status, 'qemu-aarch64 missing (apt-get install qemu-user)').toBe(0);
      const r = await runProcess('qemu-aarch64', [hosted[name]!], { timeoutMs: 60_000 });
      expect(r.code, describeRun(`qemu-aarch64 ${name}`, r)).toBe(0);
      expect(r.stdout).toBe(readExpected(program));
    },
  );
});
