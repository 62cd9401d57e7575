/**
 * The exports recognised by their header (layouts and sources in
 * /work/shared/EXPORTS.md, summarised in the README). Each names its
 * columns by alias, never by position: headers change with the UI
 * language, the columns a person picks and a CRM's custom fields.
 */
import type { ColumnAlias, HeaderIndex } from './header-names';
import { hasColumn } from './header-names';
import type { ExportKind, KnownFormatId } from './types';

/** What a column is for. Cabinet files use date/campaign/spend; CRM files date/stage/amount/wonDate/sources. */
export type ColumnRole =
  | 'date'
  | 'campaign'
  | 'spend'
  | 'currency'
  | 'source'
  | 'utmSource'
  | 'utmMedium'
  | 'utmCampaign'
  | 'stage'
  | 'amount'
  | 'wonDate';

export type ColumnAliases = Partial<Record<ColumnRole, readonly ColumnAlias[]>>;

export interface ExportFormat {
  id: KnownFormatId;
  kind: ExportKind;
  /** True when a header row is this export's. */
  matches(header: HeaderIndex): boolean;
  columns: ColumnAliases;
}

const UTM: ColumnAliases = { utmSource: ['utm_source'], utmMedium: ['utm_medium'], utmCampaign: ['utm_campaign'] };
const CURRENCY: readonly ColumnAlias[] = ['Валюта', 'Currency'];
const VK_SPEND: readonly ColumnAlias[] = ['Потрачено, ₽', 'Потрачено всего, ₽', 'Расход, ₽', 'Потрачено', 'Расход'];
const VK_ONLY: readonly ColumnAlias[] = [
  'Название объявления',
  'ID объявления',
  'ID группы объявлений',
  'Охват',
  'Название группы объявлений',
];
// «Расход (руб.)», «Расход (USD)»: the wizard writes the currency into the header.
const WIZARD_SPEND: readonly ColumnAlias[] = [/^расход \(.+\)$/, 'Расход', 'Cost'];
const WIZARD_CAMPAIGN: readonly ColumnAlias[] = [
  'Кампания',
  'Название кампании',
  'CampaignName',
  '№ Кампании',
  'ID кампании',
];

/** Checked in this order: the most specific header first. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'yandex_metrica_expenses',
    kind: 'cabinet',
    matches: (header) =>
      hasColumn(header, ['Date']) && hasColumn(header, ['Expenses']) && hasColumn(header, ['UTMSource']),
    columns: {
      date: ['Date'],
      spend: ['Expenses'],
      currency: ['Currency'],
      utmSource: ['UTMSource'],
      utmMedium: ['UTMMedium'],
      utmCampaign: ['UTMCampaign'],
    },
  },
  {
    id: 'yandex_direct_api',
    kind: 'cabinet',
    matches: (header) =>
      hasColumn(header, ['Date']) && hasColumn(header, ['Cost']) && hasColumn(header, ['CampaignName', 'CampaignId']),
    columns: { date: ['Date'], spend: ['Cost'], campaign: ['CampaignName', 'CampaignId'], currency: CURRENCY },
  },
  {
    id: 'google_ads',
    kind: 'cabinet',
    matches: (header) => hasColumn(header, ['Campaign']) && hasColumn(header, ['Cost']),
    columns: {
      date: ['Day', 'Date'],
      spend: ['Cost'],
      campaign: ['Campaign'],
      currency: ['Currency', 'Currency code'],
    },
  },
  {
    id: 'vk_ads',
    kind: 'cabinet',
    matches: (header) => hasColumn(header, ['Дата']) && hasColumn(header, VK_SPEND) && hasColumn(header, VK_ONLY),
    columns: {
      date: ['Дата'],
      spend: VK_SPEND,
      campaign: ['Название кампании', 'Название группы объявлений', 'Название объявления'],
      currency: CURRENCY,
    },
  },
  {
    id: 'yandex_direct_wizard',
    kind: 'cabinet',
    matches: (header) =>
      hasColumn(header, ['Дата']) && hasColumn(header, WIZARD_SPEND) && hasColumn(header, WIZARD_CAMPAIGN),
    columns: { date: ['Дата'], spend: WIZARD_SPEND, campaign: WIZARD_CAMPAIGN, currency: CURRENCY },
  },
  {
    id: 'amocrm_leads',
    kind: 'crm',
    matches: (header) =>
      hasColumn(header, ['Дата создания сделки']) ||
      (hasColumn(header, ['Этап сделки']) && hasColumn(header, ['Бюджет'])),
    columns: {
      date: ['Дата создания сделки', 'Дата создания'],
      stage: ['Этап сделки', 'Статус'],
      amount: ['Бюджет', 'Бюджет сделки'],
      wonDate: ['Дата закрытия'],
      source: ['Источник'],
      currency: CURRENCY,
      ...UTM,
    },
  },
  {
    id: 'bitrix24_deals',
    kind: 'crm',
    matches: (header) => hasColumn(header, ['Стадия сделки']) && hasColumn(header, ['Сумма', 'Дата создания']),
    columns: {
      date: ['Дата создания'],
      stage: ['Стадия сделки'],
      amount: ['Сумма'],
      wonDate: ['Предполагаемая дата закрытия', 'Дата закрытия'],
      source: ['Источник'],
      currency: CURRENCY,
      ...UTM,
    },
  },
];
