/** Stop replies (`T`/`W`/`X`), as GDB reads them in `?` answers, resumes and `%Stop:`. */
import { formatThreadId } from './commands.ts';
import type { StopEvent } from './target.ts';
import { hex2 } from './text.ts';

/** What GDB offered in `qSupported` that changes how stops are written. */
export interface StopReplyFeatures {
  readonly multiprocess: boolean;
  readonly swbreak: boolean;
  readonly hwbreak: boolean;
}

/** Stop-reply pair names GDB gives a meaning to. */
const STOP_REPLY_NAMES = new Set(['thread', 'core', 'watch', 'rwatch', 'awatch', 'library', 'replaylog', 'swbreak', 'hwbreak', 'fork', 'vfork', 'vforkdone', 'exec', 'create', 'syscall_entry', 'syscall_return']);

/** A stop-reply pair name GDB skips: not hex (a register number), not a known reason. */
function isInfoName(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/i.test(name) && !/^[0-9a-f]+$/i.test(name) && !STOP_REPLY_NAMES.has(name);
}

/** `T`/`W`/`X` stop reply for an event. */
export function formatStopReply(ev: StopEvent, gdb: StopReplyFeatures): string {
  const process = (pid: number): string => (gdb.multiprocess ? `;process:${pid.toString(16)}` : '');
  switch (ev.kind) {
    case 'exited':
      return `W${hex2(ev.code)}${process(ev.pid)}`;
    case 'killed':
      return `X${hex2(ev.signal)}${process(ev.pid)}`;
    case 'signal': {
      let s = `T${hex2(ev.signal)}thread:${formatThreadId(ev.thread, gdb.multiprocess)};`;
      if (ev.core !== undefined) s += `core:${ev.core.toString(16)};`;
      for (const [n, bytes] of ev.registers ?? []) s += `${n.toString(16)}:${Buffer.from(bytes).toString('hex')};`;
      for (const [name, value] of ev.info ?? []) if (isInfoName(name) && /^[^;#$}*]*$/.test(value)) s += `${name}:${value};`;
      const r = ev.reason;
      if (r?.kind === 'swbreak' && gdb.swbreak) s += 'swbreak:;';
      else if (r?.kind === 'hwbreak' && gdb.hwbreak) s += 'hwbreak:;';
      else if (r?.kind === 'replaylog') s += `replaylog:${r.at};`;
      else if (r && r.kind !== 'swbreak' && r.kind !== 'hwbreak') s += `${r.kind}:${r.addr.toString(16)};`;
      return s;
    }
  }
}
