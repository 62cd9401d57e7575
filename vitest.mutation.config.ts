import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the ones
 * that call the mutated files directly. A mutant of a module-level constant
 * (a table, a pattern) runs every related test, so the slow files that reach
 * the money paths only from afar stay out: the browser, bundle, emulator and
 * server tests (they check dist/ and the layers above), the report and import
 * property tests, and the native formulas (HyperFormula against core, whose
 * rule tests are here).
 */
export default defineConfig({
  test: {
    include: [
      'tests/core/metrics*.test.ts',
      'tests/core/verdict*.test.ts',
      'tests/core/number-text*.test.ts',
      'tests/core/sheet-values*.test.ts',
      'tests/core/one-column-sum*.test.ts',
      'tests/core/import/readers.test.ts',
      'tests/core/import/bad-input.test.ts',
      'tests/preview/locale/typed-entry.test.ts',
      'tests/functions/*.test.ts',
    ],
    exclude: ['tests/functions/native-raci-formulas.test.ts', 'tests/functions/native-verdict-formula.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // As in `npm test`: every property stops after a time limit, so no mutant holds the runner.
    setupFiles: ['tests/support/bounded-properties.ts'],
  },
});
