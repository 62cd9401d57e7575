import type { CustomFunctionSpec } from './custom-function-spec';
import { CUSTOM_FUNCTION_IMPLEMENTATIONS, type CustomFunctionName } from './implementations';

/** How RACI_CHECK and ROLE_LOAD read a matrix cell (core/raci/read-cell.ts). */
const RACI_CELL_NOTES = [
  'A cell is blank (or a lone dash), or R, A, C, I in either case with spaces ignored.',
  'A cell may hold several distinct letters, each of which counts: "A/R", "R/A", "A, R" and "AR" are all accountable and responsible.',
  'The Cyrillic А and С are read as A and C. Anything else ("X", "RR", a number) stops the function with a message naming the cell.',
] as const;

type FunctionDocs = Omit<CustomFunctionSpec, 'implementation' | 'name'> & { name: CustomFunctionName };

/**
 * What Sheets and the README say about each function. Kept apart from the
 * implementations so this text is read at build time and never shipped in
 * the bundle every custom-function call loads.
 */
const FUNCTION_DOCS: readonly FunctionDocs[] = [
  {
    name: 'CPL',
    summary: 'Cost per lead: (total cost + total staff or contractor cost) / total leads.',
    params: [
      { name: 'cost', description: 'Channel spend: a number or a range. Blank cells and text labels are skipped.' },
      { name: 'leads', description: 'Leads brought: a number or a range the same size as cost.' },
      {
        name: 'extra_cost',
        description: "Staff or contractor cost attributed to the channel, e.g. the PR manager's monthly salary.",
        optional: true,
      },
    ],
    returns: 'The cost of one lead, in the currency of the cost cells.',
    examples: ['=CPL(C2:C13, E2:E13)', '=CPL(0, 25, 100000)'],
    notes: [
      'A channel with zero budget is not free: `=CPL(0, 25, 100000)` gives 4 000, the salary divided by the leads.',
    ],
  },
  {
    name: 'ROMI',
    summary: 'Return on marketing investment: (total revenue × margin − total cost) / total cost, as a ratio.',
    params: [
      {
        name: 'revenue',
        description: 'Revenue from the clients marketing brought: a number or a range. Refunds may be negative.',
      },
      { name: 'cost', description: 'Marketing cost: a number or a range the same size as revenue.' },
      {
        name: 'margin',
        description: 'Gross margin, above 0 % and at most 100 %; 100 % (revenue-based ROMI) when omitted.',
        optional: true,
      },
    ],
    returns: 'ROMI as a ratio: 0.35 is 35 %; below 0 means marketing costs more than it earns.',
    examples: ['=ROMI(B2:B30, C2:C30)', '=ROMI(KPI_Revenue, KPI_Cost, 30%)'],
  },
  {
    name: 'CHANNEL_VERDICT',
    summary:
      'A verdict for each channel: SCALE, KEEP, OPTIMIZE, DROP or TEST, from its return (ROMI) when revenue is known and its cost per lead.',
    params: [
      { name: 'leads', description: 'Leads per channel: one column, one row per channel.' },
      { name: 'cost', description: 'Cost per channel (spend plus staff cost): a column the same size as leads.' },
      { name: 'revenue', description: 'Revenue per channel; a blank cell means unknown.', optional: true },
      {
        name: 'target_cpl',
        description:
          'Target cost per lead: one number, or a column with one per channel; the blended CPL of all channels when omitted.',
        optional: true,
      },
      { name: 'min_leads', description: 'Fewest leads to judge a channel by; 5 when omitted.', optional: true },
      {
        name: 'target_romi',
        description:
          'ROMI a channel must reach to be scaled, as a ratio (1 = 100 %, 0 or more): one number, or a column with one per channel (a blank cell: 1); 1 when omitted.',
        optional: true,
      },
    ],
    returns: 'One verdict per row (a column), or one verdict for one row; blank where nothing happened.',
    examples: ['=CHANNEL_VERDICT(E2:E13, C2:C13)', '=CHANNEL_VERDICT(E2:E13, C2:C13, H2:H13, 900, 10, 150%)'],
    notes: [
      'Rules, for each row: no leads and no cost: blank; cost but no leads: DROP; fewer leads than min_leads: TEST.',
      'CPL (cost / leads) is high when above the target, or above the blended CPL of all channels without one.',
      'Revenue known, ROMI = (revenue − cost) / cost: below 0 (beyond a tenth of a cent): DROP when CPL is high, otherwise OPTIMIZE;',
      'at least target_romi: SCALE whatever the CPL (cost 0 with revenue above 0 is above any target); otherwise OPTIMIZE when CPL is high, otherwise KEEP.',
      'Revenue unknown: CPL high: OPTIMIZE; CPL at most 80 % of the target: SCALE; otherwise KEEP.',
    ],
    spill: { rowsOf: 'leads' },
  },
  {
    name: 'RACI_CHECK',
    summary:
      'Checks each direction of a responsibility matrix: exactly one accountable (A) and at least one responsible (R).',
    params: [
      {
        name: 'matrix',
        description:
          'The R/A/C/I cells only: directions as rows, roles or people as columns; no header row, no column of names.',
        type: 'Array<Array<string>>',
      },
      {
        name: 'role_names',
        description: 'The header row above the matrix, one name per column, so a fault can say who holds the A.',
        optional: true,
        type: 'Array<Array<string>>',
      },
    ],
    returns: 'A column with one cell per direction: OK, or what is wrong in words.',
    examples: ['=RACI_CHECK(B2:E13)', '=RACI_CHECK(B2:E13, B1:E1)'],
    notes: [
      ...RACI_CELL_NOTES,
      'Each row gets OK (ОК in a Russian spreadsheet) or its faults, e.g. "No one is accountable (A); no one is responsible (R)" or',
      '"2 are accountable (A): Head of marketing, PR manager — keep exactly one". A blank row is a direction nobody is assigned to, and is flagged.',
    ],
    spill: { rowsOf: 'matrix' },
  },
  {
    name: 'ROLE_LOAD',
    summary:
      'How many directions each role (or person) in a responsibility matrix is responsible (R) and accountable (A) for, with overload flagged.',
    params: [
      {
        name: 'matrix',
        description:
          'The R/A/C/I cells only: directions as rows, roles or people as columns; no header row, no column of names.',
        type: 'Array<Array<string>>',
      },
      {
        name: 'max_responsible',
        description: 'Most directions one role may be responsible (R) for; 4 when omitted.',
        optional: true,
        type: 'number',
      },
    ],
    returns: 'A row with one cell per role: "R 3 · A 1", or "R 6 · A 0 — overloaded (limit 4)".',
    examples: ['=ROLE_LOAD(B2:E13)', '=ROLE_LOAD(B2:E13, 5)'],
    notes: [
      ...RACI_CELL_NOTES,
      'The result spills along one row, one cell per matrix column, so it sits under the matrix: put it in the row below the last direction.',
      'A role is overloaded when it is responsible (R) for more directions than max_responsible (the one-person-does-everything failure);',
      'then the cell adds "— overloaded (limit N)" ("— перегрузка (предел N)" in Russian).',
    ],
    spill: { columnsOf: 'matrix' },
  },
  {
    name: 'STAFFING_CHECK',
    summary:
      'Whether the marketing department is big enough for the company: at least 3 people for a company of 50 or more.',
    params: [
      {
        name: 'company_headcount',
        description: 'People in the whole company: a whole number, 1 or more.',
        type: 'number',
      },
      {
        name: 'department_people',
        description: 'People working in the marketing department, contractors included: a whole number, 0 or more.',
        type: 'number',
      },
    ],
    returns: 'OK, or why the department is too small, in words.',
    examples: ['=STAFFING_CHECK(60, 2)', '=STAFFING_CHECK(H1, COUNTA(B1:E1))'],
    notes: [
      'Fewer than 3 people in a company of 50 or more is under-staffed (article 001).',
      'At most 1 person in a smaller company is flagged too: one specialist cannot run every direction, even in a small startup.',
      'When the matrix lists people rather than roles, COUNTA over its header row counts them.',
    ],
  },
];

/** Every custom function the add-on gives a sheet, documented. Order is the README's order. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = FUNCTION_DOCS.map((docs) => ({
  ...docs,
  implementation: CUSTOM_FUNCTION_IMPLEMENTATIONS[docs.name],
}));
