/**
 * A top-level function Apps Script must see: a trigger (`onOpen`), a menu
 * handler, or a server function the sidebar calls through
 * `google.script.run`. The build writes a `function NAME(params…)` for each.
 */
import type * as v from 'valibot';
import type { Schema } from '../shared/schema';

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

/** Each payload schema's input type, in order: what the sidebar must send. */
type SentOf<S extends readonly (() => Schema)[]> = { [I in keyof S]: v.InferInput<ReturnType<S[I]>> };

/** A call whose handler checks its payloads itself, declared with their schemas: the sidebar is typed by them. */
export interface CheckedCall<F extends AnyHandler, Sent extends readonly unknown[]> extends EntryPointCall<F> {
  /** Type only (never set): what the sidebar sends, read by ServerApi. */
  sent?: Sent;
}

/**
 * Like `entryPointCall`, with a schema for each payload: the handler still takes `unknown` (google.script.run
 * carries whatever a page sends) and checks it with the same schema, while the sidebar must send the schema's
 * input type, so a renamed field or a changed shape fails `tsc` on the sidebar's side too. A new call's schema
 * lives in its action file, beside its handler.
 */
export function checkedCall<F extends AnyHandler, const S extends readonly (() => Schema)[]>(
  run: F,
  params: ParamNames<F> & { readonly length: S['length'] },
  description: string,
  // Read for its type only: the handler checks the payloads with the same schemas.
  _payloads: S,
): CheckedCall<F, SentOf<S>> {
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
