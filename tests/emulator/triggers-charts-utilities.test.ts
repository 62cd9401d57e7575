import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { kpiEmulator } from './kpi-fixture';

describe('triggers', () => {
  it("creates, lists and deletes the active user's clock triggers", () => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    const { ScriptApp } = emulator;
    const trigger = ScriptApp.newTrigger('sendMonthlyReport').timeBased().onMonthDay(1).atHour(9).create();
    expect(trigger.getHandlerFunction()).toBe('sendMonthlyReport');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(emulator.triggers()[0]).toMatchObject({ owner: 'head@example.com', schedule: { onMonthDay: 1, atHour: 9 } });

    emulator.setActiveUser('marketer@example.com');
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => ScriptApp.deleteTrigger(trigger)).toThrow(/permission/);

    emulator.setActiveUser('head@example.com');
    ScriptApp.deleteTrigger(trigger);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  it('refuses a twenty-first trigger, as Apps Script does', () => {
    const { ScriptApp } = createEmulator();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`job${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('oneTooMany').timeBased().everyDays(1).create()).toThrow(/too many triggers/);
  });
});

describe('charts', () => {
  it('records type, ranges, position and options', () => {
    const { emulator, sheet } = kpiEmulator();
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A1:A6'))
      .addRange(sheet.getRange('D1:D6'))
      .setPosition(2, 8, 0, 0)
      .setOption('title', 'Leads by channel')
      .build();
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts();
    expect(stored?.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:A6', 'D1:D6']);
    expect(stored?.getContainerInfo().getAnchorColumn()).toBe(8);
    expect(stored?.getOptions().get('title')).toBe('Leads by channel');
    expect(stored?.modify().getChartType()).toBe(emulator.Charts.ChartType.COLUMN);
    expect(emulator.snapshot('KPI').charts).toEqual([
      {
        chartId: 1,
        chartType: 'COLUMN',
        ranges: ['KPI!A1:A6', 'KPI!D1:D6'],
        position: { anchorRow: 2, anchorColumn: 8, offsetX: 0, offsetY: 0 },
        options: { title: 'Leads by channel' },
      },
    ]);
    sheet.removeChart(stored!);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe('Session and Utilities', () => {
  it('reports the active user, their locale and the script time zone', () => {
    const emulator = createEmulator({ owner: 'head@example.com', locale: 'ru_RU', timeZone: 'Europe/Moscow' });
    expect(emulator.Session.getActiveUser().getEmail()).toBe('head@example.com');
    expect(emulator.Session.getActiveUserLocale()).toBe('ru');
    emulator.setActiveUser('pr@example.com', { locale: 'en' });
    expect(emulator.Session.getEffectiveUser().getEmail()).toBe('pr@example.com');
    expect(emulator.Session.getActiveUserLocale()).toBe('en');
    expect(emulator.Session.getScriptTimeZone()).toBe('Europe/Moscow');
    expect(emulator.SpreadsheetApp.getActiveSpreadsheet().getOwner()?.getEmail()).toBe('head@example.com');
    expect(
      emulator.SpreadsheetApp.getActiveSpreadsheet()
        .getEditors()
        .map((user) => user.getEmail()),
    ).toEqual(['head@example.com', 'pr@example.com']);
  });

  it('formats dates in a time zone with Java patterns', () => {
    const { Utilities } = createEmulator();
    const instant = new Date('2025-01-31T22:30:05Z');
    expect(Utilities.formatDate(instant, 'Europe/Moscow', 'yyyy-MM-dd HH:mm:ss')).toBe('2025-02-01 01:30:05');
    expect(Utilities.formatDate(instant, 'GMT', "EEE, d MMM yyyy 'at' h:mm a")).toBe('Fri, 31 Jan 2025 at 10:30 PM');
    expect(Utilities.formatDate(instant, 'Europe/Moscow', 'MMMM yyyy Z')).toBe('February 2025 +0300');
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('snapshot', () => {
  it('is plain data that survives JSON', () => {
    const { emulator, sheet } = kpiEmulator();
    sheet.getRange('E2').setFormula('=CHANNEL_VERDICT(D2:D6, C2:C6)');
    sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#cfe2f3');
    sheet.getRange('B1').setFontStyle('italic').setFontSize(12).setVerticalAlignment('middle');
    sheet.getRange('F8').setNote('Fill in monthly');
    const snapshot = emulator.snapshot('KPI');
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect([snapshot.numRows, snapshot.numColumns]).toEqual([8, 6]);
    expect(snapshot.values[1]?.slice(0, 5)).toEqual(['PPC', 150_000, 100_000, 20, 'OPTIMIZE']);
    expect(snapshot.formulas[1]?.[4]).toBe('=CHANNEL_VERDICT(D2:D6, C2:C6)');
    expect(snapshot.fontWeights[0]?.slice(0, 5)).toEqual(['bold', 'bold', 'bold', 'bold', 'normal']);
    expect(snapshot.backgrounds[0]?.[0]).toBe('#cfe2f3');
    expect(snapshot.fontStyles[0]?.slice(0, 3)).toEqual(['normal', 'italic', 'normal']);
    expect(snapshot.fontSizes[0]?.slice(0, 3)).toEqual([null, 12, null]);
    expect(snapshot.verticalAlignments[0]?.slice(0, 3)).toEqual([null, 'middle', null]);
    expect(snapshot.notes[7]?.[5]).toBe('Fill in monthly');
    const whole = emulator.spreadsheetSnapshot();
    expect(whole.sheets.map((s) => s.name)).toEqual(['Sheet1', 'KPI']);
    expect(JSON.parse(JSON.stringify(whole))).toEqual(whole);
  });
});
