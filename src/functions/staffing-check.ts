import { checkStaffing, staffingStatusText } from '../core/raci';
import { declareFunction, type FunctionDocs } from './custom-function-declaration';
import type { FunctionContext } from './function-context';
import { runCustomFunction } from './run-custom-function';

/** =STAFFING_CHECK(company_headcount, department_people): "OK", or why the department is too small. */
export const staffingCheck = () =>
  declareFunction({
    name: 'STAFFING_CHECK',
    parameters: [
      { name: 'company_headcount', kind: 'whole-number', min: 1 },
      { name: 'department_people', kind: 'whole-number', min: 0 },
    ],
    compute: ([headcount, people], context) => staffingStatusText(checkStaffing(headcount, people), context.lang()),
  });

// Stryker disable all: the function's documentation, not its behaviour (the README's reference is generated from it, and tests/docs/readme.test.ts holds the two equal).
export const STAFFING_CHECK_DOCS: FunctionDocs<typeof staffingCheck> = {
  summary:
    'Whether the marketing department is big enough for the company: at least 3 people for a company of 50 or more.',
  params: {
    company_headcount: 'People in the whole company: a whole number, 1 or more.',
    department_people: 'People working in the marketing department, contractors included: a whole number, 0 or more.',
  },
  returns: 'OK, or why the department is too small, in words.',
  examples: ['=STAFFING_CHECK(60, 2)', '=STAFFING_CHECK(H1, COUNTA(B1:E1))'],
  notes: [
    'Fewer than 3 people in a company of 50 or more is under-staffed (article 001).',
    'At most 1 person in a smaller company is flagged too: one specialist cannot run every direction, even in a small startup.',
    'When the matrix lists people rather than roles, COUNTA over its header row counts them.',
  ],
};
// Stryker restore all

/** =STAFFING_CHECK called directly (tests): the runner with this declaration. */
export function staffingCheckFunction(context: FunctionContext, ...args: unknown[]): string {
  return runCustomFunction(staffingCheck(), context, args);
}
