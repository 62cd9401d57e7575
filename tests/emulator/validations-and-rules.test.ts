import { describe, expect, it } from 'vitest';
import { kpiEmulator } from './kpi-fixture';

describe('data validations', () => {
  it('stores rules per cell and reads them back', () => {
    const { emulator, sheet } = kpiEmulator();
    const app = emulator.SpreadsheetApp;
    const nonNegative = app
      .newDataValidation()
      .requireNumberGreaterThanOrEqualTo(0)
      .setAllowInvalid(false)
      .setHelpText('0 or more')
      .build();
    sheet.getRange('C2:D6').setDataValidation(nonNegative);
    sheet.getRange('F2').setDataValidation(app.newDataValidation().requireValueInList(['SCALE', 'KEEP'], true).build());
    sheet
      .getRange('G2')
      .setDataValidation(app.newDataValidation().requireValueInRange(sheet.getRange('A2:A6')).build());
    sheet.getRange('H2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).build());

    const rule = sheet.getRange('D6').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    expect(rule?.getCriteriaValues()).toEqual([0]);
    expect(rule?.getAllowInvalid()).toBe(false);
    expect(rule?.getHelpText()).toBe('0 or more');
    expect(sheet.getRange('F2').getDataValidation()?.getCriteriaValues()).toEqual([['SCALE', 'KEEP'], true]);
    const inRange = sheet.getRange('G2').getDataValidation()?.getCriteriaValues();
    expect(inRange?.[0].getA1Notation()).toBe('A2:A6');
    expect(sheet.getRange('H2').getDataValidation()?.getCriteriaValues()).toEqual([0, 1]);
    expect(sheet.getRange('E2').getDataValidation()).toBeNull();

    const copied = rule?.copy().setHelpText('changed').build();
    expect(copied?.getHelpText()).toBe('changed');
    expect(sheet.getRange('D6').getDataValidation()?.getHelpText()).toBe('0 or more');

    const snapshot = emulator.snapshot('KPI');
    expect(snapshot.validations[1]?.[6]).toEqual({
      criteriaType: 'VALUE_IN_RANGE',
      criteriaValues: ['KPI!A2:A6', true],
      allowInvalid: true,
      helpText: '',
    });

    sheet.getRange('C2:D6').clearDataValidations();
    expect(
      sheet
        .getRange('C2:D6')
        .getDataValidations()
        .flat()
        .every((cell) => cell === null),
    ).toBe(true);
  });

  it('has no whole-number criterion, as Sheets has none: a whole count is a custom formula (docs/emulator.md)', () => {
    const { emulator, sheet } = kpiEmulator();
    const app = emulator.SpreadsheetApp;
    // Sheets' DataValidationBuilder offers numbers, dates, text, lists, checkboxes and a custom formula; requireWholeNumber is Forms' TextValidationBuilder's.
    const builder: object = app.newDataValidation();
    expect('requireWholeNumber' in builder).toBe(false);
    expect(Object.values(app.DataValidationCriteria).map(String)).not.toContain('WHOLE_NUMBER');
    const whole = app
      .newDataValidation()
      .requireFormulaSatisfied('=IF(ISNUMBER(F2),AND(F2>=0,F2=INT(F2)),FALSE())')
      .setAllowInvalid(false)
      .setHelpText('Whole')
      .build();
    sheet.getRange('F2:F6').setDataValidation(whole);
    const rule = sheet.getRange('F2').getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.CUSTOM_FORMULA);
    expect(rule?.getCriteriaValues()).toEqual(['=IF(ISNUMBER(F2),AND(F2>=0,F2=INT(F2)),FALSE())']);
    expect(rule?.getAllowInvalid()).toBe(false);
  });
});

describe('conditional format rules', () => {
  it('stores rules per sheet and reads them back', () => {
    const { emulator, sheet } = kpiEmulator();
    const app = emulator.SpreadsheetApp;
    const verdicts = sheet.getRange('E2:E6');
    const rules = [
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('DROP')
        .setBackground('#F4CCCC')
        .setFontColor('#990000')
        .setRanges([verdicts])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0)
        .setBold(true)
        .setRanges([sheet.getRange('F2:F6')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$D2=0')
        .setBackground('#eeeeee')
        .setRanges([sheet.getRange('A2:D6')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground('#fff2cc')
        .setRanges([sheet.getRange('D2:D6')])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);

    const stored = sheet.getConditionalFormatRules();
    expect(stored).toHaveLength(4);
    const drop = stored[0]?.getBooleanCondition();
    expect(drop?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(drop?.getCriteriaValues()).toEqual(['DROP']);
    expect(drop?.getBackground()).toBe('#f4cccc');
    expect(drop?.getFontColor()).toBe('#990000');
    expect(stored[0]?.getRanges().map((range) => range.getA1Notation())).toEqual(['E2:E6']);
    expect(stored[1]?.getBooleanCondition()?.getBold()).toBe(true);
    expect(stored[2]?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$D2=0']);
    expect(stored[3]?.getBooleanCondition()?.getCriteriaType()).toBe('CELL_EMPTY');

    // Adding a rule is read, append, write back, as in Apps Script.
    const more = sheet.getConditionalFormatRules();
    more.push(
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(1)
        .setBackground('#d9ead3')
        .setRanges([sheet.getRange('F2:F6')])
        .build(),
    );
    sheet.setConditionalFormatRules(more);
    expect(emulator.snapshot('KPI').conditionalFormatRules.map((rule) => [rule.criteriaType, rule.ranges])).toEqual([
      ['TEXT_EQUAL_TO', ['KPI!E2:E6']],
      ['NUMBER_LESS_THAN', ['KPI!F2:F6']],
      ['CUSTOM_FORMULA', ['KPI!A2:D6']],
      ['CELL_EMPTY', ['KPI!D2:D6']],
      ['NUMBER_GREATER_THAN', ['KPI!F2:F6']],
    ]);
  });

  it('moves rule ranges when rows are inserted above them', () => {
    const { sheet, emulator } = kpiEmulator();
    const rule = emulator.SpreadsheetApp.newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground('#000')
      .setRanges([sheet.getRange('B2:B6')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('B4:B8');
  });
});
