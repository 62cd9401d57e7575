/**
 * `google.script.run` carries only primitives, arrays and plain objects; a
 * Date, Map or class instance arrives mangled or makes the call fail with an
 * unhelpful message. Checking before sending turns that into a clear
 * programming error at the call site.
 */

/** The path of the first value that cannot travel, or `null` when all of it can. */
export function findNonPlainData(value: unknown, path = 'value'): string | null {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : path;
    case 'object':
      break;
    default:
      // undefined, functions, symbols and bigints have no plain-data form.
      return path;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findNonPlainData(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return path;
  for (const [name, item] of Object.entries(value)) {
    const found = findNonPlainData(item, `${path}.${name}`);
    if (found) return found;
  }
  return null;
}
