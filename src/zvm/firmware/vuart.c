/*
 * The virtual PL011 every VM sees at IPA 0x0900_0000 (SPI 1 = INTID 33), emulated
 * through stage-2 faults. Transmit is immediate (the FIFO is always empty), output goes
 * to the host console with the VM's name; input comes from the shell (`zvm look`).
 * The receive FIFO is a ring that never drops: when it is full the shell keeps the byte
 * (and the physical UART's FIFO fills, so the board's host stops feeding it) until the
 * VM has read half of it, which wakes CPU 0 with an SGI.
 */
#include "hv.h"

#define UARTDR    0x000
#define UARTRSR   0x004
#define UARTFR    0x018
#define UARTILPR  0x020
#define UARTIBRD  0x024
#define UARTFBRD  0x028
#define UARTLCR_H 0x02C
#define UARTCR    0x030
#define UARTIFLS  0x034
#define UARTIMSC  0x038
#define UARTRIS   0x03C
#define UARTMIS   0x040
#define UARTICR   0x044
#define UARTDMACR 0x048

#define FR_RXFE   (1u << 4)
#define FR_TXFF   (1u << 5)
#define FR_RXFF   (1u << 6)
#define FR_TXFE   (1u << 7)
#define INT_RX    (1u << 4)
#define INT_TX    (1u << 5)
#define INT_RT    (1u << 6)

/* PrimeCell identification: a PL011 r1p5 (periph id 0x00141011, cell id 0xB105F00D). */
static const u8 pl011_id[8] = { 0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1 };

static u32 rx_count(struct vuart *u)
{
	return (u->rx_head - u->rx_tail) % sizeof(u->rx);
}

#define RX_SIZE ((u32)sizeof(((struct vuart *)0)->rx))

static u32 raw_status(struct vuart *u)
{
	/* Transmit interrupt: always asserted (the FIFO drains at once) until cleared by
	 * UARTICR.TXIC; a new write asserts it again, as the PL011 does at its threshold. */
	u32 ris = (u->ris_clear & INT_TX) ? 0 : INT_TX;
	if (rx_count(u))
		ris |= INT_RX | INT_RT;
	return ris;
}

void vuart_update_irq(struct vm *vm)
{
	struct vuart *u = &vm->uart;
	vgic_set_level(vm, INTID_UART, (raw_status(u) & u->imsc) != 0);
}

int vuart_mmio(struct vcpu *v, u64 off, int write, u64 *val)
{
	struct vm *vm = v->vm;
	struct vuart *u = &vm->uart;
	u32 x = (u32)*val;
	if (write) {
		switch (off) {
		case UARTDR:
			con_vm_putc((int)vm->id, vm->name, (int)(x & 0xff));
			u->ris_clear &= ~INT_TX;
			break;
		case UARTIBRD: u->ibrd = x; break;
		case UARTFBRD: u->fbrd = x; break;
		case UARTLCR_H: u->lcr_h = x; break;
		case UARTCR: u->cr = x; break;
		case UARTIFLS: u->ifls = x; break;
		case UARTIMSC: u->imsc = x & 0x7ff; break;
		case UARTICR: u->ris_clear |= x & INT_TX; break;
		case UARTDMACR: u->dmacr = x; break;
		default: break; /* read-only or reserved: ignored */
		}
	} else {
		u32 r = 0;
		switch (off) {
		case UARTDR:
			if (rx_count(u)) {
				r = u->rx[u->rx_tail % RX_SIZE];
				__atomic_store_n(&u->rx_tail, u->rx_tail + 1, __ATOMIC_SEQ_CST);
				/* CPU 0 holds input for this VM: wake it once half the ring is free,
				 * so that it refills the ring in one go rather than byte by byte. */
				if (rx_count(u) <= RX_SIZE / 2 && __atomic_load_n(&u->rx_waiting, __ATOMIC_SEQ_CST) &&
				    __atomic_exchange_n(&u->rx_waiting, 0, __ATOMIC_SEQ_CST))
					gic_send_sgi(INTID_KICK, 0);
			}
			break;
		case UARTFR:
			r = FR_TXFE | (rx_count(u) ? 0 : FR_RXFE) | (rx_count(u) == RX_SIZE - 1 ? FR_RXFF : 0);
			break;
		case UARTIBRD: r = u->ibrd; break;
		case UARTFBRD: r = u->fbrd; break;
		case UARTLCR_H: r = u->lcr_h; break;
		case UARTCR: r = u->cr; break;
		case UARTIFLS: r = u->ifls; break;
		case UARTIMSC: r = u->imsc; break;
		case UARTRIS: r = raw_status(u); break;
		case UARTMIS: r = raw_status(u) & u->imsc; break;
		case UARTDMACR: r = u->dmacr; break;
		default:
			if (off >= 0xfe0 && off < 0x1000)
				r = pl011_id[(off - 0xfe0) / 4];
		}
		*val = r;
	}
	vuart_update_irq(vm);
	return 1;
}

/*
 * A character typed for this VM (CPU 0). Returns 0 when the ring is full: the caller
 * keeps the character and waits for the SGI the VM's reads send (or its next tick).
 */
int vuart_input(struct vm *vm, int c)
{
	struct vuart *u = &vm->uart;
	if (rx_count(u) >= RX_SIZE - 1) {
		/* Ask for the wake-up first, then look again: a read in between is seen. */
		__atomic_store_n(&u->rx_waiting, 1, __ATOMIC_SEQ_CST);
		if (rx_count(u) >= RX_SIZE - 1) {
			vuart_update_irq(vm);
			return 0;
		}
	}
	u->rx[u->rx_head % RX_SIZE] = (u8)c;
	__atomic_store_n(&u->rx_head, u->rx_head + 1, __ATOMIC_RELEASE);
	return 1;
}
