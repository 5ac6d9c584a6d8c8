/*
 * The hostile test guest: an arm64 Linux Image header (so the hypervisor accepts it as a
 * "linux" VM image, staged at 0xE400_0000), EL1 vectors that report an exception and
 * skip the faulting instruction, and an IRQ path for the interrupt flood.
 */
	.section .text.boot, "ax"
	.global _start
_start:
	b	entry			/* code0 */
	.word	0			/* code1 */
	.quad	0			/* text_offset */
	.quad	__image_end - _start	/* image_size */
	.quad	0			/* flags */
	.quad	0, 0, 0			/* res2-res4 */
	.ascii	"ARM\x64"		/* magic */
	.word	0			/* res5 */

entry:
	msr	daifset, #0xf
	adrp	x1, __stack_top
	add	x1, x1, :lo12:__stack_top
	mov	sp, x1
	adrp	x1, vectors
	add	x1, x1, :lo12:vectors
	msr	vbar_el1, x1
	isb
	bl	hostile_main
1:	wfi
	b	1b

	.macro vector kind
	.balign 0x80
	sub	sp, sp, #256
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x30, [sp, #144]
	mov	x0, #\kind
	bl	hostile_exception
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x30, [sp, #144]
	add	sp, sp, #256
	eret
	.endm

	.balign 2048
vectors:
	vector 0
	vector 1
	vector 2
	vector 3
	vector 4
	vector 5
	vector 6
	vector 7
	vector 8
	vector 9
	vector 10
	vector 11
	vector 12
	vector 13
	vector 14
	vector 15

	.global rt_poweroff
rt_poweroff:
	movz	x0, #0x0008
	movk	x0, #0x8400, lsl #16
	hvc	#0
	b	.
