/**
 * Who may change the target when several GDB connections share it (serveTcp).
 *
 * One session at a time holds run control: the first to send a command that needs it
 * (resume, step, Ctrl-C in non-stop, writes, breakpoints, monitor commands, kill) while
 * nobody holds it.
 * Control is never taken away; it is free again when its holder's connection closes. A
 * connection that only reads (an IDE's live watch, a stale raw connection) never takes
 * it. The other sessions read (registers, memory, threads, `?`), and a command of theirs
 * that needs control is refused with an error saying why, so that no client waits for
 * a stop reply that another client's resume took.
 */
import type { Command, CommandKind } from './commands.ts';

/** Commands that resume, stop or change the target, or set what stops it. */
const NEEDS_CONTROL: ReadonlySet<CommandKind> = new Set<CommandKind>([
  'resume',
  'vCont',
  'reverse',
  'vCtrlC',
  'writeRegisters',
  'writeRegister',
  'writeMemory',
  'breakpoint',
  'vKill',
  'vRun',
  'kill',
  // Monitor commands may reset the board, type into it, or set catchpoints and
  // watchpoints that stop it; the protocol layer cannot tell which do.
  'monitor',
]);

export const NOT_IN_CONTROL =
  'another GDB connection controls the target: this one may read registers and memory, ' +
  'but not resume, step, interrupt, write, set breakpoints or run monitor commands until that one disconnects';

export function needsControl(cmd: Command): boolean {
  if (cmd.kind === 'setNonStop') return cmd.enabled;
  return NEEDS_CONTROL.has(cmd.kind);
}

/** The run-control token the sessions on one target share. */
export class RunControl {
  private holder: object | undefined;

  /** True if `session` holds control, taking it first if nobody does. */
  claim(session: object): boolean {
    this.holder ??= session;
    return this.holder === session;
  }

  holds(session: object): boolean {
    return this.holder === session;
  }

  /** The session's connection closed: control is free for the next one that needs it. */
  release(session: object): void {
    if (this.holder === session) this.holder = undefined;
  }
}
