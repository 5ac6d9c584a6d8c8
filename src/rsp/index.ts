/** GDB Remote Serial Protocol library: framing, typed commands, target interface, server. */
export * from './target.ts';
export {
  type Command,
  type CommandKind,
  type ThreadSpec,
  type VContAction,
  type BreakpointType,
  ALL,
  ANY,
  parseCommand,
  parseThreadSpec,
  formatThreadId,
  parseHexAddr,
  parseHexNumber,
  decodeHexBytes,
} from './commands.ts';
export {
  type FrameEvent,
  FrameDecoder,
  DEFAULT_MAX_PAYLOAD,
  encodePacket,
  escapeBinary,
  unescapeAndExpand,
  checksum,
} from './framing.ts';
export { type RspLogger, defaultRspLogger, silentLogger } from './log.ts';
export {
  GdbSession,
  type SessionOptions,
  type ByteStream,
  serveTcp,
  type ServeOptions,
  type GdbServer,
  xferChunk,
} from './server.ts';
