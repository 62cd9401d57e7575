/**
 * The KPI template section, drawn from its state: a pure function, so tests
 * read the tree and fire its handlers without a browser.
 */
import type { Lang } from '../../../core/i18n/lang';
import { LANGS } from '../../../core/i18n/lang';
import { CURRENCIES, MAX_CHANNELS } from '../../../shared/template-settings';
import type { SidebarState } from '../../../shared/server-api';
import { t } from '../../text';
import { describedBy, feedbackView, selectField, textField, textInput } from '../../view/form-controls';
import { statusView, type StatusContent } from '../../view/status-view';
import { h, type VElement } from '../../view/vnode';
import {
  KPI_IDS,
  channelMoveId,
  channelNameId,
  channelRemoveId,
  channelTargetCplId,
  channelTargetRomiId,
} from './kpi-template-ids';
import type { ChannelDraft } from './template-draft';
import {
  canAddChannel,
  canMoveChannel,
  isDirty,
  type MoveDirection,
  type ScalarField,
  type TemplateForm,
} from './template-form';
import { channelField, type FieldKey } from './template-validation';

export interface KpiTemplateHandlers {
  setField(field: ScalarField, value: string): void;
  /** The user left a field they changed: its problem may show from now on. */
  touch(field: FieldKey): void;
  renameChannel(channelId: string, name: string): void;
  setTargetCpl(channelId: string, text: string): void;
  setTargetRomi(channelId: string, text: string): void;
  moveChannel(channelId: string, direction: MoveDirection): void;
  removeChannel(channelId: string): void;
  addChannel(): void;
  build(): void;
  fillSampleData(): void;
  save(): void;
  discard(): void;
}

export interface KpiTemplateViewProps {
  lang: Lang;
  busy: boolean;
  form: TemplateForm;
  serverState: Pick<SidebarState, 'settingsSaved' | 'kpiTabExists'>;
  /** Problems to show beside their fields now: of fields the user has left, or all of them after a click on an action. */
  visibleProblems: ReadonlyMap<FieldKey, string>;
  status: StatusContent | null;
  handlers: KpiTemplateHandlers;
}

export function kpiTemplateView(props: KpiTemplateViewProps): VElement {
  const { lang, serverState } = props;
  const stateText = [
    t(lang, serverState.settingsSaved ? 'kpi_state_saved' : 'kpi_state_defaults'),
    t(lang, serverState.kpiTabExists ? 'kpi_state_tab_exists' : 'kpi_state_no_tab'),
  ].join(' ');
  return h(
    'section',
    {
      id: KPI_IDS.section,
      class: 'block kpi-template',
      'aria-labelledby': KPI_IDS.title,
      'data-testid': KPI_IDS.section,
    },
    h('h2', { id: KPI_IDS.title }, t(lang, 'kpi_title')),
    h('p', { class: 'secondary' }, t(lang, 'kpi_intro')),
    h('p', { id: KPI_IDS.state, class: 'gray', 'data-testid': KPI_IDS.state }, stateText),
    // The live status region below stays outside this aria-busy part, so its announcements are not held back.
    h('div', { id: KPI_IDS.form, class: 'kpi-form', 'aria-busy': props.busy ? 'true' : 'false' }, formFields(props)),
    actionsView(props),
    statusView(KPI_IDS.status, props.status),
  );
}

/** The section before its settings have arrived: just its heading. */
export function kpiTemplatePlaceholderView(lang: Lang): VElement {
  return h(
    'section',
    {
      id: KPI_IDS.section,
      class: 'block kpi-template',
      'aria-labelledby': KPI_IDS.title,
      'data-testid': KPI_IDS.section,
    },
    h('h2', { id: KPI_IDS.title }, t(lang, 'kpi_title')),
  );
}

