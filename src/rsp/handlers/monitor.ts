/** `monitor <command>` (`qRcmd`): the target's output streams to GDB as `O` packets. */
import type { ProtocolModule } from './module.ts';

export const monitor: ProtocolModule = {
  name: 'monitor',
  handlers: {
    monitor: async (cmd, s) => {
      const mon = s.target.monitor;
      if (!mon) return '';
      let done = false;
      const output = (text: string): void => {
        if (done) {
          s.log.warn(`monitor output after the command finished dropped: ${JSON.stringify(text)}`);
          return;
        }
        s.link.consoleOutput(text);
      };
      try {
        // GDB names no thread in qRcmd: commands about "the current thread" get the last Hg one.
        const thread = await s.threads.generalThread().catch(() => undefined);
        await mon.run(cmd.command, output, thread);
      } finally {
        done = true;
      }
      return 'OK';
    },
  },
};
