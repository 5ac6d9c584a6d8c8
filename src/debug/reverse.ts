// Reverse execution (GDB's reverse-stepi, reverse-continue...) by deterministic re-execution.
//
// Time on the board is instructions retired, and the board's schedule of its PEs depends
// on instruction counts only, not on where runs stop (virt.ts), so a run with no input
// from outside is a pure function of its starting state, with one PE or several. While
// GDB runs the board, the history keeps in-memory checkpoints (whole-machine snapshots,
// taken at run-slice ends) and a journal of what changed the course of the run besides
// running: each single step the debugger made (which PE, with its interrupt inputs held
// low or not). Going back restores the newest checkpoint before the target and runs
// forward to it, replaying the journal on the way. A position is the count of
// instructions retired by all PEs.
//
// With several PEs, going back one instruction is one instruction of the PE of the
// thread GDB steps: the board goes to the position just before that PE retired its last
// instruction, where the schedule has it next; the other PEs are as they were there
// (going back past their own instructions since, when the PE's last instruction was in an
// earlier turn). reverse-continue goes to the last hit on any PE.
//
// Limits, said where they bite:
// - Input from outside (UART bytes, GDB writing registers or memory, a restored snapshot,
//   anything that moved the board while GDB did not run it) starts the history afresh at
//   that point: going back stops there.
// - The first checkpoint copies the RAM pages that are not zero, each later one only the
//   pages written since the one before (ram-deltas.ts). Memory is bounded by `memoryLimit`,
//   oldest dropped first (merged into the next). A checkpoint is taken at the end of a run
//   slice when the run since the last took 20 times what a capture takes (median of the
//   last few: about 5 % of the run time), 1 M instructions apart at least and 4 M at most.

import type { BoardEvent, PeLimit, VirtBoard } from '../machine/board/virt.ts';
import { restoreBoardState, saveBoardState, type BoardState } from '../machine/snapshot/snapshot.ts';
import { deltaBytes, RamDeltas, type RamDelta } from './ram-deltas.ts';
import { Errno, TargetError } from '../rsp/target.ts';

/** Default bound of the checkpoints' memory (`--reverse-memory`, MiB). */
export const DEFAULT_REVERSE_MEMORY_MB = 256;

/** Run time between checkpoints, as a multiple of the time a checkpoint takes. */
const RUN_PER_CHECKPOINT = 20;
/** Fewest instructions between checkpoints. */
const MIN_INTERVAL = 1_000_000;
/**
 * Most instructions between checkpoints, whatever they cost: going back searches and
 * re-executes from the checkpoint before the target, so a far one makes it slow.
 */
const MAX_INTERVAL = 4_000_000;
/** Captures whose median time spaces the checkpoints (one slow capture, a GC pause, does not). */
const CAPTURE_TIMES = 5;
/** Bytes a snapshot holds besides RAM and flash (registers, GIC, timers), roughly. */
const SNAPSHOT_OVERHEAD = 64 * 1024;
/** reverse continue checks the last this many instructions first, then 8 times more each time. */
const FIRST_SEARCH = 65536;
/** Going back further than this, a checkpoint is taken this far before the target. */
const NEAR = 100_000;
const SEARCH_GROWTH = 8;

interface Checkpoint {
  readonly g: number;
  /** Everything but RAM. */
  readonly state: BoardState;
  readonly ram: RamDelta;
  bytes: number;
  /** Instructions each PE had retired. */
  readonly peRetired: readonly number[];
  /** Index in the journal of the first entry made after it. */
  journalPos: number;
}

/** A single step the debugger made of PE `pe` at position `g`. */
interface JournalEntry {
  readonly g: number;
  readonly pe: number;
  readonly masked: boolean;
}

/** A breakpoint or watchpoint hit on PE `pe` found going back: the position to stop at and why. */
export type ReverseHit =
  | { readonly kind: 'breakpoint'; readonly g: number; readonly pe: number }
  | { readonly kind: 'watchpoint'; readonly g: number; readonly pe: number; readonly addr: bigint; readonly watch: 'watch' | 'rwatch' | 'awatch' };

/** A search for hits: checked from position `from` on; the last hit found so far. */
interface Search {
  readonly from: number;
  last: ReverseHit | null;
}

