// Arm PrimeCell UART (PL011), register-level model: 32-entry receive FIFO, transmit that
// completes at once, interrupt mask/raw/masked status and the PrimeCell ID registers.
// Register names follow the PL011 TRM (UARTDR, UARTFR, UARTIMSC...).

import type { MmioDevice } from '../bus/bus.ts';
import { IrqLine } from '../irq/line.ts';

const UARTDR = 0x000;
const UARTRSR = 0x004;
const UARTFR = 0x018;
const UARTILPR = 0x020;
const UARTIBRD = 0x024;
const UARTFBRD = 0x028;
const UARTLCR_H = 0x02c;
const UARTCR = 0x030;
const UARTIFLS = 0x034;
const UARTIMSC = 0x038;
const UARTRIS = 0x03c;
const UARTMIS = 0x040;
const UARTICR = 0x044;
const UARTDMACR = 0x048;

// UARTFR bits.
const FR_TXFE = 1 << 7;
const FR_RXFF = 1 << 6;
const FR_RXFE = 1 << 4;
// Interrupt bits (UARTRIS/UARTMIS/UARTIMSC/UARTICR).
const INT_RX = 1 << 4;
const INT_TX = 1 << 5;
const INT_RT = 1 << 6;

const FIFO_DEPTH = 32;
/** PeriphID0-3 then PCellID0-3 at 0xFE0..0xFFC. */
const ID_BYTES = [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

export class Pl011 implements MmioDevice {
  readonly irq: IrqLine;
  private readonly rxFifo = new Uint8Array(FIFO_DEPTH);
  private rxHead = 0;
  private rxCount = 0;
  /** Bytes received so far (any input from outside the board counts for reverse execution). */
  received = 0;
  /** While true, transmitted bytes are not passed on and no input is pulled in (the debugger re-executes what already ran). */
  muted = false;
  private regs = { ilpr: 0, ibrd: 0, fbrd: 0, lcrH: 0, cr: 0x300, ifls: 0x12, imsc: 0, ris: 0, dmacr: 0 };
  /**
   * Called when the guest's read of UARTDR made room in the receive FIFO: an input source
   * with bytes waiting refills it at once (receive), so that a guest draining the FIFO in
   * a loop takes a whole paste per interrupt rather than one FIFO per host timer.
   */
  rxRefill: (() => void) | null = null;

  constructor(
    readonly name: string,
    /** Receives every transmitted byte. */
    private readonly transmit: (byte: number) => void,
  ) {
    this.irq = new IrqLine(`${name}.irq`);
    this.reset();
  }

  reset(): void {
    this.rxHead = 0;
    this.rxCount = 0;
    this.regs = { ilpr: 0, ibrd: 0, fbrd: 0, lcrH: 0, cr: 0x300, ifls: 0x12, imsc: 0, ris: INT_TX, dmacr: 0 };
    this.updateIrq();
  }

  /**
   * Record/replay (src/machine/replay) sees every input from outside first: it logs it, or
   * on replay drops it (returns false) and feeds the logged bytes with accept().
   */
  inputHook: ((bytes: Uint8Array) => boolean) | null = null;

  /** Bytes typed by the user (console input). Bytes beyond the FIFO depth are dropped. */
  receive(bytes: Uint8Array): void {
    if (this.inputHook === null || this.inputHook(bytes)) this.accept(bytes);
  }

  /** Puts bytes into the receive FIFO (receive() without record/replay's hook). */
  accept(bytes: Uint8Array): void {
    this.received += bytes.length;
    for (const b of bytes) {
      if (this.rxCount === FIFO_DEPTH) break;
      this.rxFifo[(this.rxHead + this.rxCount) % FIFO_DEPTH] = b;
      this.rxCount++;
    }
    if (this.rxCount > 0) this.regs.ris |= INT_RX | INT_RT;
    this.updateIrq();
  }

  /** Received bytes the guest has not read yet. */
  get rxPending(): number {
    return this.rxCount;
  }

  /** Free receive FIFO entries: input sources should wait while this is 0. */
  get rxSpace(): number {
    return FIFO_DEPTH - this.rxCount;
  }

  read(offset: number, _size: number): number {
    if (offset === UARTDR) {
      if (this.rxCount === 0) return 0;
      const b = this.rxFifo[this.rxHead];
      this.rxHead = (this.rxHead + 1) % FIFO_DEPTH;
      this.rxCount--;
      if (this.rxCount === 0) this.regs.ris &= ~(INT_RX | INT_RT);
      this.updateIrq();
      // Not while the debugger re-executes (muted): no outside input may enter a re-run.
      if (!this.muted) this.rxRefill?.();
      return b;
    }
    return this.peek(offset) ?? 0;
  }

  /** Every register but UARTDR reads without side effects. */
  peek(offset: number): number | undefined {
    const r = this.regs;
    switch (offset & ~3) {
      case UARTDR:
        return undefined; // reading pops the receive FIFO
      case UARTRSR:
        return 0;
      case UARTFR:
        return FR_TXFE | (this.rxCount === 0 ? FR_RXFE : 0) | (this.rxCount === FIFO_DEPTH ? FR_RXFF : 0);
      case UARTILPR:
        return r.ilpr;
      case UARTIBRD:
        return r.ibrd;
      case UARTFBRD:
        return r.fbrd;
      case UARTLCR_H:
        return r.lcrH;
      case UARTCR:
        return r.cr;
      case UARTIFLS:
        return r.ifls;
      case UARTIMSC:
        return r.imsc;
      case UARTRIS:
        return r.ris;
      case UARTMIS:
        return r.ris & r.imsc;
      case UARTDMACR:
        return r.dmacr;
    }
    if (offset >= 0xfe0 && offset < 0x1000) return ID_BYTES[(offset - 0xfe0) >> 2];
    return 0;
  }

  write(offset: number, _size: number, value: number): void {
    const r = this.regs;
    switch (offset & ~3) {
      case UARTDR:
        if (!this.muted) this.transmit(value & 0xff);
        r.ris |= INT_TX; // the transmit FIFO drains at once
        break;
      case UARTRSR:
        break;
      case UARTILPR:
        r.ilpr = value & 0xff;
        break;
      case UARTIBRD:
        r.ibrd = value & 0xffff;
        break;
      case UARTFBRD:
        r.fbrd = value & 0x3f;
        break;
      case UARTLCR_H:
        r.lcrH = value & 0xff;
        break;
      case UARTCR:
        r.cr = value & 0xffff;
        break;
      case UARTIFLS:
        r.ifls = value & 0x3f;
        break;
      case UARTIMSC:
        r.imsc = value & 0x7ff;
        break;
      case UARTICR:
        r.ris &= ~value;
        if (this.rxCount > 0) r.ris |= INT_RX | INT_RT; // still data: the condition stays
        break;
      case UARTDMACR:
        r.dmacr = value & 7;
        break;
    }
    this.updateIrq();
  }

  private updateIrq(): void {
    this.irq.set((this.regs.ris & this.regs.imsc) !== 0);
  }
}
