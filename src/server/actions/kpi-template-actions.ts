/**
 * The sidebar's KPI-template actions: read and save the settings, build or
 * update the KPI tab, fill it with sample data.
 */
import { translate } from '../../core/i18n/catalog';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import { KPI_INPUT_KEYS } from '../../core/kpi/kpi-columns';
import { sampleKpiData } from '../../core/kpi/sample-data';
import { isBlank } from '../../core/sheet-values';
import type { ActionResult } from '../../shared/server-api';
import { withDocumentLock } from '../document-lock';
import { buildKpiTab, findKpiSheet, readKpiRows } from '../kpi/kpi-tab';
import { planKpiRows } from '../../core/kpi/kpi-layout';
import { parseSettings } from '../parse-settings';
import { readBuiltChannelNames, readSettings, settingsTexts, writeBuiltChannelNames, writeSettings } from '../settings-store';
import { assertDocumentPropertiesHold } from '../property-room';
import { currentUserLang } from '../user-lang';
import { UserFacingError } from '../user-facing-error';
import { authorizeStructureChange } from '../sharing/structure-access';

export function buildKpiTemplate(input: unknown): ActionResult {
  const lang = currentUserLang();
  const settings = parseSettings(input, lang);
  return withDocumentLock(lang, () => {
    const access = authorizeStructureChange(lang);
    assertDocumentPropertiesHold(settingsTexts(settings), lang);
    writeSettings(settings);
    const { created, plan } = buildKpiTab(settings, access.policy);
    writeBuiltChannelNames(settings);
    const counts = { rows: plan.rows.length, channels: plan.channels, months: plan.months };
    const details = plan.keptRows > 0 ? [translate(kpiMessages, lang, 'kept_rows', { count: plan.keptRows })] : [];
    return { message: translate(kpiMessages, lang, created ? 'built' : 'updated', counts), details };
  });
}

export function fillSampleData(): ActionResult {
  const lang = currentUserLang();
  return withDocumentLock(lang, () => {
    // Sample data rewrites the whole tab, structure included.
    const access = authorizeStructureChange(lang);
    const settings = readSettings();
    const sheet = findKpiSheet();
    if (!settings || !sheet) throw new UserFacingError(translate(kpiMessages, lang, 'sample_needs_template'));
    const existing = readKpiRows(sheet).rows;
    const current = planKpiRows(settings, existing, readBuiltChannelNames());
    if (current.rows.some((row) => KPI_INPUT_KEYS.some((key) => !isBlank(row.inputs[key])))) {
      throw new UserFacingError(translate(kpiMessages, lang, 'sample_needs_empty'));
    }
    const sample = sampleKpiData(settings.channels, settings.year, settings.currency);
    const { plan } = buildKpiTab(settings, access.policy, (plan) => ({
      ...plan,
      rows: plan.rows.map((row) => ({ ...row, inputs: sample.get(`${row.month}|${row.channelId}`) ?? row.inputs })),
    }));
    writeBuiltChannelNames(settings);
    const filled = plan.rows.filter((row) => sample.has(`${row.month}|${row.channelId}`)).length;
    return { message: translate(kpiMessages, lang, 'sample_filled', { rows: filled }), details: [] };
  });
}
