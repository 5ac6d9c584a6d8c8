// The WebAssembly execution tier: a page region (the hot decoded blocks of one 4 KiB page,
// as block-jit.ts's compileRegion takes them) compiled to one WebAssembly function that
// runs block after block while the PC stays on the page, the budget allows and nothing
// outside the region's own code ran.
//
// An instruction whose row has a wasm translation (Row.wasm) runs inline; any other calls
// its handler through a host function, with the PE's fields brought up to date first
// (PC, retired count, flags), exactly as the interpreter would have them. Registers live in
// the machine memory (Cpu.x is a view of it; a block's code keeps the ones it uses in wasm
// locals and stores them before host calls: insn-emitter.ts); the flags, PSTATE.DAIF and
// the exclusive monitor are copied into the PE's state area on entry and back on return and
// around host calls (the PE keeps them in fields everywhere else; no other PE runs meanwhile).
//
// Leaving the region: at the end of a block whose code made a host call that says so (a
// handler, or a load or store that took the full path, when it raised an interrupt, wrote
// code, changed the TLB or asked to yield), at a PC off the page or at no block of the region,
// and when the next block does not fit in the budget. The region then says where the PC is
// (in the state area, or already in the PE's fields when a handler ended the last block)
// and which of its blocks ran to its end last, for the run loop's successor links.
// An exception thrown by a handler goes through the wasm frames: its host function has
// settled `retired` from the count the code stored before the call, as the interpreter would.

import { setFlagsFromString } from 'node:v8';
import { Code, encodeModule, I32, I64, Op, VOID, type FuncSpec, type FuncType } from '../../wasm/encoder.ts';
import type { Cpu } from '../cpu.ts';
import type { Decoder, ExecFn } from '../decoder.ts';
import type { Block } from '../block-cache.ts';
import type { CompiledRegion } from '../block-jit.ts';
import { encodeMemoryPaths, LOAD_TYPE, MEMORY_PATH_EXPORTS, STORE_TYPE, ZERO_TYPE } from './memory-paths.ts';
import { F_FIRST_HANDLER, InsnEmitter, P_BUDGET, P_CLASS, P_PC_HI, P_PC_LO, PARAMS, RegionLocals, type RegionEnv } from './insn-emitter.ts';
import type { Bus } from '../../bus/bus.ts';
import { TLB_MASK } from '../../mmu/tlb.ts';
import {
  JUMP_ENTRIES, JUMP_ENTRY_BYTES, JUMP_FETCH_GEN, JUMP_KEY, JUMP_PC_HI, JUMP_PC_LO, JUMP_SLOT, JUMP_STAMP, jumpIndex,
  STATE_C, STATE_CHAIN_DONE, STATE_COUNT_AT_ENTRY, STATE_DAIF, STATE_EXCLUSIVE, STATE_INSN_HI, STATE_INT_LINES, STATE_LAST_BLOCK, STATE_LAST_SLOT, STATE_LD_HI, STATE_MEM_LEAVE, STATE_N, STATE_PAGE_LO, STATE_PC_HI, STATE_PC_LO, STATE_RETIRED, STATE_V, STATE_Z, TLB_FETCH_GEN,
} from './layout.ts';

const N = STATE_N >> 2;
const Z = STATE_Z >> 2;
const C = STATE_C >> 2;
const V = STATE_V >> 2;
const RETIRED = STATE_RETIRED >> 2;
const LD_HI = STATE_LD_HI >> 2;
const PC_LO = STATE_PC_LO >> 2;
const PC_HI = STATE_PC_HI >> 2;
const LAST_BLOCK = STATE_LAST_BLOCK >> 2;
const CHAIN_DONE = STATE_CHAIN_DONE >> 2;
const INSN_HI = STATE_INSN_HI >> 2;
const LAST_SLOT = STATE_LAST_SLOT >> 2;
const PAGE_LO = STATE_PAGE_LO >> 2;
const MEM_LEAVE = STATE_MEM_LEAVE >> 2;
const COUNT_AT_ENTRY = STATE_COUNT_AT_ENTRY >> 2;
const DAIF = STATE_DAIF >> 2;
const INT_LINES = STATE_INT_LINES >> 2;

/**
 * A region's exit status: the next PC is in the state area and the dispatcher may go on at
 * the region there (CHAIN: nothing outside the region's code ran), the next PC is in the
 * PE's fields (PC_IN_PE: a handler ended the last block), or the next PC is in the state
 * area and the run loop must look (STOP: a host call ran, or the budget is used up).
 */
