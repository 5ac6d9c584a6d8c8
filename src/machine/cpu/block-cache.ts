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
import { encodeWasmRegion, instantiateWasmRegion, WasmTierHost } from './wasm-tier/region.ts';

/** At most this many instructions per decoded block. */
const MAX_BLOCK = 64;
/** At most this many blocks in one compiled page region (block-jit.ts). */
const MAX_REGION_BLOCKS = 256;
/** Decoded-block cache slots per PE (direct-mapped by physical address). */
const BLOCK_SLOTS = 1 << 18;

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
 * unchanged. A WebAssembly region compiles in well under a millisecond (V8's baseline
 * compiler first), so the wasm tier starts much earlier. ZVM_JIT_THRESHOLD overrides both
 * (tests run it at 1 to compile every block).
 */
const JS_THRESHOLD = 20000;
const WASM_THRESHOLD = 2000;
const THRESHOLD_ENV = process.env.ZVM_JIT_THRESHOLD;
export const JIT_THRESHOLD =
  JIT_ASKED === 'interp' ? Infinity : THRESHOLD_ENV !== undefined ? Number(THRESHOLD_ENV) : JIT_ASKED === 'js' ? JS_THRESHOLD : WASM_THRESHOLD;

/**
 * A successor link: what Cpu.blockAtPC() returned for the next PC after a block, keyed by
 * that PC and valid while the TLB epoch (Tlb.epoch: no invalidation since) and the fetch
 * context (MmuUnit.fetchKey: regime, VMID, ASID, EL, MMU on, FP traps) are the ones it was
 * recorded under and the successor's page generation is current (the run loop checks).
 * An object rather than fields on Block: the Linux EL1 boot ran within 0.5% of the flat
 * fields' time (medians of 12 paired runs), below the machine's noise.
 */
export class BlockLink {
  // PC 1 is never a block's address (not 4-byte aligned): a new link matches nothing.
  pcLo = 1;
  pcHi = 0;
  epoch = -1;
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

export class BlockCache {
  private readonly slots: (Block | null)[] = new Array<Block | null>(BLOCK_SLOTS).fill(null);
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
    const wasmOk = m.wasmMemory !== null && cpu.stateAt >= 0 && cpu.mmu.tlb.inMachineMemory >= 0 && bus.codeLinesAt >= 0;
    this.tier = JIT_ASKED ?? (wasmOk && !COUNT_DATA_ACCESSES ? 'wasm' : 'js');
    if (this.tier === 'wasm') {
      if (!wasmOk) throw new Error('ZVM_JIT=wasm: this machine\'s memory is not a WebAssembly memory (RAM above ~4,060 MiB); use ZVM_JIT=js');
      if (COUNT_DATA_ACCESSES) throw new Error('ZVM_JIT=wasm does not count data accesses (ZVM_COUNT_DATA_ACCESSES): use ZVM_JIT=js');
      this.wasmHost = new WasmTierHost(
        cpu,
        { stateAt: cpu.stateAt, tlbAt: cpu.mmu.tlb.inMachineMemory, ramOffset: m.ramOffset, ramBase: bus.ramBase, ramSize: bus.ramSize, codeLinesAt: bus.codeLinesAt, exclusiveMarksAt: bus.exclusiveMarksAt },
        m.wasmMemory!,
        m.wasmPages,
      );
    }
  }

  /**
   * The block at RAM offset `off` (below 2 GiB), decoded with the FP-trapping handlers or
   * not: the cached one while its page is unwritten, else decoded now.
   */
  lookup(off: number, fpTrapped: boolean): Block {
    const slot = (off >>> 2) & (BLOCK_SLOTS - 1);
    const b = this.slots[slot];
    if (b !== null && b.off === off && b.gen === this.bus.pageGen[off >>> 12] && b.fpTrapped === fpTrapped) return b;
    return (this.slots[slot] = this.decodeBlock(off, fpTrapped));
  }

  /** Regions compiled and the wall-clock milliseconds the run loop spent compiling (async wasm compiles not counted). */
  regionsCompiled = 0;
  compileMs = 0;
  /** Background wasm compiles that failed (a bug: the compile is synchronous, and throws, in tests). */
  compileFailures = 0;
  /**
   * Pages with a wasm compile in flight: its sequence number (a later compile of the page
   * supersedes it), and whether more blocks got hot meanwhile (compile again when it lands).
   */
  private readonly pending = new Map<number, { seq: number; dirty: boolean }>();
  private compileSeq = 0;
  /**
   * The hot blocks of each page (a region's members), also those no longer in their cache
   * slot (reached through successor links): pruned of stale ones when the page compiles.
   */
  private readonly hotBlocks = new Map<number, Block[]>();

