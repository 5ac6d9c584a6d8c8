// The target descriptions: the board/hypervisor sees every system register of the table, a
// VM the registers its guest can name; register numbers are the same in both.

import { describe, expect, it } from 'vitest';
import { readRegister, registerSize, targetDescription, writeRegister } from '../../src/debug/aarch64-registers.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';

const regs = (xml: string): Map<string, string> => new Map([...xml.matchAll(/<reg name="([^"]+)"[^>]* regnum="(\d+)"/g)].map((m) => [m[1]!, m[2]!]));

describe('target descriptions per view', () => {
  it('includes the guest feature for a VM and the full one for the host', () => {
    expect(targetDescription('target.xml', 'host')).toContain('href="zvm-sysregs.xml"');
    expect(targetDescription('target.xml', 'guest')).toContain('href="zvm-sysregs-guest.xml"');
    expect(targetDescription('nope.xml')).toBeUndefined();
  });

  it('gives a guest EL1/EL0 registers and its exit record only, numbered as in the full set', () => {
    const host = regs(targetDescription('zvm-sysregs.xml')!);
    const guest = regs(targetDescription('zvm-sysregs-guest.xml')!);
    for (const name of ['sctlr_el1', 'vbar_el1', 'ttbr0_el1', 'tpidr_el0', 'cntv_ctl_el0']) {
      expect(guest.get(name), name).toBeDefined();
      expect(guest.get(name)).toBe(host.get(name));
    }
    for (const name of ['hcr_el2', 'vbar_el2', 'vttbr_el2', 'ich_hcr_el2']) {
      expect(host.get(name), name).toBeDefined();
      expect(guest.has(name), name).toBe(false);
    }
    // The EL2 registers of a guest's view: the syndrome of its vCPU's last exit.
    expect([...guest.keys()].filter((n) => /_el(2|3|12|02)$/.test(n)).sort()).toEqual(['esr_el2', 'far_el2', 'hpfar_el2']);
    for (const name of ['esr_el2', 'far_el2', 'hpfar_el2']) expect(guest.get(name)).toBe(host.get(name));
    expect(guest.size).toBeLessThan(host.size);
  });
});

describe("QEMU's spelling of the system registers", () => {
  it('names every system register twice (SP_EL0 and sp_el0): one register, two numbers', () => {
    for (const view of ['zvm-sysregs.xml', 'zvm-sysregs-guest.xml']) {
      const xml = targetDescription(view)!;
      const all = regs(xml);
      for (const name of ['sp_el0', 'vbar_el1', 'sctlr_el1']) {
        expect(all.get(name.toUpperCase()), name).toBeDefined();
        expect(all.get(name.toUpperCase())).not.toBe(all.get(name));
      }
      expect(xml).toMatch(/<reg name="SP_EL0" [^>]*group="qemu_names" save-restore="no"\/>/);
      expect(xml).toMatch(/<reg name="sp_el0" [^>]*group="system"\/>/);
    }
    const host = regs(targetDescription('zvm-sysregs.xml')!);
    const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: true, serial: [] });
    const cpu = board.cpus[0]!;
    const lower = Number(host.get('vbar_el1'));
    const upper = Number(host.get('VBAR_EL1'));
    expect(registerSize(upper)).toBe(8);
    const v = new Uint8Array(8);
    new DataView(v.buffer).setBigUint64(0, 0x4000_0800n, true);
    expect(writeRegister(cpu, upper, v, 0)).toBe(true);
    const a = new Uint8Array(8);
    const b = new Uint8Array(8);
    readRegister(cpu, lower, a, 0);
    readRegister(cpu, upper, b, 0);
    expect([...a]).toEqual([...v]);
    expect([...b]).toEqual([...v]);
    expect(registerSize(Math.max(...[...host.values()].map(Number)) + 1)).toBe(0);
  });
});
