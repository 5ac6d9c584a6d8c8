/*
 * The hostile test guest. Under the built-in hypervisor it tries, one console command at
 * a time, what a misbehaving guest could do: execute undefined instructions, reprogram
 * "the GIC" (the emulated one it sees), flood itself with interrupts, make bogus
 * hypervisor calls, and read, write or execute memory outside its RAM. The hypervisor
 * must contain every attempt to this VM (tests in test/zvm).
 */
#include "../baremetal/rt.h"

#define UART_BASE  0x09000000UL
#define UARTFR     0x018
#define UARTFR_RXFE (1u << 4)
#define GICD_BASE  0x08000000UL
#define GICR_BASE  0x080A0000UL
#define OUTSIDE    0x80000000UL  /* the first IPA above its 1 GiB of RAM */

static volatile unsigned long irqs_taken;
static volatile unsigned long sync_taken;

/* A single STR without writeback: the form a hypervisor can emulate from ESR_EL2 alone. */
static inline void w32(unsigned long a, unsigned v) { __asm__ volatile("str %w0, [%1]" : : "r"(v), "r"(a) : "memory"); }

static int getc_poll(void)
{
	while (*(volatile unsigned *)(UART_BASE + UARTFR) & UARTFR_RXFE)
		__asm__ volatile("yield");
	return (int)(*(volatile unsigned *)UART_BASE & 0xff);
}

void hostile_exception(unsigned long kind)
{
	unsigned long esr, elr;
	if (kind == 5) { /* IRQ, current EL with SP_ELx */
		unsigned long iar;
		__asm__ volatile("mrs %0, S3_0_C12_C12_0" : "=r"(iar)); /* ICC_IAR1_EL1 */
		if ((iar & 0xffffff) < 1020) {
			irqs_taken++;
			__asm__ volatile("msr S3_0_C12_C12_1, %0" : : "r"(iar)); /* ICC_EOIR1_EL1 */
		}
		return;
	}
	__asm__ volatile("mrs %0, esr_el1\n mrs %1, elr_el1" : "=r"(esr), "=r"(elr));
	sync_taken++;
	printf("hostile: exception kind %lu ESR_EL1 0x%lx at 0x%lx, skipped\n", kind, esr, elr);
	__asm__ volatile("msr elr_el1, %0" : : "r"(elr + 4));
}

static void undefined(void)
{
	unsigned long before = sync_taken;
	__asm__ volatile(".inst 0x00000000"); /* UDF #0 */
	__asm__ volatile(".inst 0xffffffff"); /* unallocated */
	printf("hostile: undefined instructions done, %lu exceptions taken at EL1\n", sync_taken - before);
}

static void gic(void)
{
	w32(GICD_BASE + 0x0, 0);                 /* GICD_CTLR: disable everything */
	for (int i = 1; i < 32; i++)
		w32(GICD_BASE + 0x180 + 4 * i, ~0u); /* ICENABLER */
	for (int i = 0; i < 1024; i += 4)
		w32(GICD_BASE + 0x400 + i, 0);   /* priorities */
	__asm__ volatile("str %0, [%1]" : : "r"(0xffffffffUL), "r"(GICD_BASE + 0x6000 + 8 * 33) : "memory"); /* IROUTER33 */
	w32(GICR_BASE + 0x14, 2);                /* GICR_WAKER: sleep */
	w32(GICR_BASE + 0x10000 + 0x180, ~0u);   /* ICENABLER0 */
	w32(GICD_BASE + 0x0, 0x13);              /* and back on */
	printf("hostile: GIC reprogrammed\n");
}

static void flood(void)
{
	unsigned long before = irqs_taken;
	w32(GICR_BASE + 0x10000 + 0x080, ~0u);   /* SGIs/PPIs in Group 1 */
	w32(GICR_BASE + 0x10000 + 0x100, 0xffff); /* enable the SGIs */
	w32(GICD_BASE + 0x0, 0x13);
	__asm__ volatile("msr S3_0_C4_C6_0, %0" : : "r"(0xffUL)); /* ICC_PMR_EL1 */
	__asm__ volatile("msr S3_0_C12_C12_7, %0" : : "r"(1UL)); /* ICC_IGRPEN1_EL1 */
	__asm__ volatile("msr daifclr, #2");
	for (unsigned long i = 0; i < 20000; i++) {
		/* ICC_SGI1R_EL1: SGI i%16 to vCPU 0 (itself), every other one to all other vCPUs (IRM) */
		unsigned long sgi = ((i & 15) << 24) | ((i & 1) ? (1UL << 40) : 1UL);
		__asm__ volatile("msr S3_0_C12_C11_5, %0" : : "r"(sgi));
	}
	for (volatile int i = 0; i < 10000; i++)
		;
	__asm__ volatile("msr daifset, #2");
	printf("hostile: flood done, %lu interrupts taken\n", irqs_taken - before);
}

static void calls(void)
{
	register unsigned long x0 __asm__("x0") = 0xC6000000UL; /* not PSCI */
	__asm__ volatile("hvc #0x1234" : "+r"(x0) : : "x1", "x2", "x3", "memory");
	printf("hostile: bogus HVC returned 0x%lx\n", x0);
	x0 = 0xC4000003UL; /* CPU_ON a vCPU that does not exist */
	register unsigned long x1 __asm__("x1") = 7;
	__asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1) : : "x2", "x3", "memory");
	printf("hostile: CPU_ON of vCPU 7 returned %ld\n", (long)x0);
}

void hostile_main(void)
{
	printf("hostile: ready (u=undefined g=gic f=flood c=calls b=reboot s=sysreg r=read w=write x=exec outside RAM)\n");
	for (;;) {
		int c = getc_poll();
		switch (c) {
		case 'u': undefined(); break;
		case 'g': gic(); break;
		case 'f': flood(); break;
		case 'c': calls(); break;
		case 'b': {
			printf("hostile: PSCI SYSTEM_RESET\n");
			register unsigned long x0 __asm__("x0") = 0x84000009UL;
			__asm__ volatile("hvc #0" : "+r"(x0) : : "memory");
			printf("hostile: still running after SYSTEM_RESET (must not happen)\n");
			break;
		}
		case 's':
			printf("hostile: writing an IMPLEMENTATION DEFINED system register\n");
			__asm__ volatile("msr S3_6_C15_C0_0, xzr"); /* traps to EL2 (HCR_EL2.TIDCP) */
			printf("hostile: survived the sysreg write (must not happen)\n");
			break;
		case 'r':
			printf("hostile: reading IPA 0x%lx\n", OUTSIDE);
			printf("hostile: read 0x%lx (must not happen)\n", *(volatile unsigned long *)OUTSIDE);
			break;
		case 'w':
			printf("hostile: writing IPA 0x%lx\n", OUTSIDE);
			*(volatile unsigned long *)OUTSIDE = 0xdeadbeefUL;
			printf("hostile: wrote (must not happen)\n");
			break;
		case 'x':
			printf("hostile: jumping to IPA 0x%lx\n", OUTSIDE);
			((void (*)(void))OUTSIDE)();
			printf("hostile: returned (must not happen)\n");
			break;
		default:
			break;
		}
	}
}
