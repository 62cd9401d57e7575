/**
 * The bundle's entry: the one function Apps Script's generated top-level
 * functions delegate to (`AddonLib.run('NAME', [args…])`). It holds no logic
 * of its own, and builds nothing until called: every custom-function call
 * loads the whole script, so its top level must cost nothing. It carries
 * only the custom functions as code; the triggers, menu and sidebar calls
 * are the server half, packed into Code.js and unpacked by their first call
 * (src/server/load-server-half.ts).
 */
import type { DeclareFunction } from './functions/custom-function-declaration';
import { CUSTOM_FUNCTION_DECLARATIONS } from './functions/custom-functions';
import { runCustomFunction } from './functions/run-custom-function';
import { loadServerHalf } from './server/load-server-half';
import { sheetsFunctionContext } from './server/spreadsheet-lang';

export function run(name: string, args: readonly unknown[]): unknown {
  // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn is ES2022; Google does not list it among Apps Script's V8 features.
  if (Object.prototype.hasOwnProperty.call(CUSTOM_FUNCTION_DECLARATIONS, name)) {
    const declare: DeclareFunction = CUSTOM_FUNCTION_DECLARATIONS[name as keyof typeof CUSTOM_FUNCTION_DECLARATIONS];
    return runCustomFunction(declare(), sheetsFunctionContext(), args);
  }
  return loadServerHalf().run(name, args);
}
