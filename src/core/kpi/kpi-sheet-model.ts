/**
 * The KPI tab as data: every cell, format, validation, conditional format,
 * protection and named range, computed from the plan. The server turns this
 * model into a handful of batched calls; nothing here knows Apps Script.
 */
import type { TemplateSettings } from '../../shared/template-settings';
import { translate } from '../i18n/catalog';
import { kpiMessages } from '../i18n/kpi-messages';
import type { SheetsScalar } from '../sheet-values';
import { asPlainText } from '../text-safety';
import type { Verdict } from '../verdict';
import { verdictMessages } from '../i18n/verdict-messages';
import { KPI_COLUMNS, KPI_HEADER_ROWS, KPI_INPUT_KEYS, kpiColumnIndex, type KpiColumnKey } from './kpi-columns';
import { conversionFormula, cplFormula, romiFormula, totalCostFormula, verdictFormula } from './kpi-formulas';
import type { KpiPlan, PlannedKpiRow } from './kpi-layout';
import { monthSerial } from './month';
import { numberFormatFor } from './number-formats';
import { columnRuns, type ProtectedArea } from '../sharing/protection-policy';
import type { Lang } from '../i18n/lang';

/** A column-wide data validation. */
export type KpiValidation =
  | { column: KpiColumnKey; kind: 'non_negative'; helpText: string }
  | { column: KpiColumnKey; kind: 'number'; helpText: string }
  | { column: KpiColumnKey; kind: 'list'; values: string[]; helpText: string };

/** Background and text colours of a verdict, for both languages' labels. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, { background: string; font: string }>> = {
  SCALE: { background: '#b7e1cd', font: '#0b5d1e' },
  KEEP: { background: '#e6f4ea', font: '#137333' },
  OPTIMIZE: { background: '#fce8b2', font: '#7a4f01' },
  DROP: { background: '#f4c7c3', font: '#a50e0e' },
  TEST: { background: '#e8eaed', font: '#3c4043' },
};

export const NEGATIVE_ROMI_COLOURS = { background: '#fce8e6', font: '#c5221f' };
export const HEADER_COLOURS = { background: '#1a73e8', font: '#ffffff' };
export const KEPT_ROW_BACKGROUND = '#fef7e0';

export interface KpiSheetModel {
  tabName: string;
  header: string[];
  /** Data rows, formulas included as '=…' strings, in table column order, extras after. */
  rows: SheetsScalar[][];
  /** Width of the written region: the table plus the widest row of carried extras. */
  width: number;
  /** Number formats of the table's columns (applied to every data row). */
  numberFormats: string[];
  validations: KpiValidation[];
  /**
   * Formula columns (computed: a warning before the spreadsheet is shared),
   * key columns and the inputs' header (structure: locked once shared); the
   * input cells are never protected, every editor fills them.
   */
  protections: ProtectedArea[];
  namedRanges: { name: string; column: KpiColumnKey }[];
  verdictLabels: { verdict: Verdict; labels: string[] }[];
  /** 1-based sheet rows of kept rows, shaded so they stand out. */
  keptSheetRows: number[];
  firstDataRow: number;
  lastDataRow: number;
}

function noteText(row: PlannedKpiRow, settings: TemplateSettings): string {
  const lang = settings.sheetLang;
  switch (row.note) {
    case 'removed_channel':
      return translate(kpiMessages, lang, 'note_removed_channel');
    case 'duplicate_row':
      return translate(kpiMessages, lang, 'note_duplicate_row');
    case 'unreadable_month':
      return translate(kpiMessages, lang, 'note_unreadable_month');
    case null:
      return '';
  }
}

/** The rows of one month sit together; the first row of each block carries the month's verdict formula. */
function monthBlockStarts(rows: readonly PlannedKpiRow[]): Map<number, number> {
  const blocks = new Map<number, number>();
  let start = 0;
  for (let index = 1; index <= rows.length; index++) {
    const current = rows[index];
    const first = rows[start];
    if (index === rows.length || !current || !first || current.month !== first.month) {
      if (first?.month) blocks.set(start, index - 1);
      start = index;
    }
  }
  return blocks;
}

