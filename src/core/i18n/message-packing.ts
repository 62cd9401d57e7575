import type { MessageTable } from './catalog';

/**
 * A message table as one short string, for the pushed bundle. Every
 * custom-function call loads the whole of dist/Code.js, and the message
 * tables were more than a third of it; packed, each table is a string the
 * script only scans when it loads, and is expanded by the first call that
 * reads it (the build swaps each `defineMessages({…})` for
 * `unpackMessages("…")`, scripts/pack-messages.ts). Source and tests keep
 * the readable tables.
 *
 * The format is a plain LZ77 that needs no tables to decode (a Deflate
 * decoder builds its Huffman tables before it can start, and that would run
 * on every load): the table as text — its keys, then the English messages,
 * then the Russian ones, split by a separator — where a repeat of earlier
 * text is written as a marker and three digits, two for how far back it
 * starts and one for its length. The first two characters name the
 * separator and the marker, chosen from characters the table never uses.
 */

/** Digits of the back-references: printable ASCII without quotes or a backslash, so the bundle writes them as they are. */
const DIGITS = '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';
const BASE = DIGITS.length;
/** A repeat is worth a reference from this many characters on. */
const MIN_REPEAT = 3;
const MAX_REPEAT = MIN_REPEAT + BASE - 1;
const MAX_DISTANCE = BASE * BASE - 1;
/** Separators and markers the encoder may choose, tried in this order. */
const RESERVED_CANDIDATES = '^~`#@\u00a7\u00b6\u00a4\u00ac\u00b0\u00b1\u00d7\u00f7';

function digitValue(packed: string, index: number): number {
  return DIGITS.indexOf(packed.charAt(index));
}

/** The text a packed string holds. */
export function expandPacked(packed: string): string {
  const marker = packed.charAt(1);
  let text = '';
  let index = 2;
  while (index < packed.length) {
    const next = packed.indexOf(marker, index);
    const end = next < 0 ? packed.length : next;
    text += packed.slice(index, end);
    if (next < 0) break;
    const distance = digitValue(packed, next + 1) * BASE + digitValue(packed, next + 2);
    const length = digitValue(packed, next + 3) + MIN_REPEAT;
    const start = text.length - distance;
    if (distance >= length) text += text.slice(start, start + length);
    // A repeat may overlap the text it copies ("aaaa" from one "a").
    else for (let offset = 0; offset < length; offset++) text += text.charAt(start + offset);
    index = next + 4;
  }
  return text;
}

/** A packed table back as the table: keys, English, Russian. */
export function unpackMessages<K extends string>(packed: string): MessageTable<K> {
  const text = expandPacked(packed);
  // No keys is the one table whose text is empty.
  const parts = text === '' ? [] : text.split(packed.charAt(0));
  const count = parts.length / 3;
  const en = {} as Record<K, string>;
  const ru = {} as Record<K, string>;
  for (let index = 0; index < count; index++) {
    const key = parts[index] as K;
    en[key] = parts[count + index] as string;
    ru[key] = parts[2 * count + index] as string;
  }
  return { en, ru };
}

function utf8Bytes(text: string, start: number, length: number): number {
  let bytes = 0;
  for (let index = start; index < start + length; index++) {
    const code = text.charCodeAt(index);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

function unusedCharacter(text: string, taken: string): string {
  for (const candidate of RESERVED_CANDIDATES) if (!text.includes(candidate) && candidate !== taken) return candidate;
  throw new Error('message-packing: every separator candidate occurs in the table');
}

/** The longest earlier repeat of the text at `position`, found through the positions each three-character prefix occurred at. */
function longestRepeat(
  text: string,
  position: number,
  seen: Map<string, number[]>,
): { distance: number; length: number } | null {
  const starts = seen.get(text.slice(position, position + MIN_REPEAT));
  if (!starts) return null;
  let best: { distance: number; length: number } | null = null;
  for (let index = starts.length - 1; index >= 0; index--) {
    const start = starts[index] as number;
    const distance = position - start;
    if (distance > MAX_DISTANCE) break;
    let length = 0;
    while (length < MAX_REPEAT && position + length < text.length && text[start + length] === text[position + length])
      length++;
    if (length >= MIN_REPEAT && (!best || length > best.length)) best = { distance, length };
    if (length === MAX_REPEAT) break;
  }
  return best;
}

/** Packs `text`; a repeat is written only where it is shorter, in UTF-8, than the text it stands for. */
export function packText(text: string, separator: string): string {
  const marker = unusedCharacter(text, separator);
  const referenceBytes = utf8Bytes(marker, 0, 1) + 3;
  let packed = separator + marker;
  const seen = new Map<string, number[]>();
  const remember = (position: number) => {
    const prefix = text.slice(position, position + MIN_REPEAT);
    if (prefix.length < MIN_REPEAT) return;
    const starts = seen.get(prefix);
    if (starts) starts.push(position);
    else seen.set(prefix, [position]);
  };
  let position = 0;
  while (position < text.length) {
    let repeat = longestRepeat(text, position, seen);
    // One character later may start a longer repeat (lazy matching): then this character goes as it is.
    if (repeat && position + 1 < text.length) {
      remember(position);
      const later = longestRepeat(text, position + 1, seen);
      if (later && later.length > repeat.length + 1) repeat = null;
    } else remember(position);
    if (repeat && utf8Bytes(text, position, repeat.length) > referenceBytes) {
      packed +=
        marker +
        DIGITS.charAt(Math.floor(repeat.distance / BASE)) +
        DIGITS.charAt(repeat.distance % BASE) +
        DIGITS.charAt(repeat.length - MIN_REPEAT);
      for (let offset = 1; offset < repeat.length; offset++) remember(position + offset);
      position += repeat.length;
    } else {
      packed += text.charAt(position);
      position++;
    }
  }
  return packed;
}

/** A table as a packed string that `unpackMessages` reads back exactly. */
export function packMessages(table: MessageTable<string>): string {
  const keys = Object.keys(table.en);
  const all = [...keys, ...keys.map((key) => table.en[key] as string), ...keys.map((key) => table.ru[key] as string)];
  const separator = unusedCharacter(all.join(''), '');
  return packText(all.join(separator), separator);
}
