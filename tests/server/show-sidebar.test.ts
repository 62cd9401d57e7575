import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryPoints } from '../../src/server/entry-points';
import { SIDEBAR_FILE, showSidebar } from '../../src/server/sidebar';

/** Stubs the services showSidebar touches and records what it asked of them. */
function stubAppsScript(locale: string | Error, savedLang: string | null = null) {
  const calls: string[] = [];
  const output = {
    setTitle(title: string) {
      calls.push(`setTitle(${title})`);
      return output;
    },
  };
  vi.stubGlobal('HtmlService', {
    createHtmlOutputFromFile(file: string) {
      calls.push(`createHtmlOutputFromFile(${file})`);
      return output;
    },
  });
  vi.stubGlobal('SpreadsheetApp', {
    getUi: () => ({
      showSidebar(page: unknown) {
        calls.push(page === output ? 'showSidebar(output)' : 'showSidebar(?)');
      },
    }),
  });
  vi.stubGlobal('PropertiesService', {
    getUserProperties: () => ({ getProperty: () => savedLang }),
  });
  vi.stubGlobal('Session', {
    getActiveUserLocale() {
      if (locale instanceof Error) throw locale;
      return locale;
    },
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('showSidebar', () => {
  it('serves dist/Sidebar.html with a title in the user language', () => {
    const calls = stubAppsScript('ru_RU');
    showSidebar();
    expect(calls).toEqual([
      `createHtmlOutputFromFile(${SIDEBAR_FILE})`,
      'setTitle(Маркетинг KPI)',
      'showSidebar(output)',
    ]);
    expect(SIDEBAR_FILE).toBe('Sidebar');
  });

  it('prefers the language the user chose in the sidebar over their locale', () => {
    const calls = stubAppsScript('en_US', 'ru');
    showSidebar();
    expect(calls).toContain('setTitle(Маркетинг KPI)');
  });

  it('falls back to English when the locale cannot be read', () => {
    const calls = stubAppsScript(new Error('no session'));
    showSidebar();
    expect(calls).toContain('setTitle(Marketing KPI)');
  });

  it('is an entry point, as the menu item expects', () => {
    expect(entryPoints().find((entry) => entry.name === 'showSidebar')?.run).toBe(showSidebar);
  });
});
