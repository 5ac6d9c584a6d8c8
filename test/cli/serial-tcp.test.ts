import net from 'node:net';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { guestElf } from '../helpers/guests.ts';
import { CLI_PATH } from '../helpers/qemu.ts';
import { freePort } from '../helpers/gdb.ts';

describe('-serial tcp:HOST:PORT,server', () => {
  it('waits for a client, then sends it the console output of the guest', async () => {
    const elf = await guestElf('crc-O2');
    const port = await freePort();
    const child = spawn(process.execPath, [CLI_PATH, '-M', 'virt', '-cpu', 'cortex-a53', '-nographic',
      '-kernel', elf, '-serial', `tcp:127.0.0.1:${port},server`], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      // The server waits for its client before running the guest.
      await new Promise<void>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          if (err.includes('waiting for a serial connection')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      const received = await new Promise<string>((resolve, reject) => {
        let text = '';
        const s = net.connect(port, '127.0.0.1');
        s.on('data', (d) => (text += d.toString('latin1')));
        s.on('close', () => resolve(text));
        s.on('error', reject);
      });
      expect(received).toContain('crc32("123456789") table = 0x00000000cbf43926');
      expect(received.trimEnd().endsWith('crc: done')).toBe(true);
      const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));
      expect(code).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
