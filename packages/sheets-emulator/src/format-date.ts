/**
 * Utilities.formatDate: Java SimpleDateFormat patterns ("yyyy-MM-dd",
 * "dd.MM.yyyy HH:mm", "MMMM yyyy", "EEE, d MMM yyyy HH:mm:ss Z") in a time
 * zone, in English as Apps Script formats them.
 */
import { offsetMinutesAt, wallClockAt } from './time-zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offsetText(minutes: number, style: 'Z' | 'X1' | 'X2' | 'X3' | 'z'): string {
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const rest = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X1') return `${sign}${hours}`;
  if (style === 'X3') return `${sign}${hours}:${rest}`;
  if (style === 'z') return minutes === 0 ? 'GMT' : `GMT${sign}${hours}:${rest}`;
  return `${sign}${hours}${rest}`;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const clock = wallClockAt(date, timeZone);
  const offset = offsetMinutesAt(date, timeZone);
  const startOfYear = Date.UTC(clock.year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(clock.year, clock.month - 1, clock.day) - startOfYear) / 86_400_000) + 1;
  let output = '';
  for (let i = 0; i < pattern.length; ) {
    const char = pattern[i] ?? '';
    if (char === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        output += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      output += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(char)) {
      output += char;
      i++;
      continue;
    }
    let count = 1;
    while (pattern[i + count] === char) count++;
    i += count;
    switch (char) {
      case 'y':
      case 'Y':
        output += count === 2 ? pad(clock.year % 100, 2) : pad(clock.year, count);
        break;
      case 'M':
      case 'L':
        output +=
          count >= 4
            ? (MONTHS[clock.month - 1] ?? '')
            : count === 3
              ? (MONTHS[clock.month - 1] ?? '').slice(0, 3)
              : pad(clock.month, count);
        break;
      case 'd':
        output += pad(clock.day, count);
        break;
      case 'D':
        output += pad(dayOfYear, count);
        break;
      case 'E':
        output += count >= 4 ? (DAYS[clock.weekday] ?? '') : (DAYS[clock.weekday] ?? '').slice(0, 3);
        break;
      case 'u':
        output += String(clock.weekday === 0 ? 7 : clock.weekday);
        break;
      case 'a':
        output += clock.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        output += pad(clock.hour, count);
        break;
      case 'k':
        output += pad(clock.hour === 0 ? 24 : clock.hour, count);
        break;
      case 'K':
        output += pad(clock.hour % 12, count);
        break;
      case 'h':
        output += pad(clock.hour % 12 === 0 ? 12 : clock.hour % 12, count);
        break;
      case 'm':
        output += pad(clock.minute, count);
        break;
      case 's':
        output += pad(clock.second, count);
        break;
      case 'S':
        output += pad(clock.millisecond, 3).slice(0, Math.max(count, 3)).padEnd(count, '0');
        break;
      case 'Z':
        output += offsetText(offset, 'Z');
        break;
      case 'X':
        output += offsetText(offset, count === 1 ? 'X1' : count === 2 ? 'X2' : 'X3');
        break;
      case 'z':
        output += offsetText(offset, 'z');
        break;
      case 'G':
        output += 'AD';
        break;
      default:
        throw new Error(`Illegal pattern character '${char}'`);
    }
  }
  return output;
}
