// Trap catchpoints (`monitor catch`): stop a vCPU when it exits to the hypervisor for a
// given reason (ESR_EL2.EC class, or a physical IRQ), optionally only in one VM. The
// debugger side (src/debug/machine-target.ts) asks `match` at every guest exit while a
// catchpoint exists, and stops the board when it answers one.

import { ExitFilter, ExitInfo, exitName, hex64, parseExitFilter } from './trace.ts';

export interface Catchpoint {
  readonly id: number;
  readonly filter: ExitFilter;
  hits: number;
}

/** The exit a catchpoint stopped at (reused: filled without allocating). */
export class CatchHit {
  readonly exit = new ExitInfo();
  catchId = 0;
  pid = 0;
  vcpuIndex = 0;
  vcpuName = '';
}

export class Catchpoints {
  private readonly list: Catchpoint[] = [];
  private nextId = 1;

  get active(): boolean {
    return this.list.length > 0;
  }

  /** `monitor catch CLASS... [vm PID]`: adds one; returns it. */
  add(words: readonly string[]): Catchpoint {
    const c: Catchpoint = { id: this.nextId++, filter: parseExitFilter(words), hits: 0 };
    this.list.push(c);
    return c;
  }

  /** `monitor catch delete N|all`: returns how many were deleted. */
  delete(what: string): number {
    if (what === 'all') {
      const n = this.list.length;
      this.list.length = 0;
      return n;
    }
    const i = this.list.findIndex((c) => String(c.id) === what);
    if (i < 0) return 0;
    this.list.splice(i, 1);
    return 1;
  }

  get all(): readonly Catchpoint[] {
    return this.list;
  }

  /** The first catchpoint that wants an exit with this code in VM `pid` (hot path). */
  match(code: number, pid: number): Catchpoint | null {
    const l = this.list;
    for (let i = 0; i < l.length; i++) if (l[i].filter.matches(code, pid)) return l[i];
    return null;
  }
}

/** What `monitor catch last` and the stop message say about a hit. */
export function describeHit(h: CatchHit): string {
  const e = h.exit;
  const ec = e.code < 0x40 ? `EC=0x${e.code.toString(16)} (${exitName(e.code)}) ESR_EL2=0x${e.esr.toString(16).padStart(8, '0')}` : exitName(e.code);
  // HVC/SMC report the preferred return address (the next instruction) in ELR_EL2.
  const after = e.code === 0x16 || e.code === 0x12 || e.code === 0x17 || e.code === 0x13;
  const pc = hex64(e.pcLo, e.pcHi);
  const insn = after ? `after the call at ${hex64((e.pcLo - 4) >>> 0, e.pcLo >= 4 ? e.pcHi : (e.pcHi - 1) >>> 0)}, ELR_EL2=${pc}` : `PC=${pc}`;
  const far = e.code === 0x24 || e.code === 0x20 ? ` FAR_EL2=${hex64(e.farLo, e.farHi)} IPA=0x${e.ipa.toString(16)}` : '';
  return `catchpoint ${h.catchId}: ${h.vcpuName} (thread ${h.pid}.${h.vcpuIndex + 1}) exit on cpu${e.pe}: ${ec}${far} ${insn} at tick ${e.ticks}`;
}

/**
 * The syndrome of a hit as stop-reply pairs (GDB skips them; they show in its remote log
 * and to other clients): ESR_EL2 for a trap, FAR_EL2 and the faulting IPA for an abort.
 */
export function hitStopInfo(h: CatchHit): [string, string][] {
  const e = h.exit;
  if (e.code >= 0x40) return [['exit', exitName(e.code).toLowerCase().replace(/[^a-z0-9_]/g, '_')]];
  const out: [string, string][] = [['esr_el2', e.esr.toString(16)]];
  if (e.code === 0x24 || e.code === 0x20) {
    out.push(['far_el2', hex64(e.farLo, e.farHi).slice(2)]);
    if (e.ipa >= 0) out.push(['ipa', e.ipa.toString(16)]);
  }
  return out;
}
