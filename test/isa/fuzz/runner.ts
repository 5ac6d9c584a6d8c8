// The differential batch runner: builds a snippet, runs it on qemu-system-aarch64 (the
// reference) and in-process on our VirtBoard, compares every dumped record, and shrinks a
// mismatch to the first diverging instruction with its input state (printed as a
// ready-to-paste vitest regression test).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtBoard } from '../../../src/machine/board/virt.ts';
import { loadElf } from '../../../src/machine/loader/elf.ts';
import { runProcess, type RunResult } from '../../helpers/qemu.ts';
import { BODY_ADDR, BUF_SIZE, Rng, analyseRows, generateUnits, patchLiteral, type Analysis, type RowInfo, type Unit } from './generator.ts';
import { assembly, hex64, layout, singleBody, linkerScript, parseOutput, type Outcome, type Record, type RunOutput, type State } from './program.ts';

const CROSS = process.env.CROSS_COMPILE ?? 'aarch64-linux-gnu-';
export const QEMU = 'qemu-system-aarch64';
export const QEMU_ARGS = ['-M', 'virt', '-m', '128M', '-nographic', '-monitor', 'none', '-serial', 'stdio'];

/** True when the cross binutils and QEMU are installed. */
export function haveTools(): boolean {
  for (const [cmd, arg] of [[`${CROSS}as`, '--version'], [`${CROSS}ld`, '--version'], [`${CROSS}objdump`, '--version'], [QEMU, '--version']]) {
    const r = spawnSync(cmd, [arg], { stdio: 'ignore' });
    if (r.error || r.status !== 0) return false;
  }
  return true;
}

