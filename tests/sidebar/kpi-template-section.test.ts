import { describe, expect, it } from 'vitest';
import {
  KPI_IDS,
  channelMoveId,
  channelNameId,
  channelRemoveId,
  channelTargetCplId,
} from '../../src/sidebar/sections/kpi-template/kpi-template-ids';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { createKpiTemplateSection } from '../../src/sidebar/sections/kpi-template/kpi-template-section';
import { startSidebar as startWholeSidebar, type StartOptions } from './support/start-sidebar';
import { allByTestId, byId, elements, findById, fire, isDisabled, textOf } from './support/vnode-query';
import { markUserMessage } from '../../src/shared/user-message-marker';

/** The KPI section alone, so the server calls counted here are its own. */
const startSidebar = (options: StartOptions = {}) =>
  startWholeSidebar({ sections: [createKpiTemplateSection], ...options });

type Sidebar = Awaited<ReturnType<typeof startSidebar>>;

const channelIds = (sidebar: Sidebar) =>
  allByTestId(sidebar.view(), 'kpi-channel').map((row) => String(row.attrs['data-channel-id']));
const click = (sidebar: Sidebar, id: string) => fire(byId(sidebar.view(), id), 'click');
const type = (sidebar: Sidebar, id: string, value: string) => fire(byId(sidebar.view(), id), 'input', value);
/** Typing, then leaving the field (the change event). */
const enter = (sidebar: Sidebar, id: string, value: string) => {
  type(sidebar, id, value);
  fire(byId(sidebar.view(), id), 'change', value);
};

function scriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'ScriptError';
  return error;
}