/** Where a reverse operation ended. */
export interface ReverseResult {
  /** The start of the history was reached (nothing earlier to go to). */
  readonly atBegin: boolean;
  /** reverse continue: the hit it stopped at. */
  readonly hit?: ReverseHit;
  /** The board stopped on its own while re-executing (halt, power-off): history ends there. */
  readonly event?: BoardEvent;
}

/** What the history needs from the debugger around it. */
export interface ReverseHost {
  /** One step as the run core made it (see RunCore.replayStep). */
  replayStep(pe: number, masked: boolean, checkDebugPoints: boolean): BoardEvent | null;
  /** A breakpoint hit on PE `pe` stops it for GDB (its address space is the one running). */
  breakpointApplies(pe: number): boolean;
  /** The board asked for a reset while re-executing: do what the run did then. */
  resetBoard(): void;
}

export class ReverseHistory {
  private checkpoints: Checkpoint[] = [];
  private journal: JournalEntry[] = [];
  /** Position and board time when the history last saw the board; -1: no history. */
  private lastG = -1;
  private lastTime = 0;
  /** Count of outside inputs when the history last saw the board. */
  private seenInputs = 0;
  /** GDB's writes and restored snapshots (UART bytes are counted by the UARTs). */
  private inputs = 0;
  private bytes = 0;
  /** Run time since the last checkpoint (ms). */
  private runMs = 0;
  /** The last CAPTURE_TIMES captures' times (ms), a ring; how many were recorded. */
  private readonly captureMs = new Float64Array(CAPTURE_TIMES);
  private captures = 0;
  private sliceStart = 0;
  /** True while the history moves the board itself (restores and re-executes). */
  replaying = false;
  private readonly ram: RamDeltas;

  constructor(
    private readonly board: VirtBoard,
    private readonly host: ReverseHost,
    /** Bound of the checkpoints' memory, bytes. */
    readonly memoryLimit: number,
  ) {
    this.ram = new RamDeltas(board.bus);
  }

  /** Checkpoints kept, their bytes and the positions they span (`monitor info reverse`, tests). */
  get stats(): { checkpoints: number; bytes: number; oldest: number; journal: number } {
    return { checkpoints: this.checkpoints.length, bytes: this.bytes, oldest: this.checkpoints[0]?.g ?? -1, journal: this.journal.length };
  }

  /** Something from outside changed the machine (GDB wrote registers or memory, a snapshot was restored). */
  input(): void {
    if (!this.replaying) this.inputs++;
  }

  private inputCount(): number {
    let n = this.inputs;
    for (const u of this.board.uarts) n += u.received;
    return n;
  }

  /**
   * Before GDB runs the board or goes back: if anything changed it since the history last
   * saw it (an input, or the board ran or reset without the history), the history starts
   * again here with one checkpoint.
   */
  sync(): void {
    // Reverse execution off: nothing is recorded.
    if (this.memoryLimit === 0) return;
    const b = this.board;
    if (this.lastG === b.retired && this.lastTime === b.time && this.seenInputs === this.inputCount()) return;
    this.checkpoints = [];
    this.journal = [];
    this.bytes = 0;
    this.checkpoint();
  }

  /** Before a run slice of GDB's (its time is measured to space the checkpoints). */
  beforeSlice(): void {
    this.sliceStart = performance.now();
  }

  /** The run core is about to step PE `pe` alone. */
  beforeStep(pe: number, masked: boolean): void {
    if (this.lastG < 0 || this.replaying) return;
    this.journal.push({ g: this.board.retired, pe, masked });
  }

  /** After a run slice or a step of GDB's: a checkpoint when due. */
  afterOp(): void {
    if (this.lastG < 0 || this.replaying) return;
    const b = this.board;
    if (b.retired < this.lastG || this.seenInputs !== this.inputCount()) {
      // A reset of the history's own making is impossible here: the board went backwards
      // (a restore) or took input mid-run. Start again from here.
      this.lastG = -1;
      this.sync();
      return;
    }
    if (this.sliceStart > 0) this.runMs += performance.now() - this.sliceStart;
    this.sliceStart = 0;
    const last = this.checkpoints.at(-1);
    const since = last === undefined ? Infinity : b.retired - last.g;
    if (since >= MAX_INTERVAL || (since >= MIN_INTERVAL && this.runMs >= RUN_PER_CHECKPOINT * this.captureCost())) this.checkpoint();
    else this.seen();
  }

