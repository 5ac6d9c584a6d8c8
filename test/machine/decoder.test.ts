// The A64 decoder table (src/machine/cpu/insns/index.ts): every row is well formed, names
// are unique, and no row is shadowed by an earlier one (the first matching row wins, so a
// row whose every encoding also matches an earlier row could never be decoded).

import { describe, expect, it } from 'vitest';
import { compilePattern, Decoder, fieldLayouts, fieldValue, isSimdFpEncoding, UNALLOCATED, type ExecFn } from '../../src/machine/cpu/decoder.ts';
import { A64_ROWS, a64Decoder } from '../../src/machine/cpu/insns/index.ts';
import { assemble } from '../../tools/asm.ts';

/**
 * The rows whose pattern writes one field in more than one run (its value is the runs
 * concatenated, see FieldLayout), with the Arm ARM's name of the whole field. Any other
 * letter in two runs is a mistake (two Arm fields sharing a letter).
 */
const SPLIT_FIELDS: [RegExp, string, string][] = [
  [/^TBN?Z_only_testbranch$/, 'b', 'b5:b40'],
  [/_asimdimm_/, 'i', 'a:b:c:d:e:f:g:h'],
  [/_ldst_regoff$/, 'o', 'option<2>:option<0> (option<1> is 1 in the pattern)'],
];

/** A small deterministic generator of 32-bit words. */
function words(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s | 0;
  };
}

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

  it('derives well-formed named fields from every pattern', () => {
    const dec = a64Decoder();
    const bad: string[] = [];
    for (const r of dec.rows.slice(1)) {
      const fields = fieldLayouts(r.pattern);
      expect(r.fields).toEqual(fields);
      let covered = 0;
      for (const f of fields) {
        if (!/^[A-Za-z]$/.test(f.name)) bad.push(`${r.name}: field name "${f.name}"`);
        if (f.width !== f.runs.reduce((w, run) => w + run.width, 0) || f.width > 32) bad.push(`${r.name}: ${f.name} width ${f.width}`);
        f.runs.forEach((run, i) => {
          if (run.width < 1 || run.lsb < 0 || run.lsb + run.width > 32) bad.push(`${r.name}: ${f.name} run ${run.lsb}+${run.width}`);
          if (i > 0 && run.lsb >= f.runs[i - 1].lsb) bad.push(`${r.name}: ${f.name} runs not most significant first`);
          const bitsOfRun = (run.width === 32 ? -1 : ((1 << run.width) - 1) << run.lsb) | 0;
          if ((covered & bitsOfRun) !== 0) bad.push(`${r.name}: ${f.name} overlaps another field`);
          covered |= bitsOfRun;
        });
        if (f.runs.length > 1 && !SPLIT_FIELDS.some(([name, letter]) => name.test(r.name) && letter === f.name)) {
          bad.push(`${r.name}: '${f.name}' in ${f.runs.length} runs (a split Arm field belongs in SPLIT_FIELDS; two Arm fields need two letters)`);
        }
      }
      // The fields are exactly the operand bits: every bit is fixed or in one field.
      if ((covered | r.mask) !== -1 || (covered & r.mask) !== 0) bad.push(`${r.name}: fields do not cover the operand bits`);
    }
    expect(bad).toEqual([]);
  });

  it('extracts field values that put back together give the encoding', () => {
    const dec = a64Decoder();
    const next = words(20261206);
    for (const r of dec.rows.slice(1)) {
      for (let k = 0; k < 16; k++) {
        const insn = r.value | (next() & ~r.mask);
        const values = dec.fieldsOf(r.index, insn);
        let back = r.value;
        for (const f of r.fields) {
          let v = values[f.name];
          expect(v).toBe(fieldValue(f, insn));
          expect(v >= 0 && v < 2 ** f.width, `${r.name}.${f.name}`).toBe(true);
          for (let i = f.runs.length - 1; i >= 0; i--) {
            const run = f.runs[i];
            back |= (v % 2 ** run.width) << run.lsb;
            v = Math.floor(v / 2 ** run.width);
          }
        }
        expect(back | 0, r.name).toBe(insn | 0);
      }
    }
  });

  it('concatenates split fields as the Arm ARM does', () => {
    const dec = a64Decoder();
    const fieldsOf = (insn: number) => ({ row: dec.nameOf(insn), ...dec.fieldsOf(dec.decode(insn), insn) });
    const [adr, tbz, movi, ldr, sys] = assemble(`
      adr x1, . + 0x1235
      tbz x5, #37, . + 8
      movi v1.16b, #0x5a
      ldr x1, [x2, w3, sxtw #3]
      dc zva, x4
    `);
    expect(fieldsOf(adr)).toEqual({ row: 'ADR_only_pcreladdr', l: 0x1235 & 3, h: 0x1235 >> 2, d: 1 });
    expect(fieldsOf(tbz)).toEqual({ row: 'TBZ_only_testbranch', b: 37, i: 2, t: 5 });
    expect(fieldsOf(movi)).toMatchObject({ row: 'MOVI_asimdimm_various', i: 0x5a, d: 1 });
    expect(fieldsOf(ldr)).toEqual({ row: 'LDR_64_ldst_regoff', m: 3, o: 0b10, s: 1, n: 2, t: 1 });
    expect(fieldsOf(sys)).toEqual({ row: 'SYS_CR_systeminstrs', o: 3, n: 7, m: 4, p: 1, t: 4 });
  });

  it('builds the translation and data-access tables by row', () => {
    const dec = a64Decoder();
    const next = words(7);
    for (const r of dec.rows) {
      const js = dec.jsTranslations[r.index];
      if (js !== null) expect(r.exec, r.name).toBeDefined();
      expect(dec.fpTrappedJsTranslations[r.index]).toBe(isSimdFpEncoding(r) ? null : js);
      for (let k = 0; k < 8; k++) {
        const insn = r.value | (next() & ~r.mask);
        const n = dec.dataAccesses(r.index, insn);
        expect(Number.isInteger(n) && n >= 0 && (r.exec !== undefined || n === 0), `${r.name}: ${n}`).toBe(true);
      }
    }
  });

  it('uses no translation of a SIMD&FP row whose handler traps', () => {
    const handler: ExecFn = () => {};
    const trap: ExecFn = () => {};
    const row = { name: 'FADD_S_floatdp2', pattern: '00011110001mmmmm001010nnnnnddddd', exec: handler, js: () => ({ code: '', needsPc: false }), dataAccesses: 0 };
    const dec = new Decoder([row], handler, handler, trap);
    const fadd = 0x1e222820; // FADD S0, S1, S2
    expect(dec.decode(fadd)).toBe(1);
    expect(dec.fpTrappedHandlers[1]).toBe(trap);
    expect(dec.translateJs(1, fadd, false)).not.toBeNull();
    expect(dec.translateJs(1, fadd, true)).toBeNull();
    expect(dec.jsTranslated[1]).toBe(1);
  });
});
