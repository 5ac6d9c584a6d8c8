// The `virt` board: RAM, PEs, devices and PSCI, put together from the memory map, plus the
// deterministic run loop that interleaves the PEs.

import { Bus } from '../bus/bus.ts';
import { Cpu, type Halt, type WatchHit } from '../cpu/cpu.ts';
import { a64Decoder } from '../cpu/insns/index.ts';
import { cpuModel } from '../cpu/sysregs.ts';
import { Pl011 } from '../uart/pl011.ts';
import { MAX_CPUS, spiIntid, VIRT_MAP, VIRT_PPI, VIRT_UARTS } from './memory-map.ts';
import { GicV3 } from '../gic/gicv3.ts';
import { TIMER_PPI } from '../timer/generic-timer.ts';
import { INT_FIQ, INT_IRQ, INT_VFIQ, INT_VIRQ } from '../cpu/interrupts.ts';
import { handlePsciCall, type PsciPlatform } from './psci.ts';

export type CpuModel = 'cortex-a53' | 'cortex-a55' | 'max';

export interface VirtConfig {
  ramSize: number;
  smp: number;
  cpu: CpuModel;
  /** EL2 present: the boot EL is 2 and PSCI uses SMC. */
  virtualization: boolean;
  /** One output sink per UART; the first is UART0. */
  serial: ((byte: number) => void)[];
}

/**
 * Why a debugger asked for a stop (requestStop): from the hook of a PE entering a guest
 * (e.g. a vCPU to step, or one the debugger keeps stopped), or of a PE taking an exit from
 * a guest to EL2 (a trap catchpoint).
 */
export type StopRequest = 'guest-entry' | 'guest-exit';

/**
 * Record/replay (src/machine/replay): the board tells it where run() starts and when it
 * moves in a way that is not a consequence of the machine state, so that inputs from
 * outside logged at a board time are applied exactly there on replay.
 */
export interface InputClock {
  /** Before a run: applies the logged inputs due now; returns `budget`, cut to end where the next one is due. */
  beforeRun(budget: number): number;
  /** The board was reset: its time starts again at 0. */
  reset(): void;
  /** A replay has inputs left to apply (an idle board is then not waiting for the host). */
  inputPending(): boolean;
  /** After a run or a debugger's step (stepPe), where a replay can stop: a record logs inputs held for then. */
  afterRun(): void;
}

/** Something that made the board stop running, and why. */
export type BoardEvent =
  | { kind: 'poweroff' }
  | { kind: 'reset' }
  | { kind: 'halt'; cpu: number; halt: Halt }
  | { kind: 'breakpoint'; cpu: number }
  | { kind: 'request'; cpu: number; why: StopRequest }
  /** A watched access (not made yet); `hit` says which, and whether the watchpoint was on a physical address. */
  | { kind: 'watchpoint'; cpu: number; addr: bigint; watch: 'watch' | 'rwatch' | 'awatch'; hit: WatchHit };

/** One line describing why the board stopped, for reports. */
/** VirtBoard.counters(): event counts since the board was created. */
export interface BoardCounters {
  retired: number;
  /** Page-table walks on TLB misses of data accesses and of instruction fetches. */
  dataWalks: number;
  fetchWalks: number;
  /** Device register reads and writes (bus accesses that reached an MMIO region, not RAM). */
  mmioReads: number;
  mmioWrites: number;
  /** Translations made by loads and stores (TLB fast path or full path). */
  dataAccesses: number;
}

export function describeEvent(ev: BoardEvent): string {
  switch (ev.kind) {
    case 'poweroff':
      return 'system powered off';
    case 'reset':
      return 'system reset requested';
    case 'breakpoint':
      return `CPU ${ev.cpu} reached a breakpoint`;
    case 'request':
      return `CPU ${ev.cpu} stopped for the debugger (${ev.why})`;
    case 'watchpoint':
      return `CPU ${ev.cpu} hit a watchpoint at 0x${ev.addr.toString(16)}`;
    case 'halt': {
      const h = ev.halt;
      const pc = 'pc' in h ? ` at pc 0x${h.pc.toString(16)}` : '';
      if (h.kind === 'undefined') {
        return `CPU ${ev.cpu}: undefined instruction 0x${h.insn.toString(16).padStart(8, '0')}${pc} (${h.row === 'UNALLOCATED' ? 'unallocated encoding' : `${h.row} is not implemented`})`;
      }
      if (h.kind === 'fault') return `CPU ${ev.cpu}: ${h.message}${pc}`;
      return `CPU ${ev.cpu} stopped (${h.kind})`;
    }
  }
}

