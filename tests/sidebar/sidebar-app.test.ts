import { describe, expect, it } from 'vitest';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';
import { SHELL_IDS } from '../../src/sidebar/shell-view';
import { KPI_IDS } from '../../src/sidebar/sections/kpi-template/kpi-template-ids';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { startSidebar } from './support/start-sidebar';
import { byId, elements, findById, fire, isDisabled, textOf, visibleStrings } from './support/vnode-query';

function scriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'ScriptError';
  return error;
}

describe('the sidebar shell', () => {
  it('shows a busy loading line until the state arrives, then the sections', async () => {
    const sidebar = await startSidebar({ holdFirstLoad: true });
    const loading = sidebar.view();
    expect(textOf(byId(loading, SHELL_IDS.status))).toBe('Loading…');
    expect(byId(loading, SHELL_IDS.sections).attrs['aria-busy']).toBe('true');
    expect(findById(loading, KPI_IDS.section)).toBeUndefined();
    expect(isDisabled(byId(loading, 'lang-ru'))).toBe(true);

    sidebar.connection.release();
    await sidebar.started;
    const ready = sidebar.view();
    expect(textOf(byId(ready, SHELL_IDS.status))).toBe('');
    expect(byId(ready, SHELL_IDS.sections).attrs['aria-busy']).toBe('false');
    expect(byId(ready, KPI_IDS.departmentName).attrs.value).toBe('Marketing department');
    // The shell loads the state; the monthly report section then reads its months.
    expect(sidebar.connection.callNames()).toEqual(['getSidebarState', 'getReportOptions']);
  });

  it('starts in the language the server says, whatever the browser guessed', async () => {
    const server = new InMemoryServer();
    server.userLang = 'ru';
    const sidebar = await startSidebar({ server, initialLang: 'en' });
    expect(sidebar.app.lang()).toBe('ru');
    expect(sidebar.renders.at(-1)?.lang).toBe('ru');
    expect(textOf(byId(sidebar.view(), KPI_IDS.build))).toBe('Построить шаблон KPI');
  });

  it('offers "Try again" when loading fails, and loads on it', async () => {
    const server = new InMemoryServer();
    const sidebar = await startSidebar({ server, holdFirstLoad: true });
    sidebar.connection.failNext('getSidebarState', {
      name: 'NetworkError',
      message: 'Connection failure due to HTTP 0',
    });
    sidebar.connection.release();
    await sidebar.started;
    const failed = sidebar.view();
    expect(textOf(byId(failed, SHELL_IDS.status))).toContain('No connection to Google.');
    expect(sidebar.lastFocus()).toEqual({ id: SHELL_IDS.retry, onlyIfLost: true });

    fire(byId(failed, SHELL_IDS.retry), 'click');
    await settle();
    const loaded = sidebar.view();
    expect(findById(loaded, SHELL_IDS.retry)).toBeUndefined();
    expect(findById(loaded, KPI_IDS.section)).toBeDefined();
  });

  describe('the EN/RU switch', () => {
    it('marks the current language as pressed', async () => {
      const sidebar = await startSidebar();
      expect(byId(sidebar.view(), 'lang-en').attrs['aria-pressed']).toBe('true');
      expect(byId(sidebar.view(), 'lang-ru').attrs['aria-pressed']).toBe('false');
    });

    it('re-renders every string at once and saves the choice on the server', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.hold();
      fire(byId(sidebar.view(), 'lang-ru'), 'click');
      const switching = sidebar.view();
      expect(textOf(byId(switching, KPI_IDS.title))).toBe('Шаблон KPI отдела');
      expect(textOf(byId(switching, SHELL_IDS.status))).toBe('Сохраняем язык…');
      expect(sidebar.renders.at(-1)?.lang).toBe('ru');
      expect(sidebar.connection.calls.at(-1)).toEqual({ name: 'setUserLang', args: ['ru'] });

      sidebar.connection.release();
      await settle();
      expect(sidebar.server.userLang).toBe('ru');
      expect(byId(sidebar.view(), 'lang-ru').attrs['aria-pressed']).toBe('true');
    });

    it('leaves no English behind in Russian, and no Russian in English', async () => {
      const sidebar = await startSidebar();
      // Make the conditional parts appear: a problem, a dirty form, the summary of problems.
      fire(byId(sidebar.view(), KPI_IDS.addChannel), 'click');
      fire(byId(sidebar.view(), KPI_IDS.build), 'click');
      const englishOnly = new Set(
        Object.entries(sidebarMessages.en)
          .filter(([key, text]) => text !== sidebarMessages.ru[key as keyof typeof sidebarMessages.ru])
          .map(([, text]) => text),
      );
      const cyrillic = /[а-яё]/i;
      const languageNames = new Set([sidebarMessages.en.lang_name_en, sidebarMessages.en.lang_name_ru]);

      const inEnglish = visibleStrings(sidebar.view()).filter((text) => !languageNames.has(text));
      expect(inEnglish.length).toBeGreaterThan(40);
      expect(inEnglish.filter((text) => cyrillic.test(text))).toEqual([]);
      // The check below would catch English: it finds plenty in the English view.
      expect(inEnglish.filter((text) => englishOnly.has(text)).length).toBeGreaterThan(20);

      fire(byId(sidebar.view(), 'lang-ru'), 'click');
      await settle();
      const inRussian = visibleStrings(sidebar.view());
      expect(inRussian.filter((text) => englishOnly.has(text))).toEqual([]);
      // Texts with placeholders filled ("Move SEO up") are not in the table as such: no sentence may stay in Latin letters.
      expect(inRussian.filter((text) => /^[A-Za-z]+ [a-z]+ [a-z]+/.test(text))).toEqual([]);
    });

    it('takes Russian defaults for an untouched form, and keeps edits in an edited one', async () => {
      const untouched = await startSidebar();
      fire(byId(untouched.view(), 'lang-ru'), 'click');
      await settle();
      expect(byId(untouched.view(), KPI_IDS.departmentName).attrs.value).toBe('Отдел маркетинга');

      const edited = await startSidebar();
      fire(byId(edited.view(), KPI_IDS.departmentName), 'input', 'Growth team');
      fire(byId(edited.view(), 'lang-ru'), 'click');
      await settle();
      expect(byId(edited.view(), KPI_IDS.departmentName).attrs.value).toBe('Growth team');
      expect(findById(edited.view(), KPI_IDS.unsaved)).toBeDefined();
    });

    it('says so when the choice could not be saved, in the chosen language', async () => {
      const sidebar = await startSidebar();
      sidebar.connection.failNext('setUserLang', scriptError("We're sorry, a server error occurred."));
      fire(byId(sidebar.view(), 'lang-ru'), 'click');
      await settle();
      const status = textOf(byId(sidebar.view(), SHELL_IDS.status));
      expect(status).toContain('На сервере что-то пошло не так.');
      expect(status).toContain("ScriptError: We're sorry, a server error occurred.");
    });
  });

  it('has no <form> and only type=button buttons, so Enter never submits by surprise', async () => {
    const sidebar = await startSidebar();
    const all = elements(sidebar.view());
    expect(all.some((element) => element.tag === 'form')).toBe(false);
    const buttons = all.filter((element) => element.tag === 'button');
    expect(buttons.length).toBeGreaterThan(30);
    expect(buttons.every((button) => button.attrs.type === 'button')).toBe(true);
  });

  it('labels every input and select', async () => {
    const sidebar = await startSidebar();
    const all = elements(sidebar.view());
    const labelled = new Set(all.filter((element) => element.tag === 'label').map((label) => label.attrs.for));
    const controls = all.filter((element) => element.tag === 'input' || element.tag === 'select');
    expect(controls.length).toBeGreaterThan(20);
    for (const control of controls)
      expect(labelled.has(control.attrs.id) || typeof control.attrs['aria-label'] === 'string').toBe(true);
  });

  it('gives every id once', async () => {
    const sidebar = await startSidebar();
    const ids = elements(sidebar.view())
      .map((element) => element.attrs.id)
      .filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
