/** What the sidebar's "Export" asks for: people's emails go into the file only when the user ticks it. */
import * as z from 'zod/mini';

export const exportOptionsSchema = z.object({ includeEmails: z.boolean() });

export type ExportOptions = z.infer<typeof exportOptionsSchema>;
