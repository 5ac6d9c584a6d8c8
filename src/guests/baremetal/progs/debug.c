/*
 * Self-hosted debug: hardware breakpoints (DBGBCR/DBGBVR, with a linked context-ID
 * breakpoint), watchpoints (DBGWCR/DBGWVR: loads, stores, a BAS subset, MASK, exclusives,
 * DC ZVA), software step (MDSCR_EL1.SS and PSTATE.SS across SVC and ERET), the OS lock,
 * MDSCR_EL1.KDE/MDE and PSTATE.D, routing to EL2 by MDCR_EL2.TDE and the TDA/TDOSA/TDRA
 * traps. Debug exceptions go to the vectors below, which log ESR, ELR and FAR, skip the
 * instruction of a breakpoint or watchpoint, and keep stepping (SPSR.SS = 1) while
 * dbg_steps lasts. Addresses are printed relative to the labels they are near.
 */
#include "el2.h"

#define MDSCR_SS BIT(0)
#define MDSCR_KDE BIT(13)
#define MDSCR_MDE BIT(15)
#define MDCR_TDE BIT(8)
#define MDCR_TDA BIT(9)
#define MDCR_TDOSA BIT(10)
#define MDCR_TDRA BIT(11)
#define BCR_E BIT(0)
#define BCR_PMC(x) ((uint64_t)(x) << 1)
#define BCR_BAS (0xfULL << 5)
#define BCR_HMC BIT(13)
#define BCR_LBN(n) ((uint64_t)(n) << 16)
#define BCR_BT(t) ((uint64_t)(t) << 20)
#define WCR_E BIT(0)
#define WCR_PAC(x) ((uint64_t)(x) << 1)
#define WCR_LOAD (1ULL << 3)
#define WCR_STORE (2ULL << 3)
#define WCR_BAS(b) ((uint64_t)(b) << 5)
#define WCR_HMC BIT(13)
#define WCR_MASK(m) ((uint64_t)(m) << 24)

struct dbg_entry {
	uint64_t esr, elr, far;
};
#define LOG_MAX 40
struct {
	uint64_t n;
	struct dbg_entry log[LOG_MAX];
} dbg;
uint64_t dbg_steps;
uint64_t wbuf[16] __attribute__((aligned(64)));
static uint8_t el1_stack[8192] __attribute__((aligned(16)));
#define EL1_SP (el1_stack + sizeof(el1_stack))

/*
 * The vectors: a debug exception (EC 0x30..0x35) is logged; an SVC from EL1 to EL1 returns
 * at once; everything else goes on to crt0-el2.S's vectors (rt_el1_vectors, rt_el2_vectors).
 */
