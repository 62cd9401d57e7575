/**
 * Sharing the template, in headless Chromium on the preview: the head lists
 * the team, builds the tabs, shares with two people (no email), exports the
 * template, and a second team imports it into a fresh spreadsheet after a
 * preview. Writes docs/share-en.png and docs/import-preview-en.png.
 */
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { sidebarMessages } from '../../src/core/i18n/sidebar-messages';
import { transferMessages } from '../../src/core/i18n/transfer-messages';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import type { PreviewServer } from '../../packages/preview/preview-server';
import { SHARE_IDS, personCheckboxId } from '../../src/sidebar/sections/share/share-ids';
import { TEAM_IDS, personInputId } from '../../src/sidebar/sections/team-roles/team-roles-ids';
import { useBrowserSession } from './support/browser-session';
import { kpiCell } from '../support/kpi-cell';
import type { PreviewPage } from './support/preview-page';

const DOCS = join(import.meta.dirname, '../../docs');
const TABS = [KPI_TAB_NAME, 'Roles', 'Team'];

const session = useBrowserSession();
let headsPreview: PreviewServer;
let heads: PreviewPage;
let otherPreview: PreviewServer | undefined;
let other: PreviewPage | undefined;
/** What the head exported, for the other team to import. */
let exportedJson = '';

const byId = (sidebar: FrameLocator, id: string) => sidebar.locator(`#${id}`);

beforeAll(async () => {
  ({ preview: headsPreview, sheets: heads } = await session.open());
});

/** The sidebar's panel with `id` scrolled to its top, nothing focused. */
async function screenshotSidebarAt(sheets: PreviewPage, id: string, path: string): Promise<void> {
  await sheets.sidebar
    .locator('body')
    .evaluate((body) => (body.ownerDocument.activeElement as HTMLElement | null)?.blur());
  await byId(sheets.sidebar, id).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await sheets.page.mouse.move(0, 0);
  await sheets.page.locator('#sidebar-panel').screenshot({ path, animations: 'disabled', caret: 'hide' });
}

async function addPerson(
  sidebar: FrameLocator,
  personId: string,
  name: string,
  email: string,
  roleId: string,
): Promise<void> {
  await byId(sidebar, TEAM_IDS.addPerson).click();
  await byId(sidebar, personInputId(personId, 'name')).fill(name);
  if (email) await byId(sidebar, personInputId(personId, 'email')).fill(email);
  await byId(sidebar, personInputId(personId, 'roleId')).selectOption(roleId);
}

