// GDB's memory reads on the machine side: readMemoryInto (what `m`/`x` use, into a buffer
// the session reuses) reads exactly what readMemory does, up to where RAM ends.

import { describe, expect, it } from 'vitest';
import { MachineTarget } from '../../src/debug/machine-target.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import type { ThreadId } from '../../src/rsp/target.ts';

const RAM = 0x4000_0000n;
const RAM_SIZE = 16 << 20;
const T: ThreadId = { pid: 1, tid: 1 };

describe('MachineTarget.readMemoryInto', () => {
  it('reads what readMemory reads, across pages and up to the end of RAM', () => {
    const board = new VirtBoard({ ramSize: RAM_SIZE, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [] });
    const pattern = new Uint8Array(0x3000).map((_, i) => (i * 13 + 7) & 0xff);
    board.bus.debugWrite(Number(RAM) + RAM_SIZE - 0x3000, pattern);
    board.reset(RAM);
    const target = new MachineTarget(board, { entry: RAM, x0: 0n }, { afterSlice: () => {}, onFinished: () => {} });
    const into = new Uint8Array(0x4000).fill(0xee);
    // From 0x2800 before the end of RAM: 0x2800 bytes, over three pages.
    const start = RAM + BigInt(RAM_SIZE - 0x2800);
    const n = target.readMemoryInto(T, start, into);
    expect(n).toBe(0x2800);
    expect(into.subarray(0, n)).toEqual(pattern.subarray(0x800));
    expect(into.subarray(0, n)).toEqual(target.readMemory(T, start, 0x4000));
    expect(into[n]).toBe(0xee);
    // Nothing readable.
    expect(target.readMemoryInto(T, 0x1_0000_0000_0000n, into)).toBe(0);
  });
});
