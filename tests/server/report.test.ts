import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { monthFromCell } from '../../src/core/kpi/month';
import { judgeChannel } from '../../src/core/verdict';
import { explainVerdict, verdictFromLabel } from '../../src/core/verdict-explanation';
import type { SheetSnapshot } from 'sheets-emulator';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport, getReportOptions } from '../../src/server/actions/report-actions';
import { saveTeam } from '../../src/server/actions/team-actions';
import { menuGenerateMonthlyReport } from '../../src/server/menu-actions';
import { defaultTeamSettings } from '../../src/shared/team-settings';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';
import { userMessage } from '../support/user-message';
import { kpiCell } from '../support/kpi-cell';

const MARCH = '2026-03';
const REPORT = 'Report 2026-03';
const col = kpiColumnIndex;

/** A KPI tab of three channels (PPC has a target CPL of 1 000) filled with the sample year. */
function sampleSpreadsheet(settings = testSettings()) {
  const emulator = installedEmulator();
  buildKpiTemplate(settings);
  fillSampleData();
  return emulator;
}

/** Plain data made read-only all the way down: the tests that share it cannot change it for each other. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

interface MarchReport {
  kpi: SheetSnapshot;
  report: SheetSnapshot;
  /** Date.now() just before the report was generated. */
  generatedAfter: number;
}
let march: MarchReport | undefined;

/**
 * The sample spreadsheet's March report, generated once for the tests that only read it and
 * the KPI tab it read (each test that changes a spreadsheet, or generates again, makes its own).
 */
function marchReport(): MarchReport {
  if (!march) {
    const emulator = sampleSpreadsheet();
    const generatedAfter = Date.now();
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    march = frozen({ kpi: emulator.snapshot(KPI_TAB_NAME), report: emulator.snapshot(REPORT), generatedAfter });
  }
  return march;
}

function rowLabelled(tab: SheetSnapshot, label: string): number {
  const index = tab.values.findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`no row labelled "${label}" on ${tab.name}`);
  return index;
}

/** The report's channel table (its header reads Channel, Verdict, Leads): one object per channel, keyed by the header's labels. */
function channelTable(tab: SheetSnapshot): Record<string, string | number | boolean>[] {
  const header = tab.values.findIndex((row) => row[0] === 'Channel' && row[2] === 'Leads');
  if (header < 0) throw new Error('no channel table');
  const labels = tab.values[header] ?? [];
  const rows: Record<string, string | number | boolean>[] = [];
  // Every channel row has a verdict (or a dash); the line under the table (the blended target) has only its first cell.
  for (let r = header + 1; tab.values[r]?.[1] !== '' && tab.values[r]?.[1] !== undefined; r++) {
    rows.push(Object.fromEntries(labels.map((label, c) => [String(label), tab.values[r]?.[c] ?? ''])));
  }
  return rows;
}

