import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built renderer in a real browser (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll gives up after 1 s by default. On a loaded 2-core machine a view that re-renders
    // a report into its frame (or reschedules a plan) can take longer than that to show the new
    // state, and the spec then failed while reading the previous render (reports.e2e.ts showed
    // today's date after the status date was typed, about one run in three at load 20-30).
    // A spec that means "within N ms" still passes its own timeout.
    expect: { poll: { timeout: 10_000 } },
  },
});
