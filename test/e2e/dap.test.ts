// The IDE path, end to end: Eclipse CDT's GDB debug adapter (npm `cdt-gdb-adapter`, the
// adapter behind cdt-gdb-vscode, spoken to over the Debug Adapter Protocol exactly as VS
// Code does) drives the real gdb-multiarch against our real server running the default
// system (hypervisor + RTOS VM). The adapter knows nothing about VMs: everything it needs
// is set up with ordinary GDB commands in the launch configuration (docs/vscode.md):
//
//   initCommands: ['set schedule-multiple on']
//       the adapter's -exec-continue must resume every inferior, not only the current one.
//       Nothing else: no `set architecture aarch64` (the server gives every VM a program,
//       src/debug/executables.ts), no `unset tdesc filename` (the first resume of every
//       thread is answered with an exec stop per VM, which makes GDB read the VM's register
//       description: src/rsp/handlers/descriptions.ts).

import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { GDB, freePort, haveGdb } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
/** cdt-gdb-adapter's target-mode entry (`cdtDebugTargetAdapter`, class GDBTargetDebugSession). */
const ADAPTER = createRequire(import.meta.url).resolve('cdt-gdb-adapter/dist/debugTargetAdapter.js');

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The server process running the default system, as in vm.test.ts. */

/** A minimal DAP client: Content-Length framed JSON over the adapter's stdin/stdout. */
class DapClient {
  readonly child: ChildProcess;
  readonly events: DebugProtocol.Event[] = [];
  /** Every message both ways (for failure reports). */
  readonly log: string[] = [];
  private seq = 1;
  private buf = Buffer.alloc(0);
  private readonly pending = new Map<number, (r: DebugProtocol.Response) => void>();
  private waiters: Array<() => void> = [];
  private err = '';

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [ADAPTER], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.child.stderr!.on('data', (d: Buffer) => (this.err += d.toString('utf8')));
    this.child.on('close', () => this.wake());
  }

  get stderr(): string {
    return this.err;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, end).toString('ascii'));
      if (!m) throw new Error(`bad DAP header: ${this.buf.subarray(0, end).toString('ascii')}`);
      const len = Number(m[1]);
      if (this.buf.length < end + 4 + len) return;
      const body = this.buf.subarray(end + 4, end + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(end + 4 + len);
      this.log.push(`<- ${body.length > 1500 ? `${body.slice(0, 1500)}...` : body}`);
      const msg = JSON.parse(body) as DebugProtocol.ProtocolMessage;
      if (msg.type === 'response') {
        const r = msg as DebugProtocol.Response;
        this.pending.get(r.request_seq)?.(r);
        this.pending.delete(r.request_seq);
      } else if (msg.type === 'event') {
        this.events.push(msg as DebugProtocol.Event);
        this.wake();
      } else if (msg.type === 'request') {
        // Reverse requests (runInTerminal, startDebugging) are not used in target mode.
        const req = msg as DebugProtocol.Request;
        const res: DebugProtocol.Response = { seq: this.seq++, type: 'response', request_seq: req.seq, command: req.command, success: false, message: 'not supported' };
        this.send(res);
      }
    }
  }

  private send(msg: DebugProtocol.ProtocolMessage): void {
    const body = JSON.stringify(msg);
    this.log.push(`-> ${body}`);
    this.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`);
  }

  /** Sends a request; resolves with the response body, rejects on failure or timeout. */
  request<T>(command: string, args?: object, timeoutMs = 60_000): Promise<T> {
    const seq = this.seq++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new Error(`DAP ${command} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(seq, (r) => {
        clearTimeout(timer);
        if (r.success) resolve(r.body as T);
        else reject(new Error(`DAP ${command} failed: ${r.message ?? '?'}`));
      });
      const req: DebugProtocol.Request = { seq, type: 'request', command, ...(args !== undefined && { arguments: args }) };
      this.send(req);
    });
  }

  /** The first event `name` at index `from` or later. */
  async waitEvent<T extends DebugProtocol.Event>(name: string, from: number, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const e = this.events.slice(from).find((ev) => ev.event === name);
      if (e) return e as T;
      const left = deadline - Date.now();
      if (left <= 0 || this.child.exitCode !== null) throw new Error(`no DAP '${name}' event within ${timeoutMs} ms`);
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(Math.min(left, 200))]);
    }
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise<void>((r) => this.child.once('close', () => r()));
    this.child.kill('SIGKILL');
    await gone;
  }
}

type Vars = DebugProtocol.VariablesResponse['body'];

