import { describe, expect, it } from 'vitest';
import { loadPushedCode } from '../../packages/preview/pushed-code';

const CODE = `
var counter = 0;
function count() { counter += 1; return counter; }
function whoIsActive() { return Session.getActiveUser(); }
var notAFunction = 1;
`;

describe('the pushed code in the preview', () => {
  it('runs each execution in a fresh global scope, as Apps Script does: globals do not carry over', () => {
    const code = loadPushedCode(CODE, (scope) =>
      Object.assign(scope, { Session: { getActiveUser: () => 'head@example.com' } }),
    );
    expect(code.execute('count', [])).toBe(1);
    expect(code.execute('count', [])).toBe(1);
    expect(code.execute('whoIsActive', [])).toBe('head@example.com');
  });

  it('knows which top-level functions Code.js declares', () => {
    const code = loadPushedCode(CODE, () => undefined);
    expect(['count', 'whoIsActive', 'notAFunction', 'missing'].map((name) => code.declares(name))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