/** Instructions each PE runs before the next one gets its turn (when several are on). */
const SMP_QUANTUM = 1000;
/** A round's length with one PE (timer events end it earlier): board time advances at
 *  round ends, so this is its granularity while the PE runs. */
const ONE_PE_QUANTUM = 1 << 16;
/** Where ticksToTimerEvent() stops counting: beyond any quantum, and a small integer. */
const TIMER_HORIZON = 1 << 30;
/** A PE of run()'s `limit`: it stops before retiring more than `retired` instructions in all. */
export interface PeLimit {
  readonly pe: number;
  readonly retired: number;
}

export class VirtBoard implements PsciPlatform {
  readonly bus: Bus;
  readonly cpus: Cpu[];
  readonly uarts: Pl011[];
  /** Power state of each PE (PSCI). */
  readonly powered: boolean[];
  readonly gic: GicV3;
  /** A power-off or reset the board must act on (never overwritten by a debugger's request). */
  private pending: BoardEvent | null = null;
  /** A debugger's stop request (requestStop), reported after `pending`. */
  private request: BoardEvent | null = null;

  // The schedule (see run()): a function of instruction counts only, never of where a run
  // stops. Saved in snapshots (board-parts.ts), so a restored board goes on the same way.
  /** The PE whose turn it is in the current round; -1 between rounds. */
  private turn = -1;
  /** Instructions PE `turn` may still retire in its turn; -1 before its turn began. */
  private turnLeft = -1;
  /** The current round's quantum (instructions per turn). */
  private quantum = 0;
  /** The longest a PE that went to sleep in WFI this round lets time pass, ticks. */
  private roundSlept = 0;
  /** Record/replay's clock (null: neither records nor replays). */
  inputClock: InputClock | null = null;

  constructor(readonly config: VirtConfig) {
    if (config.smp < 1 || config.smp > MAX_CPUS) throw new Error(`-smp must be 1..${MAX_CPUS}`);
    this.bus = new Bus(VIRT_MAP.ram.base, config.ramSize);
    const decoder = a64Decoder();
    this.cpus = [];
    this.powered = [];
    for (let i = 0; i < config.smp; i++) {
      const cpu = new Cpu(this.bus, decoder, i);
      cpu.model = cpuModel(config.cpu, config.virtualization);
      cpu.firmwareCall = (c, conduit) => this.firmwareCall(c, conduit);
      this.cpus.push(cpu);
      this.powered.push(false);
    }
    for (const cpu of this.cpus) cpu.peers = this.cpus;
    this.gic = new GicV3({ cpus: config.smp });
    this.bus.map(VIRT_MAP.gicDistributor.base, VIRT_MAP.gicDistributor.size, this.gic.distributor);
    this.bus.map(VIRT_MAP.gicRedistributors.base, VIRT_MAP.gicRedistributors.size, this.gic.redistributorRegion);
    this.cpus.forEach((cpu, i) => {
      cpu.gic = this.gic.cpuInterfaces[i];
      cpu.timer.irq.forEach((line, t) => this.gic.connectPpi(i, line, TIMER_PPI[t]));
      this.gic.connectPpi(i, cpu.pmu.irq, VIRT_PPI.pmu);
    });
    this.gic.onOutputChange = (pe) => {
      const ci = this.gic.cpuInterfaces[pe];
      const cpu = this.cpus[pe];
      cpu.setInterruptLine(INT_IRQ, ci.irqPending);
      cpu.setInterruptLine(INT_FIQ, ci.fiqPending);
      cpu.setInterruptLine(INT_VIRQ, ci.vIrqPending);
      cpu.setInterruptLine(INT_VFIQ, ci.vFiqPending);
    };
    this.uarts = config.serial.slice(0, VIRT_UARTS.length).map((sink, i) => {
      const uart = new Pl011(`uart${i}`, sink);
      this.bus.map(VIRT_UARTS[i].base, VIRT_UARTS[i].size, uart);
      this.gic.connectSpi(uart.irq, spiIntid(VIRT_UARTS[i]));
      return uart;
    });
  }

