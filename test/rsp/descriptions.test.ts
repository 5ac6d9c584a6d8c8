// The exec stop that makes GDB read the description of a process it discovered
// (handlers/descriptions.ts, ProcessCapability.describeByExec), as packets against the fake
// target: once per process, only when a resume covers every thread, never without opt-in.

import { describe, expect, it } from 'vitest';
import { FakeMultiprocessTarget } from './fake-multiprocess-target.ts';
import { Wire } from './wire.ts';

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

async function connected(describeByExec: boolean): Promise<{ w: Wire; t: FakeMultiprocessTarget }> {
  const t = new FakeMultiprocessTarget({ withNonStop: false });
  Object.assign(t.processes!, { describeByExec, executable: (pid: number) => `/progs/p${pid}` });
  const w = new Wire(t, {});
  await w.handshake();
  expect(await w.rpc('Hgp1.1')).toBe('OK');
  expect((await w.rpc('qXfer:features:read:target.xml:0,fff')).startsWith('l')).toBe(true); // process 1 described
  return { w, t };
}

describe('exec stops for processes GDB has no description of', () => {
  it('answers a resume of every thread with an exec stop of the undescribed process, once', async () => {
    const { w, t } = await connected(true);
    expect(await w.rpc('vCont;c')).toBe(`T05exec:${hex('/progs/p2')};thread:p2.1;`);
    expect(t.calls.filter((c) => c.startsWith('resume'))).toEqual([]); // nothing ran
    // GDB reads the description with the reporting thread as the general one.
    expect(await w.rpc('qC')).toBe('QCp2.1');
    expect(await w.rpc('qXfer:features:read:target.xml:0,fff')).toMatch(/^l/);
    // The next resume runs.
    await w.resume('vCont;c');
    expect(t.calls.filter((c) => c.startsWith('resume'))).toHaveLength(1);
  });

  it('lets a resume of one process run (GDB would resume another process after the exec)', async () => {
    const { w, t } = await connected(true);
    await w.resume('vCont;c:p1.-1');
    expect(t.calls.filter((c) => c.startsWith('resume'))).toEqual(['resume 1.1:continue,1.2:continue']);
  });

  it('does nothing for a target that does not ask for it', async () => {
    const { w, t } = await connected(false);
    await w.resume('vCont;c');
    expect(t.calls.filter((c) => c.startsWith('resume'))).toHaveLength(1);
  });
});
