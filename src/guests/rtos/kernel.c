/*
 * The RTOS kernel: GICv3 + virtual timer setup, the tick, the scheduler and the
 * synchronisation objects. All kernel state is touched with IRQs masked (either inside an
 * exception handler or between k_irq_lock()/k_irq_unlock()).
 */
#include "kernel.h"
#include "../baremetal/rt.h"

/* GICv3 on the virt board. */
#define GICD_BASE        0x08000000UL
#define GICR_BASE        0x080A0000UL   /* RD frame of CPU 0 */
#define GICR_SGI_BASE    (GICR_BASE + 0x10000UL)
#define GICD_CTLR        0x0000
#define GICR_WAKER       0x0014
#define GICR_IGROUPR0    0x0080
#define GICR_ISENABLER0  0x0100
#define GICR_IPRIORITYR  0x0400
#define WAKER_PROCESSOR_SLEEP  (1u << 1)
#define WAKER_CHILDREN_ASLEEP  (1u << 2)

#define INTID_VTIMER     27
#define INTID_SPURIOUS   1023

#define CNTV_CTL_ENABLE  1u

#define ESR_EC_SVC64     0x15

/* Threads start at EL1h, IRQs unmasked (D, A and F masked). */
#define SPSR_EL1H_IRQ_ON 0x345u

#define READ_SYSREG(name) ({ uint64_t _v; __asm__ volatile("mrs %0, " #name : "=r"(_v)); _v; })
#define WRITE_SYSREG(name, v) __asm__ volatile("msr " #name ", %0" : : "r"((uint64_t)(v)))

static inline void mmio_w32(uintptr_t a, uint32_t v) { *(volatile uint32_t *)a = v; }
static inline uint32_t mmio_r32(uintptr_t a) { return *(volatile uint32_t *)a; }
static inline void mmio_w8(uintptr_t a, uint8_t v) { *(volatile uint8_t *)a = v; }

static struct k_thread threads[K_MAX_THREADS];
static int nthreads;
static struct k_thread *current;
static volatile uint64_t tick_count;
static uint64_t tick_cycles;      /* counter ticks per kernel tick */
static uint64_t tick_base;        /* counter value of tick 0 */
static uint64_t irq_count;
static uint64_t tick_late_max;
uint64_t k_tick_late_max(void) { return tick_late_max; }
static int in_isr;
static int need_resched;

static inline uint64_t k_irq_lock(void)
{
	uint64_t daif = READ_SYSREG(daif);
	__asm__ volatile("msr daifset, #2" ::: "memory");
	return daif;
}

static inline void k_irq_unlock(uint64_t daif)
{
	__asm__ volatile("msr daif, %0" : : "r"(daif) : "memory");
}

uint64_t k_cycles(void)
{
	uint64_t v;
	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(v) : : "memory");
	return v;
}

uint64_t k_cycles_per_tick(void) { return tick_cycles; }
uint64_t k_cycle_freq(void) { return READ_SYSREG(cntfrq_el0); }
uint64_t k_tick_deadline(uint64_t tick) { return tick_base + tick * tick_cycles; }
uint64_t k_ticks(void) { return tick_count; }
uint64_t k_irq_count(void) { return irq_count; }
struct k_thread *k_current(void) { return current; }
int k_thread_count(void) { return nthreads; }
struct k_thread *k_thread_at(int i) { return (i >= 0 && i < nthreads) ? &threads[i] : NULL; }

const char *k_state_name(enum k_state s)
{
	switch (s) {
	case K_READY: return "ready";
	case K_SLEEPING: return "sleeping";
	case K_BLOCKED: return "blocked";
	default: return "dead";
	}
}

static void thread_exit(void)
{
	uint64_t key = k_irq_lock();
	current->state = K_DEAD;
	k_irq_unlock(key);
	for (;;)
		k_yield();
}

struct k_thread *k_thread_create(const char *name, int prio, k_entry_t entry, void *arg,
				 uint8_t *stack, size_t stack_size)
{
	if (nthreads >= K_MAX_THREADS)
		return NULL;
	struct k_thread *t = &threads[nthreads++];
	uintptr_t top = ((uintptr_t)stack + stack_size) & ~(uintptr_t)15;
	struct k_frame *f = (struct k_frame *)(top - sizeof(struct k_frame));
	memset(f, 0, sizeof(*f));
	f->x[0] = (uint64_t)(uintptr_t)arg;
	f->x[30] = (uint64_t)(uintptr_t)thread_exit;
	f->elr = (uint64_t)(uintptr_t)entry;
	f->spsr = SPSR_EL1H_IRQ_ON;
	t->name = name;
	t->prio = prio;
	t->state = K_READY;
	t->frame = f;
	t->stack_base = stack;
	t->stack_size = stack_size;
	return t;
}

