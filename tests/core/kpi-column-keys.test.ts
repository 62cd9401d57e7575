/**
 * The KPI key lists are written out (src/core/kpi/kpi-columns.ts) so that
 * the server half builds nothing when it loads; the type check holds that
 * they name every key of their kind, and this test that they are the
 * declaration's own filters, in its order, each key once.
 */
import { describe, expect, it } from 'vitest';
import { KPI_COLUMNS, KPI_COUNT_KEYS, KPI_INPUT_KEYS, KPI_PLAN_KEYS } from '../../src/core/kpi/kpi-columns';

describe('the KPI key lists', () => {
  it('are the declared columns of each kind, in the declared order', () => {
    const keys = (is: (column: (typeof KPI_COLUMNS)[number]) => boolean) => KPI_COLUMNS.filter(is).map((c) => c.key);
    expect(KPI_INPUT_KEYS).toEqual(keys((column) => column.group === 'figure'));
    expect(KPI_PLAN_KEYS).toEqual(keys((column) => column.group === 'plan'));
    expect(KPI_COUNT_KEYS).toEqual(keys((column) => column.group === 'figure' && column.check?.rule === 'whole_count'));
    expect(KPI_INPUT_KEYS.length).toBeGreaterThan(0);
    expect(KPI_PLAN_KEYS.length).toBeGreaterThan(0);
  });
});
