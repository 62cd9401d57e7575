/** The Team tab's table as the last build wrote it, in document properties (see core/roles-tab/team-tab-edits.ts). */
import * as v from 'valibot';
import { isDate, type SheetsScalar } from '../../core/sheet-values';
import { readDocumentRecord, writeDocumentRecord } from '../document-record';
import { PROPERTY_KEYS } from '../property-keys';

const TABLE_VERSION = 1;

/** Built on each read: the record is read once per server call, and a custom function never reads it. */
function storedTableSchema() {
  return v.object({
    version: v.literal(TABLE_VERSION),
    rows: v.array(v.array(v.union([v.string(), v.number(), v.boolean(), v.null()]))),
  });
}

/** `null` before the first build that recorded it, or when it does not read: then nothing is taken for an edit. */
export function readWrittenTeamTable(): SheetsScalar[][] | null {
  return readDocumentRecord(PROPERTY_KEYS.writtenTeamTable, storedTableSchema())?.rows ?? null;
}

export function writeWrittenTeamTable(rows: readonly (readonly SheetsScalar[])[]): void {
  // Dates do not occur in the table; a stray one is kept as its text so the record stays plain JSON.
  const plain = rows.map((row) => row.map((cell) => (isDate(cell) ? cell.toISOString() : (cell ?? null))));
  writeDocumentRecord(PROPERTY_KEYS.writtenTeamTable, { version: TABLE_VERSION, rows: plain });
}
