// What a decoder row's WebAssembly translation (Row.wasm) writes its code with: the state
// of the PE as the compiled region sees it (registers, in wasm locals within a block, and
// flags in the machine memory, the address of the instruction, the next PC) and the memory
// accesses (the TLB's fast view inline, else a call of the PE's memory paths:
// memory-paths.ts). A translation appends wasm instructions to `c` between these helpers
// and must leave the value stack as it found it.
//
// The general registers are 64-bit values of Cpu.x (two int32 halves, low first:
// little-endian, so X<r> is the i64 at byte 8r). Register 31 is XZR (reads 0, writes
// dropped) or SP (Cpu.x[64..65]) as the helper's name says, as in translate-helpers.ts.

import { Code, I32, I64, Op, VOID, type ValType } from '../../wasm/encoder.ts';
import {
  STATE_C,
  STATE_CHAIN_DONE,
  STATE_CNTVCT_OFFSET,
  STATE_COUNT_AT_ENTRY,
  STATE_DAIF,
  STATE_EXCLUSIVE,
  STATE_INT_LINES,
  STATE_FAST_CNTVCT,
  STATE_FAST_READS,
  STATE_N,
  STATE_RETIRED,
  STATE_V,
  STATE_X,
  STATE_Z,
  STATE_ZVA_ALLOWED,
  TLB_FAST_TAG_R,
} from './layout.ts';
import { emitFastPath, emitWriteFastPath, LOAD_OPS, STORE_OPS } from './memory-paths.ts';

/** The condition flags, as cells in the PE's state area. */
export const FLAG_N = STATE_N;
export const FLAG_Z = STATE_Z;
export const FLAG_C = STATE_C;
export const FLAG_V = STATE_V;

/** Parameters of a region function (region.ts), by local index. */
export const P_PC_LO = 0;
export const P_PC_HI = 1;
export const P_BUDGET = 2;
/** The fast view's access class for data accesses now, shifted left by 3 (Tlb.fastClass). */
export const P_CLASS = 3;
export const PARAMS: readonly ValType[] = [I32, I32, I32, I32];

/** Functions a region imports, by function index: the PE's memory paths (memory-paths.ts), then one host function per host-called instruction: (site) -> 0 go on, 1 leave (region.ts). */
export const F_LOAD = [0, 1, 2, 3]; // by log2(size)
export const F_STORE = [4, 5, 6, 7]; // by log2(size)
export const F_ZERO = 8;
export const F_FIRST_HANDLER = 9;

/** Registers an emitter keeps in locals: X0..X30, then SP at 32 (its half-word index in Cpu.x is 64). */
const REGS = 33;
const SP = 32;
/** Then the flags N, Z, C, V (i32 0/1, at STATE_N.. in the state area) at REGS..REGS + 3. */
const SLOTS = REGS + 4;
/** Where a register's value is (InsnEmitter's register section): only in memory, in its local as in memory, or in its local only. */
const REG_IN_MEMORY = 0;
const REG_LOADED = 1;
const REG_WRITTEN = 2;

/** A region's locals and where it keeps them; shared by the emitters of its instructions. */
export class RegionLocals {
  readonly types: ValType[] = [];
  private readonly free64: number[] = [];
  private readonly free32: number[] = [];
  private readonly used: number[] = [];

  add(t: ValType): number {
    this.types.push(t);
    return PARAMS.length + this.types.length - 1;
  }

  /** A scratch local, free again after the current instruction (release()). */
  tmp(t: ValType): number {
    const pool = t === I64 ? this.free64 : this.free32;
    const l = pool.pop() ?? this.add(t);
    this.used.push(l);
    return l;
  }

  release(): void {
    for (const l of this.used) (this.types[l - PARAMS.length] === I64 ? this.free64 : this.free32).push(l);
    this.used.length = 0;
  }
}

/** Where a region's code finds the PE and the machine (offsets in the machine memory). */
export interface RegionEnv {
  /** The PE's state area (layout.ts) and its TLB arrays. */
  readonly stateAt: number;
  readonly tlbAt: number;
  /** RAM (its offset in the machine memory), the code-line marks (Bus.codeLines) and the exclusive-marks cell (Bus.exclusiveMarks). */
  readonly ramOffset: number;
  readonly codeLinesAt: number;
  readonly exclusiveMarksAt: number;
  /** The physical address of RAM's first byte (Bus.ramBase). */
  readonly ramBase: number;
  /**
   * The PE's bit in the exclusive-marks cell (Cpu.exclusiveBit), and that bit where no other
   * PE shares it, else 0 (then a compiled store-exclusive never takes its inline path).
   */
  readonly exclusiveBit: number;
  readonly exclusiveSoleBit: number;
  /** The PE's system registers (SysRegFile.values). */
  readonly sysRegsAt: number;
}

