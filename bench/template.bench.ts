/**
 * Service calls to build a 12-month KPI template with 5 and with 40 channels
 * (the count must not grow with channels), and the size of the pushed
 * sidebar HTML.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from '../src/emulator';
import { buildKpiTemplate } from '../src/server/actions/kpi-template-actions';
import { defaultTemplateSettings } from '../src/shared/template-settings';
import { DIST } from '../tests/bundle/load-bundle';
import type { BenchResults } from './measure';

function templateCalls(channels: number): number {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  try {
    const settings = {
      ...defaultTemplateSettings('en', 2026),
      channels: Array.from({ length: channels }, (_, i) => ({ id: `c${i}`, name: `Channel ${i + 1}`, targetCpl: null })),
    };
    emulator.calls.reset();
    buildKpiTemplate(settings);
    return emulator.calls.total;
  } finally {
    uninstall();
  }
}

export function benchTemplate(): BenchResults {
  return {
    template_calls_5ch: templateCalls(5),
    template_calls_40ch: templateCalls(40),
    sidebar_html_bytes: statSync(join(DIST, 'Sidebar.html')).size,
  };
}
