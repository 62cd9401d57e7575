/** Writes the Team tab (a view of the team in document properties) in a fixed number of batched calls. */
import type { SheetsScalar } from '../../core/sheet-values';
import { teamTabProtection, type TeamTabModel } from '../../core/roles-tab/team-tab-model';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import { styleHeaderRow } from '../header-style';
import { replaceOwnProtections } from '../own-protections';
import { rowsToWrite } from '../../core/roles-tab/team-tab-edits';
import { columnRuns } from '../../core/sharing/protection-policy';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One width for the five columns: one call, and wide enough for an email or a role's name. */
const COLUMN_WIDTH = 190;

/**
 * @param previousHeight how many rows the last build's table took (header included), so its leftover rows are cleared and nothing else
 * @param policy how the tab's protection is made (see core/sharing/protection-policy.ts)
 * @returns the table as Sheets holds it now, read back, for the next build to tell a person's edits from ours
 */
export function writeTeamSheet(
  sheet: Sheet,
  model: TeamTabModel,
  previousHeight: number,
  policy: ProtectionPolicy,
  existing: readonly (readonly SheetsScalar[])[] | null,
): SheetsScalar[][] {
  const width = model.header.length;
  const table: SheetsScalar[][] = [model.header, ...model.rows];
  if (previousHeight > table.length)
    sheet.getRange(table.length + 1, 1, previousHeight - table.length, width).clearContent();
  const written = sheet.getRange(1, 1, table.length, width);
  // Formats first: text written into a plain-text cell stays the text typed ("00123", "10%").
  if (model.rows.length > 0)
    sheet.getRange(2, 1, model.rows.length, width).setNumberFormats(model.rows.map(() => model.numberFormats));
  // Only the rows that change, in runs of neighbouring rows: a rebuild with nothing changed writes no value.
  const rows = existing ? rowsToWrite(existing, table) : table.map((_, index) => index);
  for (const { column: first, count } of columnRuns(rows.map((row) => row + 1)))
    sheet.getRange(first, 1, count, width).setValues(table.slice(first - 1, first - 1 + count));
  styleHeaderRow(sheet.getRange(1, 1, 1, width));
  replaceOwnProtections(sheet, [teamTabProtection(model)], policy);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, width, COLUMN_WIDTH);
  // The warning Sheets shows on a protected cell does not say where the team is edited; the header's note does.
  sheet.getRange(1, 1).setNote(model.protectionDescription);
  return written.getValues() as SheetsScalar[][];
}
