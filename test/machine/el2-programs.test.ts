// The programs that start at EL2 (guest kind 'el2', src/guests/baremetal/progs) on QEMU
// (`-M virt,virtualization=on,gic-version=3 -cpu max`) and on our machine with the same
// options. QEMU must print the checked-in expected output; ours must print the same, except
// for the lines below where QEMU 7.2 departs from the Arm ARM.

import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGuests, guestsOfKind } from '../helpers/guests.ts';
import { describeRun, EL2_BOARD_ARGS, haveQemu, runCli, runQemu } from '../helpers/qemu.ts';
import { KEY_LINES, readExpected, UPDATE_EXPECTED, writeExpected } from '../guests/expected.ts';

/** QEMU 7.2's line -> ours, for the lines that differ on purpose. */
const DIFFERENCES: Record<string, Record<string, { ours: string; why: string }>> = {
  mmuctl: {
    'EL1 under stage 2, MAIR_EL1 Normal -> Device, unaligned store: faults 0': {
      ours: 'EL1 under stage 2, MAIR_EL1 Normal -> Device, unaligned store: faults 1 ESR 0x96000061 FAR = the address',
      why: 'QEMU 7.2 never checks alignment on Device memory; the Arm ARM gives an alignment fault (DFSC 0x21)',
    },
    'EL1, VTCR_EL2.T0SZ 32 -> 33, load above 2 GiB of IPA: faults 0': {
      ours: 'EL1, VTCR_EL2.T0SZ 32 -> 33, load above 2 GiB of IPA: faults 1 ESR 0x93c08004 FAR = the address',
      why: 'QEMU 7.2 keeps the old stage-2 translation until a TLBI; we drop it on the VTCR_EL2 write (either is allowed; the next case shows the walk agrees once QEMU walks again)',
    },
    '  first load 0x5a5a00001111a5a5, second the same': {
      ours: '  first load 0x5a5a00001111a5a5',
      why: 'the same case: the second load faults',
    },
    'EL2, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB: faults 1 ESR 0x97c28004 FAR = the address': {
      ours: 'EL2, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB: faults 1 ESR 0x96000004 FAR = the address',
      why: 'QEMU 7.2 sets ESR_EL2.ISV for stage-1 faults at EL2; the Arm ARM (and later QEMU) only for stage-2 faults',
    },
    'EL2&0, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB: faults 1 ESR 0x97c28004 FAR = the address': {
      ours: 'EL2&0, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB: faults 1 ESR 0x96000004 FAR = the address',
      why: 'as for EL2',
    },
    'EL2, MAIR_EL2 Normal -> Device, unaligned store: faults 0': {
      ours: 'EL2, MAIR_EL2 Normal -> Device, unaligned store: faults 1 ESR 0x96000061 FAR = the address',
      why: 'as for MAIR_EL1: QEMU 7.2 never checks alignment on Device memory',
    },
    'EL2&0, MAIR_EL2 Normal -> Device, unaligned store: faults 0': {
      ours: 'EL2&0, MAIR_EL2 Normal -> Device, unaligned store: faults 1 ESR 0x96000061 FAR = the address',
      why: 'as for MAIR_EL1',
    },
  },
  debug: {
    '[EL1] OSLSR_EL1 0xa breakpoint, OS lock set: 1 exceptions, result 0x5': {
      ours: '[EL1] OSLSR_EL1 0xa breakpoint, OS lock set: 0 exceptions, result 0x7',
      why: 'QEMU 7.2 tests bit 0 of OSLSR_EL1 (OSLM) for the OS lock; OSLK is bit 1, and while it is set the Arm ARM generates no debug exceptions',
    },
    '[EL1 -> EL2 (TDE)] OSLSR_EL1 0xa breakpoint, OS lock set: 1 exceptions, result 0x5': {
      ours: '[EL1 -> EL2 (TDE)] OSLSR_EL1 0xa breakpoint, OS lock set: 0 exceptions, result 0x7',
      why: 'as for EL1',
    },
  },
  pmu: {
    'PMCEID0_EL0 0x20101 PMCEID1_EL0 0x10000018': {
      ours: 'PMCEID0_EL0 0x40020101 PMCEID1_EL0 0x10000018',
      why: 'we count CHAIN (event 0x1E, bit 30), which QEMU 7.2 does not implement',
    },
    'after overflow: counter 0 = 0x100000000, PMOVSSET 0x1': {
      ours: 'after overflow: counter 0 = 0x0, PMOVSSET 0x1',
      why: 'QEMU 7.2 lets a SW_INCR carry into bit 32 of a 32-bit event counter (bits 63:32 are RES0 without FEAT_PMUv3p5)',
    },
    'CHAIN: counter 0 = 0x100000000, counter 1 = 5, PMOVSSET 0x1': {
      ours: 'CHAIN: counter 0 = 0x0, counter 1 = 6, PMOVSSET 0x1',
      why: 'the same carry, and QEMU 7.2 has no CHAIN: the odd counter does not count the overflow',
    },
    '  read PMCR_EL0 at EL1: ok': {
      ours: '  read PMCR_EL0 at EL1: exception, ESR 0x6230e419',
      why: 'the MDCR_EL2.TPMCR case: QEMU 7.2 does not implement TPMCR (Armv8.0: EL0/EL1 accesses to PMCR_EL0 trap to EL2)',
    },
  },
};

