// GDB remote protocol fuzzing against a real board (see test/rsp/fuzz/): mutations of a
// recorded gdb-multiarch session and hostile framing, over TCP from a child process,
// while the board runs a counting guest.
//
//   npm run fuzz:rsp -- --count 1000000 --seed 7 [--connections 4]
//   npm run fuzz:rsp -- --record test/rsp/fuzz/gdb-session.txt   (re-record the corpus)
// Exit status 1 if the server logged an error, a client went unanswered, the emulation
// waited more than 50 ms of CPU time for the protocol (or for the server giving memory
// back after the clients), a closed session stayed reachable, or the JS heap and Buffers
// or RSS stayed 20 MB above their start.

import { Command } from 'commander';
import { recordGdbSession } from '../test/rsp/fuzz/record.ts';
import { runFuzz } from '../test/rsp/fuzz/run.ts';

const program = new Command()
  .option('--count <n>', 'wire units to send', '100000')
  .option('--seed <n>', 'random seed', '1')
  .option('--connections <n>', 'fuzzing connections (besides the controlling one)', '4')
  .option('--record <file>', 'record the corpus from a gdb-multiarch session instead')
  .parse();
const o = program.opts<{ count: string; seed: string; connections: string; record?: string }>();

if (o.record !== undefined) {
  const n = await recordGdbSession(o.record);
  process.stdout.write(`recorded ${n} packets to ${o.record}\n`);
  process.exit(0);
}
const r = await runFuzz({ count: Number(o.count), seed: Number(o.seed), connections: Number(o.connections) });
const c = r.client;
process.stdout.write(
  [
    `units ${c.units} in ${(c.ms / 1000).toFixed(1)} s over ${c.connections} connections; sent ${(c.bytesSent / 1048576).toFixed(1)} MiB, received ${(c.bytesReceived / 1048576).toFixed(1)} MiB; ${c.reconnects} reconnects`,
    `probes answered ${c.probesAnswered}/${c.connections}; controller got its stop reply: ${c.controllerStopped}`,
    `guest counter ${r.counterBefore} -> ${r.counterAfter} over ${r.slices} slices`,
    `gaps between slices: main-thread CPU max ${r.maxCpuGapMs} ms (${r.longCpuGaps} over 50 ms); wall clock max ${r.maxGapMs.toFixed(1)} ms (${r.longGaps} over 50 ms)`,
    `after the clients went: main-thread CPU gap max ${r.idleMaxCpuGapMs} ms, longest GC pause ${r.idleLongestGcMs} ms`,
    `RSS ${r.rssStartMB} MB -> ${r.rssEndMB} MB after the clients went (peak ${r.rssPeakMB} MB; Buffers peak ${r.arrayBuffersPeakMB} MB); JS heap + Buffers ${r.heldStartMB} MB -> ${r.heldEndMB} MB; ${r.sessionsReachable} of ${r.sessions} sessions still reachable; ${r.warnings} warnings, ${r.errors.length} errors`,
    ...r.errors.slice(0, 20).map((e) => `  error: ${e}`),
    '',
  ].join('\n'),
);
const ok =
  r.errors.length === 0 &&
  r.sessionsReachable === 0 &&
  c.probesAnswered === c.connections && c.controllerStopped && r.maxCpuGapMs <= 50 && r.idleMaxCpuGapMs <= 50 && r.heldEndMB - r.heldStartMB <= 20 && r.rssEndMB - r.rssStartMB <= 20;
process.exit(ok ? 0 : 1);
