/** A test that waits for ever without blocking its worker, past any timeout it was given. */
import { it } from 'vitest';

it('waits for ever', { timeout: 24 * 3_600_000 }, async () => {
  await new Promise(() => {
    setInterval(() => undefined, 1_000);
  });
});
