/*
 * Entry point of the bare-metal programs that run at EL2 (kind 'el2': QEMU
 * `-M virt,virtualization=on -cpu max` enters the ELF at EL2h, MMU off).
 *
 * Besides setting SP, zeroing .bss, calling main() and powering off (PSCI
 * SYSTEM_OFF over SMC, the conduit with virtualization on), it gives the
 * programs two services:
 *  - rt_run_el1(fn, arg, sp): runs fn(arg) at EL1h on stack sp; fn returns to
 *    EL2 with `hvc #0` (rt_el1_return), and rt_run_el1 returns fn's x0.
 *    rt_run_el0 the same at EL0t (stack sp - 4 KiB; sp is EL1's), returning
 *    through `svc #0`, which the EL1 vectors turn into the `hvc #0`.
 *  - a record-and-skip fault handler: a synchronous exception taken from the
 *    program itself (EL2 to EL2, EL1 to EL1 through rt_el1_vectors, EL1 to EL2
 *    except HVC) stores ESR, FAR and ELR of the first one in rt_fault, counts
 *    it, and resumes at the next instruction, or at rt_fault.resume when that
 *    is set (it is cleared then: for faults where the next instruction cannot
 *    run, such as a jump to nowhere). Anything else prints and stops.
 */
#include "crt-common.h"
#define EC_HVC64 0x16
#define SPSR_EL1H_MASKED 0x3c5
#define SPSR_EL0T_MASKED 0x3c0
#define EC_SVC64 0x15

	.section .text.boot, "ax"
	.global _start
	.type _start, %function
_start:
	msr	daifset, #0xf
	adrp	x1, __stack_top
	add	x1, x1, :lo12:__stack_top
	mov	sp, x1
	adrp	x1, rt_el2_vectors
	add	x1, x1, :lo12:rt_el2_vectors
	msr	vbar_el2, x1
	adrp	x1, rt_el1_vectors
	add	x1, x1, :lo12:rt_el1_vectors
	msr	vbar_el1, x1
	isb
	run_main
	.size _start, . - _start

	.text
	define_poweroff smc

/* u64 rt_run_el0(u64 (*fn)(u64), u64 arg, void *sp) */
	.global rt_run_el0
	.type rt_run_el0, %function
rt_run_el0:
	mov	x9, #SPSR_EL0T_MASKED
	sub	x10, x2, #0x1000
	msr	sp_el0, x10
	adrp	x11, rt_el0_return
	add	x11, x11, :lo12:rt_el0_return
	b	run_lower
	.size rt_run_el0, . - rt_run_el0

/* u64 rt_run_el1(u64 (*fn)(u64), u64 arg, void *sp) */
	.global rt_run_el1
	.type rt_run_el1, %function
rt_run_el1:
	mov	x9, #SPSR_EL1H_MASKED
	adrp	x11, rt_el1_return
	add	x11, x11, :lo12:rt_el1_return
