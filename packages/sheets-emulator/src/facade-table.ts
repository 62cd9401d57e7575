/** The runtime's `facades` (facades.ts): the one module that brings Range, Sheet and Spreadsheet together. */
import { emulatedInstance } from './apps-script-types';
import { uncounted } from './call-counter';
import type { Facades } from './facades';
import { EmulatedRange, rangeFacade } from './range';
import type { EmulatorRuntime } from './runtime';
import { EmulatedSheet, sheetFacade } from './sheet';
import { spreadsheetFacade } from './spreadsheet';

export function facadeTable(runtime: EmulatorRuntime): Facades {
  return {
    range: (ref) => rangeFacade(runtime, ref),
    sheet: (sheetId) => sheetFacade(runtime, sheetId),
    spreadsheet: () => spreadsheetFacade(runtime),
    rangeRef: (value, argument) => emulatedInstance(value, EmulatedRange, argument).ref,
    sheetId: (value, argument) => emulatedInstance(value, EmulatedSheet, argument).sheetId,
    isRange: (value) => uncounted(value) instanceof EmulatedRange,
  };
}
