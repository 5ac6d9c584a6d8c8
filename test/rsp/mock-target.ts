// A machine-free Target for the protocol tests: two processes x two threads, AArch64
// register layout (x0-x30, sp, pc 64-bit, cpsr 32-bit), memory in a Map per process.

import {
  Errno,
  GdbSignal,
  type ProcessInfo,
  type ResumeScope,
  type StopCallback,
  type StopEvent,
  type Target,
  TargetError,
  type ThreadAction,
  type ThreadId,
  type WatchType,
} from '../../src/rsp/index.ts';

export const PC_REGNUM = 32;
export const CPSR_REGNUM = 33;
/** 33 x 8 bytes + cpsr (4 bytes). */
export const G_SIZE = 33 * 8 + 4;

export const TARGET_XML = `<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target version="1.0">
  <architecture>aarch64</architecture>
  <xi:include href="aarch64-core.xml"/>
</target>
`;

export const CORE_XML = (() => {
  const regs: string[] = [];
  for (let i = 0; i < 31; i++) regs.push(`  <reg name="x${i}" bitsize="64" type="int" regnum="${i}"/>`);
  regs.push('  <reg name="sp" bitsize="64" type="data_ptr"/>');
  regs.push('  <reg name="pc" bitsize="64" type="code_ptr"/>');
  regs.push('  <reg name="cpsr" bitsize="32" type="int"/>');
  return `<?xml version="1.0"?>
<!DOCTYPE feature SYSTEM "gdb-target.dtd">
<feature name="org.gnu.gdb.aarch64.core">
${regs.join('\n')}
</feature>
`;
})();

export interface BreakpointRecord {
  readonly pid: number;
  readonly type: 'sw' | 'hw' | WatchType;
  readonly addr: bigint;
  readonly size: number;
}

export interface MockOptions {
  /** Report a stop for `step` actions immediately (on the next tick). Default true. */
  readonly autoStep?: boolean;
  /** On `continue`, stop at the first inserted software breakpoint of a resumed
   *  process (swbreak) on the next tick. Default true. */
  readonly autoBreak?: boolean;
  readonly withBreakpoints?: boolean;
  readonly withMonitor?: boolean;
  readonly withProcesses?: boolean;
}

/** A tiny fake machine. Everything is observable for assertions. */
export class MockTarget implements Target {
  readonly procs: { pid: number; threads: { tid: number; name: string; core: number }[] }[] = [
    { pid: 1, threads: [{ tid: 1, name: 'hyp-cpu0', core: 0 }, { tid: 2, name: 'hyp-cpu1', core: 1 }] },
    { pid: 2, threads: [{ tid: 1, name: 'vm0-vcpu0', core: 0 }, { tid: 2, name: 'vm0-vcpu1', core: 1 }] },
  ];
  readonly regs = new Map<string, Buffer>();
  readonly memory = new Map<number, Map<bigint, number>>();
  readonly bps: BreakpointRecord[] = [];
  readonly resumes: ThreadAction[][] = [];
  /** The scope of each resume (whether it covered processes GDB does not know). */
  readonly scopes: (ResumeScope | undefined)[] = [];
  readonly memReads: { thread: ThreadId; addr: bigint; length: number }[] = [];
  interrupts = 0;
  pendingStop: StopCallback | undefined;
  killed: number[] = [];
  detached: number[] = [];
  attached: number[] = [];

  readonly breakpoints: Target['breakpoints'];
  readonly monitor: Target['monitor'];
  readonly processes: Target['processes'];

  constructor(private readonly opts: MockOptions = {}) {
    for (const p of this.procs) {
      const mem = new Map<bigint, number>();
      // 0x1000..0x10ff readable: byte i = (pid << 4) ^ i.
      for (let i = 0; i < 0x100; i++) mem.set(0x1000n + BigInt(i), ((p.pid << 4) ^ i) & 0xff);
      this.memory.set(p.pid, mem);
      for (const t of p.threads) {
        const r = Buffer.alloc(G_SIZE);
        for (let i = 0; i < 31; i++) r.writeBigUInt64LE(BigInt(p.pid * 0x100 + t.tid * 0x10 + i), i * 8);
        r.writeBigUInt64LE(0x8000n, 31 * 8); // sp
        r.writeBigUInt64LE(0x1000n + BigInt(t.tid - 1) * 4n, 32 * 8); // pc
        r.writeUInt32LE(0x3c5, 33 * 8); // cpsr: EL1h, DAIF masked
        this.regs.set(`${p.pid}.${t.tid}`, r);
      }
    }
    const bp = (type: BreakpointRecord['type']) => ({
      insert: (th: ThreadId, addr: bigint, size: number) => {
        if (addr === 0xdead0000n) return false;
        this.bps.push({ pid: th.pid, type, addr, size });
        return true;
      },
      remove: (th: ThreadId, addr: bigint, size: number) => {
        const i = this.bps.findIndex((b) => b.pid === th.pid && b.type === type && b.addr === addr && b.size === size);
        if (i >= 0) this.bps.splice(i, 1);
        return true;
      },
    });
    this.breakpoints =
      opts.withBreakpoints === false
        ? undefined
        : {
            software: bp('sw'),
            hardware: bp('hw'),
            watchpoints: {
              insert: (th, type, addr, len) => bp(type).insert(th, addr, len),
              remove: (th, type, addr, len) => bp(type).remove(th, addr, len),
            },
          };
    this.monitor =
      opts.withMonitor === false
        ? undefined
        : {
            run: async (command, output) => {
              if (command === 'fail') throw new TargetError(Errno.EINVAL, 'monitor command failed');
              if (command === 'boom') throw new Error('unexpected failure');
              output(`you said: ${command}\n`);
              await Promise.resolve();
              output('second line\n');
            },
          };
    this.processes =
      opts.withProcesses === false
        ? undefined
        : {
            attach: (pid) => {
              if (!this.procs.some((p) => p.pid === pid)) throw new TargetError(Errno.ESRCH, `no process ${pid}`);
              this.attached.push(pid);
            },
            kill: (pid) => {
              this.killed.push(pid);
              const i = this.procs.findIndex((p) => p.pid === pid);
              if (i >= 0) this.procs.splice(i, 1);
            },
            detach: (pid) => {
              this.detached.push(pid);
            },
            isAttached: (pid) => pid === 1,
          };
  }

