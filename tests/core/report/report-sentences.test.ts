/**
 * The first screen's sentences: for sample figures, exactly what they say in
 * English and in Russian; for any figures, three to five sentences (one for
 * an empty month), every placeholder filled, and no English word in the
 * Russian ones but the metric names and the channels' own names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { reportSentences } from '../../../src/core/report/report-sentences';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const ENTRIES: Entry[] = [
  { month: '2026-02', channel: 'PPC', leads: 20, spend: 2_600, revenue: 9_000 },
  { month: '2026-02', channel: 'SEO', leads: 30, spend: 900, staff_cost: 600, revenue: 12_000 },
  { month: '2026-03', channel: 'PPC', leads: 20, qualified_leads: 12, customers: 2, spend: 1_200, revenue: 10_000 },
  {
    month: '2026-03',
    channel: 'SEO',
    leads: 41,
    qualified_leads: 30,
    customers: 4,
    spend: 1_000,
    staff_cost: 1_000,
    revenue: 20_000,
  },
  { month: '2026-03', channel: 'PR', leads: 2, staff_cost: 3_000, revenue: 0 },
];

function sentences(lang: 'en' | 'ru', entries = ENTRIES): string[] {
  const settings = reportSettings({
    sheetLang: lang,
    currency: lang === 'ru' ? 'RUB' : 'USD',
    channels: [
      { name: 'PPC', targetCpl: 100 },
      { name: 'SEO', targetCpl: null },
      { name: 'PR', targetCpl: null },
    ],
  });
  return reportSentences(
    buildMonthlyReport({
      records: readKpiRecords(kpiRows(entries)),
      month: '2026-03',
      settings,
      team: [],
      generatedAt: GENERATED_AT,
    }),
  );
}

describe('the month in words', () => {
  it('says what grew, what it cost and brought, which channels drove it and what to do, in English', () => {
    expect(sentences('en')).toEqual([
      'In March 2026, the department brought 63 leads, of which 42 qualified, 26\u00a0% more than the month before.',
      'Marketing cost, staff included, was $6,200 (+51\u00a0% on the month before); a lead cost $98, a customer $1,033.',
      "Revenue was $30,000: ROMI 1,264\u00a0%, the department's ROI with salaries 384\u00a0%, so the department earns more than it costs.",
      'Most leads came from SEO (41), PPC (20); SEO grew most (+11 leads).',
      'Scale: SEO, PPC; drop or rework: none.',
    ]);
  });

  it("says the same in native Russian, with the locale's numbers and the right plural forms", () => {
    expect(sentences('ru')).toEqual([
      'В марте 2026 года отдел привёл 63 лида, из них 42 квалифицированных, на 26\u00a0% больше, чем месяцем ранее.',
      'Затраты на маркетинг с учётом штата — 6\u00a0200\u00a0₽ (+51\u00a0% к прошлому месяцу); лид обошёлся в 98\u00a0₽, клиент — в 1\u00a0033\u00a0₽.',
      'Выручка — 30\u00a0000\u00a0₽: ROMI 1\u00a0264\u00a0%, ROI отдела с зарплатами 384\u00a0%, то есть отдел зарабатывает больше, чем стоит.',
      'Больше всего лидов принесли: SEO (41), PPC (20); сильнее всего вырос канал SEO (+11 лидов).',
      'Масштабировать: SEO, PPC; отключить или переделать: нет.',
    ]);
  });

  it('says when the department costs more than it brings, and what fell', () => {
    const losing: Entry[] = [
      { month: '2026-02', channel: 'PPC', leads: 21, spend: 2_000, revenue: 3_000 },
      { month: '2026-03', channel: 'PPC', leads: 1, spend: 2_000, revenue: 500 },
    ];
    const [leads, , back, drivers, decide] = sentences('ru', losing);
    expect(leads).toBe('В марте 2026 года отдел привёл 1 лид, на 95\u00a0% меньше, чем месяцем ранее.');
    expect(back).toContain('то есть отдел стоит больше, чем приносит');
    expect(drivers).toBe('Больше всего лидов принесли: PPC (1); сильнее всего упал канал PPC (−20 лидов).');
    expect(decide).toBe('Масштабировать: нет; отключить или переделать: нет.');
  });

  it('an empty month is one sentence saying so', () => {
    expect(sentences('en', [])).toEqual([
      "No figures are entered for March 2026 yet, so there is nothing to sum up: enter the month's figures on the KPI tab and generate the report again.",
    ]);
  });
});

describe('the month in words, for any figures', () => {
  const figure = fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: '' as const });
  const entry = fc.record({
    month: fc.constantFrom('2026-02', '2026-03'),
    channel: fc.constantFrom('Яндекс Директ', 'SEO', 'Рассылка', 'PR', 'Мероприятия'),
    spend: figure,
    staff_cost: figure,
    leads: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: '' as const }),
    qualified_leads: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: '' as const }),
    customers: fc.option(fc.integer({ min: 0, max: 300 }), { nil: '' as const }),
    revenue: fc.option(fc.integer({ min: -10_000, max: 9_000_000 }), { nil: '' as const }),
  });
  const CHANNELS = ['Яндекс Директ', 'SEO', 'Рассылка', 'PR', 'Мероприятия'];
  /** What Russian text may hold in Latin letters: the metrics' names and the channels' own. */
  const ALLOWED = /\b(ROMI|ROI|CPL|CAC|KPI|SEO|PR)\b/g;

  it('fill every placeholder, speak Russian in Russian, and stay three to five sentences', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), fc.constantFrom<'en' | 'ru'>('en', 'ru'), (entries, lang) => {
        const settings = reportSettings({
          sheetLang: lang,
          currency: lang === 'ru' ? 'RUB' : 'EUR',
          channels: CHANNELS.map((name) => ({ name, targetCpl: null })),
        });
        const report = buildMonthlyReport({
          records: readKpiRecords(kpiRows(entries)),
          month: '2026-03',
          settings,
          team: [],
          generatedAt: GENERATED_AT,
        });
        const said = reportSentences(report);
        if (report.figures.hasData) {
          expect(said.length).toBeGreaterThanOrEqual(3);
          expect(said.length).toBeLessThanOrEqual(5);
        } else {
          expect(said).toHaveLength(1);
        }
        for (const sentence of said) {
          expect(sentence).not.toMatch(/[{}]|undefined|NaN|null|Infinity/);
          expect(sentence).toMatch(/^[A-ZА-ЯЁ]/u);
          expect(sentence).toMatch(/\.$/);
          if (lang === 'ru') expect(sentence.replace(ALLOWED, '')).not.toMatch(/[A-Za-z]/);
          // Counts agree with their nouns: never "1 лидов", "2 лид", "5 лида".
          if (lang === 'ru') {
            for (const match of sentence.matchAll(/(\d[\d\u00a0]*) (лид[а-яё]*)/gu)) {
              const count = Number((match[1] ?? '').replace(/\u00a0/g, ''));
              const [one, few, many] = ['лид', 'лида', 'лидов'];
              const lastTwo = count % 100;
              const last = count % 10;
              const form =
                lastTwo >= 11 && lastTwo <= 14 ? many : last === 1 ? one : last >= 2 && last <= 4 ? few : many;
              expect(match[2], sentence).toBe(form);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
