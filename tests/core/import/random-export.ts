/**
 * Random, valid exports for property tests, written the way real files are:
 * a random delimiter, encoding and number style, columns in a random order,
 * every field quoted (notes with delimiters, quotes and line breaks), and
 * the plain facts each row stands for, so a test can recount them.
 */
import fc from 'fast-check';
import { encodeCp1251 } from '../../fixtures/exports/cp1251';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';
export type NumberStyle = 'dot' | 'comma' | 'space-comma' | 'nbsp-comma' | 'comma-dot';
export type DateStyle = 'dd.mm.yyyy' | 'dd-mm-yyyy hh:mm:ss' | 'iso' | 'dd.mm.yyyy hh:mm';

export interface Deal {
  created: [number, number, number];
  closed: [number, number, number];
  utmSource: string;
  stage: string;
  cents: number;
  note: string;
}

export interface DealExport {
  delimiter: ';' | ',' | '\t';
  encoding: Encoding;
  numberStyle: NumberStyle;
  dateStyle: DateStyle;
  columnOrder: number[];
  deals: Deal[];
}

export const SOURCES = ['yandex', 'vk', 'telegram', 'partner'] as const;
export const STAGES = [
  'Неразобранное',
  'Квалификация',
  'Переговоры',
  'Успешно реализовано',
  'Закрыто и не реализовано',
] as const;

const day = fc.tuple(fc.constant(2026), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const noteChars = fc.constantFrom('а', 'Я', 'ё', 'x', ' ', ';', ',', '\t', '"', '\n', '\r\n', '1', '.', '№');

export const dealArbitrary: fc.Arbitrary<Deal> = fc.record({
  created: day,
  closed: day,
  utmSource: fc.constantFrom(...SOURCES),
  stage: fc.constantFrom(...STAGES),
  cents: fc.integer({ min: 0, max: 500_000_000 }),
  note: fc.array(noteChars, { maxLength: 12 }).map((chars) => chars.join('')),
});

export const dealExportArbitrary: fc.Arbitrary<DealExport> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'windows-1251' as const),
  numberStyle: fc.constantFrom(
    'dot' as const,
    'comma' as const,
    'space-comma' as const,
    'nbsp-comma' as const,
    'comma-dot' as const,
  ),
  dateStyle: fc.constantFrom(
    'dd.mm.yyyy' as const,
    'dd-mm-yyyy hh:mm:ss' as const,
    'iso' as const,
    'dd.mm.yyyy hh:mm' as const,
  ),
  columnOrder: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8, maxLength: 8 }),
  deals: fc.array(dealArbitrary, { minLength: 1, maxLength: 40 }),
});

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function formatMoney(cents: number, style: NumberStyle): string {
  const whole = String(Math.floor(cents / 100));
  const fraction = String(cents % 100).padStart(2, '0');
  switch (style) {
    case 'dot':
      return `${whole}.${fraction}`;
    case 'comma':
      return `${whole},${fraction}`;
    case 'space-comma':
      return `${group(whole, ' ')},${fraction}`;
    case 'nbsp-comma':
      return `${group(whole, '\u00a0')},${fraction}`;
    case 'comma-dot':
      return `${group(whole, ',')}.${fraction}`;
  }
}

export function formatDay([year, month, date]: [number, number, number], style: DateStyle): string {
  const dd = String(date).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  switch (style) {
    case 'dd.mm.yyyy':
      return `${dd}.${mm}.${year}`;
    case 'dd-mm-yyyy hh:mm:ss':
      return `${dd}-${mm}-${year} 13:45:10`;
    case 'iso':
      return `${year}-${mm}-${dd}`;
    case 'dd.mm.yyyy hh:mm':
      return `${dd}.${mm}.${year} 09:05`;
  }
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const HEADER = [
  'ID',
  'Название сделки',
  'Бюджет',
  'Дата создания сделки',
  'Дата закрытия',
  'Примечание',
  'Этап сделки',
  'utm_source',
];

export function renderDealExport(file: DealExport): Uint8Array {
  const cellsOf = (deal: Deal, index: number): string[] => [
    String(index + 1),
    `Сделка ${index + 1}`,
    formatMoney(deal.cents, file.numberStyle),
    formatDay(deal.created, file.dateStyle),
    deal.stage === 'Успешно реализовано' || deal.stage === 'Закрыто и не реализовано'
      ? formatDay(deal.closed, file.dateStyle)
      : 'не закрыта',
    deal.note,
    deal.stage,
    deal.utmSource,
  ];
  const line = (cells: string[]) => file.columnOrder.map((column) => quote(cells[column] ?? '')).join(file.delimiter);
  const text = `${[line(HEADER), ...file.deals.map((deal, index) => line(cellsOf(deal, index)))].join('\r\n')}\r\n`;
  if (file.encoding === 'windows-1251') return encodeCp1251(text);
  return new TextEncoder().encode(file.encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
}

export interface ExpenseRow {
  /** A day, or a range inside that day's month (Metrica spreads it; the month gets it all). */
  day: [number, number, number];
  rangeDays: number;
  utmSource: string;
  utmMedium: string;
  cents: number;
}

export interface ExpenseExport {
  delimiter: ';' | ',' | '\t';
  encoding: Encoding;
  numberStyle: NumberStyle;
  rows: ExpenseRow[];
}

export const expenseExportArbitrary: fc.Arbitrary<ExpenseExport> = fc.record({
  delimiter: fc.constantFrom(';' as const, ',' as const, '\t' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8-bom' as const, 'windows-1251' as const),
  numberStyle: fc.constantFrom(
    'dot' as const,
    'comma' as const,
    'space-comma' as const,
    'nbsp-comma' as const,
    'comma-dot' as const,
  ),
  rows: fc.array(
    fc.record({
      day: fc.tuple(fc.constant(2026), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 20 })),
      rangeDays: fc.integer({ min: 1, max: 8 }),
      utmSource: fc.constantFrom('yandex', 'google', 'vk', 'telegram', 'Партнёр'),
      utmMedium: fc.constantFrom('cpc', 'cpm', 'post'),
      cents: fc.integer({ min: 0, max: 100_000_000 }),
    }),
    { minLength: 1, maxLength: 40 },
  ),
});

export function renderExpenseExport(file: ExpenseExport): Uint8Array {
  const iso = ([year, month, date]: [number, number, number]) =>
    `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
  const line = (cells: string[]) => cells.map(quote).join(file.delimiter);
  const rows = file.rows.map((row) => {
    const date =
      row.rangeDays === 1
        ? iso(row.day)
        : `${iso(row.day)}/${iso([row.day[0], row.day[1], row.day[2] + row.rangeDays - 1])}`;
    return line([date, row.utmSource, row.utmMedium, formatMoney(row.cents, file.numberStyle), 'RUB']);
  });
  const text = `${[line(['Date', 'UTMSource', 'UTMMedium', 'Expenses', 'Currency']), ...rows].join('\n')}\n`;
  if (file.encoding === 'windows-1251') return encodeCp1251(text);
  return new TextEncoder().encode(file.encoding === 'utf-8-bom' ? `\uFEFF${text}` : text);
}
