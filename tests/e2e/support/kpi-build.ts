import { translate } from '../../../src/core/i18n/catalog';
import { kpiMessages } from '../../../src/core/i18n/kpi-messages';
import { DEFAULT_CHANNELS } from '../../../src/core/kpi/default-channels';
import type { PreviewPage } from './preview-page';

/**
 * Builds the KPI tab for a year from the sidebar, with the default channels of the
 * sheet's language, and waits for the status that says every month × channel row is there.
 */
export async function buildKpiTab(sheets: PreviewPage, lang: 'en' | 'ru', year: number): Promise<void> {
  const { sidebar } = sheets;
  const channels = DEFAULT_CHANNELS[lang].length;
  await sidebar.locator('#kpi-year').fill(String(year));
  await sidebar.locator('#kpi-build').click();
  await sidebar
    .locator('#kpi-status')
    .filter({ hasText: translate(kpiMessages, lang, 'built', { rows: channels * 12, channels, months: 12 }) })
    .waitFor();
}
