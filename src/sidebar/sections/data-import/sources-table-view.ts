/**
 * The team's Sources → channels table in the "Import data" section: each
 * rule worded, its channel to change, a button to remove it, a line to add
 * one, and saving. Folded away (a <details>) until someone opens it: most
 * imports need only the defaults and the mapping in the preview.
 */
import type { ChannelRule } from '../../../core/import/channel-mapping';
import type { Lang } from '../../../core/i18n/lang';
import { h, type VElement } from '../../view/vnode';
import { s } from './section-text';

export type NewRuleKind = 'utmSource' | 'utmMedium' | 'campaignPattern' | 'source';

export const NEW_RULE_KINDS: readonly NewRuleKind[] = ['utmSource', 'utmMedium', 'campaignPattern', 'source'];

export const SOURCES_IDS = {
  table: 'data-import-sources',
  newKind: 'data-import-new-kind',
  newValue: 'data-import-new-value',
  newChannel: 'data-import-new-channel',
  add: 'data-import-add-rule',
  save: 'data-import-save-sources',
  status: 'data-import-sources-status',
} as const;

export function ruleChannelId(index: number): string {
  return `data-import-rule-${index}`;
}

export function ruleRemoveId(index: number): string {
  return `data-import-rule-remove-${index}`;
}

export interface SourcesTableHandlers {
  toggleOpen(): void;
  setRuleChannel(index: number, channel: string): void;
  removeRule(index: number): void;
  setNewRule(part: 'kind' | 'value' | 'channel', value: string): void;
  addRule(): void;
  save(): void;
}

export interface SourcesTableProps {
  lang: Lang;
  busy: boolean;
  rules: readonly ChannelRule[];
  channels: { id: string; name: string }[];
  /** A format's name in the person's language (the reader may not be loaded: the id then). */
  formatName(id: string): string;
  newRule: { kind: NewRuleKind; value: string; channel: string };
  newRuleError: string | null;
  /** Changed since saved. */
  dirty: boolean;
  open: boolean;
  status: string | null;
  handlers: SourcesTableHandlers;
}

/** A rule in words: "utm_source = yandex, utm_medium = cpc". */
export function ruleText(rule: ChannelRule, lang: Lang, formatName: (id: string) => string): string {
  const parts = [
    rule.cabinet !== undefined && s(lang, 'rule_cabinet', { format: formatName(rule.cabinet) }),
    rule.campaignPattern !== undefined && s(lang, 'rule_campaign', { pattern: rule.campaignPattern }),
    rule.utmSource !== undefined && s(lang, 'rule_utm_source', { value: rule.utmSource }),
    rule.utmMedium !== undefined && s(lang, 'rule_utm_medium', { value: rule.utmMedium }),
    rule.source !== undefined && s(lang, 'rule_source', { value: rule.source }),
  ];
  return parts.filter((part): part is string => typeof part === 'string').join(', ');
}

const KIND_LABEL = {
  utmSource: 'kind_utm_source',
  utmMedium: 'kind_utm_medium',
  campaignPattern: 'kind_campaign',
  source: 'kind_source',
} as const;

export function sourcesTableView(props: SourcesTableProps): VElement {
  const { lang, handlers } = props;
  const channelOptions = (current: string) => [
    ...(current !== '' && !props.channels.some((channel) => channel.id === current)
      ? [h('option', { value: current }, `${current} (${s(lang, 'rule_not_in_template')})`)]
      : []),
    ...props.channels.map((channel) => h('option', { value: channel.id }, channel.name)),
  ];
  return h(
    'details',
    { id: SOURCES_IDS.table, class: 'block', open: props.open, 'data-testid': SOURCES_IDS.table },
    // Opened and closed by the section's state, so a redraw never folds it while someone edits.
    h(
      'summary',
      {
        on: {
          click: (event) => {
            event.preventDefault();
            handlers.toggleOpen();
          },
        },
      },
      s(lang, 'sources_title'),
    ),
    // Folded, only its title is drawn: the rules are the team's data (a CRM's Russian stage names in an English sidebar).
    props.open && openedTable(props, channelOptions),
  );
}

