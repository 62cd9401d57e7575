import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSIGNMENTS,
  DEFAULT_MAX_RESPONSIBLE,
  DEFAULT_ROLES,
  DIRECTIONS,
  checkDirections,
  checkStaffing,
  defaultRaciMatrix,
  raciCell,
  reviewRaci,
  roleLoads,
  type RaciLetter,
  type RaciMatrix,
} from '../../src/core/raci';

/** A matrix from rows of letter strings: 'RA' is a cell holding R and A, '' a blank. */
function matrix(...rows: string[][]): RaciMatrix {
  return rows.map((row) => row.map((letters) => raciCell(...(letters.split('') as RaciLetter[]))));
}

describe('checkDirections', () => {
  it('passes a direction with exactly one A and at least one R', () => {
    expect(checkDirections(matrix(['A', 'R', 'R', 'C']))).toEqual([
      { row: 0, accountable: [0], responsible: [1, 2], faults: [] },
    ]);
  });

  it('passes one role that is both A and R', () => {
    expect(checkDirections(matrix(['RA', '', 'I']))[0]?.faults).toEqual([]);
  });

  it('flags a direction with no A', () => {
    expect(checkDirections(matrix(['R', 'C', '']))[0]?.faults).toEqual([{ kind: 'no_accountable' }]);
  });

  it('flags a direction with two A, saying how many and which columns', () => {
    expect(checkDirections(matrix(['A', 'R', 'A']))[0]?.faults).toEqual([
      { kind: 'several_accountable', count: 2, columns: [0, 2] },
    ]);
  });

  it('flags a direction with no R', () => {
    expect(checkDirections(matrix(['A', 'C', 'I']))[0]?.faults).toEqual([{ kind: 'no_responsible' }]);
  });

  it('flags both faults of a blank row, A first', () => {
    expect(checkDirections(matrix(['', '', '']))[0]?.faults).toEqual([
      { kind: 'no_accountable' },
      { kind: 'no_responsible' },
    ]);
  });

  it('checks every row on its own', () => {
    const checks = checkDirections(matrix(['A', 'R'], ['A', 'A'], ['RA', '']));
    expect(checks.map((check) => check.faults.map((fault) => fault.kind))).toEqual([
      [],
      ['several_accountable', 'no_responsible'],
      [],
    ]);
  });
});

describe('roleLoads', () => {
  it('counts R, A, C and I per column', () => {
    const loads = roleLoads(matrix(['RA', 'C'], ['A', 'R'], ['I', 'R']));
    expect(loads).toEqual([
      { column: 0, responsible: 1, accountable: 2, consulted: 0, informed: 1, maxResponsible: 4, overloaded: false },
      { column: 1, responsible: 2, accountable: 0, consulted: 1, informed: 0, maxResponsible: 4, overloaded: false },
    ]);
  });

  it('flags a role responsible for more directions than the limit, not one at the limit', () => {
    const fiveRows = matrix(['A', 'R', 'R'], ['A', 'R', 'R'], ['A', 'R', 'R'], ['A', 'R', 'R'], ['A', 'R', '']);
    const loads = roleLoads(fiveRows);
    expect(loads.map((load) => [load.responsible, load.overloaded])).toEqual([
      [0, false],
      [5, true],
      [4, false],
    ]);
  });

  it('takes a different limit', () => {
    const loads = roleLoads(matrix(['AR'], ['AR'], ['AR']), 2);
    expect(loads[0]).toMatchObject({ responsible: 3, maxResponsible: 2, overloaded: true });
  });

  it('gives nothing for an empty matrix', () => {
    expect(roleLoads([])).toEqual([]);
  });
});

describe('checkStaffing', () => {
  it('flags a one-person department of a 60-person company as under-staffed', () => {
    expect(checkStaffing(60, 1)).toEqual({
      verdict: 'understaffed',
      companyHeadcount: 60,
      departmentPeople: 1,
      minimumPeople: 3,
    });
  });

  it('draws the line at 50 staff and 3 people', () => {
    expect(checkStaffing(50, 2).verdict).toBe('understaffed');
    expect(checkStaffing(50, 3).verdict).toBe('ok');
    expect(checkStaffing(49, 2).verdict).toBe('ok');
    expect(checkStaffing(1000, 0).verdict).toBe('understaffed');
  });

  it('warns when one specialist runs all of marketing in a smaller company', () => {
    expect(checkStaffing(20, 1).verdict).toBe('single_specialist');
    expect(checkStaffing(20, 0).verdict).toBe('single_specialist');
  });
});

describe('the default matrix', () => {
  const defaults = defaultRaciMatrix();

  it('has the twelve directions as rows and the four roles as columns', () => {
    expect(defaults).toHaveLength(12);
    expect(DIRECTIONS.map((direction) => direction.id)).toEqual(Object.keys(DEFAULT_ASSIGNMENTS));
    for (const row of defaults) expect(row).toHaveLength(DEFAULT_ROLES.length);
  });

  it('passes its own checks: one A and at least one R per direction, nobody overloaded', () => {
    const review = reviewRaci({
      matrix: defaults,
      staffing: { companyHeadcount: 60, departmentPeople: DEFAULT_ROLES.length },
    });
    expect(review.findings).toEqual([]);
  });

  it('follows the role descriptions', () => {
    const [head, internetMarketer, prManager, contentEngineer] = roleLoads(defaults);
    expect(head?.accountable).toBeGreaterThan(DIRECTIONS.length / 2);
    const responsibleFor = (column: number) =>
      DIRECTIONS.filter((_, row) => defaults[row]?.[column]?.includes('R')).map((direction) => direction.id);
    expect(responsibleFor(0)).toContain('strategy');
    expect(responsibleFor(1)).toContain('analytics');
    expect(responsibleFor(2)).toEqual(expect.arrayContaining(['pr', 'smm', 'email']));
    expect(responsibleFor(3)).toContain('content');
    for (const load of [head, internetMarketer, prManager, contentEngineer])
      expect(load?.responsible).toBeLessThanOrEqual(DEFAULT_MAX_RESPONSIBLE);
    expect(DEFAULT_ROLES.find((role) => role.id === 'content-engineer')?.contractor).toBe(true);
  });

  it('has stable, unique ids', () => {
    expect(new Set(DIRECTIONS.map((direction) => direction.id)).size).toBe(12);
    expect(DEFAULT_ROLES.map((role) => role.id)).toEqual([
      'head',
      'internet-marketer',
      'pr-manager',
      'content-engineer',
    ]);
  });
});

describe('reviewRaci', () => {
  it('lists direction faults row by row, then overloaded roles, then staffing', () => {
    const onePersonDoesEverything = matrix(...Array.from({ length: 6 }, () => ['RA']), ['']);
    const review = reviewRaci({
      matrix: onePersonDoesEverything,
      staffing: { companyHeadcount: 60, departmentPeople: 1 },
    });
    expect(review.findings.map((finding) => finding.topic)).toEqual(['direction', 'direction', 'role', 'staffing']);
    expect(review.findings[0]).toEqual({ topic: 'direction', row: 6, fault: { kind: 'no_accountable' } });
    expect(review.findings[2]).toMatchObject({ topic: 'role', column: 0, load: { responsible: 6, overloaded: true } });
    expect(review.staffing?.verdict).toBe('understaffed');
  });

  it('skips the staffing check when the sizes are not given', () => {
    expect(reviewRaci({ matrix: defaultRaciMatrix() }).staffing).toBeNull();
  });
});
