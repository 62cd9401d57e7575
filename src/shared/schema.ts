/**
 * The one validator the add-on uses: valibot (a schema is a plain object
 * built by plain functions, so loading this file runs nothing; zod's
 * classes were built on every load of Code.js, every custom-function call
 * included). Its issues are turned here into `SchemaIssue`s: the few facts
 * our own wording needs (src/shared/team-issues.ts and the sidebar's
 * checks), never valibot's English message.
 */
import * as v from 'valibot';

export type Schema = v.GenericSchema;
export type Infer<S extends Schema> = v.InferOutput<S>;

/** What went wrong at `path`, in the terms our messages are chosen by. */
export interface SchemaIssue {
  /** invalid_type, invalid_value (not one of `values`), too_small, too_big, invalid_format (a pattern), custom (a rule of ours). */
  code: string;
  path: readonly PropertyKey[];
  /** For `custom`: the rule's code (e.g. duplicate_role_id); otherwise empty. */
  message: string;
  /** string, array or number: what a size bound was about. */
  origin?: string;
  /** For `invalid_type`: int, number, string, boolean, array, object, null… */
  expected?: string;
  minimum?: number;
  /** `false` for a bound the value must exceed (`positive`), not reach. */
  inclusive?: boolean;
  maximum?: number;
  values?: readonly unknown[];
}

export type Checked<T> = { success: true; data: T } | { success: false; issues: SchemaIssue[] };

/** `input` read by `schema`: its output, or every issue found. */
export function check<S extends Schema>(schema: S, input: unknown): Checked<Infer<S>> {
  const result = v.safeParse(schema, input);
  return result.success
    ? { success: true, data: result.output }
    : { success: false, issues: result.issues.map(toSchemaIssue) };
}

/** `input` read by `schema`, for input our own code made (a test, the preview): a problem there is a bug, said in English. */
export function parse<S extends Schema>(schema: S, input: unknown): Infer<S> {
  const result = check(schema, input);
  if (result.success) return result.data;
  throw new Error(
    `Unexpected value: ${result.issues.map((issue) => `${issue.path.map(String).join('.') || '(value)'} ${issue.code}`).join('; ')}`,
  );
}

/*
 * Builders whose issues carry what valibot's do not: a number that is not
 * whole says so, and a choice lists its options. They ride in the issue's
 * message, which we never show.
 */
const WHOLE_NUMBER = 'expected:int';
const FINITE_NUMBER = 'expected:number';
const CHOICE = 'values:';

/** A finite number (valibot's number() takes Infinity). */
export function finiteNumber() {
  return v.pipe(v.number(FINITE_NUMBER), v.finite(FINITE_NUMBER));
}

/** Text is "not a number"; 1.5 is "not a whole number". */
export function wholeNumber() {
  return v.pipe(v.number(FINITE_NUMBER), v.integer(WHOLE_NUMBER));
}

export function choice<const Options extends readonly [string, ...string[]]>(options: Options) {
  return v.picklist(options, `${CHOICE}${JSON.stringify(options)}`);
}

export function exactly<const Value extends string | number>(value: Value) {
  return v.literal(value, `${CHOICE}${JSON.stringify([value])}`);
}

/**
 * A rule across fields of a valid object (duplicates, references): `report`
 * records an issue with our rule's code at `path`. Runs only when the
 * object's fields have the right types, as the rule relies on them.
 */
export function objectRule<T extends object>(
  rule: (value: T, report: (code: string, path: readonly (string | number)[]) => void) => void,
) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    rule(dataset.value, (code, path) => addIssue({ message: code, path: pathItems(dataset.value, path) }));
  });
}

/** valibot's path items for a plain path, each with the value it leads to. */
function pathItems(
  root: unknown,
  path: readonly (string | number)[],
): [v.IssuePathItem, ...v.IssuePathItem[]] | undefined {
  let input: unknown = root;
  const items: v.IssuePathItem[] = [];
  for (const key of path) {
    const value =
      typeof input === 'object' && input !== null ? (input as Record<string | number, unknown>)[key] : undefined;
    items.push(
      typeof key === 'number'
        ? { type: 'array', origin: 'value', input: input as unknown[], key, value }
        : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value },
    );
    input = value;
  }
  const [first, ...rest] = items;
  return first ? [first, ...rest] : undefined;
}

function toSchemaIssue(issue: v.BaseIssue<unknown>): SchemaIssue {
  const path = (issue.path ?? []).map((item) => item.key as PropertyKey);
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  const sizeOf = typeof issue.input === 'string' ? 'string' : Array.isArray(issue.input) ? 'array' : 'number';
  if (issue.message.startsWith(CHOICE))
    return {
      code: 'invalid_value',
      path,
      message: '',
      values: JSON.parse(issue.message.slice(CHOICE.length)) as unknown[],
    };
  if (issue.message === WHOLE_NUMBER) return { code: 'invalid_type', path, message: '', expected: 'int' };
  if (issue.message === FINITE_NUMBER) return { code: 'invalid_type', path, message: '', expected: 'number' };
  switch (issue.type) {
    case 'min_length':
    case 'min_value':
      return { code: 'too_small', path, message: '', origin: sizeOf, minimum: requirement, inclusive: true };
    case 'gt_value':
      return { code: 'too_small', path, message: '', origin: sizeOf, minimum: requirement, inclusive: false };
    case 'max_length':
    case 'max_value':
      return { code: 'too_big', path, message: '', origin: sizeOf, maximum: requirement };
    case 'regex':
      return { code: 'invalid_format', path, message: '' };
    case 'raw_check':
    case 'check':
      return { code: 'custom', path, message: issue.message };
    default:
      // A schema's own issue: the value is not of its type (or, for an object, a field is missing).
      return { code: 'invalid_type', path, message: '', expected: issue.kind === 'schema' ? issue.type : undefined };
  }
}
