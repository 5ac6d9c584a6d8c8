/*
 * The RTOS demo application: a periodic control task that measures its own wake-up
 * latency and jitter, a sensor/worker pair synchronised by a semaphore, a logger fed by a
 * message queue, two CPU-bound background threads sharing one priority (round robin,
 * preempted by the tick), and a console command interpreter on the PL011.
 *
 * With no console input the demo runs a fixed scenario (CONTROL_PERIODS periods), then
 * the console runs a scripted session (threads, stats, uptime), prints a summary and
 * powers the board off with PSCI SYSTEM_OFF. Once a character arrives, the console stays
 * interactive instead (`poweroff` ends the run).
 *
 * Built with RTOS_CONTINUOUS=1 (the image the built-in hypervisor runs in the default
 * system) the control task never stops and the logger reports the wake-up latency of
 * every window of LOG_WINDOW periods; the console is interactive from the start.
 */
#include "kernel.h"
#include "../baremetal/rt.h"

#define CONTROL_PERIOD_TICKS 5u     /* 5 ms */
#define CONTROL_PERIODS      200u
#define SENSOR_PERIOD_TICKS  2u
#define BG_BURST_TICKS       2u
#define BG_SLEEP_TICKS       6u
#define CONSOLE_POLL_TICKS   5u
#ifndef RTOS_CONTINUOUS
#define RTOS_CONTINUOUS      0
#endif
#define LOG_WINDOW           (RTOS_CONTINUOUS ? 1000u : 50u)

#define PRIO_CONTROL 1
#define PRIO_SENSOR  2
#define PRIO_LOGGER  3
#define PRIO_WORKER  4
#define PRIO_CONSOLE 5
#define PRIO_BG      10

#define STACK_SIZE 4096

/* PL011 UART. */
#define UART_BASE   0x09000000UL
#define UARTDR      0x000
#define UARTFR      0x018
#define UARTFR_RXFE (1u << 4)

struct control_stats {
	uint32_t periods;
	uint64_t lat_min, lat_max, lat_sum;
	uint64_t jit_max, jit_sum;
	uint64_t last_wake;
	int32_t plant, setpoint;
};

static struct control_stats ctl;
static volatile int scenario_done;
static struct k_sem con_lock;
static struct k_sem sem_data;
static struct k_sem sem_done;
static struct k_msgq log_q;
static uint64_t log_q_buf[16];
static uint64_t logged;
static uint32_t worker_crc;

static struct k_thread *t_control, *t_sensor, *t_logger, *t_worker, *t_console, *t_bg_a, *t_bg_b;

