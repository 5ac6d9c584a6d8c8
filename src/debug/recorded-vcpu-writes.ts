// Recording (-icount rr=record), GDB may write the registers of a vCPU that is not on a PE.
// The awareness keeps such writes and the vCPU takes them as it next enters its guest: at
// an ERET in the middle of a run, where a replay cannot stop (a replayed run is cut at
// instruction counts, between runs). So a record makes them a little later: the entering
// PE's run ends right after the ERET (a stop request: no guest instruction has run), and
// the writes are made there as register inputs of that PE, logged where a replay stops
// and makes them the same way. The board's schedule does not depend on where runs end.

import type { VirtBoard } from '../machine/board/virt.ts';
import type { Cpu } from '../machine/cpu/cpu.ts';
import type { RecordReplay } from '../machine/replay/record-replay.ts';
import type { Vcpu, VmAwareness } from '../zvm/awareness.ts';
import { REG, readSnapshotRegister, registerSize } from './aarch64-registers.ts';

/** The order the awareness applies pending writes in: PSTATE, system registers, X0-X30 and SP, V0-V31, PC. */
function entryOrder(n: number): number {
  if (n === REG.CPSR) return 0;
  if (n >= REG.FPSR) return 1;
  if (n <= REG.SP) return 2;
  return n === REG.PC ? 4 : 3;
}

export class RecordedVcpuWrites {
  /** The GDB registers written to each vCPU while it was not on a PE, since it last entered. */
  private readonly written = new Map<Vcpu, Set<number>>();

  constructor(
    private readonly board: VirtBoard,
    awareness: VmAwareness,
    private readonly rr: RecordReplay,
  ) {
    awareness.pendingWritesAtEntry = (vcpu, cpu) => this.entering(vcpu, cpu);
  }

  /**
   * Why GDB may not write `vcpu` (not on a PE) now, or null: it holds writes from before
   * the record (a -loadvm snapshot's), which it takes at its entry as the replay does,
   * unlogged; mixing new ones in would make them inputs too.
   */
  refusal(vcpu: Vcpu): string | null {
    return vcpu.hasPendingWrites && !this.written.has(vcpu)
      ? `recording ${this.rr.file}: this vCPU holds register writes from before the record (its snapshot's), made when it next runs: continue until it runs`
      : null;
  }

  /** GDB wrote register `n` of `vcpu` (not on a PE) into its snapshot. */
  wrote(vcpu: Vcpu, n: number): void {
    let set = this.written.get(vcpu);
    if (set === undefined) this.written.set(vcpu, (set = new Set()));
    set.add(n);
  }

  /** `vcpu` enters its guest on `cpu` with writes pending (the awareness' hook, at the ERET). */
  private entering(vcpu: Vcpu, cpu: Cpu): void {
    const names = this.written.get(vcpu);
    this.written.delete(vcpu);
    if (names === undefined || this.rr.finished) {
      vcpu.applyPendingWrites(cpu);
      return;
    }
    for (const n of [...names].sort((a, b) => entryOrder(a) - entryOrder(b) || a - b)) {
      const d = new Uint8Array(registerSize(n));
      readSnapshotRegister(vcpu.snapshot, n, d, 0);
      this.rr.writeAtRunEnd(cpu.index, n, d);
    }
    vcpu.clearPendingWrites();
    this.board.requestStop(cpu.index, 'guest-entry');
  }
}
