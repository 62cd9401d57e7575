import { channelVerdictFunction } from './channel-verdict';
import { cplFunction } from './cpl';
import type { CustomFunctionSpec } from './custom-function-spec';
import { romiFunction } from './romi';

/** Every custom function the add-on gives a sheet. Order is the README's order. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  {
    name: 'CPL',
    summary: 'Cost per lead: (total cost + total staff or contractor cost) / total leads.',
    params: [
      { name: 'cost', description: 'Channel spend: a number or a range. Blank cells and text labels are skipped.' },
      { name: 'leads', description: 'Leads brought: a number or a range the same size as cost.' },
      {
        name: 'extra_cost',
        description: 'Staff or contractor cost attributed to the channel, e.g. the PR manager\'s monthly salary.',
        optional: true,
      },
    ],
    returns: 'The cost of one lead, in the currency of the cost cells.',
    examples: ['=CPL(C2:C13, E2:E13)', '=CPL(0, 25, 100000)'],
    notes: ['A channel with zero budget is not free: `=CPL(0, 25, 100000)` gives 4 000, the salary divided by the leads.'],
    implementation: cplFunction,
  },
  {
    name: 'ROMI',
    summary: 'Return on marketing investment: (total revenue × margin − total cost) / total cost, as a ratio.',
    params: [
      { name: 'revenue', description: 'Revenue from the clients marketing brought: a number or a range. Refunds may be negative.' },
      { name: 'cost', description: 'Marketing cost: a number or a range the same size as revenue.' },
      { name: 'margin', description: 'Gross margin, above 0 % and at most 100 %; 100 % (revenue-based ROMI) when omitted.', optional: true },
    ],
    returns: 'ROMI as a ratio: 0.35 is 35 %; below 0 means marketing costs more than it earns.',
    examples: ['=ROMI(B2:B30, C2:C30)', '=ROMI(KPI_Revenue, KPI_Cost, 30%)'],
    implementation: romiFunction,
  },
  {
    name: 'CHANNEL_VERDICT',
    summary: 'A verdict for each channel: SCALE, KEEP, OPTIMIZE, DROP or TEST, from its leads, cost and revenue.',
    params: [
      { name: 'leads', description: 'Leads per channel: one column, one row per channel.' },
      { name: 'cost', description: 'Cost per channel (spend plus staff cost): a column the same size as leads.' },
      { name: 'revenue', description: 'Revenue per channel; a blank cell means unknown.', optional: true },
      {
        name: 'target_cpl',
        description: 'Target cost per lead: one number, or a column with one per channel; the blended CPL of all channels when omitted.',
        optional: true,
      },
      { name: 'min_leads', description: 'Fewest leads to judge a channel by; 5 when omitted.', optional: true },
    ],
    returns: 'One verdict per row (a column), or one verdict for one row; blank where nothing happened.',
    examples: ['=CHANNEL_VERDICT(E2:E13, C2:C13)', '=CHANNEL_VERDICT(E2:E13, C2:C13, H2:H13, 900, 10)'],
    notes: [
      'Rules, for each row: no leads and no cost: blank; cost but no leads: DROP; fewer leads than min_leads: TEST;',
      'otherwise CPL above the target and revenue below cost: DROP; only one of the two: OPTIMIZE;',
      'neither: SCALE when CPL is at most 80 % of the target, otherwise KEEP.',
    ],
    implementation: channelVerdictFunction,
  },
];
