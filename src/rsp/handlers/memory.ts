/** Memory of the general thread's process: `m`/`x` (binary) reads, `M`/`X` writes. */
import { Errno } from '../target.ts';
import { escapedText } from '../framing.ts';
import { hex2 } from '../text.ts';
import type { ProtocolModule } from './module.ts';

export const memory: ProtocolModule = {
  name: 'memory',
  handlers: {
    readMemory: async (cmd, s) => {
      const { length, binary } = cmd;
      if (length === 0) return binary ? 'b' : '';
      const max = binary ? s.maxPayload - 1 : Math.floor(s.maxPayload / 2);
      const want = Math.min(length, max);
      const data = await s.target.readMemory(await s.threads.generalThread(), cmd.addr, want);
      if (data.length === 0) return `E${hex2(Errno.EFAULT)}`;
      const bytes = data.length > want ? data.subarray(0, want) : data;
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
