import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { onOpen } from '../../src/server/menu';
import { readSpreadsheetLang } from '../../src/server/spreadsheet-lang';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe('globals and the menu', () => {
  it('runs the real onOpen against the installed globals and records its menu', () => {
    const emulator = createEmulator({ userLocale: 'ru' });
    uninstall = emulator.installGlobals();
    onOpen();
    expect(emulator.ui.menus).toHaveLength(1);
    const [menu] = emulator.ui.menus;
    expect(menu?.kind).toBe('addon');
    const items = (menu?.entries ?? []).flatMap((entry) => (entry.kind === 'item' ? [entry] : []));
    expect(items.map((item) => item.functionName)).toContain('showSidebar');
    // A Russian user gets Russian captions.
    expect(items.every((item) => /[а-я]/i.test(item.caption))).toBe(true);
  });

  it('lets onOpen build its menu in AuthMode.NONE and refuses data there', () => {
    const emulator = createEmulator();
    uninstall = emulator.installGlobals();
    emulator.setAuthMode(emulator.ScriptApp.AuthMode.NONE);
    onOpen();
    expect(emulator.ui.menus).toHaveLength(1);
    expect(() => emulator.PropertiesService.getDocumentProperties()).toThrow(
      /permission to call PropertiesService.getDocumentProperties/,
    );
    expect(() => emulator.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/AuthMode.NONE/);
    // The server's own fallback: the language reads as English when the spreadsheet is off limits.
    expect(readSpreadsheetLang()).toBe('en');
    emulator.setAuthMode('FULL');
    emulator.SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetLocale('ru_RU');
    expect(readSpreadsheetLang()).toBe('ru');
  });

  it('puts back what the globals were', () => {
    const target: Record<string, unknown> = { Session: 'previous' };
    const emulator = createEmulator();
    const restore = emulator.installGlobals(target);
    expect(target.SpreadsheetApp).toBe(emulator.SpreadsheetApp);
    restore();
    expect(target).toEqual({ Session: 'previous' });
  });

  it('records submenus, separators and custom menus, replacing a menu added again', () => {
    const emulator = createEmulator();
    const ui = emulator.SpreadsheetApp.getUi();
    const reports = ui.createMenu('Reports').addItem('Monthly', 'buildReport');
    ui.createMenu('KPI').addItem('Build', 'build').addSeparator().addSubMenu(reports).addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        kind: 'custom',
        caption: 'KPI',
        entries: [
          { kind: 'item', caption: 'Build', functionName: 'build' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Reports',
            entries: [{ kind: 'item', caption: 'Monthly', functionName: 'buildReport' }],
          },
        ],
      },
    ]);
    ui.createMenu('KPI').addItem('Rebuild', 'build').addToUi();
    ui.createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    expect(emulator.ui.menus.map((menu) => [menu.kind, menu.caption, menu.entries.length])).toEqual([
      ['custom', 'KPI', 1],
      ['addon', null, 1],
    ]);
  });
});

describe('sidebar, dialogs, alerts, toasts', () => {
  it('records the HtmlOutput shown in the sidebar, from the files map', () => {
    const emulator = createEmulator({ files: { Sidebar: '<h1>Marketing KPI</h1>' } });
    const html = emulator.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Marketing KPI').setWidth(300);
    emulator.SpreadsheetApp.getUi().showSidebar(html);
    expect(emulator.ui.sidebar).toEqual({
      title: 'Marketing KPI',
      content: '<h1>Marketing KPI</h1>',
      width: 300,
      height: 0,
    });
    expect(() => emulator.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
  });

  it('ignores meta tags written in the file, as HtmlService does; only addMetaTag puts one on the page', () => {
    const page =
      '<html><head><meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n<META HTTP-EQUIV="refresh" content="0">\n</head><body>Hi</body></html>';
    const emulator = createEmulator({ files: { Sidebar: page } });
    const ui = emulator.SpreadsheetApp.getUi();
    ui.showSidebar(emulator.HtmlService.createHtmlOutputFromFile('Sidebar'));
    expect(emulator.ui.sidebar?.content).toBe('<html><head><meta charset="utf-8">\n</head><body>Hi</body></html>');
    ui.showSidebar(emulator.HtmlService.createHtmlOutputFromFile('Sidebar').addMetaTag('viewport', 'width=300'));
    expect(emulator.ui.sidebar?.content).toBe(
      '<html><head>\n<meta name="viewport" content="width=300"><meta charset="utf-8">\n</head><body>Hi</body></html>',
    );
  });

  it('evaluates simple templates, escaping printed values', () => {
    const emulator = createEmulator({ files: { 'Dialog.html': '<p><?= name ?></p><?!= raw ?>' } });
    const template = emulator.HtmlService.createTemplateFromFile('Dialog') as GoogleAppsScript.HTML.HtmlTemplate &
      Record<string, unknown>;
    template.name = '<Head & PR>';
    template.raw = '<b>ok</b>';
    expect(template.evaluate().getContent()).toBe('<p>&lt;Head &amp; PR&gt;</p><b>ok</b>');
  });

  it('records dialogs, alerts with queued answers, and toasts', () => {
    const emulator = createEmulator();
    const ui = emulator.SpreadsheetApp.getUi();
    ui.showModalDialog(emulator.HtmlService.createHtmlOutput('<p>Sure?</p>').setHeight(200), 'Rebuild');
    emulator.ui.answerNextAlert('NO');
    expect(ui.alert('Rebuild', 'Replace the KPI tab?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    emulator.SpreadsheetApp.getActiveSpreadsheet().toast('Built', 'Marketing KPI', 5);
    expect(emulator.ui.dialogs[0]).toMatchObject({
      dialogTitle: 'Rebuild',
      content: '<p>Sure?</p>',
      height: 200,
      modal: true,
    });
    expect(emulator.ui.alerts).toEqual([
      { title: 'Rebuild', prompt: 'Replace the KPI tab?', buttons: 'YES_NO', answer: 'NO' },
      { title: null, prompt: 'Done', buttons: 'OK', answer: 'OK' },
    ]);
    expect(emulator.ui.toasts).toEqual([{ message: 'Built', title: 'Marketing KPI', timeoutSeconds: 5 }]);
  });
});
