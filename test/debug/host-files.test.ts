// Which host files GDB may read through vFile (MachineTarget.hostFiles): the server's output
// directory (relative paths are taken there), never '..' nor anything outside it, also
// through a link; and the programs the server names with qXfer:exec-file.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MachineTarget } from '../../src/debug/machine-target.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';

const root = mkdtempSync(join(tmpdir(), 'host-files-'));
const out = join(root, 'out');
mkdirSync(join(out, 'sub'), { recursive: true });
writeFileSync(join(out, 'trace.json'), '{}');
writeFileSync(join(out, 'sub', 'a.svg'), '<svg/>');
writeFileSync(join(root, 'secret'), 'no');
writeFileSync(join(root, 'program.elf'), 'ELF');
symlinkSync(join(root, 'secret'), join(out, 'escape'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function target(): MachineTarget {
  const board = new VirtBoard({ ramSize: 1 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [] });
  return new MachineTarget(board, { entry: 0x4000_0000n, x0: 0n }, { afterSlice: () => {}, onFinished: () => {}, outputDir: out, executableOf: () => join(root, 'program.elf') });
}

describe('vFile policy (MachineTarget.hostFiles)', () => {
  it('reads the output directory and the programs it names, nothing else', () => {
    const t = target();
    expect(t.hostFiles.resolve('trace.json')).toBe(join(out, 'trace.json'));
    expect(t.hostFiles.resolve('sub/a.svg')).toBe(join(out, 'sub', 'a.svg'));
    expect(t.hostFiles.resolve(join(out, 'trace.json'))).toBe(join(out, 'trace.json'));
    expect(t.hostFiles.resolve(join(root, 'program.elf'))).toBe(join(root, 'program.elf'));
    expect(() => t.hostFiles.resolve('../secret')).toThrow(/'\.\.' in/);
    expect(() => t.hostFiles.resolve(`${out}/../secret`)).toThrow(/'\.\.' in/);
    expect(() => t.hostFiles.resolve(join(root, 'secret'))).toThrow(/outside/);
    expect(() => t.hostFiles.resolve('escape')).toThrow(/outside/); // a link out of the directory
    expect(() => t.hostFiles.resolve('/etc/passwd')).toThrow(/outside/);
    expect(() => t.hostFiles.resolve('missing.json')).toThrow(/ENOENT/);
  });
});
