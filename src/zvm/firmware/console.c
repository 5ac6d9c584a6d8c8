/*
 * The host console on the physical PL011 (UART0): output from the host and from every
 * VM is serialised under one lock, VM lines carry a "[vmname] " prefix; input arrives by
 * interrupt on CPU 0 into a small ring read by the shell. Nothing is dropped: while the
 * ring is full the receive interrupt is masked and bytes wait in the UART's FIFO (whose
 * sender then waits too) until the shell has taken half of the ring.
 */
#include "hv.h"

#define UART_BASE   0x09000000UL
#define UARTDR      0x000
#define UARTFR      0x018
#define UARTCR      0x030
#define UARTIMSC    0x038
#define UARTICR     0x044
#define UARTFR_RXFE (1u << 4)
#define UARTFR_TXFF (1u << 5)
#define UART_RXIM   (1u << 4)
#define UART_RTIM   (1u << 6)

static spinlock_t con_lock;
static int last_writer = -1;   /* -1 host, else VM id */
static int column;             /* characters on the current output line */
static int vm_bol[MAX_VMS] = { 1, 1, 1, 1 };

static volatile u8 rx_ring[256];
static volatile u32 rx_head, rx_tail;
static int rx_blocked; /* the ring filled up: UARTIMSC's receive bits are off */

static inline u32 uart_read(u32 off) { return *(volatile u32 *)(UART_BASE + off); }
static inline void uart_write(u32 off, u32 v) { *(volatile u32 *)(UART_BASE + off) = v; }

void spin_lock(spinlock_t *l)
{
	while (__atomic_exchange_n(&l->v, 1, __ATOMIC_ACQUIRE))
		while (__atomic_load_n(&l->v, __ATOMIC_RELAXED))
			;
}

void spin_unlock(spinlock_t *l)
{
	__atomic_store_n(&l->v, 0, __ATOMIC_RELEASE);
}

static void raw_putc(int c)
{
	while (uart_read(UARTFR) & UARTFR_TXFF)
		;
	uart_write(UARTDR, (u32)(u8)c);
	column = c == '\n' ? 0 : column + 1;
}

/* printf's character sink: the console lock is held by the caller. */
int putchar(int c)
{
	raw_putc(c);
	return (u8)c;
}

void con_init(void)
{
	uart_write(UARTCR, 0x301);                 /* UARTEN, TXE, RXE */
	uart_write(UARTIMSC, UART_RXIM | UART_RTIM);
}

/* Interrupt-free part of a host print: finish a VM's partial line first. */
static void host_begin(void)
{
	if (last_writer != -1 && column != 0) {
		raw_putc('\n');
		if (last_writer >= 0)
			vm_bol[last_writer] = 1;
	}
	last_writer = -1;
}

static void host_out(const char *s)
{
	while (*s)
		raw_putc(*s++);
}

/* printf for the host, through the console lock. */
void con_host_vprintf(const char *fmt, va_list ap)
{
	u64 daif = read_sysreg(daif);
	irq_mask();
	spin_lock(&con_lock);
	host_begin();
	vprintf(fmt, ap);
	spin_unlock(&con_lock);
	write_sysreg(daif, daif);
}

/* For a message printed in parts (IRQs must be masked): one line, never interleaved. */
void con_host_lock(void)
{
	spin_lock(&con_lock);
	host_begin();
}

void con_host_unlock(void)
{
	spin_unlock(&con_lock);
}

void con_host_printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	con_host_vprintf(fmt, ap);
	va_end(ap);
}

/*
 * VM output is line-buffered so that concurrent VMs do not cut each other's lines; a
 * partial line (a prompt) goes out on CPU 0's console tick (con_tick) at the latest.
 */
#define LINE_MAX 160
static char vm_line[MAX_VMS][LINE_MAX];
static u32 vm_line_len[MAX_VMS];
static const char *vm_line_name[MAX_VMS];
static u32 vm_line_idle[MAX_VMS]; /* console ticks since the VM's last character */