/** QEMU options a program needs besides the board's (pmu: count instructions, so INST_RETIRED is implemented). */
const QEMU_EXTRA: Record<string, string[]> = { pmu: ['-icount', 'shift=0'] };

const PROGRAMS = guestsOfKind('el2');

describe('EL2 programs on QEMU and on our machine', () => {
  let elfs: Record<string, string>;
  beforeAll(async () => {
    elfs = await ensureGuests();
  });

  it.each(PROGRAMS.map((g) => [g.name, g.program] as const))('%s: QEMU prints the expected output', async (name, program) => {
    expect(haveQemu(), 'qemu-system-aarch64 missing').toBe(true);
    const r = await runQemu(elfs[name]!, { board: EL2_BOARD_ARGS, extraArgs: QEMU_EXTRA[program] });
    expect(r.code, describeRun(`qemu ${name}`, r)).toBe(0);
    if (UPDATE_EXPECTED) writeExpected(program, r.stdout);
    expect(r.stdout).toBe(readExpected(program));
  });

  /** Runs `name` on our machine (with `env` added) and compares with QEMU's output and the documented differences. */
  async function checkOurs(name: string, program: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
    const r = await runCli(elfs[name]!, { board: EL2_BOARD_ARGS, timeoutMs: 120_000, env: { ...process.env, ...env } });
    expect(r.code, describeRun(`ours ${name}`, r)).toBe(0);
    const differences = DIFFERENCES[program] ?? {};
    const expected = readExpected(program)
      .split('\n')
      .map((line) => differences[line]?.ours ?? line);
    expect(r.stdout.split('\n')).toEqual(expected);
    for (const line of KEY_LINES[program] ?? []) expect(r.stdout.split('\n')).toContain(line);
    // Every documented difference still exists on QEMU's side (else it is stale).
    for (const line of Object.keys(differences)) expect(readExpected(program).split('\n')).toContain(line);
  }

  it.each(PROGRAMS.map((g) => [g.name, g.program] as const))(
    '%s: ours prints the same, apart from the documented differences',
    (name, program) => checkOurs(name, program),
    150_000,
  );

  // The guest's debug exceptions with every block compiled at once, in each tier: compiled
  // code must leave breakpoints, steps and watched accesses to the checked paths.
  it.each(['interp', 'js', 'wasm'])('debug with ZVM_JIT=%s (threshold 1): the same', (tier) =>
    checkOurs('debug', 'debug', { ZVM_JIT: tier, ZVM_JIT_THRESHOLD: '1' }),
    150_000,
  );
});
