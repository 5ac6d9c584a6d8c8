// Record/replay on the board itself (src/machine/replay): the RTOS guest at EL1 recorded
// while console input arrives between runs of uneven length, replayed on a fresh board
// with runs cut elsewhere and live input thrown in: the same console output, the same
// machine hash at the end, input from the host ignored. A record whose registers hash was
// changed (with a digest made to match) is reported as a divergence at that input's
// instruction count.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadImages } from '../../src/machine/board/boot.ts';
import { VirtBoard } from '../../src/machine/board/virt.ts';
import { SYSREG } from '../../src/machine/cpu/sysregs.ts';
import { RecordReplay, type RecordHooks } from '../../src/machine/replay/record-replay.ts';
import { buildRtos } from '../../tools/build-rtos.ts';

const START = { kind: 'boot', hash: 'ab'.repeat(32) } as const;

/** The RTOS alone at EL1 on one PE, its console output collected in `out`. */
function rtosBoard(elf: string): { board: VirtBoard; out: number[] } {
  const out: number[] = [];
  const board = new VirtBoard({ ramSize: 128 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [(b) => out.push(b)] });
  const boot = loadImages(board, { kernel: elf, loaders: [] });
  board.reset(boot.entry, boot.x0);
  return { board, out };
}

function hooks(said: string[]): RecordHooks {
  return { writeRegister: () => false, say: (l) => said.push(l) };
}

/** Runs `n` instructions in runs of `slice`. */
function runFor(board: VirtBoard, n: number, slice: number): void {
  const end = board.retired + n;
  while (board.retired < end) {
    const ev = board.run(Math.min(slice, end - board.retired));
    if (ev !== null) throw new Error(`board stopped: ${ev.kind}`);
  }
}

describe('record and replay on the board', () => {
  let dir: string;
  let elf: string;
  let file: string;
  let recorded = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zvm-rr-board-'));
    elf = buildRtos();
    file = join(dir, 'rtos.rr');
    const { board, out } = rtosBoard(elf);
    const rr = RecordReplay.record(board, file, START, hooks([]));
    runFor(board, 3_000_000, 700_001);
    board.uarts[0].receive(Buffer.from('uptime\r'));
    runFor(board, 2_000_000, 333_333);
    board.uarts[0].receive(Buffer.from('stats\r'));
    runFor(board, 4_000_000, 1_000_000);
    rr.finish();
    recorded = Buffer.from(out).toString('latin1');
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Replays `path` on a fresh board in runs of `slice`, typing into it meanwhile; returns its output and what it said. */
  function replay(path: string, slice: number): { out: string; said: string[] } {
    const { board, out } = rtosBoard(elf);
    const said: string[] = [];
    const rr = RecordReplay.replay(board, path, START, hooks(said));
    for (let i = 0; !rr.finished; i++) {
      if (i === 5) board.uarts[0].receive(Buffer.from('poweroff\r')); // live input: ignored
      const ev = board.run(slice);
      if (ev !== null) throw new Error(`board stopped: ${ev.kind}`);
      if (i > 1000) throw new Error('the replay never reached the end of the record');
    }
    return { out: Buffer.from(out).toString('latin1'), said };
  }

  it('replays the console input at its instruction counts: the same output and machine hash', () => {
    expect(recorded).toContain('uptime: ');
    expect(recorded).toContain('control: ');
    const { out, said } = replay(file, 450_000);
    expect(out).toBe(recorded);
    expect(said[0]).toMatch(/^replay: input from the host is ignored until the end of the record/);
    expect(said.at(-1)).toMatch(/^replay: end of the record \S+ at instruction count 9000000 \(board time \d+\): state hash [0-9a-f]{32}, the same as recorded/);
    expect(said.join('\n')).not.toContain('diverged');
  });

  it('makes a write held for the end of a run (a vCPU entering) there, logged where a replay stops and makes it too', () => {
    // The hook writes TPIDR_EL0 (the RTOS leaves it alone) from the data's low word.
    const writeTpidr: RecordHooks['writeRegister'] = (cpu, _n, d) => {
      cpu.sys.writeIndex(SYSREG.TPIDR_EL0, new DataView(d.buffer, d.byteOffset).getInt32(0, true), 0);
      return true;
    };
    const held = join(dir, 'held.rr');
    const { board } = rtosBoard(elf);
    const rr = RecordReplay.record(board, held, START, { writeRegister: writeTpidr, say: () => {} });
    runFor(board, 1_000_000, 300_000);
    rr.writeAtRunEnd(0, 99, Uint8Array.of(0x2a, 0, 0, 0));
    expect(board.cpus[0].sys.get('TPIDR_EL0')).toBe(0n); // held
    expect(board.run(123_457)).toBeNull();
    expect(board.cpus[0].sys.get('TPIDR_EL0')).toBe(0x2an); // made as the run ended
    runFor(board, 500_000, 200_000);
    rr.finish();
    const lines = readFileSync(held, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.k === 'reg')).toEqual([expect.objectContaining({ r: 1_123_457, pe: 0, n: 99, d: '2a000000' })]);

    // Replayed in runs cut elsewhere: the write is made at the same count, nothing diverges.
    const again = rtosBoard(elf).board;
    const said: string[] = [];
    const replaying = RecordReplay.replay(again, held, START, { writeRegister: writeTpidr, say: (l) => said.push(l) });
    let seen = -1;
    for (let i = 0; !replaying.finished && i < 100; i++) {
      again.run(250_000);
      if (seen < 0 && again.cpus[0].sys.get('TPIDR_EL0') === 0x2an) seen = again.retired;
    }
    expect(said.join('\n')).not.toContain('diverged');
    expect(said.at(-1)).toMatch(/the same as recorded/);
    // Made at the start of the run after the one the record cut there.
    expect(seen).toBeGreaterThan(1_123_457);
    expect(again.cpus[0].sys.get('TPIDR_EL0')).toBe(0x2an);
  });

  it('reports where a replay leaves the recorded course: the instruction count of the first differing input', () => {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const second = JSON.parse(lines[2]) as { r: number; t: number; h: string };
    lines[2] = lines[2].replace(`"h":"${second.h}"`, `"h":"${'0'.repeat(32)}"`);
    // The end line's digest made to match the changed line: only the hash check can tell.
    const end = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    end.digest = createHash('sha256').update(lines.slice(0, -1).map((l) => `${l}\n`).join('')).digest('hex');
    lines[lines.length - 1] = JSON.stringify(end);
    const changed = join(dir, 'changed.rr');
    writeFileSync(changed, `${lines.join('\n')}\n`);
    const { said } = replay(changed, 1_000_000);
    expect(said).toContain(`replay: diverged from the record at instruction count ${second.r} (board time ${second.t}): the registers or devices differ from the record's at input 2`);
    expect(said.at(-1)).toContain(`the same as recorded (though it differed from the record at instruction count ${second.r})`);
  });
});
