// What monitor commands may do to the host: `monitor trace save` writes only into the
// server's output directory, only plain file names, and overwrites nothing without -f;
// `monitor uart` holds a bounded amount of text for a guest that does not read it.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MachineTarget } from '../../src/debug/machine-target.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { VmAwareness } from '../../src/zvm/awareness.ts';

const ENTRY = 0x4000_0000n;

describe('monitor commands and the host', () => {
  let dir: string;
  let out: string;
  let target: MachineTarget;

  function monitor(command: string): string {
    let text = '';
    void target.monitor.run(command, (t) => (text += t));
    return text;
  }

  /** A refused command answers with its reason as text (GDB shows an error reply only as
   *  "Protocol error with Rcmd"). */
  function refusal(command: string): string {
    const text = monitor(command);
    if (!text.startsWith('error: ')) throw new Error(`monitor ${command.slice(0, 40)} was not refused: ${text}`);
    return text.slice('error: '.length).trimEnd();
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-trace-save-'));
    out = join(dir, 'out');
    const board = new VirtBoard({ ramSize: 16 << 20, smp: 1, cpu: 'cortex-a53', virtualization: true, serial: [() => undefined] });
    board.reset(ENTRY);
    target = new MachineTarget(board, { entry: ENTRY, x0: 0n }, { afterSlice: () => {}, onFinished: () => {}, outputDir: out }, new VmAwareness(board.cpus));
    monitor('trace start');
    monitor('trace stop');
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves a plain name into the output directory (made on demand) and says where', () => {
    expect(monitor('trace save exits.json')).toContain(`saved 0 exits to ${join(out, 'exits.json')}`);
    expect(JSON.parse(readFileSync(join(out, 'exits.json'), 'utf8'))).toHaveProperty('traceEvents');
  });

  it('refuses paths, hidden names and anything but one plain name', () => {
    writeFileSync(join(dir, 'victim'), 'keep');
    for (const bad of ['../victim', '../../victim', `${dir}/victim`, '/etc/passwd', 'a/b.json', '.hidden', '..', '-f', 'a b', '']) {
      expect(refusal(`trace save ${bad}`), bad).toMatch(/NAME is a plain file name \(letters, digits, \. _ -\), saved in /);
    }
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('keep');
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it('holds at most 64 KiB of typed text for a UART whose guest does not read it', () => {
    // The board is never run: nothing drains the receive FIFO beyond its own room.
    const chunk = 'x'.repeat(0x4000);
    for (let i = 0; i < 4; i++) expect(monitor(`uart 0 ${chunk}`)).toBe(`typed ${chunk.length} byte(s) into uart0\n`);
    expect(refusal(`uart 0 ${chunk}`)).toMatch(/^uart0 has \d+ byte\(s\) the guest has not read yet \(at most 65536 wait\)$/);
  });

  it('overwrites an existing file only with -f, and never through a link', () => {
    monitor('trace save exits.json');
    writeFileSync(join(out, 'exits.json'), 'mine');
    expect(refusal('trace save exits.json')).toMatch(/exists: save with -f to overwrite it/);
    expect(readFileSync(join(out, 'exits.json'), 'utf8')).toBe('mine');
    expect(monitor('trace save -f exits.json')).toContain('saved 0 exits to');
    expect(readFileSync(join(out, 'exits.json'), 'utf8')).toContain('traceEvents');
    // A link placed in the output directory is not followed, -f or not.
    writeFileSync(join(dir, 'victim'), 'keep');
    symlinkSync(join(dir, 'victim'), join(out, 'link.json'));
    expect(refusal('trace save link.json')).toMatch(/exists and is not a file/);
    expect(refusal('trace save -f link.json')).toMatch(/exists and is not a file/);
    mkdirSync(join(out, 'sub'));
    expect(refusal('trace save -f sub')).toMatch(/exists and is not a file/);
    expect(readFileSync(join(dir, 'victim'), 'utf8')).toBe('keep');
  });
});
