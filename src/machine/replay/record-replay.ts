// Record and replay (`-icount rr=record|replay,rrfile=FILE`, QEMU's spelling). Board time
// counts instructions, so a run is a pure function of its starting state and of what
// reaches it from outside. Recording logs every such input at its position (record-file.ts);
// replaying starts from the same point and applies each input at the same position, while
// live input from the host is ignored. The board's run() asks this clock before every run
// (InputClock): a replay applies the inputs due then and cuts the run where the next is due.
//
// Inputs: bytes into a UART (console, TCP serial, `monitor uart`: all go through
// Pl011.receive), a debugger's writes to memory and registers and its single steps (one
// instruction of one PE, perhaps with interrupts held low). A write that takes effect in
// the middle of a run (a vCPU's, as it enters its guest) is held to the end of that run
// (writeAtRunEnd; the debugger ends the run there) and logged as made then. A stop between runs (Ctrl-C, a
// breakpoint) changes nothing else: the board's schedule is a function of instruction
// counts (virt.ts), so a run cut where an input is due goes on as the recorded one did.
// A position is the board's total instruction count with its time (a round where every PE
// sleeps moves time alone).
//
// Checks: each input line holds the registers hash where it was logged, and the end line
// the whole machine's hash; a replay compares them, and reports the first position where
// they differ.

import type { Cpu } from '../cpu/cpu.ts';
import { stepPe } from '../board/pe-step.ts';
import type { InputClock, VirtBoard } from '../board/virt.ts';
import { boardIdentity, identityMismatch, type BoardIdentity } from '../snapshot/snapshot.ts';
import { readRecordFile, RecordError, RecordWriter, type Position, type RecordEvent, type RecordInput, type RecordStart } from './record-file.ts';
import { machineHash, registersHash } from './state-hash.ts';

export type RecordMode = 'record' | 'replay';

/** What record/replay needs from the program around it. */
export interface RecordHooks {
  /** Writes GDB register `n` of PE `cpu` (the debugger's numbering). */
  writeRegister(cpu: Cpu, n: number, data: Uint8Array): boolean;
  /** Prints a line for the user (the server's stderr). */
  say(line: string): void;
  /** A replay reached the end of the record (`same`: the machine hash is the recorded one). */
  ended?(same: boolean): void;
}

/** Where the first divergence of a replay was seen. */
interface Divergence {
  readonly r: number;
  readonly t: number;
  readonly what: string;
}

export class RecordReplay implements InputClock {
  /** Board resets so far (board time starts again at each). */
  private epoch = 0;
  private writer: RecordWriter | null = null;
  private loggedCount = 0;
  private events: readonly RecordEvent[] = [];
  private pos = 0;
  private end: (Position & { fh: string }) | null = null;
  /** A replay reached the end of the record (or a record was finished). */
  finished = false;
  divergence: Divergence | null = null;
  private ignoredSaid = false;
  /** Register writes to make and log when the run ends (writeAtRunEnd). */
  private readonly heldWrites: Extract<RecordInput, { k: 'reg' }>[] = [];

  private constructor(
    private readonly board: VirtBoard,
    readonly mode: RecordMode,
    readonly file: string,
    private readonly hooks: RecordHooks,
  ) {}

  /** Starts recording into `file` from the board as it is now (booted, or restored by -loadvm). */
  static record(board: VirtBoard, file: string, start: Omit<RecordStart, 'state'>, hooks: RecordHooks): RecordReplay {
    const rr = new RecordReplay(board, 'record', file, hooks);
    try {
      rr.writer = new RecordWriter(file, { identity: boardIdentity(board), start: { ...start, state: registersHash(board) } });
    } catch (e) {
      throw new RecordError(`cannot write it: ${(e as Error).message}`);
    }
    board.uarts.forEach((u, n) => {
      u.inputHook = (d) => {
        rr.log({ k: 'uart', n, d: d.slice() });
        return true;
      };
    });
    board.inputClock = rr;
    return rr;
  }

