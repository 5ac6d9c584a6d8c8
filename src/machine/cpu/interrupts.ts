// The PE's interrupt inputs (bits of Cpu.intLines), in the order they are taken.

/** Physical FIQ and IRQ from the GIC CPU interface. */
export const INT_FIQ = 1;
export const INT_IRQ = 2;
/** Virtual FIQ and IRQ from the GIC's virtual CPU interface (list registers). */
export const INT_VFIQ = 4;
export const INT_VIRQ = 8;
/** Virtual FIQ and IRQ requested by HCR_EL2.VF / HCR_EL2.VI. */
export const INT_HCR_VF = 16;
export const INT_HCR_VI = 32;
