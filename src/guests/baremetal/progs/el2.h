/*
 * The services of crt0-el2.S for the programs that start at EL2 (kind 'el2').
 */
#ifndef EL2_H
#define EL2_H

#include "../rt.h"

/* The first synchronous exception the record-and-skip handlers took, and how many. */
struct rt_fault {
	uint64_t esr, far, elr, count;
};
extern struct rt_fault rt_fault;

/* Runs fn(arg) at EL1h on stack `sp` and returns its result (fn returns through `hvc #0`). */
uint64_t rt_run_el1(uint64_t (*fn)(uint64_t), uint64_t arg, void *sp);

#define read_sysreg(r) ({ uint64_t _v; __asm__ volatile("mrs %0, " #r : "=r"(_v)); _v; })
#define write_sysreg(r, v) __asm__ volatile("msr " #r ", %0" : : "r"((uint64_t)(v)) : "memory")
#define isb() __asm__ volatile("isb" : : : "memory")

static inline void fault_clear(void)
{
	rt_fault.esr = rt_fault.far = rt_fault.elr = rt_fault.count = 0;
}

#endif
