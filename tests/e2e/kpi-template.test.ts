/**
 * The KPI template, used the way a marketing head uses it, in headless
 * Chromium: the real sidebar (dist/Sidebar.html) calls the real server code
 * (dist/Code.js) on the emulator through the preview. Writes
 * docs/sidebar-en.png and docs/kpi-tab-en.png for the README.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { menuMessages } from '../../src/core/i18n/menu-messages';
import { serverMessages } from '../../src/core/i18n/server-messages';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { NEGATIVE_ROMI_COLOURS, VERDICT_COLOURS } from '../../src/core/kpi/kpi-colours';
import { rgb } from './support/colours';
import { useBrowserSession } from './support/browser-session';
import type { PreviewPage } from './support/preview-page';
import { kpiCell } from '../support/kpi-cell';

const DOCS = join(import.meta.dirname, '../../docs');

const session = useBrowserSession();
let sheets: PreviewPage;

beforeAll(async () => {
  ({ sheets } = await session.open());
});

describe('the KPI template in the browser', () => {
  it('opens with the add-on menu under Extensions and the sidebar beside the grid', async () => {
    // Other features add their own items; these two are the template's.
    expect(await sheets.addonMenuCaptions()).toEqual(
      expect.arrayContaining([menuMessages.en.open_sidebar, menuMessages.en.build_kpi_template]),
    );
    expect(await sheets.page.locator('#sidebar-panel-title').textContent()).toBe(sidebarMessages.en.sidebar_title);
    await expect(sheets.sidebar.locator('#kpi-state').textContent()).resolves.toContain(
      sidebarMessages.en.kpi_state_defaults,
    );
    expect(await sheets.shownSheet()).toBe('Sheet1');
  });

  it('fills the settings, builds the KPI tab and shows it, frozen header and all', async () => {
    const { sidebar } = sheets;
    await sidebar.locator('#kpi-department-name').fill('Growth marketing');
    await sidebar.locator('#kpi-year').fill('2025');
    await sidebar.locator('#kpi-channel-ppc-target-cpl').fill('25');
    await sidebar.locator('#kpi-add-channel').click();
    const added = sidebar.locator('[data-testid="kpi-channel"]').last();
    await added.locator('input.channel-name').fill('Partner webinars');
    await added.locator('input.channel-target').fill('40');
    await sidebar.locator('#kpi-build').click();

    const built = translate(kpiMessages, 'en', 'built', { rows: 108, channels: 9, months: 12 });
    await sidebar.locator('#kpi-status').filter({ hasText: built }).waitFor();
    await sheets.waitForCellText(kpiCell('channel', 2), 'Google Ads');
    expect(await sheets.shownSheet()).toBe(KPI_TAB_NAME);
    expect(await sheets.tab(KPI_TAB_NAME).getAttribute('aria-selected')).toBe('true');
    expect(await sheets.cellText(kpiCell('month', 1))).toBe(kpiMessages.en.col_month);
    expect(await sheets.cellText(kpiCell('month', 2))).toBe('January 2025');
    // The sidebar's target is the one used; Target CPL is left for the team to override a row's.
    expect(await sheets.cellText(kpiCell('target_cpl', 2))).toBe('');
    expect(await sheets.cellText(kpiCell('target_used', 2))).toBe('$25.00');
    expect(await sheets.cellText(kpiCell('channel', 10))).toBe('Partner webinars');
    // Row 1 and columns A:B are frozen, as the server asked; the channel cell is the add-on's (no drop-down: renames follow the channel id).
    expect(await sheets.cell(kpiCell('month', 1)).getAttribute('class')).toContain('frozen-row');
    expect(await sheets.cell(kpiCell('channel', 5)).getAttribute('class')).toContain('frozen-column');
    expect(await sheets.cell(kpiCell('channel', 2)).locator('.dropdown-arrow').count()).toBe(0);

    await sheets.cell(kpiCell('cpl', 2)).click();
    expect(await sheets.page.locator('#name-box').textContent()).toBe(kpiCell('cpl', 2));
    const [leads, cost] = [kpiCell('leads', 2), kpiCell('total_cost', 2)];
    expect(await sheets.page.locator('#formula-content').textContent()).toBe(
      `=IF(AND(ISNUMBER(${leads}),${leads}>0),SUM(${cost})/${leads},"")`,
    );
  });

  it('fills sample data, and the results show with their number formats and colours', async () => {
    await sheets.sidebar.locator('#kpi-fill-sample').click();
    await sheets.sidebar
      .locator('#kpi-status')
      .filter({ hasText: translate(kpiMessages, 'en', 'sample_filled_kept', { rows: 108 }) })
      .waitFor();
    await sheets.waitForCellText(kpiCell('spend', 2), /^\$\d{1,3}(,\d{3})*$/);
    expect(await sheets.cellText(kpiCell('cpl', 2))).toMatch(/^\$\d+\.\d\d$/);
    expect(await sheets.cellText(kpiCell('romi', 2))).toMatch(/^-?\d+\.\d%$/);
    expect(['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST']).toContain(await sheets.cellText(kpiCell('verdict', 2)));
    await sheets.screenshotSidebar(join(DOCS, 'sidebar-en.png'));
  });

  it('recomputes CPL, ROMI and the verdict when a number is typed into the grid', async () => {
    const before = {
      cpl: await sheets.cellText(kpiCell('cpl', 2)),
      romi: await sheets.cellText(kpiCell('romi', 2)),
      verdict: await sheets.cellText(kpiCell('verdict', 2)),
    };
    expect(before.verdict).not.toBe('DROP');

    // PPC's January spend goes from a few thousand to 50 000: each lead now costs far over the target, and revenue no longer covers the cost.
    await sheets.typeInCell(kpiCell('spend', 2), '50000');
    await sheets.waitForCellText(kpiCell('spend', 2), '$50,000');
    const cpl = await sheets.waitForCellChange(kpiCell('cpl', 2), before.cpl);
    expect(cpl).not.toBe(before.cpl);
    expect(await sheets.cellText(kpiCell('romi', 2))).toMatch(/^-\d+\.\d%$/);
    expect(await sheets.cellText(kpiCell('verdict', 2))).toBe('DROP');
    // The conditional formats the server set are painted: a negative ROMI in red, DROP in its colours.
    expect(await sheets.cellBackground(kpiCell('romi', 2))).toBe(rgb(NEGATIVE_ROMI_COLOURS.background));
    expect(await sheets.cellBackground(kpiCell('verdict', 2))).toBe(rgb(VERDICT_COLOURS.DROP.background));
    // The cursor moved down, as Enter does in Sheets.
    expect(await sheets.page.locator('#name-box').textContent()).toBe(kpiCell('spend', 3));

    expect(await sheets.page.locator('#cell-editor').isHidden()).toBe(true);

    // The picture for the README: the results beside the frozen month and channel, the verdict's formula in the bar.
    await sheets.scrollGridTo(kpiCell('leads', 2));
    await sheets.cell(kpiCell('verdict', 2)).click();
    // The row's own native formula: no custom function, so it works for a teammate without the add-on.
    expect(await sheets.page.locator('#formula-content').textContent()).toMatch(
      new RegExp(`^=IF\\(N\\(${kpiCell('leads', 2)}\\)=0,.*${kpiCell('target_used', 2)}.*\\)$`),
    );
    await sheets.screenshotSheet(join(DOCS, 'kpi-tab-en.png'));
  });

  // Spend's number rule: the preview checks number rules; the counts' custom-formula rules only Sheets does (README, smoke test).
  it("refuses a negative spend with the rule's help text, as Sheets does", async () => {
    const spend = await sheets.cellText(kpiCell('spend', 3));
    await sheets.typeInCell(kpiCell('spend', 3), '-5');
    const dialog = await sheets.dialog();
    expect(dialog.title).toBe('There was a problem');
    expect(dialog.message).toBe(kpiMessages.en.help_non_negative);
    await sheets.answerDialog();
    expect(await sheets.cellText(kpiCell('spend', 3))).toBe(spend);
  });

  it('explains a server error: sample data refused on a tab that already holds numbers', async () => {
    await sheets.sidebar.locator('#kpi-fill-sample').click();
    await sheets.sidebar.locator('#kpi-status').filter({ hasText: kpiMessages.en.sample_needs_empty }).waitFor();
    // The server's own sentence, not a technical fallback.
    expect(await sheets.sidebar.locator('#kpi-status').textContent()).not.toContain(sidebarMessages.en.error_technical);
  });

  it("explains a server error: a build refused while a teammate's build holds the document lock", async () => {
    await sheets.toggleDocumentLock();
    await sheets.sidebar.locator('#kpi-build').click();
    await sheets.sidebar.locator('#kpi-status').filter({ hasText: serverMessages.en.busy }).waitFor();
    // From the menu, the same refusal comes as the server's alert.
    await sheets.runAddonMenuItem('menuBuildKpiTemplate');
    expect((await sheets.dialog()).message).toBe(serverMessages.en.busy);
    await sheets.answerDialog();

    await sheets.toggleDocumentLock();
    await sheets.sidebar.locator('#kpi-build').click();
    await sheets.sidebar
      .locator('#kpi-status')
      .filter({ hasText: translate(kpiMessages, 'en', 'updated_kept', { added: 0, channels: 9 }) })
      .waitFor();
    // Every value typed survives the rebuild.
    expect(await sheets.cellText(kpiCell('spend', 2))).toBe('$50,000');
  });

  it("shows a custom function's error in its cell, with the message on hover", async () => {
    await sheets.tab('Sheet1').click();
    await sheets.page.locator('#grid[data-sheet="Sheet1"]').waitFor();
    await sheets.typeInCell('A1', '=CPL(-100, 5)');
    await sheets.waitForCellText('A1', '#ERROR!');
    expect(await sheets.cell('A1').getAttribute('class')).toContain('has-error');
    expect(await sheets.cell('A1').getAttribute('title')).toMatch(/^Error\nCPL: /);
    await sheets.tab(KPI_TAB_NAME).click();
    await sheets.page.locator(`#grid[data-sheet="${KPI_TAB_NAME}"]`).waitFor();
  });

  it("runs the add-on's menu item and shows its toast", async () => {
    await sheets.runAddonMenuItem('menuBuildKpiTemplate');
    await sheets
      .toast()
      .filter({ hasText: translate(kpiMessages, 'en', 'updated_kept', { added: 0, channels: 9 }) })
      .waitFor();
  });
});
