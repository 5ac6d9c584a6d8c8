// Trap catchpoints and exit tracing (src/zvm/trace.ts, catch.ts, tools/trace-svg/render.ts): exit
// classification from real exceptions taken by a PE, the filter syntax of `monitor catch`
// and `monitor trace`, the ring recorder (durations, wrap-around, 64-bit addresses), its
// trace-event JSON, the SVG rendering, and `monitor uart` text escapes.

import { afterEach, describe, expect, it } from 'vitest';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import { EC, VECTOR_IRQ, VECTOR_SYNC, enterException, exceptionReturn, syndrome } from '../../src/machine/cpu/exceptions.ts';
import { VmAwareness } from '../../src/zvm/awareness.ts';
import { CatchHit, Catchpoints, describeHit, hitStopInfo } from '../../src/zvm/catch.ts';
import {
  EXIT_IRQ,
  ExitInfo,
  TraceRecorder,
  exitCodeOf,
  exitName,
  hex64,
  parseExitFilter,
  type TraceNames,
} from '../../src/zvm/trace.ts';
import { parseTrace, renderTraceSvg, tickStep } from '../../tools/trace-svg/render.ts';
import { uartText } from '../../src/debug/machine-target.ts';

const ERET = 0xd69f03e0;

function newBoard(): VirtBoard {
  const board = new VirtBoard({ ramSize: 64 << 20, smp: 2, cpu: 'max', virtualization: true, serial: [] });
  board.reset(0x4000_0000n);
  for (const cpu of board.cpus) cpu.sys.set('VBAR_EL2', 0x4000_0800n);
  return board;
}

function enterGuest(cpu: Cpu, pc: bigint): void {
  cpu.sys.set('HCR_EL2', 0x8000_0001n);
  cpu.sys.set('VTCR_EL2', 0x8000_3560n);
  cpu.sys.set('VTTBR_EL2', 0x4100_0000n | (1n << 48n));
  cpu.sys.set('VMPIDR_EL2', 0x8000_0000n);
  cpu.sys.set('SPSR_EL2', 0x3c5n);
  cpu.sys.set('ELR_EL2', pc);
  exceptionReturn(cpu, ERET);
}

const names: TraceNames = {
  vmName: (pid) => `vm-${pid}`,
  vcpuName: (pid, i) => `vm-${pid}-vcpu${i}`,
};

/** An exit as the recorder sees it. */
function exit(code: number, ticks: number, pe = 1, pcHi = 0): ExitInfo {
  const e = new ExitInfo();
  e.code = code;
  e.esr = code < 0x40 ? ((code << 26) | (1 << 25) | 0x1234) >>> 0 : 0;
  e.farLo = 0x0900_0018;
  e.farHi = 0;
  e.ipa = code === 0x24 ? 0x0900_0018 : -1;
  e.pcLo = 0x4000_1000;
  e.pcHi = pcHi;
  e.pe = pe;
  e.ticks = ticks;
  return e;
}

describe('exit classification', () => {
  const live: VmAwareness[] = [];
  afterEach(() => {
    for (const a of live.splice(0)) a.disable();
  });

  it('reads EC, ESR, FAR/IPA and the guest PC from a synchronous exit, and IRQ from the vector', () => {
    const board = newBoard();
    const aw = new VmAwareness(board.cpus);
    aw.enable();
    live.push(aw);
    const seen: ExitInfo[] = [];
    aw.events = { exited: (_v, cpu) => seen.push(new ExitInfo().read(cpu)) };
    const cpu = board.cpus[1];

    enterGuest(cpu, 0x4000_1000n);
    cpu.sys.set('HPFAR_EL2', 0x0900_0n << 4n); // FIPA = IPA[51:12]
    expect(enterException(cpu, 2, VECTOR_SYNC, syndrome(EC.DABT_LOWER, 0x1800005), 0x4000_1000, 0, true, 0x0900_0018, 0)).toBe(true);
    expect(exitCodeOf(cpu)).toBe(EC.DABT_LOWER);

    enterGuest(cpu, 0x4000_2000n);
    expect(enterException(cpu, 2, VECTOR_SYNC, syndrome(EC.HVC64, 0x1234), 0x4000_2004, 0, false, 0, 0)).toBe(true);

    enterGuest(cpu, 0x4000_3000n);
    expect(enterException(cpu, 2, VECTOR_IRQ, 0, 0x4000_3000, 0, false, 0, 0)).toBe(true);
    expect(exitCodeOf(cpu)).toBe(EXIT_IRQ);

    expect(seen.map((e) => exitName(e.code))).toEqual(['DABT_LOWER', 'HVC64', 'IRQ']);
    const [dabt, hvc, irq] = seen;
    expect(dabt.esr).toBe(0x93800005);
    expect(dabt.ipa).toBe(0x0900_0018);
    expect(hex64(dabt.farLo, dabt.farHi)).toBe('0x9000018');
    expect(dabt.pcLo).toBe(0x4000_1000);
    expect(dabt.pe).toBe(1);
    expect(hvc.esr).toBe(0x5a001234);
    expect(hvc.ipa).toBe(-1);
    expect(hvc.pcLo).toBe(0x4000_2004);
    expect(irq.esr).toBe(0); // no syndrome for asynchronous exits
    expect(irq.ticks).toBeGreaterThanOrEqual(hvc.ticks);
  });
});

