/** The snapshot's JSON as the preview server writes it: the same text as JSON.stringify, a kept sheet's text reused. */
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { snapshotJson } from '../../packages/preview/preview-server';
import type { PreviewSnapshot } from '../../packages/preview/preview-snapshot';

function snapshotWith(texts: string[]): PreviewSnapshot {
  const emulator = createEmulator();
  const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().insertSheet('KPI');
  sheet.getRange(1, 1, texts.length, 1).setValues(texts.map((text) => [text]));
  return {
    spreadsheet: { name: 'Budget', locale: 'en_US', activeSheet: 'KPI', tabs: [] },
    sheets: [emulator.snapshot('KPI')],
    menus: [],
    toasts: [{ message: '"sheets":[]', title: null, timeoutSeconds: null }],
    alerts: [],
    sidebar: null,
    chromeLang: 'en',
    addonName: 'Marketing KPI',
    documentLockHeld: false,
  };
}

describe('snapshotJson', () => {
  it("writes what JSON.stringify writes, with texts that look like a replacement's patterns or its own place", () => {
    const snapshot = snapshotWith(['$& and $$ and $1', '"sheets":"\u0000"', '\u0000']);
    expect(snapshotJson(snapshot)).toBe(JSON.stringify(snapshot));
    // The same sheet again (kept by the session), in a snapshot otherwise new: its text is taken as written.
    const again = { ...snapshot, documentLockHeld: true };
    expect(snapshotJson(again)).toBe(JSON.stringify(again));
  });
});
