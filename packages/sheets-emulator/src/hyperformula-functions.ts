/**
 * The add-on's custom functions as a HyperFormula function plugin, so that
 * the emulator and the tests evaluate `=ROMI(B2:B30, C2:C30)` with the very
 * code Sheets runs. The functions are handed in (`EmulatedCustomFunction`):
 * the emulator imports nothing of the add-on.
 *
 * HyperFormula is GPL: this module is for tests and the local preview only;
 * nothing under src/main.ts may import it.
 *
 * At this boundary the plugin does what Sheets does for Apps Script:
 * - arguments: a single cell arrives as a scalar, a range as a 2-D array
 *   with '' for blank cells, error cells as their text ('#N/A'), date cells
 *   as `Date`; an omitted argument arrives as `undefined`;
 * - results: a scalar, or a 2-D array that spills; a thrown `Error` becomes
 *   the cell's error (#ERROR!) with the Error's message, Sheets' hover note.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ConfigParams,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import type { EmulatedCustomFunction } from './custom-function';
import type { Ast, InterpreterState, InterpreterValue } from './engine-ast-types';
import { dateOfSerial, isDateObject, serialOfDate } from './date-serial';
import { withSharedFormulaParser } from './shared-formula-parser';
import { fasterBuiltInPlugins } from './substitute-plugin';

type FunctionCallAst = Extract<Ast, { procedureName: string }>;
type ScalarValue = Exclude<InterpreterValue, SimpleRangeValue>;

/** A value as Sheets hands it to Apps Script. */
export type AppsScriptValue = number | string | boolean | Date;
export type AppsScriptArgument = AppsScriptValue | AppsScriptValue[][] | undefined;

/** What the plugin needs from whoever hosts the engine (the emulator, or a test). */
export interface CustomFunctionHost<Context> {
  /** The context of one call; read at call time, so a locale change applies to the next evaluation. */
  context(): Context;
  /** The spreadsheet's time zone: date serials become `Date` instants in it. */
  timeZone(): string;
  /** Rows × columns of a named range, to size the spill of `=CHANNEL_VERDICT(KPI_Leads, …)`. */
  namedRangeSize(name: string): { rows: number; columns: number } | undefined;
}

/** Sheets' text for each error, as a script sees it in a range. */
const ERROR_TEXT: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.SPILL]: '#REF!',
  [ErrorType.LIC]: '#LIC!',
  [ErrorType.ERROR]: '#ERROR!',
};

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME']);

/** HyperFormula keeps the type of a parsed date, percent or currency on a "rich number"; Sheets passes dates as Date. */
function richNumber(value: unknown): { val: number; dateLike: boolean } | undefined {
  if (typeof value !== 'object' || value === null || !('val' in value) || typeof value.val !== 'number')
    return undefined;
  const detailedType =
    'getDetailedType' in value && typeof value.getDetailedType === 'function' ? String(value.getDetailedType()) : '';
  return { val: value.val, dateLike: DATE_TYPES.has(detailedType) };
}

function toAppsScriptScalar(value: unknown, host: CustomFunctionHost<unknown>): AppsScriptValue {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) return ERROR_TEXT[value.type];
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  const rich = richNumber(value);
  if (rich) return rich.dateLike ? dateOfSerial(rich.val, host.timeZone()) : rich.val;
  return String(value);
}

/** One evaluated argument as Sheets passes it: a range as a 2-D array, a one-cell range as its value. */
export function toAppsScriptArgument(
  value: InterpreterValue | undefined,
  host: CustomFunctionHost<unknown>,
): AppsScriptArgument {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const grid = value.data.map((row) => row.map((cell) => toAppsScriptScalar(cell, host)));
    const only = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
    return only !== undefined ? only : grid;
  }
  return toAppsScriptScalar(value, host);
}

function toEngineScalar(fn: string, value: unknown, host: CustomFunctionHost<unknown>): ScalarValue {
  if (value === null || value === undefined) return EmptyValue;
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : new CellError(ErrorType.NUM, `${fn} returned ${value}`);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isDateObject(value)) return serialOfDate(value, host.timeZone());
  return new CellError(ErrorType.VALUE, `${fn} returned a value a cell cannot hold: ${String(value)}`);
}

