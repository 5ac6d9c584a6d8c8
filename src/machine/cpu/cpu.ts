// One Armv8-A processing element (PE): architectural state, memory access helpers used by
// the instruction handlers, and the interpreter loop.
//
// Registers: `x` holds 33 64-bit registers as int32 pairs (low half at 2n, high at 2n+1).
// n = 0..30 are X0..X30, n = 31 is XZR (reads as zero: the loop clears it after every
// instruction, so a write to XZR is discarded), n = 32 is the current SP (SP_ELx selected
// by PSTATE; the banked copies live in the system registers).
//
// Execution goes by decoded blocks (block-cache.ts): straight-line runs of instructions
// within one 4 KiB page, ending at the first branch or system instruction, each decoded
// once into its rows' handlers and cached by physical address (invalidated when the code
// is written). The debugger's breakpoints and watchpoints live in debug-points.ts.
// For each instruction the loop sets PC to the next one and calls the handler with the
// raw encoding. Handlers read the current instruction's address from insnLo/insnHi and
// write pcLo/pcHi to branch. `retired` is brought up to date before a block's last
// instruction and after it (and in the exception path): only system instructions, which
// end blocks, read the counters.
//
// Speed-ups, none of which changes what executes (same instructions retired, same timer):
// - successor links: each block memoises the block found at the PC after it (BlockLink:
//   one for falling through, one for going elsewhere), valid while the fetch generation of
//   the PC's TLB slot (Tlb.fetchGen: no TLBI of it since) and the fetch context
//   (MmuUnit.fetchKey) are unchanged and the successor's page is unwritten, so most
//   blocks start without an instruction-TLB lookup or a block-cache probe;
// - a block that ran JIT_THRESHOLD times is compiled (block-jit.ts) into one function
//   doing what the handlers do (frequent instructions translated, Row.js) with
//   the same bookkeeping; the compiled blocks of a page run from one region function that
//   goes from block to block while the PC stays on the page; a block runs compiled only
//   when it fits in the budget (single steps and breakpoint checks stay interpreted);
// - aligned loads and stores that hit the TLB in RAM go straight to the RAM arrays
//   (fastData), skipping the general translation and bus paths.

import type { Bus } from '../bus/bus.ts';
import * as bits from './bits.ts';
import { Decoder, type ExecFn } from './decoder.ts';
import { cpuModel, dcZvaTrapTarget, fastReadMask, SYSREG, SysRegFile, type CpuModelDef } from './sysregs.ts';
import { EC, enterException, EXCEPTION_LOOP_LIMIT, ExceptionLoop, FSC, type GuestHooks, hcr, hcrE2H, hcrTGE, syncTargetEL, syndrome, VECTOR_FIQ, VECTOR_IRQ, VECTOR_SYNC } from './exceptions.ts';
import { TimerForPe } from '../timer/generic-timer.ts';
import type { GicCpuInterface } from '../gic/cpu-interface.ts';
import { INT_FIQ, INT_IRQ, INT_VFIQ, INT_VIRQ } from './interrupts.ts';
import { MmuUnit } from './mmu-unit.ts';
import { FAST_CLASS_NONE, TLB_MASK } from '../mmu/tlb.ts';
import { allocatePeState, STATE_BYTES, STATE_CNTVCT_OFFSET, STATE_FAST_CNTVCT, STATE_FAST_READS, STATE_X, STATE_ZVA_ALLOWED } from './wasm-tier/layout.ts';
import { Pmu } from './pmu.ts';
import type { CompiledRegion } from './block-jit.ts';
import { COUNT_DATA_ACCESSES as IMPORTED_COUNT, dataAccessesIn } from './data-access.ts';
import { BlockCache, JIT_THRESHOLD as IMPORTED_JIT_THRESHOLD, WARM_THRESHOLD as IMPORTED_WARM_THRESHOLD, type Block, type BlockLink } from './block-cache.ts';
import { DebugPoints, type WatchFilter, type WatchHit, type WatchType } from './debug-points.ts';
import { SelfHostedDebug } from './self-hosted-debug.ts';

export type { WatchFilter, WatchHit, WatchType } from './debug-points.ts';

export const XZR = 31;
export const SP = 32;

/** Why the PE stopped executing. */
export type Halt =
  | { kind: 'undefined'; pc: bigint; insn: number; row: string }
  | { kind: 'fault'; pc: bigint; message: string }
  | { kind: 'poweroff' }
  | { kind: 'reset' }
  | { kind: 'wfi' };

/** Thrown (a single preallocated value) to abandon the current instruction and stop. */
export const STOP = { stop: true } as const;
/** Thrown after an exception was taken: abandons the instruction, execution goes on. */
export const EXCEPTION_TAKEN = { exception: true } as const;

// tsx transforms each module on its own and reads imported bindings through getters: bind
// the helpers used on hot paths to module-local constants, once.
const toBigInt = bits.toBigInt;
const toNumber = bits.toNumber;

const INT_ORDER = [INT_FIQ, INT_IRQ, INT_VFIQ, INT_VIRQ];
const HCR_FMO = 1 << 3;
const HCR_IMO = 1 << 4;
const HCR_TGE = 1 << 27;
const CPACR_ROW = SYSREG.CPACR_EL1;
const CPTR_ROW = SYSREG.CPTR_EL2;

/** Block compile and warm thresholds (block-cache.ts); local constants for the hot loop. */
const JIT_THRESHOLD = IMPORTED_JIT_THRESHOLD;
const WARM_THRESHOLD = IMPORTED_WARM_THRESHOLD;
/** Whether Cpu.dataAccesses is counted (data-access.ts); a local constant for the hot loop. */
const COUNT_DATA_ACCESSES = IMPORTED_COUNT;

