/**
 * ConditionalFormatRuleBuilder, ConditionalFormatRule and BooleanCondition:
 * rules are recorded as data (ranges, criteria, style). `snapshot` reports
 * them; it does not paint cells with them.
 */
import { asAppsScript, enumMember, enumName } from './apps-script-types';
import type {
  BooleanConditionData,
  ConditionalFormatRuleData,
  ConditionalFormatStyle,
} from './conditional-format-data';
import { isDateObject } from './date-serial';
import { normalizeColor } from './colors';
import type { EmulatorRuntime } from './runtime';
import type { GridRange } from './grid-range';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type BooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

export function conditionalFormatRuleFacade(runtime: EmulatorRuntime, data: ConditionalFormatRuleData): Rule {
  return asAppsScript<Rule>(runtime.expose(new EmulatedConditionalFormatRule(runtime, data), 'ConditionalFormatRule'));
}

export function conditionalFormatRuleBuilderFacade(
  runtime: EmulatorRuntime,
  from?: ConditionalFormatRuleData,
): Builder {
  return asAppsScript<Builder>(
    runtime.expose(new EmulatedConditionalFormatRuleBuilder(runtime, from), 'ConditionalFormatRuleBuilder'),
  );
}

function booleanConditionFacade(
  runtime: EmulatorRuntime,
  condition: BooleanConditionData,
  style: ConditionalFormatStyle,
): BooleanCondition {
  return asAppsScript<BooleanCondition>(
    runtime.expose(new EmulatedBooleanCondition(condition, style), 'BooleanCondition'),
  );
}

export class EmulatedBooleanCondition
  implements
    Pick<
      BooleanCondition,
      | 'getBackground'
      | 'getBold'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getFontColor'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(
    private readonly condition: BooleanConditionData,
    private readonly style: ConditionalFormatStyle,
  ) {}

  getBackground(): string | null {
    return this.style.background ?? null;
  }

  getBold(): boolean | null {
    return this.style.bold ?? null;
  }

  getItalic(): boolean | null {
    return this.style.italic ?? null;
  }

  getStrikethrough(): boolean | null {
    return this.style.strikethrough ?? null;
  }

  getUnderline(): boolean | null {
    return this.style.underline ?? null;
  }

  getFontColor(): string | null {
    return this.style.fontColor ?? null;
  }

  getCriteriaType(): Criteria {
    return enumMember<Criteria>(this.condition.criteriaType);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares criteria values as any[].
  getCriteriaValues(): any[] {
    return [...this.condition.criteriaValues];
  }
}

export class EmulatedConditionalFormatRule
  implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'>
{
  constructor(
    private readonly runtime: EmulatorRuntime,
    readonly data: ConditionalFormatRuleData,
  ) {}

  copy(): Builder {
    return conditionalFormatRuleBuilderFacade(this.runtime, this.data);
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.data.condition ? booleanConditionFacade(this.runtime, this.data.condition, this.data.style) : null;
  }

  /** Gradient rules are not emulated. */
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.data.ranges.map((range) => this.runtime.facades.range(range));
  }
}

type BuilderMethod =
  | 'build'
  | 'copy'
  | 'getBooleanCondition'
  | 'getGradientCondition'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setRanges'
  | 'setStrikethrough'
  | 'setUnderline'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

export class EmulatedConditionalFormatRuleBuilder implements Pick<Builder, BuilderMethod> {
  private ranges: GridRange[];
  private condition: BooleanConditionData | null;
  private style: ConditionalFormatStyle;

  constructor(
    private readonly runtime: EmulatorRuntime,
    from?: ConditionalFormatRuleData,
  ) {
    this.ranges = from ? from.ranges.map((range) => ({ ...range })) : [];
    this.condition = from?.condition ? { ...from.condition, criteriaValues: [...from.condition.criteriaValues] } : null;
    this.style = { ...from?.style };
  }

  private self(): Builder {
    return asAppsScript<Builder>(this);
  }

  private when(criteriaType: string, criteriaValues: (number | string | Date)[]): Builder {
    this.condition = { criteriaType, criteriaValues };
    return this.self();
  }

  private withStyle(change: ConditionalFormatStyle): Builder {
    this.style = { ...this.style, ...change };
    return this.self();
  }

  private data(): ConditionalFormatRuleData {
    return { ranges: this.ranges.map((range) => ({ ...range })), condition: this.condition, style: { ...this.style } };
  }

  build(): Rule {
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range (setRanges).');
    if (!this.condition) throw new Error('A conditional format rule needs a condition (when…).');
    return conditionalFormatRuleFacade(this.runtime, this.data());
  }

  copy(): Builder {
    return conditionalFormatRuleBuilderFacade(this.runtime, this.data());
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.condition ? booleanConditionFacade(this.runtime, this.condition, this.style) : null;
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.ranges.map((range) => this.runtime.facades.range(range));
  }

  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Builder {
    this.ranges = ranges.map((range) => ({ ...this.runtime.facades.rangeRef(range, 'ranges') }));
    return this.self();
  }

  setBackground(color: string | null): Builder {
    return this.withStyle({ background: normalizeColor(color) });
  }

  setFontColor(color: string | null): Builder {
    return this.withStyle({ fontColor: normalizeColor(color) });
  }

  setBold(bold: boolean | null): Builder {
    return this.withStyle({ bold: bold ?? undefined });
  }

  setItalic(italic: boolean | null): Builder {
    return this.withStyle({ italic: italic ?? undefined });
  }

  setStrikethrough(strikethrough: boolean | null): Builder {
    return this.withStyle({ strikethrough: strikethrough ?? undefined });
  }

  setUnderline(underline: boolean | null): Builder {
    return this.withStyle({ underline: underline ?? undefined });
  }

  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }

  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  whenNumberEqualTo(number: number): Builder {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }

  whenNumberNotEqualTo(number: number): Builder {
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }

  whenNumberGreaterThan(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): Builder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }

  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', [text]);
  }

  whenTextDoesNotContain(text: string): Builder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }

  whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }

  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }

  whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script declares the criteria arguments as any[].
  withCriteria(criteria: Criteria, args: any[]): Builder {
    const values = args.map((value: unknown) =>
      typeof value === 'number' || typeof value === 'string' || isDateObject(value) ? value : String(value),
    );
    return this.when(enumName(criteria), values);
  }
}
