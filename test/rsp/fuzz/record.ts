// Records what a real gdb-multiarch sends in an ordinary session against the fuzz board:
// the corpus the fuzzer mutates (test/rsp/fuzz/gdb-session.txt, one JSON string a line).

import { rmSync, writeFileSync } from 'node:fs';
import { runGdbBatch } from '../../helpers/gdb.ts';
import type { RspLogger } from '../../../src/rsp/index.ts';
import { startFuzzServer } from './board.ts';

/** The session: connect, look around, break, step, continue, monitor, write, detach. */
const COMMANDS = [
  'info threads',
  'info registers',
  'x/16xg 0x40000800',
  'x/6i $pc',
  'p $x2',
  'stepi',
  'stepi',
  'break *0x4000000c',
  'continue',
  'continue',
  'delete',
  'watch *(long *)0x40000800',
  'continue',
  'delete',
  'set var $x3 = 5',
  'set var *(long *)0x40000900 = 0x1234',
  'thread 2',
  'info registers sp',
  'thread 1',
  'monitor help',
  'monitor cpus',
  'monitor translate 0x40000000',
  'info inferiors',
  'detach',
];

export async function recordGdbSession(file: string): Promise<number> {
  const packets: string[] = [];
  const logger: RspLogger = {
    error: () => undefined,
    warn: () => undefined,
    info: () => undefined,
    debug: (m: string) => {
      if (m.startsWith('<- ')) packets.push(m.slice(3));
    },
  };
  const fuzz = await startFuzzServer(logger, true);
  try {
    const r = await runGdbBatch(fuzz.server.port, '', COMMANDS, 120_000);
    if (r.code !== 0) throw new Error(`gdb failed:\n${r.out}`);
  } finally {
    await fuzz.close();
    rmSync(fuzz.outputDir, { recursive: true, force: true });
  }
  // The trace shows non-printable bytes as \xNN: turn them back into bytes.
  const lines = packets.map((p) => JSON.stringify(p.replace(/\\x([0-9a-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return packets.length;
}
