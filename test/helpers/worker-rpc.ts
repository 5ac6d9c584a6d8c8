// A vitest setup file: a loaded machine makes tests slower, never red.
//
// A test worker reports progress to the main process over birpc, which rejects a call when
// its reply has not been handled 60 s after the call was posted (vitest 3 passes birpc no
// timeout, so its default applies, and no option or environment variable changes it). A test
// that holds its worker's event loop for a long stretch (a synchronous guest build, a long
// emulated run; a loaded machine stretches them) makes that happen although the main process
// answered in time: Node runs expired timers before it reads pending messages, so the reply
// arrives after the call has already failed. The runner collects the rejection, and vitest
// reports `[vitest-worker]: Timeout calling "onTaskUpdate"` as an unhandled error, which fails a
// run whose tests all passed. (Reproduced by a test that blocks its worker for 61 s right after
// the start of a test was reported: the run fails with that error without this file, passes
// with it.)
//
// The calls below only deliver a report, which was posted before the timer started and reaches
// the main process all the same; they return nothing the worker uses. Their timeouts are
// dropped; every other call (module fetches and transforms, the count of failed tests) and
// every other error of these calls still fails the run. This relies on vitest 3's worker state
// (globalThis.__vitest_worker__.rpc, read by every call); if that moves, this file throws.

const REPORT_ONLY: ReadonlySet<PropertyKey> = new Set(['onTaskUpdate', 'onQueued', 'onAfterSuiteRun', 'snapshotSaved']);
/** birpc's rejection after its timeout, as vitest's worker words it. */
const TIMEOUT = /^\[vitest-worker\]: Timeout calling "/;
const PATCHED = Symbol('report timeouts dropped');

/** The part of vitest's worker state (globalThis.__vitest_worker__) this file replaces. */
interface WorkerState {
  rpc: Record<PropertyKey, unknown>;
}

const state = (globalThis as { __vitest_worker__?: WorkerState }).__vitest_worker__;
if (!state) throw new Error('worker-rpc.ts is a vitest setup file: vitest worker state not found');
if (!(PATCHED in state.rpc)) {
  const rpc = state.rpc;
  state.rpc = new Proxy(rpc, {
    has: (target, key) => key === PATCHED || key in target,
    get(target, key) {
      const call = Reflect.get(target, key) as unknown;
      if (!REPORT_ONLY.has(key) || typeof call !== 'function') return call;
      const reported = (...args: unknown[]) =>
        (call as (...a: unknown[]) => Promise<unknown>)(...args).catch((e: unknown) => {
          if (e instanceof Error && TIMEOUT.test(e.message)) return undefined;
          throw e;
        });
      return Object.assign(reported, { asEvent: (call as { asEvent?: unknown }).asEvent });
    },
  });
}
