// A hash of the whole machine state as a snapshot holds it (registers, devices, the
// schedule, RAM): two boards with the same hash are in the same state, bit for bit.
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import type { VirtBoard } from '../../src/machine/board/virt.ts';
import { saveMachineState } from '../../src/machine/snapshot/snapshot.ts';

export function machineStateHash(board: VirtBoard): string {
  const s = saveMachineState(board);
  return createHash('sha256')
    .update(serialize({ parts: s.parts, flash: s.flash, pages: s.ram.pages }))
    .update(s.ram.data)
    .digest('hex');
}
