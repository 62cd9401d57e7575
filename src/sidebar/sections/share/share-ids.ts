/** The "Share with the team" section's element ids: hooks for labels, focus moves and browser tests (ids double as data-testid). */
export const SHARE_IDS = {
  section: 'section-share',
  title: 'share-title',
  state: 'share-state',
  people: 'share-people',
  notice: 'share-notice',
  share: 'share-button',
  status: 'share-status',
  whoAmI: 'share-who-am-i',
  release: 'release-lock-button',
  releaseStatus: 'release-lock-status',
  copyUrl: 'share-copy-url',
  copyLink: 'share-copy-link',
  copyFeedback: 'share-copy-feedback',
  includeEmails: 'export-include-emails',
  export: 'export-button',
  exportJson: 'export-json',
  exportCopy: 'export-copy',
  exportDownload: 'export-download',
  exportDownloadHint: 'export-download-hint',
  exportStatus: 'export-status',
  importText: 'import-text',
  preview: 'import-preview-button',
  previewResult: 'import-preview',
  confirm: 'import-confirm',
  cancel: 'import-cancel',
  importStatus: 'import-status',
} as const;

export function personCheckboxId(personId: string): string {
  return `share-person-${personId}`;
}