/** A result as a grid: Sheets reads a 1-D array as one row. */
function resultGrid(result: unknown[]): unknown[][] {
  return result.every(Array.isArray) ? (result as unknown[][]) : [result];
}

/** Why a result did not fit the cells reserved for it, and what to do about it. */
function tooBigMessage(
  spec: EmulatedCustomFunction<unknown>,
  rows: number,
  columns: number,
  reserved: ArraySize,
): string {
  const what = `${spec.name} returned ${rows}×${columns} values but the emulator reserved ${reserved.height}×${reserved.width} cells`;
  return spec.spill
    ? `${what}: a spill is sized from its range before evaluation, which a whole-column range (E:E) does not allow; give a bounded range such as E2:E13`
    : `${what}; declare its spill shape (the function's \`spill\`, EmulatedSpillShape) where it is handed in`;
}

function toEngineResult(
  spec: EmulatedCustomFunction<never>,
  result: unknown,
  reserved: ArraySize,
  host: CustomFunctionHost<unknown>,
): InterpreterValue {
  const fn = spec.name;
  if (!Array.isArray(result)) return toEngineScalar(fn, result, host);
  const grid = resultGrid(result);
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return new CellError(ErrorType.VALUE, `${fn} returned an empty array`);
  if (grid.some((row) => row.length !== columns))
    return new CellError(ErrorType.VALUE, `${fn} returned rows of different lengths`);
  if (rows === 1 && columns === 1) return toEngineScalar(fn, grid[0]?.[0], host);
  if (rows > reserved.height || columns > reserved.width) {
    return new CellError(ErrorType.ERROR, tooBigMessage(spec, rows, columns, reserved));
  }
  return SimpleRangeValue.onlyValues(grid.map((row) => row.map((cell) => toEngineScalar(fn, cell, host))));
}

function isEmptyArgument(ast: Ast): boolean {
  return String(ast.type) === 'EMPTY';
}

function engineMetadata(specs: readonly EmulatedCustomFunction<never>[]): ImplementedFunctions {
  const metadata: ImplementedFunctions = {};
  for (const spec of specs) {
    for (const named of [spec.spill?.rowsOf, spec.spill?.columnsOf]) {
      if (named !== undefined && !spec.params.some((param) => param.name === named)) {
        throw new Error(`${spec.name}: its spill shape names "${named}", which is not one of its parameters`);
      }
    }
    metadata[spec.name] = {
      // One method serves every function; it finds the spec by the called name.
      method: 'callCustomFunction',
      sizeOfResultArrayMethod: 'customFunctionResultSize',
      parameters: spec.params.map((param) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: param.optional ?? false,
      })),
      vectorizationForbidden: true,
    };
  }
  return metadata;
}

/**
 * A plugin class for `specs`, bound to `host`. Pass it in the engine's
 * `functionPlugins` config (see `createFormulaEngine`), not through the
 * global `HyperFormula.registerFunctionPlugin`, so each engine has its own host.
 */
