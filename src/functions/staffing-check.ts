import { checkStaffing, staffingStatusText } from '../core/raci';
import { fail, type SheetsArg } from '../core/sheet-values';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';
import { readWholeNumber } from './whole-number-argument';

/** =STAFFING_CHECK(company_headcount, department_people): "OK", or why the department is too small. */
export function staffingCheckFunction(
  context: FunctionContext,
  companyHeadcount?: SheetsArg,
  departmentPeople?: SheetsArg,
): string {
  return runCustomFunction('STAFFING_CHECK', context, () => {
    const headcount =
      readWholeNumber('company_headcount', companyHeadcount, 1) ??
      fail({ kind: 'missing_argument', arg: 'company_headcount' });
    const people =
      readWholeNumber('department_people', departmentPeople, 0) ??
      fail({ kind: 'missing_argument', arg: 'department_people' });
    return staffingStatusText(checkStaffing(headcount, people), context.lang());
  });
}
