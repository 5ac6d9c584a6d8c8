/** Error replies: `E.<text>` once GDB offered `error-message+`, else `Enn` (errno). */
import { TargetError } from '../target.ts';
import { describe, hex2 } from '../text.ts';
import type { ProtocolModule, SessionState } from './module.ts';

/** The reply for a failure of `what`: a `TargetError` chooses it; anything else is a
 *  bug in the target, logged, and answered `E01`. */
export function errorReply(e: unknown, what: string, s: SessionState): string {
  if (e instanceof TargetError) {
    if (s.trace) s.log.debug(`${what}: ${e.message}`);
    if (s.gdb.errorMessages && e.message) return `E.${e.message.replace(/[$#}*]/g, '?')}`;
    return `E${hex2(e.errno)}`;
  }
  s.log.error(`target failed on ${what}: ${describe(e)}`);
  return 'E01';
}

export const errors: ProtocolModule = {
  name: 'errors',
  features: (s) => (s.gdb.errorMessages ? ['error-message+'] : []),
};
