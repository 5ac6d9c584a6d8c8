/*
 * VM lifecycle: creation (RAM slot, stage-2 tables, vCPUs pinned to free physical CPUs),
 * first run (images copied from where the loader staged them), pause, delete, halt and
 * reset. Guest RAM is always at IPA 0x4000_0000; devices are left out of stage 2 so that
 * every access to them traps and is emulated.
 */
#include "hv.h"

/* Where images are staged by the loader, as ZVM expects them (ZVM-COMPAT.md). */
#define STAGE_ZEPHYR  0xE0000000ULL
#define STAGE_LINUX   0xE4000000ULL
#define STAGE_DTB     0xEC000000ULL
#define STAGE_INITRD  0xF0000000ULL
#define ZEPHYR_COPY_MAX (16ULL << 20)
#define LINUX_DTB_IPA   0x70000000ULL   /* host PA 0xC000_0000 in the Linux VM */
#define LINUX_INITRD_IPA 0x49000000ULL  /* host PA 0x9900_0000 in the Linux VM */

#define MIB (1ULL << 20)

struct ram_slot {
	u64 pa, size;
	enum vm_type type;
	int used, dirty;
};

static struct ram_slot slots[] = {
	{ 0x80000000ULL, 128 * MIB, VM_ZEPHYR, 0, 0 },
	{ 0x90000000ULL, 1024 * MIB, VM_LINUX, 0, 0 },
	{ 0x88000000ULL, 128 * MIB, VM_ZEPHYR, 0, 0 },
};
#define NR_SLOTS (sizeof(slots) / sizeof(slots[0]))

struct vm *vms[MAX_VMS];
spinlock_t vm_lock;
static struct vm vm_storage[MAX_VMS];
static u64 s2_tables[MAX_VMS][2][512] __attribute__((aligned(4096)));

/* Stage-2 block descriptor: normal write-back memory, read/write, inner shareable, AF. */
#define S2_BLOCK_RAM (1ULL | (0xfULL << 2) | (3ULL << 6) | (3ULL << 8) | (1ULL << 10))
#define S2_TABLE     3ULL

struct vm *vm_get(u32 id)
{
	return id < MAX_VMS ? vms[id] : NULL;
}

static const char *type_name(enum vm_type t)
{
	return t == VM_LINUX ? "linux_os" : "zephyr_os";
}

static const char *state_name(u32 s)
{
	switch (s) {
	case VM_NEW: return "pending";
	case VM_RUNNING: return "running";
	case VM_PAUSED: return "paused";
	default: return "halted";
	}
}

static void set_name(char *dst, const char *a, u32 n, const char *suffix)
{
	while (*a)
		*dst++ = *a++;
	*dst++ = '-';
	*dst++ = (char)('0' + n);
	while (suffix && *suffix)
		*dst++ = *suffix++;
	*dst = 0;
}

static u32 be32(const u8 *p)
{
	return (u32)p[0] << 24 | (u32)p[1] << 16 | (u32)p[2] << 8 | p[3];
}

int image_present(enum vm_type type)
{
	if (type == VM_LINUX)
		return *(volatile u32 *)(STAGE_LINUX + 56) == 0x644d5241; /* "ARM\x64" */
	return *(volatile u32 *)STAGE_ZEPHYR != 0;
}

/* The initrd size from the staged DTB's /chosen (linux,initrd-start/end), or 0. */
static u64 staged_initrd_size(void)
{
	const u8 *fdt = (const u8 *)STAGE_DTB;
	if (be32(fdt) != 0xd00dfeed)
		return 0;
	const u8 *st = fdt + be32(fdt + 8), *strs = fdt + be32(fdt + 12);
	int depth = 0, in_chosen = 0;
	u64 start = 0, end = 0;
	for (u32 off = 0; off < be32(fdt + 36);) {
		u32 tok = be32(st + off);
		off += 4;
		if (tok == 1) { /* FDT_BEGIN_NODE */
			const char *name = (const char *)st + off;
			depth++;
			in_chosen = depth == 2 && strcmp(name, "chosen") == 0;
			off += (u32)strlen(name) + 1;
			off = (off + 3) & ~3u;
		} else if (tok == 2) { /* FDT_END_NODE */
			depth--;
			in_chosen = 0;
		} else if (tok == 3) { /* FDT_PROP */
			u32 len = be32(st + off), nameoff = be32(st + off + 4);
			const u8 *val = st + off + 8;
			if (in_chosen) {
				const char *pn = (const char *)strs + nameoff;
				u64 v = len == 8 ? ((u64)be32(val) << 32 | be32(val + 4)) : len == 4 ? be32(val) : 0;
				if (strcmp(pn, "linux,initrd-start") == 0)
					start = v;
				else if (strcmp(pn, "linux,initrd-end") == 0)
					end = v;
			}
			off += 8 + ((len + 3) & ~3u);
		} else if (tok == 9) { /* FDT_END */
			break;
		}
	}
	return end > start ? end - start : 0;
}

