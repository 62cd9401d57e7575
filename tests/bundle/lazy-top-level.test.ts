/**
 * Every custom-function call is an Apps Script execution that loads the
 * whole of dist/Code.js and runs its top level before the function. So the
 * top level may only define things: functions, and small constant literals.
 * No call, no `new`, no getter read; message tables, schemas and registries
 * are built by the first call that needs them. Checked two ways on the built
 * bundle: its syntax (acorn), and what actually runs when it loads in a
 * fresh node:vm context (V8's precise coverage, through the inspector).
 * The same holds for the server half packed inside it (scripts/server-half.ts),
 * which every menu, trigger and sidebar call evaluates before it runs: its
 * top level, as esbuild and then swc wrote it, is checked the same two ways.
 */
import * as acorn from 'acorn';
import type { Node as AcornNode } from 'acorn';
import { Session } from 'node:inspector/promises';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { MessageTable } from '../../src/core/i18n/catalog';
import { unpackMessages } from '../../src/core/i18n/message-packing';
import { readCodeJs, readServerHalf } from './load-bundle';

/** Constant literals the top level may hold (column lists, default roles, colours…); one message table alone is more. */
const MAX_TOP_LEVEL_DATA_BYTES = 14_000;
/** The same for the server half (12 682 bytes now: the KPI layout, the default roles and matrix, the demo figures, the import formats). */
const MAX_SERVER_HALF_DATA_BYTES = 14_000;
/** Builtins whose properties the top level may read: reading them runs no code of ours. */
const BUILTINS = new Set(['Object', 'Number', 'Array', 'Math', 'String', 'JSON', 'Symbol']);

type Node = AcornNode & Record<string, unknown>;

const code = readCodeJs();
const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;
const serverHalf = readServerHalf(code);
const serverProgram = acorn.parse(serverHalf, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node;

/** A script whose top level is checked: its text and the statements of its bundle's IIFE. */
interface Bundle {
  code: string;
  body: Node[];
  /** Where the IIFE's function starts: it runs by definition. */
  iifeStart: number;
}

/** The body of `var AddonLib = (() => { … })();`. */
function bundleBody(): Bundle {
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'VariableDeclaration') continue;
    const init = (statement.declarations as Node[])[0]?.init as Node | undefined;
    const callee = init?.type === 'CallExpression' ? (init.callee as Node) : undefined;
    if (callee?.type === 'ArrowFunctionExpression')
      return { code, body: (callee.body as Node).body as Node[], iifeStart: callee.start };
  }
  throw new Error('Code.js has no bundle IIFE');
}

/** The body of the server half's `"use strict";((() => { … })());`. */
function serverHalfBody(): Bundle {
  for (const statement of serverProgram.body as Node[]) {
    const expression = statement.type === 'ExpressionStatement' ? (statement.expression as Node) : undefined;
    const callee = expression?.type === 'CallExpression' ? (expression.callee as Node) : undefined;
    if (callee?.type === 'ArrowFunctionExpression')
      return { code: serverHalf, body: (callee.body as Node).body as Node[], iifeStart: callee.start };
  }
  throw new Error('the server half has no bundle IIFE');
}

function source(bundle: Bundle, node: Node): string {
  return bundle.code.slice(node.start, node.end);
}

/** Whether evaluating `node` only makes a value: runs no function, constructor or getter. */
function inert(node: Node | null | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as Node[]).every((expression) => inert(expression));
    case 'UnaryExpression':
      return node.operator !== 'delete' && inert(node.argument as Node);
    case 'BinaryExpression':
      return inert(node.left as Node) && inert(node.right as Node);
    case 'ArrayExpression':
      return (node.elements as (Node | null)[]).every((element) => element?.type !== 'SpreadElement' && inert(element));
    case 'ObjectExpression':
      return (node.properties as Node[]).every(
        (property) =>
          property.type === 'Property' &&
          !property.computed &&
          (property.kind !== 'init' || inert(property.value as Node)),
      );
    case 'ClassExpression':
      return classIsInert(node);
    case 'MemberExpression': {
      if (node.computed) return false;
      // An array's length, or a builtin's property (Number.isFinite): reading either runs no code of ours.
      if ((node.property as Node).name === 'length' && (node.object as Node).type === 'Identifier') return true;
      let root = node.object as Node;
      while (root.type === 'MemberExpression' && !root.computed) root = root.object as Node;
      return root.type === 'Identifier' && BUILTINS.has(root.name as string);
    }
    default:
      return false;
  }
}

function classIsInert(node: Node): boolean {
  const superClass = node.superClass as Node | null;
  if (superClass && superClass.type !== 'Identifier') return false;
  const members = (node.body as Node).body as Node[];
  return members.every((member) => !member.computed && !member.static && member.type === 'MethodDefinition');
}

