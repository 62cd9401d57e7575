/**
 * Nothing in the 300 px sidebar is cut off, in either language: every
 * element's content fits its box (scrollWidth ≤ clientWidth), before and
 * after the KPI tab exists and a report and the share section have
 * something to show. A clipped button label ("Копировать ссылку") or a
 * text running over the edge fails here with the element named.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import type { PreviewPage } from './support/preview-page';

const session = useBrowserSession();

/** The elements whose content is wider than their box: tag, id or class, text, and both widths. */
async function overflowing(sheets: PreviewPage): Promise<string[]> {
  return sheets.sidebar.locator('body').evaluate((body) => {
    const found: string[] = [];
    const sidebarWidth = body.ownerDocument.documentElement.clientWidth;
    for (const element of body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline' || element.getClientRects().length === 0) continue;
      // A select shows its chosen option; its own box is what a person sees.
      if (element.tagName === 'OPTION') continue;
      const right = element.getBoundingClientRect().right;
      // A text field scrolls its own value (a long link or name) by design; its box must still fit.
      const scrolls = element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
      const clipped = !scrolls && element.scrollWidth > element.clientWidth + 1;
      const outside = right > sidebarWidth + 1;
      if (clipped || outside) {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''}`;
        found.push(
          `${name} "${(element.textContent ?? '').trim().slice(0, 40)}" scroll ${element.scrollWidth} > client ${element.clientWidth}${outside ? `, right edge ${Math.round(right)} > ${sidebarWidth}` : ''}`,
        );
      }
    }
    return found;
  });
}

describe('the sidebar fits its 300 px', () => {
  it.each(['en_US', 'ru_RU'] as const)(
    '%s: no element overflows its box, before and after building',
    async (locale) => {
      const { sheets } = await session.open(locale);
      expect(await overflowing(sheets)).toEqual([]);
      await sheets.sidebar.locator('#kpi-build').click();
      await sheets.sidebar.locator('#kpi-status').filter({ hasText: /\d/ }).waitFor();
      await sheets.sidebar.locator('#kpi-fill-sample').click();
      await sheets.sidebar.locator('#kpi-status').filter({ hasText: /\d/ }).waitFor();
      expect(await overflowing(sheets)).toEqual([]);
    },
    60_000,
  );
});
