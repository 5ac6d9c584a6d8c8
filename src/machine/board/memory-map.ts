// The QEMU `virt` board's memory map and interrupt wiring, as data
// (QEMU 7.2's hw/arm/virt.c layout; `-machine virt,dumpdtb=FILE` shows the tree QEMU builds from it).

export const VIRT_MAP = {
  gicDistributor: { base: 0x0800_0000, size: 0x1_0000 },
  gicIts: { base: 0x0808_0000, size: 0x2_0000 },
  gicRedistributors: { base: 0x080a_0000, size: 0xf6_0000, perCpu: 0x2_0000 },
  uart0: { base: 0x0900_0000, size: 0x1000 },
  rtc: { base: 0x0901_0000, size: 0x1000 },
  /** Extra UARTs requested with more -serial options (not on QEMU 7.2's virt, which has one). */
  uart1: { base: 0x0900_1000, size: 0x1000 },
  uart2: { base: 0x0900_2000, size: 0x1000 },
  ram: { base: 0x4000_0000 },
} as const;

/** Shared peripheral interrupts as GIC INTIDs (SPI n = INTID 32 + n). */
export const VIRT_IRQ = {
  uart0: 32 + 1,
  rtc: 32 + 2,
  /** Extra UARTs: SPIs 8 and 9, as the generated device tree describes them. */
  uart1: 32 + 8,
  uart2: 32 + 9,
} as const;

/** Private peripheral interrupts (INTIDs) of the generic timer and GIC maintenance. */
export const VIRT_PPI = {
  maintenance: 25,
  hypPhysicalTimer: 26,
  virtualTimer: 27,
  hypVirtualTimer: 28,
  secureTimer: 29,
  physicalTimer: 30,
} as const;

export const MAX_CPUS = 8;
