// @ts-check
/**
 * `npm run mutation`: Stryker on the money paths (the metrics, the verdict
 * rules, reading numbers and the custom functions' arguments). Not part of
 * `npm test`; docs/mutation.md says what survives and why it is equivalent.
 *
 * Sized for a small shared machine: one test runner at a time, and for each
 * mutant only the tests that ran its code (per-test coverage) in the files
 * that import the mutated file (the vitest runner's related tests), from the
 * fast unit and function tests of vitest.mutation.config.ts.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The next run tests only the mutants whose code or covering tests changed (reports/stryker-incremental.json).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 1,
  mutate: [
    'src/core/metrics.ts',
    'src/core/verdict.ts',
    'src/core/number-text.ts',
    'src/core/sheet-values.ts',
    // The custom functions: the runner, how each kind of parameter is read, and each declaration's compute step.
    'src/functions/run-custom-function.ts',
    'src/functions/read-parameter.ts',
    'src/functions/raci-matrix-argument.ts',
    'src/functions/cpl.ts',
    'src/functions/romi.ts',
    'src/functions/channel-verdict.ts',
    'src/functions/staffing-check.ts',
    'src/functions/role-load.ts',
    'src/functions/raci-check.ts',
  ],
  // The sandbox needs the sources, the tests and the configs; not the docs, the bench or a build.
  ignorePatterns: ['dist', 'docs', 'bench', 'reports', 'coverage', '.ci', 'README*.md'],
  // Stryker rewrites a tsconfig's `extends` and `references` through TypeScript's JS API, which
  // TypeScript 7 (the native compiler) no longer has; ours has neither, so point it at no file.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // A mutant that loops forever is killed by the timeout, not left running.
  timeoutMS: 15_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: 90 },
};
