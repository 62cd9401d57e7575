/**
 * The KPI tab's plan and cost-per columns (issue 14, part 2) as the tab's own
 * native formulas compute them on the emulator's HyperFormula, against the
 * one definition in core/metrics: spend and leads % of plan, CAC and cost
 * per qualified lead; blank where the plan, the figure or the count is
 * missing or 0, never 0 or an error.
 */
import { describe, expect, it } from 'vitest';
import { KPI_TAB_NAME, kpiColumnIndex, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import { costPerQualifiedLead, customerAcquisitionCost, shareOfPlan } from '../../src/core/metrics';
import { buildKpiTemplate } from '../../src/server/actions/kpi-template-actions';
import { installedEmulator, kpiColumn, kpiRowOf, testSettings } from './kpi-emulator-fixture';

type Typed = Partial<Record<KpiColumnKey, number>>;

/** March 2026's three channels: full figures with a plan; a plan of 0 and no customers; figures without a plan. */
const MARCH: Typed[] = [
  {
    spend: 120_000,
    staff_cost: 30_000,
    leads: 100,
    qualified_leads: 60,
    customers: 8,
    plan_spend: 100_000,
    plan_leads: 125,
  },
  { spend: 20_000, leads: 60, qualified_leads: 0, customers: 0, plan_spend: 0, plan_leads: 50 },
  { spend: 5_000, staff_cost: 1_000, leads: 7, qualified_leads: 3, customers: 1 },
];

const orNull = (value: number | undefined) => (value === undefined ? null : value);
const blankIfNull = (value: number | null) => (value === null ? '' : value);

describe("the KPI tab's plan and cost-per formulas", () => {
  it('compute % of plan, CAC and cost per qualified lead as core/metrics does', () => {
    const emulator = installedEmulator();
    buildKpiTemplate(testSettings());
    const sheet = emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!sheet) throw new Error('no KPI tab');
    MARCH.forEach((typed, index) => {
      for (const [key, value] of Object.entries(typed))
        sheet.getRange(kpiRowOf(2, index, 3), kpiColumn(key as KpiColumnKey)).setValue(value);
    });
    const tab = emulator.snapshot(KPI_TAB_NAME);
    MARCH.forEach((typed, index) => {
      const row = tab.values[kpiRowOf(2, index, 3) - 1] ?? [];
      const at = (key: KpiColumnKey) => row[kpiColumnIndex(key)];
      const cost = (typed.spend ?? 0) + (typed.staff_cost ?? 0);
      expect(at('spend_of_plan'), `row ${index}`).toEqual(
        blankIfNull(shareOfPlan(orNull(typed.spend), orNull(typed.plan_spend))),
      );
      expect(at('leads_of_plan'), `row ${index}`).toEqual(
        blankIfNull(shareOfPlan(orNull(typed.leads), orNull(typed.plan_leads))),
      );
      expect(at('cac'), `row ${index}`).toEqual(blankIfNull(customerAcquisitionCost(cost, orNull(typed.customers))));
      expect(at('cost_per_qualified_lead'), `row ${index}`).toEqual(
        blankIfNull(costPerQualifiedLead(cost, orNull(typed.qualified_leads))),
      );
    });
    // Spot values: PPC spent 120 % of its plan, brought 80 % of the planned leads; CAC 150 000 / 8; SEO's plan of 0 has no share.
    const ppc = tab.values[kpiRowOf(2, 0, 3) - 1] ?? [];
    expect(ppc[kpiColumnIndex('spend_of_plan')]).toBeCloseTo(1.2, 12);
    expect(ppc[kpiColumnIndex('leads_of_plan')]).toBeCloseTo(0.8, 12);
    expect(ppc[kpiColumnIndex('cac')]).toBe(18_750);
    expect(tab.values[kpiRowOf(2, 1, 3) - 1]?.[kpiColumnIndex('spend_of_plan')]).toBe('');
    expect(tab.errors.flat().filter(Boolean)).toEqual([]);
  });
});