__asm__(
	".macro dbg_handler el\n"
	"dbg_handle_el\\el:\n"
	"	stp x2, x3, [sp, #-32]!\n"
	"	stp x4, x5, [sp, #16]\n"
	"	adrp x0, dbg\n"
	"	add x0, x0, :lo12:dbg\n"
	"	ldr x2, [x0]\n"
	"	mrs x4, elr_el\\el\n"
	"	cmp x2, #40\n"
	"	b.hs 1f\n"
	"	mov x3, #24\n"
	"	madd x3, x2, x3, x0\n"
	"	mrs x5, far_el\\el\n"
	"	stp x1, x4, [x3, #8]\n"
	"	str x5, [x3, #24]\n"
	"1:	add x2, x2, #1\n"
	"	str x2, [x0]\n"
	"	lsr x2, x1, #27\n" /* EC 0x32/0x33 (software step) >> 1 = 0x19 */
	"	cmp x2, #0x19\n"
	"	b.eq 2f\n"
	"	add x4, x4, #4\n" /* breakpoint or watchpoint: skip the instruction */
	"	msr elr_el\\el, x4\n"
	"	b 4f\n"
	"2:	adrp x0, dbg_steps\n"
	"	ldr x2, [x0, :lo12:dbg_steps]\n"
	"	cbz x2, 3f\n"
	"	sub x2, x2, #1\n"
	"	str x2, [x0, :lo12:dbg_steps]\n"
	"	mrs x3, spsr_el\\el\n"
	"	orr x3, x3, #(1 << 21)\n" /* SPSR.SS: step one more instruction */
	"	msr spsr_el\\el, x3\n"
	"	b 4f\n"
	"3:	mrs x3, mdscr_el1\n" /* enough steps: software step off */
	"	bic x3, x3, #1\n"
	"	msr mdscr_el1, x3\n"
	"4:	ldp x4, x5, [sp, #16]\n"
	"	ldp x2, x3, [sp], #32\n"
	"	ldp x0, x1, [sp], #16\n"
	"	eret\n"
	".endm\n"
	/* A synchronous vector entry: debug classes to the handler, the rest to crt0-el2.S's entry. */
	".macro dbg_sync el, off, svc\n"
	"	.balign 0x80\n"
	"	stp x0, x1, [sp, #-16]!\n"
	"	mrs x1, esr_el\\el\n"
	"	lsr x0, x1, #26\n"
	"	sub x0, x0, #0x30\n"
	"	cmp x0, #5\n"
	"	b.ls dbg_handle_el\\el\n"
	"	.if \\svc\n"
	"	cmn x0, #(0x30 - 0x15)\n" /* EC 0x15: SVC */
	"	b.ne 1f\n"
	"	ldp x0, x1, [sp], #16\n"
	".global dbg_svc_return\n"
	"dbg_svc_return:\n"
	"	eret\n"
	"1:\n"
	"	.endif\n"
	"	ldp x0, x1, [sp], #16\n"
	"	b rt_el\\el\\()_vectors + \\off\n"
	".endm\n"
	".macro dbg_other el, off\n"
	"	.balign 0x80\n"
	"	b rt_el\\el\\()_vectors + \\off\n"
	".endm\n"
	".macro dbg_vectors el, svc\n"
	"	.balign 0x800\n"
	".global dbg_el\\el\\()_vectors\n"
	"dbg_el\\el\\()_vectors:\n"
	"	dbg_other \\el, 0x000\n"
	"	dbg_other \\el, 0x080\n"
	"	dbg_other \\el, 0x100\n"
	"	dbg_other \\el, 0x180\n"
	"	dbg_sync \\el, 0x200, \\svc\n"
	"	dbg_other \\el, 0x280\n"
	"	dbg_other \\el, 0x300\n"
	"	dbg_other \\el, 0x380\n"
	"	dbg_sync \\el, 0x400, 0\n"
	"	dbg_other \\el, 0x480\n"
	"	dbg_other \\el, 0x500\n"
	"	dbg_other \\el, 0x580\n"
	"	dbg_other \\el, 0x600\n"
	"	dbg_other \\el, 0x680\n"
	"	dbg_other \\el, 0x700\n"
	"	dbg_other \\el, 0x780\n"
	"	dbg_handler \\el\n"
	".endm\n"
	"	.text\n"
	"	dbg_vectors 1, 1\n"
	"	dbg_vectors 2, 0\n");
extern char dbg_el1_vectors[], dbg_el2_vectors[], dbg_svc_return[];

/*
 * The code the cases run (at EL1 through rt_run_el1, or at EL2): x0 = wbuf. `unmask`
 * clears PSTATE.D first (and sets it again at the end) when arg bit 0 is set.
 */
uint64_t code_bp(uint64_t arg);
uint64_t code_access(uint64_t arg);
uint64_t code_step(uint64_t arg);
uint64_t code_traps(uint64_t arg);
extern char bp_here[], acc_str[], acc_ldr[], acc_strb3[], acc_strb0[], acc_ldr40[], acc_ldxr[], acc_stxr[], acc_zva[],
	step_start[], step_svc[], step_after_svc[], step_ldxr[];
