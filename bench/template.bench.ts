/**
 * Service calls to build a 12-month KPI template with 5 and with 40 channels
 * (the count must not grow with channels), to rebuild it with nothing
 * changed (and what that rebuild writes), and the size of the pushed
 * sidebar HTML.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../packages/preview/addon-emulator';
import { buildKpiTemplate } from '../src/server/actions/kpi-template-actions';
import { defaultTemplateSettings } from '../src/shared/template-settings';
import { DIST } from '../tests/bundle/load-bundle';
import type { BenchResults } from './measure';

/** The default English settings with `channels` channels named Channel 1…n. */
function settingsWithChannels(channels: number) {
  return {
    ...defaultTemplateSettings('en', 2026),
    channels: Array.from({ length: channels }, (_, i) => ({ id: `c${i}`, name: `Channel ${i + 1}`, targetCpl: null })),
  };
}

function templateCalls(channels: number): number {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  try {
    const settings = settingsWithChannels(channels);
    emulator.calls.reset();
    buildKpiTemplate(settings);
    return emulator.calls.total;
  } finally {
    uninstall();
  }
}

/** A second build with the same settings: its calls, and how many of them write a cell's value or formula (none should). */
function rebuildNoop(channels: number): { calls: number; valueWrites: number } {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  try {
    const settings = settingsWithChannels(channels);
    buildKpiTemplate(settings);
    emulator.calls.reset();
    buildKpiTemplate(settings);
    const writes = ['Range.setValue', 'Range.setValues', 'Range.setFormula', 'Range.setFormulas'].reduce(
      (total, method) => total + emulator.calls.count(method),
      0,
    );
    return { calls: emulator.calls.total, valueWrites: writes };
  } finally {
    uninstall();
  }
}

export function benchTemplate(): BenchResults {
  const five = templateCalls(5);
  const forty = templateCalls(40);
  const noop = rebuildNoop(5);
  return {
    template_calls_5ch: five,
    template_calls_40ch: forty,
    template_calls_ratio: Math.round((forty / five) * 100) / 100,
    rebuild_noop_calls: noop.calls,
    rebuild_noop_value_writes: noop.valueWrites,
    sidebar_html_bytes: statSync(join(DIST, 'Sidebar.html')).size,
  };
}
