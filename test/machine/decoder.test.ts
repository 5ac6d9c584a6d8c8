// The A64 decoder table (src/machine/cpu/insns/index.ts): every row is well formed, names
// are unique, and no row is shadowed by an earlier one (the first matching row wins, so a
// row whose every encoding also matches an earlier row could never be decoded).

import { describe, expect, it } from 'vitest';
import { compilePattern, UNALLOCATED } from '../../src/machine/cpu/decoder.ts';
import { A64_ROWS, a64Decoder } from '../../src/machine/cpu/insns/index.ts';

describe('A64 decoder table', () => {
  const rows = A64_ROWS.map((r) => ({ ...r, ...compilePattern(r.pattern) }));

  it('has 32-bit patterns and unique names', () => {
    const names = new Set<string>();
    for (const r of A64_ROWS) {
      expect(r.pattern.replace(/[\s_]/g, ''), r.name).toHaveLength(32);
      expect(names.has(r.name), `duplicate row ${r.name}`).toBe(false);
      names.add(r.name);
    }
  });

  it('no row is shadowed by an earlier row', () => {
    const shadowed: string[] = [];
    for (let j = 0; j < rows.length; j++) {
      const b = rows[j];
      for (let i = 0; i < j; i++) {
        const a = rows[i];
        // Every encoding matching B matches A: A's fixed bits are fixed in B to the same values.
        if ((a.mask & b.mask) === a.mask && (b.value & a.mask) === a.value) {
          shadowed.push(`${b.name} is shadowed by ${a.name}`);
        }
      }
    }
    expect(shadowed).toEqual([]);
  });

  it('decodes each row from its own fixed bits when no earlier row overlaps it', () => {
    const dec = a64Decoder();
    for (let j = 0; j < rows.length; j++) {
      const b = rows[j];
      const overlaps = rows.slice(0, j).some((a) => ((b.value ^ a.value) & a.mask & b.mask) === 0);
      if (overlaps) continue;
      expect(dec.rows[dec.decode(b.value)].name).toBe(b.name);
      const allOnes = b.value | ~b.mask;
      expect(dec.rows[dec.decode(allOnes)].name).toBe(b.name);
    }
    expect(dec.decode(0)).toBe(UNALLOCATED); // UDF #0 is permanently undefined
  });
});