export function customFunctionsPlugin<Context>(
  specs: readonly EmulatedCustomFunction<Context>[],
  host: CustomFunctionHost<Context>,
): FunctionPluginDefinition {
  const specsByName = new Map(specs.map((spec) => [spec.name.toUpperCase(), spec]));

  class HandedInCustomFunctions extends FunctionPlugin {
    static override implementedFunctions = engineMetadata(specs);

    callCustomFunction(ast: FunctionCallAst, state: InterpreterState): InterpreterValue {
      const spec = specsByName.get(ast.procedureName.toUpperCase());
      if (!spec) return new CellError(ErrorType.NAME, `Unknown function: ${ast.procedureName}`);
      const args = ast.args.map((arg) =>
        toAppsScriptArgument(isEmptyArgument(arg) ? undefined : this.evaluateAst(arg, state), host),
      );
      let result: unknown;
      try {
        result = spec.implementation(host.context(), ...args);
      } catch (error) {
        return new CellError(ErrorType.ERROR, error instanceof Error ? error.message : String(error));
      }
      return toEngineResult(spec, result, this.customFunctionResultSize(ast, state), host);
    }

    /** HyperFormula reserves a spill's cells before evaluating; the function's declared `spill` says how many. */
    customFunctionResultSize(ast: FunctionCallAst, state: InterpreterState): ArraySize {
      const spec = specsByName.get(ast.procedureName.toUpperCase());
      if (!spec?.spill) return ArraySize.scalar();
      const rows = spec.spill.rowsOf === undefined ? 1 : this.argumentSize(spec, spec.spill.rowsOf, ast, state).rows;
      const columns =
        spec.spill.columnsOf === undefined ? 1 : this.argumentSize(spec, spec.spill.columnsOf, ast, state).columns;
      // A whole-column range has no finite height before evaluation: one cell is reserved, and a longer result is refused with a message.
      if (!Number.isFinite(rows) || !Number.isFinite(columns) || (rows <= 1 && columns <= 1)) return ArraySize.scalar();
      return new ArraySize(Math.max(columns, 1), Math.max(rows, 1));
    }

    /** Rows × columns of one argument as written (a range, a named range); 1 × 1 for anything else. */
    private argumentSize(
      spec: EmulatedCustomFunction<Context>,
      param: string,
      ast: FunctionCallAst,
      state: InterpreterState,
    ): { rows: number; columns: number } {
      const arg = ast.args[spec.params.findIndex((candidate) => candidate.name === param)];
      if (!arg || isEmptyArgument(arg)) return { rows: 1, columns: 1 };
      if ('expressionName' in arg) return host.namedRangeSize(arg.expressionName) ?? { rows: 1, columns: 1 };
      const size = this.arraySizeForAst(arg, state);
      return { rows: size.height, columns: size.width };
    }
  }

  return HandedInCustomFunctions;
}

/** Formulas name the functions as they were handed in; HyperFormula reads names through its language pack. */
function registerFunctionNames(specs: readonly EmulatedCustomFunction<never>[], language: string): void {
  HyperFormula.getLanguage(language).extendFunctions(Object.fromEntries(specs.map((spec) => [spec.name, spec.name])));
}

export interface FormulaEngineOptions<Context> {
  /** The custom functions to register; none when omitted. */
  specs?: readonly EmulatedCustomFunction<Context>[];
  /** The context each call gets; required when there are custom functions. */
  context?: () => Context;
  /** 'UTC' when omitted. */
  timeZone?: () => string;
  /** Further HyperFormula configuration; the license key is set here. */
  config?: Partial<ConfigParams>;
}

/** The size of a named expression that is a plain range ("=Sheet1!$B$2:$B$13"). */
function namedRangeSizeIn(engine: HyperFormula, name: string): { rows: number; columns: number } | undefined {
  const expression = engine.getNamedExpression(name)?.expression;
  if (typeof expression !== 'string' || !expression.startsWith('=')) return undefined;
  const range = engine.simpleCellRangeFromString(expression.slice(1), 0);
  if (range) return { rows: range.end.row - range.start.row + 1, columns: range.end.col - range.start.col + 1 };
  return engine.simpleCellAddressFromString(expression.slice(1), 0) ? { rows: 1, columns: 1 } : undefined;
}

/**
 * A HyperFormula engine with every built-in function and the custom functions
 * handed in. The emulator builds its engine here; tests may use it bare.
 */
export function createFormulaEngine<Context>(options: FormulaEngineOptions<Context> = {}): HyperFormula {
  const specs = options.specs ?? [];
  const context = options.context;
  if (specs.length > 0 && !context)
    throw new Error('createFormulaEngine: custom functions need a context (options.context)');
  const language = options.config?.language ?? 'enGB';
  registerFunctionNames(specs, language);
  let engine: HyperFormula | undefined;
  const host: CustomFunctionHost<Context> = {
    context: () => {
      if (!context) throw new Error('createFormulaEngine: no context for a custom function');
      return context();
    },
    timeZone: options.timeZone ?? (() => 'UTC'),
    namedRangeSize: (name) => (engine ? namedRangeSizeIn(engine, name) : undefined),
  };
  engine = withSharedFormulaParser(() =>
    HyperFormula.buildEmpty({
      ...options.config,
      language,
      licenseKey: 'gpl-v3',
      functionPlugins: [
        ...HyperFormula.getAllFunctionPlugins(),
        ...fasterBuiltInPlugins(),
        customFunctionsPlugin(specs, host),
      ],
    }),
  );
  return engine;
}