/** A paragraph of the report, written as lines in column A: from the line that starts with `start` to the next blank or new sentence's line. */
function paragraphFrom(tab: SheetSnapshot, start: string): string {
  const first = tab.values.findIndex((row) => String(row[0]).startsWith(start));
  if (first < 0) throw new Error(`no paragraph starting "${start}"`);
  const lines = [String(tab.values[first]?.[0])];
  for (let r = first + 1; /^[a-zа-яё(]/u.test(String(tab.values[r]?.[0] ?? '')); r++)
    lines.push(String(tab.values[r]?.[0]));
  return lines.join(' ');
}

/** What the decisions say of a channel: its verdict and its reason, on as many lines as it took. */
function decisionOf(tab: SheetSnapshot, channel: string): { verdict: string; reason: string } {
  const decisions = rowLabelled(tab, 'Decisions');
  const end = tab.values.findIndex((row) => String(row[0]).startsWith('Channels, '));
  for (let r = decisions + 2; r < end; r++) {
    if (tab.values[r]?.[0] !== channel) continue;
    const lines = [String(tab.values[r]?.[2])];
    for (let next = r + 1; tab.values[next]?.[0] === '' && tab.values[next]?.[2] !== ''; next++)
      lines.push(String(tab.values[next]?.[2]));
    return { verdict: String(tab.values[r]?.[1]), reason: lines.join(' ') };
  }
  throw new Error(`${channel} is not among the decisions`);
}

/** The KPI tab's rows of a month, read independently of the report's code: the engine's values as they are. */
function kpiRowsOf(kpi: SheetSnapshot, month: string) {
  return kpi.values.slice(1).filter((row) => monthFromCell(row[col('month')]) === month);
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

describe('the monthly report on the emulator', () => {
  it("headline figures match a recount of the KPI tab's rows", () => {
    const { kpi, report } = marchReport();
    const headline = (label: string) => report.values[rowLabelled(report, label)] ?? [];

    for (const [month, column] of [
      [MARCH, 1],
      ['2026-02', 2],
    ] as const) {
      const rows = kpiRowsOf(kpi, month);
      const sum = (key: Parameters<typeof col>[0]) => rows.reduce((total, row) => total + num(row[col(key)]), 0);
      const cost = sum('spend') + sum('staff_cost');
      expect(headline('Leads')[column]).toBe(sum('leads'));
      expect(headline('Qualified leads')[column]).toBe(sum('qualified_leads'));
      // No Team costs yet: the staff cost is the KPI tab's column, and its own Total cost formulas, summed, are the marketing cost.
      expect(headline('Marketing cost, staff included')[column]).toBe(sum('total_cost'));
      expect(headline('CPL')[column]).toBeCloseTo(cost / sum('leads'), 9);
      expect(headline('CAC (cost per customer)')[column]).toBeCloseTo(cost / sum('customers'), 9);
      expect(headline('Revenue')[column]).toBe(sum('revenue'));
      expect(headline('ROMI on channel budgets')[column]).toBeCloseTo(
        (sum('revenue') - sum('spend')) / sum('spend'),
        9,
      );
      expect(headline('Department ROI, salaries included')[column]).toBeCloseTo((sum('revenue') - cost) / cost, 9);
    }
    const leads = headline('Leads');
    expect(leads[3]).toBe(num(leads[1]) - num(leads[2]));
    expect(leads[4]).toBeCloseTo((num(leads[1]) - num(leads[2])) / num(leads[2]), 9);
    expect(paragraphFrom(report, 'Staff cost (counted once')).toContain('no monthly costs are entered on the Team');
    expect(report.numberFormats[rowLabelled(report, 'Revenue')]?.[1]).toBe('"$"#,##0');
    expect(report.numberFormats[rowLabelled(report, 'CAC (cost per customer)')]?.[1]).toBe('"$"#,##0');
    expect(report.numberFormats[rowLabelled(report, 'ROMI on channel budgets')]?.[1]).toBe('0.0%');
  });

  it("with the Team's monthly costs, the department's ROI counts them instead of the staff column, and says so", () => {
    const emulator = sampleSpreadsheet();
    const person = (id: string, roleId: string, monthlyCost: number | null) => ({
      id,
      name: id,
      email: '',
      roleId,
      monthlyCost,
      employment: 'staff' as const,
    });
    saveTeam({
      ...defaultTeamSettings('en'),
      people: [
        person('anna', 'head', 2_500),
        person('boris', 'pr-manager', 1_500),
        person('vera', 'internet-marketer', null),
      ],
    });
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    const kpi = emulator.snapshot(KPI_TAB_NAME);
    const report = emulator.snapshot(REPORT);
    const rows = kpiRowsOf(kpi, MARCH);
    const sum = (key: Parameters<typeof col>[0]) => rows.reduce((total, row) => total + num(row[col(key)]), 0);
    // One staff cost: the Team's 4 000 replaces the staff column everywhere on the first screen.
    const departmentCost = sum('spend') + 4_000;
    expect(report.values[rowLabelled(report, 'Marketing cost, staff included')]?.[1]).toBe(departmentCost);
    expect(report.values[rowLabelled(report, 'CPL')]?.[1]).toBeCloseTo(departmentCost / sum('leads'), 9);
    expect(report.values[rowLabelled(report, 'CAC (cost per customer)')]?.[1]).toBeCloseTo(
      departmentCost / sum('customers'),
      9,
    );
    expect(report.values[rowLabelled(report, 'Department ROI, salaries included')]?.[1]).toBeCloseTo(
      (sum('revenue') - departmentCost) / departmentCost,
      9,
    );
    expect(report.values[rowLabelled(report, 'ROMI on channel budgets')]?.[1]).toBeCloseTo(
      (sum('revenue') - sum('spend')) / sum('spend'),
      9,
    );
    expect(paragraphFrom(report, 'Staff cost (counted once')).toBe(
      'Staff cost (counted once, in the marketing cost): the Team\'s monthly costs, 4,000 a month for 2 people, the same for every month shown. The KPI tab\'s "Staff & contractor cost" column is not added on top, so no salary counts twice. Not counted, with no monthly cost entered on the Team: 1 person.',
    );
    // Named once: no other line of the report speaks of a staff cost's source.
    expect(report.values.filter((row) => String(row[0]).includes('monthly costs')).length).toBe(1);
  });

  it("each channel's figures match the KPI tab's own CPL and ROMI formulas", () => {
    const { kpi, report } = marchReport();
    const channels = channelTable(report);
    const rows = kpiRowsOf(kpi, MARCH);
    const monthLeads = rows.reduce((total, row) => total + num(row[col('leads')]), 0);
    expect(channels.map((row) => row.Channel).sort()).toEqual(['PPC', 'PR', 'SEO']);
    // Sorted by leads, most first.
    expect(channels.map((row) => row.Leads)).toEqual(
      [...channels.map((row) => row.Leads)].sort((a, b) => num(b) - num(a)),
    );
    for (const channel of channels) {
      const row = rows.find((each) => each[col('channel')] === channel.Channel);
      expect(row).toBeDefined();
      expect(channel.Leads).toBe(row?.[col('leads')]);
      expect(num(channel.Leads) / monthLeads).toBeLessThanOrEqual(1);
      expect(channel['Total cost']).toBe(row?.[col('total_cost')]);
      if (num(row?.[col('customers')]) > 0)
        expect(channel.CAC).toBeCloseTo(num(row?.[col('total_cost')]) / num(row?.[col('customers')]), 9);
      else expect(channel.CAC).toBe('');
      expect(channel.CPL).toBeCloseTo(num(row?.[col('cpl')]), 9);
      expect(channel.Revenue).toBe(row?.[col('revenue')]);
      expect(channel.ROMI).toBeCloseTo(num(row?.[col('romi')]), 9);
    }
  });

  it("verdicts are the KPI tab's CHANNEL_VERDICT and the core rule set's, with the reason the rule names", () => {
    const { kpi, report } = marchReport();
    const settings = testSettings();
    const judged = (month: string) => {
      const rows = kpiRowsOf(kpi, month);
      const periods = rows.map((row) => ({
        leads: num(row[col('leads')]),
        cost: num(row[col('spend')]) + num(row[col('staff_cost')]),
        revenue: typeof row[col('revenue')] === 'number' ? num(row[col('revenue')]) : null,
      }));
      const withLeads = periods.filter((period) => period.leads > 0);
      const blended =
        withLeads.reduce((total, period) => total + period.cost, 0) /
        withLeads.reduce((total, period) => total + period.leads, 0);
      return new Map(
        rows.map((row, index) => {
          const ownTarget =
            settings.channels.find((channel) => channel.name === row[col('channel')])?.targetCpl ?? null;
          const result = judgeChannel(periods[index] ?? { leads: 0, cost: 0, revenue: null }, {
            targetCpl: ownTarget ?? blended,
            targetCplIsBlended: ownTarget === null,
            minLeads: settings.minLeads,
          });
          // The tab's own verdict column agrees with the rule set, so both are the same reference.
          expect(verdictFromLabel(row[col('verdict')])).toBe(result.verdict);
          return [String(row[col('channel')]), result];
        }),
      );
    };
    judged('2026-02');
    const march = judged(MARCH);
    for (const channel of channelTable(report)) {
      const name = String(channel.Channel);
      const result = march.get(name);
      if (!result) throw new Error(`no verdict for ${name}`);
      expect(verdictFromLabel(channel.Verdict)).toBe(result.verdict);
      const decision = decisionOf(report, name);
      expect(verdictFromLabel(decision.verdict)).toBe(result.verdict);
      expect(decision.reason).toBe(explainVerdict(result, 'en'));
    }
    const scaleRow = rowLabelled(report, 'Scale') + 1;
    const scaled = [...march.entries()].filter(([, result]) => result.verdict === 'SCALE').map(([name]) => name);
    expect(
      report.values
        .slice(scaleRow, scaleRow + scaled.length)
        .map((row) => row[0])
        .sort(),
    ).toEqual(scaled.sort());
  });

  it('is a snapshot: values and formats, no formula, with when and from which rows', () => {
    const { report, generatedAfter: before } = marchReport();
    expect(report.formulas.flat().filter(Boolean)).toEqual([]);
    const generated = report.values[rowLabelled(report, 'Generated')]?.[1];
    expect(typeof generated).toBe('number');
    // A serial date: days since 1899-12-30.
    const generatedMs = (num(generated) - 25_569) * 86_400_000;
    expect(Math.abs(generatedMs - before)).toBeLessThan(60_000);
    // Where the figures came from is said at the end, under "How we count", not at the top.
    const definitions = rowLabelled(report, 'How we count');
    const source = rowLabelled(
      report,
      `Source: the KPI tab, rows ${kpiRowOf(2, 0, 3)}–${kpiRowOf(2, 2, 3)} for this month.`,
    );
    expect(source).toBeGreaterThan(definitions);
    expect(report.values[source + 1]?.[0]).toBe(
      'Rows read for the comparisons, the 12 months and the year to date: the KPI tab, rows 2–37.',
    );
    expect(rowLabelled(report, 'Generated')).toBe(report.values.length - 1);
    expect(report.frozenRows).toBe(1);
  });

  it("charts read the report's own tables", () => {
    const { report } = marchReport();
    const header = report.values.findIndex((row) => row[0] === 'Channel' && row[2] === 'Leads') + 1;
    const trendHeader = rowLabelled(report, 'Month') + 1;
    const columnLetter = (label: string, row: number) =>
      String.fromCharCode(65 + (report.values[row - 1] ?? []).indexOf(label));
    const range = (label: string, row: number, rows: number) =>
      `'${REPORT}'!${columnLetter(label, row)}${row}:${columnLetter(label, row)}${row + rows}`;
    expect(report.charts.map((chart) => [chart.chartType, chart.ranges, chart.options.title])).toEqual([
      ['BAR', [range('Channel', header, 3), range('Leads', header, 3)], 'Leads by channel, March 2026'],
      [
        'COLUMN',
        [range('Channel', header, 3), range('CPL', header, 3), range('Target CPL', header, 3)],
        'CPL against target by channel, March 2026',
      ],
      [
        'COMBO',
        [range('Month', trendHeader, 12), range('Leads', trendHeader, 12), range('CPL', trendHeader, 12)],
        'Leads and CPL, last 12 months',
      ],
    ]);
    const combo = report.charts[2];
    expect(combo?.options).toMatchObject({ 'series.1.type': 'line', 'series.1.targetAxisIndex': 1 });
    // Under their tables, from column A, inside the tables' width.
    const width = report.columnWidths.slice(0, 9).reduce((sum, each) => sum + each, 0);
    expect(report.charts.map((chart) => chart.position.anchorColumn)).toEqual([1, 1, 1]);
    expect(report.charts[0]?.position.anchorRow).toBeGreaterThan(header + 3);
    expect(report.charts[2]?.position.anchorRow).toBeGreaterThan(trendHeader + 13);
    for (const chart of report.charts)
      expect(chart.position.offsetX + Number(chart.options.width)).toBeLessThanOrEqual(width);
  });

  it('touches no other tab, cell for cell', () => {
    const emulator = sampleSpreadsheet();
    const notes = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Notes');
    notes.getRange('A1:B2').setValues([
      ['Leads in March', `='KPI'!${kpiCell('leads', 8)}`],
      ['Plan', 300],
    ]);
    const others = () => emulator.spreadsheetSnapshot().sheets.filter((sheet) => sheet.name !== REPORT);
    const namedRanges = emulator.spreadsheetSnapshot().namedRanges;
    const before = others();
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    generateMonthlyReport({ month: MARCH, replaceExisting: true });
    expect(others()).toEqual(before);
    expect(emulator.spreadsheetSnapshot().namedRanges).toEqual(namedRanges);
    // The report is added after the other tabs, which keep their places.
    expect(emulator.spreadsheetSnapshot().sheets.map((sheet) => sheet.name)).toEqual([
      ...before.map((sheet) => sheet.name),
      REPORT,
    ]);
  });

  it('generating the same month twice gives the same report, apart from when it was generated', () => {
    const emulator = sampleSpreadsheet();
    const elsewhere = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Summary');
    elsewhere.getRange('A1').setFormula(`='${REPORT}'!B12`);
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    const first = emulator.snapshot(REPORT);
    const result = generateMonthlyReport({ month: MARCH, replaceExisting: true });
    expect(result.message).toBe('The report for March 2026 on the tab "Report 2026-03" was replaced.');
    const second = emulator.snapshot(REPORT);
    const generatedRow = rowLabelled(first, 'Generated');
    const withoutTime = (tab: SheetSnapshot) => ({
      ...tab,
      values: tab.values.map((row, r) => row.map((value, c) => (r === generatedRow && c === 1 ? 'generated' : value))),
      displayValues: tab.displayValues.map((row, r) =>
        row.map((value, c) => (r === generatedRow && c === 1 ? 'generated' : value)),
      ),
      charts: tab.charts.map(({ chartId: _chartId, ...chart }) => chart),
    });
    expect(withoutTime(second)).toEqual(withoutTime(first));
    expect(second.sheetId).toBe(first.sheetId);
    // Replaced in place: a formula pointing at the report still does.
    expect(emulator.snapshot('Summary').formulas[0]?.[0]).toBe(`='${REPORT}'!B12`);
    expect(emulator.snapshot('Summary').values[0]?.[0]).toBe(first.values[11]?.[1]);
  });

  it('never replaces a report unasked', () => {
    const emulator = sampleSpreadsheet();
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    const before = emulator.spreadsheetSnapshot();
    expect(() => generateMonthlyReport({ month: MARCH, replaceExisting: false })).toThrow(
      'A report for March 2026 already exists (tab "Report 2026-03"). Choose to replace it to write it again.',
    );
    expect(emulator.spreadsheetSnapshot()).toEqual(before);
    expect(getReportOptions().existingReports).toEqual([MARCH]);
  });

  it("a report tab changed by hand is named as such before it is replaced, in the sidebar's options and the menu's question", () => {
    const emulator = sampleSpreadsheet();
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    expect(getReportOptions()).toMatchObject({ existingReports: [MARCH], editedReports: [] });
    // Generating again is what the add-on wrote, not an edit; nor is the formula elsewhere that reads it.
    generateMonthlyReport({ month: MARCH, replaceExisting: true });
    expect(getReportOptions().editedReports).toEqual([]);

    const tab = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(REPORT);
    tab?.getRange('K5').setValue('Ask the CEO about PR');
    expect(getReportOptions().editedReports).toEqual([MARCH]);
    expect(() => generateMonthlyReport({ month: MARCH, replaceExisting: false })).toThrow(
      'A report for March 2026 already exists (tab "Report 2026-03"). Choose to replace it to write it again. Its tab was changed by hand after it was generated: replacing it discards those changes.',
    );
    emulator.ui.answerNextPrompt('2026-03');
    emulator.ui.answerNextAlert('NO');
    menuGenerateMonthlyReport();
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      'A report for March 2026 already exists (tab "Report 2026-03"). Its tab was changed by hand after it was generated: replacing it discards those changes. Replace it?',
    );
    expect(emulator.snapshot(REPORT).values[4]?.[10]).toBe('Ask the CEO about PR');
    // Replaced when the person says so; then it is as written again.
    generateMonthlyReport({ month: MARCH, replaceExisting: true });
    expect(getReportOptions().editedReports).toEqual([]);
  });

  it("a tab with a report's name the add-on did not write cannot be checked, and says so", () => {
    const emulator = sampleSpreadsheet();
    emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet(REPORT).getRange('A1').setValue('My own notes');
    expect(getReportOptions()).toMatchObject({ existingReports: [MARCH], editedReports: [MARCH] });
    expect(() => generateMonthlyReport({ month: MARCH, replaceExisting: false })).toThrow(
      /cannot be checked: replacing it discards whatever is there now\.$/,
    );
  });

  it('a Russian template names the tab in Russian, and takes over a report written in English', () => {
    const emulator = sampleSpreadsheet(testSettings({ sheetLang: 'ru', currency: 'RUB' }));
    emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet(REPORT).getRange('A1').setValue('old');
    expect(() => generateMonthlyReport({ month: MARCH, replaceExisting: false })).toThrow(
      /already exists \(tab "Report 2026-03"\)/,
    );
    generateMonthlyReport({ month: MARCH, replaceExisting: true });
    const names = emulator.spreadsheetSnapshot().sheets.map((sheet) => sheet.name);
    expect(names).toContain('Отчёт 2026-03');
    expect(names).not.toContain(REPORT);
    const report = emulator.snapshot('Отчёт 2026-03');
    expect(report.values[0]?.[0]).toBe('Marketing department: ежемесячный отчёт, март 2026');
    expect(report.numberFormats[rowLabelled(report, 'Затраты на маркетинг с учётом штата')]?.[1]).toBe('#,##0 "₽"');
    expect(rowLabelled(report, 'Как считаем')).toBeGreaterThan(rowLabelled(report, 'Качество данных'));
  });

  it('missing months and bad cells become data-quality notes, never exceptions', () => {
    const emulator = sampleSpreadsheet();
    const kpi = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!kpi) throw new Error('no KPI tab');
    // February emptied; January's PPC leads typed as text; March's SEO leads deleted though it spent.
    kpi.getRange(kpiRowOf(1, 0, 3), kpiColumn('spend'), 3, 7).clearContent();
    kpi
      .getRange(kpiRowOf(0, 0, 3), kpiColumn('leads'))
      .clearDataValidations()
      .setNumberFormat('@')
      .setValue('1 000');
    kpi.getRange(kpiRowOf(2, 1, 3), kpiColumn('leads')).clearContent();
    const result = generateMonthlyReport({ month: MARCH, replaceExisting: false });
    expect(result.details.some((detail) => detail.startsWith('Data quality:'))).toBe(true);
    const report = emulator.snapshot(REPORT);
    const first = rowLabelled(report, 'Data quality') + 1;
    const notes = report.values.slice(first, first + 5).map((row) => row[0]);
    expect(notes).toEqual([
      'No figures are entered for February 2026, so the changes against the previous month are blank.',
      'Months with no figures: February 2026.',
      expect.stringMatching(/^SEO: cost [\d,]+ but no leads entered \(row 9\); enter 0 if it brought none\.$/),
      'Row 2 (PPC, January 2026), Leads: "1 000" is text, not a number, so it is not counted; enter it as a number.',
      '',
    ]);
    expect(report.values[rowLabelled(report, 'Leads')]?.[2]).toBe('');
    expect(report.values[rowLabelled(report, 'Leads')]?.[3]).toBe('');
  });

  it('an empty KPI tab, or none at all, gives a report that says what is missing', () => {
    const emulator = installedEmulator();
    expect(getReportOptions()).toMatchObject({ defaultMonth: null, existingReports: [] });
    const month = getReportOptions().months[0] ?? '';
    generateMonthlyReport({ month, replaceExisting: false });
    const none = emulator.snapshot(`Report ${month}`);
    expect(none.values[rowLabelled(none, 'Data quality') + 1]?.[0]).toMatch(/^There is no KPI tab/);

    buildKpiTemplate(testSettings());
    expect(getReportOptions()).toMatchObject({ defaultMonth: null, months: expect.arrayContaining([MARCH]) });
    generateMonthlyReport({ month: MARCH, replaceExisting: false });
    const empty = emulator.snapshot(REPORT);
    expect(empty.values[rowLabelled(empty, 'Data quality') + 1]?.[0]).toMatch(/^The KPI tab holds no figures yet/);
    expect(channelTable(empty).map((row) => [row.Channel, row.Leads, row.Verdict])).toEqual([
      ['PPC', '', '—'],
      ['SEO', '', '—'],
      ['PR', '', '—'],
    ]);
    expect(empty.charts).toHaveLength(3);
  });

  it('checks the request like any payload from the sidebar', () => {
    installedEmulator();
    expect(() => generateMonthlyReport({ month: '2026-13', replaceExisting: false })).toThrow(
      userMessage(/^The report request is not valid: month/),
    );
    expect(() => generateMonthlyReport({ month: MARCH })).toThrow(
      userMessage(/^The report request is not valid: replace the existing report: is missing$/),
    );
    expect(() => generateMonthlyReport('2026-03')).toThrow(userMessage(/^The report request is not valid/));
  });

  it('waits for another change holding the document lock, and writes nothing', () => {
    const emulator = sampleSpreadsheet();
    const before = emulator.spreadsheetSnapshot();
    const release = emulator.holdDocumentLockAsAnotherExecution();
    expect(() => generateMonthlyReport({ month: MARCH, replaceExisting: false })).toThrow(
      userMessage(/^Another change to the template is running/),
    );
    expect(emulator.spreadsheetSnapshot()).toEqual(before);
    release();
  });

  it('makes the same number of service calls for 5 and for 40 channels', () => {
    const calls = (channels: number) => {
      const emulator = installedEmulator();
      buildKpiTemplate(
        testSettings({
          channels: Array.from({ length: channels }, (_, i) => ({
            id: `c${i}`,
            name: `Channel ${i + 1}`,
            targetCpl: i % 2 ? 500 : null,
            targetRomi: null,
          })),
        }),
      );
      fillSampleData();
      emulator.calls.reset();
      generateMonthlyReport({ month: MARCH, replaceExisting: false });
      return emulator.calls.total;
    };
    expect(calls(40)).toBe(calls(5));
  });
});
