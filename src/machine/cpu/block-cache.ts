// The decoded-block cache of one PE: straight-line runs of instructions within one 4 KiB
// page, ending at the first branch or system instruction, each decoded once into its rows'
// handlers and cached by physical address (RAM offset, direct-mapped). A block is valid
// while its page's generation (Bus.pageGen) is the one it was decoded from: a write to
// decoded code bumps it, which discards the block, its compiled function and its region.
//
// Each block also carries its successor links (BlockLink) for the run loop (Cpu.runFast),
// and the JIT bookkeeping: its heat, its compiled function and the region of its page
// (block-jit.ts).

import type { Bus } from '../bus/bus.ts';
import type { Decoder, ExecFn } from './decoder.ts';
import { compileBlock, compileRegion, type CompiledBlock, type CompiledRegion } from './block-jit.ts';
import { COUNT_DATA_ACCESSES, dataAccessesIn } from './data-access.ts';
import type { Cpu } from './cpu.ts';
import { encodeWasmRegions, instantiateWasmRegions, WasmTierHost } from './wasm-tier/region.ts';
import { allocateJumpCache } from './wasm-tier/layout.ts';

/** At most this many instructions per decoded block. */
const MAX_BLOCK = 64;
/** A block's words and decoder rows while it is decoded (copied out at its end). */
const scratchWords = new Int32Array(MAX_BLOCK);
const scratchRows = new Uint16Array(MAX_BLOCK);
/** At most this many blocks in one compiled page region (block-jit.ts). */
const MAX_REGION_BLOCKS = 256;
/**
 * Decoded-block cache sets per PE, by physical address, two blocks a set (the last used
 * first). Direct-mapped, the EL1 Linux boot lost 23,000 decoded blocks to collisions (code
 * 1 MiB apart), 850 of them compiled, and ran 4.4 M more instructions interpreted while
 * they warmed up again.
 */
const BLOCK_SETS = 1 << 17;

/**
 * The tier hot blocks are compiled to: `interp` (none: the interpreter runs everything),
 * `js` (block-jit.ts) or `wasm` (wasm-tier/region.ts). ZVM_JIT chooses; by default the
 * fastest that works: wasm, unless the machine memory is not a WebAssembly memory (RAM too
 * large, machine-memory.ts) or data accesses are counted (ZVM_COUNT_DATA_ACCESSES, which
 * only the JS tier does), where it is js.
 */
export type JitTier = 'interp' | 'js' | 'wasm';
const JIT_ENV = process.env.ZVM_JIT;
if (JIT_ENV !== undefined && JIT_ENV !== '' && JIT_ENV !== 'interp' && JIT_ENV !== 'js' && JIT_ENV !== 'wasm') {
  throw new Error(`ZVM_JIT must be interp, js or wasm (got '${JIT_ENV}')`);
}
/** The tier asked for, or null for the default. */
const JIT_ASKED = (JIT_ENV === '' ? undefined : JIT_ENV) as JitTier | undefined;

/**
 * A block is compiled after running this many times interpreted. V8 needs a compiled JS
 * block to run many times before it optimizes it (each costs a TurboFan compile): lower
 * values made the Linux boot slower, this one speeds up hot loops and leaves the boot
 * unchanged. The wasm tier compiles each hot block once, in batches (compile()), so it
 * starts much earlier: on the EL1 Linux boot (batches compiled in the background then) 500
 * ran 90.7% of the instructions compiled (2000: 86.9%, 150: 92.2%, but its compiles cost
 * more than they saved). ZVM_JIT_THRESHOLD overrides both (tests run it at 1 to compile
 * every block).
 */
const JS_THRESHOLD = 20000;
/**
 * Interpreted runs of blocks waiting in the wasm tier's batch after which the batch is
 * compiled at once instead of at the end of the board's run: hot code runs often while it
 * waits (16 M instructions of the EL1 Linux boot, 1.7%). With this limit the boot ran 96.6%
 * of its instructions compiled instead of 95.2%, in 358 batches instead of 286, and its
 * main thread took ~8% less CPU (alternated runs, loaded machine); 1000 gained no more.
 */
