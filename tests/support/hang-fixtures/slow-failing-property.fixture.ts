/** A property that fails on nearly every case and takes long on each: its shrinking alone would run for hours. */
import fc from 'fast-check';
import { it } from 'vitest';

const cell = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/** A slow synchronous check, as the edit-sequence properties are; it blocks the thread asleep rather than spinning a core. */
function blockFor(ms: number): void {
  Atomics.wait(cell, 0, 0, ms);
}

it('fails slowly', () => {
  fc.assert(
    fc.property(fc.array(fc.integer(), { minLength: 50, maxLength: 200 }), (numbers) => {
      blockFor(200);
      return numbers.length < 10;
    }),
    { numRuns: 10_000 },
  );
});
