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
    context.eval = globalEvalIn(context);
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

/** Texts evaluated with a global eval, compiled: the same text in any execution of any session is compiled once. */
const evaluatedScripts = new Map<string, vm.Script>();

/**
 * The scope's `eval`, for Code.js's one use of it (src/server/load-server-half.ts, an indirect eval
 * of the server half it unpacks): the text runs as a global script in the execution's scope and its
 * completion value is returned, as an indirect eval's is, but it is compiled once rather than in
 * every execution. V8 keeps an eval's compiled code per context, and every execution is a new
 * context, so each server call compiled the 270 kB server half and then each function it ran again.
 * One difference, which the server half does not meet: a script's top-level declarations become
 * globals, where a strict eval keeps them to itself; the server half declares none (it is one
 * expression, scripts/server-half.ts). Anything but a string is returned as it is, as eval does;
 * a direct `eval(…)` is no longer one (Code.js has none: tests/bundle/code-js.test.ts).
 */
function globalEvalIn(context: vm.Context): (text: unknown) => unknown {
  return (text) => {
    if (typeof text !== 'string') return text;
    let compiled = evaluatedScripts.get(text);
    if (!compiled) {
      compiled = new vm.Script(text, { filename: 'eval' });
      evaluatedScripts.set(text, compiled);
    }
    return compiled.runInContext(context);
  };
}
