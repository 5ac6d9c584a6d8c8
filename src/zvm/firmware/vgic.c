/*
 * Interrupts: the physical GICv3 (distributor, redistributors, ICC_* CPU interface) and
 * the virtual GIC every VM sees: an emulated distributor and redistributors (trapped
 * MMIO) and the hardware virtual CPU interface fed through the ICH_LR<n>_EL2 list
 * registers. Interrupts that find no free list register wait in software (the spill
 * list) and ICH_HCR_EL2.UIE asks for a maintenance interrupt when registers free up.
 */
#include "hv.h"

#define GICD_BASE       0x08000000UL
#define GICR_BASE       0x080A0000UL
#define GICR_STRIDE     0x20000UL
#define SGI_BASE        0x10000UL

#define GICD_CTLR       0x0000
#define GICD_TYPER      0x0004
#define GICD_IIDR       0x0008
#define GICD_TYPER2     0x000C
#define GICD_IGROUPR    0x0080
#define GICD_ISENABLER  0x0100
#define GICD_ICENABLER  0x0180
#define GICD_ISPENDR    0x0200
#define GICD_ICPENDR    0x0280
#define GICD_ISACTIVER  0x0300
#define GICD_ICACTIVER  0x0380
#define GICD_IPRIORITYR 0x0400
#define GICD_ICFGR      0x0C00
#define GICD_IGRPMODR   0x0D00
#define GICD_IROUTER    0x6000
#define GICD_PIDR2      0xFFE8
#define GICD_CTLR_RWP   (1u << 31)

#define GICR_CTLR       0x0000
#define GICR_IIDR       0x0004
#define GICR_TYPER      0x0008
#define GICR_WAKER      0x0014
#define GICR_PIDR2      0xFFE8
#define GICR_WAKER_PS   (1u << 1)
#define GICR_WAKER_CA   (1u << 2)

#define IIDR_ZVM        0x0100043B  /* implementer Arm, as the model GIC reports */
#define PIDR2_GICV3     0x3B

/* ICH_LR<n>_EL2 fields. */
#define LR_STATE_PENDING (1ULL << 62)
#define LR_STATE_MASK    (3ULL << 62)
#define LR_HW            (1ULL << 61)
#define LR_GROUP1        (1ULL << 60)
#define LR_EOI           (1ULL << 41)
#define LR_PRIO_SHIFT    48
#define LR_PINTID_SHIFT  32
#define ICH_HCR_EN       (1ULL << 0)
#define ICH_HCR_UIE      (1ULL << 1)

static inline u32 mmio_r32(u64 a) { return *(volatile u32 *)a; }
static inline void mmio_w32(u64 a, u32 v) { *(volatile u32 *)a = v; }
static inline void mmio_w64(u64 a, u64 v) { *(volatile u64 *)a = v; }

