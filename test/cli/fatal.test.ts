// The server never exits silently: an error nothing caught (in a timer callback, or a
// rejected promise) is printed with its stack, and the exit status is 70 (EX_SOFTWARE).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../tools/build-guests.ts';

function run(body: string): { status: number | null; stderr: string } {
  const script = `import { exitOnFatalErrors } from './src/cli/fatal.ts'; exitOnFatalErrors(); ${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

describe('fatal errors', () => {
  it('an exception thrown from a callback: its stack, exit status 70', () => {
    const r = run(`setImmediate(function runSliceForTest() { throw new Error('emulator exploded'); });`);
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/zvm-gdbserver: fatal internal error \(uncaughtException\): Error: emulator exploded\n\s+at \S*runSliceForTest/);
  });

  it('a rejected promise nobody handles: its stack, exit status 70', () => {
    const r = run(`void Promise.reject(new Error('lost rejection'));`);
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/fatal internal error \(unhandledRejection\): Error: lost rejection\n\s+at /);
  });
});
