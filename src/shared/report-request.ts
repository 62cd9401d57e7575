/**
 * What the sidebar sends to generate a monthly report, checked with the same
 * schema by the server. Replacing an existing report is asked, never
 * assumed: the sidebar sends the person's answer.
 */
import * as z from 'zod/mini';

export const reportRequestSchema = z.object({
  /** 'YYYY-MM' */
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  replaceExisting: z.boolean(),
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** What the sidebar needs to offer a report: months to choose from (newest first) and those already reported. */
export interface ReportOptions {
  months: string[];
  /** The last month with figures; `null` when the KPI tab holds none. */
  defaultMonth: string | null;
  /** Months that already have a report tab. */
  existingReports: string[];
}
