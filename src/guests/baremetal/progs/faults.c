/*
 * Guest faults reported exactly: a jump to an address where nothing can be fetched
 * takes an Instruction Abort at the target (ELR = FAR = the target), not at the
 * branch, with the MMU off or on, at EL1, at EL2, and under stage 2. Every case
 * prints ESR and how ELR and FAR relate to the target and to the branch.
 */
#include "el2.h"

#define NOWHERE 0x800000000ULL /* above the 128 MiB of RAM; nothing is there */
#define NO_IPA 0xc0000000ULL   /* an IPA stage 2 does not map */

static uint64_t el1_l1[512] __attribute__((aligned(4096)));
static uint64_t s2_l1[512] __attribute__((aligned(4096)));
static uint8_t el1_stack[8192] __attribute__((aligned(16)));
static uint64_t branch_at;

#define EL1_SP (el1_stack + sizeof(el1_stack))

/* `br` to target; the fault handler resumes after it. Records where the branch was. */
static uint64_t jump(uint64_t target)
{
	__asm__ volatile("adr x9, 1f\n"
			 "str x9, [%1]\n"
			 "adr x9, 2f\n"
			 "str x9, [%2]\n"
			 "2: br %0\n"
			 "1:"
			 :
			 : "r"(target), "r"(&rt_fault.resume), "r"(&branch_at)
			 : "x9", "x30", "memory");
	return 0;
}

static void report(const char *what, uint64_t target)
{
	uint64_t elr = rt_fault.elr;
	printf("%s: faults %llu ESR 0x%llx, ELR %s, FAR %s\n", what, (unsigned long long)rt_fault.count,
	       (unsigned long long)rt_fault.esr,
	       elr == target ? "= target" : elr == branch_at ? "= the branch" : "elsewhere",
	       rt_fault.far == target ? "= target" : rt_fault.far == branch_at ? "= the branch" : "elsewhere");
}

static void run_case(const char *what, int at_el1, uint64_t target)
{
	fault_clear();
	branch_at = 0;
	if (at_el1)
		rt_run_el1(jump, target, EL1_SP);
	else
		jump(target);
	report(what, target);
}

int main(void)
{
	/* EL1 stage 1: identity, device below RAM, RAM Normal; VA 4 GiB and up unmapped (T0SZ 32). */
	el1_l1[0] = 0 | S1_DEV;
	el1_l1[1] = RAM | S1_MEM;
	/* Stage 2: device below RAM, the first GiB of RAM; NO_IPA unmapped. */
	s2_l1[0] = 0 | S2_DEV;
	s2_l1[1] = RAM | S2_MEM;

	write_sysreg(hcr_el2, HCR_RW);
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
	isb();
	run_case("EL1, MMU off, br to 0x800000000", 1, NOWHERE);

	write_sysreg(mair_el1, MAIR);
	write_sysreg(tcr_el1, TCR_EL1(32));
	write_sysreg(ttbr0_el1, (uint64_t)el1_l1);
	isb();
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1 | SCTLR_M | SCTLR_C | SCTLR_I);
	isb();
	run_case("EL1, MMU on, br to an unmapped VA", 1, NOWHERE);

	write_sysreg(vtcr_el2, VTCR(32));
	write_sysreg(vttbr_el2, (uint64_t)s2_l1 | (1ULL << 48));
	write_sysreg(hcr_el2, HCR_RW | HCR_VM);
	el1_l1[3] = NO_IPA | S1_MEM;
	__asm__ volatile("dsb ish\n tlbi vmalls12e1\n dsb nsh\n isb" : : : "memory");
	run_case("EL1 under stage 2, br to an IPA stage 2 does not map", 1, NO_IPA);
	printf("  HPFAR_EL2 %s\n", read_sysreg(hpfar_el2) == NO_IPA >> 8 ? "= the target's IPA" : "wrong");

	write_sysreg(hcr_el2, HCR_RW);
	isb();
	run_case("EL2, MMU off, br to 0x800000000", 0, NOWHERE);
	printf("faults: done\n");
	return 0;
}