  get bootEL(): number {
    return this.config.virtualization ? 2 : 1;
  }

  /** Puts every PE in its reset state; only CPU 0 is powered, at `entry` with X0 = `x0`. */
  reset(entry: bigint, x0 = 0n): void {
    this.bus.reset();
    this.cpus.forEach((cpu, i) => {
      this.resetCpu(cpu, i === 0 ? entry : 0n, i === 0 ? x0 : 0n);
      this.powered[i] = i === 0;
    });
    this.pending = null;
    this.request = null;
    this.time = 0;
    this.inputClock?.reset();
    this.turn = -1;
    this.turnLeft = -1;
  }

  private resetCpu(cpu: Cpu, entry: bigint, x0: bigint): void {
    cpu.x.fill(0);
    cpu.vreg.fill(0);
    cpu.sys.reset();
    cpu.halt = null;
    cpu.exclusiveAddr = -1;
    cpu.waitingForInterrupt = false;
    cpu.timer.reset();
    cpu.pmu.reset();
    cpu.selfDebug.update();
    cpu.pstateSS = 0;
    cpu.el = this.bootEL;
    cpu.spSel = 1;
    cpu.setPstate(0x3c1 | (this.bootEL << 2)); // DAIF masked, ELxh (SPSel = 1)
    cpu.mmu.tlb.invalidateAll();
    cpu.controlsChanged();
    cpu.setPC(entry);
    cpu.setX(0, x0);
  }

  // ---- PSCI platform -----------------------------------------------------------------

  private firmwareCall(cpu: Cpu, conduit: 'hvc' | 'smc'): boolean {
    if (conduit !== (this.config.virtualization ? 'smc' : 'hvc')) return false;
    handlePsciCall(cpu, this);
    return true;
  }

  cpuByMpidr(mpidr: bigint): number {
    const aff = mpidr & 0xff_00ff_ffffn;
    return aff < BigInt(this.cpus.length) ? Number(aff) : -1;
  }

  isOn(cpu: number): boolean {
    return this.powered[cpu];
  }

  powerOn(cpu: number, entry: bigint, context: bigint): void {
    this.resetCpu(this.cpus[cpu], entry, context);
    this.powered[cpu] = true;
  }

  powerOff(cpu: number): void {
    this.powered[cpu] = false;
    this.cpus[cpu].yieldRequest = true;
  }

  systemOff(): void {
    this.pending = { kind: 'poweroff' };
    for (const c of this.cpus) c.yieldRequest = true;
  }

  /**
   * Ends run() once PE `cpu` (the one running now, e.g. from a guest-entry hook) finishes
   * its current block, with a 'request' event saying `why`.
   */
  requestStop(cpu: number, why: StopRequest): void {
    this.request = { kind: 'request', cpu, why };
    this.cpus[cpu].yieldRequest = true;
  }

  systemReset(): void {
    this.pending = { kind: 'reset' };
    for (const c of this.cpus) c.yieldRequest = true;
  }

  // ---- running -----------------------------------------------------------------------

  /** Instructions retired by all PEs. */
  get retired(): number {
    let n = 0;
    for (const c of this.cpus) n += c.retired;
    return n;
  }

  /**
   * Event counts since the board was created, summed over the PEs: instructions retired,
   * page-table walks on TLB misses (data accesses, instruction fetches), device register
   * accesses (MMIO reads, writes) and data accesses (loads and stores, each translation
   * counted; see Cpu.dataAccesses). For --stats and the benchmarks; none costs per access.
   */
  counters(): BoardCounters {
    const k = { retired: 0, dataWalks: 0, fetchWalks: 0, mmioReads: this.bus.mmioReads, mmioWrites: this.bus.mmioWrites, dataAccesses: 0 };
    for (const c of this.cpus) {
      k.retired += c.retired;
      k.dataWalks += c.mmu.dataWalks;
      k.fetchWalks += c.mmu.fetchWalks;
      k.dataAccesses += c.dataAccesses;
    }
    return k;
  }

