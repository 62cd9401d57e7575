/**
 * Importing an export a person already put into the spreadsheet (File →
 * Import, which turns dates into dates and amounts into numbers), in a
 * Russian spreadsheet on Moscow time: the tab list leaves out the add-on's
 * own tabs; the tab is read with one getValues; the same core then gives
 * the same figures as the file itself (tests/fixtures/exports), and they
 * land in the KPI tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNEL_MAPPING, importExport, importTable } from '../../src/core/import';
import { decodeBytes } from '../../src/core/import/decode-bytes';
import { parseRows } from '../../src/core/import/parse-rows';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import {
  applyDataImport,
  getImportTabCells,
  getImportTabs,
  previewDataImport,
} from '../../src/server/actions/data-import-actions';
import { setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { importRequest } from '../../src/sidebar/sections/data-import/import-draft';
import { userMessage } from '../support/user-message';
import { installedEmulator, kpiColumn, kpiRowOf } from './kpi-emulator-fixture';

const FIXTURES = join(import.meta.dirname, '../fixtures/exports');
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** A Moscow wall-clock time as the instant getValues would hand back for it. */
function moscow(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - MOSCOW_OFFSET_MS);
}

/** What File → Import makes of an export's text: dates become dates, amounts numbers, the rest stays text. */
function asImportedBySheets(cell: string): string | number | Date {
  const dateTime = /^(\d{2})[-.](\d{2})[-.](\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(cell.trim());
  if (dateTime) {
    const [, day, month, year, hour, minute, second] = dateTime.map(Number);
    return moscow(year ?? 0, month ?? 0, day ?? 0, hour || 0, minute || 0, second || 0);
  }
  if (/^\d[\d\s]*(,\d+)?$/.test(cell.trim())) return Number(cell.replace(/\s/g, '').replace(',', '.'));
  return cell;
}

function fixtureRows(name: string): string[][] {
  const decoded = decodeBytes(new Uint8Array(readFileSync(join(FIXTURES, name))));
  if (!decoded.ok) throw new Error(`cannot read ${name}`);
  return parseRows(decoded.text).rows.filter((row) => row.some((cell) => cell !== ''));
}

function setup() {
  const emulator = installedEmulator({ locale: 'ru_RU', timeZone: 'Europe/Moscow' });
  setUserLang('ru');
  const settings = defaultTemplateSettings('ru', 2026);
  buildKpiTemplate(settings);
  const spreadsheet = emulator.SpreadsheetApp.getActiveSpreadsheet();
  const mapping = {
    rules: DEFAULT_CHANNEL_MAPPING.rules.filter((rule) => settings.channels.some((each) => each.id === rule.channel)),
  };
  /** A tab holding `rows` as File → Import leaves them, formatted as a Russian team formats them. */
  const tabOf = (name: string, rows: (string | number | Date)[][], formatted = true) => {
    const width = Math.max(...rows.map((row) => row.length));
    const sheet = spreadsheet.insertSheet(name);
    if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    const grid = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
    sheet.getRange(1, 1, grid.length, width).setValues(grid);
    if (!formatted) return sheet;
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value instanceof Date) sheet.getRange(r + 1, c + 1).setNumberFormat('dd.MM.yyyy HH:mm:ss');
        else if (typeof value === 'number' && r > 0 && c > 0) sheet.getRange(r + 1, c + 1).setNumberFormat('#,##0 ₽');
      }),
    );
    return sheet;
  };
  return { emulator, spreadsheet, settings, mapping, tabOf };
}

