// Compiled regions (block-jit.ts): a hot block must always be in the region that is its
// entry point, even when its block-cache slot holds another block (before, such a block
// was compiled again at each run, ~0.3 ms each, as its region left it out).

import { describe, expect, it } from 'vitest';
import { makeCpu, RAM_BASE } from '../helpers/cpu.ts';

describe('compiled page regions', () => {
  it('run correctly a hot block reached through a successor link while another block holds its cache slot', () => {
    // A -> B -> C -> A, one instruction each; A and C are 1 MiB apart and share a slot of
    // the direct-mapped block cache. After the second round A holds the slot and C is only
    // reached through B's successor link: when C gets hot, its page has no block in the
    // cache, not even C.
    const cpu = makeCpu(4 << 20);
    cpu.bus.ram32[0] = 0x1400_0400; // A: b .+0x1000 (B)
    cpu.bus.ram32[0x1000 >>> 2] = 0x1403_fc00; // B: b .+0xff000 (C)
    cpu.bus.ram32[0x10_0000 >>> 2] = 0x17fc_0000; // C: b .-0x100000 (A)
    const budget = 300_000; // past the JIT threshold (20,000 runs) of each block
    expect(cpu.run(budget)).toBe(budget);
    expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
  });
});
