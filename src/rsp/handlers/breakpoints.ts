/** Breakpoints and watchpoints (`Z0`-`Z4`/`z0`-`z4`) for the general thread's process,
 *  and the session's own record of them, so they go when the session does. */
import type { CommandOf } from '../commands.ts';
import { Errno, type ThreadId } from '../target.ts';
import { describe, hex2 } from '../text.ts';
import type { ProtocolModule, SessionState } from './module.ts';

type BreakpointCommand = CommandOf<'breakpoint'>;

/** Insert or remove on the target; undefined when it lacks that kind of breakpoint. */
async function apply(cmd: BreakpointCommand, thread: ThreadId, s: SessionState): Promise<boolean | undefined> {
  const bp = s.target.breakpoints;
  if (!bp) return undefined;
  switch (cmd.type) {
    case 'sw':
      if (!bp.software) return undefined;
      return cmd.insert ? bp.software.insert(thread, cmd.addr, cmd.size) : bp.software.remove(thread, cmd.addr, cmd.size);
    case 'hw':
      if (!bp.hardware) return undefined;
      return cmd.insert ? bp.hardware.insert(thread, cmd.addr, cmd.size) : bp.hardware.remove(thread, cmd.addr, cmd.size);
    default:
      if (!bp.watchpoints) return undefined;
      return cmd.insert
        ? bp.watchpoints.insert(thread, cmd.type, cmd.addr, cmd.size)
        : bp.watchpoints.remove(thread, cmd.type, cmd.addr, cmd.size);
  }
}

interface Inserted {
  readonly cmd: BreakpointCommand;
  readonly thread: ThreadId;
}

/** The breakpoints one session inserted, in insertion order; one per process, type,
 *  address and size. */
export class InsertedBreakpoints {
  private readonly list: Inserted[] = [];

  private indexOf(cmd: BreakpointCommand, pid: number): number {
    return this.list.findIndex((b) => b.thread.pid === pid && b.cmd.type === cmd.type && b.cmd.addr === cmd.addr && b.cmd.size === cmd.size);
  }

  /** Record a successful Z (insert) or z (remove). */
  note(cmd: BreakpointCommand, thread: ThreadId): void {
    const i = this.indexOf(cmd, thread.pid);
    if (cmd.insert) {
      if (i >= 0) this.list[i] = { cmd, thread };
      else this.list.push({ cmd, thread });
    } else if (i >= 0) this.list.splice(i, 1);
  }

  /** Remove this session's breakpoints from the target (of process `pid` only, if given). */
  async removeAll(s: SessionState, pid?: number): Promise<void> {
    for (const bp of [...this.list]) {
      if (pid !== undefined && bp.thread.pid !== pid) continue;
      try {
        await apply({ ...bp.cmd, insert: false }, bp.thread, s);
      } catch (e) {
        s.log.warn(`could not remove breakpoint at 0x${bp.cmd.addr.toString(16)}: ${describe(e)}`);
      }
      const i = this.list.indexOf(bp);
      if (i >= 0) this.list.splice(i, 1);
    }
  }
}

export const breakpoints: ProtocolModule = {
  name: 'breakpoints',
  handlers: {
    breakpoint: async (cmd, s) => {
      const thread = await s.threads.generalThread();
      const result = await apply(cmd, thread, s);
      if (result === undefined) return '';
      if (!result) return `E${hex2(Errno.EFAULT)}`;
      s.inserted.note(cmd, thread);
      return 'OK';
    },
  },
  features: (s) => {
    const bp = s.target.breakpoints;
    const out: string[] = [];
    if (bp?.software) out.push('swbreak+');
    if (bp?.hardware) out.push('hwbreak+');
    return out;
  },
};
