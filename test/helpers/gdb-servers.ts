// A describe block's servers for a guest program: the ELF built once (beforeAll), every
// server the tests start stopped after each test (afterEach), whatever happened in it.

import { afterEach, beforeAll } from 'vitest';
import { guestElf } from './guests.ts';
import { startGdbServer, type GdbServerProcess, type StartServerOptions } from './gdb.ts';

export interface GuestServers {
  /** The guest's ELF (after beforeAll). */
  readonly elf: () => string;
  /** Starts a server for the guest; it is stopped after the test. */
  start(options?: StartServerOptions): Promise<GdbServerProcess>;
}

/** Call inside a describe block. `guest`: a program of tools/build-guests.ts by name, or a
 *  function that builds one and returns its path. */
export function guestServers(guest: string | (() => string)): GuestServers {
  let elf = '';
  const servers: GdbServerProcess[] = [];
  beforeAll(async () => {
    elf = typeof guest === 'string' ? await guestElf(guest) : guest();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });
  return {
    elf: () => elf,
    start: async (options) => {
      const s = await startGdbServer(elf, options);
      servers.push(s);
      return s;
    },
  };
}