describe('exit filters', () => {
  it('parses classes, ec=N and vm PID', () => {
    const f = parseExitFilter(['hvc', 'vm', '3']);
    expect(f.matches(0x16, 3)).toBe(true);
    expect(f.matches(0x12, 3)).toBe(true); // HVC32
    expect(f.matches(0x16, 2)).toBe(false);
    expect(f.matches(0x24, 3)).toBe(false);
    const g = parseExitFilter(['dabt,irq', 'ec=0x18']);
    expect([0x24, EXIT_IRQ, 0x18].map((c) => g.matches(c, 7))).toEqual([true, true, true]);
    expect(g.matches(0x01, 7)).toBe(false);
    expect(g.text).toBe('dabt irq ec=0x18');
    expect(parseExitFilter(['wfx']).matches(0x01, 2)).toBe(true);
    expect(parseExitFilter(['iabt']).matches(0x20, 2)).toBe(true);
    expect(parseExitFilter(['smc']).matches(0x17, 2)).toBe(true);
    expect(parseExitFilter(['sysreg']).matches(0x18, 2)).toBe(true);
    expect(parseExitFilter(['ec=36']).matches(0x24, 2)).toBe(true);
    const all = parseExitFilter([]);
    expect(all.matches(0x16, 2) && all.matches(EXIT_IRQ, 9)).toBe(true);
    expect(parseExitFilter(['vm', '2']).matches(0x01, 2)).toBe(true); // a VM alone: every class
  });

  it('rejects bad filters with a reason', () => {
    expect(() => parseExitFilter(['svc'])).toThrow(/unknown exit class 'svc'/);
    expect(() => parseExitFilter(['ec=0x40'])).toThrow(/0\.\.0x3f/);
    expect(() => parseExitFilter(['hvc', 'vm'])).toThrow(/process number/);
  });
});

describe('catchpoints', () => {
  it('match by class and VM in order, count, list and delete', () => {
    const c = new Catchpoints();
    expect(c.active).toBe(false);
    const a = c.add(['hvc', 'vm', '3']);
    const b = c.add(['dabt']);
    expect([a.id, b.id]).toEqual([1, 2]);
    expect(c.match(0x16, 3)).toBe(a);
    expect(c.match(0x16, 2)).toBeNull();
    expect(c.match(0x24, 2)).toBe(b);
    expect(c.delete('1')).toBe(1);
    expect(c.delete('1')).toBe(0);
    expect(c.match(0x16, 3)).toBeNull();
    expect(c.delete('all')).toBe(1);
    expect(c.active).toBe(false);
    expect(() => c.add(['bogus'])).toThrow(/unknown exit class/);
  });

  it('describes a hit with its syndrome and the trapping instruction', () => {
    const h = new CatchHit();
    Object.assign(h.exit, exit(0x16, 1000, 2));
    h.exit.pcLo = 0x4000_1278;
    h.catchId = 1;
    h.pid = 3;
    h.vcpuIndex = 0;
    h.vcpuName = 'linux_os-1-vcpu0';
    expect(describeHit(h)).toBe(
      'catchpoint 1: linux_os-1-vcpu0 (thread 3.1) exit on cpu2: EC=0x16 (HVC64) ESR_EL2=0x5a001234 after the call at 0x40001274, ELR_EL2=0x40001278 at tick 1000',
    );
    Object.assign(h.exit, exit(0x24, 5, 1));
    expect(describeHit(h)).toMatch(/EC=0x24 \(DABT_LOWER\) ESR_EL2=0x92001234 FAR_EL2=0x9000018 IPA=0x9000018 PC=0x40001000/);
    // The same syndrome as stop-reply pairs.
    expect(hitStopInfo(h)).toEqual([['esr_el2', '92001234'], ['far_el2', '9000018'], ['ipa', '9000018']]);
    Object.assign(h.exit, exit(0x16, 1000, 2));
    expect(hitStopInfo(h)).toEqual([['esr_el2', '5a001234']]);
  });
});

