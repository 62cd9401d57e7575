import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, DIRECTIONS, defaultRaciMatrix, formatRaciCell, readRaciCell } from '../../../src/core/raci';
import { planRolesMatrix } from '../../../src/core/roles-tab/plan-roles-matrix';
import { build, cellAt, person, rebuild, teamWith, typeInto } from './roles-fixtures';

const EN = DEFAULT_ROLES.map((role) => role.name.en);
const [HEAD, MARKETER, PR, CONTENT] = EN as [string, string, string, string];

describe('a new Roles tab', () => {
  it('is the default matrix: twelve directions × the four roles, pre-filled from the role descriptions', () => {
    const b = build(teamWith());
    expect(b.plan.rows.map((row) => row.name)).toEqual(DIRECTIONS.map((d) => d.name.en));
    expect(b.plan.columns.map((column) => column.name)).toEqual(EN);
    expect(b.plan.cells).toEqual(defaultRaciMatrix().map((row) => row.map(formatRaciCell)));
    expect(b.plan.columns.every((column) => column.origin === 'defaults' && !column.kept)).toBe(true);
    expect(b.plan.carried).toEqual([]);
  });

  it('writes direction names in the template language', () => {
    const b = build(teamWith({}, 'ru'), null, null, 'ru');
    expect(b.plan.rows[0]?.name).toBe('Стратегия');
    expect(b.plan.columns[0]?.name).toBe('Руководитель отдела');
  });

  it('gives a custom role a blank column', () => {
    const team = teamWith();
    team.roles.push({ id: 'designer', name: 'Designer', contractor: true });
    const b = build(team);
    expect(b.plan.columns[4]).toMatchObject({ name: 'Designer', origin: 'blank' });
    expect(b.plan.cells.every((row) => row[4] === '')).toBe(true);
  });

  it('with a column per person, starts each from their role and never gives a direction a second A', () => {
    const team = teamWith({
      matrixColumns: 'people',
      people: [person('anna', 'Anna', 'head'), person('boris', 'Boris', 'head'), person('vera', 'Vera', 'pr-manager')],
    });
    const b = build(team);
    expect(b.plan.columns.map((c) => c.name)).toEqual(['Anna', 'Boris', 'Vera']);
    expect(cellAt(b, 'Strategy', 'Anna')).toBe('R/A');
    expect(cellAt(b, 'Strategy', 'Boris')).toBe('R');
    expect(cellAt(b, 'PR', 'Boris')).toBe('');
    expect(cellAt(b, 'PR', 'Vera')).toBe('R');
    // Content marketing's A is the internet marketer's, and nobody holds that role: the check will say so.
    for (const row of b.plan.cells)
      expect(row.filter((cell) => String(cell).includes('A')).length).toBeLessThanOrEqual(1);
    expect(b.plan.cells.filter((row) => row.some((cell) => String(cell).includes('A')))).toHaveLength(11);
  });
});