  /**
   * Compiles `block` (block-jit.ts), then (re)compiles the region of its page over the
   * compiled blocks of that page (decoded from the page's current contents, with the same
   * FP trapping), and makes it their entry point.
   *
   * In the wasm tier a page's first region compiles now, so hot code leaves the interpreter
   * at once; a page whose region grows recompiles on V8's background threads while its
   * current region keeps running (null: the new block stays interpreted until the region
   * lands, at the run's next turn of the event loop). With JIT_THRESHOLD 1 (tests: every
   * block compiled on its first run) every compile is synchronous.
   *
   * Measured on the EL1 Linux boot (docs/benchmarks.md): compiling sooner or in smaller
   * pieces (a region per newly hot block, merged in the background) compiled 98% of the
   * instructions but ran slower, as region entries through JavaScript and compiles grew.
   */
  compile(block: Block): CompiledRegion<Block> | null {
    const t0 = performance.now();
    if (this.tier === 'js') block.fn = compileBlock(this.decoder, block.fpTrapped, block.handlers, block.words, block.rows, block.count, block.off & 0xfff, block.mem);
    block.hot = true;
    const page = block.off >>> 12;
    const hot = this.hotBlocks.get(page);
    if (hot === undefined) this.hotBlocks.set(page, [block]);
    else if (!hot.includes(block)) hot.push(block);
    if (this.wasmHost !== null && JIT_THRESHOLD > 1 && hot !== undefined && hot.some((b) => b.region !== null && b.gen === block.gen)) {
      // Until a region includes it, the block stays interpreted without asking again.
      block.heat = -Infinity;
      const p = this.pending.get(page);
      if (p !== undefined) p.dirty = true;
      else this.compileAsync(page, block);
      this.compileMs += performance.now() - t0;
      return null;
    }
    const members = this.regionMembers(page, block);
    let region: CompiledRegion<Block>;
    if (this.wasmHost !== null) {
      const encoded = encodeWasmRegion(this.wasmHost, this.decoder, members);
      region = instantiateWasmRegion(this.wasmHost, encoded, new WebAssembly.Module(encoded.bytes));
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

  /** Encodes the region of `page` (with `block`) and compiles it off the main thread. */
  private compileAsync(page: number, block: Block): void {
    const host = this.wasmHost!;
    const gen = this.bus.pageGen[page];
    const seq = ++this.compileSeq;
    this.pending.set(page, { seq, dirty: false });
    const encoded = encodeWasmRegion(host, this.decoder, this.regionMembers(page, block));
    const landed = (module: WebAssembly.Module | null): void => {
      const p = this.pending.get(page);
      if (p === undefined || p.seq !== seq) return;
      this.pending.delete(page);
      // Install only over an unwritten page: a write discarded the blocks it was made of.
      if (module !== null && this.bus.pageGen[page] === gen) {
        const t0 = performance.now();
        const region = instantiateWasmRegion(host, encoded, module);
        for (const b of encoded.blocks) b.region = region;
        this.regionsCompiled++;
        this.compileMs += performance.now() - t0;
      }
      if (p.dirty && this.bus.pageGen[page] === gen) {
        const again = encoded.blocks.find((b) => b.region !== null) ?? encoded.blocks[0];
        this.compileAsync(page, again);
      }
    };
    WebAssembly.compile(encoded.bytes).then(landed, () => {
      this.compileFailures++;
      landed(null);
    });
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
    const pageEnd = off - (off % 4096) + 4096; // not (off | 0xfff): RAM offsets reach 2^32
    const handlers: ExecFn[] = [];
    const words: number[] = [];
    const rows: number[] = [];
    const table = fpTrapped ? dec.fpTrappedHandlers : dec.handlers;
    for (let a = off; a < pageEnd && words.length < MAX_BLOCK; a += 4) {
      const insn = bus.ram32[a >>> 2];
      const row = dec.decode(insn);
      handlers.push(table[row]);
      words.push(insn);
      rows.push(row);
      if (dec.endsBlock[row] !== 0) break;
    }
    bus.markCode(off, words.length * 4);
    const w = Int32Array.from(words);
    const r = Uint16Array.from(rows);
    return { off, gen: bus.pageGen[off >>> 12], fpTrapped, count: words.length, handlers, words: w, rows: r, mem: dataAccessesIn(dec, r, w, w.length), heat: 0, fn: null, hot: false, region: null,
      fall: new BlockLink(), jump: new BlockLink() };
  }
}
