/**
 * A top-level function Apps Script must see: a trigger (`onOpen`), a menu
 * handler, or a server function the sidebar calls through
 * `google.script.run`. The build writes a `function NAME(params…)` for each.
 */
export interface EntryPointSpec {
  name: string;
  params: readonly string[];
  description: string;
  // biome-ignore lint/suspicious/noExplicitAny: triggers and google.script.run pass plain values that each entry point validates itself.
  run: (...args: any[]) => unknown;
}

// `never[]`: the widest parameter list a function of any parameters is assignable to.
type AnyHandler = (...args: never[]) => unknown;

/** One name for each of the handler's parameters: a name more or fewer fails `tsc`. */
export type ParamNames<F extends AnyHandler> = NamesOf<Parameters<F>>;
// Mapped over a type parameter, so a tuple stays a tuple of the same length.
type NamesOf<P extends readonly unknown[]> = { readonly [I in keyof P]: string };

/** An entry point before it has its name: the name is the key it is listed under. */
export interface EntryPointCall<F extends AnyHandler> {
  params: ParamNames<F>;
  description: string;
  run: F;
}

export function entryPointCall<F extends AnyHandler>(
  run: F,
  params: ParamNames<F>,
  description: string,
): EntryPointCall<F> {
  return { run, params, description };
}

/** The list the build and the runtime read: each call under its key's name. */
export function namedEntryPoints(calls: Readonly<Record<string, EntryPointCall<AnyHandler>>>): EntryPointSpec[] {
  return Object.entries(calls).map(([name, call]) => ({
    name,
    params: call.params as readonly string[],
    description: call.description,
    run: call.run,
  }));
}
