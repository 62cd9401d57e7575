import { describe, expect, it } from 'vitest';
import { MAX_CONCURRENT_CALLS, createServerCaller } from '../../src/sidebar/api';
import type { SidebarState } from '../../src/shared/server-api';
import { defaultTeamSettings } from '../../src/shared/team-settings';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { fakeScriptRun, settle } from './support/fake-script-run';

const SERVER_FUNCTIONS = ['getSidebarState', 'setUserLang', 'saveSettings', 'buildKpiTemplate', 'fillSampleData'];

function setup(maxConcurrent?: number) {
  const fake = fakeScriptRun(SERVER_FUNCTIONS);
  const callServer = createServerCaller({ runner: () => fake.run, ...(maxConcurrent ? { maxConcurrent } : {}) });
  return { ...fake, callServer };
}

const state: SidebarState = {
  userLang: 'ru',
  settings: defaultTemplateSettings('ru', 2026),
  settingsSaved: true,
  kpiTabExists: false,
  team: { team: defaultTeamSettings('ru'), teamSaved: false, currency: 'RUB', rolesTabExists: false },
  sharing: {
    shared: false,
    people: [],
    copyUrl: 'https://docs.google.com/spreadsheets/d/x/copy',
    canShare: true,
    canChangeStructure: true,
    activeEmail: 'owner@example.com',
    canReleaseLock: false,
  },
  dataImport: { log: [], sources: { rules: [], qualifiedStages: [] }, sourcesSaved: false, mappings: [], vat: {} },
};

describe('callServer over google.script.run', () => {
  it('calls the named server function with the arguments and resolves with its result', async () => {
    const { callServer, pending } = setup();
    const settings = defaultTemplateSettings('en', 2026);
    const promise = callServer('saveSettings', settings);
    await settle();
    expect(pending).toHaveLength(1);
    expect(pending[0]?.name).toBe('saveSettings');
    expect(pending[0]?.args).toEqual([settings]);
    pending[0]?.succeed(state);
    await expect(promise).resolves.toEqual(state);
  });

  it('passes several arguments in order, and none for a function without parameters', async () => {
    const { callServer, calls } = setup();
    void callServer('setUserLang', 'ru');
    void callServer('fillSampleData');
    await settle();
    expect(calls.map((call) => [call.name, call.args])).toEqual([
      ['setUserLang', ['ru']],
      ['fillSampleData', []],
    ]);
  });

  it('rejects with what the failure handler received', async () => {
    const { callServer, pending } = setup();
    const promise = callServer('buildKpiTemplate', {});
    await settle();
    const failure = new Error('Канал 3: название не заполнено');
    pending[0]?.fail(failure);
    await expect(promise).rejects.toBe(failure);
  });

  it('uses a fresh runner per call, so concurrent calls keep their own handlers', async () => {
    const { callServer, pending } = setup();
    const first = callServer('setUserLang', 'en');
    const second = callServer('setUserLang', 'ru');
    await settle();
    pending[1]?.succeed({ ...state, userLang: 'ru' });
    pending[0]?.succeed({ ...state, userLang: 'en' });
    expect((await first).userLang).toBe('en');
    expect((await second).userLang).toBe('ru');
  });

  it(`keeps at most ${MAX_CONCURRENT_CALLS} calls in flight and queues the rest`, async () => {
    const { callServer, pending, calls } = setup();
    const results = Array.from({ length: MAX_CONCURRENT_CALLS + 2 }, () => callServer('getSidebarState'));
    const outcomes = Promise.allSettled(results);
    await settle();
    expect(calls).toHaveLength(MAX_CONCURRENT_CALLS);
    pending[0]?.succeed(state);
    await settle();
    expect(calls).toHaveLength(MAX_CONCURRENT_CALLS + 1);
    pending[0]?.fail(new Error('boom'));
    await settle();
    expect(calls).toHaveLength(MAX_CONCURRENT_CALLS + 2);
    while (pending.length > 0) pending[0]?.succeed(state);
    const settled = await outcomes;
    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(MAX_CONCURRENT_CALLS + 1);
  });

  it('refuses to send what google.script.run cannot carry, naming the culprit', async () => {
    const { callServer, calls } = setup();
    await expect(callServer('saveSettings', { year: new Date() })).rejects.toThrow(
      /arguments\[0\]\.year is not plain data/,
    );
    await expect(callServer('saveSettings', { channels: [{ targetCpl: Number.NaN }] })).rejects.toThrow(
      /arguments\[0\]\.channels\[0\]\.targetCpl/,
    );
    await expect(callServer('saveSettings', { run: () => 1 })).rejects.toThrow(/arguments\[0\]\.run/);
    expect(calls).toHaveLength(0);
  });

  it('rejects with a technical error outside Apps Script, and for a function the server lacks', async () => {
    const missing = createServerCaller({ runner: () => undefined });
    await expect(missing('getSidebarState')).rejects.toMatchObject({ name: 'ServerCallError' });
    const fake = fakeScriptRun(['getSidebarState']);
    const partial = createServerCaller({ runner: () => fake.run });
    await expect(partial('fillSampleData')).rejects.toThrow(/no function fillSampleData/);
  });

  it('keeps running queued calls after one fails to start', async () => {
    const { callServer, pending } = setup(1);
    const bad = callServer('saveSettings', { when: new Date() });
    const good = callServer('getSidebarState');
    await expect(bad).rejects.toThrow();
    await settle();
    pending[0]?.succeed(state);
    await expect(good).resolves.toEqual(state);
  });

  // The @ts-expect-error lines are the contract check: `npm test` type-checks before it runs, so a
  // call the ServerApi does not allow fails the build. At run time the same calls must be refused too.
  it('is typed by the ServerApi contract, and refuses at run time a function the server does not have', async () => {
    const { callServer, calls } = setup();
    // @ts-expect-error: no such server function
    await expect(callServer('deleteEverything')).rejects.toThrow('The server has no function deleteEverything');
    // @ts-expect-error: getSidebarState takes no arguments
    void callServer('getSidebarState', 1).catch(() => undefined);
    const typed: Promise<SidebarState> = callServer('getSidebarState');
    void typed.catch(() => undefined);
    await settle();
    expect(calls.map((call) => call.name)).toEqual(['getSidebarState', 'getSidebarState']);
  });
});
