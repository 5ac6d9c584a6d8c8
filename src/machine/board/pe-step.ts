// One instruction of one PE as a debugger's step makes it, shared by the GDB server's run
// core, reverse execution and record/replay (which replay such steps as they were made).

import { hcr } from '../cpu/exceptions.ts';
import { INT_HCR_VF, INT_HCR_VI } from '../cpu/interrupts.ts';
import type { BoardEvent, VirtBoard } from './virt.ts';

/**
 * One instruction of PE `pe`; `masked`: with its interrupt inputs held low (an interrupt
 * pending is otherwise taken at the start of a step). With `checkDebugPoints` a
 * breakpoint or watchpoint hit is the event instead (nothing executed then).
 */
export function stepPe(board: VirtBoard, pe: number, masked: boolean, checkDebugPoints: boolean): BoardEvent | null {
  const cpu = board.cpus[pe];
  if (masked) cpu.intLines = 0;
  const ev = board.step(pe, checkDebugPoints);
  if (masked) {
    // The inputs follow their sources again: the GIC's outputs and HCR_EL2.VF/VI.
    board.gic.onOutputChange?.(pe);
    const h = cpu.model.el2 ? hcr(cpu) : 0;
    cpu.setInterruptLine(INT_HCR_VF, (h & (1 << 6)) !== 0);
    cpu.setInterruptLine(INT_HCR_VI, (h & (1 << 7)) !== 0);
  }
  // Where a replay of the step stops (it applies the step as an input, then the next ones).
  board.inputClock?.afterRun();
  return ev;
}
