/**
 * A task that must not run twice at once: calls that come while it runs
 * fold into one more run after it, and all of them resolve when that run
 * ends. The page redraws this way: a build ends with two server calls, and
 * the grid needs fetching and drawing once more, not twice in parallel.
 */
export function coalescingTask(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
