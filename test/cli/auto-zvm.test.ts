// Acceptance: ZVM's own launch line (its auto_zvm.sh runs qemu-system-aarch64 with exactly
// these options) with our images in place of ZVM's: our hypervisor as -kernel and the
// default system's guest images (`npm start`) staged by -device loader where ZVM stages
// them. The console and the monitor share stdio (mux=on): Ctrl-A c switches between them.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZVM_STAGING, linuxVmDtb } from '../../src/zvm/system.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';
import { ConsoleSession } from '../../tools/console-session.ts';
import { ensureLinuxGuest } from '../../tools/linux-guest.ts';
import { CLI_PATH } from '../helpers/qemu.ts';

const PROMPT = 'zvm_host:~# ';
const hex = (n: number) => `0x${n.toString(16)}`;

describe("ZVM's auto_zvm.sh command line", () => {
  let dir: string;
  let pidfile: string;
  let con: ConsoleSession;

  beforeAll(() => {
    const linux = ensureLinuxGuest({ quiet: true });
    dir = mkdtempSync(join(tmpdir(), 'zvm-auto-'));
    pidfile = join(dir, 'qemu.pid');
    const dtb = join(dir, 'linux-qemu-virt.dtb');
    writeFileSync(dtb, linuxVmDtb(statSync(linux.initrd).size));
    // As auto_zvm.sh, option for option; only the image paths are ours.
    const args = [
      '-cpu', 'max', '-m', '4G', '-nographic', '-machine', 'virt,virtualization=on,gic-version=3',
      '-net', 'none', '-pidfile', pidfile, '-chardev', 'stdio,id=con,mux=on',
      '-serial', 'chardev:con', '-mon', 'chardev=con,mode=readline', '-smp', 'cpus=4',
      '-device', `loader,file=${join(IMAGES_DIR, 'rtos.bin')},addr=${hex(ZVM_STAGING.zephyr)},force-raw=on`,
      '-device', `loader,file=${linux.image},addr=${hex(ZVM_STAGING.linuxImage)},force-raw=on`,
      '-device', `loader,file=${dtb},addr=${hex(ZVM_STAGING.linuxDtb)}`,
      '-device', `loader,file=${linux.initrd},addr=${hex(ZVM_STAGING.linuxInitrd)}`,
      '-kernel', join(IMAGES_DIR, 'zvm_host.elf'),
    ];
    con = new ConsoleSession(process.execPath, [CLI_PATH, ...args]);
  }, 600_000);

  afterAll(async () => {
    await con?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reaches the hypervisor prompt, with the pid file written', async () => {
    await con.waitFor('zvm: VM 0 (zephyr_os-0) running', 300_000);
    await con.waitFor(PROMPT, 300_000);
    expect(con.output).not.toMatch(/unknown option|zvm-gdbserver: /);
    expect(readFileSync(pidfile, 'utf8')).toBe(`${con.pid}\n`);
    const from = con.output.length;
    con.type('zvm info\r');
    const m = await con.waitFor(/vmid +name[^\n]*\n([\s\S]*?)zvm_host:~# /, 120_000, from);
    expect(m[1]).toMatch(/^0 +zephyr_os-0 +1 +128 +running\r?$/m);
  }, 600_000);

  it('switches to the monitor with Ctrl-A c: info cpus, info registers', async () => {
    let from = con.output.length;
    con.type('\x01c');
    await con.waitFor("zvm-gdbserver monitor - type 'help' for more information\r\n(qemu) ", 60_000, from);
    from = con.output.length;
    con.type('info cpus\r');
    const cpus = await con.waitFor(/info cpus\r\n((?:[* ] CPU #\d: [^\r\n]*\r\n){4})/, 60_000, from);
    expect(cpus[1]).toMatch(/^\* CPU #0: pc=0x4000[0-9a-f]{4} EL2 on\r$/m);
    expect(cpus[1]).toMatch(/^ {2}CPU #3: pc=0x[0-9a-f]+ EL[12] on\r$/m);
    from = con.output.length;
    con.type('cpu 1\rinfo registers\r');
    const regs = await con.waitFor(/ PC=([0-9a-f]{16}) X00=[\s\S]*?PSTATE=[0-9a-f]{8} [-NZCV]{4} EL(\d)h/, 60_000, from);
    // CPU 1 runs the RTOS VM's vCPU: at EL1 while in the guest, EL2 while in the hypervisor.
    expect(['1', '2']).toContain(regs[2]);
  }, 300_000);

  it('resets the board with system_reset: the hypervisor boots again', async () => {
    const from = con.output.length;
    con.type('system_reset\r');
    await con.waitFor('*** zvm-gdbserver built-in hypervisor (ZVM design) at EL2, VHE ***', 300_000, from);
    await con.waitFor(PROMPT, 300_000, from);
  }, 600_000);

  it('quits with the monitor\'s quit, removing the pid file', async () => {
    // The monitor still has the input: `quit` ends the process with status 0.
    con.type('quit\r');
    const deadline = Date.now() + 60_000;
    while (con.exited === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(con.exited).toBe(0);
    expect(existsSync(pidfile)).toBe(false);
  }, 120_000);
});
