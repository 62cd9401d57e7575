/**
 * A stand-in for `google.script.run` with its real shape: every
 * `with…Handler` returns a new runner carrying the handlers, server
 * functions are properties, and results arrive later, as copies (the real
 * one serializes both ways). Calls wait in `pending` until the test settles
 * them, so the test decides the order and can count calls in flight.
 */
import type { ScriptRunner } from '../../../src/sidebar/api';

export interface PendingCall {
  name: string;
  args: unknown[];
  succeed(value: unknown): void;
  fail(error: unknown): void;
}

export function fakeScriptRun(serverFunctions: readonly string[]): {
  run: ScriptRunner;
  pending: PendingCall[];
  calls: PendingCall[];
} {
  const pending: PendingCall[] = [];
  const calls: PendingCall[] = [];

  function runner(onSuccess?: (value: unknown) => void, onFailure?: (error: unknown) => void): ScriptRunner {
    const base: Record<string, unknown> = {
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, onFailure),
      withFailureHandler: (handler: (error: unknown) => void) => runner(onSuccess, handler),
    };
    for (const name of serverFunctions) {
      base[name] = (...args: unknown[]) => {
        const call: PendingCall = {
          name,
          args: structuredClone(args),
          succeed: (value) => {
            pending.splice(pending.indexOf(call), 1);
            onSuccess?.(structuredClone(value));
          },
          fail: (error) => {
            pending.splice(pending.indexOf(call), 1);
            onFailure?.(error);
          },
        };
        pending.push(call);
        calls.push(call);
      };
    }
    return base as unknown as ScriptRunner;
  }

  return { run: runner(), pending, calls };
}

/** Lets queued promise callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
