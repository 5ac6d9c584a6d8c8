// Renders a saved exit trace (Chrome trace-event JSON, as `monitor trace save` writes it)
// as an SVG timeline: one row per vCPU track, one box per exit spanning the time the vCPU
// spent in the hypervisor, coloured by exit class, with a time axis and a legend.

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
}

/** The SVG document of a trace. */
export function renderTraceSvg(events: readonly TraceEventJson[], options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const procNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  const boxes = events.filter((e) => e.ph === 'X' && typeof e.ts === 'number');
  for (const e of events) {
    if (e.ph !== 'M' || e.pid === undefined) continue;
    const name = String(e.args?.name ?? '');
    if (e.name === 'process_name') procNames.set(e.pid, name);
    if (e.name === 'thread_name' && e.tid !== undefined) threadNames.set(`${e.pid}.${e.tid}`, name);
  }
  const tracks = [...new Set(boxes.map((e) => `${e.pid}.${e.tid}`))].sort((a, b) => {
    const [ap, at] = a.split('.').map(Number);
    const [bp, bt] = b.split('.').map(Number);
    return ap - bp || at - bt;
  });
  const classes = [...new Set(boxes.map((e) => e.name ?? '?'))].sort();
  const colour = new Map(classes.map((c, i) => [c, PALETTE[i % PALETTE.length]]));
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of boxes) {
    t0 = Math.min(t0, e.ts!);
    t1 = Math.max(t1, e.ts! + (e.dur ?? 0));
  }
  if (!(t1 > t0)) {
    t0 = Number.isFinite(t0) ? t0 : 0;
    t1 = t0 + 1;
  }
  const label = 220;
  const rowH = 28;
  const top = 40;
  const x = (ts: number): number => label + ((ts - t0) / (t1 - t0)) * width;
  const height = top + tracks.length * rowH + 60;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${label + width + 20}" height="${height}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>zvm-gdbserver exit trace: ${boxes.length} exits, ${(t1 - t0).toFixed(1)} us</title>`);
  out.push(`<rect width="100%" height="100%" fill="white"/>`);
  out.push(`<text x="10" y="20" font-weight="bold">exits to EL2 per vCPU (${boxes.length} exits, ${(t1 - t0).toFixed(1)} us)</text>`);
  // Time axis: 10 ticks.
  const axisY = top + tracks.length * rowH + 10;
  out.push(`<line x1="${label}" y1="${axisY}" x2="${label + width}" y2="${axisY}" stroke="black"/>`);
  for (let k = 0; k <= 10; k++) {
    const ts = t0 + ((t1 - t0) * k) / 10;
    const px = x(ts).toFixed(1);
    out.push(`<line x1="${px}" y1="${axisY}" x2="${px}" y2="${axisY + 5}" stroke="black"/>`);
    out.push(`<text x="${px}" y="${axisY + 18}" text-anchor="middle">${(ts - t0).toFixed(1)} us</text>`);
  }
  tracks.forEach((track, row) => {
    const [pid] = track.split('.').map(Number);
    const y = top + row * rowH;
    const name = threadNames.get(track) ?? `thread ${track}`;
    const proc = procNames.get(pid);
    out.push(`<g class="track" data-track="${esc(track)}">`);
    out.push(`<rect x="${label}" y="${y}" width="${width}" height="${rowH - 6}" fill="#f4f4f4"/>`);
    out.push(`<text x="10" y="${y + 16}">${esc(proc !== undefined && !name.startsWith(proc) ? `${proc}: ${name}` : name)}</text>`);
    // Exits closer than half a pixel with the same class merge into one box (a busy
    // vCPU has tens of thousands), which keeps the SVG small; the tooltip counts them.
    let open: { x0: number; x1: number; name: string; n: number; tip: string } | null = null;
    const flush = (): void => {
      if (open === null) return;
      const tip = open.n > 1 ? `${open.n} x ${open.name}, first: ${open.tip}` : open.tip;
      out.push(`<rect x="${open.x0.toFixed(2)}" y="${y}" width="${Math.max(0.5, open.x1 - open.x0).toFixed(2)}" height="${rowH - 6}" fill="${colour.get(open.name)}"><title>${esc(tip)}</title></rect>`);
      open = null;
    };
    for (const e of boxes) {
      if (`${e.pid}.${e.tid}` !== track) continue;
      const name = e.name ?? '?';
      const bx = x(e.ts!);
      const ex = x(e.ts! + (e.dur ?? 0));
      if (open !== null && open.name === name && bx <= open.x1 + 0.5) {
        open.x1 = Math.max(open.x1, ex);
        open.n++;
        continue;
      }
      flush();
      const a = e.args ?? {};
      const tip: string = `${name} pc=${String(a.pc ?? '?')} esr=${String(a.esr ?? '?')} cpu${String(a.pcpu ?? '?')} ${(e.dur ?? 0).toFixed(3)} us`;
      open = { x0: bx, x1: ex, name, n: 1, tip };
    }
    flush();
    out.push('</g>');
  });
  // Legend.
  let lx = label;
  const ly = axisY + 36;
  for (const c of classes) {
    const n = boxes.filter((e) => e.name === c).length;
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${colour.get(c)}"/>`);
    const text = `${c} (${n})`;
    out.push(`<text x="${lx + 16}" y="${ly}">${esc(text)}</text>`);
    lx += 30 + text.length * 7;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
