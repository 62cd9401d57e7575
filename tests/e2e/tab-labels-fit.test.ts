/**
 * Every label the add-on writes on its tabs shows whole in a Russian
 * spreadsheet: in the KPI tab, the monthly report and the Roles tab, each
 * header word of a wrapped cell, and each text with a filled cell to its
 * right, fits its column as the browser measures it in Sheets' default
 * font (Arial 10 pt, bold, the wider case) — no "Квалифицирован|ные", no
 * "…на одну рол", no "бюджет + шт".
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { reportMessages } from '../../src/core/i18n/report-messages';
import { REPORT_IDS } from '../../src/sidebar/sections/monthly-report/monthly-report-ids';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

/** Sheets' cell padding, both sides: the text needs this much less than the column. */
const PADDING = 6;

describe("the add-on's tabs in a Russian spreadsheet", () => {
  it('fit every label: header words, and labels beside a filled cell', async () => {
    const { preview, sheets } = await session.open('ru_RU');
    await sheets.sidebar.locator('#kpi-build').click();
    await sheets.sidebar.locator('#kpi-status').filter({ hasText: /\d/ }).waitFor();
    await sheets.sidebar.locator('#kpi-fill-sample').click();
    await sheets.sidebar.locator('#kpi-status').filter({ hasText: /\d/ }).waitFor();
    await sheets.runAddonMenuItem('menuGenerateMonthlyReport');
    await sheets.runAddonMenuItem('menuBuildResponsibilityMatrix');
    const spreadsheet = preview.session.emulator.SpreadsheetApp.getActiveSpreadsheet();
    // The month running today too (the sample year is this year's): its report has the pacing table, with labels of its own.
    const today = new Intl.DateTimeFormat('en-CA', {
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    await sheets.sidebar.locator(`#${REPORT_IDS.month}`).selectOption(today);
    await sheets.sidebar.locator(`#${REPORT_IDS.generate}`).click();
    await sheets.page
      .locator(`#grid[data-sheet="${translate(reportMessages, 'ru', 'tab_name', { month: today })}"]`)
      .waitFor();
    expect(
      preview.session.emulator
        .snapshot(translate(reportMessages, 'ru', 'tab_name', { month: today }))
        .values.some((row) => String(row[0]).startsWith('Месяц на сегодня')),
    ).toBe(true);

    const tabs = spreadsheet
      .getSheets()
      .map((sheet) => sheet.getName())
      .filter((name) => name !== 'Лист1');
    expect(tabs.length).toBeGreaterThanOrEqual(4);
    const needs: { tab: string; cell: string; text: string; column: number }[] = [];
    for (const tab of tabs) {
      const snapshot = preview.session.emulator.snapshot(tab);
      snapshot.displayValues.forEach((row, r) =>
        row.forEach((text, c) => {
          if (text === '') return;
          const wraps = snapshot.wraps[r]?.[c] === true;
          const neighbour = row[c + 1] ?? '';
          if (wraps)
            for (const word of text.split(/\s+/))
              needs.push({ tab, cell: `R${r + 1}C${c + 1}`, text: word, column: snapshot.columnWidths[c] ?? 100 });
          else if (neighbour !== '')
            needs.push({ tab, cell: `R${r + 1}C${c + 1}`, text, column: snapshot.columnWidths[c] ?? 100 });
        }),
      );
    }
    const measured = await sheets.page.evaluate(
      (texts) => {
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = 'bold 13.333px Arial';
        return texts.map((text) => context.measureText(text).width);
      },
      needs.map((need) => need.text),
    );
    const cut = needs
      .filter((need, index) => (measured[index] ?? 0) + PADDING > need.column)
      .map(
        (need) =>
          `${need.tab} ${need.cell}: «${need.text}» needs ${Math.ceil(measured[needs.indexOf(need)] ?? 0) + PADDING}px, column ${need.column}px`,
      );
    expect(cut).toEqual([]);
  }, 90_000);
});
