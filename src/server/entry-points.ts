import type { EntryPointSpec } from './entry-point-spec';
import { onInstall, onOpen } from './menu';

/** Every trigger, menu handler and sidebar call Apps Script must see as a top-level function. */
export const ENTRY_POINTS: readonly EntryPointSpec[] = [
  { name: 'onOpen', params: ['e'], description: 'Adds the Marketing KPI menu when the spreadsheet opens.', run: onOpen },
  { name: 'onInstall', params: ['e'], description: 'Adds the menu right after the add-on is installed.', run: onInstall },
];
