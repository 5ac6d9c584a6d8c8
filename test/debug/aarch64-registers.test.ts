// The target descriptions: the board/hypervisor sees every system register of the table, a
// VM the registers its guest can name; register numbers are the same in both.

import { describe, expect, it } from 'vitest';
import { targetDescription } from '../../src/debug/aarch64-registers.ts';

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