export class InsnEmitter {
  /** Set by jump(): the instruction wrote the next PC (it must be its block's last). */
  jumped = false;
  /** Set by a load or store: the block must look at STATE_MEM_LEAVE at its end (region.ts). Cleared by the region per block. */
  accessed = false;
  /** Page offset of the instruction being translated, and its index in its block. */
  pageOff = 0;
  private indexInBlock = 0;
  private readonly stateAt: number;
  /** The registers' locals in this region (-1: none yet) and where each register's value is now (REG_*). */
  private readonly regLocals = new Int32Array(SLOTS).fill(-1);
  private readonly regState = new Uint8Array(SLOTS);
  /** Depth of the structured control an instruction's translation opened (control()). */
  private depth = 0;
  private readonly onControl = (op: number): void => this.control(op);

  constructor(
    /** The code being written. */
    readonly c: Code,
    private readonly locals: RegionLocals,
    private readonly env: RegionEnv,
    /** Local (i64) holding the address of the region's page. */
    private readonly pageLocal: number,
    /** Local (i64) that receives the next PC (jump()). */
    private readonly nextPcLocal: number,
    /** Local (i32) set to 1 when a handler's host call says the region must leave at the block's end (a load or store's full path sets STATE_MEM_LEAVE instead). */
    private readonly calledLocal: number,
    /** Local (i64): P_CLASS, extended (what a fast-view tag holds in its bits 11:3). */
    private readonly classLocal: number,
    /**
     * Registers the current instruction's handler as a host function: its function index.
     * With `fillBase` (a Cpu.x index), the host function then puts the page of the address
     * that register held into the TLB's fast view, as a load or store's full path does.
     */
    private readonly handlerImport: (fillBase: number) => number,
    /** The PE implements FEAT_LSE (its -cpu model): else the atomics' handlers take UNDEFINED. */
    readonly lse: boolean,
  ) {
    this.stateAt = env.stateAt;
  }

  /** Starts the next instruction: at page offset `pageOff`, the `index`-th of its block. */
  begin(pageOff: number, index: number): void {
    this.locals.release();
    this.pageOff = pageOff;
    this.indexInBlock = index;
    this.jumped = false;
    this.depth = 0;
    this.c.onControl = this.onControl;
  }

  /** Ends the instruction (its structured control is closed). */
  finish(): void {
    this.c.onControl = null;
  }

  tmp64(): number {
    return this.locals.tmp(I64);
  }

  tmp32(): number {
    return this.locals.tmp(I32);
  }

  // ---- registers ----------------------------------------------------------------------
  //
  // Within a block the registers an instruction reads or writes are kept in i64 locals of
  // the region function (one per register, SP as 32), and the flags N, Z, C and V in i32
  // locals the same way: a read loads the register from the machine memory once, a write
  // only sets the local, and the block's end stores the written ones back (endBlock). A flag
  // set again later in the block is then never stored, and V8's optimizing compiler drops
  // its computation (an RSA-shaped loop ran 30% faster). Host calls see the machine memory:
  // before one, the written registers are stored (a load's or store's full path, only on
  // that path, since it changes no register; a handler, which may change any, also forgets
  // the locals). Code that runs conditionally inside an instruction (an `if`, `block` or
  // `loop` a translation opens) must leave both paths agreeing: entering one stores the
  // written registers first, and inside it a read of an unloaded register goes to memory and
  // a write goes to the memory as well as to a loaded local (control()).

  /** Where slot k (a register or a flag) lives in the machine memory. */
  private slotAddr(k: number): number {
    return k < REGS ? this.stateAt + STATE_X + 8 * k : this.stateAt + STATE_N + 4 * (k - REGS);
  }

  private loadSlot(k: number): void {
    if (k < REGS) this.c.i32(0).mem(Op.i64_load, 3, this.slotAddr(k));
    else this.c.i32(0).mem(Op.i32_load, 2, this.slotAddr(k));
  }