const QUEUED_RUNS_LIMIT = 5000;
const WASM_THRESHOLD = 500;
/**
 * A block that ran this many times interpreted joins the next batch of the wasm tier (one
 * that hot blocks start), riding along: a batch costs V8 about the same whether it holds a
 * few blocks or many more, and until then the block runs interpreted at ~30 ns an
 * instruction. On the EL1 Linux boot the blocks' runs from the 200th to WASM_THRESHOLD were
 * 11 M of its 29 M interpreted instructions; with riders from 300 it ran 24 M interpreted,
 * in 171 batches instead of 333, and its main thread took 0.2 s less CPU (medians of 8
 * alternated runs; from 100 or 200 more code was compiled, for no further gain).
 */
export const WARM_THRESHOLD = 300;
/** Warm blocks waiting for a batch after which they start one themselves (a bound on the list). */
const WARM_LIMIT = 1024;
const THRESHOLD_ENV = process.env.ZVM_JIT_THRESHOLD;
export const JIT_THRESHOLD =
  JIT_ASKED === 'interp' ? Infinity : THRESHOLD_ENV !== undefined ? Number(THRESHOLD_ENV) : JIT_ASKED === 'js' ? JS_THRESHOLD : WASM_THRESHOLD;

/**
 * A successor link: what Cpu.blockAtPC() returned for the next PC after a block, keyed by
 * that PC and valid while the fetch generation of the PC's TLB slot (Tlb.fetchGen: no TLBI
 * of it since) and the fetch context (MmuUnit.fetchKey: regime, VMID, ASID, EL, MMU on, FP
 * traps) are the ones it was recorded under and the successor's page generation is current
 * (the run loop checks).
 * An object rather than fields on Block: the Linux EL1 boot ran within 0.5% of the flat
 * fields' time (medians of 12 paired runs), below the machine's noise.
 */
export class BlockLink {
  // PC 1 is never a block's address (not 4-byte aligned): a new link matches nothing.
  pcLo = 1;
  pcHi = 0;
  fetchGen = -1;
  key = -1;
  block: Block | null = null;
}

/** A straight-line run of decoded instructions starting at RAM offset `off`. */
export interface Block {
  readonly off: number;
  /** The generation of the block's page when it was decoded (see Bus.pageGen). */
  readonly gen: number;
  /** Decoded with the FP-trapping handlers (Cpu.fpTrapTarget != 0). */
  readonly fpTrapped: boolean;
  readonly count: number;
  readonly handlers: ExecFn[];
  readonly words: Int32Array;
  /** Decoder row index per instruction (for the JIT's translations and the access counts). */
  readonly rows: Uint16Array;
  /** Data accesses of one run of the whole block (data-access.ts), added to Cpu.dataAccesses. */
  readonly mem: number;
  /** Times the whole block ran interpreted, until it is compiled (JIT_THRESHOLD). */
  heat: number;
  /** The block compiled to one function (block-jit.ts), or null while it is interpreted or in the wasm tier. */
  fn: CompiledBlock | null;
  /** The block is part of its page's compiled region (in either tier). */
  hot: boolean;
  /** The region of the compiled blocks of this block's page (block-jit.ts) that includes it, or null. */
  region: CompiledRegion<Block> | null;
  /** The block last found after this one when it fell through to the next instruction. */
  readonly fall: BlockLink;
  /** The block last found after this one when it went elsewhere (a taken branch, an exception return). */
  readonly jump: BlockLink;
}

/**
 * Gives `block`, decoded again after its page was written, the heat of `stale`, the block
 * decoded there before, when its instructions are the same: the write was elsewhere in the
 * page (Linux patches jump labels and alternatives into pages of running code; the EL1
 * boot re-decoded 1,844 such blocks, which ran 2.4 M instructions interpreted warming up
 * again). A block that was hot (compiled or queued) is compiled at its next run.
 */
