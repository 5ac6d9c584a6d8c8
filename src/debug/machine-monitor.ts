// The `monitor` commands of the machine target (`monitor help` lists them): the board's
// CPUs, the VMs and vCPUs, address spaces and translations, trap catchpoints, the exit
// trace, typing into a UART, physical watchpoints. They act on the target through
// MonitorHost; the state they own is the exit trace and the text typed into the UARTs.

import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hcrE2H, inGuestRegime } from '../machine/cpu/exceptions.ts';
import { formatTranslation } from '../machine/mmu/index.ts';
import type { VirtBoard } from '../machine/board/virt.ts';
import { Errno, TargetError, type MonitorCapability, type ThreadId } from '../rsp/target.ts';
import type { Vm, VmAwareness } from '../zvm/awareness.ts';
import { vcpuSysValues, type AddressSpace, type GuestTranslator } from '../zvm/guest-memory.ts';
import { TraceRecorder, parseExitFilter, type TraceNames } from '../zvm/trace.ts';
import { REG } from './aarch64-registers.ts';
import type { DebugPoints } from './debug-points.ts';
import { FIRST_VM_PID, MACHINE_PID, type Resolved, type ThreadMap } from './thread-map.ts';
import { WATCH_HELP, parseWatchType, physicalPieces } from './physical-watch.ts';
import { PLAIN_NAME, loadvmCommand, savevmCommand, type SnapshotHost } from './snapshot-commands.ts';

/** What the monitor commands use of the machine target. */
export interface MonitorHost extends SnapshotHost {
  readonly board: VirtBoard;
  readonly threads: ThreadMap;
  /** `monitor catch` and `monitor watch` set their points there. */
  readonly points: DebugPoints;
  readonly translator: GuestTranslator;
  /** `monitor addrspace` per VM process (default: guest virtual addresses). */
  readonly addrSpaces: Map<number, AddressSpace>;
  /** The last catchpoint hit, in words. */
  lastCatch(): string | undefined;
  /** Starts the system again from its images (CPU 0 at the entry point, every VM gone). */
  resetBoard(): void;
  /** GDB is in non-stop mode (it is told of a process's end at once, by an event). */
  nonStopActive(): boolean;
  /** The one directory files are saved in (an absolute path). */
  readonly outputDir: string;
  /** `monitor step irq on|off`: whether a step may take a pending interrupt. */
  readonly stepping: { stepTakesInterrupts: boolean };
  /** `monitor info replay`: record/replay's state (-icount rr). */
  replayInfo(): string;
}

/** Where saved files go unless the server is told otherwise (relative to its working
 *  directory). */
export const DEFAULT_OUTPUT_DIR = 'zvm-output';

/** The output directory, absolute: --output-dir, else $ZVM_OUTPUT_DIR, else DEFAULT_OUTPUT_DIR. */
export function outputDirOf(option: string | undefined): string {
  return resolve(option ?? process.env['ZVM_OUTPUT_DIR'] ?? DEFAULT_OUTPUT_DIR);
}

/** Bytes `monitor uart` may leave waiting for a UART's guest to read them. */
const UART_QUEUE_MAX = 0x10000;


export class MachineMonitor implements MonitorCapability {
  /** `monitor trace`: the exit recorder (its ring is allocated at the first start). */
  private recorder: TraceRecorder | null = null;
  /** `monitor uart` text waiting for room in each UART's receive FIFO. */
  private readonly uartQueues: number[][] = [];

  constructor(private readonly target: MonitorHost) {}

  /** The exit trace, once `monitor trace start` made one. */
  get trace(): TraceRecorder | null {
    return this.recorder;
  }

  /** Moves `monitor uart` text into the receive FIFOs as they drain. */
  feedUarts(): void {
    for (let i = 0; i < this.uartQueues.length; i++) {
      const q = this.uartQueues[i];
      const uart = this.target.board.uarts[i];
      if (q === undefined || q.length === 0 || uart === undefined) continue;
      const n = Math.min(uart.rxSpace, q.length);
      if (n > 0) uart.receive(Uint8Array.from(q.splice(0, n)));
    }
  }

