/*
 * Translation controls and the TLB: after a write to SCTLR, TCR, HCR or VTCR that
 * changes how an address translates, the next access must translate the new way,
 * not through what the TLB cached before (QEMU flushes its TLB on these writes).
 * Runs at EL2 (`-M virt,virtualization=on -cpu max`): first a guest at EL1 under
 * stage 2, then EL2 itself (E2H = 0), then the EL2&0 regime (E2H = TGE = 1).
 * Every case prints the faults it met (ESR/FAR of the first), so the output
 * compares with QEMU's line by line.
 */
#include "el2.h"

/* A 1 GiB window onto RAM: VA = IPA = ALIAS at EL1 (stage 2 sends it to RAM), VA -> RAM at EL2. */
#define ALIAS 0x80000000ULL

static uint64_t el1_l1[512] __attribute__((aligned(4096)));
static uint64_t el2_l1[512] __attribute__((aligned(4096)));
static uint64_t s2_l1[512] __attribute__((aligned(4096)));
static uint64_t s2_l2[512] __attribute__((aligned(4096)));
static uint64_t s2_l3[512] __attribute__((aligned(4096)));
static uint8_t data_page[4096] __attribute__((aligned(4096)));
static uint8_t ro_page[4096] __attribute__((aligned(4096)));
static uint8_t el1_stack[8192] __attribute__((aligned(16)));
static volatile uint64_t marker = 0x5a5a00001111a5a5ULL;

#define EL1_SP (el1_stack + sizeof(el1_stack))
#define ALIAS_OF(p) (ALIAS + ((uint64_t)(p) - RAM))

static void build_tables(void)
{
	el1_l1[0] = 0 | S1_DEV;
	el1_l1[1] = RAM | S1_MEM;
	el1_l1[2] = ALIAS | S1_MEM;
	el2_l1[0] = 0 | S1_DEV;
	el2_l1[1] = RAM | S1_MEM;
	el2_l1[2] = RAM | S1_MEM;
	s2_l1[0] = 0 | S2_DEV;
	s2_l1[1] = (uint64_t)s2_l2 | TABLE;
	s2_l1[2] = RAM | S2_MEM;
	s2_l2[0] = (uint64_t)s2_l3 | TABLE;
	for (int i = 1; i < 512; i++)
		s2_l2[i] = (RAM + ((uint64_t)i << 21)) | S2_MEM;
	for (int i = 0; i < 512; i++)
		s2_l3[i] = (RAM + ((uint64_t)i << 12)) | S2_MEM | PAGE;
	s2_l3[((uint64_t)ro_page - RAM) >> 12] = (uint64_t)ro_page | S2_RO | PAGE;
}

/* The faults of a case; FAR compared with the address accessed (so the output does not depend on the layout). */
static void report(const char *what, uint64_t addr)
{
	printf("%s: faults %llu", what, (unsigned long long)rt_fault.count);
	if (rt_fault.count) {
		printf(" ESR 0x%llx", (unsigned long long)rt_fault.esr);
		if (rt_fault.far == addr)
			printf(" FAR = the address");
		else
			printf(" FAR 0x%llx, not the address 0x%llx", (unsigned long long)rt_fault.far, (unsigned long long)addr);
	}
	printf("\n");
}

static inline uint64_t load(uint64_t va)
{
	return *(volatile uint64_t *)va;
}

/* ---- EL1 under stage 2 -------------------------------------------------------------- */

/* The Zephyr boot: an access with the MMU off, then the MMU on and an unaligned store. */
static uint64_t el1_mmu_on_then_unaligned(uint64_t page)
{
	tlbi_vmalle1();
	uint64_t v = load(page);
	write_sysreg(sctlr_el1, (read_sysreg(sctlr_el1) | SCTLR_M | SCTLR_C | SCTLR_I) & ~SCTLR_A);
	isb();
	__asm__ volatile("str %w0, [%1]" : : "r"(0x44332211u), "r"(page + 1) : "memory");
	return v;
}

