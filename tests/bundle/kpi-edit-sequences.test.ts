/**
 * The promise of issue 10 on the pushed bundle: random sequences of a team's
 * edits, settings changes, builds, sample data and reports never lose, move
 * or convert what a person typed (tests/support/kpi-edit-sequences.ts).
 * Eight sequences here; `npm run soak` runs thousands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editStep, runEditSequence, type SequenceStats } from '../support/kpi-edit-sequences';

/** `npm run soak` sets SOAK_RUNS (thousands); `npm test` runs eight. */
const RUNS = Number(process.env.SOAK_RUNS || 8);

describe('a team working in the KPI tab, with the add-on rebuilding it', () => {
  it("keeps every typed value at its month × channel × column, every formula of theirs showing the same, the add-on's cells right", {
    timeout: RUNS > 8 ? 24 * 3_600_000 : 600_000,
  }, () => {
    const stats: SequenceStats = { steps: 0, addonSteps: 0, valuesChecked: 0, formulasChecked: 0 };
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 8, maxLength: 16 }), (steps) => runEditSequence(steps, stats)),
      { numRuns: RUNS },
    );
    console.log(
      `edit sequences: ${RUNS}, steps ${stats.steps} (add-on steps ${stats.addonSteps}), values checked ${stats.valuesChecked}, formulas checked ${stats.formulasChecked}`,
    );
    // About one step in four is the add-on's: a build, sample data or a report between the edits.
    expect(stats.addonSteps).toBeGreaterThan(RUNS);
    expect(stats.valuesChecked).toBeGreaterThan(100);
  });
});
