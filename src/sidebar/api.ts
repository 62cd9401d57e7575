/**
 * A typed, promise-returning `google.script.run`. The names, arguments and
 * results come from `ServerApi`, inferred from the server's own handlers (src/server/sidebar-calls.ts), so a renamed
 * server function or a changed payload breaks the build, not the user.
 */
import type { ServerApi } from '../server/sidebar-calls';
import { findNonPlainData } from './plain-data';

/** The part of `google.script.run` we use. Each `with…Handler` returns a runner carrying that handler. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

export type CallServer = <K extends keyof ServerApi>(
  name: K,
  ...args: Parameters<ServerApi[K]>
) => Promise<ReturnType<ServerApi[K]>>;

/** Apps Script runs at most about ten `google.script.run` calls at once; more are queued here rather than dropped there. */
export const MAX_CONCURRENT_CALLS = 10;

export interface ServerCallerOptions {
  /** Looked up at call time, so the page can load (and tests can run) where `google` is not defined. */
  runner: () => ScriptRunner | undefined;
  maxConcurrent?: number;
}

type ServerFunction = (...args: unknown[]) => void;

/**
 * A call that never reached the server. Its own name marks it as technical
 * (see server-failure.ts), so the user sees a localized explanation, not
 * this English text.
 */
export class ServerCallError extends Error {
  override name = 'ServerCallError';
}

export function createServerCaller(options: ServerCallerOptions): CallServer {
  const maxConcurrent = options.maxConcurrent ?? MAX_CONCURRENT_CALLS;
  const waiting: (() => void)[] = [];
  let running = 0;

  function startNext(): void {
    while (running < maxConcurrent && waiting.length > 0) {
      running += 1;
      waiting.shift()?.();
    }
  }

  function invoke(name: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const badPath = findNonPlainData(args, 'arguments');
      if (badPath)
        throw new ServerCallError(`${name}: ${badPath} is not plain data, and google.script.run cannot send it`);
      const base = options.runner();
      if (!base) throw new ServerCallError(`google.script.run is not available; cannot call ${name}`);
      const runner = base.withSuccessHandler(resolve).withFailureHandler(reject);
      // The server functions are dynamic properties of the runner, one per top-level function in Code.js.
      const serverFunction = (runner as unknown as Record<string, ServerFunction | undefined>)[name];
      if (typeof serverFunction !== 'function') throw new ServerCallError(`The server has no function ${name}`);
      serverFunction.apply(runner, args);
    });
  }

  function queued(name: string, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      waiting.push(() => {
        invoke(name, args)
          .then(resolve, reject)
          .finally(() => {
            running -= 1;
            startNext();
          });
      });
      startNext();
    });
  }

  // The cast is the one place the string-keyed runtime meets the typed contract.
  return ((name: string, ...args: unknown[]) => queued(name, args)) as CallServer;
}

interface AppsScriptClientGlobal {
  google?: { script?: { run?: ScriptRunner } };
}

/** Calls the real server from the sidebar inside Google Sheets (or the preview's stand-in for it). */
export const callServer: CallServer = createServerCaller({
  runner: () => (globalThis as AppsScriptClientGlobal).google?.script?.run,
});
