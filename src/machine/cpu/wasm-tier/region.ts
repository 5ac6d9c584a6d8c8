// The WebAssembly execution tier: a page region (the hot decoded blocks of one 4 KiB page,
// as block-jit.ts's compileRegion takes them) compiled to one WebAssembly function that
// runs block after block while the PC stays on the page, the budget allows and nothing
// outside the region's own code ran.
//
// An instruction whose row has a wasm translation (Row.wasm) runs inline; any other calls
// its handler through a host function, with the PE's fields brought up to date first
// (PC, retired count, flags), exactly as the interpreter would have them. Registers live in
// the machine memory (Cpu.x is a view of it); the flags are copied into the PE's state area
// on entry and back on return (the PE keeps them in fields everywhere else).
//
// Leaving the region: at the end of a block whose code made a host call (a handler, or a
// load or store that took the full path: it may have raised an interrupt, written code,
// changed the TLB or asked to yield), at a PC off the page or at no block of the region,
// and when the next block does not fit in the budget. The region then says where the PC is
// (in the state area, or already in the PE's fields when a handler ended the last block)
// and which of its blocks ran to its end last, for the run loop's successor links.
// An exception thrown by a handler goes through the wasm frames: its host function has
// settled `retired` from the count the code stored before the call, as the interpreter would.

import { Code, encodeModule, I32, I64, Op, VOID, type FuncType, type ValType } from '../../wasm/encoder.ts';
import type { Cpu } from '../cpu.ts';
import type { Decoder, ExecFn } from '../decoder.ts';
import type { Block } from '../block-cache.ts';
import type { CompiledRegion } from '../block-jit.ts';
import { F_FIRST_HANDLER, InsnEmitter, P_BUDGET, P_PC_HI, P_PC_LO, PARAMS, RegionLocals, type RegionEnv } from './insn-emitter.ts';
import { STATE_C, STATE_INSN_LO, STATE_LAST_BLOCK, STATE_LD_HI, STATE_N, STATE_PC_HI, STATE_PC_LO, STATE_RETIRED, STATE_V, STATE_Z } from './layout.ts';

const N = STATE_N >> 2;
const Z = STATE_Z >> 2;
const C = STATE_C >> 2;
const V = STATE_V >> 2;
const RETIRED = STATE_RETIRED >> 2;
const LD_HI = STATE_LD_HI >> 2;
const PC_LO = STATE_PC_LO >> 2;
const PC_HI = STATE_PC_HI >> 2;
const INSN_LO = STATE_INSN_LO >> 2;
const LAST_BLOCK = STATE_LAST_BLOCK >> 2;

/** The region's exit status: the next PC is in the state area (0) or in the PE's fields (1). */
const PC_IN_STATE = 0;

/**
 * What a PE's regions share: its state area as int32s, the retired count at the region's
 * entry, and the host functions that every region imports first (the loads and stores'
 * full paths).
 */
export class WasmTierHost {
  readonly st: Int32Array;
  /** Cpu.retired when the running region was entered. */
  base = 0;
  readonly memoryImports: ((...a: number[]) => number | void)[];

  constructor(
    readonly cpu: Cpu,
    readonly env: RegionEnv,
    readonly memory: WebAssembly.Memory,
    readonly memoryPages: number,
  ) {
    this.st = new Int32Array(memory.buffer, env.stateAt, 128);
    const st = this.st;
    this.memoryImports = [
      (pc: number, lo: number, hi: number) => {
        this.sync(pc);
        return cpu.ld8(lo, hi);
      },
      (pc: number, lo: number, hi: number) => {
        this.sync(pc);
        return cpu.ld16(lo, hi);
      },
      (pc: number, lo: number, hi: number) => {
        this.sync(pc);
        return cpu.ld32(lo, hi);
      },
      (pc: number, lo: number, hi: number) => {
        this.sync(pc);
        const v = cpu.ld64(lo, hi);
        st[LD_HI] = cpu.ldHi;
        return v;
      },
      (pc: number, lo: number, hi: number, v: number) => {
        this.sync(pc);
        cpu.st8(lo, hi, v);
      },
      (pc: number, lo: number, hi: number, v: number) => {
        this.sync(pc);
        cpu.st16(lo, hi, v);
      },
      (pc: number, lo: number, hi: number, v: number) => {
        this.sync(pc);
        cpu.st32(lo, hi, v);
      },
      (pc: number, lo: number, hi: number, v: number, vh: number) => {
        this.sync(pc);
        cpu.st64(lo, hi, v, vh);
      },
    ];
  }

