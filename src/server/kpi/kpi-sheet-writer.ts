/**
 * The KPI tab's frame, kept by every build with a fixed number of calls
 * (none grows with channels or months): number formats of the cells being
 * added (and of the money columns when the currency changed), data
 * validation of the input columns, conditional formats and protections of
 * the add-on's columns, named ranges covering exactly the table's rows. None
 * of it writes a value.
 */
import { columnRuns, type ProtectedArea, type ProtectionPolicy } from '../../core/sharing/protection-policy';
import { translate } from '../../core/i18n/catalog';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import { verdictMessages } from '../../core/i18n/verdict-messages';
import { KPI_COLUMNS, KPI_HEADER_ROWS, type KpiColumn, type KpiColumnKey } from '../../core/kpi/kpi-columns';
import { countValidationFormula, qualifiedAboveLeadsFormula } from '../../core/kpi/count-checks';
import {
  COUNT_PROBLEM_COLOURS,
  KEPT_ROW_BACKGROUND,
  NEGATIVE_ROMI_COLOURS,
  VERDICT_COLOURS,
} from '../../core/kpi/kpi-colours';
import type { KpiTabPlan } from '../../core/kpi/kpi-tab-plan';
import { numberFormatFor } from '../../core/kpi/number-formats';
import type { Verdict } from '../../core/verdict';
import type { TemplateSettings } from '../../shared/template-settings';
import { styleHeaderRow } from '../header-style';
import { widthToShow } from '../../core/text-width';
import { replaceOwnProtections } from '../own-protections';
import { readBuiltCurrency, writeBuiltCurrency } from '../settings-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

// Wide enough for the Russian labels too (МАСШТАБИРОВАТЬ, «Рекомендации и повторные продажи»).
const COLUMN_WIDTHS: Partial<Record<KpiColumnKey, number>> = {
  month: 120,
  channel: 240,
  verdict: 150,
  note: 260,
  status: 260,
  channel_id: 90,
};
const DEFAULT_COLUMN_WIDTH = 110;

export interface KpiFrameChange {
  created: boolean;
  addedColumns: KpiColumnKey[];
  policy: ProtectionPolicy;
}

/** Our columns in sheet order, with where they are. */
function placed(places: ReadonlyMap<KpiColumnKey, number>): { column: KpiColumn; at: number }[] {
  return KPI_COLUMNS.flatMap((column) => {
    const at = places.get(column.key);
    return at === undefined ? [] : [{ column, at }];
  }).sort((a, b) => a.at - b.at);
}

/** Runs of neighbouring sheet columns among `items`, so neighbours share one call. */
function runsOf<T extends { at: number }>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && previous.at + 1 === item.at) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

export function styleKpiTab(
  sheet: Sheet,
  settings: TemplateSettings,
  plan: KpiTabPlan,
  places: ReadonlyMap<KpiColumnKey, number>,
  change: KpiFrameChange,
): void {
  const columns = placed(places);
  const firstData = KPI_HEADER_ROWS + 1;
  const lastData = Math.max(plan.rows.newLastTableRow, firstData);
  const format = (column: KpiColumn) => numberFormatFor(column.format, settings.currency);
  const dataRange = (at: number) => sheet.getRange(firstData, at, lastData - firstData + 1, 1);

  // Number formats: the rows being added, the columns being added, and the money columns once the currency changed.
  const added = plan.rows.added.length;
  if (added > 0) {
    const first = plan.rows.lastTableRow + 1;
    for (const run of runsOf(columns))
      sheet
        .getRange(first, run[0]?.at ?? 1, added, run.length)
        .setNumberFormats(Array.from({ length: added }, () => run.map(({ column }) => format(column))));
  }
  const addedColumns = new Set(change.addedColumns);
  const currencyChanged = !change.created && readBuiltCurrency() !== settings.currency;
  for (const { column, at } of columns) {
    const money = column.format === 'money' || column.format === 'money_precise';
    if (addedColumns.has(column.key) || (currencyChanged && money)) dataRange(at).setNumberFormat(format(column));
  }
  writeBuiltCurrency(settings.currency);

  if (change.created || addedColumns.size > 0) {
    const header = change.created ? columns : columns.filter(({ column }) => addedColumns.has(column.key));
    for (const run of runsOf(header)) styleHeaderRow(sheet.getRange(KPI_HEADER_ROWS, run[0]?.at ?? 1, 1, run.length));
    for (const { column, at } of header)
      sheet.setColumnWidth(
        at,
        Math.max(COLUMN_WIDTHS[column.key] ?? DEFAULT_COLUMN_WIDTH, kpiColumnFit(settings, column.key)),
      );
    // The channel id is the row's key for the add-on, not something to read: hidden when made (a person who shows it again keeps it shown).
    for (const { column, at } of header) if (column.key === 'channel_id') sheet.hideColumns(at);
  }
  if (change.created) {
    sheet.setFrozenRows(KPI_HEADER_ROWS);
    sheet.setFrozenColumns(2);
  }

  validateInputs(settings, columns, places, dataRange);
  sheet.setConditionalFormatRules([...foreignConditionalRules(sheet, places), ...conditionalRules(places, dataRange)]);
  replaceOwnProtections(sheet, kpiProtections(settings, columns, lastData), change.policy);
  nameColumns(sheet, columns, dataRange);
}

