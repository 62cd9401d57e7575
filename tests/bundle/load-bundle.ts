/**
 * Loads the pushed dist/Code.js the way Apps Script does: one fresh global
 * scope with no require, no process and no timers. Tests call its top-level
 * functions as Sheets and the sidebar would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { unpackServerHalf } from '../../scripts/server-half';

export const DIST = join(import.meta.dirname, '../../dist');

export function readCodeJs(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

/** The packed server half: the one long Z85 string literal in Code.js (scripts/server-half.ts). */
const PACKED_SERVER_HALF = /"([0-3][0-9a-zA-Z.\-:+=^!/*?&<>()[\]{}@%$#]{5000,})"/g;

/** The packed string as Code.js holds it. */
export function readPackedServerHalf(code = readCodeJs()): string {
  const found = [...code.matchAll(PACKED_SERVER_HALF)];
  if (found.length !== 1) throw new Error(`Code.js holds ${found.length} packed server halves, not one`);
  return found[0]?.[1] ?? '';
}

/** The text of the server half Code.js carries packed: what its first server call evaluates. */
export function readServerHalf(code = readCodeJs()): string {
  return unpackServerHalf(readPackedServerHalf(code));
}

export type BundleGlobals = Record<string, unknown>;

/** A fresh context with `extraGlobals` (fake Apps Script services) installed, Code.js run in it. */
export function loadBundle(extraGlobals: BundleGlobals = {}): vm.Context {
  const context = vm.createContext({ ...extraGlobals });
  vm.runInContext(readCodeJs(), context, { filename: 'Code.js' });
  return context;
}

/** Calls a top-level function of the bundle; returns its result, or the thrown message. */
export function callGlobal(context: vm.Context, name: string, ...args: unknown[]): { value?: unknown; error?: string } {
  const fn = context[name] as unknown;
  if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
  try {
    return { value: (fn as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    // Errors from inside the vm are not instanceof Error here; read the message structurally.
    return { error: String((error as { message?: unknown }).message ?? error) };
  }
}