static uint8_t stack_control[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_sensor[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_logger[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_worker[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_console[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_bg_a[STACK_SIZE] __attribute__((aligned(16)));
static uint8_t stack_bg_b[STACK_SIZE] __attribute__((aligned(16)));

static void console_lock(void) { k_sem_take(&con_lock); }
static void console_unlock(void) { k_sem_give(&con_lock); }

/* Integer PI controller driving a first-order plant towards the setpoint. */
static int32_t control_step(struct control_stats *c)
{
	static int32_t integral;
	int32_t error = c->setpoint - c->plant;
	integral += error;
	if (integral > 100000) integral = 100000;
	if (integral < -100000) integral = -100000;
	int32_t u = error / 2 + integral / 16;
	c->plant += (u - c->plant) / 8;
	return u;
}

static void control_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	uint64_t period_cycles = CONTROL_PERIOD_TICKS * k_cycles_per_tick();
	uint64_t next = k_ticks() + CONTROL_PERIOD_TICKS;
	ctl.lat_min = ~0ull;
	ctl.setpoint = 1000;
	while (RTOS_CONTINUOUS || ctl.periods < CONTROL_PERIODS) {
		k_sleep_until(next);
		uint64_t now = k_cycles();
		uint64_t latency = now - k_tick_deadline(next);
		if (latency < ctl.lat_min) ctl.lat_min = latency;
		if (latency > ctl.lat_max) ctl.lat_max = latency;
		ctl.lat_sum += latency;
		if (ctl.periods > 0) {
			uint64_t actual = now - ctl.last_wake;
			uint64_t jitter = actual > period_cycles ? actual - period_cycles : period_cycles - actual;
			if (jitter > ctl.jit_max) ctl.jit_max = jitter;
			ctl.jit_sum += jitter;
		}
		ctl.last_wake = now;
		control_step(&ctl);
		ctl.periods++;
		self->work++;
		k_msgq_put(&log_q, latency);
		next += CONTROL_PERIOD_TICKS;
	}
	scenario_done = 1;
	k_sem_give(&sem_done);
}

static void sensor_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	uint64_t next = k_ticks();
	while (!scenario_done) {
		next += SENSOR_PERIOD_TICKS;
		k_sleep_until(next);
		self->work++;
		k_sem_give(&sem_data);
	}
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n)
{
	crc = ~crc;
	while (n--) {
		crc ^= *p++;
		for (int k = 0; k < 8; k++)
			crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

static void worker_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	static uint8_t block[256];
	for (;;) {
		k_sem_take(&sem_data);
		for (size_t i = 0; i < sizeof(block); i++)
			block[i] = (uint8_t)(self->work + i);
		worker_crc = crc32_update(worker_crc, block, sizeof(block));
		self->work++;
	}
}

static void logger_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	uint64_t win_min = ~0ull, win_max = 0, win_sum = 0;
	for (;;) {
		uint64_t latency = k_msgq_get(&log_q);
		logged++;
		self->work++;
		if (latency < win_min) win_min = latency;
		if (latency > win_max) win_max = latency;
		win_sum += latency;
		if (logged % LOG_WINDOW == 0) {
			console_lock();
			if (RTOS_CONTINUOUS)
				printf("logger: %llu control periods, wake-up latency ticks min %llu avg %llu max %llu\n",
				       (unsigned long long)logged, (unsigned long long)win_min,
				       (unsigned long long)(win_sum / LOG_WINDOW), (unsigned long long)win_max);
			else
				printf("logger: %llu control periods, last wake-up latency %llu ticks\n",
				       (unsigned long long)logged, (unsigned long long)latency);
			console_unlock();
			win_min = ~0ull, win_max = 0, win_sum = 0;
		}
	}
}

/* CPU-bound: computes for BG_BURST_TICKS without yielding, then sleeps. */
static void background_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	uint64_t acc = (uint64_t)(uintptr_t)arg;
	while (!scenario_done) {
		uint64_t until = k_cycles() + BG_BURST_TICKS * k_cycles_per_tick();
		while (k_cycles() < until) {
			for (int i = 0; i < 64; i++)
				acc = acc * 6364136223846793005ull + 1442695040888963407ull;
			self->work++;
		}
		k_sleep_ticks(BG_SLEEP_TICKS);
	}
	(void)acc;
}

/* ---- console ---- */

static int uart_getc_nonblock(void)
{
	if (*(volatile uint32_t *)(UART_BASE + UARTFR) & UARTFR_RXFE)
		return -1;
	return (int)(*(volatile uint32_t *)(UART_BASE + UARTDR) & 0xff);
}

static void print_uptime(void)
{
	uint64_t t = k_ticks();
	printf("uptime: %llu ticks (%llu.%03llu s), %llu interrupts, worst tick irq delay %llu ticks\n",
	       (unsigned long long)t, (unsigned long long)(t / K_TICK_HZ), (unsigned long long)(t % K_TICK_HZ),
	       (unsigned long long)k_irq_count(), (unsigned long long)k_tick_late_max());
}

static void print_threads(void)
{
	printf("  %-8s %4s %-9s %10s %10s\n", "thread", "prio", "state", "switches", "work");
	for (int i = 0; i < k_thread_count(); i++) {
		struct k_thread *t = k_thread_at(i);
		printf("  %-8s %4d %-9s %10llu %10llu\n", t->name, t->prio,
		       t == k_current() ? "running" : k_state_name(t->state),
		       (unsigned long long)t->switches_in, (unsigned long long)t->work);
	}
}

static void print_stats(void)
{
	uint32_t n = ctl.periods;
	printf("control: %u/%u periods of %u ms, counter %llu Hz\n", n, CONTROL_PERIODS, CONTROL_PERIOD_TICKS,
	       (unsigned long long)k_cycle_freq());
	if (n == 0)
		return;
	printf("control: latency ticks min %llu max %llu avg %llu\n", (unsigned long long)ctl.lat_min,
	       (unsigned long long)ctl.lat_max, (unsigned long long)(ctl.lat_sum / n));
	printf("control: jitter ticks max %llu avg %llu\n", (unsigned long long)ctl.jit_max,
	       (unsigned long long)(n > 1 ? ctl.jit_sum / (n - 1) : 0));
	printf("control: plant %d setpoint %d\n", (int)ctl.plant, (int)ctl.setpoint);
	printf("sync: sem_data gives %llu takes %llu, log_q messages %llu\n", (unsigned long long)sem_data.gives,
	       (unsigned long long)sem_data.takes, (unsigned long long)logged);
}

static void run_command(const char *line)
{
	if (strcmp(line, "") == 0)
		return;
	if (strcmp(line, "help") == 0)
		printf("commands: help threads stats uptime poweroff\n");
	else if (strcmp(line, "threads") == 0)
		print_threads();
	else if (strcmp(line, "stats") == 0)
		print_stats();
	else if (strcmp(line, "uptime") == 0)
		print_uptime();
	else if (strcmp(line, "poweroff") == 0) {
		printf("powering off\n");
		rt_poweroff();
	} else
		printf("unknown command '%s' (try help)\n", line);
}

static int summary(void)
{
	int ok = ctl.periods == CONTROL_PERIODS;
	printf("summary: control periods %u/%u\n", ctl.periods, CONTROL_PERIODS);
	printf("summary: latency ticks min %llu max %llu avg %llu\n", (unsigned long long)ctl.lat_min,
	       (unsigned long long)ctl.lat_max, (unsigned long long)(ctl.lat_sum / (ctl.periods ? ctl.periods : 1)));
	printf("summary: jitter ticks max %llu\n", (unsigned long long)ctl.jit_max);
	printf("summary: threads");
	for (int i = 0; i < k_thread_count(); i++) {
		struct k_thread *t = k_thread_at(i);
		printf(" %s=%llu", t->name, (unsigned long long)t->work);
		if (t->work == 0 || t->switches_in == 0)
			ok = 0;
	}
	printf("\n");
	printf("summary: worker crc 0x%08x\n", worker_crc);
	printf("RTOS demo: %s\n", ok ? "PASS" : "FAIL");
	return ok;
}

static void console_task(void *arg)
{
	(void)arg;
	struct k_thread *self = k_current();
	char line[64];
	size_t len = 0;
	int input_seen = 0;
	int announced = 0;
	console_lock();
	printf("console: commands help threads stats uptime poweroff\nrtos> ");
	console_unlock();
	for (;;) {
		int c = uart_getc_nonblock();
		if (c < 0) {
			if (scenario_done && !announced) {
				announced = 1;
				static const char *const script[] = { "threads", "stats", "uptime" };
				console_lock();
				if (!input_seen && !RTOS_CONTINUOUS) {
					printf("\nconsole: no input, scripted session\n");
					for (size_t i = 0; i < sizeof(script) / sizeof(script[0]); i++) {
						printf("rtos> %s\n", script[i]);
						run_command(script[i]);
					}
					summary();
					printf("powering off\n");
					rt_poweroff();
				}
				printf("\nconsole: scenario complete (type 'stats', 'poweroff')\nrtos> ");
				console_unlock();
			}
			self->work++;
			k_sleep_ticks(CONSOLE_POLL_TICKS);
			continue;
		}
		input_seen = 1;
		console_lock();
		if (c == '\r' || c == '\n') {
			putchar('\n');
			line[len] = '\0';
			run_command(line);
			len = 0;
			printf("rtos> ");
		} else if ((c == 0x7f || c == 0x08) && len > 0) {
			len--;
			printf("\b \b");
		} else if (c >= 0x20 && c < 0x7f && len < sizeof(line) - 1) {
			line[len++] = (char)c;
			putchar(c);
		}
		console_unlock();
	}
}

void app_main(void)
{
	printf("*** RTOS demo guest: preemptive kernel on virt (cortex-a53, GICv3, EL1) ***\n");
	if (RTOS_CONTINUOUS)
		printf("tick %u Hz from the virtual timer (PPI 27), counter %llu Hz, control period %u ms, continuous\n",
		       K_TICK_HZ, (unsigned long long)k_cycle_freq(), CONTROL_PERIOD_TICKS);
	else
		printf("tick %u Hz from the virtual timer (PPI 27), counter %llu Hz, control period %u ms x %u\n", K_TICK_HZ,
		       (unsigned long long)k_cycle_freq(), CONTROL_PERIOD_TICKS, CONTROL_PERIODS);
	k_sem_init(&con_lock, "console", 1, 1);
	k_sem_init(&sem_data, "data", 0, 8);
	k_sem_init(&sem_done, "done", 0, 1);
	k_msgq_init(&log_q, "log_q", log_q_buf, sizeof(log_q_buf) / sizeof(log_q_buf[0]));
	t_control = k_thread_create("control", PRIO_CONTROL, control_task, NULL, stack_control, STACK_SIZE);
	t_sensor = k_thread_create("sensor", PRIO_SENSOR, sensor_task, NULL, stack_sensor, STACK_SIZE);
	t_logger = k_thread_create("logger", PRIO_LOGGER, logger_task, NULL, stack_logger, STACK_SIZE);
	t_worker = k_thread_create("worker", PRIO_WORKER, worker_task, NULL, stack_worker, STACK_SIZE);
	t_console = k_thread_create("console", PRIO_CONSOLE, console_task, NULL, stack_console, STACK_SIZE);
	t_bg_a = k_thread_create("bg-a", PRIO_BG, background_task, (void *)1, stack_bg_a, STACK_SIZE);
	t_bg_b = k_thread_create("bg-b", PRIO_BG, background_task, (void *)2, stack_bg_b, STACK_SIZE);
	(void)t_control; (void)t_sensor; (void)t_logger; (void)t_worker; (void)t_console; (void)t_bg_a; (void)t_bg_b;
	printf("kernel: %d threads created, starting scheduler\n", k_thread_count());
}
