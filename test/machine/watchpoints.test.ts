// Debugger watchpoints in the PE: virtual and physical ranges, read/write kinds, and the
// filter that scopes a watchpoint to some accesses (one VM's, in the GDB server). The PE
// stops before the access: the instruction has not executed and PC still points at it.

import { describe, expect, it } from 'vitest';
import { makeCpu, RAM_BASE } from '../helpers/cpu.ts';

const WATCHED = RAM_BASE + 0x800;
const STR_W1_X0 = 0xb9000001; // str w1, [x0]
const LDR_W2_X0 = 0xb9400002; // ldr w2, [x0]

function setup(words: number[]) {
  const cpu = makeCpu();
  words.forEach((w, i) => (cpu.bus.ram32[i] = w | 0));
  cpu.setX(0, BigInt(WATCHED));
  cpu.setX(1, 0x1234_5678n);
  return cpu;
}

describe('debugger watchpoints', () => {
  it('a physical write watchpoint stops before the store, with the access described', () => {
    const cpu = setup([STR_W1_X0]);
    cpu.addWatchpoint(BigInt(WATCHED + 2), 1, 'write', 'pa');
    expect(cpu.run(1)).toBe(0);
    expect(cpu.watchHit).toEqual({ addr: BigInt(WATCHED + 2), kind: 'watch', space: 'pa', va: BigInt(WATCHED), size: 4, write: true });
    expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
    expect(cpu.bus.ram32[0x800 >>> 2]).toBe(0);
    // Without the debugger's checks (a step over it), the store happens.
    expect(cpu.run(1, false)).toBe(1);
    expect(cpu.bus.ram32[0x800 >>> 2]).toBe(0x1234_5678);
  });

  it('a hit on a page holding a breakpoint ends the run at once (the access is checked once, not for the rest of the budget)', () => {
    // str; nop; nop (breakpoint): the PE runs instruction by instruction on this page.
    const cpu = setup([STR_W1_X0, 0xd503201f, 0xd503201f]);
    cpu.addBreakpoint(BigInt(RAM_BASE + 8));
    cpu.addWatchpoint(BigInt(WATCHED), 4, 'write', 'va');
    const points = cpu.debugPoints;
    const check = points.vaWatchHit.bind(points);
    let checks = 0;
    points.vaWatchHit = (...args) => {
      checks++;
      return check(...args);
    };
    expect(cpu.run(1000)).toBe(0);
    expect(cpu.watchHit?.kind).toBe('watch');
    expect(cpu.hitBreakpoint).toBe(false);
    expect(checks).toBe(1);
    expect(cpu.getPC()).toBe(BigInt(RAM_BASE));
  });

  it('kinds: a read watchpoint ignores stores, an access watchpoint sees loads', () => {
    const cpu = setup([STR_W1_X0, LDR_W2_X0]);
    cpu.addWatchpoint(BigInt(WATCHED), 4, 'read', 'pa');
    expect(cpu.run(1)).toBe(1);
    expect(cpu.watchHit).toBeNull();
    expect(cpu.run(1)).toBe(0);
    expect(cpu.watchHit?.kind).toBe('rwatch');
    cpu.removeWatchpoint(BigInt(WATCHED), 4, 'read', 'pa');
    cpu.addWatchpoint(BigInt(WATCHED), 4, 'access', 'va');
    expect(cpu.run(1)).toBe(0);
    expect(cpu.watchHit).toMatchObject({ kind: 'awatch', space: 'va', write: false });
    cpu.removeWatchpoint(BigInt(WATCHED), 4, 'access', 'va');
    expect(cpu.run(1)).toBe(1);
    expect(cpu.getX(2)).toBe(0x1234_5678n);
  });

  it('a filter scopes a watchpoint: accesses it rejects run on; removal needs the same filter', () => {
    const cpu = setup([STR_W1_X0, STR_W1_X0]);
    let accept = false;
    const only = () => accept;
    cpu.addWatchpoint(BigInt(WATCHED), 4, 'write', 'va', only);
    expect(cpu.run(1)).toBe(1);
    expect(cpu.bus.ram32[0x800 >>> 2]).toBe(0x1234_5678);
    accept = true;
    expect(cpu.run(1)).toBe(0);
    expect(cpu.watchHit?.space).toBe('va');
    cpu.removeWatchpoint(BigInt(WATCHED), 4, 'write', 'va'); // another scope: not this one
    expect(cpu.run(1)).toBe(0);
    cpu.removeWatchpoint(BigInt(WATCHED), 4, 'write', 'va', only);
    expect(cpu.run(1)).toBe(1);
  });

  it('accesses next to the range do not stop', () => {
    const cpu = setup([STR_W1_X0]);
    cpu.addWatchpoint(BigInt(WATCHED + 4), 4, 'write', 'pa');
    cpu.addWatchpoint(BigInt(WATCHED - 4), 4, 'write', 'va');
    expect(cpu.run(1)).toBe(1);
    expect(cpu.watchHit).toBeNull();
  });
});
