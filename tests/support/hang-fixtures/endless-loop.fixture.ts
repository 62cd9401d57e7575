/** A test that never returns: a synchronous loop no timeout can stop. */
import { it } from 'vitest';

it('loops for ever', () => {
  for (;;) {
    // Nothing ends this but the watchdog.
  }
});
