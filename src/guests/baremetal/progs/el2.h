/*
 * The services of crt0-el2.S for the programs that start at EL2 (kind 'el2').
 */
#ifndef EL2_H
#define EL2_H

#include "../rt.h"

/*
 * The first synchronous exception the record-and-skip handlers took, and how many;
 * `resume`: where the next one returns to instead of ELR + 4 (then cleared).
 */
struct rt_fault {
	uint64_t esr, far, elr, count, resume;
};
extern struct rt_fault rt_fault;

/* Runs fn(arg) at EL1h on stack `sp` and returns its result (fn returns through `hvc #0`). */
uint64_t rt_run_el1(uint64_t (*fn)(uint64_t), uint64_t arg, void *sp);
/* The same at EL0t (on sp - 4 KiB; sp is EL1's for the exceptions EL0 takes). */
uint64_t rt_run_el0(uint64_t (*fn)(uint64_t), uint64_t arg, void *sp);

/* System register fields and descriptors the programs use. */
#define BIT(n) (1ULL << (n))
#define SCTLR_M BIT(0)
#define SCTLR_A BIT(1)
#define SCTLR_C BIT(2)
#define SCTLR_I BIT(12)
#define SCTLR_EL1_RES1 0x30d00800ULL
#define HCR_VM BIT(0)
#define HCR_TGE BIT(27)
#define HCR_RW BIT(31)
#define HCR_E2H BIT(34)

#define RAM 0x40000000ULL

/* Translation tables (4 KiB granule). MAIR_ELx: attribute 0 Device-nGnRnE, 1 Normal write-back. */
#define MAIR 0xff00ULL
#define S1_DEV (1ULL | BIT(10))
#define S1_MEM (1ULL | (1ULL << 2) | (3ULL << 8) | BIT(10))
#define S2_DEV (1ULL | (1ULL << 2) | (3ULL << 6) | BIT(10))
#define S2_MEM (1ULL | (0xfULL << 2) | (3ULL << 6) | (3ULL << 8) | BIT(10))
#define S2_RO (1ULL | (0xfULL << 2) | (1ULL << 6) | (3ULL << 8) | BIT(10))
#define TABLE 3ULL
#define PAGE 2ULL /* with a block's bits: a level 3 page */

/* Inner/outer write-back, inner shareable walks; 4 KiB granule; 32-bit output. */
#define TCR_WALK ((1ULL << 8) | (1ULL << 10) | (3ULL << 12))
#define TCR_EL1(t0sz) (TCR_WALK | BIT(23) | (t0sz)) /* EPD1 */
#define TCR_EL2(t0sz) (TCR_WALK | BIT(23) | BIT(31) | (t0sz)) /* RES1 bits */
#define VTCR(t0sz) (BIT(31) | (1ULL << 6) | TCR_WALK | (t0sz)) /* start level 1 */

static inline void tlbi_vmalle1(void)
{
	__asm__ volatile("dsb ishst\n tlbi vmalle1\n dsb nsh\n isb" : : : "memory");
}

#define read_sysreg(r) ({ uint64_t _v; __asm__ volatile("mrs %0, " #r : "=r"(_v)); _v; })
#define write_sysreg(r, v) __asm__ volatile("msr " #r ", %0" : : "r"((uint64_t)(v)) : "memory")
#define isb() __asm__ volatile("isb" : : : "memory")

static inline void fault_clear(void)
{
	rt_fault.esr = rt_fault.far = rt_fault.elr = rt_fault.count = rt_fault.resume = 0;
}

#endif
