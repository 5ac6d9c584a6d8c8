import { describe, expect, it } from 'vitest';
import { out } from '../../src/machine/cpu/bits.ts';
import type { Cpu } from '../../src/machine/cpu/cpu.ts';
import {
  CNTHCTL,
  CNTKCTL,
  CTL_ENABLE,
  CTL_IMASK,
  CTL_ISTATUS,
  GenericTimer,
  TIMER_PPI,
  Tmr,
  TimerAccess,
  TimerForPe,
  timerTrap,
} from '../../src/machine/timer/generic-timer.ts';
import { timerSysRegs } from '../../src/machine/timer/timer-sysregs.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { assemble } from '../../tools/asm.ts';

function clock(start = 0) {
  const c = { t: start, now: () => c.t };
  return c;
}

describe('generic timer arithmetic', () => {
  it('TVAL is CVAL - count as a signed 32-bit value and writing it sets CVAL', () => {
    const c = clock(1000);
    const t = new TimerForPe(c.now);
    t.writeTval(Tmr.Phys, 500);
    expect(t.cval(Tmr.Phys)).toBe(1500n);
    expect(t.readTval(Tmr.Phys)).toBe(500);
    c.t = 1600;
    expect(t.readTval(Tmr.Phys)).toBe(-100);
    // Negative TVAL writes sign-extend.
    t.writeTval(Tmr.Phys, -2000);
    expect(t.cval(Tmr.Phys)).toBe(BigInt.asUintN(64, 1600n - 2000n));
    // TVAL wraps modulo 2^32: CVAL far ahead reads as its low 32 bits difference.
    t.setCval(Tmr.Phys, 1600n + 0x1_8000_0000n);
    expect(t.readTval(Tmr.Phys)).toBe(-0x8000_0000);
    t.setCval(Tmr.Phys, 1600n + 0x7fff_ffffn);
    expect(t.readTval(Tmr.Phys)).toBe(0x7fff_ffff);
  });

  it('TVAL writes carry into and borrow from the high half of CVAL', () => {
    const c = clock(0xffff_fff0);
    const t = new TimerForPe(c.now);
    t.writeTval(Tmr.Phys, 0x20);
    expect(t.cval(Tmr.Phys)).toBe(0x1_0000_0010n);
    c.t = 0x1_0000_0010;
    t.writeTval(Tmr.Phys, -0x20);
    expect(t.cval(Tmr.Phys)).toBe(0xffff_fff0n);
  });

  it('the virtual count subtracts CNTVOFF_EL2 modulo 2^64', () => {
    const c = clock(5000);
    const t = new TimerForPe(c.now);
    t.cntvoff = 1000n;
    let lo = t.readVirtualCount();
    expect(lo).toBe(4000);
    expect(out.hi).toBe(0);
    t.cntvoff = 6000n; // ahead of the physical count: wraps
    lo = t.readVirtualCount();
    expect(((BigInt(out.hi >>> 0) << 32n) | BigInt(lo >>> 0))).toBe(BigInt.asUintN(64, -1000n));
    expect(t.readVirtualCount(true)).toBe(5000); // E2H view: no offset
    // The virtual timer compares against the offset count.
    t.cntvoff = 1000n;
    t.writeTval(Tmr.Virt, 100);
    expect(t.cval(Tmr.Virt)).toBe(4100n);
    t.writeCtl(Tmr.Virt, CTL_ENABLE);
    expect(t.nextEventTicks()).toBe(5100);
    // Moving the offset moves the deadline (and may make the condition true at once).
    t.cntvoff = 950n;
    expect(t.nextEventTicks()).toBe(5050);
    expect(t.irq[Tmr.Virt].asserted).toBe(false);
    t.cntvoff = 900n;
    expect(t.irq[Tmr.Virt].asserted).toBe(true);
    expect(t.nextEventTicks()).toBe(Infinity);
  });

  it('ISTATUS reflects the condition even when masked; the output does not', () => {
    const c = clock(0);
    const t = new TimerForPe(c.now);
    t.setCval(Tmr.Phys, 10n);
    t.writeCtl(Tmr.Phys, CTL_ENABLE | CTL_IMASK);
    c.t = 10;
    t.update();
    expect(t.readCtl(Tmr.Phys)).toBe(CTL_ENABLE | CTL_IMASK | CTL_ISTATUS);
    expect(t.irq[Tmr.Phys].asserted).toBe(false);
    expect(t.nextEventTicks()).toBe(Infinity);
    t.writeCtl(Tmr.Phys, CTL_ENABLE);
    expect(t.irq[Tmr.Phys].asserted).toBe(true);
    // ISTATUS is read-only and clear while disabled.
    t.writeCtl(Tmr.Phys, CTL_ISTATUS);
    expect(t.readCtl(Tmr.Phys)).toBe(0);
    expect(t.irq[Tmr.Phys].asserted).toBe(false);
  });

  it('the output rises exactly at CVAL when the board updates at nextEventTicks()', () => {
    const c = clock(100);
    const g = new GenericTimer(2, c.now);
    const levels: [number, boolean][] = [];
    g.pes[1].irq[Tmr.HypPhys].connect((l) => levels.push([c.t, l]));
    g.pes[1].writeTval(Tmr.HypPhys, 250);
    g.pes[1].writeCtl(Tmr.HypPhys, CTL_ENABLE);
    g.pes[0].setCval(Tmr.Phys, 1000n);
    g.pes[0].writeCtl(Tmr.Phys, CTL_ENABLE);
    expect(g.nextEventTicks()).toBe(350);
    c.t = 349;
    g.update();
    expect(g.pes[1].irq[Tmr.HypPhys].asserted).toBe(false);
    c.t = g.nextEventTicks();
    g.update();
    expect(levels).toEqual([
      [100, false],
      [350, true],
    ]);
    expect(g.nextEventTicks()).toBe(1000);
    // Re-arming in the past keeps it high; a future CVAL drops it.
    g.pes[1].writeTval(Tmr.HypPhys, 10);
    expect(levels.at(-1)).toEqual([350, false]);
    expect(g.nextEventTicks()).toBe(360);
  });

  it('an offset virtual count that wraps drops the level again at the wrap', () => {
    const c = clock(0);
    const t = new TimerForPe(c.now);
    t.cntvoff = 100n; // count = 2^64 - 100
    t.setCval(Tmr.Virt, BigInt.asUintN(64, -50n));
    t.writeCtl(Tmr.Virt, CTL_ENABLE);
    expect(t.nextEventTicks()).toBe(50);
    c.t = 50;
    t.update();
    expect(t.irq[Tmr.Virt].asserted).toBe(true);
    expect(t.nextEventTicks()).toBe(100);
    c.t = 100;
    t.update();
    expect(t.irq[Tmr.Virt].asserted).toBe(false);
  });

  it('PPIs are 30, 27, 26, 28', () => {
    expect(TIMER_PPI[Tmr.Phys]).toBe(30);
    expect(TIMER_PPI[Tmr.Virt]).toBe(27);
    expect(TIMER_PPI[Tmr.HypPhys]).toBe(26);
    expect(TIMER_PPI[Tmr.HypVirt]).toBe(28);
  });
});