  /** Stores the value in local `l` to slot k's memory. */
  private storeSlot(k: number, l: number): void {
    if (k < REGS) this.c.i32(0).get(l).mem(Op.i64_store, 3, this.slotAddr(k));
    else this.c.i32(0).get(l).mem(Op.i32_store, 2, this.slotAddr(k));
  }

  /** The slot's local (i64 for a register, i32 for a flag), created on first use in the region. */
  private regLocal(k: number): number {
    let l = this.regLocals[k];
    if (l < 0) this.regLocals[k] = l = this.locals.add(k < REGS ? I64 : I32);
    return l;
  }

  /** Pushes slot k: register k (0..30, 32 for SP) as i64, or a flag as i32. */
  private readReg(k: number): void {
    const c = this.c;
    if (this.regState[k] !== REG_IN_MEMORY) c.get(this.regLocals[k]);
    else if (this.depth === 0) {
      this.loadSlot(k);
      c.tee(this.regLocal(k));
      this.regState[k] = REG_LOADED;
    } else this.loadSlot(k);
  }

  /** Pops an i64 into register k (0..30, 32 for SP), or an i32 into a flag. */
  private writeReg(k: number): void {
    const c = this.c;
    if (this.depth === 0) {
      c.set(this.regLocal(k));
      this.regState[k] = REG_WRITTEN;
      return;
    }
    // Inside conditional code: nothing is REG_WRITTEN here (control() stored them).
    const t = k < REGS ? this.tmp64() : this.tmp32();
    c.set(t);
    this.storeSlot(k, t);
    if (this.regState[k] !== REG_IN_MEMORY) c.get(t).set(this.regLocals[k]);
  }

  /** Emits the stores of the registers written since they were loaded or stored (they stay in their locals). */
  private storeWritten(): void {
    this.storeWrittenHere();
    for (let k = 0; k < SLOTS; k++) if (this.regState[k] === REG_WRITTEN) this.regState[k] = REG_LOADED;
  }

  /** The same stores, on a path that rejoins code where the registers count as still written (a full path's). */
  private storeWrittenHere(): void {
    for (let k = 0; k < SLOTS; k++) if (this.regState[k] === REG_WRITTEN) this.storeSlot(k, this.regLocals[k]);
  }

  /** Starts a block: no register is in a local. */
  startBlock(): void {
    this.regState.fill(REG_IN_MEMORY);
  }

  /** Ends a block: the written registers are stored. */
  endBlock(): void {
    this.storeWritten();
    this.regState.fill(REG_IN_MEMORY);
  }

  /** Before a host call that may read or change any register (a handler): the machine memory must hold them all. */
  beforeHandlerCall(): void {
    this.storeWritten();
  }

  /** After such a call: the locals may be stale. */
  afterHandlerCall(): void {
    this.regState.fill(REG_IN_MEMORY);
  }

  /** Code's hook (Code.onControl) while an instruction is translated: see the section comment. */
  private control(op: number): void {
    if (op === Op.end) this.depth--;
    else {
      if (this.depth === 0) this.storeWritten();
      this.depth++;
    }
  }

  /** Pushes X<r> (31: XZR) as i64. */
  x(r: number): this {
    if (r === 31) this.c.i64(0, 0);
    else this.readReg(r);
    return this;
  }

  /** Pushes X<r>|SP as i64. */
  xsp(r: number): this {
    this.readReg(r === 31 ? SP : r);
    return this;
  }

  /** Pushes W<r> (31: WZR) as i32. */
  w(r: number): this {
    if (r === 31) this.c.i32(0);
    else {
      this.readReg(r);
      this.c.op(Op.i32_wrap_i64);
    }
    return this;
  }

  /** Pushes W<r>|WSP as i32. */
  wsp(r: number): this {
    this.readReg(r === 31 ? SP : r);
    this.c.op(Op.i32_wrap_i64);
    return this;
  }

  /** Pops an i64 into X<r> (31: dropped). */
  setX(r: number): this {
    if (r === 31) this.c.op(Op.drop);
    else this.writeReg(r);
    return this;
  }

  /** Pops an i64 into X<r>|SP. */
  setXsp(r: number): this {
    this.writeReg(r === 31 ? SP : r);
    return this;
  }

