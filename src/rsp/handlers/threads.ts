/** Thread selection and listing: `Hg`/`Hc`, `T` (alive), `qC`, `qfThreadInfo`/
 *  `qsThreadInfo` (paged), `qThreadExtraInfo` and `qXfer:threads:read`. */
import { formatThreadId } from '../commands.ts';
import { Errno } from '../target.ts';
import { hex2, xmlEscape } from '../text.ts';
import { EVERY_THREAD, expandThreads } from '../threads.ts';
import type { ProtocolModule, SessionState } from './module.ts';

const THREADS_PER_INFO_PACKET = 64;

async function threadsXmlDocument(s: SessionState): Promise<Buffer> {
  const lines = ['<?xml version="1.0"?>', '<threads>'];
  for (const p of await s.threads.processes()) {
    for (const th of p.threads) {
      let attrs = `id="${formatThreadId({ pid: p.pid, tid: th.tid }, s.gdb.multiprocess)}"`;
      if (th.core !== undefined) attrs += ` core="${th.core.toString(16)}"`;
      if (th.name !== undefined) attrs += ` name="${xmlEscape(th.name)}"`;
      lines.push(th.extra === undefined ? `<thread ${attrs}/>` : `<thread ${attrs}>${xmlEscape(th.extra)}</thread>`);
    }
  }
  lines.push('</threads>', '');
  return Buffer.from(lines.join('\n'), 'utf8');
}

export const threads: ProtocolModule = {
  name: 'threads',
  handlers: {
    setThread: async (cmd, s) => ((await s.threads.select(cmd.op, cmd.thread)) ? 'OK' : `E${hex2(Errno.ESRCH)}`),
    threadAlive: async (cmd, s) => {
      const spec = cmd.thread;
      const alive = s.target.isThreadAlive;
      let ok: boolean;
      if (alive && spec.pid > 0 && spec.tid > 0) ok = await alive.call(s.target, { pid: spec.pid, tid: spec.tid });
      else ok = expandThreads(spec, await s.threads.processes()).length > 0;
      return ok ? 'OK' : `E${hex2(Errno.ESRCH)}`;
    },
    currentThread: async (_cmd, s) => `QC${formatThreadId(await s.threads.generalThread(), s.gdb.multiprocess)}`,
    threadInfoFirst: async (_cmd, s) => {
      const ids = expandThreads(EVERY_THREAD, await s.threads.processes()).map((th) => formatThreadId(th, s.gdb.multiprocess));
      const pages: string[] = [];
      for (let i = 0; i < ids.length; i += THREADS_PER_INFO_PACKET) pages.push('m' + ids.slice(i, i + THREADS_PER_INFO_PACKET).join(','));
      s.listing.infoPages = pages;
      return pages.shift() ?? 'l';
    },
    threadInfoNext: (_cmd, s) => s.listing.infoPages.shift() ?? 'l',
    threadExtraInfo: async (cmd, s) => {
      const spec = cmd.thread;
      const p = (await s.threads.processes()).find((q) => spec.pid <= 0 || q.pid === spec.pid);
      const th = p?.threads.find((t) => t.tid === spec.tid);
      if (th === undefined) return `E${hex2(Errno.ESRCH)}`;
      return Buffer.from(th.extra ?? '', 'utf8').toString('hex');
    },
  },
  xfer: {
    threads: {
      read: async (annex, offset, s) => {
        if (annex !== '') return 'E00';
        // Built once per listing so chunks at later offsets are consistent.
        if (offset === 0 || !s.listing.xml) s.listing.xml = await threadsXmlDocument(s);
        return s.listing.xml;
      },
    },
  },
};
