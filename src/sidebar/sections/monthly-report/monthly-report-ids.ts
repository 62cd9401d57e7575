/** The monthly report section's element ids: hooks for labels, focus moves and browser tests (ids double as data-testid). */
export const REPORT_IDS = {
  section: 'section-monthly-report',
  title: 'report-title',
  month: 'report-month',
  exists: 'report-exists',
  edited: 'report-edited',
  replace: 'report-replace',
  replaceNeeded: 'report-replace-needed',
  generate: 'report-generate',
  retry: 'report-retry',
  status: 'report-status',
} as const;
