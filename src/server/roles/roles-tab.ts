/**
 * Builds or updates the Roles tab and the Team tab from the team, keeping
 * every letter a user set. A new tab is written once from column A (every
 * cell is new); an existing one, anchored (or anchored now, if it was built
 * before anchoring), is updated in place: only the add-on's own cells and
 * the rows and columns it adds are written (anchored-roles-update.ts).
 */
import type { Lang } from '../../core/i18n/lang';
import { rolesTabMessages } from '../../core/i18n/roles-tab-messages';
import { translate } from '../../core/i18n/catalog';
import { missingPartNames } from '../../core/roles-tab/missing-parts';
import { UserFacingError } from '../user-facing-error';
import { builtLayoutOf, planRolesMatrix, type RolesMatrixPlan } from '../../core/roles-tab/plan-roles-matrix';
import type { SheetRegion } from '../../core/roles-tab/read-roles-tab';
import { buildRolesTabModel } from '../../core/roles-tab/roles-tab-model';
import {
  buildTeamTabModel,
  isTeamTabRegion,
  teamTableHeight,
  teamTabProtection,
} from '../../core/roles-tab/team-tab-model';
import { shownTable, teamTabEdits } from '../../core/roles-tab/team-tab-edits';
import type { SheetsScalar } from '../../core/sheet-values';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import type { TeamSettings } from '../../shared/team-settings';
import type { MatrixDocument } from '../../shared/template-document';
import type { Currency } from '../../shared/template-settings';
import type { AnchorKeys } from '../../core/anchored/anchored-layout';
import { anchorSheet, findAnchoredSheet, readColumnAnchors } from '../anchored/anchored-sheet';
import { anchorFreshLayout, anchorLegacyLayout, updateAnchoredRolesTab } from './anchored-roles-update';
import { legacyColumnIds } from '../../core/roles-tab/legacy-anchors';
import { findRolesTabStructure } from '../../core/roles-tab/read-roles-tab';
import { findLocalisedSheet, nameInLang } from '../localised-sheet';
import { replaceOwnProtections } from '../own-protections';
import { readBuiltRolesLayout, writeBuiltRolesLayout } from './roles-layout-store';
import { writeRolesSheet } from './roles-sheet-writer';
import { writeTeamSheet } from './team-sheet-writer';
import { readWrittenTeamTable, writeWrittenTeamTable } from './team-table-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Getters: the names are read from their table when a tab is looked for, not when the script loads. */
const ROLES_TAB_NAMES = {
  get en() {
    return rolesTabMessages.en.tab_name;
  },
  get ru() {
    return rolesTabMessages.ru.tab_name;
  },
};
const TEAM_TAB_NAMES = {
  get en() {
    return rolesTabMessages.en.team_tab_name;
  },
  get ru() {
    return rolesTabMessages.ru.team_tab_name;
  },
};

/** The tabs are found by the developer metadata on them (core/anchored, shared with the KPI tab): a tab a person renamed is still ours. */
export const ROLES_ANCHORS: AnchorKeys = { tabKey: 'mkpi.tab', tabValue: 'roles', columnKey: 'mkpi.roles.column' };
const TEAM_ANCHORS: AnchorKeys = { tabKey: 'mkpi.tab', tabValue: 'team', columnKey: 'mkpi.team.column' };

/** By its metadata; a tab built before the metadata is found by its name in either language. */
export function findRolesSheet(lang: Lang): Sheet | null {
  return findAnchoredSheet(ROLES_ANCHORS) ?? findLocalisedSheet(ROLES_TAB_NAMES, lang);
}

export function findTeamSheet(lang: Lang): Sheet | null {
  return findAnchoredSheet(TEAM_ANCHORS) ?? findLocalisedSheet(TEAM_TAB_NAMES, lang);
}

/**
 * After a build: the tab carries its metadata, and keeps the name a person
 * gave it; only a tab still under one of the add-on's names follows the
 * template's language.
 */
function settle(
  sheet: Sheet,
  anchored: boolean,
  keys: AnchorKeys,
  names: Readonly<Record<Lang, string>>,
  lang: Lang,
): void {
  if (!anchored) anchorSheet(sheet, keys);
  if (Object.values(names).includes(sheet.getName())) nameInLang(sheet, names, lang);
}

/** The tab's whole used region, values and formulas, from A1. */
export function readSheetRegion(sheet: Sheet, withFormulas = true): SheetRegion {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  if (rows < 1 || columns < 1) return { values: [], formulas: [] };
  const range = sheet.getRange(1, 1, rows, columns);
  return { values: range.getValues() as SheetsScalar[][], formulas: withFormulas ? range.getFormulas() : [] };
}

/** A tab of the add-on's name that it did not make is someone's: it is left alone. */
export type ForeignTab = { ok: false; reason: 'foreign_tab'; tabName: string };

/** `notKept`: a person's cells that, read back after the build, do not hold what they held before (see core/anchored/kept-check.ts). */
/** `typedOver`: check cells where a person's typed value was kept instead of the formula. */
/** `importedCells`: matrix cells where an imported file's letters replaced the tab's. */
export type RolesTabResult =
  | {
      ok: true;
      created: boolean;
      plan: RolesMatrixPlan;
      sheet: Sheet;
      notKept: string[];
      typedOver: string[];
      importedCells: string[];
    }
  | ForeignTab;

