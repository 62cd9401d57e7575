/**
 * The pushed dist/Code.js running against the emulator: each call is one
 * Apps Script execution — a fresh global scope with the emulated services
 * and nothing else (no require, no process, no timers) — and the locks it
 * held are released when it ends, as Apps Script does.
 */
import vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../packages/preview/addon-emulator';
import { readCodeJs } from './load-bundle';

export interface BundleOnEmulator {
  emulator: Emulator;
  /** Runs a top-level function of Code.js as the sidebar's google.script.run would; throws the message of what it threw. */
  run(name: string, ...args: unknown[]): unknown;
}

export function bundleOnEmulator(options: EmulatorOptions = {}): BundleOnEmulator {
  const emulator = createEmulator(options);
  // Compiled once; each execution still runs it in a fresh global scope.
  const script = new vm.Script(readCodeJs(), { filename: 'Code.js' });
  return {
    emulator,
    run(name, ...args) {
      const context = vm.createContext({});
      const uninstall = emulator.installGlobals(context);
      try {
        script.runInContext(context);
        const fn = (context as Record<string, unknown>)[name];
        if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
        // Plain data crosses google.script.run: a JSON round trip stands in for its serialisation.
        const plainArgs = args.map((arg) => (arg === undefined ? arg : JSON.parse(JSON.stringify(arg))));
        try {
          const result = (fn as (...a: unknown[]) => unknown)(...plainArgs);
          return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
        } catch (error) {
          // Errors from inside the vm are not instanceof Error here; read the message structurally.
          throw new Error(String((error as { message?: unknown }).message ?? error));
        }
      } finally {
        emulator.endExecution();
        uninstall();
      }
    },
  };
}