/* A load that fills the TLB, TCR_EL1.T0SZ 32 -> 33 (VA space 4 -> 2 GiB), the same load. */
static uint64_t el1_tcr_shrinks(uint64_t va)
{
	tlbi_vmalle1();
	uint64_t v = load(va);
	write_sysreg(tcr_el1, TCR_EL1(33));
	isb();
	(void)load(va);
	write_sysreg(tcr_el1, TCR_EL1(32));
	isb();
	return v;
}

/* A store that fills the TLB, MAIR_EL1 attribute 1 Normal -> Device, an unaligned store. */
static uint64_t el1_mair_to_device(uint64_t page)
{
	tlbi_vmalle1();
	*(volatile uint64_t *)page = 0;
	write_sysreg(mair_el1, 0);
	isb();
	__asm__ volatile("str %w0, [%1]" : : "r"(0x88776655u), "r"(page + 1) : "memory");
	write_sysreg(mair_el1, MAIR);
	isb();
	return 0;
}

static uint64_t el1_invalidate_and_store(uint64_t va)
{
	tlbi_vmalle1();
	*(volatile uint64_t *)va = 0x600d;
	return 0;
}

static uint64_t el1_store(uint64_t va)
{
	*(volatile uint64_t *)va = 0xbad;
	return 0;
}

static uint64_t el1_invalidate_and_load(uint64_t va)
{
	tlbi_vmalle1();
	return load(va);
}

static void el1_cases(void)
{
	write_sysreg(vtcr_el2, VTCR(32));
	write_sysreg(vttbr_el2, (uint64_t)s2_l1 | (1ULL << 48));
	write_sysreg(hcr_el2, HCR_RW | HCR_VM);
	write_sysreg(mair_el1, MAIR);
	write_sysreg(tcr_el1, TCR_EL1(32));
	write_sysreg(ttbr0_el1, (uint64_t)el1_l1);
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
	isb();

	fault_clear();
	uint64_t v = rt_run_el1(el1_mmu_on_then_unaligned, (uint64_t)data_page, EL1_SP);
	report("EL1 under stage 2, SCTLR_EL1.M 0 -> 1, unaligned store to Normal memory", (uint64_t)data_page + 1);
	printf("  loaded 0x%llx, bytes 1..4 now %02x %02x %02x %02x\n", (unsigned long long)v, data_page[1], data_page[2],
	       data_page[3], data_page[4]);

	fault_clear();
	v = rt_run_el1(el1_tcr_shrinks, ALIAS_OF(&marker), EL1_SP);
	report("EL1 under stage 2, TCR_EL1.T0SZ 32 -> 33, load above 2 GiB", ALIAS_OF(&marker));
	printf("  first load 0x%llx\n", (unsigned long long)v);

	fault_clear();
	rt_run_el1(el1_mair_to_device, (uint64_t)data_page, EL1_SP);
	report("EL1 under stage 2, MAIR_EL1 Normal -> Device, unaligned store", (uint64_t)data_page + 1);

	write_sysreg(hcr_el2, HCR_RW);
	isb();
	fault_clear();
	rt_run_el1(el1_invalidate_and_store, (uint64_t)ro_page, EL1_SP);
	report("EL1, HCR_EL2.VM = 0, store to a page stage 2 maps read-only", (uint64_t)ro_page);
	write_sysreg(hcr_el2, HCR_RW | HCR_VM);
	isb();
	fault_clear();
	rt_run_el1(el1_store, (uint64_t)ro_page, EL1_SP);
	report("EL1, HCR_EL2.VM 0 -> 1, the same store", (uint64_t)ro_page);
	printf("  HPFAR_EL2 %s, page holds 0x%llx\n", read_sysreg(hpfar_el2) == (uint64_t)ro_page >> 8 ? "= the page's IPA" : "wrong",
	       (unsigned long long)*(volatile uint64_t *)ro_page);

	fault_clear();
	v = rt_run_el1(el1_invalidate_and_load, ALIAS_OF(&marker), EL1_SP);
	write_sysreg(vtcr_el2, VTCR(33));
	isb();
	uint64_t w = rt_run_el1(load, ALIAS_OF(&marker), EL1_SP);
	report("EL1, VTCR_EL2.T0SZ 32 -> 33, load above 2 GiB of IPA", ALIAS_OF(&marker));
	printf("  first load 0x%llx%s\n", (unsigned long long)v, rt_fault.count ? "" : (w == v ? ", second the same" : ", second differs"));

	/* The same with the TLBI the architecture asks for: both machines walk again. */
	write_sysreg(vtcr_el2, VTCR(32));
	isb();
	fault_clear();
	rt_run_el1(el1_invalidate_and_load, ALIAS_OF(&marker), EL1_SP);
	write_sysreg(vtcr_el2, VTCR(33));
	__asm__ volatile("isb\n tlbi vmalls12e1\n dsb nsh\n isb" : : : "memory");
	rt_run_el1(load, ALIAS_OF(&marker), EL1_SP);
	report("EL1, VTCR_EL2.T0SZ 32 -> 33 and TLBI VMALLS12E1, load above 2 GiB of IPA", ALIAS_OF(&marker));
	write_sysreg(vtcr_el2, VTCR(32));
	write_sysreg(hcr_el2, HCR_RW);
	isb();
}

