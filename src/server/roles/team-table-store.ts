/** The Team tab's table as the last build wrote it, in document properties (see core/roles-tab/team-tab-edits.ts). */
import * as z from 'zod/mini';
import { isDate, type SheetsScalar } from '../../core/sheet-values';
import { readChunkedProperty, writeChunkedProperty } from '../chunked-property';
import { PROPERTY_KEYS } from '../property-keys';

const TABLE_VERSION = 1;

const storedTableSchema = z.object({
  version: z.literal(TABLE_VERSION),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

/** `null` before the first build that recorded it, or when it does not read: then nothing is taken for an edit. */
export function readWrittenTeamTable(): SheetsScalar[][] | null {
  const stored = readChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.writtenTeamTable);
  if (!stored) return null;
  try {
    const parsed = storedTableSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data.rows : null;
  } catch {
    return null;
  }
}

export function writeWrittenTeamTable(rows: readonly (readonly SheetsScalar[])[]): void {
  // Dates do not occur in the table; a stray one is kept as its text so the record stays plain JSON.
  const plain = rows.map((row) => row.map((cell) => (isDate(cell) ? cell.toISOString() : (cell ?? null))));
  writeChunkedProperty(PropertiesService.getDocumentProperties(), PROPERTY_KEYS.writtenTeamTable, JSON.stringify({ version: TABLE_VERSION, rows: plain }));
}
