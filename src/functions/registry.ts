/**
 * Every custom function as Sheets, the README and the emulator see it: the
 * declaration (its parameters and the runner) joined with its
 * documentation. Read by the build, the docs, the emulator and tests; never
 * by Code.js, which dispatches through the declarations alone.
 */
import type { DeclareFunction } from './custom-function-declaration';
import type { CustomFunctionSpec, ParameterDoc } from './custom-function-spec';
import { CUSTOM_FUNCTION_DECLARATIONS, CUSTOM_FUNCTION_DOCS, type CustomFunctionName } from './custom-functions';
import type { FunctionContext } from './function-context';
import type { Parameter } from './parameters';
import { runCustomFunction } from './run-custom-function';

/** The JSDoc type Sheets is told for each kind; `undefined` is the default, a number or a range of numbers. */
const JSDOC_TYPE: Readonly<Record<Parameter['kind'], string | undefined>> = {
  sum: undefined,
  column: undefined,
  number: undefined,
  'per-row': undefined,
  'whole-number': 'number',
  'raci-matrix': 'Array<Array<string>>',
  'column-names': 'Array<Array<string>>',
};

function spec(name: CustomFunctionName): CustomFunctionSpec {
  const declare: DeclareFunction = CUSTOM_FUNCTION_DECLARATIONS[name];
  const docs = CUSTOM_FUNCTION_DOCS[name];
  const descriptions: Readonly<Record<string, string>> = docs.params;
  const params = declare().parameters.map((parameter: Parameter): ParameterDoc => {
    const description = descriptions[parameter.name];
    if (description === undefined) throw new Error(`${name}: ${parameter.name} has no description`);
    const type = JSDOC_TYPE[parameter.kind];
    return {
      name: parameter.name,
      description,
      ...(parameter.optional ? { optional: true } : {}),
      ...(type ? { type } : {}),
    };
  });
  const { params: _descriptions, ...rest } = docs;
  return {
    name,
    ...rest,
    params,
    implementation: (context: FunctionContext, ...args: unknown[]) => runCustomFunction(declare(), context, args),
  };
}

/** Every custom function the add-on gives a sheet, documented. Order is the README's order. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = (
  Object.keys(CUSTOM_FUNCTION_DECLARATIONS) as CustomFunctionName[]
).map(spec);
