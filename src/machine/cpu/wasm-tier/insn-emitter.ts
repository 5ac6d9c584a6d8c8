// What a decoder row's WebAssembly translation (Row.wasm) writes its code with: the state
// of the PE as the compiled region sees it (registers and flags in the machine memory, the
// address of the instruction, the next PC) and the memory accesses, which inline the TLB
// lookup and call the PE's full path on a miss. A translation appends wasm instructions to
// `c` between these helpers and must leave the value stack as it found it.
//
// The general registers are 64-bit loads and stores of Cpu.x (two int32 halves, low first:
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
  STATE_LD_HI,
  STATE_MEM_LEAVE,
  STATE_N,
  STATE_RETIRED,
  STATE_V,
  STATE_X,
  STATE_Z,
  TLB_FAST_RAM,
  TLB_FAST_TAG_R,
  TLB_FAST_TAG_W,
  STATE_ZVA_ALLOWED,
} from './layout.ts';
import { TLB_MASK } from '../../mmu/tlb.ts';

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

/** Host functions a region imports, by function index (region.ts builds them). */
export const F_LOAD = [0, 1, 2, 3]; // by log2(size): (site, addrLo, addrHi) -> low 32 bits; high in STATE_LD_HI
export const F_STORE = [4, 5, 6, 7]; // by log2(size): (site, addrLo, addrHi, valueLo[, valueHi for size 8])
export const F_FIRST_HANDLER = 8; // then one per host-called instruction: (site) -> 0 go on, 1 leave (region.ts)

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
  /** Page offset of the instruction being translated, and its index in its block. */
  pageOff = 0;
  private indexInBlock = 0;
  private readonly stateAt: number;
  private readonly tlbAt: number;
  private readonly ramOffset: number;

  constructor(
    /** The code being written. */
    readonly c: Code,
    private readonly locals: RegionLocals,
    private readonly env: RegionEnv,
    /** Local (i64) holding the address of the region's page. */
    private readonly pageLocal: number,
    /** Local (i64) that receives the next PC (jump()). */
    private readonly nextPcLocal: number,
    /** Local (i32) set to 1 when a host call (a handler, or a load or store's full path) says the region must leave at the block's end. */
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
    this.tlbAt = env.tlbAt;
    this.ramOffset = env.ramOffset;
  }

  /** Starts the next instruction: at page offset `pageOff`, the `index`-th of its block. */
  begin(pageOff: number, index: number): void {
    this.locals.release();
    this.pageOff = pageOff;
    this.indexInBlock = index;
    this.jumped = false;
  }

  tmp64(): number {
    return this.locals.tmp(I64);
  }

  tmp32(): number {
    return this.locals.tmp(I32);
  }

  // ---- registers ----------------------------------------------------------------------

  private xAddr(idx: number): number {
    return this.stateAt + STATE_X + 4 * idx;
  }

  /** Pushes X<r> (31: XZR) as i64. */
  x(r: number): this {
    if (r === 31) this.c.i64(0, 0);
    else this.c.i32(0).mem(Op.i64_load, 3, this.xAddr(2 * r));
    return this;
  }

  /** Pushes X<r>|SP as i64. */
  xsp(r: number): this {
    this.c.i32(0).mem(Op.i64_load, 3, this.xAddr(r === 31 ? 64 : 2 * r));
    return this;
  }

  /** Pushes W<r> (31: WZR) as i32. */
  w(r: number): this {
    if (r === 31) this.c.i32(0);
    else this.c.i32(0).mem(Op.i32_load, 2, this.xAddr(2 * r));
    return this;
  }

  /** Pushes W<r>|WSP as i32. */
  wsp(r: number): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.xAddr(r === 31 ? 64 : 2 * r));
    return this;
  }

  /** Pops an i64 into X<r> (31: dropped). */
  setX(r: number): this {
    if (r === 31) {
      this.c.op(Op.drop);
      return this;
    }
    return this.storeI64(this.xAddr(2 * r));
  }

  /** Pops an i64 into X<r>|SP. */
  setXsp(r: number): this {
    return this.storeI64(this.xAddr(r === 31 ? 64 : 2 * r));
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

  /** Stores the i64 on top of the stack at absolute offset `at` (a store wants the address below the value). */
  private storeI64(at: number): this {
    const t = this.tmp64();
    this.c.set(t).i32(0).get(t).mem(Op.i64_store, 3, at);
    return this;
  }

  // ---- flags --------------------------------------------------------------------------

  /** Pushes PSTATE.<flag> (FLAG_N/Z/C/V) as i32 0/1. */
  flag(f: number): this {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + f);
    return this;
  }

  /** Pops an i32 0/1 into PSTATE.<flag>. */
  setFlag(f: number): this {
    const t = this.tmp32();
    this.c.set(t).i32(0).get(t).mem(Op.i32_store, 2, this.stateAt + f);
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
    return this.storeI64(this.env.sysRegsAt + 8 * row);
  }

  /**
   * Runs this instruction's handler through a host function, as for an instruction without
   * a translation (a translation's rare path; the instruction must not branch): the region
   * leaves at the block's end when the handler changed what compiled code depends on. With
   * `fillBase` (an access at [X<fillBase>|SP]), its page then goes into the TLB's fast view.
   */
  callHandler(fillBase = -1): void {
    this.site();
    this.c.op(Op.call).u32(this.handlerImport(fillBase < 0 ? -1 : fillBase === 31 ? 64 : 2 * fillBase));
    this.c.get(this.calledLocal).op(Op.i32_or).set(this.calledLocal);
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
   * The RAM offset of a `size`-byte access at the i64 address in local `a`, left in i32
   * local `r`, when the TLB's fast view (mmu/tlb.ts) has the page for this access class and
   * direction (`tagsAt`: its read or write tags): one 64-bit compare of the tag with the
   * address masked to its page and alignment bits, ORed with the class, so an unaligned
   * access misses. Otherwise branches out of the enclosing block (label depth 0 where this
   * is emitted, or `depth`: the full path follows it). Leaves the stack unchanged.
   */
  private fastPath(a: number, size: number, tagsAt: number, r: number, depth = 0): void {
    const c = this.c;
    const slot = this.tmp32();
    // slot = tlbIndex(lo, hi) * 8 = ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK, as a byte index.
    c.get(a).op(Op.i32_wrap_i64).i32(12).op(Op.i32_shr_u);
    c.get(a).i64(36, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).op(Op.i32_xor);
    c.i32(TLB_MASK).op(Op.i32_and).i32(3).op(Op.i32_shl).tee(slot);
    c.mem(Op.i64_load, 3, this.tlbAt + tagsAt);
    c.get(a).i64(-4096 | (size - 1), -1).op(Op.i64_and).get(this.classLocal).op(Op.i64_or);
    c.op(Op.i64_ne).op(Op.br_if).u32(depth);
    c.get(slot).mem(Op.i32_load, 2, this.tlbAt + TLB_FAST_RAM);
    c.get(a).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).op(Op.i32_add).set(r);
  }

  /**
   * Pops an i64 address and pushes the `size`-byte value there (1, 2, 4 or 8), zero-extended
   * to i64, as Cpu.ld<8*size> reads it (its full path when the fast view misses: an unaligned
   * address, MMIO, a fault, an armed watchpoint, or a page not in the view yet, which the
   * full path then puts there: WasmTierHost's memory imports).
   */
  load(size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const a = this.tmp64();
    const r = this.tmp32();
    const log = size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3;
    c.set(a);
    c.op(Op.block).byte(I64); // the value
    c.op(Op.block).byte(VOID); // slow
    this.fastPath(a, size, TLB_FAST_TAG_R, r);
    c.get(r);
    const ops = [Op.i64_load8_u, Op.i64_load16_u, Op.i64_load32_u, Op.i64_load];
    c.mem(ops[log], log, this.ramOffset);
    c.op(Op.br).u32(1);
    c.op(Op.end);
    this.site();
    c.get(a).op(Op.i32_wrap_i64);
    c.get(a).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
    c.op(Op.call).u32(F_LOAD[log]);
    this.leaveIfAccessSaysSo();
    c.op(Op.i64_extend_i32_u);
    if (size === 8) c.i32(0).mem(Op.i64_load32_u, 2, this.stateAt + STATE_LD_HI).i64(32, 0).op(Op.i64_shl).op(Op.i64_or);
    c.op(Op.end);
    return this;
  }

  /** After a load or store's full path: the region leaves at the block's end when the host function says so (STATE_MEM_LEAVE). */
  private leaveIfAccessSaysSo(): void {
    this.c.i32(0).mem(Op.i32_load, 2, this.stateAt + STATE_MEM_LEAVE).get(this.calledLocal).op(Op.i32_or).set(this.calledLocal);
  }

  /**
   * fastPath() for a store: also to the full path when the line holds decoded code or a PE
   * holds an exclusive mark (which the store may have to clear); `otherMarks` for a
   * store-exclusive, which clears this PE's own mark itself: only when another PE holds one.
   */
  private storeFastPath(a: number, size: number, r: number, depth = 0, otherMarks = false): void {
    const c = this.c;
    this.fastPath(a, size, TLB_FAST_TAG_W, r, depth);
    // r is the RAM offset; its code-line mark (an aligned access never crosses a 256-byte line).
    c.get(r).i32(8).op(Op.i32_shr_u).mem(Op.i32_load8_u, 0, this.env.codeLinesAt).op(Op.br_if).u32(depth);
    c.i32(0).mem(Op.i32_load, 2, this.env.exclusiveMarksAt);
    if (otherMarks) c.i32(~this.env.exclusiveSoleBit).op(Op.i32_and);
    c.op(Op.br_if).u32(depth);
  }

  // ---- exclusives ---------------------------------------------------------------------

  /** Pushes the `size` bytes at RAM offset local `r` plus `off`, zero-extended to i64, for loadExclusive's `load`. */
  ramLoad(r: number, off: number, size: 1 | 2 | 4 | 8): this {
    const ops = { 1: Op.i64_load8_u, 2: Op.i64_load16_u, 4: Op.i64_load32_u, 8: Op.i64_load };
    this.c.get(r).mem(ops[size], Math.log2(size), this.ramOffset + off);
    return this;
  }

  /** Pops an i64 and stores its low `size` bytes at RAM offset local `r` plus `off`, for storeExclusive's `store`. */
  ramStore(r: number, off: number, size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const v = this.tmp64();
    const ops = { 1: Op.i64_store8, 2: Op.i64_store16, 4: Op.i64_store32, 8: Op.i64_store };
    c.set(v).get(r).get(v).mem(ops[size], Math.log2(size), this.ramOffset + off);
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
    const a = this.tmp64();
    const r = this.tmp32();
    this.x(t);
    c.i64(-64, -1).op(Op.i64_and).set(a);
    c.op(Op.block).byte(VOID); // done
    c.op(Op.block).byte(VOID); // slow
    // Where DC ZVA traps at this EL, the handler takes the trap.
    this.zvaAllowed().c.op(Op.i32_eqz).op(Op.br_if).u32(0);
    this.storeFastPath(a, 1, r);
    for (let k = 0; k < 64; k += 8) c.get(r).i64(0, 0).mem(Op.i64_store, 3, this.ramOffset + k);
    c.op(Op.br).u32(1);
    c.op(Op.end);
    this.callHandler();
    c.op(Op.end);
  }

  /**
   * Pops an i64 value and then an i64 address, and stores the low `size` bytes of the value
   * there, as Cpu.st<8*size> does (the fast path only where the line holds no decoded code
   * and no PE holds an exclusive mark; the full path otherwise).
   */
  store(size: 1 | 2 | 4 | 8): this {
    const c = this.c;
    const v = this.tmp64();
    const a = this.tmp64();
    const r = this.tmp32();
    const log = size === 1 ? 0 : size === 2 ? 1 : size === 4 ? 2 : 3;
    c.set(v).set(a);
    c.op(Op.block).byte(VOID); // done
    c.op(Op.block).byte(VOID); // slow
    this.storeFastPath(a, size, r);
    c.get(r).get(v);
    const ops = [Op.i64_store8, Op.i64_store16, Op.i64_store32, Op.i64_store];
    c.mem(ops[log], log, this.ramOffset);
    c.op(Op.br).u32(1);
    c.op(Op.end);
    this.site();
    c.get(a).op(Op.i32_wrap_i64);
    c.get(a).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
    c.get(v).op(Op.i32_wrap_i64);
    // Only the doubleword store's host function takes the high half (region.ts imports).
    if (size === 8) c.get(v).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
    c.op(Op.call).u32(F_STORE[log]);
    this.leaveIfAccessSaysSo();
    c.op(Op.end);
    return this;
  }
}

/** A row's WebAssembly translation of one encoding (see Row.wasm): writes its code into `e`. */
export type WasmTranslation = (e: InsnEmitter) => void;
