// Turning the EL1&0 stage-1 MMU on in test programs: the tables the tests build with
// PageTableBuilder (4 KiB granule, 39-bit VAs) and the code that loads them.

/** TCR_EL1: T0SZ 25 (39-bit VAs), walks inner write-back and inner-shareable, TTBR1 walks off. */
export const EL1_TCR = 25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23);

/** MAIR_EL1: attribute 0 is Normal write-back memory. */
export const EL1_MAIR = 0xff;

/** The table geometry for EL1_TCR (PageTableBuilder). */
export const EL1_GEOMETRY = { gs: 12, startLevel: 1, startBits: 9 };

/** Assembly that turns the MMU on with TTBR0_EL1 = x13, TCR_EL1 = x11, MAIR_EL1 = x12 (clobbers x17). */
export const EL1_MMU_ON = `
  msr ttbr0_el1, x13
  msr tcr_el1, x11
  msr mair_el1, x12
  isb
  mrs x17, sctlr_el1
  orr x17, x17, #1
  msr sctlr_el1, x17
  isb
`;
