/**
 * Counts Apps Script service calls, so a test or benchmark can say
 * "building the template made 23 calls". Every emulated object is handed out
 * wrapped by `countingProxy`; calls the emulator makes internally go to the
 * unwrapped object and are not counted.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private totalCalls = 0;

  record(call: string): void {
    this.counts.set(call, (this.counts.get(call) ?? 0) + 1);
    this.totalCalls += 1;
  }

  /** Every call since the last reset. */
  get total(): number {
    return this.totalCalls;
  }

  /** Calls of one `Class.method`, e.g. 'Range.setValues'. */
  count(call: string): number {
    return this.counts.get(call) ?? 0;
  }

  /** A plain copy, sorted by name: `{ 'Range.setValues': 3, … }`. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.totalCalls = 0;
  }
}

/** Runs before each counted call; may throw to refuse it (AuthMode.NONE does). */
export type CallGate = (call: string) => void;

const targets = new WeakMap<object, object>();

/**
 * Methods that read a field of an object the script already holds, so no
 * request goes to the spreadsheet: a Range's own coordinates (the range is
 * those coordinates), and what a developer-metadata search returned with
 * each match (the Sheets API's `developerMetadata.search` answers with the
 * whole DeveloperMetadata resource of each match: id, key, value,
 * visibility and location; Apps Script's `DeveloperMetadataFinder.find()`
 * "executes this search and returns the matching metadata"). See
 * docs/emulator.md, "Call counting"; docs/smoke-test.md has the step that
 * checks it on the live service.
 */
export const FIELD_READS: Readonly<Record<string, ReadonlySet<string>>> = {
  Range: new Set(['getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow', 'getLastColumn']),
  DeveloperMetadata: new Set(['getId', 'getKey', 'getValue', 'getVisibility', 'getLocation']),
  DeveloperMetadataLocation: new Set(['getLocationType', 'getColumn', 'getRow', 'getSheet', 'getSpreadsheet']),
};

/**
 * `target` seen through a proxy that counts each method call as
 * `className.method` (a field read of `FIELD_READS` is not a call). A
 * method returning its own object (a chained setter) returns the proxy, so
 * the chain stays counted.
 */
export function countingProxy<T extends object>(
  target: T,
  className: string,
  counter: CallCounter,
  gate?: CallGate,
): T {
  const fields = FIELD_READS[className];
  const proxy: T = new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      const call = `${className}.${property}`;
      return (...args: unknown[]) => {
        gate?.(call);
        if (!fields?.has(property)) counter.record(call);
        const result: unknown = value.apply(object, args);
        return result === object ? proxy : result;
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The emulated object behind a counting proxy (or the value itself), for the emulator's own use. */
export function uncounted<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return (targets.get(value) as T | undefined) ?? value;
}