  /** Before a host call for the instruction at low address `pc`: the PE's fields as the interpreter has them there. */
  sync(pc: number): void {
    const cpu = this.cpu;
    const st = this.st;
    cpu.retired = this.base + st[RETIRED];
    cpu.nf = st[N];
    cpu.zf = st[Z];
    cpu.cf = st[C];
    cpu.vf = st[V];
    cpu.insnLo = pc;
    const next = (pc + 4) | 0;
    cpu.pcLo = next;
    cpu.pcHi = next === 0 ? (cpu.insnHi + 1) | 0 : cpu.insnHi;
  }

  /** The host function that runs `handler` on `word` for a region (see sync()). */
  handlerImport(handler: ExecFn, word: number): (pc: number) => void {
    const cpu = this.cpu;
    const st = this.st;
    const x = cpu.x;
    return (pc: number) => {
      this.sync(pc);
      handler(cpu, word);
      x[62] = 0;
      x[63] = 0;
      st[N] = cpu.nf;
      st[Z] = cpu.zf;
      st[C] = cpu.cf;
      st[V] = cpu.vf;
    };
  }
}

/** A region encoded to a module, ready to compile (sync or async) and instantiate. */
export interface EncodedRegion {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly imports: WebAssembly.Imports;
  readonly blocks: readonly Block[];
}

/**
 * Encodes the region of `blocks` (decoded from one page, all with the same FP trapping) as a
 * WebAssembly module with one function (see the file comment).
 */
export function encodeWasmRegion(host: WasmTierHost, dec: Decoder, blocks: readonly Block[]): EncodedRegion {
  const env = host.env;
  const c = new Code();
  const locals = new RegionLocals();
  const page = locals.add(I64);
  const off = locals.add(I32);
  const done = locals.add(I32);
  const next = locals.add(I64);
  const status = locals.add(I32);
  const called = locals.add(I32);
  const e = new InsnEmitter(c, locals, env, page, done, next, called);
  const handlerImports: ((pc: number) => void)[] = [];
  const st = env.stateAt;

  // Stores `value` code's i32 result at a state cell.
  const cell = (at: number, value: () => void): void => {
    c.i32(0);
    value();
    c.mem(Op.i32_store, 2, st + at);
  };
  // Leaves the region with the PC (i64 pushed by `pc`) in the state area; `exitDepth` is
  // the branch depth of the exit label where this is emitted.
  const exitWithPc = (pc: () => void, exitDepth: number): void => {
    pc();
    c.set(next);
    cell(STATE_PC_LO, () => c.get(next).op(Op.i32_wrap_i64));
    cell(STATE_PC_HI, () => c.get(next).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64));
    cell(STATE_RETIRED, () => c.get(done));
    c.i32(PC_IN_STATE).set(status);
    c.op(Op.br).u32(exitDepth);
  };

  // page = PC & ~0xfff, off = PC & 0xfff
  c.get(P_PC_HI).op(Op.i64_extend_i32_u).i64(32, 0).op(Op.i64_shl);
  c.get(P_PC_LO).i32(-4096).op(Op.i32_and).op(Op.i64_extend_i32_u).op(Op.i64_or).set(page);
  c.get(P_PC_LO).i32(0xfff).op(Op.i32_and).set(off);
  cell(STATE_LAST_BLOCK, () => c.i32(-1));

  const n = blocks.length;
  c.op(Op.block).byte(VOID); // exit
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
  // No block of the region here: leave with the PC where it is. Depths: b0..b(n-1), top, exit.
  exitWithPc(() => c.get(page).get(off).op(Op.i64_extend_i32_u).op(Op.i64_add), n + 1);

  for (let k = 0; k < n; k++) {
    c.op(Op.end); // of b<k>: block k's code follows
    const topDepth = n - 1 - k;
    const exitDepth = n - k;
    const b = blocks[k];
    const start = b.off & 0xfff;
    // The whole block must fit in the budget, as in the run loop.
    c.get(done).i32(b.count).op(Op.i32_add).get(P_BUDGET).op(Op.i32_gt_s);
    c.op(Op.if).byte(VOID);
    exitWithPc(() => c.get(page).i64(start, 0).op(Op.i64_add), exitDepth + 1);
    c.op(Op.end);
    c.i32(0).set(called);
    let lastHost = false;
    for (let i = 0; i < b.count; i++) {
      e.begin(start + 4 * i, i);
      const t = dec.translateWasm(b.rows[i], b.words[i], b.fpTrapped);
      if (t !== null) {
        t(e);
        lastHost = false;
      } else {
        e.beforeHostCall();
        e.pcLo();
        c.op(Op.call).u32(F_FIRST_HANDLER + handlerImports.length);
        handlerImports.push(host.handlerImport(b.handlers[i], b.words[i]));
        c.i32(1).set(called);
        lastHost = true;
      }
    }
    const last = start + 4 * (b.count - 1);
    c.get(done).i32(b.count).op(Op.i32_add).set(done);
    cell(STATE_LAST_BLOCK, () => c.i32(k));
    cell(STATE_INSN_LO, () => c.get(page).i64(last, 0).op(Op.i64_add).op(Op.i32_wrap_i64));
    if (lastHost) {
      // The handler set the PE's PC fields.
      cell(STATE_RETIRED, () => c.get(done));
      c.i32(1 - PC_IN_STATE).set(status);
      c.op(Op.br).u32(exitDepth);
      continue;
    }
    if (!e.jumped) c.get(page).i64(last + 4, 0).op(Op.i64_add).set(next);
    // After a host call, off the page or at a misaligned PC (the run loop takes the PC
    // alignment fault): leave. Else go on at the next block.
    c.get(called);
    c.get(next).i64(-4096, -1).op(Op.i64_and).get(page).op(Op.i64_ne);
    c.op(Op.i32_or);
    if (e.jumped) c.get(next).op(Op.i32_wrap_i64).i32(3).op(Op.i32_and).op(Op.i32_or);
    c.op(Op.if).byte(VOID);
    exitWithPc(() => c.get(next), exitDepth + 1);
    c.op(Op.end);
    c.get(next).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).set(off);
    c.op(Op.br).u32(topDepth);
  }
  c.op(Op.end); // top (never falls through: every block's code branches)
  c.op(Op.end); // exit
  c.get(status);

  const load = { params: [I32, I32, I32], results: [I32] } satisfies FuncType;
  const store = (n: number): FuncType => ({ params: new Array<ValType>(n).fill(I32), results: [] });
  const imports: FuncType[] = [load, load, load, load, store(4), store(4), store(4), store(5), ...handlerImports.map(() => store(1))];
  const bytes = encodeModule({ memoryPages: host.memoryPages, imports, func: { params: PARAMS, results: [I32] }, locals: locals.types, body: c });
  const importObject: Record<string, WebAssembly.ImportValue> = { memory: host.memory };
  host.memoryImports.forEach((f, i) => (importObject[`f${i}`] = f));
  handlerImports.forEach((f, i) => (importObject[`f${F_FIRST_HANDLER + i}`] = f));
  return { bytes, imports: { env: importObject }, blocks };
}

