// Where a PE's hot state lives in the machine memory (bus/machine-memory.ts), for the PE's
// JavaScript views and for the WebAssembly code that the execution tier compiles for it.
// Byte offsets from the PE's state area (Cpu.stateAt).

import type { MachineMemory } from '../../bus/machine-memory.ts';
import { TLB_SIZE } from '../../mmu/tlb.ts';

/** X0..X30, XZR (62/63, kept zero) and SP (64/65): 66 int32 halves, low half first (Cpu.x). */
export const STATE_X = 0;
/** PSTATE.N, Z, C, V as int32 0/1 while compiled code runs (the PE keeps them in fields). */
export const STATE_N = 272;
export const STATE_Z = 276;
export const STATE_C = 280;
export const STATE_V = 284;
/** On a return from compiled code: the next PC (low, high), unless the PE's fields hold it. */
export const STATE_PC_LO = 288;
export const STATE_PC_HI = 292;
/** Instructions retired by the compiled region before the running block, and at its exit in all (settles Cpu.retired). */
export const STATE_RETIRED = 300;
/** Index of the last block of the region that ran to its end, or -1. */
export const STATE_LAST_BLOCK = 304;
/** Bits 63:32 of a value a host call loaded (Cpu.ldHi). */
export const STATE_LD_HI = 308;
/** While regions run chained (region.ts's dispatcher): instructions retired by the chain's earlier regions. */
export const STATE_CHAIN_DONE = 312;
/** Bits 63:32 of the running region's PC (its page's; the PE's insnHi while it runs). */
export const STATE_INSN_HI = 316;
/** The table slot of the region that ran last in a chain (STATE_LAST_BLOCK is one of its blocks). */
export const STATE_LAST_SLOT = 320;
/** Bits 31:12 of the running region's PC (a host function's call site gives bits 11:0). */
export const STATE_PAGE_LO = 324;
/** Bit k set: MRS of FAST_READ_ROWS[k] reads the register file plainly now (Cpu.updateFastReads). */
export const STATE_FAST_READS = 328;
/** Non-zero while compiled code may compute an MRS of CNTVCT_EL0 itself (Cpu.updateFastReads). */
export const STATE_FAST_CNTVCT = 332;
/** i64: the PE's physical count (Cpu.counter()) when the running chain of regions was entered (its wrapper writes it). */
export const STATE_COUNT_AT_ENTRY = 336;
/** i64: what CNTVCT_EL0 subtracts from the physical count now: CNTVOFF_EL2, or 0 in the EL2&0 view (Cpu.updateFastReads). */
export const STATE_CNTVCT_OFFSET = 344;
/** After a load or store took its full path (a host call): 1 when the region must go back to the run loop (WasmTierHost.memoryImports). */
export const STATE_MEM_LEAVE = 352;
/** Non-zero while DC ZVA does not trap at the PE's EL (Cpu.updateFastReads; sysregs.ts dcZvaTrapTarget). */
export const STATE_ZVA_ALLOWED = 356;
/** PSTATE.{D,A,I,F} as bits 3..0 while compiled code runs (Cpu.daif; copied as the flags are). */
export const STATE_DAIF = 360;
/** Cpu.intLines when the running region was entered or its last host call returned (non-zero: a DAIF unmask must leave). */
export const STATE_INT_LINES = 364;
/** f64: the PE's exclusive monitor (Cpu.exclusiveAddr: the marked granule's physical address, or -1) while compiled code runs. */
export const STATE_EXCLUSIVE = 368;
export const STATE_BYTES = 512;

/** The TLB's own arrays (mmu/tlb.ts: vaLo, vaHi, ctx, asid, perm, ram), TLB_SIZE int32 each. */
const TLB_ARRAYS = 6;
/**
 * Then the TLB's fast view, which compiled code reads (Tlb.fastTagR/fastTagW/fastRam):
 * TLB_SIZE 8-byte entries each. Byte offsets from the TLB's area.
 */
export const TLB_FAST_TAG_R = TLB_ARRAYS * TLB_SIZE * 4;
export const TLB_FAST_TAG_W = TLB_FAST_TAG_R + TLB_SIZE * 8;
export const TLB_FAST_RAM = TLB_FAST_TAG_W + TLB_SIZE * 8;
/** Then the fetch generations (Tlb.fetchGen), TLB_SIZE int32s, which the chaining dispatcher reads. */
export const TLB_FETCH_GEN = TLB_FAST_RAM + TLB_SIZE * 8;
export const TLB_BYTES = TLB_FETCH_GEN + TLB_SIZE * 4;

/**
 * The jump cache of a PE's chained regions (region.ts): direct-mapped by the PC, entries of
 * JUMP_ENTRY_BYTES holding, as int32s, the PC (low, high), the fetch key, the TLB's fetch
 * generation of the PC's slot and the chain stamp it was recorded under, and the table slot
 * of a region with a block there.
 */
export const JUMP_ENTRIES = 4096;
export const JUMP_ENTRY_BYTES = 32;
export const JUMP_PC_LO = 0;
export const JUMP_PC_HI = 4;
export const JUMP_KEY = 8;
export const JUMP_FETCH_GEN = 12;
export const JUMP_STAMP = 16;
export const JUMP_SLOT = 20;

/** The index of PC hi:lo's entry in the jump cache. */
export function jumpIndex(lo: number, hi: number): number {
  return ((lo >>> 2) ^ (lo >>> 14) ^ hi) & (JUMP_ENTRIES - 1);
}

/** A PE's jump cache in `m`, or -1. */
export function allocateJumpCache(m: MachineMemory): number {
  return m.allocate(JUMP_ENTRIES * JUMP_ENTRY_BYTES, 64);
}

/** A PE's state area in `m`, or -1 when there is no room (the PE then keeps its own arrays). */
export function allocatePeState(m: MachineMemory): number {
  return m.allocate(STATE_BYTES, 64);
}

/** A TLB's arrays in `m`, or -1. */
export function allocateTlb(m: MachineMemory): number {
  return m.allocate(TLB_BYTES, 64);
}
