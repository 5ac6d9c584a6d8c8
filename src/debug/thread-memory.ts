// A thread's memory, as GDB reads and writes it: a PE (process 1) sees memory through its
// current regime, or through the hypervisor's EL2 regime while it is in a guest; a vCPU
// through its stage 1 and its VM's stage 2 (`monitor addrspace`: IPAs, or host PAs).
// Walks are side-effect free (no TLB fill, no AF update).

import type { VirtBoard } from '../machine/board/virt.ts';
import type { Cpu } from '../machine/cpu/cpu.ts';
import { hcrE2H, inGuestRegime } from '../machine/cpu/exceptions.ts';
import { DebugDescriptorReader } from '../machine/mmu/index.ts';
import { Errno, TargetError } from '../rsp/target.ts';
import { GuestTranslator, vcpuSysValues, type AddressSpace } from '../zvm/guest-memory.ts';
import type { Resolved, ThreadMap } from './thread-map.ts';

export class ThreadMemory {
  readonly translator: GuestTranslator;
  /** `monitor addrspace` per VM process (default: guest virtual addresses). */
  readonly addrSpaces = new Map<number, AddressSpace>();

  constructor(
    private readonly board: VirtBoard,
    private readonly threads: ThreadMap,
  ) {
    const paBits = board.cpus[0].model.paRange === 5 ? 48 : 40;
    this.translator = new GuestTranslator(new DebugDescriptorReader(board.bus), paBits);
  }

  /** The physical-address function of a thread's address space: -1 for unmapped addresses. */
  private addressMapper(r: Resolved): (addr: bigint) => number {
    if (r.kind === 'pe') {
      const cpu = r.cpu;
      if (this.threads.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) {
        const t = this.translator.loadHost(cpu.sys.values, hcrE2H(cpu));
        return (va) => t.va(va);
      }
      return (va) => physicalAddressOf(cpu, va) ?? -1;
    }
    const t = this.translator.load(r.vm, vcpuSysValues(r.vcpu, this.board.cpus));
    const space = this.addrSpaces.get(this.threads.pidOf(r.vm)) ?? 'va';
    return (addr) => t.toPa(space, addr);
  }

  /**
   * Memory in a thread's address space (see addressMapper). Unmapped pages end the
   * transfer (GDB gets what was readable; nothing at all is an error).
   */
  read(r: Resolved, addr: bigint, length: number): Uint8Array {
    const buf = new Uint8Array(length);
    return buf.subarray(0, this.readInto(r, addr, buf));
  }

  /** `read` into `buf` (its length); returns the bytes read. */
  readInto(r: Resolved, addr: bigint, buf: Uint8Array): number {
    const toPa = this.addressMapper(r);
    const length = buf.length;
    let done = 0;
    while (done < length) {
      const va = addr + BigInt(done);
      const pa = toPa(va);
      if (pa < 0) break;
      const chunk = Math.min(length - done, 4096 - Number(va & 0xfffn));
      const n = this.board.bus.debugRead(pa, buf.subarray(done, done + chunk));
      done += n;
      if (n < chunk) break;
    }
    return done;
  }

  /** Writes `data` at `addr`; `written` sees each physical piece written (record/replay). */
  write(r: Resolved, addr: bigint, data: Uint8Array, written?: (pa: number, data: Uint8Array) => void): void {
    const toPa = this.addressMapper(r);
    let done = 0;
    while (done < data.length) {
      const va = addr + BigInt(done);
      const pa = toPa(va);
      const chunk = Math.min(data.length - done, 4096 - Number(va & 0xfffn));
      const n = pa < 0 ? 0 : this.board.bus.debugWrite(pa, data.subarray(done, done + chunk));
      if (n > 0) written?.(pa, data.subarray(done, done + n));
      if (n < chunk) throw new TargetError(Errno.EFAULT, `cannot write memory at 0x${(va + BigInt(n)).toString(16)}`);
      done += n;
    }
  }
}

/** The physical address a PE's current regime maps `va` to, or undefined (debug walk). */
function physicalAddressOf(cpu: Cpu, va: bigint): number | undefined {
  if (va < 0n || va >= 1n << 64n) return undefined;
  if (!cpu.mmu.on) return va < 1n << 48n ? Number(va) : undefined;
  const t = cpu.mmu.debug(va);
  return t.ok && t.pa !== undefined ? t.pa : undefined;
}
