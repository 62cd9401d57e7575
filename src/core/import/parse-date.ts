/**
 * Date text → calendar day(s). Exports write `dd.mm.yyyy` (Direct, VK,
 * Bitrix24, amoCRM), `dd-mm-yyyy hh:mm:ss` (amoCRM), ISO `yyyy-mm-dd`
 * (Direct API, Google Ads, Metrica) and ranges `yyyy-mm-dd/yyyy-mm-dd`
 * (Metrica expenses). A time of day is ignored: the month is what counts.
 */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export type DateReading =
  | { kind: 'day'; day: Day }
  | { kind: 'range'; from: Day; to: Day }
  | { kind: 'empty' }
  | { kind: 'invalid' };

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})${TIME}$`);
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const EMPTY_MARKS = new Set(['', '-', '--', '—']);

function validDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2999) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay ? { year, month, day } : null;
}

function parseOneDay(text: string): Day | null {
  const iso = ISO.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

export function dayNumber(day: Day): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / 86_400_000);
}

export function dayFromNumber(value: number): Day {
  const date = new Date(value * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function monthOfDay(day: Day): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}`;
}

export function parseDate(raw: string): DateReading {
  const text = raw.trim();
  if (EMPTY_MARKS.has(text)) return { kind: 'empty' };
  const single = parseOneDay(text);
  if (single) return { kind: 'day', day: single };
  // Ranges: `2026-01-01/2026-01-31` (Metrica) or `01.01.2026 - 31.01.2026`.
  const parts = text.split(/\s*\/\s*|\s+[-–—]\s+/);
  if (parts.length === 2) {
    const from = parseOneDay(parts[0] ?? '');
    const to = parseOneDay(parts[1] ?? '');
    if (from && to && dayNumber(from) <= dayNumber(to)) return { kind: 'range', from, to };
  }
  return { kind: 'invalid' };
}
