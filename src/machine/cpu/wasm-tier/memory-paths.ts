// The loads and stores of a PE's compiled regions. A region tries the TLB's fast view
// (mmu/tlb.ts) inline (emitFastPath: one 64-bit compare of the tag with the address masked
// to its page and alignment bits, ORed with the access class, so an unaligned access
// misses; a store also misses where the line holds decoded code or a PE holds an exclusive
// mark, which the store may have to clear). On a miss it calls one of this small module's
// functions, one module per PE that every region module imports (region.ts): for an
// unaligned access within a page of Normal memory it tries the page's entry without the
// alignment bits (Linux's string and copy routines make most of the misses so), and then
// calls the PE's full path in
// JavaScript (WasmTierHost.memoryImports), which puts the page into the fast view and sets
// STATE_MEM_LEAVE when the region must go back to the run loop at the end of the block
// (region.ts checks it there). A region's miss is then a call of a few bytes instead of
// splitting the address and value for the host function and checking the flag inline.
// DC ZVA has only this module's path (its fast view lookup and the zeroing).

import { Code, encodeModule, I32, I64, Op, VOID, type FuncSpec, type FuncType } from '../../wasm/encoder.ts';
import { STATE_LD_HI, TLB_FAST_RAM, TLB_FAST_TAG_R, TLB_FAST_TAG_W } from './layout.ts';
import { FAST_UNALIGNED, TLB_MASK } from '../../mmu/tlb.ts';
import type { RegionEnv } from './insn-emitter.ts';

/** A load: (address, access class << 3 as in a fast-view tag, call site) -> the value, zero-extended. */
export const LOAD_TYPE: FuncType = { params: [I64, I64, I32], results: [I64] };
/** A store: (address, value, access class << 3, call site). */
export const STORE_TYPE: FuncType = { params: [I64, I64, I64, I32], results: [] };
/** DC ZVA's fast path: (64-byte aligned address, access class << 3) -> 1 when it zeroed the block, 0 when the handler must run. */
export const ZERO_TYPE: FuncType = { params: [I64, I64], results: [I32] };

/** The module's exports, in the order region modules import them (insn-emitter.ts F_LOAD, F_STORE, F_ZERO). */
export const MEMORY_PATH_EXPORTS = ['ld0', 'ld1', 'ld2', 'ld3', 'st0', 'st1', 'st2', 'st3', 'zva'] as const;

/** The JavaScript full paths' types, as the module imports them (WasmTierHost.memoryImports' order). */
const HOST_LOAD: FuncType = { params: [I32, I32, I32], results: [I32] };
const hostStore = (n: number): FuncType => ({ params: new Array<typeof I32>(n).fill(I32), results: [] });
const HOST_IMPORTS: readonly FuncType[] = [HOST_LOAD, HOST_LOAD, HOST_LOAD, HOST_LOAD, hostStore(4), hostStore(4), hostStore(4), hostStore(5)];

/**
 * Leaves in i32 local `r` the RAM offset of a `size`-byte access at the i64 address in
 * local `a` of class `cls` (i64 local) when the fast view's `tagsAt` tags have its page;
 * otherwise branches to label depth `depth`. `slot`: an i32 scratch local.
 */
export function emitFastPath(c: Code, env: RegionEnv, a: number, cls: number, size: number, tagsAt: number, slot: number, r: number, depth = 0): void {
  emitTagCheck(c, env, a, cls, -4096 | (size - 1), tagsAt, slot, depth);
  c.get(slot).mem(Op.i32_load, 2, env.tlbAt + TLB_FAST_RAM);
  c.get(a).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).op(Op.i32_add).set(r);
}

/**
 * Branches to label `depth` unless the fast view's `tagsAt` tag in the slot of the address
 * in local `a` is that address masked with `mask` (its page, and for an aligned access its
 * alignment bits), ORed with the class in `cls`; leaves the slot's byte index in `slot`.
 */
function emitTagCheck(c: Code, env: RegionEnv, a: number, cls: number, mask: number, tagsAt: number, slot: number, depth: number): void {
  // slot = tlbIndex(lo, hi) * 8 = ((lo >>> 12) ^ (hi >>> 4)) & TLB_MASK, as a byte index.
  c.get(a).op(Op.i32_wrap_i64).i32(12).op(Op.i32_shr_u);
  c.get(a).i64(36, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).op(Op.i32_xor);
  c.i32(TLB_MASK).op(Op.i32_and).i32(3).op(Op.i32_shl).tee(slot);
  c.mem(Op.i64_load, 3, env.tlbAt + tagsAt);
  c.get(a).i64(mask, -1).op(Op.i64_and).get(cls).op(Op.i64_or);
  c.op(Op.i64_ne).op(Op.br_if).u32(depth);
}

/**
 * For an unaligned access the aligned fast path missed: its RAM offset into `r` where it
 * lies within one page whose fast-view entry allows unaligned accesses (Tlb.setFast: Normal
 * memory with alignment checks off), and for a write, touches no line of decoded code and
 * no PE holds an exclusive mark; else a branch to label depth 0 (the full path).
 */
