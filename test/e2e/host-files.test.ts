// End to end: what GDB gets from the server's host through the protocol, with the real
// gdb-multiarch and the real server running the hypervisor and the RTOS VM:
// - `info os processes` (qXfer:osdata:read:processes): the VMs with names, vCPUs and state
//   (GDB said "Can not fetch data now." before);
// - `remote get` (vFile): a trace saved in the server's output directory, fetched to GDB's
//   side; anything outside that directory refused, and nothing written;
// - the programs GDB loads through its default `target:` sysroot come through vFile too.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { freePort, haveGdb, runGdbBare } from '../helpers/gdb.ts';
import { SystemServer, rtosSystemArgs } from '../helpers/system-server.ts';

const HOST = join(IMAGES_DIR, 'zvm_host.elf');

describe.skipIf(!haveGdb())('info os processes and remote get against the default system', () => {
  let server: SystemServer;
  let out: string;
  let local: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'zvm-out-'));
    local = mkdtempSync(join(tmpdir(), 'zvm-gdb-side-'));
    writeFileSync(join(tmpdir(), `${out.split('/').pop()}-secret`), 'outside');
    server = new SystemServer(await freePort(), rtosSystemArgs(), ['--output-dir', out]);
    await server.waitFor(/waiting for GDB on/, 'stderr', 60_000);
    await server.waitFor(/\[zephyr_os-0\] tick 1000 Hz/, 'stdout', 120_000);
  }, 200_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(out, { recursive: true, force: true });
    rmSync(local, { recursive: true, force: true });
    rmSync(join(tmpdir(), `${out.split('/').pop()}-secret`), { force: true });
  });

  it('lists the VMs in info os processes, fetches a saved trace with remote get, refuses the rest', async () => {
    const secret = `../${out.split('/').pop()}-secret`;
    const commands = [
      'info os',
      'info os processes',
      'monitor trace start',
      'monitor trace stop',
      'monitor trace save exits.json',
      `remote get exits.json ${join(local, 'exits.json')}`,
      `remote get ${secret} ${join(local, 'secret')}`,
      `remote get /etc/hostname ${join(local, 'hostname')}`,
      `remote put ${join(local, 'exits.json')} copy.json`,
      'info inferiors',
      'inferior 2',
      'bt 1',
    ];
    const r = await runGdbBare(server.port, HOST, commands);
    const text = r.out;
    const why = `${text}\n--- server stderr ---\n${server.stderr.slice(-3000)}`;
    expect(text, why).toMatch(/^processes +The hypervisor and its VMs/m);
    expect(text, why).toMatch(/^pid +command +kind +vcpus +state +cores/m);
    expect(text, why).toMatch(/^1 +zvm_host\.elf +hypervisor +- +4 of 4 CPUs on +0,1,2,3/m);
    expect(text, why).toMatch(/^2 +zephyr_os-0 +VM +1 +(running on cpu1|not running) +1/m);
    expect(text, why).not.toContain('Can not fetch data now');
    // The file fetched is the one the server saved.
    expect(readFileSync(join(local, 'exits.json'), 'utf8'), why).toBe(readFileSync(join(out, 'exits.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(local, 'exits.json'), 'utf8')).otherData.tool).toBe('zvm-gdbserver');
    // '..', an absolute path elsewhere, and a write: refused, nothing copied or created.
    expect(text.match(/Remote I\/O error: Permission denied/g), why).toHaveLength(3);
    expect(existsSync(join(local, 'secret'))).toBe(false);
    expect(existsSync(join(local, 'hostname'))).toBe(false);
    expect(existsSync(join(out, 'copy.json'))).toBe(false);
    // The VM's program came through vFile (GDB's target: sysroot), with its symbols.
    expect(text, why).toMatch(/^\s*2\s+process 2\s+.*target:\S*\/zephyr_os-0\s*$/m);
    expect(text, why).toMatch(/^#0 .* in \w+ .*src\/guests\/rtos\/|^#0 +\w+ \(.*\) at .*src\/guests\/rtos\//m);
  }, 180_000);
});