const CHAIN = 0;
const PC_IN_PE = 1;
const STOP = 2;

/** The region function's type: (pcLo, pcHi, budget, access class << 3) -> status. */
type RegionFn = (pcLo: number, pcHi: number, budget: number, classBits: number) => number;
/** The dispatcher's: a region's parameters, then (slot, fetch key, chain stamp, may chain) -> status. */
type DispatchFn = (pcLo: number, pcHi: number, budget: number, classBits: number, slot: number, key: number, stamp: number, chain: number) => number;

/** Table slots for chained regions at most; beyond, a region runs unchained. */
const MAX_SLOTS = 16384;

/** A compiled region in the dispatcher's table: its blocks, and its run-loop entry point (to tell whether it is live). */
interface SlotRecord {
  readonly blocks: readonly Block[];
  entry: CompiledRegion<Block> | null;
}

/**
 * V8 recompiles a wasm function with its optimizing compiler once it has run for a budget
 * (--wasm-tiering-budget, roughly bytes of code executed; 1.8 M by default), which many
 * regions of run-once boot code reach too. With 100 M the EL1 Linux boot's optimizing
 * compiler threads took ~0.5-0.7 s less CPU (of ~2.7 s) in alternated runs, the main
 * thread's time and hot loops' speed unchanged: on a loaded two-core machine that CPU
 * competes with the emulation. Set once, before the first region module is instantiated
 * (V8 reads it then).
 */
const TIERING_BUDGET = 100_000_000;
let tieringBudgetSet = false;

/**
 * What a PE's regions share: its state area as int32s, the retired count at the region's
 * entry, and the host functions that every region imports first (the loads and stores'
 * full paths).
 */
export class WasmTierHost {
  readonly st: Int32Array;
  /** The PE's exclusive monitor while compiled code runs (layout.ts STATE_EXCLUSIVE). */
  readonly exclusive: Float64Array;
  /** Cpu.retired when the running chain of regions was entered. */
  base = 0;
  /** At the last sync() (see changedSinceSync): the TLB slot of the running region's page, its fetch generation, the bus's code-write count. */
  private syncSlot = 0;
  private syncGen = 0;
  private syncCodeWrites = 0;
  readonly memoryImports: ((...a: number[]) => number | void)[];
  /** The PE's memory paths (memory-paths.ts), which every region imports first. */
  readonly memoryPaths: readonly WebAssembly.ExportValue[];
  /**
   * Chaining: the PE's compiled regions sit in a table, and a small wasm dispatcher runs
   * region after region while each leaves at a PC the jump cache (layout.ts) knows, without
   * a return to the run loop. An entry is valid for the fetch key and the fetch generation
   * of its PC's TLB slot (Tlb.fetchGen) it was recorded under (as the run loop's successor
   * links are) and for the current stamp, which moves on at every write to decoded code
   * (Bus.codeWrites) and every freed slot.
   * Those change only in host calls, which then stop the chain.
   */
  readonly table: WebAssembly.Table;
  readonly dispatch: DispatchFn;
  private readonly jumps: Int32Array;
  private readonly slots: (SlotRecord | null)[] = [];
  private readonly freeSlots: number[] = [];
  private slotsFreed = 0;

