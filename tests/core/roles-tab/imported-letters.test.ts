import { describe, expect, it } from 'vitest';
import { withImportedLetters } from '../../../src/core/roles-tab/imported-letters';
import type { MatrixDocument } from '../../../src/shared/template-document';

describe("a template file's letters meeting the tab", () => {
  const rows = [{ directionId: 'strategy' as const, label: 'Strategy', name: 'Strategy' }];
  const columns = [
    { id: 'role:head' },
    { id: 'role:pr-manager' },
    { id: 'role:designer' },
    { id: 'role:internet-marketer' },
    { id: null },
  ];
  const file = {
    columns: ['role:head', 'role:pr-manager', 'role:designer', 'role:internet-marketer'],
    rows: [{ direction: 'strategy', name: 'Strategy', cells: ['A', 'R', '', 'c'] }],
  } as unknown as MatrixDocument;

  it("writes the file's letters where the tab holds other letters or none, and nothing else", () => {
    // Tab: other letters (head), a note of the person's (PR), letters the file would blank (designer), the same letters in lower case, a column the file has not.
    const tab = [['R', 'ask Ivan', 'I', 'c', 'mine']];
    expect(withImportedLetters(rows, columns, tab, file)).toEqual([['A', 'ask Ivan', '', 'c', 'mine']]);
  });

  it("leaves a formula of the person's as it is", () => {
    expect(withImportedLetters(rows, columns, [['=B5', '', '', '', '']], file)).toEqual([['=B5', 'R', '', 'C', '']]);
  });
});
