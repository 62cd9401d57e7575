/**
 * The Sheets emulator: the subset of Apps Script services the server code
 * uses, on a real formula engine. For tests, benchmarks and the local
 * preview only (HyperFormula is GPL): never imported by src/main.ts.
 * docs/emulator.md says what it emulates and what it does not.
 */
// Named apart from the add-on's createEmulator (packages/preview/addon-emulator.ts), so an import from the old
// path fails to compile instead of giving an emulator without the custom functions.
export {
  createEmulator as createSheetsEmulator,
  type CellPoint,
  type Emulator,
  type EmulatorOptions,
  type TriggerSnapshot,
} from './create-emulator';
export { CallCounter } from './call-counter';
export type { CustomFunctionSet, EmulatedCustomFunction, EmulatedSpillShape } from './custom-function';
export {
  createFormulaEngine,
  customFunctionsPlugin,
  type CustomFunctionHost,
  type FormulaEngineOptions,
} from './hyperformula-functions';
export { renderDisplayValue } from './number-format';
export { LOCK_TIMEOUT_MESSAGE, type LockScope } from './lock-service';
export { PROTECTED_CELL_MESSAGE } from './access-control';
export { MAX_PROPERTY_STORE_BYTES, MAX_PROPERTY_VALUE_BYTES, PROPERTY_QUOTA_MESSAGE } from './properties-service';
export type { AuthModeName, SharingEmail } from './runtime';
export type { CellErrorInfo } from './workbook';
export type {
  SheetSnapshot,
  SpreadsheetSnapshot,
  ValidationSnapshot,
  ConditionalFormatSnapshot,
  ProtectionSnapshot,
  ChartSnapshot,
  NamedRangeSnapshot,
  DeveloperMetadataSnapshot,
  PlainValue,
} from './snapshot';
export type {
  UiLog,
  MenuRecord,
  MenuEntry,
  ShownHtml,
  DialogRecord,
  AlertRecord,
  PromptRecord,
  ToastRecord,
} from './ui-log';
// Reached by tests that patch or call one piece directly (a getValues that fails, a Utilities of their own,
// the offset rule of custom-formula conditions).
export { EmulatedRange } from './range';
export { EmulatedUtilities } from './utilities';
export { formulaAtOffset } from './custom-formula';