  listProcesses(): ProcessInfo[] {
    return this.procs.map((p) => ({ pid: p.pid, threads: p.threads.map((t) => ({ ...t })) }));
  }

  private regsOf(th: ThreadId): Buffer {
    const r = this.regs.get(`${th.pid}.${th.tid}`);
    if (!r) throw new TargetError(Errno.ESRCH, `no thread ${th.pid}.${th.tid}`);
    return r;
  }

  readRegisters(th: ThreadId): Uint8Array {
    return Buffer.from(this.regsOf(th));
  }
  writeRegisters(th: ThreadId, data: Uint8Array): void {
    if (data.length > G_SIZE) throw new TargetError(Errno.EINVAL, 'too many register bytes');
    this.regsOf(th).set(data, 0);
  }
  private regSlice(regnum: number): [number, number] | undefined {
    if (regnum < 33) return [regnum * 8, 8];
    if (regnum === CPSR_REGNUM) return [33 * 8, 4];
    return undefined;
  }
  readRegister(th: ThreadId, regnum: number): Uint8Array | undefined {
    const s = this.regSlice(regnum);
    return s && Buffer.from(this.regsOf(th).subarray(s[0], s[0] + s[1]));
  }
  writeRegister(th: ThreadId, regnum: number, data: Uint8Array): boolean {
    const s = this.regSlice(regnum);
    if (!s || data.length !== s[1]) return false;
    this.regsOf(th).set(data, s[0]);
    return true;
  }
  pc(th: ThreadId): bigint {
    return this.regsOf(th).readBigUInt64LE(PC_REGNUM * 8);
  }

  readMemory(th: ThreadId, addr: bigint, length: number): Uint8Array {
    this.memReads.push({ thread: th, addr, length });
    if (addr === 0xbad00000n) throw new Error('simulated target bug');
    const mem = this.memory.get(th.pid);
    if (!mem) throw new TargetError(Errno.ESRCH, `no process ${th.pid}`);
    const out: number[] = [];
    for (let i = 0; i < length; i++) {
      const b = mem.get(addr + BigInt(i));
      if (b === undefined) break;
      out.push(b);
    }
    return Uint8Array.from(out);
  }
  writeMemory(th: ThreadId, addr: bigint, data: Uint8Array): void {
    const mem = this.memory.get(th.pid);
    if (!mem) throw new TargetError(Errno.ESRCH, `no process ${th.pid}`);
    for (let i = 0; i < data.length; i++) {
      if (!mem.has(addr + BigInt(i))) throw new TargetError(Errno.EFAULT, 'unmapped');
    }
    data.forEach((b, i) => mem.set(addr + BigInt(i), b));
  }

  targetDescription(annex: string): string | undefined {
    if (annex === 'target.xml') return TARGET_XML;
    if (annex === 'aarch64-core.xml') return CORE_XML;
    return undefined;
  }

  resume(actions: readonly ThreadAction[], onStop: StopCallback, scope?: ResumeScope): void {
    this.resumes.push([...actions]);
    this.scopes.push(scope);
    this.pendingStop = onStop;
    const stepping = actions.find((a) => a.action === 'step');
    if (stepping && this.opts.autoStep !== false) {
      setImmediate(() => {
        const pc = this.pc(stepping.thread);
        this.regsOf(stepping.thread).writeBigUInt64LE(pc + 4n, PC_REGNUM * 8);
        this.report({ kind: 'signal', thread: stepping.thread, signal: GdbSignal.TRAP });
      });
      return;
    }
    if (this.opts.autoBreak !== false) {
      for (const a of actions) {
        if (a.action !== 'continue') continue;
        const bp = this.bps.find((b) => b.pid === a.thread.pid && (b.type === 'sw' || b.type === 'hw'));
        if (bp) {
          setImmediate(() => {
            this.regsOf(a.thread).writeBigUInt64LE(bp.addr, PC_REGNUM * 8);
            this.report({
              kind: 'signal',
              thread: a.thread,
              signal: GdbSignal.TRAP,
              reason: { kind: bp.type === 'sw' ? 'swbreak' : 'hwbreak' },
              core: 0,
            });
          });
          return;
        }
      }
    }
  }

  interrupt(): void {
    this.interrupts++;
    const first = this.resumes.at(-1)?.find((a) => a.action === 'continue')?.thread ?? { pid: 1, tid: 1 };
    setImmediate(() => this.report({ kind: 'signal', thread: first, signal: GdbSignal.INT }));
  }

  /** Report a stop through the pending callback (as the machine would). */
  report(ev: StopEvent): void {
    const cb = this.pendingStop;
    this.pendingStop = undefined;
    cb?.(ev);
  }
}