describe.skipIf(!haveGdb())('cdt-gdb-adapter (Debug Adapter Protocol) with gdb-multiarch on the default system', () => {
  let server: SystemServer;
  let dap: DapClient;
  const why = (): string =>
    `--- DAP ---\n${dap?.log.slice(-60).join('\n')}\n--- adapter stderr ---\n${dap?.stderr.slice(-2000)}\n` +
    `--- server stdout ---\n${server?.stdout.slice(-1500)}\n--- server stderr ---\n${server?.stderr.slice(-1500)}`;

  beforeAll(async () => {
    server = new SystemServer(await freePort());
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    dap = new DapClient(REPO_ROOT);
  }, 200_000);

  afterAll(async () => {
    await dap?.kill();
    await server?.stop();
  });

  it('attaches, stops at a breakpoint on an RTOS function in VM thread, reads its locals, continues and disconnects', async () => {
    try {
      const caps = await dap.request<DebugProtocol.Capabilities>('initialize', {
        clientID: 'zvm-gdbserver-test',
        adapterID: 'gdbtarget',
        linesStartAt1: true,
        columnsStartAt1: true,
        pathFormat: 'path',
      });
      expect(caps.supportsConfigurationDoneRequest).toBe(true);
      expect(caps.supportsFunctionBreakpoints).toBe(true);

      // cdt-gdb-vscode's "gdbtarget" attach configuration (see docs/vscode.md).
      await dap.request('attach', {
        gdb: GDB,
        program: HOST,
        cwd: REPO_ROOT,
        target: { type: 'extended-remote', host: '127.0.0.1', port: String(server.port) },
        initCommands: ['set schedule-multiple on'],
      }, 120_000);
      await dap.waitEvent('initialized', 0, 10_000);
      expect(dap.log.join('\n')).toMatch(/connected to extended-remote target 127\.0\.0\.1:\d+/);

      // k_msgq_put has one caller, the control task (app.c:114, once per 5 ms period).
      // (A function breakpoint's `condition` would be the other way to pick a caller, but
      // cdt-gdb-adapter 1.7.0 does not pass it to GDB for function breakpoints.)
      const bps = await dap.request<DebugProtocol.SetFunctionBreakpointsResponse['body']>('setFunctionBreakpoints', {
        breakpoints: [{ name: 'k_msgq_put' }],
      });
      expect(bps.breakpoints, why()).toHaveLength(1);
      expect(bps.breakpoints[0]!.verified, why()).toBe(true);

      // configurationDone resumes the target (the adapter paused it to insert the breakpoint).
      let from = dap.events.length;
      await dap.request('configurationDone', {});
      const stopped = await dap.waitEvent<DebugProtocol.StoppedEvent>('stopped', from, 120_000);
      expect(stopped.body.reason, why()).toMatch(/breakpoint/);

      // Threads: the hypervisor's physical CPUs and the VM's vCPU, named by the server.
      const { threads } = await dap.request<DebugProtocol.ThreadsResponse['body']>('threads');
      // GDB/MI appends what a thread runs to its name: CPU 1 runs the VM's vCPU (its
      // hypervisor thread shows the hypervisor's own context, see hypervisor-threads.test.ts).
      const names = threads.map((t) => t.name.replace(/ \(.*\)$/, ''));
      expect(names, why()).toEqual(expect.arrayContaining(['cpu0', 'cpu1', 'cpu2', 'cpu3', 'zephyr_os-0-vcpu0']));
      expect(threads.find((t) => t.name.startsWith('cpu1'))?.name, why()).toBe('cpu1 (in zephyr_os-0 vcpu0, EL1)');
      const vcpu = threads.find((t) => t.name === 'zephyr_os-0-vcpu0')!;
      expect(stopped.body.threadId, why()).toBe(vcpu.id);

      // The stack of the vCPU: k_msgq_put called from control_task (src/guests/rtos).
      const stack = await dap.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: vcpu.id, startFrame: 0, levels: 10 });
      const [top, caller] = stack.stackFrames;
      expect(top?.name, why()).toBe('k_msgq_put');
      expect(top?.source?.path, why()).toMatch(/src\/guests\/rtos\/kernel\.c$/);
      expect(caller?.name, why()).toBe('control_task');
      expect(caller?.source?.path, why()).toMatch(/src\/guests\/rtos\/app\.c$/);
      expect(caller?.line, why()).toBe(114); // k_msgq_put(&log_q, latency);

      // The call stack of CPU 1's hypervisor thread: the hypervisor where it entered the
      // guest, one frame, never the guest's PC under the hypervisor's symbols.
      const cpu1 = threads.find((t) => t.name.startsWith('cpu1'))!;
      const host = await dap.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: cpu1.id, startFrame: 0, levels: 10 });
      expect(host.stackFrames.map((f) => f.name), why()).toEqual(['guest_enter']);
      expect(host.stackFrames[0]?.source?.path, why()).toMatch(/src\/zvm\/firmware\/start\.S$/);

      // Frame 0's arguments and frame 1's locals, as the Variables view reads them.
      const value = async (frameId: number, name: string): Promise<string | undefined> => {
        const { scopes } = await dap.request<DebugProtocol.ScopesResponse['body']>('scopes', { frameId });
        const local = scopes.find((s) => s.name === 'Local')!;
        const { variables } = await dap.request<Vars>('variables', { variablesReference: local.variablesReference });
        return variables.find((v) => v.name === name)?.value;
      };
      const evaluate = async (frameId: number, expression: string): Promise<string> =>
        (await dap.request<DebugProtocol.EvaluateResponse['body']>('evaluate', { expression, frameId, context: 'watch' })).result;
      expect(await value(top!.id, 'q'), why()).toMatch(/^0x4000[0-9a-f]{4} <log_q>$/);
      // app.c: period_cycles = CONTROL_PERIOD_TICKS (5) * k_cycles_per_tick() (62.5 MHz / 1000 Hz).
      expect(await value(caller!.id, 'period_cycles'), why()).toBe('312500');
      expect(await value(caller!.id, 'self'), why()).toMatch(/^0x4000[0-9a-f]{4} <threads(\+\d+)?>$/);
      const next = await value(caller!.id, 'next');
      expect(next, why()).toMatch(/^\d+$/);
      expect(await evaluate(top!.id, 'current->name'), why()).toMatch(/^0x4000[0-9a-f]{4} "control"$/);
      const periods = Number(await evaluate(top!.id, 'ctl.periods'));
      expect(periods, why()).toBeGreaterThan(0);

      // Continue: the next control period, 5 ticks later.
      from = dap.events.length;
      const cont = await dap.request<DebugProtocol.ContinueResponse['body']>('continue', { threadId: vcpu.id });
      expect(cont.allThreadsContinued, why()).toBe(true);
      const again = await dap.waitEvent<DebugProtocol.StoppedEvent>('stopped', from, 120_000);
      expect(again.body.threadId, why()).toBe(vcpu.id);
      const stack2 = await dap.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: vcpu.id, startFrame: 0, levels: 2 });
      expect(stack2.stackFrames.map((f) => f.name), why()).toEqual(['k_msgq_put', 'control_task']);
      expect(await value(stack2.stackFrames[1]!.id, 'next'), why()).toBe(String(Number(next) + 5));
      expect(Number(await evaluate(stack2.stackFrames[0]!.id, 'ctl.periods')), why()).toBe(periods + 1);

      // A hypervisor catchpoint typed in the IDE's debug console: the RTOS's next MMIO access
      // (its console task polls the PL011, a data abort to EL2). The syndrome is in $_siginfo
      // (src/debug/siginfo.ts) and in the vCPU's own ESR/FAR/HPFAR_EL2, as the Watch view reads them.
      await dap.request('setFunctionBreakpoints', { breakpoints: [] });
      await dap.request('evaluate', { expression: '> monitor catch dabt vm 2', context: 'repl' });
      from = dap.events.length;
      await dap.request('continue', { threadId: vcpu.id });
      const caught = await dap.waitEvent<DebugProtocol.StoppedEvent>('stopped', from, 120_000);
      expect(caught.body.threadId, why()).toBe(vcpu.id);
      const [at] = (await dap.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: vcpu.id, startFrame: 0, levels: 1 })).stackFrames;
      expect(await evaluate(at!.id, '$_siginfo.si_code'), why()).toBe('128'); // SI_KERNEL: a hypervisor exit
      expect(await evaluate(at!.id, '$_siginfo._sifields._sigsys._syscall'), why()).toBe('36'); // EC 0x24, DABT_LOWER
      const ipa = Number(await evaluate(at!.id, '$_siginfo._sifields._sigchld.si_stime'));
      expect(ipa >= 0x0900_0000 && ipa < 0x0900_1000, `${ipa.toString(16)}\n${why()}`).toBe(true); // the PL011
      expect(await evaluate(at!.id, '$esr_el2 == $_siginfo._sifields._sigsys._arch'), why()).toBe('1');
      expect(await evaluate(at!.id, '$far_el2 == (long)$_siginfo._sifields._sigfault.si_addr'), why()).toBe('1');
      expect(await evaluate(at!.id, '($hpfar_el2 >> 4) == ($_siginfo._sifields._sigchld.si_stime >> 12)'), why()).toBe('1');
      await dap.request('evaluate', { expression: '> monitor catch delete all', context: 'repl' });

      // Disconnect: GDB detaches and exits; the system runs on
      // without a debugger (the adapter itself is ended by its client, as VS Code does).
      const out = server.stdout.length;
      await dap.request('disconnect', {}, 60_000);
      const outputText = (): string =>
        dap.events.filter((e) => e.event === 'output').map((e) => (e as DebugProtocol.OutputEvent).body.output).join('');
      const deadline = Date.now() + 30_000;
      while (!/gdb exited/.test(outputText()) && Date.now() < deadline) await sleep(200);
      expect(outputText(), why()).toMatch(/gdb exited/);
      // A connection that merely drops leaves the board stopped (src/debug/server.ts); the
      // RTOS printing on proves GDB detached.
      await server.waitFor(/\[zephyr_os-0\] (?:rtos> )?logger: \d+ control periods/, 'stdout', 120_000, out);
      expect(server.child.exitCode, why()).toBeNull();
    } catch (e) {
      if (e instanceof Error && !e.message.includes('--- DAP ---')) e.message += `\n${why()}`;
      throw e;
    }
  }, 420_000);
});