/*
 * Picks the highest-priority ready thread. Among equals, the search starts after the
 * current thread, so threads of one priority take turns (round robin).
 */
static struct k_thread *pick_next(void)
{
	struct k_thread *best = NULL;
	int start = current ? (int)(current - threads) + 1 : 0;
	for (int n = 0; n < nthreads; n++) {
		struct k_thread *t = &threads[(start + n) % nthreads];
		if (t->state != K_READY)
			continue;
		if (!best || t->prio < best->prio)
			best = t;
	}
	return best;
}

/* Saves the interrupted context into the current thread and returns the frame to resume. */
static struct k_frame *schedule(struct k_frame *frame)
{
	need_resched = 0;
	if (current)
		current->frame = frame;
	struct k_thread *next = pick_next();
	if (next != current)
		next->switches_in++;
	current = next;
	return current->frame;
}

static void wake_sleepers(void)
{
	for (int i = 0; i < nthreads; i++) {
		struct k_thread *t = &threads[i];
		if (t->state == K_SLEEPING && t->wake_tick <= tick_count) {
			t->state = K_READY;
			need_resched = 1;
		}
	}
}

static void timer_tick(void)
{
	uint64_t cval = READ_SYSREG(cntv_cval_el0);
	uint64_t now = k_cycles();
	uint64_t late = now - cval;
	if (late > tick_late_max)
		tick_late_max = late;
	/* Catch up if ticks were missed, then program the next one. */
	do {
		cval += tick_cycles;
		tick_count++;
	} while (cval <= now);
	WRITE_SYSREG(cntv_cval_el0, cval);
	wake_sleepers();
	need_resched = 1; /* time slice among equal priorities */
}

/* IRQ vector: acknowledge through the CPU interface, dispatch, end of interrupt. */
struct k_frame *k_irq_handler(struct k_frame *frame, uint64_t slot)
{
	(void)slot;
	uint64_t intid = READ_SYSREG(icc_iar1_el1) & 0xffffff;
	if (intid >= INTID_SPURIOUS)
		return frame;
	irq_count++;
	in_isr = 1;
	if (intid == INTID_VTIMER)
		timer_tick();
	WRITE_SYSREG(icc_eoir1_el1, intid);
	__asm__ volatile("isb");
	struct k_frame *next = need_resched ? schedule(frame) : frame;
	in_isr = 0;
	return next;
}

/* Synchronous exceptions at EL1: SVC #0 is k_yield(); anything else is fatal. */
struct k_frame *k_sync_handler(struct k_frame *frame, uint64_t slot)
{
	uint64_t esr = READ_SYSREG(esr_el1);
	if ((esr >> 26) == ESR_EC_SVC64)
		return schedule(frame);
	printf("\nFATAL: synchronous exception in thread %s: ESR_EL1=0x%llx ELR_EL1=0x%llx FAR_EL1=0x%llx\n",
	       current ? current->name : "-", (unsigned long long)esr, (unsigned long long)frame->elr,
	       (unsigned long long)READ_SYSREG(far_el1));
	(void)slot;
	rt_poweroff();
}

struct k_frame *k_fault_handler(struct k_frame *frame, uint64_t slot)
{
	printf("\nFATAL: unexpected exception (vector %llu) in thread %s: ESR_EL1=0x%llx ELR_EL1=0x%llx\n",
	       (unsigned long long)slot, current ? current->name : "-",
	       (unsigned long long)READ_SYSREG(esr_el1), (unsigned long long)frame->elr);
	rt_poweroff();
}

void k_yield(void)
{
	__asm__ volatile("svc #0" ::: "memory");
}

void k_sleep_until(uint64_t tick)
{
	uint64_t key = k_irq_lock();
	if (tick > tick_count) {
		current->wake_tick = tick;
		current->state = K_SLEEPING;
		k_yield();
	}
	k_irq_unlock(key);
}

void k_sleep_ticks(uint64_t ticks)
{
	k_sleep_until(tick_count + ticks);
}

void k_sem_init(struct k_sem *s, const char *name, uint32_t initial, uint32_t limit)
{
	s->name = name;
	s->count = initial;
	s->limit = limit;
	s->gives = s->takes = 0;
}

