/**
 * Utilities: formatDate, getUuid, a sleep that does not wait (the emulator
 * has no clock to spend), and the base-64 and gzip steps Code.js unpacks
 * its server half with (docs/emulator.md, "Unpacking the server half").
 */
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { asAppsScript } from './apps-script-types';
import { EmulatedBlob, isJavaByte, toJavaBytes } from './blob';
import { isDateObject } from './date-serial';
import { formatDate } from './format-date';
import { assertTimeZone } from './time-zone';

type Utilities = GoogleAppsScript.Utilities.Utilities;

/** Standard base 64 with its padding, as Java's decoder reads it; anything else is refused. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

type Blob = GoogleAppsScript.Base.Blob;

/**
 * A Byte[] as bytes, or null if an element is not a Java byte. One pass that
 * checks and copies: Code.js hands its whole server half in here on every
 * execution (about 47 000 elements), and `every` then `Int8Array.from` was
 * a fortieth of a bundle test's time.
 */
function bytesOf(data: readonly unknown[]): Uint8Array | null {
  const bytes = new Int8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const value = data[i];
    if (!isJavaByte(value)) return null;
    bytes[i] = value;
  }
  return new Uint8Array(bytes.buffer);
}

export class EmulatedUtilities
  implements
    Pick<Utilities, 'base64Decode' | 'newBlob' | 'ungzip' | 'formatDate' | 'formatString' | 'getUuid' | 'sleep'>
{
  /** Google's reference: "Decodes a base-64 encoded string into a UTF-8 byte array", logged as signed bytes. */
  base64Decode(encoded: string): number[] {
    if (typeof encoded !== 'string' || !BASE64.test(encoded))
      throw new Error('Utilities.base64Decode: the text is not base-64');
    return toJavaBytes(Buffer.from(encoded, 'base64'));
  }

  /** A Blob of a string (its UTF-8 bytes) or of a Byte[]: each element a Java byte, from -128 to 127. */
  newBlob(data: string | readonly number[], contentType?: string, name?: string): Blob {
    const bytes =
      typeof data === 'string' ? new TextEncoder().encode(data) : Array.isArray(data) ? bytesOf(data) : null;
    if (!bytes) throw new Error('Utilities.newBlob: the data is neither a string nor a Byte[]');
    return asAppsScript<Blob>(new EmulatedBlob(bytes, contentType ?? null, name ?? null));
  }

  /**
   * Uncompresses a gzip Blob. Scripts that ungzip their own bytes label them
   * application/x-gzip first; the emulator requires it (the stricter reading,
   * checked live by docs/smoke-test.md) and refuses bytes that are not gzip.
   */
  ungzip(blob: GoogleAppsScript.Base.BlobSource): Blob {
    if (!(blob instanceof EmulatedBlob)) throw new Error('Utilities.ungzip: the argument is not a Blob');
    if (blob.getContentType() !== 'application/x-gzip')
      throw new Error(`Utilities.ungzip: the Blob's content type is ${blob.getContentType()}, not application/x-gzip`);
    let data: Uint8Array;
    try {
      data = gunzipSync(blob.data());
    } catch {
      throw new Error('Utilities.ungzip: the Blob does not hold gzip data');
    }
    return asAppsScript<Blob>(new EmulatedBlob(data, null, null));
  }

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