export function buildKpiSheetModel(settings: TemplateSettings, plan: KpiPlan): KpiSheetModel {
  const lang = settings.sheetLang;
  const firstDataRow = KPI_HEADER_ROWS + 1;
  const blocks = monthBlockStarts(plan.rows);
  const width = Math.max(KPI_COLUMNS.length, ...plan.rows.map((row) => KPI_COLUMNS.length + row.extras.length));

  const rows = plan.rows.map((planned, index) => {
    const sheetRow = firstDataRow + index;
    const cells: SheetsScalar[] = new Array(width).fill('');
    const set = (key: KpiColumnKey, value: SheetsScalar) => {
      cells[kpiColumnIndex(key)] = value;
    };
    set('month', planned.month ? monthSerial(planned.month) : planned.monthCell);
    set('channel', asPlainText(planned.channelName));
    for (const key of KPI_INPUT_KEYS) set(key, planned.inputs[key]);
    set('target_cpl', planned.targetCpl ?? '');
    set('total_cost', totalCostFormula(sheetRow));
    set('cpl', cplFormula(sheetRow));
    set('romi', romiFormula(sheetRow));
    set('conversion', conversionFormula(sheetRow));
    const blockEnd = blocks.get(index);
    if (blockEnd !== undefined) {
      const targetRomis = plan.rows.slice(index, blockEnd + 1).map((row) => row.targetRomi);
      set('verdict', verdictFormula(sheetRow, firstDataRow + blockEnd, settings.minLeads, targetRomis));
    }
    set('note', noteText(planned, settings));
    planned.extras.forEach((extra, offset) => {
      cells[KPI_COLUMNS.length + offset] = extra;
    });
    return cells;
  });

  const channelNames = settings.channels.map((channel) => channel.name);
  const help = (key: 'help_non_negative' | 'help_number' | 'help_channel') => translate(kpiMessages, lang, key);
  return {
    tabName: translate(kpiMessages, lang, 'tab_name'),
    header: KPI_COLUMNS.map((column) => translate(kpiMessages, lang, `col_${column.key}`)),
    rows,
    width,
    numberFormats: KPI_COLUMNS.map((column) => numberFormatFor(column.format, settings.currency)),
    validations: [
      { column: 'channel', kind: 'list', values: channelNames, helpText: help('help_channel') },
      ...(['spend', 'staff_cost', 'leads', 'qualified_leads', 'customers'] as const).map(
        (column): KpiValidation => ({ column, kind: 'non_negative', helpText: help('help_non_negative') }),
      ),
      { column: 'revenue', kind: 'number', helpText: help('help_number') },
    ],
    protections: kpiProtections(lang, firstDataRow + Math.max(plan.rows.length, 1) - 1),
    namedRanges: KPI_COLUMNS.flatMap((column) => (column.namedRange ? [{ name: column.namedRange, column: column.key }] : [])),
    verdictLabels: (Object.keys(VERDICT_COLOURS) as Verdict[]).map((verdict) => ({
      verdict,
      labels: [verdictMessages.en[verdict], verdictMessages.ru[verdict]],
    })),
    keptSheetRows: plan.rows.flatMap((row, index) => (row.note ? [firstDataRow + index] : [])),
    firstDataRow,
    lastDataRow: firstDataRow + Math.max(plan.rows.length, 1) - 1,
  };
}

/** Neighbouring columns of a kind share one protection; each column runs from the header to the last data row. */
function kpiProtections(lang: Lang, lastDataRow: number): ProtectedArea[] {
  const columnsOf = (role: 'key' | 'input' | 'formula') => KPI_COLUMNS.flatMap((column, index) => (column.role === role ? [index + 1] : []));
  const whole = (role: 'key' | 'formula', description: string, kind: ProtectedArea['kind']): ProtectedArea[] =>
    columnRuns(columnsOf(role)).map(({ column, count }) => ({ range: { row: 1, column, rows: lastDataRow, columns: count }, description, kind }));
  return [
    ...whole('formula', translate(kpiMessages, lang, 'protection_formulas'), 'computed'),
    ...whole('key', translate(kpiMessages, lang, 'protection_keys'), 'structure'),
    ...columnRuns(columnsOf('input')).map(({ column, count }): ProtectedArea => ({
      range: { row: 1, column, rows: KPI_HEADER_ROWS, columns: count },
      description: translate(kpiMessages, lang, 'protection_header'),
      kind: 'structure',
    })),
  ];
}
