// Never exit silently: a failure nothing caught is printed with its stack, and the exit
// status says so (70, EX_SOFTWARE from sysexits.h).

export const EXIT_INTERNAL_ERROR = 70;

export function exitOnFatalErrors(): void {
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    process.on(event, (e: unknown) => {
      process.stderr.write(`zvm-gdbserver: fatal internal error (${event}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(EXIT_INTERNAL_ERROR);
    });
  }
}
