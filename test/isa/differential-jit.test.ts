// The differential ISA suite (differential.test.ts) with every block compiled on its first
// run (ZVM_JIT_THRESHOLD=1): the JIT's translated instructions (the decoder rows' Row.js) must
// give what QEMU gives, too. Another seed, so other operands are drawn.

process.env.ZVM_JIT_THRESHOLD = '1';
// Imported after the threshold is set: the CPU module reads it when it loads (each test
// file has its own module graph).
const { fuzzAgainstQemu } = await import('../helpers/isa-fuzz.ts');

fuzzAgainstQemu('differential ISA fuzzing against QEMU, every block compiled (fixed seed)', 20261125, 50_000);