static void build_stage2(struct vm *vm)
{
	u64 *l1 = vm->s2_l1, *l2 = vm->s2_l2;
	memset(l1, 0, 4096);
	memset(l2, 0, 4096);
	l1[GUEST_RAM_IPA >> 30] = (u64)(uintptr_t)l2 | S2_TABLE;
	for (u64 i = 0; i < vm->ram_size >> 21; i++)
		l2[i] = (vm->ram_pa + (i << 21)) | S2_BLOCK_RAM;
	dsb(ish);
	vm->vttbr = (u64)(uintptr_t)l1 | ((u64)(vm->id + 1) << 48);
}

/* Zeroes a slot before reuse (a deleted VM leaves nothing behind for the next one). */
static void scrub(u64 pa, u64 size)
{
	for (u64 a = pa; a < pa + size; a += 64)
		__asm__ volatile("dc zva, %0" : : "r"(a) : "memory");
	dsb(ish);
}

static void tlb_flush_vmid(struct vm *vm)
{
	/* TLBI VMALLS12E1IS acts on the current VMID: select the VM's VTTBR first. */
	u64 daif = read_sysreg(daif);
	irq_mask();
	u64 saved_hcr = read_sysreg(hcr_el2), saved = read_sysreg(vttbr_el2);
	write_sysreg(vttbr_el2, vm->vttbr);
	isb();
	__asm__ volatile("tlbi vmalls12e1is\n dsb ish" ::: "memory");
	write_sysreg(vttbr_el2, saved);
	write_sysreg(hcr_el2, saved_hcr);
	isb();
	write_sysreg(daif, daif);
}

int vm_new(enum vm_type type)
{
	u32 id, s;
	for (id = 0; id < MAX_VMS && vms[id]; id++)
		;
	if (id == MAX_VMS) {
		con_host_printf("zvm: no free VM id (at most %d VMs)\n", MAX_VMS);
		return -1;
	}
	for (s = 0; s < NR_SLOTS && (slots[s].used || slots[s].type != type); s++)
		;
	if (s == NR_SLOTS) {
		con_host_printf("zvm: no free memory for another %s VM\n", type_name(type));
		return -1;
	}
	/* vCPUs: Linux gets two if two physical CPUs are free, Zephyr one. */
	u32 free_cpus[MAX_VCPUS], nfree = 0;
	for (u32 c = 1; c < nr_pcpus && nfree < MAX_VCPUS; c++)
		if (!pcpus[c].vcpu)
			free_cpus[nfree++] = c;
	u32 want = type == VM_LINUX ? 2 : 1;
	if (nfree == 0) {
		con_host_printf("zvm: no free physical CPU for a vCPU (vCPUs are pinned, one per CPU >= 1)\n");
		return -1;
	}
	if (want > nfree)
		want = nfree;

	struct vm *vm = &vm_storage[id];
	memset(vm, 0, sizeof(*vm));
	vm->id = id;
	vm->type = type;
	vm->state = VM_NEW;
	set_name(vm->name, type_name(type), id, 0);
	slots[s].used = 1;
	if (slots[s].dirty) {
		scrub(slots[s].pa, slots[s].size);
		slots[s].dirty = 0;
	}
	vm->ram_pa = slots[s].pa;
	vm->ram_size = slots[s].size;
	vm->s2_l1 = s2_tables[id][0];
	vm->s2_l2 = s2_tables[id][1];
	build_stage2(vm);
	tlb_flush_vmid(vm);
	vgic_vm_init(vm);
	vm->nr_vcpus = want;
	for (u32 i = 0; i < want; i++) {
		struct vcpu *v = &vm->vcpus[i];
		v->vm = vm;
		v->idx = i;
		v->pcpu = free_cpus[i];
		v->state = VCPU_OFF;
		/* "<vmname>-vcpu<N>", ZVM's thread name */
		memcpy(v->name, vm->name, strlen(vm->name));
		memcpy(v->name + strlen(vm->name), "-vcpu", 5);
		v->name[strlen(vm->name) + 5] = (char)('0' + i);
		vgic_vcpu_init(v);
	}
	vm->uart.at_bol = 1;
	spin_lock(&vm_lock);
	vms[id] = vm;
	for (u32 i = 0; i < want; i++)
		pcpus[free_cpus[i]].vcpu = &vm->vcpus[i];
	spin_unlock(&vm_lock);
	char cpus[2 * MAX_VCPUS + 1];
	u32 k = 0;
	for (u32 i = 0; i < want; i++) {
		if (i)
			cpus[k++] = ' ';
		cpus[k++] = (char)('0' + free_cpus[i]);
	}
	cpus[k] = 0;
	con_host_printf("zvm: created VM %u (%s): %u vCPU(s) on CPU %s, %llu MiB RAM at PA 0x%llx\n", id, vm->name, want,
			cpus, (unsigned long long)(vm->ram_size >> 20), (unsigned long long)vm->ram_pa);
	return (int)id;
}