function formFields(props: KpiTemplateViewProps): VElement[] {
  const { lang, form, handlers, visibleProblems } = props;
  const scalar = (field: ScalarField) => ({
    value: form.draft[field],
    error: visibleProblems.get(field),
    onInput: (event: { value: string }) => handlers.setField(field, event.value),
    onChange: () => handlers.touch(field),
  });
  return [
    textField({ id: KPI_IDS.departmentName, label: t(lang, 'department_name'), ...scalar('departmentName') }),
    textField({
      id: KPI_IDS.year,
      label: t(lang, 'year'),
      inputMode: 'numeric',
      className: 'narrow',
      ...scalar('year'),
    }),
    selectField({
      id: KPI_IDS.currency,
      label: t(lang, 'currency'),
      value: form.draft.currency,
      options: CURRENCIES.map((currency) => ({ value: currency, label: t(lang, `currency_${currency}`) })),
      error: visibleProblems.get('currency'),
      onChange: (event) => handlers.setField('currency', event.value),
    }),
    selectField({
      id: KPI_IDS.sheetLang,
      label: t(lang, 'sheet_lang'),
      value: form.draft.sheetLang,
      options: LANGS.map((sheetLang) => ({
        value: sheetLang,
        label: t(lang, `lang_name_${sheetLang}`),
        lang: sheetLang,
      })),
      hint: t(lang, 'sheet_lang_hint'),
      error: visibleProblems.get('sheetLang'),
      onChange: (event) => handlers.setField('sheetLang', event.value),
    }),
    channelsView(props),
    textField({
      id: KPI_IDS.minLeads,
      label: t(lang, 'min_leads'),
      inputMode: 'numeric',
      className: 'narrow',
      hint: t(lang, 'min_leads_hint'),
      ...scalar('minLeads'),
    }),
    textField({
      id: KPI_IDS.targetRomi,
      label: t(lang, 'target_romi'),
      inputMode: 'decimal',
      className: 'narrow',
      hint: t(lang, 'target_romi_hint'),
      ...scalar('targetRomi'),
    }),
  ];
}

function channelsView(props: KpiTemplateViewProps): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const feedback = { hint: t(lang, 'channels_hint'), error: visibleProblems.get('channels') };
  const full = !canAddChannel(form);
  return h(
    'fieldset',
    { id: KPI_IDS.channels, class: 'form-group channels', 'aria-describedby': describedBy(KPI_IDS.channels, feedback) },
    h('legend', {}, t(lang, 'channels')),
    feedbackView(KPI_IDS.channels, feedback),
    h(
      'ol',
      { id: KPI_IDS.channelList, class: 'channel-list', 'data-testid': KPI_IDS.channelList },
      form.draft.channels.map((channel, index) => channelRow(props, channel, index)),
    ),
    h(
      'button',
      {
        id: KPI_IDS.addChannel,
        type: 'button',
        class: 'add-channel',
        disabled: props.busy || full,
        'data-testid': KPI_IDS.addChannel,
        on: { click: () => handlers.addChannel() },
      },
      t(lang, 'add_channel'),
    ),
    full && h('p', { class: 'gray' }, t(lang, 'channels_limit_reached', { max: MAX_CHANNELS })),
  );
}

