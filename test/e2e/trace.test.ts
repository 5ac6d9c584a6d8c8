// End to end: trap catchpoints, exit tracing and console input from the real gdb-multiarch
// against the real server running the default system: the hypervisor (images/zvm_host.elf)
// with the RTOS VM and the hostile test guest (src/guests/hostile) staged as the second
// VM. The hostile guest's commands are typed into the hypervisor's shell with
// `monitor uart 0`, as a user would from GDB.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR, buildHostileImage } from '../../tools/build-zvm.ts';
import { REPO_ROOT } from '../../tools/build-guests.ts';
import { linuxVmDtb, zvmSystemArgs } from '../../src/zvm/system.ts';
import { GDB, InteractiveGdb, freePort, gdbConnectArgs, haveGdb } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');
const RTOS_BIN = join(IMAGES_DIR, 'rtos.bin');
const SCRIPT = join(REPO_ROOT, 'tools', 'gdb', 'trace-traps.py');

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


interface TraceDoc {
  traceEvents: { name: string; ph: string; ts?: number; dur?: number; pid: number; tid?: number; args: Record<string, unknown> }[];
  otherData: Record<string, unknown>;
}

describe.skipIf(!haveGdb())('gdb-multiarch: trap catchpoints, exit tracing and monitor uart on the default system', () => {
  let dir: string;
  let server: SystemServer;
  let gdb: InteractiveGdb;
  let hostilePid = 0;
  const why = (): string =>
    `--- gdb ---\n${gdb?.output.slice(-6000)}\n--- server stdout ---\n${server?.stdout.slice(-2000)}\n--- server stderr ---\n${server?.stderr.slice(-2000)}`;

  async function run(commands: readonly string[], timeoutMs = 60_000): Promise<string> {
    return (await gdb.run(commands, timeoutMs)).replace(/^(\(gdb\) )+/gm, '');
  }

  /** Monitor output arrives on GDB's stderr, possibly after the marker that ends run(). */
  async function eventually(re: RegExp, from: number, timeoutMs = 20_000): Promise<RegExpExecArray> {
    return gdb.waitFor(re, timeoutMs, from).catch((e: Error) => {
      throw new Error(`${e.message}\n${why()}`);
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-trace-'));
    const hostile = buildHostileImage(join(dir, 'build'));
    const dtb = join(dir, 'vm.dtb');
    writeFileSync(dtb, linuxVmDtb(0));
    const args = zvmSystemArgs({ host: HOST, rtosBin: RTOS_BIN, linux: { image: hostile, dtb, initrd: dtb } });
    // `monitor trace save NAME` writes there (the server inherits the environment).
    process.env['ZVM_OUTPUT_DIR'] = dir;
    server = new SystemServer(await freePort(), args);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
    await server.waitFor(/\[linux_os-1\] hostile: ready/, 'stdout', 120_000);
    gdb = new InteractiveGdb(server.port, HOST);
    await gdb.run(['set confirm off', 'set schedule-multiple on'], 60_000);
  }, 300_000);

  afterAll(async () => {
    await gdb?.quit();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists every monitor command in monitor help, and the two VMs', async () => {
    const from = gdb.output.length;
    await run(['monitor help', 'monitor vms']);
    for (const cmd of ['help', 'cpus', 'reset', 'translate ADDR', 'vms', 'vcpus', 'addrspace', 'catch CLASS', 'catch list', 'catch last', 'catch delete', 'trace start', 'trace stop', 'trace save', 'uart N TEXT']) {
      await eventually(new RegExp(`^  ${cmd.replace(/ /g, ' ')}`, 'm'), from);
    }
    await eventually(/^(?:\(gdb\) )*process 2: zephyr_os-0 /m, from);
    const m = await eventually(/^(?:\(gdb\) )*process (\d+): linux_os-1 /m, from);
    hostilePid = Number(m[1]);
    expect(hostilePid, why()).toBe(3);
  }, 120_000);

  it('monitor catch hvc vm 3 stops the hostile vCPU at its bogus HVC, typed through monitor uart', async () => {
    let from = gdb.output.length;
    await run([`monitor catch hvc vm ${hostilePid}`, 'monitor uart 0 "zvm look 1\\r"', 'monitor uart 0 c']);
    await eventually(new RegExp(`catchpoint 1: exits hvc vm ${hostilePid}, 0 hit\\(s\\)`), from);
    await eventually(/typed 11 byte\(s\) into uart0/, from);
    const out = await run(['continue'], 120_000);
    expect(out, why()).toMatch(new RegExp(`Thread ${hostilePid}\\.1 "linux_os-1-vcpu0" received signal SIGTRAP`));
    // The syndrome comes with the stop, printed by GDB before it.
    expect(out, why()).toMatch(new RegExp(`catchpoint 1: linux_os-1-vcpu0 \\(thread ${hostilePid}\\.1\\) exit on cpu2: EC=0x16 \\(HVC64\\) ESR_EL2=0x5a001234 [^\\n]*\\n[^]*received signal SIGTRAP`));
    from = gdb.output.length;
    const regs = await run(['monitor catch last', 'print/x $x0', 'print/x $pc', 'x/i $pc - 4', 'info threads', 'monitor catch list']);
    const m = await eventually(
      new RegExp(`catchpoint 1: linux_os-1-vcpu0 \\(thread ${hostilePid}\\.1\\) exit on cpu2: EC=0x16 \\(HVC64\\) ESR_EL2=0x5a001234 after the call at 0x([0-9a-f]+), ELR_EL2=0x([0-9a-f]+)`),
      from,
    );
    expect(regs, why()).toContain('= 0xc6000000'); // the hostile guest's bogus function ID in X0
    expect(regs, why()).toContain(`= 0x${m[2]}`); // the vCPU's PC: the return address of the HVC
    expect(regs, why()).toMatch(new RegExp(`0x0*${m[1]}:\\s+hvc\\s+#0x1234`));
    expect(regs, why()).toMatch(new RegExp(`^\\* ${hostilePid}\\.1 +Thread ${hostilePid}\\.1 "linux_os-1-vcpu0"`, 'm'));
    await eventually(/catchpoint 1: exits hvc vm 3, 1 hit\(s\)/, from);
    expect(server.stderr, why()).toMatch(/zvm-gdbserver: catchpoint 1: linux_os-1-vcpu0 .*HVC64/);

    // GDB-native: $_siginfo (qXfer:siginfo:read) carries the syndrome (src/debug/siginfo.ts),
    // and the vCPU thread's ESR/FAR/HPFAR_EL2 are those of its exit.
    const si = await run([
      'printf "si %d %d %#x %#x\\n", $_siginfo.si_signo, $_siginfo.si_code, $_siginfo._sifields._sigsys._syscall, $_siginfo._sifields._sigsys._arch',
      'printf "vm %d %d %d ipa %#lx\\n", $_siginfo._sifields._pad[8], $_siginfo._sifields._pad[9], $_siginfo._sifields._pad[10], $_siginfo._sifields._sigchld.si_stime',
      'print $_siginfo',
      'printf "esr %#lx far %d\\n", $esr_el2, $far_el2 == (long)$_siginfo._sifields._sigfault.si_addr',
    ]);
    expect(si, why()).toMatch(/^si 5 128 0x16 0x5a001234$/m); // SIGTRAP, SI_KERNEL, EC HVC64, ESR_EL2
    expect(si, why()).toMatch(new RegExp(`^vm ${hostilePid} 1 2 ipa 0xffffffffffffffff$`, 'm')); // no IPA for an HVC (-1)
    expect(si, why()).toMatch(/_sigsys = \{_call_addr = 0x[0-9a-f]+, _syscall = 22, _arch = 1509954100\}/);
    expect(si, why()).toMatch(/^esr 0x5a001234 far 1$/m);
  }, 180_000);

  it('monitor catch dabt stops a vCPU at an MMIO access (a data abort to EL2)', async () => {
    let from = gdb.output.length;
    await run(['monitor catch delete all', 'monitor catch dabt', 'monitor catch list']);
    await eventually(/deleted 1 catchpoint\(s\)/, from);
    await eventually(/catchpoint 2: exits dabt \(every VM\), 0 hit\(s\)/, from);
    const out = await run(['continue'], 120_000);
    const stop = /Thread (\d+\.\d+) "(zephyr_os-0|linux_os-1)-vcpu\d" received signal SIGTRAP/.exec(out);
    expect(stop, why()).not.toBeNull();
    from = gdb.output.length;
    const regs = await run(['monitor catch last', 'print/x $pc']);
    const m = await eventually(/catchpoint 2: \S+ \(thread (\d+\.\d+)\) exit on cpu\d: EC=0x24 \(DABT_LOWER\) ESR_EL2=0x9[0-9a-f]{7} FAR_EL2=0x[0-9a-f]+ IPA=0x([0-9a-f]+) PC=0x([0-9a-f]+)/, from);
    expect(m[1], why()).toBe(stop![1]);
    // The PL011 (0x0900_0000) or the GIC (0x0800_0000..): emulated devices, outside guest RAM.
    expect(Number.parseInt(m[2]!, 16), why()).toBeLessThan(0x4000_0000);
    expect(regs, why()).toContain(`= 0x${m[3]}`);
    // The abort's syndrome in $_siginfo: EC, the IPA (HPFAR_EL2.FIPA and FAR_EL2[11:0]), and the
    // vCPU's own ESR/FAR/HPFAR_EL2 as its exit left them.
    const si = await run([
      'printf "si %#x %#lx %#lx\\n", $_siginfo._sifields._sigsys._syscall, $_siginfo._sifields._sigchld.si_stime, $_siginfo._sifields._sigfault.si_addr',
      'printf "regs %d %d %d\\n", $esr_el2 == $_siginfo._sifields._sigsys._arch, $far_el2 == (long)$_siginfo._sifields._sigfault.si_addr, ($hpfar_el2 >> 4) == ($_siginfo._sifields._sigchld.si_stime >> 12)',
    ]);
    expect(si, why()).toMatch(new RegExp(`^si 0x24 0x${m[2]} 0x[0-9a-f]+$`, 'm'));
    expect(si, why()).toMatch(/^regs 1 1 1$/m);
    // Disassembled once the monitor's reply has been printed: GDB prints that console output
    // when it arrives, which was once in the middle of the x/i line.
    const insn = await run(['x/i $pc']);
    expect(insn, why()).toMatch(/:\s+(ld|st)[a-z]*\s/); // a load or store
    await run(['monitor catch delete 2']);
  }, 180_000);

  it('records exits with plausible classes and saves valid trace-event JSON; tools/trace-svg.ts renders it', async () => {
    const file = join(dir, 'exits.json');
    let from = gdb.output.length;
    await run(['monitor catch delete all', 'monitor trace start', 'monitor trace status']);
    await eventually(/tracing exits to EL2: all/, from);
    gdb.send('continue');
    await sleep(3000);
    from = gdb.output.length;
    gdb.interrupt();
    await gdb.waitFor(/received signal SIGINT/, 60_000, from);
    from = gdb.output.length;
    await run(['monitor trace stop', 'monitor trace save exits.json', 'monitor trace summary']);
    await eventually(/trace stopped: \d+ exits recorded/, from);
    await eventually(new RegExp(`saved \\d+ exits to ${file.replace(/[.]/g, '\\.')}`), from);
    await eventually(/^(?:\(gdb\) )*process 3 linux_os-1: DABT_LOWER \d+/m, from);

    const doc = JSON.parse(readFileSync(file, 'utf8')) as TraceDoc;
    const meta = doc.traceEvents.filter((e) => e.ph === 'M');
    expect(meta).toContainEqual({ name: 'process_name', ph: 'M', pid: 2, args: { name: 'zephyr_os-0' } });
    expect(meta).toContainEqual({ name: 'process_name', ph: 'M', pid: 3, args: { name: 'linux_os-1' } });
    expect(meta.some((e) => e.name === 'thread_name' && e.pid === 3 && String(e.args.name).startsWith('linux_os-1-vcpu0'))).toBe(true);
    const x = doc.traceEvents.filter((e) => e.ph === 'X');
    expect(x.length).toBeGreaterThan(100);
    // A busy board fills the ring in these seconds: the oldest exits are overwritten, and counted.
    expect((doc.otherData.exits as number) - (doc.otherData.dropped as number)).toBe(x.length);
    const classes = new Set(x.map((e) => `${e.pid} ${e.name}`));
    expect(classes).toContain('3 DABT_LOWER'); // the hostile guest polls its PL011
    expect(classes).toContain('2 IRQ'); // the RTOS's timer interrupts reach the hypervisor
    const known = new Set(['DABT_LOWER', 'IRQ', 'HVC64', 'SYSREG', 'WFx', 'IABT_LOWER', 'FIQ']);
    for (const e of x) {
      expect(known.has(e.name), `unexpected exit class ${e.name}`).toBe(true);
      expect(e.dur).toBeGreaterThanOrEqual(0);
      expect(e.args.pc).toMatch(/^0x[4-7][0-9a-f]{7}$/); // guest RAM at IPA 0x4000_0000
      if (e.name === 'DABT_LOWER') expect(e.args.ec).toBe('0x24');
      if (e.name === 'IRQ') expect(e.args, JSON.stringify(e)).toMatchObject({ vector: 'irq' });
      expect(e.args.ec, JSON.stringify(e)).not.toBe('0x-');
    }
    // Timestamps are in order per track and the hypervisor time is a plausible few us.
    const closed = x.filter((e) => (e.args.hyp_ticks as number) > 0);
    expect(closed.length).toBeGreaterThan(x.length / 2);
    const avgUs = closed.reduce((s, e) => s + e.dur!, 0) / closed.length;
    expect(avgUs).toBeGreaterThan(0.1);
    expect(avgUs).toBeLessThan(1000);

    const svg = join(dir, 'exits.svg');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tools', 'trace-svg.ts'), file, '-o', svg], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${svg}: ${x.length} exits`);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/^<svg /);
    expect(text).toContain('zephyr_os-0-vcpu0');
    expect(text).toContain('linux_os-1-vcpu0');
    expect(text).toMatch(/DABT_LOWER \(\d+\)/);
    // Readable: busy lanes as exit-rate columns, an axis in ms with round ticks (no "2364720.1 us").
    expect(text).toContain('<g class="rate">');
    expect(text).toMatch(/peak \d+ exits\/ms/);
    const ticks = [...text.slice(text.indexOf('<g class="axis">')).matchAll(/text-anchor="middle">([^<]+)</g)].map((m) => Number(m[1]));
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    const step = ticks[1]! - ticks[0]!;
    const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
    expect([1, 2, 5]).toContain(Math.round(mantissa * 1000) / 1000); // 1, 2 or 5 x 10^k ms
    expect(text).not.toMatch(/ us</);
    // Zoom into the first 10 ms.
    const zoomed = join(dir, 'zoom.svg');
    const z = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'tools', 'trace-svg.ts'), file, '-o', zoomed, '--from', '0', '--to', '10'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(z.status, z.stderr).toBe(0);
    expect(readFileSync(zoomed, 'utf8')).toMatch(/exits in 0-10 ms \(of \d+\)<\/title>/);
  }, 180_000);

  it('runs the GDB Python example tools/gdb/trace-traps.py in batch mode (time, then count)', async () => {
    await gdb.quit(); // detaches: the board runs on for the next connection
    const file = join(dir, 'script.json');
    const batch = (command: string): { out: string; status: number | null } => {
      const r = spawnSync(GDB, [...gdbConnectArgs(server.port), '-batch', '-x', SCRIPT, '-ex', command, HOST], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
      return { out: `${r.stdout}${r.stderr}`, status: r.status };
    };
    let r = batch('trace-traps --seconds 2 --out script.json');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/tracing exits to EL2: all/);
    const n = Number(/trace-traps: (\d+) exits in /.exec(r.out)?.[1]);
    expect(n, r.out).toBeGreaterThan(100);
    expect(r.out).toMatch(/^ +3 +linux_os-1 +DABT_LOWER +\d+ +\d+\.\d+$/m);
    expect(r.out).toMatch(/^ +total process 2 \(zephyr_os-0\): \d+ exits$/m);
    expect((JSON.parse(readFileSync(file, 'utf8')) as TraceDoc).traceEvents.filter((e) => e.ph === 'X')).toHaveLength(n);
    // The script fetched the file with `remote get` (vFile) and summarised that copy.
    const copy = /trace-traps: fetched to (\S+)/.exec(r.out)?.[1];
    expect(copy, r.out).toBeDefined();
    expect(readFileSync(copy!, 'utf8')).toBe(readFileSync(file, 'utf8'));

    // The stop handler prints the syndrome of a catchpoint stop (the hostile guest is
    // still attached to the shell's console: 'c' makes its bogus HVC again).
    const c = spawnSync(
      GDB,
      [...gdbConnectArgs(server.port), '-batch', '-x', join(REPO_ROOT, 'tools', 'gdb', 'catch-syndrome.py'), '-ex', 'set schedule-multiple on', '-ex', `monitor catch hvc vm ${hostilePid}`, '-ex', 'monitor uart 0 c', '-ex', 'continue', '-ex', 'monitor catch delete all', HOST],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    const cout = `${c.stdout}${c.stderr}`;
    expect(c.status, cout).toBe(0);
    expect(cout).toMatch(new RegExp(`Thread ${hostilePid}\\.1 "linux_os-1-vcpu0" received signal SIGTRAP`));
    expect(cout, cout).toMatch(/^zvm: catchpoint \d+: linux_os-1-vcpu0 \(thread 3\.1\) exit on cpu2: EC=0x16 \(HVC64\) ESR_EL2=0x5a001234 after the call at 0x[0-9a-f]+/m);

    // A filter that never matches (guest SMCs do not trap): the timeout ends the wait, and
    // tracing is off afterwards (it used to wait forever with tracing on).
    r = batch('trace-traps --count 5 --timeout 2 --filter smc --out script-smc.json');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/trace-traps: no matching exit within 2 s \(0 of 5 hits\)/);
    expect(r.out).toMatch(/trace stopped: 0 exits recorded/);
    const st = batch('monitor trace status');
    expect(st.out).toMatch(/trace stopped: filter smc, 0 exits recorded/);

    r = batch('trace-traps --count 3 --filter "dabt vm 2" --out script-dabt.json');
    expect(r.status, r.out).toBe(0);
    for (let i = 1; i <= 3; i++) expect(r.out).toMatch(new RegExp(`trace-traps: hit ${i}: catchpoint \\d+: zephyr_os-0-vcpu0 \\(thread 2\\.1\\) .*EC=0x24 \\(DABT_LOWER\\)`));
    expect(r.out).toMatch(/trace-traps: 3 exits in /);
    expect(r.out).toMatch(/^ +2 +zephyr_os-0 +DABT_LOWER +3 /m);
  }, 240_000);
});
