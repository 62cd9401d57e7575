/**
 * Where the KPI tab and its columns are: by developer metadata (a renamed
 * tab, moved columns and a person's columns inserted between ours are all
 * found), or, for a tab built before the table was anchored, by its name and
 * a header that is the add-on's own.
 */
import { missingByVersion } from '../../core/anchored/column-plan';
import type { AnchorKeys } from '../../core/anchored/anchored-layout';
import { translate } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import { kpiMessages } from '../../core/i18n/kpi-messages';
import { KPI_COLUMNS, KPI_TAB_NAME, LEGACY_KPI_COLUMN_COUNT, type KpiColumnKey } from '../../core/kpi/kpi-columns';
import { findAnchoredSheet, readColumnAnchors, readLayoutVersion } from '../anchored/anchored-sheet';
import { UserFacingError } from '../user-facing-error';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const KPI_ANCHORS: AnchorKeys = {
  tabKey: 'mkpi.tab',
  tabValue: 'kpi',
  columnKey: 'mkpi.kpi.column',
  layoutKey: 'mkpi.kpi.layout',
};

export interface KpiTabLocation {
  sheet: Sheet;
  /** 1-based column of each KPI column found. */
  places: Map<KpiColumnKey, number>;
  /** False for a tab built before anchoring: found by name and header, its metadata still to attach. */
  anchored: boolean;
  /** The layout version the tab was last built with: columns of later versions are added, not missed. */
  layoutVersion: number;
}

function isKpiKey(key: string): key is KpiColumnKey {
  return KPI_COLUMNS.some((column) => column.key === key);
}

/** A header cell the add-on wrote, in either language. */
function isOwnHeader(cell: unknown, key: KpiColumnKey): boolean {
  const text = String(cell ?? '').trim();
  return (['en', 'ru'] as const).some((lang) => translate(kpiMessages, lang, `col_${key}`) === text);
}

/** The KPI tab, or `null` when the spreadsheet has none; a tab named KPI that is not ours stops with a message. */
export function locateKpiTab(lang: Lang): KpiTabLocation | null {
  const anchored = findAnchoredSheet(KPI_ANCHORS);
  if (anchored) {
    const places = new Map<KpiColumnKey, number>();
    for (const [key, column] of readColumnAnchors(anchored, KPI_ANCHORS)) if (isKpiKey(key)) places.set(key, column);
    return { sheet: anchored, places, anchored: true, layoutVersion: readLayoutVersion(anchored, KPI_ANCHORS) };
  }
  const named = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
  if (!named) return null;
  const header = named.getRange(1, 1, 1, LEGACY_KPI_COLUMN_COUNT).getValues()[0] ?? [];
  const legacy = KPI_COLUMNS.slice(0, LEGACY_KPI_COLUMN_COUNT);
  if (!legacy.every((column, index) => isOwnHeader(header[index], column.key))) {
    throw new UserFacingError(translate(kpiMessages, lang, 'foreign_tab', { name: named.getName() }));
  }
  return {
    sheet: named,
    places: new Map(legacy.map((column, index) => [column.key, index + 1])),
    anchored: false,
    layoutVersion: 1,
  };
}

/** The columns of the tab's own layout version that it lost, as the person's language names them. */
export function missingColumnNames(location: KpiTabLocation, lang: Lang): string[] {
  return missingByVersion(KPI_COLUMNS, location.places, location.layoutVersion).lost.map(
    (key) => `«${translate(kpiMessages, lang, `col_${key}`)}»`,
  );
}

/** The columns a later layout added and the tab, built before them, does not have yet (the next build adds them). */
export function newerColumns(location: KpiTabLocation): KpiColumnKey[] {
  return location.anchored ? missingByVersion(KPI_COLUMNS, location.places, location.layoutVersion).newer : [];
}

/**
 * Stops a build or a report before it writes anything when the tab lost a
 * column a person deleted; a column only a later version has is no loss.
 */
export function requireEveryColumn(location: KpiTabLocation, lang: Lang): void {
  if (!location.anchored) return;
  const missing = missingColumnNames(location, lang);
  if (missing.length > 0)
    throw new UserFacingError(translate(kpiMessages, lang, 'missing_columns', { columns: missing.join(', ') }));
}

export function findKpiSheet(): Sheet | null {
  return findAnchoredSheet(KPI_ANCHORS) ?? SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
}
