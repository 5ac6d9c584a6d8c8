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

static void sw_incr(uint64_t mask);
static uint8_t el1_stack[16384] __attribute__((aligned(16)));
#define EL1_SP (el1_stack + sizeof(el1_stack))

/* Single accesses, run at EL0 or EL1. */
static uint64_t r_pmcr(uint64_t a) { (void)a; return read_sysreg(pmcr_el0); }
static uint64_t r_userenr(uint64_t a) { (void)a; return read_sysreg(pmuserenr_el0); }
static uint64_t w_userenr(uint64_t v) { write_sysreg(pmuserenr_el0, v); return 0; }
static uint64_t w_swinc(uint64_t v) { write_sysreg(pmswinc_el0, v); return 0; }
static uint64_t r_ccnt(uint64_t a) { (void)a; return read_sysreg(pmccntr_el0); }
static uint64_t r_evcnt0(uint64_t a) { (void)a; return read_sysreg(pmevcntr0_el0); }
static uint64_t w_evcnt0(uint64_t v) { write_sysreg(pmevcntr0_el0, v); return 0; }
static uint64_t r_selr(uint64_t a) { (void)a; return read_sysreg(pmselr_el0); }
static uint64_t r_evcnt3(uint64_t a) { (void)a; return read_sysreg(pmevcntr3_el0); }
static uint64_t r_cntenset(uint64_t a) { (void)a; return read_sysreg(pmcntenset_el0); }

/* One access at EL0 or EL1: trapped (where to, as ESR says) or not; `show`: print the value read. */
static void check(const char *what, int el, uint64_t (*fn)(uint64_t), uint64_t arg, int show)
{
	fault_clear();
	uint64_t v = el == 0 ? rt_run_el0(fn, arg, EL1_SP) : rt_run_el1(fn, arg, EL1_SP);
	printf("  %s at EL%d: ", what, el);
	if (rt_fault.count)
		printf("exception, ESR 0x%llx\n", (unsigned long long)rt_fault.esr);
	else if (show)
		printf("0x%llx\n", (unsigned long long)v);
	else
		printf("ok\n");
}

