/**
 * Counts in the monthly report's data-quality notes (core/kpi/count-checks):
 * more qualified leads than leads in a row, and a count that is not whole,
 * are listed with the row; more customers than leads in a month is noted as
 * possible (sales cycles) and shown, not treated as an error. The sample
 * data the add-on offers keeps every one of these rules, so its report says
 * the figures are fine.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNELS } from '../../../src/core/kpi/default-channels';
import { isWholeCount } from '../../../src/core/kpi/count-checks';
import { monthsOfYear } from '../../../src/core/kpi/month';
import { sampleKpiData } from '../../../src/core/kpi/sample-data';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { dataQualityText } from '../../../src/core/report/report-text';
import type { Lang } from '../../../src/core/i18n/lang';
import { CURRENCIES } from '../../../src/shared/template-settings';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const LANGS: readonly Lang[] = ['en', 'ru'];
const channelsOf = (lang: Lang) =>
  DEFAULT_CHANNELS[lang].map((channel) => ({ ...channel, targetCpl: null, targetRomi: null }));

function sampleEntries(lang: Lang, year: number, currency: string): Entry[] {
  const channels = channelsOf(lang);
  const data = sampleKpiData(channels, year, currency);
  return monthsOfYear(year).flatMap((month) =>
    channels.map((channel) => ({ month, channel: channel.name, ...data.get(`${month}|${channel.id}`) })),
  );
}

function notesOf(entries: readonly Entry[], month: string, lang: Lang): string[] {
  const settings = reportSettings({
    sheetLang: lang,
    channels: [...new Set(entries.map((entry) => entry.channel))].map((name) => ({ name, targetCpl: null })),
  });
  const report = buildMonthlyReport({
    records: readKpiRecords(kpiRows(entries)),
    month,
    settings,
    team: [],
    generatedAt: GENERATED_AT,
  });
  return report.notes.map((note) => dataQualityText(note, lang));
}

describe('the sample data keeps the count rules', () => {
  it.each(
    LANGS.flatMap((lang) =>
      CURRENCIES.flatMap((currency) => [2024, 2026, 2031].map((year) => [lang, currency, year] as const)),
    ),
  )(
    '%s channels in %s, %i: whole counts, no qualified above leads, no customers above qualified',
    (lang, currency, year) => {
      const entries = sampleEntries(lang, year, currency);
      expect(entries).toHaveLength(12 * DEFAULT_CHANNELS[lang].length);
      for (const entry of entries) {
        const [leads, qualified, customers] = [entry.leads, entry.qualified_leads, entry.customers].map(Number);
        for (const count of [leads, qualified, customers])
          expect(isWholeCount(count ?? Number.NaN), `${entry.month} ${entry.channel}`).toBe(true);
        expect(qualified).toBeLessThanOrEqual(leads ?? 0);
        expect(customers).toBeLessThanOrEqual(qualified ?? 0);
      }
    },
  );

  it.each(LANGS)('its report (%s) lists no count problem in any month', (lang) => {
    const entries = sampleEntries(lang, 2026, 'RUB');
    for (const month of monthsOfYear(2026)) {
      const notes = notesOf(entries, month, lang);
      expect(
        notes.filter((note) => /qualified|квалифицир|customer|клиент|whole|целое/i.test(note)),
        month,
      ).toEqual([]);
    }
    // March, with the year's figures before it: nothing to say at all.
    expect(notesOf(entries, '2026-03', lang)).toEqual([]);
  });
});

describe('counts that cannot be right, in the data-quality notes', () => {
  const entries: Entry[] = [
    { month: '2026-02', channel: 'PPC', spend: 1000, leads: 20, qualified_leads: 10, customers: 2, revenue: 5000 },
    { month: '2026-02', channel: 'SEO', spend: 1000, leads: 20, qualified_leads: 10, customers: 2, revenue: 5000 },
    { month: '2026-02', channel: 'PR', spend: 1000, leads: 20, qualified_leads: 10, customers: 2, revenue: 5000 },
    // Row 5: 12 qualified of 10 leads. Row 6: 12.5 leads. Row 7: 7 customers from 5 leads (a long sales cycle). Rows start at 2, under the header.
    { month: '2026-03', channel: 'PPC', spend: 1000, leads: 10, qualified_leads: 12, customers: 1, revenue: 5000 },
    { month: '2026-03', channel: 'SEO', spend: 1000, leads: 12.5, qualified_leads: 2, customers: 1, revenue: 5000 },
    { month: '2026-03', channel: 'PR', spend: 1000, leads: 5, qualified_leads: 5, customers: 7, revenue: 5000 },
  ];

  it('in English', () => {
    expect(notesOf(entries, '2026-03', 'en')).toEqual([
      "PR, March 2026: 7 customers from 5 leads. That is possible when deals close from earlier months' leads (a long sales cycle); the figures are shown as entered.",
      'Row 5 (PPC, March 2026): 12 qualified leads but 10 leads; qualified leads are some of the leads, so one of the two cells is wrong. They are counted as entered.',
      'Row 6 (SEO, March 2026), Leads: 12.5 is not a count (a whole number: 0, 1, 2 …); it is counted as entered, correct it.',
    ]);
  });

  it('in Russian, with plurals from the plural helper', () => {
    expect(notesOf(entries, '2026-03', 'ru')).toEqual([
      'PR, март 2026: 7 клиентов при 5 лидах. Так бывает, когда в этом месяце закрылись сделки по лидам прошлых месяцев (долгий цикл продаж); показатели приведены как введены.',
      'Строка 5 (PPC, март 2026): 12 квалифицированных лидов при 10 лидах всего; квалифицированные лиды — часть всех лидов, значит, одна из двух ячеек неверна. Учтено как введено.',
      'Строка 6 (SEO, март 2026), Лиды: 12,5 — не количество (нужно целое число: 0, 1, 2 …); учтено как введено, исправьте.',
    ]);
    const one = [
      { month: '2026-03', channel: 'PPC', spend: 1, leads: 1, qualified_leads: 21, customers: 2, revenue: 1 },
    ];
    expect(notesOf(one, '2026-03', 'ru')).toEqual(
      expect.arrayContaining([
        'PPC, март 2026: 2 клиента при 1 лиде. Так бывает, когда в этом месяце закрылись сделки по лидам прошлых месяцев (долгий цикл продаж); показатели приведены как введены.',
        expect.stringContaining('21 квалифицированный лид при 1 лиде всего'),
      ]),
    );
  });

  it("customers above leads in another month than the report's is not noted; row problems are, for the months the report reads", () => {
    const earlier = entries.map((entry) => ({ ...entry, month: entry.month === '2026-03' ? '2026-01' : entry.month }));
    const notes = notesOf(
      [
        ...earlier,
        { month: '2026-03', channel: 'PPC', spend: 1000, leads: 10, qualified_leads: 5, customers: 1, revenue: 100 },
      ],
      '2026-03',
      'en',
    );
    expect(notes.some((note) => note.includes('customers from'))).toBe(false);
    expect(notes.filter((note) => note.includes('January 2026'))).toHaveLength(2);
  });
});
