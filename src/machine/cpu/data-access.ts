// How many data accesses (translations: a TLB lookup on the fast path, or dataAddress() on
// the full one) an instruction makes, from its encoding alone, as the handlers make them:
// one per cpu.ld*/st* call or dataAddress() call. The PE counts data accesses without any
// per-access work: each decoded block sums this over its instructions once, at decode time,
// and the run loop (and the compiled block) adds the sum once per block that ran (see
// Cpu.dataAccesses).
//
// The count is exact for the common forms (LDR/STR of every size and addressing mode,
// LDP/STP, SIMD&FP single registers and pairs, LDAR/STLR, DC ZVA) and an estimate for the
// few whose number depends on run-time values: a STXR/CAS whose store does not happen,
// LD1/ST1 of whole registers at an address that is not 8-byte aligned (counted as aligned).

/**
 * Counting costs about 3% of the Linux boot's time even so, so it is off unless
 * ZVM_COUNT_DATA_ACCESSES=1 (the benchmark's counting run): off, the compiled blocks
 * carry no counting code and the run loop skips its adds.
 */
export const COUNT_DATA_ACCESSES = process.env.ZVM_COUNT_DATA_ACCESSES === '1';

/** LD1-4/ST1-4 multiple structures: opcode (bits 15:12) -> registers and structure elements. */
const MULTI_RPT = [1, -1, 4, -1, 1, -1, 3, 1, 1, -1, 2, -1, -1, -1, -1, -1];
const MULTI_SELEM = [4, -1, 1, -1, 3, -1, 1, 1, 2, -1, 1, -1, -1, -1, -1, -1];

/** Data accesses of one execution of the instruction `insn` (0 for non-memory instructions). */
export function dataAccessesOf(insn: number): number {
  // DC ZVA: one translation for the 64-byte block.
  if ((insn & 0xffffffe0) === (0xd50b7420 | 0)) return 1;
  // Loads and stores: op0 bits 27 = 1, 25 = 0.
  if ((insn & 0x0a000000) !== 0x08000000) return 0;
  const simd = ((insn >>> 26) & 1) === 1;
  const size = insn >>> 30;
  switch ((insn >>> 28) & 3) {
    case 0: {
      if (simd) {
        if ((insn & 0x80000000) !== 0) return 0;
        if ((insn & 0x01000000) === 0) {
          // Multiple structures: whole registers (selem 1) move as doublewords.
          const opcode = (insn >>> 12) & 15;
          const rpt = MULTI_RPT[opcode];
          const selem = MULTI_SELEM[opcode];
          if (rpt < 0) return 0;
          const q = (insn >>> 30) & 1;
          if (selem === 1) return rpt * (1 + q);
          return rpt * selem * ((8 << q) >>> ((insn >>> 10) & 3));
        }
        // Single structure (and replicate): one access per structure element.
        return ((((insn >>> 13) & 1) << 1) | ((insn >>> 21) & 1)) + 1;
      }
      // Exclusive, ordered, compare and swap (bits 29:24 = 001000): o2 bit 23, o1 bit 21.
      if (((insn >>> 24) & 0x3f) !== 0x08) return 1;
      const o2 = (insn >>> 23) & 1;
      const o1 = (insn >>> 21) & 1;
      if (o2 === 1) return o1 === 0 ? 1 : 2; // LDAR/STLR; CAS: load, then store
      if (o1 === 0) return 2; // LDXR/STXR: dataAddress(), then the access
      return size >= 2 ? 3 : 4; // LDXP/STXP: dataAddress() and two accesses; CASP: 2 + 2
    }
    case 1:
      // Literal loads (PRFM literal: none), LDAPR/STLUR unscaled; SIMD Q literal: two.
      if ((insn & 0x01000000) === 0) {
        if (!simd && size === 3) return 0;
        return simd && size === 2 ? 2 : 1;
      }
      return 1;
    case 2:
      // Pairs: two accesses; a pair of Q registers is four doublewords.
      return simd && size === 2 ? 4 : 2;
    default: {
      const opc = (insn >>> 22) & 3;
      if (!simd) {
        // Atomic memory operations (bit 24 = 0, bit 21 = 1, bits 11:10 = 00): load and store,
        // except LDAPR (o3 = 1, opc = 100).
        if ((insn & 0x01200c00) === 0x00200000) return ((insn >>> 12) & 15) === 0xc ? 1 : 2;
        if (size === 3 && opc === 2) return 0; // PRFM
        return 1;
      }
      return size === 0 && (opc & 2) !== 0 ? 2 : 1; // a Q register: two doublewords
    }
  }
}
