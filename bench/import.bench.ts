/**
 * The import core on a generated 100 000-row amoCRM export (UTF-8, `;`,
 * quoted notes with `;` and line breaks, UTM columns): bytes → figures,
 * median of 5 runs after one warm-up. The sidebar will run the same code.
 */
import { DEFAULT_CHANNEL_MAPPING, importExport } from '../src/core/import';
import { medianMs, type BenchResults } from './measure';

const SOURCES = ['yandex;cpc', 'vk;cpm', 'telegram;post', 'partner;banner'];
const STAGES = ['Неразобранное', 'Квалификация', 'Переговоры', 'Успешно реализовано', 'Закрыто и не реализовано'];

export function amoExport(rows: number): Uint8Array {
  const lines = ['ID;Название сделки;Бюджет ;Ответственный;Дата создания сделки;Дата закрытия;Примечание;Этап сделки;Воронка;utm_source;utm_medium'];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const stage = STAGES[i % STAGES.length] ?? '';
    const closed = stage === 'Успешно реализовано' ? `${day}-${month}-2026 18:00:00` : 'не закрыта';
    const note = i % 10 === 0 ? '"Перезвонить; уточнить\nбюджет"' : '';
    lines.push(`${i + 1};Сделка ${i + 1};${(i % 500) * 1000} ${i % 100},50;Анна;${day}-${month}-2026 10:15:00;${closed};${note};${stage};Продажи;${SOURCES[i % SOURCES.length]}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

export function benchImport(): BenchResults {
  const bytes = amoExport(100_000);
  const run = () => importExport(bytes, 'amocrm.csv', DEFAULT_CHANNEL_MAPPING, { qualifiedStages: ['Квалификация', 'Переговоры'], year: 2026 });
  const check = run();
  if (check.rowsRead !== 100_000 || check.problems.length > 0) throw new Error(`import bench: read ${check.rowsRead} rows, ${check.problems.length} problems`);
  return { import_100k_parse_ms: Math.round(medianMs(run, 5, 1)) };
}
