/**
 * A 100 000-row amoCRM export (bench/import.bench.ts's `amoExport`, some
 * 15 MB) imported in the Russian preview: the export reader runs in a Web
 * Worker made from its own script inside the sandboxed sidebar frame, the
 * progress bar shows while it reads, and the KPI tab gets the leads and
 * customers a plain recount of the generated rows gives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { importFormatMessages } from '../../src/core/i18n/import-format-messages';
import { importSectionMessages } from '../../src/core/i18n/import-section-messages';
import { DEFAULT_CHANNELS } from '../../src/core/kpi/default-channels';
import { KPI_TAB_NAME } from '../../src/core/kpi/kpi-columns';
import { DATA_IMPORT_IDS } from '../../src/sidebar/sections/data-import/data-import-ids';
import { amoExport } from '../../bench/import.bench';
import { useBrowserSession } from './support/browser-session';
import { buildKpiTab } from './support/kpi-build';
import { kpiCell } from '../support/kpi-cell';

const ROWS = 100_000;
const CHANNELS = DEFAULT_CHANNELS.ru.map((channel) => channel.id);
/** amoExport's sources in turn, and the channel the default rules send each to (partner: none). */
const CHANNEL_OF_SOURCE = ['ppc', 'smm', 'telegram', null];
/** amoExport's stages in turn: the fourth is «Успешно реализовано», won in the month the deal was made. */
const WON_STAGE_INDEX = 3;

const session = useBrowserSession();

/** Leads and customers by month index × channel, counted from the rule amoExport writes rows by. */
function recount(): Map<string, { leads: number; customers: number }> {
  const counts = new Map<string, { leads: number; customers: number }>();
  for (let i = 0; i < ROWS; i++) {
    const channel = CHANNEL_OF_SOURCE[i % 4];
    if (!channel) continue;
    const key = `${i % 12}|${channel}`;
    const entry = counts.get(key) ?? { leads: 0, customers: 0 };
    entry.leads++;
    if (i % 5 === WON_STAGE_INDEX) entry.customers++;
    counts.set(key, entry);
  }
  return counts;
}

describe('a large export in the browser', () => {
  it('reads 100 000 rows in a worker with a progress bar and writes the recounted figures', {
    timeout: 240_000,
  }, async () => {
    const { preview, sheets } = await session.open('ru_RU');
    const { sidebar } = sheets;
    await buildKpiTab(sheets, 'ru', 2026);

    // Count the workers the page starts, and note every share the progress bar shows.
    await sidebar.locator('body').evaluate(() => {
      const page = window as unknown as {
        Worker: typeof Worker;
        workersStarted: number;
        workerMessages: number;
        sharesShown: number[];
      };
      page.workersStarted = 0;
      page.workerMessages = 0;
      page.sharesShown = [];
      const PageWorker = page.Worker;
      page.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          page.workersStarted++;
          this.addEventListener('message', () => page.workerMessages++);
        }
      };
      new MutationObserver(() => {
        const bar = document.getElementById('data-import-progress-bar') as HTMLProgressElement | null;
        if (bar) page.sharesShown.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    const name = 'amocrm-100k.csv';
    // From a file on disk: Playwright hands a local browser the path, not 15 MB through the protocol.
    const path = join(mkdtempSync(join(tmpdir(), 'mkpi-large-')), name);
    onTestFinished(() => rmSync(dirname(path), { recursive: true, force: true }));
    writeFileSync(path, amoExport(ROWS));
    await sidebar.locator(`#${DATA_IMPORT_IDS.files}`).setInputFiles(path);
    const read = translate(importSectionMessages, 'ru', 'file_read', {
      file: name,
      format: translate(importFormatMessages, 'ru', 'format_amocrm_leads'),
      rows: ROWS,
    });
    await sidebar.locator(`#${DATA_IMPORT_IDS.fileList}`).filter({ hasText: read }).waitFor({ timeout: 180_000 });
    await sidebar.locator(`#${DATA_IMPORT_IDS.summary}`).waitFor();

    const seen = await sidebar.locator('body').evaluate(() => {
      const page = window as unknown as { workersStarted: number; workerMessages: number; sharesShown: number[] };
      return { workers: page.workersStarted, messages: page.workerMessages, shares: page.sharesShown };
    });
    expect(seen.workers).toBe(1);
    // The worker did the reading (progress and the result came from it), not the page's fallback.
    expect(seen.messages).toBeGreaterThan(1);
    expect(seen.shares.length).toBeGreaterThan(0);
    expect(seen.shares.some((share) => share > 0 && share < 100)).toBe(true);
    expect(await sidebar.locator(`#${DATA_IMPORT_IDS.progress}`).count()).toBe(0);

    await sidebar.locator(`#${DATA_IMPORT_IDS.confirm}`).click();
    await sidebar
      .locator(`#${DATA_IMPORT_IDS.status}`)
      .filter({ hasText: /^Импорт выполнен, записано ячеек: \d+\./ })
      .waitFor({ timeout: 120_000 });

    const tab = preview.session.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI_TAB_NAME);
    if (!tab) throw new Error('no KPI tab');
    const rowOf = (month: number, channel: string) => 2 + month * CHANNELS.length + CHANNELS.indexOf(channel);
    const expected = recount();
    expect(expected.size).toBe(9);
    for (const [key, counts] of expected) {
      const [month, channel] = key.split('|');
      const row = rowOf(Number(month), channel ?? '');
      expect(
        [tab.getRange(kpiCell('leads', row)).getValue(), tab.getRange(kpiCell('customers', row)).getValue()],
        key,
      ).toEqual([counts.leads, counts.customers]);
    }
  });
});
