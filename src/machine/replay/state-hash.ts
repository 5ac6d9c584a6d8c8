// Hashes of the machine state for record/replay: the snapshot's view of every board part
// (board-parts.ts: every PE's registers, system registers, timers, PMU, the GIC, the UARTs,
// board time) and, for the full hash, RAM. Equal machines hash equal; the copies are the
// snapshot serializer's, so what a snapshot restores is exactly what is compared.

import { createHash, type Hash } from 'node:crypto';
import type { VirtBoard } from '../board/virt.ts';
import { boardParts } from '../snapshot/board-parts.ts';
import { forEachNonZeroPage, RAM_PAGE } from '../snapshot/ram-image.ts';
import { saveFields, type StateValue } from '../snapshot/state-fields.ts';

/** Hex digits kept of a hash (128 bits). */
const HASH_DIGITS = 32;

/**
 * Feeds a saved value to `h` by its content only. (v8.serialize would not do: it writes the
 * same array densely or sparsely depending on how V8 happens to store it.)
 */
function hashValue(h: Hash, v: StateValue): void {
  if (ArrayBuffer.isView(v)) {
    h.update(`${v.constructor.name}:${v.byteLength}:`).update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  } else if (Array.isArray(v)) {
    h.update(`[${v.length}:`);
    for (const x of v) hashValue(h, x);
    h.update(']');
  } else if (v instanceof Map) {
    h.update(`M${v.size}:`);
    for (const [k, x] of v) {
      hashValue(h, k);
      hashValue(h, x);
    }
  } else if (typeof v === 'object' && v !== null) {
    h.update('{');
    for (const [k, x] of Object.entries(v)) {
      h.update(`${k}=`);
      hashValue(h, x);
    }
    h.update('}');
  } else {
    h.update(`${typeof v}:${String(v)};`);
  }
}

function hashParts(board: VirtBoard, h: Hash): void {
  for (const p of boardParts(board)) {
    const s = saveFields(p.obj, p.spec, p.path);
    if ('timeBase' in s && 'sliceStart' in s) {
      // A PE's counter is timeBase + retired - sliceStart. The two are where the last run
      // round started, which depends on how the runs were cut, not on the machine: only
      // their difference is state (the next round sets both again).
      s.counterBase = (s.timeBase as number) - (s.sliceStart as number);
      delete s.timeBase;
      delete s.sliceStart;
    }
    h.update(p.path);
    hashValue(h, s);
  }
}

/** The registers and devices (no RAM): cheap enough for every logged input. */
export function registersHash(board: VirtBoard): string {
  const h = createHash('sha256');
  hashParts(board, h);
  return h.digest('hex').slice(0, HASH_DIGITS);
}

/** The whole machine: registers, devices and every RAM page that is not zero. */
export function machineHash(board: VirtBoard): string {
  const h = createHash('sha256');
  hashParts(board, h);
  const ram = board.bus.ram;
  const pageNo = Buffer.alloc(4);
  forEachNonZeroPage(ram, (p) => {
    pageNo.writeUInt32LE(p);
    h.update(pageNo).update(ram.subarray(p * RAM_PAGE, (p + 1) * RAM_PAGE));
  });
  return h.digest('hex').slice(0, HASH_DIGITS);
}
