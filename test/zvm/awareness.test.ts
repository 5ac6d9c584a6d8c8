// VM awareness bookkeeping (src/zvm/awareness.ts) driven through the real exception model:
// a PE enters a "guest" with ERET under HCR_EL2.VM = 1 and leaves it by taking an exception
// to EL2, exactly as a hypervisor does; plus the side-effect-free guest translation
// (src/zvm/guest-memory.ts) and the naming from the hypervisor's table (src/zvm/symbols.ts).

import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { enterException, exceptionReturn, VECTOR_SYNC, syndrome, EC } from '../../src/machine/cpu/exceptions.ts';
import { DebugDescriptorReader } from '../../src/machine/mmu/index.ts';
import { VmAwareness, vttbrBaddr } from '../../src/zvm/awareness.ts';
import { GuestTranslator } from '../../src/zvm/guest-memory.ts';
import { elfSymbol, HypervisorVmTable } from '../../src/zvm/symbols.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';

const ERET = 0xd69f03e0;
const HCR_VM_RW = 0x8000_0001n;
const HCR_HOST = 0x4_8800_0000n; // E2H | TGE | RW: ZVM's host setting
const VTCR = 0x8000_3560n; // 4 KiB granule, 32-bit IPA, start level 1
const SPSR_EL1H = 0x3c5; // EL1h, DAIF masked

/** Stage 2 of one VM in board RAM: IPA 0x4000_0000 (2 MiB block) -> PA `ramPa`. */
function buildStage2(board: VirtBoard, l1: number, ramPa: number): void {
  const l2 = l1 + 0x1000;
  const put = (pa: number, v: bigint): void => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, v, true);
    board.bus.debugWrite(pa, b);
  };
  for (let o = 0; o < 0x2000; o += 8) put(l1 + o, 0n);
  put(l1 + 8, BigInt(l2) | 3n); // L1[1]: IPA 1..2 GiB -> table
  // L2[0]: 2 MiB block, MemAttr Normal WB (0xf), S2AP RW, SH inner, AF.
  put(l2, BigInt(ramPa) | (0xfn << 2n) | (3n << 6n) | (3n << 8n) | (1n << 10n) | 1n);
}

function newBoard(): VirtBoard {
  const board = new VirtBoard({ ramSize: 64 << 20, smp: 3, cpu: 'max', virtualization: true, serial: [] });
  board.reset(0x4000_0000n);
  // Vectors for EL2 inside RAM (taking an exception checks they can be fetched).
  for (const cpu of board.cpus) cpu.sys.set('VBAR_EL2', 0x4000_0800n);
  return board;
}

/** The hypervisor on `cpu` enters vCPU `mpidr` of the VM with stage-2 table `vttbr` at `pc`. */
function enterGuest(cpu: Cpu, vttbr: bigint, mpidr: number, pc: bigint, sp = 0x4010_0000n): void {
  cpu.sys.set('HCR_EL2', HCR_VM_RW);
  cpu.sys.set('VTCR_EL2', VTCR);
  cpu.sys.set('VTTBR_EL2', vttbr);
  cpu.sys.set('VMPIDR_EL2', BigInt(0x8000_0000 | mpidr));
  cpu.sys.set('SP_EL1', sp);
  cpu.sys.set('SPSR_EL2', BigInt(SPSR_EL1H));
  cpu.sys.set('ELR_EL2', pc);
  exceptionReturn(cpu, ERET);
}

/** The guest on `cpu` traps to EL2 (an HVC: ELR = next instruction) and the host takes over. */
function exitGuest(cpu: Cpu): void {
  const ret = cpu.getPC();
  expect(enterException(cpu, 2, VECTOR_SYNC, syndrome(EC.HVC64, 0), Number(BigInt.asIntN(32, ret)), 0, false, 0, 0)).toBe(true);
  cpu.sys.set('HCR_EL2', HCR_HOST);
}

