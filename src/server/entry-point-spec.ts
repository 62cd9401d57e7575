/**
 * A top-level function Apps Script must see: a trigger (`onOpen`), a menu
 * handler, or a server function the sidebar calls through
 * `google.script.run`. The build writes a `function NAME(params…)` for each.
 */
export interface EntryPointSpec {
  name: string;
  params: readonly string[];
  description: string;
  // `any`: triggers and google.script.run pass plain values that each entry point validates itself.
  run: (...args: any[]) => unknown;
}
