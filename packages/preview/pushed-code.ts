/**
 * The pushed dist/Code.js, run the way Apps Script runs it: every execution
 * (a trigger, a menu item, a `google.script.run` call) starts from a fresh
 * global scope whose only globals are the Apps Script services — here the
 * emulator's — so nothing a previous execution left in a global survives,
 * exactly as on Google's servers. The preview calls its top-level functions
 * by name, so it exercises the very code `clasp push` uploads.
 */
import vm from 'node:vm';

export interface PushedCode {
  /** Runs one execution: a fresh scope, Code.js, then the top-level function `name`. */
  execute(name: string, args: readonly unknown[]): unknown;
  /** Whether Code.js declares a top-level function of this name. */
  declares(name: string): boolean;
}

/**
 * @param source the text of dist/Code.js
 * @param installServices puts the Apps Script services into a fresh global scope
 */
export function loadPushedCode(source: string, installServices: (scope: object) => void): PushedCode {
  // Compiled once; each execution only runs it in a new context.
  const script = new vm.Script(source, { filename: 'Code.js' });

  function freshScope(): vm.Context {
    const context = vm.createContext({});
    installServices(context);
    script.runInContext(context);
    return context;
  }

  const probe = freshScope();
  const declared = new Set(Object.keys(probe).filter((name) => typeof probe[name] === 'function'));

  return {
    execute(name, args) {
      const scope = freshScope();
      const fn: unknown = scope[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return (fn as (...values: unknown[]) => unknown)(...args);
    },
    declares(name) {
      return declared.has(name);
    },
  };
}
