/**
 * English and Russian in the browser: the sidebar switches its language
 * and back, the choice is saved for the user, and a Russian spreadsheet
 * gets the add-on in Russian from the menu to the KPI tab. Writes
 * docs/sidebar-ru.png and docs/kpi-tab-ru.png for the README.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { menuMessages } from '../../src/core/i18n/menu-messages';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';
import { verdictMessages } from '../../src/core/i18n/verdict-messages';
import { DEFAULT_CHANNELS } from '../../src/core/kpi/default-channels';
import { useBrowserSession } from './support/browser-session';
import type { PreviewPage } from './support/preview-page';
import { kpiCell } from '../support/kpi-cell';

const DOCS = join(import.meta.dirname, '../../docs');

const session = useBrowserSession();

async function open(locale: 'en_US' | 'ru_RU'): Promise<PreviewPage> {
  return (await session.open(locale)).sheets;
}

describe('languages in the browser', () => {
  it('switches the sidebar to Russian and back, and keeps the choice for the user', async () => {
    const sheets = await open('en_US');
    const { sidebar } = sheets;
    expect(await sidebar.locator('#kpi-title').textContent()).toBe(sidebarMessages.en.kpi_title);

    await sidebar.locator('#lang-ru').click();
    await sidebar.locator('#kpi-title').filter({ hasText: sidebarMessages.ru.kpi_title }).waitFor();
    expect(await sidebar.locator('#lang-ru').getAttribute('aria-pressed')).toBe('true');
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('ru');
    expect(await sidebar.locator('label[for="kpi-department-name"]').textContent()).toBe(
      sidebarMessages.ru.department_name,
    );

    // Saved on the server for this user: the sidebar opened again from the menu comes up in Russian, its title too.
    await sheets.runAddonMenuItem('showSidebar');
    await sheets.page.locator('#sidebar-panel-title').filter({ hasText: sidebarMessages.ru.sidebar_title }).waitFor();
    await sidebar.locator('#kpi-title').filter({ hasText: sidebarMessages.ru.kpi_title }).waitFor();

    await sidebar.locator('#lang-en').click();
    await sidebar.locator('#kpi-title').filter({ hasText: sidebarMessages.en.kpi_title }).waitFor();
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('en');
    expect(await sidebar.locator('label[for="kpi-department-name"]').textContent()).toBe(
      sidebarMessages.en.department_name,
    );
  });

  it('speaks Russian throughout in a Russian spreadsheet: menu, sidebar, KPI tab, numbers and verdicts', {
    timeout: 60_000,
  }, async () => {
    const sheets = await open('ru_RU');
    const { sidebar } = sheets;
    expect(await sheets.page.locator('#menu-extensions').textContent()).toBe('Расширения');
    expect(await sheets.page.locator('#doc-title').textContent()).toBe('Новая таблица');
    expect(await sheets.tab('Лист1').count()).toBe(1);
    expect(await sheets.addonMenuCaptions()).toEqual(
      expect.arrayContaining([menuMessages.ru.open_sidebar, menuMessages.ru.build_kpi_template]),
    );
    expect(await sidebar.locator('#kpi-title').textContent()).toBe(sidebarMessages.ru.kpi_title);

    await sidebar.locator('#kpi-year').fill('2025');
    await sidebar.locator('#kpi-channel-ppc-target-cpl').fill('2500');
    await sidebar.locator('#kpi-build').click();
    const channels = DEFAULT_CHANNELS.ru.length;
    const built = translate(kpiMessages, 'ru', 'built', { rows: channels * 12, channels, months: 12 });
    await sidebar.locator('#kpi-status').filter({ hasText: built }).waitFor();
    await sidebar.locator('#kpi-fill-sample').click();
    await sidebar
      .locator('#kpi-status')
      .filter({ hasText: translate(kpiMessages, 'ru', 'sample_filled_kept', { rows: channels * 12 }) })
      .waitFor();

    await sheets.waitForCellText(kpiCell('spend', 2), /^\d{1,3}(\s\d{3})* ₽$/);
    expect(await sheets.cellText(kpiCell('month', 1))).toBe(kpiMessages.ru.col_month);
    expect(await sheets.cellText(kpiCell('channel', 2))).toBe(DEFAULT_CHANNELS.ru[0]?.name);
    // The month is a date shown by its format in words, as Sheets writes `mmmm yyyy` in a Russian spreadsheet.
    expect(await sheets.cellText(kpiCell('month', 2))).toBe('январь 2025');
    // The spreadsheet's locale writes a decimal comma; the verdicts come in Russian.
    expect(await sheets.cellText(kpiCell('cpl', 2))).toMatch(/^\d{1,3}(\s\d{3})*,\d\d ₽$/);
    expect(await sheets.cellText(kpiCell('romi', 2))).toMatch(/^-?\d+(\s\d{3})*,\d%$/);
    const russianVerdicts = (['SCALE', 'KEEP', 'OPTIMIZE', 'DROP', 'TEST'] as const).map(
      (verdict) => verdictMessages.ru[verdict],
    );
    expect(russianVerdicts).toContain(await sheets.cellText(kpiCell('verdict', 2)));

    await sheets.screenshotSidebar(join(DOCS, 'sidebar-ru.png'));
    await sheets.scrollGridTo(kpiCell('leads', 2));
    await sheets.cell(kpiCell('verdict', 2)).click();
    await sheets.screenshotSheet(join(DOCS, 'kpi-tab-ru.png'));
  });
});
