/** GDB Remote Serial Protocol library: framing, typed commands, target interface, server. */
export * from './target.ts';
export {
  type Command,
  type CommandArgs,
  type CommandKind,
  type CommandOf,
  type PacketParser,
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
  packetText,
  escapeBinary,
  escapedText,
  decodePayload,
  unescapeAndExpand,
  checksum,
} from './framing.ts';
export { type RspLogger, defaultRspLogger, silentLogger } from './log.ts';
export { ThreadMap, ThreadSet, expandThreads, sameThread } from './threads.ts';
export { type ProtocolModule, type HandlerTable, type XferObject, xferChunk } from './handlers/module.ts';
export { GdbSession, type SessionOptions, type ByteStream } from './server.ts';
export { serveTcp, type ServeOptions, type GdbServer } from './tcp.ts';