function openedTable(props: SourcesTableProps, channelOptions: (current: string) => VElement[]): VElement[] {
  const { lang, busy, handlers } = props;
  return [
    h('p', { class: 'secondary' }, s(lang, 'sources_hint')),
    h(
      'ol',
      { class: 'source-rules' },
      props.rules.map((rule, index) => {
        const text = ruleText(rule, lang, props.formatName);
        return h(
          'li',
          { key: `${index}|${text}` },
          h('span', {}, `${text} → `),
          h(
            'select',
            {
              id: ruleChannelId(index),
              value: rule.channel,
              disabled: busy,
              'aria-label': s(lang, 'rule_channel', { rule: text }),
              'data-testid': ruleChannelId(index),
              on: { change: (event) => handlers.setRuleChannel(index, event.value) },
            },
            channelOptions(rule.channel),
          ),
          h(
            'button',
            {
              id: ruleRemoveId(index),
              type: 'button',
              disabled: busy,
              'aria-label': s(lang, 'remove_rule_label', { rule: text }),
              'data-testid': ruleRemoveId(index),
              on: { click: () => handlers.removeRule(index) },
            },
            s(lang, 'remove_rule'),
          ),
        );
      }),
    ),
    h(
      'div',
      { class: 'form-group' },
      h('label', { for: SOURCES_IDS.newKind }, s(lang, 'new_rule_kind')),
      h(
        'select',
        {
          id: SOURCES_IDS.newKind,
          value: props.newRule.kind,
          disabled: busy,
          'data-testid': SOURCES_IDS.newKind,
          on: { change: (event) => handlers.setNewRule('kind', event.value) },
        },
        NEW_RULE_KINDS.map((kind) => h('option', { value: kind }, s(lang, KIND_LABEL[kind]))),
      ),
      h('label', { for: SOURCES_IDS.newValue }, s(lang, 'new_rule_value')),
      h('input', {
        id: SOURCES_IDS.newValue,
        type: 'text',
        value: props.newRule.value,
        disabled: busy,
        autocomplete: 'off',
        'aria-invalid': props.newRuleError !== null ? 'true' : undefined,
        'aria-describedby': props.newRuleError !== null ? `${SOURCES_IDS.newValue}-error` : undefined,
        'data-testid': SOURCES_IDS.newValue,
        on: { input: (event) => handlers.setNewRule('value', event.value) },
      }),
      props.newRuleError !== null &&
        h('p', { id: `${SOURCES_IDS.newValue}-error`, class: 'error field-error' }, props.newRuleError),
      h('label', { for: SOURCES_IDS.newChannel }, s(lang, 'new_rule_channel')),
      h(
        'select',
        {
          id: SOURCES_IDS.newChannel,
          value: props.newRule.channel,
          disabled: busy,
          'data-testid': SOURCES_IDS.newChannel,
          on: { change: (event) => handlers.setNewRule('channel', event.value) },
        },
        channelOptions(props.newRule.channel),
      ),
      h(
        'button',
        {
          id: SOURCES_IDS.add,
          type: 'button',
          disabled: busy,
          'data-testid': SOURCES_IDS.add,
          on: { click: () => handlers.addRule() },
        },
        s(lang, 'add_rule'),
      ),
    ),
    h(
      'div',
      { class: 'block actions' },
      h(
        'button',
        {
          id: SOURCES_IDS.save,
          type: 'button',
          class: 'action',
          disabled: busy || !props.dirty,
          'data-testid': SOURCES_IDS.save,
          on: { click: () => handlers.save() },
        },
        s(lang, 'save_sources'),
      ),
    ),
    h(
      'p',
      { id: SOURCES_IDS.status, role: 'status', 'aria-live': 'polite', 'data-testid': SOURCES_IDS.status },
      props.status ?? '',
    ),
  ];
}
