// Instruction-level differential fuzzing against QEMU (see test/isa/fuzz/).
//
//   npm run fuzz:isa -- --count 100000 --seed 1        random instructions in batches
//   npm run fuzz:isa -- --coverage                     implemented vs all rows, by group
//   options: --batch N (instructions per snippet, default 5000), --chunk K (dump every K
//            instructions, default 32), --cpu MODEL (QEMU -cpu, default cortex-a53),
//            --rows REGEX (only rows whose name matches), --rows-report (per-row counts)
// Exit status 1 on any mismatch.

import { Command } from 'commander';
import { analyseRows, type Analysis } from '../test/isa/fuzz/generator.ts';
import { describeDiff, disposeContext, haveTools, makeContext, probeFeatures, runBatch, type FuzzContext, type Mismatch } from '../test/isa/fuzz/runner.ts';

function coverageReport(a: Analysis, ctx?: FuzzContext, counts?: Map<string, number>, mismatched: Set<string> = new Set()): string {
  const groups = new Map<string, { all: number; impl: number; drawn: number; excluded: Map<string, string[]> }>();
  for (const r of a.rows) {
    const g = groups.get(r.group) ?? { all: 0, impl: 0, drawn: 0, excluded: new Map() };
    groups.set(r.group, g);
    g.all++;
    if (r.implemented) g.impl++;
    let why = r.excluded;
    if (!why && ctx?.undefinedOnModel.has(r.row.name)) why = `UNDEFINED on qemu -cpu ${ctx.cpu}`;
    if (!why && mismatched.has(r.row.name)) why = 'MISMATCH';
    if (!why && counts && (counts.get(r.row.name) ?? 0) === 0) why = 'never drawn';
    if (why && why !== 'not implemented') {
      const l = g.excluded.get(why) ?? [];
      l.push(r.row.name);
      g.excluded.set(why, l);
    } else if (!why) g.drawn++;
  }
  const lines: string[] = [];
  lines.push(`${'group'.padEnd(24)} ${'impl/all'.padStart(9)} ${'fuzzed'.padStart(6)}  exclusions`);
  let all = 0;
  let impl = 0;
  let drawn = 0;
  for (const [name, g] of [...groups].sort((x, y) => x[0].localeCompare(y[0]))) {
    all += g.all;
    impl += g.impl;
    drawn += g.drawn;
    const ex = [...g.excluded].map(([why, rows]) => `${rows.length} ${why}`).join('; ');
    lines.push(`${name.padEnd(24)} ${`${g.impl}/${g.all}`.padStart(9)} ${String(g.drawn).padStart(6)}  ${ex}`);
  }
  lines.push(`${'total'.padEnd(24)} ${`${impl}/${all}`.padStart(9)} ${String(drawn).padStart(6)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const program = new Command()
    .name('fuzz-isa')
    .option('--count <n>', 'random instructions to compare', '20000')
    .option('--seed <s>', 'seed', '1')
    .option('--batch <n>', 'instructions per snippet', '5000')
    .option('--chunk <k>', 'dump the state every K instructions', '32')
    .option('--cpu <model>', 'QEMU -cpu model', 'cortex-a53')
    .option('--rows <regex>', 'only rows whose name matches')
    .option('--rows-report', 'print the count of every row')
    .option('--coverage', 'print the per-group coverage report and exit')
    .parse(process.argv);
  const o = program.opts<{ count: string; seed: string; batch: string; chunk: string; cpu: string; rows?: string; rowsReport?: boolean; coverage?: boolean }>();
  const analysis = analyseRows();
  if (o.coverage && !haveTools()) {
    console.log(coverageReport(analysis));
    return;
  }
  if (!haveTools()) {
    console.error('fuzz-isa: needs aarch64-linux-gnu-as/ld/objdump and qemu-system-aarch64 (apt-get install binutils-aarch64-linux-gnu qemu-system-arm)');
    process.exit(2);
  }
  const count = Number(o.count);
  const seed = Number(o.seed);
  const batchSize = Number(o.batch);
  const ctx = makeContext(seed, { chunk: Number(o.chunk), cpu: o.cpu, analysis });
  try {
    await probeFeatures(ctx);
    if (o.rows) {
      const re = new RegExp(o.rows);
      ctx.pool = ctx.pool.filter((r) => re.test(r.row.name));
    }
    if (o.coverage) {
      console.log(coverageReport(analysis, ctx));
      return;
    }
    const counts = new Map<string, number>();
    const mismatches: Mismatch[] = [];
    const errors: string[] = [];
    let compared = 0;
    const t0 = Date.now();
    for (let b = 0; compared < count && ctx.pool.length > 0; b++) {
      const n = Math.min(batchSize, count - compared);
      const r = await runBatch(ctx, b, n);
      for (const u of r.units.slice(0, r.compared)) counts.set(u.info.row.name, (counts.get(u.info.row.name) ?? 0) + 1);
      compared += r.compared;
      if (r.error) {
        errors.push(`batch ${b}: ${r.error}`);
        if (errors.length > 3) break;
      }
      if (r.mismatch) {
        const m = r.mismatch;
        mismatches.push(m);
        console.log(`\nMISMATCH ${m.row}: ${m.asm} (0x${(m.word >>> 0).toString(16).padStart(8, '0')})  [${m.note}]`);
        console.log(`  ${describeDiff(m)}`);
        if (m.test) console.log(m.test);
        // Leave the row out of later batches so that other bugs surface.
        ctx.pool = ctx.pool.filter((x) => x.row.name !== m.row);
      }
      process.stderr.write(`\rfuzz-isa: ${compared}/${count} instructions, ${mismatches.length} mismatches, ${((Date.now() - t0) / 1000).toFixed(1)} s   `);
    }
    process.stderr.write('\n');
    if (o.rowsReport) {
      for (const [name, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${name.padEnd(36)} ${n}`);
    }
    console.log(coverageReport(analysis, ctx, counts, new Set(mismatches.map((m) => m.row))));
    for (const e of errors) console.log(`ERROR ${e}`);
    console.log(`fuzz-isa: ${compared} instructions, ${counts.size} rows, ${mismatches.length} mismatches${mismatches.length ? ' (' + mismatches.map((m) => m.row).join(', ') + ')' : ''}`);
    if (mismatches.length > 0 || errors.length > 0) process.exitCode = 1;
  } finally {
    disposeContext(ctx);
  }
}

await main();
