/*
 * PMUv3 event counters as QEMU's -cpu max exposes them (run with -icount shift=0, so that
 * QEMU counts INST_RETIRED too): PMCR_EL0.N, the common events advertised in
 * PMCEID0/1_EL0, SW_INCR with overflow into PMOVSSET_EL0, CHAIN, the PMSELR_EL0
 * indirection, the EL2 filter (PMEVTYPER.NSH), and counters that stop when disabled.
 */
#include "el2.h"

#define PMCR_E BIT(0)
#define PMCR_P BIT(1)
#define PMCR_C BIT(2)
#define EV_SW_INCR 0x00
#define EV_INST_RETIRED 0x08
#define EV_CPU_CYCLES 0x11
#define EV_CHAIN 0x1e
#define NSH BIT(27) /* count at EL2, where this program runs */

static void sw_incr(uint64_t mask)
{
	write_sysreg(pmswinc_el0, mask);
	isb();
}

int main(void)
{
	uint64_t pmcr = read_sysreg(pmcr_el0);
	printf("PMCR_EL0 0x%llx (N = %llu)\n", (unsigned long long)pmcr, (unsigned long long)(pmcr >> 11) & 0x1f);
	printf("PMCEID0_EL0 0x%llx PMCEID1_EL0 0x%llx\n", (unsigned long long)read_sysreg(pmceid0_el0),
	       (unsigned long long)read_sysreg(pmceid1_el0));

	/* SW_INCR on counters 0 and 2; counter 2 is not enabled yet. */
	write_sysreg(pmevtyper0_el0, EV_SW_INCR | NSH);
	write_sysreg(pmevtyper2_el0, EV_SW_INCR | NSH);
	write_sysreg(pmcntenset_el0, BIT(0));
	write_sysreg(pmcr_el0, PMCR_E | PMCR_P);
	isb();
	sw_incr(BIT(0) | BIT(2));
	sw_incr(BIT(0));
	write_sysreg(pmcntenset_el0, BIT(2));
	sw_incr(BIT(0) | BIT(2));
	printf("SW_INCR: counter 0 = %llu, counter 2 = %llu, PMCNTENSET 0x%llx\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmevcntr2_el0), (unsigned long long)read_sysreg(pmcntenset_el0));

	/* Overflow of a 32-bit counter. */
	write_sysreg(pmevcntr0_el0, 0xfffffffeULL);
	sw_incr(BIT(0));
	printf("before overflow: counter 0 = 0x%llx, PMOVSSET 0x%llx\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmovsset_el0));
	sw_incr(BIT(0));
	printf("after overflow: counter 0 = 0x%llx, PMOVSSET 0x%llx\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmovsset_el0));
	write_sysreg(pmovsclr_el0, BIT(0));
	printf("PMOVSCLR: PMOVSSET 0x%llx\n", (unsigned long long)read_sysreg(pmovsset_el0));

	/* CHAIN: counter 1 counts the overflows of counter 0. */
	write_sysreg(pmevtyper1_el0, EV_CHAIN | NSH);
	write_sysreg(pmcntenset_el0, BIT(1));
	write_sysreg(pmevcntr0_el0, 0xffffffffULL);
	write_sysreg(pmevcntr1_el0, 5);
	sw_incr(BIT(0));
	printf("CHAIN: counter 0 = 0x%llx, counter 1 = %llu, PMOVSSET 0x%llx\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmevcntr1_el0), (unsigned long long)read_sysreg(pmovsset_el0));
	write_sysreg(pmovsclr_el0, 0xffffffffULL);

	/* PMSELR_EL0 selects the counter PMXEVTYPER/PMXEVCNTR reach. */
	write_sysreg(pmselr_el0, 3);
	write_sysreg(pmxevtyper_el0, EV_SW_INCR | NSH);
	write_sysreg(pmxevcntr_el0, 40);
	write_sysreg(pmcntenset_el0, BIT(3));
	sw_incr(BIT(3));
	printf("PMSELR 3: PMEVTYPER3 0x%llx PMEVCNTR3 %llu PMXEVCNTR %llu\n", (unsigned long long)read_sysreg(pmevtyper3_el0),
	       (unsigned long long)read_sysreg(pmevcntr3_el0), (unsigned long long)read_sysreg(pmxevcntr_el0));

	/* Without NSH nothing counts at EL2. */
	write_sysreg(pmevtyper5_el0, EV_SW_INCR);
	write_sysreg(pmcntenset_el0, BIT(5));
	sw_incr(BIT(5));
	printf("SW_INCR without NSH: counter 5 = %llu\n", (unsigned long long)read_sysreg(pmevcntr5_el0));

	/* INST_RETIRED over straight-line code. */
	write_sysreg(pmevtyper5_el0, EV_INST_RETIRED | NSH);
	write_sysreg(pmevcntr5_el0, 0);
	isb();
	uint64_t a, b;
	__asm__ volatile("mrs %0, pmevcntr5_el0\n nop\n nop\n nop\n nop\n nop\n mrs %1, pmevcntr5_el0" : "=r"(a), "=r"(b));
	printf("INST_RETIRED: 5 NOPs and an MRS = %llu\n", (unsigned long long)(b - a));

	/* CPU_CYCLES counts, and stops with PMCR_EL0.E = 0. */
	write_sysreg(pmevtyper4_el0, EV_CPU_CYCLES | NSH);
	write_sysreg(pmevcntr4_el0, 0);
	write_sysreg(pmcntenset_el0, BIT(4));
	isb();
	for (volatile int i = 0; i < 1000; i++)
		;
	uint64_t c1 = read_sysreg(pmevcntr4_el0);
	write_sysreg(pmcr_el0, 0);
	isb();
	uint64_t c2 = read_sysreg(pmevcntr4_el0);
	for (volatile int i = 0; i < 1000; i++)
		;
	uint64_t c3 = read_sysreg(pmevcntr4_el0);
	printf("CPU_CYCLES: counted %s, stopped %s\n", c1 > 1000 ? "yes" : "no", c2 == c3 && c2 >= c1 ? "yes" : "no");

	/* PMCR_EL0.P resets the event counters (not the cycle counter). */
	write_sysreg(pmcr_el0, PMCR_P);
	isb();
	printf("PMCR.P: counters 0..4 = %llu %llu %llu %llu %llu\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmevcntr1_el0), (unsigned long long)read_sysreg(pmevcntr2_el0),
	       (unsigned long long)read_sysreg(pmevcntr3_el0), (unsigned long long)read_sysreg(pmevcntr4_el0));
	printf("pmu: done\n");
	return 0;
}
