/**
 * Long readings (a 100 000-row export) are generators that yield the share
 * done so far (0…1) between slices of work. One definition, three drivers:
 * the tests and the bench run them straight through (`runSteps`), the
 * sidebar's worker posts each share as progress, and without a worker the
 * page runs them slice by slice, yielding to the event loop in between.
 */
export type Steps<T> = Generator<number, T>;

/** Runs `steps` to the end, ignoring progress. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The progress of `steps`, reported as the range `from`…`to` of an enclosing task. */
export function* withinRange<T>(steps: Steps<T>, from: number, to: number): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield from + (to - from) * next.value;
  }
}
