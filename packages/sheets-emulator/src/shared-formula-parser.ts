/**
 * One formula lexer and parser for every engine of the same configuration.
 *
 * Each `HyperFormula.buildEmpty` builds a chevrotain lexer and parser and
 * has chevrotain analyse the grammar (record it, validate it, compute every
 * lookahead): about 10 ms of an engine's 12, for a grammar that is the same
 * in every engine of one configuration. The test suite builds about 480
 * engines. Neither object keeps anything of its engine between two parses
 * but the function that resolves a sheet name to the engine's sheet id, so
 * the first engine's pair is analysed once and lent to the later ones, with
 * the borrowing engine's resolver set before each parse; each engine keeps
 * its own parse cache, function registry and sheets.
 *
 * HyperFormula offers no option for this: this module reaches into its
 * parser (`_parser`: `lexerConfig`, `lexer`, `formulaParser`) and skips the
 * two analyses while an engine is built (`performSelfAnalysis` of the
 * parser's class, chevrotain's "Lexer Constructor" step). It checks that
 * shape on the first engine and on each later one, and an engine of any
 * other shape keeps what it built (tests/emulator/shared-formula-parser.test.ts).
 */
import type { HyperFormula } from 'hyperformula';

/** The parts of HyperFormula's `ParserWithCaching` this module replaces. */
interface EngineParser {
  lexerConfig: LexerConfig;
  lexer: { lexer: object; tokenizeFormula(text: string): unknown };
  formulaParser: FormulaParser;
  resolveSheetReference: SheetResolver;
}

type SheetResolver = (sheetName: string) => number;

/** Its lexer configuration: token types (made anew per engine), and what depends on the engine's configuration. */
interface LexerConfig {
  allTokens: readonly { name: string; PATTERN?: unknown }[];
  [field: string]: unknown;
}

interface FormulaParser {
  resolveSheetReference: SheetResolver;
  parseFromTokens(tokens: unknown, formulaAddress: unknown): unknown;
}

type Constructor<T> = new (...args: never[]) => T;

/** A prototype method this module wraps while an engine is built. */
type Method = (this: unknown, ...args: unknown[]) => unknown;

/** The classes read off the first engine, and the analysed pair for each configuration. */
interface Sharing {
  FormulaLexer: new (lexerConfig: LexerConfig) => EngineParser['lexer'];
  FormulaParser: new (lexerConfig: LexerConfig, resolve: SheetResolver) => FormulaParser;
  byConfiguration: Map<string, { lexerConfig: LexerConfig; lexer: EngineParser['lexer']; parser: FormulaParser }>;
}

let sharing: Sharing | undefined;
let unavailable = false;
/** True while an engine that will borrow a pair is being built: the analyses are skipped. */
let building = false;

function parserOf(engine: HyperFormula): EngineParser | undefined {
  const parser: unknown = (engine as unknown as { _parser?: unknown })._parser;
  if (typeof parser !== 'object' || parser === null) return undefined;
  const { lexerConfig, lexer, formulaParser, resolveSheetReference } = parser as Partial<EngineParser>;
  const shaped =
    typeof lexerConfig === 'object' &&
    lexerConfig !== null &&
    Array.isArray(lexerConfig.allTokens) &&
    typeof lexer?.tokenizeFormula === 'function' &&
    typeof lexer.lexer === 'object' &&
    typeof formulaParser?.parseFromTokens === 'function' &&
    typeof resolveSheetReference === 'function';
  return shaped ? (parser as EngineParser) : undefined;
}

/** What the lexer and parser read of their configuration, as text: token patterns, names of functions and errors, separators, limits. */
function configurationKey(lexerConfig: LexerConfig): string {
  return JSON.stringify(lexerConfig, (_key, value: unknown) => {
    if (value instanceof RegExp) return `/${value.source}/${value.flags}`;
    if (typeof value === 'object' && value !== null && 'tokenTypeIdx' in value) {
      const token = value as { name?: unknown; PATTERN?: unknown; LONGER_ALT?: { name?: unknown } };
      return { token: token.name, pattern: String(token.PATTERN), longer: token.LONGER_ALT?.name };
    }
    return value;
  });
}

