/*
 * Entry point of every bare-metal test program.
 *
 * QEMU's `-kernel prog.elf` on `-M virt` starts here at EL1h, MMU and caches off,
 * interrupts masked. We set SP, install an exception vector table that reports
 * and powers off (so a fault never hangs the run), enable FP/AdvSIMD at EL1
 * (CPACR_EL1.FPEN = 0b11; otherwise FP/SIMD instructions trap with EC 0x07),
 * zero .bss, call main() and power the board off with PSCI SYSTEM_OFF over the
 * HVC conduit.
 */
#define CPACR_EL1_FPEN (3 << 20)
#include "crt-common.h"

	.section .text.boot, "ax"
	.global _start
	.type _start, %function
_start:
	msr	daifset, #0xf
	adrp	x1, __stack_top
	add	x1, x1, :lo12:__stack_top
	mov	sp, x1
	adrp	x1, rt_vectors
	add	x1, x1, :lo12:rt_vectors
	msr	vbar_el1, x1
	mrs	x1, cpacr_el1
	orr	x1, x1, #CPACR_EL1_FPEN
	msr	cpacr_el1, x1
	isb
	run_main
	.size _start, . - _start

	.text
	define_poweroff hvc

/* Each vector entry passes its index (0..15) to rt_exception(kind, esr, elr, far). */
	.macro vec_entry idx
	.balign 0x80
	mov	x0, #\idx
	b	rt_vec_common
	.endm

	.balign 0x800
	.global rt_vectors
rt_vectors:
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
	vec_entry \i
	.endr

rt_vec_common:
	mrs	x1, esr_el1
	mrs	x2, elr_el1
	mrs	x3, far_el1
	adrp	x4, __stack_top
	add	x4, x4, :lo12:__stack_top
	mov	sp, x4
	bl	rt_exception
	b	rt_poweroff