  /** Runs one command for the thread GDB last selected (`Hg`). A refused command answers
   *  with its reason as text, not an error reply: GDB 13 shows an error reply to `qRcmd`
   *  only as "Protocol error with Rcmd". */
  run(command: string, output: (text: string) => void, thread?: ThreadId): void | Promise<void> {
    const refused = (e: unknown): void => {
      if (!(e instanceof TargetError)) throw e;
      const usage = e.errno === Errno.EINVAL && !e.message.includes('monitor help');
      output(`error: ${e.message}${usage ? " (see 'monitor help')" : ''}\n`);
    };
    try {
      const done = this.dispatch(command, output, thread ?? this.target.threads.current);
      if (done instanceof Promise) return done.catch(refused);
    } catch (e) {
      refused(e);
    }
  }

  private dispatch(command: string, output: (text: string) => void, thread: ThreadId): void | Promise<void> {
    const [word, ...args] = command.trim().split(/\s+/);
    const qemu = qemuCommand(word, args[0]);
    if (qemu !== undefined) {
      if (qemu.ours === undefined) throw new TargetError(Errno.EINVAL, `'${qemu.name}' is a QEMU monitor command, not one of zvm-gdbserver's: ${qemu.instead}`);
      return this.dispatch([qemu.ours, ...args.slice(qemu.name.split(' ').length - 1)].join(' '), output, thread);
    }
    switch (word) {
      case '':
      case 'help':
        output(MONITOR_HELP);
        return;
      case 'cpus':
        this.target.board.cpus.forEach((c, i) => {
          const v = this.target.threads.awareness?.running(i) ?? null;
          const guest = v === null ? '' : ` in ${v.vm.vcpuName(v)} (process ${this.target.threads.pidOf(v.vm)})`;
          output(
            `cpu${i}: ${this.target.board.powered[i] ? 'on ' : 'off'} EL${c.el} pc=0x${c.getPC().toString(16)} retired=${c.retired}${guest}\n`,
          );
        });
        return;
      case 'reset': {
        const vms = this.target.threads.listProcesses().filter((p) => p.pid !== MACHINE_PID);
        this.target.resetBoard();
        const pc = this.target.board.cpus[0].getPC();
        output(
          `system reset: the board starts again from its images, cpu0 at 0x${pc.toString(16)}; ` +
            (vms.length === 0 ? 'no VM was running.\n' : `process${vms.length > 1 ? 'es' : ''} ${vms.map((p) => p.pid).join(', ')} (VMs) ended: GDB is told ${this.target.nonStopActive() ? 'now' : 'at the next stop'}.\n`) +
            `processes now: 1 (the hypervisor, ${this.target.board.cpus.length} CPUs). GDB still shows the registers from before: 'flushregs' rereads them.\n`,
        );
        return;
      }
      case 'replay':
        output(this.target.replayInfo());
        return;
      case 'savevm':
        return savevmCommand(this.target, args).then(output);
      case 'loadvm':
        return loadvmCommand(this.target, args).then(output);
      case 'step':
        this.monitorStep(args, output);
        return;
      case 'vms':
        this.monitorVms(output);
        return;
      case 'vcpus':
        this.monitorVcpus(output);
        return;
      case 'addrspace':
        this.monitorAddrspace(args, output);
        return;
      case 'translate':
        this.monitorTranslate(args, output, thread);
        return;
      case 'catch':
      case 'trace':
      case 'uart':
      case 'watch':
        {
          const rest = command.trim().slice(word.length).trim();
          if (word === 'catch') this.monitorCatch(args, output);
          else if (word === 'watch') this.monitorWatch(args, output);
          else if (word === 'trace') this.monitorTrace(args, rest, output);
          else this.monitorUart(rest, output);
        }
        return;
      default:
        throw new TargetError(Errno.EINVAL, `unknown monitor command '${word}' (see 'monitor help')`);
    }
  }

