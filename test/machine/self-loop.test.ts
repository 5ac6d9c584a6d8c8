// A block that branches back to its own start runs in a wasm loop of its own (region.ts):
// the same state as the interpreter's after every slice of an odd budget (the loop stops
// mid-way when the next run would not fit), across a data abort taken inside the loop (with
// the flags an instruction before it in the block set), and for loops on B.cond, CBNZ, TBZ
// and B.
//
// ZVM_JIT is read when the CPU modules load: each run sets it and imports a fresh module
// graph (vi.resetModules).

import { describe, expect, it, vi } from 'vitest';
import { assemble } from '../../tools/asm.ts';

const RAM_BASE = 0x4000_0000;
const CODE = RAM_BASE + 0x8000;
const DATA = RAM_BASE + 0x10_0000;
const RAM_SIZE = 4 << 20;
const HOLE = RAM_BASE + RAM_SIZE; // no RAM, no device: a load there takes a synchronous external abort

// x0: the data; x9: a pointer that walks into HOLE at the last run of loop 2.
const PROGRAM = `
  adr x1, vectors
  msr vbar_el1, x1
  isb
  mov x2, #0
  mov x3, #200
1:                          // B.cond
  ldr x4, [x0, x3, lsl #3]
  add x2, x2, x4
  subs x3, x3, #1
  b.ne 1b
  mov x3, #150
2:                          // CBNZ, with a load from HOLE on its last run (after a flag setter: Z only then)
  cmp x3, #1
  ldr x5, [x9]
  eor x2, x2, x5
  add x9, x9, #8
  sub x3, x3, #1
  cbnz x3, 2b
  mov x3, #0
3:                          // TBZ: until bit 7 is set
  add x3, x3, #3
  add x2, x2, x3
  tbz x3, #7, 3b
  mov x3, #300
4:                          // B, left by a CBZ in another block
  cbz x3, 5f
  sub x3, x3, #1
  add x2, x2, #5
  b 4b
5:
  b .
  .balign 2048
vectors:
  .balign 0x200
  b .
  .balign 0x200
  // current EL with SPx, synchronous: count it, record ESR, NZCV and SPSR, skip the load
  mrs x20, esr_el1
  mrs x23, nzcv
  mrs x24, spsr_el1
  add x21, x21, #1
  mrs x22, elr_el1
  add x22, x22, #4
  msr elr_el1, x22
  eret
`;

interface Snapshot {
  x: bigint[];
  pc: bigint;
  retired: number;
}

async function run(tier: 'interp' | 'wasm'): Promise<{ snaps: Snapshot[]; compiled: number; retired: number }> {
  process.env.ZVM_JIT = tier;
  process.env.ZVM_JIT_THRESHOLD = '1';
  vi.resetModules();
  const { VirtBoard } = await import('../../src/machine/board/virt.ts');
  const board = new VirtBoard({ ramSize: RAM_SIZE, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [() => {}] });
  assemble(PROGRAM).forEach((w, i) => (board.bus.ram32[(CODE - RAM_BASE) / 4 + i] = w));
  for (let i = 0; i < 512; i++) board.bus.ram32[(DATA - RAM_BASE) / 4 + i] = (i * 0x9e3779b9) | 0;
  board.reset(BigInt(CODE), 0n);
  const cpu = board.cpus[0];
  cpu.setX(0, BigInt(DATA));
  // Loop 2 reads the last 149 words of RAM, then HOLE.
  cpu.setX(9, BigInt(HOLE - 149 * 8));
  const snaps: Snapshot[] = [];
  const end = CODE + 4 * (assemble(PROGRAM).findIndex((w) => w >>> 0 === 0x14000000));
  for (let slice = 0; cpu.getPC() !== BigInt(end) && slice < 2000; slice++) {
    expect(board.run(7 + (slice % 5))).toBeNull();
    snaps.push({ x: Array.from({ length: 31 }, (_, r) => cpu.getX(r)), pc: cpu.getPC(), retired: cpu.retired });
  }
  const stats = cpu.jitStats();
  return { snaps, compiled: stats.compiledRetired, retired: stats.retired };
}

describe('a block that loops on itself, compiled', () => {
  it('ends every slice in the interpreter\'s state, across a data abort in the loop', async () => {
    const wasm = await run('wasm');
    const interp = await run('interp');
    expect(wasm.snaps.length).toBe(interp.snaps.length);
    for (let i = 0; i < wasm.snaps.length; i++) expect(wasm.snaps[i], `after slice ${i}`).toEqual(interp.snaps[i]);
    const last = interp.snaps[interp.snaps.length - 1];
    expect(last.x[21]).toBe(1n); // the abort was taken once
    expect(wasm.compiled).toBeGreaterThan(0.8 * wasm.retired);
  });
});
