import { describe, expect, it } from 'vitest';
import { EmulatedUtilities } from 'sheets-emulator';
import { callGlobal, loadBundle } from './load-bundle';

/** Fake services that record the menu and fail loudly if properties or data are touched. */
function authModeNoneServices(locale: string) {
  const menu: { title?: string; items: [string, string][]; added: boolean } = { items: [], added: false };
  const touched: string[] = [];
  const forbidden = (name: string) =>
    new Proxy(
      {},
      {
        get(_target, property) {
          touched.push(`${name}.${String(property)}`);
          throw new Error(`${name} is not available in AuthMode.NONE`);
        },
      },
    );
  const addonMenu = {
    addItem(caption: string, handler: string) {
      menu.items.push([caption, handler]);
      return addonMenu;
    },
    addSeparator() {
      return addonMenu;
    },
    addToUi() {
      menu.added = true;
    },
  };
  return {
    menu,
    touched,
    globals: {
      SpreadsheetApp: {
        getUi: () => ({ createAddonMenu: () => addonMenu }),
        getActiveSpreadsheet: () => forbidden('Spreadsheet'),
      },
      PropertiesService: forbidden('PropertiesService'),
      LockService: forbidden('LockService'),
      Session: { getActiveUserLocale: () => locale },
      // Needs no authorization (AuthMode.NONE allows it): Code.js unpacks its server half with it.
      Utilities: new EmulatedUtilities(),
    },
  };
}

describe('the pushed menu', () => {
  it('onOpen in AuthMode.NONE builds the menu without touching properties or data', () => {
    const services = authModeNoneServices('en_US');
    const result = callGlobal(loadBundle(services.globals), 'onOpen', { authMode: 'NONE' });
    expect(result.error).toBeUndefined();
    expect(services.touched).toEqual([]);
    expect(services.menu.added).toBe(true);
    expect(services.menu.items.map(([, handler]) => handler)).toEqual(
      expect.arrayContaining(['showSidebar', 'menuBuildKpiTemplate']),
    );
  });

  it("onInstall builds the same menu, in the user's language", () => {
    const services = authModeNoneServices('ru_RU');
    callGlobal(loadBundle(services.globals), 'onInstall', { authMode: 'NONE' });
    expect(services.menu.items[0]?.[0]).toBe('Открыть боковую панель');
  });

  it('every menu handler is a top-level function of the bundle', () => {
    const services = authModeNoneServices('en_US');
    const context = loadBundle(services.globals);
    callGlobal(context, 'onOpen', { authMode: 'NONE' });
    for (const [, handler] of services.menu.items) expect(typeof context[handler], handler).toBe('function');
  });
});