  /**
   * Board time in ticks of the 62.5 MHz system counter. PEs run in rounds: every powered PE
   * gets a slice of the same length starting at the same board time, so their counters
   * never go backwards and differ by less than one slice. A PE asleep in WFI lets time
   * pass; when all are asleep, time skips to the next timer event.
   */
  time = 0;

  /** Starts every PE's counter at the current board time. */
  private syncClocks(): void {
    for (const c of this.cpus) {
      c.timeBase = this.time;
      c.sliceStart = c.retired;
    }
  }

  /** The earliest board time at which a timer output of a powered PE changes. */
  private nextTimerEvent(): number {
    let t = Infinity;
    for (let i = 0; i < this.cpus.length; i++) {
      if (!this.powered[i]) continue;
      const n = Math.min(this.cpus[i].timer.nextEventTicks(), this.cpus[i].pmu.nextEventTicks());
      if (n < t) t = n;
    }
    return t;
  }

  /**
   * Board ticks from now to nextTimerEvent() (<= 0: due), at most TIMER_HORIZON. For every
   * round: a small integer, where the event's board time, past 2^31 ticks (34 s), is a double
   * that returning would allocate as a heap number.
   */
  private ticksToTimerEvent(): number {
    let t = TIMER_HORIZON;
    for (let i = 0; i < this.cpus.length; i++) {
      if (!this.powered[i]) continue;
      const n = Math.min(this.cpus[i].timer.nextEventTicks(), this.cpus[i].pmu.nextEventTicks()) - this.time;
      if (n < t) t = n;
    }
    return t;
  }

  private updateTimers(): void {
    for (let i = 0; i < this.cpus.length; i++) {
      if (!this.powered[i]) continue;
      this.cpus[i].timer.update();
      this.cpus[i].pmu.update();
    }
  }

  /** A PE runs when powered, selected, and not asleep in WFI without a pending interrupt. */
  private canRun(i: number, only: readonly number[] | undefined): boolean {
    if (!this.powered[i] || (only !== undefined && !only.includes(i))) return false;
    const cpu = this.cpus[i];
    if (cpu.waitingForInterrupt) {
      if (!cpu.interruptPending()) return false;
      cpu.waitingForInterrupt = false;
    }
    return true;
  }

  /** The event that stops the board after PE `i` ran, if any. */
  private eventAfter(i: number): BoardEvent | null {
    if (this.pending !== null) {
      const ev = this.pending;
      this.pending = null;
      return ev;
    }
    if (this.request !== null) {
      const ev = this.request;
      this.request = null;
      return ev;
    }
    const cpu = this.cpus[i];
    if (cpu.halt !== null) return { kind: 'halt', cpu: i, halt: cpu.halt };
    if (cpu.hitBreakpoint) return { kind: 'breakpoint', cpu: i };
    const hit = cpu.watchHit;
    if (hit !== null) return { kind: 'watchpoint', cpu: i, addr: hit.addr, watch: hit.kind, hit };
    return null;
  }

  // ---- the schedule --------------------------------------------------------------------
  //
  // PEs run in rounds. A round starts every PE's counter at the board time (syncClocks),
  // brings the timers up to date and fixes its quantum: SMP_QUANTUM (ONE_PE_QUANTUM with
  // one PE), cut to the next timer event. Then each PE in index order has its turn: when
  // powered and not asleep, it retires up to a quantum of instructions; a yield (WFI, WFE,
  // a timer programmed, a power-off) ends the turn early. After the last turn, board time
  // advances by the longest a PE ran or slept; a round where nothing ran skips to the next
  // timer event.
  //
  // The round and the turn are board state (turn, turnLeft, quantum, roundSlept), and a
  // turn is counted in instructions retired: a run that stops anywhere (budget, breakpoint,
  // watchpoint, a debugger's request, a halt) leaves the schedule where it is, and the
  // next run goes on with the same PE in the same turn. So the interleaving of the PEs is a
  // function of instruction counts alone, whatever the slices and stops were: reverse
  // execution relies on it (re-execution retraces a run exactly). A debugger's step of the
  // PE whose turn it is counts as one instruction of that turn; a step of another PE is an
  // instruction out of turn (the board time still never goes backwards for it).

