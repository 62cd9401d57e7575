/**
 * Reads the Roles tab for the sidebar's findings: an anchored tab through
 * its column anchors (one metadata finder, one read of the cells), an older
 * tab by its formulas and labels.
 */
import type { BuiltRolesLayout } from '../../core/roles-tab/built-layout';
import type { RolesTabPart } from '../../core/roles-tab/missing-parts';
import { rolesAnchorsFrom } from '../../core/roles-tab/roles-projection';
import { anchoredRolesView, positionalRolesView, type RolesTabView } from '../../core/roles-tab/roles-tab-view';
import { readColumnAnchors } from '../anchored/anchored-sheet';
import { readTableGrid } from '../anchored/table-grid';
import { ROLES_ANCHORS, readSheetRegion } from './roles-tab';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RolesViewRead =
  | { kind: 'view'; view: RolesTabView }
  | { kind: 'missing'; missing: RolesTabPart[] }
  | { kind: 'not_ours' };

/** @param anchoredTab the tab carries the add-on's sheet metadata: without any column anchors, its matrix was deleted, not never made */
export function readRolesTabView(sheet: Sheet, layout: BuiltRolesLayout | null, anchoredTab: boolean): RolesViewRead {
  const found = readColumnAnchors(sheet, ROLES_ANCHORS);
  if (found.size === 0) {
    const view = positionalRolesView(readSheetRegion(sheet));
    if (view) return { kind: 'view', view };
    return anchoredTab ? { kind: 'missing', missing: ['label', 'check', 'figures'] } : { kind: 'not_ours' };
  }
  const anchors = rolesAnchorsFrom(found);
  if (!anchors.ok) return { kind: 'missing', missing: anchors.missing };
  const read = anchoredRolesView(readTableGrid(sheet), anchors.anchors, layout?.mode ?? null);
  return read.ok ? { kind: 'view', view: read.view } : { kind: 'missing', missing: read.missing };
}
