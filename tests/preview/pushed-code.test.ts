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

  it("runs a global eval's text in the execution's own scope, with its completion value, afresh each time", () => {
    // As Code.js unpacks its server half: an indirect eval of a strict script that is one expression.
    const loader = `
var unpacked = '"use strict";(() => { globalThis.runs = (globalThis.runs || 0) + 1; return { runs: globalThis.runs, user: Session.getActiveUser() }; })()';
function load() { return (0, eval)(unpacked); }
function notText() { return (0, eval)(42); }
`;
    const code = loadPushedCode(loader, (scope) =>
      Object.assign(scope, { Session: { getActiveUser: () => 'head@example.com' } }),
    );
    expect(code.execute('load', [])).toEqual({ runs: 1, user: 'head@example.com' });
    expect(code.execute('load', [])).toEqual({ runs: 1, user: 'head@example.com' });
    expect(code.execute('notText', [])).toBe(42);
  });
});
