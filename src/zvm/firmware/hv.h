/*
 * The built-in ZVM-design hypervisor: shared definitions.
 *
 * Runs at EL2 with VHE (HCR_EL2.E2H = 1). CPU 0 runs the shell; every vCPU is pinned to
 * one physical CPU >= 1 (ZVM's policy), so a physical CPU either idles or runs exactly
 * one vCPU, and guest EL1 state stays in the hardware while the vCPU runs.
 */
#ifndef HV_H
#define HV_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t u64;
typedef uint32_t u32;
typedef uint8_t u8;

#define MAX_PCPUS       8
#define MAX_VMS         4
#define MAX_VCPUS       4  /* per VM */
#define NR_LRS_MAX      16
#define VGIC_NR_IRQS    96 /* SGIs, PPIs and 64 SPIs: GICD_TYPER.ITLinesNumber = 2 */

/* ---- system registers ------------------------------------------------------ */
#define read_sysreg(r) ({ u64 _v; __asm__ volatile("mrs %0, " #r : "=r"(_v)); _v; })
#define write_sysreg(r, v) __asm__ volatile("msr " #r ", %0" : : "r"((u64)(v)) : "memory")
#define isb() __asm__ volatile("isb" : : : "memory")
#define dsb(opt) __asm__ volatile("dsb " #opt : : : "memory")
#define wfi() __asm__ volatile("wfi" : : : "memory")
#define irq_mask() __asm__ volatile("msr daifset, #2" : : : "memory")
#define irq_unmask() __asm__ volatile("msr daifclr, #2" : : : "memory")

/* HCR_EL2 values ZVM uses (ZVM-COMPAT.md). */
#define HCR_HOST  0x488000000ULL  /* E2H, TGE, RW */
#define HCR_GUEST 0x48030063DULL  /* E2H, RW, TACR, TIDCP, BSU=IS, FB, AMO, IMO, FMO, PTW, VM */
/* HCR_EL2.API/APK: pointer authentication is not trapped where the CPU has it (QEMU max). */
#define HCR_API_APK ((1ULL << 41) | (1ULL << 40))
extern u64 hcr_guest;
#define VTCR_GUEST 0x80003560ULL  /* 4 KiB granule, start level 1, 32-bit IPA */

/* ESR_ELx.EC values handled. */
#define EC_WFX       0x01
#define EC_HVC64     0x16
#define EC_SMC64     0x17
#define EC_SYS64     0x18
#define EC_IABT_LOW  0x20
#define EC_DABT_LOW  0x24

/* Exception kinds passed from the vectors. */
#define EXC_SYNC 0
#define EXC_IRQ  1
#define EXC_FIQ  2
#define EXC_SERR 3

/* Guest IPA map (what every VM sees). */
#define GUEST_RAM_IPA   0x40000000ULL
#define GUEST_GICD_IPA  0x08000000ULL
#define GUEST_GICR_IPA  0x080A0000ULL
#define GUEST_GICR_STRIDE 0x20000ULL
#define GUEST_UART_IPA  0x09000000ULL

/* Interrupt numbers. */
#define INTID_KICK       0   /* SGI the hypervisor sends to make a CPU re-check its vCPU */
#define INTID_MAINT      25
#define INTID_HTIMER     26
#define INTID_VTIMER     27
#define INTID_PTIMER     30
#define INTID_UART       33

/* ---- console, locks, library --------------------------------------------------- */
typedef struct { volatile u32 v; } spinlock_t;
void spin_lock(spinlock_t *l);
void spin_unlock(spinlock_t *l);

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);
int putchar(int c);
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
size_t strlen(const char *s);

/* Console output of the host (printf) and of the VMs, serialised; each VM line is prefixed
 * with "[vmname] " so the consoles can be told apart. */
void con_host_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void con_host_vprintf(const char *fmt, va_list ap);
void con_host_lock(void);
void con_host_unlock(void);
void con_vm_putc(int vmid, const char *name, int c);
void con_init(void);
int con_getc(void);
int con_rx_empty(void);
int con_skip_to(int c);
void con_tick(void);
#define CON_TICK_HZ 50 /* -1 when no input is waiting */
void uart_irq(void);

/* ---- physical CPUs -------------------------------------------------------------- */
struct vcpu;

struct pcpu {
	u32 id;
	u64 mpidr;
	struct vcpu *vcpu;      /* the vCPU pinned here, or NULL */
	struct vcpu *loaded;    /* the vCPU whose state is in the hardware now */
	u64 stack_top;
	volatile u32 online;
};

extern struct pcpu pcpus[MAX_PCPUS];
extern u32 nr_pcpus;
extern u32 nr_lrs;

static inline struct pcpu *this_pcpu(void)
{
	return (struct pcpu *)read_sysreg(tpidr_el2);
}

/* ---- VMs and vCPUs ------------------------------------------------------------------ */
enum vm_type { VM_ZEPHYR, VM_LINUX };
enum vm_state { VM_NEW, VM_RUNNING, VM_PAUSED, VM_HALTED };
enum vcpu_state { VCPU_OFF, VCPU_ON, VCPU_STOPPED };

/* What the exception vectors save for a guest: keep in step with start.S. */
struct guest_frame {
	u64 x[31];
	u64 pc;      /* ELR_EL2 */
	u64 pstate;  /* SPSR_EL2 */
	u64 host_sp; /* the physical CPU's EL2 stack to switch to on exit */
};