/**
 * Room for a column's header word by word (the header wraps) and, for the channel column, for every channel
 * name beside its figures plus the drop-down's arrow. Set only when the column is made: a width a person chose later stays.
 */
function kpiColumnFit(settings: TemplateSettings, key: KpiColumnKey): number {
  const header = widthToShow(translate(kpiMessages, settings.sheetLang, `col_${key}`), { bold: true, wrap: true });
  if (key !== 'channel') return header;
  return Math.max(header, ...settings.channels.map((channel) => widthToShow(channel.name) + DROPDOWN_ARROW_WIDTH));
}

const DROPDOWN_ARROW_WIDTH = 22;

function validateInputs(
  settings: TemplateSettings,
  columns: readonly { column: KpiColumn; at: number }[],
  places: ReadonlyMap<KpiColumnKey, number>,
  dataRange: (at: number) => Range,
): void {
  const firstData = KPI_HEADER_ROWS + 1;
  for (const { column, at } of columns) {
    // Each input column's check is declared with it (core/kpi/kpi-columns); the Note column has none.
    const check = column.role === 'input' ? column.check : undefined;
    if (!check) continue;
    const builder = SpreadsheetApp.newDataValidation();
    const help = translate(kpiMessages, settings.sheetLang, check.help);
    if (check.rule === 'whole_count') {
      // Counts are whole (core/kpi/count-checks). A custom formula, Sheets' only rule for it: requireFormulaSatisfied (docs/emulator.md).
      const qualified = column.key === 'qualified_leads';
      const rule = builder
        .requireFormulaSatisfied(countValidationFormula(places, column.key, firstData))
        .setHelpText(help);
      // Qualified leads above leads is flagged (a red corner with the help text), not refused: either cell may be the one to correct.
      dataRange(at).setDataValidation(rule.setAllowInvalid(qualified).build());
      continue;
    }
    // A refund may make revenue negative; every other figure is 0 or more.
    const rule =
      check.rule === 'signed'
        ? builder.requireNumberBetween(-1e15, 1e15).setHelpText(help)
        : builder.requireNumberGreaterThanOrEqualTo(0).setHelpText(help);
    dataRange(at).setDataValidation(rule.setAllowInvalid(false).build());
  }
}

const RULE_COLUMNS: readonly KpiColumnKey[] = ['verdict', 'romi', 'status', 'note'];

/** Our rules sit on our columns; a person's own rules elsewhere on the tab are kept. */
function foreignConditionalRules(
  sheet: Sheet,
  places: ReadonlyMap<KpiColumnKey, number>,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const ours = new Set(RULE_COLUMNS.flatMap((key) => (places.has(key) ? [places.get(key)] : [])));
  const qualified = places.get('qualified_leads');
  // Qualified leads is a person's input column: only the rule with our formula there is ours.
  const ourQualifiedRule = (rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule) =>
    qualified !== undefined &&
    places.has('leads') &&
    rule.getRanges().every((range) => range.getColumn() === qualified && range.getNumColumns() === 1) &&
    rule.getBooleanCondition()?.getCriteriaValues()[0] === qualifiedAboveLeadsFormula(places, KPI_HEADER_ROWS + 1);
  return sheet
    .getConditionalFormatRules()
    .filter(
      (rule) =>
        !ourQualifiedRule(rule) &&
        !rule.getRanges().some((range) => ours.has(range.getColumn()) && range.getNumColumns() === 1),
    );
}

