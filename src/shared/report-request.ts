/**
 * What the sidebar sends to generate a monthly report, checked with the same
 * schema by the server. Replacing an existing report is asked, never
 * assumed: the sidebar sends the person's answer.
 */
import * as v from 'valibot';
import type { Infer } from './schema';

/** Built on each use: a request is read once per call. */
export function reportRequestSchema() {
  return v.object({
    /** 'YYYY-MM' */
    month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    replaceExisting: v.boolean(),
  });
}

export type ReportRequest = Infer<ReturnType<typeof reportRequestSchema>>;

/** What the sidebar needs to offer a report: months to choose from (newest first) and those already reported. */
export interface ReportOptions {
  months: string[];
  /** The last month with figures; `null` when the KPI tab holds none. */
  defaultMonth: string | null;
  /**
   * The month the sidebar's list and the menu's question start on: the
   * default, else (no figures yet) the newest month offered that began
   * before this one, never a month still to come.
   */
  preselected: string | null;
  /** Months that already have a report tab. */
  existingReports: string[];
  /** Of those, the months whose tab a person changed after it was written, or that cannot be checked: replacing them discards their work. */
  editedReports: string[];
}