  constructor(
    readonly cpu: Cpu,
    readonly env: RegionEnv,
    readonly memory: WebAssembly.Memory,
    readonly memoryPages: number,
    private readonly bus: Bus,
    jumpCacheAt: number,
  ) {
    if (!tieringBudgetSet) {
      setFlagsFromString(`--wasm-tiering-budget=${TIERING_BUDGET}`);
      tieringBudgetSet = true;
    }
    this.st = new Int32Array(memory.buffer, env.stateAt, 128);
    this.exclusive = new Float64Array(memory.buffer, env.stateAt + STATE_EXCLUSIVE, 1);
    this.jumps = new Int32Array(memory.buffer, jumpCacheAt, (JUMP_ENTRIES * JUMP_ENTRY_BYTES) >> 2);
    this.table = new WebAssembly.Table({ element: 'anyfunc', initial: 64 });
    const dispatcher = new WebAssembly.Instance(new WebAssembly.Module(encodeDispatcher(env.stateAt, jumpCacheAt, env.tlbAt, memoryPages)), {
      env: { memory, table: this.table },
    });
    this.dispatch = dispatcher.exports.r0 as DispatchFn;
    const st = this.st;
    // The full paths of loads and stores (memory-paths.ts calls them); a completed one puts
    // its page into the TLB's fast view, where the region's next access to it finds it.
    this.memoryImports = [
      (site: number, lo: number, hi: number) => {
        this.sync(site);
        const v = cpu.ld8(lo, hi);
        this.afterAccess(lo, hi);
        return v;
      },
      (site: number, lo: number, hi: number) => {
        this.sync(site);
        const v = cpu.ld16(lo, hi);
        this.afterAccess(lo, hi);
        return v;
      },
      (site: number, lo: number, hi: number) => {
        this.sync(site);
        const v = cpu.ld32(lo, hi);
        this.afterAccess(lo, hi);
        return v;
      },
      (site: number, lo: number, hi: number) => {
        this.sync(site);
        const v = cpu.ld64(lo, hi);
        st[LD_HI] = cpu.ldHi;
        this.afterAccess(lo, hi);
        return v;
      },
      (site: number, lo: number, hi: number, v: number) => {
        this.sync(site);
        cpu.st8(lo, hi, v);
        this.afterAccess(lo, hi);
      },
      (site: number, lo: number, hi: number, v: number) => {
        this.sync(site);
        cpu.st16(lo, hi, v);
        this.afterAccess(lo, hi);
      },
      (site: number, lo: number, hi: number, v: number) => {
        this.sync(site);
        cpu.st32(lo, hi, v);
        this.afterAccess(lo, hi);
      },
      (site: number, lo: number, hi: number, v: number, vh: number) => {
        this.sync(site);
        cpu.st64(lo, hi, v, vh);
        this.afterAccess(lo, hi);
      },
    ];
    const paths = new WebAssembly.Instance(new WebAssembly.Module(encodeMemoryPaths(env, memoryPages)), {
      env: { memory, ...Object.fromEntries(this.memoryImports.map((f, i) => [`f${i}`, f])) },
    });
    this.memoryPaths = MEMORY_PATH_EXPORTS.map((name) => paths.exports[name]);
  }

  /** The current chain stamp (see table). */
  stamp(): number {
    return (this.bus.codeWrites + this.slotsFreed) | 0;
  }

  /** Records that the region in `slot` has a block at PC hi:lo, under fetch key `key`, fetch generation `fetchGen` (of the PC's TLB slot) and chain stamp `stamp`. */
  recordJump(lo: number, hi: number, slot: number, key: number, fetchGen: number, stamp: number): void {
    const j = this.jumps;
    const at = jumpIndex(lo, hi) * (JUMP_ENTRY_BYTES >> 2);
    j[at + (JUMP_PC_LO >> 2)] = lo;
    j[at + (JUMP_PC_HI >> 2)] = hi;
    j[at + (JUMP_KEY >> 2)] = key;
    j[at + (JUMP_FETCH_GEN >> 2)] = fetchGen;
    j[at + (JUMP_STAMP >> 2)] = stamp;
    j[at + (JUMP_SLOT >> 2)] = slot;
  }

  /** A table slot for `run` (the region of `record`), or -1 when the table is full of live regions. */
  addSlot(run: RegionFn, record: SlotRecord): number {
    let slot = this.freeSlots.pop();
    if (slot === undefined && this.slots.length === MAX_SLOTS) {
      this.sweep();
      slot = this.freeSlots.pop();
    }
    if (slot === undefined) {
      if (this.slots.length === MAX_SLOTS) return -1;
      slot = this.slots.length;
      this.slots.push(null);
      if (slot >= this.table.length) this.table.grow(this.table.length);
    }
    this.slots[slot] = record;
    this.table.set(slot, run as unknown as WebAssembly.ExportValue);
    return slot;
  }

  /** The blocks of the region in `slot`. */
  blocksOf(slot: number): readonly Block[] {
    return this.slots[slot]!.blocks;
  }

  /**
   * Frees the slots of regions the run loop can no longer enter: each of their blocks is
   * now in a newer region, or its page was written. Stale jump-cache entries die with the
   * stamp.
   */
  private sweep(): void {
    const pageGen = this.bus.pageGen;
    for (let k = 0; k < this.slots.length; k++) {
      const r = this.slots[k];
      if (r === null || r.blocks.some((b) => b.region === r.entry && b.gen === pageGen[b.off >>> 12])) continue;
      this.slots[k] = null;
      this.table.set(k, null);
      this.freeSlots.push(k);
    }
    this.slotsFreed++;
  }