static void access_checks(void)
{
	printf("MDCR_EL2 at reset 0x%llx\n", (unsigned long long)read_sysreg(mdcr_el2));
	write_sysreg(hcr_el2, HCR_RW);
	write_sysreg(pmcr_el0, PMCR_E);
	write_sysreg(pmuserenr_el0, 0);
	isb();
	printf("PMUSERENR_EL0 = 0:\n");
	check("read PMCR_EL0", 0, r_pmcr, 0, 0);
	check("read PMUSERENR_EL0", 0, r_userenr, 0, 1);
	check("write PMUSERENR_EL0", 0, w_userenr, 1, 0);
	check("write PMSWINC_EL0", 0, w_swinc, 1, 0);
	check("read PMCR_EL0", 1, r_pmcr, 0, 1);
	write_sysreg(pmuserenr_el0, 2);
	printf("PMUSERENR_EL0.SW:\n");
	check("write PMSWINC_EL0", 0, w_swinc, 1, 0);
	check("read PMCCNTR_EL0", 0, r_ccnt, 0, 0);
	write_sysreg(pmuserenr_el0, 4);
	printf("PMUSERENR_EL0.CR:\n");
	check("read PMCCNTR_EL0", 0, r_ccnt, 0, 0);
	check("read PMEVCNTR0_EL0", 0, r_evcnt0, 0, 0);
	write_sysreg(pmuserenr_el0, 8);
	printf("PMUSERENR_EL0.ER:\n");
	check("read PMEVCNTR0_EL0", 0, r_evcnt0, 0, 0);
	check("write PMEVCNTR0_EL0", 0, w_evcnt0, 1, 0);
	check("read PMSELR_EL0", 0, r_selr, 0, 0);
	check("read PMCCNTR_EL0", 0, r_ccnt, 0, 0);
	write_sysreg(pmuserenr_el0, 1);
	printf("PMUSERENR_EL0.EN:\n");
	check("write PMEVCNTR0_EL0", 0, w_evcnt0, 1, 0);
	check("read PMCR_EL0", 0, r_pmcr, 0, 0);

	uint64_t mdcr = read_sysreg(mdcr_el2);
	write_sysreg(mdcr_el2, mdcr | BIT(6));
	isb();
	printf("MDCR_EL2.TPM:\n");
	check("read PMCR_EL0", 1, r_pmcr, 0, 0);
	check("read PMCR_EL0", 0, r_pmcr, 0, 0);
	check("read PMUSERENR_EL0", 0, r_userenr, 0, 0);
	write_sysreg(mdcr_el2, mdcr | BIT(5));
	isb();
	printf("MDCR_EL2.TPMCR:\n");
	check("read PMCR_EL0", 1, r_pmcr, 0, 0);
	check("read PMCCNTR_EL0", 1, r_ccnt, 0, 0);
	write_sysreg(mdcr_el2, (mdcr & ~0x1fULL) | 2);
	write_sysreg(pmcntenset_el0, 0x3f);
	isb();
	printf("MDCR_EL2.HPMN = 2:\n");
	check("read PMCR_EL0", 1, r_pmcr, 0, 1);
	check("read PMCNTENSET_EL0", 1, r_cntenset, 0, 1);
	check("read PMEVCNTR3_EL0", 1, r_evcnt3, 0, 0);
	check("read PMEVCNTR3_EL0", 0, r_evcnt3, 0, 0);
	printf("  read PMCR_EL0 at EL2: 0x%llx\n", (unsigned long long)read_sysreg(pmcr_el0));
	/* Counters from HPMN up count under MDCR_EL2.HPME, not PMCR_EL0.E. */
	write_sysreg(pmevtyper3_el0, EV_SW_INCR | NSH);
	write_sysreg(pmevcntr3_el0, 0);
	write_sysreg(pmevtyper1_el0, EV_SW_INCR | NSH);
	write_sysreg(pmevcntr1_el0, 0);
	sw_incr(BIT(1) | BIT(3));
	uint64_t c1 = read_sysreg(pmevcntr1_el0), c3 = read_sysreg(pmevcntr3_el0);
	write_sysreg(mdcr_el2, (mdcr & ~0x1fULL) | 2 | BIT(7));
	write_sysreg(pmcr_el0, 0);
	isb();
	sw_incr(BIT(1) | BIT(3));
	printf("  PMCR_EL0.E: counters 1, 3 = %llu, %llu; then HPME alone: %llu, %llu\n", (unsigned long long)c1, (unsigned long long)c3, (unsigned long long)read_sysreg(pmevcntr1_el0), (unsigned long long)read_sysreg(pmevcntr3_el0));
	write_sysreg(pmcntenclr_el0, 0x3f);
	write_sysreg(mdcr_el2, mdcr);
	write_sysreg(pmuserenr_el0, 0);
	write_sysreg(pmcr_el0, 0);
	isb();
}

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

	/* The cycle counter counts at EL2 under PMCCFILTR_EL0.NSH; with PMCR_EL0.LC = 0 a carry out of bit 31 sets PMOVSSET_EL0[31]. */
	write_sysreg(pmovsclr_el0, 0xffffffffULL);
	write_sysreg(pmccfiltr_el0, NSH);
	write_sysreg(pmccntr_el0, 0xfffffff0ULL);
	write_sysreg(pmcntenset_el0, BIT(31));
	write_sysreg(pmcr_el0, PMCR_E);
	isb();
	for (volatile int i = 0; i < 100; i++)
		;
	uint64_t cc = read_sysreg(pmccntr_el0);
	printf("PMCCNTR: past 2^32 %s, PMOVSSET 0x%llx\n", cc > 0x100000000ULL && cc < 0x100010000ULL ? "yes" : "no",
	       (unsigned long long)read_sysreg(pmovsset_el0));
	write_sysreg(pmccfiltr_el0, 0);
	isb();
	cc = read_sysreg(pmccntr_el0);
	for (volatile int i = 0; i < 100; i++)
		;
	printf("PMCCFILTR_EL0.NSH = 0: cycle counter stopped at EL2 %s\n", read_sysreg(pmccntr_el0) == cc ? "yes" : "no");
	write_sysreg(pmcntenclr_el0, BIT(31));
	write_sysreg(pmovsclr_el0, 0xffffffffULL);

	/* PMCR_EL0.P resets the event counters (not the cycle counter). */
	write_sysreg(pmcr_el0, PMCR_P);
	isb();
	printf("PMCR.P: counters 0..4 = %llu %llu %llu %llu %llu\n", (unsigned long long)read_sysreg(pmevcntr0_el0),
	       (unsigned long long)read_sysreg(pmevcntr1_el0), (unsigned long long)read_sysreg(pmevcntr2_el0),
	       (unsigned long long)read_sysreg(pmevcntr3_el0), (unsigned long long)read_sysreg(pmevcntr4_el0));
	access_checks();
	printf("pmu: done\n");
	return 0;
}
