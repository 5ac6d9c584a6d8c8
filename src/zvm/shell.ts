// The built-in hypervisor's shell (src/zvm/firmware/shell.c, on UART0) as the debugger
// uses it: GDB's `kill` of a VM types the shell's own delete command, as a user would, so
// the hypervisor deletes the VM its normal way. Found through the hypervisor's ELF symbols;
// a hypervisor without them (another ZVM build) offers the debugger no such way.

import { elfSymbol, type PhysReader } from './symbols.ts';

/** The UART of the hypervisor's console (its shell reads it on CPU 0). */
export const SHELL_UART = 0;

export class HypervisorShell {
  private readonly word = new Uint8Array(4);

  constructor(
    /** Address of `look_vm` (the VM the console is attached to, or -1). */
    readonly lookVmAddr: number,
  ) {}

  /** The shell of a hypervisor ELF, or undefined when it lacks our shell's symbols. */
  static fromElf(elf: Uint8Array): HypervisorShell | undefined {
    const look = elfSymbol(elf, 'look_vm');
    return look === undefined || elfSymbol(elf, 'shell_run') === undefined ? undefined : new HypervisorShell(Number(look));
  }

  /** The line that deletes VM `id` (`zvm delete -n ID`, as in ZVM's shell). */
  deleteCommand(id: number): string {
    return `zvm delete -n ${id}\r`;
  }

  /** Why the shell would not take a typed command as one now, or null. */
  busy(read: PhysReader): string | null {
    if (read(this.lookVmAddr, this.word) !== this.word.length) return 'its shell state cannot be read';
    const look = new DataView(this.word.buffer).getInt32(0, true);
    if (look >= 0) return `its console is attached to VM ${look} ('zvm look'): what is typed goes to that VM (Ctrl+X on the console gives the shell back)`;
    return null;
  }
}