static void vm_emit(int vmid, const char *name, int c)
{
	if (last_writer != vmid) {
		if (column != 0) {
			raw_putc('\n');
			if (last_writer >= 0)
				vm_bol[last_writer] = 1;
		}
		last_writer = vmid;
		vm_bol[vmid] = 1;
	}
	if (vm_bol[vmid] && c != '\r') {
		raw_putc('[');
		host_out(name);
		raw_putc(']');
		raw_putc(' ');
		vm_bol[vmid] = 0;
	}
	if (c == '\n')
		vm_bol[vmid] = 1;
	if (c != '\r')
		raw_putc(c);
}

static void vm_flush(int vmid)
{
	for (u32 i = 0; i < vm_line_len[vmid]; i++)
		vm_emit(vmid, vm_line_name[vmid], vm_line[vmid][i]);
	vm_line_len[vmid] = 0;
}

void con_vm_putc(int vmid, const char *name, int c)
{
	u64 daif = read_sysreg(daif);
	irq_mask();
	spin_lock(&con_lock);
	vm_line_name[vmid] = name;
	vm_line_idle[vmid] = 0;
	vm_line[vmid][vm_line_len[vmid]++] = (char)c;
	if (c == '\n' || vm_line_len[vmid] == LINE_MAX)
		vm_flush(vmid);
	spin_unlock(&con_lock);
	write_sysreg(daif, daif);
}

/* CPU 0's console tick: a partial VM line (a prompt, echo) goes out once the VM has been
 * quiet for a whole tick, so a line still being written is not cut in two. */
void con_tick(void)
{
	spin_lock(&con_lock);
	for (int id = 0; id < MAX_VMS; id++)
		if (vm_line_len[id] && ++vm_line_idle[id] >= 2)
			vm_flush(id);
	spin_unlock(&con_lock);
}

/* Moves received bytes from the FIFO into the ring while it has room. */
static void uart_drain(void)
{
	while (!(uart_read(UARTFR) & UARTFR_RXFE)) {
		u32 next = (rx_head + 1) % sizeof(rx_ring);
		if (next == rx_tail) {
			/* Full: leave the rest in the FIFO; con_getc unmasks when there is room. */
			rx_blocked = 1;
			uart_write(UARTIMSC, 0);
			return;
		}
		rx_ring[rx_head] = (u8)(uart_read(UARTDR) & 0xff);
		rx_head = next;
	}
}

/* UART0 receive interrupt (CPU 0): drain the FIFO into the ring. */
void uart_irq(void)
{
	/* Clear first, then drain: a character arriving after the last read raises the
	 * interrupt again (clearing after the drain could drop it and stall input). */
	uart_write(UARTICR, UART_RXIM | UART_RTIM);
	uart_drain();
}

/* The next typed byte, or -1 (CPU 0, IRQs masked). */
int con_getc(void)
{
	if (rx_tail == rx_head)
		return -1;
	int c = rx_ring[rx_tail];
	rx_tail = (rx_tail + 1) % sizeof(rx_ring);
	if (rx_blocked && (rx_head - rx_tail) % sizeof(rx_ring) <= sizeof(rx_ring) / 2) {
		rx_blocked = 0;
		uart_write(UARTIMSC, UART_RXIM | UART_RTIM);
		/* The bytes left in the FIFO raise no new interrupt (a PL011 raises RXRIS when
		 * the level crosses the trigger, and the interrupt was cleared): take them now. */
		uart_drain();
	}
	return c;
}

int con_rx_empty(void)
{
	return rx_tail == rx_head;
}

/* Drops typed bytes up to and including the first `c`; returns 0 (dropping nothing) if
 * `c` was not typed. */
int con_skip_to(int c)
{
	for (u32 i = rx_tail; i != rx_head; i = (i + 1) % sizeof(rx_ring)) {
		if (rx_ring[i] == c) {
			while (con_getc() != c)
				;
			return 1;
		}
	}
	return 0;
}