describe('VM awareness bookkeeping', () => {
  const live: VmAwareness[] = [];
  afterEach(() => {
    for (const a of live.splice(0)) a.disable();
  });
  function aware(board: VirtBoard): VmAwareness {
    const a = new VmAwareness(board.cpus);
    a.enable();
    live.push(a);
    return a;
  }

  it('installs the hooks on its own board\'s PEs only while enabled', () => {
    const board = newBoard();
    const other = newBoard();
    for (const cpu of board.cpus) expect(cpu.guestHooks).toBeNull();
    const a = aware(board);
    for (const cpu of board.cpus) expect(cpu.guestHooks).toBe(a);
    for (const cpu of other.cpus) expect(cpu.guestHooks).toBeNull();
    a.disable();
    live.length = 0;
    for (const cpu of board.cpus) expect(cpu.guestHooks).toBeNull();
  });

  it('discovers a VM by VTTBR_EL2.BADDR and a vCPU by VMPIDR_EL2 at guest entry, runs it live', () => {
    const board = newBoard();
    const a = aware(board);
    const cpu = board.cpus[1];
    enterGuest(cpu, 0x4100_0000n | (1n << 48n), 0, 0x4000_1000n);
    expect(cpu.el).toBe(1);
    expect(a.vms.length).toBe(1);
    const vm = a.vms[0];
    expect(vm.baddr).toBe(0x4100_0000);
    expect(vm.vcpus.length).toBe(1);
    const v = vm.vcpus[0];
    expect(v.index).toBe(0);
    expect(v.pe).toBe(1);
    expect(a.running(1)).toBe(v);
    expect(a.running(0)).toBeNull();
    expect(vm.vcpuName(v)).toBe('vm0-vcpu0');
    // An ERET to EL1 with HCR_EL2.TGE = 1 (the host's own EL1/EL0) is no guest.
    const host = board.cpus[2];
    host.sys.set('HCR_EL2', HCR_HOST);
    host.sys.set('SPSR_EL2', 0x3c0n);
    host.sys.set('ELR_EL2', 0x4000_2000n);
    exceptionReturn(host, ERET);
    expect(a.vms.length).toBe(1);
  });

  it('captures the state at guest exit (PC from ELR_EL2, PSTATE from SPSR_EL2, SP_EL1, GPRs, FP/SIMD, EL1 sysregs)', () => {
    const board = newBoard();
    const a = aware(board);
    const cpu = board.cpus[1];
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1000n, 0x4012_3450n);
    cpu.setX(0, 0x1122_3344_5566_7788n);
    cpu.setX(30, 0x4000_0abcn);
    cpu.vreg[4 * 3] = 0x7777;
    cpu.sys.set('TPIDR_EL1', 0xfeedn);
    cpu.sys.set('SCTLR_EL1', 0x30d0_0800n);
    cpu.setPC(0x4000_1004n);
    cpu.nf = 1;
    exitGuest(cpu);
    expect(cpu.el).toBe(2);
    const v = a.vms[0].vcpus[0];
    expect(v.pe).toBe(-1);
    expect(v.lastPe).toBe(1);
    expect(v.exits).toBe(1);
    expect(a.running(1)).toBeNull();
    const s = v.snapshot;
    expect(s.valid).toBe(true);
    expect((BigInt(s.pcHi >>> 0) << 32n) | BigInt(s.pcLo >>> 0)).toBe(0x4000_1004n);
    expect(s.pstate & 0xf).toBe(0x5); // EL1h
    expect(s.pstate >>> 31).toBe(1); // N
    expect(s.x[0] >>> 0).toBe(0x5566_7788);
    expect(s.x[1] >>> 0).toBe(0x1122_3344);
    expect(s.x[60] >>> 0).toBe(0x4000_0abc);
    expect(s.x[64] >>> 0).toBe(0x4012_3450); // SP = SP_EL1 for EL1h
    expect(s.vreg[12]).toBe(0x7777);
    // The PE is the hypervisor's again: changing its registers does not touch the snapshot.
    cpu.setX(0, 0n);
    cpu.vreg[12] = 0;
    expect(s.x[0] >>> 0).toBe(0x5566_7788);
    expect(s.vreg[12]).toBe(0x7777);
  });

  it('applies register writes to a vCPU that is not running when it next enters', () => {
    const board = newBoard();
    const a = aware(board);
    const cpu = board.cpus[1];
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1000n);
    cpu.setX(5, 5n);
    exitGuest(cpu);
    const v = a.vms[0].vcpus[0];
    v.writeX(5, 0x55, 0);
    v.writeX(32, 0x4011_0000, 0); // SP
    v.writePC(0x4000_2000, 0);
    v.writeV(1, [1, 2, 3, 4]);
    v.writePstate(0x3c5 | (2 << 2)); // an EL2 PSTATE stays a guest EL
    expect(v.hasPendingWrites).toBe(true);
    expect(v.snapshot.pstate & 0xc).toBe(4);
    // The hypervisor restores its saved context (x5 = 5, PC = 0x4000_1004), then ERETs.
    cpu.setX(5, 5n);
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1004n);
    expect(v.hasPendingWrites).toBe(false);
    expect(cpu.getX(5)).toBe(0x55n);
    expect(cpu.getX(32)).toBe(0x4011_0000n);
    expect(cpu.getPC()).toBe(0x4000_2000n);
    expect([...cpu.vreg.subarray(4, 8)]).toEqual([1, 2, 3, 4]);
    expect(cpu.el).toBe(1);
    // Applied once: the next entry keeps what the hypervisor restores.
    exitGuest(cpu);
    cpu.setX(5, 9n);
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_3000n);
    expect(cpu.getX(5)).toBe(9n);
    expect(cpu.getPC()).toBe(0x4000_3000n);
  });

  it('hands the pending writes of a vCPU entering to pendingWritesAtEntry when set (a record makes them later)', () => {
    const board = newBoard();
    const a = aware(board);
    const cpu = board.cpus[1];
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1000n);
    exitGuest(cpu);
    const v = a.vms[0].vcpus[0];
    v.writeX(5, 0x55, 0);
    const handed: string[] = [];
    a.pendingWritesAtEntry = (vcpu, on) => {
      handed.push(`${a.vms[0].vcpuName(vcpu)} on cpu${on.index}`);
      vcpu.clearPendingWrites();
    };
    cpu.setX(5, 5n);
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1004n);
    expect(handed).toEqual(['vm0-vcpu0 on cpu1']);
    expect(cpu.getX(5)).toBe(5n); // not made by the awareness
    expect(v.hasPendingWrites).toBe(false);
    expect(v.running).toBe(true);
    // Without writes pending, the hook is not called.
    exitGuest(cpu);
    enterGuest(cpu, 0x4100_0000n, 0, 0x4000_1008n);
    expect(handed).toHaveLength(1);
  });

  it('keeps VMs apart by BADDR (not VMID) and vCPUs by VMPIDR; follows a vCPU across PEs', () => {
    const board = newBoard();
    const a = aware(board);
    const [c0, c1, c2] = board.cpus;
    enterGuest(c1, 0x4100_0000n | (1n << 48n), 0, 0x4000_0000n);
    enterGuest(c2, 0x4200_0000n | (1n << 48n), 1, 0x4000_0000n); // same VMID, other table
    expect(a.vms.map((v) => v.baddr)).toEqual([0x4100_0000, 0x4200_0000]);
    exitGuest(c2);
    enterGuest(c2, 0x4200_0000n | (7n << 48n), 0, 0x4000_0000n); // other VMID bits, same table
    expect(a.vms.length).toBe(2);
    const vm1 = a.vms[1];
    expect(vm1.vcpus.map((v) => v.index)).toEqual([0, 1]);
    expect(vm1.vcpus[0].pe).toBe(2);
    expect(vm1.vcpus[1].pe).toBe(-1);
    // vCPU 0 of VM 1 migrates to PE 0 (after exiting PE 2).
    exitGuest(c2);
    enterGuest(c0, 0x4200_0000n, 0, 0x4000_0000n);
    expect(vm1.vcpus[0].pe).toBe(0);
    expect(a.running(2)).toBeNull();
    expect(a.running(0)).toBe(vm1.vcpus[0]);
    expect(vttbrBaddr(0x4200_0001, 0x0007_0000)).toBe(0x4200_0000);
  });

  it('finds guests already running when enabled (scan) and forgets PEs that left', () => {
    const board = newBoard();
    const cpu = board.cpus[2];
    enterGuest(cpu, 0x4300_0000n, 2, 0x4000_0000n); // before any awareness: no hook
    const a = aware(board);
    expect(a.vms.length).toBe(1);
    const v = a.vms[0].vcpus[0];
    expect(v.index).toBe(2);
    expect(v.pe).toBe(2);
    expect(v.snapshot.valid).toBe(false);
    board.reset(0x4000_0000n); // the PE is reset: no longer in the guest
    a.scan();
    expect(v.pe).toBe(-1);
    expect(a.running(2)).toBeNull();
  });
});

