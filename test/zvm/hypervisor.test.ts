// The built-in ZVM-design hypervisor (src/zvm/firmware) on our board and on QEMU (the
// reference): the shell, VM lifecycle, and isolation against a hostile guest
// (src/guests/hostile) running next to the RTOS demo guest. The hostile guest is staged as
// the "linux" VM image; its console commands are typed through `zvm look 1`.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_FILES, IMAGES_DIR, buildHostileImage, buildZvmImages, compilerVersion, readBuildInfo } from '../../tools/build-zvm.ts';
import { linuxVmDtb, zvmSystemArgs } from '../../src/zvm/system.ts';
import { ConsoleSession } from '../../tools/console-session.ts';
import { CLI_PATH, QEMU_SYSTEM, haveQemu } from '../helpers/qemu.ts';

const PROMPT = 'zvm_host:~# ';
const CTRL_X = '\x18';

describe('prebuilt hypervisor and RTOS images', () => {
  it('are reproduced byte for byte by tools/build-zvm.ts (same compiler)', () => {
    const info = readBuildInfo();
    const dir = mkdtempSync(join(tmpdir(), 'zvm-images-'));
    try {
      const built = buildZvmImages(dir);
      const sameCompiler = compilerVersion() === info.compiler;
      for (const f of IMAGE_FILES) {
        const shipped = readFileSync(join(IMAGES_DIR, f));
        const rebuilt = readFileSync(built[f]);
        // Another compiler version may legitimately produce other bytes; ours must not.
        if (sameCompiler) expect(rebuilt.equals(shipped), `${f} differs from a rebuild (run: npx tsx tools/build-zvm.ts --update)`).toBe(true);
        else expect(rebuilt.length, `${f} builds`).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

type Machine = 'ours' | 'qemu';

function start(machine: Machine, args: string[]): ConsoleSession {
  return machine === 'ours'
    ? new ConsoleSession(process.execPath, [CLI_PATH, ...args])
    : new ConsoleSession(QEMU_SYSTEM, [...args, '-monitor', 'none']);
}

for (const machine of ['ours', 'qemu'] as const) {
  describe.skipIf(machine === 'qemu' && !haveQemu())(`hypervisor shell, lifecycle and isolation (${machine})`, () => {
    let dir: string;
    let con: ConsoleSession;
    const timeout = machine === 'ours' ? 60_000 : 30_000;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'zvm-hostile-'));
      const images = buildZvmImages(join(dir, 'build'));
      const hostile = buildHostileImage(join(dir, 'build'));
      const dtb = join(dir, 'vm.dtb');
      writeFileSync(dtb, linuxVmDtb(0));
      const args = zvmSystemArgs({ host: images['zvm_host.elf'], rtosBin: images['rtos.bin'], linux: { image: hostile, dtb, initrd: dtb } });
      con = start(machine, args);
    }, 120_000);

    afterAll(async () => {
      await con?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    /** Types a shell command and waits for the next prompt; returns what it printed. */
    async function shell(cmd: string): Promise<string> {
      const from = con.output.length;
      con.type(`${cmd}\r`);
      // Everything up to the next prompt: the echo of the command may be split by a VM's
      // console line (the guests keep printing), so it is not matched.
      const m = await con.waitFor(new RegExp(`([\\s\\S]*?)${PROMPT.replace(/[~#]/g, '\\$&')}`), timeout, from);
      return m[1]!;
    }

    /**
     * Waits for the RTOS logger's next report. A report comes every 1000 control periods,
     * 5 s of board time: on ours about 1.25 G instructions over the 4 PEs, which takes 30 s
     * on a quiet machine and more than a minute on a loaded one, so this wait gets 3 times
     * the per-step timeout.
     */
    async function rtosKeepsRunning(): Promise<void> {
      const from = con.output.length;
      await con.waitFor(/\[zephyr_os-0\] (?:rtos> )?logger: \d+ control periods, wake-up latency ticks min \d+ avg \d+ max \d+/, 3 * timeout, from);
    }

    async function look(keys: string, expectText: RegExp): Promise<string> {
      const from = con.output.length;
      con.type('zvm look 1\r');
      await con.waitFor('console attached to VM 1 (linux_os-1)', timeout, from);
      try {
        con.type(keys);
        return (await con.waitFor(expectText, timeout, from))[0];
      } finally {
        con.type(CTRL_X); // back to the shell even when the expectation failed
        // Up to the shell's prompt after it, so that the next shell() waits for its own.
        const detached = (await con.waitFor('zvm: console detached', timeout, from)).index! + from;
        await con.waitFor(PROMPT, timeout, detached);
      }
    }

    it('boots both VMs from the staged images and lists them', async () => {
      await con.waitFor('*** zvm-gdbserver built-in hypervisor (ZVM design) at EL2, VHE ***', timeout);
      await con.waitFor(/zvm: 4 physical CPUs online, 4 list registers/, timeout);
      await con.waitFor('zvm: created VM 0 (zephyr_os-0): 1 vCPU(s) on CPU 1, 128 MiB RAM at PA 0x80000000', timeout);
      await con.waitFor('zvm: created VM 1 (linux_os-1): 2 vCPU(s) on CPU 2 3, 1024 MiB RAM at PA 0x90000000', timeout);
      await con.waitFor('[zephyr_os-0] *** RTOS demo guest', timeout);
      await con.waitFor('[linux_os-1] hostile: ready', timeout);
      await con.waitFor(/zvm: VM 1 \(linux_os-1\) running[\s\S]*?zvm_host:~# /, timeout); // the autostart's last prompt
      const info = await shell('zvm info');
      expect(info).toMatch(/^vmid +name +vcpus +vmem\(M\) +status\r?$/m);
      expect(info).toMatch(/^0 +zephyr_os-0 +1 +128 +running\r?$/m);
      expect(info).toMatch(/^1 +linux_os-1 +2 +1024 +running\r?$/m);
      await rtosKeepsRunning();
    }, 420_000);

    it('contains undefined instructions, GIC reprogramming, bogus calls and an interrupt flood to the guest', async () => {
      expect(await look('u', /hostile: undefined instructions done, (\d+) exceptions taken at EL1/)).toContain('2 exceptions');
      await look('g', /hostile: GIC reprogrammed/);
      expect(await look('c', /hostile: CPU_ON of vCPU 7 returned -?\d+/)).toContain('returned -2');
      expect(con.output).toContain('hostile: bogus HVC returned 0xffffffffffffffff');
      const flood = await look('f', /hostile: flood done, (\d+) interrupts taken/);
      expect(Number(/(\d+) interrupts/.exec(flood)![1])).toBeGreaterThan(1000);
      await rtosKeepsRunning();
      expect(await shell('zvm info')).toMatch(/^1 +linux_os-1 +2 +1024 +running\r?$/m);
    }, 420_000);

    for (const [key, what] of [
      ['r', /linux_os-1-vcpu0 stopped: read of 8 bytes at unmapped IPA 0x80000000/],
      ['w', /linux_os-1-vcpu0 stopped: write of 8 bytes at unmapped IPA 0x80000000/],
      ['x', /linux_os-1-vcpu0 stopped: instruction fetch from unmapped IPA 0x80000000/],
    ] as const) {
      it(`stops only the hostile vCPU on '${key}' (${what.source.split(': ')[1]}); delete and recreate it`, async () => {
        const from = con.output.length;
        await look(key, what);
        expect(con.output.slice(from)).not.toMatch(/must not happen|PANIC/);
        expect(await shell('zvm info')).toMatch(/^1 +linux_os-1 +2 +1024 +faulted\r?$/m);
        await rtosKeepsRunning();
        expect(await shell('zvm delete -n 1')).toContain('zvm: VM 1 (linux_os-1) deleted');
        expect(await shell('zvm new -t linux')).toContain('zvm: created VM 1 (linux_os-1)');
        const again = con.output.length;
        await shell('zvm run -n 1');
        await con.waitFor('[linux_os-1] hostile: ready', timeout, again);
      }, 420_000);
    }

    it('restarts a VM that asks for PSCI SYSTEM_RESET', async () => {
      const from = con.output.length;
      await look('b', /zvm: VM 1 \(linux_os-1\) resets \(PSCI SYSTEM_RESET\)/);
      await con.waitFor('zvm: VM 1 (linux_os-1) running', timeout, from);
      await con.waitFor('[linux_os-1] hostile: ready', timeout, from);
      expect(con.output.slice(from)).not.toContain('must not happen');
    }, 420_000);

    it('pauses and resumes a VM; the other keeps running', async () => {
      expect(await shell('zvm pause -n 0')).toContain('zvm: VM 0 (zephyr_os-0) paused');
      expect(await shell('zvm info')).toMatch(/^0 +zephyr_os-0 +1 +128 +paused\r?$/m);
      await look('u', /hostile: undefined instructions done/);
      expect(await shell('zvm run -n 0')).toContain('zvm: VM 0 (zephyr_os-0) running');
      await rtosKeepsRunning();
      expect(await shell('zvm info')).toMatch(/^0 +zephyr_os-0 +1 +128 +running\r?$/m);
    }, 420_000);

    it('rejects bad commands with a message', async () => {
      expect(await shell('zvm new -t windows')).toContain("unknown OS type 'windows'");
      expect(await shell('zvm run -n 9')).toContain('zvm: no VM 9');
      expect(await shell('zvm new -t zephyr')).toContain('no free physical CPU');
      expect(await shell('frobnicate')).toContain("unknown command 'frobnicate'");
      expect(con.output).not.toContain('PANIC');
    }, 120_000);
  });
}
