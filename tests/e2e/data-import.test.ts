/**
 * The data import in the Russian preview (issue 13): a Yandex Direct export
 * and an amoCRM export uploaded in the sidebar, read there by the export
 * reader the server hands over, one unknown source mapped in the preview
 * and one stage marked qualified, confirmed; the KPI tab shows the figures
 * and verdicts; the same files again change nothing; the import log offers
 * undo. Writes docs/data-import-ru.png for the README.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { dataImportMessages } from '../../src/core/i18n/data-import-messages';
import { DEFAULT_CHANNELS } from '../../src/core/kpi/default-channels';
import { KPI_TAB_NAME, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import {
  DATA_IMPORT_IDS,
  stageChoiceId,
  undoButtonId,
  unmappedChoiceId,
} from '../../src/sidebar/sections/data-import/data-import-ids';
import { useBrowserSession } from './support/browser-session';
import { buildKpiTab } from './support/kpi-build';
import { kpiCell } from '../support/kpi-cell';

const FIXTURES = join(import.meta.dirname, '../fixtures/exports');
const DOCS = join(import.meta.dirname, '../../docs');
const FILES = [join(FIXTURES, 'direct-wizard.utf8.csv'), join(FIXTURES, 'amocrm-leads.utf8-bom.csv')];
const CHANNELS = DEFAULT_CHANNELS.ru.map((channel) => channel.id);
const YEAR = 2026;

const session = useBrowserSession();

/** The sheet row of a month (0-based) × channel of a freshly built tab. */
function rowOf(month: number, channel: string): number {
  return 2 + month * CHANNELS.length + CHANNELS.indexOf(channel);
}