describe('sharing the template in the browser', () => {
  it('the head lists the team and builds the tabs', async () => {
    const { sidebar } = heads;
    await byId(sidebar, TEAM_IDS.companyHeadcount).fill('60');
    await addPerson(sidebar, 'person-1', 'Anna Head', 'anna@example.com', 'head');
    await addPerson(sidebar, 'person-2', 'Vera PR', 'vera@example.com', 'pr-manager');
    await addPerson(sidebar, 'person-3', 'Oleg Writer', '', 'content-engineer');
    await byId(sidebar, TEAM_IDS.build).click();
    await byId(sidebar, TEAM_IDS.status).filter({ hasText: 'Roles tab built' }).waitFor();
    await byId(sidebar, 'kpi-build').click();
    await byId(sidebar, 'kpi-status')
      .filter({ hasText: translate(kpiMessages, 'en', 'built', { rows: 96, channels: 8, months: 12 }) })
      .waitFor();
  });

  it('shares with the two people who have an email (Google emails each), and locks the structure', async () => {
    const { sidebar } = heads;
    await expect(byId(sidebar, personCheckboxId('person-1')).isChecked()).resolves.toBe(true);
    await expect(byId(sidebar, personCheckboxId('person-2')).isChecked()).resolves.toBe(true);
    await expect(byId(sidebar, personCheckboxId('person-3')).isDisabled()).resolves.toBe(true);
    await expect(byId(sidebar, SHARE_IDS.notice).textContent()).resolves.toBe(sidebarMessages.en.share_notice);
    await expect(byId(sidebar, SHARE_IDS.copyUrl).inputValue()).resolves.toMatch(
      /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/copy$/,
    );

    await byId(sidebar, SHARE_IDS.share).click();
    await byId(sidebar, SHARE_IDS.status).filter({ hasText: 'Shared with 2: Anna Head, Vera PR.' }).waitFor();
    await byId(sidebar, SHARE_IDS.state).filter({ hasText: sidebarMessages.en.share_state_shared }).waitFor();

    const emulator = headsPreview.session.emulator;
    expect(emulator.spreadsheetSnapshot().editors).toEqual([
      'head@example.com',
      'anna@example.com',
      'vera@example.com',
    ]);
    expect(emulator.sharingEmails.map((sent) => sent.email)).toEqual(['anna@example.com', 'vera@example.com']);
    const locked = TABS.flatMap((tab) => emulator.snapshot(tab).protections);
    expect(locked.length).toBeGreaterThan(0);
    expect(
      locked.every(
        (protection) => !protection.warningOnly && protection.editors.join() === 'head@example.com,anna@example.com',
      ),
    ).toBe(true);
    await expect(byId(sidebar, personCheckboxId('person-1')).isChecked()).resolves.toBe(false);

    await screenshotSidebarAt(heads, SHARE_IDS.section, join(DOCS, 'share-en.png'));
  });

  it('exports the template without emails, as JSON to copy or download', async () => {
    const { sidebar } = heads;
    await byId(sidebar, SHARE_IDS.export).click();
    await byId(sidebar, SHARE_IDS.exportStatus)
      .filter({ hasText: 'Template exported: 8 channels, 4 roles, 3 people.' })
      .waitFor();
    exportedJson = await byId(sidebar, SHARE_IDS.exportJson).inputValue();
    const document = JSON.parse(exportedJson) as { includesEmails: boolean; team: { people: { email: string }[] } };
    expect(document.includesEmails).toBe(false);
    expect(document.team.people.map((person) => person.email)).toEqual(['', '', '']);
    await expect(byId(sidebar, SHARE_IDS.exportDownload).getAttribute('download')).resolves.toBe(
      'marketing-kpi-template.json',
    );
    // In a frame sandboxed as HtmlService's is, the copy works (or says how to copy by hand), and the download's fallback is spelled out.
    await byId(sidebar, SHARE_IDS.exportCopy).click();
    await byId(sidebar, SHARE_IDS.copyFeedback).waitFor();
    await expect(byId(sidebar, SHARE_IDS.copyFeedback).textContent()).resolves.toMatch(
      new RegExp(`^(${sidebarMessages.en.copied}|${sidebarMessages.en.copy_failed.replace(/[().⌘+]/g, '\\$&')})$`),
    );
    await expect(byId(sidebar, SHARE_IDS.exportDownloadHint).textContent()).resolves.toContain(
      'press Copy JSON and save the text as marketing-kpi-template.json',
    );
    await expect(heads.page.locator('#sidebar-frame').getAttribute('sandbox')).resolves.toContain('allow-downloads');
  });

  it('shows the head which address the add-on sees, and releases the lock from the sidebar', async () => {
    const { sidebar } = heads;
    await expect(byId(sidebar, SHARE_IDS.whoAmI).textContent()).resolves.toBe(
      'The add-on sees you as head@example.com (the address Google gives it).',
    );
    await byId(sidebar, SHARE_IDS.release).click();
    await byId(sidebar, SHARE_IDS.releaseStatus)
      .filter({ hasText: 'The structure lock is released: every editor can change the template again.' })
      .waitFor();
    await byId(sidebar, SHARE_IDS.state).filter({ hasText: sidebarMessages.en.share_state_not_shared }).waitFor();
    const emulator = headsPreview.session.emulator;
    expect(
      TABS.flatMap((tab) => emulator.snapshot(tab).protections).every((protection) => protection.warningOnly),
    ).toBe(true);
  });

  it('another team imports it into a fresh spreadsheet, after a preview, and gets the same tabs', async () => {
    ({ preview: otherPreview, sheets: other } = await session.open());
    const { sidebar } = other;
    await byId(sidebar, SHARE_IDS.importText).fill(exportedJson);
    await byId(sidebar, SHARE_IDS.preview).click();
    await byId(sidebar, SHARE_IDS.previewResult).filter({ hasText: transferMessages.en.preview_changes }).waitFor();
    await expect(byId(sidebar, SHARE_IDS.previewResult).textContent()).resolves.toContain('New person: Vera PR');
    // Nothing has changed yet.
    expect(otherPreview.session.emulator.spreadsheetSnapshot().sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    await screenshotSidebarAt(other, SHARE_IDS.previewResult, join(DOCS, 'import-preview-en.png'));

    await byId(sidebar, SHARE_IDS.confirm).click();
    await byId(sidebar, SHARE_IDS.importStatus)
      .filter({ hasText: 'Template imported: 8 channels, 4 roles, 3 people.' })
      .waitFor();
    // The last tab built is the one shown; the KPI tab is a click away, as in Sheets.
    await other.tab(KPI_TAB_NAME).click();
    await other.settled();
    await other.waitForCellText(kpiCell('channel', 2), 'Google Ads');

    const source = headsPreview.session.emulator;
    const target = otherPreview.session.emulator;
    for (const tab of [KPI_TAB_NAME, 'Roles']) {
      expect({ tab, values: target.snapshot(tab).values, formulas: target.snapshot(tab).formulas }).toEqual({
        tab,
        values: source.snapshot(tab).values,
        formulas: source.snapshot(tab).formulas,
      });
    }
    // Without emails in the file, the new spreadsheet's Team tab has the people and no addresses.
    expect(
      target
        .snapshot('Team')
        .values.slice(1, 4)
        .map((row) => [row[0], row[1]]),
    ).toEqual([
      ['Anna Head', ''],
      ['Vera PR', ''],
      ['Oleg Writer', ''],
    ]);
    // The new spreadsheet is not shared: its own people decide that.
    expect(target.snapshot(KPI_TAB_NAME).protections.every((protection) => protection.warningOnly)).toBe(true);
  });
});