  /** Pops an i32 into W<r>, zeroing bits 63:32 (31: dropped). */
  setW(r: number): this {
    this.c.op(Op.i64_extend_i32_u);
    return this.setX(r);
  }

  /** Pops an i32 into W<r>|WSP, zeroing bits 63:32. */
  setWsp(r: number): this {
    this.c.op(Op.i64_extend_i32_u);
    return this.setXsp(r);
  }

  // ---- flags --------------------------------------------------------------------------

  /** Pushes PSTATE.<flag> (FLAG_N/Z/C/V) as i32 0/1. */
  flag(f: number): this {
    this.readReg(REGS + ((f - STATE_N) >> 2));
    return this;
  }

  /** Pops an i32 0/1 into PSTATE.<flag>. */
  setFlag(f: number): this {
    this.writeReg(REGS + ((f - STATE_N) >> 2));
    return this;
  }

  /** Pushes ConditionHolds(cond) as i32 0/1 (alu.ts conditionHolds). */
  condition(cond: number): this {
    const c = this.c;
    switch (cond >>> 1) {
      case 0: this.flag(FLAG_Z); break;
      case 1: this.flag(FLAG_C); break;
      case 2: this.flag(FLAG_N); break;
      case 3: this.flag(FLAG_V); break;
      case 4: this.flag(FLAG_C).flag(FLAG_Z).c.op(Op.i32_eqz).op(Op.i32_and); break;
      case 5: this.flag(FLAG_N).flag(FLAG_V).c.op(Op.i32_eq); break;
      case 6: this.flag(FLAG_N).flag(FLAG_V).c.op(Op.i32_eq); this.flag(FLAG_Z).c.op(Op.i32_eqz).op(Op.i32_and); break;
      default: c.i32(1); return this;
    }
    if ((cond & 1) !== 0) c.op(Op.i32_eqz);
    return this;
  }

  // ---- the PC -------------------------------------------------------------------------

  /** Pushes the address of this instruction (i64). */
  pc(): this {
    this.c.get(this.pageLocal).i64(this.pageOff, 0).op(Op.i64_add);
    return this;
  }

  /** Pops an i64 into the next PC: the instruction branches (it must end its block). */
  jump(): this {
    this.c.set(this.nextPcLocal);
    this.jumped = true;
    return this;
  }

  /** A PC-relative branch by `offset` bytes, taken when the i32 on top of the stack is non-zero. */
  jumpRelIf(offset: number): this {
    const c = this.c;
    const cond = this.tmp32();
    c.set(cond);
    this.pc().c.i64(offset, offset < 0 ? -1 : 0).op(Op.i64_add);
    this.pc().c.i64(4, 0).op(Op.i64_add);
    c.get(cond).op(Op.select);
    return this.jump();
  }

  /** A PC-relative branch by `offset` bytes. */
  jumpRel(offset: number): this {
    this.pc().c.i64(offset, offset < 0 ? -1 : 0).op(Op.i64_add);
    return this.jump();
  }

  // ---- system registers and handlers ---------------------------------------------------

