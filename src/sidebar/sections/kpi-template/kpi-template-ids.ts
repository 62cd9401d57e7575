/**
 * The KPI section's element ids: stable hooks for labels, focus moves and
 * the browser tests (ids double as data-testid).
 */
import type { MoveDirection } from './template-form';
import type { FieldKey } from './template-validation';

export const KPI_IDS = {
  section: 'section-kpi-template',
  title: 'kpi-title',
  state: 'kpi-state',
  form: 'kpi-form',
  departmentName: 'kpi-department-name',
  year: 'kpi-year',
  currency: 'kpi-currency',
  sheetLang: 'kpi-sheet-lang',
  channels: 'kpi-channels',
  channelList: 'kpi-channel-list',
  addChannel: 'kpi-add-channel',
  minLeads: 'kpi-min-leads',
  targetRomi: 'kpi-target-romi',
  unsaved: 'kpi-unsaved',
  build: 'kpi-build',
  fillSample: 'kpi-fill-sample',
  fillSampleHint: 'kpi-fill-sample-hint',
  save: 'kpi-save',
  discard: 'kpi-discard',
  status: 'kpi-status',
} as const;

export function channelNameId(channelId: string): string {
  return `kpi-channel-${channelId}-name`;
}

export function channelTargetCplId(channelId: string): string {
  return `kpi-channel-${channelId}-target-cpl`;
}

export function channelTargetRomiId(channelId: string): string {
  return `kpi-channel-${channelId}-target-romi`;
}

export function channelMoveId(channelId: string, direction: MoveDirection): string {
  return `kpi-channel-${channelId}-${direction}`;
}

export function channelRemoveId(channelId: string): string {
  return `kpi-channel-${channelId}-remove`;
}

/** The element that holds a field, for moving focus to the first problem. */
export function fieldElementId(field: FieldKey): string {
  const channel = /^channel:(.+):(name|targetCpl|targetRomi)$/.exec(field);
  if (channel?.[1] !== undefined) {
    if (channel[2] === 'name') return channelNameId(channel[1]);
    return channel[2] === 'targetCpl' ? channelTargetCplId(channel[1]) : channelTargetRomiId(channel[1]);
  }
  switch (field) {
    case 'departmentName':
      return KPI_IDS.departmentName;
    case 'year':
      return KPI_IDS.year;
    case 'currency':
      return KPI_IDS.currency;
    case 'sheetLang':
      return KPI_IDS.sheetLang;
    case 'minLeads':
      return KPI_IDS.minLeads;
    case 'targetRomi':
      return KPI_IDS.targetRomi;
    default:
      return KPI_IDS.addChannel;
  }
}
