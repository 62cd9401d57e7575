/**
 * What the server threw, as plain data for the browser. Errors thrown inside
 * the node:vm scope of Code.js are not `instanceof Error` here (another
 * realm), so they are read by shape.
 */

export interface ServerErrorInfo {
  /** 'UserFacingError', 'TypeError', …; 'ScriptError' for Apps Script's own failures. */
  name: string;
  message: string;
}

export function describeThrown(thrown: unknown): ServerErrorInfo {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    return {
      name: typeof name === 'string' && name !== '' ? name : 'Error',
      message: typeof message === 'string' ? message : String(thrown),
    };
  }
  // `throw 'text'` reaches Apps Script's client as an Error with that text.
  return { name: 'Error', message: String(thrown) };
}

/** A failure of Apps Script itself rather than of the script, such as a call to a function that does not exist. */
export function scriptError(message: string): ServerErrorInfo {
  return { name: 'ScriptError', message };
}
