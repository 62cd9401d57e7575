/**
 * The preview's `google.script.run` (and `google.script.host`), put in
 * front of the sidebar's own script. Like Apps Script's, a runner takes any
 * server function name, `withSuccessHandler`, `withFailureHandler` and
 * `withUserObject` each return a new runner carrying that setting, and the
 * handlers are called later with the result (or the failure) and the user
 * object. The call goes to POST /api/run/NAME, where the pushed Code.js runs
 * against the emulator.
 */
import { SERVER_CALL_DONE, SIDEBAR_CLOSE, type FrameMessage } from './preview-messages-channel';

type Handler = (valueOrError: unknown, userObject: unknown) => void;

interface RunnerSettings {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

interface ServerError {
  name: string;
  message: string;
}

/** Apps Script's sentence for a failure of its own, which is what a broken preview server amounts to. */
const SERVER_ERROR_SENTENCE = "We're sorry, a server error occurred. Please wait a bit and try again.";

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * What Apps Script hands the failure handler: an Error whose message is the
 * server's exception as text ("UserFacingError: …", "TypeError: …"), and a
 * `ScriptError` for failures of Apps Script itself (an unknown function).
 */
function clientError(error: ServerError): Error {
  if (error.name === 'ScriptError') return named('ScriptError', error.message);
  return new Error(`${error.name}: ${error.message}`);
}

function tellPage(type: FrameMessage['type']): void {
  if (window.parent !== window) window.parent.postMessage({ type } satisfies FrameMessage, window.location.origin);
}

async function callServer(name: string, args: unknown[]): Promise<{ value: unknown } | { error: Error }> {
  let response: Response;
  try {
    response = await fetch(`/api/run/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // google.script.run carries JSON-like data: no Dates, functions or class instances.
      body: JSON.stringify({ args }),
    });
  } catch {
    return { error: named('NetworkError', 'NetworkError: Connection failure due to HTTP 0') };
  }
  try {
    const body = (await response.json()) as { value?: unknown; error?: ServerError };
    if (body.error) return { error: clientError(body.error) };
    return { value: body.value };
  } catch {
    return { error: named('ScriptError', SERVER_ERROR_SENTENCE) };
  }
}

function run(settings: RunnerSettings, name: string, args: unknown[]): void {
  void callServer(name, args).then((outcome) => {
    try {
      if ('error' in outcome) settings.failure?.(outcome.error, settings.userObject);
      else settings.success?.(outcome.value, settings.userObject);
    } finally {
      tellPage(SERVER_CALL_DONE);
    }
  });
}

function createRunner(settings: RunnerSettings): object {
  const chain = {
    withSuccessHandler: (handler: Handler) => createRunner({ ...settings, success: handler }),
    withFailureHandler: (handler: Handler) => createRunner({ ...settings, failure: handler }),
    withUserObject: (userObject: unknown) => createRunner({ ...settings, userObject }),
  };
  return new Proxy(chain, {
    get(target, property) {
      if (typeof property === 'symbol') return undefined;
      if (property in target) return target[property as keyof typeof target];
      // Not a thenable: awaiting a runner must not call a server function named "then".
      if (property === 'then') return undefined;
      return (...args: unknown[]) => run(settings, property, args);
    },
  });
}

const host = {
  close: () => tellPage(SIDEBAR_CLOSE),
  setHeight: (_height: number) => undefined,
  setWidth: (_width: number) => undefined,
  editor: { focus: () => undefined },
  origin: window.location.origin,
};

(window as unknown as { google: unknown }).google = { script: { run: createRunner({}), host } };