describe('timer access traps', () => {
  const t = new TimerForPe(() => 0);
  it('EL0 accesses follow CNTKCTL_EL1, EL1 physical accesses CNTHCTL_EL2', () => {
    t.cntkctl = 0;
    t.cnthctl = 0;
    const el0 = { el: 0, el2: false, e2h: false, tge: false };
    expect(timerTrap(t, TimerAccess.VirtCounter, el0)).toBe(1);
    t.cntkctl = CNTKCTL.EL0VCTEN;
    expect(timerTrap(t, TimerAccess.VirtCounter, el0)).toBe(0);
    expect(timerTrap(t, TimerAccess.Frequency, el0)).toBe(0);
    expect(timerTrap(t, TimerAccess.PhysTimer, el0)).toBe(1);
    const el1 = { el: 1, el2: true, e2h: false, tge: false };
    expect(timerTrap(t, TimerAccess.PhysCounter, el1)).toBe(2);
    expect(timerTrap(t, TimerAccess.VirtCounter, el1)).toBe(0);
    t.cnthctl = CNTHCTL.EL1PCTEN_NVHE | CNTHCTL.EL1PCEN_NVHE;
    expect(timerTrap(t, TimerAccess.PhysCounter, el1)).toBe(0);
    expect(timerTrap(t, TimerAccess.PhysTimer, el1)).toBe(0);
    // ZVM: CNTHCTL_EL2 = 0 in the E2H layout traps guest EL1 physical timer and counter.
    t.cnthctl = 0;
    const guest = { el: 1, el2: true, e2h: true, tge: false };
    expect(timerTrap(t, TimerAccess.PhysTimer, guest)).toBe(2);
    expect(timerTrap(t, TimerAccess.PhysCounter, guest)).toBe(2);
    expect(timerTrap(t, TimerAccess.VirtTimer, guest)).toBe(0);
    // EL2&0 host EL0: CNTHCTL_EL2's EL0 bits, trap to EL2.
    const hostEl0 = { el: 0, el2: true, e2h: true, tge: true };
    t.cntkctl = 0x3ff;
    expect(timerTrap(t, TimerAccess.VirtCounter, hostEl0)).toBe(2);
    t.cnthctl = CNTKCTL.EL0VCTEN;
    expect(timerTrap(t, TimerAccess.VirtCounter, hostEl0)).toBe(0);
    expect(timerTrap(t, TimerAccess.PhysCounter, { el: 2, el2: true, e2h: true, tge: true })).toBe(0);
  });
});

