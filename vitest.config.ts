import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // End-to-end tests start servers, QEMU and GDB; two cores are all we have.
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
    // Worker-to-main report calls time out when a test holds its worker's event loop for
    // 60 s (a loaded machine); this drops those timeouts so they cannot fail a passing run.
    setupFiles: ['test/helpers/worker-rpc.ts'],
  },
});