  /**
   * Starts replaying `file` on the board as it is now, which must be the recorded starting
   * point. Throws a RecordError (one line, nothing changed) for a file that cannot be replayed here.
   */
  static replay(board: VirtBoard, file: string, start: Omit<RecordStart, 'state'>, hooks: RecordHooks): RecordReplay {
    const { header, events, end } = readRecordFile(file, { pes: board.cpus.length, uarts: board.uarts.length });
    const id = identityMismatch(header.identity as BoardIdentity, boardIdentity(board));
    if (id !== null) throw new RecordError(id.replace('it was saved', 'it was recorded'));
    const s = header.start;
    if (s.kind !== start.kind) {
      throw new RecordError(s.kind === 'snapshot' ? 'it was recorded from a snapshot: give the same -loadvm FILE' : 'it was recorded from boot, not from a snapshot: leave out -loadvm');
    }
    if (s.hash !== start.hash) {
      throw new RecordError(s.kind === 'snapshot' ? 'it was recorded from another snapshot' : 'it was recorded from other images or options (kernel, initrd, dtb, loaders, -append, -no-reboot)');
    }
    if (s.state !== registersHash(board)) throw new RecordError('the machine at its start differs from the recorded one (another version of zvm-gdbserver?)');
    const rr = new RecordReplay(board, 'replay', file, hooks);
    rr.events = events;
    rr.end = end;
    for (const u of board.uarts) {
      u.inputHook = () => {
        if (!rr.ignoredSaid) hooks.say(`replay: input from the host is ignored until the end of the record (${file})`);
        rr.ignoredSaid = true;
        return false;
      };
    }
    board.inputClock = rr;
    return rr;
  }

  /** Inputs in the record being replayed. */
  get inputsTotal(): number {
    return this.events.length;
  }

  private position(): Position {
    return { e: this.epoch, t: this.board.time, r: this.board.retired, h: registersHash(this.board) };
  }

  private log(input: Parameters<RecordWriter['write']>[1]): void {
    if (this.writer === null || this.finished) return;
    this.writer.write(this.position(), input);
    this.loggedCount++;
  }

  // ---- inputs from the debugger (the record side; a replay refuses them: refusal()) ----

  /** A debugger wrote `data` to physical address `pa`. */
  memoryWritten(pa: number, data: Uint8Array): void {
    this.log({ k: 'mem', pa, d: data.slice() });
  }

  /**
   * A debugger's input that may be refused by the machine (a register write): `apply`
   * makes it and says whether it was made; only then is it logged, at the position before.
   */
  loggedInput(apply: () => boolean, input: Parameters<RecordWriter['write']>[1]): boolean {
    if (this.writer === null || this.finished) return apply();
    const at = this.position();
    const ok = apply();
    if (ok) {
      this.writer.write(at, 'd' in input ? { ...input, d: input.d.slice() } : input);
      this.loggedCount++;
    }
    return ok;
  }

  /**
   * A write of GDB register `n` of PE `pe` with `d` that a record makes (and logs) at the end
   * of the current run or step, where a replay can stop: a debugger's write to a vCPU that
   * was not on a PE, which takes effect as the vCPU enters its guest, in the middle of a run.
   */
  writeAtRunEnd(pe: number, n: number, d: Uint8Array): void {
    this.heldWrites.push({ k: 'reg', pe, n, d: d.slice() });
  }

  /** A debugger is about to step PE `pe` alone (`masked`: its interrupt inputs held low). */
  stepping(pe: number, masked: boolean): void {
    this.log({ k: 'step', pe, m: masked });
  }

  /** Why `what` (a reset, restoring a snapshot, going back...) is refused now, or null. */
  refusal(what: string): string | null {
    if (this.finished) return null;
    return `${what} is refused while ${this.mode === 'record' ? 'recording' : 'replaying'} ${this.file} (a record follows one run forward from its start)`;
  }

  /** Why a debugger may not change the machine (a replay follows the record), or null. */
  writeRefusal(): string | null {
    return this.mode === 'replay' && !this.finished ? `replaying ${this.file}: the machine follows the record; GDB cannot write registers or memory until its end` : null;
  }

  // ---- InputClock ---------------------------------------------------------------------

  beforeRun(budget: number): number {
    if (this.mode !== 'replay' || this.finished) return budget;
    this.applyDue();
    if (this.finished) return 0; // the end of the record: this run stops there (ended() was told)
    const next = this.events[this.pos] ?? this.end!;
    // Runs count instructions retired (or the ticks of rounds where all sleep): cut at the
    // next input's count, or go one round on when only time must move.
    return next.e === this.epoch ? Math.min(budget, Math.max(1, next.r - this.board.retired)) : budget;
  }

  afterRun(): void {
    if (this.heldWrites.length === 0) return;
    const cpus = this.board.cpus;
    for (const w of this.heldWrites) this.loggedInput(() => this.hooks.writeRegister(cpus[w.pe], w.n, w.d), w);
    this.heldWrites.length = 0;
  }

