// Makes sure the bare-metal guest programs are built, once per process.
//
// In a test file:   const elfs = await ensureGuests();   elfs['arith-O2'] -> /.../build/guests/arith-O2.elf
// As a vitest globalSetup entry, the default export builds them before any test file runs.
// Building is incremental (mtime + command stamp) and writes through temp files, so
// concurrent workers calling this at the same time are safe.

import { GUESTS, buildGuests, type GuestSpec } from '../../tools/build-guests.ts';

let built: Promise<Record<string, string>> | undefined;
let builtHosted: Promise<Record<string, string>> | undefined;

/** name -> absolute path of build/guests/<name>.elf, building whatever is out of date. */
export function ensureGuests(): Promise<Record<string, string>> {
  built ??= buildGuests();
  return built;
}

/** name -> path of the glibc-hosted twin (build/guests/hosted/<name>), for qemu-aarch64. */
export function ensureHostedGuests(): Promise<Record<string, string>> {
  builtHosted ??= buildGuests({ hosted: true });
  return builtHosted;
}

/** Path of one guest ELF by name (e.g. 'gdbdemo', 'bench', 'sieve-O3'). */
export async function guestElf(name: string): Promise<string> {
  const all = await ensureGuests();
  const path = all[name];
  if (!path) throw new Error(`unknown guest ${name}; known: ${Object.keys(all).join(', ')}`);
  return path;
}

export function guestsOfKind(kind: GuestSpec['kind']): GuestSpec[] {
  return GUESTS.filter((g) => g.kind === kind);
}

export { GUESTS };
export type { GuestSpec };

/** vitest globalSetup hook. */
export default async function setup(): Promise<void> {
  await ensureGuests();
}