function inheritHeat(block: Block, stale: Block): void {
  if (stale.count !== block.count) return;
  for (let i = 0; i < block.count; i++) if (stale.words[i] !== block.words[i]) return;
  block.heat = stale.hot ? JIT_THRESHOLD - 1 : stale.heat;
}

export class BlockCache {
  private readonly slots: (Block | null)[] = new Array<Block | null>(2 * BLOCK_SETS).fill(null);
  /** The tier this PE's hot blocks go to (see JitTier). */
  readonly tier: JitTier;
  /** The wasm tier's per-PE state (tier wasm only). */
  readonly wasmHost: WasmTierHost | null = null;

  constructor(
    private readonly bus: Bus,
    private readonly decoder: Decoder,
    cpu: Cpu,
  ) {
    const m = bus.memory;
    const jumpCacheAt = m.wasmMemory !== null ? allocateJumpCache(m) : -1;
    const wasmOk = jumpCacheAt >= 0 && cpu.stateAt >= 0 && cpu.sys.valuesAt >= 0 && cpu.mmu.tlb.inMachineMemory >= 0 && bus.codeLinesAt >= 0;
    this.tier = JIT_ASKED ?? (wasmOk && !COUNT_DATA_ACCESSES ? 'wasm' : 'js');
    if (this.tier === 'wasm') {
      if (!wasmOk) throw new Error('ZVM_JIT=wasm: this machine\'s memory is not a WebAssembly memory (RAM above ~4,060 MiB); use ZVM_JIT=js');
      if (COUNT_DATA_ACCESSES) throw new Error('ZVM_JIT=wasm does not count data accesses (ZVM_COUNT_DATA_ACCESSES): use ZVM_JIT=js');
      this.wasmHost = new WasmTierHost(
        cpu,
        { stateAt: cpu.stateAt, tlbAt: cpu.mmu.tlb.inMachineMemory, ramOffset: m.ramOffset, sysRegsAt: cpu.sys.valuesAt, codeLinesAt: bus.codeLinesAt, exclusiveMarksAt: bus.exclusiveMarksAt,
          ramBase: bus.ramBase, exclusiveBit: cpu.exclusiveBit, exclusiveSoleBit: cpu.index < 31 ? cpu.exclusiveBit : 0 },
        m.wasmMemory!,
        m.wasmPages,
        bus,
        jumpCacheAt,
      );
    }
  }

  /**
   * The block at RAM offset `off` (an int32: offsets of 2 GiB and more are negative),
   * decoded with the FP-trapping handlers or not: the cached one while its page is
   * unwritten, else decoded now.
   */
  lookup(off: number, fpTrapped: boolean): Block {
    const slots = this.slots;
    const first = ((off >>> 2) & (BLOCK_SETS - 1)) << 1;
    const gen = this.bus.pageGen[off >>> 12];
    const b = slots[first];
    if (b !== null && b.off === off && b.gen === gen && b.fpTrapped === fpTrapped) return b;
    const other = slots[first + 1];
    let block: Block;
    if (other !== null && other.off === off && other.gen === gen && other.fpTrapped === fpTrapped) block = other;
    else {
      block = this.decodeBlock(off, fpTrapped);
      // A write elsewhere in the page made the cached block stale: unchanged, it keeps its heat.
      if (b !== null && b.off === off && b.fpTrapped === fpTrapped) inheritHeat(block, b);
      else if (other !== null && other.off === off && other.fpTrapped === fpTrapped) inheritHeat(block, other);
    }
    slots[first + 1] = b;
    slots[first] = block;
    return block;
  }