  private monitorStep(args: string[], output: (text: string) => void): void {
    const [what, onOff] = args;
    if (what !== 'irq' || (onOff !== undefined && onOff !== 'on' && onOff !== 'off')) throw new TargetError(Errno.EINVAL, 'usage: monitor step irq [on|off]');
    if (onOff !== undefined) this.target.stepping.stepTakesInterrupts = onOff === 'on';
    output(
      this.target.stepping.stepTakesInterrupts
        ? 'step irq on: a step takes a pending interrupt (stepi may end in a vector)\n'
        : 'step irq off: a step takes no interrupt (the default, as QEMU)\n',
    );
  }

  private vmsOrNone(output: (text: string) => void): readonly Vm[] {
    const aw = this.target.threads.awareness;
    if (aw === null) {
      output('no VM awareness: the board has no EL2 (virtualization=off)\n');
      return [];
    }
    this.target.threads.refresh();
    const live = aw.vms.filter((vm) => !vm.gone);
    if (live.length === 0) output('no VM seen yet (a VM appears when a PE first runs it)\n');
    return live;
  }

  private monitorVms(output: (text: string) => void): void {
    for (const vm of this.vmsOrNone(output)) {
      const on = vm.vcpus.filter((v) => v.pe >= 0).map((v) => `cpu${v.pe}`);
      output(
        `process ${this.target.threads.pidOf(vm)}: ${vm.label}  VTTBR_EL2.BADDR=0x${vm.baddr.toString(16)} VMID=${(vm.vttbrHi >>> 16) & 0xffff}` +
          `  vcpus=${vm.vcpus.length}  ${on.length > 0 ? `running on ${on.join(' ')}` : 'not running'}` +
          `  addrspace=${this.target.addrSpaces.get(this.target.threads.pidOf(vm)) ?? 'va'}\n`,
      );
    }
  }

  private monitorVcpus(output: (text: string) => void): void {
    for (const vm of this.vmsOrNone(output)) {
      const pid = this.target.threads.pidOf(vm);
      for (const v of vm.vcpus) {
        const r: Resolved = { kind: 'vcpu', vm, vcpu: v };
        const b = new Uint8Array(8);
        this.target.threads.readReg(r, REG.PC, b, 0);
        const pc = new DataView(b.buffer).getBigUint64(0, true);
        this.target.threads.readReg(r, REG.CPSR, b, 0);
        const pstate = new DataView(b.buffer).getUint32(0, true);
        const where = v.pe >= 0 ? `running on cpu${v.pe}` : `not running${v.lastPe >= 0 ? ` (last on cpu${v.lastPe})` : ''}`;
        output(
          `thread ${pid}.${v.index + 1}: ${vm.vcpuName(v)}  VMPIDR_EL2=0x${v.mpidr.toString(16)}  ${where}` +
            `  pc=0x${pc.toString(16)} EL${(pstate >>> 2) & 3}${pstate & 1 ? 'h' : 't'}  exits=${v.exits}` +
            `${v.hasPendingWrites ? '  (register writes pending)' : ''}\n`,
        );
      }
    }
  }