  /** Pushes bit `bit` of the PE's fast-read mask (layout.ts STATE_FAST_READS) as i32, non-zero when set. */
  fastRead(bit: number): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_FAST_READS).i32(1 << bit).op(Op.i32_and);
    return this;
  }

  /** Pushes non-zero (i32) while DC ZVA does not trap at the PE's EL (layout.ts STATE_ZVA_ALLOWED). */
  zvaAllowed(): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_ZVA_ALLOWED);
    return this;
  }

  /** Pushes non-zero (i32) while compiled code may read CNTVCT_EL0 itself (layout.ts STATE_FAST_CNTVCT). */
  fastVirtualCount(): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_FAST_CNTVCT);
    return this;
  }

  /**
   * Pushes CNTVCT_EL0 as this instruction reads it (i64), as Cpu.counter() and the timer's
   * row compute it: the physical count at the chain's entry, plus the instructions retired
   * since (the chain's earlier regions, this region's blocks before this one, and this
   * block's before this instruction: what WasmTierHost.sync adds), minus the virtual offset.
   */
  virtualCount(): this {
    const c = this.c;
    const at = this.stateAt;
    c.i32(0).mem(Op.i64_load, 3, at + STATE_COUNT_AT_ENTRY);
    c.i32(0).mem(Op.i32_load, 2, at + STATE_CHAIN_DONE).i32(0).mem(Op.i32_load, 2, at + STATE_RETIRED).op(Op.i32_add);
    c.i32(this.indexInBlock).op(Op.i32_add).op(Op.i64_extend_i32_u).op(Op.i64_add);
    c.i32(0).mem(Op.i64_load, 3, at + STATE_CNTVCT_OFFSET).op(Op.i64_sub);
    return this;
  }

  /** Pushes system register row `row` of the register file as i64. */
  sysReg(row: number): this {
    this.c.i32(0).mem(Op.i64_load, 3, this.env.sysRegsAt + 8 * row);
    return this;
  }

  /** Pops an i64 into system register row `row` of the register file. */
  setSysReg(row: number): this {
    const t = this.tmp64();
    this.c.set(t).i32(0).get(t).mem(Op.i64_store, 3, this.env.sysRegsAt + 8 * row);
    return this;
  }

  /**
   * Runs this instruction's handler through a host function, as for an instruction without
   * a translation (a translation's rare path; the instruction must not branch): the region
   * leaves at the block's end when the handler changed what compiled code depends on. With
   * `fillBase` (an access at [X<fillBase>|SP]), its page then goes into the TLB's fast view.
   */
  callHandler(fillBase = -1): void {
    this.beforeHandlerCall();
    this.site();
    this.c.op(Op.call).u32(this.handlerImport(fillBase < 0 ? -1 : fillBase === 31 ? 64 : 2 * fillBase));
    this.c.get(this.calledLocal).op(Op.i32_or).set(this.calledLocal);
    this.afterHandlerCall();
  }

  // ---- memory -------------------------------------------------------------------------

  /**
   * Pushes this instruction's call site, the argument of every host function (i32): its page
   * offset, and its index in its block in bits 31:12. With the region's page and the block's
   * retired count in the state area, the host function brings the PE's PC and retired count
   * to where the interpreter has them here (WasmTierHost.sync).
   */
  site(): void {
    this.c.i32(this.pageOff | (this.indexInBlock << 12));
  }

  /**
   * emitFastPath (memory-paths.ts) for this instruction: the RAM offset of a `size`-byte
   * access at the i64 address in local `a` into i32 local `r`, or a branch to label `depth`.
   */
  private fastPath(a: number, size: number, tagsAt: number, r: number, depth = 0): void {
    emitFastPath(this.c, this.env, a, this.classLocal, size, tagsAt, this.tmp32(), r, depth);
  }

  /**
   * Pops an i64 address and pushes the `size`-byte value there (1, 2, 4 or 8), zero-extended
   * to i64, as Cpu.ld<8*size> reads it: from the TLB's fast view inline, else through the
   * PE's memory paths (memory-paths.ts; the full path when the view misses: an unaligned
   * address, MMIO, a fault, an armed watchpoint, or a page not in the view yet).
   */
  load(size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const a = this.tmp64();
    const r = this.tmp32();
    const log = sizeLog(size);
    this.accessed = true;
    c.set(a);
    // Raw block opcodes (not control()): both paths leave the registers as they were.
    c.byte(Op.block).byte(I64); // the value
    c.byte(Op.block).byte(VOID); // slow
    this.fastPath(a, size, TLB_FAST_TAG_R, r);
    c.get(r).mem(LOAD_OPS[log], log, this.env.ramOffset).op(Op.br).u32(1);
    c.byte(Op.end);
    this.storeWrittenHere();
    c.get(a).get(this.classLocal);
    this.site();
    c.op(Op.call).u32(F_LOAD[log]);
    c.byte(Op.end);
    return this;
  }

  /**
   * Pops an i64 value and then an i64 address, and stores the low `size` bytes of the value
   * there, as Cpu.st<8*size> does (inline or through the memory paths, as load()).
   */
  store(size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const v = this.tmp64();
    const a = this.tmp64();
    const r = this.tmp32();
    const log = sizeLog(size);
    this.accessed = true;
    c.set(v).set(a);
    // As in load().
    c.byte(Op.block).byte(VOID); // done
    c.byte(Op.block).byte(VOID); // slow
    this.storeFastPath(a, size, r);
    c.get(r).get(v).mem(STORE_OPS[log], log, this.env.ramOffset).op(Op.br).u32(1);
    c.byte(Op.end);
    this.storeWrittenHere();
    c.get(a).get(v).get(this.classLocal);
    this.site();
    c.op(Op.call).u32(F_STORE[log]);
    c.byte(Op.end);
    return this;
  }

  /**
   * emitWriteFastPath (memory-paths.ts) for this instruction; `otherMarks` for a
   * store-exclusive, which clears this PE's own mark itself: only another PE's sends it to
   * the full path.
   */
  private storeFastPath(a: number, size: number, r: number, depth = 0, otherMarks = false): void {
    emitWriteFastPath(this.c, this.env, a, this.classLocal, size, this.tmp32(), r, depth, otherMarks ? this.env.exclusiveSoleBit : 0);
  }

  // ---- exclusives ---------------------------------------------------------------------

  /** Pushes the `size` bytes at RAM offset local `r` plus `off`, zero-extended to i64, for loadExclusive's `load`. */
  ramLoad(r: number, off: number, size: 1 | 2 | 4 | 8): this {
    const log = sizeLog(size);
    this.c.get(r).mem(LOAD_OPS[log], log, this.env.ramOffset + off);
    return this;
  }

  /** Pops an i64 and stores its low `size` bytes at RAM offset local `r` plus `off`, for storeExclusive's `store`. */
  ramStore(r: number, off: number, size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const v = this.tmp64();
    const log = sizeLog(size);
    c.set(v).get(r).get(v).mem(STORE_OPS[log], log, this.env.ramOffset + off);
    return this;
  }

  /** Pushes, as f64, the physical address of the 64-byte granule of RAM offset local `r` (Cpu.markExclusive's form). */
  private granule(r: number): void {
    const c = this.c;
    c.i64(this.env.ramBase, Math.floor(this.env.ramBase / 2 ** 32)).get(r).op(Op.i64_extend_i32_u).op(Op.i64_add);
    c.i64(-64, -1).op(Op.i64_and).op(Op.f64_convert_i64_u);
  }

  /** Clears this PE's exclusive monitor (Cpu.exclusiveAddr = -1). */
  private clearExclusive(): void {
    this.c.i32(0).i64(-1, -1).op(Op.f64_convert_i64_s).mem(Op.f64_store, 3, this.stateAt + STATE_EXCLUSIVE);
  }

  /**
   * A load-exclusive of `size` bytes at X<n>|SP (LDXR, LDAXR, LDXP, LDAXP: ldxr/ldxp), where
   * the fast view has the page for reading and the address is aligned to `size`: `load(r)`
   * loads the registers from RAM offset local `r` (ramLoad), then the granule is marked as
   * Cpu.markExclusive does. Otherwise (a miss, a fault, MMIO) the handler runs.
   */
  loadExclusive(n: number, size: number, load: (r: number) => void): void {
    const c = this.c;
    const a = this.tmp64();
    const r = this.tmp32();
    const marks = this.env.exclusiveMarksAt;
    this.xsp(n);
    c.set(a);
    c.op(Op.block).byte(VOID); // done
    c.op(Op.block).byte(VOID); // slow
    this.fastPath(a, size, TLB_FAST_TAG_R, r);
    load(r);
    c.i32(0);
    this.granule(r);
    c.mem(Op.f64_store, 3, this.stateAt + STATE_EXCLUSIVE);
    c.i32(0).i32(0).mem(Op.i32_load, 2, marks).i32(this.env.exclusiveBit).op(Op.i32_or).mem(Op.i32_store, 2, marks);
    c.op(Op.br).u32(1);
    c.op(Op.end);
    this.callHandler(n);
    c.op(Op.end);
  }

  /**
   * A store-exclusive of `size` bytes at X<n>|SP with status register W<s> (STXR, STLXR,
   * STXP, STLXP: stxr/stxp). Where the fast view has the page for reading (the monitor's
   * check translates as a read, Cpu.exclusiveTarget): a monitor not on the granule fails
   * (status 1, the monitor cleared, nothing stored); one on it, where the page is also in
   * the view for writing, the line holds no decoded code and no other PE may hold a mark,
   * stores with `store(r)` (ramStore) and clears the monitor, as the full path's store would
   * (status 0). Otherwise the handler runs.
   */
  storeExclusive(n: number, s: number, size: number, store: (r: number) => void): void {
    const c = this.c;
    const a = this.tmp64();
    const r = this.tmp32();
    this.xsp(n);
    c.set(a);
    c.op(Op.block).byte(VOID); // done
    c.op(Op.block).byte(VOID); // slow
    c.op(Op.block).byte(VOID); // fail
    this.fastPath(a, size, TLB_FAST_TAG_R, r, 1);
    c.i32(0).mem(Op.f64_load, 3, this.stateAt + STATE_EXCLUSIVE);
    this.granule(r);
    c.op(Op.f64_ne).op(Op.br_if).u32(0);
    this.storeFastPath(a, size, r, 1, true);
    store(r);
    this.clearExclusive();
    c.i32(0).i32(0).mem(Op.i32_store, 2, this.env.exclusiveMarksAt);
    c.i32(0);
    this.setW(s);
    c.op(Op.br).u32(2);
    c.op(Op.end); // fail:
    this.clearExclusive();
    c.i32(1);
    this.setW(s);
    c.op(Op.br).u32(1);
    c.op(Op.end); // slow:
    this.callHandler(n);
    c.op(Op.end);
  }

  /**
   * An atomic read-modify-write of `size` bytes at X<n>|SP (FEAT_LSE: SWP, LD<op>, CAS,
   * CASP; atomics.ts), where the fast view has the page for reading and for writing, the
   * line holds no decoded code and no PE holds an exclusive mark, so that the handler's load
   * and store could neither fault nor do more: `body(r, old)`, with local `old` holding the
   * (zero-extended) value there, or its low doubleword for 16 bytes, stores with ramStore and
   * writes the registers. Otherwise, and on a PE without FEAT_LSE, the handler runs.
   */
  atomic(n: number, size: 1 | 2 | 4 | 8 | 16, body: (r: number, old: number) => void): void {
    const c = this.c;
    if (!this.lse) {
      this.callHandler();
      return;
    }
    const a = this.tmp64();
    const r = this.tmp32();
    const old = this.tmp64();
    this.xsp(n);
    c.set(a);
    c.op(Op.block).byte(VOID); // done
    c.op(Op.block).byte(VOID); // slow
    this.fastPath(a, size, TLB_FAST_TAG_R, r);
    this.storeFastPath(a, size, r);
    this.ramLoad(r, 0, size === 16 ? 8 : size);
    c.set(old);
    body(r, old);
    c.op(Op.br).u32(1);
    c.op(Op.end);
    this.callHandler(n);
    c.op(Op.end);
  }

  // ---- PSTATE.DAIF --------------------------------------------------------------------

  /** Pushes PSTATE.{D,A,I,F} as bits 3..0 (i32). */
  daif(): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_DAIF);
    return this;
  }

  /**
   * Pops an i32 into PSTATE.{D,A,I,F} (bits 3..0). With `mayUnmask`, the region then leaves
   * at the block's end when an interrupt line is up, as it does after a handler
   * (WasmTierHost.handlerImport): the run loop takes the interrupt there if the write
   * unmasked it.
   */
  setDaif(mayUnmask = true): this {
    const c = this.c;
    const t = this.tmp32();
    c.set(t).i32(0).get(t).mem(Op.i32_store, 2, this.stateAt + STATE_DAIF);
    if (mayUnmask) {
      c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_INT_LINES).i32(0).op(Op.i32_ne);
      c.get(this.calledLocal).op(Op.i32_or).set(this.calledLocal);
    }
    return this;
  }

  /**
   * DC ZVA with X<t>: zeroes the 64-byte block there when the fast view has its page for
   * writing (as for a store), else runs the handler (which puts the page into the view).
   */
  zeroBlock(t: number): void {
    const c = this.c;
    c.op(Op.block).byte(VOID); // done
    // Where DC ZVA traps at this EL, the handler takes the trap.
    this.zvaAllowed().c.op(Op.if).byte(VOID);
    this.x(t);
    c.i64(-64, -1).op(Op.i64_and).get(this.classLocal).op(Op.call).u32(F_ZERO).op(Op.br_if).u32(1);
    c.op(Op.end);
    this.callHandler();
    c.op(Op.end);
  }
}

function sizeLog(size: 1 | 2 | 4 | 8): number {
  return size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3;
}

/** A row's WebAssembly translation of one encoding (see Row.wasm): writes its code into `e`. */
export type WasmTranslation = (e: InsnEmitter) => void;
