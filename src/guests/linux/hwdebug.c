/*
 * The Linux side of the guest's self-hosted debug: a traced child stops at a hardware
 * watchpoint (PTRACE_SETREGSET NT_ARM_HW_WATCH, a DBGWCR/DBGWVR pair), at a hardware
 * breakpoint (NT_ARM_HW_BREAK, DBGBCR/DBGBVR) and is single-stepped (PTRACE_SINGLESTEP,
 * MDSCR_EL1.SS and SPSR.SS). Prints what the tracer sees, the same on QEMU and on our
 * board. Built static with the cross compiler by test/guests/linux-hwdebug.test.ts.
 */
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define NT_PRSTATUS_ 1
#define NT_ARM_HW_BREAK_ 0x402
#define NT_ARM_HW_WATCH_ 0x403
#define TRAP_HWBKPT_ 4

/* As the kernel's struct user_hwdebug_state. */
struct hwdebug {
	uint32_t dbg_info;
	uint32_t pad;
	struct {
		uint64_t addr;
		uint32_t ctrl;
		uint32_t pad;
	} regs[16];
};

/* As the kernel's struct user_pt_regs. */
struct regs {
	uint64_t x[31], sp, pc, pstate;
};

volatile uint64_t watched;

__attribute__((noinline)) void target(void)
{
	__asm__ volatile("nop\n nop\n nop\n nop");
}

static int set_slot0(pid_t pid, int note, uint64_t addr, uint32_t ctrl)
{
	struct hwdebug d = {0};
	d.regs[0].addr = addr;
	d.regs[0].ctrl = ctrl;
	struct iovec iov = {&d, offsetof(struct hwdebug, regs) + sizeof(d.regs[0])};
	return (int)ptrace(PTRACE_SETREGSET, pid, (void *)(long)note, &iov);
}

static uint64_t pc_of(pid_t pid)
{
	struct regs r;
	struct iovec iov = {&r, sizeof(r)};
	ptrace(PTRACE_GETREGSET, pid, (void *)NT_PRSTATUS_, &iov);
	return r.pc;
}

/* Waits for the child's next stop; prints the signal, si_code and whether the address is `expect_addr` (0: the PC). */
static void report(pid_t pid, const char *what, uint64_t expect_addr)
{
	int status;
	siginfo_t si;
	waitpid(pid, &status, 0);
	if (!WIFSTOPPED(status)) {
		printf("%s: no stop (status 0x%x)\n", what, status);
		return;
	}
	ptrace(PTRACE_GETSIGINFO, pid, 0, &si);
	uint64_t addr = (uint64_t)si.si_addr;
	if (expect_addr == 0)
		expect_addr = pc_of(pid);
	printf("%s: signal %d si_code %d address %s, pc - target = %lld, watched = %llu\n", what, WSTOPSIG(status), si.si_code,
	       addr == expect_addr ? "as expected" : "other", (long long)(pc_of(pid) - (uint64_t)target),
	       (unsigned long long)ptrace(PTRACE_PEEKDATA, pid, (void *)&watched, 0));
}

int main(void)
{
	setvbuf(stdout, NULL, _IONBF, 0);
	pid_t pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		watched = 42;
		target();
		_exit(7);
	}
	int status;
	waitpid(pid, &status, 0);

	struct hwdebug d;
	struct iovec iov = {&d, sizeof(d)};
	ptrace(PTRACE_GETREGSET, pid, (void *)NT_ARM_HW_WATCH_, &iov);
	printf("watchpoint slots %u\n", d.dbg_info & 0xff);
	ptrace(PTRACE_GETREGSET, pid, (void *)NT_ARM_HW_BREAK_, &iov);
	printf("breakpoint slots %u\n", d.dbg_info & 0xff);

	/* Enabled, EL0 (PAC 0b10), stores (LSC 0b10), the 8 bytes (BAS 0xff). */
	printf("set watchpoint: %d\n", set_slot0(pid, NT_ARM_HW_WATCH_, (uint64_t)&watched, 1 | (2 << 1) | (2 << 3) | (0xff << 5)));
	ptrace(PTRACE_CONT, pid, 0, 0);
	report(pid, "watchpoint", (uint64_t)&watched);
	set_slot0(pid, NT_ARM_HW_WATCH_, 0, 0);

	/* Enabled, EL0 (PMC 0b10), BAS 0b1111. */
	printf("set breakpoint: %d\n", set_slot0(pid, NT_ARM_HW_BREAK_, (uint64_t)target, 1 | (2 << 1) | (0xf << 5)));
	ptrace(PTRACE_CONT, pid, 0, 0);
	report(pid, "breakpoint", (uint64_t)target);
	set_slot0(pid, NT_ARM_HW_BREAK_, 0, 0);

	for (int i = 0; i < 3; i++) {
		ptrace(PTRACE_SINGLESTEP, pid, 0, 0);
		report(pid, "single step", 0);
	}
	ptrace(PTRACE_CONT, pid, 0, 0);
	waitpid(pid, &status, 0);
	printf("child exit status %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	return 0;
}
