/*
 * Hypervisor entry (CPU 0 from the loader, the others from PSCI CPU_ON), the EL2 vector
 * table, and the guest entry/exit paths.
 *
 * While a guest runs, SP_EL2 points at its vCPU's struct guest_frame, so an exception
 * from the guest saves x0-x30, ELR and SPSR straight into the vCPU and then switches to
 * the physical CPU's stack (frame->host_sp). Exceptions taken at EL2 itself use the
 * ordinary stack frame below and return.
 */
#define FRAME_PC      248
#define FRAME_PSTATE  256
#define FRAME_HOSTSP  264
#define STACK_SIZE    0x4000

	.section .text.boot, "ax"
	.global _start
	.type _start, %function
_start:
	mov	x19, #0			/* CPU index */
	b	common_entry
	.size _start, . - _start

	/* PSCI CPU_ON target: x0 = context id = CPU index. */
	.global secondary_entry
	.type secondary_entry, %function
secondary_entry:
	mov	x19, x0
	b	common_entry
	.size secondary_entry, . - secondary_entry

common_entry:
	msr	daifset, #0xf
	/* VHE host configuration first: E2H changes how EL1 register names are decoded. */
	ldr	x0, =0x488000000
	msr	hcr_el2, x0
	isb
	adrp	x0, hv_vectors
	add	x0, x0, :lo12:hv_vectors
	msr	vbar_el2, x0
	/* Stack: STACK_SIZE bytes per CPU. */
	adrp	x0, __stacks
	add	x0, x0, :lo12:__stacks
	add	x1, x19, #1
	mov	x2, #STACK_SIZE
	madd	x0, x1, x2, x0
	mov	sp, x0
	cbnz	x19, 2f
	/* CPU 0 clears .bss. */
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
	mov	x0, x19
	mov	x1, sp
	bl	hv_cpu_main
3:	wfi
	b	3b

	.text
/* ---- guest entry -------------------------------------------------------------- */
	.global guest_enter
	.type guest_enter, %function
guest_enter:
	mov	sp, x0
	ldr	x1, [sp, #FRAME_PC]
	ldr	x2, [sp, #FRAME_PSTATE]
	msr	elr_el2, x1
	msr	spsr_el2, x2
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
	ldr	x30, [sp, #240]
	eret
	.size guest_enter, . - guest_enter

/* ---- FP/SIMD state of a vCPU (the hypervisor itself never uses FP registers) --------- */
	.global fpsimd_save
	.type fpsimd_save, %function
fpsimd_save:
	stp	q0, q1, [x0, #0]
	stp	q2, q3, [x0, #32]
	stp	q4, q5, [x0, #64]
	stp	q6, q7, [x0, #96]
	stp	q8, q9, [x0, #128]
	stp	q10, q11, [x0, #160]
	stp	q12, q13, [x0, #192]
	stp	q14, q15, [x0, #224]
	stp	q16, q17, [x0, #256]
	stp	q18, q19, [x0, #288]
	stp	q20, q21, [x0, #320]
	stp	q22, q23, [x0, #352]
	stp	q24, q25, [x0, #384]
	stp	q26, q27, [x0, #416]
	stp	q28, q29, [x0, #448]
	stp	q30, q31, [x0, #480]
	mrs	x1, fpsr
	mrs	x2, fpcr
	add	x0, x0, #512
	stp	x1, x2, [x0]
	ret
	.size fpsimd_save, . - fpsimd_save

	.global fpsimd_restore
	.type fpsimd_restore, %function
fpsimd_restore:
	ldp	q0, q1, [x0, #0]
	ldp	q2, q3, [x0, #32]
	ldp	q4, q5, [x0, #64]
	ldp	q6, q7, [x0, #96]
	ldp	q8, q9, [x0, #128]
	ldp	q10, q11, [x0, #160]
	ldp	q12, q13, [x0, #192]
	ldp	q14, q15, [x0, #224]
	ldp	q16, q17, [x0, #256]
	ldp	q18, q19, [x0, #288]
	ldp	q20, q21, [x0, #320]
	ldp	q22, q23, [x0, #352]
	ldp	q24, q25, [x0, #384]
	ldp	q26, q27, [x0, #416]
	ldp	q28, q29, [x0, #448]
	ldp	q30, q31, [x0, #480]
	add	x0, x0, #512
	ldp	x1, x2, [x0]
	msr	fpsr, x1
	msr	fpcr, x2
	ret
	.size fpsimd_restore, . - fpsimd_restore

/* ---- vectors ------------------------------------------------------------------- */
	/* An exception taken at EL2 from EL2: save the caller-saved state and return. */
	.macro host_vector kind
	sub	sp, sp, #272
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x29, [sp, #144]
	mrs	x0, elr_el2
	mrs	x1, spsr_el2
	stp	x30, x0, [sp, #160]
	str	x1, [sp, #176]
	mov	x0, #\kind
	mov	x1, sp
	bl	host_exception
	b	host_return
	.endm

	/* An exception from the guest: save into the vCPU's frame (SP_EL2), then call C. */
	.macro guest_vector kind
	stp	x0, x1, [sp, #0]
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	mov	x0, #\kind
	b	guest_exit_common
	.endm

	.macro unexpected kind
	mov	x0, #\kind
	mov	x1, sp
	b	hv_panic_vector
	.endm

	.balign 2048
	.global hv_vectors
hv_vectors:
	/* current EL with SP_EL0: never used */
	.balign 0x80
	unexpected 0
	.balign 0x80
	unexpected 1
	.balign 0x80
	unexpected 2
	.balign 0x80
	unexpected 3
	/* current EL with SP_ELx */
	.balign 0x80
	host_vector 0
	.balign 0x80
	host_vector 1
	.balign 0x80
	host_vector 2
	.balign 0x80
	host_vector 3
	/* lower EL, AArch64 */
	.balign 0x80
	guest_vector 0
	.balign 0x80
	guest_vector 1
	.balign 0x80
	guest_vector 2
	.balign 0x80
	guest_vector 3
	/* lower EL, AArch32: not supported (ID registers say so) */
	.balign 0x80
	unexpected 12
	.balign 0x80
	unexpected 13
	.balign 0x80
	unexpected 14
	.balign 0x80
	unexpected 15

host_return:
	ldr	x1, [sp, #176]
	ldp	x30, x0, [sp, #160]
	msr	elr_el2, x0
	msr	spsr_el2, x1
	ldp	x0, x1, [sp, #0]
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x29, [sp, #144]
	add	sp, sp, #272
	eret

guest_exit_common:
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	mrs	x2, elr_el2
	mrs	x3, spsr_el2
	stp	x30, x2, [sp, #240]
	str	x3, [sp, #FRAME_PSTATE]
	mov	x1, sp
	ldr	x2, [sp, #FRAME_HOSTSP]
	mov	sp, x2
	mov	x29, xzr
	mov	x30, xzr
	bl	guest_exit		/* (kind, frame): never returns */
	b	.

	.bss
	.balign 16
	.global __stacks
__stacks:
	.space STACK_SIZE * 8
