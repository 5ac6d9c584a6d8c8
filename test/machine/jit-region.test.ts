// Compiled regions (block-jit.ts): a hot block must always be in the region that is its
// entry point, even when its block-cache slot holds another block (before, such a block
// was compiled again at each run, ~0.3 ms each, as its region left it out). And the block
// cache keeps two blocks a set, so code 1 MiB apart does not evict itself, and a block
// decoded again unchanged after a write elsewhere in its page keeps its heat.

import { describe, expect, it } from 'vitest';
import { BlockCache } from '../../src/machine/cpu/block-cache.ts';
import { a64Decoder } from '../../src/machine/cpu/insns/index.ts';
import { makeCpu, RAM_BASE } from '../helpers/cpu.ts';

describe('compiled page regions', () => {
  it('run correctly a hot block reached through a successor link while other blocks hold its cache set', () => {
    // A -> B -> C -> D -> A, one instruction each; A, C and D are 1 MiB apart and share a
    // set of the block cache (two ways). After the second round A and D hold the set and C
    // is only reached through B's successor link: when C gets hot, its page has no block in
    // the cache, not even C.
    const cpu = makeCpu(4 << 20);
    cpu.bus.ram32[0] = 0x1400_0400; // A: b .+0x1000 (B)
    cpu.bus.ram32[0x1000 >>> 2] = 0x1403_fc00; // B: b .+0xff000 (C)
    cpu.bus.ram32[0x10_0000 >>> 2] = 0x1404_0000; // C: b .+0x100000 (D)
    cpu.bus.ram32[0x20_0000 >>> 2] = 0x17f8_0000; // D: b .-0x200000 (A)
    const budget = 400_000; // past the JIT threshold (20,000 runs) of each block
    expect(cpu.run(budget)).toBe(budget);
    expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
  });
});

describe('the decoded-block cache', () => {
  it('keeps the two blocks last used of a set and evicts the older one for a third', () => {
    const cpu = makeCpu(4 << 20);
    const cache = new BlockCache(cpu.bus, a64Decoder(), cpu);
    // Three one-instruction blocks 1 MiB apart: the same set.
    for (const off of [0, 0x10_0000, 0x20_0000]) cpu.bus.ram32[off >>> 2] = 0x1400_0000; // b .
    const a = cache.lookup(0, false);
    const c = cache.lookup(0x10_0000, false);
    expect(cache.lookup(0, false)).toBe(a);
    expect(cache.lookup(0x10_0000, false)).toBe(c);
    cache.lookup(0x20_0000, false); // evicts A, used least recently
    expect(cache.lookup(0x10_0000, false)).toBe(c);
    expect(cache.lookup(0, false)).not.toBe(a);
  });

  it('keeps the heat of a block whose page was written elsewhere, not of one that changed', () => {
    const cpu = makeCpu(4 << 20);
    const cache = new BlockCache(cpu.bus, a64Decoder(), cpu);
    cpu.bus.ram32[0] = 0x1400_0000; // b . (line 0 of the page)
    cpu.bus.ram32[0x800 >>> 2] = 0x1400_0000; // b . (line 8)
    const a = cache.lookup(0, false);
    const b = cache.lookup(0x800, false);
    a.heat = 123;
    b.heat = 45;
    cpu.bus.write32(RAM_BASE + 0x800, 0xd503_201f); // nop: line 8 changes, the page's blocks are stale
    const a2 = cache.lookup(0, false);
    const b2 = cache.lookup(0x800, false);
    expect(a2).not.toBe(a);
    expect(a2.heat).toBe(123);
    expect(b2.words[0]).toBe(0xd503_201f | 0);
    expect(b2.heat).toBe(0);
  });
});
