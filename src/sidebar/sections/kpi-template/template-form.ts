/**
 * The KPI template form: the draft being edited and the settings it started
 * from, with the edits the sidebar offers. Every operation returns a new
 * form and leaves the old one untouched, so the section can compare, undo
 * and test them freely.
 */
import { MAX_CHANNELS, type TemplateSettings } from '../../../shared/template-settings';
import { newChannelId } from './channel-id';
import { draftFromSettings, sameDraft, type ChannelDraft, type TemplateDraft } from './template-draft';

export interface TemplateForm {
  readonly draft: TemplateDraft;
  /** What the server last said is stored (or the defaults it offered); the draft is dirty when it differs. */
  readonly baseline: TemplateDraft;
}

/** The fields edited as one value; channels have their own operations. */
export type ScalarField = 'departmentName' | 'year' | 'currency' | 'sheetLang' | 'minLeads' | 'targetRomi';

export type MoveDirection = 'up' | 'down';

export function formFromSettings(settings: TemplateSettings): TemplateForm {
  const draft = draftFromSettings(settings);
  return { draft, baseline: draft };
}

export function isDirty(form: TemplateForm): boolean {
  return !sameDraft(form.draft, form.baseline);
}

export function setField<F extends ScalarField>(form: TemplateForm, field: F, value: TemplateDraft[F]): TemplateForm {
  return { ...form, draft: { ...form.draft, [field]: value } };
}

function withChannels(form: TemplateForm, channels: readonly ChannelDraft[]): TemplateForm {
  return { ...form, draft: { ...form.draft, channels } };
}

function updateChannel(form: TemplateForm, id: string, change: Partial<Omit<ChannelDraft, 'id'>>): TemplateForm {
  return withChannels(
    form,
    form.draft.channels.map((channel) => (channel.id === id ? { ...channel, ...change } : channel)),
  );
}

export function canAddChannel(form: TemplateForm): boolean {
  return form.draft.channels.length < MAX_CHANNELS;
}

/** Appends an empty channel; the id comes back so the view can focus its name. `null` when the list is full. */
export function addChannel(form: TemplateForm, name = ''): { form: TemplateForm; channelId: string } | null {
  if (!canAddChannel(form)) return null;
  const channelId = newChannelId(form.draft.channels.map((channel) => channel.id));
  return {
    form: withChannels(form, [...form.draft.channels, { id: channelId, name, targetCpl: '', targetRomi: '' }]),
    channelId,
  };
}

export function removeChannel(form: TemplateForm, id: string): TemplateForm {
  return withChannels(
    form,
    form.draft.channels.filter((channel) => channel.id !== id),
  );
}

export function renameChannel(form: TemplateForm, id: string, name: string): TemplateForm {
  return updateChannel(form, id, { name });
}

export function setChannelTargetCpl(form: TemplateForm, id: string, targetCpl: string): TemplateForm {
  return updateChannel(form, id, { targetCpl });
}

export function setChannelTargetRomi(form: TemplateForm, id: string, targetRomi: string): TemplateForm {
  return updateChannel(form, id, { targetRomi });
}

export function canMoveChannel(form: TemplateForm, id: string, direction: MoveDirection): boolean {
  const index = form.draft.channels.findIndex((channel) => channel.id === id);
  if (index < 0) return false;
  return direction === 'up' ? index > 0 : index < form.draft.channels.length - 1;
}

/** Swaps the channel with its neighbour; at either end of the list nothing changes. */
export function moveChannel(form: TemplateForm, id: string, direction: MoveDirection): TemplateForm {
  if (!canMoveChannel(form, id, direction)) return form;
  const channels = [...form.draft.channels];
  const index = channels.findIndex((channel) => channel.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  const moving = channels[index];
  const neighbour = channels[target];
  if (!moving || !neighbour) return form;
  channels[index] = neighbour;
  channels[target] = moving;
  return withChannels(form, channels);
}

export function discardChanges(form: TemplateForm): TemplateForm {
  return { ...form, draft: form.baseline };
}

/**
 * New settings from the server (startup, a save, a build, a language
 * switch). An untouched form, or one still exactly as it was sent, takes
 * them as they are (the server may have trimmed names or offered defaults in
 * the new language). A form edited since keeps the user's edits: they are
 * never thrown away behind their back; only the baseline moves.
 */
export function receiveSettings(
  form: TemplateForm,
  settings: TemplateSettings,
  sentDraft?: TemplateDraft,
): TemplateForm {
  const untouched = !isDirty(form) || (sentDraft !== undefined && sameDraft(form.draft, sentDraft));
  if (untouched) return formFromSettings(settings);
  return { draft: form.draft, baseline: draftFromSettings(settings) };
}
