// PSCI firmware calls, answered by the board itself as QEMU does when it has no EL3
// firmware: HVC is the conduit when the guest boots at EL1, SMC when it boots at EL2.
// Function IDs and return codes per Arm DEN0022 (PSCI 1.1).

import type { Cpu } from '../cpu/cpu.ts';

export const PSCI = {
  VERSION: 0x8400_0000,
  CPU_SUSPEND_32: 0x8400_0001,
  CPU_SUSPEND_64: 0xc400_0001,
  CPU_OFF: 0x8400_0002,
  CPU_ON_32: 0x8400_0003,
  CPU_ON_64: 0xc400_0003,
  AFFINITY_INFO_32: 0x8400_0004,
  AFFINITY_INFO_64: 0xc400_0004,
  MIGRATE_INFO_TYPE: 0x8400_0006,
  SYSTEM_OFF: 0x8400_0008,
  SYSTEM_RESET: 0x8400_0009,
  FEATURES: 0x8400_000a,
} as const;

export const PSCI_RET = {
  SUCCESS: 0,
  NOT_SUPPORTED: -1,
  INVALID_PARAMETERS: -2,
  ALREADY_ON: -4,
} as const;

/** PSCI 1.1, as QEMU 7.2 reports. */
export const PSCI_VERSION_1_1 = 0x0001_0001;

/** What the board does for PSCI: power control of PEs and of the whole system. */
export interface PsciPlatform {
  /** Index of the PE whose MPIDR affinity fields equal `mpidr`, or -1. */
  cpuByMpidr(mpidr: bigint): number;
  isOn(cpu: number): boolean;
  powerOn(cpu: number, entry: bigint, context: bigint): void;
  powerOff(cpu: number): void;
  systemOff(): void;
  systemReset(): void;
}

const SUPPORTED = new Set<number>(Object.values(PSCI));

/** Handles the PSCI call in X0..X3 of `cpu`, writing the result to X0. */
export function handlePsciCall(cpu: Cpu, platform: PsciPlatform): void {
  const fid = Number(cpu.getX(0) & 0xffff_ffffn);
  const is32 = (fid & 0x4000_0000) === 0;
  const arg = (n: number): bigint => (is32 ? cpu.getX(n) & 0xffff_ffffn : cpu.getX(n));
  let ret: number;
  switch (fid) {
    case PSCI.VERSION:
      ret = PSCI_VERSION_1_1;
      break;
    case PSCI.CPU_SUSPEND_32:
    case PSCI.CPU_SUSPEND_64:
      // A power-down suspend may return as if woken at once; we have no deeper states.
      cpu.yieldRequest = true;
      ret = PSCI_RET.SUCCESS;
      break;
    case PSCI.CPU_OFF:
      platform.powerOff(cpu.index);
      ret = PSCI_RET.SUCCESS;
      break;
    case PSCI.CPU_ON_32:
    case PSCI.CPU_ON_64: {
      const target = platform.cpuByMpidr(arg(1));
      if (target < 0) ret = PSCI_RET.INVALID_PARAMETERS;
      else if (platform.isOn(target)) ret = PSCI_RET.ALREADY_ON;
      else {
        platform.powerOn(target, arg(2), arg(3));
        ret = PSCI_RET.SUCCESS;
      }
      break;
    }
    case PSCI.AFFINITY_INFO_32:
    case PSCI.AFFINITY_INFO_64: {
      const target = platform.cpuByMpidr(arg(1));
      if (target < 0 || arg(2) !== 0n) ret = PSCI_RET.INVALID_PARAMETERS;
      else ret = platform.isOn(target) ? 0 : 1;
      break;
    }
    case PSCI.MIGRATE_INFO_TYPE:
      ret = 2; // trusted OS not present: no migration needed
      break;
    case PSCI.SYSTEM_OFF:
      platform.systemOff();
      ret = PSCI_RET.SUCCESS;
      break;
    case PSCI.SYSTEM_RESET:
      platform.systemReset();
      ret = PSCI_RET.SUCCESS;
      break;
    case PSCI.FEATURES:
      ret = SUPPORTED.has(Number(arg(1) & 0xffff_ffffn)) ? PSCI_RET.SUCCESS : PSCI_RET.NOT_SUPPORTED;
      break;
    default:
      ret = PSCI_RET.NOT_SUPPORTED;
  }
  cpu.setX(0, BigInt(ret));
}
