// A hash of the whole machine state as a snapshot holds it (registers, devices, the
// schedule, RAM): two boards with the same hash are in the same state, bit for bit. Values
// are hashed by content (not by their serialized form, which differs between an array
// built by the board and one a restore wrote back).
import { createHash, type Hash } from 'node:crypto';
import type { VirtBoard } from '../../src/machine/board/virt.ts';
import { saveMachineState } from '../../src/machine/snapshot/snapshot.ts';

function hashValue(h: Hash, v: unknown): void {
  if (ArrayBuffer.isView(v)) {
    h.update(`${v.constructor.name}(${v.byteLength})`);
    h.update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  } else if (Array.isArray(v)) {
    h.update(`[${v.length}`);
    for (const x of v) hashValue(h, x);
    h.update(']');
  } else if (v instanceof Map) {
    h.update(`Map(${v.size}`);
    for (const [k, x] of [...v.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])))) {
      hashValue(h, k);
      hashValue(h, x);
    }
    h.update(')');
  } else if (v !== null && typeof v === 'object') {
    h.update('{');
    for (const k of Object.keys(v).sort()) {
      h.update(`${k}:`);
      hashValue(h, (v as Record<string, unknown>)[k]);
    }
    h.update('}');
  } else h.update(`${typeof v}:${String(v)};`);
}

export function machineStateHash(board: VirtBoard): string {
  const s = saveMachineState(board);
  const h = createHash('sha256');
  hashValue(h, { parts: s.parts, flash: s.flash, pages: s.ram.pages });
  h.update(s.ram.data);
  return h.digest('hex');
}
