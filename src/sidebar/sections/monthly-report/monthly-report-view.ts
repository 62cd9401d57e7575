/**
 * The monthly report section, drawn from its state: the month, whether to
 * replace a report that exists (asked only then, never assumed), the
 * generate button and the outcome. A pure function, so tests read the tree.
 */
import type { Lang } from '../../../core/i18n/lang';
import type { ReportOptions } from '../../../shared/report-request';
import { t } from '../../text';
import { selectField } from '../../view/form-controls';
import { statusView, type StatusContent } from '../../view/status-view';
import { h, type VElement } from '../../view/vnode';
import { monthLabel } from './month-label';
import { monthInWords } from '../../../core/i18n/month-names';
import { REPORT_IDS } from './monthly-report-ids';

export interface MonthlyReportHandlers {
  chooseMonth(month: string): void;
  toggleReplace(): void;
  generate(): void;
  retry(): void;
}

export type OptionsState =
  | { kind: 'loading' }
  | { kind: 'loaded'; options: ReportOptions }
  | { kind: 'failed'; status: StatusContent | null };

export interface MonthlyReportViewProps {
  lang: Lang;
  busy: boolean;
  options: OptionsState;
  month: string | null;
  replaceExisting: boolean;
  status: StatusContent | null;
  handlers: MonthlyReportHandlers;
}

export function monthlyReportView(props: MonthlyReportViewProps): VElement {
  const { lang, options } = props;
  return h(
    'section',
    {
      id: REPORT_IDS.section,
      class: 'block monthly-report',
      'aria-labelledby': REPORT_IDS.title,
      'data-testid': REPORT_IDS.section,
    },
    h('h2', { id: REPORT_IDS.title }, t(lang, 'report_title')),
    h('p', { class: 'secondary' }, t(lang, 'report_intro')),
    options.kind === 'loading' && h('p', { class: 'gray' }, t(lang, 'report_options_loading')),
    options.kind === 'failed' && [
      statusView(
        REPORT_IDS.status,
        options.status ?? { tone: 'error', message: t(lang, 'report_options_failed'), details: [] },
      ),
      h(
        'button',
        {
          id: REPORT_IDS.retry,
          type: 'button',
          disabled: props.busy,
          'data-testid': REPORT_IDS.retry,
          on: { click: () => props.handlers.retry() },
        },
        t(lang, 'retry'),
      ),
    ],
    options.kind === 'loaded' && loadedView(props, options.options),
  );
}

function loadedView(props: MonthlyReportViewProps, options: ReportOptions): VElement[] {
  const { lang, busy, month, handlers } = props;
  const reported = new Set(options.existingReports);
  const exists = month !== null && reported.has(month);
  const blocked = exists && !props.replaceExisting;
  return [
    selectField({
      id: REPORT_IDS.month,
      label: t(lang, 'report_month'),
      value: month ?? '',
      options: options.months.map((each) => {
        const label = monthLabel(each, lang);
        return { value: each, label: reported.has(each) ? t(lang, 'report_month_reported', { label }) : label };
      }),
      hint: t(lang, options.defaultMonth === null ? 'report_month_hint_no_figures' : 'report_month_hint'),
      onChange: (event) => handlers.chooseMonth(event.value),
    }),
    h(
      'div',
      { class: 'block actions' },
      exists &&
        h(
          'div',
          { class: 'form-group' },
          h(
            'p',
            { id: REPORT_IDS.exists, 'data-testid': REPORT_IDS.exists },
            t(lang, 'report_exists', { month: monthInWords(month, lang) }),
          ),
          // Said before the box is ticked: replacing a report someone worked on must never be a surprise.
          options.editedReports.includes(month) &&
            h(
              'p',
              { id: REPORT_IDS.edited, 'data-testid': REPORT_IDS.edited, class: 'warning' },
              t(lang, 'report_edited'),
            ),
          h(
            'label',
            { class: 'checkbox' },
            h('input', {
              id: REPORT_IDS.replace,
              type: 'checkbox',
              checked: props.replaceExisting,
              disabled: busy,
              'data-testid': REPORT_IDS.replace,
              on: { change: () => handlers.toggleReplace() },
            }),
            ` ${t(lang, 'report_replace', { month: monthInWords(month, lang) })}`,
          ),
        ),
      h(
        'button',
        {
          id: REPORT_IDS.generate,
          type: 'button',
          class: 'action',
          disabled: busy || month === null || blocked,
          'aria-describedby': blocked ? REPORT_IDS.replaceNeeded : undefined,
          'data-testid': REPORT_IDS.generate,
          on: { click: () => handlers.generate() },
        },
        t(lang, 'generate_report'),
      ),
      blocked &&
        h(
          'p',
          { id: REPORT_IDS.replaceNeeded, class: 'secondary hint', 'data-testid': REPORT_IDS.replaceNeeded },
          t(lang, 'report_replace_needed'),
        ),
    ),
    statusView(REPORT_IDS.status, props.status),
  ];
}