  private monitorWatch(args: string[], output: (text: string) => void): void {
    const [sub, addrArg, lenArg, ...rest] = args;
    if (sub === undefined || sub === 'list') {
      if (this.target.points.physWatches.list.length === 0) output('no physical watchpoints\n');
      for (const w of this.target.points.physWatches.list) {
        const where = w.pieces.map((p) => `PA 0x${p.pa.toString(16)}+${p.len}`).join(', ');
        output(`${w.id}: ${w.type} ${w.label} (${where})  hits=${w.hits}\n`);
      }
      return;
    }
    if (sub === 'delete') {
      const id = addrArg === 'all' ? 'all' : Number(addrArg);
      if (id !== 'all' && !Number.isInteger(id)) throw new TargetError(Errno.EINVAL, 'usage: watch delete N|all');
      const gone = this.target.points.removePhysicalWatch(id);
      if (gone.length === 0 && id !== 'all') throw new TargetError(Errno.EINVAL, `no physical watchpoint ${id}`);
      output(`deleted ${gone.length} physical watchpoint(s)\n`);
      return;
    }
    if (sub !== 'pa' && sub !== 'ipa') throw new TargetError(Errno.EINVAL, `unknown watch command '${sub}' (try 'monitor help')`);
    const addr = parseNumber(addrArg);
    const len = Number(parseNumber(lenArg) ?? -1n);
    if (addr === undefined || !(len >= 1 && len <= 1 << 20)) throw new TargetError(Errno.EINVAL, `usage: watch ${sub} ADDR LEN [r|w|rw]${sub === 'ipa' ? ' [vm PID]' : ''} (LEN 1..1 MiB)`);
    const vmAt = rest.indexOf('vm');
    const type = parseWatchType(vmAt === 0 ? undefined : rest[0]);
    if (type === undefined) throw new TargetError(Errno.EINVAL, `watch type '${rest[0]}': r, w or rw`);
    let label = `PA 0x${addr.toString(16)}+${len}`;
    let toPa = (a: bigint): number => (a < 2n ** 48n ? Number(a) : -1);
    if (sub === 'ipa') {
      const pid = vmAt >= 0 ? Number(rest[vmAt + 1]) : this.target.threads.current.pid;
      const vm = this.target.threads.vmOf(pid);
      if (vm === undefined) throw new TargetError(Errno.EINVAL, `process ${pid} is not a VM (give 'vm PID', see 'monitor vms')`);
      const t = this.target.translator.load(vm, null);
      toPa = (a) => t.toPa('ipa', a);
      label = `IPA 0x${addr.toString(16)}+${len} of process ${pid} (${vm.label})`;
    }
    const pieces = physicalPieces(addr, len, toPa);
    if (typeof pieces === 'string') throw new TargetError(Errno.EFAULT, pieces);
    const w = this.target.points.addPhysicalWatch(pieces, type, label);
    output(`physical watchpoint ${w.id}: ${type} ${label}\n`);
  }


  private monitorAddrspace(args: string[], output: (text: string) => void): void {
    const [mode, pidArg] = args;
    const pid = pidArg !== undefined ? Number(pidArg) : this.target.threads.current.pid;
    const vm = this.target.threads.vmOf(pid);
    if (vm === undefined) {
      if (mode === undefined || mode === 'va') {
        output(`process ${pid}: virtual addresses of each CPU's current regime (EL2 while in a guest)\n`);
        return;
      }
      throw new TargetError(Errno.EINVAL, `process ${pid} is not a VM: only 'va' (usage: monitor addrspace va|ipa|pa [PID])`);
    }
    if (mode !== undefined) {
      if (mode !== 'va' && mode !== 'ipa' && mode !== 'pa') throw new TargetError(Errno.EINVAL, 'usage: monitor addrspace va|ipa|pa [PID]');
      this.target.addrSpaces.set(pid, mode);
    }
    const m = this.target.addrSpaces.get(pid) ?? 'va';
    const what = m === 'va' ? "guest virtual addresses (the vCPU's stage 1, then stage 2)" : m === 'ipa' ? 'intermediate physical addresses (stage 2)' : 'host physical addresses';
    output(`process ${pid} (${vm.label}): ${what}\n`);
  }

  private needAwareness(): VmAwareness {
    if (this.target.threads.awareness === null) throw new TargetError(Errno.EINVAL, 'no VM awareness: the board has no EL2 (virtualization=off)');
    return this.target.threads.awareness;
  }

