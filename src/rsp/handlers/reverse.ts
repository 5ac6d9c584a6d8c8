/**
 * Reverse execution: `bs` (one instruction back) and `bc` (back to the previous breakpoint
 * or watchpoint hit), offered as `ReverseStep+;ReverseContinue+` when the target has the
 * `reverse` capability. All-stop only: the reply is the stop reply, as for `c`/`s`.
 *
 * In non-stop mode both are refused. GDB 13 sends them there without reading a reply (it
 * waits for a stop notification, and only warns about an error reply): the refusal is
 * console output saying why (GDB prints it while it waits), the error reply, and a stop
 * notification of the thread where it was (signal 0), which ends GDB's wait.
 */
import { Errno, GdbSignal, TargetError } from '../target.ts';
import { expandThreads } from '../threads.ts';
import { runAllStop } from './execution.ts';
import { queueStop } from './nonstop.ts';
import type { ProtocolModule } from './module.ts';

export const REVERSE_IN_NON_STOP = 'reverse execution works in all-stop mode only (set non-stop off before connecting)';

export const reverse: ProtocolModule = {
  name: 'reverse',
  handlers: {
    reverse: async (cmd, s) => {
      const cap = s.target.reverse;
      if (cap === undefined) return '';
      // GDB names the thread with `Hc` before `bs`/`bc` (else the general thread).
      const spec = s.threads.continueSpec;
      const procs = await s.threads.processes();
      const chosen = spec.pid > 0 && spec.tid > 0 ? expandThreads(spec, procs)[0] : undefined;
      const thread = chosen ?? (await s.threads.generalThread());
      if (s.nonStop.enabled) {
        s.link.consoleOutput(`zvm-gdbserver: ${REVERSE_IN_NON_STOP}\n`);
        s.link.send(s.errorReply(new TargetError(Errno.EPERM, REVERSE_IN_NON_STOP), cmd.kind));
        queueStop(s, { kind: 'signal', thread, signal: GdbSignal.NONE });
        return null;
      }
      return runAllStop(s, cmd.op === 'step' ? 'reverse step' : 'reverse continue', async (cb) => {
        try {
          await (cmd.op === 'step' ? cap.step(thread, cb) : cap.continue(thread, cb));
        } catch (e) {
          // GDB reads the reply as a stop reply and prints console output before it: the
          // user reads why (GDB 13 offers no error-message+, so E.<text> is not shown).
          if (e instanceof TargetError) s.link.consoleOutput(`zvm-gdbserver: ${e.message}\n`);
          throw e;
        }
      });
    },
  },
  features: (s) => (s.target.reverse !== undefined ? ['ReverseStep+', 'ReverseContinue+'] : []),
};
