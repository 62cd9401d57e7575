/**
 * The Utilities steps Code.js unpacks its server half with, as the
 * emulator models them (docs/emulator.md): base64Decode gives Java's signed
 * bytes, newBlob takes a string or such bytes and nothing else, ungzip
 * reads a Blob labelled application/x-gzip that holds gzip data.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';

const { Utilities } = createEmulator();
const signed = (bytes: Uint8Array) => Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));

describe('Utilities: bytes, blobs and gzip', () => {
  it("decodes base 64 into signed bytes, as Google's reference logs them", () => {
    // The reference's own example: "Google グループ".
    expect(Utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==')).toEqual([
      71, 111, 111, 103, 108, 101, 32, -29, -126, -80, -29, -125, -85, -29, -125, -68, -29, -125, -105,
    ]);
    expect(Utilities.newBlob(Utilities.base64Decode('R29vZ2xlIOOCsOODq+ODvOODlw==')).getDataAsString()).toBe(
      'Google グループ',
    );
    expect(() => Utilities.base64Decode('not base 64!')).toThrow('not base-64');
  });

  it('makes a Blob of a string or of Java bytes, and of nothing else', () => {
    const blob = Utilities.newBlob('Отчёт', 'text/plain', 'report.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getName()).toBe('report.txt');
    expect(Utilities.newBlob(blob.getBytes()).getDataAsString('UTF-8')).toBe('Отчёт');
    expect(Utilities.newBlob([]).getDataAsString()).toBe('');
    for (const bytes of [[200], [1.5], ['1'], [Number.NaN]])
      expect(() => Utilities.newBlob(bytes as number[]), JSON.stringify(bytes)).toThrow(
        'neither a string nor a Byte[]',
      );
  });

  it('ungzips a gzip Blob, and refuses one not labelled gzip or not holding gzip', () => {
    const text = 'Сервер: «как есть» '.repeat(50);
    const gzipped = signed(gzipSync(Buffer.from(text, 'utf8')));
    expect(Utilities.ungzip(Utilities.newBlob(gzipped, 'application/x-gzip')).getDataAsString('UTF-8')).toBe(text);
    expect(() => Utilities.ungzip(Utilities.newBlob(gzipped))).toThrow('not application/x-gzip');
    expect(() => Utilities.ungzip(Utilities.newBlob('plain text', 'application/x-gzip'))).toThrow(
      'does not hold gzip data',
    );
    expect(() => Utilities.newBlob('x').getDataAsString('windows-1251')).toThrow('UTF-8 only');
  });
});
