/**
 * The sidebar's list of sections and the server's list of sidebar calls are
 * generated from the files (scripts/generate-lists.ts): a section is its
 * folder, a call is its action file's `calls`. These tests hold the
 * committed lists to what the generator writes now, and check what a merge
 * of the files could hide: two calls of one name, two sections in one place.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actionFilesWithCalls, generatedLists, sectionFolders } from '../../scripts/generate-lists';
import { sidebarCalls } from '../../src/server/sidebar-calls';
import { DECLARED_SECTIONS } from '../../src/sidebar/sections/registry.generated';
import { SIDEBAR_SECTIONS } from '../../src/sidebar/sections/registry';
import type { SectionFactory } from '../../src/sidebar/sections/section';
import { createDataImportSection } from '../../src/sidebar/sections/data-import/data-import-section';
import { createKpiTemplateSection } from '../../src/sidebar/sections/kpi-template/kpi-template-section';
import { createMonthlyReportSection } from '../../src/sidebar/sections/monthly-report/monthly-report-section';
import { createShareSection } from '../../src/sidebar/sections/share/share-section';
import { createTeamRolesSection } from '../../src/sidebar/sections/team-roles/team-roles-section';

const root = join(import.meta.dirname, '../..');

describe('the generated lists', () => {
  it('are what `npm run lists` would write now', () => {
    for (const { path, text } of generatedLists(root))
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run lists`).toBe(text);
  });

  it('put every section in its own place, in the order the sections declare', () => {
    const orders = DECLARED_SECTIONS.map((declared) => declared.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(DECLARED_SECTIONS).toHaveLength(sectionFolders(root).length);
    // The sidebar draws them by their order: the five of today keep their places, a new one goes where it says.
    const orderOf = (create: SectionFactory) => DECLARED_SECTIONS.find((declared) => declared.create === create)?.order;
    const drawn = SIDEBAR_SECTIONS.map(orderOf);
    expect(drawn).toEqual([...orders].sort((a, b) => a - b));
    const today = [
      createKpiTemplateSection,
      createDataImportSection,
      createTeamRolesSection,
      createMonthlyReportSection,
      createShareSection,
    ];
    expect(SIDEBAR_SECTIONS.filter((create) => today.includes(create))).toEqual(today);
  });

  it('hold every call of every action file once: no two files declare a call of the same name', async () => {
    const names: string[] = [];
    for (const file of actionFilesWithCalls(root)) {
      const module = (await import(join(root, 'src/server/actions', `${file}.ts`))) as {
        calls: () => Record<string, unknown>;
      };
      names.push(...Object.keys(module.calls()));
    }
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size, 'a call name declared twice: the later file would replace the earlier').toBe(
      names.length,
    );
    expect(Object.keys(sidebarCalls()).sort()).toEqual([...names].sort());
  });
});

describe('the generator', () => {
  const scratches: string[] = [];
  afterEach(() => {
    for (const scratch of scratches.splice(0)) rmSync(scratch, { recursive: true, force: true });
  });

  function projectWith(files: Record<string, string>): string {
    const scratch = mkdtempSync(join(tmpdir(), 'generate-lists-'));
    scratches.push(scratch);
    mkdirSync(join(scratch, 'src/server/actions'), { recursive: true });
    mkdirSync(join(scratch, 'src/sidebar/sections'), { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(scratch, path, '..'), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    return scratch;
  }

  it('lists a new section folder and a new action file with calls, and no file without them', () => {
    const project = projectWith({
      'src/sidebar/sections/tab-count/tab-count-section.ts': 'export const section = { order: 60, create };\n',
      'src/sidebar/sections/tab-count/tab-count-view.ts': 'export const section = 1;\n',
      'src/server/actions/tab-count-actions.ts': 'export const calls = () => ({});\n',
      'src/server/actions/team-state.ts': 'export function readTeamState() {}\n',
    });
    const [sections, calls] = generatedLists(project).map((list) => list.text);
    expect(sections).toContain("import { section as tabCountSection } from './tab-count/tab-count-section';");
    expect(sections).not.toContain('tab-count-view');
    expect(calls).toContain("import { calls as tabCountActions } from './actions/tab-count-actions';");
    expect(calls).toContain('...tabCountActions(),');
    expect(calls).not.toContain('team-state');
  });

  it('refuses a section folder without its section file, or one that does not export `section`', () => {
    expect(() => generatedLists(projectWith({ 'src/sidebar/sections/notes/notes-view.ts': '' }))).toThrow(
      'sections/notes/ is a section folder without notes-section.ts',
    );
    expect(() =>
      generatedLists(
        projectWith({ 'src/sidebar/sections/notes/notes-section.ts': 'export function createNotes() {}\n' }),
      ),
    ).toThrow('notes-section.ts must export `section`');
  });
});
