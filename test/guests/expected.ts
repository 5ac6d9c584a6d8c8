// Expected console output of the guest programs, checked in under test/guests/expected/.
// Each file was produced by QEMU and cross-checked against the same C built for Linux with
// glibc (qemu-aarch64) and at -O0/-O2/-O3. Regenerate after changing a program with
//   UPDATE_EXPECTED=1 npx vitest run test/guests/qemu-reference.test.ts

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED_DIR = join(dirname(fileURLToPath(import.meta.url)), 'expected');

export const UPDATE_EXPECTED = process.env.UPDATE_EXPECTED === '1';

export function expectedPath(program: string): string {
  return join(EXPECTED_DIR, `${program}.txt`);
}

export function readExpected(program: string): string {
  return readFileSync(expectedPath(program), 'latin1');
}

export function writeExpected(program: string, text: string): void {
  writeFileSync(expectedPath(program), text, 'latin1');
}

/**
 * Lines that must appear in a program's output: its final checksum and "done" lines.
 * Kept in code as well as in the expected files so that an accidental regeneration
 * from a broken run cannot go unnoticed.
 */
export const KEY_LINES: Record<string, string[]> = {
  arith: ['arith: 44 values, checksum 0x6eec9f1dee940eae', 'sdiv64 INT64_MIN/-1 = 0x8000000000000000', 'udiv64 x/0 = 0x0000000000000000'],
  bits: ['bits: 21 values, checksum 0xb06b86f0969272d7', 'rbit64 = 0xf7b3d591e6a2c480', 'clz64(0) = 0x0000000000000040'],
  sort: ['sort: 18 values, checksum 0xf4e76799f7eab576', 'i32 sorted = 1'],
  strings: ['strings: 13 values, checksum 0xd6d7b7c08d90af69', '[   42] [42   ] [-0042] [+42] [ 42] [+7    ]'],
  crc: ['crc: 19 values, checksum 0xc8159ed7ceed1278', 'crc32("123456789") table = 0x00000000cbf43926', 'crc32c("123456789") = 0x00000000e3069283'],
  sieve: ['sieve: 12 values, checksum 0xcfa447dd67fa839b', 'primes <= 100000 = 9592', 'perfect numbers: 6 28 496 8128'],
  control: ['control: 14 values, checksum 0xbad1582a05f59f3e', 'ackermann(3,3) = 61', 'fib(22) = 17711'],
  memops: ['memops: 20 values, checksum 0x0f5fba9093176fd3', 'sb[7] = -128'],
  bench: ['bench: checksum 0x697a2caf6c5343cb', 'bench: done'],
  'bench-empty': ['bench: start (0 rounds)', 'bench: done'],
  gdbdemo: ['compute(1, 10) = 58', 'counter = 10000000', 'gdbdemo: done'],
  fpmath: ['fpmath: 87 values, checksum 0x95810bb7060f1b81', 'fpmath: done'],
  simdloops: ['simdloops: 48 values, checksum 0xac56fa8cc3621947', 'simdloops: done'],
  strmem: ['strmem: 26 values, checksum 0xd7c21619b990c48d', 'memcpy/memset mismatches = 0', 'strlen mismatches = 0', 'strmem: done'],
  faults: [
    'EL1, MMU off, br to 0x800000000: faults 1 ESR 0x86000010, ELR = target, FAR = target',
    'EL2, MMU off, br to 0x800000000: faults 1 ESR 0x86000010, ELR = target, FAR = target',
    'faults: done',
  ],
  debug: [
    '[EL1] breakpoint: 1 exceptions, result 0x5',
    '  EC 0x35 ISS 0x62 ELR acc_zva FAR wbuf+0x3',
    '  EC 0x32 ISS 0x1000062 ELR step_ldxr+0x4',
    'MDCR_EL2.TDE: 3 traps, first ESR 0x62240025',
    'debug: done',
  ],
  pmu: [
    'PMCR_EL0 0x41013000 (N = 6)',
    'SW_INCR: counter 0 = 3, counter 2 = 1, PMCNTENSET 0x5',
    'INST_RETIRED: 5 NOPs and an MRS = 6',
    '  read PMCR_EL0 at EL1: 0x41011001',
    '  PMCR_EL0.E: counters 1, 3 = 1, 0; then HPME alone: 1, 1',
    'pmu: done',
  ],
  mmuctl: [
    'EL1 under stage 2, SCTLR_EL1.M 0 -> 1, unaligned store to Normal memory: faults 0',
    '  loaded 0x0, bytes 1..4 now 11 22 33 44',
    'EL1, HCR_EL2.VM 0 -> 1, the same store: faults 1 ESR 0x93c2804f FAR = the address',
    "  HPFAR_EL2 = the page's IPA, page holds 0x600d",
    'mmuctl: done',
  ],
  atomics: ['atomics: 149 values, checksum 0xa1dcb10a055ce67d', 'atomics: 0 mismatches', 'random ops: mismatches = 0x0000000000000000', 'atomics: done'],
};