/** The run loop's entry point (block-jit.ts CompiledRegion) for `region` compiled to `module`. */
export function instantiateWasmRegion(host: WasmTierHost, region: EncodedRegion, module: WebAssembly.Module): CompiledRegion<Block> {
  const instance = new WebAssembly.Instance(module, region.imports);
  const run = instance.exports.run as (pcLo: number, pcHi: number, budget: number, ctx: number, asid: number, needR: number, needW: number) => number;
  return wrapper(host, run, region.blocks);
}

/** The run loop's entry point for a compiled region (see the file comment). */
function wrapper(
  host: WasmTierHost,
  run: (pcLo: number, pcHi: number, budget: number, ctx: number, asid: number, needR: number, needW: number) => number,
  blocks: readonly Block[],
): CompiledRegion<Block> {
  const st = host.st;
  return (cpu: Cpu, end: number): Block | null => {
    const base = cpu.retired;
    host.base = base;
    st[N] = cpu.nf;
    st[Z] = cpu.zf;
    st[C] = cpu.cf;
    st[V] = cpu.vf;
    cpu.insnHi = cpu.pcHi;
    const mmu = cpu.mmu;
    // A host function that throws (an exception taken, a stop) brought the PE's fields up to
    // date before the call, and the PE's own accounting holds from there (an SVC counts
    // itself as retired): nothing to settle here.
    const status = run(cpu.pcLo, cpu.pcHi, end - base, mmu.tlbContext, mmu.tlbAsid, cpu.fastDataNeed(false), cpu.fastDataNeed(true));
    cpu.retired = base + st[RETIRED];
    cpu.nf = st[N];
    cpu.zf = st[Z];
    cpu.cf = st[C];
    cpu.vf = st[V];
    if (status === PC_IN_STATE) {
      cpu.pcLo = st[PC_LO];
      cpu.pcHi = st[PC_HI];
      cpu.insnLo = st[INSN_LO];
    }
    const k = st[LAST_BLOCK];
    return k < 0 ? null : blocks[k];
  };
}
