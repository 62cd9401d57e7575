/**
 * The report's share of CRM deals without a source or UTM: every CRM
 * source of the month added up from the ledger, flagged beyond 10 %,
 * "unknown" (never 0) when a CRM export of the month was imported before
 * the add-on counted, worded in both languages with Russian plurals; and
 * a property: random rows through the import and the ledger give the
 * share a plain recount gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport } from '../../../src/core/import';
import { replacedDealSources, type DealSourceLedger } from '../../../src/core/kpi-import/deal-source-ledger';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import type { ImportContributions } from '../../../src/core/report/reconciliation';
import { buildReportSheetModel } from '../../../src/core/report/report-sheet-model';
import { dataQualityText } from '../../../src/core/report/report-text';
import { untaggedBeyondTolerance, untaggedDealsShare } from '../../../src/core/report/untagged-deals-share';
import { GENERATED_AT, kpiRows, reportSettings } from './report-fixtures';

const contributions: ImportContributions = {
  amocrm_leads: { '2026-03': { ppc: { leads: 300, customers: 4 } } },
  bitrix24_deals: { '2026-03': { seo: { leads: 35 } } },
  yandex_direct_wizard: { '2026-03': { ppc: { spend: 1000 } } },
};
const counts: DealSourceLedger = {
  amocrm_leads: { '2026-03': { deals: 340, untagged: 40 } },
  bitrix24_deals: { '2026-03': { deals: 40, untagged: 5 } },
};

function reportTexts(dealSources: DealSourceLedger | undefined, lang: 'en' | 'ru') {
  const report = buildMonthlyReport({
    records: readKpiRecords(kpiRows([{ month: '2026-03', channel: 'PPC', leads: 300, spend: 1000 }])),
    month: '2026-03',
    settings: reportSettings({ sheetLang: lang }),
    team: [],
    generatedAt: GENERATED_AT,
    imports: { contributions, channelNames: { ppc: 'PPC', seo: 'SEO' }, dealSources },
  });
  return buildReportSheetModel(report)
    .grid.values.flat()
    .filter((value): value is string => typeof value === 'string');
}

describe('the share of CRM deals without a source or UTM', () => {
  it('adds up every CRM source of the month; a cabinet is no CRM source', () => {
    expect(untaggedDealsShare(contributions, counts, '2026-03')).toEqual({
      kind: 'counted',
      month: '2026-03',
      deals: 380,
      untagged: 45,
      flagged: true,
    });
  });

  it('is unknown, never 0, when a CRM source of the month has no count (imported before it was counted)', () => {
    expect(untaggedDealsShare(contributions, undefined, '2026-03')).toEqual({ kind: 'unknown', month: '2026-03' });
    const onlyAmo = { amocrm_leads: counts.amocrm_leads ?? {} };
    expect(untaggedDealsShare(contributions, onlyAmo, '2026-03')?.kind).toBe('unknown');
  });

  it('a month without CRM imports, or without deals created in it, says nothing', () => {
    expect(untaggedDealsShare(contributions, counts, '2026-04')).toBeNull();
    expect(untaggedDealsShare({ x: { '2026-03': { ppc: { spend: 5 } } } }, undefined, '2026-03')).toBeNull();
    expect(untaggedDealsShare({}, { s: { '2026-03': { deals: 0, untagged: 0 } } }, '2026-03')).toBeNull();
  });

  it('counts a CRM file whose deals all went unmapped (no contribution left) by its count alone', () => {
    expect(untaggedDealsShare({}, { s: { '2026-03': { deals: 20, untagged: 20 } } }, '2026-03')).toMatchObject({
      kind: 'counted',
      deals: 20,
      untagged: 20,
      flagged: true,
    });
  });

  it('flags beyond 10 %: 10 of 100 is within, 11 of 100 and 1 of 9 are beyond', () => {
    expect(untaggedBeyondTolerance(10, 100)).toBe(false);
    expect(untaggedBeyondTolerance(11, 100)).toBe(true);
    expect(untaggedBeyondTolerance(1, 10)).toBe(false);
    expect(untaggedBeyondTolerance(1, 9)).toBe(true);
    expect(untaggedBeyondTolerance(0, 1)).toBe(false);
  });

  it('says the share, the counts and the tolerance, in both languages with Russian plurals', () => {
    const note = (deals: number, untagged: number, lang: 'en' | 'ru') =>
      dataQualityText(
        {
          kind: 'untagged_deals',
          month: '2026-03',
          deals,
          untagged,
          flagged: untaggedBeyondTolerance(untagged, deals),
        },
        lang,
      );
    expect(note(380, 45, 'ru')).toBe(
      '11,8\u00a0% сделок CRM за март 2026 без источника и UTM (45 из 380 сделок) — больше допустимых 10\u00a0%. Такие сделки не попадают ни в один канал, поэтому их лиды и выручка не входят в CPL и ROMI каналов. Заполните в CRM источник или utm_source и импортируйте выгрузку снова.',
    );
    expect(note(21, 2, 'ru')).toBe(
      '9,5\u00a0% сделок CRM за март 2026 без источника и UTM (2 из 21 сделки) — в пределах допустимых 10\u00a0%.',
    );
    expect(note(1, 0, 'ru')).toContain('(0 из 1 сделки)');
    expect(note(1_000, 300, 'ru')).toContain('(300 из 1\u00a0000 сделок)');
    expect(note(380, 45, 'en')).toBe(
      "11.8\u00a0% of the CRM deals created in March 2026 have no source and no UTM (45 of 380 deals), more than the 10\u00a0% allowed: they reach no channel, so their leads and revenue are missing from the channels' CPL and ROMI. Fill in the source or utm_source in the CRM and import the export again.",
    );
    expect(note(1, 0, 'en')).toContain('(0 of 1 deal)');
  });

  it('the report states it in its data-quality section and says how it is counted (en, ru)', () => {
    const en = reportTexts(counts, 'en');
    expect(en.some((text) => text.startsWith('11.8\u00a0% of the CRM deals created in March 2026'))).toBe(true);
    expect(
      en.some((text) => text.startsWith('Deals without a source: a CRM deal whose Source field and utm_source')),
    ).toBe(true);
    const ru = reportTexts(counts, 'ru');
    expect(ru.some((text) => text.startsWith('11,8\u00a0% сделок CRM за март 2026'))).toBe(true);
    expect(ru.some((text) => text.startsWith('Сделки без источника — сделки CRM'))).toBe(true);
    const unknown = reportTexts(undefined, 'ru');
    expect(unknown).toContain(
      'Сколько сделок CRM за март 2026 без источника и UTM, неизвестно: выгрузку CRM импортировали до того, как дополнение стало их считать. Импортируйте её снова, чтобы посчитать.',
    );
    expect(unknown.some((text) => /^\d.*сделок CRM за/.test(text))).toBe(false);
  });

  it('equals a plain recount over random rows split into files of random CRM sources', () => {
    const blankOrNot = fc.constantFrom('', ' ', 'yandex', 'Выставка');
    const row = fc.record({
      file: fc.integer({ min: 0, max: 2 }),
      month: fc.constantFrom(2, 3),
      source: blankOrNot,
      utm: blankOrNot,
    });
    const sources = ['amocrm_leads', 'bitrix_mapped', 'second_amo'];
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 50 }), (rows) => {
        let ledger: DealSourceLedger = {};
        for (const [index, source] of sources.entries()) {
          const lines = rows
            .filter((each) => each.file === index)
            .map((each) => `"10.0${each.month}.2026";"Первичный контакт";"0";"";"${each.source}";"${each.utm}"`);
          if (lines.length === 0) continue;
          const text = `Дата создания сделки;Этап сделки;Бюджет;Дата закрытия;Источник;utm_source\n${lines.join('\n')}\n`;
          const result = importExport(new TextEncoder().encode(text), 'amo.csv', DEFAULT_CHANNEL_MAPPING, {
            year: 2026,
          });
          const period = result.period ?? { from: '2026-03', to: '2026-03' };
          ledger = replacedDealSources(ledger, [
            {
              source,
              months: [period.from, period.to],
              figures: [],
              dealSources: result.dealSources,
            },
          ]);
        }
        const march = rows.filter((each) => each.month === 3);
        const untagged = march.filter((each) => each.source.trim() === '' && each.utm.trim() === '').length;
        const share = untaggedDealsShare({}, ledger, '2026-03');
        if (march.length === 0) expect(share).toBeNull();
        else
          expect(share).toEqual({
            kind: 'counted',
            month: '2026-03',
            deals: march.length,
            untagged,
            flagged: untagged / march.length > 0.1,
          });
      }),
      { numRuns: 60 },
    );
  });
});
