// Optional symbol awareness: names for the VMs found from hardware state, read from the
// built-in hypervisor's own table (`struct vm *vms[MAX_VMS]`, src/zvm/firmware/hv.h) through
// its ELF symbols. The hypervisor's EL2 mapping is the identity, so its VAs are PAs. A VM
// is matched by its VTTBR BADDR, so a table that does not look like ours names nothing.

import { vttbrBaddr, type Vm } from './awareness.ts';

/** struct vm offsets in our firmware (checked: `ptype/o struct vm` on images/zvm_host.elf). */
const VM_NAME = 12;
const VM_NAME_LEN = 32;
const VM_VTTBR = 80;
const VM_STRUCT_BYTES = 88;
const MAX_VMS = 4;

/** The value of ELF64 little-endian symbol `name`, or undefined (no symbol table, no symbol). */
export function elfSymbol(elf: Uint8Array, name: string): bigint | undefined {
  if (elf.length < 64 || elf[0] !== 0x7f || elf[1] !== 0x45 || elf[4] !== 2 || elf[5] !== 1) return undefined;
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const shoff = Number(dv.getBigUint64(0x28, true));
  const shentsize = dv.getUint16(0x3a, true);
  const shnum = dv.getUint16(0x3c, true);
  const want = new TextEncoder().encode(name);
  for (let i = 0; i < shnum; i++) {
    const sh = shoff + i * shentsize;
    if (sh + 64 > elf.length || dv.getUint32(sh + 4, true) !== 2) continue; // SHT_SYMTAB
    const off = Number(dv.getBigUint64(sh + 0x18, true));
    const size = Number(dv.getBigUint64(sh + 0x20, true));
    const entsize = Number(dv.getBigUint64(sh + 0x38, true)) || 24;
    const strSh = shoff + dv.getUint32(sh + 0x28, true) * shentsize;
    const strOff = Number(dv.getBigUint64(strSh + 0x18, true));
    for (let s = off; s + entsize <= off + size && s + entsize <= elf.length; s += entsize) {
      const n = strOff + dv.getUint32(s, true);
      let k = 0;
      while (k < want.length && elf[n + k] === want[k]) k++;
      if (k === want.length && elf[n + k] === 0) return dv.getBigUint64(s + 8, true);
    }
  }
  return undefined;
}

/** Reads host physical memory (side-effect free); returns the bytes read. */
export type PhysReader = (pa: number, dst: Uint8Array) => number;

export class HypervisorVmTable {
  private readonly buf = new Uint8Array(VM_STRUCT_BYTES);
  private readonly ptrs = new Uint8Array(8 * MAX_VMS);

  constructor(
    /** Address of `vms` (the array of pointers). */
    readonly vmsAddr: number,
  ) {}

  /** The table of a hypervisor ELF, or undefined when it has no `vms` symbol. */
  static fromElf(elf: Uint8Array): HypervisorVmTable | undefined {
    const a = elfSymbol(elf, 'vms');
    return a === undefined ? undefined : new HypervisorVmTable(Number(a));
  }

  /** VMs the table has listed (so a VM it no longer lists has been deleted). */
  private readonly listed = new Set<Vm>();

  /** Forgets the VMs listed so far (the awareness's VMs were replaced by a snapshot's). */
  forget(): void {
    this.listed.clear();
  }

  /** The hypervisor's id of `vm` (its index in `vms`), or undefined when the table does not list it. */
  idOf(vm: Vm, read: PhysReader): number | undefined {
    if (read(this.vmsAddr, this.ptrs) !== this.ptrs.length) return undefined;
    for (let i = 0; i < MAX_VMS; i++) if (this.entryBaddr(i, read) === vm.baddr) return i;
    return undefined;
  }

  /** The stage-2 table base of `vms[i]` (after `ptrs` was read), or undefined for an empty slot. */
  private entryBaddr(i: number, read: PhysReader): number | undefined {
    const ptr = Number(new DataView(this.ptrs.buffer).getBigUint64(8 * i, true));
    if (ptr === 0 || read(ptr, this.buf) !== VM_STRUCT_BYTES) return undefined;
    const dv = new DataView(this.buf.buffer);
    return vttbrBaddr(dv.getInt32(VM_VTTBR, true), dv.getInt32(VM_VTTBR + 4, true));
  }

  /**
   * Names the VMs whose stage-2 table the hypervisor's table lists, and returns those it
   * listed before and lists no more: deleted (`vms[id] = NULL` in vm_delete).
   */
  update(vms: readonly Vm[], read: PhysReader): Vm[] {
    if (vms.length === 0 || read(this.vmsAddr, this.ptrs) !== this.ptrs.length) return [];
    const now = new Set<Vm>();
    for (let i = 0; i < MAX_VMS; i++) {
      const baddr = this.entryBaddr(i, read);
      if (baddr === undefined) continue;
      const vm = vms.find((v) => v.baddr === baddr && !v.gone);
      if (vm === undefined) continue;
      now.add(vm);
      this.listed.add(vm);
      let end = VM_NAME;
      while (end < VM_NAME + VM_NAME_LEN && this.buf[end] !== 0) end++;
      const name = String.fromCharCode(...this.buf.subarray(VM_NAME, end));
      if (/^[\x21-\x7e]+$/.test(name)) vm.name = name;
    }
    const deleted = [...this.listed].filter((v) => !now.has(v));
    for (const v of deleted) this.listed.delete(v);
    return deleted;
  }
}
