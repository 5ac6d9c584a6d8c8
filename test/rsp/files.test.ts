// vFile host I/O (handlers/files.ts) and qXfer:osdata (handlers/osdata.ts), as packets
// against the fake target given the two capabilities.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Errno, TargetError } from '../../src/rsp/index.ts';
import { FakeMultiprocessTarget } from './fake-multiprocess-target.ts';
import { frame, Wire } from './wire.ts';

const dir = mkdtempSync(join(tmpdir(), 'vfile-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Bytes the protocol must escape, and more than one packet's worth.
const content = Buffer.concat([Buffer.from([0x7d, 0x23, 0x24, 0x2a, 0x00, 0xff]), Buffer.alloc(100_000, 0x2a), Buffer.from('end')]);
writeFileSync(join(dir, 'trace.json'), content);

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

async function connected(): Promise<{ w: Wire; features: string[] }> {
  const t = Object.assign(new FakeMultiprocessTarget({}), {
    hostFiles: {
      resolve: (path: string): string => {
        if (path !== 'trace.json') throw new TargetError(Errno.EACCES, `not ${path}`);
        return join(dir, path);
      },
    },
    osData: {
      types: () => [{ type: 'processes', description: 'VMs', title: 'Processes' }],
      read: (type: string) => (type === 'processes' ? [{ pid: '2', command: 'vm<1>&', vcpus: '2' }] : undefined),
    },
  });
  const w = new Wire(t, {});
  const features = (await w.rpc('qSupported:multiprocess+')).split(';');
  return { w, features };
}

async function rpcData(w: Wire, payload: string): Promise<{ text: string; data: Buffer }> {
  w.write(frame(payload));
  if (w.ackMode) expect((await w.next()).kind).toBe('+');
  return w.packet();
}

describe('vFile packets', () => {
  it('opens, reads in chunks (escaped), stats and closes a file the target allows', async () => {
    const { w } = await connected();
    expect(await w.rpc('vFile:setfs:0')).toBe('F0');
    expect(await w.rpc(`vFile:open:${hex('trace.json')},0,0`)).toBe('F0');
    const got: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const r = await rpcData(w, `vFile:pread:0,20000,${offset.toString(16)}`);
      const semi = r.data.indexOf(0x3b);
      const n = Number.parseInt(r.data.subarray(1, semi).toString('latin1'), 16);
      expect(r.data.subarray(semi + 1).length).toBe(n);
      if (n === 0) break;
      got.push(r.data.subarray(semi + 1));
      offset += n;
    }
    expect(Buffer.concat(got)).toEqual(content);
    const st = await rpcData(w, 'vFile:fstat:0');
    expect(st.data.subarray(0, 4).toString('latin1')).toBe('F40;');
    expect(st.data.subarray(4).readBigUInt64BE(28)).toBe(BigInt(content.length)); // st_size
    expect(st.data.subarray(4).readUInt32BE(8) & 0o170000).toBe(0o100000); // a regular file
    expect(await w.rpc('vFile:close:0')).toBe('F0');
    expect(await w.rpc('vFile:close:0')).toBe('F-1,9'); // EBADF
    expect(await w.rpc('vFile:pread:0,10,0')).toBe('F-1,9');
  });

  it("refuses what the target refuses, writing, and operations it does not offer", async () => {
    const { w } = await connected();
    expect(await w.rpc(`vFile:open:${hex('../etc/passwd')},0,0`)).toBe('F-1,d'); // EACCES, the target's errno
    expect(await w.rpc(`vFile:open:${hex('trace.json')},1,1a4`)).toBe('F-1,d'); // O_WRONLY
    expect(await w.rpc(`vFile:open:${hex('trace.json')},202,1a4`)).toBe('F-1,d'); // O_RDWR|O_CREAT
    expect(await w.rpc('vFile:open:zz,0,0')).toBe('F-1,16'); // EINVAL
    expect(await w.rpc(`vFile:unlink:${hex('trace.json')}`)).toBe('');
    expect(await w.rpc(`vFile:pwrite:0,0,abc`)).toBe('');
    // At most 32 open at once (EMFILE), none leaked by reading.
    for (let i = 0; i < 32; i++) expect(await w.rpc(`vFile:open:${hex('trace.json')},0,0`)).toBe(`F${i.toString(16)}`);
    expect(await w.rpc(`vFile:open:${hex('trace.json')},0,0`)).toBe('F-1,18');
  });
});

describe('qXfer:osdata:read packets', () => {
  it('is offered, lists the types, and serves a table as osdata XML (escaped)', async () => {
    const { w, features } = await connected();
    expect(features).toContain('qXfer:osdata:read+');
    const types = await rpcData(w, 'qXfer:osdata:read::0,fff');
    expect(types.text).toMatch(/^l<\?xml version="1.0"\?>\n<!DOCTYPE target SYSTEM "osdata.dtd">\n<osdata type="types">/);
    expect(types.text).toContain('<column name="Type">processes</column>');
    const procs = await rpcData(w, 'qXfer:osdata:read:processes:0,fff');
    expect(procs.text).toContain('<osdata type="processes">');
    expect(procs.text).toContain('<item>\n    <column name="pid">2</column>\n    <column name="command">vm&#60;1&#62;&#38;</column>\n    <column name="vcpus">2</column>\n  </item>');
    // In chunks: the document read at offset 0 is the one the later chunks come from.
    const first = await rpcData(w, 'qXfer:osdata:read:processes:0,20');
    expect(first.text[0]).toBe('m');
    const rest = await rpcData(w, 'qXfer:osdata:read:processes:20,fff');
    expect(first.text.slice(1) + rest.text.slice(1)).toBe(procs.text.slice(1));
    expect(await w.rpc('qXfer:osdata:read:nope:0,fff')).toBe('E00');
  });
});