describe('timer system-register rows', () => {
  it('encodings are exact and unique; EL0 views follow the VHE regime', () => {
    const timers = [new TimerForPe(() => 12345)];
    let hcr = 0n;
    const cpu = { el: 1, index: 0, sys: { get: () => hcr } } as unknown as Cpu;
    const rows = timerSysRegs((c) => timers[c.index]);
    const enc = (name: string) => {
      const r = rows.find((x) => x.name === name)!;
      return [r.op0, r.op1, r.crn, r.crm, r.op2, r.minEL];
    };
    expect(enc('CNTP_TVAL_EL0')).toEqual([3, 3, 14, 2, 0, 0]);
    expect(enc('CNTP_CTL_EL0')).toEqual([3, 3, 14, 2, 1, 0]);
    expect(enc('CNTV_CVAL_EL0')).toEqual([3, 3, 14, 3, 2, 0]);
    expect(enc('CNTHP_CTL_EL2')).toEqual([3, 4, 14, 2, 1, 2]);
    expect(enc('CNTHV_CVAL_EL2')).toEqual([3, 4, 14, 3, 2, 2]);
    expect(enc('CNTVOFF_EL2')).toEqual([3, 4, 14, 0, 3, 2]);
    expect(enc('CNTHCTL_EL2')).toEqual([3, 4, 14, 1, 0, 2]);
    expect(enc('CNTKCTL_EL1')).toEqual([3, 0, 14, 1, 0, 1]);
    expect(enc('CNTKCTL_EL12')).toEqual([3, 5, 14, 1, 0, 2]);
    expect(enc('CNTP_CTL_EL02')).toEqual([3, 5, 14, 2, 1, 2]);
    expect(enc('CNTV_TVAL_EL02')).toEqual([3, 5, 14, 3, 0, 2]);
    const keys = rows.map((r) => [r.op0, r.op1, r.crn, r.crm, r.op2].join(','));
    expect(new Set(keys).size).toBe(rows.length);

    const w = (name: string, v: number) => rows.find((x) => x.name === name)!.write!(cpu, v, 0);
    const r = (name: string) => rows.find((x) => x.name === name)!.read!(cpu);
    w('CNTP_CVAL_EL0', 777);
    expect(timers[0].cval(Tmr.Phys)).toBe(777n);
    // EL2 with E2H: CNTP_*_EL0 is the EL2 physical timer, CNTVCT has no offset.
    timers[0].cntvoff = 45n;
    expect(r('CNTVCT_EL0')).toBe(12300);
    (cpu as { el: number }).el = 2;
    hcr = 1n << 34n;
    w('CNTP_CVAL_EL0', 888);
    expect(timers[0].cval(Tmr.HypPhys)).toBe(888n);
    expect(timers[0].cval(Tmr.Phys)).toBe(777n);
    expect(r('CNTVCT_EL0')).toBe(12345);
    expect(r('CNTP_CVAL_EL02')).toBe(777);
    w('CNTV_TVAL_EL0', -5);
    expect(timers[0].cval(Tmr.HypVirt)).toBe(12340n);
    expect(r('CNTHV_TVAL_EL2')).toBe(-5);
    expect(out.hi).toBe(0);
  });
});

describe('timer registers through MRS on a board started at EL2', () => {
  it('CNTP_CTL_EL0 and CNTV_CTL_EL0 read at EL2 with HCR_EL2.E2H = 1 have bits 63:32 zero (the high half of HCR_EL2 does not leak)', () => {
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'max', virtualization: true, serial: [() => {}] });
    assemble(`
      movz x1, #0x8800, lsl #16
      movk x1, #0x4, lsl #32     // HCR_EL2 = E2H | TGE | RW
      msr hcr_el2, x1
      isb
      mov x2, #1
      msr cntp_ctl_el0, x2       // the EL2 physical timer, enabled
      msr cntv_ctl_el0, x2       // the EL2 virtual timer
      mrs x3, cntp_ctl_el0
      mrs x4, cntv_ctl_el0
      mrs x5, cnthp_ctl_el2
      movz x0, #0x8400, lsl #16
      movk x0, #0x0008
      smc #0`).forEach((w, i) => (board.bus.ram32[i] = w));
    board.reset(0x4000_0000n);
    expect(board.run(1000)).toEqual({ kind: 'poweroff' });
    const cpu = board.cpus[0];
    // ENABLE, and ISTATUS when CVAL (0) has passed.
    expect(cpu.getX(3)).toBe(5n);
    expect(cpu.getX(4)).toBe(5n);
    expect(cpu.getX(5)).toBe(5n);
  });
});
