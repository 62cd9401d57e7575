/**
 * The two places where the emulator's partial objects meet Google's full
 * types. Each emulated class implements a `Pick` of the real interface, so
 * TypeScript checks every method it has against Google's signature; what it
 * does not pick is absent at runtime (docs/emulator.md lists what is there).
 */
import { uncounted } from './call-counter';

/** Presents an emulated object as the Apps Script type it stands for. */
export function asAppsScript<Real>(emulated: Partial<Real>): Real {
  return emulated as Real;
}

/**
 * An Apps Script enum. Each member is its own name, as
 * `String(SpreadsheetApp.ProtectionType.RANGE)` is 'RANGE' in Apps Script;
 * `@types` declares the enums as numeric, so the object is presented as the
 * declared enum here, once.
 */
export function appsScriptEnum<E extends object>(names: readonly (keyof E & string)[]): E {
  const members: Record<string, string> = {};
  for (const name of names) members[name] = name;
  return Object.freeze(members) as unknown as E;
}

/** An enum member by its name, typed as the declared enum (see `appsScriptEnum`). */
export function enumMember<E>(name: string): E {
  return name as unknown as E;
}

/** The name of an enum member the server passed in (`SpreadsheetApp.ProtectionType.SHEET` → 'SHEET'). */
export function enumName(value: unknown): string {
  return String(value);
}

/**
 * Takes back an object the emulator handed out (a Range passed to
 * `requireValueInRange`, a rule passed to `setDataValidation`). Anything else
 * is refused, as Apps Script refuses objects it did not make.
 */
export function emulatedInstance<T>(value: unknown, type: abstract new (...args: never[]) => T, argument: string): T {
  const raw = uncounted(value);
  if (raw instanceof type) return raw;
  throw new Error(`Invalid argument: ${argument}`);
}