export class Cpu {
  readonly x: Int32Array;
  /** Offset of the PE's state area in the machine memory (wasm-tier/layout.ts), or -1. */
  readonly stateAt: number;
  /** The state area as int32s (its own array without one). */
  private readonly state: Int32Array;
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
  /** PSTATE.SS (software step: 1 = active-not-pending while step is active; self-hosted-debug.ts). */
  pstateSS = 0;
  /** Instructions retired since reset. */
  retired = 0;
  /**
   * Data accesses (translations of loads and stores, on the TLB fast path or the full path)
   * of the instructions retired since the PE was created, when ZVM_COUNT_DATA_ACCESSES=1
   * (else 0). Not counted per access: a decoded
   * block knows how many its instructions make (data-access.ts), and the run loop or the
   * compiled block adds that once per block run, where it settles `retired`.
   */
  dataAccesses = 0;
  /**
   * Instructions retired inside compiled regions (either tier; an exception taken inside
   * one leaves that region's count out): with `retired`, the share of each tier.
   */
  compiledRetired = 0;

  /** The tier of this PE's compiled code and what it has done so far (for --stats and the benchmark). */
  jitStats(): { tier: string; retired: number; compiledRetired: number; regionsCompiled: number; batchesCompiled: number; compileMs: number; compileFailures: number } {
    const b = this.blocks;
    return { tier: b.tier, retired: this.retired, compiledRetired: this.compiledRetired, regionsCompiled: b.regionsCompiled, batchesCompiled: b.batchesCompiled, compileMs: b.compileMs, compileFailures: b.compileFailures };
  }

  /**
   * Time: the board gives each PE a slice starting at board time `timeBase`; the PE's
   * generic counter is that plus the instructions retired in the slice (one tick each).
   */
  timeBase = 0;
  sliceStart = 0;
  /** The PE's generic timers (EL1 physical/virtual, EL2 physical/virtual). */
  readonly timer: TimerForPe;
  /** Set by WFI: the PE sleeps until an interrupt is pending for it. */
  waitingForInterrupt = false;

  /**
   * Interrupt inputs, as levels driven by the interrupt controller: physical IRQ/FIQ and
   * the virtual IRQ/FIQ of the GIC's virtual CPU interface (list registers). Bit flags of
   * `intLines`: they are checked at every block boundary when non-zero.
   */
  intLines = 0;

  /** The EL that SIMD&FP instructions trap to from the current EL, or 0 when they do not trap. */
  fpTrapTarget = 0;

  /**
   * Re-reads the controls that depend on the EL and system registers: the translation
   * regime, and the SIMD&FP traps of CPACR_EL1.FPEN and CPTR_EL2 (TFP, or FPEN with E2H).
   */
  controlsChanged(): void {
    this.updateFastReads();
    this.mmu.update();
    this.pmu.settle(); // the PMU's event filters depend on the EL
    const v = this.sys.values;
    const el2 = this.model.el2;
    const e2h = hcrE2H(this);
    const tge = hcrTGE(this);
    let target = 0;
    // CPACR_EL1 governs EL0/EL1 unless HCR_EL2.TGE is set (then EL1 controls do not apply).
    if (this.el <= 1 && !tge) {
      const fpen = (v[2 * CPACR_ROW] >>> 20) & 3;
      if (fpen !== 3 && (this.el === 0 || fpen !== 1)) target = 1;
    }
    if (target === 0 && el2) {
      const cptr = v[2 * CPTR_ROW];
      if (e2h) {
        const fpen = (cptr >>> 20) & 3;
        if (fpen === 0 || fpen === 2 || (fpen === 1 && tge && this.el === 0)) target = 2;
      } else if ((cptr & (1 << 10)) !== 0) target = 2;
    }
    this.fpTrapTarget = target;
    this.mmu.updateFetchKey();
  }

  /** Set while an LDTR/STTR accesses memory with EL0 permissions. */
  unprivilegedAccess = false;


  /** Performance monitors (the cycle counter). */
  readonly pmu: Pmu;

  /** Address translation: regime, TLB, walks, TLBI and AT. */
  readonly mmu: MmuUnit;
  /** Every PE of the board (this one included), for broadcast TLB maintenance. */
  peers: Cpu[] = [this];

  /** This PE's GIC CPU interface, set by the board that has a GIC. */
  gic: GicCpuInterface | null = null;

  gicInterface(): GicCpuInterface {
    if (this.gic === null) throw new Error(`CPU ${this.index} has no GIC CPU interface`);
    return this.gic;
  }

  /** Whether an interrupt is pending for this PE, masked or not (it wakes WFI). */
  interruptPending(): boolean {
    return this.intLines !== 0;
  }

  setInterruptLine(line: number, level: boolean): void {
    this.intLines = level ? this.intLines | line : this.intLines & ~line;
  }

  /**
   * Takes the highest-priority unmasked interrupt, if any (FIQ before IRQ, physical before
   * virtual). Physical interrupts go to EL2 when HCR_EL2.{FMO,IMO} or TGE route them there
   * (then PSTATE masks apply only at EL2); virtual ones only exist at EL1/EL0 with the
   * routing bit set and TGE clear. Returns true when an exception was taken.
   */
  private takePendingInterrupt(): boolean {
    // HCR_EL2.VF/VI (bits 4, 5) add to the GIC's virtual FIQ/IRQ (bits 2, 3).
    const lines = (this.intLines & 15) | ((this.intLines >>> 2) & 12);
    const hcrLo = this.model.el2 ? hcr(this) : 0;
    const tge = (hcrLo & HCR_TGE) !== 0;
    for (let k = 0; k < 4; k++) {
      const line = INT_ORDER[k];
      if ((lines & line) === 0) continue;
      const fiq = line === INT_FIQ || line === INT_VFIQ;
      const routeBit = fiq ? HCR_FMO : HCR_IMO;
      const mask = fiq ? 1 : 2; // PSTATE.F, PSTATE.I within daif
      let target: number;
      if (line === INT_VIRQ || line === INT_VFIQ) {
        if (this.el === 2 || tge || (hcrLo & routeBit) === 0) continue;
        target = 1;
      } else {
        target = this.model.el2 && (tge || (hcrLo & routeBit) !== 0) ? 2 : 1;
        if (target < this.el) continue;
      }
      if (target === this.el && (this.daif & mask) !== 0) continue;
      const vector = fiq ? VECTOR_FIQ : VECTOR_IRQ;
      if (!enterException(this, target, vector, 0, this.pcLo, this.pcHi, false, 0, 0)) {
        this.halt = { kind: 'fault', pc: this.getPC(), message: `${fiq ? 'FIQ' : 'IRQ'} with no vectors at VBAR_EL${target}` };
        throw STOP;
      }
      this.waitingForInterrupt = false;
      return true;
    }
    return false;
  }
  /** Set when execution must stop; the run loop returns at the next instruction boundary. */
  halt: Halt | null = null;
  /** Set by a handler (e.g. WFI) to end the current run slice early without halting. */
  yieldRequest = false;
  readonly sys: SysRegFile;
  /** Exclusive monitor: physical address of the marked granule, or -1. */
  exclusiveAddr = -1;
  /** The -cpu model: ID register values and optional features (set by the board; `max` when bare). */
  model: CpuModelDef = cpuModel('max');

