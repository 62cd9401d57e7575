/**
 * Typing in a Russian spreadsheet as a Russian marketing head does: an
 * amount with a space between thousands and a decimal comma, a formula with
 * `;` between arguments and a Russian function name. The cell gets the
 * number, the formula computes and is stored as Sheets stores it, the
 * formula bar shows it the Russian way, and neither a wrongly written number
 * nor a broken formula shows English or engine words.
 */
import { describe, expect, it } from 'vitest';
import { chromeMessages } from '../../packages/preview/page/chrome-messages';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { COUNT_PROBLEM_COLOURS } from '../../src/core/kpi/kpi-colours';
import { type OpenedPreview, useBrowserSession } from './support/browser-session';
import { rgb } from './support/colours';
import { kpiCell } from '../support/kpi-cell';

const session = useBrowserSession();

/**
 * One Russian spreadsheet with its KPI tab built from the sidebar, opened by whichever test runs first:
 * the two type into different cells (the first into spend and revenue of rows 2 and 3, the second into
 * leads of rows 2 and 3 and qualified leads of row 3, which the first leaves empty), so each finds its
 * cells as a fresh build leaves them, and a build and a page load fewer.
 */
let russianKpi: Promise<OpenedPreview> | undefined;
function openRussianKpi(): Promise<OpenedPreview> {
  russianKpi ??= (async () => {
    const opened = await session.open('ru_RU');
    await opened.sheets.sidebar.locator('#kpi-build').click();
    await opened.sheets.sidebar.locator('#kpi-status').filter({ hasText: /\d/ }).waitFor();
    return opened;
  })();
  return russianKpi;
}

describe('typing in a Russian spreadsheet', () => {
  it('reads "15 000,50" as a number and =ROMI(…; …) and =СУММ(…) as formulas', async () => {
    const { preview, sheets } = await openRussianKpi();
    await sheets.tab(kpiMessages.ru.tab_name).click();
    await sheets.typeInCell(kpiCell('spend', 2), '15 000,50');
    await sheets.typeInCell(kpiCell('revenue', 2), '45\u00A0000');
    await sheets.cell(kpiCell('spend', 2)).click();
    expect(await sheets.page.locator('#formula-content').textContent()).toBe('15000,5');
    // Total cost and ROMI recompute from the typed amounts.
    await sheets.waitForCellText(kpiCell('total_cost', 2), /^15\s000,50\s₽$|^15\s001\s₽$/);

    await sheets.tab('Лист1').click();
    const [spend, cost, revenue] = [kpiCell('spend', 2), kpiCell('total_cost', 2), kpiCell('revenue', 2)];
    await sheets.typeInCell('A1', `=ROMI(KPI!${revenue}:${revenue}; KPI!${cost}:${cost})`);
    await sheets.typeInCell('A2', `=СУММ(KPI!${spend}; KPI!${revenue}; 0,5)`);
    await sheets.waitForCellText('A1', /^1,9999/);
    await sheets.waitForCellText('A2', '60001');

    const sheet = preview.session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1');
    expect(sheet?.getRange('A1:A2').getFormulas()).toEqual([
      [`=ROMI(KPI!${revenue}:${revenue}, KPI!${cost}:${cost})`],
      [`=SUM(KPI!${spend}, KPI!${revenue}, 0.5)`],
    ]);
    await sheets.cell('A2').click();
    expect(await sheets.page.locator('#formula-content').textContent()).toBe(`=SUM(KPI!${spend}; KPI!${revenue}; 0,5)`);

    // A broken formula shows Sheets' Russian words, never the engine's.
    await sheets.typeInCell('A3', `=ROMI(KPI!${revenue};`);
    await sheets.waitForCellText('A3', '#ERROR!');
    const tooltip = (await sheets.cell('A3').getAttribute('title')) ?? '';
    expect(tooltip).toContain(chromeMessages.ru.formula_parse_error);
    expect(tooltip).not.toMatch(/Parsing|token/i);

    // Commas between arguments, as in an English spreadsheet: Sheets in ru_RU cannot read it (a parse error), the text stays as typed.
    await sheets.typeInCell('A4', `=SUM(KPI!${spend},KPI!${revenue})`);
    await sheets.waitForCellText('A4', '#ERROR!');
    expect((await sheets.cell('A4').getAttribute('title')) ?? '').toContain(
      chromeMessages.ru.formula_argument_separator,
    );
    await sheets.cell('A4').click();
    expect(await sheets.page.locator('#formula-content').textContent()).toBe(`=SUM(KPI!${spend},KPI!${revenue})`);

    // A number written the English way is refused by the spend column's rule, and the dialog says why, in Russian.
    await sheets.tab(kpiMessages.ru.tab_name).click();
    await sheets.typeInCell(kpiCell('spend', 3), '15000.50');
    const dialog = await sheets.dialog();
    expect(dialog.message).toContain(kpiMessages.ru.help_non_negative);
    expect(dialog.message).toContain('дробную часть отделяют запятой');
    await sheets.answerDialog();
    expect(await sheets.cellText(kpiCell('spend', 3))).toBe('');
    // A build, eleven typed cells and three tab switches: more than the default limit on a shared machine.
  }, 90_000);

  it('refuses 12,5 leads with the whole-count help, and colours 12 qualified leads of 10 with a red corner saying why', async () => {
    const { sheets } = await openRussianKpi();
    await sheets.tab(kpiMessages.ru.tab_name).click();

    await sheets.typeInCell(kpiCell('leads', 2), '12,5');
    const dialog = await sheets.dialog();
    expect(dialog.message).toContain(kpiMessages.ru.help_whole_count);
    await sheets.answerDialog();
    expect(await sheets.cellText(kpiCell('leads', 2))).toBe('');

    await sheets.typeInCell(kpiCell('leads', 3), '10');
    await sheets.typeInCell(kpiCell('qualified_leads', 3), '12');
    await sheets.waitForCellText(kpiCell('qualified_leads', 3), '12');
    expect(await sheets.cellBackground(kpiCell('qualified_leads', 3))).toBe(rgb(COUNT_PROBLEM_COLOURS.background));
    expect(await sheets.cell(kpiCell('qualified_leads', 3)).getAttribute('class')).toContain('has-error');
    expect(await sheets.cell(kpiCell('qualified_leads', 3)).getAttribute('title')).toBe(
      kpiMessages.ru.help_qualified_leads,
    );

    await sheets.typeInCell(kpiCell('leads', 3), '15');
    await sheets.waitForCellText(kpiCell('leads', 3), '15');
    expect(await sheets.cellBackground(kpiCell('qualified_leads', 3))).not.toBe(rgb(COUNT_PROBLEM_COLOURS.background));
    expect(await sheets.cell(kpiCell('qualified_leads', 3)).getAttribute('class')).not.toContain('has-error');
  }, 90_000);
});
