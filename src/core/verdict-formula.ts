/**
 * The verdict rule set (core/verdict) rendered as a native Sheets formula for
 * one row, so a verdict column works with no custom function: for a
 * collaborator who never installed the add-on, and before Sheets has loaded
 * it. Written with English function names and commas, as Apps Script writes
 * formulas in every locale. The same branches, in the same order and with the
 * same arithmetic, as `verdictRule`; a property test evaluates both on
 * thousands of random rows.
 */
import { MONEY_TOLERANCE, SCALE_THRESHOLD, type Verdict } from './verdict';

/** A1 references the formula reads; blanks count as 0, a blank revenue is unknown. */
export interface VerdictFormulaCells {
  leads: string;
  cost: string;
  revenue: string;
  /** The row's target CPL cell; blank uses the blended CPL of the period. */
  targetCpl: string;
  /**
   * The whole period's leads and cost (one month of the KPI tab), for the blended CPL. Left out when
   * `targetCpl` is a cell that already resolves the target (the KPI tab's Target used column, which
   * computes the month's blended CPL once per row), so each verdict formula stays short.
   */
  periodLeads?: string;
  periodCost?: string;
}

export interface VerdictFormulaRules {
  minLeads: number;
  /** The row's target ROMI, a ratio (1 = 100 %), written into the formula. */
  targetRomi: number;
}

/** A number as a formula literal: plain digits and a dot, which Apps Script's English syntax reads back exactly. */
function literal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Σcost / Σleads over the rows that brought leads, as blendedTargetCpl adds
 * them; `extraCriteria` narrows the rows further (`KPI_Month,A5`: one month).
 */
export function blendedCplFormula(cost: string, leads: string, extraCriteria = ''): string {
  const more = extraCriteria === '' ? '' : `,${extraCriteria}`;
  return `SUMIFS(${cost},${leads},">0"${more})/SUMIFS(${leads},${leads},">0"${more})`;
}

export function nativeVerdictFormula(
  cells: VerdictFormulaCells,
  rules: VerdictFormulaRules,
  labels: Readonly<Record<Verdict, string>>,
): string {
  const say = (verdict: Verdict) => quoted(labels[verdict]);
  const leads = `N(${cells.leads})`;
  const cost = `N(${cells.cost})`;
  const revenue = cells.revenue;
  const tolerance = literal(MONEY_TOLERANCE);
  // Σcost / Σleads over the period's rows that brought leads, as blendedTargetCpl adds them.
  const target =
    cells.periodLeads !== undefined && cells.periodCost !== undefined
      ? `IF(ISNUMBER(${cells.targetCpl}),${cells.targetCpl},${blendedCplFormula(cells.periodCost, cells.periodLeads)})`
      : cells.targetCpl;
  const cpl = `${cost}/${leads}`;
  const cplHigh = `${cpl}>${target}`;
  const targetRomi = literal(rules.targetRomi);
  // ROMI ≥ target is revenue − cost ≥ target × cost; with no cost, revenue above 0 beats any target above 0.
  const atTarget =
    rules.targetRomi === 0
      ? `${revenue}-${cost}>=-${tolerance}`
      : `IF(${cost}=0,${revenue}>${tolerance},${revenue}-${cost}>=${targetRomi}*${cost}-${tolerance})`;
  const revenueKnown = `IF(${revenue}-${cost}<-${tolerance},IF(${cplHigh},${say('DROP')},${say('OPTIMIZE')}),IF(${atTarget},${say('SCALE')},IF(${cplHigh},${say('OPTIMIZE')},${say('KEEP')})))`;
  const revenueUnknown = `IF(${cplHigh},${say('OPTIMIZE')},IF(${cpl}<=${literal(SCALE_THRESHOLD)}*${target},${say('SCALE')},${say('KEEP')}))`;
  return (
    `=IF(${leads}=0,IF(${cost}=0,"",${say('DROP')}),` +
    `IF(${leads}<${literal(rules.minLeads)},${say('TEST')},` +
    `IF(ISNUMBER(${revenue}),${revenueKnown},${revenueUnknown})))`
  );
}
