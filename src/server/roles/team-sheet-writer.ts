/** Writes the Team tab (a view of the team in document properties) in a fixed number of batched calls. */
import type { SheetsScalar } from '../../core/sheet-values';
import { teamTableHeight, teamTabProtection, type TeamTabModel } from '../../core/roles-tab/team-tab-model';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import { styleHeaderRow } from '../header-style';
import { replaceOwnProtections } from '../own-protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One width for the five columns: one call, and wide enough for an email or a role's name. */
const COLUMN_WIDTH = 190;

/**
 * @param previous the tab's values before this build, so the last build's leftover rows are cleared and nothing else
 * @param policy how the tab's protection is made (see core/sharing/protection-policy.ts)
 */
export function writeTeamSheet(sheet: Sheet, model: TeamTabModel, previous: readonly (readonly SheetsScalar[])[], policy: ProtectionPolicy): void {
  const width = model.header.length;
  const table: SheetsScalar[][] = [model.header, ...model.rows];
  const previousHeight = teamTableHeight(previous);
  if (previousHeight > table.length) sheet.getRange(table.length + 1, 1, previousHeight - table.length, width).clearContent();
  sheet.getRange(1, 1, table.length, width).setValues(table);
  sheet.getRange(2, 1, model.rows.length, width).setNumberFormats(model.rows.map(() => model.numberFormats));
  styleHeaderRow(sheet.getRange(1, 1, 1, width));
  replaceOwnProtections(sheet, [teamTabProtection(model)], policy);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, width, COLUMN_WIDTH);
}