describe('the exit recorder', () => {
  it('records exits, closes them at the next entry of the same vCPU, and filters', () => {
    const r = new TraceRecorder(16);
    r.start(parseExitFilter(['dabt', 'irq']), 0);
    r.exit(2, 0, exit(0x24, 100));
    r.exit(3, 1, exit(EXIT_IRQ, 110, 3));
    r.exit(3, 1, exit(0x16, 115, 3)); // filtered out
    r.entry(3, 1, 150);
    r.entry(2, 0, 130);
    r.entry(2, 0, 999); // no open exit: ignored
    r.exit(2, 0, exit(0x24, 200));
    r.stop(300);
    r.exit(2, 0, exit(0x24, 400)); // not recording: ignored
    const ev = [...r.events()];
    expect(ev.map((e) => [e.pid, e.vcpu, exitName(e.code), e.ticks, e.hypTicks])).toEqual([
      [2, 0, 'DABT_LOWER', 100, 30],
      [3, 1, 'IRQ', 110, 40],
      [2, 0, 'DABT_LOWER', 200, -1],
    ]);
    expect(r.filtered).toBe(1);
    expect(r.summary(names)).toContain('process 2 vm-2: DABT_LOWER 2');
  });

  it('keeps the newest exits when the ring wraps, and exact 64-bit PCs', () => {
    const r = new TraceRecorder(8);
    r.start(parseExitFilter([]), 0);
    for (let i = 0; i < 20; i++) {
      r.exit(2, 0, exit(0x24, i * 10, 1, 0xffff8000));
      r.entry(2, 0, i * 10 + 3);
    }
    expect(r.total).toBe(20);
    expect(r.count).toBe(8);
    expect(r.dropped).toBe(12);
    const ev = [...r.events()];
    expect(ev[0].ticks).toBe(120);
    expect(ev[7].ticks).toBe(190);
    expect(ev.every((e) => e.hypTicks === 3)).toBe(true);
    expect(ev[0].pc).toBe('0xffff800040001000');
  });

  it('does not close an exit whose slot was overwritten', () => {
    const r = new TraceRecorder(2);
    r.start(parseExitFilter([]), 0);
    r.exit(2, 0, exit(0x24, 10));
    r.exit(3, 0, exit(0x24, 20));
    r.exit(3, 0, exit(0x24, 30));
    r.exit(3, 0, exit(0x24, 40)); // overwrites vm 2's slot
    r.entry(2, 0, 50);
    expect([...r.events()].map((e) => [e.pid, e.ticks, e.hypTicks])).toEqual([
      [3, 30, -1],
      [3, 40, -1],
    ]);
  });

  it('writes Chrome trace-event JSON: an X event per exit on a track per vCPU, with names', () => {
    const r = new TraceRecorder(64);
    r.start(parseExitFilter([]), 0);
    r.exit(2, 0, exit(0x24, 625));
    r.entry(2, 0, 750);
    r.exit(3, 1, exit(0x16, 1250, 2));
    const irq = exit(0x16, 1500, 2);
    irq.code = EXIT_IRQ;
    r.exit(3, 1, irq);
    r.stop(2000);
    const doc = JSON.parse(r.toJson(names)) as { traceEvents: Record<string, unknown>[]; otherData: Record<string, unknown> };
    const meta = doc.traceEvents.filter((e) => e.ph === 'M');
    expect(meta).toContainEqual({ name: 'process_name', ph: 'M', pid: 2, args: { name: 'vm-2' } });
    expect(meta).toContainEqual({ name: 'thread_name', ph: 'M', pid: 3, tid: 2, args: { name: 'vm-3-vcpu1' } });
    const x = doc.traceEvents.filter((e) => e.ph === 'X');
    expect(x).toHaveLength(3);
    expect(x[0]).toMatchObject({ name: 'DABT_LOWER', cat: 'exit', ts: 10, dur: 2, pid: 2, tid: 1 });
    expect(x[0].args).toMatchObject({ pcpu: 1, ec: '0x24', esr: '0x92001234', far: '0x9000018', ipa: '0x9000018', pc: '0x40001000', ticks: 625, hyp_ticks: 125 });
    expect(x[1]).toMatchObject({ name: 'HVC64', ts: 20, dur: 0, pid: 3, tid: 2 });
    // An IRQ exit has no syndrome: the vector instead of an EC (was "ec": "0x-").
    expect(x[2]).toMatchObject({ name: 'IRQ', pid: 3, tid: 2 });
    expect(x[2].args).toEqual({ pcpu: 2, vector: 'irq', pc: '0x40001000', ticks: 1500, hyp_ticks: -1 });
    expect(doc.otherData).toMatchObject({ exits: 3, dropped: 0, start_ticks: 0, stop_ticks: 2000 });

    const svg = renderTraceSvg(parseTrace(JSON.stringify(doc)));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<g class="track"/g)).toHaveLength(2);
    expect(svg).toContain('vm-3-vcpu1');
    expect(svg).toContain('DABT_LOWER (1)');
    expect(svg).toContain('HVC64 (1)');
    expect(svg).toContain('IRQ (1)');
    expect(() => parseTrace('{"foo":1}')).toThrow(/no traceEvents/);
  });

  it('renders a dense trace as exit-rate columns on an axis in ms with round ticks, and zooms into a window', () => {
    // 20,000 exits of one vCPU over 1 s (ts in us), plus 3 of a quiet one.
    const busy = Array.from({ length: 20_000 }, (_, i) => ({ name: i % 4 === 0 ? 'IRQ' : 'DABT_LOWER', ph: 'X', ts: i * 50, dur: 2, pid: 2, tid: 1, args: {} }));
    const quiet = [100_000, 500_000, 900_000].map((ts) => ({ name: 'HVC64', ph: 'X', ts, dur: 5, pid: 3, tid: 1, args: { pc: '0x40001000' } }));
    const meta = [{ name: 'thread_name', ph: 'M', pid: 2, tid: 1, args: { name: 'vm-2-vcpu0' } }];
    const svg = renderTraceSvg([...meta, ...busy, ...quiet], { width: 600 });
    const busyLane = svg.slice(svg.indexOf('data-track="2.1"'), svg.indexOf('data-track="3.1"'));
    expect(busyLane).toContain('<g class="rate">');
    expect(busyLane.match(/<rect /g)!.length).toBeLessThanOrEqual(1 + 300); // background + a column per 2 px
    expect(busyLane).toMatch(/peak \d+ exits\/ms/);
    expect(busyLane).toMatch(/fill="[^"]+"><title>[\d.]+-[\d.]+ ms: \d+ exits \(DABT_LOWER \d+, IRQ \d+\)/);
    const quietLane = svg.slice(svg.indexOf('data-track="3.1"'), svg.indexOf('<g class="axis">'));
    expect(quietLane).not.toContain('class="rate"');
    expect(quietLane.match(/<title>HVC64 at /g)).toHaveLength(3);
    // The axis: ms, round ticks (0, 100, ..., 900 for the 999.95 ms of exits), never us with decimals.
    const axis = svg.slice(svg.indexOf('<g class="axis">'), svg.indexOf('<g class="legend">'));
    const ticks = [...axis.matchAll(/text-anchor="middle">([^<]+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '100', '200', '300', '400', '500', '600', '700', '800', '900']);
    expect(svg).not.toMatch(/\d us</);
    expect(svg).toContain('DABT_LOWER (15000)');
    expect(svg).toContain('IRQ (5000)');
    // Zoom: 100-200 ms holds 2,000 of the busy vCPU's exits and one HVC.
    const zoom = renderTraceSvg([...meta, ...busy, ...quiet], { width: 600, from: 100, to: 200 });
    expect(zoom).toContain('<title>zvm-gdbserver exit trace: 2002 exits in 100-200 ms (of 20003)</title>');
    const zticks = [...zoom.slice(zoom.indexOf('<g class="axis">')).matchAll(/text-anchor="middle">([^<]+)</g)].map((m) => m[1]);
    expect(zticks[0]).toBe('100');
    expect(zticks.at(-1)).toBe('200');
    expect(tickStep(23_600)).toBe(5000);
    expect(tickStep(1)).toBe(0.1);
    expect(tickStep(0.03)).toBe(0.005);
  });

  it('records a million exits without growing the heap (preallocated ring)', () => {
    const r = new TraceRecorder(1 << 16);
    r.start(parseExitFilter([]), 0);
    const e = exit(0x24, 0);
    for (let i = 0; i < 1000; i++) { e.ticks = i; r.exit(2, 0, e); r.entry(2, 0, i + 1); } // warm up
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 1_000_000; i++) {
      e.ticks = i;
      r.exit(2, i & 1, e);
      r.entry(2, i & 1, i + 1);
    }
    const grown = process.memoryUsage().heapUsed - before;
    expect(r.total).toBe(1_001_000);
    expect(grown).toBeLessThan(4 << 20); // per exit would be tens of MB
  });
});

describe('monitor uart text', () => {
  it('unquotes and turns escapes into control bytes', () => {
    expect(uartText('"zvm look 1\\r"')).toEqual([...'zvm look 1'].map((c) => c.charCodeAt(0)).concat(13));
    expect(uartText('c')).toEqual([0x63]);
    expect(uartText('a\\x18b\\n\\t\\\\')).toEqual([0x61, 0x18, 0x62, 10, 9, 92]);
    expect(uartText("'x y'")).toEqual([0x78, 0x20, 0x79]);
  });
});
