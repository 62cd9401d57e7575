/** The "Import data" section's element ids: hooks for labels, focus moves and browser tests (ids double as data-testid). */
export const DATA_IMPORT_IDS = {
  section: 'section-data-import',
  title: 'data-import-title',
  files: 'data-import-files',
  listTabs: 'data-import-list-tabs',
  tabChoice: 'data-import-tab',
  readTab: 'data-import-read-tab',
  progress: 'data-import-progress',
  progressBar: 'data-import-progress-bar',
  fileList: 'data-import-file-list',
  problems: 'data-import-problems',
  unmapped: 'data-import-unmapped',
  stages: 'data-import-stages',
  preview: 'data-import-preview',
  summary: 'data-import-summary',
  confirm: 'data-import-confirm',
  clear: 'data-import-clear',
  status: 'data-import-status',
  log: 'data-import-log',
} as const;

/** The id of the channel choice for the `index`-th unmapped source. */
export function unmappedChoiceId(index: number): string {
  return `data-import-map-${index}`;
}

export function stageChoiceId(index: number): string {
  return `data-import-stage-${index}`;
}

export function typedChoiceId(index: number): string {
  return `data-import-typed-${index}`;
}

export function undoButtonId(index: number): string {
  return `data-import-undo-${index}`;
}
