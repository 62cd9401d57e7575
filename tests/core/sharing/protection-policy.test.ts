import { describe, expect, it } from 'vitest';
import {
  columnRuns,
  plannedProtections,
  WARN_ONLY,
  type ProtectedArea,
} from '../../../src/core/sharing/protection-policy';
import { headEmails, lockedEditors, mayChangeStructure } from '../../../src/core/sharing/structure-authority';
import type { TeamMember } from '../../../src/shared/team';

const area = (
  row: number,
  column: number,
  rows: number,
  columns: number,
  kind: ProtectedArea['kind'],
  description = 'Marketing KPI: x',
): ProtectedArea => ({
  range: { row, column, rows, columns },
  description,
  kind,
});

describe('the protection policy', () => {
  const checks = area(1, 6, 13, 1, 'computed', 'checks');
  const block = area(1, 1, 25, 6, 'structure', 'matrix');
  const header = area(1, 3, 1, 2, 'structure', 'header');

  it('warns on computed cells and leaves the structure open before the spreadsheet is shared', () => {
    expect(plannedProtections([checks, block, header], WARN_ONLY)).toEqual([
      { range: checks.range, description: 'checks', warningOnly: true },
    ]);
  });

  it('locks every area to the editors once shared, without a second protection for an area inside another', () => {
    const planned = plannedProtections([checks, block, header, area(30, 1, 1, 1, 'computed', 'elsewhere')], {
      kind: 'locked',
      editors: ['head@example.com'],
    });
    expect(planned.map((p) => p.description)).toEqual(['matrix', 'elsewhere']);
    expect(planned.every((p) => !p.warningOnly && p.editors.join() === 'head@example.com')).toBe(true);
  });

  it('keeps one of two areas over the same cells, and skips empty ones', () => {
    const twice = [
      area(1, 1, 2, 2, 'structure', 'first'),
      area(1, 1, 2, 2, 'computed', 'second'),
      area(5, 1, 0, 3, 'structure'),
    ];
    expect(plannedProtections(twice, { kind: 'locked', editors: [] }).map((p) => p.description)).toEqual(['first']);
  });

  it('groups neighbouring columns', () => {
    expect(columnRuns([11, 5, 12, 13, 14])).toEqual([
      { column: 5, count: 1 },
      { column: 11, count: 4 },
    ]);
    expect(columnRuns([])).toEqual([]);
  });
});

describe('who may change the shared structure', () => {
  const person = (id: string, roleId: string, email: string): TeamMember => ({
    id,
    name: id,
    email,
    roleId,
    monthlyCost: null,
    employment: 'staff',
  });
  const people = [
    person('anna', 'head', ' Anna@Example.com '),
    person('boris', 'head', ''),
    person('vera', 'pr-manager', 'vera@example.com'),
  ];

  it('is the heads with an email, and the owner, whatever the case of the address', () => {
    const authority = { owner: 'owner@example.com', heads: headEmails(people) };
    expect(authority.heads).toEqual(['anna@example.com']);
    expect(mayChangeStructure(authority, 'ANNA@example.com')).toBe(true);
    expect(mayChangeStructure(authority, 'owner@example.com')).toBe(true);
    expect(mayChangeStructure(authority, 'vera@example.com')).toBe(false);
    expect(mayChangeStructure(authority, '')).toBe(false);
    expect(mayChangeStructure({ owner: null, heads: [] }, 'owner@example.com')).toBe(false);
  });

  it('makes the owner, the heads and the person running it the editors of a locked protection, each once', () => {
    expect(lockedEditors({ owner: 'Owner@example.com', heads: ['anna@example.com'] }, 'anna@example.com')).toEqual([
      'owner@example.com',
      'anna@example.com',
    ]);
    expect(lockedEditors({ owner: null, heads: [] }, 'x@example.com')).toEqual(['x@example.com']);
  });
});
