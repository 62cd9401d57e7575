/**
 * The preview's google.script.run, as bundled into the sidebar, run in a
 * bare context with a fake window and fetch: the chaining and handler
 * calls the sidebar relies on, and the errors Apps Script would hand it.
 */
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPreviewAssets } from '../../packages/preview/preview-assets';
import { SERVER_CALL_DONE } from '../../packages/preview/sidebar-shim/preview-messages-channel';

let shimJs = '';

beforeAll(async () => {
  shimJs = (await buildPreviewAssets()).shimJs;
});

type Answer = { status: number; body: unknown } | 'unreachable';

interface Runner {
  withSuccessHandler(handler: (value: unknown, userObject: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error, userObject: unknown) => void): Runner;
  withUserObject(userObject: unknown): Runner;
  [serverFunction: string]: unknown;
}

function loadShim(answer: (path: string, body: unknown) => Answer) {
  const requests: { path: string; body: unknown }[] = [];
  const messages: unknown[] = [];
  const window = {
    location: { origin: 'http://127.0.0.1:1234' },
    parent: { postMessage: (message: unknown) => messages.push(message) },
  };
  const fetch = async (path: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as unknown;
    requests.push({ path, body });
    const reply = answer(path, body);
    if (reply === 'unreachable') throw new TypeError('Failed to fetch');
    return { status: reply.status, json: async () => reply.body };
  };
  const context = vm.createContext({ window, fetch });
  vm.runInContext(shimJs, context);
  const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
  return { run, requests, messages };
}

function call(
  runner: Runner,
  name: string,
  ...args: unknown[]
): Promise<{ value?: unknown; error?: Error; userObject: unknown }> {
  return new Promise((resolve) => {
    const withHandlers = runner
      .withSuccessHandler((value, userObject) => resolve({ value, userObject }))
      .withFailureHandler((error, userObject) => resolve({ error, userObject }));
    (withHandlers[name] as (...values: unknown[]) => void)(...args);
  });
}

describe("the preview's google.script.run", () => {
  it('posts any function name with its arguments and calls the success handler with the result and user object', async () => {
    const shim = loadShim(() => ({ status: 200, body: { value: { userLang: 'ru' } } }));
    const result = await call(shim.run.withUserObject('row 3'), 'getSidebarState', 1, { a: [2] });
    expect(result).toEqual({ value: { userLang: 'ru' }, userObject: 'row 3' });
    expect(shim.requests).toEqual([{ path: '/api/run/getSidebarState', body: { args: [1, { a: [2] }] } }]);
    // The page around the sidebar redraws the grid after each call.
    expect(shim.messages).toEqual([{ type: SERVER_CALL_DONE }]);
  });

  it("keeps each runner's handlers to itself, as Apps Script's chaining does", async () => {
    const shim = loadShim(() => ({ status: 200, body: { value: 1 } }));
    const seen: string[] = [];
    const base = shim.run.withFailureHandler(() => seen.push('failure'));
    const first = base.withSuccessHandler(() => seen.push('first'));
    const second = base.withSuccessHandler(() => seen.push('second'));
    (first.ping as () => void)();
    (second.ping as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.sort()).toEqual(['first', 'second']);
    expect(shim.run.then).toBeUndefined();
  });

  it("hands the failure handler an Error with the server's exception as text, as Apps Script does", async () => {
    const shim = loadShim(() => ({
      status: 500,
      body: { error: { name: 'UserFacingError', message: 'The KPI tab already holds numbers' } },
    }));
    const { error } = await call(shim.run, 'fillSampleData');
    expect(error?.name).toBe('Error');
    expect(error?.message).toBe('UserFacingError: The KPI tab already holds numbers');
  });

  it("reports Apps Script's own failures as a ScriptError, and a server that does not answer as a NetworkError", async () => {
    const missing = await call(
      loadShim(() => ({
        status: 404,
        body: { error: { name: 'ScriptError', message: 'Script function not found: nope' } },
      })).run,
      'nope',
    );
    expect([missing.error?.name, missing.error?.message]).toEqual(['ScriptError', 'Script function not found: nope']);
    const down = await call(loadShim(() => 'unreachable').run, 'getSidebarState');
    expect([down.error?.name, down.error?.message]).toEqual([
      'NetworkError',
      'NetworkError: Connection failure due to HTTP 0',
    ]);
    const garbled = await call(loadShim(() => ({ status: 502, body: undefined })).run, 'getSidebarState');
    expect(garbled.error?.name).toBe('ScriptError');
  });
});