  /**
   * The board's firmware (PSCI) on its conduit: returns true when it handled the HVC/SMC,
   * false to let the instruction behave architecturally.
   */
  firmwareCall: ((cpu: Cpu, conduit: 'hvc' | 'smc', imm: number) => boolean) | null = null;

  /** The debugger's hooks at guest exit and entry (exceptions.ts), set while a VM awareness is enabled. */
  guestHooks: GuestHooks | null = null;

  /** The debugger's breakpoints and watchpoints on this PE. */
  readonly debugPoints = new DebugPoints();
  /** Set when the last run() stopped because PC reached a breakpoint. */
  hitBreakpoint = false;

  /** The guest's own breakpoints, watchpoints and software step (DBGBCR/DBGWCR, MDSCR_EL1.SS). */
  readonly selfDebug: SelfHostedDebug = new SelfHostedDebug(this);

  constructor(
    readonly bus: Bus,
    readonly decoder: Decoder,
    readonly index: number,
  ) {
    this.stateAt = allocatePeState(bus.memory);
    this.x = this.stateAt >= 0 ? new Int32Array(bus.memory.buffer, this.stateAt + STATE_X, 66) : new Int32Array(66);
    this.state = this.stateAt >= 0 ? new Int32Array(bus.memory.buffer, this.stateAt, STATE_BYTES >> 2) : new Int32Array(STATE_BYTES >> 2);
    this.sys = new SysRegFile(this);
    this.timer = new TimerForPe(() => this.counter(), index);
    this.timer.onProgrammed = () => {
      this.yieldRequest = true;
    };
    this.mmu = new MmuUnit(this);
    this.pmu = new Pmu(this, SYSREG.MDCR_EL2);
    this.blocks = new BlockCache(bus, decoder, this);
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

  /** PSTATE as the SPSR/CPSR layout: N Z C V at 31..28, SS at 21, DAIF at 9..6, EL at 3..2, SP at 0. */
  getPstate(): number {
    return (
      ((this.nf << 31) | (this.zf << 30) | (this.cf << 29) | (this.vf << 28) | (this.pstateSS << 21) | (this.daif << 6) | (this.el << 2) | this.spSel) >>> 0
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
    const elChanged = el !== this.el;
    this.el = el;
    this.spSel = spSel;
    this.sys.loadSP(el, spSel);
    if (elChanged) this.controlsChanged();
    else this.updateFastReads();
  }

  /**
   * Tells compiled code which system registers' MRS it may read itself now (sysregs.ts
   * fastReadMask), and how it reads CNTVCT_EL0: at EL1 and EL2, where nothing traps it
   * (generic-timer.ts timerTrap), as the physical count minus CNTVOFF_EL2, or without the
   * offset at EL2 with HCR_EL2.E2H (as the CNTVCT_EL0 row reads it). Called on every change of
   * EL, stack, controls and CNTVOFF_EL2.
   */
  updateFastReads(): void {
    if (this.stateAt < 0) return;
    const s = this.state;
    s[STATE_FAST_READS >> 2] = fastReadMask(this);
    const el = this.el;
    s[STATE_FAST_CNTVCT >> 2] = el >= 1 ? 1 : 0;
    const offset = el === 1 || (el === 2 && !hcrE2H(this));
    s[STATE_CNTVCT_OFFSET >> 2] = offset ? this.timer.cntvoffLo | 0 : 0;
    s[(STATE_CNTVCT_OFFSET >> 2) + 1] = offset ? this.timer.cntvoffHi | 0 : 0;
    s[STATE_ZVA_ALLOWED >> 2] = dcZvaTrapTarget(this) === 0 ? 1 : 0;
  }

  // ---- memory ------------------------------------------------------------------------

  /**
   * Translates a data virtual address to a physical one, checking alignment and
   * permissions. With translation off, VA = PA and data accesses are Device memory, so
   * unaligned accesses take an alignment fault as on hardware.
   */
  dataAddress(lo: number, hi: number, size: number, write = false): number {
    if (this.watchActive) return this.watchedDataAddress(lo, hi, size, write);
    if (this.mmu.on) return this.mmu.data(lo, hi, size, write);
    if ((lo & (size - 1)) !== 0) this.dataAbort(FSC.ALIGNMENT, lo, hi, write);
    if (hi >>> 16 !== 0) this.dataAbort(FSC.ADDRESS_SIZE_L0, lo, hi, write);
    return toNumber(lo, hi);
  }

  /** dataAddress with the debugger's watchpoints checked before and after translation. */
  private watchedDataAddress(lo: number, hi: number, size: number, write: boolean): number {
    this.watchActive = false;
    try {
      const points = this.debugPoints;
      const gdb = this.gdbWatch;
      let hit = gdb ? points.vaWatchHit(this, lo, hi, size, write) : null;
      if (hit === null) {
        const pa = this.dataAddress(lo, hi, size, write);
        hit = gdb ? points.paWatchHit(this, pa, size, write, lo, hi) : null;
        if (hit === null) {
          // The guest's watchpoints: after the translation (its faults come first), as the debugger's did not stop.
          if (this.selfDebug.wpEnabled !== 0) this.selfDebug.checkWatchpoint(lo, hi, size, write, false);
          return pa;
        }
      }
      // Stop before the access: the instruction runs again when resumed.
      this.watchHit = hit;
      this.pcLo = this.insnLo;
      this.pcHi = this.insnHi;
      throw STOP;
    } finally {
      this.watchActive = true;
    }
  }

  /**
   * The physical address a store-exclusive targets, translated (alignment and faults) as a
   * read before the monitor is checked; no watchpoint sees this: only the store, if made.
   */
  exclusiveTarget(lo: number, hi: number, size: number): number {
    const watch = this.watchActive;
    this.watchActive = false;
    try {
      return this.dataAddress(lo, hi, size);
    } finally {
      this.watchActive = watch;
    }
  }

  /** Takes a Data Abort with fault status `fsc` for virtual address (lo, hi). */
  dataAbort(fsc: number, lo: number, hi: number, write: boolean): never {
    const target = syncTargetEL(this);
    const ec = target === this.el ? EC.DABT_SAME : EC.DABT_LOWER;
    this.takeSync(target, syndrome(ec, fsc | (write ? 1 << 6 : 0)), false, true, lo, hi);
  }

  /** Takes an abort (syndrome `esr`, fault address (lo, hi)) to `target`. */
  abort(target: number, esr: number, lo: number, hi: number): never {
    this.takeSync(target, esr, false, true, lo, hi);
  }

  /** The encoding of the instruction being executed (re-read without side effects). */
  currentInstruction(): number {
    const pa = this.mmu.on ? this.mmu.debugPa(this.insnLo | 0, this.insnHi | 0) : toNumber(this.insnLo, this.insnHi);
    return pa >= 0 && this.bus.isRam(pa, 4) ? this.bus.read32(pa) : 0;
  }

  /** Takes an Instruction Abort at the current PC. */
  private instructionAbort(fsc: number): never {
    const target = syncTargetEL(this);
    const ec = target === this.el ? EC.IABT_SAME : EC.IABT_LOWER;
    this.takeSync(target, syndrome(ec, fsc), false, true, this.insnLo, this.insnHi);
  }

  /**
   * Takes a synchronous exception of class `ec` with syndrome `iss` to the EL the
   * architecture routes it to. `returnToNext`: ELR is the next instruction (SVC, HVC),
   * otherwise the current one. Never returns: the instruction is abandoned.
   */
  syncException(ec: number, iss: number, returnToNext: boolean, targetEL = syncTargetEL(this)): never {
    this.takeSync(targetEL, syndrome(ec, iss), returnToNext, false, 0, 0);
  }

  private takeSync(target: number, esr: number, returnToNext: boolean, hasFar: boolean, farLo: number, farHi: number): never {
    // SVC, HVC and SMC complete before their exception: a step of them is over (SPSR.SS = 0).
    if (returnToNext) this.pstateSS = 0;
    const retLo = returnToNext ? this.pcLo : this.insnLo;
    const retHi = returnToNext ? this.pcHi : this.insnHi;
    if (this.exceptionLoop.stuck(this, target, esr, retLo, retHi)) this.stopInExceptionLoop(esr);
    if (enterException(this, target, VECTOR_SYNC, esr, retLo, retHi, hasFar, farLo, farHi)) {
      if (returnToNext) this.retired++;
      throw EXCEPTION_TAKEN;
    }
    // No vectors in RAM: report the problem instead of looping on instruction aborts.
    this.pcLo = this.insnLo;
    this.pcHi = this.insnHi;
    const far = hasFar ? ` at address 0x${toBigInt(farLo, farHi).toString(16)}` : '';
    this.halt = {
      kind: 'fault',
      pc: this.getPC(),
      message: `${exceptionName(esr)}${far}, ESR 0x${(esr >>> 0).toString(16)}, and no vectors at VBAR_EL${target}`,
    };
    throw STOP;
  }

  /** Recognises a PE faulting forever at its own exception vector. */
  private readonly exceptionLoop = new ExceptionLoop();

  /** Stops the PE at the vector it cannot get past, naming the exception that sent it there. */
  private stopInExceptionLoop(esr: number): never {
    const l = this.exceptionLoop;
    this.pcLo = this.insnLo;
    this.pcHi = this.insnHi;
    this.halt = {
      kind: 'fault',
      pc: this.getPC(),
      message:
        `exception loop at the vector: ${exceptionName(esr)} (ESR 0x${(esr >>> 0).toString(16)}) repeated ${EXCEPTION_LOOP_LIMIT} times ` +
        `without an instruction executed; it began with ${exceptionName(l.firstEsr)} (ESR 0x${(l.firstEsr >>> 0).toString(16)}) ` +
        `at EL${l.firstEl} pc 0x${toBigInt(l.firstElrLo, l.firstElrHi).toString(16)}, and the PE is stuck`,
    };
    throw STOP;
  }

  /**
   * Whether the exception vector at (lo, hi) can be fetched, judged before the exception
   * changes the EL (so with translation on it only checks the address is canonical-ish:
   * a real fault there is taken as an instruction abort when the vector is fetched).
   */
  isExecutable(lo: number, hi: number): boolean {
    if ((lo & 3) !== 0) return false;
    if (this.mmu.on) return true;
    if (hi >>> 16 !== 0) return false;
    const off = toNumber(lo, hi) - this.bus.ramBase;
    return off >= 0 && off < this.bus.ramSize;
  }

  /**
   * RAM offset of an aligned `size`-byte data access at VA (lo, hi) when translation is on,
   * no watchpoint is armed and the TLB holds the page with the needed permission in RAM;
   * -1 sends the access through the full path (dataAddress), which gives the same result.
   */
  /**
   * The access class of compiled code's data accesses now (MmuUnit.fastClass), shifted as
   * in a fast-view tag; one no tag has while a watchpoint is armed (every access then takes
   * the full path, which checks it).
   */
  fastClassBits(): number {
    return (this.watchActive ? FAST_CLASS_NONE : this.mmu.fastClass()) << 3;
  }

  /** After compiled code's data access at VA (lo, hi) took the full path: see MmuUnit.fillFastView. */
  fillFastView(lo: number, hi: number): void {
    if (!this.watchActive) this.mmu.fillFastView(lo, hi);
  }

  private fastData(lo: number, hi: number, size: number, write: boolean): number {
    if ((lo & (size - 1)) !== 0 || !this.mmu.on || this.watchActive) return -1;
    return this.mmu.ramData(lo, hi, write);
  }

  ld8(lo: number, hi: number): number {
    const r = this.fastData(lo, hi, 1, false);
    if (r >= 0) return this.bus.ram[r];
    const pa = this.dataAddress(lo, hi, 1);
    const v = this.bus.read8(pa);
    this.checkBus(lo, hi, false);
    return v;
  }

  ld16(lo: number, hi: number): number {
    const r = this.fastData(lo, hi, 2, false);
    if (r >= 0) return this.bus.ram16[r >>> 1];
    if ((lo & 0xfff) > 4094 && this.mmu.on) return this.loadSplit(lo, hi, 2) & 0xffff;
    const pa = this.dataAddress(lo, hi, 2);
    const v = this.bus.read16(pa);
    this.checkBus(lo, hi, false);
    return v;
  }

  /** Returns the 32-bit value as int32. */
  ld32(lo: number, hi: number): number {
    const r = this.fastData(lo, hi, 4, false);
    if (r >= 0) return this.bus.ram32[r >>> 2];
    if ((lo & 0xfff) > 4092 && this.mmu.on) return this.loadSplit(lo, hi, 4);
    const pa = this.dataAddress(lo, hi, 4);
    const bus = this.bus;
    const off = pa - bus.ramBase;
    if ((off & 3) === 0 && off >= 0 && off < bus.ramSize) return bus.ram32[off >>> 2];
    const v = bus.read32(pa);
    this.checkBus(lo, hi, false);
    return v;
  }

  /** Loads 64 bits: returns the low half, the high half is left in `ldHi`. */
  ldHi = 0;
  ld64(lo: number, hi: number): number {
    const r = this.fastData(lo, hi, 8, false);
    if (r >= 0) {
      const ram32 = this.bus.ram32;
      const w = r >>> 2;
      this.ldHi = ram32[w + 1];
      return ram32[w];
    }
    if ((lo & 0xfff) > 4088 && this.mmu.on) return this.loadSplit(lo, hi, 8);
    const pa = this.dataAddress(lo, hi, 8);
    const bus = this.bus;
    const off = pa - bus.ramBase;
    if ((off & 7) === 0 && off >= 0 && off < bus.ramSize) {
      const w = off >>> 2;
      this.ldHi = bus.ram32[w + 1];
      return bus.ram32[w];
    }
    const l = bus.read32(pa);
    this.ldHi = bus.read32(pa + 4);
    this.checkBus(lo, hi, false);
    return l;
  }

  // Stores take the fast path only when the line holds no decoded code and no PE holds an
  // exclusive mark (the full path then invalidates blocks and clears monitors).

  st8(lo: number, hi: number, v: number): void {
    const r = this.fastData(lo, hi, 1, true);
    const bus = this.bus;
    if (r >= 0 && bus.codeLines[r >>> 8] === 0 && !bus.exclusiveMarks) {
      bus.ram[r] = v;
      return;
    }
    const pa = this.dataAddress(lo, hi, 1, true);
    bus.write8(pa, v);
    this.afterStore(pa, lo, hi);
  }

  st16(lo: number, hi: number, v: number): void {
    const r = this.fastData(lo, hi, 2, true);
    const bus = this.bus;
    if (r >= 0 && bus.codeLines[r >>> 8] === 0 && !bus.exclusiveMarks) {
      bus.ram16[r >>> 1] = v;
      return;
    }
    if ((lo & 0xfff) > 4094 && this.mmu.on) return this.storeSplit(lo, hi, 2, v, 0);
    const pa = this.dataAddress(lo, hi, 2, true);
    bus.write16(pa, v);
    this.afterStore(pa, lo, hi);
  }

  st32(lo: number, hi: number, v: number): void {
    const r = this.fastData(lo, hi, 4, true);
    const bus = this.bus;
    if (r >= 0 && bus.codeLines[r >>> 8] === 0 && !bus.exclusiveMarks) {
      bus.ram32[r >>> 2] = v;
      return;
    }
    if ((lo & 0xfff) > 4092 && this.mmu.on) return this.storeSplit(lo, hi, 4, v, 0);
    const pa = this.dataAddress(lo, hi, 4, true);
    const off = pa - bus.ramBase;
    if ((off & 3) === 0 && off >= 0 && off < bus.ramSize && bus.codeLines[off >>> 8] === 0 && !bus.exclusiveMarks) {
      bus.ram32[off >>> 2] = v;
      return;
    }
    bus.write32(pa, v);
    this.afterStore(pa, lo, hi);
  }

  st64(lo: number, hi: number, vlo: number, vhi: number): void {
    const r = this.fastData(lo, hi, 8, true);
    const bus = this.bus;
    if (r >= 0 && bus.codeLines[r >>> 8] === 0 && !bus.exclusiveMarks) {
      const w = r >>> 2;
      bus.ram32[w] = vlo;
      bus.ram32[w + 1] = vhi;
      return;
    }
    if ((lo & 0xfff) > 4088 && this.mmu.on) return this.storeSplit(lo, hi, 8, vlo, vhi);
    const pa = this.dataAddress(lo, hi, 8, true);
    const off = pa - bus.ramBase;
    if ((off & 7) === 0 && off >= 0 && off < bus.ramSize && bus.codeLines[off >>> 8] === 0 && !bus.exclusiveMarks) {
      const w = off >>> 2;
      bus.ram32[w] = vlo;
      bus.ram32[w + 1] = vhi;
      return;
    }
    bus.write32(pa, vlo);
    bus.write32(pa + 4, vhi);
    this.afterStore(pa, lo, hi);
  }

  /**
   * An unaligned access that crosses a page boundary (Normal memory, translation on): byte
   * by byte, each byte translated on its own. Returns the low 32 bits; bits 63:32 in ldHi.
   */
  private loadSplit(lo: number, hi: number, size: number): number {
    let l = 0;
    let h = 0;
    for (let k = 0; k < size; k++) {
      const a = (lo >>> 0) + k;
      const b = this.ld8(a | 0, a > 0xffffffff ? (hi + 1) | 0 : hi);
      if (k < 4) l |= b << (8 * k);
      else h |= b << (8 * (k - 4));
    }
    this.ldHi = h;
    return l;
  }

  private storeSplit(lo: number, hi: number, size: number, vlo: number, vhi: number): void {
    // Check every byte's translation before writing any, so a fault leaves memory unchanged.
    for (let k = 0; k < size; k += size - 1) {
      const a = (lo >>> 0) + k;
      this.dataAddress(a | 0, a > 0xffffffff ? (hi + 1) | 0 : hi, 1, true);
    }
    for (let k = 0; k < size; k++) {
      const a = (lo >>> 0) + k;
      this.st8(a | 0, a > 0xffffffff ? (hi + 1) | 0 : hi, k < 4 ? vlo >>> (8 * k) : vhi >>> (8 * (k - 4)));
    }
  }

  /** Load-exclusive: marks the 64-byte granule of physical address `pa` for this PE. */
  markExclusive(pa: number): void {
    this.exclusiveAddr = pa - (pa % 64);
    this.bus.exclusiveHolders |= this.exclusiveBit;
  }

  /** This PE's bit in Bus.exclusiveHolders (the PEs from the 32nd on share bit 31). */
  get exclusiveBit(): number {
    return 1 << Math.min(this.index, 31);
  }

  /**
   * A write to physical address `pa` clears every PE's exclusive monitor that covers it
   * (the global monitor: another PE's store-exclusive to the granule must then fail).
   */
  clearExclusiveIfMarked(pa: number): void {
    if (!this.bus.exclusiveMarks) return;
    const granule = pa - (pa % 64);
    let holders = 0;
    for (const p of this.peers) {
      if (p.exclusiveAddr === granule) p.exclusiveAddr = -1;
      else if (p.exclusiveAddr !== -1) holders |= p.exclusiveBit;
    }
    this.bus.exclusiveHolders = holders;
  }

  /** After an access: a physical address with nothing behind it is an external abort. */
  private checkBus(lo: number, hi: number, write: boolean): void {
    if (this.bus.lastError) {
      this.bus.lastError = false;
      this.dataAbort(FSC.SYNC_EXTERNAL, lo, hi, write);
    }
  }

  private afterStore(pa: number, lo: number, hi: number): void {
    if (this.bus.exclusiveMarks) this.clearExclusiveIfMarked(pa);
    this.checkBus(lo, hi, true);
  }

  /** The decoded blocks of this PE. */
  private readonly blocks: BlockCache;

  /** The decoded block at PC: the fetch is translated (through the TLB) when the MMU is on. */
  private blockAtPC(): Block {
    const lo = this.pcLo;
    const hi = this.pcHi;
    if ((lo & 3) !== 0) {
      this.insnLo = lo;
      this.insnHi = hi;
      this.takeSync(syncTargetEL(this), syndrome(EC.PC_ALIGN, 0), false, true, lo, hi);
    }
    // A fetch that faults is an Instruction Abort at PC itself (ELR = FAR = PC, not the branch).
    this.insnLo = lo;
    this.insnHi = hi;
    const bus = this.bus;
    let off: number;
    if (this.mmu.on) {
      off = this.mmu.fetchOffset(lo, hi);
    } else {
      if (hi >>> 16 !== 0) this.instructionAbort(FSC.ADDRESS_SIZE_L0);
      off = toNumber(lo, hi) - bus.ramBase;
    }
    if (off < 0 || off >= bus.ramSize) this.instructionAbort(FSC.SYNC_EXTERNAL);
    // An int32 from here on (no heap number): offsets of 2 GiB and more are negative.
    return this.blocks.lookup(off | 0, this.fpTrapTarget !== 0);
  }

  // ---- stopping ----------------------------------------------------------------------

  /**
   * Called for encodings no row matches, rows not implemented yet, and UNDEFINED cases:
   * an Undefined Instruction exception, or a report when the guest has no vectors.
   */
  undefinedInstruction(insn: number): never {
    const target = syncTargetEL(this);
    const esr = syndrome(EC.UNKNOWN, 0);
    if (this.exceptionLoop.stuck(this, target, esr, this.insnLo, this.insnHi)) this.stopInExceptionLoop(esr);
    if (enterException(this, target, VECTOR_SYNC, esr, this.insnLo, this.insnHi, false, 0, 0)) {
      throw EXCEPTION_TAKEN;
    }
    this.pcLo = this.insnLo;
    this.pcHi = this.insnHi;
    this.halt = { kind: 'undefined', pc: this.getPC(), insn: insn >>> 0, row: this.decoder.nameOf(insn) };
    throw STOP;
  }

  // ---- debug points (delegated to debugPoints) -----------------------------------------

  addBreakpoint(addr: bigint): void {
    this.debugPoints.addBreakpoint(addr);
  }

  removeBreakpoint(addr: bigint): void {
    this.debugPoints.removeBreakpoint(addr);
  }

  addWatchpoint(addr: bigint, len: number, type: WatchType, space: 'va' | 'pa' = 'va', applies: WatchFilter | null = null): void {
    this.debugPoints.addWatchpoint(addr, len, type, space, applies);
  }

  removeWatchpoint(addr: bigint, len: number, type: WatchType, space: 'va' | 'pa' = 'va', applies: WatchFilter | null = null): void {
    this.debugPoints.removeWatchpoint(addr, len, type, space, applies);
  }

  // ---- execution ---------------------------------------------------------------------

  /**
   * Executes up to `budget` instructions. Returns the number retired. Stops early on a
   * halt, a yield request, or (when `stopAtBreakpoints`) before an instruction at a
   * breakpoint address (hitBreakpoint is set then) or before an access to a watched range
   * (watchHit is set then; the instruction has not executed).
   */
  run(budget: number, stopAtBreakpoints = true): number {
    this.yielded = false;
    this.hitBreakpoint = false;
    this.watchHit = null;
    this.gdbWatch = stopAtBreakpoints && this.debugPoints.hasWatchpoints;
    this.watchActive = this.gdbWatch || this.selfDebug.wpEnabled !== 0;
    if (this.halt !== null) return 0;
    // The guest armed its own breakpoints or software step: instruction by instruction.
    if (this.selfDebug.armed) return this.runSelfDebug(budget, stopAtBreakpoints);
    const useBp = stopAtBreakpoints && this.debugPoints.hasBreakpoints;
    return useBp ? this.runChecked(budget) : this.runFast(budget);
  }

  private runFast(budget: number): number {
    const x = this.x;
    const bus = this.bus;
    const pageGen = bus.pageGen;
    const mmu = this.mmu;
    const tlb = mmu.tlb;
    const bpPages = this.debugPoints.bpPages;
    const start = this.retired;
    let end = start + budget;
    // The block that just ran to its end (its successor links are consulted and updated).
    let prev: Block | null = null;
    // While an interpreted block runs its instructions before the last: their index, and
    // `retired` before the block (-1 otherwise).
    let bi = -1;
    let base = 0;
    // The interpreted block running (its data accesses are counted when it ends), or null.
    let cur: Block | null = null;
    while (this.retired < end) {
      try {
        while (this.retired < end) {
          if (this.intLines !== 0 && this.takePendingInterrupt()) end--;
          // Called from runChecked: stop before any block on a page holding a breakpoint.
          if (this.bpStop && bpPages[this.pcLo >>> 12] !== 0) break;
          const pcLo = this.pcLo;
          const pcHi = this.pcHi;
          let block: Block | null = null;
          if (prev !== null) {
            // Block chaining: the successor links memoise blockAtPC() for this PC.
            const fetchGen = tlb.fetchGen[((pcLo >>> 12) ^ (pcHi >>> 4)) & TLB_MASK];
            const key = mmu.fetchKey;
            const link: BlockLink = ((this.insnLo + 4) | 0) === pcLo ? prev.fall : prev.jump;
            if (link.pcLo === pcLo && link.pcHi === pcHi && link.fetchGen === fetchGen && link.key === key) block = link.block;
            if (block === null || block.gen !== pageGen[block.off >>> 12]) {
              block = this.blockAtPC();
              // blockAtPC() may walk (no TLBI, no control change): the generation and key still hold.
              link.pcLo = pcLo;
              link.pcHi = pcHi;
              link.fetchGen = fetchGen;
              link.key = key;
              link.block = block;
            }
          } else block = this.blockAtPC();
          prev = null;
          if (block.count <= end - this.retired) {
            let region: CompiledRegion<Block> | null = block.region;
            if (region === null) {
              // Compiled on its JIT_THRESHOLD-th run, which already runs compiled; or queued
              // for the wasm tier's next batch (heat -Infinity then).
              if (++block.heat >= JIT_THRESHOLD) region = this.blocks.compile(block);
              else if (block.heat === -Infinity) region = this.blocks.queuedRun(block);
              else if (block.heat === WARM_THRESHOLD) this.blocks.warmUp(block);
            }
            if (region !== null) {
              const before = this.retired;
              prev = region(this, end - this.retired);
              this.compiledRetired += this.retired - before;
              if (this.yieldRequest) break;
              continue;
            }
          }
          const handlers = block.handlers;
          const words = block.words;
          let lo = pcLo;
          const count = Math.min(block.count, end - this.retired);
          // Taking an interrupt above may have used up the last of the budget.
          if (count <= 0) continue;
          const last = count - 1;
          this.insnHi = pcHi; // a block never crosses a 4 KiB page
          // `retired` is brought up to date before the block's last instruction only: the
          // instructions before it cannot read it (only system instructions, which end
          // blocks, read the counters); an exception among them is settled in the catch.
          base = this.retired;
          cur = block;
          for (bi = 0; bi < last; bi++) {
            this.insnLo = lo;
            lo = (lo + 4) | 0;
            this.pcLo = lo; // not the end of the page: no carry into pcHi
            handlers[bi](this, words[bi]);
            x[62] = 0;
            x[63] = 0;
          }
          bi = -1;
          this.retired = base + last;
          this.insnLo = lo;
          lo = (lo + 4) | 0;
          this.pcLo = lo;
          if (lo === 0) this.pcHi = (pcHi + 1) | 0;
          // Only an instruction that ends its block (a branch, a system instruction) can
          // change the PC or ask to yield, and it is the block's last.
          handlers[last](this, words[last]);
          x[62] = 0;
          x[63] = 0;
          this.retired = base + count;
          cur = null;
          if (count === block.count) prev = block;
          if (COUNT_DATA_ACCESSES) this.dataAccesses += count === block.count ? block.mem : dataAccessesIn(this.decoder, block.rows, words, count);
          if (this.yieldRequest) break;
        }
        break;
      } catch (e) {
        x[62] = 0;
        x[63] = 0;
        prev = null;
        // An exception before a block's last instruction: the instructions before it retired.
        if (bi >= 0) {
          this.retired = base + bi;
          bi = -1;
        }
        if (cur !== null) {
          if (COUNT_DATA_ACCESSES) this.dataAccesses += dataAccessesIn(this.decoder, cur.rows, cur.words, this.retired - base);
          cur = null;
        }
        if (e === EXCEPTION_TAKEN) {
          // The PE now executes the vector. Taking an exception uses up budget even when
          // no instruction retires, so a guest faulting in a loop still returns control.
          end--;
          if (this.yieldRequest) break;
          continue;
        }
        if (e !== STOP) throw e;
        break;
      }
    }
    // Remembered for runChecked, which calls runFast block by block: a WFI, WFE or YIELD
    // (or a reprogrammed timer) must end its run too, not just this block.
    this.yielded = this.yieldRequest;
    this.yieldRequest = false;
    return this.retired - start;
  }

  private runChecked(budget: number): number {
    let n = 0;
    // Budget used: instructions retired, plus one per exception taken without retiring
    // (as in runFast). Taking an exception must not end the run: a PE returning 0 counts
    // as idle for the board, which would then let time jump ahead of it.
    let spent = 0;
    let first = true;
    while (spent < budget && this.halt === null) {
      if (this.debugPoints.breakpointAt(this.pcLo, this.pcHi) && !(first && this.skipBreakpointOnce)) {
        this.hitBreakpoint = true;
        break;
      }
      this.skipBreakpointOnce = false;
      first = false;
      // On a page with breakpoints, or with an interrupt pending (its vector may hold one),
      // one instruction at a time; elsewhere at full speed until a block on such a page.
      let done: number;
      if (this.debugPoints.bpPages[this.pcLo >>> 12] !== 0 || this.intLines !== 0) {
        done = this.runFast(1);
      } else {
        this.bpStop = true;
        done = this.runFast(budget - spent);
        this.bpStop = false;
      }
      n += done;
      spent += done === 0 ? 1 : done;
      // A watchpoint hit ends the run (the access is not made: running on would hit it again).
      if (this.yielded || this.watchHit !== null) break;
    }
    this.skipBreakpointOnce = false;
    return n;
  }

  /**
   * run() while the guest's breakpoints or software step are armed: one instruction at a
   * time, each preceded by the step state machine (a pending step is taken before anything
   * else) and the breakpoint check, with the debugger's breakpoints as in runChecked.
   */
  private runSelfDebug(budget: number, stopAtBreakpoints: boolean): number {
    const sd = this.selfDebug;
    const gdbBp = stopAtBreakpoints && this.debugPoints.hasBreakpoints;
    let n = 0;
    let spent = 0;
    let first = true;
    while (spent < budget && this.halt === null && sd.armed) {
      if (gdbBp && this.debugPoints.breakpointAt(this.pcLo, this.pcHi) && !(first && this.skipBreakpointOnce)) {
        this.hitBreakpoint = true;
        break;
      }
      this.skipBreakpointOnce = false;
      first = false;
      const stepping = sd.ssEnabled && sd.stepActive();
      try {
        if (stepping && this.pstateSS === 0) sd.takeStep();
        sd.checkBreakpoint();
      } catch (e) {
        if (e === STOP) break;
        if (e !== EXCEPTION_TAKEN) throw e;
        spent++;
        if (this.yieldRequest) {
          // As runFast ends on one (a debugger's hook at the exception may ask to stop).
          this.yieldRequest = false;
          this.yielded = true;
          break;
        }
        continue;
      }
      const pcLo = this.pcLo;
      const pcHi = this.pcHi;
      this.eretDone = false;
      const done = this.runFast(1);
      // Active-not-pending -> active-pending when the instruction completed (an exception
      // already cleared PSTATE.SS; ERET set it from SPSR.SS).
      if (stepping && done === 1) {
        if (this.eretDone) sd.steppedEret();
        else if (this.pstateSS === 1) sd.stepped(this.instructionAt(pcLo, pcHi));
      }
      n += done;
      spent += done === 0 ? 1 : done;
      // A watchpoint hit ends the run (the access is not made: running on would hit it again).
      if (this.yielded || this.watchHit !== null) break;
    }
    this.skipBreakpointOnce = false;
    return n;
  }

  /** Set by ERET (exceptions.ts): the instruction just run set PSTATE.SS itself. */
  eretDone = false;

  /** The encoding at VA (lo, hi), re-read without side effects (0 when it cannot be read). */
  private instructionAt(lo: number, hi: number): number {
    const saveLo = this.insnLo;
    const saveHi = this.insnHi;
    this.insnLo = lo;
    this.insnHi = hi;
    const w = this.currentInstruction();
    this.insnLo = saveLo;
    this.insnHi = saveHi;
    return w;
  }

  /** runFast() stops before a block on a page with breakpoints (set by runChecked). */
  bpStop = false;

  /** The last run() ended on a yield request (WFI, WFE, YIELD, a timer change, a power-off
   *  or a debugger's request): the board ends the PE's turn on it (but for the debugger's). */
  yielded = false;

  /** Resuming from a breakpoint executes the instruction at PC before checking again. */
  skipBreakpointOnce = false;

  // ---- watchpoints (debugger) ----------------------------------------------------------

  /** Data accesses take the checked path (watchedDataAddress) while this is set (during run()). */
  watchActive = false;
  /** The debugger's watchpoints apply in this run(). */
  private gdbWatch = false;
  /** Set when the last run() stopped before an access to a watched range. */
  watchHit: WatchHit | null = null;

  /** The physical count of the 62.5 MHz generic counter as this PE sees it now. */
  counter(): number {
    return this.timeBase + (this.retired - this.sliceStart);
  }
}

const FSC_NAMES: Record<number, string> = {
  [FSC.ALIGNMENT]: 'alignment fault',
  [FSC.SYNC_EXTERNAL]: 'synchronous external abort: nothing at that physical address',
  [FSC.ADDRESS_SIZE_L0]: 'address size fault',
};

const EC_NAMES: Record<number, string> = {
  [EC.UNKNOWN]: 'undefined instruction',
  [EC.SVC64]: 'SVC',
  [EC.HVC64]: 'HVC',
  [EC.SMC64]: 'SMC',
  [EC.SYSREG]: 'trapped system register access',
  [EC.IABT_LOWER]: 'instruction abort',
  [EC.IABT_SAME]: 'instruction abort',
  [EC.PC_ALIGN]: 'PC alignment fault',
  [EC.DABT_LOWER]: 'data abort',
  [EC.DABT_SAME]: 'data abort',
  [EC.SP_ALIGN]: 'SP alignment fault',
  [EC.BRK64]: 'BRK',
  [EC.ILLEGAL_STATE]: 'illegal execution state',
};

/** An exception's class, with the fault status for aborts: "instruction abort (alignment fault)". */
function exceptionName(esr: number): string {
  const ec = esr >>> 26;
  const isAbort = ec === EC.DABT_SAME || ec === EC.DABT_LOWER || ec === EC.IABT_SAME || ec === EC.IABT_LOWER;
  const status = isAbort ? ` (${FSC_NAMES[esr & 0x3f] ?? `fault status 0x${(esr & 0x3f).toString(16)}`})` : '';
  return `${EC_NAMES[ec] ?? `exception class 0x${ec.toString(16)}`}${status}`;
}

export function hex64(lo: number, hi: number): string {
  return '0x' + ((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0)).toString(16).padStart(16, '0');
}

/** Handlers for decoder index 0 and unimplemented rows. */
export const undefinedHandler: ExecFn = (cpu, insn) => cpu.undefinedInstruction(insn);

/**
 * A SIMD&FP instruction while CPACR_EL1/CPTR_EL2 trap them: EC 0x07 to the EL that traps
 * (ISS with CV = 1, COND = 0xE as QEMU reports it).
 */
export const fpAccessTrap: ExecFn = (cpu) => cpu.syncException(EC.FP_ACCESS, 0x1e0_0000, false, cpu.fpTrapTarget);
