/*
 * RTOS demo guest: entry, EL1 exception vectors and the context switch.
 *
 * Every thread runs at EL1h on its own stack. An exception (IRQ, or SVC for a voluntary
 * switch) pushes a struct k_frame (x0..x30, ELR_EL1, SPSR_EL1) on the interrupted thread's
 * stack and calls a C handler with its address; the handler returns the frame to resume,
 * which may belong to another thread: switching threads = switching stack pointers.
 */
#define PSCI_SYSTEM_OFF 0x84000008
#define FRAME_SIZE      272

	.section .text.boot, "ax"
	.global _start
	.type _start, %function
_start:
	msr	daifset, #0xf
	adrp	x1, __boot_stack_top
	add	x1, x1, :lo12:__boot_stack_top
	mov	sp, x1
	adrp	x1, k_vectors
	add	x1, x1, :lo12:k_vectors
	msr	vbar_el1, x1
	isb
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
	bl	kernel_main
	b	rt_poweroff
	.size _start, . - _start

	.text
	.global rt_poweroff
	.type rt_poweroff, %function
rt_poweroff:
	msr	daifset, #0xf
	movz	x0, #(PSCI_SYSTEM_OFF & 0xffff)
	movk	x0, #(PSCI_SYSTEM_OFF >> 16), lsl #16
	hvc	#0
3:	wfi
	b	3b
	.size rt_poweroff, . - rt_poweroff

	.macro save_frame
	sub	sp, sp, #FRAME_SIZE
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	mrs	x21, elr_el1
	mrs	x22, spsr_el1
	stp	x30, x21, [sp, #240]
	str	x22, [sp, #256]
	.endm

	/* Vector slot: save the frame, x0 = frame, x1 = slot index, call \handler. */
	.macro vec_slot idx, handler
	.balign 0x80
	save_frame
	mov	x0, sp
	mov	x1, #\idx
	bl	\handler
	b	k_frame_resume
	.endm

	.balign 0x800
	.global k_vectors
k_vectors:
	vec_slot 0, k_fault_handler	/* current EL, SP0 */
	vec_slot 1, k_fault_handler
	vec_slot 2, k_fault_handler
	vec_slot 3, k_fault_handler
	vec_slot 4, k_sync_handler	/* current EL, SPx: SVC = k_yield */
	vec_slot 5, k_irq_handler	/* current EL, SPx: IRQ */
	vec_slot 6, k_fault_handler
	vec_slot 7, k_fault_handler
	vec_slot 8, k_fault_handler	/* lower EL, AArch64 */
	vec_slot 9, k_fault_handler
	vec_slot 10, k_fault_handler
	vec_slot 11, k_fault_handler
	vec_slot 12, k_fault_handler	/* lower EL, AArch32 */
	vec_slot 13, k_fault_handler
	vec_slot 14, k_fault_handler
	vec_slot 15, k_fault_handler

/* void k_frame_resume(struct k_frame *frame): restore a saved frame and ERET into it. */
	.global k_frame_resume
	.type k_frame_resume, %function
k_frame_resume:
	mov	sp, x0
	ldp	x30, x21, [sp, #240]
	ldr	x22, [sp, #256]
	msr	elr_el1, x21
	msr	spsr_el1, x22
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
	add	sp, sp, #FRAME_SIZE
	eret
	.size k_frame_resume, . - k_frame_resume