function tool(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(`${CROSS}${cmd}`, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${CROSS}${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

/** Builds the snippet into an ELF; returns its bytes and path. */
export function buildSnippet(dir: string, name: string, init: State, body: readonly number[], simd: boolean, probe = false): string {
  const s = join(dir, `${name}.s`);
  const o = join(dir, `${name}.o`);
  const elf = join(dir, `${name}.elf`);
  const ld = join(dir, 'fuzz.ld');
  writeFileSync(s, assembly(init, body, simd, probe));
  writeFileSync(ld, linkerScript());
  tool('as', ['-march=armv8.2-a', '-o', o, s], dir);
  tool('ld', ['-T', ld, '--no-warn-rwx-segments', '-o', elf, o], dir);
  return elf;
}

/**
 * Disassembles `words` with objdump: returns the text per word, or null for words the
 * disassembler does not know (reserved or unallocated encodings).
 */
export function disassemble(dir: string, words: readonly number[]): (string | null)[] {
  const bin = join(dir, 'words.bin');
  const buf = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => buf.writeUInt32LE(w >>> 0, i * 4));
  writeFileSync(bin, buf);
  const out = tool('objdump', ['-D', '-b', 'binary', '-m', 'aarch64', '-M', 'no-aliases', bin], dir);
  const res: (string | null)[] = new Array<string | null>(words.length).fill(null);
  for (const line of out.split('\n')) {
    const m = /^\s*([0-9a-f]+):\s+[0-9a-f]{8}\s+(.*)$/.exec(line);
    if (!m) continue;
    const i = parseInt(m[1], 16) / 4;
    const text = m[2].replace(/\s+/g, ' ').trim();
    res[i] = /^\.inst|undefined|\?\?\?|reserved|unallocated/i.test(text) ? null : text;
  }
  return res;
}

// ---- running --------------------------------------------------------------------------

/** Runs the ELF on QEMU; its console output is the report. */
function runQemu(cpu: string, elf: string): Promise<RunResult> {
  return runProcess(QEMU, [...QEMU_ARGS, '-cpu', cpu, '-kernel', elf], { timeoutMs: 120_000 });
}

/** Runs the ELF on our board in-process; returns the console text and how it ended. */
function runOurs(elf: string, budget = 500_000_000): { out: string; halt?: Outcome } {
  const bytes: number[] = [];
  const board = new VirtBoard({ ramSize: 128 << 20, smp: 1, cpu: 'cortex-a53', virtualization: false, serial: [(b) => bytes.push(b)] });
  board.reset(loadElf(board.bus, readFileSync(elf), elf).entry);
  let left = budget;
  let halt: Outcome | undefined;
  while (left > 0) {
    const before = board.retired;
    const ev = board.run(Math.min(left, 50_000_000));
    left -= board.retired - before;
    if (ev === null) continue;
    if (ev.kind === 'halt') {
      const h = ev.halt;
      const pc = 'pc' in h ? h.pc : 0n;
      const message = h.kind === 'undefined' ? `undefined instruction 0x${h.insn.toString(16)} (${h.row})` : h.kind === 'fault' ? h.message : h.kind;
      halt = { kind: 'halt', pc, message };
    }
    break;
  }
  if (left <= 0) halt = { kind: 'incomplete', message: `still running after ${budget} instructions` };
  return { out: Buffer.from(bytes).toString('latin1'), halt };
}

export interface BothRuns {
  qemu: RunOutput;
  ours: RunOutput;
}

export async function runBoth(ctx: FuzzContext, elf: string): Promise<BothRuns> {
  const simd = ctx.analysis.simd;
  const q = runQemu(ctx.cpu, elf);
  const o = runOurs(elf);
  const qr = await q;
  const qemu = parseOutput(qr.stdout, simd);
  if (qr.timedOut) qemu.outcome = { kind: 'incomplete', message: 'QEMU timed out' };
  const ours = parseOutput(o.out, simd);
  if (o.halt) ours.outcome = o.halt;
  return { qemu, ours };
}

/** Index of the first record that differs (or that only one side has), or -1 when all agree. */
export function firstDifference(a: RunOutput, b: RunOutput): number {
  const n = Math.max(a.records.length, b.records.length);
  for (let i = 0; i < n; i++) {
    if (a.records[i]?.line !== b.records[i]?.line) return i;
  }
  if (!sameOutcome(a.outcome, b.outcome)) return n;
  return -1;
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (bothUndefined(a, b) || bothUndefined(b, a)) return true;
  return a.kind === b.kind && (a.kind !== 'exception' || (b.kind === 'exception' && a.esr === b.esr && a.elr === b.elr));
}

/** QEMU took an Unknown-reason exception (UNDEFINED) where our PE halted on an undefined instruction. */
function bothUndefined(q: Outcome, o: Outcome): boolean {
  return q.kind === 'exception' && q.esr >> 26n === 0n && o.kind === 'halt' && o.message.startsWith('undefined instruction') && o.pc === q.elr;
}

export function describeOutcome(o: Outcome): string {
  switch (o.kind) {
    case 'finished':
      return 'finished';
    case 'exception':
      return `exception ESR=0x${o.esr.toString(16)} ELR=0x${o.elr.toString(16)} FAR=0x${o.far.toString(16)}`;
    case 'halt':
      return `halted at pc 0x${o.pc.toString(16)}: ${o.message}`;
    case 'incomplete':
      return o.message;
  }
}

// ---- random initial state -------------------------------------------------------------

export function randomState(rng: Rng, simd: boolean): State {
  const x: bigint[] = [];
  for (let i = 0; i < 31; i++) x.push(rng.interesting64());
  x.push(rng.u64() & ~15n); // SP
  const buf = new Uint8Array(BUF_SIZE);
  for (let i = 0; i < BUF_SIZE; i += 4) new DataView(buf.buffer).setUint32(i, rng.u32(), true);
  const s: State = { x, nzcv: (rng.int(16) << 28) >>> 0, buf };
  if (simd) {
    // RMode, FZ, DN random; FPSR cumulative flags random.
    s.fpcr = BigInt(((rng.int(4) << 22) | (rng.int(2) << 24) | (rng.int(2) << 25)) >>> 0);
    s.fpsr = BigInt(rng.u32() & 0x9f);
    s.v = [];
    const special = [0n, 0x8000000000000000n, 0x7ff0000000000000n, 0x7ff8000000000000n, 0x7ff4000000000000n, 0x0000000000000001n, 0x3ff0000000000000n, 0x7f8000007fc00000n, 0x000000017f800001n];
    for (let i = 0; i < 64; i++) s.v.push(rng.int(3) === 0 ? rng.pick(special) : rng.u64());
  }
  return s;
}

// ---- batches, shrinking ---------------------------------------------------------------

export interface Mismatch {
  /** The shrunk instruction (null when the divergence did not reproduce alone). */
  row: string;
  word: number;
  asm: string;
  input: State;
  expected?: State;
  actual?: State;
  qemuOutcome: Outcome;
  oursOutcome: Outcome;
  pc: number;
  /** Ready-to-paste vitest test. */
  test: string;
  note: string;
}

export interface BatchResult {
  units: Unit[];
  /** Random instructions compared (units that ran on both sides and agreed or were checked). */
  compared: number;
  mismatch?: Mismatch;
  /** Failure of the harness itself (QEMU did not finish, ...). */
  error?: string;
}

export interface FuzzContext {
  analysis: Analysis;
  dir: string;
  seed: number;
  /** Record after every `chunk` units. */
  chunk: number;
  /** QEMU -cpu model (the reference). */
  cpu: string;
  /** Rows that QEMU's model treats as UNDEFINED (see probeFeatures), excluded from drawing. */
  undefinedOnModel: Set<string>;
  /** The rows drawn from. */
  pool: RowInfo[];
}

export function makeContext(seed: number, options: { chunk?: number; cpu?: string; analysis?: Analysis } = {}): FuzzContext {
  const analysis = options.analysis ?? analyseRows();
  return {
    analysis,
    dir: mkdtempSync(join(tmpdir(), 'zvm-fuzz-isa-')),
    seed,
    chunk: options.chunk ?? 32,
    cpu: options.cpu ?? 'cortex-a53',
    undefinedOnModel: new Set(),
    pool: [...analysis.eligible],
  };
}

/**
 * Runs a few samples of every eligible row on QEMU with an exception handler that reports
 * and skips UNDEFINED instructions; rows whose every sample is UNDEFINED there (features the
 * model does not have, e.g. LSE on cortex-a53) leave the pool.
 */
export async function probeFeatures(ctx: FuzzContext, samples = 4): Promise<void> {
  const rng = new Rng((ctx.seed ^ 0x5eed) >>> 0);
  const rows = ctx.analysis.eligible.filter((r) => r.cls !== 'branch');
  const cand: Unit[] = [];
  for (const r of rows) cand.push(...generateUnits(ctx.analysis, rng, samples * 2, { rows: [r] }));
  const text = disassemble(ctx.dir, cand.map((u) => u.word));
  const perRow = new Map<string, number>();
  const units = cand.filter((u, i) => {
    const n = perRow.get(u.info.row.name) ?? 0;
    if (text[i] === null || n >= samples) return false;
    perRow.set(u.info.row.name, n + 1);
    return true;
  });
  const lay = layout(units, { every: 1 << 30 });
  const elf = buildSnippet(ctx.dir, 'probe', randomState(rng, ctx.analysis.simd), lay.words, ctx.analysis.simd, true);
  const q = await runQemu(ctx.cpu, elf);
  const undef = new Map<string, number>();
  for (const line of q.stdout.split('\n')) {
    if (!line.startsWith('U')) continue;
    const wi = (Number(BigInt('0x' + line.slice(1, 17))) - BODY_ADDR) / 4;
    const o = lay.origin[wi];
    if (o && o.unit >= 0 && o.main) {
      const name = units[o.unit].info.row.name;
      undef.set(name, (undef.get(name) ?? 0) + 1);
    }
  }
  const sampled = new Map<string, number>();
  for (const u of units) sampled.set(u.info.row.name, (sampled.get(u.info.row.name) ?? 0) + 1);
  for (const [name, n] of undef) if (n === sampled.get(name)) ctx.undefinedOnModel.add(name);
  ctx.pool = ctx.analysis.eligible.filter((r) => !ctx.undefinedOnModel.has(r.row.name));
}

export function disposeContext(ctx: FuzzContext): void {
  rmSync(ctx.dir, { recursive: true, force: true });
}

const asmCache = new Map<number, string>();

/** Draws `count` units whose words the disassembler accepts. */
export function drawValidUnits(ctx: FuzzContext, rng: Rng, count: number, rows?: readonly RowInfo[]): Unit[] {
  // Rows whose patterns admit many reserved encodings are redrawn (the same rows again),
  // so that every row keeps its share.
  const kept: Unit[] = [];
  let cand = generateUnits(ctx.analysis, rng, count, { rows });
  for (let round = 0; round < 16 && cand.length > 0; round++) {
    const text = disassemble(ctx.dir, cand.map((u) => u.word));
    const retry: RowInfo[] = [];
    cand.forEach((u, i) => {
      const t = text[i];
      if (t !== null) {
        kept.push(u);
        asmCache.set(u.word >>> 0, t);
      } else retry.push(u.info);
    });
    cand = retry.length > 0 ? retry.flatMap((r) => generateUnits(ctx.analysis, rng, 1, { rows: [r] })) : [];
  }
  // Shuffle: the redrawn units would otherwise cluster at the end.
  for (let i = kept.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [kept[i], kept[j]] = [kept[j], kept[i]];
  }
  return kept;
}

export function asmOf(ctx: FuzzContext, word: number): string {
  const hit = asmCache.get(word >>> 0);
  if (hit !== undefined) return hit;
  const t = disassemble(ctx.dir, [word])[0] ?? '(unknown to objdump)';
  asmCache.set(word >>> 0, t);
  return t;
}

/** Runs one batch of `count` random instructions; shrinks the first mismatch. */
export async function runBatch(ctx: FuzzContext, batch: number, count: number): Promise<BatchResult> {
  const rng = new Rng((ctx.seed * 1000003 + batch * 7919) >>> 0);
  const simd = ctx.analysis.simd;
  const init = randomState(rng, simd);
  const units = drawValidUnits(ctx, rng, count, ctx.pool);
  const lay = layout(units, { every: ctx.chunk });
  const elf = buildSnippet(ctx.dir, `batch${batch}`, init, lay.words, simd);
  const runs = await runBoth(ctx, elf);
  if (runs.qemu.outcome.kind !== 'finished' && runs.qemu.outcome.kind !== 'exception') {
    return { units, compared: 0, error: `QEMU: ${describeOutcome(runs.qemu.outcome)}` };
  }
  const d = firstDifference(runs.qemu, runs.ours);
  if (d < 0) {
    const o = runs.qemu.outcome;
    if (o.kind === 'exception') {
      // Both sides agree that an instruction is UNDEFINED (a feature the model lacks):
      // count the units before it and leave its row out from now on.
      const w = lay.origin[(Number(o.elr) - BODY_ADDR) / 4];
      if (w && w.unit >= 0) {
        ctx.undefinedOnModel.add(units[w.unit].info.row.name);
        ctx.pool = ctx.pool.filter((r) => r !== units[w.unit].info);
        return { units, compared: w.unit };
      }
    }
    return { units, compared: units.length };
  }
  // Units between the last agreeing record and the divergence.
  const prev = d > 0 ? runs.qemu.records[d - 1] : undefined;
  const startUnit = prev ? unitAfterRecord(lay, prev.id) : 0;
  const endUnit = Math.min(units.length, startUnit + 2 * ctx.chunk + 8, endOfDivergence(lay, runs, d, startUnit));
  const mismatch = await shrink(ctx, units.slice(startUnit, endUnit), prev ? prev.state : init, `batch ${batch} (seed ${ctx.seed}), units ${startUnit}..${endUnit - 1}`);
  return { units, compared: startUnit, mismatch };
}

/** The first unit after dump site `id`. */
function unitAfterRecord(lay: ReturnType<typeof layout>, id: number): number {
  const w = lay.dumpAfter.get(id);
  if (w === undefined) return 0;
  for (let i = w; i >= 0; i--) if (lay.origin[i].unit >= 0) return lay.origin[i].unit + 1;
  return 0;
}

function endOfDivergence(lay: ReturnType<typeof layout>, runs: BothRuns, d: number, start: number): number {
  let end = start + 1;
  const consider = (r: Record | undefined): void => {
    if (r) end = Math.max(end, unitAfterRecord(lay, r.id));
  };
  consider(runs.qemu.records[d]);
  consider(runs.ours.records[d]);
  for (const o of [runs.qemu.outcome, runs.ours.outcome]) {
    const pc = o.kind === 'halt' ? Number(o.pc) : o.kind === 'exception' ? Number(o.elr) : -1;
    const wi = (pc - BODY_ADDR) / 4;
    if (wi >= 0 && wi < lay.origin.length) {
      for (let i = wi; i < lay.origin.length; i++) if (lay.origin[i].unit >= 0) {
        end = Math.max(end, lay.origin[i].unit + 1);
        break;
      }
    }
  }
  if (end <= start + 1 && runs.qemu.records[d] === undefined && runs.ours.records[d] === undefined) end = lay.unitAddr.length;
  return end;
}

/**
 * Re-runs `units` from `input` with a dump after every word, finds the first diverging
 * word, then runs that word alone from QEMU's state before it.
 */
async function shrink(ctx: FuzzContext, units: Unit[], input: State, where: string): Promise<Mismatch> {
  const simd = ctx.analysis.simd;
  const lay = layout(units, 'word');
  const elf = buildSnippet(ctx.dir, 'shrink', input, lay.words, simd);
  const runs = await runBoth(ctx, elf);
  const d = firstDifference(runs.qemu, runs.ours);
  if (d < 0) {
    const u = units[0];
    return {
      row: u.info.row.name,
      word: u.word,
      asm: asmOf(ctx, u.word),
      input,
      qemuOutcome: runs.qemu.outcome,
      oursOutcome: runs.ours.outcome,
      pc: BODY_ADDR,
      test: '',
      note: `${where}: divergence did not reproduce with per-instruction dumps (layout dependent?); units: ${units.map((x) => x.info.row.name).join(', ')}`,
    };
  }
  // Word index: the word before QEMU's (or our) record d; a halt/exception names the PC.
  let wi = -1;
  const rec = runs.qemu.records[d] ?? runs.ours.records[d];
  if (rec) wi = lay.dumpAfter.get(rec.id) ?? -1;
  for (const o of [runs.ours.outcome, runs.qemu.outcome]) {
    if (runs.qemu.records[d] && runs.ours.records[d]) break;
    const pc = o.kind === 'halt' ? Number(o.pc) : o.kind === 'exception' ? Number(o.elr) : -1;
    if (pc >= BODY_ADDR) wi = (pc - BODY_ADDR) / 4;
  }
  const before = d > 0 ? runs.qemu.records[d - 1].state : input;
  let word = wi >= 0 ? lay.words[wi] : units[0].word;
  const origin = wi >= 0 ? lay.origin[wi] : { unit: 0, main: true };
  const info = origin.unit >= 0 ? units[origin.unit].info : units[0].info;
  const rowName = origin.main ? info.row.name : ctx.analysis.decoder.nameOf(word);
  // The single instruction alone at BODY_ADDR (PC-relative forms keep their offsets; a
  // branch target beyond the dump lands in a NOP sled that ends in the final dump).
  const u0 = origin.unit >= 0 ? units[origin.unit] : undefined;
  if (origin.main && u0?.litOffset !== undefined) word = patchLiteral(word, BODY_ADDR, u0.litOffset);
  const single = singleBody(word);
  const elf1 = buildSnippet(ctx.dir, 'single', before, single, simd);
  const one = await runBoth(ctx, elf1);
  const expected = one.qemu.records[0]?.state;
  const actual = one.ours.records[0]?.state;
  const reproduced = firstDifference(one.qemu, one.ours) >= 0;
  const asm = asmOf(ctx, word);
  const m: Mismatch = {
    row: rowName,
    word,
    asm,
    input: before,
    expected,
    actual,
    qemuOutcome: one.qemu.outcome,
    oursOutcome: one.ours.outcome,
    pc: BODY_ADDR,
    test: '',
    note: reproduced ? `${where}` : `${where}: the single instruction alone did not diverge (depends on earlier state?)`,
  };
  m.test = regressionTest(m, ctx.seed);
  return m;
}


// ---- regression tests -----------------------------------------------------------------

function big(v: bigint): string {
  return `0x${BigInt.asUintN(64, v).toString(16)}n`;
}

/** A ready-to-paste vitest test: input state, the word, QEMU's outputs. */
export function regressionTest(m: Mismatch, seed: number): string {
  const L: string[] = [];
  const name = `${m.row}: ${m.asm} (0x${(m.word >>> 0).toString(16).padStart(8, '0')}, fuzz-isa seed ${seed})`;
  L.push(`  // QEMU: ${describeOutcome(m.qemuOutcome)}; ours: ${describeOutcome(m.oursOutcome)}`);
  L.push(`  it(${JSON.stringify(name)}, () => {`);
  L.push(`    const cpu = makeCpu(1 << 21);`);
  L.push(`    cpu.setPC(0x${m.pc.toString(16)}n);`);
  L.push(`    const x = [${m.input.x.slice(0, 31).map(big).join(', ')}];`);
  L.push(`    x.forEach((v, i) => cpu.setX(i, v));`);
  L.push(`    cpu.setX(32, ${big(m.input.x[31])}); // SP`);
  L.push(`    cpu.setPstate((cpu.getPstate() & 0x0fffffff) | 0x${m.input.nzcv.toString(16)});`);
  L.push(`    cpu.bus.ram.set(Buffer.from('${Buffer.from(m.input.buf).toString('hex')}', 'hex'), 0); // scratch buffer at RAM base`);
  if (m.input.v) {
    L.push(`    const v = [${m.input.v.map(big).join(', ')}]; // V0.lo, V0.hi, ...`);
    L.push(`    v.forEach((q, i) => { cpu.vreg[2 * i] = Number(BigInt.asIntN(32, q)); cpu.vreg[2 * i + 1] = Number(BigInt.asIntN(32, q >> 32n)); });`);
    L.push(`    cpu.sys.set('FPCR', ${big(m.input.fpcr ?? 0n)});`);
    L.push(`    cpu.sys.set('FPSR', ${big(m.input.fpsr ?? 0n)});`);
  }
  L.push(`    runWords(cpu, [0x${(m.word >>> 0).toString(16).padStart(8, '0')}]);`);
  if (!m.expected) {
    L.push(`    // QEMU did not complete the instruction: ${describeOutcome(m.qemuOutcome)}`);
    L.push(`    expect(cpu.halt).not.toBeNull();`);
  } else {
    L.push(`    expect(cpu.halt).toBeNull();`);
    const e = m.expected;
    const changed: string[] = [];
    for (let i = 0; i < 32; i++) {
      const a = m.actual?.x[i];
      if (e.x[i] !== m.input.x[i] || (a !== undefined && a !== e.x[i])) {
        changed.push(i === 31 ? `    expect(cpu.getX(32)).toBe(${big(e.x[i])}); // SP` : `    expect(cpu.getX(${i})).toBe(${big(e.x[i])}); // X${i}`);
      }
    }
    L.push(...changed);
    L.push(`    expect(cpu.getPstate() >>> 28).toBe(0x${(e.nzcv >>> 28).toString(16)}); // NZCV`);
    if (e.v) {
      for (let i = 0; i < 64; i++) {
        if (e.v[i] !== m.input.v?.[i] || (m.actual?.v && m.actual.v[i] !== e.v[i])) {
          L.push(`    expect((BigInt(cpu.vreg[${2 * i + 1}] >>> 0) << 32n) | BigInt(cpu.vreg[${2 * i}] >>> 0)).toBe(${big(e.v[i])}); // V${i >> 1}.${i & 1 ? 'hi' : 'lo'}`);
        }
      }
      L.push(`    expect(cpu.sys.get('FPSR')).toBe(${big(e.fpsr ?? 0n)});`);
    }
    if (Buffer.compare(Buffer.from(e.buf), Buffer.from(m.input.buf)) !== 0 || (m.actual && Buffer.compare(Buffer.from(e.buf), Buffer.from(m.actual.buf)) !== 0)) {
      L.push(`    expect(Buffer.from(cpu.bus.ram.subarray(0, ${BUF_SIZE})).toString('hex')).toBe('${Buffer.from(e.buf).toString('hex')}');`);
    }
  }
  L.push(`  });`);
  return L.join('\n');
}

/** Human-readable register differences between QEMU (expected) and ours. */
export function describeDiff(m: Mismatch): string {
  const e = m.expected;
  const a = m.actual;
  if (!e || !a) return `QEMU: ${describeOutcome(m.qemuOutcome)}; ours: ${describeOutcome(m.oursOutcome)}`;
  const out: string[] = [];
  for (let i = 0; i < 32; i++) if (e.x[i] !== a.x[i]) out.push(`${i === 31 ? 'SP' : 'X' + i}: qemu ${hex64(e.x[i])} ours ${hex64(a.x[i])} (in ${hex64(m.input.x[i])})`);
  if (e.nzcv !== a.nzcv) out.push(`NZCV: qemu ${(e.nzcv >>> 28).toString(2).padStart(4, '0')} ours ${(a.nzcv >>> 28).toString(2).padStart(4, '0')}`);
  if (Buffer.compare(Buffer.from(e.buf), Buffer.from(a.buf)) !== 0) out.push('scratch memory differs');
  if (e.fpsr !== a.fpsr) out.push(`FPSR: qemu ${e.fpsr} ours ${a.fpsr}`);
  if (e.v && a.v) for (let i = 0; i < 64; i++) if (e.v[i] !== a.v[i]) out.push(`V${i >> 1}.${i & 1 ? 'hi' : 'lo'}: qemu ${hex64(e.v[i])} ours ${hex64(a.v[i])}`);
  return out.join('; ') || 'states equal';
}
