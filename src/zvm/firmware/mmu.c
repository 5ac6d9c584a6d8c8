/*
 * The hypervisor's own address space (EL2&0 regime under VHE): an identity map of the
 * low 4 GiB with 1 GiB blocks, devices below RAM and normal write-back memory above.
 */
#include "hv.h"

#define DESC_BLOCK   0x1ULL
#define DESC_AF      (1ULL << 10)
#define DESC_SH_IS   (3ULL << 8)
#define DESC_ATTR(i) ((u64)(i) << 2)
#define DESC_PXN     (1ULL << 53)
#define DESC_UXN     (1ULL << 54)

#define MAIR_DEVICE_nGnRnE 0x00
#define MAIR_NORMAL_WB     0xff

static u64 l1_table[512] __attribute__((aligned(4096)));

void mmu_init_tables(void)
{
	l1_table[0] = 0x00000000ULL | DESC_BLOCK | DESC_AF | DESC_ATTR(0) | DESC_PXN | DESC_UXN;
	for (u64 i = 1; i < 4; i++)
		l1_table[i] = (i << 30) | DESC_BLOCK | DESC_AF | DESC_SH_IS | DESC_ATTR(1);
	dsb(ish);
}

void mmu_enable(void)
{
	/* TCR_EL2 in its E2H = 1 (TCR_EL1) layout: T0SZ = 32, 4 KiB granule, write-back
	 * inner shareable walks, TTBR1 walks disabled (EPD1), 32-bit physical addresses. */
	u64 tcr = 32 | (1ULL << 8) | (1ULL << 10) | (3ULL << 12) | (0ULL << 14) | (1ULL << 23);
	write_sysreg(mair_el2, MAIR_DEVICE_nGnRnE | ((u64)MAIR_NORMAL_WB << 8));
	write_sysreg(tcr_el2, tcr);
	write_sysreg(ttbr0_el2, (u64)(uintptr_t)l1_table);
	isb();
	__asm__ volatile("tlbi alle2\n dsb ish" ::: "memory");
	/* SCTLR_EL2 (E2H layout): RES1 bits, M, C, SA, I. */
	write_sysreg(sctlr_el2, 0x30D00800ULL | 1 | (1 << 2) | (1 << 3) | (1 << 12));
	isb();
}
