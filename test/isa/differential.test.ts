// Instruction-level differential test against QEMU (test/isa/fuzz/): a fixed-seed
// batch of random valid encodings drawn from the decoder table runs as bare-metal snippets
// on qemu-system-aarch64 -M virt -cpu cortex-a53 and on our VirtBoard; every dumped record
// (X0-X30, SP, NZCV, V0-V31, FPCR, FPSR, the scratch buffer) must agree. A mismatch is
// shrunk to one instruction and printed as a ready-to-paste regression test.
//
// Not skippable: the cross binutils and QEMU are required tools of this project (npm test
// installs them); their absence fails the test.

import { fuzzAgainstQemu } from '../helpers/isa-fuzz.ts';

fuzzAgainstQemu('differential ISA fuzzing against QEMU (fixed seed)', 20240603, 100_000);
