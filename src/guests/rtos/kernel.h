/*
 * A small preemptive RTOS kernel for the QEMU `virt` board (Cortex-A53, EL1).
 *
 * Fixed priorities (0 = highest), round-robin among threads of equal priority on each
 * tick, a 1 kHz tick from the EL1 virtual timer (PPI 27) through the GICv3, sleeping,
 * counting semaphores and fixed-size message queues.
 */
#ifndef RTOS_KERNEL_H
#define RTOS_KERNEL_H

#include <stdint.h>
#include <stddef.h>

#define K_MAX_THREADS   10
#define K_TICK_HZ       1000u
#define K_PRIO_IDLE     31

/* Registers saved on an exception, on the interrupted thread's stack (see start.S). */
struct k_frame {
	uint64_t x[31];
	uint64_t elr;
	uint64_t spsr;
	uint64_t pad;
};

enum k_state { K_READY, K_SLEEPING, K_BLOCKED, K_DEAD };

struct k_sem;

struct k_thread {
	const char *name;
	int prio;
	enum k_state state;
	struct k_frame *frame;     /* saved context while not running */
	uint64_t wake_tick;        /* K_SLEEPING: tick to wake at */
	struct k_sem *waiting_on;  /* K_BLOCKED */
	uint64_t switches_in;      /* times the scheduler picked it */
	uint64_t work;             /* application progress counter */
	uint8_t *stack_base;
	size_t stack_size;
};

struct k_sem {
	const char *name;
	uint32_t count;
	uint32_t limit;
	uint64_t gives, takes;
};

struct k_msgq {
	struct k_sem items;
	struct k_sem slots;
	uint32_t head, tail, depth;
	uint64_t *buf;
};

typedef void (*k_entry_t)(void *arg);

struct k_thread *k_thread_create(const char *name, int prio, k_entry_t entry, void *arg,
				 uint8_t *stack, size_t stack_size);
void k_start(void) __attribute__((noreturn));
void k_yield(void);
void k_sleep_ticks(uint64_t ticks);
void k_sleep_until(uint64_t tick);
uint64_t k_ticks(void);
struct k_thread *k_current(void);
int k_thread_count(void);
struct k_thread *k_thread_at(int i);
const char *k_state_name(enum k_state s);

void k_sem_init(struct k_sem *s, const char *name, uint32_t initial, uint32_t limit);
void k_sem_take(struct k_sem *s);
void k_sem_give(struct k_sem *s);

void k_msgq_init(struct k_msgq *q, const char *name, uint64_t *buf, uint32_t depth);
void k_msgq_put(struct k_msgq *q, uint64_t msg);
uint64_t k_msgq_get(struct k_msgq *q);

/* Counter (CNTVCT_EL0) helpers. */
uint64_t k_cycles(void);
uint64_t k_cycles_per_tick(void);
uint64_t k_cycle_freq(void);
/* Counter value at which tick n falls due. */
uint64_t k_tick_deadline(uint64_t tick);
uint64_t k_irq_count(void);
/* Worst delay from a tick falling due to its interrupt handler, in counter ticks. */
uint64_t k_tick_late_max(void);

void app_main(void);

#endif