  private monitorCatch(args: string[], output: (text: string) => void): void {
    this.needAwareness();
    const describe = (id: number): string => {
      const c = this.target.points.catches.all.find((x) => x.id === id)!;
      return `catchpoint ${c.id}: exits ${c.filter.text}${c.filter.vmPid >= 0 ? '' : ' (every VM)'}, ${c.hits} hit(s)`;
    };
    const [sub, ...rest] = args;
    if (sub === undefined || sub === 'list' || sub === 'info') {
      if (this.target.points.catches.all.length === 0) output('no catchpoints\n');
      for (const c of this.target.points.catches.all) output(`${describe(c.id)}\n`);
      return;
    }
    if (sub === 'last') {
      output(`${this.target.lastCatch() ?? 'no catchpoint hit yet'}\n`);
      return;
    }
    if (sub === 'delete') {
      const what = rest[0];
      if (what === undefined) throw new TargetError(Errno.EINVAL, 'usage: monitor catch delete N|all');
      const n = this.target.points.catches.delete(what);
      if (n === 0 && what !== 'all') throw new TargetError(Errno.EINVAL, `no catchpoint ${what}`);
      output(`deleted ${n} catchpoint(s)\n`);
      return;
    }
    try {
      const c = this.target.points.catches.add(args);
      if (c.filter.vmPid >= 0 && c.filter.vmPid < FIRST_VM_PID) {
        this.target.points.catches.delete(String(c.id));
        throw new Error(`process ${c.filter.vmPid} is not a VM (VMs are processes ${FIRST_VM_PID}.., see 'monitor vms')`);
      }
      output(`${describe(c.id)}\n`);
    } catch (e) {
      throw new TargetError(Errno.EINVAL, `${(e as Error).message}\nusage: monitor catch hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N [vm PID]`);
    }
  }

  private traceNames(): TraceNames {
    const aw = this.needAwareness();
    this.target.threads.refresh();
    return {
      vmName: (pid) => aw.vms[pid - FIRST_VM_PID]?.label ?? `process ${pid}`,
      vcpuName: (pid, index) => {
        const vm = aw.vms[pid - FIRST_VM_PID];
        const v = vm?.vcpus.find((x) => x.index === index);
        return vm === undefined || v === undefined ? `vcpu${index}` : `${vm.vcpuName(v)}${v.lastPe >= 0 ? ` (cpu${v.lastPe})` : ''}`;
      },
    };
  }

  private monitorTrace(args: string[], rest: string, output: (text: string) => void): void {
    this.needAwareness();
    const now = (): number => this.target.board.cpus[0].counter();
    const sub = args[0];
    if (sub === 'start') {
      let filter;
      try {
        filter = parseExitFilter(args.slice(1));
      } catch (e) {
        throw new TargetError(Errno.EINVAL, `${(e as Error).message}\nusage: monitor trace start [hvc|smc|dabt|iabt|sysreg|wfx|irq|ec=N ...] [vm PID]`);
      }
      this.recorder ??= new TraceRecorder();
      this.recorder.start(filter, now());
      output(`tracing exits to EL2: ${filter.text} (ring of ${this.recorder.capacity} exits)\n`);
      return;
    }
    const t = this.recorder;
    if (t === null) throw new TargetError(Errno.EINVAL, "no trace: use 'monitor trace start [filter]' first");
    if (sub === 'stop') {
      t.stop(now());
      output(`trace stopped: ${t.total} exits recorded${t.dropped > 0 ? ` (${t.dropped} oldest overwritten)` : ''}\n`);
      return;
    }
    if (sub === 'status' || sub === undefined) {
      output(`trace ${t.recording ? 'recording' : 'stopped'}: filter ${t.filter.text}, ${t.total} exits recorded, ${t.count} held\n`);
      return;
    }
    if (sub === 'summary') {
      for (const line of t.summary(this.traceNames())) output(`${line}\n`);
      return;
    }
    if (sub === 'save') {
      const words = rest.slice('save'.length).trim().split(/\s+/).filter((w) => w !== '');
      const force = words[0] === '-f';
      const file = this.savePath(force ? words.slice(1) : words, 'trace save');
      if (t.recording) t.stopTicks = now();
      this.saveFile(file, t.toJson(this.traceNames()), force);
      output(`saved ${t.count} exits to ${file} (Chrome trace-event JSON: open it in https://ui.perfetto.dev)\n`);
      return;
    }
    throw new TargetError(Errno.EINVAL, 'usage: monitor trace start [filter] | stop | status | summary | save [-f] NAME');
  }