void vcpu_reset_state(struct vcpu *v, u64 entry, u64 x0);

/* Copies the staged images into the VM's RAM and puts vCPU 0 at the entry point. */
static int vm_load_images(struct vm *vm)
{
	u8 *ram = (u8 *)(uintptr_t)vm->ram_pa;
	if (!image_present(vm->type)) {
		con_host_printf("zvm: no %s image staged at 0x%llx\n", type_name(vm->type),
				(unsigned long long)(vm->type == VM_LINUX ? STAGE_LINUX : STAGE_ZEPHYR));
		return -1;
	}
	if (vm->type == VM_ZEPHYR) {
		memcpy(ram, (void *)STAGE_ZEPHYR, ZEPHYR_COPY_MAX < vm->ram_size ? ZEPHYR_COPY_MAX : vm->ram_size);
		vm->entry = GUEST_RAM_IPA;
		vm->dtb_ipa = 0;
	} else {
		const u64 *hdr = (const u64 *)STAGE_LINUX;
		u64 text_offset = hdr[1], image_size = hdr[2];
		const u8 *dtb = (const u8 *)STAGE_DTB;
		if (image_size == 0 || text_offset + image_size > vm->ram_size || be32(dtb) != 0xd00dfeed) {
			con_host_printf("zvm: bad Linux image or no device tree staged at 0x%llx\n",
					(unsigned long long)STAGE_DTB);
			return -1;
		}
		memcpy(ram + text_offset, (void *)STAGE_LINUX, image_size);
		memcpy(ram + (LINUX_DTB_IPA - GUEST_RAM_IPA), dtb, be32(dtb + 4));
		u64 initrd = staged_initrd_size();
		if (initrd)
			memcpy(ram + (LINUX_INITRD_IPA - GUEST_RAM_IPA), (void *)STAGE_INITRD, initrd);
		vm->entry = GUEST_RAM_IPA + text_offset;
		vm->dtb_ipa = LINUX_DTB_IPA;
	}
	__asm__ volatile("dsb ish\n ic ialluis\n dsb ish\n isb" ::: "memory");
	vm->loaded = 1;
	return 0;
}

static void vm_start_vcpus(struct vm *vm)
{
	for (u32 i = 0; i < vm->nr_vcpus; i++) {
		struct vcpu *v = &vm->vcpus[i];
		vcpu_reset_state(v, vm->entry, vm->dtb_ipa);
		vgic_vcpu_init(v);
		v->state = i == 0 ? VCPU_ON : VCPU_OFF;
	}
	vgic_vm_init(vm);
	vm->uart.imsc = 0;
	vm->uart.ris_clear = 0;
	vm->cntvoff = read_sysreg(cntpct_el0);
}