/* Guest EL1 system registers switched when a vCPU is loaded/unloaded. */
enum {
	SR_SCTLR, SR_TTBR0, SR_TTBR1, SR_TCR, SR_MAIR, SR_AMAIR, SR_VBAR, SR_CONTEXTIDR,
	SR_ESR, SR_FAR, SR_AFSR0, SR_AFSR1, SR_ELR, SR_SPSR, SR_CPACR, SR_CNTKCTL,
	SR_SP_EL1, SR_SP_EL0, SR_TPIDR_EL1, SR_TPIDR_EL0, SR_TPIDRRO_EL0, SR_PAR, SR_CSSELR,
	SR_MDSCR, SR_CNTV_CTL, SR_CNTV_CVAL, SR_CNTP_CTL, SR_CNTP_CVAL, NR_SYSREGS
};

struct vgic_cpu {
	u64 lr[NR_LRS_MAX];
	u64 vmcr;
	u64 ap1r0;
	u32 enabled;     /* SGI/PPI enable bits */
	u32 pending;     /* SGI/PPI pending (software) */
	u32 group;
	u32 cfg[2];
	u8 prio[32];
	u32 hw_pending;  /* HW-forwarded PPIs that could not get a list register yet */
};

struct vcpu {
	struct guest_frame frame; /* first: the vectors address it through SP_EL2 */
	u64 sysregs[NR_SYSREGS];
	u64 fpregs[64];
	u64 fpsr, fpcr;
	struct vm *vm;
	u32 idx;
	u32 pcpu;
	volatile u32 state;
	volatile u32 kick;        /* cross-CPU request pending (pause, inject) */
	struct vgic_cpu vgic;
	u64 exits;
	char name[32];
};

struct vuart {
	u32 cr, lcr_h, ibrd, fbrd, ifls, imsc, ris_clear, dmacr;
	u8 rx[256];                 /* a power of two: the indexes run freely */
	volatile u32 rx_head, rx_tail;
	volatile u32 rx_waiting;    /* CPU 0 holds input until the VM reads (vuart_input) */
	u32 at_bol;
};

struct vgic_dist {
	u32 ctlr;
	u32 enabled[VGIC_NR_IRQS / 32];
	u32 pending[VGIC_NR_IRQS / 32];
	u32 active[VGIC_NR_IRQS / 32];
	u32 level[VGIC_NR_IRQS / 32]; /* level-sensitive emulated lines that are high */
	u32 group[VGIC_NR_IRQS / 32];
	u32 cfg[VGIC_NR_IRQS / 16];
	u8 prio[VGIC_NR_IRQS];
	u64 route[VGIC_NR_IRQS];
};

struct vm {
	u32 id;
	volatile u32 state;
	enum vm_type type;
	char name[32];
	u64 ram_pa;         /* host PA backing the guest RAM at IPA 0x4000_0000 */
	u64 ram_size;
	u64 *s2_l1;         /* stage-2 level-1 table */
	u64 *s2_l2;         /* stage-2 level-2 table for IPA 1-2 GiB */
	u64 vttbr;
	u64 cntvoff;
	u32 nr_vcpus;
	u32 loaded;         /* images copied in (first run) */
	volatile u32 reset_pending; /* PSCI SYSTEM_RESET: CPU 0 restarts the VM */
	struct vcpu vcpus[MAX_VCPUS];
	struct vgic_dist gicd;
	spinlock_t lock;
	struct vuart uart;
	u64 entry, dtb_ipa;
};

extern struct vm *vms[MAX_VMS];
extern spinlock_t vm_lock;

/* vm.c */
int vm_new(enum vm_type type);
int vm_run(u32 id);
int vm_pause(u32 id);
int vm_delete(u32 id);
void vm_info(void);
struct vm *vm_get(u32 id);
void vm_halt(struct vm *vm, const char *why);
void vm_reset(struct vm *vm);
void vm_poll_resets(void);
int image_present(enum vm_type type);

/* vcpu.c */
void pcpu_idle_loop(void) __attribute__((noreturn));
void host_tick(void);
void vcpu_kick(struct vcpu *v);
void vcpu_stop(struct vcpu *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void guest_enter(struct guest_frame *f) __attribute__((noreturn));
void fpsimd_save(u64 *regs);
void fpsimd_restore(const u64 *regs);

/* vgic.c */
void gic_init_dist(void);
void gic_init_cpu(void);
void gic_send_sgi(u32 intid, u32 pcpu);
void gic_enable_ppi(u32 intid, int on);
void vgic_vm_init(struct vm *vm);
void vgic_vcpu_init(struct vcpu *v);
int vgic_mmio(struct vcpu *v, u64 ipa, int write, int size, u64 *val);
void vgic_inject(struct vm *vm, u32 intid, u32 target_vcpu);
void vgic_set_level(struct vm *vm, u32 intid, int level);
void vgic_inject_hw(struct vcpu *v, u32 intid);
void vgic_flush(struct vcpu *v);
void vgic_maintenance(struct vcpu *v);
void vgic_sgi_trap(struct vcpu *v, u64 value);
void vgic_save(struct vcpu *v);
void vgic_restore(struct vcpu *v);

/* vuart.c */
int vuart_mmio(struct vcpu *v, u64 off, int write, u64 *val);
int vuart_input(struct vm *vm, int c);
void vuart_update_irq(struct vm *vm);

/* psci.c */
long psci_smc(u64 fn, u64 a1, u64 a2, u64 a3);
void vpsci_call(struct vcpu *v);

/* shell.c */
void shell_run(void) __attribute__((noreturn));
extern volatile int look_vm;

/* mmu.c */
void mmu_init_tables(void);
void mmu_enable(void);

#endif
