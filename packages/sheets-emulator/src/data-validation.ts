/**
 * DataValidationBuilder and DataValidation: a rule is recorded as plain data
 * (criteria, arguments, allowInvalid, help text) and stored per cell. The
 * emulator stores rules; it does not reject writes that break them (a
 * script's writes are not stopped by validation in Sheets either).
 */
import { asAppsScript, enumMember, enumName } from './apps-script-types';
import { isDateObject } from './date-serial';
import { isRangeArgument, type CriteriaArgument, type DataValidationData } from './data-validation-data';
import type { EmulatorRuntime } from './runtime';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** What `getCriteriaValues` returns: ranges as Range objects again. */
function criteriaValuesOut(runtime: EmulatorRuntime, values: readonly CriteriaArgument[]): unknown[] {
  return values.map((value) => {
    if (isRangeArgument(value)) return runtime.facades.range(value.range);
    if (Array.isArray(value)) return [...(value as readonly string[])];
    return value;
  });
}

function criteriaValueIn(runtime: EmulatorRuntime, value: unknown): CriteriaArgument {
  if (runtime.facades.isRange(value)) return { kind: 'range', range: { ...runtime.facades.rangeRef(value, 'value') } };
  if (Array.isArray(value)) return value.map(String);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || isDateObject(value))
    return value;
  return String(value);
}

export function dataValidationFacade(runtime: EmulatorRuntime, data: DataValidationData): DataValidation {
  return asAppsScript<DataValidation>(runtime.expose(new EmulatedDataValidation(runtime, data), 'DataValidation'));
}

export function dataValidationBuilderFacade(
  runtime: EmulatorRuntime,
  data?: DataValidationData,
): DataValidationBuilder {
  return asAppsScript<DataValidationBuilder>(
    runtime.expose(new EmulatedDataValidationBuilder(runtime, data), 'DataValidationBuilder'),
  );
}

export class EmulatedDataValidation
  implements Pick<DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly data: DataValidationData,
  ) {}

  copy(): DataValidationBuilder {
    return dataValidationBuilderFacade(this.runtime, this.data);
  }

  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return enumMember<Criteria>(this.data.criteriaType);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares criteria values as any[] (numbers, strings, dates, lists, ranges).
  getCriteriaValues(): any[] {
    return criteriaValuesOut(this.runtime, this.data.criteriaValues);
  }

  getHelpText(): string {
    return this.data.helpText;
  }
}

type BuilderMethod =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireTextContains'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class EmulatedDataValidationBuilder implements Pick<DataValidationBuilder, BuilderMethod> {
  private criteriaType: string | null;
  private criteriaValues: CriteriaArgument[];
  private allowInvalid: boolean;
  private helpText: string;

  constructor(
    private readonly runtime: EmulatorRuntime,
    from?: DataValidationData,
  ) {
    this.criteriaType = from?.criteriaType ?? null;
    this.criteriaValues = [...(from?.criteriaValues ?? [])];
    // Sheets' default is to show a warning, not to reject.
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? '';
  }

  private self(): DataValidationBuilder {
    return asAppsScript<DataValidationBuilder>(this);
  }

  private require(criteriaType: string, values: CriteriaArgument[]): DataValidationBuilder {
    this.criteriaType = criteriaType;
    this.criteriaValues = values;
    return this.self();
  }

  build(): DataValidation {
    if (this.criteriaType === null) throw new Error('You must set a criteria before building a data validation rule.');
    return dataValidationFacade(this.runtime, {
      criteriaType: this.criteriaType,
      criteriaValues: [...this.criteriaValues],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }

  copy(): DataValidationBuilder {
    return dataValidationBuilderFacade(this.runtime, {
      criteriaType: this.criteriaType ?? '',
      criteriaValues: [...this.criteriaValues],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    });
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return enumMember<Criteria>(this.criteriaType ?? '');
  }

  // biome-ignore lint/suspicious/noExplicitAny: as DataValidation.getCriteriaValues.
  getCriteriaValues(): any[] {
    return criteriaValuesOut(this.runtime, this.criteriaValues);
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  // biome-ignore lint/suspicious/noExplicitAny: a checkbox's checked and unchecked values may be any cell value.
  requireCheckbox(checkedValue?: any, uncheckedValue?: any): DataValidationBuilder {
    const values = [checkedValue, uncheckedValue]
      .filter((value) => value !== undefined)
      .map((value) => criteriaValueIn(this.runtime, value));
    return this.require('CHECKBOX', values);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this.require('CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    return this.require('NUMBER_NOT_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilder {
    return this.require('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireTextContains(text: string): DataValidationBuilder {
    return this.require('TEXT_CONTAINS', [text]);
  }

  requireTextEqualTo(text: string): DataValidationBuilder {
    return this.require('TEXT_EQUAL_TO', [text]);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this.require('TEXT_IS_VALID_URL', []);
  }

  /** Apps Script shows a dropdown unless told not to. */
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    return this.require('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): DataValidationBuilder {
    return this.require('VALUE_IN_RANGE', [
      { kind: 'range', range: { ...this.runtime.facades.rangeRef(range, 'range') } },
      showDropdown,
    ]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this.self();
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = String(helpText);
    return this.self();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares the criteria arguments as any[].
  withCriteria(criteria: Criteria, args: any[]): DataValidationBuilder {
    return this.require(
      enumName(criteria),
      args.map((value) => criteriaValueIn(this.runtime, value)),
    );
  }
}
