/**
 * The contract between the sidebar and the server, declared once: every
 * function the sidebar calls through `google.script.run`, its parameters and
 * its handler, declared by its action file as `calls` (src/server/actions/)
 * and merged into one object by the generated sidebar-calls.generated.ts
 * (scripts/generate-lists.ts). The sidebar's client type (`ServerApi`) is
 * inferred from that object and the Apps Script entry points are generated
 * from it, so a renamed function, a parameter more or fewer, or a changed
 * result fails `tsc`.
 * `google.script.run` carries only plain data (no Date); payloads typed
 * `unknown` are checked by their handler with the schemas in src/shared.
 */
import { declaredSidebarCalls } from './sidebar-calls.generated';

/**
 * Every call, each under its name. A function, so the object is made only by an execution that calls one of them
 * (a custom-function call never does).
 */
export const sidebarCalls = declaredSidebarCalls;

type SidebarCalls = ReturnType<typeof sidebarCalls>;

/**
 * What the sidebar may call, with what it sends and gets: inferred from the handlers themselves, and for a
 * call declared with its payload schemas (`checkedCall`), what it sends from the schemas.
 */
export type ServerApi = { [K in keyof SidebarCalls]: SidebarApiOf<SidebarCalls[K]> };

type SidebarApiOf<C> = C extends { run: (...args: infer Args) => infer Result; sent?: infer Sent }
  ? NonNullable<Sent> extends infer Payloads extends readonly unknown[]
    ? (...args: Payloads) => Result
    : (...args: Args) => Result
  : never;
export type ServerFunctionName = keyof ServerApi;
