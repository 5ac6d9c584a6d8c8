// Renders an exit trace saved by `monitor trace save FILE` as an SVG timeline per vCPU.
//
//   npx tsx tools/trace-svg.ts trace.json              writes trace.svg next to it
//   npx tsx tools/trace-svg.ts trace.json -o out.svg [--width 1600] [--from MS] [--to MS]
//
// --from/--to zoom into a time window (ms after the first exit).

import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseTrace, renderTraceSvg } from './trace-svg/render.ts';

const program = new Command()
  .name('trace-svg')
  .description('render a zvm-gdbserver exit trace (Chrome trace-event JSON) as an SVG timeline per vCPU')
  .argument('<trace>', 'the JSON file written by `monitor trace save`')
  .option('-o, --output <file>', 'the SVG file (default: the trace file with .svg)')
  .option('--width <pixels>', 'width of the time axis', '1200')
  .option('--from <ms>', 'start of the time window, in ms after the first exit')
  .option('--to <ms>', 'end of the time window, in ms after the first exit')
  .action((trace: string, opts: { output?: string; width: string; from?: string; to?: string }) => {
    const ms = (what: string, v: string | undefined): number | undefined => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) {
        process.stderr.write(`trace-svg: --${what} ${v}: not a time in ms (a number >= 0)\n`);
        process.exit(2);
      }
      return n;
    };
    const from = ms('from', opts.from);
    const to = ms('to', opts.to);
    if (from !== undefined && to !== undefined && to <= from) {
      process.stderr.write(`trace-svg: --to ${to} is not after --from ${from}\n`);
      process.exit(2);
    }
    let events;
    try {
      events = parseTrace(readFileSync(trace, 'utf8'));
    } catch (e) {
      process.stderr.write(`trace-svg: ${trace}: ${(e as Error).message}\n`);
      process.exit(1);
    }
    const out = opts.output ?? trace.replace(/\.json$/i, '') + '.svg';
    writeFileSync(out, renderTraceSvg(events, { width: Number(opts.width) || 1200, from, to }));
    process.stdout.write(`${out}: ${events.filter((e) => e.ph === 'X').length} exits\n`);
  });

program.parse();
