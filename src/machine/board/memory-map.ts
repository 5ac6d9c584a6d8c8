// The QEMU `virt` board's memory map and interrupt wiring, as data
// (QEMU 7.2's hw/arm/virt.c layout; `-machine virt,dumpdtb=FILE` shows the tree QEMU builds from it).

/**
 * A peripheral on the board: its register window, its interrupt, and its device-tree node.
 * VirtBoard maps and wires it from here and virtDeviceTree() describes it from here, so the
 * two cannot disagree.
 */
export interface VirtDevice {
  readonly base: number;
  readonly size: number;
  /** Shared peripheral interrupt number (INTID 32 + spi), as the device tree gives it. */
  readonly spi: number;
  /** Device-tree node name, before the unit address (`pl011` gives /pl011@9000000). */
  readonly node: string;
  readonly compatible: readonly string[];
  /** Names of its clock inputs, all fed by the board's 24 MHz APB clock. */
  readonly clocks: readonly string[];
}

const pl011 = (base: number, spi: number): VirtDevice => ({
  base,
  size: 0x1000,
  spi,
  node: 'pl011',
  compatible: ['arm,pl011', 'arm,primecell'],
  clocks: ['uartclk', 'apb_pclk'],
});

/** The board's peripherals. */
export const VIRT_DEVICES = {
  uart0: pl011(0x0900_0000, 1),
  rtc: { base: 0x0901_0000, size: 0x1000, spi: 2, node: 'pl031', compatible: ['arm,pl031', 'arm,primecell'], clocks: ['apb_pclk'] },
  /** Extra UARTs requested with more -serial options (not on QEMU 7.2's virt, which has one). */
  uart1: pl011(0x0900_1000, 8),
  uart2: pl011(0x0900_2000, 9),
} as const satisfies Record<string, VirtDevice>;

/** The PL011s in -serial order: the first is UART0, the console. */
export const VIRT_UARTS: readonly VirtDevice[] = [VIRT_DEVICES.uart0, VIRT_DEVICES.uart1, VIRT_DEVICES.uart2];

/** The GIC's frames and RAM (the GIC is described by its own device-tree node). */
export const VIRT_MAP = {
  /** Two 64 MiB flash banks (read-only here); images loaded there as QEMU loads them. */
  flash: { base: 0x0, size: 0x0800_0000 },
  gicDistributor: { base: 0x0800_0000, size: 0x1_0000 },
  gicIts: { base: 0x0808_0000, size: 0x2_0000 },
  gicRedistributors: { base: 0x080a_0000, size: 0xf6_0000, perCpu: 0x2_0000 },
  ram: { base: 0x4000_0000 },
} as const;

/** A device's interrupt as a GIC INTID. */
export const spiIntid = (d: VirtDevice): number => 32 + d.spi;

/** Private peripheral interrupts (INTIDs) of the generic timer, the PMU and GIC maintenance. */
export const VIRT_PPI = {
  pmu: 23,
  maintenance: 25,
  hypPhysicalTimer: 26,
  virtualTimer: 27,
  hypVirtualTimer: 28,
  secureTimer: 29,
  physicalTimer: 30,
} as const;

export const MAX_CPUS = 8;
