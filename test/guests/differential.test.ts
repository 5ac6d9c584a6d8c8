// Differential test: every guest program runs on QEMU and on our machine (tools/cli.ts with
// the same options); the console output must be identical and both must exit 0 (PSCI
// SYSTEM_OFF). QEMU's output must also match the checked-in expected output, so the test
// cannot pass with two empty or two equally broken outputs.

import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGuests, GUESTS, type GuestSpec } from '../helpers/guests.ts';
import { describeRun, runCli, runQemu } from '../helpers/qemu.ts';
import { KEY_LINES, readExpected } from './expected.ts';

/** Points at the first differing line, which names the failing operation. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n  qemu: ${JSON.stringify(la[i])}\n  ours: ${JSON.stringify(lb[i])}`;
  }
  return 'no difference';
}

async function differential(spec: GuestSpec, elfs: Record<string, string>, env: Record<string, string>): Promise<void> {
  const elf = elfs[spec.name]!;
  const [qemu, ours] = await Promise.all([runQemu(elf), runCli(elf, { timeoutMs: TIMEOUTS[spec.kind], env: { ...process.env, ...env } })]);
  expect(qemu.code, describeRun(`qemu ${spec.name}`, qemu)).toBe(0);
  expect(qemu.stdout).toBe(readExpected(spec.program));
  for (const line of KEY_LINES[spec.program] ?? []) expect(qemu.stdout.split('\n')).toContain(line);

  expect(ours.timedOut, describeRun(`ours ${spec.name}`, ours)).toBe(false);
  expect(ours.stdout, `${spec.name}: first difference at ${firstDifference(qemu.stdout, ours.stdout)}`).toBe(
    qemu.stdout,
  );
  expect(ours.code, describeRun(`ours ${spec.name}`, ours)).toBe(0);
}

/** Our machine's budget per program; bench and gdbdemo run 150-250 million instructions. */
const TIMEOUTS: Record<GuestSpec['kind'], number> = { test: 240_000, gdb: 600_000, bench: 600_000, isa: 120_000, el2: 120_000 };

describe('differential: QEMU vs our machine', () => {
  let elfs: Record<string, string>;
  beforeAll(async () => {
    elfs = await ensureGuests();
  });

  // The 'isa' programs need `-cpu max` (LSE, FP16): test/guests/isa-programs.test.ts runs them.
  // Each runs with the default tier, and with the WebAssembly tier forced on every block
  // from its first run.
  for (const spec of GUESTS.filter((g) => g.kind !== 'isa' && g.kind !== 'el2')) {
    for (const [tier, env] of [['', {}], [', every block compiled to WebAssembly', { ZVM_JIT: 'wasm', ZVM_JIT_THRESHOLD: '1' }]] as const) {
      it(`${spec.name} (${spec.kind}) prints the same console output and exits 0${tier}`, async () => {
        await differential(spec, elfs, env);
      }, TIMEOUTS[spec.kind] + 30_000);
    }
  }
});