function emitUnalignedPath(c: Code, env: RegionEnv, a: number, cls: number, size: number, write: boolean, slot: number, r: number): void {
  // An aligned access missed for another reason; one that crosses its page needs two translations.
  c.get(a).op(Op.i32_wrap_i64).i32(size - 1).op(Op.i32_and).op(Op.i32_eqz).op(Op.br_if).u32(0);
  c.get(a).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).i32(0x1000 - size).op(Op.i32_gt_u).op(Op.br_if).u32(0);
  emitTagCheck(c, env, a, cls, -4096, write ? TLB_FAST_TAG_W : TLB_FAST_TAG_R, slot, 0);
  c.get(slot).mem(Op.i32_load, 2, env.tlbAt + TLB_FAST_RAM + 4).i32(FAST_UNALIGNED).op(Op.i32_and).op(Op.i32_eqz).op(Op.br_if).u32(0);
  c.get(slot).mem(Op.i32_load, 2, env.tlbAt + TLB_FAST_RAM);
  c.get(a).op(Op.i32_wrap_i64).i32(0xfff).op(Op.i32_and).op(Op.i32_add).set(r);
  if (!write) return;
  // The lines of its first and last bytes.
  c.get(r).i32(8).op(Op.i32_shr_u).mem(Op.i32_load8_u, 0, env.codeLinesAt).op(Op.br_if).u32(0);
  c.get(r).i32(size - 1).op(Op.i32_add).i32(8).op(Op.i32_shr_u).mem(Op.i32_load8_u, 0, env.codeLinesAt).op(Op.br_if).u32(0);
  c.i32(0).mem(Op.i32_load, 2, env.exclusiveMarksAt).op(Op.br_if).u32(0);
}

/**
 * emitFastPath() for writing: also misses where the line holds decoded code or a PE holds
 * an exclusive mark (Bus.exclusiveHolders: a bit per PE), but for the bits of `ownMark`.
 */
export function emitWriteFastPath(c: Code, env: RegionEnv, a: number, cls: number, size: number, slot: number, r: number, depth = 0, ownMark = 0): void {
  emitFastPath(c, env, a, cls, size, TLB_FAST_TAG_W, slot, r, depth);
  // An aligned access never crosses a 256-byte line.
  c.get(r).i32(8).op(Op.i32_shr_u).mem(Op.i32_load8_u, 0, env.codeLinesAt).op(Op.br_if).u32(depth);
  c.i32(0).mem(Op.i32_load, 2, env.exclusiveMarksAt);
  if (ownMark !== 0) c.i32(~ownMark).op(Op.i32_and);
  c.op(Op.br_if).u32(depth);
}

export const LOAD_OPS = [Op.i64_load8_u, Op.i64_load16_u, Op.i64_load32_u, Op.i64_load];
export const STORE_OPS = [Op.i64_store8, Op.i64_store16, Op.i64_store32, Op.i64_store];

function load(env: RegionEnv, log: number): FuncSpec {
  const c = new Code();
  const [a, cls, site, slot, r] = [0, 1, 2, 3, 4];
  // The region's inline lookup (emitFastPath) missed already.
  if (log > 0) {
    c.op(Op.block).byte(VOID);
    emitUnalignedPath(c, env, a, cls, 1 << log, false, slot, r);
    c.get(r).mem(LOAD_OPS[log], 0, env.ramOffset).op(Op.return);
    c.op(Op.end);
  }
  c.get(site).get(a).op(Op.i32_wrap_i64).get(a).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
  c.op(Op.call).u32(log).op(Op.i64_extend_i32_u);
  if (log === 3) c.i32(0).mem(Op.i64_load32_u, 2, env.stateAt + STATE_LD_HI).i64(32, 0).op(Op.i64_shl).op(Op.i64_or);
  return { type: LOAD_TYPE, locals: [I32, I32], body: c };
}

function store(env: RegionEnv, log: number): FuncSpec {
  const c = new Code();
  const [a, v, cls, site, slot, r] = [0, 1, 2, 3, 4, 5];
  // As in load().
  if (log > 0) {
    c.op(Op.block).byte(VOID);
    emitUnalignedPath(c, env, a, cls, 1 << log, true, slot, r);
    c.get(r).get(v).mem(STORE_OPS[log], 0, env.ramOffset).op(Op.return);
    c.op(Op.end);
  }
  c.get(site).get(a).op(Op.i32_wrap_i64).get(a).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
  c.get(v).op(Op.i32_wrap_i64);
  // Only the doubleword store's host function takes the high half.
  if (log === 3) c.get(v).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
  c.op(Op.call).u32(4 + log);
  return { type: STORE_TYPE, locals: [I32, I32], body: c };
}

function zeroBlock(env: RegionEnv): FuncSpec {
  const c = new Code();
  const [a, cls, slot, r] = [0, 1, 2, 3];
  c.op(Op.block).byte(VOID);
  emitWriteFastPath(c, env, a, cls, 1, slot, r);
  for (let k = 0; k < 64; k += 8) c.get(r).i64(0, 0).mem(Op.i64_store, 3, env.ramOffset + k);
  c.i32(1).op(Op.return);
  c.op(Op.end);
  c.i32(0);
  return { type: ZERO_TYPE, locals: [I32, I32], body: c };
}

/** The PE's memory-path module (see the file comment), to instantiate with its memory and `memoryImports`. */
export function encodeMemoryPaths(env: RegionEnv, memoryPages: number): Uint8Array<ArrayBuffer> {
  return encodeModule({
    memoryPages,
    imports: HOST_IMPORTS,
    funcs: [load(env, 0), load(env, 1), load(env, 2), load(env, 3), store(env, 0), store(env, 1), store(env, 2), store(env, 3), zeroBlock(env)],
    exportNames: MEMORY_PATH_EXPORTS,
  });
}
