/**
 * Debian's Chromium, driven by playwright-core (Playwright cannot download
 * a browser here; `.ci/run` installs `chromium` with apt). One browser per
 * test file: launch it in beforeAll, close it in afterAll.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian puts it; CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The same pixels on every machine: screenshots in docs/ should change only when the page does.
  '--font-render-hinting=none',
  '--disable-font-subpixel-positioning',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    // Failing rather than skipping: a browser test that silently does not run proves nothing (CI installs chromium in .ci/run).
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. The browser tests need it: \`apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
