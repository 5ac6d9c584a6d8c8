/** Memory of the general thread's process: `m`/`x` (binary) reads, `M`/`X` writes. */
import { Errno } from '../target.ts';
import { escapedText } from '../framing.ts';
import { hex2 } from '../text.ts';
import type { ProtocolModule, SessionState } from './module.ts';

/** Each session's buffer for `readMemoryInto` (packets of a session are handled one at a
 *  time; sessions may overlap on an asynchronous target). */
const readBuffers = new WeakMap<SessionState, Buffer>();

function readBuffer(s: SessionState, length: number): Buffer {
  let buf = readBuffers.get(s);
  if (buf === undefined || buf.length < length) {
    buf = Buffer.alloc(length);
    readBuffers.set(s, buf);
  }
  return buf.subarray(0, length);
}

export const memory: ProtocolModule = {
  name: 'memory',
  handlers: {
    readMemory: async (cmd, s) => {
      const { length, binary } = cmd;
      if (length === 0) return binary ? 'b' : '';
      const max = binary ? s.maxPayload - 1 : Math.floor(s.maxPayload / 2);
      const want = Math.min(length, max);
      const thread = await s.threads.generalThread();
      let bytes: Uint8Array;
      if (s.target.readMemoryInto) {
        const into = readBuffer(s, want);
        bytes = into.subarray(0, await s.target.readMemoryInto(thread, cmd.addr, into));
      } else {
        const data = await s.target.readMemory(thread, cmd.addr, want);
        bytes = data.length > want ? data.subarray(0, want) : data;
      }
      if (bytes.length === 0) return `E${hex2(Errno.EFAULT)}`;
      if (binary) return `b${escapedText(bytes)}`;
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
    },
    writeMemory: async (cmd, s) => {
      if (cmd.data.length > 0) await s.target.writeMemory(await s.threads.generalThread(), cmd.addr, cmd.data);
      return 'OK';
    },
  },
  features: () => ['binary-upload+'],
};
