/**
 * An esbuild plugin for the pushed bundle: each `defineMessages({…})` in
 * src becomes `unpackMessages("…")`, the same table packed into one string
 * (src/core/i18n/message-packing.ts says why and how). Only literal tables
 * are packed; anything else in a table fails the build, so no message is
 * ever lost or changed on the way.
 */
import * as acorn from 'acorn';
import type { Node as AcornNode } from 'acorn';
import { transform, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MessageTable } from '../src/core/i18n/catalog';
import { packMessages, unpackMessages } from '../src/core/i18n/message-packing';

type Node = AcornNode & Record<string, unknown>;

/** The value of a literal in a table: a string, a template with no placeholders, or strings joined by `+`. */
function literalValue(node: Node, where: string): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if ((node.expressions as Node[]).length === 0)
        return ((node.quasis as Node[])[0]?.value as { cooked: string } | undefined)?.cooked;
      break;
    case 'BinaryExpression': {
      const left = literalValue(node.left as Node, where);
      const right = literalValue(node.right as Node, where);
      if (node.operator === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
      break;
    }
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of node.properties as Node[]) {
        const key = property.key as Node;
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') break;
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value);
        object[name] = literalValue(property.value as Node, where);
      }
      if (Object.keys(object).length === (node.properties as Node[]).length) return object;
      break;
    }
  }
  throw new Error(`${where}: a message table holds something other than literal text (${node.type})`);
}

function asMessageTable(value: unknown, where: string): MessageTable<string> {
  const table = value as MessageTable<string>;
  const languages = Object.keys(table as object)
    .sort()
    .join(',');
  const strings = (record: unknown) =>
    typeof record === 'object' && record !== null && Object.values(record).every((text) => typeof text === 'string');
  if (languages !== 'en,ru' || !strings(table.en) || !strings(table.ru))
    throw new Error(`${where}: a message table is not { en, ru } of strings`);
  const keys = (record: Record<string, string>) => Object.keys(record).sort().join(',');
  if (keys(table.en) !== keys(table.ru))
    throw new Error(`${where}: the English and Russian tables have different keys`);
  return table;
}

function* calls(node: unknown): Generator<Node> {
  if (!node || typeof node !== 'object') return;
  const candidate = node as Node;
  if (
    candidate.type === 'CallExpression' &&
    (candidate.callee as Node).type === 'Identifier' &&
    (candidate.callee as Node).name === 'defineMessages'
  )
    yield candidate;
  for (const value of Object.values(candidate)) {
    if (Array.isArray(value)) for (const child of value) yield* calls(child);
    else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') yield* calls(value);
  }
}

/** `source` (JavaScript) with each message table packed; `null` when it defines none. */
export function packMessageTables(source: string, where: string, packingModule: string): string | null {
  const program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const found = [...calls(program)];
  if (found.length === 0) return null;
  let result = '';
  let copied = 0;
  for (const call of found.sort((a, b) => a.start - b.start)) {
    const [argument, ...rest] = call.arguments as Node[];
    if (!argument || rest.length > 0) throw new Error(`${where}: defineMessages takes one table`);
    const table = asMessageTable(literalValue(argument, where), where);
    const packed = packMessages(table);
    // Never ship a table that does not read back as written.
    if (!sameTable(unpackMessages(packed), table)) {
      throw new Error(`${where}: a packed message table does not read back as written`);
    }
    result += `${source.slice(copied, call.start)}__unpackMessages(${JSON.stringify(packed)})`;
    copied = call.end;
  }
  result += source.slice(copied);
  return `import { unpackMessages as __unpackMessages } from ${JSON.stringify(packingModule)};\n${result}`;
}

function sameTable(a: MessageTable<string>, b: MessageTable<string>): boolean {
  const sameRecord = (x: Record<string, string>, y: Record<string, string>) =>
    Object.keys(x).length === Object.keys(y).length &&
    Object.keys(x).every((key) => Object.hasOwn(y, key) && x[key] === y[key]);
  return sameRecord(a.en, b.en) && sameRecord(a.ru, b.ru);
}

export function packMessagesPlugin(root: string): Plugin {
  const packingModule = join(root, 'src/core/i18n/message-packing.ts');
  return {
    name: 'pack-messages',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const typescript = await readFile(args.path, 'utf8');
        if (!typescript.includes('defineMessages(')) return undefined;
        const { code } = await transform(typescript, {
          loader: 'ts',
          format: 'esm',
          target: 'es2022',
          sourcefile: args.path,
        });
        const packed = packMessageTables(code, args.path, packingModule);
        return packed === null ? undefined : { contents: packed, loader: 'js' };
      });
    },
  };
}
