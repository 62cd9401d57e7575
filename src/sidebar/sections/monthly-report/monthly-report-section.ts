/**
 * The "Monthly report" section: reads which months the KPI tab has (and
 * which are reported) whenever the server's state arrives, keeps the chosen
 * month and the answer to "replace the existing report?", and generates the
 * report through the host. The drawing is in monthly-report-view.ts.
 */
import type { ReportOptions } from '../../../shared/report-request';
import { createActionSlot, statusContent, type ActionStatus } from '../../action-status';
import { classifyServerFailure } from '../../server-failure';
import type { VElement } from '../../view/vnode';
import type { SectionDeclaration, SectionHost, SidebarSection } from '../section';
import { REPORT_IDS } from './monthly-report-ids';
import { monthlyReportView, type MonthlyReportHandlers } from './monthly-report-view';

const MONTHLY_REPORT_SECTION_ID = 'monthly-report';

type Options =
  | { kind: 'loading' }
  | { kind: 'loaded'; options: ReportOptions }
  | { kind: 'failed'; status: ActionStatus };

export function createMonthlyReportSection(host: SectionHost): SidebarSection {
  let options: Options = { kind: 'loading' };
  let month: string | null = null;
  /** The person picked `month`; until then it follows the server's default, which moves as figures are entered. */
  let monthChosen = false;
  /** Asked, never assumed: false for every month until the person ticks it. */
  let replaceExisting = false;
  const line = createActionSlot(host);
  /** Only the latest request for options counts; an earlier, slower reply is dropped. */
  let optionsRequest = 0;

  /** Keeps the person's month while the KPI tab still has it; otherwise the default (the last month with figures). */
  function adopt(next: ReportOptions): void {
    options = { kind: 'loaded', options: next };
    const fallback = next.preselected ?? next.defaultMonth ?? next.months[0] ?? null;
    const keep = month !== null && next.months.includes(month) && (monthChosen || month === fallback);
    if (!keep) {
      month = fallback;
      monthChosen = false;
      replaceExisting = false;
    }
  }

  async function loadOptions(): Promise<void> {
    const request = ++optionsRequest;
    try {
      const loaded = await host.callServer('getReportOptions');
      if (request !== optionsRequest) return;
      adopt(loaded);
    } catch (error) {
      if (request !== optionsRequest) return;
      // Months already shown stay usable; only a first load that failed shows the failure.
      if (options.kind !== 'loaded')
        options = { kind: 'failed', status: { kind: 'failed', failure: classifyServerFailure(error) } };
    }
    host.render();
  }

  const handlers: MonthlyReportHandlers = {
    chooseMonth(value) {
      if (options.kind !== 'loaded' || !options.options.months.includes(value) || value === month) return;
      month = value;
      monthChosen = true;
      replaceExisting = false;
      line.reset();
      host.render();
    },
    toggleReplace() {
      replaceExisting = !replaceExisting;
      host.render();
    },
    generate() {
      if (host.isBusy() || month === null) return;
      const request = { month, replaceExisting };
      void line.perform({
        busy: 'busy_generating_report',
        focusAfter: { id: REPORT_IDS.generate, onlyIfLost: true },
        run: async () => {
          try {
            const result = await host.callServer('generateMonthlyReport', request);
            replaceExisting = false;
            return { kind: 'done', result };
          } finally {
            // Reported months changed, or a teammate's report appeared meanwhile: either way, read them again.
            void loadOptions();
          }
        },
      });
    },
    retry() {
      if (host.isBusy()) return;
      options = { kind: 'loading' };
      host.render();
      void loadOptions();
    },
  };

  return {
    id: MONTHLY_REPORT_SECTION_ID,
    receiveState() {
      // The KPI tab may have changed (built, filled with sample data): its months are read again.
      void loadOptions();
    },
    view(): VElement {
      const lang = host.lang();
      return monthlyReportView({
        lang,
        busy: host.isBusy(),
        options: options.kind === 'failed' ? { kind: 'failed', status: statusContent(options.status, lang) } : options,
        month,
        replaceExisting,
        status: statusContent(line.status(), lang),
        handlers,
      });
    },
  };
}

export const section: SectionDeclaration = { order: 40, create: createMonthlyReportSection };