  private beginRound(): void {
    this.syncClocks();
    if (this.ticksToTimerEvent() <= 0) this.updateTimers();
    const untilTimer = Math.max(1, this.ticksToTimerEvent());
    this.quantum = Math.min(this.cpus.length === 1 ? ONE_PE_QUANTUM : SMP_QUANTUM, untilTimer);
    this.turn = 0;
    this.turnLeft = -1;
    this.roundSlept = 0;
  }

  /**
   * Ends PE `turn`'s turn; after the last PE's, the round. Returns the ticks a round where
   * nothing ran skipped (Infinity: no timer will ever end it), else 0.
   */
  private endTurn(): number {
    const cpu = this.cpus[this.turn];
    // A PE that went to sleep lets time pass until the end of the quantum, or until a timer
    // it may just have armed fires.
    if (cpu.waitingForInterrupt && this.turnLeft >= 0) this.roundSlept = Math.max(this.roundSlept, Math.min(this.quantum, this.ticksToTimerEvent()));
    this.turnLeft = -1;
    if (++this.turn < this.cpus.length) return 0;
    this.turn = -1;
    let advance = this.roundSlept;
    for (const c of this.cpus) advance = Math.max(advance, c.retired - c.sliceStart);
    if (advance > 0) {
      this.time += advance;
      return 0;
    }
    // Nothing ran (all PEs off or asleep): time passes up to the next timer event (the
    // ticks to it, a small integer, when they are below the horizon).
    const until = this.ticksToTimerEvent();
    let skip: number;
    if (until < TIMER_HORIZON) skip = Math.max(1, until);
    else {
      const next = this.nextTimerEvent();
      if (next === Infinity) return Infinity;
      skip = Math.max(1, next - this.time);
    }
    this.time += skip;
    return skip;
  }

  /**
   * Moves the schedule to where the next PE's turn begins, as a run does before its first
   * instruction: a round begun, the turns of PEs that cannot run passed, but at most one
   * round where nothing ran skipped (scheduledPe is -1 after that). A hit stops a run
   * there; reverse execution, going back, stops there too.
   */
  beginTurn(): void {
    for (;;) {
      if (this.turn < 0) this.beginRound();
      if (this.turnLeft >= 0) return;
      if (this.canRun(this.turn, undefined)) {
        this.turnLeft = this.quantum;
        return;
      }
      if (this.endTurn() !== 0) return;
    }
  }

  /** The PE whose turn has begun (the next to run, as the schedule stands), or -1. */
  get scheduledPe(): number {
    return this.turn >= 0 && this.turnLeft >= 0 ? this.turn : -1;
  }

  /** Instructions scheduledPe retired in its turn so far (debugger steps included). */
  get turnUsed(): number {
    return this.scheduledPe < 0 ? 0 : this.quantum - this.turnLeft;
  }

  /**
   * Runs the powered PEs for `budget` instructions retired in all (a round where all sleep
   * uses up the ticks it skips), following the schedule above. Returns the event that
   * stopped it, or null when the budget ran out. `only`, when given, restricts execution
   * to those PEs (the others' turns pass while time passes: the schedule is then not the
   * one a run of all would have). With `limit`, the run stops before that PE retires more
   * than its count (reverse execution finds a PE's previous instruction with it).
   */
  run(budget: number, stopAtBreakpoints = true, only?: readonly number[], limit?: PeLimit): BoardEvent | null {
    // Record/replay: a replay applies the inputs logged for now and ends this run where the
    // next is due (inputs arrive between runs, at a point of the schedule).
    const clock = this.inputClock;
    if (clock === null) return this.runFor(budget, stopAtBreakpoints, only, limit);
    const ev = this.runFor(clock.beforeRun(budget), stopAtBreakpoints, only, limit);
    clock.afterRun();
    return ev;
  }

