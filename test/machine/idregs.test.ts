// CPU models and ID registers (src/machine/cpu/sysregs.ts): per `-cpu` model, the ID
// registers advertise exactly what the emulator implements, and the optional features they
// advertise are the ones that execute (FEAT_LSE is UNDEFINED on cortex-a53).
//
// Reference points: qemu-system-aarch64 7.2 `-M virt,virtualization=on` reports MIDR_EL1 =
// 0x410fd034 for cortex-a53 and 0x000f0510 for max (read with MRS by a bare-metal program);
// QEMU's cortex-a55 (target/arm/cpu64.c, QEMU >= 8.0) is r2p0, 0x412fd050. The other
// fields differ from QEMU on purpose: no AArch32, no EL3, no crypto,
// no PAN/LOR/HPDS/UAO, no big-endian data.

import { afterEach, describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { CPU_MODEL_NAMES, cpuModel, FEATURES, type CpuModelName } from '../../src/machine/cpu/sysregs.ts';
import { makeCpu, RAM_BASE, runWords } from '../helpers/cpu.ts';

/** MRS X<t>, <reg> encodings (objdump of `mrs x0, <reg>`; Rt is or-ed in). */
const MRS = {
  MIDR_EL1: 0xd5380000,
  ID_AA64PFR0_EL1: 0xd5380400,
  ID_AA64ISAR0_EL1: 0xd5380600,
  ID_AA64ISAR1_EL1: 0xd5380620,
  ID_AA64MMFR0_EL1: 0xd5380700,
  ID_AA64MMFR1_EL1: 0xd5380720,
  ID_AA64MMFR2_EL1: 0xd5380740,
} as const;
type IdReg = keyof typeof MRS;

const EXPECTED: Record<CpuModelName, Record<IdReg, bigint>> = {
  'cortex-a53': {
    MIDR_EL1: 0x410fd034n, // Arm, Cortex-A53 (0xd03) r0p4
    ID_AA64PFR0_EL1: 0x01000111n, // EL0/EL1/EL2 AArch64 only, EL3 none, FP = AdvSIMD = 0 (no FP16), GIC = 1
    ID_AA64ISAR0_EL1: 0x00010000n, // CRC32 = 1, Atomic = 0
    ID_AA64ISAR1_EL1: 0n,
    ID_AA64MMFR0_EL1: 0x00000022n, // PARange 40 bits, ASIDBits 16, 4K + 64K granules
    ID_AA64MMFR1_EL1: 0n, // no VHE
    ID_AA64MMFR2_EL1: 0n,
  },
  'cortex-a55': {
    MIDR_EL1: 0x412fd050n, // Arm, Cortex-A55 (0xd05) r2p0
    ID_AA64PFR0_EL1: 0x01110111n, // FP = AdvSIMD = 1 (FEAT_FP16)
    ID_AA64ISAR0_EL1: 0x00210000n, // Atomic = 2 (LSE), CRC32 = 1
    ID_AA64ISAR1_EL1: 0x00100001n, // LRCPC = 1 (LDAPR), DPB = 1 (DC CVAP)
    ID_AA64MMFR0_EL1: 0x00100022n, // + 16K granule
    ID_AA64MMFR1_EL1: 0x00000100n, // VH = 1
    ID_AA64MMFR2_EL1: 0n,
  },
  max: {
    MIDR_EL1: 0x000f0510n, // QEMU's max
    ID_AA64PFR0_EL1: 0x01110111n, // FP = AdvSIMD = 1 (FEAT_FP16)
    ID_AA64ISAR0_EL1: 0x00210000n,
    ID_AA64ISAR1_EL1: 0x00100001n,
    ID_AA64MMFR0_EL1: 0x00100025n, // PARange 48 bits
    ID_AA64MMFR1_EL1: 0x00000100n,
    ID_AA64MMFR2_EL1: 0n,
  },
};

/** Bits [lsb + 3 : lsb] of an ID register. */
const field = (v: bigint, lsb: number) => Number((v >> BigInt(lsb)) & 0xfn);

function board(cpu: CpuModelName, virtualization = true): VirtBoard {
  const b = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu, virtualization, serial: [] });
  b.reset(BigInt(RAM_BASE));
  return b;
}

/** Reads every ID register with MRS (X1..X7) on `cpu`, at its current EL. */
function readAll(cpu: Cpu): Record<IdReg, bigint> {
  const regs = Object.keys(MRS) as IdReg[];
  const n = runWords(
    cpu,
    regs.map((r, i) => MRS[r] | (i + 1)),
  );
  expect(cpu.halt).toBeNull();
  expect(n).toBe(regs.length);
  return Object.fromEntries(regs.map((r, i) => [r, cpu.getX(i + 1)])) as Record<IdReg, bigint>;
}

/** The implemented features, restored after each test that flips some. */
const DEFAULT_FEATURES = { ...FEATURES };

afterEach(() => {
  Object.assign(FEATURES, DEFAULT_FEATURES);
});