/** `{ en: {…}, ru: {…} }` with strings inside: a message table built at load (esbuild inlines `defineMessages`, so it shows as a literal). */
function isMessageTable(node: Node | null): boolean {
  if (node?.type !== 'ObjectExpression') return false;
  const properties = node.properties as Node[];
  const keyOf = (property: Node) => ((property.key as Node).name ?? (property.key as Node).value) as string;
  const languages = properties.filter(
    (property) => property.type === 'Property' && ['en', 'ru'].includes(keyOf(property)),
  );
  return (
    languages.length === 2 &&
    languages.every((language) => {
      const table = language.value as Node;
      return (
        table.type === 'ObjectExpression' &&
        (table.properties as Node[]).some((entry) => (entry.value as Node | undefined)?.type === 'Literal')
      );
    })
  );
}

interface TopLevel {
  /** Statements that do work, in source form (the bundler's export wiring excepted). */
  eager: string[];
  /** Bytes of the constant literals the top level builds. */
  dataBytes: number;
  /** Where the bundler's runtime helpers and export wiring are: the only functions of the script that may run as it loads. */
  wiring: { start: number; end: number }[];
}

function readTopLevel(bundle: Bundle): TopLevel {
  const { body } = bundle;
  const eager: string[] = [];
  const wiring: { start: number; end: number }[] = [];
  let dataBytes = 0;
  let preludeEnd = body[0]?.start ?? 0;
  let inPrelude = true;
  body.forEach((statement, index) => {
    const isLast = index === body.length - 1;
    if (statement.type === 'FunctionDeclaration') {
      inPrelude = false;
      return;
    }
    if (statement.type === 'ClassDeclaration') {
      inPrelude = false;
      if (!classIsInert(statement)) eager.push(source(bundle, statement));
      return;
    }
    if (statement.type === 'VariableDeclaration') {
      const declarators = statement.declarations as Node[];
      // esbuild's runtime comes first: aliases of Object's functions and the arrow functions built on them.
      const helper = declarators.every(
        (d) =>
          (d.init as Node | null)?.type === 'ArrowFunctionExpression' ||
          (d.init as Node | null)?.type === 'MemberExpression',
      );
      if (inPrelude && helper) {
        preludeEnd = statement.end;
        return;
      }
      inPrelude = false;
      for (const declarator of declarators) {
        const init = declarator.init as Node | null;
        if (!inert(init) || isMessageTable(init)) eager.push(source(bundle, declarator).slice(0, 200));
        else if (init && !['ArrowFunctionExpression', 'FunctionExpression', 'ClassExpression'].includes(init.type))
          dataBytes += init.end - init.start;
      }
      return;
    }
    inPrelude = false;
    // esbuild's export wiring: `__export(exports, { run: () => run })`, or swc's inlined form of it,
    // `for (var key in getters) defineProperty(exports, key, { get: getters[key] })`; then `return __toCommonJS(exports)`.
    if (statement.type === 'ExpressionStatement' && isExportWiring(statement.expression as Node)) return;
    if (statement.type === 'ForInStatement' && isInlinedExportWiring(statement)) return;
    if (isLast && statement.type === 'ReturnStatement' && isHelperCall(statement.argument as Node)) {
      wiring.push({ start: statement.start, end: statement.end });
      return;
    }
    eager.push(source(bundle, statement));
  });
  wiring.push({ start: body[0]?.start ?? 0, end: preludeEnd });
  return { eager, dataBytes, wiring };
}

/** `__toCommonJS(exports)`, or swc's inlined `((to, from) => { … })(defineProperty({}, '__esModule', …), exports)`. */
function isHelperCall(node: Node | null): boolean {
  if (node?.type !== 'CallExpression') return false;
  const callee = node.callee as Node;
  const args = node.arguments as Node[];
  if (callee.type === 'Identifier') return args.every((arg) => arg.type === 'Identifier');
  return (
    callee.type === 'ArrowFunctionExpression' &&
    args.every(
      (arg) =>
        arg.type === 'Identifier' ||
        (arg.type === 'CallExpression' &&
          (arg.callee as Node).type === 'Identifier' &&
          (arg.arguments as Node[]).every((inner) => inert(inner))),
    )
  );
}

function isExportWiring(node: Node): boolean {
  if (node.type !== 'CallExpression' || (node.callee as Node).type !== 'Identifier') return false;
  const [target, exports] = node.arguments as Node[];
  return (
    target?.type === 'Identifier' &&
    exports?.type === 'ObjectExpression' &&
    (exports.properties as Node[]).every((property) => (property.value as Node).type === 'ArrowFunctionExpression')
  );
}

/** `for (var key in getters) defineProperty(exports, key, { get: getters[key], enumerable: true })`. */
function isInlinedExportWiring(statement: Node): boolean {
  const body = statement.body as Node;
  const call = body.type === 'ExpressionStatement' ? (body.expression as Node) : undefined;
  if ((statement.right as Node).type !== 'Identifier' || call?.type !== 'CallExpression') return false;
  const [target, key, descriptor] = call.arguments as Node[];
  return (
    (call.callee as Node).type === 'Identifier' &&
    target?.type === 'Identifier' &&
    key?.type === 'Identifier' &&
    descriptor?.type === 'ObjectExpression'
  );
}

interface CalledFunction {
  start: number;
  /** The function's whole source. */
  text: string;
}

/**
 * Runs `steps` under V8's precise coverage; each `take()` returns the
 * functions of the script named `filename` that ran since the last one.
 */