  /** Regions compiled and the wall-clock milliseconds spent compiling them. */
  regionsCompiled = 0;
  compileMs = 0;
  /** Batches compiled (the wasm tier; each one module). */
  batchesCompiled = 0;
  /** Batched wasm compiles that failed (a bug). */
  compileFailures = 0;
  /** Blocks that got hot since the last batch went to the wasm compiler (see compile()). */
  private batch: Block[] = [];
  /** Blocks that ran WARM_THRESHOLD times since the last batch: they join the next one. */
  private warm: Block[] = [];
  /** Interpreted runs of the batch's blocks since the last batch was compiled. */
  private queuedRuns = 0;
  /**
   * The hot blocks of each page (a region's members), also those no longer in their cache
   * slot (reached through successor links): pruned of stale ones when the page compiles
   * (the JS tier, and the wasm tier at JIT_THRESHOLD 1).
   */
  private readonly hotBlocks = new Map<number, Block[]>();

  /**
   * Compiles `block` into a region, or queues it for one (null: it stays interpreted until
   * then, without asking again).
   *
   * In the wasm tier, the blocks that got hot during a run of the board (up to the next turn
   * of the event loop) are compiled together then, one module with a region per page
   * (compileBatch()), and each block once: a region's code reaches the blocks of other regions
   * through the chaining dispatcher (region.ts), so a page needs no recompiles as its hot
   * code grows. With JIT_THRESHOLD 1 (tests: every block compiled on its first run) the
   * region of the block's page is recompiled now, over all its hot blocks.
   *
   * In the JS tier (block-jit.ts) the block is compiled now, and its page's region is
   * recompiled over the page's compiled blocks.
   */
  compile(block: Block): CompiledRegion<Block> | null {
    block.hot = true;
    if (this.wasmHost !== null && JIT_THRESHOLD > 1) {
      block.heat = -Infinity;
      if (this.batch.length === 0) queueMicrotask(() => this.compileBatch());
      this.batch.push(block);
      return null;
    }
    const t0 = performance.now();
    if (this.tier === 'js') block.fn = compileBlock(this.decoder, block.fpTrapped, block.handlers, block.words, block.rows, block.count, block.off & 0xfff, block.mem);
    const page = block.off >>> 12;
    const hot = this.hotBlocks.get(page);
    if (hot === undefined) this.hotBlocks.set(page, [block]);
    else if (!hot.includes(block)) hot.push(block);
    const members = this.regionMembers(page, block);
    let region: CompiledRegion<Block>;
    if (this.wasmHost !== null) {
      const encoded = encodeWasmRegions(this.wasmHost, this.decoder, [members]);
      region = instantiateWasmRegions(this.wasmHost, encoded, new WebAssembly.Module(encoded.bytes))[0];
    } else {
      region = compileRegion(
        members.map((b) => b.fn!),
        members,
        members.map((b) => b.count),
        members.map((b) => b.off & 0xfff),
        this.bus.pageGen,
        page,
        this.bus.pageGen[page],
      );
    }
    for (const b of members) b.region = region;
    this.regionsCompiled++;
    this.compileMs += performance.now() - t0;
    return region;
  }

  /** Puts `block`, which just ran WARM_THRESHOLD times, on the list for the next batch. */
  warmUp(block: Block): void {
    if (this.wasmHost === null || JIT_THRESHOLD <= WARM_THRESHOLD) return;
    this.warm.push(block);
    if (this.warm.length === WARM_LIMIT && this.batch.length === 0) queueMicrotask(() => this.compileBatch());
  }

  /**
   * Counts an interpreted run of a block waiting in the batch; after QUEUED_RUNS_LIMIT of
   * them compiles the batch now. Returns the block's region, or null while it waits.
   */
  queuedRun(block: Block): CompiledRegion<Block> | null {
    if (++this.queuedRuns < QUEUED_RUNS_LIMIT) return null;
    this.compileBatch();
    return block.region;
  }

