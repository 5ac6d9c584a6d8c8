// What a snapshot saves of each part of the `virt` board, as data: per kind of object, the
// fields that hold its state, and the ones that are not saved with the reason. Restoring
// writes the fields back as they were, derived values included (timer deadlines, the
// GIC's outputs, interrupt wire levels), so the machine goes on exactly as it would have;
// only caches are rebuilt (snapshot.ts invalidates the TLBs and decoded blocks).

import type { VirtBoard } from '../board/virt.ts';
import type { Cpu } from '../cpu/cpu.ts';
import type { StateSpec } from './state-fields.ts';

const spec = (fields: readonly string[], rebuilt: readonly string[], loose?: readonly string[]): StateSpec => ({ fields, rebuilt, loose });

/** The board's run state: board time, the schedule's round and turn (virt.ts), PSCI power states. */
export const BOARD = spec(
  ['time', 'turn', 'turnLeft', 'quantum', 'roundSlept', 'powered'],
  ['config', 'bus', 'cpus', 'uarts', 'gic', 'request', 'inputClock'], // configuration and parts (saved on their own); a debugger's stop request; record/replay's
  ['pending'], // an event not yet returned by run() (null between runs)
);

/** The bus: RAM is saved on its own (ram-image.ts); the exclusive-marks flag is state. */
export const BUS = spec(
  ['marks', 'lastError'],
  [
    'ramBase', 'ramSize', 'ram', 'ram16', 'ram32', 'regions', 'memory', 'exclusiveMarksAt', 'codeLinesAt',
    'codeLines', 'pageGen', 'codeWrites', // the decoded-code marks: invalidated on restore
    'written', 'writtenCount', 'lostTrack', // write tracking for reverse execution (its own, not the machine's)
    'mmioReads', 'mmioWrites', // statistics
  ],
);

/** A PE: registers, PSTATE, time, interrupt inputs, exclusive monitor. */
export const CPU = spec(
  [
    'x', 'vreg', 'pcLo', 'pcHi', 'nf', 'zf', 'cf', 'vf', 'el', 'spSel', 'daif',
    'retired', 'timeBase', 'sliceStart', 'waitingForInterrupt', 'intLines', 'yieldRequest', 'exclusiveAddr', 'pstateSS',
  ],
  [
    'bus', 'decoder', 'index', 'stateAt', 'model', 'peers', 'gic', 'firmwareCall', 'guestHooks', // wiring, configuration
    'sys', 'timer', 'pmu', 'exceptionLoop', 'selfDebug', // saved as parts of their own
    'mmu', 'blocks', 'fpTrapTarget', // rebuilt from the registers (controlsChanged), TLB and blocks invalidated
    'state', // the state area: X (saved as `x`), compiled code's scratch and the fast-read mask (controlsChanged)
    'dataAccesses', 'compiledRetired', // statistics
    'debugPoints', 'hitBreakpoint', 'skipBreakpointOnce', 'watchHit', 'gdbWatch', // the debugger's, not the machine's
    'unprivilegedAccess', 'ldHi', 'bpStop', 'yielded', 'watchActive', 'eretDone', // scratch within one run() or instruction
    // The address of the instruction executing: set before each, so left at the one a
    // watchpoint stopped before, or at the last one a run retired (not machine state).
    'insnLo', 'insnHi',
  ],
  ['halt'],
);

/** System registers: the table's values and SP_EL2, which has no row. */
export const SYSREGS = spec(['values', 'spEl2Lo', 'spEl2Hi'], ['cpu', 'valuesAt']);

/** Self-hosted debug: a software step's pending syndrome; the rest follows from the registers (update()). */
export const SELF_DEBUG = spec(['steppedIsv', 'steppedEx'], ['cpu', 'armed', 'bpEnabled', 'wpEnabled', 'ssEnabled']);

/** The generic timers of a PE, with their deadlines and output levels. */
export const TIMER = spec(
  ['cntkctl', 'cnthctl', 'cntvoffLo', 'cntvoffHi', 'ctlBits', 'cvalLo', 'cvalHi', 'deadline', 'irq'],
  ['now', 'index', 'onProgrammed', 'cLo', 'cHi'],
);

/** PMUv3: controls, the lazily kept counts and the overflow interrupt level. */
export const PMU = spec(
  ['pmcr', 'cntenset', 'ovsset', 'intenset', 'userenr', 'selr', 'ccfiltr', 'ccntBase', 'since', 'typer', 'count', 'sourceAt', 'el', 'irq'],
  ['cpu', 'mdcrRow'],
);

