/*
 * Boot: CPU 0 sets up the console, the physical GIC and the EL2 page tables, starts the
 * other CPUs with PSCI CPU_ON over SMC (they enter secondary_entry at EL2), starts the
 * VMs whose images are staged, and runs the shell. The other CPUs wait for vCPUs.
 */
#include "hv.h"

#define PSCI_CPU_ON_64 0xC4000003ULL

struct pcpu pcpus[MAX_PCPUS];
u32 nr_pcpus = 1;
u32 nr_lrs;
u64 hcr_guest = HCR_GUEST;

extern char secondary_entry[];

static void cpu_common_init(u32 cpu, u64 stack_top)
{
	struct pcpu *p = &pcpus[cpu];
	p->id = cpu;
	p->mpidr = read_sysreg(mpidr_el1) & 0xff00ffffffULL;
	p->stack_top = stack_top;
	write_sysreg(tpidr_el2, (u64)(uintptr_t)p);
	mmu_enable();
	/* CPTR_EL2 in its E2H layout: FPEN, ZEN, SMEN = 0b11: no FP/SIMD (nor SVE/SME, where a
	 * CPU has them, e.g. QEMU's max) traps; the guests own these registers while pinned. */
	write_sysreg(cptr_el2, (3ULL << 20) | (3ULL << 16) | (3ULL << 24));
	/* The guest's physical counter and timer trap (ZVM: CNTHCTL_EL2 = 0, E2H layout). */
	write_sysreg(cnthctl_el2, 0);
	write_sysreg(cntvoff_el2, 0);
	/* ICC_SRE_EL2: system-register interface, EL1 may use it too (Enable), no bypass. */
	write_sysreg(S3_4_C12_C9_5, 0xf);
	isb();
	gic_init_cpu();
	nr_lrs = (u32)(read_sysreg(S3_4_C12_C11_1) & 0x1f) + 1; /* ICH_VTR_EL2.ListRegs */
	if (nr_lrs > NR_LRS_MAX)
		nr_lrs = NR_LRS_MAX;
}

void hv_cpu_main(u32 cpu, u64 stack_top)
{
	if (cpu != 0) {
		cpu_common_init(cpu, stack_top);
		__atomic_store_n(&pcpus[cpu].online, 1, __ATOMIC_RELEASE);
		pcpu_idle_loop();
	}

	mmu_init_tables();
	con_init();
	cpu_common_init(0, stack_top);
	pcpus[0].online = 1;
	con_host_printf("\n*** zvm-gdbserver built-in hypervisor (ZVM design) at EL2, VHE ***\n");
	if ((read_sysreg(id_aa64mmfr1_el1) >> 8 & 0xf) == 0) {
		con_host_printf("zvm: this CPU has no FEAT_VHE (ID_AA64MMFR1_EL1.VH = 0); stopping\n");
		for (;;)
			wfi();
	}
	gic_init_dist();
	/* ID_AA64ISAR1_EL1.{APA, API, GPA, GPI}: the guests may use pointer authentication. */
	if (read_sysreg(id_aa64isar1_el1) & 0xff0000ff0ULL)
		hcr_guest |= HCR_API_APK;

	for (u32 cpu = 1; cpu < MAX_PCPUS; cpu++) {
		long r = psci_smc(PSCI_CPU_ON_64, cpu, (u64)(uintptr_t)secondary_entry, cpu);
		if (r != 0)
			break;
		while (!__atomic_load_n(&pcpus[cpu].online, __ATOMIC_ACQUIRE))
			;
		nr_pcpus = cpu + 1;
	}
	con_host_printf("zvm: %u physical CPUs online, %u list registers, CPU 0 runs the shell\n", nr_pcpus, nr_lrs);
	shell_run();
}

/* An exception the hypervisor does not expect at EL2: report it and stop this CPU. */
void hv_panic_vector(u64 kind, u64 sp)
{
	con_host_printf("zvm: PANIC unexpected exception kind %llu on CPU %u: ESR_EL2=0x%llx ELR_EL2=0x%llx FAR_EL2=0x%llx SP=0x%llx\n",
			(unsigned long long)kind, this_pcpu()->id, (unsigned long long)read_sysreg(esr_el2),
			(unsigned long long)read_sysreg(elr_el2), (unsigned long long)read_sysreg(far_el2),
			(unsigned long long)sp);
	for (;;)
		wfi();
}
