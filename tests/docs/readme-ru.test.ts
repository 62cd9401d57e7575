/**
 * The Russian README: linked from the top of the English one, and every
 * custom function shown as a Russian user types it — with `;` between
 * arguments and never a `,` there (a parse error in a Russian spreadsheet).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const russian = readFileSync(join(root, 'README.ru.md'), 'utf8');

/** The formulas in the Russian README's code spans: `=NAME(…)`. */
function formulas(text: string): string[] {
  return [...text.matchAll(/`(=[A-Z_]+\([^`]*\))`/g)].map((match) => match[1] ?? '');
}

describe('README.ru.md', () => {
  it('is linked from the first lines of README.md', () => {
    expect(readme.split('\n').slice(0, 5).join('\n')).toContain('(README.ru.md)');
  });

  it('has the quick start, the functions and what a teammate without the add-on sees', () => {
    expect(russian).toMatch(/^## Быстрый старт$/m);
    expect(russian).toMatch(/^## Функции$/m);
    expect(russian).toMatch(/^## Что видит коллега без дополнения$/m);
  });

  it('shows every custom function with a `;` example, and none with a comma between arguments', () => {
    const examples = formulas(russian);
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(
        examples.some((formula) => formula.startsWith(`=${spec.name}(`) && formula.includes(';')),
        spec.name,
      ).toBe(true);
    }
    // The one comma example is the wrong way, and the text says so.
    const commas = examples.filter((formula) => /,\s*[A-Z]/.test(formula.replace(/"[^"]*"/g, '')));
    expect(commas).toEqual(['=CPL(C2:C13, F2:F13)']);
    expect(russian).toContain('ошибку анализа');
  });
});
