/**
 * Service calls to generate a monthly report on a sample year with 5 and
 * with 40 channels. The writer batches every region, so the count must not
 * grow with channels (target: 40 channels at most 1.1 × 5 channels).
 */
import { createEmulator } from '../packages/preview/addon-emulator';
import { buildKpiTemplate, fillSampleData } from '../src/server/actions/kpi-template-actions';
import { generateMonthlyReport } from '../src/server/actions/report-actions';
import { defaultTemplateSettings } from '../src/shared/template-settings';
import type { BenchResults } from './measure';

function reportCalls(channels: number): number {
  const emulator = createEmulator({ owner: 'head@example.com' });
  const uninstall = emulator.installGlobals();
  try {
    const settings = {
      ...defaultTemplateSettings('en', 2026),
      channels: Array.from({ length: channels }, (_, i) => ({
        id: `c${i}`,
        name: `Channel ${i + 1}`,
        targetCpl: i % 3 === 0 ? 500 : null,
      })),
    };
    buildKpiTemplate(settings);
    fillSampleData();
    emulator.calls.reset();
    generateMonthlyReport({ month: '2026-03', replaceExisting: false });
    return emulator.calls.total;
  } finally {
    uninstall();
  }
}

export function benchReport(): BenchResults {
  const small = reportCalls(5);
  const large = reportCalls(40);
  return {
    report_calls_5ch: small,
    report_calls_40ch: large,
    report_calls_ratio: Math.round((large / small) * 100) / 100,
  };
}
