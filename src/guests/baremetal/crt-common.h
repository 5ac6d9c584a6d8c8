/*
 * What crt0.S and crt0-el2.S share: zeroing .bss, running main() and powering off
 * through PSCI SYSTEM_OFF (over HVC at EL1, over SMC at EL2).
 */
#define PSCI_SYSTEM_OFF 0x84000008

/* Zeroes .bss, calls main() with no frame and powers off when it returns. */
	.macro run_main
	adrp	x1, __bss_start
	add	x1, x1, :lo12:__bss_start
	adrp	x2, __bss_end
	add	x2, x2, :lo12:__bss_end
1:	cmp	x1, x2
	b.hs	2f
	stp	xzr, xzr, [x1], #16
	b	1b
2:	mov	x29, xzr
	mov	x30, xzr
	bl	main
	b	rt_poweroff
	.endm

/* rt_poweroff: PSCI SYSTEM_OFF through `conduit` (hvc or smc). */
	.macro define_poweroff conduit
	.global rt_poweroff
	.type rt_poweroff, %function
rt_poweroff:
	movz	x0, #(PSCI_SYSTEM_OFF & 0xffff)
	movk	x0, #(PSCI_SYSTEM_OFF >> 16), lsl #16
	\conduit	#0
3:	wfi
	b	3b
	.size rt_poweroff, . - rt_poweroff
	.endm
