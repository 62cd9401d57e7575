import type { FunctionContext } from './function-context';
import type { Parameter, ValuesOf } from './parameters';
import type { SpillShape } from './custom-function-spec';

/**
 * One custom function, declared: its name, its parameters in Sheets' order
 * (what each may be: parameters.ts), and the compute step, which receives
 * the values already read and checked by the runner (run-custom-function.ts).
 * A declaration file exports a function that builds it, so nothing is built
 * when Code.js loads, and its documentation beside it (`FunctionDocs`),
 * which only the build and the docs read.
 */
export interface CustomFunctionDeclaration<Parameters extends readonly Parameter[], Result> {
  name: string;
  parameters: Parameters;
  compute(values: ValuesOf<Parameters>, context: FunctionContext): Result;
}

/** Builds a declaration with its compute step typed from its parameters. */
export function declareFunction<const Parameters extends readonly Parameter[], Result>(
  declaration: CustomFunctionDeclaration<Parameters, Result>,
): CustomFunctionDeclaration<Parameters, Result> {
  return declaration;
}

/** What builds a declaration, as the list of functions holds it. */
// biome-ignore lint/suspicious/noExplicitAny: the list holds declarations of every parameter list and result; the runner reads each by its own.
export type DeclareFunction = () => CustomFunctionDeclaration<readonly Parameter[], any>;

type ParameterName<Declare extends DeclareFunction> = ReturnType<Declare>['parameters'][number]['name'];

/**
 * What Sheets' autocomplete and the README say about a function: the build
 * turns it into the JSDoc Sheets reads and into the README's function
 * reference. Never shipped: Code.js imports only the declarations.
 */
export interface FunctionDocs<Declare extends DeclareFunction = DeclareFunction> {
  summary: string;
  /** One description per parameter, by name: a parameter without one fails the type check. */
  params: { readonly [Name in ParameterName<Declare>]: string };
  returns: string;
  examples: readonly string[];
  /** What the spreadsheet shows or explains beyond the summary (README only). */
  notes?: readonly string[];
  /** Declared when the function returns a 2-D array that spills (a column per channel); omitted for one value. */
  spill?: SpillShape;
}
