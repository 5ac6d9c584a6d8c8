// One winston root logger with a child per module. Hot paths must test a precomputed
// boolean (e.g. `const trace = log.isDebugEnabled()`) instead of formatting per event.

import winston from 'winston';

export const rootLogger = winston.createLogger({
  level: process.env.ZVM_LOG ?? 'warn',
  format: winston.format.combine(
    winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
    winston.format.printf((info) => `${info.timestamp} ${info.module ?? 'main'} ${info.level}: ${info.message}`),
  ),
  // Logs go to stderr: stdout carries the guest console.
  transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] })],
});

export type Logger = winston.Logger;

export function logger(module: string): Logger {
  return rootLogger.child({ module });
}

export function setLogLevel(level: string): void {
  rootLogger.level = level;
}
