/** Registers of the general thread (`g`/`G`/`p`/`P`) and the target description
 *  (`qXfer:features:read`). */
import { Errno, TargetError } from '../target.ts';
import { describedPids } from './descriptions.ts';
import type { ProtocolModule } from './module.ts';

export const registers: ProtocolModule = {
  name: 'registers',
  handlers: {
    readRegisters: async (_cmd, s) => {
      const regs = await s.target.readRegisters(await s.threads.generalThread());
      return Buffer.from(regs).toString('hex');
    },
    writeRegisters: async (cmd, s) => {
      await s.target.writeRegisters(await s.threads.generalThread(), cmd.data);
      return 'OK';
    },
    readRegister: async (cmd, s) => {
      const value = await s.target.readRegister(await s.threads.generalThread(), cmd.regnum);
      if (value === undefined) return s.errorReply(new TargetError(Errno.EINVAL, `no register ${cmd.regnum}`), 'p');
      return Buffer.from(value).toString('hex');
    },
    writeRegister: async (cmd, s) => {
      const ok = await s.target.writeRegister(await s.threads.generalThread(), cmd.regnum, cmd.data);
      return ok ? 'OK' : s.errorReply(new TargetError(Errno.EINVAL, `no register ${cmd.regnum}`), 'P');
    },
  },
  xfer: {
    features: {
      read: async (annex, _offset, s) => {
        const pid = s.threads.general?.pid ?? (await s.threads.generalThread().catch(() => undefined))?.pid ?? 0;
        const content = await s.target.targetDescription(annex, pid);
        if (content === undefined) return 'E00';
        if (annex === 'target.xml') describedPids(s).add(pid);
        return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      },
    },
  },
};
