/**
 * The import core on a generated 100 000-row amoCRM export (UTF-8, `;`,
 * quoted notes with `;` and line breaks, UTM columns): bytes → figures,
 * median of 5 runs after one warm-up. The sidebar will run the same code.
 */
import { contentHash, DEFAULT_CHANNEL_MAPPING, importExport } from '../src/core/import';
import { createEmulator } from '../packages/preview/addon-emulator';
import { applyDataImport } from '../src/server/actions/data-import-actions';
import { buildKpiTemplate } from '../src/server/actions/kpi-template-actions';
import { defaultTemplateSettings } from '../src/shared/template-settings';
import { importRequest } from '../src/sidebar/sections/data-import/import-draft';
import { medianMs, type BenchResults } from './measure';

const SOURCES = ['yandex;cpc', 'vk;cpm', 'telegram;post', 'partner;banner'];
const STAGES = ['Неразобранное', 'Квалификация', 'Переговоры', 'Успешно реализовано', 'Закрыто и не реализовано'];

export function amoExport(rows: number): Uint8Array {
  const lines = [
    'ID;Название сделки;Бюджет ;Ответственный;Дата создания сделки;Дата закрытия;Примечание;Этап сделки;Воронка;utm_source;utm_medium',
  ];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const stage = STAGES[i % STAGES.length] ?? '';
    const closed = stage === 'Успешно реализовано' ? `${day}-${month}-2026 18:00:00` : 'не закрыта';
    const note = i % 10 === 0 ? '"Перезвонить; уточнить\nбюджет"' : '';
    lines.push(
      `${i + 1};Сделка ${i + 1};${(i % 500) * 1000} ${i % 100},50;Анна;${day}-${month}-2026 10:15:00;${closed};${note};${stage};Продажи;${SOURCES[i % SOURCES.length]}`,
    );
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

export function benchImport(): BenchResults {
  const bytes = amoExport(100_000);
  const run = () =>
    importExport(bytes, 'amocrm.csv', DEFAULT_CHANNEL_MAPPING, {
      qualifiedStages: ['Квалификация', 'Переговоры'],
      year: 2026,
    });
  const check = run();
  if (check.rowsRead !== 100_000 || check.problems.length > 0)
    throw new Error(`import bench: read ${check.rowsRead} rows, ${check.problems.length} problems`);
  return { import_100k_parse_ms: Math.round(medianMs(run, 5, 1)) };
}

/**
 * The server's side of importing an export: the figures the sidebar sends
 * for a 1 000- and a 100 000-row amoCRM export (import_payload_bytes, the
 * 100 000 rows' request as JSON), and the service calls applyDataImport
 * makes to write them into a built KPI tab (they grow with the cells
 * written, never with the rows read).
 */
export function benchImportCalls(): BenchResults {
  const settings = defaultTemplateSettings('ru', 2026);
  const mapping = {
    rules: DEFAULT_CHANNEL_MAPPING.rules.filter((rule) =>
      settings.channels.some((channel) => channel.id === rule.channel),
    ),
  };
  const requestFor = (rows: number) => {
    const bytes = amoExport(rows);
    const result = importExport(bytes, 'amocrm.csv', mapping, {
      qualifiedStages: ['Квалификация', 'Переговоры'],
      year: 2026,
      currency: settings.currency,
    });
    const request = importRequest(
      [{ name: 'amocrm.csv', size: bytes.length, bytes, hash: contentHash(bytes), result }],
      [],
    );
    if (!request) throw new Error('import bench: nothing to import');
    return request;
  };
  const callsFor = (request: NonNullable<ReturnType<typeof importRequest>>) => {
    const emulator = createEmulator({ owner: 'head@example.com' });
    const uninstall = emulator.installGlobals();
    try {
      buildKpiTemplate(settings);
      emulator.calls.reset();
      applyDataImport(request);
      return emulator.calls.total;
    } finally {
      uninstall();
    }
  };
  const large = requestFor(100_000);
  return {
    import_1k_calls: callsFor(requestFor(1_000)),
    import_100k_calls: callsFor(large),
    import_payload_bytes: Buffer.byteLength(JSON.stringify(large), 'utf8'),
  };
}
