/**
 * One Chromium per test file and every preview it opens: launched before the
 * file, all closed after it. Closing fails the file if a page or a sidebar
 * threw anything uncaught, once everything is closed.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from '../../../packages/preview/preview-server';
import { launchChromium } from './chromium';
import { startPreview } from './preview';
import { PreviewPage } from './preview-page';

export interface OpenedPreview {
  preview: PreviewServer;
  sheets: PreviewPage;
}

export interface BrowserSession {
  /** A fresh emulated spreadsheet in the preview, open in the browser (the sidebar has loaded its state). */
  open(locale?: 'en_US' | 'ru_RU'): Promise<OpenedPreview>;
}

export function useBrowserSession(): BrowserSession {
  let browser: Promise<Browser> | undefined;
  const previews: PreviewServer[] = [];
  const pages: PreviewPage[] = [];

  beforeAll(() => {
    browser = launchChromium();
  });

  afterAll(async () => {
    const closed = await Promise.allSettled(pages.map((page) => page.close()));
    await (await browser)?.close();
    await Promise.all(previews.map((preview) => preview.close()));
    for (const result of closed) if (result.status === 'rejected') throw result.reason;
  });

  return {
    async open(locale = 'en_US') {
      // The preview builds and starts while Chromium launches.
      const [preview, launched] = await Promise.all([
        startPreview({ locale }),
        browser ?? Promise.reject(new Error('no browser: call open() inside a test or hook')),
      ]);
      previews.push(preview);
      const sheets = await PreviewPage.open(launched, preview.url, { locale: locale.replace('_', '-') });
      pages.push(sheets);
      return { preview, sheets };
    },
  };
}
