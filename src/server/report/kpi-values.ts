/**
 * The KPI tab's data rows as values, read once, by column identity: each
 * column where its developer metadata says it is (a person's columns in
 * between are skipped), rows the table's own (a channel id in the row), so
 * a totals row under the table is never counted. A lost column stops the
 * report with a message that names it.
 */
import type { Lang } from '../../core/i18n/lang';
import { KPI_COLUMNS, KPI_HEADER_ROWS, kpiColumnIndex } from '../../core/kpi/kpi-columns';
import { readKpiRecords, type KpiRecords } from '../../core/report/kpi-records';
import { isBlank, type SheetsScalar } from '../../core/sheet-values';
import { locateKpiTab, requireEveryColumn } from '../kpi/kpi-tab-location';
import { readSettings } from '../settings-store';
import { datesAsSerials } from '../spreadsheet-dates';

/** The KPI tab's figures, or `null` when the spreadsheet has no KPI tab. */
export function readKpiTabRecords(lang: Lang): KpiRecords | null {
  const location = locateKpiTab(lang);
  if (!location) return null;
  requireEveryColumn(location, lang);
  const { sheet, places } = location;
  const lastRow = sheet.getLastRow();
  if (lastRow <= KPI_HEADER_ROWS) return readKpiRecords([]);
  const width = Math.max(...places.values());
  const read = sheet.getRange(KPI_HEADER_ROWS + 1, 1, lastRow - KPI_HEADER_ROWS, width).getValues() as SheetsScalar[][];
  const idColumn = places.get('channel_id');
  const targets = new Map((readSettings()?.channels ?? []).map((channel) => [channel.id, channel.targetCpl]));
  // Each row in the table's column order, whatever the order on the tab; a typed Target CPL wins, else the channel's from the settings.
  const rows = read.map((cells) => {
    const row: SheetsScalar[] = KPI_COLUMNS.map((column) => {
      const at = places.get(column.key);
      return at === undefined ? '' : (cells[at - 1] ?? '');
    });
    const id = idColumn === undefined ? '' : String(cells[idColumn - 1] ?? '').trim();
    const target = kpiColumnIndex('target_cpl');
    if (isBlank(row[target] ?? '') && targets.get(id) != null) row[target] = targets.get(id) ?? '';
    // Not the table's row (no channel id): a person's own row, left out. A tab built before anchoring has no ids yet.
    if (idColumn !== undefined && id === '') return row.map(() => '');
    return row;
  });
  // Months on the spreadsheet's clock, not the script's.
  const values = datesAsSerials(rows, kpiColumnIndex('month'), sheet.getParent());
  return readKpiRecords(values, KPI_HEADER_ROWS + 1);
}