describe('importing from a tab of the spreadsheet', () => {
  it("lists the spreadsheet's tabs but the add-on's own", () => {
    const { spreadsheet, tabOf } = setup();
    tabOf('Сделки amoCRM', [['ID'], [1]]);
    const names = getImportTabs().map((tab) => tab.name);
    expect(names).toContain('Сделки amoCRM');
    expect(names).not.toContain(KPI_TAB_NAME);
    expect(names).toHaveLength(spreadsheet.getSheets().length - 1);
  });

  it('reads an amoCRM export put in by File → Import into the figures the file itself gives, with one getValues', () => {
    const { emulator, mapping, tabOf } = setup();
    const text = fixtureRows('amocrm-leads.utf8-bom.csv');
    const sheet = tabOf(
      'Сделки amoCRM',
      text.map((row) => row.map(asImportedBySheets)),
    );
    // What the team sees: «150 000 ₽», «15.02.2026 18:00:00»; what the import reads: the numbers and days themselves.
    expect(sheet.getRange(2, 3).getDisplayValue()).not.toBe('150000');
    emulator.calls.reset();
    const tab = getImportTabCells(sheet.getSheetId());
    expect(emulator.calls.count('Range.getValues')).toBe(1);
    expect(emulator.calls.count('Range.getDisplayValues')).toBe(0);
    // Calls do not grow with rows: a tab 200 times longer costs the same calls.
    const calls = emulator.calls.byMethod();
    const long = tabOf(
      'Длинная',
      [text[0] ?? [], ...Array.from({ length: 1200 }, () => (text[1] ?? []).map(asImportedBySheets))],
      false,
    );
    emulator.calls.reset();
    expect(getImportTabCells(long.getSheetId()).rows).toHaveLength(1201);
    const { 'Utilities.formatDate': longDates, ...longCalls } = emulator.calls.byMethod();
    const { 'Utilities.formatDate': dates, ...shortCalls } = calls;
    expect(longCalls).toEqual({
      ...shortCalls,
      // One tab more in the spreadsheet: one more sheet id looked at, to find it and to list the add-on's own.
      'Sheet.getSheetId': (shortCalls['Sheet.getSheetId'] ?? 0) + 1,
    });
    // formatDate runs once per quarter hour the dates fall in: the long tab repeats one row's three dates.
    expect(longDates).toBe(3);
    expect(dates).toBeLessThanOrEqual(3 * text.length);
    expect(tab.rows[1]?.slice(0, 5)).toEqual(['1001', 'Сайт ООО Ромашка', '150000', 'Анна', '2026-01-05 10:15:00']);

    const options = { qualifiedStages: ['Квалификация', 'Переговоры', 'Успешно реализовано'], year: 2026 };
    const fromTab = importTable(tab.rows, tab.name, mapping, options);
    const fromFile = importExport(
      new Uint8Array(readFileSync(join(FIXTURES, 'amocrm-leads.utf8-bom.csv'))),
      'amocrm.csv',
      mapping,
      options,
    );
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'amocrm-leads.expected.json'), 'utf8')) as {
      figures: unknown[];
    };
    expect(fromTab.format).toEqual({ id: 'amocrm_leads', kind: 'crm' });
    expect(fromTab.figures).toEqual(expected.figures);
    expect(fromTab.figures).toEqual(fromFile.figures);
    // The tab's rows are the file's records, so a problem names the same row a person sees.
    expect(fromTab.problems.map((problem) => [problem.key, problem.row])).toEqual([
      ['missing_date', 7],
      ['bad_amount', 8],
    ]);
  });

  it('counts a deal by its day on the spreadsheet clock, and every kopeck a number format hides', () => {
    const { mapping, tabOf } = setup();
    const sheet = tabOf('Выгрузка', [
      ['ID', 'Бюджет', 'Дата создания сделки', 'Дата закрытия', 'Этап сделки', 'utm_source', 'utm_medium'],
      // 01.02 00:30 in Moscow is still 31.01 by UTC: the spreadsheet's clock says February.
      [1, 1000.55, moscow(2026, 2, 1, 0, 30), moscow(2026, 2, 1, 0, 45), 'Успешно реализовано', 'yandex', 'cpc'],
      [2, 2000.45, moscow(2026, 1, 31, 23, 59), '', 'Неразобранное', 'yandex', 'cpc'],
    ]);
    sheet.getRange(2, 2, 2, 1).setNumberFormat('0');
    expect(sheet.getRange(2, 2).getDisplayValue()).toBe('1001');
    const tab = getImportTabCells(sheet.getSheetId());
    const result = importTable(tab.rows, tab.name, mapping, { year: 2026 });
    expect(result.figures).toEqual([
      { month: '2026-01', channel: 'ppc', leads: 1, qualified_leads: 0, customers: 0, revenue: 0 },
      { month: '2026-02', channel: 'ppc', leads: 1, qualified_leads: 0, customers: 1, revenue: 1000.55 },
    ]);
  });

  it('writes the figures of a tab into the KPI tab, as a file would', () => {
    const { spreadsheet, settings, mapping, tabOf } = setup();
    const sheet = tabOf(
      'Сделки amoCRM',
      fixtureRows('amocrm-leads.utf8-bom.csv').map((row) => row.map(asImportedBySheets)),
    );
    const tab = getImportTabCells(sheet.getSheetId());
    const result = importTable(tab.rows, tab.name, mapping, { year: 2026, currency: settings.currency });
    const bytes = new TextEncoder().encode(JSON.stringify(tab.rows));
    const request = importRequest(
      [{ name: tab.name, size: bytes.length, bytes: null, table: tab.rows, hash: '0123456789abcdef', result }],
      [],
    );
    if (!request) throw new Error('nothing to import');
    expect(previewDataImport(request).summary).toContain('Изменится ячеек');
    applyDataImport(request);
    const kpi = spreadsheet.getSheetByName(KPI_TAB_NAME);
    const channels = settings.channels.length;
    const telegram = settings.channels.findIndex((channel) => channel.id === 'telegram');
    const ppc = settings.channels.findIndex((channel) => channel.id === 'ppc');
    expect(kpi?.getRange(kpiRowOf(1, ppc, channels), kpiColumn('revenue')).getValue()).toBe(150000);
    expect(kpi?.getRange(kpiRowOf(2, telegram, channels), kpiColumn('revenue')).getValue()).toBe(45500.5);
    expect(kpi?.getRange(kpiRowOf(0, ppc, channels), kpiColumn('leads')).getValue()).toBe(2);
  });

  it("refuses the add-on's own tab and a tab that is gone, in Russian", () => {
    const { spreadsheet } = setup();
    const kpi = spreadsheet.getSheetByName(KPI_TAB_NAME);
    expect(() => getImportTabCells(kpi?.getSheetId())).toThrow(
      userMessage(new RegExp(`^Лист «${KPI_TAB_NAME}» — служебный лист дополнения; выберите лист`)),
    );
    expect(() => getImportTabCells(987654)).toThrow(
      userMessage(/^Этого листа больше нет в таблице\. Выберите лист из списка ещё раз\.$/),
    );
  });
});
