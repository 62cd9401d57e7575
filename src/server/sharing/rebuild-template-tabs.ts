/**
 * Brings the tabs the add-on has built up to date with the saved settings
 * and team, protected under one policy: what a share run does so the
 * protections follow it at once. Tabs not built yet are left for their
 * first build, which reads the same policy; a tab of our name that is
 * someone else's is left alone, as every build leaves it.
 */
import type { Lang } from '../../core/i18n/lang';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import { buildKpiTab, findKpiSheet } from '../kpi/kpi-tab';
import { buildRolesTab, buildTeamTab, findRolesSheet, findTeamSheet } from '../roles/roles-tab';
import { readSettings, writeBuiltChannelNames } from '../settings-store';
import { readTeamSettings } from '../team-store';
import { readTemplateLocale } from '../template-lang';

/** @returns the names of the tabs rebuilt, in order */
export function rebuildTemplateTabs(policy: ProtectionPolicy, userLang: Lang): string[] {
  const rebuilt: string[] = [];
  const settings = readSettings();
  const kpiSheet = findKpiSheet();
  if (settings && kpiSheet) {
    buildKpiTab(settings, policy, userLang);
    writeBuiltChannelNames(settings);
    rebuilt.push(findKpiSheet()?.getName() ?? kpiSheet.getName());
  }
  const team = readTeamSettings();
  if (!team) return rebuilt;
  const { lang, currency } = readTemplateLocale(userLang);
  // Names read after the build: a build may rename its tab into the template's language.
  if (findRolesSheet(lang) && buildRolesTab(team, lang, policy).ok) rebuilt.push(sheetName(findRolesSheet(lang)));
  if (findTeamSheet(lang)) {
    const teamTab = buildTeamTab(team, lang, currency, policy);
    // A Team tab a person edited is left as it is (the build says so): it was not rebuilt.
    if (teamTab.ok && teamTab.edited.length === 0) rebuilt.push(sheetName(findTeamSheet(lang)));
  }
  return rebuilt;
}

function sheetName(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): string {
  return sheet?.getName() ?? '';
}
