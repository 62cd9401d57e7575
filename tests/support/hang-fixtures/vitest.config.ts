/** Runs the hang fixtures with `npm test`'s guards (tests/scripts/hang-guards.test.ts starts it). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['*.fixture.ts'],
    root: import.meta.dirname,
    setupFiles: ['../bounded-properties.ts', '../blocked-worker-watchdog.ts'],
    reporters: ['default', '../stall-reporter.ts'],
  },
});
