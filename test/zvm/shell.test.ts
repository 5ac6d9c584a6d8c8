// The hypervisor shell as the debugger's `kill` of a VM uses it (src/zvm/shell.ts): found
// through our hypervisor's symbols, absent from an ELF without them, and busy while the
// console is attached to a VM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HypervisorShell } from '../../src/zvm/shell.ts';
import { elfSymbol } from '../../src/zvm/symbols.ts';
import { IMAGES_DIR } from '../../tools/build-zvm.ts';

describe('HypervisorShell', () => {
  const host = readFileSync(join(IMAGES_DIR, 'zvm_host.elf'));

  it("is found in our hypervisor's ELF and not in a guest's", () => {
    const shell = HypervisorShell.fromElf(host);
    expect(shell?.lookVmAddr).toBe(Number(elfSymbol(host, 'look_vm')));
    expect(HypervisorShell.fromElf(readFileSync(join(IMAGES_DIR, 'rtos.elf')))).toBeUndefined();
    expect(HypervisorShell.fromElf(new Uint8Array(16))).toBeUndefined();
  });

  it("types ZVM's delete command and is busy only while the console is attached to a VM", () => {
    const shell = HypervisorShell.fromElf(host)!;
    expect(shell.deleteCommand(1)).toBe('zvm delete -n 1\r');
    let look = -1;
    const read = (pa: number, dst: Uint8Array): number => {
      expect(pa).toBe(shell.lookVmAddr);
      new DataView(dst.buffer, dst.byteOffset).setInt32(0, look, true);
      return dst.length;
    };
    expect(shell.busy(read)).toBeNull();
    look = 2;
    expect(shell.busy(read)).toMatch(/its console is attached to VM 2 \('zvm look'\)/);
    expect(shell.busy(() => 0)).toBe('its shell state cannot be read');
  });
});
