/**
 * Z85 as Code.js carries its server half: RFC 32's own example, any bytes
 * back as written (as Java's signed bytes, the Byte[] Utilities.newBlob
 * takes), and text that is not Z85 refused rather than read as other bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeZ85, encodeZ85 } from '../../src/core/z85';

const signed = (bytes: Uint8Array) => Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));

describe('Z85', () => {
  it("encodes RFC 32's example as the RFC does, after the padding digit", () => {
    const helloWorld = new Uint8Array([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(encodeZ85(helloWorld)).toBe('0HelloWorld');
    expect(decodeZ85('0HelloWorld')).toEqual(signed(helloWorld));
  });

  it('reads any bytes back as written, whatever their length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeZ85(bytes);
        expect(text).toMatch(/^[0-3][^"\\\s]*$/);
        expect((text.length - 1) % 5).toBe(0);
        expect(decodeZ85(text)).toEqual(signed(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the edges of a group: all zeros, all ones', () => {
    expect(encodeZ85(new Uint8Array(4))).toBe('000000');
    expect(decodeZ85(encodeZ85(new Uint8Array([255, 255, 255, 255])))).toEqual([-1, -1, -1, -1]);
    expect(decodeZ85(encodeZ85(new Uint8Array([1])))).toEqual([1]);
  });

  it('refuses text that is not Z85', () => {
    for (const text of ['', '4HelloWorld', '0Hello World', '0Hell', '0"ello', '0#####', '3'])
      expect(() => decodeZ85(text), text).toThrow('not Z85 text');
  });
});
