// Guest exits to EL2: their classification (ESR_EL2.EC, or the vector for asynchronous
// exits), the filters of `monitor catch` and `monitor trace`, and the exit recorder.
//
// The recorder sits on the hottest debugger path (every guest exit and entry), so it keeps
// its events in a ring of preallocated typed arrays and allocates nothing per exit; the
// JSON (Chrome trace-event format, opened by Perfetto and chrome://tracing) is built only
// when saved. Times are generic-counter ticks (62.5 MHz, one per instruction).

import type { Cpu } from '../machine/cpu/cpu.ts';
import { SYSREG } from '../machine/cpu/sysregs.ts';

const ESR_EL2 = SYSREG.ESR_EL2;
const FAR_EL2 = SYSREG.FAR_EL2;
const HPFAR_EL2 = SYSREG.HPFAR_EL2;
const ELR_EL2 = SYSREG.ELR_EL2;

/** Generic counter frequency (ticks per microsecond), for trace-event timestamps. */
export const TICKS_PER_US = 62.5;

/**
 * Exit codes: ESR_EL2.EC (0..0x3f) for synchronous exits; asynchronous exits write no
 * syndrome, so they get codes above the EC range, from the vector they were taken to.
 */
export const EXIT_IRQ = 0x40;
export const EXIT_FIQ = 0x41;
export const EXIT_SERROR = 0x42;
export const EXIT_CODES = 0x43;

/** ESR_ELx.EC values that can reach EL2 from an AArch64 guest, by Arm ARM name. */
const EC_NAMES: Record<number, string> = {
  0x00: 'UNKNOWN',
  0x01: 'WFx',
  0x07: 'FP_ACCESS',
  0x0e: 'ILLEGAL_STATE',
  0x12: 'HVC32',
  0x13: 'SMC32',
  0x15: 'SVC64',
  0x16: 'HVC64',
  0x17: 'SMC64',
  0x18: 'SYSREG',
  0x20: 'IABT_LOWER',
  0x22: 'PC_ALIGN',
  0x24: 'DABT_LOWER',
  0x26: 'SP_ALIGN',
  0x2f: 'SERROR',
  0x3c: 'BRK64',
  [EXIT_IRQ]: 'IRQ',
  [EXIT_FIQ]: 'FIQ',
  [EXIT_SERROR]: 'SError',
};

/** The name of an exit code ("HVC64", "DABT_LOWER", "IRQ", or "EC_0x2c"). */
export function exitName(code: number): string {
  return EC_NAMES[code] ?? `EC_0x${code.toString(16)}`;
}

/**
 * The exit code of the exception `cpu` has just taken from its guest to EL2. The PE is at
 * the vector now: VBAR_EL2 is 2 KiB aligned and a lower-EL A64 vector is at 0x400 + type,
 * so bits 8:7 of the PC give the type (sync, IRQ, FIQ, SError); only a synchronous
 * exception wrote ESR_EL2.
 */
export function exitCodeOf(cpu: Cpu): number {
  const type = (cpu.pcLo >>> 7) & 3;
  if (type === 0) return (cpu.sys.values[2 * ESR_EL2] >>> 26) & 0x3f;
  return EXIT_IRQ + type - 1;
}

/** The classes of `monitor catch`/`trace` filters and the exit codes each one matches. */
export const EXIT_CLASSES: Readonly<Record<string, readonly number[]>> = {
  hvc: [0x16, 0x12],
  smc: [0x17, 0x13],
  dabt: [0x24],
  iabt: [0x20],
  sysreg: [0x18],
  wfx: [0x01],
  irq: [EXIT_IRQ],
};

/** Which exits a catchpoint or a trace wants: a set of exit codes and optionally one VM. */
export class ExitFilter {
  /** 1 per exit code matched. */
  readonly codes = new Uint8Array(EXIT_CODES);
  /** The GDB process number of the VM, or -1 for every VM. */
  vmPid = -1;

  constructor(readonly text: string) {}

  /** Every exit of every VM. */
  static all(): ExitFilter {
    const f = new ExitFilter('all');
    f.codes.fill(1);
    return f;
  }

