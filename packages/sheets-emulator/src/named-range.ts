/**
 * NamedRange: a name for a range, kept as a HyperFormula named expression
 * so formulas such as `=ROMI(KPI_Revenue, KPI_Cost)` evaluate, and so the
 * name follows its cells when rows are inserted.
 */
import { asAppsScript } from './apps-script-types';
import type { GridRange } from './grid-range';
import type { EmulatorRuntime } from './runtime';

type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^R\d*C\d*$/i;

/** Sheets' rules: letters, digits and underscores, not starting with a digit, not TRUE/FALSE, not a cell reference. */
export function assertValidRangeName(name: string): void {
  if (
    !NAME.test(name) ||
    name.length > 250 ||
    /^(true|false)$/i.test(name) ||
    LOOKS_LIKE_A1.test(name) ||
    LOOKS_LIKE_R1C1.test(name)
  ) {
    throw new Error(
      `The name "${name}" is not valid for a named range. Use letters, numbers and underscores; do not start with a number.`,
    );
  }
}

/** Names a range (replacing the range of an existing name). */
export function defineNamedRange(runtime: EmulatorRuntime, name: string, range: GridRange): void {
  assertValidRangeName(name);
  try {
    runtime.workbook.setNamedRange(name, range);
  } catch (error) {
    // The engine has its own (stricter) rules for names; say it in Sheets' words.
    throw new Error(
      `The name "${name}" is not valid for a named range: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function namedRangeFacade(runtime: EmulatorRuntime, name: string): NamedRange {
  return asAppsScript<NamedRange>(runtime.expose(new EmulatedNamedRange(runtime, name), 'NamedRange'));
}

export class EmulatedNamedRange
  implements Pick<NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'>
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    private name: string,
  ) {}

  private self(): NamedRange {
    return asAppsScript<NamedRange>(this);
  }

  private currentRange(): GridRange {
    const range = this.runtime.workbook.namedRange(this.name);
    if (!range) throw new Error(`The named range ${this.name} no longer exists or its cells were deleted.`);
    return range;
  }

  getName(): string {
    return this.name;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return this.runtime.facades.range(this.currentRange());
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): NamedRange {
    defineNamedRange(this.runtime, this.name, this.runtime.facades.rangeRef(range, 'range'));
    return this.self();
  }

  setName(name: string): NamedRange {
    const range = this.currentRange();
    assertValidRangeName(name);
    if (this.runtime.workbook.existingName(name) && name.toLowerCase() !== this.name.toLowerCase()) {
      throw new Error(`A named range called ${name} already exists.`);
    }
    this.runtime.workbook.removeNamedRange(this.name);
    defineNamedRange(this.runtime, name, range);
    this.name = name;
    return this.self();
  }

  remove(): void {
    this.runtime.workbook.removeNamedRange(this.name);
  }
}
