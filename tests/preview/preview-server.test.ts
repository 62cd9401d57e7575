/**
 * The preview server's HTTP API, without a browser: the pushed Code.js
 * answers google.script.run calls, cell edits recompute, errors come back
 * as { error: { name, message } } with the server's own message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import type { PreviewServer } from '../../packages/preview/preview-server';
import type { PreviewSnapshot } from '../../packages/preview/preview-snapshot';
import type { SidebarState } from '../../src/shared/server-api';
import { startPreview } from '../e2e/support/preview';
import { userMessage } from '../support/user-message';

let preview: PreviewServer;

beforeAll(async () => {
  preview = await startPreview();
});

afterAll(async () => {
  await preview?.close();
});

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { value?: unknown; error?: { name: string; message: string } } }> {
  const response = await fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { value?: unknown; error?: { name: string; message: string } },
  };
}

async function snapshot(query = ''): Promise<PreviewSnapshot> {
  return (await (await fetch(new URL(`/api/snapshot${query}`, preview.url))).json()) as PreviewSnapshot;
}

describe('the preview server', () => {
  it('listens on 127.0.0.1 only, on the port it was given (0: a free one)', () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(preview.port).toBeGreaterThan(0);
  });

  it('serves the page, and the sidebar the server showed with google.script.run put before its script', async () => {
    const page = await (await fetch(preview.url)).text();
    expect(page).toContain('id="grid-host"');
    expect(page).not.toContain('/* inline:');
    const sidebar = await (await fetch(new URL('/sidebar', preview.url))).text();
    const pushed = readFileSync(join(import.meta.dirname, '../../dist/Sidebar.html'), 'utf8');
    const shimAt = sidebar.indexOf('google = { script:');
    expect(shimAt).toBeGreaterThan(0);
    expect(shimAt).toBeLessThan(sidebar.indexOf('getSidebarState'));
    // Apart from the shim, it is the pushed file.
    expect(sidebar.replace(/<script>[\s\S]*?<\/script>\n/, '')).toBe(pushed);
  });

  it('starts as a person opening the spreadsheet: the menu from onOpen, the sidebar open', async () => {
    const state = await snapshot();
    const handlers = state.menus[0]?.entries.map((entry) => (entry.kind === 'item' ? entry.functionName : entry.kind));
    expect(handlers).toEqual(expect.arrayContaining(['showSidebar', 'menuBuildKpiTemplate']));
    expect(state.sidebar).toEqual({ title: 'Marketing KPI', opened: 1 });
    expect(state.chromeLang).toBe('en');
    // A new spreadsheet, named as Sheets names one.
    expect(state.spreadsheet.name).toBe('Untitled spreadsheet');
    expect(state.spreadsheet.tabs.map((tab) => tab.name)).toEqual(['Sheet1']);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  it('runs google.script.run calls on the pushed code', async () => {
    const { status, body } = await post('/api/run/getSidebarState', { args: [] });
    expect(status).toBe(200);
    const state = body.value as SidebarState;
    expect(state.userLang).toBe('en');
    expect(state.kpiTabExists).toBe(false);

    const built = await post('/api/run/buildKpiTemplate', { args: [{ ...state.settings, year: 2025 }] });
    expect(built.status).toBe(200);
    expect(built.body.value).toEqual({
      message: translate(kpiMessages, 'en', 'built', { rows: 96, channels: 8, months: 12 }),
      details: [],
    });
    expect((await snapshot()).spreadsheet.activeSheet).toBe(KPI_TAB_NAME);
  });

  it('sends the cells of the sheet asked for and of the active one, and the tabs of all', async () => {
    await post('/api/select', { sheet: 'Sheet1' });
    const asked = await snapshot(`?sheet=${KPI_TAB_NAME}`);
    expect(asked.spreadsheet.activeSheet).toBe('Sheet1');
    expect(asked.spreadsheet.tabs.map((tab) => tab.name)).toEqual(['Sheet1', KPI_TAB_NAME]);
    expect(asked.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', KPI_TAB_NAME]);
    await post('/api/select', { sheet: KPI_TAB_NAME });
    expect((await snapshot(`?sheet=${KPI_TAB_NAME}`)).sheets.map((sheet) => sheet.name)).toEqual([KPI_TAB_NAME]);
    expect((await post('/api/select', { sheet: 'Nope' })).status).toBe(404);
  });

  it('answers a server error with its name and the message the server wrote', async () => {
    const { status, body } = await post('/api/run/saveSettings', { args: [{ departmentName: '' }] });
    expect(status).toBe(500);
    expect(body.error?.name).toBe('UserFacingError');
    expect(body.error?.message).toMatch(userMessage(/^The settings are not valid: /));
  });

  it('refuses what Apps Script would not run: an unknown function, a custom function', async () => {
    for (const name of ['deleteEverything', 'ROMI']) {
      const { status, body } = await post(`/api/run/${name}`, { args: [] });
      expect(status).toBe(404);
      expect(body.error).toEqual({ name: 'ScriptError', message: `Script function not found: ${name}` });
    }
  });

  it('takes a typed number, recomputes, and refuses an entry the validation rejects', async () => {
    await post('/api/run/fillSampleData', { args: [] });
    const cpl = () =>
      snapshot().then((state) => state.sheets.find((sheet) => sheet.name === KPI_TAB_NAME)?.displayValues[1]?.[10]);
    const before = await cpl();
    expect((await post('/api/cell', { sheet: KPI_TAB_NAME, a1: 'F2', input: '1' })).status).toBe(200);
    expect(await cpl()).not.toBe(before);

    // Spend's rule is a number rule, which the preview checks (custom-formula rules, like the counts', it does not).
    const spendBefore = (await snapshot()).sheets.find((sheet) => sheet.name === KPI_TAB_NAME)?.values[1]?.[2];
    const refused = await post('/api/cell', { sheet: KPI_TAB_NAME, a1: 'C2', input: '-3' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toEqual({ name: 'ValidationError', message: kpiMessages.en.help_non_negative });
    const tab = (await snapshot()).sheets.find((sheet) => sheet.name === KPI_TAB_NAME);
    expect(tab?.values[1]?.[2]).toBe(spendBefore);
    expect(tab?.values[1]?.[5]).toBe(1);
  });

  it('runs menu items, whose toasts the snapshot reports', async () => {
    const { status } = await post('/api/menu/menuBuildKpiTemplate', {});
    expect(status).toBe(200);
    const toasts = (await snapshot()).toasts;
    expect(toasts.at(-1)?.message).toMatch(/^KPI tab updated/);
    expect((await post('/api/menu/notOnTheMenu', {})).status).toBe(404);
  });

  it('holds the document lock as a teammate would, so a build is refused until it is let go', async () => {
    await post('/api/document-lock', { held: true });
    expect((await snapshot()).documentLockHeld).toBe(true);
    const state = (await post('/api/run/getSidebarState', { args: [] })).body.value as SidebarState;
    const refused = await post('/api/run/buildKpiTemplate', { args: [state.settings] });
    expect(refused.body.error?.message).toMatch(userMessage(/^Another change to the template is running/));
    await post('/api/document-lock', { held: false });
    expect((await post('/api/run/buildKpiTemplate', { args: [state.settings] })).status).toBe(200);
  });

  it('refuses changes from other sites and malformed requests', async () => {
    expect((await post('/api/run/getSidebarState', { args: [] }, { origin: 'https://example.com' })).status).toBe(403);
    expect((await post('/api/cell', { sheet: KPI_TAB_NAME })).status).toBe(400);
    const notJson = await fetch(new URL('/api/cell', preview.url), { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await fetch(new URL('/nowhere', preview.url))).status).toBe(404);
  });
});
