/**
 * Logging for the protocol layer. Anything with winston's four level methods will do;
 * by default a winston logger labelled `rsp` writing to stderr is created lazily.
 */
import winston from 'winston';

/** The subset of a winston logger the protocol layer uses. */
export interface RspLogger {
  error(message: string, ...meta: unknown[]): unknown;
  warn(message: string, ...meta: unknown[]): unknown;
  info(message: string, ...meta: unknown[]): unknown;
  debug(message: string, ...meta: unknown[]): unknown;
}

let fallback: RspLogger | undefined;

/** The default `rsp` logger: a child of a stderr winston logger (level from
 *  `ZVM_LOG_LEVEL`, default `info`). Pass your own root's `child({ module: 'rsp' })`
 *  instead when the application has one. */
export function defaultRspLogger(): RspLogger {
  if (!fallback) {
    const root = winston.createLogger({
      level: process.env['ZVM_LOG_LEVEL'] ?? 'info',
      format: winston.format.combine(
        winston.format.timestamp(),
        winston.format.printf((i) => `${String(i['timestamp'])} ${i.level} [${String(i['module'] ?? '')}] ${String(i.message)}`),
      ),
      transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'verbose', 'debug', 'silly'] })],
    });
    fallback = root.child({ module: 'rsp' });
  }
  return fallback;
}

/** A logger that drops everything (tests, embedding). */
export const silentLogger: RspLogger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
};
