/** Server tests on the emulator: a fresh spreadsheet with the services installed as globals. */
import { afterEach } from 'vitest';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../packages/preview/addon-emulator';
import { KPI_COLUMNS, kpiColumnIndex, type KpiColumnKey } from '../../src/core/kpi/kpi-columns';
import { defaultTemplateSettings, type TemplateSettings } from '../../src/shared/template-settings';

const uninstallers: (() => void)[] = [];

afterEach(() => {
  while (uninstallers.length) uninstallers.pop()?.();
});

export function installedEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator({ owner: 'head@example.com', ...options });
  uninstallers.push(emulator.installGlobals());
  return emulator;
}

export function testSettings(overrides: Partial<TemplateSettings> = {}): TemplateSettings {
  return {
    ...defaultTemplateSettings('en', 2026),
    channels: [
      { id: 'ppc', name: 'PPC', targetCpl: 1_000, targetRomi: null },
      { id: 'seo', name: 'SEO', targetCpl: null, targetRomi: null },
      { id: 'pr', name: 'PR', targetCpl: null, targetRomi: null },
    ],
    ...overrides,
  };
}

/** 1-based sheet column of a KPI column. */
export function kpiColumn(key: KpiColumnKey): number {
  return kpiColumnIndex(key) + 1;
}

export const KPI_WIDTH = KPI_COLUMNS.length;

/** The sheet row (1-based) of a month × channel in a freshly built tab of `channels` channels. */
export function kpiRowOf(monthIndex: number, channelIndex: number, channels: number): number {
  return 2 + monthIndex * channels + channelIndex;
}
