/*
 * PSCI: calls the hypervisor makes to the board (SMC conduit), and PSCI 0.2 answered to
 * guests over HVC.
 */
#include "hv.h"

#define PSCI_VERSION          0x84000000U
#define PSCI_CPU_SUSPEND_32   0x84000001U
#define PSCI_CPU_SUSPEND_64   0xC4000001U
#define PSCI_CPU_OFF          0x84000002U
#define PSCI_CPU_ON_32        0x84000003U
#define PSCI_CPU_ON_64        0xC4000003U
#define PSCI_AFFINITY_INFO_32 0x84000004U
#define PSCI_AFFINITY_INFO_64 0xC4000004U
#define PSCI_MIGRATE_INFO     0x84000006U
#define PSCI_SYSTEM_OFF       0x84000008U
#define PSCI_SYSTEM_RESET     0x84000009U

#define PSCI_SUCCESS           0
#define PSCI_NOT_SUPPORTED    -1
#define PSCI_INVALID_PARAMS   -2
#define PSCI_ALREADY_ON       -4

long psci_smc(u64 fn, u64 a1, u64 a2, u64 a3)
{
	register u64 x0 __asm__("x0") = fn;
	register u64 x1 __asm__("x1") = a1;
	register u64 x2 __asm__("x2") = a2;
	register u64 x3 __asm__("x3") = a3;
	__asm__ volatile("smc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3) : : "memory");
	return (long)x0;
}

void vcpu_reset_state(struct vcpu *v, u64 entry, u64 x0);

void vpsci_call(struct vcpu *v)
{
	struct guest_frame *f = &v->frame;
	u32 fn = (u32)f->x[0];
	struct vm *vm = v->vm;
	long ret = PSCI_NOT_SUPPORTED;

	switch (fn) {
	case PSCI_VERSION:
		ret = 2; /* 0.2 */
		break;
	case PSCI_CPU_ON_32:
	case PSCI_CPU_ON_64: {
		u64 target = f->x[1] & 0xff;
		if (target >= vm->nr_vcpus || (f->x[1] & ~0xffULL) != 0) {
			ret = PSCI_INVALID_PARAMS;
			break;
		}
		struct vcpu *t = &vm->vcpus[target];
		spin_lock(&vm->lock);
		if (t->state == VCPU_ON) {
			ret = PSCI_ALREADY_ON;
		} else {
			vcpu_reset_state(t, f->x[2], f->x[3]);
			t->state = VCPU_ON;
			ret = PSCI_SUCCESS;
		}
		spin_unlock(&vm->lock);
		if (ret == PSCI_SUCCESS)
			vcpu_kick(t);
		break;
	}
	case PSCI_CPU_OFF:
		v->state = VCPU_OFF;
		return;
	case PSCI_AFFINITY_INFO_32:
	case PSCI_AFFINITY_INFO_64: {
		u64 target = f->x[1] & 0xff;
		ret = target < vm->nr_vcpus ? (vm->vcpus[target].state == VCPU_ON ? 0 : 1) : PSCI_INVALID_PARAMS;
		break;
	}
	case PSCI_MIGRATE_INFO:
		ret = 2; /* no trusted OS */
		break;
	case PSCI_CPU_SUSPEND_32:
	case PSCI_CPU_SUSPEND_64:
		ret = PSCI_SUCCESS; /* a standby state: returning at once is allowed */
		break;
	case PSCI_SYSTEM_OFF:
		vm_halt(vm, "powered off (PSCI SYSTEM_OFF)");
		return;
	case PSCI_SYSTEM_RESET:
		vm_reset(vm);
		return;
	default:
		break;
	}
	f->x[0] = (u64)ret;
}
