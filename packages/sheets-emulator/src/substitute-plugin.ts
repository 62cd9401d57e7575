/**
 * HyperFormula's SUBSTITUTE, with each search text's pattern made once.
 *
 * HyperFormula's SUBSTITUTE escapes its search text and compiles a new
 * global RegExp for every cell it substitutes in, then replaces with it. The
 * Roles tab's checks (src/core/raci/native-formulas.ts) nest about thirty
 * SUBSTITUTEs of one character over each line, in ARRAYFORMULA, and are most
 * of what a Roles build evaluates: with the patterns kept, an edit of the
 * matrix and the read after it take 15–28 % less CPU. This plugin keeps HyperFormula's own code for the
 * rest (argument reading, coercion, vectorisation, errors, the occurrence
 * form) and replaces the same way: the same escaped pattern, the same
 * `String.prototype.replace` with the replacement text as HyperFormula passes
 * it. A global RegExp starts each `replace` from the start of the text, so
 * one pattern serves every call. Listed after the built-in plugins, it takes
 * SUBSTITUTE over (tests/emulator/substitute-plugin.test.ts compares the two).
 */
import {
  HyperFormula,
  type FunctionPlugin,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';
import type { Ast, InterpreterState, InterpreterValue } from './engine-ast-types';

/** What this plugin uses of HyperFormula's text plugin (its methods are protected in the typings, public in the code). */
interface TextPluginMethods {
  substitute(ast: { args: Ast[] }, state: InterpreterState): InterpreterValue;
  escapeRegExpSpecialCharacters(text: string): string;
  runFunction(
    args: Ast[],
    state: InterpreterState,
    metadata: unknown,
    implementation: (text: string, search: string, replacement: string) => InterpreterValue,
  ): InterpreterValue;
  metadata(name: string): unknown;
}

/** The class, typed as TypeScript's mixin pattern wants a base class to be typed. */
type TextPluginClass = {
  implementedFunctions: ImplementedFunctions;
  // biome-ignore lint/suspicious/noExplicitAny: TypeScript only lets a class extend a constructor of `...args: any[]`.
  new (...args: any[]): FunctionPlugin & TextPluginMethods;
};

/** Search texts whose patterns are kept, at most (they are usually single characters written in formulas). */
const KEPT_PATTERNS = 1000;

/** HyperFormula's built-in plugin that implements SUBSTITUTE with a `substitute` method, if it still does. */
function builtInTextPlugin(): TextPluginClass | undefined {
  const plugin = HyperFormula.getAllFunctionPlugins().find(
    (candidate) =>
      candidate.implementedFunctions.SUBSTITUTE?.method === 'substitute' &&
      Object.hasOwn(candidate.prototype, 'substitute') &&
      Object.hasOwn(candidate.prototype, 'escapeRegExpSpecialCharacters'),
  );
  return plugin as TextPluginClass | undefined;
}

function substitutePlugin(Text: TextPluginClass): FunctionPluginDefinition {
  /** The global pattern of each search text, escaped as HyperFormula escapes it. */
  const patterns = new Map<string, RegExp>();

  const metadata = Text.implementedFunctions.SUBSTITUTE;
  if (!metadata) throw new Error('HyperFormula has no SUBSTITUTE');
  const implemented: ImplementedFunctions = { SUBSTITUTE: metadata };
  class KeptPatternSubstitute extends Text {
    static override implementedFunctions = implemented;

    override substitute(ast: { args: Ast[] }, state: InterpreterState): InterpreterValue {
      // With an occurrence, HyperFormula steps through matches with the pattern's lastIndex: its own code does that.
      if (ast.args.length !== 3) return super.substitute(ast, state);
      return this.runFunction(ast.args, state, this.metadata('SUBSTITUTE'), (text, search, replacement) => {
        let pattern = patterns.get(search);
        if (pattern === undefined) {
          pattern = new RegExp(this.escapeRegExpSpecialCharacters(search), 'g');
          if (patterns.size >= KEPT_PATTERNS) patterns.clear();
          patterns.set(search, pattern);
        }
        return text.replace(pattern, replacement);
      });
    }
  }
  return KeptPatternSubstitute;
}

let plugins: readonly FunctionPluginDefinition[] | undefined;

/** The plugins to list after the built-in ones: SUBSTITUTE's, or none if HyperFormula's text plugin is not of the known shape. */
export function fasterBuiltInPlugins(): readonly FunctionPluginDefinition[] {
  if (!plugins) {
    const Text = builtInTextPlugin();
    plugins = Text ? [substitutePlugin(Text)] : [];
  }
  return plugins;
}
