/**
 * What `build` returns, built at its first call and kept. Every
 * custom-function call loads the whole script and runs its top level, so a
 * table, set, pattern or schema that a module needs is made through this
 * (or a function), never at load time: the call then pays only for what it
 * reads.
 */
let built: Map<() => unknown, unknown> | undefined;

export function builtOnce<T>(build: () => T): T {
  built ??= new Map();
  if (!built.has(build)) built.set(build, build());
  return built.get(build) as T;
}