  /** The output directory's file for `[NAME]`; anything but one plain name is refused. */
  private savePath(words: readonly string[], command: string): string {
    const dir = this.target.outputDir;
    const name = words.length === 1 ? words[0]! : '';
    if (!PLAIN_NAME.test(name)) {
      throw new TargetError(
        Errno.EINVAL,
        `usage: monitor ${command} [-f] NAME: NAME is a plain file name (letters, digits, . _ -), saved in ${dir}; -f overwrites`,
      );
    }
    return join(dir, name);
  }

  /** Writes a new file (an existing one only with `force`, and never through a link). */
  private saveFile(file: string, data: string, force: boolean): void {
    try {
      mkdirSync(this.target.outputDir, { recursive: true });
      const existing = lstatSync(file, { throwIfNoEntry: false });
      if (existing !== undefined && (!force || !existing.isFile())) {
        throw new TargetError(Errno.EINVAL, `${file} exists${existing.isFile() ? ': save with -f to overwrite it' : ' and is not a file'}`);
      }
      writeFileSync(file, data, { flag: force ? 'w' : 'wx' });
    } catch (e) {
      if (e instanceof TargetError) throw e;
      throw new TargetError(Errno.EIO, `cannot write ${file}: ${(e as Error).message}`);
    }
  }

  private monitorUart(rest: string, output: (text: string) => void): void {
    const m = /^(\d+)\s+([\s\S]+)$/.exec(rest);
    const uart = m === null ? undefined : this.target.board.uarts[Number(m[1])];
    if (m === null || uart === undefined) throw new TargetError(Errno.EINVAL, `usage: monitor uart N TEXT (N = 0..${this.target.board.uarts.length - 1}; TEXT may be "quoted" with \\r \\n \\t \\xHH escapes)`);
    const bytes = uartText(m[2]);
    const n = Number(m[1]);
    this.type(n, bytes);
    output(`typed ${bytes.length} byte(s) into uart${n}\n`);
  }

  /** Types `bytes` into UART `n` (its guest reads them as its receive FIFO drains). */
  type(n: number, bytes: readonly number[]): void {
    const queue = (this.uartQueues[n] ??= []);
    // A guest that never reads its UART must not make the server hold text without end.
    if (queue.length + bytes.length > UART_QUEUE_MAX) {
      throw new TargetError(Errno.ENOSPC, `uart${n} has ${queue.length} byte(s) the guest has not read yet (at most ${UART_QUEUE_MAX} wait)`);
    }
    for (const b of bytes) queue.push(b);
    this.feedUarts();
  }

  /** Bytes typed into UART `n` (by `type`, the console or `monitor uart`) that its guest has not read yet. */
  unread(n: number): number {
    return (this.uartQueues[n]?.length ?? 0) + (this.target.board.uarts[n]?.rxPending ?? 0);
  }