/** A PE's detector of an exception taken over and over at its vector (it stops the PE). */
export const EXCEPTION_LOOP = spec(['retired', 'vecLo', 'vecHi', 'count', 'firstEsr', 'firstElrLo', 'firstElrHi', 'firstEl'], []);

export const GIC = spec(['oneOfN'], ['numCpus', 'affinity', 'distributor', 'redistributors', 'redistributorRegion', 'cpuInterfaces', 'onOutputChange']);
export const GIC_BANK = spec(['enabled', 'latch', 'level', 'active', 'priority', 'edge', 'group'], ['size', 'lowest', 'sgiLimit']);
export const GIC_DISTRIBUTOR = spec(['enableGrp0', 'enableGrp1', 'routerLo', 'routerHi', 'target'], ['gic', 'name', 'bank']);
export const GIC_REDISTRIBUTOR = spec(['processorSleep'], ['gic', 'pe', 'bank']);
export const GIC_CPU_INTERFACE = spec(
  [
    'pmr', 'bpr0', 'bpr1', 'cbpr', 'eoiMode', 'igrpen0', 'igrpen1', 'ap0r', 'ap1r', 'sreEnable',
    'hppi', 'hppiPriority', 'hppiGroup', 'irqPending', 'fiqPending', 'vIrqPending', 'vFiqPending',
  ],
  ['gic', 'pe', 'virt'],
);
/** ICH_*_EL2: list registers, controls, active priorities, maintenance level. */
export const GIC_VIRTUAL = spec(
  ['lrLo', 'lrHi', 'hcr', 'vpmr', 'vbpr0', 'vbpr1', 'veng0', 'veng1', 'vcbpr', 'veoim', 'ap0r', 'ap1r', 'maintenance', 'hppiLr'],
  ['cpu'],
);

/** A PL011: registers, the receive FIFO and the interrupt level. */
export const PL011 = spec(['rxFifo', 'rxHead', 'rxCount', 'regs', 'irq'], [
  'name', 'transmit', 'rxRefill', // host wiring
  'received', 'muted', // the debugger's bookkeeping (reverse execution), not the device's state
  'inputHook', // record/replay's
]);

/** The flash window's loaded pages. */
export const FLASH = spec([], ['name'], ['pages']);

/** One object of the board, where it is, and how it is saved. */
export interface BoardPart {
  readonly path: string;
  readonly obj: object;
  readonly spec: StateSpec;
}

/** Every saved object of the board but RAM and flash (their count depends on the board's configuration only). */
export function boardParts(board: VirtBoard): BoardPart[] {
  const parts: BoardPart[] = [
    { path: 'board', obj: board, spec: BOARD },
    { path: 'bus', obj: board.bus, spec: BUS },
  ];
  board.cpus.forEach((cpu: Cpu, i) => {
    const p = `cpu${i}`;
    parts.push(
      { path: p, obj: cpu, spec: CPU },
      { path: `${p}.sys`, obj: cpu.sys, spec: SYSREGS },
      { path: `${p}.timer`, obj: cpu.timer, spec: TIMER },
      { path: `${p}.pmu`, obj: cpu.pmu, spec: PMU },
      { path: `${p}.selfDebug`, obj: cpu.selfDebug, spec: SELF_DEBUG },
      { path: `${p}.exceptionLoop`, obj: (cpu as unknown as { exceptionLoop: object }).exceptionLoop, spec: EXCEPTION_LOOP },
    );
  });
  const gic = board.gic;
  parts.push(
    { path: 'gic', obj: gic, spec: GIC },
    { path: 'gic.distributor', obj: gic.distributor, spec: GIC_DISTRIBUTOR },
    { path: 'gic.distributor.bank', obj: gic.distributor.bank, spec: GIC_BANK },
  );
  gic.redistributors.forEach((r, i) => {
    parts.push({ path: `gic.redistributor${i}`, obj: r, spec: GIC_REDISTRIBUTOR }, { path: `gic.redistributor${i}.bank`, obj: r.bank, spec: GIC_BANK });
  });
  gic.cpuInterfaces.forEach((c, i) => {
    parts.push({ path: `gic.cpuInterface${i}`, obj: c, spec: GIC_CPU_INTERFACE }, { path: `gic.cpuInterface${i}.virt`, obj: c.virt, spec: GIC_VIRTUAL });
  });
  board.uarts.forEach((u, i) => parts.push({ path: `uart${i}`, obj: u, spec: PL011 }));
  return parts;
}
