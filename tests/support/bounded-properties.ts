/**
 * Every fast-check property in `npm test` stops after a time limit and fails
 * if it was cut short. A property runs synchronously, so vitest's test
 * timeout cannot stop it: a rare failing case that shrinks through hundreds
 * of slow runs would otherwise hold its worker, and CI, for hours. With the
 * limit the failure is reported with the counterexample fast-check reached.
 * A soak (SOAK or SOAK_RUNS set) runs as long as its runs take.
 */
import fc from 'fast-check';

/** Well above the slowest property of `npm test` (about 25 s here), well below CI's patience; the guard's own test sets less. */
const PROPERTY_TIME_LIMIT_MS = Number(process.env.PROPERTY_TIME_LIMIT_MS) || 5 * 60_000;

const soak = Boolean(process.env.SOAK || process.env.SOAK_RUNS || process.env.ROLES_SOAK_RUNS);

if (!soak) {
  fc.configureGlobal({
    ...fc.readConfigureGlobal(),
    interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
    markInterruptAsFailure: true,
  });
}
