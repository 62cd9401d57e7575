/**
 * Debian's Chromium headless shell, driven by playwright-core (Playwright
 * cannot download a browser here; `.ci/run` installs
 * `chromium-headless-shell` with apt). It is the same Chromium (Blink, V8,
 * the same version as Debian's `chromium`) without the browser's own UI:
 * what Playwright itself runs for headless tests. Against the full
 * `chromium` in headless mode it spawns one renderer per page instead of
 * three and its browser process does far less: the browser tests took
 * about a fifth less CPU (121 and 127 s → 97 s for tests/e2e, one run each
 * under load; the browser process 19 → 7 s). One browser per test file: launch it in beforeAll, close it in
 * afterAll.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian puts it; CHROMIUM_PATH points elsewhere (a full Chromium works too, with a few pixels different in the screenshots). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell';

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
      `Chromium's headless shell is not at ${CHROMIUM_PATH}. The browser tests need it: \`apt-get install -y chromium-headless-shell\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
