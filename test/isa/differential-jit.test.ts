// The differential ISA suite (differential.test.ts) with every block compiled to JavaScript
// on its first run (ZVM_JIT=js, ZVM_JIT_THRESHOLD=1): the JS tier's translated instructions
// (the decoder rows' Row.js) must give what QEMU gives, too. Another seed, so other operands
// are drawn. differential-wasm.test.ts does the same for the WebAssembly tier.

process.env.ZVM_JIT = 'js';
process.env.ZVM_JIT_THRESHOLD = '1';
// Imported after the threshold is set: the CPU module reads it when it loads (each test
// file has its own module graph).
const { fuzzAgainstQemu } = await import('../helpers/isa-fuzz.ts');
const { a64Decoder } = await import('../../src/machine/cpu/insns/index.ts');
const { describe, expect, it } = await import('vitest');

fuzzAgainstQemu('differential ISA fuzzing against QEMU, every block compiled (fixed seed)', 20261125, 50_000);

// Runs after the suite above (a file's suites run in order): the decoder counts, per row,
// the instructions the block compiler translated with the row's Row.js instead of calling
// its handler. A translation no compiled block used would be compared with QEMU by nothing.
describe('JS translations under the differential run', () => {
  it('translated every row that has a translation at least once', () => {
    const dec = a64Decoder();
    const rows = dec.rows.filter((r) => dec.jsTranslations[r.index] !== null);
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((r) => dec.jsTranslated[r.index] === 0).map((r) => r.name)).toEqual([]);
  });
});
