/**
 * The KPI tab checks its counts (core/kpi/count-checks): leads, qualified
 * leads and customers are whole numbers, 0 or more, by data validation with
 * a help text in the sheet's language; qualified leads above the row's
 * leads are flagged (the validation's red corner and a colour), never
 * refused. The formulas are evaluated in HyperFormula against the core
 * predicates, over random cells.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import {
  countValidationFormula,
  isWholeCount,
  qualifiedAboveLeads,
  qualifiedAboveLeadsFormula,
} from '../../src/core/kpi/count-checks';
import { KPI_COLUMNS, KPI_TAB_NAME, kpiColumnIndex, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import { COUNT_PROBLEM_COLOURS } from '../../src/core/kpi/kpi-colours';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { installedEmulator, testSettings } from './kpi-emulator-fixture';
import { kpiCell } from '../support/kpi-cell';

const col = kpiColumnIndex;

describe('the KPI tab checks its counts', () => {
  it("validates leads, qualified leads and customers as whole numbers, with help in the sheet's language", () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings({ sheetLang: 'ru' }));
    const tab = emulator.snapshot(KPI_TAB_NAME);
    const rule = (key: KpiColumnKey, row = 1) => tab.validations[row]?.[col(key)];
    const [leads, qualified, customers] = [kpiCell('leads', 2), kpiCell('qualified_leads', 2), kpiCell('customers', 2)];

    expect(rule('leads')).toMatchObject({
      criteriaType: 'CUSTOM_FORMULA',
      criteriaValues: [`=IF(ISNUMBER(${leads}),AND(${leads}>=0,${leads}=INT(${leads})),FALSE())`],
      allowInvalid: false,
    });
    expect(rule('customers')).toMatchObject({
      criteriaValues: [`=IF(ISNUMBER(${customers}),AND(${customers}>=0,${customers}=INT(${customers})),FALSE())`],
      allowInvalid: false,
    });
    expect(rule('leads')?.helpText).toBe(
      'Введите целое число, 0 или больше: лиды и клиенты считаются штуками (12, а не 12,5)',
    );
    expect(rule('qualified_leads')).toMatchObject({
      criteriaType: 'CUSTOM_FORMULA',
      criteriaValues: [
        `=IF(ISNUMBER(${qualified}),AND(${qualified}>=0,${qualified}=INT(${qualified}),OR(NOT(ISNUMBER(${leads})),${qualified}<=${leads})),FALSE())`,
      ],
      allowInvalid: true,
      helpText:
        'Введите целое число, 0 или больше и не больше лидов в этой строке: квалифицированные лиды — часть всех лидов',
    });
    // One rule over the whole column: Sheets moves its relative references to every row.
    expect(rule('qualified_leads', 36)?.criteriaValues).toEqual(rule('qualified_leads')?.criteriaValues);
    // Money keeps its rule.
    expect(rule('spend')).toMatchObject({
      criteriaType: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      helpText: 'Введите число, 0 или больше',
    });
  });

  it("colours qualified leads above the row's leads, keeps one such rule per rebuild and a person's own rules", () => {
    const emulator = installedEmulator();
    const settings = testSettings();
    buildKpiTemplate(settings);
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!sheet) throw new Error('no KPI tab');
    // A person's own rule on the same column.
    const [qualified, leads] = [kpiCell('qualified_leads', 2), kpiCell('leads', 2)];
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBackground('#00ff00')
      .setRanges([sheet.getRange(`${qualified}:${kpiCell('qualified_leads', 37)}`)])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), own]);
    buildKpiTemplate(settings);

    const rules = emulator
      .snapshot(KPI_TAB_NAME)
      .conditionalFormatRules.filter((rule) => rule.ranges[0] === `KPI!${qualified}:${kpiCell('qualified_leads', 37)}`);
    expect(rules).toHaveLength(2);
    expect(rules.find((rule) => rule.criteriaType === 'CUSTOM_FORMULA')).toMatchObject({
      criteriaValues: [`=AND(ISNUMBER(${qualified}),ISNUMBER(${leads}),${qualified}>${leads})`],
      style: { background: COUNT_PROBLEM_COLOURS.background, fontColor: COUNT_PROBLEM_COLOURS.font },
    });
    expect(rules.find((rule) => rule.criteriaType === 'NUMBER_GREATER_THAN')).toBeDefined();
  });
});

describe('the count formulas agree with the core checks (HyperFormula)', () => {
  const places = new Map(KPI_COLUMNS.map((column, index) => [column.key, index + 1]));
  const cellValue = fc.oneof(
    fc.integer({ min: -5, max: 500 }),
    fc.double({ min: -10, max: 500, noNaN: true }),
    fc.constantFrom<number | string | null>(null, 'text', '12', 0.5, 12.5, 1e-9),
  );
  // Exact comparison, as in tests/functions/native-verdict-formula.test.ts: HyperFormula's default reads numbers
  // within 1e-13 of each other as equal (500 and 499.99999999995 failed here), the core compares exactly.
  const engine = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false, precisionEpsilon: 0 });
  engine.addSheet('KPI');
  const sheetId = engine.getSheetId('KPI') ?? 0;
  const leadsColumn = col('leads');
  const qualifiedColumn = col('qualified_leads');

  it('over random leads and qualified leads, row 2 of the tab', () => {
    fc.assert(
      fc.property(cellValue, cellValue, (leads, qualified) => {
        const row = Array.from({ length: KPI_COLUMNS.length }, () => null as number | string | null);
        // Text stays text in the engine (an apostrophe, as in Sheets).
        const content = (value: number | string | null) => (typeof value === 'string' ? `'${value}` : value);
        row[leadsColumn] = content(leads);
        row[qualifiedColumn] = content(qualified);
        engine.setSheetContent(sheetId, [[], row]);
        const evaluate = (formula: string) => engine.calculateFormula(formula, sheetId);
        const number = (value: unknown) => (typeof value === 'number' ? value : null);
        // A blank cell is never validated; a filled one passes exactly when the core says it is a whole count.
        if (leads !== null)
          expect(evaluate(countValidationFormula(places, 'leads', 2))).toBe(
            typeof leads === 'number' && isWholeCount(leads),
          );
        if (qualified !== null) {
          const valid =
            typeof qualified === 'number' && isWholeCount(qualified) && !qualifiedAboveLeads(qualified, number(leads));
          expect(evaluate(countValidationFormula(places, 'qualified_leads', 2))).toBe(valid);
        }
        expect(evaluate(qualifiedAboveLeadsFormula(places, 2))).toBe(
          qualifiedAboveLeads(number(qualified), number(leads)),
        );
      }),
      { numRuns: 500, examples: [[499.99999999995003, 500]] },
    );
  });
});