/** @param imported a matrix from a template file, whose letters win over the tab's */
export function buildRolesTab(
  team: TeamSettings,
  lang: Lang,
  policy: ProtectionPolicy,
  imported: MatrixDocument | null = null,
): RolesTabResult {
  const anchoredSheet = findAnchoredSheet(ROLES_ANCHORS);
  const columnAnchors = anchoredSheet ? readColumnAnchors(anchoredSheet, ROLES_ANCHORS) : new Map<string, number>();
  // The anchored tab: updated in place, only the add-on's own cells written (anchored-roles-update.ts).
  const inPlace = (sheet: Sheet, anchors: ReadonlyMap<string, number>): RolesTabResult => {
    const update = updateAnchoredRolesTab(
      sheet,
      anchors,
      team,
      lang,
      policy,
      readBuiltRolesLayout(),
      imported,
      ROLES_ANCHORS,
    );
    writeBuiltRolesLayout(update.layout);
    settle(sheet, true, ROLES_ANCHORS, ROLES_TAB_NAMES, lang);
    return {
      ok: true,
      created: false,
      plan: update.plan,
      sheet,
      notKept: update.notKept,
      typedOver: update.typedOver,
      importedCells: update.importedCells,
    };
  };
  if (anchoredSheet && columnAnchors.size > 0) return inPlace(anchoredSheet, columnAnchors);
  const existingSheet = anchoredSheet ?? findLocalisedSheet(ROLES_TAB_NAMES, lang);
  const existing = existingSheet ? readSheetRegion(existingSheet) : null;
  const structure = existing ? findRolesTabStructure(existing) : null;
  if (existingSheet && existing && structure) {
    // A tab built before its columns were anchored: each part anchored where it stands, then updated in place like any other.
    anchorLegacyLayout(
      existingSheet,
      structure,
      legacyColumnIds(existing, structure, team, readBuiltRolesLayout()),
      ROLES_ANCHORS,
    );
    if (!anchoredSheet) anchorSheet(existingSheet, ROLES_ANCHORS);
    return inPlace(existingSheet, readColumnAnchors(existingSheet, ROLES_ANCHORS));
  }
  // A new tab (or an empty one of the add-on's name): every cell is new, written once from column A, then anchored.
  const planned = planRolesMatrix({ team, lang, existing, previous: readBuiltRolesLayout(), imported });
  // The add-on's own tab (its sheet metadata) with none of its columns left: the matrix was deleted, and the sidebar can restore it.
  if (!planned.ok && anchoredSheet)
    throw new UserFacingError(
      translate(rolesTabMessages, lang, 'missing_parts', {
        parts: missingPartNames(lang, ['label', 'check', 'figures']),
      }),
    );
  if (!planned.ok)
    return { ok: false, reason: planned.reason, tabName: existingSheet?.getName() ?? ROLES_TAB_NAMES[lang] };
  const sheet = existingSheet ?? SpreadsheetApp.getActiveSpreadsheet().insertSheet(ROLES_TAB_NAMES[lang]);
  settle(sheet, anchoredSheet !== null, ROLES_ANCHORS, ROLES_TAB_NAMES, lang);
  writeRolesSheet(sheet, buildRolesTabModel(planned.plan, team, lang), planned.plan.previousStructure, policy);
  anchorFreshLayout(sheet, planned.plan, ROLES_ANCHORS);
  writeBuiltRolesLayout(builtLayoutOf(planned.plan));
  return {
    ok: true,
    created: existingSheet === null,
    plan: planned.plan,
    sheet,
    notKept: [],
    typedOver: [],
    importedCells: [],
  };
}

/** `edited`: cells a person changed on the tab, which was then left as it is (see core/roles-tab/team-tab-edits.ts). */
export type TeamTabResult = { ok: true; edited: string[] } | ForeignTab;

export function buildTeamTab(
  team: TeamSettings,
  lang: Lang,
  currency: Currency,
  policy: ProtectionPolicy,
): TeamTabResult {
  const anchoredSheet = findAnchoredSheet(TEAM_ANCHORS);
  const existingSheet = anchoredSheet ?? findLocalisedSheet(TEAM_TAB_NAMES, lang);
  const existing = existingSheet ? readSheetRegion(existingSheet, false) : null;
  if (existingSheet && existing && !isTeamTabRegion(existing.values))
    return { ok: false, reason: 'foreign_tab', tabName: existingSheet.getName() };
  const model = buildTeamTabModel(team, lang, currency);
  const written = existing ? readWrittenTeamTable() : null;
  const edited = existing ? teamTabEdits(existing.values, written, shownTable([model.header, ...model.rows])) : [];
  if (edited.length > 0) {
    // Left as the person made it, but protected as the policy says (sharing locks it like the rest).
    if (existingSheet) replaceOwnProtections(existingSheet, [teamTabProtection(model)], policy);
    return { ok: true, edited };
  }
  const sheet = existingSheet ?? SpreadsheetApp.getActiveSpreadsheet().insertSheet(TEAM_TAB_NAMES[lang]);
  settle(sheet, anchoredSheet !== null, TEAM_ANCHORS, TEAM_TAB_NAMES, lang);
  const previousHeight = written ? written.length : teamTableHeight(existing?.values ?? []);
  writeWrittenTeamTable(writeTeamSheet(sheet, model, previousHeight, policy, existing?.values ?? null));
  return { ok: true, edited: [] };
}
