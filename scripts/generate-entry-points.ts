/**
 * Writes the top-level declarations Apps Script and Sheets need in front of
 * the bundle: esbuild drops JSDoc and Apps Script sees only top-level
 * functions, so both are generated from the registries.
 */
import type { CustomFunctionSpec } from '../src/functions/custom-function-spec';
import type { EntryPointSpec } from '../src/server/entry-point-spec';

export const BUNDLE_GLOBAL = 'AddonLib';

/** Most parameters take a number or a range of numbers. */
const DEFAULT_PARAM_TYPE = 'number|Array<Array<number>>';

/** Keeps generated comments well-formed whatever a description says. */
function commentSafe(text: string): string {
  return text.replace(/\*\//g, '* /');
}

function delegation(name: string, params: readonly string[]): string {
  return `function ${name}(${params.join(', ')}) {\n  return ${BUNDLE_GLOBAL}.run('${name}', [${params.join(', ')}]);\n}`;
}

export function customFunctionDeclaration(spec: CustomFunctionSpec): string {
  const lines = [
    '/**',
    ` * ${commentSafe(spec.summary)}`,
    ' *',
    ...spec.params.map(
      (param) =>
        ` * @param {${param.type ?? DEFAULT_PARAM_TYPE}} ${param.name} ${param.optional ? 'Optional. ' : ''}${commentSafe(param.description)}`,
    ),
    ` * @return ${commentSafe(spec.returns)}`,
    ' * @customfunction',
    ' */',
  ];
  return `${lines.join('\n')}\n${delegation(
    spec.name,
    spec.params.map((param) => param.name),
  )}`;
}

/**
 * One line, no comment: every execution compiles Code.js, and Apps Script
 * reads nothing of a comment here. What each does is said where it is
 * declared (src/server/entry-points.ts, src/server/sidebar-calls.ts).
 */
export function entryPointDeclaration(spec: EntryPointSpec): string {
  const params = spec.params.join(', ');
  return `function ${spec.name}(${params}) { return ${BUNDLE_GLOBAL}.run('${spec.name}', [${params}]); }`;
}
