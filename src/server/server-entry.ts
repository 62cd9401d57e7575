/**
 * The server half's entry: the triggers, menu handlers and sidebar calls.
 * The build bundles it apart from src/main.ts and carries it gzipped inside
 * dist/Code.js (scripts/build.ts), so a custom-function call, which compiles
 * the whole script, never compiles this half; the first server call of an
 * execution unpacks it (load-server-half.ts).
 */
import { entryPoints } from './entry-points';

export function run(name: string, args: readonly unknown[]): unknown {
  const entry = entryPoints().find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`Marketing KPI has no function ${name}`);
  return entry.run(...args);
}
