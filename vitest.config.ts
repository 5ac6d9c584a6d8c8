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
  },
});