  private monitorTranslate(args: string[], output: (text: string) => void, selected: ThreadId): void {
    const [arg, threadArg] = args;
    const addr = parseNumber(arg);
    if (addr === undefined) {
      // GDB passes the text through: it evaluates no expression, symbol or register in it.
      const hint = arg !== undefined && /[&$*(a-z_]/i.test(arg) ? ` ('${arg}' is not a number: GDB does not evaluate monitor arguments; try eval "monitor translate 0x%lx", ${arg})` : '';
      throw new TargetError(Errno.EINVAL, `usage: monitor translate ADDRESS [PID.TID]${hint}`);
    }
    const thread = threadArg === undefined ? selected : parseThread(threadArg);
    if (thread === undefined) throw new TargetError(Errno.EINVAL, `thread '${threadArg}': give PID.TID as in GDB's "Thread PID.TID" (see 'info threads')`);
    // GDB does not name its current thread in qRcmd: this is the one it last selected (Hg),
    // which 'info threads' leaves on the last thread listed.
    output(`thread ${thread.pid}.${thread.tid}${threadArg === undefined ? " (the thread GDB last selected; add PID.TID to choose)" : ''}:\n`);
    const r = this.target.threads.resolve(thread);
    if (r.kind === 'vcpu') {
      const t = this.target.translator.load(r.vm, vcpuSysValues(r.vcpu, this.target.board.cpus));
      output(`${r.vm.vcpuName(r.vcpu)} (${r.vcpu.pe >= 0 ? `on cpu${r.vcpu.pe}` : 'snapshot'}), stage 1 ${t.stage1Enabled ? 'on' : 'off'}:\n`);
      const tr = this.target.addrSpaces.get(this.target.threads.pidOf(r.vm)) === 'ipa' ? t.traceIpa(addr) : t.traceVa(addr);
      for (const line of formatTranslation(tr)) output(`  ${line}\n`);
      return;
    }
    const cpu = r.cpu;
    const i = cpu.index;
    if (this.target.threads.awareness !== null && cpu.el < 2 && inGuestRegime(cpu)) {
      const t = this.target.translator.loadHost(cpu.sys.values, hcrE2H(cpu));
      output(`cpu${i} (in a guest; the hypervisor's EL2 regime):\n`);
      for (const line of formatTranslation(t.traceVa(addr))) output(`  ${line}\n`);
      return;
    }
    if (!cpu.mmu.on) {
      output(`cpu${i}: translation is off: VA 0x${addr.toString(16)} = PA 0x${addr.toString(16)}\n`);
      return;
    }
    output(`cpu${i} (EL${cpu.el}):\n`);
    for (const line of formatTranslation(cpu.mmu.debug(addr))) output(`  ${line}\n`);
  }
}


/** `monitor uart` TEXT: optionally "quoted"; C escapes (\r \n \t \e \\ \" \xHH) give control bytes. */
export function uartText(text: string): number[] {
  let s = text.trim();
  if (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0])) s = s.slice(1, -1);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out.push(s.charCodeAt(i) & 0xff);
      continue;
    }
    const e = s[++i];
    const simple: Record<string, number> = { r: 13, n: 10, t: 9, e: 27, '0': 0, '\\': 92, '"': 34, "'": 39 };
    if (e === 'x' && /^[0-9a-f]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (simple[e] !== undefined) out.push(simple[e]);
    else out.push(92, s.charCodeAt(i) & 0xff);
  }
  return out;
}

/** A `PID.TID` thread argument, or undefined. */
function parseThread(arg: string): ThreadId | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(arg);
  return m === null ? undefined : { pid: Number(m[1]), tid: Number(m[2]) };
}

/** QEMU monitor commands users type by habit: the equivalent here (`ours`), or what to use
 *  instead. Two-word entries match the first two words. */
const QEMU_COMMANDS: readonly { readonly name: string; readonly ours?: string; readonly instead?: string }[] = [
  { name: 'info cpus', ours: 'cpus' },
  { name: 'system_reset', ours: 'reset' },
  { name: 'gva2gpa', ours: 'translate' },
  { name: 'info replay', ours: 'replay' },
  { name: 'info registers', instead: "use GDB's 'info registers' ('info all-registers' adds the system registers) or 'monitor cpus'" },
  { name: 'info version', instead: "this is zvm-gdbserver, an emulated virt board, not QEMU (see 'monitor help')" },
  { name: 'info mtree', instead: "the board's memory map is in the README; 'monitor translate' walks an address" },
  { name: 'info tlb', instead: "'monitor translate ADDR' walks one address" },
  { name: 'info mem', instead: "'monitor translate ADDR' walks one address" },
  { name: 'info', instead: "zvm-gdbserver has no 'info' commands (see 'monitor help')" },
  { name: 'xp', instead: "use GDB's x after 'monitor addrspace pa' (or 'monitor watch pa')" },
  { name: 'quit', instead: "use GDB's 'kill' to end the board" },
  { name: 'q', instead: "use GDB's 'kill' to end the board" },
  { name: 'stop', instead: "use GDB's Ctrl-C or 'interrupt'" },
  { name: 'cont', instead: "use GDB's 'continue'" },
  { name: 'c', instead: "use GDB's 'continue'" },
];

