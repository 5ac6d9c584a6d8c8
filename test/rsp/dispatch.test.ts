// The dispatch table assembled from the protocol modules (src/rsp/handlers/), and what a
// module adding a packet of its own needs: a parser, a command kind, a handler.

import { describe, expect, it } from 'vitest';
import { type CommandKind, parseCommand, type ProtocolModule } from '../../src/rsp/index.ts';
import { PROTOCOL_MODULES } from '../../src/rsp/handlers/index.ts';
import { Dispatch, type SessionState } from '../../src/rsp/handlers/module.ts';

// A packet kind of the test's own, declared the way a new module declares one.
declare module '../../src/rsp/commands.ts' {
  interface CommandArgs {
    testEcho: { readonly text: string };
  }
}

const echo: ProtocolModule = {
  name: 'echo',
  parsers: { qTestEcho: (rest) => (rest.startsWith(':') ? { kind: 'testEcho', text: rest.slice(1) } : { kind: 'malformed', name: 'qTestEcho', reason: 'missing ":"' }) },
  handlers: { testEcho: (cmd) => `echo ${cmd.text}` },
};

/** Every command kind, so that a kind added to commands.ts without a handler fails here. */
const KINDS: Record<CommandKind, true> = {
  qSupported: true, vMustReplyEmpty: true, startNoAckMode: true, extendedMode: true, haltReason: true,
  readRegisters: true, writeRegisters: true, readRegister: true, writeRegister: true, readMemory: true,
  writeMemory: true, resume: true, vContQuery: true, vCont: true, setThread: true, threadAlive: true,
  currentThread: true, threadInfoFirst: true, threadInfoNext: true, xferRead: true, attached: true, attach: true,
  vKill: true, kill: true, detach: true, monitor: true, breakpoint: true, traceStatus: true, setNonStop: true,
  vStopped: true, vCtrlC: true, unknown: true, malformed: true, testEcho: true, vFile: true, reverse: true,
  vRun: true,
  threadExtraInfo: true,
};

describe('Dispatch', () => {
  it('has exactly one handler for every command kind', () => {
    const dispatch = new Dispatch([...PROTOCOL_MODULES, echo]);
    expect([...dispatch.kinds].sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('refuses a kind, qXfer object or packet name claimed by two modules', () => {
    expect(() => new Dispatch([...PROTOCOL_MODULES, { name: 'again', handlers: { readMemory: () => '' } }])).toThrow(/"readMemory" handled twice \(again by again\)/);
    expect(() => new Dispatch([...PROTOCOL_MODULES, { name: 'again', xfer: { threads: { read: () => '' } } }])).toThrow(/"threads" served twice/);
    expect(() => new Dispatch([echo, echo])).toThrow(/handled twice/);
  });

  it('parses and handles a packet kind that a module adds', async () => {
    const dispatch = new Dispatch([...PROTOCOL_MODULES, echo]);
    const cmd = parseCommand(Buffer.from('qTestEcho:hi'), dispatch.parsers);
    expect(cmd).toEqual({ kind: 'testEcho', text: 'hi' });
    expect(await dispatch.handle(cmd, {} as SessionState)).toBe('echo hi');
    expect(parseCommand(Buffer.from('qTestEcho'), dispatch.parsers)).toEqual({ kind: 'malformed', name: 'qTestEcho', reason: 'missing ":"' });
    // Without the module the packet is unknown (answered with an empty reply).
    expect(parseCommand(Buffer.from('qTestEcho:hi'))).toEqual({ kind: 'unknown', name: 'qTestEcho' });
  });
});