__asm__(
	"	.text\n"
	"	.balign 64\n"
	".global code_bp\n"
	"code_bp:\n"
	"	tbz x0, #0, 1f\n"
	"	msr daifclr, #8\n"
	"	isb\n"
	"1:	mov x1, #0\n"
	"	add x1, x1, #1\n"
	".global bp_here\n"
	"bp_here:\n"
	"	add x1, x1, #2\n"
	"	add x1, x1, #4\n"
	"	msr daifset, #8\n"
	"	mov x0, x1\n"
	"	ret\n"

	"	.balign 64\n"
	".global code_access\n"
	"code_access:\n"
	"	tbz x0, #0, 1f\n"
	"	msr daifclr, #8\n"
	"	isb\n"
	"1:	adrp x0, wbuf\n"
	"	add x0, x0, :lo12:wbuf\n"
	"	mov x1, #0x55\n"
	"	mov x3, #7\n"
	".global acc_str\n"
	"acc_str: str x1, [x0]\n"
	".global acc_ldr\n"
	"acc_ldr: ldr x2, [x0]\n"
	".global acc_strb3\n"
	"acc_strb3: strb w1, [x0, #3]\n"
	".global acc_strb0\n"
	"acc_strb0: strb w1, [x0]\n"
	".global acc_ldr40\n"
	"acc_ldr40: ldr x2, [x0, #40]\n"
	".global acc_ldxr\n"
	"acc_ldxr: ldxr x2, [x0]\n"
	".global acc_stxr\n"
	"acc_stxr: stxr w3, x1, [x0]\n"
	".global acc_zva\n"
	"acc_zva: dc zva, x0\n"
	"	msr daifset, #8\n"
	"	mov x0, x3\n" /* the store-exclusive's status */
	"	ret\n"

	/* Entered at EL1 with PSTATE.D set: ERET to step_start with D clear and SS = 1. */
	"	.balign 64\n"
	".global code_step\n"
	"code_step:\n"
	"	adrp x0, wbuf\n"
	"	add x0, x0, :lo12:wbuf\n"
	"	adr x9, step_start\n"
	"	msr elr_el1, x9\n"
	"	mov x9, #0x5\n"         /* EL1h, DAIF clear */
	"	orr x9, x9, #(1 << 21)\n" /* SS */
	"	orr x9, x9, #(7 << 6)\n"  /* A, I, F masked, D clear */
	"	msr spsr_el1, x9\n"
	"	mov x1, #0\n"
	"	eret\n"
	".global step_start\n"
	"step_start:\n"
	"	add x1, x1, #1\n"
	"	add x1, x1, #2\n"
	".global step_svc\n"
	"step_svc:\n"
	"	svc #0\n"
	".global step_after_svc\n"
	"step_after_svc:\n"
	"	add x1, x1, #4\n"
	".global step_ldxr\n"
	"step_ldxr:\n"
	"	ldxr x2, [x0]\n"
	"	add x1, x1, #8\n"
	"	add x1, x1, #16\n"
	"	add x1, x1, #32\n"
	"	add x1, x1, #64\n"
	"	add x1, x1, #128\n"
	"	add x1, x1, #256\n"
	"	add x1, x1, #512\n"
	"	msr daifset, #8\n"
	"	mov x0, x1\n"
	"	ret\n"

	/* Reads MDSCR_EL1, writes OSLAR_EL1 (0), reads MDRAR_EL1: for the MDCR_EL2 traps. */
	"	.balign 64\n"
	".global code_traps\n"
	"code_traps:\n"
	"	mrs x1, mdscr_el1\n"
	"	msr oslar_el1, xzr\n"
	"	mrs x1, mdrar_el1\n"
	"	mov x0, #0\n"
	"	ret\n");

static const struct {
	const char *name;
	const char *at;
} labels[] = {
	{"code_bp", (const char *)code_bp}, {"bp_here", bp_here}, {"acc_str", acc_str}, {"acc_ldr", acc_ldr},
	{"acc_strb3", acc_strb3}, {"acc_strb0", acc_strb0}, {"acc_ldr40", acc_ldr40}, {"acc_ldxr", acc_ldxr},
	{"acc_stxr", acc_stxr}, {"acc_zva", acc_zva}, {"code_step", (const char *)code_step}, {"step_start", step_start},
	{"step_svc", step_svc}, {"step_after_svc", step_after_svc}, {"step_ldxr", step_ldxr},
	{"dbg_el1_vectors", dbg_el1_vectors}, {"dbg_svc_return", dbg_svc_return}, {"wbuf", (const char *)wbuf},
};

/* "label+0xN" for the nearest label at or below `a` (within 0x800 bytes). */
static void print_where(uint64_t a)
{
	int best = -1;
	for (unsigned i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		uint64_t l = (uint64_t)labels[i].at;
		if (l <= a && a - l < 0x800 && (best < 0 || l > (uint64_t)labels[best].at))
			best = (int)i;
	}
	if (best < 0)
		printf("0x%llx", (unsigned long long)a);
	else if (a == (uint64_t)labels[best].at)
		printf("%s", labels[best].name);
	else
		printf("%s+0x%llx", labels[best].name, (unsigned long long)(a - (uint64_t)labels[best].at));
}

/* The case's summary line, then (unless `entries` is 0) one line per logged exception. */
static void print_log_entries(const char *what, uint64_t result, int entries)
{
	printf("%s: %llu exceptions, result 0x%llx\n", what, (unsigned long long)dbg.n, (unsigned long long)result);
	for (uint64_t i = 0; entries && i < dbg.n && i < LOG_MAX; i++) {
		struct dbg_entry *e = &dbg.log[i];
		uint64_t ec = e->esr >> 26;
		printf("  EC 0x%llx ISS 0x%llx ELR ", (unsigned long long)ec, (unsigned long long)(e->esr & 0x1ffffff));
		print_where(e->elr);
		if (ec >= 0x34) { /* watchpoints: FAR is the watched address */
			printf(" FAR ");
			print_where(e->far);
		}
		printf("\n");
	}
	dbg.n = 0;
}

