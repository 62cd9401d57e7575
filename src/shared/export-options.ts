/** What the sidebar's "Export" asks for: people's emails go into the file only when the user ticks it. */
import * as v from 'valibot';
import type { Infer } from './schema';

/** Built on each use: the options are read once per export. */
export function exportOptionsSchema() {
  return v.object({ includeEmails: v.boolean() });
}

export type ExportOptions = Infer<ReturnType<typeof exportOptionsSchema>>;
