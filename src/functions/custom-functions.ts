/**
 * The one list of the add-on's custom functions: a new function is its
 * declaration file (parameters, compute step and docs) and a line in each
 * record below. Code.js dispatches through the declarations (src/main.ts);
 * the docs record is read only by the build and the docs, so esbuild drops
 * it, and every description with it, from the bundle.
 */
import { CHANNEL_VERDICT_DOCS, channelVerdict } from './channel-verdict';
import type { FunctionDocs } from './custom-function-declaration';
import { CPL_DOCS, cpl } from './cpl';
import { RACI_CHECK_DOCS, raciCheck } from './raci-check';
import { ROLE_LOAD_DOCS, roleLoad } from './role-load';
import { ROMI_DOCS, romi } from './romi';
import { STAFFING_CHECK_DOCS, staffingCheck } from './staffing-check';

/** Each function's declaration, by its name in Sheets, in the README's order. */
export const CUSTOM_FUNCTION_DECLARATIONS = {
  CPL: cpl,
  ROMI: romi,
  CHANNEL_VERDICT: channelVerdict,
  RACI_CHECK: raciCheck,
  ROLE_LOAD: roleLoad,
  STAFFING_CHECK: staffingCheck,
} as const;

export type CustomFunctionName = keyof typeof CUSTOM_FUNCTION_DECLARATIONS;

/** Each function's documentation; one missing, or describing a parameter it does not have, fails the type check. */
export const CUSTOM_FUNCTION_DOCS: {
  readonly [Name in CustomFunctionName]: FunctionDocs<(typeof CUSTOM_FUNCTION_DECLARATIONS)[Name]>;
} = {
  CPL: CPL_DOCS,
  ROMI: ROMI_DOCS,
  CHANNEL_VERDICT: CHANNEL_VERDICT_DOCS,
  RACI_CHECK: RACI_CHECK_DOCS,
  ROLE_LOAD: ROLE_LOAD_DOCS,
  STAFFING_CHECK: STAFFING_CHECK_DOCS,
};
