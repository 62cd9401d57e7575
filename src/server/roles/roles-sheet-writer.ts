/**
 * Writes a Roles tab model into its sheet with a fixed number of batched
 * calls: the count does not grow with roles, people or directions (one
 * setValues for the whole region, one drop-down rule for the whole matrix,
 * one call per formatting concern).
 */
import type { CellRange } from '../../core/a1-notation';
import type { RolesTabStructure } from '../../core/roles-tab/read-roles-tab';
import type { ProtectionPolicy } from '../../core/sharing/protection-policy';
import type { RolesConditionalRule, RolesTabModel } from '../../core/roles-tab/roles-tab-model';
import { rangeOf, replaceOwnProtections } from '../own-protections';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * @param previous the tab's structure before this build (`null` for a new tab), so its old drop-downs and rules are replaced
 * @param policy how the tab's protections are made (see core/sharing/protection-policy.ts)
 */
export function writeRolesSheet(
  sheet: Sheet,
  model: RolesTabModel,
  previous: RolesTabStructure | null,
  policy: ProtectionPolicy,
): void {
  const width = model.grid[0]?.length ?? 0;
  ensureSize(sheet, model.grid.length, width);
  // Names are text: a role called "10%" or a person called "00123" stays what was typed, and matches itself next time.
  sheet.getRange(1, 1, 1, width).setNumberFormat('@');
  sheet.getRange(1, 1, model.grid.length, width).setValues(model.grid);

  // Drop-downs: the old matrix's (it may have been wider or taller) go, the new one gets one rule.
  const validatedRows = Math.max(previous?.matrixRows ?? 0, model.matrix.rows);
  const validatedColumns = Math.max(previous?.checkColumn ?? 0, model.checkColumn.column - 1);
  if (validatedRows > 0 && validatedColumns > 0)
    sheet.getRange(2, 2, validatedRows, validatedColumns).clearDataValidations();
  if (model.matrix.rows > 0 && model.matrix.columns > 0) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...model.validation.values], true)
      // A lower-case letter or "A, R" still reads correctly; the functions name any cell that does not.
      .setAllowInvalid(true)
      .setHelpText(model.validation.helpText)
      .build();
    rangeOf(sheet, model.matrix).setDataValidation(rule).setHorizontalAlignment('center');
  }

  const header = rangeOf(sheet, model.header.range);
  header
    .setBackgrounds([model.header.backgrounds])
    .setFontColors([model.header.fontColors])
    .setNotes(keepingPeoplesNotes(header.getNotes(), [model.header.notes], model.ownNotes))
    .setFontWeight('bold')
    .setWrap(true)
    .setVerticalAlignment('middle');
  if (model.labelNotes.range.rows > 0) {
    const labels = rangeOf(sheet, model.labelNotes.range);
    labels.setNotes(
      keepingPeoplesNotes(
        labels.getNotes(),
        model.labelNotes.notes.map((note) => [note]),
        model.ownNotes,
      ),
    );
  }
  rangeOf(sheet, model.checkColumn).setWrap(true);
  rangeOf(sheet, model.loadRow).setFontWeight('bold');

  const ourArea = unionOf(model.block, previous);
  const usersRules = sheet
    .getConditionalFormatRules()
    .filter((rule) => !rule.getRanges().every((range) => inside(range, ourArea)));
  sheet.setConditionalFormatRules([
    ...usersRules,
    ...model.conditionalRules.map((rule) => conditionalRule(sheet, rule)),
  ]);

  replaceOwnProtections(sheet, model.protections, policy);
  nameRange(sheet, model.namedRange.name, model.namedRange.range);

  for (const { column, count, width: pixels } of model.columnWidths) {
    if (count > 0) sheet.setColumnWidths(column, count, pixels);
  }
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
}

/**
 * The notes to write: the add-on's where it has something to say, and
 * elsewhere whatever is there, unless it is one of the add-on's own notes
 * that no longer applies. A note a person wrote is never replaced.
 */
function keepingPeoplesNotes(
  current: string[][],
  ours: readonly (readonly string[])[],
  ownNotes: ReadonlySet<string>,
): string[][] {
  return ours.map((row, r) =>
    row.map((note, c) => {
      const there = current[r]?.[c] ?? '';
      if (there !== '' && !ownNotes.has(there)) return there;
      return note;
    }),
  );
}

/** A new tab has 26 columns; a department of 30 people needs more, and a range past the edge is an error. */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

export function conditionalRule(
  sheet: Sheet,
  rule: RolesConditionalRule,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule();
  switch (rule.when.kind) {
    case 'text_equal':
      builder.whenTextEqualTo(rule.when.text);
      break;
    case 'text_contains':
      builder.whenTextContains(rule.when.text);
      break;
    case 'not_empty':
      builder.whenCellNotEmpty();
      break;
  }
  return builder
    .setBackground(rule.background)
    .setFontColor(rule.font)
    .setRanges(rule.ranges.map((range) => rangeOf(sheet, range)))
    .build();
}

/** The block now and as it was: a conditional rule wholly inside it is the add-on's, to be replaced. */
function unionOf(block: CellRange, previous: RolesTabStructure | null): { rows: number; columns: number } {
  return {
    rows: Math.max(block.rows, previous ? previous.blockEnd + 1 : 0),
    columns: Math.max(block.columns, previous ? previous.checkColumn + 1 : 0),
  };
}

function inside(range: GoogleAppsScript.Spreadsheet.Range, area: { rows: number; columns: number }): boolean {
  return range.getLastRow() <= area.rows && range.getLastColumn() <= area.columns;
}

function nameRange(sheet: Sheet, name: string, range: CellRange): void {
  const spreadsheet = sheet.getParent();
  const existing = spreadsheet.getNamedRanges().find((named) => named.getName() === name);
  if (existing) existing.setRange(rangeOf(sheet, range));
  else spreadsheet.setNamedRange(name, rangeOf(sheet, range));
}