/* ---- EL2 and EL2&0 ---------------------------------------------------------------------- */

static void el2_tcr_shrinks(const char *what, uint64_t tcr32, uint64_t tcr33)
{
	__asm__ volatile("dsb ishst\n tlbi alle2\n dsb nsh\n isb" : : : "memory");
	fault_clear();
	uint64_t v = load(ALIAS_OF(&marker));
	write_sysreg(tcr_el2, tcr33);
	isb();
	(void)load(ALIAS_OF(&marker));
	write_sysreg(tcr_el2, tcr32);
	isb();
	report(what, ALIAS_OF(&marker));
	printf("  first load 0x%llx\n", (unsigned long long)v);
}

/* A store that fills the TLB, MAIR_EL2 all Device, an unaligned store to the same page. */
static void el2_mair_to_device(const char *what)
{
	__asm__ volatile("dsb ishst\n tlbi alle2\n dsb nsh\n isb" : : : "memory");
	fault_clear();
	*(volatile uint64_t *)data_page = 0;
	write_sysreg(mair_el2, 0);
	isb();
	__asm__ volatile("str %w0, [%1]" : : "r"(0x88776655u), "r"((uint64_t)data_page + 1) : "memory");
	write_sysreg(mair_el2, MAIR);
	isb();
	report(what, (uint64_t)data_page + 1);
}

static void el2_mmu(uint64_t hcr, uint64_t tcr)
{
	write_sysreg(sctlr_el2, read_sysreg(sctlr_el2) & ~SCTLR_M);
	isb();
	write_sysreg(hcr_el2, hcr);
	write_sysreg(mair_el2, MAIR);
	write_sysreg(tcr_el2, tcr);
	write_sysreg(ttbr0_el2, (uint64_t)el2_l1);
	isb();
	write_sysreg(sctlr_el2, (read_sysreg(sctlr_el2) | SCTLR_M | SCTLR_C | SCTLR_I) & ~SCTLR_A);
	isb();
}

int main(void)
{
	build_tables();
	el1_cases();

	el2_mmu(HCR_RW, TCR_EL2(32));
	el2_tcr_shrinks("EL2, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB", TCR_EL2(32), TCR_EL2(33));
	el2_mair_to_device("EL2, MAIR_EL2 Normal -> Device, unaligned store");

	el2_mmu(HCR_RW | HCR_E2H | HCR_TGE, TCR_EL1(32));
	el2_tcr_shrinks("EL2&0, TCR_EL2.T0SZ 32 -> 33, load above 2 GiB", TCR_EL1(32), TCR_EL1(33));
	el2_mair_to_device("EL2&0, MAIR_EL2 Normal -> Device, unaligned store");

	write_sysreg(sctlr_el2, read_sysreg(sctlr_el2) & ~SCTLR_M);
	isb();
	printf("mmuctl: done\n");
	return 0;
}
