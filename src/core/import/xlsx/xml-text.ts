/**
 * The text of XML character data as an XLSX part writes it: the five named
 * entities, numeric references, and Excel's own `_xHHHH_` escape for
 * characters XML cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function xmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('_x')) return raw;
  return raw
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return NAMED[name] ?? whole;
    });
}

/** An attribute's value in a start tag (`<c r="B2" t="s">` → attribute(tag, 't') = 's'). */
export function attribute(tag: string, name: string): string | null {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found ? xmlText(found[1] ?? '') : null;
}

/** The text of every `<t>` in a fragment (a shared string's runs, an inline string), joined. */
export function runText(fragment: string): string {
  let text = '';
  for (const match of fragment.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += xmlText(match[1] ?? '');
  return text;
}
