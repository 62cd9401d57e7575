/**
 * Debian's Chromium, driven by playwright-core (Playwright cannot download
 * a browser here; `.ci/run` installs `chromium` with apt). One browser per
 * test run (tests/support/chromium-broker.ts launches it); each test file
 * connects in beforeAll and disconnects in afterAll. Run outside vitest's
 * global setup (another config), a file launches a browser of its own.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

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

/** Under load a launch can take long; Playwright's own limit (3 min) is kept, and the broker tries once more. */
function launchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) {
    // Failing rather than skipping: a browser test that silently does not run proves nothing (CI installs chromium in .ci/run).
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. The browser tests need it: \`apt-get install -y chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS };
}

/** A Chromium that test files connect to (the run's, in tests/support/chromium-broker.ts). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/**
 * The run's Chromium, connected for one test file; `close()` disconnects
 * (closing what the file opened), and leaves the browser to the run.
 * Without a broker (vitest's `inject('chromiumBroker')`), a browser of the file's own, which `close()` ends.
 */
export async function connectChromium(broker: string | undefined): Promise<Browser> {
  if (!broker) return chromium.launch(launchOptions());
  const answer = await fetch(broker);
  const text = await answer.text();
  if (!answer.ok) throw new Error(`The test run's Chromium did not start: ${text}`);
  return chromium.connect(text);
}
