// The FP / AdvSIMD / atomics programs (GUESTS of kind 'isa': fpmath, simdloops, strmem,
// atomics), built with -O2 -ftree-vectorize -march=armv8.2-a. They need `-cpu max` (LSE,
// RCpc, FP16), so they run here rather than in differential.test.ts:
//  - on qemu-system-aarch64 -cpu max they print exactly the checked-in expected output,
//    and their glibc twins under qemu-aarch64 print the same;
//  - the binaries really contain what they claim (AdvSIMD vector code, LSE atomics);
//  - our machine (tools/cli.ts with the same options) prints the same as QEMU and exits 0.
// Regenerate the expected files after changing a program with
//   UPDATE_EXPECTED=1 npx vitest run test/guests/isa-programs.test.ts

import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureGuests, ensureHostedGuests, guestsOfKind } from '../helpers/guests.ts';
import { CLI_PATH, QEMU_SYSTEM, describeRun, runProcess } from '../helpers/qemu.ts';
import { KEY_LINES, readExpected, UPDATE_EXPECTED, writeExpected } from './expected.ts';

const ISA_GUESTS = guestsOfKind('isa');
const BOARD_MAX = ['-M', 'virt', '-cpu', 'max', '-m', '128M', '-nographic'];
/** The environment that puts every block in the WebAssembly tier on its first run. */
const FORCED_WASM = { ZVM_JIT: 'wasm', ZVM_JIT_THRESHOLD: '1' };
/** Our machine's budget per program (each runs 30-70 million instructions). */
const OURS_TIMEOUT_MS = 120_000;

function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n  qemu: ${JSON.stringify(la[i])}\n  ours: ${JSON.stringify(lb[i])}`;
  }
  return 'no difference';
}

/** Mnemonic counts of an ELF's code: vector-form (Vn.<T>) instructions and all of them. */
function disassembly(elf: string): { vector: Map<string, number>; all: Map<string, number> } {
  const r = spawnSync('aarch64-linux-gnu-objdump', ['-d', '--no-show-raw-insn', elf], { encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.status, r.stderr).toBe(0);
  const vector = new Map<string, number>();
  const all = new Map<string, number>();
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*[0-9a-f]+:\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, mnemonic, operands] = m;
    all.set(mnemonic, (all.get(mnemonic) ?? 0) + 1);
    if (/\bv\d+\.\d*[bhsd]\b/.test(operands)) vector.set(mnemonic, (vector.get(mnemonic) ?? 0) + 1);
  }
  return { vector, all };
}

const sum = (m: Map<string, number>, keep: (k: string) => boolean = () => true): number =>
  [...m].filter(([k]) => keep(k)).reduce((s, [, n]) => s + n, 0);

/** What each program must contain, so a change of flags cannot silently test nothing. */
const CONTENT: Record<string, (d: ReturnType<typeof disassembly>) => void> = {
  fpmath: (d) => {
    for (const m of ['fmadd', 'fsqrt', 'frintm', 'frintn', 'fcvtzs', 'ucvtf', 'fccmp', 'fcsel', 'fmaxnm']) expect(d.all.get(m) ?? 0, m).toBeGreaterThan(0);
    for (const m of ['fmla', 'fcvtl', 'fcvtn', 'scvtf']) expect(d.vector.get(m) ?? 0, `vector ${m}`).toBeGreaterThan(0);
  },
  simdloops: (d) => {
    expect(sum(d.vector)).toBeGreaterThan(250);
    for (const m of ['addv', 'smlal', 'umull', 'ld3', 'ld4', 'st4', 'cnt', 'urhadd', 'smaxv']) expect(d.vector.get(m) ?? 0, m).toBeGreaterThan(0);
  },
  strmem: (d) => {
    expect(sum(d.vector)).toBeGreaterThan(200);
    for (const m of ['tbl', 'tbx', 'ext', 'zip1', 'uzp2', 'umaxv', 'ld4', 'st3', 'ld2r']) expect(d.vector.get(m) ?? 0, m).toBeGreaterThan(0);
  },
  atomics: (d) => {
    for (const m of ['casal', 'ldadd', 'ldclrl', 'ldeoral', 'swpal', 'casp', 'ldaxp', 'ldapr']) expect(d.all.get(m) ?? 0, m).toBeGreaterThan(0);
    expect(sum(d.all, (k) => /^(cas|swp|ld(add|clr|eor|set|smax|smin|umax|umin)|st(add|clr|eor|set|smax|smin|umax|umin))/.test(k))).toBeGreaterThan(100);
  },
};

describe('FP/AdvSIMD/atomics programs (-cpu max)', () => {
  let elfs: Record<string, string>;
  let hosted: Record<string, string>;
  beforeAll(async () => {
    elfs = await ensureGuests();
    hosted = await ensureHostedGuests();
  });

  it('are listed in GUESTS', () => {
    expect(ISA_GUESTS.map((g) => g.program).sort()).toEqual(['atomics', 'fpmath', 'simdloops', 'strmem']);
  });

  for (const spec of ISA_GUESTS) {
    describe(spec.name, () => {
      it('contains the instructions it is meant to exercise', () => {
        CONTENT[spec.program]!(disassembly(elfs[spec.name]!));
      });

      it('prints the expected output on QEMU', async () => {
        const r = await runProcess(QEMU_SYSTEM, [...BOARD_MAX, '-monitor', 'none', '-serial', 'stdio', '-kernel', elfs[spec.name]!], { timeoutMs: 30_000 });
        expect(r.code, describeRun(`qemu ${spec.name}`, r)).toBe(0);
        if (UPDATE_EXPECTED) writeExpected(spec.program, r.stdout);
        expect(r.stdout).not.toContain('EXCEPTION');
        expect(r.stdout).not.toContain('MISMATCH');
        for (const line of KEY_LINES[spec.program] ?? []) expect(r.stdout.split('\n')).toContain(line);
        expect(r.stdout).toBe(readExpected(spec.program));
      });

      it('built for Linux/glibc prints the same under qemu-aarch64', async () => {
        expect(spawnSync('qemu-aarch64', ['--version']).status, 'qemu-aarch64 missing (apt-get install qemu-user)').toBe(0);
        const r = await runProcess('qemu-aarch64', ['-cpu', 'max', hosted[spec.name]!], { timeoutMs: 60_000 });
        expect(r.code, describeRun(`qemu-aarch64 ${spec.name}`, r)).toBe(0);
        expect(r.stdout).toBe(readExpected(spec.program));
      });

      // The default tier, and the WebAssembly tier forced on every block from its first run.
      for (const [tier, env] of [['', {}], [', every block compiled to WebAssembly', FORCED_WASM]] as const) {
        it(`prints the same on our machine as on QEMU and exits 0${tier}`, async () => {
          const expected = readExpected(spec.program);
          const ours = await runProcess(process.execPath, [CLI_PATH, ...BOARD_MAX, '-kernel', elfs[spec.name]!], {
            timeoutMs: OURS_TIMEOUT_MS,
            env: { ...process.env, ...env },
          });
          expect(ours.timedOut, describeRun(`ours ${spec.name}`, ours)).toBe(false);
          expect(ours.stdout, `${spec.name}: first difference at ${firstDifference(expected, ours.stdout)}\n${ours.stderr.slice(-2000)}`).toBe(expected);
          expect(ours.code, describeRun(`ours ${spec.name}`, ours)).toBe(0);
        }, OURS_TIMEOUT_MS + 30_000);
      }
    });
  }
});