static void print_log(const char *what, uint64_t result)
{
	print_log_entries(what, result, 1);
}

static void disarm(void)
{
	for (int i = 0; i < 16; i++)
		wbuf[i] = 0;
	write_sysreg(dbgbcr0_el1, 0);
	write_sysreg(dbgbcr5_el1, 0);
	write_sysreg(dbgwcr0_el1, 0);
	write_sysreg(mdscr_el1, 0);
	isb();
	dbg.n = 0;
}

/* Runs `fn` at EL1 (arg 1: with PSTATE.D clear) and prints the log. */
static void at_el1(const char *what, uint64_t (*fn)(uint64_t), uint64_t arg)
{
	isb();
	uint64_t r = rt_run_el1(fn, arg, EL1_SP);
	print_log(what, r);
}

static void breakpoint_cases(int tde)
{
	const char *el = tde ? "EL1 -> EL2 (TDE)" : "EL1";
	uint64_t kde = tde ? 0 : MDSCR_KDE;
	write_sysreg(dbgbvr0_el1, (uint64_t)bp_here);
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(3) | BCR_BAS);
	write_sysreg(mdscr_el1, MDSCR_MDE | kde);
	printf("[%s] ", el);
	at_el1("breakpoint", code_bp, 1);
	printf("[%s] ", el);
	at_el1("breakpoint, PSTATE.D set", code_bp, 0);
	write_sysreg(mdscr_el1, kde);
	printf("[%s] ", el);
	at_el1("breakpoint, MDE clear", code_bp, 1);
	write_sysreg(mdscr_el1, MDSCR_MDE);
	printf("[%s] ", el);
	at_el1("breakpoint, KDE clear", code_bp, 1);
	write_sysreg(mdscr_el1, MDSCR_MDE | kde);
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(2) | BCR_BAS);
	printf("[%s] ", el);
	at_el1("breakpoint for EL0 only", code_bp, 1);
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(3) | BCR_BAS);
	write_sysreg(oslar_el1, 1);
	/* One line whatever happens (QEMU 7.2 differs here: el2-programs.test.ts). */
	printf("[%s] OSLSR_EL1 0x%llx ", el, (unsigned long long)read_sysreg(oslsr_el1));
	isb();
	print_log_entries("breakpoint, OS lock set", rt_run_el1(code_bp, 1, EL1_SP), 0);
	write_sysreg(oslar_el1, 0);
	printf("[%s] OSLSR_EL1 0x%llx ", el, (unsigned long long)read_sysreg(oslsr_el1));
	at_el1("breakpoint, OS lock clear", code_bp, 1);
	/* Linked: address breakpoint 0 fires only while CONTEXTIDR_EL1 matches breakpoint 5. */
	write_sysreg(dbgbvr5_el1, 0x42);
	write_sysreg(dbgbcr5_el1, BCR_E | BCR_PMC(3) | BCR_BAS | BCR_BT(3));
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(3) | BCR_BAS | BCR_BT(1) | BCR_LBN(5));
	write_sysreg(contextidr_el1, 0x42);
	printf("[%s] ", el);
	at_el1("linked breakpoint, CONTEXTIDR_EL1 0x42", code_bp, 1);
	write_sysreg(contextidr_el1, 0x43);
	printf("[%s] ", el);
	at_el1("linked breakpoint, CONTEXTIDR_EL1 0x43", code_bp, 1);
	disarm();
}

