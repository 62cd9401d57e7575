/**
 * What a teammate who never installed the add-on sees (issue 11 item 8):
 * an add-on's custom functions exist only where it is enabled, so every
 * formula the add-on writes that calls one may show `#NAME?` to them. This
 * reads every formula of every tab the add-on writes and holds the README's
 * section "Where the custom functions exist, and what a teammate without
 * the add-on sees" to it: the claims there must match what is written. It
 * also holds item 1 across every tab: no formula cell is plain text (@).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KPI_COLUMNS, KPI_TAB_NAME, kpiColumnIndex } from '../../src/core/kpi/kpi-columns';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { buildKpiTemplate, fillSampleData } from '../../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { buildResponsibilityMatrix } from '../../src/server/actions/team-actions';
import { defaultTeamSettings } from '../../src/shared/team-settings';
import { installedEmulator, testSettings } from './kpi-emulator-fixture';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const SECTION = README.slice(
  README.indexOf('### Where the custom functions exist'),
  README.indexOf('<!-- function-reference:start'),
);
const CUSTOM = new RegExp(`\\b(${CUSTOM_FUNCTIONS.map((spec) => spec.name).join('|')})\\s*\\(`, 'g');

/** The custom functions a formula calls. */
function customCalls(formula: string): string[] {
  return [...formula.matchAll(CUSTOM)].map((match) => match[1] ?? '');
}

/** Every tab the add-on writes, built and filled as a department would. */
function everyTab() {
  const emulator = installedEmulator();
  buildKpiTemplate(testSettings());
  fillSampleData();
  buildResponsibilityMatrix({ ...defaultTeamSettings('en'), companyHeadcount: 60, people: [] });
  generateMonthlyReport({ month: '2026-03', replaceExisting: false });
  return emulator;
}

describe('what a teammate without the add-on sees, as the README says', () => {
  it('the README has the section and names every tab', () => {
    expect(SECTION.length).toBeGreaterThan(200);
    for (const tab of ['KPI', 'Roles', 'Team', 'monthly report']) expect(SECTION).toContain(`**${tab}**`);
    expect(SECTION).toContain('#NAME?');
  });

  it("the KPI tab's computed columns but the verdict are native formulas; the README says whether the verdict needs the add-on", () => {
    const kpi = everyTab().snapshot(KPI_TAB_NAME);
    const verdict = kpiColumnIndex('verdict');
    const rows = kpi.formulas.slice(1);
    const nativeColumns = KPI_COLUMNS.map((_, index) => index).filter(
      (index) => index !== verdict && rows.some((row) => (row[index] ?? '') !== ''),
    );
    expect(nativeColumns.length).toBeGreaterThanOrEqual(4);
    for (const index of nativeColumns)
      expect(
        rows.flatMap((row) => customCalls(row[index] ?? '')),
        KPI_COLUMNS[index]?.key,
      ).toEqual([]);
    const verdictCalls = new Set(rows.flatMap((row) => customCalls(row[verdict] ?? '')));
    const kpiLine = SECTION.slice(SECTION.indexOf('**KPI**'), SECTION.indexOf('**Roles**'));
    if (verdictCalls.size > 0)
      expect(kpiLine, 'the Verdict column calls a custom function').toMatch(
        /Verdict column still calls `CHANNEL_VERDICT`[^.]*#NAME\?/,
      );
    else expect(kpiLine, 'the Verdict column needs no add-on now').not.toContain('#NAME?');
  });

  it("the Roles tab's checks need the add-on exactly as the README says; the Team and report tabs hold no formula", () => {
    const emulator = everyTab();
    const rolesCalls = new Set(emulator.snapshot('Roles').formulas.flat().flatMap(customCalls));
    const rolesLine = SECTION.slice(SECTION.indexOf('**Roles**'), SECTION.indexOf('**Team**'));
    for (const name of rolesCalls) expect(rolesLine).toContain(`\`${name}\``);
    if (rolesCalls.size > 0) expect(rolesLine).toContain('#NAME?');
    else expect(rolesLine, 'the Roles checks need no add-on now').not.toContain('#NAME?');
    for (const tab of ['Team', 'Report 2026-03'])
      expect(
        emulator
          .snapshot(tab)
          .formulas.flat()
          .filter((formula) => formula !== ''),
        tab,
      ).toEqual([]);
    expect(SECTION).toMatch(/\*\*Team\*\* and the \*\*monthly report\*\*: plain values/);
  });

  it('no formula cell of any tab the add-on writes is formatted as plain text (@), where Sheets would keep the formula as text', () => {
    const emulator = everyTab();
    for (const tab of [KPI_TAB_NAME, 'Roles', 'Team', 'Report 2026-03']) {
      const snapshot = emulator.snapshot(tab);
      const plainFormulas = snapshot.formulas.flatMap((row, r) =>
        row.flatMap((formula, c) =>
          formula !== '' && snapshot.numberFormats[r]?.[c] === '@' ? [`${tab}!R${r + 1}C${c + 1}`] : [],
        ),
      );
      expect(plainFormulas, tab).toEqual([]);
    }
  });
});
