/**
 * The packed message tables of the pushed bundle read back exactly as
 * written: every real table, and any text (fast-check); a table that is not
 * literal text stops the build rather than ship changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MessageTable } from '../../src/core/i18n/catalog';
import { expandPacked, packMessages, packText, unpackMessages } from '../../src/core/i18n/message-packing';
import { packMessageTables } from '../../scripts/pack-messages';

const I18N = join(import.meta.dirname, '../../src/core/i18n');
const PACKING_MODULE = '/packing.ts';

function isTable(value: unknown): value is MessageTable<string> {
  if (typeof value !== 'object' || value === null) return false;
  const { en, ru } = value as Record<string, unknown>;
  // Noun forms ({ en: [one, few, many], … }) are arrays, not tables.
  return typeof en === 'object' && en !== null && !Array.isArray(en) && typeof ru === 'object' && ru !== null;
}

/** A file's tables as the build packs them, and as the module exports them (read through its getters). */
async function tablesOf(file: string): Promise<{ packed: string[]; exported: MessageTable<string>[] }> {
  const path = join(I18N, file);
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
  const rewritten = packMessageTables(code, file, PACKING_MODULE) ?? '';
  const packed = [...rewritten.matchAll(/__unpackMessages\(("(?:[^"\\]|\\.)*")\)/g)].map(
    (match) => JSON.parse(match[1] ?? '""') as string,
  );
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const exported = Object.values(module)
    .filter(isTable)
    .map((table) => ({ en: { ...table.en }, ru: { ...table.ru } }));
  return { packed, exported };
}

const FILES = readdirSync(I18N).filter(
  (file) => file.endsWith('.ts') && /=\s*\(\)\s*=>\s*defineMessages\(/.test(readFileSync(join(I18N, file), 'utf8')),
);
const firstKey = (table: MessageTable<string>) => Object.keys(table.en).sort()[0] ?? '';
const byFirstKey = (a: MessageTable<string>, b: MessageTable<string>) => firstKey(a).localeCompare(firstKey(b));

describe('packed message tables', () => {
  it('finds the tables', () => {
    expect(FILES.length).toBeGreaterThan(15);
  });

  it.each(FILES)('%s reads back as written', async (file) => {
    const { packed, exported } = await tablesOf(file);
    expect(packed.length).toBeGreaterThan(0);
    expect(packed.map((text) => unpackMessages(text)).sort(byFirstKey)).toEqual(exported.sort(byFirstKey));
  });

  it('makes the tables much smaller, in UTF-8 as the bundle stores them', async () => {
    let written = 0;
    let packedBytes = 0;
    for (const file of FILES) {
      const { packed, exported } = await tablesOf(file);
      written += exported.reduce((sum, table) => sum + Buffer.byteLength(JSON.stringify(table)), 0);
      packedBytes += packed.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    }
    expect(packedBytes).toBeLessThan(written * 0.6);
  });

  it('reads back any table of any text', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab {}:|ая€^~§¶0'), maxLength: 60 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'kx_'), maxLength: 6 }), { maxLength: 8 }),
        fc.array(text, { minLength: 16, maxLength: 16 }),
        (keys, texts) => {
          const table: MessageTable<string> = {
            en: Object.fromEntries(keys.map((key, index) => [key, texts[index] ?? ''])),
            ru: Object.fromEntries(keys.map((key, index) => [key, texts[8 + index] ?? ''])),
          };
          expect(unpackMessages(packMessages(table))).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copies a repeat that overlaps itself, and one as far back as a reference reaches', () => {
    const runs = 'абв'.repeat(50);
    expect(expandPacked(packText(runs, '|'))).toBe(runs);
    expect(packText(runs, '|').length).toBeLessThan(runs.length / 4);
    const far = `${'начало таблицы'}${'x'.repeat(8_090)}${'начало таблицы'}`;
    expect(expandPacked(packText(far, '|'))).toBe(far);
  });

  it('stops the build when a table holds anything but literal text', () => {
    const source = (value: string) => `const t = () => defineMessages({ en: { a: ${value} }, ru: { a: 'б' } });`;
    expect(packMessageTables(source("'a' + 'b'"), 'ok.ts', PACKING_MODULE)).toContain('__unpackMessages(');
    expect(() => packMessageTables(source('name'), 'bad.ts', PACKING_MODULE)).toThrow(
      /bad\.ts: a message table holds something other than literal text/,
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template with a placeholder, on purpose.
    expect(() => packMessageTables(source('`a${1}`'), 'bad.ts', PACKING_MODULE)).toThrow(/literal text/);
    expect(() =>
      packMessageTables(
        "const t = () => defineMessages({ en: { a: 'a' }, ru: { b: 'б' } });",
        'keys.ts',
        PACKING_MODULE,
      ),
    ).toThrow(/different keys/);
    expect(packMessageTables('const plain = 1;', 'none.ts', PACKING_MODULE)).toBeNull();
  });
});
