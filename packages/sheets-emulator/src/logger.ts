/** Logger: lines kept for a test to read (`getLog`), as Apps Script's execution log. */
import { asAppsScript } from './apps-script-types';
type Logger = GoogleAppsScript.Base.Logger;

export class EmulatedLogger implements Pick<Logger, 'clear' | 'getLog' | 'log'> {
  private readonly lines: string[] = [];

  // biome-ignore lint/suspicious/noExplicitAny: Logger.log takes any value, or a format and its values.
  log(data: any, ...values: any[]): Logger {
    const line =
      typeof data === 'string' && values.length > 0
        ? values.reduce<string>((text, value) => text.replace(/%s/, String(value)), data)
        : String(data);
    this.lines.push(line);
    return asAppsScript<Logger>(this);
  }

  getLog(): string {
    return this.lines.join('\n');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