describe('importing exports in the browser', () => {
  it('reads a Direct and an amoCRM export, maps a source, writes the figures, and the same files again change nothing', {
    timeout: 120_000,
  }, async () => {
    const { preview, sheets } = await session.open('ru_RU');
    const { sidebar } = sheets;
    await buildKpiTab(sheets, 'ru', YEAR);

    await sidebar.locator(`#${DATA_IMPORT_IDS.files}`).setInputFiles(FILES);
    const fileList = sidebar.locator(`#${DATA_IMPORT_IDS.fileList}`);
    await fileList
      .filter({ hasText: '«direct-wizard.utf8.csv»: отчёт Яндекс Директа (мастер отчётов), учтено 4 строки.' })
      .waitFor();
    await expect
      .poll(() => fileList.textContent())
      .toContain('«amocrm-leads.utf8-bom.csv»: выгрузка сделок amoCRM, учтено 5 строк.');
    // The rows that could not be read, by file and row, with why.
    const problems = await sidebar.locator(`#${DATA_IMPORT_IDS.problems}`).textContent();
    expect(problems).toContain('«direct-wizard.utf8.csv»: Строка 9');
    expect(problems).toContain('«amocrm-leads.utf8-bom.csv»: Строка 8');
    // The partner's deal maps to no channel: listed with its count, mapped here to referrals.
    const unmapped = sidebar.locator(`#${DATA_IMPORT_IDS.unmapped}`);
    expect(await unmapped.textContent()).toContain('utm_source=partner: 1 строка');
    await sidebar.locator(`#${unmappedChoiceId(0)}`).selectOption('referrals');
    await sidebar
      .locator(`#${DATA_IMPORT_IDS.summary}`)
      .filter({ hasText: /Изменится ячеек: \d+/ })
      .waitFor();
    // «Квалификация» counts as a qualified lead.
    const stages = sidebar.locator(`#${DATA_IMPORT_IDS.stages} label`);
    const stageNames = await stages.allTextContents();
    const qualification = stageNames.findIndex((text) => text.trim() === 'Квалификация');
    expect(qualification).toBeGreaterThanOrEqual(0);
    await sidebar.locator(`#${stageChoiceId(qualification)}`).check();
    const previewBox = sidebar.locator(`#${DATA_IMPORT_IDS.preview}`);
    await previewBox
      .filter({ hasText: 'Квал. лиды' })
      .or(previewBox.filter({ hasText: 'Квалифицированные лиды' }))
      .first()
      .waitFor();
    expect(await previewBox.textContent()).toContain('январь 2026');
    await sheets.screenshotSidebarDownTo(`#${DATA_IMPORT_IDS.confirm}`, join(DOCS, 'data-import-ru.png'));

    await sidebar.locator(`#${DATA_IMPORT_IDS.confirm}`).click();
    await sidebar
      .locator(`#${DATA_IMPORT_IDS.status}`)
      .filter({ hasText: /^Импорт выполнен, записано ячеек: \d+\./ })
      .waitFor();
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.status}`).textContent()).toContain(
      translate(dataImportMessages, 'ru', 'imported_by_won_month'),
    );
    // Nobody edited the tab meanwhile: the check after writing finds no cell of the tab changed, month column included.
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.status}`).textContent()).not.toContain(
      translate(dataImportMessages, 'ru', 'changed_meanwhile', { cells: '' }).split(':')[0] ?? '',
    );

    const tab = preview.session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!tab) throw new Error('no KPI tab');
    const value = (row: number, key: KpiColumnKey) => tab.getRange(kpiCell(key, row)).getValue();
    // January, Yandex Direct: Direct's spend, amoCRM's two leads, one at «Квалификация».
    const january = rowOf(0, 'ppc');
    expect([value(january, 'spend'), value(january, 'leads'), value(january, 'qualified_leads')]).toEqual([
      1024.5, 2, 1,
    ]);
    // February: the deal won on 15.02 is a customer of February, with its revenue.
    const february = rowOf(1, 'ppc');
    expect([value(february, 'spend'), value(february, 'customers'), value(february, 'revenue')]).toEqual([
      4190.4, 1, 150000,
    ]);
    // The partner's lead, mapped in the preview, is a referral lead of February.
    expect(value(rowOf(1, 'referrals'), 'leads')).toBe(1);
    // The tab shows them, with the verdict its formula computes.
    await sheets.waitForCellText(kpiCell('leads', january), '2');
    expect(await sheets.cellText(kpiCell('verdict', january))).not.toBe('');

    const log = sidebar.locator(`#${DATA_IMPORT_IDS.log}`);
    await log.filter({ hasText: 'direct-wizard.utf8.csv' }).waitFor();
    expect(await sidebar.locator(`#${undoButtonId(0)}`).count()).toBe(1);

    // The same files again: nothing to change, nothing written.
    const before = preview.session.emulator.snapshot(KPI_TAB_NAME).values;
    await sidebar.locator(`#${DATA_IMPORT_IDS.files}`).setInputFiles(FILES);
    await sidebar
      .locator(`#${DATA_IMPORT_IDS.summary}`)
      .filter({ hasText: translate(dataImportMessages, 'ru', 'preview_nothing') })
      .waitFor();
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.confirm}`).isDisabled()).toBe(true);
    expect(preview.session.emulator.snapshot(KPI_TAB_NAME).values).toEqual(before);
    // The mapping was kept in the team's Sources table: the partner is no longer unmapped.
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.unmapped}`).count()).toBe(0);
  });

  it('says why a file cannot be imported, in Russian, and writes nothing', { timeout: 60_000 }, async () => {
    const { sheets } = await session.open('ru_RU');
    const { sidebar } = sheets;
    await buildKpiTab(sheets, 'ru', YEAR);
    const png = {
      name: 'photo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    };
    await sidebar
      .locator(`#${DATA_IMPORT_IDS.files}`)
      .setInputFiles([png, { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') }]);
    const problems = sidebar.locator(`#${DATA_IMPORT_IDS.problems}`);
    await problems.filter({ hasText: '«photo.csv»: Файл «photo.csv» не текстовый' }).waitFor();
    expect(await problems.textContent()).toContain('Файл «empty.csv» пуст.');
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.fileList}`).textContent()).toContain(
      '«photo.csv»: импортировать нечего.',
    );
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.confirm}`).isDisabled()).toBe(true);
  });
});
