/** `qXfer:siginfo:read` (GDB's `$_siginfo`) for the general thread, offered when the
 *  target has the `signalInfo` capability. */
import { Errno } from '../target.ts';
import { hex2 } from '../text.ts';
import type { ProtocolModule } from './module.ts';

export const siginfo: ProtocolModule = {
  name: 'siginfo',
  xfer: {
    siginfo: {
      available: (target) => target.signalInfo !== undefined,
      read: async (annex, _offset, s) => {
        if (annex !== '') return 'E00';
        const info = await s.target.signalInfo!.read(await s.threads.generalThread());
        return info ?? `E${hex2(Errno.ENOENT)}`;
      },
    },
  },
};