/* ---- the physical GIC ------------------------------------------------------------ */
void gic_init_dist(void)
{
	mmio_w32(GICD_BASE + GICD_CTLR, 0);
	while (mmio_r32(GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP)
		;
	/* UART0 (SPI 1 = INTID 33): Group 1, to CPU 0, for the shell. */
	mmio_w32(GICD_BASE + GICD_IGROUPR + 4, 1u << 1);
	mmio_w32(GICD_BASE + GICD_IPRIORITYR + 32, 0xa0a0a0a0);
	mmio_w64(GICD_BASE + GICD_IROUTER + 8 * INTID_UART, 0);
	mmio_w32(GICD_BASE + GICD_ISENABLER + 4, 1u << (INTID_UART - 32));
	mmio_w32(GICD_BASE + GICD_CTLR, (1u << 4) | (1u << 1)); /* ARE, EnableGrp1 */
	while (mmio_r32(GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP)
		;
}

void gic_init_cpu(void)
{
	u64 rd = GICR_BASE + this_pcpu()->id * GICR_STRIDE;
	mmio_w32(rd + GICR_WAKER, mmio_r32(rd + GICR_WAKER) & ~GICR_WAKER_PS);
	while (mmio_r32(rd + GICR_WAKER) & GICR_WAKER_CA)
		;
	u64 sgi = rd + SGI_BASE;
	mmio_w32(sgi + GICD_IGROUPR, 0xffffffff);
	for (u32 i = 0; i < 8; i++)
		mmio_w32(sgi + GICD_IPRIORITYR + 4 * i, 0xa0a0a0a0);
	mmio_w32(sgi + GICD_ISENABLER, (1u << INTID_KICK) | (1u << INTID_MAINT) | (1u << INTID_VTIMER) |
					       (1u << INTID_PTIMER) | (1u << INTID_HTIMER));
	write_sysreg(S3_0_C4_C6_0, 0xff);  /* ICC_PMR_EL1 */
	write_sysreg(S3_0_C12_C12_3, 0);   /* ICC_BPR1_EL1 */
	write_sysreg(S3_0_C12_C12_4, 1u << 1); /* ICC_CTLR_EL1.EOImode = 1: EOIR drops, DIR deactivates */
	write_sysreg(S3_0_C12_C12_7, 1);   /* ICC_IGRPEN1_EL1 */
	isb();
}

void gic_send_sgi(u32 intid, u32 pcpu)
{
	u64 mpidr = pcpus[pcpu].mpidr;
	u64 aff1 = (mpidr >> 8) & 0xff, aff2 = (mpidr >> 16) & 0xff, aff3 = (mpidr >> 32) & 0xff;
	u64 v = (1ULL << (mpidr & 0xf)) | (aff1 << 16) | ((u64)intid << 24) | (aff2 << 32) | (aff3 << 48);
	dsb(ish);
	write_sysreg(S3_0_C12_C11_5, v); /* ICC_SGI1R_EL1 */
	isb();
}

/* ---- list registers ---------------------------------------------------------------- */
#define LR_ACCESSORS(n)                                                                   \
	case n:                                                                           \
		if (write)                                                                \
			write_sysreg(S3_4_C12_C12_##n, val);                              \
		else                                                                      \
			val = read_sysreg(S3_4_C12_C12_##n);                              \
		break;
#define LR_ACCESSORS_HI(n, m)                                                             \
	case n:                                                                           \
		if (write)                                                                \
			write_sysreg(S3_4_C12_C13_##m, val);                              \
		else                                                                      \
			val = read_sysreg(S3_4_C12_C13_##m);                              \
		break;

static u64 lr_access(u32 n, int write, u64 val)
{
	switch (n) {
	LR_ACCESSORS(0) LR_ACCESSORS(1) LR_ACCESSORS(2) LR_ACCESSORS(3)
	LR_ACCESSORS(4) LR_ACCESSORS(5) LR_ACCESSORS(6) LR_ACCESSORS(7)
	LR_ACCESSORS_HI(8, 0) LR_ACCESSORS_HI(9, 1) LR_ACCESSORS_HI(10, 2) LR_ACCESSORS_HI(11, 3)
	LR_ACCESSORS_HI(12, 4) LR_ACCESSORS_HI(13, 5) LR_ACCESSORS_HI(14, 6) LR_ACCESSORS_HI(15, 7)
	}
	return val;
}

static u64 lr_read(u32 n) { return lr_access(n, 0, 0); }
static void lr_write(u32 n, u64 v) { lr_access(n, 1, v); }

void vgic_save(struct vcpu *v)
{
	for (u32 n = 0; n < nr_lrs; n++) {
		v->vgic.lr[n] = lr_read(n);
		lr_write(n, 0);
	}
	v->vgic.vmcr = read_sysreg(S3_4_C12_C11_7);  /* ICH_VMCR_EL2 */
	v->vgic.ap1r0 = read_sysreg(S3_4_C12_C9_0);  /* ICH_AP1R0_EL2 */
	write_sysreg(S3_4_C12_C11_0, 0);             /* ICH_HCR_EL2 */
}

void vgic_restore(struct vcpu *v)
{
	for (u32 n = 0; n < nr_lrs; n++)
		lr_write(n, v->vgic.lr[n]);
	write_sysreg(S3_4_C12_C11_7, v->vgic.vmcr);
	write_sysreg(S3_4_C12_C9_0, v->vgic.ap1r0);
	write_sysreg(S3_4_C12_C11_0, ICH_HCR_EN);
}

/* ---- per-VM state ------------------------------------------------------------------- */
void vgic_vm_init(struct vm *vm)
{
	memset(&vm->gicd, 0, sizeof(vm->gicd));
	for (u32 i = 0; i < VGIC_NR_IRQS; i++)
		vm->gicd.prio[i] = 0;
}

void vgic_vcpu_init(struct vcpu *v)
{
	memset(&v->vgic, 0, sizeof(v->vgic));
	v->vgic.vmcr = 0xF8000002ULL; /* VPMR = 0xF8, VENG1 = 1, as ZVM sets it */
	v->vgic.enabled = 0xffff;     /* SGIs are always enabled in GICv3 implementations like QEMU's */
	v->vgic.cfg[0] = 0xaaaaaaaa;  /* SGIs edge */
}

static inline int bit(const u32 *words, u32 n) { return (words[n / 32] >> (n % 32)) & 1; }

static struct vcpu *spi_target(struct vm *vm, u32 intid)
{
	u32 aff0 = (u32)vm->gicd.route[intid] & 0xff;
	return &vm->vcpus[aff0 < vm->nr_vcpus ? aff0 : 0];
}

/* Fills free list registers of the (loaded) vCPU `v` from its pending interrupts. */
void vgic_flush(struct vcpu *v)
{
	struct vm *vm = v->vm;
	struct vgic_cpu *c = &v->vgic;
	u32 in_lr[VGIC_NR_IRQS / 32] = { 0 };
	u32 free_mask = 0;
	int spilled = 0;

	spin_lock(&vm->lock);
	for (u32 n = 0; n < nr_lrs; n++) {
		u64 lr = lr_read(n);
		u32 vintid = (u32)lr;
		if (lr & LR_STATE_MASK) {
			if (vintid < VGIC_NR_IRQS)
				in_lr[vintid / 32] |= 1u << (vintid % 32);
			continue;
		}
		if (lr != 0)
			lr_write(n, 0); /* a finished entry (maybe an EOI maintenance request) */
		free_mask |= 1u << n;
	}
	int grp1 = (vm->gicd.ctlr & 3) != 0;
	for (u32 w = 0; w < VGIC_NR_IRQS / 32 && grp1; w++) {
		u32 cand;
		if (w == 0)
			cand = (c->pending | c->hw_pending) & c->enabled;
		else
			cand = (vm->gicd.pending[w] | vm->gicd.level[w]) & vm->gicd.enabled[w];
		cand &= ~in_lr[w];
		while (cand) {
			u32 b = (u32)__builtin_ctz(cand);
			cand &= cand - 1;
			u32 intid = w * 32 + b;
			if (w != 0 && spi_target(vm, intid) != v)
				continue;
			if (!free_mask) {
				spilled = 1;
				break;
			}
			u32 n = (u32)__builtin_ctz(free_mask);
			free_mask &= free_mask - 1;
			u64 lr = LR_STATE_PENDING | intid;
			u8 prio = w == 0 ? c->prio[b] : vm->gicd.prio[intid];
			lr |= (u64)prio << LR_PRIO_SHIFT;
			if (w == 0 ? (int)((c->group >> b) & 1) : bit(vm->gicd.group, intid))
				lr |= LR_GROUP1;
			if (w == 0 && (c->hw_pending >> b) & 1) {
				lr |= LR_HW | ((u64)intid << LR_PINTID_SHIFT);
				c->hw_pending &= ~(1u << b);
			} else {
				lr |= LR_EOI; /* maintenance on deactivation: re-sample levels, refill */
				if (w == 0)
					c->pending &= ~(1u << b);
				else
					vm->gicd.pending[w] &= ~(1u << b);
			}
			lr_write(n, lr);
		}
	}
	u64 hcr = ICH_HCR_EN | (spilled ? ICH_HCR_UIE : 0);
	write_sysreg(S3_4_C12_C11_0, hcr);
	spin_unlock(&vm->lock);
}

/* INTID 25 is level-sensitive: it stays asserted until the finished entries (EOI) are
 * cleared and the spill condition (UIE) is gone, which is what a flush does. */
void vgic_maintenance(struct vcpu *v)
{
	vgic_flush(v);
}

/* A HW-forwarded PPI (timer) fired for the loaded vCPU: its deactivation by the guest
 * deactivates the physical interrupt (ICH_LR.HW). */
void vgic_inject_hw(struct vcpu *v, u32 intid)
{
	v->vgic.hw_pending |= 1u << intid;
}

static void kick_target(struct vcpu *t)
{
	if (this_pcpu()->loaded != t)
		vcpu_kick(t);
}

/* Software injection of an edge interrupt (SGI, PPI or SPI) into `vm`. */
void vgic_inject(struct vm *vm, u32 intid, u32 target_vcpu)
{
	struct vcpu *t;
	spin_lock(&vm->lock);
	if (intid < 32) {
		t = &vm->vcpus[target_vcpu];
		t->vgic.pending |= 1u << intid;
	} else {
		vm->gicd.pending[intid / 32] |= 1u << (intid % 32);
		t = spi_target(vm, intid);
	}
	spin_unlock(&vm->lock);
	kick_target(t);
}

/* An emulated level-sensitive SPI changes level. */
void vgic_set_level(struct vm *vm, u32 intid, int level)
{
	u32 m = 1u << (intid % 32);
	spin_lock(&vm->lock);
	int was = (vm->gicd.level[intid / 32] & m) != 0;
	if (level)
		vm->gicd.level[intid / 32] |= m;
	else
		vm->gicd.level[intid / 32] &= ~m;
	spin_unlock(&vm->lock);
	if (level && !was)
		kick_target(spi_target(vm, intid));
}

/* A guest write to ICC_SGI1R_EL1 (trapped): SGIs between the VM's vCPUs. */
void vgic_sgi_trap(struct vcpu *v, u64 value)
{
	struct vm *vm = v->vm;
	u32 intid = (value >> 24) & 0xf;
	int irm = (value >> 40) & 1;
	u32 aff1 = (value >> 16) & 0xff;
	for (u32 i = 0; i < vm->nr_vcpus; i++) {
		struct vcpu *t = &vm->vcpus[i];
		int hit = irm ? t != v : (aff1 == 0 && (value >> i) & 1);
		if (hit)
			vgic_inject(vm, intid, i);
	}
}

/* ---- emulated distributor and redistributors ------------------------------------------ */
static u32 bits_read(const u32 *words, u32 reg)
{
	return reg < VGIC_NR_IRQS / 32 ? words[reg] : 0;
}

static int gicd_access(struct vm *vm, u32 off, int write, int size, u64 *val)
{
	struct vgic_dist *d = &vm->gicd;
	u32 v32 = (u32)*val;
	if (off == GICD_CTLR) {
		if (write)
			d->ctlr = v32 & 0x13; /* EnableGrp0/1, ARE; RWP reads 0 */
		else
			*val = d->ctlr | (1u << 4) | (1u << 6); /* ARE and DS are RAO */
		return 1;
	}
	if (off == GICD_TYPER) {
		*val = write ? *val : (VGIC_NR_IRQS / 32 - 1) | (9u << 19); /* ITLinesNumber, IDbits = 10 */
		return 1;
	}
	if (off == GICD_IIDR || off == GICD_TYPER2) {
		if (!write)
			*val = off == GICD_IIDR ? IIDR_ZVM : 0;
		return 1;
	}
	if (off == GICD_PIDR2) {
		if (!write)
			*val = PIDR2_GICV3;
		return 1;
	}
	if (off >= GICD_IROUTER + 8 * 32 && off < GICD_IROUTER + 8 * VGIC_NR_IRQS) {
		u32 n = (off - GICD_IROUTER) / 8;
		int hi = (off & 4) != 0;
		if (write) {
			if (size == 8)
				d->route[n] = *val;
			else if (hi)
				d->route[n] = (d->route[n] & 0xffffffffULL) | ((u64)v32 << 32);
			else
				d->route[n] = (d->route[n] & ~0xffffffffULL) | v32;
		} else {
			*val = size == 8 ? d->route[n] : hi ? d->route[n] >> 32 : (u32)d->route[n];
		}
		return 1;
	}
	if (off >= GICD_IPRIORITYR && off < GICD_IPRIORITYR + VGIC_NR_IRQS) {
		u32 n = off - GICD_IPRIORITYR;
		for (int i = 0; i < size && n + i < VGIC_NR_IRQS; i++) {
			if (n + i < 32)
				continue; /* banked in the redistributors with ARE */
			if (write)
				d->prio[n + i] = (u8)(*val >> (8 * i));
			else if (i == 0)
				*val = 0;
			if (!write)
				*val |= (u64)d->prio[n + i] << (8 * i);
		}
		if (!write && n < 32)
			*val = 0;
		return 1;
	}
	if (off >= GICD_ICFGR && off < GICD_ICFGR + VGIC_NR_IRQS / 4) {
		u32 r = (off - GICD_ICFGR) / 4;
		if (write) {
			if (r >= 2)
				d->cfg[r] = v32;
		} else {
			*val = d->cfg[r];
		}
		return 1;
	}
	if (off >= 0x80 && off < 0x400) {
		u32 reg = (off & 0x7f) / 4, group = off & ~0x7fu;
		u32 *words = group == GICD_IGROUPR ? d->group
			   : group == GICD_ISENABLER || group == GICD_ICENABLER ? d->enabled
			   : group == GICD_ISPENDR || group == GICD_ICPENDR ? d->pending
			   : d->active;
		if (reg == 0 || reg >= VGIC_NR_IRQS / 32) {
			if (!write)
				*val = 0; /* SGIs and PPIs live in the redistributors */
			return 1;
		}
		if (!write) {
			*val = bits_read(words, reg);
			if (group == GICD_ISPENDR || group == GICD_ICPENDR)
				*val |= d->level[reg];
			return 1;
		}
		spin_lock(&vm->lock);
		if (group == GICD_IGROUPR)
			words[reg] = v32;
		else if (group == GICD_ISENABLER || group == GICD_ISPENDR || group == GICD_ISACTIVER)
			words[reg] |= v32;
		else
			words[reg] &= ~v32;
		spin_unlock(&vm->lock);
		return 1;
	}
	if (!write)
		*val = 0; /* other registers: RAZ/WI */
	return 1;
}

static int gicr_access(struct vm *vm, u32 idx, u32 off, int write, int size, u64 *val)
{
	struct vcpu *t = &vm->vcpus[idx];
	struct vgic_cpu *c = &t->vgic;
	u32 v32 = (u32)*val;
	if (off < SGI_BASE) {
		switch (off) {
		case GICR_TYPER: {
			u64 typer = ((u64)idx << 32) | ((u64)idx << 8) | (idx == vm->nr_vcpus - 1 ? 1u << 4 : 0);
			if (!write)
				*val = size == 8 ? typer : (u32)typer;
			return 1;
		}
		case GICR_TYPER + 4:
			if (!write)
				*val = idx;
			return 1;
		case GICR_WAKER:
			/* ProcessorSleep writes are accepted and ignored: a virtual redistributor never
			 * sleeps, so ChildrenAsleep always reads 0. */
			if (!write)
				*val = 0;
			return 1;
		case GICR_IIDR:
			if (!write)
				*val = IIDR_ZVM;
			return 1;
		case GICR_PIDR2:
			if (!write)
				*val = PIDR2_GICV3;
			return 1;
		default:
			if (!write)
				*val = 0;
			return 1;
		}
	}
	off -= SGI_BASE;
	if (off >= GICD_IPRIORITYR && off < GICD_IPRIORITYR + 32) {
		u32 n = off - GICD_IPRIORITYR;
		if (!write)
			*val = 0;
		for (int i = 0; i < size && n + i < 32; i++) {
			if (write)
				c->prio[n + i] = (u8)(*val >> (8 * i));
			else
				*val |= (u64)c->prio[n + i] << (8 * i);
		}
		return 1;
	}
	spin_lock(&vm->lock);
	switch (off) {
	case GICD_IGROUPR:
		if (write)
			c->group = v32;
		else
			*val = c->group;
		break;
	case GICD_ISENABLER:
		if (write)
			c->enabled |= v32;
		else
			*val = c->enabled;
		break;
	case GICD_ICENABLER:
		if (write)
			c->enabled &= ~v32;
		else
			*val = c->enabled;
		break;
	case GICD_ISPENDR:
		if (write)
			c->pending |= v32;
		else
			*val = c->pending | c->hw_pending;
		break;
	case GICD_ICPENDR:
		if (write)
			c->pending &= ~v32;
		else
			*val = c->pending | c->hw_pending;
		break;
	case GICD_ICFGR:
	case GICD_ICFGR + 4:
		if (write) {
			if (off != GICD_ICFGR)
				c->cfg[1] = v32;
		} else {
			*val = c->cfg[(off - GICD_ICFGR) / 4];
		}
		break;
	default:
		if (!write)
			*val = 0; /* ISACTIVER/ICACTIVER, IGRPMODR, NSACR: RAZ/WI */
	}
	spin_unlock(&vm->lock);
	return 1;
}

int vgic_mmio(struct vcpu *v, u64 ipa, int write, int size, u64 *val)
{
	struct vm *vm = v->vm;
	if (ipa >= GUEST_GICD_IPA && ipa < GUEST_GICD_IPA + 0x10000)
		return gicd_access(vm, (u32)(ipa - GUEST_GICD_IPA), write, size, val);
	if (ipa >= GUEST_GICR_IPA && ipa < GUEST_GICR_IPA + vm->nr_vcpus * GUEST_GICR_STRIDE) {
		u64 rel = ipa - GUEST_GICR_IPA;
		return gicr_access(vm, (u32)(rel / GUEST_GICR_STRIDE), (u32)(rel % GUEST_GICR_STRIDE), write, size, val);
	}
	return 0;
}