void k_sem_take(struct k_sem *s)
{
	uint64_t key = k_irq_lock();
	while (s->count == 0) {
		current->state = K_BLOCKED;
		current->waiting_on = s;
		k_yield();
	}
	s->count--;
	s->takes++;
	k_irq_unlock(key);
}

void k_sem_give(struct k_sem *s)
{
	uint64_t key = k_irq_lock();
	struct k_thread *waiter = NULL;
	if (s->count < s->limit)
		s->count++;
	s->gives++;
	for (int i = 0; i < nthreads; i++) {
		struct k_thread *t = &threads[i];
		if (t->state == K_BLOCKED && t->waiting_on == s && (!waiter || t->prio < waiter->prio))
			waiter = t;
	}
	if (waiter) {
		waiter->state = K_READY;
		waiter->waiting_on = NULL;
		if (in_isr)
			need_resched = 1;
		else if (waiter->prio < current->prio)
			k_yield();
	}
	k_irq_unlock(key);
}

void k_msgq_init(struct k_msgq *q, const char *name, uint64_t *buf, uint32_t depth)
{
	k_sem_init(&q->items, name, 0, depth);
	k_sem_init(&q->slots, name, depth, depth);
	q->buf = buf;
	q->depth = depth;
	q->head = q->tail = 0;
}

void k_msgq_put(struct k_msgq *q, uint64_t msg)
{
	k_sem_take(&q->slots);
	uint64_t key = k_irq_lock();
	q->buf[q->tail] = msg;
	q->tail = (q->tail + 1) % q->depth;
	k_irq_unlock(key);
	k_sem_give(&q->items);
}

uint64_t k_msgq_get(struct k_msgq *q)
{
	k_sem_take(&q->items);
	uint64_t key = k_irq_lock();
	uint64_t msg = q->buf[q->head];
	q->head = (q->head + 1) % q->depth;
	k_irq_unlock(key);
	k_sem_give(&q->slots);
	return msg;
}

/* Distributor, redistributor of CPU 0 and the system-register CPU interface. */
static void gic_init(void)
{
	mmio_w32(GICD_BASE + GICD_CTLR, 0x37); /* ARE, enable group 0 / group 1 */
	uint32_t waker = mmio_r32(GICR_BASE + GICR_WAKER);
	mmio_w32(GICR_BASE + GICR_WAKER, waker & ~WAKER_PROCESSOR_SLEEP);
	while (mmio_r32(GICR_BASE + GICR_WAKER) & WAKER_CHILDREN_ASLEEP)
		;
	mmio_w32(GICR_SGI_BASE + GICR_IGROUPR0, 1u << INTID_VTIMER);
	mmio_w8(GICR_SGI_BASE + GICR_IPRIORITYR + INTID_VTIMER, 0x80);
	mmio_w32(GICR_SGI_BASE + GICR_ISENABLER0, 1u << INTID_VTIMER);
	WRITE_SYSREG(icc_sre_el1, 7);
	__asm__ volatile("isb");
	WRITE_SYSREG(icc_pmr_el1, 0xff);
	WRITE_SYSREG(icc_bpr1_el1, 0);
	WRITE_SYSREG(icc_igrpen1_el1, 1);
	__asm__ volatile("isb");
}

/* 1 kHz tick from the EL1 virtual timer, compare-value based so it never drifts. */
static void timer_init(void)
{
	tick_cycles = k_cycle_freq() / K_TICK_HZ;
	tick_base = k_cycles();
	WRITE_SYSREG(cntv_cval_el0, tick_base + tick_cycles);
	WRITE_SYSREG(cntv_ctl_el0, CNTV_CTL_ENABLE);
	__asm__ volatile("isb");
}

static void idle_thread(void *arg)
{
	(void)arg;
	for (;;) {
		current->work++;
		__asm__ volatile("wfi");
	}
}

static uint8_t idle_stack[2048] __attribute__((aligned(16)));

void k_start(void)
{
	k_thread_create("idle", K_PRIO_IDLE, idle_thread, NULL, idle_stack, sizeof(idle_stack));
	gic_init();
	timer_init();
	current = NULL;
	struct k_frame *first = schedule(NULL);
	extern void k_frame_resume(struct k_frame *f) __attribute__((noreturn));
	k_frame_resume(first);
}

void kernel_main(void)
{
	app_main();
	k_start();
}
