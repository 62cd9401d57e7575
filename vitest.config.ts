import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Vitest picks one worker on a 2-core machine unless told; two halve the suite's time.
    maxWorkers: 2,
    // Browser tests start Chromium and a preview server; give them room, and keep the rest quick.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // A synchronous loop cannot be stopped by a timeout: bound every property, and stop a worker that stops answering.
    setupFiles: ['tests/support/bounded-properties.ts', 'tests/support/blocked-worker-watchdog.ts'],
    // And a run that stops moving for any other reason ends with the files it was waiting for named.
    reporters: ['default', './tests/support/stall-reporter.ts'],
  },
});