  /**
   * Before a host call from call site `site` (InsnEmitter.site: the instruction's page offset
   * and index in its block): the PE's fields as the interpreter has them there.
   */
  sync(site: number): void {
    const cpu = this.cpu;
    const st = this.st;
    this.syncSlot = ((st[PAGE_LO] >>> 12) ^ (st[INSN_HI] >>> 4)) & TLB_MASK;
    this.syncGen = cpu.mmu.tlb.fetchGen[this.syncSlot];
    this.syncCodeWrites = this.bus.codeWrites;
    cpu.retired = this.base + st[CHAIN_DONE] + st[RETIRED] + (site >>> 12);
    cpu.insnHi = st[INSN_HI];
    const pc = st[PAGE_LO] | (site & 0xfff);
    cpu.nf = st[N];
    cpu.zf = st[Z];
    cpu.cf = st[C];
    cpu.vf = st[V];
    cpu.daif = st[DAIF];
    cpu.exclusiveAddr = this.exclusive[0];
    cpu.insnLo = pc;
    const next = (pc + 4) | 0;
    cpu.pcLo = next;
    cpu.pcHi = next === 0 ? (cpu.insnHi + 1) | 0 : cpu.insnHi;
  }

  /**
   * Whether a host call since sync() changed what the region's code depends on: it raised
   * an interrupt, asked to yield, invalidated the TLB for the region's page (its fetch
   * generation moved on: the page may translate elsewhere now; the fast view that its loads
   * and stores read is kept right by the TLB itself) or renumbered the fast view's classes
   * (which moves every generation on), or wrote decoded code. The region then goes back to
   * the run loop at the block's end.
   */
  private changedSinceSync(): boolean {
    const cpu = this.cpu;
    return cpu.yieldRequest || cpu.intLines !== 0 || cpu.mmu.tlb.fetchGen[this.syncSlot] !== this.syncGen || this.bus.codeWrites !== this.syncCodeWrites;
  }

  /**
   * After a load or store took its full path: puts its page into the TLB's fast view, where
   * the region's next access to it finds it, and tells the region to leave at the block's
   * end (STATE_MEM_LEAVE, which stays set until the region's wrapper is entered again) when
   * it must, as a handler's host call does.
   */
  private afterAccess(lo: number, hi: number): void {
    const cpu = this.cpu;
    cpu.fillFastView(lo, hi);
    // A store may have cleared the monitor; an MMIO write may have raised an interrupt.
    this.exclusive[0] = cpu.exclusiveAddr;
    this.st[INT_LINES] = cpu.intLines;
    if (this.changedSinceSync()) this.st[MEM_LEAVE] = 1;
  }

  /**
   * The host function that runs `handler` on `word` for a region (see sync()); with
   * `fillBase` >= 0, it then puts the page of the address X[fillBase] held before into the
   * TLB's fast view (InsnEmitter.callHandler), where the instruction's code finds it next time.
   */
  handlerImport(handler: ExecFn, word: number, fillBase = -1): (site: number) => number {
    const cpu = this.cpu;
    const st = this.st;
    const x = cpu.x;
    const mmu = cpu.mmu;
    return (site: number) => {
      this.sync(site);
      const key = mmu.fetchKey;
      if (fillBase >= 0) {
        const lo = x[fillBase];
        const hi = x[fillBase + 1];
        handler(cpu, word);
        cpu.fillFastView(lo, hi);
      } else handler(cpu, word);
      x[62] = 0;
      x[63] = 0;
      st[N] = cpu.nf;
      st[Z] = cpu.zf;
      st[C] = cpu.cf;
      st[V] = cpu.vf;
      st[DAIF] = cpu.daif;
      st[INT_LINES] = cpu.intLines;
      this.exclusive[0] = cpu.exclusiveAddr;
      // A handler may also change the fetch key (EL, regime, ASID, FP traps).
      if (this.changedSinceSync() || mmu.fetchKey !== key) return LEAVE;
      st[PC_LO] = cpu.pcLo;
      st[PC_HI] = cpu.pcHi;
      return GO_ON;
    };
  }
}

/**
 * What a host-called instruction's handler returns to its region: GO_ON when nothing the
 * region's code depends on changed (the run loop would find the same translation and have
 * nothing to take or yield for; the next PC is then in the state area), else LEAVE (the
 * region goes back to the run loop at the end of the block).
 */
const GO_ON = 0;
const LEAVE = 1;

/** Regions encoded to one module (a function each), ready to compile (sync or async) and instantiate. */
export interface EncodedRegions {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly imports: WebAssembly.Imports;
  /** Each region's blocks. */
  readonly regions: readonly (readonly Block[])[];
}