  /** Ends the history (non-stop mode, detach): nothing is kept. */
  clear(): void {
    this.checkpoints = [];
    this.journal = [];
    this.bytes = 0;
    this.lastG = -1;
    this.ram.stop();
  }

  private seen(): void {
    this.lastG = this.board.retired;
    this.lastTime = this.board.time;
    this.seenInputs = this.inputCount();
  }

  private checkpoint(journalPos = this.journal.length): Checkpoint {
    const t0 = performance.now();
    const state = saveBoardState(this.board);
    const ram = this.ram.capture(this.deltas());
    // A full capture (the history's first, or after a reset loaded the images again) reads
    // all of RAM, the first time with a page fault for each page (over a second for 3 GiB):
    // only the deltas' times set the spacing.
    if (!ram.full) this.captureMs[this.captures++ % CAPTURE_TIMES] = performance.now() - t0;
    this.runMs = 0;
    const bytes = deltaBytes(ram) + SNAPSHOT_OVERHEAD + flashBytes(state);
    const c: Checkpoint = { g: state.retired, state, ram, bytes, peRetired: this.board.cpus.map((cpu) => cpu.retired), journalPos };
    this.checkpoints.push(c);
    this.bytes += bytes;
    // Oldest first, but the newest always stays (it is where the history starts).
    while (this.bytes > this.memoryLimit && this.checkpoints.length > 1) this.dropOldest();
    this.seen();
    return c;
  }

  /** The median time of the last captures (ms). */
  private captureCost(): number {
    const n = Math.min(this.captures, CAPTURE_TIMES);
    if (n === 0) return 0;
    const times = this.captureMs.slice(0, n).sort();
    return times[n >> 1];
  }

  private deltas(): RamDelta[] {
    return this.checkpoints.map((k) => k.ram);
  }

  /** Drops the oldest checkpoint; its RAM pages the next lacks go to the next (which holds every page then). */
  private dropOldest(): void {
    const freed = this.ram.mergeOldest(this.deltas());
    const c = this.checkpoints.shift()!;
    const next = this.checkpoints[0]!;
    const before = next.bytes;
    next.bytes += c.bytes - SNAPSHOT_OVERHEAD - flashBytes(c.state) - freed;
    this.bytes += next.bytes - before - c.bytes;
    const cut = this.checkpoints[0]!.journalPos;
    this.journal.splice(0, cut);
    for (const k of this.checkpoints) k.journalPos -= cut;
  }

  private refuseUnlessPossible(): void {
    if (this.memoryLimit === 0) throw new TargetError(Errno.EPERM, 'reverse execution is off (--reverse-memory 0)');
    const c = this.checkpoints[0];
    if (c !== undefined && c.bytes > this.memoryLimit) {
      throw new TargetError(Errno.ENOSPC, `a checkpoint of this machine takes ${mib(c.bytes)} MiB, more than --reverse-memory ${mib(this.memoryLimit)}: give more`);
    }
  }

  /** Goes back one instruction of PE `pe` (the others to where they were then; see above). */
  stepBack(pe: number): ReverseResult {
    this.refuseUnlessPossible();
    this.sync();
    const target = this.beforeLastOf(pe);
    if (target < this.checkpoints[0]!.g) return { atBegin: true };
    const event = this.goTo(target);
    return { atBegin: false, ...(event && { event }) };
  }

  /**
   * The position just before PE `pe` retired its last instruction, where the schedule has
   * it next (-1: not in the history). Found by re-executing from the newest checkpoint
   * where the PE had retired fewer, with the board stopping before the PE retires that one.
   */
  private beforeLastOf(pe: number): number {
    const b = this.board;
    const g = b.retired;
    if (b.cpus.length === 1) return g - 1;
    // In the PE's turn, and no other PE stepped since its last instruction: the one before.
    const last = this.journal.at(-1);
    if (b.scheduledPe === pe && b.turnUsed > 0 && !(last !== undefined && last.g === g - 1 && last.pe !== pe)) return g - 1;
    const r = b.cpus[pe]!.retired;
    let i = this.checkpoints.length - 1;
    while (i >= 0 && this.checkpoints[i]!.peRetired[pe]! >= r) i--;
    if (i < 0) return -1;
    this.replay(this.checkpoints[i]!, g, null, { pe, retired: r - 1 });
    return b.retired;
  }

