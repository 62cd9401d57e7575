import { defineConfig } from 'vitest/config';

/**
 * Test files share their worker's loaded modules (isolate: false), which
 * saves starting a process and importing HyperFormula, the emulator and the
 * core again for each of about 140 files. These change the process for
 * whatever runs after them in the same worker (the clock's time zone, Apps
 * Script globals stubbed on globalThis, a faked clock, mocked modules), so
 * each runs in a fresh worker; tests/scripts/isolated-files.test.ts finds
 * the files that must be listed here.
 */
export const ISOLATED_TEST_FILES = [
  'tests/server/spreadsheet-time-zones.test.ts',
  'tests/server/show-sidebar.test.ts',
  'tests/server/report-pacing.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    // Vitest picks one worker on a 2-core machine unless told; two halve the suite's time.
    maxWorkers: 2,
    // HyperFormula makes many short-lived objects: a larger young generation (V8's default is 16 MB)
    // collects them in fewer scavenges, which took about a sixth of the server tests' time.
    execArgv: ['--max-semi-space-size=64'],
    // Each transformed module is kept on disk (node_modules/.experimental-vitest-cache), keyed by its content and
    // the config: a run transforms only what changed since the last (tests/core + tests/shared: a fifth less CPU).
    experimental: { fsModuleCache: true },
    // Browser tests start Chromium and a preview server; give them room, and keep the rest quick.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // A synchronous loop cannot be stopped by a timeout: bound every property, and stop a worker that stops answering.
    setupFiles: ['tests/support/bounded-properties.ts', 'tests/support/blocked-worker-watchdog.ts'],
    // And a run that stops moving for any other reason ends with the files it was waiting for named.
    reporters: ['default', './tests/support/stall-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ISOLATED_TEST_FILES, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED_TEST_FILES } },
    ],
  },
});
