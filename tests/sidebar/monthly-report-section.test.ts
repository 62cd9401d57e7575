import { describe, expect, it } from 'vitest';
import { REPORT_IDS } from '../../src/sidebar/sections/monthly-report/monthly-report-ids';
import { createMonthlyReportSection } from '../../src/sidebar/sections/monthly-report/monthly-report-section';
import { settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';
import { startSidebar as startWholeSidebar, type StartOptions } from './support/start-sidebar';
import { byId, elements, findById, fire, isDisabled, textOf } from './support/vnode-query';

/** The monthly report section alone, so the server calls counted here are its own. */
const startSidebar = (options: StartOptions = {}) =>
  startWholeSidebar({ sections: [createMonthlyReportSection], ...options });
type Sidebar = Awaited<ReturnType<typeof startSidebar>>;

const optionLabels = (sidebar: Sidebar) =>
  elements(byId(sidebar.view(), REPORT_IDS.month))
    .filter((element) => element.tag === 'option')
    .map((option) => [option.attrs.value, textOf(option)]);
const click = (sidebar: Sidebar, id: string) => fire(byId(sidebar.view(), id), 'click');
const sentRequests = (sidebar: Sidebar) =>
  sidebar.connection.calls.filter((call) => call.name === 'generateMonthlyReport').map((call) => call.args[0]);

describe('the monthly report section', () => {
  it("offers the KPI tab's months, the last month with figures chosen first", async () => {
    const server = new InMemoryServer();
    server.defaultReportMonth = '2026-02';
    server.existingReports.add('2026-01');
    const sidebar = await startSidebar({ server });
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-02');
    expect(optionLabels(sidebar)).toEqual([
      ['2026-03', 'March 2026'],
      ['2026-02', 'February 2026'],
      ['2026-01', 'January 2026 (report exists)'],
    ]);
    expect(textOf(byId(sidebar.view(), REPORT_IDS.section))).toContain(
      'The last complete month with figures is chosen first.',
    );
  });

  it('follows the last month with figures as they are entered, until the person picks a month', async () => {
    // An empty spreadsheet offers the month before this one; the template is built and filled from the sidebar.
    const server = new InMemoryServer();
    server.defaultReportMonth = null;
    server.reportMonths = ['2026-03'];
    const sidebar = await startWholeSidebar({ server });
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-03');
    server.reportMonths = ['2026-12', '2026-11', '2026-03', '2026-02'];
    server.defaultReportMonth = '2026-12';
    click(sidebar, 'kpi-build');
    await settle();
    await settle();
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-12');

    // A month the person picked stays while the tab has it.
    fire(byId(sidebar.view(), REPORT_IDS.month), 'change', '2026-03');
    click(sidebar, 'kpi-build');
    await settle();
    await settle();
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-03');
  });

  it('with no figures yet, still offers a month and says the report will list what is missing', async () => {
    const server = new InMemoryServer();
    server.defaultReportMonth = null;
    server.reportMonths = ['2026-04'];
    const sidebar = await startSidebar({ server });
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-04');
    expect(textOf(byId(sidebar.view(), REPORT_IDS.section))).toContain(
      'The KPI tab has no figures yet: the report will say what is missing.',
    );
    expect(isDisabled(byId(sidebar.view(), REPORT_IDS.generate))).toBe(false);
  });

  it("generates a new month's report without asking, and shows the result", async () => {
    const sidebar = await startSidebar();
    expect(findById(sidebar.view(), REPORT_IDS.replace)).toBeUndefined();
    click(sidebar, REPORT_IDS.generate);
    await settle();
    expect(sentRequests(sidebar)).toEqual([{ month: '2026-03', replaceExisting: false }]);
    const status = byId(sidebar.view(), REPORT_IDS.status);
    expect(status.attrs['data-tone']).toBe('success');
    expect(textOf(status)).toBe(
      'The report for 2026-03 is on the tab "Report 2026-03".' + '3 channels: 1 to scale, 1 to drop or rework.',
    );
    // The months are read again: 2026-03 now has a report, so replacing it would be asked.
    await settle();
    expect(optionLabels(sidebar)[0]).toEqual(['2026-03', 'March 2026 (report exists)']);
    expect(byId(sidebar.view(), REPORT_IDS.replace).attrs.checked).toBe(false);
  });

  it('says, before the box is ticked, that replacing a report changed by hand discards those changes', async () => {
    const server = new InMemoryServer();
    server.existingReports.add('2026-03');
    server.editedReports = ['2026-03'];
    const sidebar = await startSidebar({ server });
    expect(textOf(byId(sidebar.view(), REPORT_IDS.edited))).toBe(
      'Its tab was changed by hand after it was generated, or was written before the add-on kept track: replacing it discards what is there now.',
    );
    expect(byId(sidebar.view(), REPORT_IDS.replace).attrs.checked).toBe(false);
  });

  it('asks before replacing: the box starts unticked and the button waits for it', async () => {
    const server = new InMemoryServer();
    server.existingReports.add('2026-03');
    const sidebar = await startSidebar({ server });
    const view = sidebar.view();
    expect(textOf(byId(view, REPORT_IDS.exists))).toBe('A report for March 2026 already exists.');
    // Its tab is as the add-on wrote it: no warning.
    expect(() => byId(view, REPORT_IDS.edited)).toThrow();
    expect(byId(view, REPORT_IDS.replace).attrs.checked).toBe(false);
    const button = byId(view, REPORT_IDS.generate);
    expect(isDisabled(button)).toBe(true);
    expect(button.attrs['aria-describedby']).toBe(REPORT_IDS.replaceNeeded);

    fire(byId(sidebar.view(), REPORT_IDS.replace), 'change');
    expect(isDisabled(byId(sidebar.view(), REPORT_IDS.generate))).toBe(false);
    click(sidebar, REPORT_IDS.generate);
    await settle();
    await settle();
    expect(sentRequests(sidebar)).toEqual([{ month: '2026-03', replaceExisting: true }]);
    expect(textOf(byId(sidebar.view(), REPORT_IDS.status))).toContain('The report for 2026-03 was replaced.');
    // The answer counted once: the next report of this month is asked for again.
    expect(byId(sidebar.view(), REPORT_IDS.replace).attrs.checked).toBe(false);
  });

  it('forgets the answer when another month is chosen', async () => {
    const server = new InMemoryServer();
    server.existingReports.add('2026-03');
    server.existingReports.add('2026-02');
    const sidebar = await startSidebar({ server });
    fire(byId(sidebar.view(), REPORT_IDS.replace), 'change');
    fire(byId(sidebar.view(), REPORT_IDS.month), 'change', '2026-02');
    expect(byId(sidebar.view(), REPORT_IDS.replace).attrs.checked).toBe(false);
    expect(isDisabled(byId(sidebar.view(), REPORT_IDS.generate))).toBe(true);
  });

  it("shows the server's message when a teammate wrote the report meanwhile, and then asks", async () => {
    const server = new InMemoryServer();
    const sidebar = await startSidebar({ server });
    server.existingReports.add('2026-03');
    click(sidebar, REPORT_IDS.generate);
    await settle();
    await settle();
    const status = byId(sidebar.view(), REPORT_IDS.status);
    expect(status.attrs['data-tone']).toBe('error');
    expect(textOf(status)).toContain('A report for 2026-03 already exists');
    expect(findById(sidebar.view(), REPORT_IDS.replace)).toBeDefined();
  });

  it('is busy while the report is written: the button is disabled and says what is happening', async () => {
    const sidebar = await startSidebar();
    sidebar.connection.hold();
    click(sidebar, REPORT_IDS.generate);
    expect(isDisabled(byId(sidebar.view(), REPORT_IDS.generate))).toBe(true);
    expect(textOf(byId(sidebar.view(), REPORT_IDS.status))).toBe('Writing the monthly report…');
    click(sidebar, REPORT_IDS.generate);
    expect(sentRequests(sidebar)).toHaveLength(1);
    sidebar.connection.release();
    await settle();
  });

  it('says when the months could not be read, and tries again', async () => {
    const sidebar = await startSidebar({ holdFirstLoad: true });
    sidebar.connection.failNext('getReportOptions', {
      name: 'NetworkError',
      message: 'Connection failure due to HTTP 0',
    });
    sidebar.connection.release();
    await sidebar.started;
    await settle();
    const failed = sidebar.view();
    expect(textOf(byId(failed, REPORT_IDS.status))).toContain('No connection to Google.');
    expect(findById(failed, REPORT_IDS.month)).toBeUndefined();
    click(sidebar, REPORT_IDS.retry);
    expect(textOf(byId(sidebar.view(), REPORT_IDS.section))).toContain('Reading the months on the KPI tab…');
    await settle();
    expect(byId(sidebar.view(), REPORT_IDS.month).attrs.value).toBe('2026-03');
    expect(findById(sidebar.view(), REPORT_IDS.retry)).toBeUndefined();
  });

  it('speaks Russian', async () => {
    const server = new InMemoryServer();
    server.userLang = 'ru';
    server.existingReports.add('2026-03');
    const sidebar = await startSidebar({ server });
    const view = sidebar.view();
    expect(textOf(byId(view, 'report-title'))).toBe('Отчёт за месяц');
    expect(textOf(byId(view, REPORT_IDS.generate))).toBe('Сформировать отчёт за месяц');
    expect(optionLabels(sidebar)[0]).toEqual(['2026-03', 'Март 2026 г. (отчёт есть)']);
    expect(textOf(byId(view, REPORT_IDS.section))).toContain('Заменить имеющийся отчёт за март 2026');
  });
});
