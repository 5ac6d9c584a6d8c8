// Renders an exit trace saved by `monitor trace save FILE` as an SVG timeline per vCPU.
//
//   npx tsx tools/trace-svg.ts trace.json              writes trace.svg next to it
//   npx tsx tools/trace-svg.ts trace.json -o out.svg [--width 1600]

import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseTrace, renderTraceSvg } from './trace-svg/render.ts';

const program = new Command()
  .name('trace-svg')
  .description('render a zvm-gdbserver exit trace (Chrome trace-event JSON) as an SVG timeline per vCPU')
  .argument('<trace>', 'the JSON file written by `monitor trace save`')
  .option('-o, --output <file>', 'the SVG file (default: the trace file with .svg)')
  .option('--width <pixels>', 'width of the time axis', '1200')
  .action((trace: string, opts: { output?: string; width: string }) => {
    let events;
    try {
      events = parseTrace(readFileSync(trace, 'utf8'));
    } catch (e) {
      process.stderr.write(`trace-svg: ${trace}: ${(e as Error).message}\n`);
      process.exit(1);
    }
    const out = opts.output ?? trace.replace(/\.json$/i, '') + '.svg';
    writeFileSync(out, renderTraceSvg(events, { width: Number(opts.width) || 1200 }));
    process.stdout.write(`${out}: ${events.filter((e) => e.ph === 'X').length} exits\n`);
  });

program.parse();
