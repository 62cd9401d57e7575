import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, type ImportFigure } from '../../../src/core/import';
import {
  dealExportArbitrary,
  expenseExportArbitrary,
  renderDealExport,
  renderExpenseExport,
  type Deal,
} from './random-export';

const QUALIFIED = ['Квалификация', 'Переговоры'];
/** The default mapping, restated by hand: utm_source alone decides these (no utm_medium in the files). */
const CHANNEL: Record<string, string | null> = { yandex: null, vk: 'smm', telegram: 'telegram', partner: null };

const month = ([year, monthNumber]: [number, number, number]) => `${year}-${String(monthNumber).padStart(2, '0')}`;

/** The plain recount: one pass, no parsing, straight from the facts the file was written from. */
function recount(deals: readonly Deal[]): { figures: ImportFigure[]; unmappedRows: number; unmappedRevenue: number } {
  const cells = new Map<string, { leads: number; qualified: number; customers: number; cents: number }>();
  let unmappedRows = 0;
  let unmappedCents = 0;
  const at = (key: string) => {
    const cell = cells.get(key) ?? { leads: 0, qualified: 0, customers: 0, cents: 0 };
    cells.set(key, cell);
    return cell;
  };
  for (const deal of deals) {
    const channel = CHANNEL[deal.utmSource] ?? null;
    const won = deal.stage === 'Успешно реализовано';
    if (channel === null) {
      unmappedRows++;
      if (won) unmappedCents += deal.cents;
      continue;
    }
    const lead = at(`${month(deal.created)} ${channel}`);
    lead.leads++;
    if (QUALIFIED.includes(deal.stage)) lead.qualified++;
    if (won) {
      const customer = at(`${month(deal.closed)} ${channel}`);
      customer.customers++;
      customer.cents += deal.cents;
    }
  }
  const figures = [...cells.entries()]
    .map(([key, cell]) => {
      const [cellMonth = '', channel = ''] = key.split(' ');
      return {
        month: cellMonth,
        channel,
        leads: cell.leads,
        qualified_leads: cell.qualified,
        customers: cell.customers,
        revenue: cell.cents / 100,
      };
    })
    .sort((a, b) => (a.month + a.channel < b.month + b.channel ? -1 : 1));
  return { figures, unmappedRows, unmappedRevenue: unmappedCents / 100 };
}

const run = (bytes: Uint8Array) =>
  importExport(bytes, 'amo.csv', DEFAULT_CHANNEL_MAPPING, { qualifiedStages: QUALIFIED });

describe('import core properties (random amoCRM exports)', () => {
  it('aggregates equal a plain recount, whatever the delimiter, encoding, number and date style, column order', () => {
    fc.assert(
      fc.property(dealExportArbitrary, (file) => {
        const result = run(renderDealExport(file));
        const expected = recount(file.deals);
        expect(result.format.id).toBe('amocrm_leads');
        expect(result.problems).toEqual([]);
        expect(result.figures).toEqual(expected.figures);
        expect(result.unmapped.rows).toBe(expected.unmappedRows);
        expect(result.unmapped.revenue).toBe(expected.unmappedRevenue);
        expect(result.rowsRead).toBe(file.deals.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a permutation of the rows changes nothing', () => {
    fc.assert(
      fc.property(dealExportArbitrary, fc.infiniteStream(fc.nat()), (file, randoms) => {
        const shuffled = [...file.deals]
          .map((deal) => [randoms.next().value as number, deal] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, deal]) => deal);
        const a = run(renderDealExport(file));
        const b = run(renderDealExport({ ...file, deals: shuffled }));
        expect(b.figures).toEqual(a.figures);
        expect(b.unmapped).toEqual(a.unmapped);
      }),
      { numRuns: 150 },
    );
  });

  it('importing the same bytes twice gives the identical result', () => {
    fc.assert(
      fc.property(dealExportArbitrary, (file) => {
        const bytes = renderDealExport(file);
        expect(run(bytes)).toEqual(run(bytes.slice()));
      }),
      { numRuns: 100 },
    );
  });
});

/** The default mapping for Metrica rows, restated by hand (source, medium → channel). */
function expenseChannel(source: string, medium: string): string | null {
  if ((source === 'yandex' || source === 'google') && medium === 'cpc') return 'ppc';
  if (source === 'vk') return 'smm';
  if (source === 'telegram') return 'telegram';
  return null;
}

describe('import core properties (random Metrica expense files)', () => {
  it('spend per month and channel equals a plain recount', () => {
    fc.assert(
      fc.property(expenseExportArbitrary, (file) => {
        const result = importExport(renderExpenseExport(file), 'expenses.csv', DEFAULT_CHANNEL_MAPPING);
        const cents = new Map<string, number>();
        let unmappedCents = 0;
        for (const row of file.rows) {
          const channel = expenseChannel(row.utmSource, row.utmMedium);
          if (channel === null) unmappedCents += row.cents;
          else cents.set(`${month(row.day)} ${channel}`, (cents.get(`${month(row.day)} ${channel}`) ?? 0) + row.cents);
        }
        const expected = [...cents.entries()]
          .map(([key, value]) => ({ month: key.split(' ')[0], channel: key.split(' ')[1], spend: value / 100 }))
          .sort((a, b) => (`${a.month} ${a.channel}` < `${b.month} ${b.channel}` ? -1 : 1));
        expect(result.format.id).toBe('yandex_metrica_expenses');
        // Direct's own costs in a Metrica file double-count Direct: the file is read, and the rows are said.
        const directRows = file.rows.filter((row) => row.utmSource === 'yandex' && row.utmMedium === 'cpc').length;
        expect(result.problems).toEqual(
          directRows > 0 ? [{ key: 'metrica_holds_direct', params: { file: 'expenses.csv', rows: directRows } }] : [],
        );
        expect(result.figures).toEqual(expected);
        expect(result.unmapped.spend).toBe(unmappedCents / 100);
      }),
      { numRuns: 200 },
    );
  });
});