describe('guest memory translation (side-effect free)', () => {
  it('reads a VM by IPA through its stage 2, with stage 1 off = IPA, and refuses unmapped IPAs', () => {
    const board = newBoard();
    const a = new VmAwareness(board.cpus);
    a.enable();
    try {
      buildStage2(board, 0x4100_0000, 0x4020_0000);
      buildStage2(board, 0x4110_0000, 0x4040_0000);
      board.bus.debugWrite(0x4020_0010, Uint8Array.of(0xaa));
      board.bus.debugWrite(0x4040_0010, Uint8Array.of(0xbb));
      enterGuest(board.cpus[1], 0x4100_0000n, 0, 0x4000_0000n);
      enterGuest(board.cpus[2], 0x4110_0000n | (2n << 48n), 0, 0x4000_0000n);
      exitGuest(board.cpus[1]);
      const t = new GuestTranslator(new DebugDescriptorReader(board.bus), 48);
      const [vm0, vm1] = a.vms;
      t.load(vm0, vm0.vcpus[0].snapshot.sys);
      expect(t.stage1Enabled).toBe(false);
      expect(t.va(0x4000_0010n)).toBe(0x4020_0010);
      expect(t.ipa(0x4000_0010n)).toBe(0x4020_0010);
      expect(t.va(0x4020_0010n)).toBe(-1); // outside the VM's 2 MiB: never another VM's data
      expect(t.va(0x9000_0000n)).toBe(-1);
      expect(t.toPa('pa', 0x4040_0010n)).toBe(0x4040_0010);
      t.load(vm1, board.cpus[2].sys.values);
      expect(t.va(0x4000_0010n)).toBe(0x4040_0010);
      const trace = t.traceVa(0x4000_0010n);
      expect(trace.ok).toBe(true);
      expect(trace.pa).toBe(0x4040_0010);
    } finally {
      a.disable();
    }
  });
});