/* x9: SPSR_EL2, x11: the return address fn gets. */
run_lower:
	stp	x29, x30, [sp, #-96]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	adrp	x12, rt_el2_saved_sp
	mov	x13, sp
	str	x13, [x12, :lo12:rt_el2_saved_sp]
	msr	elr_el2, x0
	msr	sp_el1, x2
	msr	spsr_el2, x9
	mov	x0, x1
	mov	x30, x11
	eret
	.size rt_run_el1, . - rt_run_el1

/* fn's return address at EL1: back to EL2 with fn's result in x0. */
rt_el1_return:
	hvc	#0
/* At EL0: to EL1 (the vectors below), which goes on to EL2. */
rt_el0_return:
	svc	#0

/* Back in rt_run_el1's frame (from the EL2 vector, on HVC). */
rt_el2_resume:
	adrp	x9, rt_el2_saved_sp
	ldr	x10, [x9, :lo12:rt_el2_saved_sp]
	mov	sp, x10
	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #96
	ret

/* Records the exception of ESR/FAR/ELR (x1, x2, x3) in rt_fault; x0..x3 saved by the caller. */
	.macro record esr, far, elr
	mrs	x1, \esr
	mrs	x2, \far
	mrs	x3, \elr
	adrp	x0, rt_fault
	add	x0, x0, :lo12:rt_fault
	ldr	x4, [x0, #24]
	cbnz	x4, 4f
	stp	x1, x2, [x0]
	str	x3, [x0, #16]
4:	add	x4, x4, #1
	str	x4, [x0, #24]
	add	x3, x3, #4
	ldr	x4, [x0, #32]
	cbz	x4, 5f
	mov	x3, x4
	str	xzr, [x0, #32]
5:	msr	\elr, x3
	.endm

	.macro skip_fault esr, far, elr
	stp	x0, x1, [sp, #-48]!
	stp	x2, x3, [sp, #16]
	str	x4, [sp, #32]
	record	\esr, \far, \elr
	ldr	x4, [sp, #32]
	ldp	x2, x3, [sp, #16]
	ldp	x0, x1, [sp], #48
	eret
	.endm

	.macro unexpected idx, esr, elr, far
	.balign 0x80
	mov	x0, #\idx
	mrs	x1, \esr
	mrs	x2, \elr
	mrs	x3, \far
	b	rt_unexpected
	.endm

	.balign 0x800
	.global rt_el2_vectors
rt_el2_vectors:
	unexpected 0, esr_el2, elr_el2, far_el2
	unexpected 1, esr_el2, elr_el2, far_el2
	unexpected 2, esr_el2, elr_el2, far_el2
	unexpected 3, esr_el2, elr_el2, far_el2
	.balign 0x80
	b	rt_el2_skip
	unexpected 5, esr_el2, elr_el2, far_el2
	unexpected 6, esr_el2, elr_el2, far_el2
	unexpected 7, esr_el2, elr_el2, far_el2
	.balign 0x80
	stp	x0, x1, [sp, #-16]!
	mrs	x0, esr_el2
	lsr	x0, x0, #26
	cmp	x0, #EC_HVC64
	ldp	x0, x1, [sp], #16
	b.eq	rt_el2_resume
	b	rt_el2_skip
	unexpected 9, esr_el2, elr_el2, far_el2
	unexpected 10, esr_el2, elr_el2, far_el2
	unexpected 11, esr_el2, elr_el2, far_el2
	unexpected 12, esr_el2, elr_el2, far_el2
	unexpected 13, esr_el2, elr_el2, far_el2
	unexpected 14, esr_el2, elr_el2, far_el2
	unexpected 15, esr_el2, elr_el2, far_el2

	.balign 0x800
	.global rt_el1_vectors
rt_el1_vectors:
	unexpected 16, esr_el1, elr_el1, far_el1
	unexpected 17, esr_el1, elr_el1, far_el1
	unexpected 18, esr_el1, elr_el1, far_el1
	unexpected 19, esr_el1, elr_el1, far_el1
	.balign 0x80
	b	rt_el1_skip
	unexpected 21, esr_el1, elr_el1, far_el1
	unexpected 22, esr_el1, elr_el1, far_el1
	unexpected 23, esr_el1, elr_el1, far_el1
	.balign 0x80
	stp	x0, x1, [sp, #-16]!
	mrs	x0, esr_el1
	lsr	x0, x0, #26
	cmp	x0, #EC_SVC64
	ldp	x0, x1, [sp], #16
	b.ne	rt_el1_skip
	hvc	#0
	unexpected 25, esr_el1, elr_el1, far_el1
	unexpected 26, esr_el1, elr_el1, far_el1
	unexpected 27, esr_el1, elr_el1, far_el1
	unexpected 28, esr_el1, elr_el1, far_el1
	unexpected 29, esr_el1, elr_el1, far_el1
	unexpected 30, esr_el1, elr_el1, far_el1
	unexpected 31, esr_el1, elr_el1, far_el1

rt_el2_skip:
	skip_fault esr_el2, far_el2, elr_el2
rt_el1_skip:
	skip_fault esr_el1, far_el1, elr_el1

/*
 * An exception nobody expected: print it (from EL1 too: the UART is mapped
 * wherever the programs run) and power off. 0..15: EL2 vectors, 16..31: EL1.
 */
rt_unexpected:
	adrp	x4, __stack_top
	add	x4, x4, :lo12:__stack_top
	sub	sp, x4, #0x1000
	bl	rt_exception
	b	rt_poweroff

	.bss
	.balign 8
rt_el2_saved_sp:
	.skip 8
	.balign 8
	.global rt_fault
rt_fault:
	.skip 40
