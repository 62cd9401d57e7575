/**
 * Issue 10 in the browser: a note and a figure typed in the KPI tab survive
 * a rebuild that adds a channel, and the sidebar says so only after the
 * add-on checked (the real sidebar and dist/Code.js on the emulator).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/core/i18n/catalog';
import { kpiMessages } from '../../src/core/i18n/kpi-messages';
import { DEFAULT_CHANNELS } from '../../src/core/kpi/default-channels';
import { useBrowserSession } from './support/browser-session';
import { buildKpiTab } from './support/kpi-build';
import type { PreviewPage } from './support/preview-page';
import { kpiCell } from '../support/kpi-cell';

const session = useBrowserSession();
let sheets: PreviewPage;
const CHANNELS = DEFAULT_CHANNELS.en.length;

beforeAll(async () => {
  ({ sheets } = await session.open());
});

describe('what a person typed in the KPI tab, through a rebuild', () => {
  it('keeps a typed note and figure when a channel is added, and says it checked', { timeout: 90_000 }, async () => {
    const { sidebar } = sheets;
    await buildKpiTab(sheets, 'en', 2025);

    // The Note column is the person's; so is a figure.
    await sheets.typeInCell(kpiCell('note', 3), 'Call back Anna on Monday');
    await sheets.waitForCellText(kpiCell('note', 3), 'Call back Anna on Monday');
    await sheets.typeInCell(kpiCell('spend', 3), '12000');
    await sheets.waitForCellText(kpiCell('spend', 3), '$12,000');

    await sidebar.locator('#kpi-add-channel').click();
    await sidebar.locator('[data-testid="kpi-channel"]').last().locator('input.channel-name').fill('@habr_com');
    await sidebar.locator('#kpi-build').click();
    const kept = translate(kpiMessages, 'en', 'updated_kept', { added: 12, channels: CHANNELS + 1 });
    await sidebar.locator('#kpi-status').filter({ hasText: kept }).waitFor();

    // The grid redraws after the sidebar's call returns (it fetches the spreadsheet anew), so wait for what
    // the person will see rather than read the cells at once: the new channel's rows come after the table,
    // named as typed (a leading @ stays text).
    await sheets.waitForCellText(kpiCell('channel', 2 + CHANNELS * 12), '@habr_com');
    expect(await sheets.cellText(kpiCell('channel', 1 + CHANNELS * 12))).toBe(
      DEFAULT_CHANNELS.en[CHANNELS - 1]?.name ?? '',
    );
    expect(await sheets.cellText(kpiCell('note', 3))).toBe('Call back Anna on Monday');
    expect(await sheets.cellText(kpiCell('spend', 3))).toBe('$12,000');
  });
});
