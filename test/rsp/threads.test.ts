// The typed thread map/set and thread-spec expansion (src/rsp/threads.ts).

import { describe, expect, it } from 'vitest';
import { ALL, ANY, expandThreads, ThreadMap, ThreadSet, type ProcessInfo } from '../../src/rsp/index.ts';

const procs: ProcessInfo[] = [
  { pid: 1, threads: [{ tid: 1 }, { tid: 2 }] },
  { pid: 3, threads: [{ tid: 2 }, { tid: 7 }] },
];

describe('ThreadMap', () => {
  it('keys by {pid, tid} value, not object identity, and drops a whole process', () => {
    const m = new ThreadMap<string>();
    m.set({ pid: 1, tid: 2 }, 'a').set({ pid: 2, tid: 1 }, 'b').set({ pid: 1, tid: 3 }, 'c');
    expect(m.get({ pid: 1, tid: 2 })).toBe('a');
    // 1.2 and 2.1 (or 12 and 1.12, as strings would have it) are different threads.
    expect(m.get({ pid: 2, tid: 1 })).toBe('b');
    expect(m.has({ pid: 12, tid: 1 })).toBe(false);
    expect(m.size).toBe(3);
    expect([...m.entries()]).toEqual([
      [{ pid: 1, tid: 2 }, 'a'],
      [{ pid: 1, tid: 3 }, 'c'],
      [{ pid: 2, tid: 1 }, 'b'],
    ]);
    m.deleteProcess(1);
    expect([...m.keys()]).toEqual([{ pid: 2, tid: 1 }]);
    expect(m.delete({ pid: 2, tid: 1 })).toBe(true);
    expect(m.delete({ pid: 2, tid: 1 })).toBe(false);
    expect(m.size).toBe(0);
  });

  it('ThreadSet holds each thread once', () => {
    const s = new ThreadSet([{ pid: 1, tid: 1 }, { pid: 1, tid: 1 }, { pid: 2, tid: 1 }]);
    expect(s.size).toBe(2);
    expect(s.has({ pid: 2, tid: 1 })).toBe(true);
    expect(s.has({ pid: 1, tid: 2 })).toBe(false);
    s.deleteProcess(2);
    expect([...s]).toEqual([{ pid: 1, tid: 1 }]);
  });
});

describe('expandThreads', () => {
  it('expands all / any / one, in list order', () => {
    expect(expandThreads({ pid: ALL, tid: ALL }, procs)).toEqual([
      { pid: 1, tid: 1 },
      { pid: 1, tid: 2 },
      { pid: 3, tid: 2 },
      { pid: 3, tid: 7 },
    ]);
    expect(expandThreads({ pid: ANY, tid: ANY }, procs)).toEqual([{ pid: 1, tid: 1 }]);
    expect(expandThreads({ pid: 3, tid: ALL }, procs)).toEqual([{ pid: 3, tid: 2 }, { pid: 3, tid: 7 }]);
    expect(expandThreads({ pid: 3, tid: ANY }, procs)).toEqual([{ pid: 3, tid: 2 }]);
    // A bare tid (pid ANY): the first process that has it.
    expect(expandThreads({ pid: ANY, tid: 7 }, procs)).toEqual([{ pid: 3, tid: 7 }]);
    expect(expandThreads({ pid: ANY, tid: 2 }, procs)).toEqual([{ pid: 1, tid: 2 }]);
    expect(expandThreads({ pid: 3, tid: 1 }, procs)).toEqual([]);
    expect(expandThreads({ pid: 2, tid: ALL }, procs)).toEqual([]);
  });
});
