// One Armv8-A processing element (PE): architectural state, memory access helpers used by
// the instruction handlers, and the interpreter loop.
//
// Registers: `x` holds 33 64-bit registers as int32 pairs (low half at 2n, high at 2n+1).
// n = 0..30 are X0..X30, n = 31 is XZR (reads as zero: the loop clears it after every
// instruction, so a write to XZR is discarded), n = 32 is the current SP (SP_ELx selected
// by PSTATE; the banked copies live in the system registers).
//
// The loop fetches at PC, sets PC to the next instruction, then calls the handler of the
// decoded row with the raw encoding. Handlers read the current instruction's address from
// insnLo/insnHi and write pcLo/pcHi to branch. This is the shape a block compiler can reuse:
// a compiled block is the same handler calls in sequence.

import type { Bus } from '../bus/bus.ts';
import { toNumber } from './bits.ts';
import { Decoder, type ExecFn } from './decoder.ts';
import { SysRegFile } from './sysregs.ts';

export const XZR = 31;
export const SP = 32;

/** Why the PE stopped executing. */
export type Halt =
  | { kind: 'undefined'; pc: bigint; insn: number; row: string }
  | { kind: 'fault'; pc: bigint; message: string }
  | { kind: 'poweroff' }
  | { kind: 'reset' }
  | { kind: 'wfi' };

/** Thrown (a single preallocated value) to abandon the current instruction. */
export const STOP = { stop: true } as const;

export class Cpu {
  readonly x = new Int32Array(66);
  /** AdvSIMD/FP registers V0..V31, four int32 words each, least significant first. */
  readonly vreg = new Int32Array(128);
  /** Address of the next instruction. */
  pcLo = 0;
  pcHi = 0;
  /** Address of the instruction being executed. */
  insnLo = 0;
  insnHi = 0;
  /** PSTATE.{N,Z,C,V}, each 0 or 1. */
  nf = 0;
  zf = 0;
  cf = 0;
  vf = 0;
  /** PSTATE.EL and PSTATE.SP (SPSel). */
  el = 1;
  spSel = 1;
  /** PSTATE.{D,A,I,F} as bits 3..0. */
  daif = 0xf;
  /** Instructions retired since reset. */
  retired = 0;
  /** Set when execution must stop; the run loop returns at the next instruction boundary. */
  halt: Halt | null = null;
  /** Set by a handler (e.g. WFI) to end the current run slice early without halting. */
  yieldRequest = false;
  readonly sys: SysRegFile;
  /** Exclusive monitor: physical address of the marked granule, or -1. */
  exclusiveAddr = -1;

  /** Hook for HVC/SMC until the exception model exists: returns true when handled. */
  firmwareCall: ((cpu: Cpu, conduit: 'hvc' | 'smc', imm: number) => boolean) | null = null;

  /** Debug: breakpoint addresses (low 32 bits filter + exact list). */
  private readonly bpPages = new Uint8Array(1 << 20);
  private readonly breakpoints: { lo: number; hi: number }[] = [];
  /** Set when the last run() stopped because PC reached a breakpoint. */
  hitBreakpoint = false;

  constructor(
    readonly bus: Bus,
    readonly decoder: Decoder,
    readonly index: number,
  ) {
    this.sys = new SysRegFile(this);
  }

  // ---- registers -------------------------------------------------------------------

  /** Reads X<n> (n = 31 reads zero) or SP (n = 32) as BigInt: for debuggers and tests. */
  getX(n: number): bigint {
    return (BigInt(this.x[2 * n + 1] >>> 0) << 32n) | BigInt(this.x[2 * n] >>> 0);
  }

  setX(n: number, value: bigint): void {
    this.x[2 * n] = Number(BigInt.asIntN(32, value));
    this.x[2 * n + 1] = Number(BigInt.asIntN(32, value >> 32n));
  }

  getPC(): bigint {
    return (BigInt(this.pcHi >>> 0) << 32n) | BigInt(this.pcLo >>> 0);
  }

  setPC(value: bigint): void {
    this.pcLo = Number(BigInt.asIntN(32, value));
    this.pcHi = Number(BigInt.asIntN(32, value >> 32n));
  }

