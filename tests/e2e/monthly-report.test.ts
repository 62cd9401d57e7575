/**
 * The monthly report in the browser (issues 6 and 14): the KPI template
 * built and filled with sample data, the report generated from the sidebar
 * for the month it offers, the report tab's first screen (the month's
 * figures against the month before, the month in sentences, the decisions
 * with their reasons), the channel table and chart boxes; a second report
 * of the same month only when "replace" is ticked. Writes the first screen
 * as docs/report-tab-en.png and docs/report-tab-ru.png for the README.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { monthInWords } from '../../src/core/i18n/month-names';
import { reportMessages } from '../../src/core/i18n/report-messages';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';
import { verdictMessages } from '../../src/core/i18n/verdict-messages';
import { DEFAULT_CHANNELS } from '../../src/core/kpi/default-channels';
import { REPORT_IDS } from '../../src/sidebar/sections/monthly-report/monthly-report-ids';
import { useBrowserSession } from './support/browser-session';
import { buildKpiTab } from './support/kpi-build';
import type { PreviewPage } from './support/preview-page';

const DOCS = join(import.meta.dirname, '../../docs');
const YEAR = 2025;
const CHANNELS = DEFAULT_CHANNELS.en.length;
/** Sample data fills the whole year: its last month is the one offered first. */
const MONTH = `${YEAR}-12`;
const VERDICTS = ['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST'] as const;

const session = useBrowserSession();

async function open(locale: 'en_US' | 'ru_RU'): Promise<PreviewPage> {
  return (await session.open(locale)).sheets;
}

/** Builds the KPI template for YEAR and fills it with sample data, from the sidebar. */
async function buildAndFill(sheets: PreviewPage, lang: 'en' | 'ru'): Promise<void> {
  const { sidebar } = sheets;
  await buildKpiTab(sheets, lang, YEAR);
  await sidebar.locator('#kpi-fill-sample').click();
  await sidebar
    .locator('#kpi-status')
    .filter({ hasText: translate(kpiMessages, lang, 'sample_filled_kept', { rows: CHANNELS * 12 }) })
    .waitFor();
}

/** The row (1-based) whose column A reads `label`. */
function rowOf(cells: Map<string, string>, label: string): number {
  for (const [a1, text] of cells) if (text === label && /^A\d+$/.test(a1)) return Number(a1.slice(1));
  throw new Error(`no row labelled "${label}"`);
}

