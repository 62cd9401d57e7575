/** The Team tab's table as the last build wrote it, in document properties (see core/roles-tab/team-tab-edits.ts). */
import * as v from 'valibot';
import { check } from '../../shared/schema';
import { isDate, type SheetsScalar } from '../../core/sheet-values';
import { readChunkedProperty, writeChunkedProperty } from '../chunked-property';
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
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.writtenTeamTable);
  if (!stored) return null;
  try {
    const parsed = check(storedTableSchema(), JSON.parse(stored));
    return parsed.success ? parsed.data.rows : null;
  } catch {
    return null;
  }
}

export function writeWrittenTeamTable(rows: readonly (readonly SheetsScalar[])[]): void {
  // Dates do not occur in the table; a stray one is kept as its text so the record stays plain JSON.
  const plain = rows.map((row) => row.map((cell) => (isDate(cell) ? cell.toISOString() : (cell ?? null))));
  writeChunkedProperty(
    PropertiesService.getDocumentProperties(),
    PROPERTY_KEYS.writtenTeamTable,
    JSON.stringify({ version: TABLE_VERSION, rows: plain }),
  );
}
