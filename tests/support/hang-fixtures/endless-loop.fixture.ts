/**
 * A test that never returns: a synchronous loop no timeout can stop. Each turn
 * sleeps in Atomics.wait, which blocks the thread as a busy loop does (no timer,
 * no beat, no message gets through) without spending a core while the guard
 * takes its time to notice.
 */
import { it } from 'vitest';

const cell = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

it('loops for ever', () => {
  for (;;) {
    // Nothing ends this but the watchdog.
    Atomics.wait(cell, 0, 0, 100);
  }
});