function conditionalRules(
  places: ReadonlyMap<KpiColumnKey, number>,
  dataRange: (at: number) => Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  const verdict = places.get('verdict');
  if (verdict !== undefined) {
    for (const key of Object.keys(VERDICT_COLOURS) as Verdict[]) {
      for (const label of [verdictMessages.en[key], verdictMessages.ru[key]]) {
        rules.push(
          SpreadsheetApp.newConditionalFormatRule()
            .whenTextEqualTo(label)
            .setBackground(VERDICT_COLOURS[key].background)
            .setFontColor(VERDICT_COLOURS[key].font)
            .setRanges([dataRange(verdict)])
            .build(),
        );
      }
    }
  }
  const romi = places.get('romi');
  if (romi !== undefined) {
    // The ROMI formula reads break-even within a tenth of a cent as exactly 0, so `< 0` marks only money lost.
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBackground(NEGATIVE_ROMI_COLOURS.background)
        .setFontColor(NEGATIVE_ROMI_COLOURS.font)
        .setRanges([dataRange(romi)])
        .build(),
    );
  }
  const qualified = places.get('qualified_leads');
  if (qualified !== undefined && places.has('leads')) {
    // More qualified leads than leads: coloured while it lasts, beside the red corner of the column's validation.
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(qualifiedAboveLeadsFormula(places, KPI_HEADER_ROWS + 1))
        .setBackground(COUNT_PROBLEM_COLOURS.background)
        .setFontColor(COUNT_PROBLEM_COLOURS.font)
        .setRanges([dataRange(qualified)])
        .build(),
    );
  }
  const status = places.get('status');
  if (status !== undefined) {
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(KEPT_ROW_BACKGROUND)
        .setRanges([dataRange(status)])
        .build(),
    );
  }
  return rules;
}

/**
 * Formula and status columns: computed (a warning before the spreadsheet is
 * shared, locked after); key columns and the inputs' header: structure
 * (locked once shared). Input cells are never protected: every editor fills them.
 */
function kpiProtections(
  settings: TemplateSettings,
  columns: readonly { column: KpiColumn; at: number }[],
  lastRow: number,
): ProtectedArea[] {
  const lang = settings.sheetLang;
  const of = (roles: readonly string[]) =>
    columns.filter(({ column }) => roles.includes(column.role)).map(({ at }) => at);
  const whole = (ats: number[], description: string, kind: ProtectedArea['kind']): ProtectedArea[] =>
    columnRuns(ats).map(({ column, count }) => ({
      range: { row: 1, column, rows: lastRow, columns: count },
      description,
      kind,
    }));
  return [
    ...whole(of(['formula']), translate(kpiMessages, lang, 'protection_formulas'), 'computed'),
    ...whole(of(['status']), translate(kpiMessages, lang, 'protection_status'), 'computed'),
    ...whole(of(['key']), translate(kpiMessages, lang, 'protection_keys'), 'structure'),
    ...columnRuns(of(['input'])).map(
      ({ column, count }): ProtectedArea => ({
        range: { row: 1, column, rows: KPI_HEADER_ROWS, columns: count },
        description: translate(kpiMessages, lang, 'protection_header'),
        kind: 'structure',
      }),
    ),
  ];
}

/** Named ranges cover exactly the table's rows: a totals row under it is never part of `=SUM(KPI_Spend)`. */
function nameColumns(
  sheet: Sheet,
  columns: readonly { column: KpiColumn; at: number }[],
  dataRange: (at: number) => Range,
): void {
  const spreadsheet = sheet.getParent();
  const existing = new Map(spreadsheet.getNamedRanges().map((named) => [named.getName(), named]));
  for (const { column, at } of columns) {
    if (!column.namedRange) continue;
    const range = dataRange(at);
    const named = existing.get(column.namedRange);
    if (named) named.setRange(range);
    else spreadsheet.setNamedRange(column.namedRange, range);
  }
}