  /**
   * Goes back to the last breakpoint or watchpoint hit before the current position (GDB's
   * breakpoints and watchpoints as they are now), searching the checkpoint intervals from
   * the newest; at the start of the history when there is none. A watchpoint hit stops
   * after the access (GDB steps back over it itself, as over a forward hit).
   */
  continueBack(): ReverseResult {
    this.refuseUnlessPossible();
    this.sync();
    const now = this.board.retired;
    for (let i = this.checkpoints.length - 1; i >= 0; i--) {
      const c = this.checkpoints[i]!;
      if (c.g >= now) continue;
      const end = Math.min(now, this.checkpoints[i + 1]?.g ?? now);
      const hit = this.lastHit(c, end);
      if (hit !== null) {
        const event = this.goTo(hit.kind === 'watchpoint' ? hit.g + 1 : hit.g);
        return { atBegin: false, hit, ...(event && { event }) };
      }
    }
    const event = this.goTo(this.checkpoints[0]!.g);
    return { atBegin: true, ...(event && { event }) };
  }

  /** Restores the newest checkpoint at or before `target` and runs forward to it; the future after it is forgotten. */
  private goTo(target: number): BoardEvent | undefined {
    let i = this.checkpoints.length - 1;
    while (i > 0 && this.checkpoints[i]!.g > target) i--;
    const c = this.checkpoints[i]!;
    // Restored while the later checkpoints are there (their RAM deltas say what to put back).
    this.restore(c);
    // What came after is the future of another run now.
    this.checkpoints.length = i + 1;
    this.bytes = this.checkpoints.reduce((n, k) => n + k.bytes, 0);
    let event: BoardEvent | null = null;
    let from = c;
    if (target - c.g > NEAR) {
      // A checkpoint a little before the target: the reverse-stepi that usually follows
      // re-executes from there, not from the far one.
      event = this.replay(c, target - NEAR, null);
      if (event === null) from = this.checkpoint(this.firstUnapplied(c.journalPos, this.board.retired));
    }
    if (event === null) event = this.replay(from, target, null);
    // Where the next PE's turn has begun, as a run stopped by a hit is (a spent budget ends
    // a run before it): the PE to step back next is then the one the schedule has next.
    if (event === null && this.board.retired === target) this.board.beginTurn();
    const g = this.board.retired;
    let keep = this.journal.length;
    while (keep > c.journalPos && this.journal[keep - 1]!.g >= g) keep--;
    this.journal.length = keep;
    this.seen();
    return event ?? undefined;
  }

  /** The index of the first journal entry from `k` on that a replay to `g` does not apply. */
  private firstUnapplied(k: number, g: number): number {
    while (k < this.journal.length && this.journal[k]!.g < g) k++;
    return k;
  }

  /**
   * The last hit in [c.g, end). Each hit costs a return from the run loop, and a watched
   * variable may be written every few instructions: the last FIRST_SEARCH instructions are
   * checked first, then 8 times more before them each time (re-executing up to there
   * unchecked, which is fast), until a hit or the checkpoint.
   */
  private lastHit(c: Checkpoint, end: number): ReverseHit | null {
    let hi = end;
    for (let size = FIRST_SEARCH; ; size *= SEARCH_GROWTH) {
      const from = Math.max(c.g, hi - size);
      const search: Search = { from, last: null };
      this.replay(c, hi, search);
      if (search.last !== null) return search.last;
      if (from === c.g) return null;
      hi = from;
    }
  }

