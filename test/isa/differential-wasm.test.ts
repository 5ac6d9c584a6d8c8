// The differential ISA suite (differential.test.ts) with every block compiled to WebAssembly
// on its first run (ZVM_JIT=wasm, ZVM_JIT_THRESHOLD=1): the wasm tier's translated
// instructions (the decoder rows' Row.wasm) and its regions must give what QEMU gives, too.
// Another seed, so other operands are drawn.

process.env.ZVM_JIT = 'wasm';
process.env.ZVM_JIT_THRESHOLD = '1';
// Imported after the variables are set: the CPU module reads them when it loads (each test
// file has its own module graph).
const { fuzzAgainstQemu } = await import('../helpers/isa-fuzz.ts');
const { a64Decoder } = await import('../../src/machine/cpu/insns/index.ts');
const { describe, expect, it } = await import('vitest');

fuzzAgainstQemu('differential ISA fuzzing against QEMU, every block compiled to WebAssembly (fixed seed)', 20261206, 50_000);

// Runs after the suite above: every row with a wasm translation was used by a compiled
// region at least once, so each one was compared with QEMU.
// The fuzzer draws no system instructions (they need a machine set up for them), no
// exclusives (their monitor is implementation defined) and no FEAT_LSE atomics (its
// cortex-a53 has none): those translated are compared with the interpreter instead, with the
// MMU on: DC ZVA of SYS in test/machine/wasm-tier.test.ts, the rest of SYS, MSR DAIF, the
// exclusives and the atomics in test/machine/wasm-system-insns.test.ts.
const NOT_DRAWN = ['SYS_CR_systeminstrs', 'MSR_SR_systemmove'];
const notDrawn = (name: string): boolean => NOT_DRAWN.includes(name) || /_(ldstexcl[rp]|comswap|comswappr|memop)$/.test(name);

describe('WebAssembly translations under the differential run', () => {
  it('translated every row that has a translation at least once', () => {
    const dec = a64Decoder();
    const rows = dec.rows.filter((r) => dec.wasmTranslations[r.index] !== null && !notDrawn(r.name));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => dec.wasmTranslated[r.index] === 0).map((r) => r.name)).toEqual([]);
  });
});
