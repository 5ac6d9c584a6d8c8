// `monitor watch ipa|pa`: watchpoints on physical memory, which GDB's Z packets cannot
// express (they carry virtual addresses of the selected process). A physical watchpoint
// stops any PE whose data access reaches the range, whatever VA it used: a VM's vCPU, the
// hypervisor writing into the VM's memory, or another VM through a shared page. An IPA
// range is turned into physical pieces through the VM's stage 2 when it is set.

import type { WatchType } from '../machine/cpu/cpu.ts';

export interface PhysicalWatch {
  readonly id: number;
  /** Physically contiguous pieces of the range. */
  readonly pieces: readonly { readonly pa: number; readonly len: number }[];
  readonly type: WatchType;
  /** How the user gave it, e.g. "IPA 0x40001000 of process 2 (zephyr_os-0)". */
  readonly label: string;
  hits: number;
}

export const WATCH_HELP =
  'watch pa ADDR LEN [r|w|rw]           stop any access to physical memory [ADDR, ADDR+LEN) (default w)\n' +
  'watch ipa ADDR LEN [r|w|rw] [vm PID] the same for a VM\'s intermediate physical addresses\n' +
  'watch [list]                         the physical watchpoints and their hits\n' +
  'watch delete N|all                   remove physical watchpoints\n';

export class PhysicalWatches {
  readonly list: PhysicalWatch[] = [];
  private nextId = 1;

  add(pieces: PhysicalWatch['pieces'], type: WatchType, label: string): PhysicalWatch {
    const w: PhysicalWatch = { id: this.nextId++, pieces, type, label, hits: 0 };
    this.list.push(w);
    return w;
  }

  /** Removes watchpoint `id` (or all); returns what was removed. */
  remove(id: number | 'all'): PhysicalWatch[] {
    const gone = this.list.filter((w) => id === 'all' || w.id === id);
    for (const w of gone) this.list.splice(this.list.indexOf(w), 1);
    return gone;
  }

  /** The watchpoint whose range holds physical address `pa`. */
  at(pa: number): PhysicalWatch | undefined {
    return this.list.find((w) => w.pieces.some((p) => pa >= p.pa && pa < p.pa + p.len));
  }
}

/** `r`, `w`, `rw` (GDB's rwatch, watch, awatch). */
export function parseWatchType(word: string | undefined): WatchType | undefined {
  if (word === undefined || word === 'w') return 'write';
  if (word === 'r') return 'read';
  if (word === 'rw') return 'access';
  return undefined;
}

/**
 * Splits [addr, addr + len) into physically contiguous pieces, translating each 4 KiB
 * page with `toPa` (-1: unmapped, which is an error naming the address).
 */
export function physicalPieces(addr: bigint, len: number, toPa: (a: bigint) => number): { pa: number; len: number }[] | string {
  const pieces: { pa: number; len: number }[] = [];
  let done = 0;
  while (done < len) {
    const a = addr + BigInt(done);
    const pa = toPa(a);
    if (pa < 0) return `0x${a.toString(16)} maps to no physical address`;
    const n = Math.min(len - done, 4096 - Number(a & 0xfffn));
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.pa + last.len === pa) last.len += n;
    else pieces.push({ pa, len: n });
    done += n;
  }
  return pieces;
}