  matches(code: number, pid: number): boolean {
    return this.codes[code] === 1 && (this.vmPid < 0 || this.vmPid === pid);
  }
}

/**
 * Parses `CLASS[,CLASS...] [CLASS...] [vm PID]`, CLASS = hvc|smc|dabt|iabt|sysreg|wfx|irq|
 * ec=N (N decimal or 0x hex) or all. No class means every exit. Throws with a usage line.
 */
export function parseExitFilter(words: readonly string[]): ExitFilter {
  const parts = words.flatMap((w) => w.split(',')).filter((w) => w !== '');
  const f = new ExitFilter(parts.join(' ') || 'all');
  let classes = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i].toLowerCase();
    if (w === 'vm') {
      const n = parts[++i];
      if (n === undefined || !/^\d+$/.test(n)) throw new Error(`'vm' needs a process number (see 'monitor vms')`);
      f.vmPid = Number(n);
    } else if (w === 'all') {
      f.codes.fill(1);
      classes++;
    } else if (w.startsWith('ec=')) {
      const v = w.slice(3);
      const n = /^(0x[0-9a-f]+|\d+)$/.test(v) ? Number(v) : NaN;
      if (!(n >= 0 && n <= 0x3f)) throw new Error(`bad exception class '${v}' (ESR_EL2.EC is 0..0x3f)`);
      f.codes[n] = 1;
      classes++;
    } else if (EXIT_CLASSES[w] !== undefined) {
      for (const c of EXIT_CLASSES[w]) f.codes[c] = 1;
      classes++;
    } else {
      throw new Error(`unknown exit class '${parts[i]}' (hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N|all [vm PID])`);
    }
  }
  if (classes === 0) f.codes.fill(1);
  return f;
}

/**
 * The registers of an exit, read from the PE once (reused object: no allocation per exit).
 * FAR/PC are split in 32-bit halves (guest kernel addresses exceed 2^53).
 */
export class ExitInfo {
  code = 0;
  esr = 0;
  farLo = 0;
  farHi = 0;
  /** Faulting IPA from HPFAR_EL2.FIPA and FAR_EL2[11:0] (aborts only), else -1. */
  ipa = -1;
  pcLo = 0;
  pcHi = 0;
  pe = 0;
  ticks = 0;

  /** Fills from `cpu`, which has just taken an exception from its guest to EL2. */
  read(cpu: Cpu): this {
    const v = cpu.sys.values;
    const code = exitCodeOf(cpu);
    this.code = code;
    const sync = code < 0x40;
    this.esr = sync ? v[2 * ESR_EL2] >>> 0 : 0;
    this.farLo = sync ? v[2 * FAR_EL2] >>> 0 : 0;
    this.farHi = sync ? v[2 * FAR_EL2 + 1] >>> 0 : 0;
    if (code === 0x24 || code === 0x20) {
      // HPFAR_EL2.FIPA (bits 43:4) holds IPA bits 51:12.
      const page = Math.floor(((v[2 * HPFAR_EL2 + 1] & 0xfff) * 4294967296 + (v[2 * HPFAR_EL2] >>> 0)) / 16);
      this.ipa = page * 4096 + (this.farLo & 0xfff);
    } else {
      this.ipa = -1;
    }
    this.pcLo = v[2 * ELR_EL2] >>> 0;
    this.pcHi = v[2 * ELR_EL2 + 1] >>> 0;
    this.pe = cpu.index;
    this.ticks = cpu.counter();
    return this;
  }
}

/** 64-bit value from halves as hex ("0x..."), exact. */
export function hex64(lo: number, hi: number): string {
  return hi === 0 ? `0x${(lo >>> 0).toString(16)}` : `0x${(hi >>> 0).toString(16)}${(lo >>> 0).toString(16).padStart(8, '0')}`;
}

/** Names for the tracks of a saved trace: a VM process's label and its vCPUs'. */
export interface TraceNames {
  vmName(pid: number): string;
  vcpuName(pid: number, vcpuIndex: number): string;
}