function channelRow(props: KpiTemplateViewProps, channel: ChannelDraft, index: number): VElement {
  const { lang, form, handlers, visibleProblems } = props;
  const n = index + 1;
  // Buttons name the channel they act on; an unnamed one is called by its number.
  const name = channel.name.trim() || t(lang, 'channel_fallback_name', { n });
  const nameId = channelNameId(channel.id);
  const cplId = channelTargetCplId(channel.id);
  const nameError = visibleProblems.get(channelField(channel.id, 'name'));
  const cplError = visibleProblems.get(channelField(channel.id, 'targetCpl'));
  const romiId = channelTargetRomiId(channel.id);
  const romiError = visibleProblems.get(channelField(channel.id, 'targetRomi'));
  const iconButton = (
    id: string,
    label: string,
    symbol: string,
    enabled: boolean,
    onClick: () => void,
    extraClass = '',
  ) =>
    h(
      'button',
      {
        id,
        type: 'button',
        class: `icon ${extraClass}`.trim(),
        title: label,
        'aria-label': label,
        disabled: props.busy || !enabled,
        'data-testid': id,
        on: { click: onClick },
      },
      h('span', { 'aria-hidden': 'true' }, symbol),
    );
  return h(
    'li',
    { key: channel.id, class: 'channel-row', 'data-testid': 'kpi-channel', 'data-channel-id': channel.id },
    h(
      'div',
      { class: 'channel-name-line' },
      h('label', { for: nameId, class: 'channel-number' }, t(lang, 'channel_name', { n })),
      textInput({
        id: nameId,
        value: channel.name,
        className: 'channel-name',
        error: nameError,
        onInput: (event) => handlers.renameChannel(channel.id, event.value),
        onChange: () => handlers.touch(channelField(channel.id, 'name')),
      }),
    ),
    feedbackView(nameId, { error: nameError }),
    h(
      'div',
      { class: 'channel-target-line' },
      h(
        'label',
        { for: cplId, class: 'channel-target-label' },
        t(lang, 'channel_target_cpl', { currency: form.draft.currency }),
      ),
      textInput({
        id: cplId,
        value: channel.targetCpl,
        className: 'channel-target',
        inputMode: 'decimal',
        error: cplError,
        onInput: (event) => handlers.setTargetCpl(channel.id, event.value),
        onChange: () => handlers.touch(channelField(channel.id, 'targetCpl')),
      }),
      iconButton(
        channelMoveId(channel.id, 'up'),
        t(lang, 'channel_move_up', { name }),
        '↑',
        canMoveChannel(form, channel.id, 'up'),
        () => handlers.moveChannel(channel.id, 'up'),
      ),
      iconButton(
        channelMoveId(channel.id, 'down'),
        t(lang, 'channel_move_down', { name }),
        '↓',
        canMoveChannel(form, channel.id, 'down'),
        () => handlers.moveChannel(channel.id, 'down'),
      ),
      iconButton(
        channelRemoveId(channel.id),
        t(lang, 'channel_remove', { name }),
        '✕',
        true,
        () => handlers.removeChannel(channel.id),
        'remove',
      ),
    ),
    feedbackView(cplId, { error: cplError }),
    h(
      'div',
      { class: 'channel-target-line channel-romi-line' },
      h('label', { for: romiId, class: 'channel-target-label' }, t(lang, 'channel_target_romi')),
      textInput({
        id: romiId,
        value: channel.targetRomi,
        className: 'channel-target-romi',
        placeholder: form.draft.targetRomi.trim(),
        inputMode: 'decimal',
        error: romiError,
        onInput: (event) => handlers.setTargetRomi(channel.id, event.value),
        onChange: () => handlers.touch(channelField(channel.id, 'targetRomi')),
      }),
    ),
    feedbackView(romiId, { error: romiError }),
  );
}

function actionsView(props: KpiTemplateViewProps): VElement {
  const { lang, busy, form, serverState, handlers } = props;
  const dirty = isDirty(form);
  const canFill = serverState.kpiTabExists;
  return h(
    'div',
    { class: 'block actions' },
    dirty &&
      h(
        'p',
        { id: KPI_IDS.unsaved, class: 'gray unsaved', 'data-testid': KPI_IDS.unsaved },
        t(lang, 'kpi_unsaved_changes'),
      ),
    h(
      'button',
      {
        id: KPI_IDS.build,
        type: 'button',
        class: 'action',
        disabled: busy,
        'data-testid': KPI_IDS.build,
        on: { click: () => handlers.build() },
      },
      t(lang, 'build_template'),
    ),
    h(
      'button',
      {
        id: KPI_IDS.fillSample,
        type: 'button',
        disabled: busy || !canFill,
        'aria-describedby': canFill ? undefined : KPI_IDS.fillSampleHint,
        'data-testid': KPI_IDS.fillSample,
        on: { click: () => handlers.fillSampleData() },
      },
      t(lang, 'fill_sample_data'),
    ),
    !canFill && h('p', { id: KPI_IDS.fillSampleHint, class: 'secondary hint' }, t(lang, 'fill_needs_tab')),
    h(
      'div',
      { class: 'secondary-actions' },
      h(
        'button',
        {
          id: KPI_IDS.save,
          type: 'button',
          // Defaults that were never saved are worth saving even untouched.
          disabled: busy || (!dirty && serverState.settingsSaved),
          'data-testid': KPI_IDS.save,
          on: { click: () => handlers.save() },
        },
        t(lang, 'save_settings'),
      ),
      dirty &&
        h(
          'button',
          {
            id: KPI_IDS.discard,
            type: 'button',
            disabled: busy,
            'data-testid': KPI_IDS.discard,
            on: { click: () => handlers.discard() },
          },
          t(lang, 'discard_changes'),
        ),
    ),
  );
}