describe('the KPI template section', () => {
  it('shows the settings the server sent, with one row per channel', async () => {
    const sidebar = await startSidebar();
    const view = sidebar.view();
    expect(byId(view, KPI_IDS.year).attrs.value).toBe('2026');
    expect(byId(view, KPI_IDS.currency).attrs.value).toBe('USD');
    expect(byId(view, KPI_IDS.sheetLang).attrs.value).toBe('en');
    expect(byId(view, KPI_IDS.minLeads).attrs.value).toBe('5');
    expect(channelIds(sidebar)).toEqual(['ppc', 'seo', 'content', 'smm', 'email', 'pr', 'events', 'referrals']);
    expect(byId(view, channelNameId('seo')).attrs.value).toBe('SEO');
    expect(textOf(byId(view, KPI_IDS.state))).toBe('Default settings, not saved yet. There is no KPI tab yet.');
  });

  it('labels the target CPL with the chosen currency', async () => {
    const sidebar = await startSidebar();
    const cplLabel = () =>
      elements(sidebar.view()).find(
        (element) => element.tag === 'label' && element.attrs.for === channelTargetCplId('ppc'),
      );
    expect(textOf(cplLabel()!)).toBe('Target CPL, USD');
    fire(byId(sidebar.view(), KPI_IDS.currency), 'change', 'RUB');
    expect(textOf(cplLabel()!)).toBe('Target CPL, RUB');
    expect(findById(sidebar.view(), KPI_IDS.unsaved)).toBeDefined();
  });

  it('ignores a select value outside the schema', async () => {
    const sidebar = await startSidebar();
    fire(byId(sidebar.view(), KPI_IDS.currency), 'change', 'GBP');
    expect(byId(sidebar.view(), KPI_IDS.currency).attrs.value).toBe('USD');
    expect(findById(sidebar.view(), KPI_IDS.unsaved)).toBeUndefined();
  });

  describe('editing channels', () => {
    it('adds an empty channel at the end and moves focus to its name', async () => {
      const sidebar = await startSidebar();
      click(sidebar, KPI_IDS.addChannel);
      const added = channelIds(sidebar).at(-1)!;
      expect(channelIds(sidebar)).toHaveLength(9);
      expect(byId(sidebar.view(), channelNameId(added)).attrs.value).toBe('');
      expect(sidebar.lastFocus()).toEqual({ id: channelNameId(added) });
      expect(textOf(byId(sidebar.view(), KPI_IDS.unsaved))).toBe('Unsaved changes');
    });

    it('renames a channel in place, keeping its id', async () => {
      const sidebar = await startSidebar();
      type(sidebar, channelNameId('seo'), 'Organic search');
      expect(byId(sidebar.view(), channelNameId('seo')).attrs.value).toBe('Organic search');
      expect(byId(sidebar.view(), channelRemoveId('seo')).attrs['aria-label']).toBe('Remove Organic search');
    });

    it('moves a channel and keeps focus on the button pressed, or its partner at the end of the list', async () => {
      const sidebar = await startSidebar();
      click(sidebar, channelMoveId('seo', 'up'));
      expect(channelIds(sidebar).slice(0, 3)).toEqual(['seo', 'ppc', 'content']);
      expect(sidebar.lastFocus()).toEqual({ id: channelMoveId('seo', 'down') });
      expect(isDisabled(byId(sidebar.view(), channelMoveId('seo', 'up')))).toBe(true);
      click(sidebar, channelMoveId('seo', 'down'));
      expect(sidebar.lastFocus()).toEqual({ id: channelMoveId('seo', 'down') });
      expect(channelIds(sidebar).slice(0, 3)).toEqual(['ppc', 'seo', 'content']);
      expect(isDisabled(byId(sidebar.view(), channelMoveId('referrals', 'down')))).toBe(true);
    });

    it('removes a channel and moves focus to the one taking its place', async () => {
      const sidebar = await startSidebar();
      click(sidebar, channelRemoveId('seo'));
      expect(channelIds(sidebar)).not.toContain('seo');
      expect(sidebar.lastFocus()).toEqual({ id: channelRemoveId('content') });
      click(sidebar, channelRemoveId('referrals'));
      expect(sidebar.lastFocus()).toEqual({ id: channelRemoveId('events') });
    });

    it('moves focus to "Add channel" when the last channel goes, and then asks for one', async () => {
      const server = new InMemoryServer();
      server.settings = {
        ...server.getSidebarState().settings,
        channels: [{ id: 'ppc', name: 'PPC', targetCpl: null, targetRomi: null }],
      };
      const sidebar = await startSidebar({ server });
      click(sidebar, channelRemoveId('ppc'));
      expect(sidebar.lastFocus()).toEqual({ id: KPI_IDS.addChannel });
      click(sidebar, KPI_IDS.build);
      expect(textOf(byId(sidebar.view(), KPI_IDS.status))).toContain('Add at least one channel');
      expect(sidebar.connection.callNames()).toEqual(['getSidebarState']);
    });

    it('names an unnamed channel by its number on its buttons', async () => {
      const sidebar = await startSidebar();
      click(sidebar, KPI_IDS.addChannel);
      const added = channelIds(sidebar).at(-1)!;
      expect(byId(sidebar.view(), channelMoveId(added, 'up')).attrs['aria-label']).toBe('Move channel 9 up');
    });
  });

  describe('problems in the form', () => {
    it('shows a field problem once the user leaves the field, tied to it for screen readers', async () => {
      const sidebar = await startSidebar();
      type(sidebar, channelTargetCplId('ppc'), '0');
      expect(findById(sidebar.view(), `${channelTargetCplId('ppc')}-error`)).toBeUndefined();
      fire(byId(sidebar.view(), channelTargetCplId('ppc')), 'change', '0');
      const view = sidebar.view();
      const input = byId(view, channelTargetCplId('ppc'));
      expect(textOf(byId(view, `${channelTargetCplId('ppc')}-error`))).toBe('Channel 1: target CPL must be above 0');
      expect(input.attrs['aria-invalid']).toBe('true');
      expect(input.attrs['aria-describedby']).toBe(`${channelTargetCplId('ppc')}-error`);
      type(sidebar, channelTargetCplId('ppc'), '850');
      expect(findById(sidebar.view(), `${channelTargetCplId('ppc')}-error`)).toBeUndefined();
    });

    it('blocks an action with problems: no server call, every problem listed, focus on the first', async () => {
      const sidebar = await startSidebar();
      enter(sidebar, KPI_IDS.year, '1999');
      type(sidebar, channelNameId('smm'), '');
      click(sidebar, KPI_IDS.build);
      const view = sidebar.view();
      expect(sidebar.connection.callNames()).toEqual(['getSidebarState']);
      expect(sidebar.lastFocus()).toEqual({ id: KPI_IDS.year });
      expect(textOf(byId(view, KPI_IDS.status))).toBe(
        'Fix these before going on:' + 'Year must be a whole number from 2000 to 2100' + 'Channel 4: name is empty',
      );
      expect(textOf(byId(view, `${channelNameId('smm')}-error`))).toBe('Channel 4: name is empty');
    });

    it('shows the problems in Russian after a switch', async () => {
      const sidebar = await startSidebar();
      type(sidebar, channelNameId('smm'), '');
      click(sidebar, KPI_IDS.save);
      fire(byId(sidebar.view(), 'lang-ru'), 'click');
      await settle();
      expect(textOf(byId(sidebar.view(), `${channelNameId('smm')}-error`))).toBe('Канал 4: название не заполнено');
    });

    it('tells a repeated name, pointing at the later channel', async () => {
      const sidebar = await startSidebar();
      enter(sidebar, channelNameId('email'), 'seo ');
      expect(textOf(byId(sidebar.view(), `${channelNameId('email')}-error`))).toBe(
        'Channel 5: the name “seo” is already used by channel 2',
      );
    });
  });

  describe('Build / update KPI template', () => {
    it('is busy while the server works: buttons disabled, aria-busy, a spinner line', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.hold();
      click(sidebar, KPI_IDS.build);
      const view = sidebar.view();
      for (const id of [KPI_IDS.build, KPI_IDS.save, KPI_IDS.addChannel, channelRemoveId('ppc'), 'lang-ru'])
        expect(isDisabled(byId(view, id))).toBe(true);
      expect(byId(view, KPI_IDS.form).attrs['aria-busy']).toBe('true');
      expect(byId(view, KPI_IDS.status).attrs['aria-live']).toBe('polite');
      expect(textOf(byId(view, KPI_IDS.status))).toBe('Building the KPI template…');
      // A second click while busy does nothing.
      click(sidebar, KPI_IDS.build);
      expect(sidebar.connection.callNames()).toEqual(['getSidebarState', 'buildKpiTemplate']);
      sidebar.connection.release();
      await settle();
    });

    it('sends the checked settings (trimmed, numbers parsed) and shows the result with its details', async () => {
      const sidebar = await startSidebar();
      type(sidebar, KPI_IDS.departmentName, '  Growth team ');
      type(sidebar, channelTargetCplId('ppc'), '1 200,5');
      click(sidebar, KPI_IDS.build);
      await settle();
      const sent = sidebar.connection.calls.find((call) => call.name === 'buildKpiTemplate')?.args[0];
      expect(sent).toMatchObject({
        departmentName: 'Growth team',
        year: 2026,
        channels: expect.arrayContaining([{ id: 'ppc', name: 'Google Ads', targetCpl: 1200.5, targetRomi: null }]),
      });

      const view = sidebar.view();
      expect(byId(view, KPI_IDS.status).attrs['data-tone']).toBe('success');
      expect(textOf(byId(view, KPI_IDS.status))).toBe('The KPI tab is ready.' + '8 channels' + '12 months');
      expect(textOf(byId(view, KPI_IDS.state))).toBe(
        'Settings saved in this spreadsheet. The KPI tab exists: building again adds what is missing and writes none of the cells you typed in; the result says what it checked.',
      );
      expect(byId(view, KPI_IDS.departmentName).attrs.value).toBe('Growth team');
      expect(findById(view, KPI_IDS.unsaved)).toBeUndefined();
      expect(isDisabled(byId(view, KPI_IDS.build))).toBe(false);
      expect(sidebar.lastFocus()).toEqual({ id: KPI_IDS.build, onlyIfLost: true });
      expect(sidebar.connection.callNames()).toEqual(['getSidebarState', 'buildKpiTemplate', 'getSidebarState']);
    });

    it('keeps edits made while the build was running', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.hold();
      click(sidebar, KPI_IDS.build);
      type(sidebar, KPI_IDS.departmentName, 'Edited meanwhile');
      sidebar.connection.release();
      await settle();
      await settle();
      expect(byId(sidebar.view(), KPI_IDS.departmentName).attrs.value).toBe('Edited meanwhile');
      expect(findById(sidebar.view(), KPI_IDS.unsaved)).toBeDefined();
    });

    it('shows the message a server error carries for the user', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.failNext(
        'buildKpiTemplate',
        new Error(`Exception: ${markUserMessage('The KPI tab is protected; ask the owner to unprotect it.')}`),
      );
      click(sidebar, KPI_IDS.build);
      await settle();
      const status = byId(sidebar.view(), KPI_IDS.status);
      expect(status.attrs['data-tone']).toBe('error');
      expect(textOf(status)).toBe('The KPI tab is protected; ask the owner to unprotect it.');
      expect(isDisabled(byId(sidebar.view(), KPI_IDS.build))).toBe(false);
    });

    it('explains a technical failure in the user language, with the details for support', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.failNext('buildKpiTemplate', scriptError('Exceeded maximum execution time'));
      click(sidebar, KPI_IDS.build);
      await settle();
      const status = textOf(byId(sidebar.view(), KPI_IDS.status));
      expect(status).toContain('The server took too long and stopped.');
      expect(status).toContain('Technical details: ScriptError: Exceeded maximum execution time');
    });
  });

  describe('Fill with sample data', () => {
    it('waits for the KPI tab, saying why', async () => {
      const sidebar = await startSidebar();
      const button = byId(sidebar.view(), KPI_IDS.fillSample);
      expect(isDisabled(button)).toBe(true);
      expect(button.attrs['aria-describedby']).toBe(KPI_IDS.fillSampleHint);
      expect(textOf(byId(sidebar.view(), KPI_IDS.fillSampleHint))).toBe(
        'Build the KPI template first, then fill it with sample data.',
      );
    });

    it('fills once the tab exists and shows the result', async () => {
      const server = new InMemoryServer();
      server.kpiTabExists = true;
      const sidebar = await startSidebar({ server });
      expect(findById(sidebar.view(), KPI_IDS.fillSampleHint)).toBeUndefined();
      sidebar.connection.hold();
      click(sidebar, KPI_IDS.fillSample);
      expect(textOf(byId(sidebar.view(), KPI_IDS.status))).toBe('Filling the KPI tab with sample data…');
      sidebar.connection.release();
      await settle();
      await settle();
      expect(textOf(byId(sidebar.view(), KPI_IDS.status))).toBe('Sample data added.' + '120 rows');
      expect(sidebar.connection.callNames()).toEqual(['getSidebarState', 'fillSampleData', 'getSidebarState']);
    });
  });

  describe('saving and discarding', () => {
    it('offers to save untouched defaults, and not settings already saved', async () => {
      const fresh = await startSidebar();
      expect(isDisabled(byId(fresh.view(), KPI_IDS.save))).toBe(false);
      const server = new InMemoryServer();
      server.settings = server.getSidebarState().settings;
      const saved = await startSidebar({ server });
      expect(isDisabled(byId(saved.view(), KPI_IDS.save))).toBe(true);
    });

    it('saves, confirms in the user language, and is clean afterwards', async () => {
      const sidebar = await startSidebar();
      type(sidebar, KPI_IDS.minLeads, '10');
      click(sidebar, KPI_IDS.save);
      await settle();
      expect(sidebar.server.settings?.minLeads).toBe(10);
      expect(textOf(byId(sidebar.view(), KPI_IDS.status))).toBe('Settings saved.');
      expect(findById(sidebar.view(), KPI_IDS.unsaved)).toBeUndefined();
      fire(byId(sidebar.view(), 'lang-ru'), 'click');
      await settle();
      expect(textOf(byId(sidebar.view(), KPI_IDS.status))).toBe('Настройки сохранены.');
    });

    it('discards every edit back to the last saved settings', async () => {
      const sidebar = await startSidebar();
      type(sidebar, KPI_IDS.departmentName, 'Growth');
      click(sidebar, channelRemoveId('seo'));
      click(sidebar, KPI_IDS.discard);
      expect(byId(sidebar.view(), KPI_IDS.departmentName).attrs.value).toBe('Marketing department');
      expect(channelIds(sidebar)).toContain('seo');
      expect(findById(sidebar.view(), KPI_IDS.discard)).toBeUndefined();
      expect(sidebar.lastFocus()).toEqual({ id: KPI_IDS.build });
    });
  });
});