  /**
   * Restores `c` and re-executes to position `target`, replaying the journal. With a
   * search, breakpoints and watchpoints are checked from its position on, and each hit is
   * recorded (the last is kept) and passed. With a limit, it stops earlier where the
   * schedule has the limit's PE next with its count retired (the step of that PE next, if
   * the journal has it).
   * UART output is muted (it was shown the first time). Returns a board event that ended
   * the run early (halt, power-off), or null.
   */
  private replay(c: Checkpoint, target: number, search: Search | null, limit?: PeLimit): BoardEvent | null {
    this.replaying = true;
    for (const u of this.board.uarts) u.muted = true;
    const b = this.board;
    try {
      this.restore(c);
      for (let k = c.journalPos; k < this.journal.length; k++) {
        const e = this.journal[k]!;
        if (e.g >= target) break;
        const ev = this.runTo(e.g, search, limit);
        if (ev !== null) return ev;
        if (limit !== undefined && b.cpus[limit.pe]!.retired >= limit.retired && (b.retired < e.g || e.pe === limit.pe)) return null;
        this.replayJournalStep(e.pe, e.masked, search !== null && b.retired >= search.from ? search : null);
      }
      return this.runTo(target, search, limit);
    } finally {
      for (const u of this.board.uarts) u.muted = false;
      this.replaying = false;
    }
  }

  /** Makes the board what it was at checkpoint `c`. */
  private restore(c: Checkpoint): void {
    const k = this.checkpoints.indexOf(c);
    const was = this.replaying;
    this.replaying = true; // not an input from outside
    try {
      restoreBoardState(this.board, c.state, () => this.ram.restore(this.deltas(), k));
    } finally {
      this.replaying = was;
    }
  }

  /** A journaled step; when searching, a breakpoint or watchpoint at it is a hit first. */
  private replayJournalStep(pe: number, masked: boolean, search: Search | null): void {
    if (search === null) {
      this.host.replayStep(pe, masked, false);
      return;
    }
    const g = this.board.retired;
    const cpu = this.board.cpus[pe];
    cpu.skipBreakpointOnce = false;
    const ev = this.host.replayStep(pe, masked, true);
    if (ev?.kind !== 'breakpoint' && ev?.kind !== 'watchpoint') return; // that was the step
    if (ev.kind === 'breakpoint' && this.host.breakpointApplies(pe)) search.last = { kind: 'breakpoint', g, pe };
    // Nothing executed: step again as the run did, as if the probe had not been.
    cpu.hitBreakpoint = false;
    cpu.watchHit = null;
    this.host.replayStep(pe, masked, false);
    if (ev.kind === 'watchpoint' && ev.hit.space === 'va' && this.board.retired === g + 1) search.last = { kind: 'watchpoint', g, pe, addr: ev.hit.addr, watch: ev.hit.kind };
  }

  /**
   * Runs the board to position `g` exactly (a run's budget is instructions retired by all
   * PEs), or with a limit until the board stops there. With a search, breakpoint and
   * watchpoint hits from its position on are recorded and passed. Returns an event that
   * ends the run (halt, power-off), else null.
   */
  private runTo(g: number, search: Search | null, limit?: PeLimit): BoardEvent | null {
    const b = this.board;
    if (search !== null && b.retired < search.from) {
      const ev = this.runTo(Math.min(g, search.from), null, limit);
      if (ev !== null) return ev;
    }
    while (b.retired < g) {
      if (limit !== undefined && b.scheduledPe === limit.pe && b.cpus[limit.pe]!.retired >= limit.retired) return null;
      if (b.asleepUntil() === Infinity) return null; // nothing will ever wake the PEs
      const ev = b.run(g - b.retired, search !== null, undefined, limit);
      if (ev === null || ev.kind === 'request') continue;
      if (ev.kind === 'reset') {
        this.host.resetBoard();
        continue;
      }
      if (ev.kind === 'breakpoint' || ev.kind === 'watchpoint') {
        const pe = ev.cpu;
        const cpu = b.cpus[pe]!;
        const at = b.retired;
        if (ev.kind === 'breakpoint') {
          if (this.host.breakpointApplies(pe)) search!.last = { kind: 'breakpoint', g: at, pe };
          cpu.skipBreakpointOnce = true;
        } else {
          // The access, without the watchpoint, as the PE's next instruction in its turn (an
          // interrupt taken first makes it later).
          cpu.watchHit = null;
          b.step(pe, false);
          if (ev.hit.space === 'va' && b.retired === at + 1) search!.last = { kind: 'watchpoint', g: at, pe, addr: ev.hit.addr, watch: ev.hit.kind };
        }
        continue;
      }
      return ev;
    }
    return null;
  }
}

function flashBytes(state: BoardState): number {
  let n = 0;
  for (const p of state.flash?.values() ?? []) n += p.byteLength;
  return n;
}

function mib(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
