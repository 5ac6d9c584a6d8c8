// Assembles AArch64 source with the cross binutils (installed by `npm test`) into words, for
// unit tests and benchmarks.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function assemble(source: string, march = 'armv8.2-a'): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'zvm-asm-'));
  try {
    writeFileSync(join(dir, 'a.s'), source + '\n');
    execFileSync('aarch64-linux-gnu-as', [`-march=${march}`, '-o', join(dir, 'a.o'), join(dir, 'a.s')]);
    execFileSync('aarch64-linux-gnu-objcopy', ['-O', 'binary', '-j', '.text', join(dir, 'a.o'), join(dir, 'a.bin')]);
    const bin = readFileSync(join(dir, 'a.bin'));
    const words: number[] = [];
    for (let i = 0; i + 4 <= bin.length; i += 4) words.push(bin.readInt32LE(i));
    return words;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
