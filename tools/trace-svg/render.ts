// Renders a saved exit trace (Chrome trace-event JSON, as `monitor trace save` writes it)
// as an SVG timeline: one lane per vCPU, a time axis in ms with round ticks, a legend.
// A lane shows one box per exit (spanning the time the vCPU spent in the hypervisor,
// coloured by exit class) while its exits are sparser than its pixels; where they are
// denser it shows the exit rate instead: a column per BIN_PX pixels, as high as the
// exits in it relative to the lane's busiest column, coloured by the commonest class.
// `from`/`to` (ms from the first exit) cut a time window out of the trace: the zoom.

export interface TraceEventJson {
  name?: string;
  ph?: string;
  ts?: number;
  dur?: number;
  pid?: number;
  tid?: number;
  args?: Record<string, unknown>;
}

/** Validates the parts of the trace-event format the renderer needs; throws with why. */
export function parseTrace(text: string): TraceEventJson[] {
  const doc = JSON.parse(text) as unknown;
  const events = Array.isArray(doc) ? doc : (doc as { traceEvents?: unknown }).traceEvents;
  if (!Array.isArray(events)) throw new Error('not a trace-event file: no traceEvents array');
  return events as TraceEventJson[];
}

const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#808000', '#000075', '#469990', '#bfef45'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SvgOptions {
  /** Width of the time area in pixels (default 1200). */
  width?: number;
  /** Start of the time window, in ms after the first exit (default 0). */
  from?: number;
  /** End of the time window, in ms after the first exit (default: the last exit's end). */
  to?: number;
}

/** Width in pixels of a rate column. */
const BIN_PX = 2;
const LABEL_W = 230;
const ROW_H = 30;
const TOP = 48;