  private runFor(budget: number, stopAtBreakpoints: boolean, only: readonly number[] | undefined, limit: PeLimit | undefined): BoardEvent | null {
    let left = budget;
    for (;;) {
      // A spent budget ends the run right after the instruction that spent it, as an event
      // does (record/replay logs inputs between runs and cuts replayed runs there): the
      // next PE's turn begins when the board runs on (beginTurn).
      if (left <= 0) return null;
      if (this.turn < 0) this.beginRound();
      const i = this.turn;
      const cpu = this.cpus[i];
      if (this.turnLeft < 0 ? !this.canRun(i, only) : only !== undefined && !only.includes(i)) {
        const skip = this.endTurn();
        if (skip === Infinity) return null;
        left -= skip;
        // Rounds where timer events wake no PE end too when the budget is spent.
        if (skip > 0 && left <= 0) return null;
        continue;
      }
      if (this.turnLeft < 0) this.turnLeft = this.quantum;
      let want = Math.min(this.turnLeft, left);
      if (limit !== undefined && limit.pe === i) want = Math.min(want, limit.retired - cpu.retired);
      if (want <= 0) return null;
      const before = cpu.retired;
      cpu.run(want, stopAtBreakpoints);
      const ran = cpu.retired - before;
      this.turnLeft -= ran;
      // An exception taken without retiring still uses budget, so a run always returns.
      left -= Math.max(ran, 1);
      // A debugger's request yields the PE too, but its turn goes on when the run does.
      const over = this.turnLeft === 0 || cpu.waitingForInterrupt || !this.powered[i] || (cpu.yielded && this.request === null);
      const ev = this.eventAfter(i);
      if (over && ev?.kind !== 'reset') this.endTurn();
      if (ev !== null) return ev;
    }
  }

  /**
   * Executes exactly one instruction on PE `i`, ignoring breakpoints and watchpoints unless
   * `checkDebugPoints` (then a hit is the event, and the instruction has not executed).
   * It is one of the PE's turn when the schedule has the PE next; else out of turn.
   */
  step(i: number, checkDebugPoints = false): BoardEvent | null {
    const cpu = this.cpus[i];
    if (!this.powered[i]) return null;
    cpu.waitingForInterrupt = false;
    // The schedule moves on to the PE that runs next (at the latest, PE i: it can run now).
    while (this.scheduledPe < 0) this.beginTurn();
    const inTurn = this.turn === i;
    const before = cpu.retired;
    cpu.run(1, checkDebugPoints);
    if (inTurn) {
      this.turnLeft -= cpu.retired - before;
      const over = this.turnLeft === 0 || cpu.waitingForInterrupt || (cpu.yielded && this.request === null);
      if (over) this.endTurn();
    }
    return this.eventAfter(i);
  }

  /**
   * Whether nothing can happen on the board until something outside it acts (console input,
   * the debugger, the monitor): no stop is pending, every powered PE sleeps in WFI with no
   * interrupt pending, and no timer or PMU event will ever come. A host loop then sleeps
   * instead of spinning (run() would only let time pass). False while any PE can run, or
   * while a replay has inputs left to apply.
   */
  idle(): boolean {
    return this.asleepUntil() === Infinity && this.inputClock?.inputPending() !== true;
  }

  /**
   * When every powered PE sleeps in WFI with no interrupt pending and no stop is pending:
   * the board time of the next timer or PMU event, which is all that can wake them
   * (Infinity: none). -1 while any PE can run. A free run may then run up to that time in
   * one call (nothing executes meanwhile).
   */
  asleepUntil(): number {
    if (this.pending !== null) return -1;
    for (let i = 0; i < this.cpus.length; i++) {
      if (!this.powered[i]) continue;
      const cpu = this.cpus[i];
      if (!cpu.waitingForInterrupt || cpu.interruptPending() || cpu.halt !== null) return -1;
    }
    return this.nextTimerEvent();
  }
}