static void kick_all(struct vm *vm)
{
	for (u32 i = 0; i < vm->nr_vcpus; i++)
		vcpu_kick(&vm->vcpus[i]);
}

/* Waits until no physical CPU holds a vCPU of `vm` in its registers. */
static void wait_unloaded(struct vm *vm)
{
	for (u32 i = 0; i < vm->nr_vcpus; i++)
		while (__atomic_load_n(&pcpus[vm->vcpus[i].pcpu].loaded, __ATOMIC_ACQUIRE) == &vm->vcpus[i])
			;
}

int vm_run(u32 id)
{
	struct vm *vm = vm_get(id);
	if (!vm) {
		con_host_printf("zvm: no VM %u\n", id);
		return -1;
	}
	if (vm->state == VM_RUNNING) {
		con_host_printf("zvm: VM %u is already running\n", id);
		return 0;
	}
	if (vm->state == VM_NEW || vm->state == VM_HALTED) {
		if (vm_load_images(vm))
			return -1;
		vm_start_vcpus(vm);
	}
	vm->state = VM_RUNNING;
	kick_all(vm);
	con_host_printf("zvm: VM %u (%s) running\n", id, vm->name);
	return 0;
}

int vm_pause(u32 id)
{
	struct vm *vm = vm_get(id);
	if (!vm || vm->state != VM_RUNNING) {
		con_host_printf("zvm: VM %u is not running\n", id);
		return -1;
	}
	vm->state = VM_PAUSED;
	kick_all(vm);
	wait_unloaded(vm);
	con_host_printf("zvm: VM %u (%s) paused\n", id, vm->name);
	return 0;
}

int vm_delete(u32 id)
{
	struct vm *vm = vm_get(id);
	if (!vm) {
		con_host_printf("zvm: no VM %u\n", id);
		return -1;
	}
	vm->state = VM_HALTED;
	kick_all(vm);
	wait_unloaded(vm);
	spin_lock(&vm_lock);
	for (u32 i = 0; i < vm->nr_vcpus; i++)
		pcpus[vm->vcpus[i].pcpu].vcpu = NULL;
	for (u32 s = 0; s < NR_SLOTS; s++)
		if (slots[s].used && slots[s].pa == vm->ram_pa)
			slots[s].used = 0, slots[s].dirty = 1;
	vms[id] = NULL;
	spin_unlock(&vm_lock);
	tlb_flush_vmid(vm);
	if (look_vm == (int)id)
		look_vm = -1;
	con_host_printf("zvm: VM %u (%s) deleted\n", id, vm->name);
	return 0;
}

/* The guest powered itself off: every vCPU leaves; `zvm run` boots it again. */
void vm_halt(struct vm *vm, const char *why)
{
	vm->state = VM_HALTED;
	kick_all(vm);
	con_host_printf("zvm: VM %u (%s) %s\n", vm->id, vm->name, why);
}

/* PSCI SYSTEM_RESET from a guest: reload the images and start again at vCPU 0. */
void vm_reset(struct vm *vm)
{
	vm_halt(vm, "resets (PSCI SYSTEM_RESET)");
	/* CPU 0 restarts it, outside any guest's exit path, once every vCPU has left. */
	vm->reset_pending = 1;
	gic_send_sgi(INTID_KICK, 0);
}

void vm_poll_resets(void)
{
	for (u32 id = 0; id < MAX_VMS; id++) {
		struct vm *vm = vms[id];
		if (vm && vm->reset_pending) {
			vm->reset_pending = 0;
			wait_unloaded(vm);
			vm_run(id);
		}
	}
}

void vm_info(void)
{
	con_host_printf("%-6s %-14s %-6s %-9s %s\n", "vmid", "name", "vcpus", "vmem(M)", "status");
	for (u32 id = 0; id < MAX_VMS; id++) {
		struct vm *vm = vms[id];
		if (!vm)
			continue;
		int faulted = 0;
		for (u32 i = 0; i < vm->nr_vcpus; i++)
			faulted |= vm->vcpus[i].state == VCPU_STOPPED;
		con_host_printf("%-6u %-14s %-6u %-9llu %s\n", id, vm->name, vm->nr_vcpus,
				(unsigned long long)(vm->ram_size >> 20),
				faulted && vm->state == VM_RUNNING ? "faulted" : state_name(vm->state));
	}
}
