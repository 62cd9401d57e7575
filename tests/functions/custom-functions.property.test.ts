import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelVerdictFunction } from '../../src/functions/channel-verdict';
import { cplFunction } from '../../src/functions/cpl';
import { ENGLISH_CONTEXT } from '../../src/functions/function-context';
import { romiFunction } from '../../src/functions/romi';
import { MONEY_TOLERANCE } from '../../src/core/metrics';
import { anyCell, cleanColumn, cleanCount, plainSum, sheetsArg } from './sheets-inputs.arbitrary';

const VERDICT_CELLS = new Set(['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST', '']);

/** Either the call's result passes `check`, or it threw an Error that starts with the function's name. */
function resultOrNamedError(name: string, call: () => unknown, check: (result: unknown) => boolean): boolean {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error instanceof Error && error.message.startsWith(`${name}: `) && error.message.length > name.length + 10;
  }
  return check(result);
}

const finiteNumber = (result: unknown) => typeof result === 'number' && Number.isFinite(result);
const verdictColumn = (result: unknown) =>
  (typeof result === 'string' && VERDICT_CELLS.has(result)) ||
  (Array.isArray(result) && result.every((row) => Array.isArray(row) && row.length === 1 && VERDICT_CELLS.has(row[0])));

describe('custom functions over arbitrary Sheets input', () => {
  it('CPL returns a finite number or a named error', () => {
    fc.assert(
      fc.property(
        sheetsArg(anyCell),
        sheetsArg(anyCell),
        fc.option(sheetsArg(anyCell), { nil: undefined }),
        (cost, leads, extra) =>
          resultOrNamedError('CPL', () => cplFunction(ENGLISH_CONTEXT, cost, leads, extra), finiteNumber),
      ),
      { numRuns: 500 },
    );
  });

  it('ROMI returns a finite number or a named error', () => {
    fc.assert(
      fc.property(
        sheetsArg(anyCell),
        sheetsArg(anyCell),
        fc.option(sheetsArg(anyCell), { nil: undefined }),
        (revenue, cost, margin) =>
          resultOrNamedError('ROMI', () => romiFunction(ENGLISH_CONTEXT, revenue, cost, margin), finiteNumber),
      ),
      { numRuns: 500 },
    );
  });

  it('CHANNEL_VERDICT returns the documented verdict column or a named error', () => {
    const optional = fc.option(sheetsArg(anyCell), { nil: undefined });
    fc.assert(
      fc.property(
        sheetsArg(anyCell),
        sheetsArg(anyCell),
        optional,
        optional,
        optional,
        optional,
        (leads, cost, revenue, target, minLeads, targetRomi) =>
          resultOrNamedError(
            'CHANNEL_VERDICT',
            () => channelVerdictFunction(ENGLISH_CONTEXT, leads, cost, revenue, target, minLeads, targetRomi),
            verdictColumn,
          ),
      ),
      { numRuns: 500 },
    );
  });

  it('the verdict column has one cell per input row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }).chain((rows) => fc.tuple(cleanColumn(rows, cleanCount), cleanColumn(rows))),
        ([leads, cost]) => {
          // Text and not one number, beyond a header alone, is the wrong column: refused, naming it.
          const refused = [
            ['leads', leads],
            ['cost', cost],
          ].find(([, column]) => onlyText(column as typeof leads) && !headerAlone(column as typeof leads));
          if (refused) {
            expect(() => channelVerdictFunction(ENGLISH_CONTEXT, leads, cost)).toThrow(
              `CHANNEL_VERDICT: ${String(refused[0])} holds text`,
            );
            return;
          }
          const result = channelVerdictFunction(ENGLISH_CONTEXT, leads, cost);
          expect(result).toHaveLength(leads.length);
        },
      ),
    );
  });
});

/** A column whose one text is its first cell, above blanks: a header over a column not filled in yet. */
function headerAlone(column: readonly (readonly unknown[])[]): boolean {
  const texts = column.flatMap((row, index) => (typeof row[0] === 'string' && row[0].trim() !== '' ? [index] : []));
  return column.length > 1 && texts.length === 1 && texts[0] === 0;
}

/** A column with a label and not one number. */
function onlyText(column: readonly (readonly unknown[])[]): boolean {
  const cells = column.map((row) => row[0]);
  return (
    !cells.some((cell) => typeof cell === 'number') &&
    cells.some((cell) => typeof cell === 'string' && cell.trim() !== '')
  );
}

describe('aggregates equal a plain loop', () => {
  const pairedColumns = fc.integer({ min: 1, max: 40 }).chain((rows) => fc.tuple(cleanColumn(rows), cleanColumn(rows)));

  it('CPL', () => {
    const costAndLeads = fc
      .integer({ min: 1, max: 40 })
      .chain((rows) => fc.tuple(cleanColumn(rows), cleanColumn(rows, cleanCount)));
    fc.assert(
      fc.property(costAndLeads, ([cost, leads]) => {
        const totalLeads = plainSum(leads);
        const expected = plainSum(cost) / totalLeads;
        fc.pre(totalLeads > 0 && Number.isFinite(expected));
        // Labels and no number: named, never counted as 0.
        if (onlyText(cost)) expect(() => cplFunction(ENGLISH_CONTEXT, cost, leads)).toThrow(/^CPL: cost holds text/);
        else expect(cplFunction(ENGLISH_CONTEXT, cost, leads)).toBeCloseTo(expected, 6);
      }),
    );
  });

  it('ROMI', () => {
    fc.assert(
      fc.property(pairedColumns, fc.double({ min: 0.01, max: 1, noNaN: true }), ([revenue, cost], margin) => {
        const totalCost = plainSum(cost);
        const gain = plainSum(revenue) * margin - totalCost;
        // Money within a tenth of a cent of break-even is break-even (core/metrics MONEY_TOLERANCE): exactly 0.
        const expected = Math.abs(gain) <= MONEY_TOLERANCE ? 0 : gain / totalCost;
        // A subnormal total cost makes the true ROMI overflow; the function rightly refuses that case.
        fc.pre(totalCost > 0 && Number.isFinite(expected));
        if (onlyText(revenue))
          expect(() => romiFunction(ENGLISH_CONTEXT, revenue, cost, margin)).toThrow(/^ROMI: revenue holds text/);
        else expect(romiFunction(ENGLISH_CONTEXT, revenue, cost, margin)).toBeCloseTo(expected, 6);
      }),
    );
  });
});