/** Wraps `name` on `prototype` so that it does nothing while a borrowing engine is built and `skip` holds. */
function skipWhileBuilding(prototype: object, name: string, skip: (args: unknown[]) => boolean): boolean {
  const original: unknown = Reflect.get(prototype, name);
  if (typeof original !== 'function') return false;
  const method = original as Method;
  Reflect.set(prototype, name, function (this: unknown, ...args: unknown[]) {
    if (building && skip(args)) return undefined;
    return method.apply(this, args);
  });
  return true;
}

/** Reads the classes off the first engine and wraps the two analyses; undefined if the engine is not of the known shape. */
function startSharing(first: EngineParser): Sharing | undefined {
  const FormulaLexer = first.lexer.constructor as Sharing['FormulaLexer'];
  const FormulaParserClass = first.formulaParser.constructor as Sharing['FormulaParser'] & Constructor<FormulaParser>;
  const chevrotainLexer = Object.getPrototypeOf(first.lexer.lexer) as object;
  if (!('performSelfAnalysis' in FormulaParserClass.prototype) || !('TRACE_INIT' in chevrotainLexer)) return undefined;
  // Own wrappers on these prototypes, so that only HyperFormula's parser and chevrotain's lexer are touched.
  if (!skipWhileBuilding(FormulaParserClass.prototype, 'performSelfAnalysis', () => true)) return undefined;
  if (!skipWhileBuilding(chevrotainLexer, 'TRACE_INIT', ([phase]) => phase === 'Lexer Constructor')) return undefined;
  return { FormulaLexer, FormulaParser: FormulaParserClass, byConfiguration: new Map() };
}

/** The engine's parser takes the shared pair of its configuration (made and analysed now if it is the first). */
function lend(state: Sharing, parser: EngineParser): void {
  const key = configurationKey(parser.lexerConfig);
  let pair = state.byConfiguration.get(key);
  if (!pair) {
    const lexerConfig = parser.lexerConfig;
    pair = {
      lexerConfig,
      lexer: new state.FormulaLexer(lexerConfig),
      parser: new state.FormulaParser(lexerConfig, parser.resolveSheetReference),
    };
    state.byConfiguration.set(key, pair);
  }
  const shared = pair.parser;
  const resolve = parser.resolveSheetReference;
  parser.lexerConfig = pair.lexerConfig;
  parser.lexer = pair.lexer;
  parser.formulaParser = {
    resolveSheetReference: resolve,
    parseFromTokens(tokens, formulaAddress) {
      shared.resolveSheetReference = resolve;
      return shared.parseFromTokens(tokens, formulaAddress);
    },
  };
}

/** `build()` (a `HyperFormula.buildEmpty`), with the engine's formula lexer and parser shared with the engines of its configuration. */
export function withSharedFormulaParser(build: () => HyperFormula): HyperFormula {
  if (unavailable) return build();
  if (!sharing) {
    const first = build();
    const parser = parserOf(first);
    sharing = parser ? startSharing(parser) : undefined;
    if (!sharing || !parser) {
      unavailable = true;
      return first;
    }
    // The first engine's own pair, analysed as it was built, becomes its configuration's shared pair.
    sharing.byConfiguration.set(configurationKey(parser.lexerConfig), {
      lexerConfig: parser.lexerConfig,
      lexer: parser.lexer,
      parser: parser.formulaParser,
    });
    lend(sharing, parser);
    return first;
  }
  building = true;
  let engine: HyperFormula;
  try {
    engine = build();
  } finally {
    building = false;
  }
  const parser = parserOf(engine);
  if (!parser) throw new Error('HyperFormula built an engine without the parser the first one had');
  lend(sharing, parser);
  return engine;
}
