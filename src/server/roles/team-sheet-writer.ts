/** Writes the Team tab (a view of the team in document properties) in a fixed number of batched calls. */
import { isBlank, type SheetsScalar } from '../../core/sheet-values';
import type { TeamTabModel } from '../../core/roles-tab/team-tab-model';
import { replaceOwnProtections } from '../own-protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One width for the five columns: one call, and wide enough for an email or a role's name. */
const COLUMN_WIDTH = 190;

export function writeTeamSheet(sheet: Sheet, model: TeamTabModel): void {
  const width = model.header.length;
  const table: SheetsScalar[][] = [model.header, ...model.rows];
  // The last build's table ends at the first blank name; what a user wrote under a blank row is theirs and stays.
  const lastRow = sheet.getLastRow();
  if (lastRow > 1) {
    const names = sheet.getRange(2, 1, lastRow - 1, 1).getValues();
    const previousRows = names.findIndex((row) => isBlank(row[0] as SheetsScalar));
    const previousHeight = 1 + (previousRows === -1 ? names.length : previousRows);
    if (previousHeight > table.length) sheet.getRange(table.length + 1, 1, previousHeight - table.length, width).clearContent();
  }
  sheet.getRange(1, 1, table.length, width).setValues(table);
  sheet.getRange(2, 1, model.rows.length, width).setNumberFormats(model.rows.map(() => model.numberFormats));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#1a73e8').setFontColor('#ffffff');
  replaceOwnProtections(sheet, [{ range: { row: 1, column: 1, rows: table.length, columns: width }, description: model.protectionDescription }]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, width, COLUMN_WIDTH);
}
