// Console input into a VM loses nothing: a 32 KiB paste typed on the board's console goes
// through the PL011, the hypervisor's shell (`zvm look 1`), its virtual UART and Linux's
// tty into `head -c`, and the guest counts and hashes every byte. The paste arrives far
// faster than Linux reads, so the virtual UART's receive ring fills again and again: the
// hypervisor must hold input back (and the board's host must queue it) instead of dropping.
// The rate is not asserted here: `npx tsx tools/console-input.ts` measures it. On our board
// and on QEMU (whose PL011 model and character backend have the same FIFO backpressure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootLinuxShell, pasteIntoLinux, pasteText } from '../../tools/console-input.ts';
import type { ConsoleSession } from '../../tools/console-session.ts';
import { haveQemu } from '../helpers/qemu.ts';

for (const machine of ['ours', 'qemu'] as const) {
  describe.skipIf(machine === 'qemu' && !haveQemu())(`console input into the Linux VM of the default system (${machine})`, () => {
    let con: ConsoleSession;
    let close: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ con, close } = await bootLinuxShell(600_000, machine));
    }, 900_000);

    afterAll(async () => {
      await close?.();
    });

    it('delivers every byte of a 32 KiB paste with the tty echo on', async () => {
      const text = pasteText(32 * 1024);
      const r = await pasteIntoLinux(con, text, true, 600_000);
      expect(r.count).toBe(text.length);
      expect(r.md5).toBe(r.expectedMd5);
      expect(con.output).not.toMatch(/stopped: |PANIC|input dropped/);
    }, 900_000);

    it('delivers every byte of a second 48 KiB paste with the echo off', async () => {
      const text = pasteText(48 * 1024);
      const r = await pasteIntoLinux(con, text, false, 600_000);
      expect(r.count).toBe(text.length);
      expect(r.md5).toBe(r.expectedMd5);
    }, 900_000);
  });
}