describe('hypervisor symbols', () => {
  it("finds the VM table in the built-in hypervisor's ELF and names VMs from it", () => {
    const elf = readFileSync(join(REPO_ROOT, 'images', 'zvm_host.elf'));
    const vms = elfSymbol(elf, 'vms');
    expect(vms).toBeDefined();
    expect(elfSymbol(elf, 'no_such_symbol_here')).toBeUndefined();
    const table = HypervisorVmTable.fromElf(elf)!;
    // A fake table in a buffer: vms[1] -> struct vm with name "linux_os-1" and a VTTBR.
    const mem = new Map<number, Uint8Array>();
    const ptrs = new Uint8Array(32);
    new DataView(ptrs.buffer).setBigUint64(8, 0x5000_0000n, true);
    const vm = new Uint8Array(88);
    vm.set(new TextEncoder().encode('linux_os-1'), 12);
    new DataView(vm.buffer).setBigUint64(80, 0x4200_0000n | (2n << 48n), true);
    mem.set(Number(vms), ptrs);
    mem.set(0x5000_0000, vm);
    const board = newBoard();
    const a = new VmAwareness(board.cpus);
    a.enable();
    try {
      enterGuest(board.cpus[1], 0x4100_0000n, 0, 0x4000_0000n);
      enterGuest(board.cpus[2], 0x4200_0000n, 0, 0x4000_0000n);
      const read = (pa: number, dst: Uint8Array): number => {
        const src = mem.get(pa);
        if (src === undefined) return 0;
        dst.set(src.subarray(0, dst.length));
        return dst.length;
      };
      expect(table.update(a.vms, read)).toEqual([]);
      expect(a.vms[0].name).toBeUndefined();
      expect(a.vms[1].name).toBe('linux_os-1');
      expect(a.vms[1].vcpuName(a.vms[1].vcpus[0])).toBe('linux_os-1-vcpu0');

      // vm_delete clears its slot: the VM the table listed is reported deleted, once; the
      // VM it never listed is not. (Its vCPU has left the guest, as vm_delete waits for.)
      exitGuest(board.cpus[2]);
      ptrs.fill(0);
      const deleted = table.update(a.vms, read);
      expect(deleted).toEqual([a.vms[1]]);
      expect(table.update(a.vms, read)).toEqual([]);
      a.retire(deleted[0]);
      expect(a.vms[1].gone).toBe(true);
      expect(a.vms[1].vcpus[0].pe).toBe(-1);
      // A new VM on the same stage-2 table is a new VM (a new process for GDB).
      enterGuest(board.cpus[2], 0x4200_0000n, 0, 0x4000_0000n);
      expect(a.vms.length).toBe(3);
      expect(a.vms[2].baddr).toBe(a.vms[1].baddr);
      expect(a.vms[2].gone).toBe(false);
      expect(a.running(2)).toBe(a.vms[2].vcpus[0]);
    } finally {
      a.disable();
    }
  });
});