/** Default ring size: 256 Ki exits (about 15 MiB). */
export const DEFAULT_TRACE_CAPACITY = 1 << 18;

/**
 * Records exits into a ring of typed arrays. An exit opens an event; the next entry of
 * the same vCPU closes it with the time spent in the hypervisor. When the ring is full the
 * oldest events are overwritten (and counted as dropped).
 */
export class TraceRecorder {
  recording = false;
  filter: ExitFilter = ExitFilter.all();
  /** Exits recorded since start (including overwritten ones). */
  total = 0;
  /** Exits not recorded because the filter did not match. */
  filtered = 0;
  startTicks = 0;
  stopTicks = 0;

  private readonly t0: Float64Array;
  private readonly t1: Float64Array;
  private readonly ipa: Float64Array;
  private readonly pid: Uint16Array;
  private readonly vcpu: Uint32Array;
  private readonly pe: Uint8Array;
  private readonly code: Uint8Array;
  private readonly esr: Uint32Array;
  private readonly far: Uint32Array; // lo, hi
  private readonly pc: Uint32Array; // lo, hi
  /** Open event (sequence number) per vCPU key (pid << 24 | vCPU index). */
  private readonly open = new Map<number, number>();

  constructor(readonly capacity = DEFAULT_TRACE_CAPACITY) {
    this.t0 = new Float64Array(capacity);
    this.t1 = new Float64Array(capacity);
    this.ipa = new Float64Array(capacity);
    this.pid = new Uint16Array(capacity);
    this.vcpu = new Uint32Array(capacity);
    this.pe = new Uint8Array(capacity);
    this.code = new Uint8Array(capacity);
    this.esr = new Uint32Array(capacity);
    this.far = new Uint32Array(2 * capacity);
    this.pc = new Uint32Array(2 * capacity);
  }

  start(filter: ExitFilter, ticks: number): void {
    this.filter = filter;
    this.total = 0;
    this.filtered = 0;
    this.open.clear();
    this.startTicks = ticks;
    this.stopTicks = ticks;
    this.recording = true;
  }

  stop(ticks: number): void {
    if (this.recording) this.stopTicks = ticks;
    this.recording = false;
  }

  /** Events held (at most the capacity). */
  get count(): number {
    return Math.min(this.total, this.capacity);
  }

  get dropped(): number {
    return this.total - this.count;
  }

  /** A guest exit of vCPU `vcpuIndex` of VM process `pid` (hot path). */
  exit(pid: number, vcpuIndex: number, e: ExitInfo): void {
    if (!this.recording) return;
    if (!this.filter.matches(e.code, pid)) {
      this.filtered++;
      return;
    }
    const seq = this.total++;
    const i = seq % this.capacity;
    this.t0[i] = e.ticks;
    this.t1[i] = -1;
    this.ipa[i] = e.ipa;
    this.pid[i] = pid;
    this.vcpu[i] = vcpuIndex;
    this.pe[i] = e.pe;
    this.code[i] = e.code;
    this.esr[i] = e.esr;
    this.far[2 * i] = e.farLo;
    this.far[2 * i + 1] = e.farHi;
    this.pc[2 * i] = e.pcLo;
    this.pc[2 * i + 1] = e.pcHi;
    this.open.set(pid * 0x100_0000 + (vcpuIndex & 0xff_ffff), seq);
  }

  /** The vCPU entered its guest again: closes its open event (hot path). */
  entry(pid: number, vcpuIndex: number, ticks: number): void {
    const key = pid * 0x100_0000 + (vcpuIndex & 0xff_ffff);
    const seq = this.open.get(key);
    if (seq === undefined || seq < 0) return;
    this.open.set(key, -1);
    if (this.total - seq > this.capacity) return; // overwritten meanwhile
    this.t1[seq % this.capacity] = ticks;
  }

