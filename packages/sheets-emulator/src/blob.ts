/**
 * Blob as Utilities makes it: bytes (Java's signed Byte[]), a content type
 * and a name. Only what scripts read back from `newBlob` and `ungzip`.
 */
type Blob = GoogleAppsScript.Base.Blob;

/** Apps Script hands bytes to JavaScript as Java bytes: integers from -128 to 127. */
export function isJavaByte(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= -128 && value <= 127;
}

export function toJavaBytes(bytes: Uint8Array): number[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

export class EmulatedBlob implements Pick<Blob, 'getBytes' | 'getContentType' | 'getDataAsString' | 'getName'> {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly contentType: string | null,
    private readonly name: string | null,
  ) {}

  /** The raw bytes, for the emulator's own services. */
  data(): Uint8Array {
    return this.bytes;
  }

  getBytes(): number[] {
    return toJavaBytes(this.bytes);
  }

  getContentType(): string | null {
    return this.contentType;
  }

  getName(): string | null {
    return this.name;
  }

  getDataAsString(charset = 'UTF-8'): string {
    // Apps Script takes any Java charset name; the emulator reads the one the add-on uses and refuses the rest.
    if (charset.toUpperCase().replace('_', '-') !== 'UTF-8')
      throw new Error(`the emulator's Blob reads UTF-8 only, not ${charset}`);
    return new TextDecoder('utf-8').decode(this.bytes);
  }
}