  /** PSTATE as the SPSR/CPSR layout: N Z C V at 31..28, DAIF at 9..6, EL at 3..2, SP at 0. */
  getPstate(): number {
    return (
      ((this.nf << 31) | (this.zf << 30) | (this.cf << 29) | (this.vf << 28) | (this.daif << 6) | (this.el << 2) | this.spSel) >>> 0
    );
  }

  setPstate(value: number): void {
    this.nf = (value >>> 31) & 1;
    this.zf = (value >>> 30) & 1;
    this.cf = (value >>> 29) & 1;
    this.vf = (value >>> 28) & 1;
    this.daif = (value >>> 6) & 0xf;
    this.selectStack((value >>> 2) & 3, value & 1);
  }

  /** Changes PSTATE.EL/SP, banking the current stack pointer. */
  selectStack(el: number, spSel: number): void {
    this.sys.saveSP(this.el, this.spSel);
    this.el = el;
    this.spSel = spSel;
    this.sys.loadSP(el, spSel);
  }

  // ---- memory ------------------------------------------------------------------------

  /**
   * Translates a data virtual address to a physical one, checking alignment. Stage-1
   * translation is off (VA = PA) until the MMU exists; with it off, data accesses are
   * Device memory, so unaligned accesses take an alignment fault as on hardware.
   */
  dataAddress(lo: number, hi: number, size: number): number {
    if ((lo & (size - 1)) !== 0) this.fault(`alignment fault: ${size}-byte access at ${hex64(lo, hi)}`);
    if (hi >>> 16 !== 0) this.fault(`address size fault at ${hex64(lo, hi)}`);
    return toNumber(lo, hi);
  }

  ld8(lo: number, hi: number): number {
    const pa = this.dataAddress(lo, hi, 1);
    const v = this.bus.read8(pa);
    this.checkBus(pa);
    return v;
  }

  ld16(lo: number, hi: number): number {
    const pa = this.dataAddress(lo, hi, 2);
    const v = this.bus.read16(pa);
    this.checkBus(pa);
    return v;
  }

  /** Returns the 32-bit value as int32. */
  ld32(lo: number, hi: number): number {
    const pa = this.dataAddress(lo, hi, 4);
    const v = this.bus.read32(pa);
    this.checkBus(pa);
    return v;
  }

  /** Loads 64 bits: returns the low half, the high half is left in `ldHi`. */
  ldHi = 0;
  ld64(lo: number, hi: number): number {
    const pa = this.dataAddress(lo, hi, 8);
    const l = this.bus.read32(pa);
    this.ldHi = this.bus.read32(pa + 4);
    this.checkBus(pa);
    return l;
  }

  st8(lo: number, hi: number, v: number): void {
    const pa = this.dataAddress(lo, hi, 1);
    this.bus.write8(pa, v);
    this.afterStore(pa);
  }

  st16(lo: number, hi: number, v: number): void {
    const pa = this.dataAddress(lo, hi, 2);
    this.bus.write16(pa, v);
    this.afterStore(pa);
  }

  st32(lo: number, hi: number, v: number): void {
    const pa = this.dataAddress(lo, hi, 4);
    this.bus.write32(pa, v);
    this.afterStore(pa);
  }

  st64(lo: number, hi: number, vlo: number, vhi: number): void {
    const pa = this.dataAddress(lo, hi, 8);
    this.bus.write32(pa, vlo);
    this.bus.write32(pa + 4, vhi);
    this.afterStore(pa);
  }

  private checkBus(pa: number): void {
    if (this.bus.lastError) {
      this.bus.lastError = false;
      this.fault(`synchronous external abort: nothing at physical address 0x${pa.toString(16)}`);
    }
  }

  private afterStore(pa: number): void {
    if ((pa & ~63) === this.exclusiveAddr) this.exclusiveAddr = -1;
    this.checkBus(pa);
  }

  /** Fetches the instruction at PC. */
  private fetch(): number {
    const lo = this.pcLo;
    const hi = this.pcHi;
    if ((lo & 3) !== 0) this.fault(`PC alignment fault at ${hex64(lo, hi)}`);
    if (hi >>> 16 !== 0) this.fault(`instruction fetch address size fault at ${hex64(lo, hi)}`);
    const pa = toNumber(lo, hi);
    const bus = this.bus;
    const off = pa - bus.ramBase;
    if (off >= 0 && off < bus.ramSize) return bus.ram32[off >>> 2];
    this.fault(`instruction fetch from non-RAM physical address 0x${pa.toString(16)}`);
  }