function qemuCommand(word: string, next: string | undefined): (typeof QEMU_COMMANDS)[number] | undefined {
  return QEMU_COMMANDS.find((c) => c.name === `${word} ${next}`) ?? QEMU_COMMANDS.find((c) => c.name === word);
}

/** A monitor command's number (decimal or 0x hex), or undefined. */
function parseNumber(arg: string | undefined): bigint | undefined {
  return arg !== undefined && /^(0x[0-9a-f]+|\d+)$/i.test(arg) ? BigInt(arg) : undefined;
}

const MONITOR_HELP = `zvm-gdbserver monitor commands:
  help           this text
  cpus           list the CPUs with their state, EL, PC and retired instructions
  reset          reset the board (CPU 0 restarts at the image entry point)
  info replay    record/replay (-icount rr=record|replay,rrfile=FILE): mode, file,
                 instruction count, inputs logged or consumed and remaining, the whole
                 machine's state hash, and where a replay first left the recorded course
  savevm [-f] NAME
                 save the whole machine to snapshot file NAME in the server's output
                 directory (-f replaces it)
  loadvm NAME    restore the machine from snapshot file NAME (all-stop mode); GDB's
                 cached registers are stale after it: 'maint flush register-cache'
  translate ADDR [PID.TID]
                 walk ADDR (a number: GDB evaluates no expression in a monitor command)
                 through a thread's translation, level by level (a vCPU: its stage 1, then
                 its VM's stage 2); the thread GDB last selected unless PID.TID is given
  step irq [on|off]
                 whether stepi/step may take a pending interrupt (off by default, as
                 QEMU's gdbstub: stepping stays out of the interrupt vectors)
  vms            list the VMs seen (process, stage-2 table, vCPUs, where they run)
  vcpus          list every vCPU (thread, VMPIDR, PE or snapshot, PC, exits)
  addrspace [va|ipa|pa] [PID]
                 how a VM process's addresses are read: guest VAs (default), IPAs or host PAs
  catch CLASS [vm PID]
                 stop a vCPU when it exits to the hypervisor for CLASS = hvc|smc|dabt|iabt|
                 sysreg|wfx|irq|ec=N (ESR_EL2.EC), in every VM or only in process PID;
                 the board stops as for a breakpoint, reported as the vCPU's thread
  catch list     list the catchpoints and their hits
  catch last     the last hit: vCPU, pCPU, EC, ESR_EL2, FAR_EL2/IPA, guest PC
  catch delete N|all
                 delete catchpoint N, or all
  trace start [CLASS...] [vm PID]
                 record every exit to EL2 (or the matching ones) in a ring
  trace stop     stop recording
  trace status   recording or not, exits recorded
  trace summary  exits per VM and class
  trace save [-f] NAME
                 write the trace as Chrome trace-event JSON (Perfetto, chrome://tracing;
                 npx tsx tools/trace-svg.ts FILE renders an SVG timeline) to NAME, a plain
                 file name in the server's output directory; -f overwrites NAME
  uart N TEXT    type TEXT into UART N's receive FIFO (e.g. the hypervisor's shell on 0);
                 TEXT may be "quoted", with \\r \\n \\t \\xHH escapes
${WATCH_HELP.replace(/^/gm, '  ').trimEnd()}
`;
