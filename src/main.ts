/**
 * The bundle's entry: the one object Apps Script's generated top-level
 * functions delegate to (`AddonLib.api.NAME`). It holds no logic of its own.
 */
import { CUSTOM_FUNCTION_IMPLEMENTATIONS } from './functions/implementations';
import { ENTRY_POINTS } from './server/entry-points';
import { sheetsFunctionContext } from './server/spreadsheet-lang';

type PublicFunction = (...args: unknown[]) => unknown;

function buildApi(): Record<string, PublicFunction> {
  const api: Record<string, PublicFunction> = {};
  for (const [name, implementation] of Object.entries(CUSTOM_FUNCTION_IMPLEMENTATIONS)) {
    api[name] = (...args) => (implementation as (...a: unknown[]) => unknown)(sheetsFunctionContext(), ...args);
  }
  for (const entry of ENTRY_POINTS) api[entry.name] = (...args) => entry.run(...args);
  return api;
}

export const api = buildApi();
