// Counting a PE's load and store full paths (Cpu.ld8 ... Cpu.st64): what compiled code calls
// when an access misses the TLB's fast view.

const ACCESSORS = ['ld8', 'ld16', 'ld32', 'ld64', 'st8', 'st16', 'st32', 'st64'] as const;

/**
 * Counts the outermost calls of `cpu`'s load and store full paths from now on (not the
 * byte accesses of an unaligned one that it splits): the returned function reads the count.
 * Takes the PE as a plain object: tests that import a fresh module graph per run pass theirs.
 */
export function countFullPaths(cpu: object): () => number {
  let calls = 0;
  let depth = 0;
  const target = cpu as Record<string, (...a: number[]) => unknown>;
  for (const name of ACCESSORS) {
    const original = target[name].bind(cpu);
    target[name] = (...a: number[]) => {
      if (depth === 0) calls++;
      depth++;
      try {
        return original(...a);
      } finally {
        depth--;
      }
    };
  }
  return () => calls;
}
