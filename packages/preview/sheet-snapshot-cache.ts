/**
 * The sheets as the page was last sent them, kept while nothing since could
 * have changed them. Every change a script or a person makes to a sheet goes
 * through a service call the emulator counts (`emulator.calls`, by
 * `Class.method`); a read, a builder, and the services that hold no cells
 * (properties, locks, the session, …) change no sheet. So the page's refresh
 * after a call that only read (the sidebar loading its state, the report
 * section listing its months: half of a session's executions) takes the
 * sheet as it was, where building it again went over every cell's value,
 * format and rules.
 */
import type { Emulator } from './addon-emulator';
import type { PreviewSheet } from './preview-snapshot';

/**
 * Methods that only read: Apps Script's getters and tests (`getValues`, `isSheetHidden`, `hasHiddenGridlines`,
 * `canEdit`), and its factories of builders (`newConditionalFormatRule`, `newChart`).
 */
const READS = /^(get|is|has|can|new)[A-Z]/;

/** Classes none of whose methods change a sheet: builders make values that a Range or Sheet call then applies. */
const HOLDING_NO_CELLS = new Set([
  'BooleanCondition',
  'ChartOptions',
  'ClockTriggerBuilder',
  'ConditionalFormatRule',
  'ConditionalFormatRuleBuilder',
  'ContainerInfo',
  'DataValidation',
  'DataValidationBuilder',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'EmbeddedChartBuilder',
  'HtmlOutput',
  'HtmlOutputMetaTag',
  'HtmlService',
  'HtmlTemplate',
  'Lock',
  'LockService',
  'Logger',
  'PromptResponse',
  'Properties',
  'PropertiesService',
  'Session',
  'SpreadsheetTriggerBuilder',
  'Trigger',
  'TriggerBuilder',
  'User',
  'Utilities',
]);

/** Whether a counted call (`Range.setValues`) leaves every sheet as it was. */
export function changesNoSheet(call: string): boolean {
  const dot = call.indexOf('.');
  return READS.test(call.slice(dot + 1)) || HOLDING_NO_CELLS.has(call.slice(0, dot));
}

export class SheetSnapshotCache {
  private readonly sheets = new Map<string, PreviewSheet>();
  private callsSeen: Record<string, number> = {};
  private userSeen = '';

  constructor(private readonly emulator: Emulator) {}

  /** Forgets every sheet kept if a call since the last look could have changed one (or the person is someone else). */
  look(): void {
    const calls = this.emulator.calls.byMethod();
    const user = this.emulator.activeUser;
    if (user !== this.userSeen || !onlyUnchangingCalls(this.callsSeen, calls)) this.sheets.clear();
    this.callsSeen = calls;
    this.userSeen = user;
  }

  /** The sheet as kept since the last change, or as `take` makes it now. */
  sheet(name: string, take: () => PreviewSheet): PreviewSheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = take();
      this.sheets.set(name, sheet);
    }
    return sheet;
  }
}

/** Whether the counts went from `before` to `after` only by calls that change no sheet (counts that went down were reset). */
function onlyUnchangingCalls(before: Record<string, number>, after: Record<string, number>): boolean {
  for (const [call, count] of Object.entries(after)) {
    const earlier = before[call] ?? 0;
    if (count < earlier || (count > earlier && !changesNoSheet(call))) return false;
  }
  return Object.keys(before).every((call) => call in after);
}