/**
 * Encodes regions (each a list of blocks decoded from one page, all with the same FP
 * trapping) as one WebAssembly module with a function per region (see the file comment):
 * one module for many regions costs V8 much less than a module each.
 */
export function encodeWasmRegions(host: WasmTierHost, dec: Decoder, regions: readonly (readonly Block[])[]): EncodedRegions {
  const handlerImports: ((site: number) => number)[] = [];
  const funcs = regions.map((blocks) => encodeRegionFunction(host, dec, blocks, handlerImports));
  const handler = { params: [I32], results: [I32] } satisfies FuncType;
  const L = LOAD_TYPE;
  const S = STORE_TYPE;
  const imports: FuncType[] = [L, L, L, L, S, S, S, S, ZERO_TYPE, ...handlerImports.map(() => handler)];
  const bytes = encodeModule({ memoryPages: host.memoryPages, imports, funcs });
  const importObject: Record<string, WebAssembly.ImportValue> = { memory: host.memory };
  host.memoryPaths.forEach((f, i) => (importObject[`f${i}`] = f));
  handlerImports.forEach((f, i) => (importObject[`f${F_FIRST_HANDLER + i}`] = f));
  return { bytes, imports: { env: importObject }, regions };
}

/** The function of the region of `blocks`; its host-called instructions' imports are appended to `handlerImports`. */
function encodeRegionFunction(host: WasmTierHost, dec: Decoder, blocks: readonly Block[], handlerImports: ((site: number) => number)[]): FuncSpec {
  const env = host.env;
  const c = new Code();
  const locals = new RegionLocals();
  const page = locals.add(I64);
  const off = locals.add(I32);
  const done = locals.add(I32);
  const next = locals.add(I64);
  const status = locals.add(I32);
  const called = locals.add(I32);
  const leave = locals.add(I32);
  const cls = locals.add(I64);
  const lastBlock = locals.add(I32);
  let insnHandler: ExecFn = () => undefined;
  let insnWord = 0;
  const handlerCall = (fillBase: number): number => {
    handlerImports.push(host.handlerImport(insnHandler, insnWord, fillBase));
    return F_FIRST_HANDLER + handlerImports.length - 1;
  };
  const e = new InsnEmitter(c, locals, env, page, next, called, cls, handlerCall, host.cpu.model.lse);
  const st = env.stateAt;

  // Stores `value` code's i32 result at a state cell.
  const cell = (at: number, value: () => void): void => {
    c.i32(0);
    value();
    c.mem(Op.i32_store, 2, st + at);
  };
  // Leaves the region with the PC (i64 pushed by `pc`) and the status `exitStatus` pushes,
  // through the exit tail that stores the PC; `exitDepth` is the branch depth of that tail's
  // label where this is emitted.
  const exitWithPc = (pc: () => void, exitStatus: () => void, exitDepth: number): void => {
    pc();
    c.set(next);
    exitStatus();
    c.set(status);
    c.op(Op.br).u32(exitDepth);
  };
  const chain = (): void => void c.i32(CHAIN);
  const stop = (): void => void c.i32(STOP);

  // page = PC & ~0xfff, off = PC & 0xfff
  c.get(P_PC_HI).op(Op.i64_extend_i32_u).i64(32, 0).op(Op.i64_shl);
  c.get(P_PC_LO).i32(-4096).op(Op.i32_and).op(Op.i64_extend_i32_u).op(Op.i64_or).set(page);
  c.get(P_PC_LO).i32(0xfff).op(Op.i32_and).set(off);
  c.get(P_CLASS).op(Op.i64_extend_i32_u).set(cls);
  c.i32(-1).set(lastBlock);
  cell(STATE_INSN_HI, () => c.get(P_PC_HI));
  cell(STATE_PAGE_LO, () => c.get(P_PC_LO).i32(-4096).op(Op.i32_and));

  const n = blocks.length;
  c.op(Op.block).byte(VOID); // exit
  c.op(Op.block).byte(VOID); // exit with the PC in `next`
  c.op(Op.loop).byte(VOID); // top
  for (let k = n - 1; k >= 0; k--) c.op(Op.block).byte(VOID); // b(n-1) .. b0
  c.op(Op.block).byte(VOID); // default
  // br_table over the instruction slots of the page from the first block's to the last's:
  // slot -> its block's label (out of range: default).
  let first = 1024;
  let lastSlot = 0;
  for (const b of blocks) {
    first = Math.min(first, (b.off & 0xfff) >>> 2);
    lastSlot = Math.max(lastSlot, (b.off & 0xfff) >>> 2);
  }
  const slots = new Array<number>(lastSlot - first + 1).fill(0);
  blocks.forEach((b, k) => {
    slots[((b.off & 0xfff) >>> 2) - first] = k + 1;
  });
  c.get(off).i32(2).op(Op.i32_shr_u).i32(first).op(Op.i32_sub).op(Op.br_table).u32(slots.length);
  for (const s of slots) c.u32(s);
  c.u32(0);
  c.op(Op.end);
  // No block of the region here: leave with the PC where it is. Depths: b0..b(n-1), top,
  // exit with the PC, exit.
  exitWithPc(() => c.get(page).get(off).op(Op.i64_extend_i32_u).op(Op.i64_add), chain, n + 1);

  for (let k = 0; k < n; k++) {
    c.op(Op.end); // of b<k>: block k's code follows
    const b = blocks[k];
    const start = b.off & 0xfff;
    // A block that branches back to its own start (a loop of one block: 54% of the compiled
    // instructions of the EL1 Linux boot) runs inside a wasm loop of its own: the taken
    // branch goes round again at once, not through the br_table.
    const branchOffset = dec.branchOffsets[b.rows[b.count - 1]];
    const selfLoop = branchOffset !== null && start + 4 * (b.count - 1) + branchOffset(b.words[b.count - 1]) === start;
    if (selfLoop) c.op(Op.loop).byte(VOID);
    const topDepth = n - 1 - k + (selfLoop ? 1 : 0);
    const exitDepth = n - k + (selfLoop ? 1 : 0);
    // The whole block must fit in the budget, as in the run loop.
    c.get(done).i32(b.count).op(Op.i32_add).get(P_BUDGET).op(Op.i32_gt_s);
    c.op(Op.if).byte(VOID);
    exitWithPc(() => c.get(page).i64(start, 0).op(Op.i64_add), stop, exitDepth + 1);
    c.op(Op.end);
    c.i32(0).set(called);
    cell(STATE_RETIRED, () => c.get(done));
    e.accessed = false;
    e.startBlock();
    let lastHost = false;
    for (let i = 0; i < b.count; i++) {
      e.begin(start + 4 * i, i);
      insnHandler = b.handlers[i];
      insnWord = b.words[i];
      const t = dec.translateWasm(b.rows[i], b.words[i], b.fpTrapped);
      if (t !== null) {
        t(e);
        lastHost = false;
      } else {
        e.beforeHandlerCall();
        e.site();
        c.op(Op.call).u32(handlerCall(-1));
        lastHost = i === b.count - 1;
        if (lastHost) c.set(leave);
        else c.get(called).op(Op.i32_or).set(called);
        e.afterHandlerCall();
      }
      e.finish();
    }
    e.endBlock();
    // A load or store that took its full path may have asked to leave.
    if (e.accessed) c.get(called).i32(0).mem(Op.i32_load, 2, st + STATE_MEM_LEAVE).op(Op.i32_or).set(called);
    const last = start + 4 * (b.count - 1);
    c.get(done).i32(b.count).op(Op.i32_add).set(done);
    c.i32(k).set(lastBlock);
    if (lastHost) {
      // The handler set the PE's PC fields: leave with them when it says so, else go on at
      // the PC it put in the state area.
      c.get(leave);
      c.op(Op.if).byte(VOID);
      cell(STATE_RETIRED, () => c.get(done));
      c.i32(PC_IN_PE).set(status);
      c.op(Op.br).u32(exitDepth + 2);
      c.op(Op.end);
      c.i32(0).mem(Op.i64_load, 3, st + STATE_PC_LO).set(next);
    } else if (!e.jumped) c.get(page).i64(last + 4, 0).op(Op.i64_add).set(next);
    // After a host call, off the page or at a misaligned PC (the run loop takes the PC
    // alignment fault): leave. Else go on at the next block.
    c.get(called);
    c.get(next).i64(-4096, -1).op(Op.i64_and).get(page).op(Op.i64_ne);
    c.op(Op.i32_or);
    if (e.jumped || lastHost) c.get(next).op(Op.i32_wrap_i64).i32(3).op(Op.i32_and).op(Op.i32_or);
    c.op(Op.if).byte(VOID);
    // After a host call: STOP (2), else CHAIN (0).
    exitWithPc(() => c.get(next), () => c.get(called).i32(1).op(Op.i32_shl), exitDepth + 1);
    c.op(Op.end);
    c.get(next).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).set(off);
    if (selfLoop) c.get(off).i32(start).op(Op.i32_eq).op(Op.br_if).u32(0);
    c.op(Op.br).u32(topDepth);
    if (selfLoop) c.op(Op.end); // of the loop
  }
  c.op(Op.end); // top (never falls through: every block's code branches)
  c.op(Op.end); // exit with the PC:
  cell(STATE_PC_LO, () => c.get(next).op(Op.i32_wrap_i64));
  cell(STATE_PC_HI, () => c.get(next).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64));
  cell(STATE_RETIRED, () => c.get(done));
  c.op(Op.end); // exit
  cell(STATE_LAST_BLOCK, () => c.get(lastBlock));
  c.get(status);
  return { type: { params: PARAMS, results: [I32] }, locals: locals.types, body: c };
}

