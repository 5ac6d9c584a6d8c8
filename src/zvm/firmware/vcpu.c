/*
 * vCPUs: loading a vCPU's EL1 context into a physical CPU and saving it back, the guest
 * exit handler (traps by ESR_EL2.EC, physical interrupts), and the idle loop of the
 * physical CPUs that host vCPUs.
 */
#include "hv.h"

#define PSTATE_EL1H_MASKED 0x3c5ULL
#define SCTLR_EL1_RESET    0x30D00800ULL

/* The EL1 registers of the vCPU live in the hardware while it is loaded. */
static void sysregs_restore(const u64 *s)
{
	write_sysreg(sctlr_el12, s[SR_SCTLR]);
	write_sysreg(ttbr0_el12, s[SR_TTBR0]);
	write_sysreg(ttbr1_el12, s[SR_TTBR1]);
	write_sysreg(tcr_el12, s[SR_TCR]);
	write_sysreg(mair_el12, s[SR_MAIR]);
	write_sysreg(amair_el12, s[SR_AMAIR]);
	write_sysreg(vbar_el12, s[SR_VBAR]);
	write_sysreg(contextidr_el12, s[SR_CONTEXTIDR]);
	write_sysreg(esr_el12, s[SR_ESR]);
	write_sysreg(far_el12, s[SR_FAR]);
	write_sysreg(afsr0_el12, s[SR_AFSR0]);
	write_sysreg(afsr1_el12, s[SR_AFSR1]);
	write_sysreg(elr_el12, s[SR_ELR]);
	write_sysreg(spsr_el12, s[SR_SPSR]);
	write_sysreg(cpacr_el12, s[SR_CPACR]);
	write_sysreg(cntkctl_el12, s[SR_CNTKCTL]);
	write_sysreg(sp_el1, s[SR_SP_EL1]);
	write_sysreg(sp_el0, s[SR_SP_EL0]);
	write_sysreg(tpidr_el1, s[SR_TPIDR_EL1]);
	write_sysreg(tpidr_el0, s[SR_TPIDR_EL0]);
	write_sysreg(tpidrro_el0, s[SR_TPIDRRO_EL0]);
	write_sysreg(par_el1, s[SR_PAR]);
	write_sysreg(csselr_el1, s[SR_CSSELR]);
	write_sysreg(mdscr_el1, s[SR_MDSCR]);
	write_sysreg(cntv_cval_el02, s[SR_CNTV_CVAL]);
	write_sysreg(cntv_ctl_el02, s[SR_CNTV_CTL]);
	write_sysreg(cntp_cval_el02, s[SR_CNTP_CVAL]);
	write_sysreg(cntp_ctl_el02, s[SR_CNTP_CTL]);
}

static void sysregs_save(u64 *s)
{
	s[SR_SCTLR] = read_sysreg(sctlr_el12);
	s[SR_TTBR0] = read_sysreg(ttbr0_el12);
	s[SR_TTBR1] = read_sysreg(ttbr1_el12);
	s[SR_TCR] = read_sysreg(tcr_el12);
	s[SR_MAIR] = read_sysreg(mair_el12);
	s[SR_AMAIR] = read_sysreg(amair_el12);
	s[SR_VBAR] = read_sysreg(vbar_el12);
	s[SR_CONTEXTIDR] = read_sysreg(contextidr_el12);
	s[SR_ESR] = read_sysreg(esr_el12);
	s[SR_FAR] = read_sysreg(far_el12);
	s[SR_AFSR0] = read_sysreg(afsr0_el12);
	s[SR_AFSR1] = read_sysreg(afsr1_el12);
	s[SR_ELR] = read_sysreg(elr_el12);
	s[SR_SPSR] = read_sysreg(spsr_el12);
	s[SR_CPACR] = read_sysreg(cpacr_el12);
	s[SR_CNTKCTL] = read_sysreg(cntkctl_el12);
	s[SR_SP_EL1] = read_sysreg(sp_el1);
	s[SR_SP_EL0] = read_sysreg(sp_el0);
	s[SR_TPIDR_EL1] = read_sysreg(tpidr_el1);
	s[SR_TPIDR_EL0] = read_sysreg(tpidr_el0);
	s[SR_TPIDRRO_EL0] = read_sysreg(tpidrro_el0);
	s[SR_PAR] = read_sysreg(par_el1);
	s[SR_CSSELR] = read_sysreg(csselr_el1);
	s[SR_MDSCR] = read_sysreg(mdscr_el1);
	s[SR_CNTV_CTL] = read_sysreg(cntv_ctl_el02);
	s[SR_CNTV_CVAL] = read_sysreg(cntv_cval_el02);
	s[SR_CNTP_CTL] = read_sysreg(cntp_ctl_el02);
	s[SR_CNTP_CVAL] = read_sysreg(cntp_cval_el02);
	/* The timers must not fire for a vCPU that is not here. */
	write_sysreg(cntv_ctl_el02, 0);
	write_sysreg(cntp_ctl_el02, 0);
}