describe('the monthly report in the browser', () => {
  let sheets: PreviewPage;
  const tabName = translate(reportMessages, 'en', 'tab_name', { month: MONTH });

  it('generates the report of the last month with figures from the sidebar, and shows its tab', async () => {
    sheets = await open('en_US');
    const { sidebar } = sheets;
    await buildAndFill(sheets, 'en');

    // The month offered first is the last one with figures, not the one the empty tab offered before the build.
    await expect.poll(() => sidebar.locator(`#${REPORT_IDS.month}`).inputValue()).toBe(MONTH);
    expect(await sidebar.locator(`#${REPORT_IDS.exists}`).count()).toBe(0);

    await sidebar.locator(`#${REPORT_IDS.generate}`).click();
    await sidebar
      .locator(`#${REPORT_IDS.status}`)
      .filter({
        hasText: translate(reportMessages, 'en', 'generated', { month: monthInWords(MONTH, 'en'), tab: tabName }),
      })
      .waitFor();
    await sheets.page.locator(`#grid[data-sheet="${tabName}"]`).waitFor();
    expect(await sheets.tab(tabName).getAttribute('aria-selected')).toBe('true');

    const cells = await sheets.allCells();
    expect(cells.get('A1')).toMatch(new RegExp(`: monthly report, ${monthInWords(MONTH, 'en')}$`));

    // Headline figures: this month against the previous one.
    const headline = rowOf(cells, reportMessages.en.section_headline);
    expect(headline).toBe(3);
    expect(cells.get(`B${headline + 1}`)).toBe(monthInWords(MONTH, 'en'));
    expect(cells.get(`C${headline + 1}`)).toBe(monthInWords(`${YEAR}-11`, 'en'));
    const leads = rowOf(cells, reportMessages.en.fig_leads);
    expect(cells.get(`B${leads}`)).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(cells.get(`D${leads}`)).toMatch(/^([+-]\d{1,3}(,\d{3})*|0)$/);
    expect(cells.get(`B${rowOf(cells, reportMessages.en.fig_cpl)}`)).toMatch(/^\$\d+\.\d\d$/);
    expect(cells.get(`B${rowOf(cells, reportMessages.en.fig_romi)}`)).toMatch(/^-?\d+\.\d%$/);
    expect(cells.get(`B${rowOf(cells, reportMessages.en.fig_cac)}`)).toMatch(/^\$\d{1,3}(,\d{3})*$/);
    expect(cells.get(`B${rowOf(cells, reportMessages.en.fig_department_roi)}`)).toMatch(/^-?\d+\.\d%$/);
    // The sample year has a plan: leads and revenue against it, the other figures with none made up.
    expect(cells.get(`F${headline + 1}`)).toBe(reportMessages.en.col_plan);
    expect(cells.get(`G${headline + 1}`)).toBe(reportMessages.en.col_of_plan);
    expect(cells.get(`F${leads}`)).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(cells.get(`G${leads}`)).toMatch(/^\d+\.\d%$/);
    expect(cells.get(`G${rowOf(cells, reportMessages.en.fig_revenue)}`)).toMatch(/^\d+\.\d%$/);
    expect(cells.get(`G${rowOf(cells, reportMessages.en.fig_cpl)}`) ?? '').toBe('');

    // The month in words, then the decisions, each channel with the reason its verdict names.
    const summary = rowOf(cells, reportMessages.en.section_summary);
    expect(cells.get(`A${summary + 1}`)).toMatch(
      new RegExp(`^In ${monthInWords(MONTH, 'en')}, the department brought [\\d,]+ leads`),
    );
    const decisions = rowOf(cells, reportMessages.en.section_decisions);
    expect(decisions).toBeGreaterThan(summary);
    expect(cells.get(`C${decisions + 1}`)).toBe(reportMessages.en.col_reason);
    expect(cells.get(`A${decisions + 2}`)).toBe(reportMessages.en.section_scale);
    expect(cells.get(`B${decisions + 3}`)).toBe(verdictMessages.en.SCALE);
    expect(cells.get(`C${decisions + 3}`)).toMatch(/^ROMI \d/);

    // The channel table: every channel with a verdict and the reason for it.
    const table = rowOf(
      cells,
      translate(reportMessages, 'en', 'section_channels', { month: monthInWords(MONTH, 'en') }),
    );
    expect(cells.get(`A${table + 1}`)).toBe(reportMessages.en.col_channel);
    expect(cells.get(`B${table + 1}`)).toBe(reportMessages.en.col_verdict);
    expect(cells.get(`G${table + 1}`)).toBe(reportMessages.en.col_cac);
    const channelRows = Array.from({ length: CHANNELS }, (_, index) => table + 2 + index);
    // Most leads first.
    expect(channelRows.map((row) => cells.get(`A${row}`)).sort()).toEqual(
      DEFAULT_CHANNELS.en.map((channel) => channel.name).sort(),
    );
    const leadCounts = channelRows.map((row) => Number((cells.get(`C${row}`) ?? '').replace(/,/g, '')));
    expect(leadCounts).toEqual([...leadCounts].sort((a, b) => b - a));
    for (const row of channelRows)
      expect(VERDICTS.map((verdict) => verdictMessages.en[verdict])).toContain(cells.get(`B${row}`));
    // Plan and fact by channel: each channel, then all channels and the year to date, each with its % of plan.
    const plan = rowOf(cells, translate(reportMessages, 'en', 'section_plan', { month: monthInWords(MONTH, 'en') }));
    expect(plan).toBeGreaterThan(table + CHANNELS);
    expect(cells.get(`B${plan + 1}`)).toBe(reportMessages.en.col_plan_spend);
    const allChannels = rowOf(cells, reportMessages.en.plan_all_channels);
    expect(allChannels).toBe(plan + 2 + CHANNELS);
    for (const column of ['D', 'G', 'I']) expect(cells.get(`${column}${allChannels}`)).toMatch(/^\d+\.\d%$/);
    for (const column of ['D', 'G', 'I']) expect(cells.get(`${column}${allChannels + 1}`)).toMatch(/^\d+\.\d%$/);
    // The twelve months end with the year to date; how every figure is counted comes last.
    expect(cells.get(`A${rowOf(cells, translate(reportMessages, 'en', 'year_to_date', { year: YEAR }))}`)).toBe(
      `${YEAR} to date`,
    );
    expect(rowOf(cells, reportMessages.en.section_definitions)).toBeGreaterThan(
      rowOf(cells, reportMessages.en.section_quality),
    );

    // The three charts, as boxes at their anchors, each with its title and the report's own ranges.
    const charts = sheets.page.locator('.chart-placeholder');
    await expect.poll(() => charts.count()).toBe(3);
    const titles = await charts.locator('.chart-title').allTextContents();
    expect(titles).toEqual([
      translate(reportMessages, 'en', 'chart_leads_by_channel', { month: monthInWords(MONTH, 'en') }),
      translate(reportMessages, 'en', 'chart_cpl_against_target', { month: monthInWords(MONTH, 'en') }),
      reportMessages.en.chart_trend,
    ]);
    for (const ranges of await charts.locator('.chart-ranges').allTextContents())
      expect(ranges).toContain(`'${tabName}'!`);
    // Each chart under its table, inside the tables' width (columns A to I).
    const tablesRight = await sheets.cell(`I${table + 1}`).evaluate((cell) => cell.getBoundingClientRect().right);
    const tablesLeft = await sheets.cell(`A${table + 1}`).evaluate((cell) => cell.getBoundingClientRect().left);
    for (const box of await charts.all()) {
      const bounds = await box.boundingBox();
      expect(bounds?.width ?? 0).toBeGreaterThan(100);
      expect(bounds?.x ?? 0).toBeGreaterThanOrEqual(tablesLeft - 1);
      expect((bounds?.x ?? 0) + (bounds?.width ?? 0)).toBeLessThanOrEqual(tablesRight + 1);
    }

    // The picture: the first screen, from the title down to the decisions.
    await sheets.cell('A2').click();
    await sheets.screenshotSheet(join(DOCS, 'report-tab-en.png'));
  }, 90_000);

  it('asks before writing the same month again, and replaces the report only when "replace" is ticked', async () => {
    const { sidebar } = sheets;
    // The sidebar read the months again: this one is reported, so the button waits for the box.
    await sidebar.locator(`#${REPORT_IDS.exists}`).waitFor();
    expect(await sidebar.locator(`#${REPORT_IDS.month} option[value="${MONTH}"]`).textContent()).toBe(
      translate(sidebarMessages, 'en', 'report_month_reported', { label: `December ${YEAR}` }),
    );
    const replace = sidebar.locator(`#${REPORT_IDS.replace}`);
    const generate = sidebar.locator(`#${REPORT_IDS.generate}`);
    expect(await replace.isChecked()).toBe(false);
    expect(await generate.isDisabled()).toBe(true);
    expect(await sidebar.locator(`#${REPORT_IDS.replaceNeeded}`).textContent()).toBe(
      sidebarMessages.en.report_replace_needed,
    );

    // From the menu the server asks; the preview's alerts answer at once, which is not a yes, so nothing is replaced.
    await sheets.runAddonMenuItem('menuGenerateMonthlyReport');
    expect((await sheets.dialog()).message).toBe(
      translate(reportMessages, 'en', 'replace_question', {
        month: monthInWords(MONTH, 'en'),
        tab: tabName,
        warning: '',
      }),
    );
    await sheets.answerDialog();

    await replace.check();
    await generate.click();
    await sidebar
      .locator(`#${REPORT_IDS.status}`)
      .filter({
        hasText: translate(reportMessages, 'en', 'replaced', { month: monthInWords(MONTH, 'en'), tab: tabName }),
      })
      .waitFor();
    // Still one tab for the month, shown; the box is unticked again for the next time.
    expect(await sheets.page.locator('.sheet-tab[data-sheet^="Report "]').count()).toBe(1);
    await sheets.page.locator(`#grid[data-sheet="${tabName}"]`).waitFor();
    await sidebar.locator(`#${REPORT_IDS.replace}:not(:checked)`).waitFor();
    expect(await generate.isDisabled()).toBe(true);
  });

  it('writes the report in Russian in a Russian spreadsheet', async () => {
    const russian = await open('ru_RU');
    await buildAndFill(russian, 'ru');
    const ruTab = translate(reportMessages, 'ru', 'tab_name', { month: MONTH });
    await expect.poll(() => russian.sidebar.locator(`#${REPORT_IDS.month}`).inputValue()).toBe(MONTH);
    await russian.sidebar.locator(`#${REPORT_IDS.generate}`).click();
    await russian.sidebar
      .locator(`#${REPORT_IDS.status}`)
      .filter({
        hasText: translate(reportMessages, 'ru', 'generated', { month: monthInWords(MONTH, 'ru'), tab: ruTab }),
      })
      .waitFor();
    await russian.page.locator(`#grid[data-sheet="${ruTab}"]`).waitFor();
    const cells = await russian.allCells();
    expect(cells.get(`B${rowOf(cells, reportMessages.ru.fig_cpl)}`)).toMatch(/^\d{1,3}(\s\d{3})*,\d\d ₽$/);
    expect(cells.get(`B${rowOf(cells, reportMessages.ru.section_headline) + 1}`)).toBe('Декабрь 2025');
    const summary = rowOf(cells, reportMessages.ru.section_summary);
    expect(cells.get(`A${summary + 1}`)).toMatch(
      /^В декабре 2025 года отдел привёл [\d\s]+лид(а|ов)? \([\d\s]+% от плана в [\d\s]+лид(а|ов)?\), из них [\d\s]+ квалифицированн/,
    );
    const headline = rowOf(cells, reportMessages.ru.section_headline) + 1;
    expect([cells.get(`F${headline}`), cells.get(`G${headline}`)]).toEqual([
      reportMessages.ru.col_plan,
      reportMessages.ru.col_of_plan,
    ]);
    expect(cells.get(`G${rowOf(cells, reportMessages.ru.fig_leads)}`)).toMatch(/^\d+,\d\s?%$/);
    expect(rowOf(cells, reportMessages.ru.plan_all_channels)).toBeGreaterThan(
      rowOf(cells, translate(reportMessages, 'ru', 'section_plan', { month: monthInWords(MONTH, 'ru') })),
    );
    expect(cells.get(`A${rowOf(cells, reportMessages.ru.section_decisions) + 2}`)).toBe(
      reportMessages.ru.section_scale,
    );
    const table = rowOf(
      cells,
      translate(reportMessages, 'ru', 'section_channels', { month: monthInWords(MONTH, 'ru') }),
    );
    expect(VERDICTS.map((verdict) => verdictMessages.ru[verdict])).toContain(cells.get(`B${table + 2}`));
    expect(rowOf(cells, reportMessages.ru.section_definitions)).toBeGreaterThan(table);
    await russian.cell('A2').click();
    await russian.screenshotSheet(join(DOCS, 'report-tab-ru.png'));
  }, 90_000);
});