/** The run loop's entry points (block-jit.ts CompiledRegion) for `encoded`'s regions, compiled to `module`. */
export function instantiateWasmRegions(host: WasmTierHost, encoded: EncodedRegions, module: WebAssembly.Module): CompiledRegion<Block>[] {
  const instance = new WebAssembly.Instance(module, encoded.imports);
  return encoded.regions.map((blocks, i) => {
    const run = instance.exports[`r${i}`] as RegionFn;
    const record: SlotRecord = { blocks, entry: null };
    const slot = host.addSlot(run, record);
    record.entry = wrapper(host, run, slot, blocks);
    return record.entry;
  });
}

/**
 * The run loop's entry point for a compiled region (see the file comment): through the
 * dispatcher, which may chain on to other regions, when the region has a table slot.
 */
function wrapper(host: WasmTierHost, run: RegionFn, slot: number, blocks: readonly Block[]): CompiledRegion<Block> {
  const st = host.st;
  const dispatch = host.dispatch;
  return (cpu: Cpu, budget: number): Block | null => {
    const base = cpu.retired;
    host.base = base;
    st[MEM_LEAVE] = 0;
    // The physical count now, for compiled reads of CNTVCT_EL0 (InsnEmitter.virtualCount).
    const count = cpu.timeBase + (base - cpu.sliceStart);
    st[COUNT_AT_ENTRY] = count | 0;
    st[COUNT_AT_ENTRY + 1] = (count / 4294967296) | 0;
    st[N] = cpu.nf;
    st[Z] = cpu.zf;
    st[C] = cpu.cf;
    st[V] = cpu.vf;
    st[DAIF] = cpu.daif;
    st[INT_LINES] = cpu.intLines;
    const exclusive = host.exclusive;
    exclusive[0] = cpu.exclusiveAddr;
    const mmu = cpu.mmu;
    // A host function that throws (an exception taken, a stop) brought the PE's fields up to
    // date before the call, and the PE's own accounting holds from there (an SVC counts
    // itself as retired): nothing to settle here.
    let status: number;
    if (slot >= 0) {
      const key = mmu.fetchKey;
      const fetchGen = mmu.tlb.fetchGen[((cpu.pcLo >>> 12) ^ (cpu.pcHi >>> 4)) & TLB_MASK];
      const stamp = host.stamp();
      host.recordJump(cpu.pcLo, cpu.pcHi, slot, key, fetchGen, stamp);
      // Chaining skips the run loop's checks between blocks: only while no interrupt is
      // pending and no breakpoint page must stop the run.
      const mayChain = cpu.intLines === 0 && !cpu.bpStop ? 1 : 0;
      status = dispatch(cpu.pcLo, cpu.pcHi, budget, cpu.fastClassBits(), slot, key, stamp, mayChain);
    } else {
      st[CHAIN_DONE] = 0;
      st[LAST_SLOT] = -1;
      status = run(cpu.pcLo, cpu.pcHi, budget, cpu.fastClassBits());
      st[CHAIN_DONE] = st[RETIRED];
    }
    cpu.retired = base + st[CHAIN_DONE];
    cpu.nf = st[N];
    cpu.zf = st[Z];
    cpu.cf = st[C];
    cpu.vf = st[V];
    cpu.daif = st[DAIF];
    cpu.exclusiveAddr = exclusive[0];
    cpu.insnHi = st[INSN_HI];
    if (status !== PC_IN_PE) {
      cpu.pcLo = st[PC_LO];
      cpu.pcHi = st[PC_HI];
    }
    const k = st[LAST_BLOCK];
    if (k < 0) return null;
    const last = st[LAST_SLOT];
    const block = last < 0 ? blocks[k] : host.blocksOf(last)[k];
    // The address of the block's last instruction, for the run loop's successor links.
    if (status !== PC_IN_PE) cpu.insnLo = st[PAGE_LO] | ((block.off & 0xfff) + 4 * (block.count - 1));
    return block;
  };
}