describe('ID registers per -cpu model', () => {
  for (const name of CPU_MODEL_NAMES) {
    it(`${name}: MRS from EL2 on the virt board reads the model's values`, () => {
      const b = board(name);
      expect(b.cpus[0].el).toBe(2);
      expect(b.cpus[0].model.name).toBe(name);
      expect(readAll(b.cpus[0])).toEqual(EXPECTED[name]);
    });
  }

  it('the register file (the debugger path) reads the same values', () => {
    const cpu = board('cortex-a55').cpus[0];
    expect(cpu.sys.get('MIDR_EL1')).toBe(0x412fd050n);
    expect(cpu.sys.get('ID_AA64ISAR0_EL1')).toBe(0x00210000n);
  });

  it('without virtualization EL2 is not implemented (ID_AA64PFR0_EL1.EL2 = 0)', () => {
    const b = board('cortex-a53', false);
    expect(b.cpus[0].el).toBe(1);
    expect(readAll(b.cpus[0]).ID_AA64PFR0_EL1).toBe(0x01000011n);
  });

  it('a bare PE is the max model', () => {
    expect(readAll(makeCpu())).toEqual(EXPECTED.max);
  });

  it('MIDR_EL1 is read-only: MSR is UNDEFINED', () => {
    const cpu = makeCpu();
    runWords(cpu, [0xd5180000]); // msr midr_el1, x0
    expect(cpu.halt?.kind).toBe('undefined');
  });

  it('EL3 and AArch32 are never advertised', () => {
    for (const name of CPU_MODEL_NAMES) {
      const pfr0 = readAll(board(name).cpus[0]).ID_AA64PFR0_EL1;
      expect([field(pfr0, 0), field(pfr0, 4), field(pfr0, 8), field(pfr0, 12)]).toEqual([1, 1, 1, 0]);
    }
  });
});

describe('FEATURES (flipped by the FP/SIMD/crypto work when it lands)', () => {
  it('FP and AdvSIMD read 0xF when not implemented, else 0, or 1 with FP16 on v8.2 models', () => {
    Object.assign(FEATURES, { fp: false, advsimd: false, fp16: false });
    let pfr0 = readAll(board('cortex-a55').cpus[0]).ID_AA64PFR0_EL1;
    expect([field(pfr0, 16), field(pfr0, 20)]).toEqual([0xf, 0xf]);
    FEATURES.fp = true;
    FEATURES.advsimd = true;
    pfr0 = readAll(board('cortex-a53').cpus[0]).ID_AA64PFR0_EL1;
    expect([field(pfr0, 16), field(pfr0, 20)]).toEqual([0, 0]);
    pfr0 = readAll(board('cortex-a55').cpus[0]).ID_AA64PFR0_EL1;
    expect([field(pfr0, 16), field(pfr0, 20)]).toEqual([0, 0]); // FP16 not implemented: 0
    FEATURES.fp16 = true;
    pfr0 = readAll(board('cortex-a53').cpus[0]).ID_AA64PFR0_EL1;
    expect([field(pfr0, 16), field(pfr0, 20)]).toEqual([0, 0]); // Armv8.0: no FP16
    pfr0 = readAll(board('cortex-a55').cpus[0]).ID_AA64PFR0_EL1;
    expect([field(pfr0, 16), field(pfr0, 20)]).toEqual([1, 1]);
  });

  it('RDM only on v8.1+ models; AES (2 with PMULL), SHA1, SHA2 when implemented', () => {
    Object.assign(FEATURES, { rdm: true, aes: true, pmull: true, sha1: true, sha2: true });
    expect(readAll(board('cortex-a53').cpus[0]).ID_AA64ISAR0_EL1).toBe(0x00011120n);
    expect(readAll(board('max').cpus[0]).ID_AA64ISAR0_EL1).toBe(0x10211120n);
    FEATURES.pmull = false;
    expect(field(readAll(board('max').cpus[0]).ID_AA64ISAR0_EL1, 4)).toBe(1);
  });
});

describe('advertised features execute; unadvertised LSE is UNDEFINED', () => {
  const STADD = 0xb823005f; // stadd w3, [x2]

  for (const name of CPU_MODEL_NAMES) {
    it(`${name}: ID_AA64ISAR0_EL1.Atomic agrees with STADD`, () => {
      const b = board(name);
      const cpu = b.cpus[0];
      const atomic = field(readAll(cpu).ID_AA64ISAR0_EL1, 20);
      const data = RAM_BASE + 0x8000;
      cpu.setX(2, BigInt(data));
      cpu.setX(3, 5n);
      cpu.halt = null;
      runWords(cpu, [STADD]);
      if (atomic === 2) {
        expect(cpu.halt).toBeNull();
        expect(b.bus.ram32[0x8000 >>> 2]).toBe(5);
      } else {
        expect(atomic).toBe(0);
        expect(cpu.halt).toMatchObject({ kind: 'undefined', row: 'LDADD_32_memop' });
        expect(b.bus.ram32[0x8000 >>> 2]).toBe(0);
      }
    });
  }

  it('cortex-a53 is Armv8.0: CAS, CASP, SWP and LD<op> are all UNDEFINED', () => {
    const words = [
      0x88a17c43, // cas w1, w3, [x2]
      0x48247c46, // casp x4, x5, x6, x7, [x2]
      0xf8218043, // swp x1, x3, [x2]
      0x38e17043, // lduminalb w1, w3, [x2]
    ];
    for (const w of words) {
      const cpu = makeCpu();
      cpu.model = cpuModel('cortex-a53');
      cpu.setX(2, BigInt(RAM_BASE + 0x8000));
      runWords(cpu, [w]);
      expect(cpu.halt?.kind).toBe('undefined');
    }
  });

  it('cpuModel rejects unknown names', () => {
    expect(() => cpuModel('cortex-a72' as CpuModelName)).toThrow(/unknown CPU model/);
  });
});