  // ---- stopping ----------------------------------------------------------------------

  /** Abandons the current instruction and halts with a report. Never returns. */
  fault(message: string): never {
    this.pcLo = this.insnLo;
    this.pcHi = this.insnHi;
    this.halt = { kind: 'fault', pc: this.getPC(), message };
    throw STOP;
  }

  /** Called for encodings no row matches, or rows not implemented yet. */
  undefinedInstruction(insn: number): never {
    this.pcLo = this.insnLo;
    this.pcHi = this.insnHi;
    this.halt = { kind: 'undefined', pc: this.getPC(), insn: insn >>> 0, row: this.decoder.nameOf(insn) };
    throw STOP;
  }

  // ---- breakpoints -------------------------------------------------------------------

  addBreakpoint(addr: bigint): void {
    const lo = Number(BigInt.asIntN(32, addr));
    const hi = Number(BigInt.asIntN(32, addr >> 32n));
    if (this.breakpoints.some((b) => b.lo === lo && b.hi === hi)) return;
    this.breakpoints.push({ lo, hi });
    this.bpPages[lo >>> 12]++;
  }

  removeBreakpoint(addr: bigint): void {
    const lo = Number(BigInt.asIntN(32, addr));
    const hi = Number(BigInt.asIntN(32, addr >> 32n));
    const i = this.breakpoints.findIndex((b) => b.lo === lo && b.hi === hi);
    if (i < 0) return;
    this.breakpoints.splice(i, 1);
    this.bpPages[lo >>> 12]--;
  }

  private atBreakpoint(): boolean {
    const lo = this.pcLo;
    if (this.bpPages[lo >>> 12] === 0) return false;
    for (const b of this.breakpoints) if (b.lo === lo && b.hi === this.pcHi) return true;
    return false;
  }

  // ---- execution ---------------------------------------------------------------------

  /**
   * Executes up to `budget` instructions. Returns the number retired. Stops early on a
   * halt, a yield request, or (when `stopAtBreakpoints`) before an instruction at a
   * breakpoint address (hitBreakpoint is set then).
   */
  run(budget: number, stopAtBreakpoints = true): number {
    this.hitBreakpoint = false;
    if (this.halt !== null) return 0;
    const useBp = stopAtBreakpoints && this.breakpoints.length > 0;
    return useBp ? this.runChecked(budget) : this.runFast(budget);
  }

  private runFast(budget: number): number {
    const x = this.x;
    const dec = this.decoder;
    const handlers: ExecFn[] = dec.handlers;
    const start = this.retired;
    const end = start + budget;
    try {
      while (this.retired < end) {
        this.insnLo = this.pcLo;
        this.insnHi = this.pcHi;
        const insn = this.fetch();
        const next = (this.pcLo + 4) | 0;
        this.pcLo = next;
        if (next === 0) this.pcHi = (this.pcHi + 1) | 0;
        handlers[dec.decode(insn)](this, insn);
        x[62] = 0;
        x[63] = 0;
        this.retired++;
        if (this.yieldRequest) break;
      }
    } catch (e) {
      x[62] = 0;
      x[63] = 0;
      if (e !== STOP) throw e;
    }
    this.yieldRequest = false;
    return this.retired - start;
  }

  private runChecked(budget: number): number {
    let n = 0;
    while (n < budget && this.halt === null) {
      if (this.atBreakpoint() && !(n === 0 && this.skipBreakpointOnce)) {
        this.hitBreakpoint = true;
        break;
      }
      this.skipBreakpointOnce = false;
      const done = this.runFast(1);
      n += done;
      if (done === 0 || this.yieldRequest) break;
    }
    this.skipBreakpointOnce = false;
    return n;
  }

  /** Resuming from a breakpoint executes the instruction at PC before checking again. */
  skipBreakpointOnce = false;

  /** Timer/counter time in ticks of the 62.5 MHz generic counter (one per instruction). */
  counter(): number {
    return this.retired;
  }
}

export function hex64(lo: number, hi: number): string {
  return '0x' + ((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString(16).padStart(16, '0');
}

/** Handlers for decoder index 0 and unimplemented rows. */
export const undefinedHandler: ExecFn = (cpu, insn) => cpu.undefinedInstruction(insn);
