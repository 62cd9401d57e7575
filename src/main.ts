/**
 * The bundle's entry: the one object Apps Script's generated top-level
 * functions delegate to (`AddonLib.api.NAME`). It holds no logic of its own.
 */
import { CUSTOM_FUNCTIONS } from './functions/registry';
import { ENTRY_POINTS } from './server/entry-points';
import { sheetsFunctionContext } from './server/spreadsheet-lang';

type PublicFunction = (...args: unknown[]) => unknown;

function buildApi(): Record<string, PublicFunction> {
  const api: Record<string, PublicFunction> = {};
  for (const fn of CUSTOM_FUNCTIONS) api[fn.name] = (...args) => fn.implementation(sheetsFunctionContext(), ...args);
  for (const entry of ENTRY_POINTS) api[entry.name] = (...args) => entry.run(...args);
  return api;
}

export const api = buildApi();
