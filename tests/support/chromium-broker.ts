/**
 * One Chromium for the whole test run, launched on first need: vitest runs
 * this as a global setup (vitest.config.ts), in its own process. It answers
 * a browser test's request for a browser with the address of one Chromium
 * (launched on the first request, never for a run without browser tests),
 * and closes it when the run ends. Each test file connects, opens its own
 * contexts and closes them (tests/e2e/support/chromium.ts), so files share
 * only the browser process: launching one per file cost about a second of
 * CPU each, and more under load.
 *
 * Launching is retried once: on a loaded machine the first launch can time
 * out, and a second one usually succeeds; a browser that cannot be launched
 * fails every browser test with the reason, never hangs the run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../e2e/support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a browser test asks for the run's Chromium (an http address), or '' when none is offered. */
    chromiumBroker: string;
  }
}

const LAUNCH_ATTEMPTS = 2;

async function launchWithRetry(): Promise<BrowserServer> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= LAUNCH_ATTEMPTS; attempt++) {
    try {
      return await launchChromiumServer();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address() as AddressInfo));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let browser: Promise<BrowserServer> | undefined;
  const broker = createServer((request, response) => {
    // A failed launch is not kept: the next file may try again.
    browser ??= launchWithRetry().catch((error: unknown) => {
      browser = undefined;
      throw error;
    });
    browser.then(
      (launched) => response.end(launched.wsEndpoint()),
      (error: unknown) => {
        response.statusCode = 500;
        response.end(error instanceof Error ? error.message : String(error));
      },
    );
    request.resume();
  });
  const { port } = await listen(broker);
  project.provide('chromiumBroker', `http://127.0.0.1:${port}/`);

  return async () => {
    broker.closeAllConnections();
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    const launched = await browser?.catch(() => undefined);
    await launched?.close();
  };
}
