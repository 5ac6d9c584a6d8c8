import { describe, expect, it } from 'vitest';
import { SYSREG, SYSREG_INDEX, SYSREGS } from '../../src/machine/cpu/sysregs.ts';

describe('SYSREG named rows', () => {
  it('name the row of the register of that name', () => {
    const names = Object.keys(SYSREG) as (keyof typeof SYSREG)[];
    expect(names.length).toBeGreaterThan(100);
    for (const name of names) expect(SYSREGS[SYSREG[name]].name).toBe(name);
  });

  it('agree with the lookup by run-time name', () => {
    expect(SYSREG.HCR_EL2).toBe(SYSREG_INDEX.get('HCR_EL2'));
    expect(SYSREG.DBGWCR3_EL1).toBe(SYSREG_INDEX.get('DBGWCR3_EL1'));
    expect(SYSREG.ELR_EL12).toBe(SYSREG_INDEX.get('ELR_EL12'));
  });
});