  reset(): void {
    this.epoch++;
  }

  inputPending(): boolean {
    return this.mode === 'replay' && !this.finished;
  }

  // ---- replaying ----------------------------------------------------------------------

  private due(p: Position): boolean {
    const b = this.board;
    return p.e < this.epoch || (p.e === this.epoch && (p.r < b.retired || (p.r === b.retired && p.t <= b.time)));
  }

  /** Applies every input due now, checking the position and the registers hash of each. */
  private applyDue(): void {
    while (this.pos < this.events.length && this.due(this.events[this.pos])) {
      const ev = this.events[this.pos++];
      this.check(ev, `input ${this.pos}`);
      this.apply(ev);
    }
    if (this.pos === this.events.length && this.due(this.end!)) this.reachEnd();
  }

  private check(p: Position, what: string): boolean {
    const b = this.board;
    let why: string | null = null;
    if (p.e !== this.epoch || p.t !== b.time) why = `the replay passed ${what} (board time ${p.t} after ${p.e} reset(s)) without stopping there`;
    else if (p.r !== b.retired) why = `${b.retired} instructions retired at ${what}, where the record had ${p.r}`;
    else if (p.h !== registersHash(b)) why = `the registers or devices differ from the record's at ${what}`;
    if (why === null) return true;
    if (this.divergence === null) {
      this.divergence = { r: b.retired, t: b.time, what: why };
      this.hooks.say(`replay: diverged from the record at instruction count ${b.retired} (board time ${b.time}): ${why}`);
    }
    return false;
  }

  private apply(ev: RecordEvent): void {
    const b = this.board;
    switch (ev.k) {
      case 'uart':
        b.uarts[ev.n].accept(ev.d);
        break;
      case 'mem':
        b.bus.debugWrite(ev.pa, ev.d);
        break;
      case 'reg':
        this.hooks.writeRegister(b.cpus[ev.pe], ev.n, ev.d);
        break;
      case 'step':
        stepPe(b, ev.pe, ev.m, false);
        break;
      case 'end':
        break;
    }
  }

  /** The end of the record: the whole machine is compared; live input is taken again. */
  private reachEnd(): void {
    const end = this.end!;
    this.check(end, 'the end of the record');
    const hash = machineHash(this.board);
    const same = hash === end.fh && this.divergence === null;
    this.finished = true;
    for (const u of this.board.uarts) u.inputHook = null;
    this.hooks.say(
      `replay: end of the record ${this.file} at instruction count ${this.board.retired} (board time ${this.board.time}): state hash ${hash}, ` +
        (hash !== end.fh
          ? `the record's was ${end.fh}: the replay diverged`
          : `the same as recorded${this.divergence === null ? '' : ` (though it differed from the record at instruction count ${this.divergence.r})`}`) +
        '; input from the host is taken again',
    );
    this.hooks.ended?.(same);
  }

  /**
   * At process exit: a record writes its end line (the whole machine's hash); a replay
   * standing at the end of the record checks it, else says how far it got.
   */
  finish(): void {
    if (this.finished) return;
    if (this.mode === 'record') {
      this.writer?.end(this.position(), machineHash(this.board));
      this.finished = true;
      return;
    }
    if (this.pos === this.events.length && this.end !== null && this.end.e === this.epoch && this.end.t === this.board.time) this.reachEnd();
    else this.hooks.say(`replay: stopped at instruction count ${this.board.retired}, before the end of the record (input ${this.pos} of ${this.events.length} applied)`);
  }

  /** `info replay`: mode, file, position, inputs, the whole machine's hash, divergence. */
  info(): string {
    const b = this.board;
    const inputs =
      this.mode === 'record'
        ? `inputs logged: ${this.loggedCount}`
        : `inputs consumed: ${this.pos}, remaining: ${this.events.length - this.pos}${this.finished ? ' (the end of the record was reached: live input now)' : ''}`;
    const d = this.divergence;
    return (
      `${this.mode === 'record' ? 'recording' : 'replaying'} ${this.file}${this.finished && this.mode === 'record' ? ' (finished)' : ''}\n` +
      `instruction count: ${b.retired} (board time ${b.time}, ${this.epoch} reset(s))\n` +
      `${inputs}\n` +
      `state hash: ${machineHash(b)}\n` +
      (this.mode === 'replay' ? `divergence: ${d === null ? 'none seen' : `at instruction count ${d.r} (board time ${d.t}): ${d.what}`}\n` : '')
    );
  }
}