/** A round tick step (1, 2 or 5 x 10^k) giving about `target` ticks over `span`. */
export function tickStep(span: number, target = 10): number {
  const raw = span / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** `v` with as many decimals as `step` needs (0.25 ms -> "0.25", 200 ms -> "200"). */
function fmt(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return (Math.abs(v) < step / 1e6 ? 0 : v).toFixed(decimals);
}

/** The SVG document of a trace (times in the JSON are in us; the axis is in ms). */
export function renderTraceSvg(events: readonly TraceEventJson[], options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const procNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  const all = events.filter((e) => e.ph === 'X' && typeof e.ts === 'number');
  for (const e of events) {
    if (e.ph !== 'M' || e.pid === undefined) continue;
    const name = String(e.args?.name ?? '');
    if (e.name === 'process_name') procNames.set(e.pid, name);
    if (e.name === 'thread_name' && e.tid !== undefined) threadNames.set(`${e.pid}.${e.tid}`, name);
  }
  let first = Infinity;
  let last = -Infinity;
  for (const e of all) {
    first = Math.min(first, e.ts!);
    last = Math.max(last, e.ts! + (e.dur ?? 0));
  }
  if (!Number.isFinite(first)) first = last = 0;
  // The window, in ms after the first exit.
  const w0 = Math.max(0, options.from ?? 0);
  const w1 = Math.max(w0 + 1e-3, options.to ?? (last - first) / 1000);
  const t0 = first + w0 * 1000;
  const t1 = first + w1 * 1000;
  const boxes = all.filter((e) => e.ts! + (e.dur ?? 0) >= t0 && e.ts! <= t1);
  const tracks = [...new Set(all.map((e) => `${e.pid}.${e.tid}`))].sort((a, b) => {
    const [ap, at] = a.split('.').map(Number);
    const [bp, bt] = b.split('.').map(Number);
    return ap - bp || at - bt;
  });
  const classes = [...new Set(all.map((e) => e.name ?? '?'))].sort();
  const colour = new Map(classes.map((c, i) => [c, PALETTE[i % PALETTE.length]]));
  const x = (ts: number): number => LABEL_W + Math.min(width, Math.max(0, ((ts - t0) / (t1 - t0)) * width));
  const axisY = TOP + tracks.length * ROW_H + 6;
  const height = axisY + 80;
  const spanMs = w1 - w0;
  const binMs = (spanMs * BIN_PX) / width;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${LABEL_W + width + 30}" height="${height}" font-family="sans-serif" font-size="12">`);
  const what = `${boxes.length} exits in ${fmt(w0, tickStep(spanMs))}-${fmt(w1, tickStep(spanMs))} ms` + (boxes.length < all.length ? ` (of ${all.length})` : '');
  out.push(`<title>zvm-gdbserver exit trace: ${esc(what)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  out.push(`<text x="10" y="20" font-weight="bold">exits to EL2 per vCPU: ${esc(what)}</text>`);

  tracks.forEach((track, row) => {
    const [pid] = track.split('.').map(Number);
    const y = TOP + row * ROW_H;
    const h = ROW_H - 8;
    const name = threadNames.get(track) ?? `thread ${track}`;
    const proc = procNames.get(pid);
    const mine = boxes.filter((e) => `${e.pid}.${e.tid}` === track);
    // Exits per column, and per class in it.
    const bins = Math.ceil(width / BIN_PX);
    const counts = new Uint32Array(bins);
    const perClass = new Map<number, Map<string, number>>();
    for (const e of mine) {
      const b = Math.min(bins - 1, Math.floor((x(e.ts!) - LABEL_W) / BIN_PX));
      counts[b]++;
      let m = perClass.get(b);
      if (m === undefined) perClass.set(b, (m = new Map()));
      m.set(e.name ?? '?', (m.get(e.name ?? '?') ?? 0) + 1);
    }
    const peak = counts.reduce((a, b) => Math.max(a, b), 0);
    const dense = peak > 1;
    out.push(`<g class="track" data-track="${esc(track)}">`);
    out.push(`<rect x="${LABEL_W}" y="${y}" width="${width}" height="${h}" fill="#f4f4f4"/>`);
    out.push(`<text x="10" y="${y + 11}">${esc(proc !== undefined && !name.startsWith(proc) ? `${proc}: ${name}` : name)}</text>`);
    const rate = dense ? `peak ${Math.round(peak / binMs)} exits/ms` : `${mine.length} exits`;
    out.push(`<text x="10" y="${y + 23}" font-size="10" fill="#555">${esc(rate)}</text>`);
    if (dense) {
      out.push(`<g class="rate">`);
      for (let b = 0; b < bins; b++) {
        if (counts[b] === 0) continue;
        const m = perClass.get(b)!;
        const top = [...m].sort((p, q) => q[1] - p[1])[0]![0];
        const bh = Math.max(1, (h * counts[b]) / peak);
        const detail = [...m].map(([c, n]) => `${c} ${n}`).join(', ');
        const at = w0 + b * binMs;
        out.push(
          `<rect x="${LABEL_W + b * BIN_PX}" y="${(y + h - bh).toFixed(1)}" width="${BIN_PX}" height="${bh.toFixed(1)}" fill="${colour.get(top)}">` +
            `<title>${esc(`${at.toFixed(3)}-${(at + binMs).toFixed(3)} ms: ${counts[b]} exits (${detail})`)}</title></rect>`,
        );
      }
      out.push('</g>');
    } else {
      for (const e of mine) {
        const a = e.args ?? {};
        const bx = x(e.ts!);
        const tip = `${e.name ?? '?'} at ${((e.ts! - first) / 1000).toFixed(3)} ms pc=${String(a.pc ?? '?')} esr=${String(a.esr ?? '-')} cpu${String(a.pcpu ?? '?')} ${(e.dur ?? 0).toFixed(3)} us in EL2`;
        out.push(
          `<rect x="${bx.toFixed(2)}" y="${y}" width="${Math.max(1, x(e.ts! + (e.dur ?? 0)) - bx).toFixed(2)}" height="${h}" fill="${colour.get(e.name ?? '?')}"><title>${esc(tip)}</title></rect>`,
        );
      }
    }
    out.push('</g>');
  });

  // Time axis in ms, ticks at round values.
  const step = tickStep(spanMs);
  out.push(`<g class="axis">`);
  out.push(`<line x1="${LABEL_W}" y1="${axisY}" x2="${LABEL_W + width}" y2="${axisY}" stroke="black"/>`);
  for (let k = Math.ceil(w0 / step - 1e-9); k * step <= w1 + 1e-9; k++) {
    const ms = k * step;
    const px = (LABEL_W + ((ms - w0) / spanMs) * width).toFixed(1);
    out.push(`<line x1="${px}" y1="${axisY}" x2="${px}" y2="${axisY + 5}" stroke="black"/>`);
    out.push(`<text x="${px}" y="${axisY + 18}" text-anchor="middle">${fmt(ms, step)}</text>`);
  }
  out.push(`<text x="${LABEL_W + width}" y="${axisY + 32}" text-anchor="end">ms after the first exit</text>`);
  out.push('</g>');

  // Legend: classes (with their counts in the window), and how to read a dense lane.
  out.push(`<g class="legend">`);
  let lx = LABEL_W;
  const ly = axisY + 52;
  for (const c of classes) {
    const n = boxes.filter((e) => e.name === c).length;
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${colour.get(c)}"/>`);
    const text = `${c} (${n})`;
    out.push(`<text x="${lx + 16}" y="${ly}">${esc(text)}</text>`);
    lx += 30 + text.length * 7;
  }
  out.push(
    `<text x="${LABEL_W}" y="${ly + 18}" font-size="10" fill="#555">box: one exit, its time in the hypervisor; ` +
      `column (lanes denser than pixels): exits per ${BIN_PX} px (${esc(fmt(binMs, binMs / 10))} ms), height relative to the lane's peak, colour of its commonest class</text>`,
  );
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
