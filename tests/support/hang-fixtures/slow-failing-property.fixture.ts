/** A property that fails on nearly every case and takes long on each: its shrinking alone would run for hours. */
import fc from 'fast-check';
import { it } from 'vitest';

function busyFor(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // A slow synchronous check, as the edit-sequence properties are.
  }
}

it('fails slowly', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { minLength: 50, maxLength: 200 }), (numbers) => {
      busyFor(200);
      return numbers.length < 10;
    }),
    { numRuns: 10_000 },
  );
});