/**
 * The dispatcher (see WasmTierHost.table): runs the region in `slot`, then, while it left
 * with CHAIN, retired something, chaining is allowed and the jump cache has a valid entry
 * for the PC it left at, the region there, within the budget. Keeps STATE_CHAIN_DONE (the
 * instructions retired by the chain's finished regions) and STATE_LAST_SLOT up to date.
 */
function encodeDispatcher(stateAt: number, jumpCacheAt: number, tlbAt: number, memoryPages: number): Uint8Array<ArrayBuffer> {
  const c = new Code();
  const [pcLo, pcHi, budget, classBits, slot, key, stamp, mayChain] = [0, 1, 2, 3, 4, 5, 6, 7];
  const status = 8;
  const total = 9;
  const done = 10;
  const e = 11;
  const fetchGen = 12;
  const cell = (at: number): number => stateAt + at;
  c.i32(0).i32(0).mem(Op.i32_store, 2, cell(STATE_CHAIN_DONE));
  c.op(Op.loop).byte(VOID);
  c.i32(0).get(slot).mem(Op.i32_store, 2, cell(STATE_LAST_SLOT));
  c.get(pcLo).get(pcHi).get(budget).get(total).op(Op.i32_sub).get(classBits).get(slot);
  c.op(Op.call_indirect).u32(0).u32(0);
  c.set(status);
  c.i32(0).mem(Op.i32_load, 2, cell(STATE_RETIRED)).tee(done).get(total).op(Op.i32_add).set(total);
  c.i32(0).get(total).mem(Op.i32_store, 2, cell(STATE_CHAIN_DONE));
  // Stop: a status other than CHAIN, no progress (no block at the PC: the same region again), or no chaining.
  c.get(status).get(done).op(Op.i32_eqz).op(Op.i32_or).get(mayChain).op(Op.i32_eqz).op(Op.i32_or);
  c.op(Op.if).byte(VOID).get(status).op(Op.return).op(Op.end);
  c.i32(0).mem(Op.i32_load, 2, cell(STATE_PC_LO)).set(pcLo);
  c.i32(0).mem(Op.i32_load, 2, cell(STATE_PC_HI)).set(pcHi);
  // e = the entry's address: jumpIndex(pcLo, pcHi) * JUMP_ENTRY_BYTES (layout.ts).
  c.get(pcLo).i32(2).op(Op.i32_shr_u).get(pcLo).i32(14).op(Op.i32_shr_u).op(Op.i32_xor).get(pcHi).op(Op.i32_xor);
  c.i32(JUMP_ENTRIES - 1).op(Op.i32_and).i32(Math.log2(JUMP_ENTRY_BYTES)).op(Op.i32_shl).set(e);
  // The fetch generation of the PC's TLB slot (mmu/tlb.ts tlbIndex, Tlb.fetchGen).
  c.get(pcLo).i32(12).op(Op.i32_shr_u).get(pcHi).i32(4).op(Op.i32_shr_u).op(Op.i32_xor);
  c.i32(TLB_MASK).op(Op.i32_and).i32(2).op(Op.i32_shl).mem(Op.i32_load, 2, tlbAt + TLB_FETCH_GEN).set(fetchGen);
  // The entry must match all five: one branch on the OR of their differences.
  [[JUMP_PC_LO, pcLo], [JUMP_PC_HI, pcHi], [JUMP_KEY, key], [JUMP_FETCH_GEN, fetchGen], [JUMP_STAMP, stamp]].forEach(([field, local], i) => {
    c.get(e).mem(Op.i32_load, 2, jumpCacheAt + field).get(local).op(Op.i32_xor);
    if (i > 0) c.op(Op.i32_or);
  });
  c.op(Op.if).byte(VOID).i32(CHAIN).op(Op.return).op(Op.end);
  c.get(e).mem(Op.i32_load, 2, jumpCacheAt + JUMP_SLOT).set(slot);
  c.op(Op.br).u32(0);
  c.op(Op.end);
  c.op(Op.unreachable);
  const regionType: FuncType = { params: PARAMS, results: [I32] };
  return encodeModule({
    memoryPages,
    types: [regionType],
    table: true,
    imports: [],
    funcs: [{ type: { params: [...PARAMS, I32, I32, I32, I32], results: [I32] }, locals: [I32, I32, I32, I32, I32], body: c }],
  });
}
