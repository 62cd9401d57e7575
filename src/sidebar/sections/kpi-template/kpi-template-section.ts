/**
 * The first sidebar section: the department's KPI template. Holds the form,
 * decides when problems show, and runs the section's server actions through
 * the host. The drawing is in kpi-template-view.ts.
 */
import { LANGS, type Lang } from '../../../core/i18n/lang';
import type { SidebarState } from '../../../shared/server-api';
import { CURRENCIES, type Currency, type TemplateSettings } from '../../../shared/template-settings';
import type { VElement } from '../../view/vnode';
import { createFormController } from '../form-controller';
import type { SectionDeclaration, SectionHost, SidebarSection } from '../section';
import { KPI_IDS, channelMoveId, channelNameId, channelRemoveId, fieldElementId } from './kpi-template-ids';
import { kpiTemplatePlaceholderView, kpiTemplateView, type KpiTemplateHandlers } from './kpi-template-view';
import type { TemplateDraft } from './template-draft';
import {
  addChannel,
  canMoveChannel,
  discardChanges,
  formFromSettings,
  moveChannel,
  receiveSettings,
  removeChannel,
  renameChannel,
  setChannelTargetCpl,
  setChannelTargetRomi,
  setField,
  type ScalarField,
  type TemplateForm,
} from './template-form';
import { checkDraft, type FieldKey } from './template-validation';

const KPI_TEMPLATE_SECTION_ID = 'kpi-template';

function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function createKpiTemplateSection(host: SectionHost): SidebarSection {
  let serverState: Pick<SidebarState, 'settingsSaved' | 'kpiTabExists'> = { settingsSaved: false, kpiTabExists: false };
  const controller = createFormController<TemplateForm, TemplateDraft, TemplateSettings, FieldKey>(host, {
    check: (draft, lang) => {
      const check = checkDraft(draft, lang);
      return check.ok ? { ok: true, value: check.settings } : check;
    },
    elementId: fieldElementId,
    discard: discardChanges,
  });
  const { edit } = controller;

  const handlers: KpiTemplateHandlers = {
    setField(field: ScalarField, value: string) {
      if ((field === 'currency' && !isCurrency(value)) || (field === 'sheetLang' && !isLang(value))) return;
      edit((current) => setField(current, field, value as TemplateForm['draft'][typeof field]));
    },
    touch(field) {
      controller.touch(field);
    },
    renameChannel(channelId, name) {
      edit((current) => renameChannel(current, channelId, name));
    },
    setTargetCpl(channelId, text) {
      edit((current) => setChannelTargetCpl(current, channelId, text));
    },
    setTargetRomi(channelId, text) {
      edit((current) => setChannelTargetRomi(current, channelId, text));
    },
    moveChannel(channelId, direction) {
      const form = controller.form();
      if (!form) return;
      const moved = moveChannel(form, channelId, direction);
      // Keep focus on the button pressed; at the end of the list it is disabled, so take its partner.
      const stillPossible = canMoveChannel(moved, channelId, direction);
      const other = direction === 'up' ? 'down' : 'up';
      edit(() => moved, { id: channelMoveId(channelId, stillPossible ? direction : other) });
    },
    removeChannel(channelId) {
      const form = controller.form();
      if (!form) return;
      const channels = form.draft.channels;
      const index = channels.findIndex((channel) => channel.id === channelId);
      // Focus the channel that takes its place, else the one before, else "Add channel".
      const neighbour = channels[index + 1] ?? channels[index - 1];
      edit((current) => removeChannel(current, channelId), {
        id: neighbour ? channelRemoveId(neighbour.id) : KPI_IDS.addChannel,
      });
    },
    addChannel() {
      const form = controller.form();
      if (!form) return;
      const added = addChannel(form);
      if (!added) return;
      edit(() => added.form, { id: channelNameId(added.channelId) });
    },
    build() {
      controller.submit({
        busy: 'busy_building',
        focusAfter: { id: KPI_IDS.build, onlyIfLost: true },
        run: async (settings) => {
          const result = await host.callServer('buildKpiTemplate', settings);
          await host.refreshState();
          return { kind: 'done', result };
        },
      });
    },
    fillSampleData() {
      controller.perform({
        busy: 'busy_filling',
        focusAfter: { id: KPI_IDS.fillSample, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('fillSampleData');
          await host.refreshState();
          return { kind: 'done', result };
        },
      });
    },
    save() {
      controller.submit({
        busy: 'busy_saving',
        focusAfter: { id: KPI_IDS.build, onlyIfLost: true },
        run: async (settings) => {
          host.adoptState(await host.callServer('saveSettings', settings));
          return { kind: 'confirmed', message: 'settings_saved' };
        },
      });
    },
    discard() {
      // The discard button disappears with the changes; the main action is the natural next stop.
      controller.discard({ id: KPI_IDS.build });
    },
  };

  return {
    id: KPI_TEMPLATE_SECTION_ID,
    receiveState(state) {
      serverState = { settingsSaved: state.settingsSaved, kpiTabExists: state.kpiTabExists };
      controller.receive((form, sentDraft) =>
        form ? receiveSettings(form, state.settings, sentDraft) : formFromSettings(state.settings),
      );
    },
    view(): VElement {
      const lang = host.lang();
      const form = controller.form();
      // The shell draws sections only once state has arrived; this keeps the function total all the same.
      if (!form) return kpiTemplatePlaceholderView(lang);
      return kpiTemplateView({ lang, busy: host.isBusy(), form, serverState, ...controller.shown(lang), handlers });
    },
  };
}

/** First: the template the rest of the sidebar fills and reads. */
export const section: SectionDeclaration = { order: 10, create: createKpiTemplateSection };
