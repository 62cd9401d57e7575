import { ArgumentProblemError, fail, type SheetsArg } from '../core/sheet-values';
import type { CustomFunctionDeclaration } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import type { Parameter, ValuesOf } from './parameters';
import { problemMessage } from './problem-message';
import { readArgument, shapeArgument, type ReadSoFar } from './read-parameter';

/**
 * The one runner every custom function goes through: it reads the
 * arguments Sheets handed over as the declaration says, in three passes
 * (every required argument present; each one's shape and pairing; each
 * one's values), hands the checked values to the compute step, and turns
 * any failure into an `Error` whose message starts with the function's name,
 * in the spreadsheet's language.
 */
export function runCustomFunction<const Parameters extends readonly Parameter[], Result>(
  declaration: CustomFunctionDeclaration<Parameters, Result>,
  context: FunctionContext,
  args: readonly unknown[],
): Result {
  try {
    return declaration.compute(readArguments(declaration.parameters, args as readonly SheetsArg[]), context);
  } catch (error) {
    if (error instanceof ArgumentProblemError)
      throw new Error(problemMessage(declaration.name, error.problem, context.lang()));
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${declaration.name}: ${detail}`);
  }
}

function readArguments<const Parameters extends readonly Parameter[]>(
  parameters: Parameters,
  args: readonly SheetsArg[],
): ValuesOf<Parameters> {
  for (let index = 0; index < parameters.length; index++) {
    const parameter = parameters[index] as Parameter;
    if (!parameter.optional && args[index] === undefined) fail({ kind: 'missing_argument', arg: parameter.name });
  }
  const shaped: (SheetsArg | null)[] = [];
  const values: unknown[] = [];
  const soFar: ReadSoFar = {
    shaped: (name) => shaped[indexOf(parameters, name)] ?? null,
    value: (name) => values[indexOf(parameters, name)],
  };
  for (let index = 0; index < parameters.length; index++)
    shaped.push(shapeArgument(parameters[index] as Parameter, args[index], soFar));
  for (let index = 0; index < parameters.length; index++)
    values.push(readArgument(parameters[index] as Parameter, shaped[index] ?? null, soFar));
  return values as ValuesOf<Parameters>;
}

function indexOf(parameters: readonly Parameter[], name: string): number {
  const index = parameters.findIndex((parameter) => parameter.name === name);
  if (index < 0) throw new Error(`no parameter named ${name}`);
  return index;
}