/* Architectural reset state of a vCPU entering at `entry` (PSCI CPU_ON, VM start). */
void vcpu_reset_state(struct vcpu *v, u64 entry, u64 x0)
{
	memset(&v->frame, 0, sizeof(v->frame.x));
	memset(v->sysregs, 0, sizeof(v->sysregs));
	memset(v->fpregs, 0, sizeof(v->fpregs) + 2 * sizeof(u64));
	v->frame.x[0] = x0;
	v->frame.pc = entry;
	v->frame.pstate = PSTATE_EL1H_MASKED;
	v->sysregs[SR_SCTLR] = SCTLR_EL1_RESET;
}

static void vcpu_load(struct vcpu *v)
{
	struct vm *vm = v->vm;
	struct pcpu *p = this_pcpu();
	write_sysreg(vtcr_el2, VTCR_GUEST);
	write_sysreg(vttbr_el2, vm->vttbr);
	write_sysreg(vmpidr_el2, (1ULL << 31) | v->idx);
	write_sysreg(vpidr_el2, read_sysreg(midr_el1));
	write_sysreg(cntvoff_el2, vm->cntvoff);
	write_sysreg(cnthctl_el2, 0);
	isb();
	sysregs_restore(v->sysregs);
	fpsimd_restore(v->fpregs);
	vgic_restore(v);
	write_sysreg(hcr_el2, hcr_guest);
	isb();
	p->loaded = v;
}

static void vcpu_put(struct vcpu *v)
{
	struct pcpu *p = this_pcpu();
	sysregs_save(v->sysregs);
	fpsimd_save(v->fpregs);
	vgic_save(v);
	write_sysreg(hcr_el2, HCR_HOST);
	isb();
	p->loaded = NULL;
}

static int vcpu_runnable(struct vcpu *v)
{
	return v && v->vm->state == VM_RUNNING && v->state == VCPU_ON;
}

static void __attribute__((noreturn)) vcpu_run(struct vcpu *v)
{
	struct pcpu *p = this_pcpu();
	v->frame.host_sp = p->stack_top;
	v->kick = 0;
	vgic_flush(v);
	guest_enter(&v->frame);
}

void pcpu_idle_loop(void)
{
	struct pcpu *p = this_pcpu();
	for (;;) {
		irq_mask();
		struct vcpu *v = p->vcpu;
		if (vcpu_runnable(v)) {
			if (p->loaded != v)
				vcpu_load(v);
			vcpu_run(v);
		}
		wfi();
		irq_unmask();
		isb();
	}
}

/* Makes the physical CPU of `v` leave the guest and re-check its vCPU's state. */
void vcpu_kick(struct vcpu *v)
{
	v->kick = 1;
	if (v->pcpu != this_pcpu()->id)
		gic_send_sgi(INTID_KICK, v->pcpu);
}