  /** Recorded events oldest first, as plain objects (for summaries and tests; not hot). */
  *events(): Generator<TraceEvent> {
    const n = this.count;
    const first = this.total - n;
    for (let s = first; s < this.total; s++) {
      const i = s % this.capacity;
      yield {
        ticks: this.t0[i],
        hypTicks: this.t1[i] < 0 ? -1 : this.t1[i] - this.t0[i],
        pid: this.pid[i],
        vcpu: this.vcpu[i],
        pe: this.pe[i],
        code: this.code[i],
        esr: this.esr[i],
        far: hex64(this.far[2 * i], this.far[2 * i + 1]),
        ipa: this.ipa[i],
        pc: hex64(this.pc[2 * i], this.pc[2 * i + 1]),
      };
    }
  }

  /** Exits per class and VM, one line each ("pid 3 linux_os-1  HVC64  12"). */
  summary(names: TraceNames): string[] {
    const counts = new Map<string, number>();
    for (const e of this.events()) {
      const k = `${e.pid}\t${exitName(e.code)}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => {
        const [pid, name] = k.split('\t');
        return `process ${pid} ${names.vmName(Number(pid))}: ${name} ${n}`;
      });
  }

  /** The trace as Chrome trace-event JSON: an "X" event per exit, a track per vCPU. */
  toJson(names: TraceNames): string {
    const out: string[] = [];
    const tracks = new Map<number, Set<number>>();
    const us = (ticks: number): string => (ticks / TICKS_PER_US).toFixed(3);
    for (const e of this.events()) {
      let t = tracks.get(e.pid);
      if (t === undefined) tracks.set(e.pid, (t = new Set()));
      t.add(e.vcpu);
      const dur = e.hypTicks < 0 ? 0 : e.hypTicks;
      // An asynchronous exit (IRQ, FIQ, SError) writes no syndrome: it says which vector instead.
      const syndrome =
        e.code < 0x40
          ? `"ec":"0x${e.code.toString(16)}","esr":"0x${e.esr.toString(16)}","far":"${e.far}"${e.ipa >= 0 ? `,"ipa":"0x${e.ipa.toString(16)}"` : ''}`
          : `"vector":"${exitName(e.code).toLowerCase()}"`;
      const args = `{"pcpu":${e.pe},${syndrome},"pc":"${e.pc}","ticks":${e.ticks},"hyp_ticks":${e.hypTicks}}`;
      out.push(
        `{"name":"${exitName(e.code)}","cat":"exit","ph":"X","ts":${us(e.ticks)},"dur":${us(dur)},` +
          `"pid":${e.pid},"tid":${e.vcpu + 1},"args":${args}}`,
      );
    }
    const meta: string[] = [];
    for (const [pid, vcpus] of [...tracks].sort((a, b) => a[0] - b[0])) {
      meta.push(`{"name":"process_name","ph":"M","pid":${pid},"args":{"name":${JSON.stringify(names.vmName(pid))}}}`);
      meta.push(`{"name":"process_sort_index","ph":"M","pid":${pid},"args":{"sort_index":${pid}}}`);
      for (const v of [...vcpus].sort((a, b) => a - b)) {
        meta.push(`{"name":"thread_name","ph":"M","pid":${pid},"tid":${v + 1},"args":{"name":${JSON.stringify(names.vcpuName(pid, v))}}}`);
      }
    }
    const other =
      `{"tool":"zvm-gdbserver","clock":"generic counter, ${TICKS_PER_US * 1e6} Hz","filter":${JSON.stringify(this.filter.text)},` +
      `"start_ticks":${this.startTicks},"stop_ticks":${this.stopTicks},"exits":${this.total},"dropped":${this.dropped}}`;
    return `{"displayTimeUnit":"ns","otherData":${other},"traceEvents":[\n${[...meta, ...out].join(',\n')}\n]}\n`;
  }
}

/** One recorded exit (see TraceRecorder.events). */
export interface TraceEvent {
  ticks: number;
  /** Ticks in the hypervisor until the vCPU entered its guest again; -1: not yet. */
  hypTicks: number;
  pid: number;
  vcpu: number;
  pe: number;
  code: number;
  esr: number;
  far: string;
  ipa: number;
  pc: string;
}
