import { describe, expect, it } from 'vitest';
import { numberFormatFor } from '../../../src/core/kpi/number-formats';
import {
  COUNT_FORMAT,
  MONTH_FORMAT,
  PERCENT_FORMAT,
  SIGNED_PERCENT_FORMAT,
  signedFormat,
} from '../../../src/core/report/report-formats';

// The report's formats are written as constants (the bundle's top level computes nothing); they must stay the KPI tab's.
describe("the report's number formats", () => {
  it("are the KPI tab's formats for counts, ratios and months", () => {
    expect(COUNT_FORMAT).toBe(numberFormatFor('count', 'RUB'));
    expect(PERCENT_FORMAT).toBe(numberFormatFor('percent', 'EUR'));
    expect(MONTH_FORMAT).toBe(numberFormatFor('month', 'USD'));
  });

  it('write a change of a ratio with its sign, as signedFormat does', () => {
    expect(SIGNED_PERCENT_FORMAT).toBe(signedFormat(PERCENT_FORMAT));
  });
});
