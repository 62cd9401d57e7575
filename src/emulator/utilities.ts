/** Utilities: formatDate, getUuid and a sleep that does not wait (the emulator has no clock to spend). */
import { randomUUID } from 'node:crypto';
import { isDateObject } from './date-serial';
import { formatDate } from './format-date';
import { assertTimeZone } from './time-zone';

type Utilities = GoogleAppsScript.Utilities.Utilities;

export class EmulatedUtilities implements Pick<Utilities, 'formatDate' | 'formatString' | 'getUuid' | 'sleep'> {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateObject(date)) throw new Error('Invalid argument: date');
    assertTimeZone(timeZone);
    return formatDate(new Date(date.getTime()), timeZone, format);
  }

  // biome-ignore lint/suspicious/noExplicitAny: Apps Script's formatString takes any values, like sprintf.
  formatString(template: string, ...args: any[]): string {
    let index = 0;
    return template.replace(/%(\.\d+)?([sdif%])/g, (_whole, precision: string | undefined, kind: string) => {
      if (kind === '%') return '%';
      const value: unknown = args[index++];
      if (kind === 's') return String(value);
      if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
      return precision ? Number(value).toFixed(Number(precision.slice(1))) : String(Number(value));
    });
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(_milliseconds: number): void {}
}