async function withCoverage(
  steps: (take: (filename: string, script?: string) => Promise<CalledFunction[]>) => Promise<void>,
): Promise<void> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await steps(async (filename, text = code) => {
      // Taking the coverage also resets the counts.
      const { result } = await session.post('Profiler.takePreciseCoverage');
      const script = result.find((entry) => entry.url === filename);
      if (!script) throw new Error(`no coverage for ${filename}`);
      return script.functions.flatMap((fn) => {
        const range = fn.ranges[0];
        return range && range.count > 0
          ? [{ start: range.startOffset, text: text.slice(range.startOffset, range.endOffset) }]
          : [];
      });
    });
    await session.post('Profiler.stopPreciseCoverage');
  } finally {
    session.disconnect();
  }
}

let scriptNumber = 0;
/** Loads Code.js (or another script) into a fresh scope under a name of its own, so no earlier compilation of it is reused. */
function loadFresh(script = code): { context: vm.Context; filename: string } {
  const filename = `lazy-top-level-${process.pid}-${scriptNumber++}.js`;
  const context = vm.createContext({});
  vm.runInContext(script, context, { filename });
  return { context, filename };
}

/** The functions that ran as `bundle` loaded, but the script itself, its IIFE and the bundler's wiring. */
async function ranAtLoad(bundle: Bundle, topLevel: TopLevel): Promise<string[]> {
  let ours: string[] = [];
  await withCoverage(async (take) => {
    const { filename } = loadFresh(bundle.code);
    const ran = await take(filename, bundle.code);
    expect(ran.some((fn) => fn.start === bundle.iifeStart)).toBe(true);
    const isWiring = (start: number) => topLevel.wiring.some((range) => start >= range.start && start < range.end);
    ours = ran
      .filter((fn) => fn.start !== 0 && fn.start !== bundle.iifeStart && !isWiring(fn.start))
      .map((fn) => fn.text.slice(0, 80));
  });
  return ours;
}

/**
 * The table a function that ran builds, or `null` when it is not a message
 * table's builder. The build packs each table (scripts/pack-messages.ts), so
 * a builder reads `() => unpack("…")`: the packed text is read back here.
 */
function builtTable(fn: CalledFunction): MessageTable<string> | null {
  if (!fn.text.startsWith('()=>')) return null;
  const body = (acorn.parseExpressionAt(fn.text, 0, { ecmaVersion: 'latest' }) as unknown as Node).body as Node;
  const argument = body.type === 'CallExpression' ? (body.arguments as Node[])[0] : undefined;
  if (
    (body.arguments as Node[] | undefined)?.length !== 1 ||
    argument?.type !== 'Literal' ||
    typeof argument.value !== 'string'
  )
    return null;
  return unpackMessages(argument.value);
}

function isMessageTableBuilder(fn: CalledFunction): boolean {
  return builtTable(fn) !== null;
}

describe.each([
  { part: "the bundle's top level", body: bundleBody, maxDataBytes: MAX_TOP_LEVEL_DATA_BYTES },
  { part: "the server half's top level", body: serverHalfBody, maxDataBytes: MAX_SERVER_HALF_DATA_BYTES },
])('$part', ({ body, maxDataBytes }) => {
  const topLevel = readTopLevel(body());

  it("only defines: no call, no `new`, no getter read outside esbuild's export wiring", () => {
    expect(topLevel.eager).toEqual([]);
  });

  it(`holds at most ${maxDataBytes} bytes of constant literals: no message table, schema or registry is built at load`, () => {
    expect(topLevel.dataBytes).toBeGreaterThan(0);
    expect(topLevel.dataBytes).toBeLessThanOrEqual(maxDataBytes);
  });

  it("runs none of its functions when it loads, but esbuild's export wiring", async () => {
    expect(await ranAtLoad(body(), topLevel)).toEqual([]);
  });
});

describe('one =CPL in a fresh scope', () => {
  it("builds no message table when it succeeds, and only the custom functions' own when it refuses", async () => {
    await withCoverage(async (take) => {
      const fine = loadFresh();
      await take(fine.filename);
      expect((fine.context.CPL as (...args: unknown[]) => unknown)([[1200], [800]], [[3], [2]])).toBe(400);
      const ranForResult = await take(fine.filename);
      expect(ranForResult.length).toBeGreaterThan(0);
      expect(ranForResult.filter(isMessageTableBuilder)).toEqual([]);

      const refused = loadFresh();
      await take(refused.filename);
      expect(() => (refused.context.CPL as (...args: unknown[]) => unknown)([[-5]], [[3]])).toThrow(/CPL/);
      const ranForRefusal = await take(refused.filename);
      // The message names the argument in the sheet's language: the function messages and the argument names, nothing else.
      const built = ranForRefusal.filter(isMessageTableBuilder);
      expect(built).toHaveLength(2);
      const keys = built.map((fn) => Object.keys(builtTable(fn)?.en ?? {}));
      expect(
        keys.filter((tableKeys) => tableKeys.includes('extra_cost') || tableKeys.includes('negative_value')),
      ).toHaveLength(2);
    });
  });
});
