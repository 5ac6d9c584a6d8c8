// End to end: register descriptions without `set architecture` and without a GDB script.
// The hypervisor with the RTOS as a VM whose program GDB is not given (no -vm-elf), and a
// plain `gdb-multiarch -batch`: every inferior is AArch64 (the server gives a VM without a
// program an empty AArch64 ELF named after it; before, GDB took its own default
// architecture for the VM's inferior and failed with "Truncated register 37 in remote 'g'
// packet"), the system registers answer to QEMU's spelling too (`$SP_EL0`, read by Linux's
// `$lx_current()`). GDB 13 reads the description of an inferior it discovered only at an
// exec event: the server reports one at the first resume of every thread (schedule-multiple
// on); before any such resume, it says once what to type.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { zvmSystemArgs } from '../../src/zvm/system.ts';
import { freePort, haveGdb, runGdbBare } from '../helpers/gdb.ts';
import { SystemServer } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');

describe.skipIf(!haveGdb())('register descriptions for every inferior, no script, no set architecture', () => {
  let server: SystemServer;

  beforeAll(async () => {
    server = new SystemServer(await freePort(), zvmSystemArgs({ host: HOST, rtosBin: join(IMAGES_DIR, 'rtos.bin') }));
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
  }, 200_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('gdb-multiarch -batch reads a VM inferior and the system registers in both spellings', async () => {
    expect(server.stderr).toContain(`connect with: gdb-multiarch -ex 'target extended-remote 127.0.0.1:${server.port}'`);
    const commands = [
      'info inferiors',
      'printf "hyp %d %d\\n", $SP_EL0 == $sp_el0, $VBAR_EL2 == $vbar_el2',
      'inferior 2',
      'show architecture',
      'printf "pc %#lx\\n", $pc',
      'x/i $pc',
      'print $vbar_el1',
      // The workaround the server prints (GDB 13 fetches no description for an inferior it discovers).
      'unset tdesc filename',
      'printf "vm %#lx %d %d %d\\n", $vbar_el1, $VBAR_EL1 == $vbar_el1, $SP_EL0 == $sp_el0, $SCTLR_EL1 == $sctlr_el1',
    ];
    const r = await runGdbBare(server.port, HOST, commands);
    const out = r.out;
    const why = `${out}\n--- server stderr ---\n${server.stderr.slice(-3000)}`;
    expect(out, why).not.toMatch(/Truncated register/);
    expect(out, why).toMatch(/^\s*2\s+process 2\s.*\/zephyr_os-0\s*$/m); // the VM's name in info inferiors
    expect(out, why).toMatch(/^hyp 1 1$/m);
    expect(out, why).toMatch(/currently "aarch64"/);
    const pc = /^pc (0x[0-9a-f]+)$/m.exec(out);
    expect(pc, why).not.toBeNull();
    expect(BigInt(pc![1]!), why).toBeGreaterThanOrEqual(0x4000_0000n); // the RTOS at IPA 0x4000_0000
    expect(out, why).toMatch(/^\$1 = void$/m);
    const vm = /^vm (0x[0-9a-f]+) 1 1 1$/m.exec(out);
    expect(vm, why).not.toBeNull();
    expect(BigInt(vm![1]!) >= 0x4000_0000n, why).toBe(true); // the RTOS's vectors, in its RAM
    // Said once, with the workaround.
    await server.waitFor(/Said once/, 'stderr', 30_000);
    expect(server.stderr.match(/unset tdesc filename/g), why).toHaveLength(1);
    expect(server.stderr, why).toMatch(/process 2's register description .*'inferior N'.*'unset tdesc filename'/);
  }, 180_000);

  it('with schedule-multiple on, the first continue gives every VM inferior its description (an exec stop)', async () => {
    const commands = [
      'set schedule-multiple on',
      'break guest_exit', // a hypervisor function: every exit of the VM reaches it
      'continue',
      'delete',
      'inferior 2',
      'printf "vm %#lx %d %d\n", $vbar_el1, $VBAR_EL1 == $vbar_el1, $SP_EL0 == $sp_el0',
      'inferior 1',
      'printf "hyp %d\n", $vbar_el2 != 0',
    ];
    const r = await runGdbBare(server.port, HOST, commands);
    const why = `${r.out}\n--- server stderr ---\n${server.stderr.slice(-3000)}`;
    expect(r.out, why).toMatch(/process 2 is executing new program: \S*\/zephyr_os-0/);
    expect(r.out, why).toMatch(/Thread 1\.\d "cpu\d" hit Breakpoint 1, guest_exit \(/);
    const vm = /^vm (0x[0-9a-f]+) 1 1$/m.exec(r.out);
    expect(vm, why).not.toBeNull();
    expect(BigInt(vm![1]!) >= 0x4000_0000n, why).toBe(true);
    expect(r.out, why).toMatch(/^hyp 1$/m);
  }, 180_000);
});
