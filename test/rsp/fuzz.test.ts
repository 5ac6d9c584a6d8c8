// The protocol fuzz test (issue 16): 100,000 wire units from a fixed seed, mutations of a
// recorded gdb-multiarch session and the hostile cases (run-length bombs and bad counts,
// oversize packets, huge reads, garbage, refused run control), sent over TCP by four
// connections in a child process while a fifth controls the board, which runs a guest
// that counts. `npm run fuzz:rsp -- --count N --seed S` runs longer ones.

import { describe, expect, it } from 'vitest';
import { runFuzz } from './fuzz/run.ts';

describe('RSP fuzz (seed 1, 100,000 packets)', () => {
  it('no error, the emulation never waits long for the protocol, memory is bounded and given back, every client is answered', async () => {
    const r = await runFuzz({ seed: 1, count: 100_000 });
    const summary = JSON.stringify({ ...r, counterBefore: String(r.counterBefore), counterAfter: String(r.counterAfter), errors: r.errors.slice(0, 5) });
    expect(r.client.units, summary).toBe(100_000);
    expect(r.errors, summary).toEqual([]);
    // Every fuzzing connection still answers, and the controlling one got its stop reply.
    expect(r.client.probesAnswered, summary).toBe(r.client.connections);
    expect(r.client.controllerStopped, summary).toBe(true);
    // The guest made progress all along: the board ran slice after slice...
    expect(r.counterAfter, summary).toBeGreaterThan(r.counterBefore);
    expect(r.slices, summary).toBeGreaterThan(10);
    // ...and between two slices the event loop's thread spent at most 50 ms of CPU on
    // anything else. (Measured in CPU time of that thread: on a loaded machine the wall
    // clock also counts the time other processes ran; the wall-clock gaps are in the
    // summary.)
    expect(r.maxCpuGapMs, summary).toBeLessThanOrEqual(50);
    // Once the clients are gone, the server holds nothing of theirs: no session is still
    // reachable, and the JavaScript heap and Buffers are back within 20 MB of where they
    // began (after a full collection).
    expect(r.sessions, summary).toBeGreaterThanOrEqual(r.client.connections + 1);
    expect(r.sessionsReachable, summary).toBe(0);
    expect(r.heldEndMB - r.heldStartMB, summary).toBeLessThanOrEqual(20);
    // RSS does not come all the way back, and not always within 20 MB: 8-26 MB above its
    // start measured (mostly 11-18), 18-31 MB with a benchmark running alongside. Two
    // high-water marks, not growth: glibc's main arena keeps what the Buffers it gave
    // out (socket reads, decoded packets) freed, when a collection found them
    // (malloc_trim, which node cannot call, returns it): 8-14 MB; and V8's young
    // generation grows under the clients' allocation rate, its pages staying resident:
    // up to 16 MB. (Replies used to leave 256 KiB of Buffers per 64 KiB read: 41-51 MB.)
    // One run-length bomb used to add 250 MB, a client that did not read 386 MB.
    expect(r.rssEndMB - r.rssStartMB, summary).toBeLessThanOrEqual(40);
  }, 240_000);
});
