/** `qXfer:osdata:read` (GDB's `info os [TYPE]`), offered when the target has the `osData`
 *  capability: the table of each type as GDB's osdata XML (`osdata.dtd`). The empty annex
 *  lists the types. A document is built at offset 0 and kept for the chunks that follow,
 *  so a long table is read consistently. */
import { xmlEscape } from '../text.ts';
import type { OsDataTable } from '../target.ts';
import type { ProtocolModule, SessionState } from './module.ts';

const docs = new WeakMap<SessionState, Map<string, Buffer>>();

function toXml(type: string, rows: readonly Readonly<Record<string, string>>[]): Buffer {
  const items = rows.map(
    (row) => `  <item>\n${Object.entries(row).map(([k, v]) => `    <column name="${xmlEscape(k)}">${xmlEscape(v)}</column>`).join('\n')}\n  </item>\n`,
  );
  return Buffer.from(`<?xml version="1.0"?>\n<!DOCTYPE target SYSTEM "osdata.dtd">\n<osdata type="${xmlEscape(type)}">\n${items.join('')}</osdata>\n`, 'utf8');
}

export const osdata: ProtocolModule = {
  name: 'osdata',
  xfer: {
    osdata: {
      available: (target) => target.osData !== undefined,
      read: async (annex, offset, s) => {
        let cache = docs.get(s);
        if (cache === undefined) docs.set(s, (cache = new Map()));
        let doc = offset === 0 ? undefined : cache.get(annex);
        if (doc === undefined) {
          const cap = s.target.osData!;
          if (annex === '') {
            doc = toXml('types', cap.types().map((t) => ({ Type: t.type, Description: t.description, Title: t.title })));
          } else {
            const table: OsDataTable | undefined = await cap.read(annex);
            if (table === undefined) return 'E00';
            doc = toXml(annex, table);
          }
          cache.set(annex, doc);
        }
        return doc;
      },
    },
  },
};
