/**
 * The first sidebar section: the department's KPI template. Holds the form,
 * decides when problems show, and runs the section's server actions through
 * the host. The drawing is in kpi-template-view.ts.
 */
import { LANGS, type Lang } from '../../../core/i18n/lang';
import type { SidebarState } from '../../../shared/server-api';
import { CURRENCIES, type Currency, type TemplateSettings } from '../../../shared/template-settings';
import { IDLE, performAction, type ActionStatus } from '../../action-status';
import type { FocusRequest } from '../../focus-request';
import type { VElement } from '../../view/vnode';
import { createProblemVisibility } from '../problem-visibility';
import type { SectionHost, SidebarSection } from '../section';
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
import { checkDraft, problemsByField, type FieldKey } from './template-validation';

export const KPI_TEMPLATE_SECTION_ID = 'kpi-template';

function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function createKpiTemplateSection(host: SectionHost): SidebarSection {
  let form: TemplateForm | undefined;
  let serverState: Pick<SidebarState, 'settingsSaved' | 'kpiTabExists'> = { settingsSaved: false, kpiTabExists: false };
  /** The draft on its way to the server, so the reply can replace it (and not edits made meanwhile). */
  let sentDraft: TemplateDraft | undefined;
  const problemVisibility = createProblemVisibility<FieldKey>();
  let status: ActionStatus = IDLE;

  const setStatus = (next: ActionStatus) => {
    status = next;
  };

  function edit(change: (current: TemplateForm) => TemplateForm, focus?: FocusRequest): void {
    if (!form) return;
    form = change(form);
    host.render(focus);
  }

  /** The settings to send, or `null` after showing every problem and moving focus to the first. */
  function checkedSettings(current: TemplateForm): TemplateSettings | null {
    const check = checkDraft(current.draft, host.lang());
    if (check.ok) return check.settings;
    problemVisibility.showAll();
    status = IDLE;
    const first = check.problems[0];
    host.render(first ? { id: fieldElementId(first.field) } : undefined);
    return null;
  }

  /** After an action the server's state may have changed (settings saved, tab created). */
  async function refreshState(): Promise<void> {
    try {
      host.adoptState(await host.callServer('getSidebarState'));
    } catch {
      // The action itself succeeded and says so; stale flags are corrected on the next load.
    }
  }

  const handlers: KpiTemplateHandlers = {
    setField(field: ScalarField, value: string) {
      if ((field === 'currency' && !isCurrency(value)) || (field === 'sheetLang' && !isLang(value))) return;
      edit((current) => setField(current, field, value as TemplateForm['draft'][typeof field]));
    },
    touch(field) {
      problemVisibility.touch(field);
      host.render();
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
      if (!form) return;
      const moved = moveChannel(form, channelId, direction);
      // Keep focus on the button pressed; at the end of the list it is disabled, so take its partner.
      const stillPossible = canMoveChannel(moved, channelId, direction);
      const other = direction === 'up' ? 'down' : 'up';
      edit(() => moved, { id: channelMoveId(channelId, stillPossible ? direction : other) });
    },
    removeChannel(channelId) {
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
      if (!form) return;
      const added = addChannel(form);
      if (!added) return;
      edit(() => added.form, { id: channelNameId(added.channelId) });
    },
    build() {
      if (!form || host.isBusy()) return;
      const settings = checkedSettings(form);
      if (!settings) return;
      sentDraft = form.draft;
      void performAction(host, {
        busy: 'busy_building',
        setStatus,
        focusAfter: { id: KPI_IDS.build, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('buildKpiTemplate', settings);
          problemVisibility.forget();
          await refreshState();
          return { kind: 'done', result };
        },
      }).finally(() => {
        sentDraft = undefined;
      });
    },
    fillSampleData() {
      if (host.isBusy()) return;
      void performAction(host, {
        busy: 'busy_filling',
        setStatus,
        focusAfter: { id: KPI_IDS.fillSample, onlyIfLost: true },
        run: async () => {
          const result = await host.callServer('fillSampleData');
          await refreshState();
          return { kind: 'done', result };
        },
      });
    },
    save() {
      if (!form || host.isBusy()) return;
      const settings = checkedSettings(form);
      if (!settings) return;
      sentDraft = form.draft;
      void performAction(host, {
        busy: 'busy_saving',
        setStatus,
        focusAfter: { id: KPI_IDS.build, onlyIfLost: true },
        run: async () => {
          host.adoptState(await host.callServer('saveSettings', settings));
          problemVisibility.forget();
          return { kind: 'confirmed', message: 'settings_saved' };
        },
      }).finally(() => {
        sentDraft = undefined;
      });
    },
    discard() {
      problemVisibility.forget();
      status = IDLE;
      // The discard button disappears with the changes; the main action is the natural next stop.
      edit(discardChanges, { id: KPI_IDS.build });
    },
  };

  return {
    id: KPI_TEMPLATE_SECTION_ID,
    receiveState(state) {
      serverState = { settingsSaved: state.settingsSaved, kpiTabExists: state.kpiTabExists };
      form = form ? receiveSettings(form, state.settings, sentDraft) : formFromSettings(state.settings);
    },
    view(): VElement {
      const lang = host.lang();
      // The shell draws sections only once state has arrived; this keeps the function total all the same.
      if (!form) return kpiTemplatePlaceholderView(lang);
      const check = checkDraft(form.draft, lang);
      const allProblems = check.ok ? new Map<FieldKey, string>() : problemsByField(check.problems);
      const visibleProblems = problemVisibility.visible(allProblems);
      return kpiTemplateView({
        lang,
        busy: host.isBusy(),
        form,
        serverState,
        visibleProblems,
        status: problemVisibility.status(allProblems, status, lang),
        handlers,
      });
    },
  };
}
