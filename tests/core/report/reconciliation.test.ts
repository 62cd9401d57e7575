import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKpiRecords } from '../../../src/core/report/kpi-records';
import { buildMonthlyReport } from '../../../src/core/report/monthly-report';
import { allowedDifference, reconcileImports } from '../../../src/core/report/reconciliation';
import { buildReportSheetModel } from '../../../src/core/report/report-sheet-model';
import { dataQualityText } from '../../../src/core/report/report-text';
import { GENERATED_AT, kpiRows, reportSettings, type Entry } from './report-fixtures';

const names = { ppc: 'PPC', seo: 'SEO' };

function reportWith(entries: Entry[], contributions: Parameters<typeof reconcileImports>[0]['contributions']) {
  return buildMonthlyReport({
    records: readKpiRecords(kpiRows(entries)),
    month: '2026-03',
    settings: reportSettings(),
    team: [],
    generatedAt: GENERATED_AT,
    imports: { contributions, channelNames: names },
  });
}

describe('reconciliation of imported figures', () => {
  it('adds every source of the month and names the field, both figures and the difference', () => {
    const records = readKpiRecords(kpiRows([{ month: '2026-03', channel: 'PPC', spend: 1500, leads: 41 }]));
    const result = reconcileImports({
      contributions: {
        yandex_direct_wizard: { '2026-03': { ppc: { spend: 1000.25 } }, '2026-02': { ppc: { spend: 7 } } },
        google_ads: { '2026-03': { ppc: { spend: 499.75 } } },
        amocrm_leads: { '2026-03': { ppc: { leads: 40 } } },
      },
      month: '2026-03',
      records,
      channelNames: names,
    });
    expect(result).toEqual({
      month: '2026-03',
      compared: 2,
      differences: [{ channel: 'PPC', field: 'leads', kpi: 41, imported: 40, difference: 1 }],
    });
  });

  it('a month no import brought figures for is not reconciled', () => {
    const records = readKpiRecords(kpiRows([{ month: '2026-03', channel: 'PPC', leads: 4 }]));
    expect(
      reconcileImports({
        contributions: { x: { '2026-02': { ppc: { leads: 4 } } } },
        month: '2026-03',
        records,
        channelNames: names,
      }),
    ).toBeNull();
    const report = reportWith([{ month: '2026-03', channel: 'PPC', leads: 4 }], {});
    expect(report.reconciliation).toBeNull();
    expect(report.notes.some((note) => note.kind === 'import_differs' || note.kind === 'imports_agree')).toBe(false);
  });

  it('money within 1 unit or 0.5 % agrees; counts must match exactly; a blank cell is a difference', () => {
    expect(allowedDifference('spend', 100)).toBe(1);
    expect(allowedDifference('revenue', 10_000)).toBe(50);
    expect(allowedDifference('leads', 10_000)).toBe(0);
    const report = reportWith([{ month: '2026-03', channel: 'PPC', spend: 10_049, revenue: 100.99, leads: 3 }], {
      cabinet: { '2026-03': { ppc: { spend: 10_000, revenue: 100 } } },
      crm: { '2026-03': { seo: { leads: 2 }, ppc: { leads: 3 } } },
    });
    expect(report.reconciliation?.differences).toEqual([
      { channel: 'SEO', field: 'leads', kpi: null, imported: 2, difference: -2 },
    ]);
  });

  it('words a difference in Russian and English, and the definitions say how it is reconciled', () => {
    const report = reportWith([{ month: '2026-03', channel: 'PPC', spend: 1200, leads: 45 }], {
      yandex_direct_wizard: { '2026-03': { ppc: { spend: 1000 } } },
      amocrm_leads: { '2026-03': { ppc: { leads: 40 } } },
    });
    const texts = report.notes
      .filter((note) => note.kind === 'import_differs')
      .map((note) => [dataQualityText(note, 'en'), dataQualityText(note, 'ru')]);
    expect(texts).toEqual([
      [
        "PPC, March 2026, Spend: the KPI tab shows 1,200, the imports brought 1,000 (the ad cabinets' totals); difference +200. The cell may have been corrected by hand; check which figure is right.",
        expect.stringMatching(
          /^PPC, март 2026, Бюджет: на листе KPI 1\s200, по импорту 1\s000 \(итоги рекламных кабинетов\); разница \+200\./,
        ),
      ],
      [
        expect.stringContaining(
          'Leads: the KPI tab shows 45, the imports brought 40 (the CRM rows counted); difference +5.',
        ),
        expect.stringContaining('Лиды: на листе KPI 45, по импорту 40 (число строк CRM); разница +5.'),
      ],
    ]);
    for (const text of texts.flat()) expect(text).not.toMatch(/[{}]/);
    const model = JSON.stringify(buildReportSheetModel(report));
    expect(model).toContain('Reconciliation: ');
  });

  it('all figures agreeing is said once, with how many were compared', () => {
    const report = reportWith([{ month: '2026-03', channel: 'PPC', spend: 1000, leads: 40 }], {
      cabinet: { '2026-03': { ppc: { spend: 1000 } } },
      crm: { '2026-03': { ppc: { leads: 40 } } },
    });
    const agree = report.notes.filter((note) => note.kind === 'imports_agree');
    expect(agree).toEqual([{ kind: 'imports_agree', month: '2026-03', compared: 2 }]);
    expect(dataQualityText(agree[0]!, 'ru')).toBe(
      'Импортированные показатели за март 2026 совпадают с листом KPI (сверено: 2 показателя).',
    );
  });

  it('flags exactly the channel × field whose KPI figure is beyond the tolerance of the imports; equal figures never', () => {
    const field = fc.constantFrom('spend', 'leads', 'qualified_leads', 'customers', 'revenue' as const);
    const channel = fc.constantFrom('ppc', 'seo');
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ channel, field, imported: cents, shift: fc.integer({ min: -200_000, max: 200_000 }) }),
          {
            selector: (item) => `${item.channel}|${item.field}`,
            maxLength: 6,
          },
        ),
        (items) => {
          const value = (field: string, centsValue: number) =>
            field === 'spend' || field === 'revenue' ? centsValue / 100 : Math.round(centsValue / 100);
          const contributions: Record<string, Record<string, Record<string, Record<string, number>>>> = {
            source: { '2026-03': {} },
          };
          const entries = new Map<string, Entry>();
          const expected: string[] = [];
          for (const item of items) {
            const imported = value(item.field, item.imported);
            const onTab = Math.max(0, value(item.field, item.imported + item.shift));
            (contributions.source!['2026-03']![item.channel] ??= {})[item.field] = imported;
            const name = names[item.channel];
            const entry = entries.get(name) ?? { month: '2026-03', channel: name };
            entries.set(name, { ...entry, [item.field]: onTab });
            if (Math.abs(Math.round((onTab - imported) * 100) / 100) > allowedDifference(item.field, imported))
              expected.push(`${name}|${item.field}`);
            if (onTab === imported) expect(expected).not.toContain(`${name}|${item.field}`);
          }
          const result = reconcileImports({
            contributions,
            month: '2026-03',
            records: readKpiRecords(kpiRows([...entries.values()])),
            channelNames: names,
          });
          if (items.length === 0) {
            expect(result).toBeNull();
            return;
          }
          expect(result?.compared).toBe(items.length);
          expect(result?.differences.map((d) => `${d.channel}|${d.field}`).sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