static void watchpoint_cases(int tde)
{
	const char *el = tde ? "EL1 -> EL2 (TDE)" : "EL1";
	uint64_t kde = tde ? 0 : MDSCR_KDE;
	write_sysreg(mdscr_el1, MDSCR_MDE | kde);
	write_sysreg(dbgwvr0_el1, (uint64_t)wbuf);
	write_sysreg(dbgwcr0_el1, WCR_E | WCR_PAC(3) | WCR_LOAD | WCR_BAS(0xff));
	printf("[%s] ", el);
	at_el1("watchpoint, loads of wbuf[0]", code_access, 1);
	write_sysreg(dbgwcr0_el1, WCR_E | WCR_PAC(3) | WCR_STORE | WCR_BAS(0x08));
	printf("[%s] ", el);
	at_el1("watchpoint, stores to byte 3 of wbuf[0]", code_access, 1);
	write_sysreg(dbgwcr0_el1, WCR_E | WCR_PAC(3) | WCR_LOAD | WCR_BAS(0xff) | WCR_MASK(6));
	printf("[%s] ", el);
	at_el1("watchpoint, loads of the 64 bytes of wbuf (MASK 6)", code_access, 1);
	write_sysreg(dbgwvr0_el1, (uint64_t)wbuf + 4);
	write_sysreg(dbgwcr0_el1, WCR_E | WCR_PAC(3) | WCR_LOAD | WCR_STORE | WCR_BAS(0x0f));
	printf("[%s] ", el);
	at_el1("watchpoint, the word at wbuf + 4", code_access, 1);
	disarm();
}

static void step_cases(int tde)
{
	const char *el = tde ? "EL1 -> EL2 (TDE)" : "EL1";
	write_sysreg(mdscr_el1, MDSCR_SS | (tde ? 0 : MDSCR_KDE));
	dbg_steps = tde ? 27 : 7;
	printf("[%s] ", el);
	at_el1("software step", code_step, 0);
	disarm();
}

static void trap_case(const char *what, uint64_t mdcr)
{
	uint64_t saved = read_sysreg(mdcr_el2);
	write_sysreg(mdcr_el2, saved | mdcr);
	fault_clear();
	rt_run_el1(code_traps, 0, EL1_SP);
	printf("%s: %llu traps, first ESR 0x%llx\n", what, (unsigned long long)rt_fault.count, (unsigned long long)rt_fault.esr);
	write_sysreg(mdcr_el2, saved);
	isb();
}

/* Breakpoint and watchpoint at EL2 itself (TDE = 1, KDE = 1, PSTATE.D clear, HMC = 1). */
static void el2_cases(void)
{
	uint64_t saved = read_sysreg(mdcr_el2);
	write_sysreg(mdcr_el2, saved | MDCR_TDE);
	write_sysreg(mdscr_el1, MDSCR_MDE | MDSCR_KDE);
	write_sysreg(dbgbvr0_el1, (uint64_t)bp_here);
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(3) | BCR_BAS);
	isb();
	print_log("[EL2] breakpoint without HMC", code_bp(1));
	write_sysreg(dbgbcr0_el1, BCR_E | BCR_PMC(3) | BCR_BAS | BCR_HMC);
	isb();
	print_log("[EL2] breakpoint with HMC", code_bp(1));
	print_log("[EL2] breakpoint with HMC, PSTATE.D set", code_bp(0));
	write_sysreg(dbgbcr0_el1, 0);
	write_sysreg(dbgwvr0_el1, (uint64_t)wbuf);
	write_sysreg(dbgwcr0_el1, WCR_E | WCR_PAC(3) | WCR_HMC | WCR_STORE | WCR_BAS(0xff));
	isb();
	print_log("[EL2] watchpoint, stores to wbuf[0]", code_access(1));
	disarm();
	write_sysreg(mdcr_el2, saved);
	isb();
}

int main(void)
{
	write_sysreg(hcr_el2, HCR_RW);
	write_sysreg(sctlr_el1, SCTLR_EL1_RES1);
	write_sysreg(vbar_el1, (uint64_t)dbg_el1_vectors);
	write_sysreg(vbar_el2, (uint64_t)dbg_el2_vectors);
	isb();
	printf("OSLSR_EL1 at reset 0x%llx\n", (unsigned long long)read_sysreg(oslsr_el1));
	write_sysreg(oslar_el1, 0);
	disarm();

	breakpoint_cases(0);
	watchpoint_cases(0);
	step_cases(0);

	uint64_t mdcr = read_sysreg(mdcr_el2);
	write_sysreg(mdcr_el2, mdcr | MDCR_TDE);
	breakpoint_cases(1);
	watchpoint_cases(1);
	step_cases(1);
	write_sysreg(mdcr_el2, mdcr);
	isb();

	trap_case("MDCR_EL2 0: MDSCR_EL1, OSLAR_EL1, MDRAR_EL1 from EL1", 0);
	trap_case("MDCR_EL2.TDA", MDCR_TDA);
	trap_case("MDCR_EL2.TDOSA", MDCR_TDOSA);
	trap_case("MDCR_EL2.TDRA", MDCR_TDRA);
	trap_case("MDCR_EL2.TDE", MDCR_TDE);

	el2_cases();
	printf("debug: done\n");
	return 0;
}
