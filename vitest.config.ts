import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Both cores of the small machines this runs on (vitest's default on 2 cores is 1 worker). Tests that start
    // processes or race them wait for each other's signals (test/support/racers.ts), not for fixed instants, so a
    // busy machine makes them slower, not wrong.
    maxWorkers: 2,
    fileParallelism: true,
    reporters: ['default', './test/support/slowest-reporter.ts'],
  },
});
