/**
 * The pushed dist/Code.js running against the emulator: each call is one
 * Apps Script execution — a fresh global scope with the emulated services
 * and nothing else (no require, no process, no timers) — and the locks it
 * held are released when it ends, as Apps Script does. The executions run
 * as the preview runs them (packages/preview/pushed-code.ts): Code.js and
 * the server half it unpacks are compiled once and run afresh in every
 * execution's scope.
 */
import { createEmulator, type Emulator, type EmulatorOptions } from '../../packages/preview/addon-emulator';
import { loadPushedCode } from '../../packages/preview/pushed-code';
import { readCodeJs } from './load-bundle';

export interface BundleOnEmulator {
  emulator: Emulator;
  /** Runs a top-level function of Code.js as the sidebar's google.script.run would; throws the message of what it threw. */
  run(name: string, ...args: unknown[]): unknown;
}

export function bundleOnEmulator(options: EmulatorOptions = {}): BundleOnEmulator {
  const emulator = createEmulator(options);
  const code = loadPushedCode(readCodeJs(), (scope) => emulator.installGlobals(scope));
  return {
    emulator,
    run(name, ...args) {
      if (!code.declares(name)) throw new Error(`Code.js has no top-level function ${name}`);
      // Plain data crosses google.script.run: a JSON round trip stands in for its serialisation.
      const plainArgs = args.map((arg) => (arg === undefined ? arg : JSON.parse(JSON.stringify(arg))));
      try {
        const result = code.execute(name, plainArgs);
        return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
      } catch (error) {
        // Errors from inside the vm are not instanceof Error here; read the message structurally.
        throw new Error(String((error as { message?: unknown }).message ?? error));
      } finally {
        emulator.endExecution();
      }
    },
  };
}