void vcpu_stop(struct vcpu *v, const char *fmt, ...)
{
	va_list ap;
	con_host_lock(); /* called from the exit path: IRQs are masked */
	printf("zvm: %s stopped: ", v->name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf(" (PC 0x%llx, ESR_EL2 0x%llx); the other VMs keep running\n", (unsigned long long)v->frame.pc,
	       (unsigned long long)read_sysreg(esr_el2));
	con_host_unlock();
	v->state = VCPU_STOPPED;
}

/* CPU 0's EL2 physical timer (CNTHP_*, reached as CNTP_* under E2H): the console tick. */
void host_tick(void)
{
	write_sysreg(cntp_tval_el0, read_sysreg(cntfrq_el0) / CON_TICK_HZ);
	write_sysreg(cntp_ctl_el0, 1);
	con_tick();
}

/* Physical interrupts taken while a guest ran (or while idle, with v = NULL). */
static void handle_irqs(struct vcpu *v)
{
	for (;;) {
		u32 intid = (u32)read_sysreg(S3_0_C12_C12_0) & 0xffffff; /* ICC_IAR1_EL1 */
		if (intid >= 1020)
			break;
		write_sysreg(S3_0_C12_C12_1, intid); /* ICC_EOIR1_EL1: priority drop only (EOImode 1) */
		if ((intid == INTID_VTIMER || intid == INTID_PTIMER) && v) {
			vgic_inject_hw(v, intid); /* the guest's deactivation deactivates it */
			continue;
		}
		if (intid == INTID_MAINT && v)
			vgic_maintenance(v);
		else if (intid == INTID_UART)
			uart_irq();
		else if (intid == INTID_HTIMER)
			host_tick();
		write_sysreg(S3_0_C12_C11_1, intid); /* ICC_DIR_EL1 */
	}
}

void host_exception(u64 kind, u64 *frame)
{
	(void)frame;
	if (kind == EXC_IRQ) {
		handle_irqs(NULL);
		return;
	}
	con_host_printf("zvm: PANIC exception %llu at EL2 on CPU %u: ESR_EL2=0x%llx ELR_EL2=0x%llx FAR_EL2=0x%llx\n",
			(unsigned long long)kind, this_pcpu()->id, (unsigned long long)read_sysreg(esr_el2),
			(unsigned long long)read_sysreg(elr_el2), (unsigned long long)read_sysreg(far_el2));
	for (;;)
		wfi();
}

static u64 reg_read(struct vcpu *v, u32 rt)
{
	return rt == 31 ? 0 : v->frame.x[rt];
}

static void reg_write(struct vcpu *v, u32 rt, u64 val)
{
	if (rt != 31)
		v->frame.x[rt] = val;
}

#define SYSREG(op0, op1, crn, crm, op2) (((op0) << 14) | ((op1) << 11) | ((crn) << 7) | ((crm) << 3) | (op2))

/* EC 0x18: a trapped MSR/MRS. Returns 0 when the register is not emulated. */
static int handle_sysreg(struct vcpu *v, u64 esr)
{
	u32 iss = (u32)esr & 0x1ffffff;
	u32 op0 = (iss >> 20) & 3, op2 = (iss >> 17) & 7, op1 = (iss >> 14) & 7;
	u32 crn = (iss >> 10) & 15, rt = (iss >> 5) & 31, crm = (iss >> 1) & 15;
	int read = iss & 1;
	u64 off = v->vm->cntvoff;

	switch (SYSREG(op0, op1, crn, crm, op2)) {
	case SYSREG(3, 0, 12, 11, 5): /* ICC_SGI1R_EL1 */
		if (!read)
			vgic_sgi_trap(v, reg_read(v, rt));
		return 1;
	case SYSREG(3, 0, 12, 11, 6): /* ICC_ASGI1R_EL1 */
	case SYSREG(3, 0, 12, 11, 7): /* ICC_SGI0R_EL1: no Group 0 for guests */
		return 1;
	case SYSREG(3, 0, 1, 0, 1):   /* ACTLR_EL1: RAZ/WI */
		if (read)
			reg_write(v, rt, 0);
		return 1;
	case SYSREG(3, 3, 14, 0, 1):  /* CNTPCT_EL0 */
	case SYSREG(3, 3, 14, 0, 5):  /* CNTPCTSS_EL0 */
		if (read)
			reg_write(v, rt, read_sysreg(cntpct_el0) - off);
		return 1;
	case SYSREG(3, 3, 14, 2, 0):  /* CNTP_TVAL_EL0 */
		if (read)
			reg_write(v, rt, (u32)(read_sysreg(cntp_cval_el02) - read_sysreg(cntpct_el0)));
		else
			write_sysreg(cntp_cval_el02, read_sysreg(cntpct_el0) + (u64)(int64_t)(int32_t)reg_read(v, rt));
		return 1;
	case SYSREG(3, 3, 14, 2, 1):  /* CNTP_CTL_EL0 */
		if (read)
			reg_write(v, rt, read_sysreg(cntp_ctl_el02));
		else
			write_sysreg(cntp_ctl_el02, reg_read(v, rt) & 3);
		return 1;
	case SYSREG(3, 3, 14, 2, 2):  /* CNTP_CVAL_EL0 */
		if (read)
			reg_write(v, rt, read_sysreg(cntp_cval_el02) - off);
		else
			write_sysreg(cntp_cval_el02, reg_read(v, rt) + off);
		return 1;
	}
	return 0;
}

/* EC 0x24: a stage-2 fault. Emulated devices are not mapped in stage 2. */
static void handle_dabt(struct vcpu *v, u64 esr)
{
	u32 iss = (u32)esr & 0x1ffffff;
	u64 far = read_sysreg(far_el2), hpfar = read_sysreg(hpfar_el2);
	u64 ipa = ((hpfar >> 4) << 12) | (far & 0xfff);
	if (!(iss & (1u << 24))) {
		vcpu_stop(v, "data abort without instruction syndrome at IPA 0x%llx (VA 0x%llx)", (unsigned long long)ipa,
			  (unsigned long long)far);
		return;
	}
	int size = 1 << ((iss >> 22) & 3), sse = (iss >> 21) & 1, sf = (iss >> 15) & 1, wnr = (iss >> 6) & 1;
	u32 srt = (iss >> 16) & 31;
	u64 mask = size == 8 ? ~0ULL : (1ULL << (size * 8)) - 1;
	u64 val = wnr ? reg_read(v, srt) & mask : 0;
	int ok;

	if (ipa >= GUEST_UART_IPA && ipa < GUEST_UART_IPA + 0x1000)
		ok = vuart_mmio(v, ipa - GUEST_UART_IPA, wnr, &val);
	else
		ok = vgic_mmio(v, ipa, wnr, size, &val);
	if (!ok) {
		vcpu_stop(v, "%s of %d bytes at unmapped IPA 0x%llx (VA 0x%llx)", wnr ? "write" : "read", size,
			  (unsigned long long)ipa, (unsigned long long)far);
		return;
	}
	if (!wnr) {
		val &= mask;
		if (sse && size < 8 && (val >> (size * 8 - 1)) & 1)
			val |= ~mask;
		if (!sf)
			val &= 0xffffffffULL;
		reg_write(v, srt, val);
	}
	v->frame.pc += 4;
}

void guest_exit(u64 kind, struct guest_frame *f)
{
	struct vcpu *v = (struct vcpu *)f;
	v->exits++;
	if (kind == EXC_IRQ || kind == EXC_FIQ) {
		handle_irqs(v);
	} else if (kind == EXC_SERR) {
		vcpu_stop(v, "SError from the guest");
	} else {
		u64 esr = read_sysreg(esr_el2);
		u32 ec = (u32)(esr >> 26) & 0x3f;
		switch (ec) {
		case EC_HVC64:
			vpsci_call(v);
			break;
		case EC_SYS64:
			if (handle_sysreg(v, esr))
				v->frame.pc += 4;
			else
				vcpu_stop(v, "unhandled system register trap (ISS 0x%llx)", (unsigned long long)(esr & 0x1ffffff));
			break;
		case EC_DABT_LOW:
			handle_dabt(v, esr);
			break;
		case EC_IABT_LOW: {
			u64 ipa = ((read_sysreg(hpfar_el2) >> 4) << 12) | (read_sysreg(far_el2) & 0xfff);
			vcpu_stop(v, "instruction fetch from unmapped IPA 0x%llx", (unsigned long long)ipa);
			break;
		}
		default:
			vcpu_stop(v, "unhandled trap EC 0x%x", ec);
		}
	}
	if (!vcpu_runnable(v) || this_pcpu()->vcpu != v) {
		vcpu_put(v);
		pcpu_idle_loop();
	}
	vcpu_run(v);
}
