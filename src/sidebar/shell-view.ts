/**
 * The frame around the sections: the title, the EN/RU switch for the
 * sidebar's own language, and the shell's status line (loading, a failed
 * load with "Try again", a failed language switch).
 */
import { LANGS, type Lang } from '../core/i18n/lang';
import { t } from './text';
import { statusView, type StatusContent } from './view/status-view';
import { h, type VElement } from './view/vnode';

export const SHELL_IDS = {
  root: 'sidebar',
  sections: 'sidebar-sections',
  status: 'app-status',
  retry: 'app-retry',
  langSwitch: 'lang-switch',
} as const;

export function langButtonId(lang: Lang): string {
  return `lang-${lang}`;
}

export interface ShellViewProps {
  lang: Lang;
  busy: boolean;
  /** The sections are drawn only once the server's state is here. */
  loading: boolean;
  status: StatusContent | null;
  /** Offered when the first load failed. */
  onRetry?: (() => void) | undefined;
  onSwitchLang: (lang: Lang) => void;
  sections: readonly VElement[];
}

export function shellView(props: ShellViewProps): VElement {
  const { lang } = props;
  return h(
    'div',
    { id: SHELL_IDS.root, class: 'sidebar-shell', 'data-testid': SHELL_IDS.root },
    h(
      'header',
      { class: 'sidebar-header' },
      h('h1', { class: 'sidebar-title' }, t(lang, 'sidebar_title')),
      h(
        'div',
        { id: SHELL_IDS.langSwitch, class: 'lang-switch', role: 'group', 'aria-label': t(lang, 'sidebar_language') },
        LANGS.map((option) =>
          h(
            'button',
            {
              id: langButtonId(option),
              type: 'button',
              lang: option,
              title: t(lang, option === 'en' ? 'switch_to_en' : 'switch_to_ru'),
              'aria-pressed': option === lang ? 'true' : 'false',
              disabled: props.busy,
              'data-testid': langButtonId(option),
              on: { click: () => props.onSwitchLang(option) },
            },
            // The visible name doubles as the accessible name; the group's label says what it switches.
            option.toUpperCase(),
          ),
        ),
      ),
    ),
    statusView(
      SHELL_IDS.status,
      props.status,
      ...(props.onRetry
        ? [
            h(
              'button',
              {
                id: SHELL_IDS.retry,
                type: 'button',
                class: 'action',
                disabled: props.busy,
                'data-testid': SHELL_IDS.retry,
                on: { click: props.onRetry },
              },
              t(lang, 'retry'),
            ),
          ]
        : []),
    ),
    h(
      'div',
      { id: SHELL_IDS.sections, class: 'sidebar-sections', 'aria-busy': props.loading ? 'true' : 'false' },
      props.sections,
    ),
  );
}