  /**
   * Compiles the batch's blocks that are still current: a region per page and FP trapping
   * (at most MAX_REGION_BLOCKS blocks each), all in one module. Synchronously: V8 compiles
   * a batch with its baseline compiler in milliseconds, and a background compile lands only
   * a turn of the event loop later, while the blocks run interpreted (on the EL1 Linux boot
   * that kept 6% of the instructions interpreted, 1.5% synchronously).
   */
  private compileBatch(): void {
    const t0 = performance.now();
    this.queuedRuns = 0;
    const host = this.wasmHost!;
    const pageGen = this.bus.pageGen;
    // The warm blocks ride along (still current, not compiled or queued since).
    for (const b of this.warm) {
      if (b.hot || b.gen !== pageGen[b.off >>> 12]) continue;
      b.hot = true;
      b.heat = -Infinity;
      this.batch.push(b);
    }
    this.warm = [];
    const groups = new Map<number, Block[]>();
    for (const b of this.batch) {
      if (b.region !== null || b.gen !== pageGen[b.off >>> 12]) continue;
      const key = (b.off >>> 12) * 2 + (b.fpTrapped ? 1 : 0);
      const g = groups.get(key);
      if (g === undefined) groups.set(key, [b]);
      else if (!g.includes(b)) g.push(b);
    }
    this.batch = [];
    const blocks: Block[][] = [];
    for (const g of groups.values()) for (let i = 0; i < g.length; i += MAX_REGION_BLOCKS) blocks.push(g.slice(i, i + MAX_REGION_BLOCKS));
    if (blocks.length === 0) return;
    this.batchesCompiled++;
    try {
      const encoded = encodeWasmRegions(host, this.decoder, blocks);
      const regions = instantiateWasmRegions(host, encoded, new WebAssembly.Module(encoded.bytes));
      blocks.forEach((members, i) => {
        for (const b of members) b.region = regions[i];
      });
      this.regionsCompiled += regions.length;
    } catch {
      // A bug (the stats line reports it; at JIT_THRESHOLD 1 a compile throws): the blocks stay interpreted.
      this.compileFailures++;
    }
    this.compileMs += performance.now() - t0;
  }

  /** The hot blocks of `page` decoded from its current contents like `block` (which is always one of them). */
  private regionMembers(page: number, block: Block): Block[] {
    const gen = this.bus.pageGen[page];
    const hot = (this.hotBlocks.get(page) ?? []).filter((b) => b.gen === gen);
    this.hotBlocks.set(page, hot);
    const members = hot.filter((b) => b.fpTrapped === block.fpTrapped).slice(-MAX_REGION_BLOCKS);
    // The region is the block's entry point: it must be in (the newest blocks are kept).
    if (!members.includes(block)) members[members.length === MAX_REGION_BLOCKS ? 0 : members.length] = block;
    return members;
  }

  private decodeBlock(off: number, fpTrapped: boolean): Block {
    const bus = this.bus;
    const dec = this.decoder;
    // `off` is an int32 (Cpu.blockAtPC: `off | 0`), negative for RAM offsets of 2 GiB and
    // more: off % 4096 is then negative too, and a block could run on into the next physical
    // page, which need not be the next virtual one.
    const pageEnd = (off & -4096) + 4096;
    const handlers: ExecFn[] = [];
    const table = fpTrapped ? dec.fpTrappedHandlers : dec.handlers;
    let n = 0;
    for (let a = off; a < pageEnd && n < MAX_BLOCK; a += 4) {
      const insn = bus.ram32[a >>> 2];
      const row = dec.decode(insn);
      handlers.push(table[row]);
      scratchWords[n] = insn;
      scratchRows[n] = row;
      n++;
      if (dec.endsBlock[row] !== 0) break;
    }
    bus.markCode(off, n * 4);
    const w = scratchWords.slice(0, n);
    const r = scratchRows.slice(0, n);
    return { off, gen: bus.pageGen[off >>> 12], fpTrapped, count: n, handlers, words: w, rows: r, mem: dataAccessesIn(dec, r, w, n), heat: 0, fn: null, hot: false, region: null,
      fall: new BlockLink(), jump: new BlockLink() };
  }
}
