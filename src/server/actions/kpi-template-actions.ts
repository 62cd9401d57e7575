/**
 * The sidebar's KPI-template actions: read and save the settings, build or
 * update the KPI tab, fill it with sample data, restore lost columns.
 */
import { translate } from '../../core/i18n/catalog';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import { KPI_INPUT_KEYS } from '../../core/kpi/kpi-columns';
import { sampleKpiData } from '../../core/kpi/sample-data';
import type { ActionResult } from '../../shared/server-api';
import { withDocumentLock } from '../document-lock';
import { buildKpiTab } from '../kpi/kpi-tab';
import { kpiBuildMessage } from '../kpi/kpi-build-message';
import { readKpiTabRecords } from '../report/kpi-values';
import { parseSettings } from '../parse-settings';
import { readSettings, settingsTexts, writeBuiltChannelNames, writeSettings } from '../settings-store';
import { assertDocumentPropertiesHold } from '../property-room';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { authorizeStructureChange } from '../sharing/structure-access';
import { findKpiSheet } from '../kpi/kpi-tab-location';
import { entryPointCall } from '../entry-point-spec';

export function buildKpiTemplate(input: unknown): ActionResult {
  const lang = currentUserLang();
  const settings = parseSettings(input, lang);
  return withDocumentLock(lang, () => {
    const access = authorizeStructureChange(lang);
    assertDocumentPropertiesHold(settingsTexts(settings), lang);
    writeSettings(settings);
    const result = buildKpiTab(settings, access.policy, lang);
    writeBuiltChannelNames(settings);
    return kpiBuildMessage(result, lang);
  });
}

/**
 * Sample figures for the settings' year, written only into empty input
 * cells, and only while the tab holds no figures at all (sample numbers
 * among real ones would mislead).
 */
export function fillSampleData(): ActionResult {
  const lang = currentUserLang();
  return withDocumentLock(lang, () => {
    const access = authorizeStructureChange(lang);
    const settings = readSettings();
    if (!settings || !findKpiSheet()) throw new UserFacingError(translate(kpiMessages, lang, 'sample_needs_template'));
    const records = readKpiTabRecords(lang);
    const holdsFigures = [...(records?.byMonth.values() ?? [])].some((channels) =>
      [...channels.values()].some((record) => KPI_INPUT_KEYS.some((key) => record.inputs[key] !== null)),
    );
    if (holdsFigures || (records?.cellProblems.length ?? 0) > 0)
      throw new UserFacingError(translate(kpiMessages, lang, 'sample_needs_empty'));
    const result = buildKpiTab(settings, access.policy, lang, {
      sample: sampleKpiData(settings.channels, settings.year, settings.currency),
    });
    writeBuiltChannelNames(settings);
    const built = kpiBuildMessage(result, lang);
    // "Kept" only when the check found nothing; otherwise the build's message names the cells.
    if (result.changed.length > 0) return built;
    return {
      message: translate(kpiMessages, lang, 'sample_filled_kept', { rows: result.sampleRows }),
      details: built.details,
    };
  });
}

/** Adds the columns (and the header row) the KPI tab lost back at its end, then updates it. */
export function restoreKpiColumns(): ActionResult {
  const lang = currentUserLang();
  return withDocumentLock(lang, () => {
    const access = authorizeStructureChange(lang);
    const settings = readSettings();
    if (!settings || !findKpiSheet()) throw new UserFacingError(translate(kpiMessages, lang, 'restore_needs_template'));
    const result = buildKpiTab(settings, access.policy, lang, { restore: true });
    writeBuiltChannelNames(settings);
    const built = kpiBuildMessage(result, lang);
    const names = result.addedColumns.map((key) => `«${translate(kpiMessages, lang, `col_${key}`)}»`);
    const restored = [
      ...(result.restoredHeader ? [translate(kpiMessages, lang, 'restored_header')] : []),
      ...(names.length > 0
        ? [translate(kpiMessages, lang, 'restored', { count: names.length, columns: names.join(', ') })]
        : []),
    ];
    if (restored.length === 0)
      return { message: translate(kpiMessages, lang, 'restore_nothing'), details: [built.message, ...built.details] };
    return { message: restored.join(' '), details: [built.message, ...built.details] };
  });
}

/** What the sidebar calls in this file, each as an Apps Script entry point (merged in src/server/sidebar-calls.ts). */
export const calls = () => ({
  buildKpiTemplate: entryPointCall(
    buildKpiTemplate,
    ['settings'],
    'Sidebar: saves the settings and builds or updates the KPI tab.',
  ),
  fillSampleData: entryPointCall(fillSampleData, [], 'Sidebar: fills an empty KPI tab with a sample year.'),
});