describe('rebuilding keeps every letter a user set', () => {
  it('keeps edits, blanks and lower-case letters exactly as typed', () => {
    const first = build(teamWith());
    const second = rebuild(first, teamWith(), (values) => {
      typeInto(first, values, 'SMM', CONTENT, 'r');
      typeInto(first, values, 'PR', PR, '');
      typeInto(first, values, 'Strategy', MARKETER, 'A, R');
    });
    expect(cellAt(second, 'SMM', CONTENT)).toBe('r');
    expect(cellAt(second, 'PR', PR)).toBe('');
    expect(cellAt(second, 'Strategy', MARKETER)).toBe('A, R');
    expect(cellAt(second, 'Analytics and research', MARKETER)).toBe('R');
    expect(second.plan.columns.every((column) => column.origin === 'sheet')).toBe(true);
  });

  it('follows a renamed role through its id', () => {
    const first = build(teamWith());
    const renamed = teamWith();
    renamed.roles[2] = { id: 'pr-manager', name: 'Communications lead', contractor: false };
    const second = rebuild(first, renamed, (values) => typeInto(first, values, 'Mobile marketing', PR, 'C'));
    expect(second.plan.columns.map((c) => c.name)).toEqual([HEAD, MARKETER, 'Communications lead', CONTENT]);
    expect(cellAt(second, 'Mobile marketing', 'Communications lead')).toBe('C');
    expect(cellAt(second, 'PR', 'Communications lead')).toBe('R');
  });

  it('adds a role without touching the other columns', () => {
    const first = build(teamWith());
    const team = teamWith();
    team.roles.splice(1, 0, { id: 'designer', name: 'Designer', contractor: true });
    const second = rebuild(first, team, (values) => typeInto(first, values, 'Web chat', CONTENT, 'I'));
    expect(second.plan.columns.map((c) => c.name)).toEqual([HEAD, 'Designer', MARKETER, PR, CONTENT]);
    expect(cellAt(second, 'Web chat', CONTENT)).toBe('I');
    expect(cellAt(second, 'Design and layout', 'Designer')).toBe('');
  });

  it('keeps and flags a removed role whose column holds letters, and drops one that is empty', () => {
    const first = build(teamWith());
    const team = teamWith();
    team.roles = team.roles.filter((role) => role.id !== 'content-engineer');
    const second = rebuild(first, team);
    expect(second.plan.columns.at(-1)).toMatchObject({ name: CONTENT, kept: true, id: 'role:content-engineer' });
    expect(cellAt(second, 'Content marketing', CONTENT)).toBe('R');

    // Once its letters are cleared, the next build lets it go.
    const third = rebuild(second, team, (values) => {
      for (const direction of DIRECTIONS) typeInto(second, values, direction.name.en, CONTENT, '');
    });
    expect(third.plan.columns.map((c) => c.name)).toEqual([HEAD, MARKETER, PR]);
  });

  it('keeps a column a user inserted in the sheet, and a direction row they added, and checks both', () => {
    const first = build(teamWith());
    const second = rebuild(first, teamWith(), (values, formulas) => {
      // Insert a column after the head's (B) and a row after Strategy, as Sheets would.
      for (const row of [values, formulas]) for (const cells of row) cells.splice(2, 0, '');
      const header = values[0];
      if (header) header[2] = 'Designer';
      const design = values.findIndex((row) => row[0] === 'Design and layout');
      const cells = values[design];
      if (cells) cells[2] = 'R';
      values.splice(2, 0, ['Events', 'A', 'R', '', '', '', '']);
      formulas.splice(2, 0, ['', '', '', '', '', '', '']);
    });
    expect(second.plan.columns.map((c) => [c.name, c.kept])).toEqual([
      [HEAD, false],
      [MARKETER, false],
      [PR, false],
      [CONTENT, false],
      ['Designer', true],
    ]);
    expect(cellAt(second, 'Design and layout', 'Designer')).toBe('R');
    // Where the person inserted it, after Strategy: rows never move.
    expect(second.plan.rows[1]).toMatchObject({ directionId: null, name: 'Events' });
    expect(cellAt(second, 'Events', HEAD)).toBe('A');
    expect(cellAt(second, 'Events', 'Designer')).toBe('R');
    expect(second.model.matrix.rows).toBe(13);
  });

  it('keeps the letters when the template language changes, and writes the rows in the new language', () => {
    const first = build(teamWith());
    const second = rebuild(first, teamWith(), (values) => typeInto(first, values, 'Brand management', PR, 'R'), 'ru');
    expect(second.plan.rows.map((row) => row.name)).toEqual(DIRECTIONS.map((d) => d.name.ru));
    expect(cellAt(second, 'Бренд-менеджмент', PR)).toBe('R');
    expect(second.plan.rows.every((row) => row.directionId !== null)).toBe(true);
  });

  it('moves letters from roles to people and back, saying so, and losing none', () => {
    const first = build(teamWith());
    const people = teamWith({
      matrixColumns: 'people',
      people: [
        person('anna', 'Anna', 'head'),
        person('ivan', 'Ivan', 'internet-marketer'),
        person('vera', 'Vera', 'pr-manager'),
      ],
    });
    const second = rebuild(first, people, (values) => typeInto(first, values, 'Mobile marketing', PR, 'C'));
    expect(second.plan.switchedMode).toBe(true);
    expect(cellAt(second, 'Mobile marketing', 'Vera')).toBe('C');
    expect(cellAt(second, 'Strategy', 'Anna')).toBe('R/A');
    // Nobody holds the content engineer's role: its column and letters stay, flagged.
    expect(second.plan.columns.map((c) => [c.name, c.kept])).toEqual([
      ['Anna', false],
      ['Ivan', false],
      ['Vera', false],
      [CONTENT, true],
    ]);

    const roles = { ...people, matrixColumns: 'roles' as const };
    const third = rebuild(second, roles, (values) => typeInto(second, values, 'Web chat', 'Vera', 'C'));
    expect(third.plan.columns.map((c) => c.name)).toEqual(EN);
    expect(cellAt(third, 'Web chat', PR)).toBe('C');
    expect(cellAt(third, 'Mobile marketing', PR)).toBe('C');
    expect(cellAt(third, 'Content marketing', CONTENT)).toBe('R');
  });

  it("carries a comment column to the right and notes below the block, out of the growing matrix's way", () => {
    const first = build(teamWith());
    const width = first.model.grid[0]?.length ?? 0;
    const second = rebuild(first, teamWith(), (values, formulas) => {
      values.forEach((row, index) => row.push(index === 0 ? 'Comment' : index === 3 ? 'ask Vera' : ''));
      formulas.forEach((row) => row.push(''));
      values.push(['my note', '', '']);
      formulas.push(['', '', '']);
    });
    const team = teamWith();
    team.roles.push({ id: 'designer', name: 'Designer', contractor: false });
    const third = rebuild(second, team);
    const contentRow = 1 + third.plan.rows.findIndex((row) => row.name === 'Content marketing');
    expect(third.model.grid[0]?.[width + 1]).toBe('Comment');
    expect(third.model.grid[contentRow]?.[width + 1]).toBe('ask Vera');
    expect(third.model.grid.at(-1)?.[0]).toBe('my note');
    expect(third.model.grid[0]?.[third.model.checkColumn.column - 1]).toBe('Check');
  });

  it('writes hostile names as text', () => {
    const team = teamWith();
    team.roles[0] = { id: 'head', name: '=IMPORTXML("http://x", "//a")', contractor: false };
    const b = build(team);
    expect(b.model.grid[0]?.[1]).toBe('\'=IMPORTXML("http://x", "//a")');
    const again = rebuild(b, team);
    expect(again.plan.columns[0]).toMatchObject({ name: '=IMPORTXML("http://x", "//a")', origin: 'sheet' });
  });

  it('leaves alone a tab of the same name that it did not make', () => {
    const result = planRolesMatrix({
      team: teamWith(),
      lang: 'en',
      existing: {
        values: [
          ['My roles', 'Owner'],
          ['SEO', 'me'],
        ],
        formulas: [
          ['', ''],
          ['', ''],
        ],
      },
      previous: null,
    });
    expect(result).toEqual({ ok: false, reason: 'foreign_tab' });
  });

  it('reads every kept and pre-filled cell as the custom functions will', () => {
    const b = build(
      teamWith({
        matrixColumns: 'people',
        people: [person('a', 'A. One', 'head'), person('b', 'B. Two', 'pr-manager')],
      }),
    );
    for (const row of b.plan.cells) for (const cell of row) expect(readRaciCell(cell).ok).toBe(true);
  });
});
