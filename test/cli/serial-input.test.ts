// Console input into a UART (src/cli/serial.ts RxPacer): nothing is dropped while the
// receive FIFO is full, the guest's reads refill the FIFO at once, and a guest that never
// reads makes the host refuse input beyond a bound with a message.
import { describe, expect, it } from 'vitest';
import { RX_QUEUE_MAX, RxPacer } from '../../src/cli/serial.ts';
import { Pl011 } from '../../src/machine/uart/pl011.ts';

const UARTDR = 0x000;
const UARTFR = 0x018;
const FR_RXFE = 1 << 4;
const FR_RXFF = 1 << 6;

/** What a guest's receive loop reads: UARTDR while UARTFR.RXFE is clear. */
function drain(uart: Pl011): number[] {
  const got: number[] = [];
  while ((uart.read(UARTFR, 4) & FR_RXFE) === 0) got.push(uart.read(UARTDR, 4));
  return got;
}

describe('console input into a PL011 (RxPacer)', () => {
  it('holds a paste larger than the FIFO and hands all of it, in order, to a guest draining the FIFO', () => {
    const uart = new Pl011('uart0', () => {});
    const pacer = new RxPacer(uart, () => {});
    const text = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff);
    pacer.push(text.subarray(0, 3000));
    pacer.push(text.subarray(3000));
    // The FIFO is full (32 entries) and the rest waits on the host side.
    expect(uart.read(UARTFR, 4) & FR_RXFF).toBe(FR_RXFF);
    expect(pacer.pending).toBe(5000 - 32);
    // Each read made room that the pacer filled at once: one receive loop takes everything.
    expect(drain(uart)).toEqual([...text]);
    expect(pacer.pending).toBe(0);
    expect(uart.rxSpace).toBe(32);
  });

  it('refuses input beyond its bound with one message, and accepts input again once the guest read', () => {
    const uart = new Pl011('uart0', () => {});
    const messages: string[] = [];
    const pacer = new RxPacer(uart, () => {}, (m) => messages.push(m));
    pacer.push(new Uint8Array(RX_QUEUE_MAX));
    expect(pacer.pending).toBe(RX_QUEUE_MAX - 32);
    pacer.push(new Uint8Array(RX_QUEUE_MAX)); // over the bound: refused
    pacer.push(new Uint8Array(100));
    expect(pacer.pending).toBe(RX_QUEUE_MAX - 32);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/uart0 input dropped: the guest has \d+ bytes of earlier input still unread/);
    // The guest reads: there is room again.
    expect(drain(uart)).toHaveLength(RX_QUEUE_MAX);
    pacer.push(Uint8Array.of(0x41, 0x42));
    expect(drain(uart)).toEqual([0x41, 0x42]);
    expect(messages).toHaveLength(1);
  });

  it('pulls no input into a muted UART (re-execution for reverse debugging): waiting input stays for the real run', () => {
    const uart = new Pl011('uart0', () => {});
    const pacer = new RxPacer(uart, () => {});
    const text = Uint8Array.from({ length: 100 }, (_, i) => 0x20 + i);
    pacer.push(text);
    uart.muted = true;
    // A re-run reads what the FIFO held; nothing more comes in from outside.
    expect(drain(uart)).toEqual([...text.subarray(0, 32)]);
    expect(pacer.pending).toBe(100 - 32);
    uart.muted = false;
    // The real run goes on: the next read, the pacer's timer or new input refills the FIFO.
    pacer.push(Uint8Array.of(0x7e));
    expect(drain(uart)).toEqual([...text.subarray(32), 0x7e]);
    expect(pacer.pending).toBe(0);
  });
});
