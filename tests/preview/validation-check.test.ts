import { describe, expect, it } from 'vitest';
import { dropdownItems, satisfiesValidation } from '../../packages/preview/validation-check';

describe("validation check for a person's entry", () => {
  it('checks numbers against number criteria; text fails them; blank always passes', () => {
    const nonNegative = { criteriaType: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', criteriaValues: [0] };
    expect(satisfiesValidation(nonNegative, 0)).toBe(true);
    expect(satisfiesValidation(nonNegative, -1)).toBe(false);
    expect(satisfiesValidation(nonNegative, 'ten')).toBe(false);
    expect(satisfiesValidation(nonNegative, '')).toBe(true);
    const between = { criteriaType: 'NUMBER_BETWEEN', criteriaValues: [10, 1] };
    expect([0, 1, 5, 10, 11].map((value) => satisfiesValidation(between, value))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('checks list items and offers them as a drop-down unless the rule hides it', () => {
    const list = { criteriaType: 'VALUE_IN_LIST', criteriaValues: [['PPC', 'SEO'], true] };
    expect(satisfiesValidation(list, 'SEO')).toBe(true);
    expect(satisfiesValidation(list, 'seo')).toBe(false);
    expect(dropdownItems(list)).toEqual(['PPC', 'SEO']);
    expect(dropdownItems({ ...list, criteriaValues: [['PPC'], false] })).toBeNull();
    expect(dropdownItems({ criteriaType: 'NUMBER_BETWEEN', criteriaValues: [0, 1] })).toBeNull();
  });

  it('lets through criteria it does not know', () => {
    expect(satisfiesValidation({ criteriaType: 'DATE_AFTER', criteriaValues: ['2025-01-01'] }, 'whatever')).toBe(true);
  });
});
